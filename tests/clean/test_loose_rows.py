"""Rows parted by looser rules kept by a row a few lines off, and brackets a row's first line closes
(``textclean.clean.joinedrows``, ``textclean.clean.columnlines``): review of forms near the rules."""

from __future__ import annotations

from textclean.clean.chardata import text_width
from textclean.clean.columnlines import one_line
from textclean.clean.joinedrows import wide_rows
from textclean.clean.roles import Item

ROW = "出口总值138亿元，同比增长 机电产品和劳动密集型产 开行国际货运班列76列，实现"
#: A row of six 11-em columns (pdftotext, a news page), printed after a blank line.
ROW11 = (
    "本报讯 3月2日，全 幼儿园80所，进一步扩大 乡学校共同体建设，让更 教育，围绕全省重点产业 政课建设，深入实施学生"
    " 小学教师平均工资收入水"
)


def _item(text: str, before: bool = False, after: bool = False) -> Item:
    return Item(0, text, text, text_width(text), before, after)


def test_two_part_headline_three_lines_over_a_row_stays_whole() -> None:
    """A two-part headline after a blank line, its byline under it, a row three lines on: no row of its own."""
    head, caption = "全省教育工作会议提出 今年新增公办学位5.2万个", "图为新建成的服务中心。 本报记者 刘斌 摄"
    items = [_item(head, True), _item("本报记者 梁静"), _item(caption, True, True), _item(ROW11, True)]
    assert 0 not in wide_rows(items, {}, [11])


def test_row_after_a_blank_line_holding_a_clause_mark_is_kept() -> None:
    items = [_item(ROW, True), _item("本报记者 梁静"), _item("甲", True), _item(ROW)]
    assert 0 in wide_rows(items, {}, [13])


def test_two_columns_closing_their_own_brackets_are_two_lines() -> None:
    """A row's first line: a dateline closing its reporters' bracket, the next column's line closing a quote."""
    assert one_line(["员", "许晨）3月", "今天投了简历。”来"], True) is False
    assert one_line(["的路子。", "走。”他说"], True) is False
    assert one_line(["讯员", "吴敏）“住院期间不"], True) is True
