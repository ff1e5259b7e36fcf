"""A line opening with a decimal figure (``3.2%；…``) under running text opens no numbered paragraph
(``figureopen.opens_numbered``, asked by ``roles.over_first_line``)."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.chardata import ENUM_OPENER_RE, NEW_PARAGRAPH_OPENER_RE
from textclean.clean.figureopen import opens_numbered


def test_a_decimal_figure_is_no_list_number() -> None:
    # under running text a decimal figure goes on with it; a list number opens its paragraph whatever is above
    assert not opens_numbered("3.2%；恒生科技指数报", "报23958.71点，周内累计上涨", 13.0, 13.0)
    assert opens_numbered("3.坚持稳中求进", "报23958.71点，周内累计上涨", 13.0, 13.0)
    assert opens_numbered("12、加强监管", "今年要抓好以下几项工作", 11.0, 13.0)
    for pattern in (ENUM_OPENER_RE, NEW_PARAGRAPH_OPENER_RE):
        assert pattern.match("3.2%；恒生科技指数报") is None and pattern.match("3、5月份，出口增长") is None
        assert pattern.match("3.坚持稳中求进") and pattern.match("12、加强监管")


def test_a_line_over_a_decimal_figure_is_running_text_not_a_title() -> None:
    # a market story in a narrow column (PyMuPDF, lay17 ec-12): a one-line first paragraph, then a full line over
    # a line that opens with a figure: the full line was read as a head over a numbered paragraph, and the title
    lines = (
        "财经",
        "2026年3月15日 星期日 第6版",
        "港股通",
        "本报记者 王小明",
        "恒生指数本周累计上涨3.2%",
        "——科技股领涨 南向资金净流入超300亿港元",
        "香港股市本周震荡上行。",
        "截至3月14日收盘，恒生指数",
        "报23958.71点，周内累计上涨",
        "3.2%；恒生科技指数报",
        "5928.36点，周内上涨5.6%；",
        "国企指数报8812.45点，周内",
        "上涨3.7%。本周港股主板日",
        "均成交额约2650亿港元，较",
        "上周增加约12%。",
    )
    (article,) = tight_articles(*lines)
    assert article.title == "恒生指数本周累计上涨3.2%"
    assert article.body.startswith("香港股市本周震荡上行。截至3月14日收盘")
