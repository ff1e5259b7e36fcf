"""Items -> layout elements in page order: the material :mod:`~textclean.clean.articles` assembles.

A box marker takes the lines of its pull-quote box, a note opener those of
its note; column labels and bylines stand alone. Each run of text lines
between them is split by context into leading headline lines, body lines and
trailing headline lines (:func:`_split_run`), the body lines cut at the heads
set inside them (:func:`~textclean.clean.innerheads.split_inner_heads`);
headline lines become title and subtitle elements, and two one-line titles set
one under the other are joined when they are the halves of one wrapped
headline (:func:`join_wrapped_titles`).
"""

from __future__ import annotations

from operator import attrgetter

from textclean.clean.barenotes import bare_note_end
from textclean.clean.blockrows import reading_order
from textclean.clean.bodyheads import (
    MAX_HEADLINE_RUN,
    dash_subtitles,
    heads_over_titles,
    open_titles_go_on,
    subtitle_tails,
    titles_breaking_words,
)
from textclean.clean.boxed import join_boxed_halves
from textclean.clean.brokenoff import cut_broken_off
from textclean.clean.bylinefirst import first_lines_under_bylines
from textclean.clean.chardata import COLUMN_LABEL_RE, ENUM_OPENER_RE, LOGO_LINE_RE, leaves_bracket_open
from textclean.clean.clausekickers import colon_lead, titled_byline
from textclean.clean.datelineheads import heads_over_datelines
from textclean.clean.editornotes import note_boxes
from textclean.clean.flushquotes import lift_flush_quotes
from textclean.clean.furniture import drop_furniture, furniture_lines, names_off_date_lines
from textclean.clean.headfit import comma_title_over_opening, dateline_lead, wrapped_quote_tail
from textclean.clean.innerheads import MAX_HEAD_COMMAS, SENTENCE_STOP_RE, split_inner_heads
from textclean.clean.interleaved import lift_interleaved_heads
from textclean.clean.namedheads import part_named_heads
from textclean.clean.namestack import names_off_titles, split_name_tail, unname_headline_pieces, wrapped_name_tail
from textclean.clean.opening import (
    FIRST_LINE_COLUMN_LINES,
    MIN_COLUMN_LINES,
    gapped_body,
    is_first_body_line,
    paragraph_in_lead,
)
from textclean.clean.quotes import lift_restated_quotes
from textclean.clean.restatedbox import set_label_roles, sorted_box_end
from textclean.clean.roles import Element, ElementKind, Item, Neighbour, is_headline_like, make_items, note_end
from textclean.clean.sectionlabels import labels_into_bodies
from textclean.clean.seriesheads import series_heads
from textclean.clean.shorthalves import join_titles
from textclean.clean.sideheads import lift_side_heads
from textclean.clean.typesetting import MAX_HEADLINE_WIDTH
from textclean.clean.wrapped import (
    OPEN_END_CHARS,
    WRAPPED_HEADLINE_WIDTH,
    continues_subtitle,
    goes_on,
    kicker_off,
)
from textclean.clean.wrappedbylines import another_byline, ends_caption, join_wrapped_bylines
from textclean.models import Line

#: A run after these opens under its head (``split_inner_heads``'s ``under_head``): not so a page's top, a tail.
UNDER_HEAD = ("title", "subtitle", "kicker", "byline")
#: A headline with a comma in it wraps over at most this many lines (:func:`clause_title_lines`).
CLAUSE_TITLE_LINES = 2


def page_elements(lines: tuple[Line, ...] | list[Line]) -> list[Element]:
    """Parse a page's lines into layout elements in page order.

    >>> from textclean.models import Line
    >>> page = ["推进职工技能培训", "", "周明", "", "奋进新征程，建功新时代，职工技能培训是", "", "推进产业工人队伍建设。"]
    >>> [(e.kind, e.first) for e in page_elements([Line(i, t) for i, t in enumerate(page)])]
    [('title', 0), ('byline', 2), ('body', 4)]
    """
    items = drop_furniture(reading_order(make_items(names_off_date_lines(lines))), furniture_lines(lines))
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
        lead_in = not titled_byline(raw, idx - 1)  # (a colon line under a title and byline opens its text)
        lead, body, trail, one = _split_run(el.items, after, before, spaced, lead_in)
        if body and not trail and _reads_as_headline(body, None if lead else after, before):
            lead, body = lead + body, []  # (under headline lines, as under no neighbour: more headline)
        out.extend(_headline_elements(lead, spaced, one))
        heads_follow, headed = before in ("byline", "column", "box", "marker"), bool(lead) or after in UNDER_HEAD
        out.extend(_inner_elements(split_inner_heads(body, heads_follow, spaced, headed, lead), spaced))
        out.extend(_headline_elements(trail, spaced))
    out = heads_over_datelines(out, lambda lines: _headline_elements(lines, spaced))
    subtitled = subtitle_tails(dash_subtitles(lift_restated_quotes(lift_side_heads(out)), spaced))
    heads = open_titles_go_on(lift_interleaved_heads(heads_over_titles(subtitled)))
    heads = titles_breaking_words(join_boxed_halves(series_heads(part_named_heads(join_titles(heads)))))
    heads = note_boxes(first_lines_under_bylines(labels_into_bodies(names_off_titles(cut_broken_off(heads)))))
    return lift_flush_quotes(heads, spaced)


def _inner_elements(pieces: list[tuple[bool, list[Item]]], spaced: bool) -> list[Element]:
    """The elements of a run's pieces (:func:`~textclean.clean.innerheads.split_inner_heads`): heads, and bodies.

    A body cut from the body above it where the measure changes is the next article's, and opens as a run
    does (:func:`_split_run`): its leading headline lines that are not its first line are its head. Before:
    ``…关系和平发展新局面。`` (18 em) / ``党的十八大报告摘编`` / ``夺取中国特色社会主义新胜利`` / ``回首近代以来中国波澜壮``
    (13 em, a paragraph's first line) made the two headline lines the body's first ones; after, they are a kicker
    and a title over it. A numbered line (``（二）积极推进经济结构调整``) leading such a body stays its text: a
    subheading of the article, cut off where its measure changes.
    """
    out: list[Element] = []
    cut = False  # (whether the piece at hand was cut from a body piece above it)
    for is_head, part in pieces:
        if is_head:
            out.extend(_headline_elements(part, spaced))
        else:
            lead, rest, _, one = _split_run(part, "body", None, spaced) if cut else ([], part, [], None)
            if cut and not lead and _block_of_its_own(part, spaced):
                lead, rest = part[:1], part[1:]
            if lead and rest and not ENUM_OPENER_RE.match(lead[0].text):
                out.extend(_headline_elements(lead, spaced, one))
                part = rest
            out.append(Element("body", part))
        cut = not is_head
    return out


def _block_of_its_own(body: list[Item], spaced: bool) -> bool:
    """Whether the first line of ``body`` (cut where the measure changes) is a block of its own over text set
    tight: a blank line before and after it, none after most lines under it (:func:`gapped_body`: pdftotext
    parts blocks so, not paragraphs), no sentence end, at most :data:`~textclean.clean.innerheads.MAX_HEAD_COMMAS`
    commas. It is the head of that body, though as wide as a paragraph's first line and holding a comma.

    Before: ``…促进资本市场平稳健康发展。`` (33 em) / ∅ / ``着力稳市场主体保就业，加大宏观政策实施力度`` / ∅ /
    ``完善减负纾困等政策，夯实经济稳定运行、质量提`` (23 em) made the title the new body's first line; after,
    its title. Not a head: the same line set tight over the next one, or over lines each set apart (pdfminer).

    >>> mk = lambda t, gb, ga: Item(0, t, t, float(len(t)), gb, ga)
    >>> body = [mk("甲乙丙丁，戊己庚辛壬癸子丑", True, False), *[mk("甲" * 14, False, False) for _ in range(6)]]
    >>> _block_of_its_own([mk("着力稳市场主体保就业，加大宏观力度", True, True), *body], True)
    True
    >>> _block_of_its_own([mk("着力稳市场主体保就业，加大宏观力度", True, False), *body], True)
    False
    """
    first = body[0]
    if not spaced or len(body) < 2 or not (first.gap_before and first.gap_after) or first.role != "text":
        return False
    if first.ends or SENTENCE_STOP_RE.search(first.text) or first.text.count("，") > MAX_HEAD_COMMAS:
        return False
    if ENUM_OPENER_RE.match(first.text) or goes_on(first, body[1]):
        return False  # (a numbered line opens a paragraph; words that carry on are the text's)
    return not gapped_body(body[1 : 1 + FIRST_LINE_COLUMN_LINES])


def _shape_elements(items: list[Item]) -> list[Element]:
    """The elements the items' roles make: boxes, notes, column labels, bylines, and runs of text lines."""
    set_label_roles(items)
    join_wrapped_bylines(items)  # (a byline wrapped onto a second line inside a word)
    unname_headline_pieces(items)  # (a headline's line in a narrow box shaped as a name)
    raw: list[Element] = []
    i = 0
    n = len(items)
    while i < n:
        it = items[i]
        if it.role == "marker":
            j = sorted_box_end(items, i)
            if j is None:  # (the marker moved past the column's lines, at ``i`` now: they go on from the run above)
                i -= len(raw.pop().items) if raw and raw[-1].kind == "run" else 0
                continue
            raw.append(Element("box", items[i:j], "".join([x.text for x in items[i + 1 : j]])))
        elif it.role == "note":
            j = note_end(items, i) if it.text[:1] in "（(" else bare_note_end(items, i)
            raw.append(Element("note", items[i:j], "".join([x.text for x in items[i:j]])))
        elif it.role == "byline":
            j = i + 1
            before = items[i - 1] if i else None  # (the line over the bylines: a body's last, or a head)
            while j < n and items[j].role == "byline" and not another_byline(items[j - 1], items[j], before):
                j += 1  # (one byline set over several lines)
            lines = items[i:j]
            tail = wrapped_name_tail(items[j - 1], items[j]) if j < n else ""
            if tail:  # (the last name's end on a line of its own, or run on to the body's first line)
                lines[-1], rest = split_name_tail(lines[-1], items[j], tail)
                if rest is None:
                    j += 1
                else:
                    items[j] = rest
            raw.append(Element("byline", lines, " ".join([x.text for x in lines])))
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
    run: list[Item], after: Neighbour, before: Neighbour, spaced: bool = True, lead_in: bool = True
) -> tuple[list[Item], list[Item], list[Item], tuple[int, int] | None]:
    """Split a run of text items into (leading headline lines, body lines, trailing headline lines, the span of
    leading lines that are one headline with a comma in it, :func:`clause_title_lines`).

    ``after``/``before``: the elements around the run. The leading headline-like
    lines are headlines, except that the body starts at a line that leaves a
    bracket or quote open (it runs on into the next), at the lines whose words
    carry on into the text below (:func:`~textclean.clean.wrapped.goes_on`: the
    top of a column read on from elsewhere, ``关系国计民生的根本性问`` /
    ``题，必须始终…``), and at a last one that reads as the body's first line
    (:func:`~textclean.clean.opening.is_first_body_line`), also above such lines, or a dateline's first lines.
    ``lead_in``: whether a colon lead-in may open the head (:func:`~textclean.clean.clausekickers.colon_lead`).
    Headline lines that end a run just above a byline, box or column label belong to the next article.
    """
    n = len(run)
    k, one = _lead_end(run, after, spaced, lead_in)
    if k == n:
        return run, [], [], one
    lead = list(run[:k])
    open_at = next(
        (i for i, it in enumerate(lead) if leaves_bracket_open(it.text) and not wrapped_quote_tail(lead, i)), None
    )
    if open_at is not None:
        lead = lead[:open_at]
    elif lead and goes_on(lead[-1], run[k]):
        while lead and goes_on(lead[-1], run[len(lead)]):
            lead.pop()  # (running text: its words carry on into the text below)
        below = run[len(lead) :]
        if lead and one is None and len(below) >= MIN_COLUMN_LINES and is_first_body_line(lead, below, after, spaced):
            lead.pop()  # (and the line above those may be the paragraph's first)
    elif lead and one is None and is_first_body_line(lead, run[k:], after, spaced):
        lead.pop()
        while lead and _first_line_over_full(lead, run, after):
            lead.pop()  # (the full line taken for the first one within its tolerance: the first is above it)
    elif lead and one is None:
        lead = lead[: paragraph_in_lead(lead, run[k:], after)]
    lead = lead[: len(lead) - dateline_lead(lead, run[len(lead) :])]
    body = run[len(lead) :]
    trail: list[Item] = []
    if before in ("byline", "marker", "column", "box"):
        m = len(body)
        while (
            m > 1
            and not ends_caption(body[m - 1])  # (a photo's credit closes the text over a head: wrappedbylines.py)
            and (is_headline_like(body[m - 1]) or _is_subtitle_after(body, m - 1))
        ):
            m -= 1
        if m == len(body) and before == "byline" and head_over_byline(body):
            m -= 1
        if m < len(body) and (body[m - 1].ends or body[m - 1].role == "attribution" or ends_caption(body[m - 1])):
            trail = body[m:]
            body = body[:m]
    return lead, body, trail, (one if one is not None and one[1] <= len(lead) else None)


def _first_line_over_full(lead: list[Item], run: list[Item], after: Neighbour) -> bool:
    """Whether the last of the headline-like lines ``lead`` (leading ``run``), over the body's first line found
    under it, is rather the paragraph's indented first line, that line a full one: the words carry on across the
    break (:func:`~textclean.clean.wrapped.goes_on`) and it has a first line's width over a full line of the column
    (:func:`~textclean.clean.opening.is_first_body_line`, asked again one line up).

    Before (PyMuPDF, devpages gov-1955-03, a 13 em column under a byline): ``现在我要说的是国家对于`` (11 em) /
    ``资本主义工商业实行社会主义`` (13 em, taken for the body's first line within a first line's tolerance) /
    ``改造中的若干问题，…``: the upper line, left open on a preposition, stayed a title and took the lower back
    (``open_titles_go_on``), and the body lost its opening; after, both open the body. Not so: a wrapped title
    over a line short of the column (``积极办好经济特区和`` / ``进一步开放沿海城市`` over a 12 em column, set tight
    above a body whose lines pdfminer sets apart), lines whose words do not carry on.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> body = [mk("改造中的若干问题，即关于改"), *[mk("甲" * 13)] * 4]
    >>> run = [mk("现在我要说的是国家对于"), mk("资本主义工商业实行社会主义"), *body]
    >>> _first_line_over_full(run[:1], run, "byline")
    True
    >>> run = [mk("积极办好经济特区和"), mk("进一步开放沿海城市"), *body]
    >>> _first_line_over_full(run[:1], run, "column")
    False
    """
    below = run[len(lead) :]  # (by the shape alone, not by being set tight: a wrapped title's lines are so set)
    return goes_on(lead[-1], below[0]) and is_first_body_line(lead, below, after, spaced=False)


def head_over_byline(body: list[Item]) -> bool:
    """Whether the last line of ``body``, set right over a byline, is the next article's title, though it holds
    clause marks (``、``, a comma) that keep it from reading as a headline line by itself
    (:func:`~textclean.clean.roles.is_headline_like`): the line above it ends a sentence, and it holds none nor
    ends a clause (running text read on after the byline would).

    Before (pdfminer, devpages cpc-12-03): ``…积极参加学习。`` / ``加强党在工人、农民、知识分子中的工作`` (18 em in
    a 19 em column) / ``莫璐琛 邓逸 彭黛`` / ``我们党之所以有力量，…`` made the title the last paragraph of the article
    above and left the next untitled; after, its title. Not a head: a line ending a sentence, one ending with a
    comma (``…中心任务就是团结，``: the text goes on past the byline), a line under one that ends none.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> head_over_byline([mk("积极参加学习。"), mk("加强党在工人、农民、知识分子中的工作")])
    True
    >>> head_over_byline([mk("积极参加学习。"), mk("从现在起，中国共产党的中心任务就是团结，")])
    False
    >>> head_over_byline([mk("积极参加学习，"), mk("加强党在工人、农民、知识分子中的工作")])
    False
    """
    if len(body) < 2 or not body[-2].ends:
        return False
    last = body[-1]
    return (
        last.role == "text"
        and not last.ends
        and last.width <= MAX_HEADLINE_WIDTH
        and not SENTENCE_STOP_RE.search(last.text)
        and last.text.rstrip()[-1:] not in OPEN_END_CHARS
    )


def _lead_end(
    run: list[Item], after: Neighbour, spaced: bool, lead_in: bool = True
) -> tuple[int, tuple[int, int] | None]:
    """Where the headline-like lines leading ``run`` end, and the span of a headline with a comma
    (:func:`clause_title_lines`) that ends them: only a subtitle goes on under one, or headline
    lines to the run's end."""
    n = len(run)
    k = 0
    while k < n:
        if is_headline_like(run[k]) or _is_subtitle_after(run, k, k > 0 or after in ("title", "byline")):
            k += 1
        elif k == 0 and lead_in and after in ("column", "byline", "title") and colon_lead(run):
            k += 1  # (a kicker leading into its title with a colon: clausekickers.py)
        elif (m := clause_title_lines(run, k, spaced)) or _clause_title_under(run, k, spaced):
            start = k if m else k - 1  # (the line above set tight with it may open it: 加 / 强基础工业、…)
            k = start + (m or CLAUSE_TITLE_LINES)
            one = (start, k)
            while k < n and (
                _is_subtitle_after(run, k, True)
                or (run[k - 1].role == "attribution" and continues_subtitle(run[k - 1], run[k], spaced))
            ):
                k += 1
            if all(is_headline_like(it) for it in run[k:]):
                k = n  # (only headline lines below it: heads set one under the other)
            return k, one
        else:
            break
    return k, None


def _clause_title_under(run: list[Item], k: int, spaced: bool) -> bool:
    """Whether ``run[k]`` is the second line of a headline with a comma that opens at the headline-like line above.

    Before: ``大力发展农业生产和加`` (a headline line by itself) over ``强基础工业、基础设施的建设``
    set tight under it, read as the body's first lines; after, one title of the two.

    >>> mk = lambda t, ga=True: Item(0, t, t, float(len(t)), True, ga, "text")
    >>> run = [mk("大力发展农业生产和加", ga=False), mk("强基础工业、基础设施的建设"), mk("完善家庭联产承包责任制的基")]
    >>> _clause_title_under(run, 1, True), _clause_title_under(run, 1, False)
    (True, False)
    """
    return k > 0 and clause_title_lines(run, k - 1, spaced) == CLAUSE_TITLE_LINES


def clause_title_lines(run: list[Item], k: int, spaced: bool) -> int:
    """How many lines from ``run[k]`` on are a headline with a comma in it (0 if none): at most two short
    lines that finish no sentence, with a subtitle (``——…``) set under them, or, on a page with blank lines,
    two set tight with a blank after them (running text there has a blank after every line), or two over their
    body's first line (:func:`~textclean.clean.headfit.comma_title_over_opening`).

    A headline with a comma is not headline-like line by line (:func:`~textclean.clean.roles.is_headline_like`):
    ``增进民生福祉，`` / ``提高人民生活品质`` read as the body's first lines.

    >>> mk = lambda t, ga=True, role="text": Item(0, t, t, float(len(t)), True, ga, role)
    >>> clause_title_lines([mk("加强农业基础建设，促进"), mk("农业发展和农民增收"), mk("——2008年主要任务", role="attribution")], 0, False)
    2
    >>> clause_title_lines([mk("增进民生福祉，", ga=False), mk("提高人民生活品质"), mk("江山就是人民，人民就是江山。")], 0, True)
    2
    >>> clause_title_lines([mk("增进民生福祉，"), mk("提高人民生活品质"), mk("江山就是人民，人民就是江山。")], 0, True)
    0
    """
    for size in (CLAUSE_TITLE_LINES, 1):
        lines, nxt = run[k : k + size], (run[k + size] if k + size < len(run) else None)
        if len(lines) < size or any(it.role != "text" or SENTENCE_STOP_RE.search(it.text) for it in lines):
            continue
        widest = max(it.width for it in lines)
        subtitle_under = nxt is not None and nxt.role == "attribution" and max(widest, nxt.width) <= MAX_HEADLINE_WIDTH
        tight = spaced and size > 1 and not lines[0].gap_after and lines[-1].gap_after
        if (
            subtitle_under
            or (tight and widest <= WRAPPED_HEADLINE_WIDTH)
            or (size > 1 and comma_title_over_opening(run, k))
        ):
            return size
    return 0


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


def _headline_elements(lines: list[Item], spaced: bool = True, one: tuple[int, int] | None = None) -> list[Element]:
    """Group consecutive headline lines into title (and subtitle) elements.

    Lines set without a blank between them are one wrapped title, on a page
    that has blank lines (``spaced``), as are the lines ``lines[one[0]:one[1]]``
    (a headline with a comma). Across a blank line, or on a page
    without any, lines are paired later, once the running text is known
    (:func:`join_wrapped_titles`).
    """
    groups: list[list[Item]] = []
    for i, it in enumerate(lines):
        prev = groups[-1] if groups else None
        if one is not None and prev and one[0] < i < one[1]:
            prev.append(it)
            continue
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
        out.append(Element(kind, g, "".join([i.text for i in g])))
    return out
