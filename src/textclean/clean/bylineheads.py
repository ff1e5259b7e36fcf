"""Bylines alone between a body and a head: which of the two they belong to, read from the page's blank lines and
the body's last line; a byline that heads the head under it joins its unit (:func:`bylines_over_heads`).

A byline printed at an article's end and one printed over the next article's title both read ``body`` /
``byline`` / ``title`` in the extractor's order; the rest go to the body above as its trailing byline
(:mod:`~textclean.clean.assign`). A byline set tight over a head that is signed already is parted off it, the
body's above (:func:`closing_signatures`).
"""

from __future__ import annotations

from textclean.clean.bylines import RUN_IN_SIGNATURE_RE, byline_names, closing_names, run_in_reports_byline
from textclean.clean.chardata import DATELINE_RE
from textclean.clean.lexicon import label_shaped
from textclean.clean.roles import Element
from textclean.clean.runinbylines import run_in_names
from textclean.clean.units import Unit

#: A page whose bodies set at most this share of their lines (a body's first aside) after a blank line parts blocks
#: only, not lines (:func:`_parts_blocks_only`). On the devpages: pdftotext's pages 0 to 0.04, pdfminer's (a blank
#: after every line of a loosely set box, none inside a tight one) 0.07 to 1; PyMuPDF's none.
MAX_APART_BODY_LINES = 0.05


def bylines_over_heads(units: list[Unit], elements: list[Element]) -> list[Unit]:
    """A byline in a block of its own, after a body set tight that ends a sentence, heads the head right under it.

    pdftotext prints a blank line between blocks and none between the lines of one: a byline printed at the end of
    an article is read into the block of its last lines (set tight under them), a byline printed over the next
    head is a block of its own (:func:`_set_apart_over_head`). Alone, its unit went to the body above as a trailing
    byline. On the devpages (pdftotext), of the bylines between a body's last sentence and a head, the 6 set
    apart are the head's, the 10 set tight the body's. Only on a page that parts blocks, not lines
    (:func:`_parts_blocks_only`): pdfminer reads a byline printed at an article's end out of the tight box of its
    last lines too (on the devpages its 6 such bylines are all the body's above). On any page, a byline alone
    after a body broken off inside a sentence heads the head under it (:func:`_over_head_after_broken_body`).

    Before (pdftotext, devpages gov-1987-02): ``…家。`` ∅ ``许怡昕`` ∅ ``继续发展各种横向经济联合`` / body: the
    name went to the article above; after, to the title under it (as pdfminer and PyMuPDF read them). Not moved:
    a byline set tight under the body, or over a head that has a byline of its own.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t, gb: Element(kind, [Item(0, t, t, float(len(t)), gb, True)], t)
    >>> body = Element("body", [Item(0, t, t, 5.0, gb, True) for t, gb in (("我们要发展", True), ("横向联合。", False))])
    >>> els = [body, mk("byline", "许怡昕", True), mk("title", "发展横向经济联合", True), body]
    >>> units = bylines_over_heads([Unit([els[1]], 1, 1), Unit([els[2]], 2, 2)], els)
    >>> [[e.kind for e in u.elements] for u in units]
    [['byline', 'title']]
    >>> els[1] = mk("byline", "许怡昕", False)
    >>> len(bylines_over_heads([Unit([els[1]], 1, 1), Unit([els[2]], 2, 2)], els))
    2
    """
    blocks_only = _parts_blocks_only(elements)
    out: list[Unit] = []
    for u in closing_signatures(units, elements):
        prev = out[-1] if out else None
        if prev is not None and label_byline_over_head(prev, u, elements):
            prev.elements[0] = Element("column", prev.elements[0].items, prev.elements[0].text)
            prev.elements += u.elements
            prev.end = u.end
        elif prev is not None and (
            (blocks_only and _set_apart_over_head(prev, u, elements)) or _over_head_after_broken_body(prev, u, elements)
        ):
            u.elements[:0] = prev.elements
            u.start = prev.start
            out[-1] = u
        else:
            out.append(u)
    return out


def label_byline_over_head(upper: Unit, lower: Unit, elements: list[Element]) -> bool:
    """Whether ``upper`` is a column label over a byline, set right over ``lower``, a head with no label or byline
    of its own: one head stack (label, byline, title), the label the column of the title under it.

    Papers print a column label in a tag and the byline under it, over the title (``国际视点`` /
    ``本报驻澳大利亚记者 X`` / ``干旱之下的悉尼``). The label, a headline line of its own, was read as a title, the
    byline bonded with it (over no body), and the title under it stood alone: that head went to another article
    (a briefs box below), with the label and the byline. Before (PyMuPDF, lay9 gj-10): the briefs box took the
    label and the byline, the title none; after, the title's article has both. Not joined: a line wider than a label
    (:func:`~textclean.clean.lexicon.label_shaped`, at most 5 characters: a title with its byline under it), or
    a head under it with a byline or label of its own, or one whose body closes signed (:func:`closes_signed`):
    that story names its writer there, so the byline is the short line's, a title (``守望`` / ``□ 李秋华`` /
    ``故乡的那条河`` / body / ``（赵春生）``: a short title and its byline over another piece's head, its body
    read further down).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t: Element(kind, [Item(0, t, t, float(len(t)), False, True)], t)
    >>> label, byline, title = mk("title", "国际视点"), mk("byline", "本报驻澳大利亚记者 史娟刚"), mk("title", "干旱之下的悉尼")
    >>> els = [mk("body", "甲。"), label, byline, title, mk("body", "乙。")]
    >>> label_byline_over_head(Unit([label, byline], 1, 2), Unit([title], 3, 3), els)
    True
    >>> label_byline_over_head(Unit([label, byline], 1, 2), Unit([title], 3, 3), [*els, mk("note", "（赵春生）")])
    False
    >>> els[1] = mk("title", "以对话化解分歧才是正道")
    >>> label_byline_over_head(Unit([els[1], byline], 1, 2), Unit([title], 3, 3), els)
    False
    """
    kinds = [e.kind for e in upper.elements]
    k = lower.end + 1  # (the element under the head: its body, when it has one)
    return (
        upper.end + 1 == lower.start
        # (a page's first line over a byline is most often its name, the banner, which is read out of its unit only
        # after this step, not a column label: the rule leaves it to the banner's tests)
        and upper.start > 0
        and len(kinds) == 2
        and kinds[0] in ("title", "kicker", "column")
        and kinds[1] == "byline"
        and len(upper.elements[0].items) == 1
        and label_shaped(upper.elements[0].text)
        and lower.elements[0].kind in ("title", "kicker")
        and not lower.kinds() & {"byline", "column"}
        and not (k < len(elements) and elements[k].kind == "body" and closes_signed(elements, k))
    )


def _parts_blocks_only(elements: list[Element]) -> bool:
    """Whether the page sets a blank line between blocks only, the lines of a body tight
    (:data:`MAX_APART_BODY_LINES`): there a line set apart is a block of its own.

    >>> from textclean.clean.roles import Item
    >>> body = lambda *gaps: Element("body", [Item(0, "文", "文", 1.0, gb, True) for gb in gaps], "文")
    >>> _parts_blocks_only([body(True, False, False), body(True, False)]), _parts_blocks_only([body(True, True, False)])
    (True, False)
    """
    lines = [it for e in elements if e.kind == "body" for it in e.items[1:]]
    return sum(it.gap_before for it in lines) <= MAX_APART_BODY_LINES * len(lines)


def _set_apart_over_head(upper: Unit, lower: Unit, elements: list[Element]) -> bool:
    """Whether ``upper``, a byline alone, stands between a body whose last line, set tight under the line above
    it, ends a sentence, and ``lower``, a head with no byline of its own, with a blank line on either side."""
    if [e.kind for e in upper.elements] != ["byline"] or upper.end + 1 != lower.start or upper.start == 0:
        return False
    above, byline, head = elements[upper.start - 1], upper.elements[0], lower.elements[0]
    return (
        above.kind == "body"
        and above.items[-1].ends
        and not above.items[-1].gap_before
        and byline.gap_before
        and head.gap_before
        and head.kind in ("title", "column", "kicker")
        and "byline" not in lower.kinds()
    )


def _over_head_after_broken_body(upper: Unit, lower: Unit, elements: list[Element]) -> bool:
    """Whether ``upper``, a byline alone, stands between a body whose last line breaks off inside a sentence and
    ``lower``, a head with no byline of its own: the body goes on elsewhere (the extractor left it at a column's
    foot), so the byline is not printed at its end; it heads the head under it.

    Before (pdfminer, devpages gov-1987-02): ``…要广泛实行厂长任期目标责任制和任期`` ∅ ``许怡昕`` ∅
    ``继续发展各种横向经济联合 鼓励`` / body: the name went to the broken-off body above as a trailing byline;
    after, to the title under it. Not moved: a byline after a body that ends a sentence (it may be that body's:
    printed at an article's end or over the next title, it reads the same), or over a head that has a byline of
    its own (in it or set right under it). On the devpages and a second layout family (3 extractors), of the 12
    bylines it moves 10 are the head's; the other 2 (bodies read in scraps) are neither's.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t: Element(kind, [Item(0, t, t, float(len(t)), True, True)], t)
    >>> els = [mk("body", "要广泛实行厂长任期目标责任制和任期"), mk("byline", "许怡昕"), mk("title", "发展横向经济联合")]
    >>> _over_head_after_broken_body(Unit([els[1]], 1, 1), Unit([els[2]], 2, 2), els)
    True
    >>> els[0] = mk("body", "要广泛实行厂长任期目标责任制。")
    >>> _over_head_after_broken_body(Unit([els[1]], 1, 1), Unit([els[2]], 2, 2), els)
    False
    """
    if [e.kind for e in upper.elements] != ["byline"] or upper.end + 1 != lower.start or upper.start == 0:
        return False
    above = elements[upper.start - 1]
    return (
        above.kind == "body"
        and not above.items[-1].ends
        and lower.elements[0].kind in ("title", "column", "kicker")
        and "byline" not in lower.kinds()
        and (lower.end + 1 == len(elements) or elements[lower.end + 1].kind != "byline")
    )


def closing_signatures(units: list[Unit], elements: list[Element]) -> list[Unit]:
    """Part off a byline that opens a unit when it signs the body above (:func:`_signs_body_above`): it becomes a
    unit of its own, which :mod:`~textclean.clean.assign` gives to that body as its trailing byline.

    Before (lay4-019, PyMuPDF): body ``…还有一些不确定因素，…。`` / ``读者 钟峤`` / ``扎实推进社会主义新农村建设`` /
    body / ``杨笙驰``: the reader's name, set tight over the next title, went with it, and that piece's own
    signature to another article; after, each name signs the body above it.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t: Element(kind, [Item(0, t, t, float(len(t)), False, True)], t)
    >>> els = [mk("body", "甲。"), mk("byline", "读者 钟峤"), mk("title", "扎实推进新农村建设"), mk("body", "乙。")]
    >>> signed = [*els, mk("byline", "杨笙驰")]
    >>> [len(u.elements) for u in closing_signatures([Unit(els[1:3], 1, 2), Unit([signed[4]], 4, 4)], signed)]
    [1, 1, 1]
    >>> [len(u.elements) for u in closing_signatures([Unit(els[1:3], 1, 2)], els)]
    [2]
    """
    out: list[Unit] = []
    for u in units:
        if _signs_body_above(u, elements):
            out += [Unit(u.elements[:1], u.start, u.start), Unit(u.elements[1:], u.start + 1, u.end)]
        else:
            out.append(u)
    return out


def _signs_body_above(u: Unit, elements: list[Element]) -> bool:
    """Whether the byline opening ``u`` (then a head, no other byline) signs the body right above it, which ends a
    sentence: the head under it has a name of its own, set under it or alone right after its body
    (:func:`_head_signed`).

    A byline over a title and a signature at the end of the body above read the same (``body`` / ``byline`` /
    ``title``); when the head under it is signed already, the name is the body's above. A head with no other name
    keeps the byline (a layout that sets the author over the headline). A head whose story's dateline names its
    reporters (:func:`_dateline_names_others`) signs it too, unless the body above is signed already
    (:func:`body_signed`).
    """
    kinds = [e.kind for e in u.elements]
    if len(kinds) < 2 or kinds[0] != "byline" or kinds[1] not in _HEADS or "byline" in kinds[1:] or u.start == 0:
        return False
    above = elements[u.start - 1]
    if above.kind != "body" or not above.items[-1].ends:
        return False
    if _head_signed(elements, u.start + 1):
        return True
    return _dateline_names_others(u.elements[0], elements, u.start + 1) and not body_signed(elements, u.start - 1)


#: The kinds of the head lines set over a body (a column label, a kicker, a title, a subtitle).
_HEADS = ("title", "kicker", "column", "subtitle")


def _head_signed(elements: list[Element], k: int) -> bool:
    """Whether the head from ``elements[k]`` has a byline of its own: one set under its lines, one alone right
    after the body under them, a run-in byline opening that body (:func:`~textclean.clean.runinbylines.run_in_names`,
    ``■钱慧好的制度…``) or a signature closing it (:func:`closes_signed`, ``（许涵）``).

    Before (PyMuPDF, an opinion page): ``…众的心。`` / ``任航`` / ``今日谈`` / ``社区食堂何以受欢迎`` / ``■钱慧好的…``:
    the name printed after the body above went with the head under it, whose body names its writer already; after,
    it signs the body above.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t="": Element(kind, [Item(0, t, t, float(len(t)), False, True)], t)
    >>> _head_signed([mk("title"), mk("byline"), mk("body")], 0), _head_signed([mk("title"), mk("body"), mk("byline")], 0)
    (True, True)
    >>> _head_signed([mk("title"), mk("body", "■钱慧好的制度设计，")], 0), _head_signed([mk("title"), mk("body", "甲。"), mk("note", "（许涵）")], 0)
    (True, True)
    >>> _head_signed([mk("title"), mk("body"), mk("title")], 0), _head_signed([mk("title"), mk("body")], 0)
    (False, False)

    The body may be read in two pieces round a pull quote's box set inside it (PyMuPDF, an economy page:
    ``…增长36%。`` / ``本报记者　蔡文静`` / ``光伏企业加快出清落后产能`` / body / ``●观点`` box / body / ``本报记者　石磊``):

    >>> _head_signed([mk("title"), mk("body"), mk("box"), mk("body"), mk("byline")], 0)
    True
    """
    while k < len(elements) and (elements[k].kind in _HEADS or elements[k].kind == "box"):
        k += 1  # (a pull quote's box may be read between the head and its body)
    if k < len(elements) and elements[k].kind == "byline":
        return True
    if k >= len(elements) or elements[k].kind != "body":
        return False
    j = k + 1
    while j + 1 < len(elements) and elements[j].kind == "box" and elements[j + 1].kind == "body":
        j += 2  # (a pull quote's box set inside the body, the body read on under it)
    if j < len(elements) and elements[j].kind == "byline":
        return True
    return bool(run_in_names(elements[k].items)) or closes_signed(elements, k)


#: A dateline wraps over at most this many of a narrow column's lines (``本报大连11月23日电（记`` / ``者 X）…``).
DATELINE_LINES = 3


def opens_with_signed_dateline(body: Element) -> bool:
    """Whether ``body`` opens with a run-in dateline that names its reporters (``本报大连11月23日电（记者 宋云锋）``):
    a story prints its reporters once, in its dateline or in a byline (:func:`~textclean.clean.articles.run_in_dateline`),
    so a byline right over its head that names others is the body's above, printed at that one's end, unless that
    body is signed already (:func:`_signs_body_above`).

    Before (PyMuPDF, lay9 ty-07): ``…稳步成长。`` / ``本报记者 闫溪琳 肖鹏轩`` / ``中国女排苦战五局惜败`` /
    ``本报大连11月23日电（记者 宋云锋）…``: the byline went with the title, whose dateline's names won, and the
    article above had none; after, the names sign the article above. Not so: a bracket naming no one
    (``（综合报道）``), a body opening with no dateline.

    >>> from textclean.clean.roles import Item
    >>> body = lambda *ts: Element("body", [Item(0, t, t, float(len(t)), False, True) for t in ts], "")
    >>> opens_with_signed_dateline(body("本报大连11月23日电（记", "者 宋云锋）从近几年的成绩看，"))
    True
    >>> opens_with_signed_dateline(body("本报北京3月5日电（综合报道）国务院…")), opens_with_signed_dateline(body("从近几年看，"))
    (False, False)
    """
    return bool(signed_dateline_names(body))


def signed_dateline_names(body: Element) -> list[str]:
    """The reporters' names the run-in dateline opening ``body`` gives (:func:`opens_with_signed_dateline`); [] when
    it opens with none or its bracket names no one.

    >>> from textclean.clean.roles import Item
    >>> signed_dateline_names(Element("body", [Item(0, t, t, 9.0, False, True) for t in ("本报大连11月23日电（记", "者 宋云锋）从")]))
    ['宋云锋']
    """
    text = "".join([it.text.strip() for it in body.items[:DATELINE_LINES]])
    m = DATELINE_RE.match(text)
    return closing_names(m.group(1)) if m else []


def _dateline_names_others(byline: Element, elements: list[Element], k: int) -> bool:
    """Whether the body under the head from ``elements[k]`` opens with a dateline that names its reporters
    (:func:`signed_dateline_names`), none of them one ``byline`` names: the byline is no byline of that story.

    Not so (the byline the story's own, printed over its head and again in its dateline): ``本报记者 宋云锋`` /
    ``女排苦战五局惜败`` / ``本报大连11月23日电（记者 宋云锋）…``.
    """
    while k < len(elements) and elements[k].kind in _HEADS:
        k += 1
    names = signed_dateline_names(elements[k]) if k < len(elements) and elements[k].kind == "body" else []
    own = byline_names(" ".join([it.text for it in byline.items])) or []
    return bool(names) and not set(names) & set(own)


def body_signed(elements: list[Element], i: int) -> bool:
    """Whether the body ``elements[i]`` names its writers already: a byline among the head lines over it, a run-in
    dateline or ``报道`` byline naming them at its opening (:func:`signed_dateline_names`,
    :func:`~textclean.clean.bylines.run_in_reports_byline`), or a closing signature (:func:`closes_signed`).

    A byline under it then signs no more of it: before (``本报记者 冯晓岚`` / ``新赛季揭幕战主队取胜`` / body /
    ``本报记者 宋云锋`` / a head over a dateline naming another reporter), the second byline replaced the first
    story's author; after, it stays over the head under it.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t: Element(kind, [Item(0, t, t, float(len(t)), False, True)], t)
    >>> els = [mk("byline", "本报记者 冯晓岚"), mk("title", "新赛季揭幕战"), mk("body", "锁定胜局。")]
    >>> body_signed(els, 2), body_signed([els[1], els[0], els[2]], 2), body_signed(els[1:], 1)
    (True, True, False)
    >>> body_signed([mk("body", "锁定胜局。（记者 冯晓岚）")], 0), body_signed([els[0], els[2]], 1)
    (True, False)
    """
    body, j = elements[i], i - 1
    while j >= 0 and (elements[j].kind in _HEADS or elements[j].kind == "byline"):
        j -= 1
    stack = {e.kind for e in elements[j + 1 : i]}  # (the head lines over it, a byline among them or not)
    if "byline" in stack and stack & set(_HEADS):
        return True
    first = body.items[0].text.strip()
    opening = bool(signed_dateline_names(body) or run_in_reports_byline(first)[0] or run_in_names(body.items))
    return opening or closes_signed(elements, i)


def closes_signed(elements: list[Element], i: int) -> bool:
    """Whether the body ``elements[i]`` closes with its writer's name: a signature run into its last line
    (:data:`~textclean.clean.bylines.RUN_IN_SIGNATURE_RE`, ``…锁定胜局。（记者 冯晓岚）``) or a closing note under
    it that holds only names (:func:`~textclean.clean.bylines.closing_names`, ``（赵春生）``).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t: Element(kind, [Item(0, t, t, float(len(t)), False, True)], t)
    >>> closes_signed([mk("body", "甲。"), mk("note", "（赵春生）")], 0), closes_signed([mk("body", "甲。（试行）")], 0)
    (True, False)
    """
    m = RUN_IN_SIGNATURE_RE.search(elements[i].items[-1].text.strip())
    if m and closing_names(m.group(0)):
        return True
    nxt = elements[i + 1] if i + 1 < len(elements) else None
    return (
        nxt is not None and nxt.kind == "note" and bool(closing_names("".join([it.text.strip() for it in nxt.items])))
    )
