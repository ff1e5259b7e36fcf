"""A box of run-in pieces read on under a story's text: its label line parts it off (``runinpieces.labelled_box``)."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.roles import Item
from textclean.clean.runinpieces import box_label_at, head_alone, labelled_box, runin_head

# a story set in a narrow column (PyMuPDF): its label, headline and text, then the column's box right under it: a
# label and pieces that open with a bold run-in head, set as tight as the text; read as one, the story ran on into
# the box's label (a subheading) and pieces
STORY = (
    "产业观察",
    "省统计局发布季度数据",
    "前三季度工业增加值增",
    "长6.2%",
    "分行业看，装备制造业增加值增长8.1",
    "%，高技术制造业增长9.4%，消费品制造",
    "业增长3.5%。从先行指标看，9月份制造",
    "业订单指数为51.2%，保持在扩张区间。",
    "1—9月，全省固定资产投资同比增长",
    "4.6%，其中制造业投资增长7.8%，基础",
    "设施投资增长5.1%。全省居民人均可支配",
    "收入增长5.9%，扣除价格因素实际增长",
    "5.3%，就业形势总体稳定，多家机构预计",
    "全年经济增速在5%左右。",
)
BOX = (
    "财经速递",
    "快递业务量稳步增长\u3000截至9月",
    "末，全省快递业务量达31亿件，比",
    "上年同期增长12.4%，日均业务量",
    "超过一千万件。",
    "外贸进出口增长5.6%\u3000前三季度，",
    "全省外贸进出口总值增长5.6%，其中",
    "出口增长7.2%，进口增长3.1%。",
)
STORY_BODY = "".join(STORY[4:])


def test_a_box_under_its_label_after_a_story_is_parted_from_the_story() -> None:
    arts = tight_articles("经济", "2024年6月17日 星期五 第8版", *STORY, *BOX)
    assert [a.title for a in arts][1:] == ["快递业务量稳步增长", "外贸进出口增长5.6%"]
    assert arts[0].body.endswith("全年经济增速在5%左右。")
    assert [a.column for a in arts[1:]] == ["财经速递", "财经速递"]


def test_a_subheading_over_a_section_is_no_box_label() -> None:
    # a story's subheading over a section whose first paragraph opens with a run-in head: one head, no box; nor
    # is a label over long paragraphs
    mk = lambda raw: Item(0, raw, raw.replace("\u3000", " "), 10.0, False, False)  # noqa: E731
    story = [mk(line) for line in STORY[4:]]
    section = [mk("下一步如何发力"), mk(BOX[1]), *(mk(line) for line in BOX[2:5])]
    assert labelled_box([*story, *section], False) == []
    assert labelled_box([*story, *(mk(line) for line in BOX)], False) != []
    long_piece = [mk(BOX[1]), mk(STORY_BODY), *(mk(line) for line in BOX[5:])]
    assert labelled_box([*story, mk(BOX[0]), *long_piece], False) == []


def test_a_label_is_set_apart_from_the_text_above_it() -> None:
    mk = lambda t: Item(0, t, t, float(len(t)), False, False)  # noqa: E731
    assert box_label_at([mk("（经济日报记者 程鹏）"), mk("数说经济"), mk("跨境")], 2)
    assert not box_label_at([mk("实推进，取得明"), mk("显成效"), mk("跨境")], 2)


def test_a_head_alone_on_its_line_before_an_em_space_opens_a_piece() -> None:
    mk = lambda raw: Item(0, raw, raw.strip("\u3000"), 10.0, False, False)  # noqa: E731
    assert runin_head(mk("4月份CPI同比上涨2.6%\u3000"), False) == ("4月份CPI同比上涨2.6%", "")
    assert head_alone(mk("本报北京3月5日电\u3000"), "本报北京3月5日电") is None
    lines = ("经济", "2024年6月17日 星期五 第8版", *STORY, BOX[0], "4月份CPI同比上涨2.6%\u3000", *BOX[2:])
    arts = tight_articles(*lines)
    assert [a.title for a in arts][1:] == ["4月份CPI同比上涨2.6%", "外贸进出口增长5.6%"]
    assert arts[1].body == "末，全省快递业务量达31亿件，比上年同期增长12.4%，日均业务量超过一千万件。"
