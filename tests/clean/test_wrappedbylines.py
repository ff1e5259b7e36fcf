"""A byline wrapped onto a second line, and a photo's credit closing the text over a head (``wrappedbylines``)."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.roles import Item
from textclean.clean.wrappedbylines import ends_caption, join_wrapped_bylines

# a front page's narrow column (PyMuPDF): a story, a photo's caption with its credit, then the next story's headline
# over a byline wrapped inside a role word
PAGE = (
    "要闻",
    "2026年3月2日 星期一 第2版",
    "优化营商环境 激发市场活力",
    "本报记者 李明 王芳",
    "今年以来，当地持续优化营商环境，新设",
    "经营主体同比增长12.3%，企业办事更加",
    "便捷。",
    "截至目前，全市累计为企业减负19亿元，",
    "惠及经营主体3.6万户。",
    "市民在城南公园健步走。　本报记",
    "者 何静 摄",
    "市政府召开专题会议",
    "本报记者 周海 陈立 刘洋 通讯",
    "员 孙悦",
    "会议指出，要坚持项目为王，全力推动重",
    "大项目早开工、早投产、早见效。",
    "会议要求，各地要压实责任，确保各项任",
    "务按期完成。",
)


def test_a_wrapped_byline_under_a_head_after_a_caption_starts_an_article() -> None:
    arts = tight_articles(*PAGE)
    assert [a.title for a in arts] == ["优化营商环境 激发市场活力", "市政府召开专题会议"]
    assert arts[1].authors == ["周海", "陈立", "刘洋", "孙悦"]
    assert "市政府召开专题会议" not in arts[0].body


def test_two_text_lines_opening_with_a_role_word_name_no_one() -> None:
    mk = lambda t: Item(0, t, t, float(len(t)), False, False)  # noqa: E731
    items = [mk("记者在现场看到，工作人"), mk("员正忙着核对数据")]
    join_wrapped_bylines(items)
    assert [it.role for it in items] == ["text", "text"]
    items = [mk("本报记者 周海 陈立 刘洋 通讯"), mk("员 孙悦")]
    join_wrapped_bylines(items)
    assert [(it.text, it.role) for it in items] == [("本报记者 周海 陈立 刘洋 通讯员 孙悦", "byline")]


def test_a_photo_credit_ends_a_caption() -> None:
    mk = lambda t: Item(0, t, t.replace(" ", ""), float(len(t)), False, False)  # noqa: E731
    assert ends_caption(mk("者 何静 摄"))
    assert not ends_caption(mk("工作人员正在拍摄"))
