"""A wide row of columns' lines is split where another row stands three printed lines off (joinedrows.py): pdftotext
prints a row's lines after a short one (a paragraph's last line) apart, so two rows of the same columns may stand
with two lines between them."""

from textclean.clean.chardata import text_width
from textclean.clean.joinedrows import wide_rows
from textclean.clean.roles import Item


def _item(text: str) -> Item:
    return Item(0, text, text, text_width(text), False, False)


def test_wide_rows_three_lines_apart_are_split() -> None:
    first = _item("出口总值138亿元，同比增长 机电产品和劳动密集型产 开行国际货运班列76列，实现")
    second = _item("进出口总值增长较快，拉动 品出口保持增长，其中汽车 了较快增长。前两个月，全")
    lines = [first, _item("增长。"), _item("口增长12%。"), second]
    assert set(wide_rows(lines, {}, [13])) == {0, 3}


def test_a_lone_wide_line_four_lines_from_a_row_stays_whole() -> None:
    first = _item("出口总值138亿元，同比增长 机电产品和劳动密集型产 开行国际货运班列76列，实现")
    lines = [
        first,
        _item("增长。"),
        _item("口增长12%。"),
        _item("甲"),
        _item("大力发展社会事业 促进经济社会协调发展 推动高质量发展"),
    ]
    assert 0 not in wide_rows(lines, {}, [13])
