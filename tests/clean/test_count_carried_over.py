"""A paragraph's first line that broke before a count carried whole onto the next line is running text, not the
second line of the head over it (``textclean.clean.opening.carries_count`` in ``innerheads._closed_head``)."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.chardata import text_width
from textclean.clean.opening import carries_count
from textclean.clean.roles import Item

#: The end of a story above, and the story's text, set tight in a column of 20 em (PyMuPDF).
ABOVE = (
    "港口新码头正式投入运营",
    "当地时间5月30日，港口管理部门宣布新码头正",
    "式投入运营。当地政府表示，将继续完善配套设",
    "施建设，为更多企业入驻创造条件，进一步扩大",
    "对外合作的范围和领域，带动周边产业发展。",
)
FIRST = "国庆假期，全市重点监测商圈客流量达"
REST = (
    "21.1%和0.7%。文旅消费持续升温，前三季度全",
    "国国内出游人次8039万，同比增长24.2%，游客",
    "出游总花费明显增加，各地商家纷纷推出优惠。",
)


def mk(text: str, gap: bool = False) -> Item:
    return Item(3, text, text, text_width(text), gap, False, "text")


def test_a_line_broken_before_a_count_closed_at_once_opens_the_paragraph() -> None:
    # ``国庆假期，全市重点监测商圈客流量达`` was the title, ``商圈客流创下新高`` its kicker
    story = tight_articles(*ABOVE, "商圈客流创下新高", FIRST, "21583万人次，销售额3229.4亿元，分别增长", *REST)[-1]
    assert (story.kicker, story.title) == (None, "商圈客流创下新高")


def test_a_date_or_a_line_set_apart_is_no_count_carried_over() -> None:
    # negative: a date closed by a comma may open a paragraph; across a blank line the extractor parts blocks
    assert not carries_count(mk("2024年，全省粮食产量再创新高"))
    assert not carries_count(mk("21583万人次，销售额3229.4亿元", gap=True))
    assert carries_count(mk("21583万人次，销售额3229.4亿元"))
