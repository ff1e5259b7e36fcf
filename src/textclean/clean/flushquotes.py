"""A pull quote set flush between two indented paragraphs -> a pull-quote box, told by its shape alone.

A paper sets a pull quote's sentence in a box inside the column, between two of the story's paragraphs, in bold type
with no first-line indent and no marker; where the story no longer prints the sentence (the story was cut to fit, or
the quote sums it up), nothing on the page restates it (:mod:`~textclean.clean.quotes` asks that). The extractor
reads the box's lines where they stand, a paragraph of their own: but in a column whose paragraphs open indented, a
paragraph that opens flush, right after a paragraph's short last line, and closes a sentence or two a few lines
later, right over an indented opening, is no paragraph of the text (:func:`flush_quote_run`).
"""

from __future__ import annotations

from textclean.clean.captions import SENTENCE_MARK_RE
from textclean.clean.chardata import (
    BOX_GLYPHS,
    ENUM_OPENER_RE,
    LIST_NUMBER_RE,
    SECTION_NUMBER_RE,
    width_with_wide_digits,
)
from textclean.clean.roles import Element, Item, body_column
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENTED_LINE
from textclean.clean.wrapped import SUBHEAD_LINES

#: A quote holds at least this many characters (a sentence; a shorter flush run is a line of furniture or a head)
#: and at most that many: lay16's 18 boxes hold 22 to 36, a box is a sentence or two set large.
MIN_FLUSH_QUOTE_CHARS = 12
MAX_FLUSH_QUOTE_CHARS = 90
#: ... in at most this many sentences (lay16's boxes: one each).
MAX_FLUSH_QUOTE_SENTENCES = 2
#: A flush line's marks set half width (:attr:`~textclean.clean.roles.Item.squeezed`) leave it at most this much (em)
#: short of a full line: an indented first line of several marks measures full until its marks are squeezed
#: (lay16's flush boxes: squeezed 0.5 short at most; the devpages' PyMuPDF pull quote .975 -> .977 with the test).
SQUEEZED_SLACK = 0.5
#: ... each at least this many characters (a sentence's last word and its stop, ``导。``, is the end of one begun
#: elsewhere: a column read on from above).
MIN_SENTENCE_CHARS = 6
#: The marks a quote's last sentence stops with (not a clause's ``；``), and the closing marks that may follow them.
FULL_STOPS = "。！？…"
CLOSING_MARKS = "”’」』）)"
#: ... over at least this many lines and at most that many (a box of one line is a paragraph's short piece; lay16's
#: boxes run 2 to 5 lines in 8 to 15 em columns).
MIN_FLUSH_QUOTE_LINES = 2
MAX_FLUSH_QUOTE_LINES = 8
#: The body shows its paragraphs' indents when at least this many of its paragraphs (after the first) open indented
#: (:data:`~textclean.clean.typesetting.INDENTED_LINE` short of the column) ...
MIN_INDENTED_OPENINGS = 2
#: ... and at most this share of its openings is flush (the run asked about aside): a page that sets its paragraphs
#: flush opens each so, and a flush paragraph there is no box. None at all: with a quarter allowed, the devpages'
#: PyMuPDF pull quote .982 -> .975, with none .977 (lay16 .880 either way).
MAX_FLUSH_SHARE = 0.0


def lift_flush_quotes(elements: list[Element]) -> list[Element]:
    """The page's elements, each body's pull quote set flush (:func:`flush_quote_run`) lifted out as a ``box`` set
    before the body, the body kept whole around it (as :func:`~textclean.clean.quotes.lift_restated_quotes` sets a
    restated one: the box goes to the body under it). Asked on a page whose boxes restate nothing and bear no marker
    (the caller's): a box the page restates tells its boxes so, and a flush run there is a paragraph.

    >>> mk = lambda t, w: Item(0, t, t, float(w), False, False)
    >>> para = [mk("乙" * 8, 8), *[mk("甲" * 10, 10) for _ in range(3)], mk("管理一张网。", 6)]
    >>> box = [mk("县域治理既要看“盆", 9), mk("景”，更要看“风景”，", 10), mk("拧成一股绳。", 6)]
    >>> [(e.kind, len(e.items)) for e in lift_flush_quotes([Element("body", [*para, *box, *para, *para])])]
    [('box', 3), ('body', 15)]
    """
    out: list[Element] = []
    for el in elements:
        run = flush_quote_run(el) if el.kind == "body" else None
        if run is None:
            out.append(el)
            continue
        i, j = run
        out.append(Element("box", el.items[i:j], "".join(["".join(it.text.split()) for it in el.items[i:j]])))
        out.append(Element("body", el.items[:i] + el.items[j:]))
    return out


def flush_quote_run(body: Element) -> tuple[int, int] | None:
    """The first run ``items[i:j]`` of ``body`` that is a pull quote set flush between two paragraphs, or None: it
    opens after a line that ends a sentence short of the column (a paragraph's last line), on a line no more than a
    full line's slack (:data:`~textclean.clean.typesetting.FULL_LINE_SLACK`) short of the column; its lines go on
    to a sentence end (:data:`MIN_FLUSH_QUOTE_LINES` to :data:`MAX_FLUSH_QUOTE_LINES` lines, only the last ending
    one, :data:`MIN_FLUSH_QUOTE_CHARS` to :data:`MAX_FLUSH_QUOTE_CHARS` characters, at most
    :data:`MAX_FLUSH_QUOTE_SENTENCES` sentences), and the line under it opens a paragraph, indented; and the body is
    one whose paragraphs show their indents (:func:`_shows_indents`). Not the body's first lines (its lede).

    Before (PyMuPDF, an opinion page, a 10 em column): ``…管理一张网。`` (6 em) / ``县域治理既要看“盆`` (9 em) /
    ``景”，更要看“风景”，`` / ``关键在于把分散的资源`` / ``拧成一股绳。`` / ``近年来，一些地方`` (8 em, indented): the box
    was a paragraph of the story; after, its pull quote. Not a box: a paragraph opening indented, a run going on past
    a sentence end, a flush paragraph on a page that sets its paragraphs flush.

    >>> mk = lambda t, w: Item(0, t, t, float(w), False, False)
    >>> full = [mk("甲" * 10, 10) for _ in range(3)]
    >>> para = [mk("乙" * 8, 8), *full, mk("管理一张网。", 6)]
    >>> box = [mk("县域治理既要看“盆", 9), mk("景”，更要看“风景”，", 10), mk("拧成一股绳。", 6)]
    >>> flush_quote_run(Element("body", [*para, *box, *para, *para]))
    (5, 8)
    >>> flush_quote_run(Element("body", [*para, mk("县域治理既要", 8), *box[1:], *para, *para]))  # (indented)
    >>> flush_quote_run(Element("body", [*para, *box, *full, *para]))  # (no indented opening under it)
    """
    items = body.items
    column = body_column(items)
    if column <= 0:
        return None
    full, indented = column - FULL_LINE_SLACK, column - INDENTED_LINE
    for i in range(1, len(items)):
        above, first = items[i - 1], items[i]
        if not (_upper(above) < full and first.width >= full and first.role == "text"):
            continue
        if first.squeezed < full - SQUEEZED_SLACK:
            continue  # (a line of marks measured wide: an indented first line, its marks set half width)
        if LIST_NUMBER_RE.match(first.text) or ENUM_OPENER_RE.match(first.text):
            continue  # (a numbered paragraph or head, set flush on some pages)
        if not (above.ends or _head_over(items, i)):
            continue  # (a box opens under a paragraph's last line or a subheading's)
        j = _run_end(items, i, full, indented)
        if j is not None and _quote_text(items[i:j]) and _shows_indents(items, i, full, indented):
            return i, j
    return None


def _run_end(items: list[Item], i: int, full: float, indented: float) -> int | None:
    """One past the line that ends the sentence a flush run ``items[i:]`` goes on to, when the line under it opens a
    paragraph indented (``indented`` em or less, ending no sentence) or a subheading (a ``full`` line over a short
    one that ends no sentence, :func:`_ends_paragraph`), or None."""
    for j in range(i + 1, min(len(items), i + MAX_FLUSH_QUOTE_LINES) + 1):
        last = items[j - 1]
        if last.role != "text" or (j - 1 > i and not last.ends and last.width < full):
            return None  # (a box's lines are full but its last: a short one ends a head or a paragraph)
        if last.ends:
            if last.text.rstrip(CLOSING_MARKS)[-1:] not in FULL_STOPS:
                return None  # (a clause ends there, ``…优化；``: a paragraph's enumeration goes on)
            under = items[j] if j < len(items) else None
            if j - i < MIN_FLUSH_QUOTE_LINES or under is None or under.role != "text":
                return None
            opens = under.width <= indented and not under.ends
            return j if opens or (under.width >= full and not _ends_paragraph(items, j, full)) else None
    return None


def _quote_text(lines: list[Item]) -> bool:
    """Whether ``lines`` hold a quote's text: :data:`MIN_FLUSH_QUOTE_CHARS` to :data:`MAX_FLUSH_QUOTE_CHARS`
    characters in at most :data:`MAX_FLUSH_QUOTE_SENTENCES` whole sentences, each :data:`MIN_SENTENCE_CHARS` or
    more (a run opening with a sentence's last word, ``导。只要我们党…``, goes on from a column above)."""
    text = "".join(["".join(it.text.split()) for it in lines])
    sentences = [t for t in SENTENCE_MARK_RE.split(text) if t.strip(CLOSING_MARKS)]
    return (
        MIN_FLUSH_QUOTE_CHARS <= len(text) <= MAX_FLUSH_QUOTE_CHARS
        and len(sentences) <= MAX_FLUSH_QUOTE_SENTENCES
        and all(len(t) >= MIN_SENTENCE_CHARS for t in sentences)
    )


def _head_over(items: list[Item], i: int) -> bool:
    """Whether the lines over ``items[i]`` up to the last sentence end above it are a subheading: two or three lines
    (:data:`~textclean.clean.wrapped.SUBHEAD_LINES` at most) ending no sentence, the first opening with a section's
    number or an ornament (``一、新质生产力`` / ``的“新”在何处``, ``◆ 摸清家底，开展生`` / ``态产品价值核算``): a
    paragraph's indented first line and the next (``四是积极支持企业…`` / ``新型企业。…200亿元专项资``) are no head."""
    k = i
    while k > 0 and not items[k - 1].ends and i - k <= SUBHEAD_LINES:
        k -= 1
    return (
        2 <= i - k <= SUBHEAD_LINES
        and (k == 0 or items[k - 1].ends)
        and (SECTION_NUMBER_RE.match(items[k].text) is not None or items[k].text[:1] in BOX_GLYPHS)
    )


def _shows_indents(items: list[Item], skip: int, full: float, indented: float) -> bool:
    """Whether the body's paragraphs open indented: at least :data:`MIN_INDENTED_OPENINGS` lines an indent short of
    the column (``indented`` em or less) open a paragraph (under a sentence end or a short line, over a ``full``
    one), and at most :data:`MAX_FLUSH_SHARE` of the openings are flush ones (a full line under a short line ending
    a sentence, opening a paragraph: :func:`_ends_paragraph`; a flush subheading is none), ``items[skip]`` aside."""
    indents = sum(
        _upper(items[k]) <= indented
        and not items[k].ends
        and items[k + 1].width >= full
        and (items[k - 1].ends or _upper(items[k - 1]) < full)
        for k in range(1, len(items) - 1)
    )
    flush = sum(
        k != skip
        and items[k - 1].ends
        and _upper(items[k - 1]) < full <= items[k].width
        and items[k].role == "text"
        and _ends_paragraph(items, k, full)
        for k in range(1, len(items))
    )
    return indents >= MIN_INDENTED_OPENINGS and flush <= MAX_FLUSH_SHARE * (indents + flush)


def _ends_paragraph(items: list[Item], k: int, full: float) -> bool:
    """Whether the first line from ``items[k]`` on that falls short of a ``full`` line ends a sentence (a
    paragraph's last line), not a head's."""
    short = next((it for it in items[k:] if it.width < full), None)
    return short is not None and short.ends


def _upper(item: Item) -> float:
    """The widest ``item`` may print (its digits as wide as Han,
    :func:`~textclean.clean.chardata.width_with_wide_digits`): a line found short so is short."""
    return width_with_wide_digits(item.text, item.width)
