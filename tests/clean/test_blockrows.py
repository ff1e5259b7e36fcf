"""Blocks of a few lines read row by row, put back column by column (``textclean.clean.blockrows``)."""

from __future__ import annotations

from test_rowread import HEALTH, JOBS, SCHOOLS, SOCIETY, _set

from textclean.clean.blockrows import read_block_rows
from textclean.clean.roles import Item, make_items
from textclean.clean.rowread import read_columns
from textclean.models import Line


def _chunked(*columns: list[str], size: int = 3, opening: frozenset[str] = frozenset()) -> list[Item]:
    """The items of ``columns`` read ``size`` lines of each column in turn, a blank line after each block (as
    pdfminer and pdftotext read tight columns set side by side); a blank line before each line in ``opening`` too
    (pdfminer opens a block at a paragraph's first line)."""
    page: list[Line] = []
    depth = max(map(len, columns))
    for row in range(0, depth, size):
        for col in columns:
            for i, t in enumerate(col[row : row + size]):
                if i and t in opening:
                    page.append(Line(len(page), ""))
                page.append(Line(len(page), t))
            page.append(Line(len(page), ""))
    return make_items(page)


def _texts(items: list[Item]) -> list[str]:
    return [it.text for it in items]


def test_three_columns_read_three_lines_at_a_time_are_put_back_column_by_column() -> None:
    cols = [_set(HEALTH, 14)[:24], _set(SOCIETY, 14)[:24], (_set(JOBS, 14) + _set(SCHOOLS, 14))[:24]]
    items = _chunked(*cols)
    assert _texts(items)[3] == cols[1][0]  # (read across the row: the second column's block after three lines)
    got = _texts(read_columns(read_block_rows(items)))
    assert got == [line for col in cols for line in col]


def test_two_columns_read_in_blocks_of_two_lines_are_put_back() -> None:
    cols = [_set(HEALTH, 16), _set(SOCIETY, 16)]
    got = _texts(read_block_rows(_chunked(*cols, size=2)))
    assert got == [line for col in cols for line in col]


def test_blocks_that_run_on_as_read_are_left_as_read() -> None:
    """Negative: one column printed in blocks (paragraphs, or a box's lines) reads on as it is."""
    lines = _set(HEALTH, 14) + _set(SOCIETY, 14)
    items = _chunked(lines, size=3)
    assert read_block_rows(items) == items


def test_lines_read_row_by_row_are_left_to_the_line_reading() -> None:
    """Negative: where most blocks are single lines (a blank line after each), the blocks are no chunks of a
    column: the lines are left for :func:`read_columns`."""
    cols = [_set(HEALTH, 16), _set(SOCIETY, 16)]
    items = _chunked(*cols, size=1)
    assert read_block_rows(items) == items
    assert _texts(read_columns(read_block_rows(items))) == [line for col in cols for line in col]


def test_a_side_head_between_chunked_columns_is_no_column() -> None:
    """A block of stacked short lines (a side head, a boxed quote) stands between the stretches: it is never read
    as one of a row's blocks."""
    cols = [_set(HEALTH, 14)[:24], _set(SOCIETY, 14)[:24], (_set(JOBS, 14) + _set(SCHOOLS, 14))[:24]]
    head = make_items([Line(0, "强政府"), Line(1, "自身建"), Line(2, "设"), Line(3, "")])
    items = head + _chunked(*cols)
    got = _texts(read_block_rows(items))
    assert got[:3] == ["强政府", "自身建", "设"]
    assert got[3:] == [line for col in cols for line in col]


def test_a_columns_lines_of_a_row_split_at_a_paragraph_read_as_one_block() -> None:
    """pdfminer opens a block at a paragraph's first line: a column's three lines of a row come out as a block
    of one (a paragraph's last line) and one of two; they are one block of the row, not a column of their own."""
    first = _set(JOBS, 13) + _set(SCHOOLS, 13)  # (13 lines, then 14: the second paragraph opens a row's 2nd line)
    cols = [first[:27], _set(HEALTH, 13)[:27], _set(SOCIETY, 13)[:27]]
    items = _chunked(*cols, opening=frozenset({_set(SCHOOLS, 13)[0]}))
    assert sum(it.gap_before for it in items) == 28  # (27 blocks and the one split)
    assert _texts(read_block_rows(items)) == [line for col in cols for line in col]
