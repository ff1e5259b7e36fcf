"""Body elements -> the same, cut where a column breaks off inside a sentence and the next article's column follows.

An extractor reads the columns of a page one after the other: where one article's column ends inside a sentence
(the sentence goes on at the top of its next column, elsewhere on the page) and another article's column is read
next, the two run on as one body, with no sentence end and no change of measure to tell
(:func:`~textclean.clean.measures.changes_column` asks for a sentence end). The shape alone (a full line over a
paragraph's first line) does not tell either: a paragraph's first line falls under a full line inside one sentence
as well, where the line is cut short before a number or the page's lines are misread. What tells is where the
sentence goes on: one later piece, and one only, that opens inside a sentence (its first line full, or the first
after a sentence end) and finishes the word the full line broke off (:func:`~textclean.clean.lexicon.breaks_a_word`,
across a common pair of characters) (:func:`broken_off_at`; in justified columns only: in ragged ones a line falls
an indent short anywhere). The body is cut there (:func:`cut_broken_off`); the piece cut off opens a draft, and the
piece the sentence resumes in goes on from the draft above
(:func:`~textclean.clean.drafts.continuation_targets`: it stops inside a sentence now).
"""

from __future__ import annotations

from collections import Counter

from textclean.clean.junctions import junction
from textclean.clean.lexicon import breaks_a_word
from textclean.clean.measures import JUSTIFIED_SPREAD, MIN_TELLING_LINES, wide_digit_width
from textclean.clean.roles import Element, Item, fuller_median
from textclean.clean.typesetting import BODY_FULL_SHARE, FULL_LINE_SLACK, INDENT, INDENTED_LINE
from textclean.clean.wrapped import continues_a_phrase

#: The columns over and under a junction are read off this many lines each (a column's worth of a paragraph, as
#: :data:`~textclean.clean.measures.COLUMN_CHANGE_LINES`).
COLUMN_LINES = 6
#: The junction (:func:`~textclean.clean.junctions.junction`, from the lexicon alone) a later piece's first line
#: makes with the line broken off at least, for the sentence to resume there: a pair of characters jieba's words
#: hold 1,000 times or more. A rarer pair meets a word's half by chance on a page of a few dozen pieces: with any
#: pair, the synthetic pages took 4 cuts, all inside one article (extra articles 40 -> 42), for one more right cut
#: on the devpages (8 of pdftotext's, 1 of pdfminer's, against 7 and 0).
RESUME_ODDS = 1.7
#: Lines a body keeps from a cut on at least: the paragraph opening and as many lines as a column is measured
#: over elsewhere (:data:`~textclean.clean.measures.MIN_TELLING_LINES`); with fewer, a stray piece is left.
MIN_LINES_UNDER = MIN_TELLING_LINES + 1
#: The width :func:`_paragraph_openings` gives a line that is no text or ends a sentence (narrower than any).
_NO_WIDTH = float("-inf")


def cut_broken_off(elements: list[Element]) -> list[Element]:
    """``elements`` with each body cut at the junctions :func:`broken_off_at` finds (two bodies, in order).

    >>> mk = lambda *ts: Element("body", [Item(k, t, t, float(len(t)), True, True) for k, t in enumerate(ts)])
    >>> full = ["甲乙丙丁戊己庚辛壬癸子丑寅卯"] * 4
    >>> above = mk(*full, "过资产重组和结构调整，以加", "国有企业是我国国民经济的", *full)
    >>> [len(e.items) for e in cut_broken_off([above, mk("强重点，提高国有资产的整体", *full)])]
    [5, 5, 5]
    >>> [len(e.items) for e in cut_broken_off([above, mk("提高国有资产的整体质量和", *full)])]  # (no resumption)
    [10, 5]
    """
    bodies = [(k, el.items) for k, el in enumerate(elements) if el.kind == "body"]
    pairs = _PagePairs("\n".join([it.text for el in elements for it in el.items]))
    starts: list[tuple[int, int, list[Item]]] | None = None  # (the pieces that may open inside a sentence: at a break)
    out: list[Element] = []
    for k, el in enumerate(elements):
        if el.kind != "body":
            out.append(el)
            continue
        items = el.items
        cuts = []
        for i in _paragraph_openings(items):
            if not _may_break_off(items, i) or not _breaks_off(items, i, pairs):
                continue
            if starts is None:
                starts = [(b, j, lines) for b, lines in bodies for j in range(len(lines)) if _may_open_inside(lines, j)]
            if _resumes_once(items, i, [s for s in starts if s[:2] > (k, i)]):
                cuts.append(i)
        if not cuts:
            out.append(el)
            continue
        out.extend(Element("body", el.items[lo:hi]) for lo, hi in zip([0, *cuts], [*cuts, len(el.items)], strict=True))
    return out


def broken_off_at(
    body: list[Item], i: int, later: list[tuple[int, int, list[Item]]], pairs: Counter[str] | None = None
) -> bool:
    """Whether ``body`` breaks off inside a sentence at line ``i`` for another article's column: the line above is
    full and ends no sentence, the line at ``i`` opens a paragraph (it falls an indent short of the column under
    it, :data:`~textclean.clean.typesetting.INDENTED_LINE` to ``INDENT`` + a full line's slack, and ends no
    sentence), both columns are set justified (:func:`_justified`), the words do not go on across the junction,
    and one of the ``later`` pieces that open inside a sentence (:func:`_opens_inside`; given as ``(element, line,
    lines)``, read after it, those that may: :func:`_may_open_inside`), and only one, finishes the word the line
    above broke off with a common pair of characters (:data:`RESUME_ODDS`).

    Before (pdftotext, devpages cpc-15-02, a 13 em column): ``…过资产重组和结构调整，以加`` / ``国有企业是我国国民经济``
    (11 em) / … ran on as one article's body, the sentence going on far below (``强重点，提高国有资产的整体``); after,
    the body is cut there and ``国有企业是…`` opens the next article. Not cut: a paragraph's first line the words go
    on into (``…按一九五二年的`` / ``不变价格计算的，下``: the sentence resumes nowhere else), a line cut short before a
    number it could not hold (``…加强生活必需品保`` / ``供稳价，居民消费价格上涨`` / ``2.5％。…``).
    """
    return _breaks_off(body, i, pairs) and _resumes_once(body, i, later)


class _PagePairs(Counter[str]):
    """:func:`~textclean.clean.junctions.page_pairs` of a page, each pair counted when first asked for: the
    page's ``text``, its lines joined by line breaks (a pair within a line only)."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def __missing__(self, pair: str) -> int:
        a, b = pair[:1], pair[1:]
        if a == b:  # (overlapping: ``aaa`` holds ``aa`` twice)
            n = sum(1 for k in range(len(self.text) - 1) if self.text[k] == a and self.text[k + 1] == a)
        else:
            n = self.text.count(pair)
        self[pair] = n
        return n


def _paragraph_openings(body: list[Item]) -> list[int]:
    """The lines ``i`` of ``body`` that pass the tests of :func:`_breaks_off` on the lines' widths alone, in one pass
    over the body (it is asked of every body line: most fail here): two text lines that end no sentence, enough
    lines under them, and the lower one an indent short of the widest text line under it that ends no sentence
    (:data:`COLUMN_LINES`; one of them at least).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> _paragraph_openings([mk("甲" * 14), mk("甲" * 12), *[mk("甲" * 14)] * 4, mk("甲乙。"), mk("甲" * 12)])
    [1]
    >>> _paragraph_openings([mk("甲" * 14), mk("甲乙。"), mk("甲" * 12), *[mk("甲" * 14)] * 5])  # (under a sentence end)
    []
    """
    # (a line that tells no column's width, as none under it: no paragraph's first line, as in _breaks_off)
    widths = [it.width if it.role == "text" and not it.ends else _NO_WIDTH for it in body]
    return [
        i
        for i in range(1, len(body) - MIN_LINES_UNDER + 1)
        if widths[i - 1] != _NO_WIDTH  # (the cheap tests first: the window's widest line last)
        and _NO_WIDTH < widths[i] <= max(widths[i + 1 : i + 1 + COLUMN_LINES]) - INDENTED_LINE
    ]


def _may_break_off(body: list[Item], i: int) -> bool:
    """The tests of :func:`_breaks_off` that need neither the page's pairs nor the columns: two text lines that end
    no sentence, enough lines under them, and no common pair across (the page's pairs only raise a pair's odds)."""
    up, lo = body[i - 1], body[i]
    if up.role != "text" or lo.role != "text" or up.ends or lo.ends or len(body) - i < MIN_LINES_UNDER:
        return False
    return junction(up, lo) < 0


def _breaks_off(body: list[Item], i: int, pairs: Counter[str] | None) -> bool:
    """The shape and words of :func:`broken_off_at`'s junction (the cheap tests first: it is asked of every line)."""
    up, lo = body[i - 1], body[i]
    if up.role != "text" or lo.role != "text" or up.ends or lo.ends or len(body) - i < MIN_LINES_UNDER:
        return False
    under = [it.width for it in body[i + 1 : i + 1 + COLUMN_LINES] if it.role == "text" and not it.ends]
    if not under or lo.width > max(under) - INDENTED_LINE:
        return False  # (as wide as the column under it, at least: no paragraph's first line; the cheap test first)
    below = fuller_median(under)  # (the column under it, as measured: of these lines)
    if not below or not below - INDENT - FULL_LINE_SLACK <= wide_digit_width(lo) <= below - INDENTED_LINE:
        return False  # (no paragraph's first line of the column under it, three times in four)
    if junction(up, lo, pairs) >= 0:
        return False  # (the words may go on across it: the page's pairs, counted when first asked, cost the most)
    above = _measured_column(body[max(0, i - COLUMN_LINES) : i])
    if not above or wide_digit_width(up) < above - FULL_LINE_SLACK or _cut_before_number(body, i):
        return False  # (the line above stops short: a paragraph's last line, or a head's)
    return _justified(body, i) and not breaks_a_word(up.text, lo.text) and not continues_a_phrase(lo)


def _resumes_once(body: list[Item], i: int, later: list[tuple[int, int, list[Item]]]) -> bool:
    """Whether one of the ``later`` pieces that open inside a sentence, and only one, finishes the word line
    ``i - 1`` broke off (:func:`broken_off_at`; the pieces' columns are measured last, for the few lines the words
    may go on in)."""
    up, lo = body[i - 1], body[i]
    # (a later piece opening as the line under the break does is that line printed again, a head or a quote's,
    # not the sentence resuming)
    resumes = [
        lines[j]
        for _, j, lines in later
        if lines[j].text[:1] != lo.text[:1] and junction(up, lines[j]) >= RESUME_ODDS and _opens_inside(lines, j)
    ]
    return sum(breaks_a_word(up.text, it.text) for it in resumes) == 1  # (met twice, a word's halves tell nothing)


def _justified(body: list[Item], i: int) -> bool:
    """Whether the columns over and under line ``i`` (:data:`COLUMN_LINES` each) are set justified: the full lines
    of each (at least :data:`~textclean.clean.typesetting.BODY_FULL_SHARE` of its widest) lie within
    :data:`~textclean.clean.measures.JUSTIFIED_SPREAD` of one another. There a line an indent short opens a
    paragraph; in a ragged column, lines stop that short anywhere."""
    for lines in (body[max(0, i - COLUMN_LINES) : i], body[i + 1 : i + 1 + COLUMN_LINES]):
        near = [wide_digit_width(it) for it in lines if it.role == "text" and not it.ends]
        full = [w for w in near if w >= BODY_FULL_SHARE * max(near)]
        if max(full) - min(full) > JUSTIFIED_SPREAD:
            return False
    return True


def _may_open_inside(items: list[Item], j: int) -> bool:
    """Whether line ``j`` of a body may open a piece inside a sentence (:func:`_opens_inside`, its column not
    measured): a text line, the body's first or the first after a sentence end."""
    return items[j].role == "text" and not (j and items[j - 1].role == "text" and not items[j - 1].ends)


def _opens_inside(items: list[Item], j: int) -> bool:
    """Whether line ``j`` of a body opens a piece inside a sentence: the body's first line or the first after a
    sentence end (:func:`_may_open_inside`), full (as wide as the column under it, less a full line's slack)."""
    it = items[j]
    if not _may_open_inside(items, j):
        return False
    column = _measured_column(items[j : j + COLUMN_LINES])
    return bool(column) and wide_digit_width(it) >= column - FULL_LINE_SLACK


def _measured_column(lines: list[Item]) -> float:
    """:func:`~textclean.clean.roles.column_of`'s width as measured alone (no squeezed width worked out).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> _measured_column([mk("甲乙，丙丁戊己庚"), mk("甲乙丙丁戊己庚辛"), mk("甲乙。")]), _measured_column([mk("甲乙。")])
    (8.0, 0.0)
    """
    return fuller_median([it.width for it in lines if it.role == "text" and not it.ends])


def _cut_before_number(body: list[Item], i: int) -> bool:
    """Whether line ``i`` may stop short for the number or Latin word opening the next line (too wide to fit)."""
    nxt = body[i + 1].text[:1] if i + 1 < len(body) else ""
    return (nxt.isascii() and nxt.isalnum()) or nxt.isdigit()
