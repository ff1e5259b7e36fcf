"""Lines -> items with roles -> layout elements.

A page is a sequence of printed lines separated by blank lines.  Each
non-blank line becomes an :class:`Item` (repaired text, printed width, whether
a blank line stands before and after it).  Items get a role from their shape
alone (box marker, column label, byline, closing note, attribution, text),
then runs of text items are split into headline lines and body lines by
context.  The result is a list of :class:`Element` s in page order: the
material that :mod:`textclean.clean.articles` assembles into articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median

from textclean.clean.chardata import (
    ATTRIBUTION_RE,
    BOX_MARKER_RE,
    BYLINE_RE,
    BYLINE_SPLIT_RE,
    CLAUSE_PUNCT_RE,
    COLUMN_RE,
    NOTE_BODY_RE,
    NOTE_OPEN_RE,
    ends_sentence,
    has_halves_space,
    is_person_name,
    leaves_bracket_open,
    set_width,
    text_width,
    width_with_wide_digits,
)
from textclean.clean.repair import repair_line
from textclean.clean.typesetting import (
    BANNER_LAST_LINE,
    BODY_FULL_SHARE,
    FULL_LINE_SLACK,
    INDENT,
    MAX_HEADLINE_WIDTH,
)
from textclean.models import Line

SENTENCE_STOP_RE = re.compile("[。！？…；]")

#: Headline lines at most this wide, one after the other, may be one wrapped headline...
SHORT_HEADLINE_WIDTH = 14.0
#: ... when the lower is at most this much wider than the upper (a kicker is usually the shorter line).
HALVES_WIDTH_DIFF = 3.0
#: How far (em) a first body line may be from the column less the indent (type sets widths loosely).
FIRST_LINE_TOLERANCE = 1.5
#: ... and how much farther right under a byline, where a body usually starts.
BYLINE_TOLERANCE = 1.0
#: Lines of a headline wrapped without a blank line between them are at most this wide (one column's headline).
WRAPPED_HEADLINE_WIDTH = 16.0
#: A headline line has at least this many characters (a lone character is a stray glyph).
MIN_HEADLINE_CHARS = 2
#: At most this many short sentence-less lines between headline parts read as a headline (running text is longer).
MAX_HEADLINE_RUN = 2
#: A pull-quote box holds at most this many printed lines.
MAX_BOX_LINES = 16
#: A line wider than this many times a box's first line ...
BOX_WIDEN_FACTOR = 1.6
#: ... and than the first line plus this many em is a body column set after the box, not the narrow box.
BOX_WIDEN_MIN = 5.0
#: After a box's sentence ends, at most this many more lines, each at most ...
BOX_EXTRA_LINES = 2
#: ... this much (em) wider than the box's widest line, may finish the quote's next sentence.
BOX_NARROW_SLACK = 1.0
#: A closing note spans at most this many printed lines.
MAX_NOTE_LINES = 4


@dataclass(slots=True)
class Item:
    """A non-blank printed line with its repaired text and shape."""

    no: int
    raw: str
    text: str
    width: float
    gap_before: bool
    gap_after: bool
    role: str = "text"


@dataclass(slots=True)
class Element:
    """A piece of page layout: ``body``, ``title``, ``box``, ``byline``, ``column``, ``note`` or ``banner``."""

    kind: str
    items: list[Item] = field(default_factory=list)
    text: str = ""

    @property
    def first(self) -> int:
        return self.items[0].no

    @property
    def last(self) -> int:
        return self.items[-1].no

    @property
    def gap_before(self) -> bool:
        return self.items[0].gap_before

    @property
    def gap_after(self) -> bool:
        return self.items[-1].gap_after


def make_items(lines: tuple[Line, ...] | list[Line]) -> list[Item]:
    """Non-blank lines as items, each knowing whether blank lines surround it.

    >>> from textclean.models import Line
    >>> [(i.no, i.text, i.gap_before, i.gap_after) for i in make_items([Line(0, "甲 乙 丙"), Line(1, ""), Line(2, "丁")])]
    [(0, '甲乙丙', True, True), (2, '丁', True, True)]
    """
    items: list[Item] = []
    prev_blank = True
    for ln in lines:
        if not ln.text or ln.text.isspace():  # Line.blank, without a property call per line
            prev_blank = True
            if items:
                items[-1].gap_after = True
            continue
        text = repair_line(ln.text)
        if not text:
            prev_blank = True
            continue
        items.append(Item(ln.no, ln.text, text, text_width(text), prev_blank, True))
        if len(items) > 1 and not prev_blank:
            items[-2].gap_after = False
        prev_blank = False
    return items


#: Any of the patterns :func:`shape_role` tries: a line none of them matches (most lines) is text.
_ROLE_SHAPE_RE = re.compile(
    "|".join(f"(?:{p.pattern})" for p in (BOX_MARKER_RE, COLUMN_RE, BYLINE_RE, NOTE_OPEN_RE, ATTRIBUTION_RE))
)


def shape_role(text: str) -> str:
    """The role a line has from its shape alone.

    >>> [shape_role(t) for t in ["●观点", "G 前沿观察", "苏炜 刘景芝", "（张菁 整理）", "——研究员 王文珍", "工会工作"]]
    ['marker', 'column', 'byline', 'note', 'attribution', 'text']
    >>> shape_role("（一）加强组织建设")
    'text'
    """
    if not _ROLE_SHAPE_RE.match(text):
        return "text"  # one match of the union instead of five that fail
    if BOX_MARKER_RE.match(text):
        return "marker"
    if COLUMN_RE.match(text):
        return "column"
    if BYLINE_RE.match(text) and all(is_person_name(t) for t in BYLINE_SPLIT_RE.split(text)):
        return "byline"
    if NOTE_OPEN_RE.match(text) and NOTE_BODY_RE.match(text[1:]):
        return "note"
    if ATTRIBUTION_RE.match(text):
        return "attribution"
    return "text"


def is_headline_like(item: Item) -> bool:
    """A text line that could be a headline: no clause punctuation, not too wide.

    >>> is_headline_like(Item(0, "", "打造“五型”工会 做实做好维权服务", 17.0, True, True))
    True
    >>> is_headline_like(Item(0, "", "法律是治国之重器，法治是治国理政", 16.0, True, True))
    False
    """
    return (
        item.role == "text"
        and item.width <= MAX_HEADLINE_WIDTH
        and len(item.text) >= MIN_HEADLINE_CHARS
        and not CLAUSE_PUNCT_RE.search(item.text)
    )


def _collect_box(items: list[Item], start: int) -> int:
    """Index one past the last line of the pull-quote box whose marker is ``items[start]``.

    The box is set narrow: its lines run until one ends a sentence, and go
    on past that only for the rest of a second sentence set as narrow (see
    :func:`_box_remainder`). A line much wider than the box's first ends it,
    unless it is a lone ragged line: the quote's sentence goes on, narrow
    again, on the next line (:func:`_ragged_box_line`).
    """
    j = start + 1
    limit = None
    widest = 0.0
    while j < len(items) and j - start <= MAX_BOX_LINES:
        it = items[j]
        if it.role != "text":
            break
        if limit is None:
            limit = max(it.width * BOX_WIDEN_FACTOR, it.width + BOX_WIDEN_MIN)
        elif it.width > limit and not _ragged_box_line(items, j, limit):
            break
        widest = max(widest, it.width)
        j += 1
        if ends_sentence(it.text):
            more = _box_remainder(items, j, widest, it.gap_before)
            if not more:
                break
            j += more
            break
    return j


def _ragged_box_line(items: list[Item], j: int, limit: float) -> bool:
    """Whether ``items[j]``, wider than a box's ``limit``, is still a line of the box:
    it ends no sentence and the next line is box text within the limit again.

    A body column after the box is wide line after line; a quote set a little
    raggedly has one long line between narrow ones.

    >>> mk = lambda text, w: Item(0, "", text, w, False, False)
    >>> box = [mk("要把学习宣传贯彻党", 9), mk("治任务，在全面学习、全面把握、", 15), mk("全面落实上下功夫，努力推", 12)]
    >>> _ragged_box_line(box, 1, 14.4)
    True
    >>> body = [mk("要把学习宣传贯彻党", 9), mk("治任务，在全面学习、全面把握、", 15), mk("局面提供了行动指南、指明了实践", 15)]
    >>> _ragged_box_line(body, 1, 14.4)
    False
    """
    nxt = items[j + 1] if j + 1 < len(items) else None
    return (
        not ends_sentence(items[j].text)
        and nxt is not None
        and nxt.role == "text"
        and nxt.gap_before == items[j].gap_before  # spaced as the box's lines are
        and nxt.width <= limit
    )


def _box_remainder(items: list[Item], j: int, widest: float, gap: bool) -> int:
    """How many lines from ``items[j]`` still belong to a box whose last line ended a sentence.

    At most two more narrow lines that finish another sentence, after which
    the narrow setting stops (otherwise the narrow lines are a body column).
    """

    def narrow(k: int) -> bool:
        it = items[k] if k < len(items) else None
        return it is not None and it.role == "text" and it.width <= widest + BOX_NARROW_SLACK and it.gap_before == gap

    for k in range(j, min(j + BOX_EXTRA_LINES, len(items))):
        if not narrow(k):
            return 0
        if ends_sentence(items[k].text):
            return k + 1 - j if not narrow(k + 1) else 0
    return 0


def _collect_note(items: list[Item], start: int) -> int:
    """Index one past the last line of the closing note that opens at ``items[start]``."""
    j = start
    depth = 0
    while j < len(items) and j - start < MAX_NOTE_LINES:
        depth += items[j].text.count("（") + items[j].text.count("(")
        depth -= items[j].text.count("）") + items[j].text.count(")")
        j += 1
        if depth <= 0:
            break
    return j


def body_column(items: list[Item]) -> float:
    """Typical printed width of the body lines (median of the fuller lines).

    >>> body_column([Item(0, "", "", w, True, True) for w in (18, 19, 18, 20, 9)])
    18.5
    """
    return _fuller_median([it.width for it in items])


def _fuller_median(widths: list[float]) -> float:
    """The median of the widths at least :data:`BODY_FULL_SHARE` of the widest (0 for none)."""
    if not widths:
        return 0.0
    top = max(widths)
    return float(median([w for w in widths if w >= BODY_FULL_SHARE * top]))


def set_column(items: list[Item]) -> float:
    """:func:`body_column` of the lines' widths with their punctuation squeezed (:func:`set_width`).

    >>> set_column([Item(0, "", t, float(len(t)), True, True) for t in ("甲乙丙丁，戊己", "甲乙丙丁戊己", "甲乙，丙丁，戊")])
    6.0
    """
    return _fuller_median([set_width(it.text, it.width) for it in items])


def _is_subtitle_after(run: list[Item], k: int) -> bool:
    """``run[k]`` is a subtitle (``——…``) set directly under headline lines."""
    return (
        k > 0 and run[k].role == "attribution" and run[k].width <= MAX_HEADLINE_WIDTH and is_headline_like(run[k - 1])
    )


def _split_run(run: list[Item], after: str | None, before: str | None) -> tuple[list[Item], list[Item], list[Item]]:
    """Split a run of text items into (leading headline lines, body lines, trailing headline lines).

    ``after``/``before`` are the kinds of the elements around the run
    (``None`` at the page edges).  The last leading headline-like line is
    still the first line of the body when it is set against the body's next
    line with no blank between them, or when it has the width of a first
    line (the column less the lost indent) and the line after it is a full
    one (more likely so right under a byline). Widths are compared as type
    sets them: the column with punctuation squeezed (:func:`set_column`),
    the candidate anywhere between its squeezed and full width, the next
    line with its digits possibly wider than half an em. A line that leaves
    a bracket or quote open runs on into the next: the body starts there at
    the latest. A line that spaces two Han words (:func:`has_halves_space`)
    or stands alone set tight under a column label stays a headline.
    Headline lines that end a run just above a byline, box or column label
    belong to the next article.
    """
    n = len(run)
    k = 0
    while k < n and (is_headline_like(run[k]) or _is_subtitle_after(run, k)):
        k += 1
    if k == n:
        return run, [], []
    lead = list(run[:k])
    open_at = next((i for i, it in enumerate(lead) if leaves_bracket_open(it.text)), None)
    if open_at is not None:
        lead = lead[:open_at]
    elif lead:
        last = lead[-1]
        col = set_column(run[k:])
        tolerance = FIRST_LINE_TOLERANCE + (BYLINE_TOLERANCE if after == "byline" else 0.0)
        full_next = width_with_wide_digits(run[k].text, run[k].width) >= col - FULL_LINE_SLACK
        lo, hi = set_width(last.text, last.width), last.width
        first_line = lo - tolerance <= col - INDENT <= hi + tolerance and full_next
        under_label = after == "column" and len(lead) == 1 and not last.gap_before  # set tight under a label
        if (
            last.role == "text"
            and (first_line or not last.gap_after)
            and not (under_label or has_halves_space(last.text))
        ):
            lead.pop()
    body = run[len(lead) :]
    trail: list[Item] = []
    if before in ("byline", "marker", "column", "box"):
        m = len(body)
        while m > 1 and (is_headline_like(body[m - 1]) or _is_subtitle_after(body, m - 1)):
            m -= 1
        if m < len(body) and (ends_sentence(body[m - 1].text) or body[m - 1].role == "attribution"):
            trail = body[m:]
            body = body[:m]
    return lead, body, trail


def _headline_elements(lines: list[Item]) -> list[Element]:
    """Group consecutive headline lines into title (and subtitle) elements.

    Lines set without a blank between them are one wrapped title. Across a
    blank line, lines are paired later, once the running text is known
    (:func:`join_wrapped_titles`).
    """
    groups: list[list[Item]] = []
    for it in lines:
        prev = groups[-1] if groups else None
        if it.role != "attribution" and prev and prev[-1].role != "attribution" and not it.gap_before:
            if max(prev[-1].width, it.width) <= WRAPPED_HEADLINE_WIDTH:
                prev.append(it)
                continue
        groups.append([it])
    out = []
    for g in groups:
        kind = "subtitle" if g[0].role == "attribution" else "title"
        out.append(Element(kind, g, "".join(i.text for i in g)))
    return out


def _halves(upper: Item, lower: Item) -> bool:
    """Two short headline lines, the lower not clearly wider: halves of one wrapped title.

    (A kicker above a title is usually the shorter line.)
    """
    return (
        upper.role == lower.role == "text"
        and max(upper.width, lower.width) <= SHORT_HEADLINE_WIDTH
        and lower.width <= upper.width + HALVES_WIDTH_DIFF
    )


def _set_in_banner(item: Item) -> bool:
    """A line at the top of the page set in from the margin (a centred banner)."""
    return item.no <= BANNER_LAST_LINE and item.raw[:1].isspace()


def page_elements(lines: tuple[Line, ...] | list[Line]) -> list[Element]:
    """Parse a page's lines into layout elements in page order."""
    items = make_items(lines)
    for it in items:
        it.role = shape_role(it.text)
    raw: list[Element] = []
    i = 0
    n = len(items)
    while i < n:
        it = items[i]
        if it.role == "marker":
            j = _collect_box(items, i)
            el = Element("box", items[i:j])
            el.text = "".join(x.text for x in items[i + 1 : j])
            raw.append(el)
        elif it.role == "note":
            j = _collect_note(items, i)
            el = Element("note", items[i:j])
            el.text = "".join(x.text for x in el.items)
            raw.append(el)
        elif it.role in ("column", "byline"):
            j = i + 1
            raw.append(Element(it.role, [it], it.text))
        else:
            j = i
            while j < n and items[j].role in ("text", "attribution"):
                j += 1
            raw.append(Element("run", items[i:j]))
        i = j
    out: list[Element] = []
    for idx, el in enumerate(raw):
        if el.kind != "run":
            out.append(el)
            continue
        after = raw[idx - 1].kind if idx else None
        before = raw[idx + 1].kind if idx + 1 < len(raw) else None
        if before == "box" and el.items[-1].gap_after is False:
            before = "marker"
        lead, body, trail = _split_run(el.items, after, before)
        if body and not lead and not trail and _reads_as_headline(body, after, before):
            lead, body = body, []
        out.extend(_headline_elements(lead))
        if body:
            out.append(Element("body", body))
        out.extend(_headline_elements(trail))
    return join_wrapped_titles(out)


#: Characters on each side of a line break that, read across it, must recur in the page's running text.
JUNCTION_CHARS = 2


def join_wrapped_titles(elements: list[Element]) -> list[Element]:
    """Join two one-line titles, set one under the other, when the words across the break recur in the running text.

    A headline wrapped over two lines with a blank between them breaks
    inside a phrase: read across the break (the last two characters of
    the upper line and the first two of the lower), it is a phrase the
    articles' text uses, or the lower line opens with a particle no
    headline opens with (``的``, :func:`_continues_a_phrase`). A kicker
    and the title under it meet at a phrase boundary, which the text
    almost never prints. Two short lines of about
    the same width (:func:`_halves`) also join on their shape alone, except
    at the top of the page, where the upper one is as likely a banner over
    a kicker. Pairs the text vouches for join first, then pairs by shape, so
    a line joins the neighbour it is read with rather than one of its shape.
    Lines pair from the bottom (a kicker stands above its title);
    both must be short enough to be halves of a wrapped headline, and a
    banner set in at the top of the page never joins.

    Before: ``title 推动党的二十大`` and ``title 精神在工会系统落地见效``,
    the body saying ``…贯彻党的二十大精神…``; after: one ``title``
    ``推动党的二十大精神在工会系统落地见效``. Not joined:
    ``从工运历史中汲取奋进力量`` over ``哈尔滨机务段工人运动``
    (``力量哈尔`` is not in the text).
    """
    text = "".join(it.text for e in elements if e.kind == "body" for it in e.items)
    for by_text in (True, False):  # pairs the text vouches for first: a line pairs once
        out: list[Element] = []
        for el in reversed(elements):
            nxt = out[-1] if out else None
            if (
                nxt is not None
                and nxt.kind == el.kind == "title"
                and len(nxt.items) == len(el.items) == 1
                and _wrapped_halves(el.items[0], nxt.items[0], text, by_text)
            ):
                out[-1] = Element("title", [*el.items, *nxt.items], el.text + nxt.text)
                continue
            out.append(el)
        elements = out[::-1]
    return elements


def _wrapped_halves(upper: Item, lower: Item, text: str, by_text: bool) -> bool:
    """``upper`` and ``lower`` are the halves of one wrapped headline (see :func:`join_wrapped_titles`):
    by the words across the break (``by_text``), else by their shape alone."""
    if _set_in_banner(upper) or upper.role != "text" or lower.role != "text":
        return False
    if max(upper.width, lower.width) > WRAPPED_HEADLINE_WIDTH:
        return False
    if by_text:
        n = JUNCTION_CHARS
        across = len(upper.text) >= n and len(lower.text) >= n and upper.text[-n:] + lower.text[:n] in text
        return across or _continues_a_phrase(lower)
    return _halves(upper, lower) and upper.no > BANNER_LAST_LINE


#: Characters no headline opens with: the particle 的 only ever follows the words it joins.
CONTINUATION_CHARS = "的"


def _continues_a_phrase(item: Item) -> bool:
    """``item`` opens with a particle that follows a word (``的重要历史意义``): it is the lower half of a wrapped line.

    >>> from textclean.clean.chardata import text_width
    >>> [_continues_a_phrase(Item(0, t, t, text_width(t), True, True, "text")) for t in ("的重要历史意义", "重要意义", "")]
    [True, False, False]
    """
    return item.text.startswith(tuple(CONTINUATION_CHARS))


def _reads_as_headline(body: list[Item], after: str | None, before: str | None) -> bool:
    """A run of at most two short lines with no sentence in it, between headline parts, is a headline.

    Running text always finishes a sentence somewhere; a title that contains a
    comma (``坚持育用结合，激发创新活力``) does not.
    """
    if len(body) > MAX_HEADLINE_RUN or any(it.role != "text" or it.width > MAX_HEADLINE_WIDTH for it in body):
        return False
    if any(SENTENCE_STOP_RE.search(it.text) for it in body):
        return False
    return after in ("byline", "box", "column", "note", None) and before in ("byline", "box", "column", "marker")
