"""The edges of a stretch of columns read row by row (``textclean.clean.rowedges``)."""

from __future__ import annotations

from collections import Counter

from textclean.clean.junctions import junction
from textclean.clean.roles import Item
from textclean.clean.rowedges import ragged_end

#: Two columns nine characters wide read row by row (as pdfminer reads an opinion page): the first column's
#: lines, then the second's.
LEFT = ["网络订餐、直播带货", "监管面临新挑战。一"]
RIGHT = ["鼓励社会共治。只有", "各方共同发力，才能"]
#: The first column's last line, read after the rows (the column runs a line longer than the other).
LAST = "些幽灵外卖没有实"
#: The next story's title, set across the columns, read right after that line: its first character runs on from
#: the line's last one (``实体``).
TITLE = "体育强国建设迈出坚实步伐"


def _mk(text: str) -> Item:
    return Item(0, text, text, float(len(text)), True, True)


def _read_after(lines: list[str]) -> tuple[int, list[list[str]]]:
    """Where the stretch of :data:`LEFT` and :data:`RIGHT` ends with ``lines`` read after its rows, and its columns."""
    items = [_mk(t) for t in [LEFT[0], RIGHT[0], LEFT[1], RIGHT[1], *lines]]
    cols = [items[0::2][:2], items[1::2][:2]]
    end = ragged_end(items, cols, 4, 0, [0.0] * len(items), Counter(), len(items))
    return end, [[it.text for it in col] for col in cols]


def test_a_head_wider_than_the_columns_ends_a_stretch_though_the_words_run_on_into_it() -> None:
    assert junction(_mk(LAST), _mk(TITLE)) > 0  # (the words alone would take it into the first column)
    assert _read_after([LAST, TITLE]) == (5, [[*LEFT, LAST], RIGHT])


def test_a_column_line_read_after_the_rows_still_goes_on_in_its_column() -> None:
    assert _read_after([LAST, "体店面，消费者吃"]) == (6, [[*LEFT, LAST, "体店面，消费者吃"], RIGHT])
