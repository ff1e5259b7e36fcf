"""Shape evidence for the row reader (``textclean.clean.rowread._runs``) where the words across the breaks tell
little: pdfminer's lines of two columns read row by row whose pairs the lexicon barely knows."""

from __future__ import annotations

from collections import Counter

from textclean.clean.roles import Item
from textclean.clean.rowgate import MAX_COLUMNS
from textclean.clean.rowread import _runs

#: The weak word evidence (log odds) each line of a later row gets for going on from the line a row before it:
#: over the fourteen lines of later rows below, less than entering a stretch costs.
WEAK = 0.5


def _item(text: str, width: float, apart: bool = True) -> Item:
    return Item(0, text, text, width, apart, apart)


def _page(last_line_width: float, apart: bool = True, beside: str = "丙" * 10) -> list[Item]:
    """Two columns ten characters wide read row by row, eight rows; the first column's third line ends a paragraph
    (``last_line_width`` em wide) and its fourth opens one (indented two em). ``apart``: each line between blank
    lines (pdfminer), else all set tight (one block, pdftotext's form); ``beside``: the second column's line read
    right after the paragraph's last line."""
    left = ["甲" * 10, "甲" * 10, "甲" * (int(last_line_width) - 1) + "。", "乙" * 8, *["乙" * 10] * 4]
    right = ["丙" * 10, "丙" * 10, beside, *["丙" * 10] * 5]
    widths = {"。": last_line_width}
    out: list[Item] = []
    for a, b in zip(left, right, strict=True):
        out += [_item(a, widths.get(a[-1], float(len(a))), apart), _item(b, 10.0, apart)]
    return out


def _stretches(items: list[Item]) -> list[tuple[int, int, int]]:
    seq = [0.0] * (len(items) - 1)  # (no evidence either way for reading on)
    apart = [seq] + [[WEAK if k == 2 else 0.0] * (len(items) - k) for k in range(2, MAX_COLUMNS + 1)]
    return [(start, k, end) for start, k, end, _ in _runs(items, seq, Counter(), apart)]


def test_a_full_line_read_after_a_paragraphs_last_line_is_evidence_of_rows_read_across_columns() -> None:
    assert _stretches(_page(4.0)) == [(0, 2, 16)]


def test_without_a_paragraphs_last_line_the_weak_words_alone_find_no_stretch() -> None:
    assert _stretches(_page(10.0)) == []


def test_lines_set_tight_in_one_block_are_no_shape_evidence() -> None:
    """pdftotext prints a column's lines (a brief's, two briefs') as one block set tight: a full line after a
    paragraph's last one there is the next paragraph's or brief's, no row read across columns."""
    assert _stretches(_page(4.0, apart=False)) == []


def test_a_numbered_item_or_a_speakers_turn_is_no_shape_evidence() -> None:
    """A list's items and an interview's turns open flush, a full line each, right after the last one's end: in one
    column too, so no sign of a row read across columns."""
    assert _stretches(_page(4.0, beside="2." + "丙" * 8)) == []
    assert _stretches(_page(4.0, beside="问：" + "丙" * 8)) == []
