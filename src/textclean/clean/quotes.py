"""Pull quotes printed with no marker -> pull-quote boxes, told by the text they restate.

A pull quote lifts a sentence or two out of its article's body and prints them again, in a box set in the column.
Most boxes open with a marker (``●观 点``, :mod:`~textclean.clean.roles` reads them); a box printed without one read
as a few lines of the column (:func:`lift_restated_quotes`): narrower than the column, set between two of its
paragraphs, their sentences printed again in the page's running text.
"""

from __future__ import annotations

from textclean.clean.match import containment, content_chars
from textclean.clean.roles import MAX_BOX_LINES, Element, Item, body_column
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT, INDENTED_LINE

#: A pull quote restates at least this many characters of the body (a sentence): a shorter run of lines printed
#: twice on a page (a phrase, a name) says nothing.
MIN_QUOTE_CHARS = 12
#: A pull-quote box holds at least this many lines and at most that many (a sentence or two set in a box narrower
#: than the column; the devpages' run 2 to 7): one narrow line after a sentence end is a paragraph's short piece.
MIN_QUOTE_LINES = 2
MAX_QUOTE_LINES = 8
#: A box's lines are at least this much (em) narrower than its column: more than a paragraph's first line falls
#: short by its indent, give or take a full line's slack (a first line of running text is no box line).
QUOTE_NARROWER = INDENT + FULL_LINE_SLACK
#: A box restates the text above it when this share of its character runs (:data:`~textclean.clean.match.QUOTE_NGRAM`)
#: stands there: a pull quote is printed verbatim, but an extractor may break a run across a line it reads wrongly.
RESTATED_SHARE = 0.5

#: A run of lines that restates text printed above it in its own body (:func:`_echoed_run`) is a quote when its
#: lines all fall this much (em) short of the rest of the body's column or more: no full line of running
#: text (those come within :data:`~textclean.clean.typesetting.FULL_LINE_SLACK`), a box set a character or two
#: narrower than its column (fourth family: 12 em in 14, 10 in 12, 17 in 19).
ECHO_NARROWER = INDENTED_LINE

#: A quote's first lines taken for a headline are at most this many (a headline wraps over three lines at most:
#: pdfminer cut a four-line quote into three one-line titles over its last line, devpages cpc-13-02).
MAX_QUOTE_HEAD_LINES = 3


def lift_restated_quotes(elements: list[Element]) -> list[Element]:
    """Each run of lines inside a body that is a pull quote printed with no marker (:func:`_restated_run`) lifted out
    as a ``box`` element set before the body, the body kept whole around it; a body that is such a quote whole
    (:func:`_restated_body`) made a box; then a quote's first lines taken for a title put back into it
    (:func:`quotes_under_titles`, on any page).

    Before (PyMuPDF, a second layout; a 13 em column): ``…积极稳妥地分类推进事业单位改`` / ``革。`` /
    ``扶持公益性文化事`` / ``业，加强文化遗产保`` / ``护、利用和传承。`` (an unmarked box, 9 em) / ``（九）进一步提高对外开放水平``:
    the quote ran in the body, its sentence there twice; after, the article's pull quote. Not lifted: lines as
    wide as the column, lines whose text the page prints once, a run that ends inside a sentence or opens inside
    one after a line of its own measure (a piece of a box), and a run inside a body on a page whose boxes open with a
    marker (pdfminer reads a marked box's lines into the column beside it,
    :func:`~textclean.clean.interleaved.untangle_box`: a narrow run restated there is a piece of such a box).
    PyMuPDF on the second layout: pull quote .80 -> .86, paragraph F1 .87 -> .90; pdftotext on the devpages, pull
    quote .93 -> .95. A body that is a quote whole is one on a page that marks its other boxes too (the layout cut it
    from the column already: no piece of a marked box; second and third layouts, ``●`` boxes and framed quotes with
    no marker on one page). With :func:`_set_apart` and the quote's sentence found across two bodies, extra articles
    (pdfminer/pdftotext/PyMuPDF) second layout 44/99/11 -> 43/96/8, third 108/202/44 -> 103/197/36, fourth
    74/118/25 -> 73/118/24; pull quote third layout .720/.633/.821 -> .734/.642/.849; the devpages: pdfminer extra
    32 -> 31.
    """
    bodies = [e for e in elements if e.kind == "body"]
    if not bodies:
        return quotes_under_titles(elements)
    marked = any(e.kind == "box" for e in elements)  # (boxes with a marker: a narrow run restated is a piece of one)
    page = _squashed("".join([it.text for e in bodies for it in e.items]))
    out: list[Element] = []
    for idx, el in enumerate(elements):
        if el.kind == "body" and _restated_body(elements, idx):
            out.append(Element("box", el.items, _squashed("".join([it.text for it in el.items]))))
            continue
        run = _restated_run(el, page) if el.kind == "body" and not marked else None
        echo = _echoed_run(el) if el.kind == "body" and not marked and run is None else None
        if echo is not None:
            out.extend(_box_in_place(el.items, *echo))
            continue
        if run is None:
            out.append(el)
            continue
        i, j = run
        quote = el.items[i:j]
        out.append(Element("box", quote, "".join([_squashed(it.text) for it in quote])))
        out.append(Element("body", el.items[:i] + el.items[j:]))
    return quotes_under_titles(out)


def _box_in_place(items: list[Item], i: int, j: int) -> list[Element]:
    """``items[i:j]`` made a box set where it was read, between the body's lines above and below it (a box after the
    sentence it restates: :func:`box_restates_above` joins the body back across it when it goes on below)."""
    quote = items[i:j]
    box = Element("box", quote, "".join([_squashed(it.text) for it in quote]))
    return [Element("body", items[:i]), box] + ([Element("body", items[j:])] if j < len(items) else [])


def quotes_under_titles(elements: list[Element]) -> list[Element]:
    """Each title of one to :data:`MAX_QUOTE_HEAD_LINES` lines over an unmarked pull quote's other lines that is the quote's first line(s):
    the title's text and the lines under it up to a sentence end (a ``box``, or the first lines of a ``body``, at
    most :data:`~textclean.clean.roles.MAX_BOX_LINES`), :data:`MIN_QUOTE_CHARS` content characters or more, stand
    verbatim in the page's bodies (:func:`_quote_under_title`). A headline is printed once; its words and the
    opening sentence under it running on in the text elsewhere is a sentence printed twice, a pull quote.

    Before (PyMuPDF, a second layout; a 14 em column): ``…推进面上的企业改革。`` / ``对现有的股份制公司要`` (title) /
    ``依法进行规范，把企业`` … ``革。`` (a 10 em body): the box's first line taken for the next article's headline, an
    article of the quote; after, one box, the article's pull quote. Not joined: a title over a body whose opening
    the page prints once. Second layout, extra articles 44/101/12 -> 42/94/8 (pdfminer/pdftotext/PyMuPDF), pull
    quote .838/.821 -> .851/.838 (pdfminer/pdftotext); devpages pdfminer pull quote .926 -> .928.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda *ts: [Item(0, t, t, float(len(t)), False, True) for t in ts]
    >>> col = Element("body", mk("国务院将选择几个行业。对现有的股份制", "公司要依法进行规范，把企业改组。其他。"))
    >>> head = Element("title", mk("对现有的股份制公司要"))
    >>> quote = Element("body", mk("依法进行规范，把企", "业改组。", "长期亏损的企业，"))
    >>> [(e.kind, len(e.items)) for e in quotes_under_titles([col, head, quote])]
    [('body', 2), ('box', 3), ('body', 1)]
    >>> [e.kind for e in quotes_under_titles([col, head, Element("body", mk("长期亏损的企业。"))])]
    ['body', 'title', 'body']
    """
    page = [_spaceless(e.items) for e in elements if e.kind == "body"]
    out: list[Element] = []
    idx = 0
    while idx < len(elements):
        el = elements[idx]
        below = elements[idx + 1] if idx + 1 < len(elements) else None
        j = _quote_under_title(el, below, page) if below is not None else 0
        if not j or below is None:
            out.append(el)
            idx += 1
            continue
        while (
            out
            and out[-1].kind == "title"
            and _quote_under_title(Element("title", out[-1].items + el.items), below, page) == j
        ):
            el = Element("title", out.pop().items + el.items)  # (a headline's pieces, not yet joined)
        quote = el.items + below.items[:j]
        out.append(Element("box", quote, "".join([_squashed(it.text) for it in quote])))
        if j < len(below.items):
            out.append(Element(below.kind, below.items[j:]))
        idx += 2
    return out


def _quote_under_title(title: Element, below: Element, page: list[str]) -> int:
    """How many first lines of ``below`` (a box with no marker, or a body) make with ``title`` (a few lines) a
    sentence or more the ``page``'s other bodies (their spaceless text, :func:`_spaceless`) print, read one after
    the other (the longest such run), or 0: the run may go on from one body into the next (a quote set where its
    column breaks, :func:`_restated_body`), or stand below its own lines in ``below`` itself."""
    if title.kind != "title" or not 0 < len(title.items) <= MAX_QUOTE_HEAD_LINES or below.kind not in ("box", "body"):
        return 0
    if any(it.role != "text" for it in [*title.items, below.items[0]]):
        return 0  # (a marked box: its marker opens it)
    found = 0
    text, own = _spaceless(title.items), _spaceless(below.items)
    others = "".join([body for body in page if body != own])  # (a quote cuts its body in two: the run may span them)
    if text not in others and text not in own:
        return 0  # (the title's words are printed nowhere else: no run they open is)
    at = 0
    for j, it in enumerate(below.items[:MAX_BOX_LINES], 1):
        line = _squashed(it.text)
        text, at = text + line, at + len(line)
        if not ((it.ends or below.kind == "box") and len(content_chars(text)) >= MIN_QUOTE_CHARS):
            continue
        if text in own[at:] or text in others:
            found = j  # (the longest run so printed: a quote of two sentences)
    return found if below.kind == "body" or found == len(below.items) else 0  # (a box is the quote whole)


def _squashed(text: str) -> str:
    """``text`` with its white space dropped: ``re.sub(r"\\s+", "", text)``, a third of its time (str.split's white
    space is the pattern's: both are ``str.isspace``; a page's bodies are squashed whole).

    >>> _squashed("推进 改革\\u3000发展\\n")
    '推进改革发展'
    """
    return "".join(text.split())


def _spaceless(items: list[Item]) -> str:
    """The text of ``items`` joined, its spaces dropped (its marks kept: a title's words that end a sentence of the
    text, ``…大力发展文化建设。扶持…``, do not run on into the quote's sentence as a quote's first line does)."""
    return _squashed("".join([it.text for it in items]))


def _restated_run(body: Element, page: str) -> tuple[int, int] | None:
    """The first run ``items[i:j]`` of ``body`` that is an unmarked pull quote, or None: it opens after a sentence end,
    the body's start or a line as wide as the column (pdfminer and pdftotext read a box set inside a paragraph
    between two of its lines, mid-sentence: second layout, pull quote .821 -> .834 and .770 -> .775), and ends one, :data:`MIN_QUOTE_LINES` to :data:`MAX_QUOTE_LINES` lines all
    :data:`QUOTE_NARROWER` narrower than the body's column, and its text, :data:`MIN_QUOTE_CHARS` characters or more,
    stands on the ``page`` (its bodies' text) twice or more.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t, w: Item(0, t, t, float(w), False, False)
    >>> col = [mk("甲" * 13, 13) for _ in range(5)]
    >>> said = [mk("扶持公益性文化事业，加强文化遗产保护、利用和传承。", 13)]
    >>> box = [mk("扶持公益性文化事", 8), mk("业，加强文化遗产保", 9), mk("护、利用和传承。", 8)]
    >>> body = Element("body", [*col[:2], mk("革。", 2), *box, *col, *said])
    >>> page = "".join(it.text for it in body.items)
    >>> _restated_run(body, page), _restated_run(Element("body", [*col[:2], mk("革。", 2), *box, *col]), "")
    ((3, 6), None)
    >>> _restated_run(Element("body", [*col[:2], *box, *col, *said]), page)  # (set inside a paragraph)
    (2, 5)
    >>> _restated_run(Element("body", [*col[:2], mk("革命", 2), *box, *col, *said]), page)  # (after a narrow line)
    """
    items = body.items
    limit = body_column(items) - QUOTE_NARROWER
    for i, it in enumerate(items):
        if (i > 0 and not items[i - 1].ends and items[i - 1].width <= limit) or it.width > limit or it.role != "text":
            continue
        found = None
        for j in range(i + 1, min(len(items), i + MAX_QUOTE_LINES) + 1):
            last = items[j - 1]
            if last.width > limit or last.role != "text":
                break  # (a line as wide as the column: the box ended above it)
            if last.ends and j - i >= MIN_QUOTE_LINES:
                text = _squashed("".join([x.text for x in items[i:j]]))
                if len(text) >= MIN_QUOTE_CHARS and page.count(text) >= 2:
                    found = (i, j)  # (the longest run so restated: a quote of two sentences)
        if found is not None:
            return found
    return None


def _echoed_run(body: Element) -> tuple[int, int] | None:
    """The first run ``items[i:j]`` of ``body`` that is an unmarked pull quote printed after the sentence it restates,
    or None: it opens after a line ending a sentence and ends one, :data:`MIN_QUOTE_LINES` to :data:`MAX_QUOTE_LINES`
    lines, each :data:`ECHO_NARROWER` short of the column of the body's other lines, and its text
    (:data:`MIN_QUOTE_CHARS` or more) stands in the body above it. Running text does not print a sentence it just
    printed again; a box set a little narrower than its column (less than :func:`_restated_run` asks) does.

    Before (PyMuPDF, a fourth layout; a 14 em column): ``…添加可识别标识。德国央行行长`` / ``阿米尔·门多萨表示，…`` /
    ``信的轨道上发展。`` / ``德国央行行长阿米尔·门多`` / ``萨表示，监管的目的不是扼`` … ``的轨道上发展。`` (12 em): the quote
    read as the body's last paragraph; after, the article's pull quote (the box kept where it was read,
    :func:`_box_in_place`: set before the body, as :func:`_restated_run`'s are, pdfminer's headlines over a body it
    ran two articles into went to other drafts, fourth layout title .379 -> .364). Fourth layout (dev pages,
    pdfminer/pdftotext/PyMuPDF): pull quote .690/.670/.793 -> .728/.674/.839, paragraph F1 .568/.569/.827 ->
    .579/.567/.838, perfect articles .073/.061/.215 -> .080/.061/.234; the devpages and the other layouts
    unchanged (no run lifted). Not lifted: a run whose text the body prints
    only below it (the sentence a later quote restates), a run with a full line (a paragraph opening with the
    sentence that opened one above it: an indented first line and a full one, first family, lay6-020), a run
    opening with a paragraph's indented first line (:func:`opens_paragraph`).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t, w: Item(0, t, t, float(w), False, False)
    >>> said = [mk("甲" * 14, 14), mk("扶持公益性文化事业，加强文化遗", 14), mk("产保护和传承。", 7)]
    >>> box = [mk("扶持公益性文化事业，", 12), mk("加强文化遗产保护和", 12), mk("传承。", 3)]
    >>> _echoed_run(Element("body", [*said, *box, mk("甲" * 14, 14)])), _echoed_run(Element("body", [*box, *said]))
    ((3, 6), None)
    """
    items = body.items
    if len(items) <= MIN_QUOTE_LINES:
        return None
    texts = [_squashed(it.text) for it in items]
    for i in range(1, len(items)):
        if not items[i - 1].ends or items[i].role != "text":
            continue
        above = "".join(texts[:i])
        if texts[i] not in above:
            continue  # (the quote's first line is printed above it: a cue looked for once a line)
        for j in range(i + MIN_QUOTE_LINES, min(len(items), i + MAX_QUOTE_LINES) + 1):
            if items[j - 1].role != "text" or not items[j - 1].ends:
                continue
            text = "".join(texts[i:j])
            if text not in above:
                break  # (nor is a longer run)
            if len(text) < MIN_QUOTE_CHARS:
                continue
            limit = body_column(items[:i] + items[j:]) - ECHO_NARROWER
            if all(it.width <= limit for it in items[i:j]) and not opens_paragraph(items[i:j]):
                return i, j
            break
    return None


def opens_paragraph(run: list[Item]) -> bool:
    """Whether the first line of ``run`` is a paragraph's indented first line, which falls short of the column by
    its indent (:data:`~textclean.clean.typesetting.INDENT`: more than :data:`ECHO_NARROWER`) and is no box's
    line: the extractor printed the indent (``　　“留在家乡，一样能干出一番事业，`` / ``家乡的明天一定会更好。”``, a
    paragraph repeating a quote its article printed above: 16 em and 12 in an 18 em column), or the line is
    :data:`~textclean.clean.typesetting.INDENTED_LINE` short of a line after it (a box sets its lines to one measure,
    its last no wider than its first).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t, w: Item(0, t, t.strip(), float(w), False, False)
    >>> opens_paragraph([mk("　　甲乙", 16), mk("丙", 12)]), opens_paragraph([mk("甲乙", 16), mk("丙", 18), mk("丁", 3)])
    (True, True)
    >>> opens_paragraph([mk("甲乙", 12), mk("丙", 12), mk("丁", 7)]), opens_paragraph([mk("甲乙", 11), mk("丙", 12)])
    (False, False)
    """
    first = run[0]
    return first.raw[:1].isspace() or first.width <= max(it.width for it in run[1:]) - INDENTED_LINE


def _restated_body(elements: list[Element], idx: int) -> bool:
    """Whether body ``elements[idx]`` is, whole, an unmarked pull quote the layout already cut from its column:
    :data:`MIN_QUOTE_LINES` to :data:`MAX_QUOTE_LINES` lines ending a sentence,
    set apart from the column of a body right above or below it (:func:`_set_apart`), its text
    (:data:`MIN_QUOTE_CHARS` or more) printed again in the page's other bodies, read one after the other (the quote
    may stand where its column breaks, its sentence run on from one body into the next: third layout, PyMuPDF
    ``…林、牧、副、渔各业的发展。`` / body ``在种植业内部，…`` / quote), but no other body that text whole (a quote lifts a
    sentence or two out of its article: a body printed twice whole is no quote of either).

    Before (PyMuPDF, a second layout; a 15 em column): ``…油、运和重要原材料供应紧张状`` / ``况。`` /
    ``我们加大“三农”工作力度，`` / ``度，及时作出部署，保护`` / ``粮食主产区和广大农民的`` / ``种粮积极性。`` (11 em, cut
    from the column as a body of its own measure) / ``我们积极推进经济结构战略性``: a body of its own, taken for the
    next article's opening, the column below it given to that article; after, the article's pull quote.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t, w: Item(0, t, t, float(w), False, True)
    >>> col = Element("body", [mk("甲" * 15, 15) for _ in range(4)] + [mk("我们加大工作力度，保护种粮积极性。", 15)])
    >>> box = Element("body", [mk("我们加大工作力度，", 11), mk("保护种粮积极性。", 11)])
    >>> plain = Element("body", col.items[:4])
    >>> _restated_body([col, box, col], 1), _restated_body([plain, box, plain], 1)
    (True, False)
    >>> _restated_body([box, col], 0), _restated_body([col], 0), _restated_body([box, plain, box], 0)
    (True, False, False)
    """
    items = elements[idx].items
    if not MIN_QUOTE_LINES <= len(items) <= MAX_QUOTE_LINES or not items[-1].ends:
        return False
    if any(it.role != "text" for it in items):
        return False
    near = [elements[k] for k in (idx - 1, idx + 1) if 0 <= k < len(elements) and elements[k].kind == "body"]
    if not any(_set_apart(items, e.items) for e in near):
        return False
    text = _spaceless(items)
    if len(text) < MIN_QUOTE_CHARS:
        return False
    others = [_spaceless(e.items) for k, e in enumerate(elements) if e.kind == "body" and k != idx]
    return text not in others and text in "".join(others)


def _set_apart(box: list[Item], column: list[Item]) -> bool:
    """Whether the lines ``box`` are set to another measure than the ``column`` beside them, by
    :data:`QUOTE_NARROWER` or more: every line narrower than the column (a box set inside it), or the box's own
    measure (:func:`~textclean.clean.roles.body_column`) wider than it (a framed quote set across the column and the
    margin beside it, third layout: a 17 em box over an 11 em column).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda *ws: [Item(0, "", "", float(w), False, True) for w in ws]
    >>> _set_apart(mk(9, 9, 5), mk(13, 13)), _set_apart(mk(17, 17, 8), mk(11, 11)), _set_apart(mk(12, 12, 5), mk(13, 13))
    (True, True, False)
    """
    col = body_column(column)
    return max(it.width for it in box) <= col - QUOTE_NARROWER or body_column(box) >= col + QUOTE_NARROWER


#: A piece of fewer lines than this under a box (a paragraph's last lines) is measured by its widest line, which may
#: be the paragraph's indented first: its short last line pulls a median down (``在国际业务方面，…的跨境`` 25 em of a
#: 26 em column / ``陆运线路9条，…增长36%。`` 19 em).
SHORT_PIECE_LINES = 3


def _same_column(column: float, items: list[Item]) -> bool:
    """Whether the body piece ``items`` is set in ``column``: its :func:`~textclean.clean.roles.body_column` within
    :data:`~textclean.clean.typesetting.FULL_LINE_SLACK` of it, or, shorter than :data:`SHORT_PIECE_LINES` lines, its
    widest line no wider and short of it by a paragraph's indent at most.

    >>> mk = lambda w: Item(0, "文", "文", w, True, True)
    >>> _same_column(26.25, [mk(25.0), mk(19.0)]), _same_column(26.25, [mk(18.0), mk(10.0)])
    (True, False)
    >>> _same_column(26.25, [mk(26.0)] * 4 + [mk(19.0)]), _same_column(26.25, [mk(22.0)] * 5)
    (True, False)
    """
    if len(items) >= SHORT_PIECE_LINES:
        return abs(column - body_column(items)) <= FULL_LINE_SLACK
    widest = max(it.width for it in items)
    return column - INDENT - FULL_LINE_SLACK <= widest <= column + FULL_LINE_SLACK


def box_restates_above(bodies: list[Element], below: Element, between: list[Element]) -> bool:
    """Whether the pull-quote box(es) ``between`` a draft's ``bodies`` and the body ``below`` restate that draft:
    each box's text found in the bodies above (:data:`RESTATED_SHARE` of its runs or more), more of it there than in
    the body below, and the two bodies set in one column (widths :data:`~textclean.clean.typesetting.FULL_LINE_SLACK`
    apart at most: the lines beside a box may be set a little narrower). A pull quote restates its own article, so
    the body under a box that quotes the text above it goes on from that text (no headline stands between them); a
    box quoting the body below opens it (:func:`~textclean.clean.drafts.box_interrupts`). Not joined: a body of
    another measure below (pdftotext reads the next article's column after the box, devpages cpc-20-01). With
    :func:`_restated_body`, second layout: pull quote .766/.732/.872 -> .821/.770/.932 (pdfminer/pdftotext/PyMuPDF),
    extra articles 78/123/41 -> 62/109/12, PyMuPDF body CER .075 -> .047; the devpages unchanged.

    Before (PyMuPDF, a second layout): ``body …供应紧张状况。 ∅ box 我们加大“三农”工作力度，…种粮积极性。 ∅
    body 我们积极推进经济结构战略性调整…`` (the box's sentence printed in the body above it) gave two articles, the
    second one taking the first's byline; after, one body, the box its pull quote.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t, w=15: Element("body", [Item(0, t, t, float(w), True, True)])
    >>> above, below = mk("我们加大三农工作力度，保护种粮积极性。其他工作。"), mk("我们积极推进经济结构调整。")
    >>> box = [Element("box", [], "我们加大三农工作力度，保护种粮积极性。")]
    >>> box_restates_above([above], below, box), box_restates_above([below], above, box)
    (True, False)
    >>> box_restates_above([above], below, [*box, mk("标题")]), box_restates_above([above], mk("另一栏。", 20), box)
    (False, False)
    """
    if not between or any(e.kind != "box" for e in between):
        return False
    if not _same_column(body_column(bodies[-1].items), below.items):
        return False  # (another column read after the box)
    above = "".join([it.text for el in bodies for it in el.items])
    under = "".join([it.text for it in below.items])
    return all(
        (share := containment(e.text, above)) >= RESTATED_SHARE and share > containment(e.text, under) for e in between
    )
