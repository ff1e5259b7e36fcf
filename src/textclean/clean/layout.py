"""Items -> layout elements in page order: the material :mod:`~textclean.clean.articles` assembles.

A box marker takes the lines of its pull-quote box, a note opener those of
its note; column labels and bylines stand alone. Each run of text lines
between them is split by context into leading headline lines, body lines and
trailing headline lines (:func:`_split_run`); headline lines become title and
subtitle elements, and two one-line titles set one under the other are joined
when they are the halves of one wrapped headline (:func:`join_wrapped_titles`).
"""

from __future__ import annotations

import re
from operator import attrgetter

from textclean.clean.chardata import (
    COLUMN_LABEL_RE,
    ENUM_OPENER_RE,
    LOGO_LINE_RE,
    has_halves_space,
    leaves_bracket_open,
    width_with_wide_digits,
)
from textclean.clean.roles import (
    NOT_FULL_SHORTFALL,
    Element,
    ElementKind,
    Item,
    Neighbour,
    box_end,
    column_of,
    fuller_median,
    is_headline_like,
    make_items,
    misfits_column,
    note_end,
    over_first_line,
    set_column,
    set_roles,
)
from textclean.clean.typesetting import (
    FIRST_LINE_TOLERANCE,
    FULL_LINE_SLACK,
    INDENT,
    MAX_HEADLINE_WIDTH,
)
from textclean.clean.wrapped import (
    SUBHEAD_LINES,
    WRAPPED_HEADLINE_WIDTH,
    continues_subtitle,
    join_wrapped_titles,
    kicker_off,
)
from textclean.models import Line

SENTENCE_STOP_RE = re.compile("[。！？…；]")

#: ... and how much farther right under a byline, where a body usually starts.
BYLINE_TOLERANCE = 1.0
#: A headline-like line's first-line shape is measured against the column of this many lines under it.
FIRST_LINE_COLUMN_LINES = 8
#: At most this many short sentence-less lines between headline parts read as a headline (running text is longer).
MAX_HEADLINE_RUN = 2
#: The column before a line is measured over at most this many text lines above it ...
COLUMN_BEFORE_LINES = 6
#: ... and the column after it over this many below it (few: the next article's body may follow) ...
COLUMN_AFTER_LINES = 3
#: ... or, where the column above is known too, over this many (past the other lines of a head stack).
COLUMN_AFTER_LINES_PAST_HEAD = 6
#: A head inside a body is at most this many lines (logo, column label, kicker, two title lines, subtitle).
MAX_INNER_HEAD_LINES = 6
#: Columns above and below a one-line head that differ by at most this much (em) are one column: the line is
#: a subheading of the article it stands in (an article set after another usually changes the measure).
SAME_COLUMN_SLACK = 1.5
#: Columns above and below a line that differ by this much (em) or more are surely two columns: twice a paragraph's
#: indent, beyond what ragged lines (digits, Latin, squeezed marks) move a column's measure.
OTHER_COLUMN_DIFF = 2 * INDENT
#: Commas a head line holds at most (``坚持以邓小平理论为指导，不断推进理论创新``): a line with more is a sentence
#: of running text, however its width sits in the column.
MAX_HEAD_COMMAS = 1
#: The measure on either side of a sentence end is taken over this many lines (a column's worth of a paragraph).
COLUMN_CHANGE_LINES = 6
#: ... of which at least this many must be full lines on each side (fewer measure nothing).
MIN_TELLING_LINES = 3


def page_elements(lines: tuple[Line, ...] | list[Line]) -> list[Element]:
    """Parse a page's lines into layout elements in page order.

    >>> from textclean.models import Line
    >>> page = ["推进职工技能培训", "", "周明", "", "奋进新征程，建功新时代，职工技能培训是", "", "推进产业工人队伍建设。"]
    >>> [(e.kind, e.first) for e in page_elements([Line(i, t) for i, t in enumerate(page)])]
    [('title', 0), ('byline', 2), ('body', 4)]
    """
    items = make_items(lines)
    spaced = any(map(attrgetter("gap_before"), items[1:]))  # PyMuPDF prints no blank line: no gap means nothing
    raw = _shape_elements(items)
    out: list[Element] = []
    for idx, el in enumerate(raw):
        if el.kind != "run":
            out.append(el)
            continue
        after = raw[idx - 1].kind if idx else None
        before: Neighbour = raw[idx + 1].kind if idx + 1 < len(raw) else None
        if before == "box" and el.items[-1].gap_after is False:
            before = "marker"
        lead, body, trail = _split_run(el.items, after, before, spaced)
        if body and not trail and _reads_as_headline(body, None if lead else after, before):
            lead, body = lead + body, []  # (under headline lines, as under no neighbour: more headline)
        out.extend(_headline_elements(lead, spaced))
        for is_head, part in split_inner_heads(body, before in ("byline", "column", "box", "marker"), spaced):
            out.extend(_headline_elements(part, spaced) if is_head else [Element("body", part)])
        out.extend(_headline_elements(trail, spaced))
    return join_wrapped_titles(out)


def _shape_elements(items: list[Item]) -> list[Element]:
    """The elements the items' roles make: boxes, notes, column labels, bylines, and runs of text lines."""
    set_roles(items)
    raw: list[Element] = []
    i = 0
    n = len(items)
    while i < n:
        it = items[i]
        if it.role == "marker":
            j = box_end(items, i)
            raw.append(Element("box", items[i:j], "".join(x.text for x in items[i + 1 : j])))
        elif it.role == "note":
            j = note_end(items, i)
            raw.append(Element("note", items[i:j], "".join(x.text for x in items[i:j])))
        elif it.role == "byline":
            j = i + 1
            while j < n and items[j].role == "byline":  # one byline set over several lines
                j += 1
            raw.append(Element("byline", items[i:j], " ".join(x.text for x in items[i:j])))
        elif it.role == "column":
            j = i + 1
            raw.append(Element("column", [it], it.text))
        elif _logo_over_label(items, i):
            j = i + 2
            raw.append(Element("column", items[i:j], f"{it.text} {items[i + 1].text}"))
        else:
            j = _run_end(items, i)
            raw.append(Element("run", items[i:j]))
        i = j
    return raw


def _run_end(items: list[Item], i: int) -> int:
    """Index one past the run of text lines (and attributions) from ``items[i]``: it ends at a line of another
    role or at a column label's logo glyph set over its label (:func:`_logo_over_label`).

    >>> mk = lambda t, role="text": Item(0, t, t, float(len(t)), True, True, role)
    >>> _run_end([mk("推进改革"), mk("——王文珍", "attribution"), mk("王玲", "byline")], 0)
    2
    >>> _run_end([mk("推进改革"), mk("G"), mk("学习园地")], 0), _run_end([mk("推进改革")], 0)
    (1, 1)
    """
    for j in range(i, len(items)):
        it = items[j]
        if it.role not in ("text", "attribution") or (len(it.text) <= 2 and _logo_over_label(items, j)):
            return j  # (the length test first: a logo glyph is a line of one or two characters)
    return len(items)


def _logo_over_label(items: list[Item], i: int) -> bool:
    """``items[i]`` is a column label's logo glyph on a line of its own, the label on the next line.

    >>> mk = lambda t: Item(0, t, t, 1.0, False, False)
    >>> _logo_over_label([mk("G"), mk("学习园地")], 0), _logo_over_label([mk("G"), mk("学习园地。")], 0)
    (True, False)
    """
    return (
        i + 1 < len(items)
        and len(items[i].text) <= 2  # (what the pattern can match, tested cheaply first)
        and bool(LOGO_LINE_RE.match(items[i].text))
        and bool(COLUMN_LABEL_RE.match(items[i + 1].text))
    )


def _is_subtitle_after(run: list[Item], k: int, under_head: bool = False) -> bool:
    """``run[k]`` is a subtitle (``——…``) set directly under headline lines, or under a head
    (``under_head``: the lines above it lead the run, or a title or byline stands right above the run).

    An attribution (``——单位 姓名``) closes running text, after a sentence end.

    >>> mk = lambda t, role="text": Item(0, t, t, float(len(t)), True, True, role)
    >>> _is_subtitle_after([mk("推进改革"), mk("——2004年主要任务", "attribution")], 1)
    True
    >>> _is_subtitle_after([mk("——2004年主要任务", "attribution")], 0), _is_subtitle_after([mk("——2004年主要任务", "attribution")], 0, True)
    (False, True)
    """
    if run[k].role != "attribution" or run[k].width > MAX_HEADLINE_WIDTH:
        return False
    return under_head or (k > 0 and is_headline_like(run[k - 1]))


def _split_run(
    run: list[Item], after: Neighbour, before: Neighbour, spaced: bool = True
) -> tuple[list[Item], list[Item], list[Item]]:
    """Split a run of text items into (leading headline lines, body lines, trailing headline lines).

    ``after``/``before``: the elements around the run. The leading headline-like
    lines are headlines, except that the body starts at a line that leaves a
    bracket or quote open (it runs on into the next) and at a last one that
    reads as the body's first line (:func:`_is_first_body_line`). Headline lines
    that end a run just above a byline, box or column label belong to the next
    article.
    """
    n = len(run)
    k = 0
    while k < n and (is_headline_like(run[k]) or _is_subtitle_after(run, k, k > 0 or after in ("title", "byline"))):
        k += 1
    if k == n:
        return run, [], []
    lead = list(run[:k])
    open_at = next((i for i, it in enumerate(lead) if leaves_bracket_open(it.text)), None)
    if open_at is not None:
        lead = lead[:open_at]
    elif lead and _is_first_body_line(lead, run[k:], after, spaced):
        lead.pop()
    body = run[len(lead) :]
    trail: list[Item] = []
    if before in ("byline", "marker", "column", "box"):
        m = len(body)
        while m > 1 and (is_headline_like(body[m - 1]) or _is_subtitle_after(body, m - 1)):
            m -= 1
        if m < len(body) and (body[m - 1].ends or body[m - 1].role == "attribution"):
            trail = body[m:]
            body = body[:m]
    return lead, body, trail


def split_inner_heads(
    body: list[Item], head_follows: bool = False, spaced: bool = True
) -> list[tuple[bool, list[Item]]]:
    """Cut a run of body lines at the headline lines set inside it: ``(is_head, lines)`` pieces in order.

    A headline between two articles' bodies, with no byline or label around
    it, reads on as part of the text before it. Running text cannot hold it:
    after a sentence ends, the next line opens a paragraph (the column less
    the indent) or goes on full; a line that ends no sentence and is much
    shorter than both (or much wider than the column) fits neither the column
    above nor the one below (:func:`_inner_head_at`). Lines of clause
    punctuation (``一定要搞好整党整 / 风，加强党的建设``) are heads too when
    their shape says so. When headline material follows the run
    (``head_follows``: a byline, column label or box), its last lines are a
    head too when they misfit the column above. Where the measure changes after
    a sentence end (:func:`changes_column`), the run is cut with no head between:
    the next article's body, its headline set elsewhere.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> full, last, first, wide = mk("甲" * 12), mk("甲乙丙丁戊己庚。"), mk("乙" * 14), mk("乙" * 16)
    >>> [(h, len(p)) for h, p in split_inner_heads([full, full, last, mk("推进改革发展"), first, wide, wide])]
    [(False, 3), (True, 1), (False, 3)]
    >>> [(h, len(p)) for h, p in split_inner_heads([full, full, last, first, wide, wide])]
    [(False, 6)]
    >>> [(h, len(p)) for h, p in split_inner_heads([full, full, last, mk("推进改革，"), mk("促进发展")], True)]
    [(False, 3), (True, 2)]
    """
    if not body:
        return []
    pieces: list[tuple[bool, list[Item]]] = []
    start = 0
    n = len(body)
    # where a head may stand: first, and after a line that ends a sentence or is no text (running text opens a
    # new paragraph there)
    for i in [0, *[k for k, it in enumerate(body[:-1], 1) if it.role != "text" or it.ends]]:
        if i < start:
            continue  # (inside the head found last)
        m = _inner_head_at(body, i, head_follows, spaced)
        if m and (i + m < n or head_follows):
            if i > start:
                pieces.append((False, body[start:i]))
            pieces.append((True, body[i : i + m]))
            start = i + m
        elif i > start and changes_column(body, i):
            pieces.append((False, body[start:i]))  # (after a sentence end: another article's body)
            start = i
    if start < n:
        pieces.append((False, body[start:]))
    return pieces


def changes_column(body: list[Item], i: int) -> bool:
    """Whether the text changes its measure at line ``i`` (after a sentence end): another article's body.

    Each article is set in columns of its own measure; within one, a paragraph
    ends and the next begins in the same column. A change of measure of
    :data:`OTHER_COLUMN_DIFF` or more between the lines above and below a sentence
    end (each side measured over at least :data:`MIN_TELLING_LINES` full lines) is,
    four times in five on the devpages (pdfminer 62 of 78, PyMuPDF 41 of 47), a
    headless move into the next article's body (its headline stands elsewhere).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> narrow, wide = [mk("甲" * 11) for _ in range(5)] + [mk("甲乙丙丁。")], [mk("乙" * 18) for _ in range(5)]
    >>> changes_column([*narrow, *wide], 6), changes_column([*narrow, *narrow], 6)
    (True, False)
    """
    above = _telling(body[max(0, i - COLUMN_CHANGE_LINES) : i])
    if len(above) < MIN_TELLING_LINES:
        return False
    below = _telling(body[i : i + COLUMN_CHANGE_LINES])
    if len(below) < MIN_TELLING_LINES:
        return False
    widths = above + below
    if max(widths) - min(widths) < OTHER_COLUMN_DIFF:
        return False  # (most sentence ends: each column lies between the narrowest and widest line, no medians needed)
    return abs(fuller_median(above) - fuller_median(below)) >= OTHER_COLUMN_DIFF


def _telling(lines: list[Item]) -> list[float]:
    """The widths of the ``lines`` that tell their column's measure (text lines that end no sentence: set full);
    their :func:`~textclean.clean.roles.fuller_median` is the column's (:func:`~textclean.clean.roles.column_of`)."""
    return [it.width for it in lines if it.role == "text" and not it.ends]


def _inner_head_at(body: list[Item], i: int, head_follows: bool = False, spaced: bool = True) -> int:
    """How many lines from ``body[i]`` (after a sentence end) are a head: none when they read as running text.

    Each head line holds no sentence stop (nor ends with a colon, a lead-in
    to a list, nor holds more than :data:`MAX_HEAD_COMMAS` commas) and misfits the column below it (:func:`misfits_column`), or
    stands over a paragraph's first line (:func:`over_first_line`); a ``——``
    line may follow as the subtitle. Together the lines misfit the column
    above (the lines before ``i``) somewhere and close the brackets they open. A
    numbered line opens a subheading or a list item, and one phrase
    (:func:`_one_phrase`) with the same column above and below is a
    subheading: not a head. The run's last lines, just above headline
    material (``head_follows``), are measured against the column above alone.
    """
    first = body[i].text
    if body[i].role != "text" or SENTENCE_STOP_RE.search(first) or first.endswith(("：", ":")):
        return 0  # (the cheap tests first: this runs after every sentence end)
    if ENUM_OPENER_RE.match(first):
        return 0
    above_lines = body[max(0, i - COLUMN_BEFORE_LINES) : i]
    told = _tells_column(above_lines)
    window = COLUMN_AFTER_LINES_PAST_HEAD if told else COLUMN_AFTER_LINES
    below = (0.0, 0.0)
    j = i
    while j < len(body) and j - i < MAX_INNER_HEAD_LINES:
        it = body[j]
        if j > i and (
            it.role not in ("text", "attribution") or SENTENCE_STOP_RE.search(it.text) or it.text.endswith(("：", ":"))
        ):
            break  # (the first line passed these tests above)
        if it.text.count("，") > MAX_HEAD_COMMAS:
            break  # running text: a headline has a comma between its two halves at most
        below = column_of(body[j + 1 : j + 1 + window])
        if head_follows and _ends_run(body, j):
            column = column_of(above_lines)
            head = told and (misfits_column(it, column) or (j == i > 0 and too_full_to_open(it, column)))
        else:
            head = misfits_column(it, below) or over_first_line(body, j, below)
        if not head:
            break
        j += 1
    if j == i:
        return 0  # (no head line: what follows would say 0 too)
    above = column_of(above_lines)
    if above[1] and not any(misfits_column(it, above) for it in body[i:j]):
        new_column = abs(above[1] - below[1]) >= OTHER_COLUMN_DIFF
        if not (new_column and too_full_to_open(body[i], above)):
            return 0  # lines that fit the column above go on with its text
    while j > i and leaves_bracket_open("".join(it.text for it in body[i:j])):
        j -= 1
    if above[1] and abs(above[1] - below[1]) <= SAME_COLUMN_SLACK and _one_phrase(body[i:j], spaced):
        return 0  # a subheading: the column goes on under it
    return j - i


def _tells_column(lines: list[Item]) -> bool:
    """Whether ``lines`` tell a column (``column_of(lines)[1] > 0``: a text line ending no sentence), without
    measuring it (a loop: it stops at the first such line, most often the first line).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> _tells_column([mk("甲乙丙。"), mk("甲乙丙丁")]), _tells_column([mk("甲乙丙。")]), _tells_column([])
    (True, False, False)
    """
    for it in lines:
        if it.role == "text" and it.width > 0 and not it.ends:
            return True
    return False


def too_full_to_open(item: Item, column: tuple[float, float]) -> bool:
    """Whether ``item``, set after a sentence end with no indent, is too wide to open a paragraph of ``column``.

    A paragraph's first line is indented: when the extractor drops the indent, the
    line falls at least :data:`~textclean.clean.roles.NOT_FULL_SHORTFALL` short of the column. A line as
    full as the column right after a sentence end is no paragraph's first line (a head of
    the column's width, set after it), when another column follows it (:func:`_inner_head_at`:
    a sentence may end at a line's end inside a paragraph, which goes on full). An indent the
    text keeps (leading white space) says nothing.

    >>> mk = lambda t, raw=None: Item(0, raw or t, t, float(len(t)), True, True)
    >>> [too_full_to_open(mk(t), (11.0, 11.0)) for t in ("关于认真搞好斗批改工作", "关于认真搞好斗批")]
    [True, False]
    >>> too_full_to_open(mk("关于认真搞好斗批改工作", "　　关于认真搞好斗批改工作"), (11.0, 11.0))
    False
    """
    _, measured = column
    if not measured or item.raw[:1].isspace():
        return False
    return item.squeezed > measured - NOT_FULL_SHORTFALL


def _one_phrase(lines: list[Item], spaced: bool = True) -> bool:
    """One line, or lines set tight one under the other (a wrapped phrase) on a page that has blank lines
    (``spaced``): no kicker over a title.

    >>> mk = lambda t, gb: Item(0, t, t, float(len(t)), gb, True)
    >>> _one_phrase([mk("在社会治理中发挥工会劳动法律", True), mk("监督作用的必要性", False)])
    True
    >>> _one_phrase([mk("改革开放再出发", True), mk("推动改革走深走实", True)])
    False
    """
    return len(lines) == 1 or (len(lines) <= SUBHEAD_LINES and spaced and all(not it.gap_before for it in lines[1:]))


def _ends_run(body: list[Item], j: int) -> bool:
    """The lines from ``body[j]`` to the end are few and hold no sentence stop (a head's lines)."""
    return len(body) - j <= MAX_INNER_HEAD_LINES and not any(SENTENCE_STOP_RE.search(it.text) for it in body[j:])


def _is_first_body_line(lead: list[Item], rest: list[Item], after: Neighbour, spaced: bool = True) -> bool:
    """Whether the last of the headline-like lines ``lead`` is the first line of the body ``rest``.

    It is when set against the body's next line with no blank between them,
    or when it has the width of a first line (the column less the lost indent)
    over a full line. Widths are compared as type sets them: the column with
    punctuation squeezed (:func:`set_column`), the candidate anywhere between
    its squeezed and full width, the next line with its digits possibly wider
    than half an em. A line that spaces two Han words (:func:`has_halves_space`)
    or stands alone set tight under a column label stays a headline. On a
    page with no blank lines at all (``spaced`` false) being set tight says nothing.

    >>> mk = lambda t, gb=True, ga=True: Item(0, t, t, float(len(t)), gb, ga)
    >>> body = [mk("各地要推动改革精神在基层落地见效，让职工"), mk("群众真正感受到改革带来的实惠")]
    >>> _is_first_body_line([mk("职业教育是国民教育体系和人力资")], body, None)
    True
    >>> _is_first_body_line([mk("推进职业教育高质量发展")], body, None)
    False
    """
    last = lead[-1]
    col = set_column(rest[:FIRST_LINE_COLUMN_LINES])  # the column right under it: the run may change measure
    tolerance = FIRST_LINE_TOLERANCE + (BYLINE_TOLERANCE if after == "byline" else 0.0)
    full_next = width_with_wide_digits(rest[0].text, rest[0].width) >= col - FULL_LINE_SLACK
    lo, hi = last.squeezed, last.width
    first_line = lo - tolerance <= col - INDENT <= hi + tolerance and full_next
    under_label = spaced and after == "column" and len(lead) == 1 and not last.gap_before  # set tight under a label
    tight = spaced and not last.gap_after
    return last.role == "text" and (first_line or tight) and not (under_label or has_halves_space(last.text))


def _reads_as_headline(body: list[Item], after: Neighbour, before: Neighbour) -> bool:
    """A run of at most two short lines with no sentence in it, between headline parts, is a headline.

    Running text always finishes a sentence somewhere; a title that contains a
    comma (``坚持育用结合，激发创新活力``) does not. ``after`` None: nothing above,
    or headline lines (a kicker over a wrapped title with a comma, then a byline).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> _reads_as_headline([mk("一定要把党的各级领"), mk("导班子整顿好、建设好")], None, "byline")
    True
    >>> _reads_as_headline([mk("一定要把党的各级领"), mk("导班子整顿好、建设好。")], None, "byline")
    False
    """
    if len(body) > MAX_HEADLINE_RUN or any(it.role != "text" or it.width > MAX_HEADLINE_WIDTH for it in body):
        return False
    if any(SENTENCE_STOP_RE.search(it.text) for it in body):
        return False
    return after in ("byline", "box", "column", "note", None) and before in ("byline", "box", "column", "marker")


def _headline_elements(lines: list[Item], spaced: bool = True) -> list[Element]:
    """Group consecutive headline lines into title (and subtitle) elements.

    Lines set without a blank between them are one wrapped title, on a page
    that has blank lines (``spaced``). Across a blank line, or on a page
    without any, lines are paired later, once the running text is known
    (:func:`join_wrapped_titles`).
    """
    groups: list[list[Item]] = []
    for it in lines:
        prev = groups[-1] if groups else None
        if spaced and it.role != "attribution" and prev and prev[-1].role != "attribution" and not it.gap_before:
            if max(prev[-1].width, it.width) <= WRAPPED_HEADLINE_WIDTH:
                prev.append(it)
                continue
        if prev and prev[0].role == "attribution" and continues_subtitle(prev[-1], it, spaced):
            prev.append(it)
            continue
        groups.append([it])
    out = []
    for g in [part for group in groups for part in kicker_off(group)]:
        kind: ElementKind = "subtitle" if g[0].role == "attribution" else "title"
        out.append(Element(kind, g, "".join(i.text for i in g)))
    return out
