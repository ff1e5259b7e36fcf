"""Section labels set at the head of a body's first section, read as heads of their own.

A court case or a report in parts opens its text with a short label (``案情回顾``, ``【案情】``) set under the
headline and its byline, or under the story's dateline sentence, right over the section's text. A column label
is set over a title, never under its byline, and no story ends after its dateline's sentence: such a label is
the first section's subheading, and the text on both sides of it is one body (:func:`labels_into_bodies`).
A bracketed label (``【法官说法】``) between two pieces of text is a section's too, and so is a bare one after a
story's first section that opened with a label of its own, over text set in its measure (:func:`_next_section`).
"""

from __future__ import annotations

import re

from textclean.clean.chardata import CLAUSE_PUNCT_RE, DATELINE_OPENING_RE, DATELINE_PAPERS, HAN, MAX_DATELINE_LINES
from textclean.clean.measures import MIN_TELLING_LINES, OTHER_COLUMN_DIFF, telling_widths
from textclean.clean.roles import Element, Item, fuller_median
from textclean.clean.runinpieces import is_box_head

#: A section label: two to six Han characters, in lenticular brackets or bare (``案情``, ``【法官说法】``); a
#: longer line is a title or a kicker.
SECTION_LABEL_RE = re.compile(f"^(?:【[{HAN}]{{2,6}}】|[{HAN}]{{2,6}})$")
#: A gap inside a printed line: a letter-spaced head's.
LETTER_GAP_RE = re.compile("[ \u3000]")

#: A story's dateline opening a body, bracketed or run into its text (``本报讯 近日，…``, ``本报合肥6月3日讯``,
#: ``新华社北京5月1日电``): the paper or agency, maybe a place and a date, then 讯 or 电. No story's next section opens so.
STORY_DATELINE_RE = re.compile(
    f"^(?:{'|'.join(DATELINE_PAPERS)})(?:[{HAN}]{{0,8}}?[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日)?[讯电]"
)
#: Spaces set inside a dateline's line (``本报讯 近日``), dropped before it is read.
SPACES_RE = re.compile("[ \u3000]")

#: The head parts a story's byline is set under (a byline after a body signs the piece above).
HEAD_KINDS = ("title", "subtitle", "kicker", "column")
#: A story's dateline sentence printed alone over a section label runs over at most this many lines (a narrow
#: column wraps ``本报池州5月27日讯（记者 X 通讯员 Y）近日，法院审结了这起案件。`` over three or four).
MAX_STUB_LINES = 4


def labels_into_bodies(elements: list[Element]) -> list[Element]:
    """A section label read as a head (a title or a column label) right over a body is a line of that body when
    it stands under its story's byline (set under its head; or, in brackets, under its title) over running text, or between two
    bodies after the story's dateline sentence alone (or, in brackets, after any sentence end; or after a first
    section that opened with a label, :func:`_next_section`): the label opens
    the body, or joins the two bodies, as a line of role ``heading`` (a heading block of the body).

    Before (PyMuPDF, lay12 fz-30): ``高空抛物“不是小事”`` / ``□本报记者 孔勇`` / ``案情回顾`` (a title) /
    ``今年5月，…``: the label titled the text; after, it is the body's first line (its subheading). So
    ``本报池州5月27日讯（记者 X）近日，法院审结了这起案件。`` / ``案情`` / ``龙秀杰于2020年…``: one body. Not so: a
    label over a line with no clause mark (a head's lines read as text), a wrapped subtitle's last line
    (``——关于科研经费管理`` / ``改革的思考``), a short title after a story of more than its dateline's sentence.

    >>> mk = lambda kind, *ts: Element(kind, [Item(0, t, t, float(len(t)), False, False) for t in ts], ts[0])
    >>> els = [mk("title", "高空抛物不是小事"), mk("byline", "□本报记者 孔勇"), mk("title", "案情回顾"), mk("body", "今年5月，")]
    >>> [(e.kind, len(e.items)) for e in labels_into_bodies(els)]
    [('title', 1), ('byline', 1), ('body', 2)]
    >>> els = [mk("title", "高空抛物"), mk("body", "本报池州5月27日讯（记者 孔勇）", "审结。"), mk("column", "【案情】"),
    ...        mk("body", "今年5月，")]
    >>> [(e.kind, len(e.items)) for e in labels_into_bodies(els)]
    [('title', 1), ('body', 4)]
    >>> els = [mk("body", "他说。"), mk("title", "法治速递"), mk("body", "义诊进社区。")]  # (a new piece's title)
    >>> [e.kind for e in labels_into_bodies(els)]
    ['body', 'title', 'body']
    """
    if not any(e.kind in ("title", "column") and _is_label(e) for e in elements):
        return elements
    out: list[Element] = []
    k = 0
    while k < len(elements):
        el = elements[k]
        nxt = elements[k + 1] if k + 1 < len(elements) else None
        joined = _joined(out[-2:], el, nxt) if out and nxt is not None else None
        if joined is None:
            out.append(el)
            k += 1
            continue
        if out[-1].kind == "body":
            out[-1] = joined
        else:
            out.append(joined)
        k += 2
    return out


def _joined(above: list[Element], el: Element, nxt: Element) -> Element | None:
    """The body ``el`` (a section label) opens with ``nxt``, or joins the body right above it to
    (:func:`labels_into_bodies`); None when it stays a head. ``above``: the one or two elements above ``el``; a
    byline over it must stand under a head (a closing signature under a body is another piece's) longer than
    the label (``守望`` / ``□ 李秋华`` / ``故乡的那条河``: a title under a short one)."""
    prev = above[-1]
    if nxt.kind != "body" or el.kind not in ("title", "column") or not _is_label(el):
        return None
    it = el.items[0]
    label = Item(it.no, it.raw, it.text, it.width, it.gap_before, it.gap_after, "heading")  # (a body's line now)
    bracketed = label.text.startswith("【")
    head_byline = (
        prev.kind == "byline"
        and len(above) == 2
        and above[0].kind in HEAD_KINDS
        and len(label.text) < len(above[0].text.strip())  # (a line as long as the head over it is a title)
    )
    if head_byline or (bracketed and prev.kind == "title"):
        if CLAUSE_PUNCT_RE.search(nxt.items[0].text) is None:
            return None  # (over a head's lines read as text)
        return Element("body", [label, *nxt.items], nxt.text)
    if prev.kind == "body" and (
        _dateline_stub(prev) or (bracketed and prev.items[-1].ends) or _next_section(prev, label, nxt)
    ):
        return Element("body", [*prev.items, label, *nxt.items], prev.text)
    return None


def _first_section(body: Element) -> bool:
    """Whether ``body`` (the body right over a section label read as a head) is a story's first section: it opens
    with a section label of its own (a heading line, :data:`SECTION_LABEL_RE`) and its last line ends a sentence.
    A story set in labelled sections labels each of them, so the label under it opens the story's next section;
    a column label over the next piece follows a body that opened with none.

    Before (pdfminer, lay12 fz-13): ``高空抛物“不是小事”`` / ``□本报记者 常洋`` / ``案情`` (a heading of the body,
    :func:`labels_into_bodies`) / ``今年4月，…锁定了万瑶。`` / ``法官说法`` (a title) / ``法院审理认为，…``: the
    second section became an article of its own, titled ``法官说法``, and took most of the story's text (the
    story's head and byline went with the smaller piece); after, one body with two headings. Not so: a body that
    opens with running text (``微言`` over the next commentary), or whose last line ends no sentence.

    >>> mk = lambda role, *ts: Element("body", [Item(0, t, t, float(len(t)), False, False, role) for t in ts], ts[0])
    >>> _first_section(mk("heading", "案情", "今年4月，花盆砸在车棚上。")), _first_section(mk("text", "今年4月，花盆砸在车棚上。"))
    (True, False)
    """
    first = body.items[0]
    return first.role == "heading" and SECTION_LABEL_RE.match(first.text.strip()) is not None and body.items[-1].ends


def _next_section(body: Element, label: Item, nxt: Element) -> bool:
    """Whether the bare ``label`` over body ``nxt`` opens the next section of the story whose first section is
    ``body`` (:func:`_first_section`): the label of the same kind as the one ``body`` opened with (bare or
    bracketed), and ``nxt`` no story's opening (no dateline, :data:`STORY_DATELINE_RE`) set in
    another column (a measure :data:`~textclean.clean.measures.OTHER_COLUMN_DIFF` or more away from the section's,
    each read from :data:`~textclean.clean.measures.MIN_TELLING_LINES` full lines or more). A story's sections run
    down its own columns; a short title over a body in another measure, or over a dateline, is the next story's.

    Before (a law page, review CR): ``案情`` / ``今年6月，…锁定了这名住户。`` (14 em) / ``醉驾获刑`` / ``2024年3月，
    王某酒后驾驶…`` (22 em): the next story's title became a heading of the case, its text the case's; so
    ``法院动态`` over ``本报讯 近日，…``. After, the short title heads an article of its own. Still joined (lay12
    fz-13): ``案情`` / ``今年4月，…`` (16 em) / ``法官说法`` / ``法院审理认为，…`` (14 em, beside a box).

    >>> mk = lambda *ts: Element("body", [Item(0, t, t, float(len(t)), False, False, "heading" if k == 0 and len(t) < 3
    ...     else "text") for k, t in enumerate(ts)], ts[0])
    >>> case = mk("案情", *["今年6月，某小区一住户与家"] * 4, "锁定了这名住户。")
    >>> wide = mk(*["2024年3月，王某酒后驾驶小型轿车行驶至某"] * 4, "切勿驾车。")
    >>> label = Item(0, "醉驾获刑", "醉驾获刑", 4.0, False, False)
    >>> _next_section(case, label, wide), _next_section(case, label, mk(*["法院审理认为，被告人从建"] * 4))
    (False, True)
    >>> _next_section(case, label, mk("本报讯 近日，市中级人民法院召开新闻发布会，"))
    False
    """
    if not _first_section(body) or label.text.startswith("【") != body.items[0].text.strip().startswith("【"):
        return False
    if STORY_DATELINE_RE.match(SPACES_RE.sub("", "".join(it.text for it in nxt.items[:MAX_DATELINE_LINES]))):
        return False  # (a story's opening)
    above, below = telling_widths(body.items), telling_widths(nxt.items)
    if min(len(above), len(below)) < MIN_TELLING_LINES:
        return True  # (a measure unknown)
    return abs(fuller_median(above) - fuller_median(below)) < OTHER_COLUMN_DIFF


def _is_label(el: Element) -> bool:
    """Whether ``el`` is one line of a section label's shape (:data:`SECTION_LABEL_RE`), not letter-spaced as display
    type is (a banner's ``健 康``), and no sidebar box's head (``知识链接``: a box of its own,
    :func:`~textclean.clean.runinpieces.is_box_head`)."""
    text = el.items[0].text.strip() if len(el.items) == 1 else ""
    return (
        SECTION_LABEL_RE.match(text) is not None
        and not LETTER_GAP_RE.search(el.items[0].raw.strip())
        and not is_box_head(text.strip("【】"))
    )


def _dateline_stub(body: Element) -> bool:
    """Whether ``body`` is a story's dateline and its one sentence: at most :data:`MAX_STUB_LINES` lines, the first
    opening a dateline, the last ending the sentence."""
    items = body.items
    return (
        len(items) <= MAX_STUB_LINES
        and DATELINE_OPENING_RE.match(items[0].text.strip()) is not None
        and items[-1].ends
        and sum(it.text.count("。") for it in items) == 1
    )
