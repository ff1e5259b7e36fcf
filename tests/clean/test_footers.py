"""A page's footer lines and a chart's credit are furniture (``footers.footer_lines``, ``captions.CHART_CREDIT``)."""

from __future__ import annotations

import pytest
from helpers import articles_of, tight_articles

from textclean.clean.footers import footer_lines, is_footer_line

TOP = "第5版 要闻 2026年3月5日 星期四"
STORY = (
    "老街焕新颜",
    "本报记者 王明",
    "近日，记者走进城东老街，只见青石板路干净整洁，沿街商铺错落有致，老街焕然一新，",
    "居民们纷纷表示，老街改造让生活更方便了，也留住了老街的味道和记忆。",
    "据介绍，老街改造工程历时两年，共修缮房屋120余栋，新增停车位300个。",
)
FOOTERS = (
    "本版邮箱：pinglun@xinbao-daily.cn\u3000\u3000来稿请注明真实姓名、工作单位及联系方式",
    "来稿请寄：theory@xinbao-daily.cn\u3000\u3000本版文章仅代表作者个人观点",
    "本版责编：王明\u3000美编：李华",
    "新闻热线：0551-12345678",
    "本报地址：合肥市政务区 邮编：230000",
    "广告许可证：皖工商广字001号",
    "（本版图片均由受访者提供）",
    "责任编辑：王明 电话：010-65368888 电子邮箱：news@paper.cn",
    "王明\u3000制图",
    "制表：李华",
)


@pytest.mark.parametrize("footer", FOOTERS)
@pytest.mark.parametrize("read", [tight_articles, articles_of])
def test_a_footer_line_under_the_last_story_is_no_part_of_its_body(read, footer: str) -> None:
    (art,) = read(TOP, *STORY, footer)
    assert art.body.endswith("新增停车位300个。")


def test_footer_lines_inside_a_paragraph_or_holding_sentences_stay_text() -> None:
    texts = ["有关部门表示，如有问题可拨打", "新闻热线：0551-12345678", "反映。"]
    assert footer_lines(texts) == set()
    assert not is_footer_line("本版今起推出“走进实验室”系列报道，敬请关注。")  # (an editor's note: no contact)
    assert not is_footer_line("投稿邮箱：news@paper.cn")  # (a call for papers' line: it names no page)
    assert not is_footer_line("本版图片由新华社发。读者可拨打热线电话反映情况，记者将持续关注此事进展。")
    (art,) = tight_articles(
        TOP, *STORY[:4], "读者可拨打本版热线电话0551-12345678反映老街改造中遇到的", "问题，记者将持续关注。"
    )
    assert "本版热线电话" in art.body


@pytest.mark.parametrize(
    "band",
    [
        ("新闻热线：0551-12345678", "本报地址：合肥市政务区天鹅湖路1号"),
        ("本版邮箱：pinglun@xinbao-daily.cn", "来稿请注明真实姓名、工作单位及联系方式"),
        ("新闻热线：0551-12345678 本报地址：合", "肥市政务区天鹅湖路1号"),
    ],
)
def test_a_footer_band_of_two_lines_is_dropped_whole_review_rf(band: tuple[str, str]) -> None:
    (art,) = tight_articles(TOP, *STORY, *band)
    assert art.body.endswith("新增停车位300个。")


def test_a_correction_or_a_story_s_own_contact_line_is_kept_review_rf() -> None:
    (art,) = tight_articles(TOP, *STORY, "更正：本版3月4日刊发的照片说明有误，特此更正。")
    assert "特此更正" in art.body
    service = ("近日，市政务服务中心开通", "夜间办事窗口，方便上班族办事。", "服务热线：0551-63612345")
    arts = tight_articles(TOP, "夜间窗口方便群众", "本报记者 王明", *service, *STORY)
    assert "服务热线" in "".join(a.title + a.body for a in arts)  # (never dropped as the page's footer)
