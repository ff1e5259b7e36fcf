"""A space next to a number parts two columns' full lines of a joined row (numbergaps.py, joinedrows.py)."""

from test_joinedrows import _texts
from test_rowread import JOBS, SOCIETY, _set

from textclean.clean.joinedrows import split_joined_rows
from textclean.clean.numbergaps import beside_number, parts_full_lines
from textclean.clean.roles import make_items
from textclean.models import Line


def test_a_row_whose_second_column_line_opens_with_a_number_is_split() -> None:
    row = "全省一季度进出口总值同比增长了 18.5%，占全国外贸总值的比重提高"
    assert _texts([row]) == ["全省一季度进出口总值同比增长了", "18.5%，占全国外贸总值的比重提高"]


def test_a_row_whose_first_column_line_ends_on_a_number_is_split() -> None:
    row = "开行货运班列，实际使用外资138 亿美元。春节以来，江洲市各地跨"
    assert _texts([row]) == ["开行货运班列，实际使用外资138", "亿美元。春节以来，江洲市各地跨"]


def test_a_number_spaced_off_beside_a_piece_short_of_a_line_parts_nothing() -> None:
    row = "一季度进出口总值增长 18.5%，占全国外贸总值的比重提高到三成以上，"
    assert _texts([row]) == [row.replace(" ", "")]


def test_a_line_no_wider_than_a_measure_is_one_line_whatever_its_spaced_number() -> None:
    row = "全省进出口总值同比增长 18.5%，占"
    assert _texts([row]) == [row.replace(" ", "")]


def test_only_a_digit_beside_han_or_a_digit_counts() -> None:
    assert beside_number("全省一季度进出口总值同比增长了", "18.5%，占全国外贸总值的比重提高")
    assert not beside_number("峰时放电。”Meridian", "Chips项目经理朱鸣介绍。")
    assert not beside_number("增长", "18.5%，占全国外贸总值的比重提高")
    assert not parts_full_lines("全省一季度进出口总值同比增长了", "18.5%，占全国", 15)


def test_a_wide_lead_over_two_columns_is_no_row_whatever_its_spaced_number() -> None:
    # review of numbergaps.py (pdftotext): a two-line lead set across two 16 em columns, under its title and over its
    # own second line, parted at ``补助 320元`` into two column lines: its first part took the title's place
    lead = [
        "今年的报告提出，城乡居民医保补助 320元提高到380元，减轻群众的负担，",
        "同时，提高基本公共卫生服务经费补助标准。",
    ]
    left, right = _set(SOCIETY, 16), _set(JOBS, 16)
    rows = [f"{a} {b}" for a, b in zip(left, right, strict=False)]
    page = ["推进民生改善", *lead, *rows]
    texts = [it.text for it in split_joined_rows(make_items([Line(i, t) for i, t in enumerate(page)]))]
    assert texts[:3] == ["推进民生改善", lead[0].replace(" ", ""), lead[1]]
    assert left[2] in texts and right[2] in texts  # (the rows under it still part)
