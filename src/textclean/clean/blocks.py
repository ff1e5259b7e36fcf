"""Body lines -> blocks: paragraphs, subheadings and attribution lines.

Two layouts occur, often on one page:

* *sparse* pieces put a blank line after every printed line; a paragraph
  break is then only visible in the shape of the lines: the first line of a
  paragraph lost its two-character indent, so it is about two characters
  short of the column, and the last line of a paragraph is short or ends a
  sentence;
* *dense* (boxed) pieces use single line breaks inside a paragraph and a
  blank line between paragraphs.

A subheading is a short line (or two lines set without a blank between them)
with no clause punctuation, standing between the end of one paragraph and the
start of the next.
"""

from __future__ import annotations

import bisect
import re

from textclean.clean.chardata import (
    CJK_RE,
    CLAUSE_PUNCT_RE,
    CLOSERS,
    ENUM_OPENER_RE,
    NUMBERED_HEADING_RE,
    PARAGRAPH_OPENER_RE,
    ends_sentence,
    set_width,
)
from textclean.clean.repair import join_lines
from textclean.clean.roles import Item, set_column
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT, WINDOW_FULL_SHARE
from textclean.models import Block

#: A line this much (em) short of the column, beyond its indent, ends its paragraph.
SHORT_LINE = 2.0
#: A line this much short of the column starts a paragraph (its indent was lost).
INDENTED_LINE = 1.5
#: Subheadings are at least this much (em) shorter than the column (a line nearer to it is running text).
HEADING_SHORTFALL = 3.0
#: Lines either side used to estimate the local column width: enough for a median, few enough to follow
#: a column whose width changes down the page.
WINDOW = 8
#: The line after a subheading is running text when at least this much (em) wider than the subheading ...
WIDER_THAN_HEADING = 2.0
#: ... or at most :data:`INDENTED_LINE` and this much (em) short of a first line (the column less the indent).
FIRST_LINE_SLACK = 0.5
#: A line that ends no sentence ends its paragraph only when this many times :data:`SHORT_LINE` short
#: and closing a quote or bracket (a quotation that ends the paragraph).
UNFINISHED_SHORTFALL = 2


def local_columns(items: list[Item]) -> list[float]:
    """For each line, the column width around it: the median of the fuller text lines nearby.

    Only running-text lines measure the column: an attribution line
    (``——…``) is set to its own width, often wider than a narrow column,
    and would pass for the column's width. A line that is not running text
    gets the column of the text lines around it.

    >>> [round(c) for c in local_columns([Item(i, "", "", w, True, True) for i, w in enumerate([18, 18, 12, 19, 18])])]
    [18, 18, 18, 18, 18]
    >>> mk = lambda w, role="text": Item(0, "", "", w, True, True, role)
    >>> [round(c) for c in local_columns([mk(14), mk(15), mk(24, "attribution"), mk(14), mk(10)])]
    [14, 14, 14, 14, 14]
    """
    text = [i for i, it in enumerate(items) if it.role == "text"]
    if not text or len(text) == len(items):
        return _sliding_columns([it.width for it in items])
    cols = _sliding_columns([items[i].width for i in text])
    out: list[float] = []
    k = 0  # the text line at or after each line (the last one past the end)
    for i in range(len(items)):
        while k < len(text) - 1 and text[k] < i:
            k += 1
        out.append(cols[k])
    return out


def _sliding_columns(widths: list[float]) -> list[float]:
    """For each width, the median of the fuller widths within ``WINDOW`` either side."""
    n = len(widths)
    win = sorted(widths[: WINDOW + 1])  # the window around line 0, kept sorted as it slides
    cols: list[float] = []
    for i in range(n):
        if i:
            if i + WINDOW < n:
                bisect.insort(win, widths[i + WINDOW])
            if i - WINDOW - 1 >= 0:
                del win[bisect.bisect_left(win, widths[i - WINDOW - 1])]
        # the median of the fuller lines, win[lo:], read in place
        lo = bisect.bisect_left(win, WINDOW_FULL_SHARE * win[-1])
        half, odd = divmod(len(win) - lo, 2)
        mid = lo + half
        cols.append(float(win[mid] if odd else (win[mid - 1] + win[mid]) / 2))
    return cols


def _opens_paragraph(items: list[Item], k: int, col: float, heading_width: float) -> bool:
    """``items[k]``, the line after a subheading, is running text (clause punctuation, clearly
    wider than the subheading, or about the column less the indent) that starts a paragraph,
    so it is not a full line (its indent was lost).

    Short of the column by its width, or as type sets it: a line holding several marks
    fills the column with more characters, so with its marks squeezed (:func:`set_width`)
    it is measured against the column squeezed alike (:func:`_set_column_at`).
    """
    item = items[k]
    text_like = (
        bool(CLAUSE_PUNCT_RE.search(item.text))
        or item.width >= heading_width + WIDER_THAN_HEADING
        or item.width >= col - INDENT - INDENTED_LINE - FIRST_LINE_SLACK
    )
    if not text_like:
        return False
    return (
        item.width <= col - FULL_LINE_SLACK
        or set_width(item.text, item.width) <= _set_column_at(items, k) - FULL_LINE_SLACK
    )


def _opens_dense_piece(items: list[Item], k: int) -> bool:
    """``items[k]`` is running text with clause punctuation set against the text line under it
    (no blank between): the first line of a dense piece, whatever its width."""
    return (
        k + 1 < len(items)
        and not items[k].gap_after
        and items[k].role == items[k + 1].role == "text"
        and bool(CLAUSE_PUNCT_RE.search(items[k].text))
    )


def _set_column_at(items: list[Item], k: int) -> float:
    """The column around line ``k`` measured with punctuation squeezed: :func:`set_column` of the
    text lines within ``WINDOW`` lines.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> _set_column_at([mk("甲乙丙丁戊己庚辛"), mk("甲乙，丙丁，戊己庚辛"), mk("甲乙丙丁戊己庚辛")], 1)
    8.0
    """
    return set_column([it for it in items[max(0, k - WINDOW) : k + WINDOW + 1] if it.role == "text"])


HEADING_STOP_RE = re.compile("[。！？；：!?;:]")
#: A subheading spans at most this many printed lines.
MAX_HEADING_LINES = 3


def is_heading_text(text: str) -> bool:
    """Text that can be a subheading: no sentence punctuation, no final punctuation; a
    numbered one (``一、…``) may hold one comma, an unnumbered one none.

    >>> is_heading_text("一、以习近平法治思想为引领，根植法治工会理念"), is_heading_text("加强职业教育与培训")
    (True, True)
    >>> is_heading_text("一是突出导向，培养人才。"), is_heading_text("目标，构建工会法律制度体系")
    (False, False)
    >>> is_heading_text("二是切实推动职业技能等级认")
    False
    """
    if not text or HEADING_STOP_RE.search(text) or not CJK_RE.match(text[-1]) or CLAUSE_PUNCT_RE.match(text[-1]):
        return False
    if PARAGRAPH_OPENER_RE.match(text):
        return False
    m = NUMBERED_HEADING_RE.match(text)
    rest = text[m.end() :] if m else text
    commas = len(CLAUSE_PUNCT_RE.findall(rest))
    return commas <= (1 if m else 0)


def heading_spans(items: list[Item], cols: list[float], ends: list[bool] | None = None) -> dict[int, int]:
    """Find subheadings; return ``{first index: last index}`` of each.

    A subheading is one line, or up to ``MAX_HEADING_LINES`` lines set without
    a blank between them, whose text passes :func:`is_heading_text`; every
    line is clearly shorter than the column; it follows the end of a
    paragraph (not another subheading) and is followed by the first line of a
    paragraph: running text short of the column by its lost indent (not a
    full line, as the second line of a paragraph is), or any running text
    that opens a dense piece, where blank lines are the paragraph breaks.

    ``ends``: whether each line ends a sentence (:func:`ends_sentence`), when
    the caller already knows.
    """
    if ends is None:
        ends = [ends_sentence(it.text) for it in items]
    spans: dict[int, int] = {}
    last_lines: set[int] = set()  # the last line of each subheading found
    n = len(items)
    i = 1
    while i < n - 1:
        prev = items[i - 1]
        if not ((ends[i - 1] or prev.role == "attribution") and (i - 1) not in last_lines and items[i].gap_before):
            i += 1  # no paragraph ends right above: the usual case, decided before measuring the candidate
            continue
        end = i
        while end + 1 < n and not items[end].gap_after and end - i + 1 < MAX_HEADING_LINES:
            end += 1
        ok = (
            items[end].gap_after
            and end + 1 < n
            and all(
                items[k].role == "text" and items[k].width <= cols[k] - HEADING_SHORTFALL for k in range(i, end + 1)
            )
            and is_heading_text(join_lines([items[k].text for k in range(i, end + 1)]))
            and (
                _opens_paragraph(items, end + 1, cols[end + 1], max(items[k].width for k in range(i, end + 1)))
                or _opens_dense_piece(items, end + 1)
            )
        )
        if ok:
            spans[i] = end
            last_lines.add(end)
            i = end + 1
            continue
        i += 1
    return spans


def is_paragraph_break(
    a: Item, b: Item, col: float, a_starts: bool, dense: bool | None = None, a_ends: bool | None = None
) -> bool:
    """Whether a paragraph ends between consecutive body lines ``a`` and ``b``.

    ``dense`` (whether the lines are set in a dense piece) and ``a_ends``
    (whether ``a`` ends a sentence) are worked out from the lines when not given.

    >>> col = 19.0
    >>> mk = lambda t, w, gb=True, ga=True: Item(0, t, t, w, gb, ga)
    >>> is_paragraph_break(mk("事业和工会工作高质量发展。", 13), mk("习近平法治思想是习近平新时代中国", 16), col, False)
    True
    >>> is_paragraph_break(mk("式推动工会工作高质量发展的思想支撑。", 18), mk("要注重提升政治能力。坚持把党的领导作", 18), 18.0, False)
    False
    >>> is_paragraph_break(mk("三是企业健全技能人才岗位使用机制。", 17), mk("实现技能操作岗位、专业技术岗位和经营管", 19), col, True)
    False
    """
    if a.role == "attribution" or b.role == "attribution":
        return True
    if not b.gap_before:
        return False
    if dense is None:
        dense = not a.gap_before or not b.gap_after
    if dense:
        return True  # dense piece: a blank line separates paragraphs
    shortfall = col - a.width - (INDENT if a_starts else 0.0)
    if ends_sentence(a.text) if a_ends is None else a_ends:
        return shortfall >= SHORT_LINE or col - b.width >= INDENTED_LINE or bool(ENUM_OPENER_RE.match(b.text))
    return shortfall >= UNFINISHED_SHORTFALL * SHORT_LINE and a.text[-1] in CLOSERS


def in_dense_piece(items: list[Item]) -> list[bool]:
    """For each line, whether it is set against another text line with no blank between
    (a dense piece).  An attribution set against the last line does not count.

    >>> mk = lambda gb, ga, role="text": Item(0, "", "", 10.0, gb, ga, role)
    >>> in_dense_piece([mk(True, False), mk(False, True), mk(True, False), mk(False, True, "attribution")])
    [True, True, False, False]
    """
    n = len(items)
    out = []
    for i, it in enumerate(items):
        up = i > 0 and not it.gap_before and items[i - 1].role == "text" and it.role == "text"
        down = i + 1 < n and not it.gap_after and items[i + 1].role == "text" and it.role == "text"
        out.append(up or down)
    return out


def body_blocks(items: list[Item]) -> list[Block]:
    """Assemble the lines of one article body into blocks in reading order."""
    if not items:
        return []
    cols = local_columns(items)
    ends = [ends_sentence(it.text) for it in items]
    heads = heading_spans(items, cols, ends)
    dense = in_dense_piece(items)
    blocks: list[Block] = []
    parts: list[str] = []
    starts = True

    def flush() -> None:
        if parts:
            blocks.append(Block("paragraph", join_lines(parts)))
            parts.clear()

    i = 0
    while i < len(items):
        it = items[i]
        if i in heads:
            flush()
            blocks.append(Block("heading", join_lines([x.text for x in items[i : heads[i] + 1]])))
            i = heads[i] + 1
            starts = True
            continue
        if it.role == "attribution":
            flush()
            blocks.append(Block("attribution", it.text))
            i += 1
            starts = True
            continue
        if parts and is_paragraph_break(items[i - 1], it, cols[i], starts, dense[i - 1] or dense[i], ends[i - 1]):
            flush()
            starts = True
        parts.append(it.text)
        if len(parts) > 1:
            starts = False
        i += 1
    flush()
    return blocks
