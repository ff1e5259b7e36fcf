"""Lines -> items with roles: what each printed line is, from its shape alone.

A page is a sequence of printed lines separated by blank lines. Each
non-blank line becomes an :class:`Item` (repaired text, printed width, whether
a blank line stands before and after it) and gets a :data:`Role` from its
shape (box marker, column label, byline, closing note, attribution, text).
Also here: whether a line could be a headline, how far a pull-quote box and a
closing note extend, and how wide a column is. :mod:`textclean.clean.layout`
groups the items into :class:`Element` s.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from dataclasses import dataclass, field
from typing import Literal

from textclean.clean.bylines import ADMIN_PLACE, PROVINCE_RE, SIGNED_SHAPES, byline_names, closing_names, glyph_byline
from textclean.clean.chardata import (
    ATTRIBUTION_RE,
    BOX_GLYPHS,
    BOX_MARKER_RE,
    BRACKET_LABEL_RE,
    BYLINE_CREDIT_RE,
    BYLINE_RE,
    BYLINE_ROLE_RE,
    CLAUSE_PUNCT_RE,
    COLUMN_RE,
    DASHES,
    END_TAIL,
    NARROW_RE,
    NOTE_BODY_RE,
    NOTE_OPEN_RE,
    ends_sentence,
    set_width,
    text_width,
    width_with_wide_digits,
)
from textclean.clean.figureopen import opens_numbered
from textclean.clean.repair import HAS_SPACE_RE, repair_line
from textclean.clean.typesetting import (
    BODY_FULL_SHARE,
    FIRST_LINE_TOLERANCE,
    FULL_LINE_SLACK,
    INDENT,
    MAX_HEADLINE_WIDTH,
)
from textclean.models import Line

#: What a printed line is from its shape (:func:`shape_role`): ``marker`` opens a pull-quote box,
#: ``column`` is a column label, ``note`` opens a closing note; ``text`` is everything else. ``heading`` is given
#: later, to a section label read as a head and put back into its body (:mod:`~textclean.clean.sectionlabels`).
Role = Literal["text", "marker", "column", "byline", "note", "attribution", "heading"]
#: What a piece of layout is. ``run`` (text lines not yet split into headline and body lines) exists
#: only inside :func:`~textclean.clean.layout.page_elements`; ``kicker`` is given by
#: :mod:`~textclean.clean.assign` to a spare headline line or one over a title.
ElementKind = Literal["run", "body", "title", "subtitle", "kicker", "box", "byline", "column", "note"]
#: The element next to a run of text lines, as the headline/body split sees it: a kind, ``marker`` for a
#: box set right under the run (no blank line between), ``None`` at the page's edges.
Neighbour = ElementKind | Literal["marker"] | None

#: A headline line has at least this many characters (a lone character is a stray glyph).
MIN_HEADLINE_CHARS = 2
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
#: A line inside a body is headline material when it is this much (em) shorter than a paragraph's first
#: line (the column less :data:`INDENT`) would be: type sets widths loosely by about an em ...
HEAD_SHORTFALL = 1.5
#: ... or at least this much wider than the column (a head set across several columns).
HEAD_OVERHANG = 2.0
#: A line this much (em) short of its column, even with its digits set wide, is no full line (a paragraph's first
#: or last): justified lines end within :data:`~textclean.clean.typesetting.FULL_LINE_SLACK` of the column.
NOT_FULL_SHORTFALL = 1.5


@dataclass(slots=True)
class Item:
    """A non-blank printed line with its repaired text and shape."""

    no: int
    raw: str
    text: str
    width: float
    gap_before: bool
    gap_after: bool
    role: Role = "text"
    #: :func:`~textclean.clean.chardata.ends_sentence` of the text, worked out once (lines are asked often).
    ends: bool = field(init=False, repr=False, compare=False)
    _squeezed: float = field(default=-1.0, init=False, repr=False, compare=False)

    def __init__(
        self, no: int, raw: str, text: str, width: float, gap_before: bool, gap_after: bool, role: Role = "text"
    ) -> None:
        # what the dataclass's __init__ and a __post_init__ would do, in one call (a page makes hundreds of items)
        self.no = no
        self.raw = raw
        self.text = text
        self.width = width
        self.gap_before = gap_before
        self.gap_after = gap_after
        self.role = role
        self.ends = text[-1:] in END_TAIL and ends_sentence(text)  # (called only for a line that may end one)
        self._squeezed = -1.0

    @property
    def squeezed(self) -> float:
        """:func:`~textclean.clean.chardata.set_width` of the line, worked out once."""
        if self._squeezed < 0:
            self._squeezed = set_width(self.text, self.width)
        return self._squeezed


@dataclass(slots=True)
class Element:
    """A piece of page layout (one of :data:`ElementKind`): its lines and its text."""

    kind: ElementKind
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


def run_on(column: list[Item]) -> list[Item]:
    """``column``, a column's lines read back in order (``rowread.read_columns``), each set tight under the one
    before: the blank lines printed between lines read row by row parted rows, not the column's text (left so,
    each line looks like a head of its own: ``tests/clean/test_rowread.py``).

    Before (pdfminer, a commentary page read row by row): ``产党第十九次全国代表`` ∅ ``大会，是党和国家事业`` ∅ …, put
    back in one column, each still set apart as a one-line block: the layout took a column's first lines for a
    title; after, the column's lines are set tight, its first and last lines keep their blank lines.

    >>> col = [Item(k, t, t, 10.0, True, True) for k, t in enumerate(["产党第十九次全国代表", "大会，是党和国家事业"])]
    >>> [(it.gap_before, it.gap_after) for it in run_on(col)]
    [(True, False), (False, True)]
    """
    for upper, lower in itertools.pairwise(column):
        upper.gap_after = lower.gap_before = False
    return column


def make_items(lines: tuple[Line, ...] | list[Line]) -> list[Item]:
    """Non-blank lines as items, each knowing whether blank lines surround it.

    >>> from textclean.models import Line
    >>> [(i.no, i.text, i.gap_before, i.gap_after) for i in make_items([Line(0, "甲 乙 丙"), Line(1, ""), Line(2, "丁")])]
    [(0, '甲乙丙', True, True), (2, '丁', True, True)]
    """
    items: list[Item] = []
    prev_blank = True
    spaced, narrow = HAS_SPACE_RE.search, NARROW_RE.search
    for ln in lines:
        raw = ln.text
        if not raw or raw.isspace():  # Line.blank, without a property call per line
            prev_blank = True  # (the item above already has gap_after: only the next tight item unsets it)
            continue
        if not narrow(raw):  # every character a full em (most lines): no space to repair, as wide as long
            text, width = raw, float(len(raw))
        else:
            text = repair_line(raw) if spaced(raw) else raw  # (repair_line's own first test, without the call)
            if not text:
                prev_blank = True
                continue
            width = text_width(text)
        if not prev_blank:  # set tight under the item before
            items[-1].gap_after = False
        items.append(Item(ln.no, raw, text, width, prev_blank, True))
        prev_blank = False
    return items


#: Any of the patterns :func:`shape_role` tries: a line none of them matches (most lines) is text.
_ROLE_SHAPE_RE = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (
            BOX_MARKER_RE,
            BRACKET_LABEL_RE,
            COLUMN_RE,
            BYLINE_RE,
            BYLINE_ROLE_RE,
            BYLINE_CREDIT_RE,
            NOTE_OPEN_RE,
            ATTRIBUTION_RE,
            *SIGNED_SHAPES,
        )
    )
)


#: The start of a line that any of those patterns may match: a marker, a logo letter, a reporter's role, a bracket
#: or a dash, a media reporter's rank (``全媒体记者``); at most three characters; or two to four then a space or
#: ``、`` (a byline) or a paper's name's end (``经济日报记者``); or a reader's place (``西岭省青石县 ``). Most lines fail this one test, cheaper than the union
#: (the test for a byline's Han characters is slow). (The hyphen, last of :data:`~textclean.clean.chardata.DASHES`,
#: is a literal at a class's end.)
_MAY_SHAPE_RE = re.compile(
    f"[{BOX_GLYPHS}【A-Za-z本新特记通文图摄全融（({DASHES}]|.{{0,3}}$|.{{2,4}}(?:[ \u3000、]|[日晚时]报)|{PROVINCE_RE.pattern}"
    f"|{ADMIN_PLACE}(?:读者)?[ \u3000]",
    re.DOTALL,
)


@functools.lru_cache(maxsize=4096)  # (a line is asked by several rules, and pages repeat their heads)
def shape_role(text: str) -> Role:
    """The role a line has from its shape alone.

    >>> [shape_role(t) for t in ["●观点", "G 前沿观察", "苏炜 刘景芝", "（张菁 整理）", "——研究员 王文珍", "工会工作"]]
    ['marker', 'column', 'byline', 'note', 'attribution', 'text']
    >>> shape_role("【民情直通车】"), shape_role("【观点】")
    ('column', 'marker')
    >>> shape_role("（蒋悦哲）"), shape_role("（规范化）")
    ('note', 'text')
    >>> shape_role("（一）加强组织建设")
    'text'
    """
    if not _ROLE_SHAPE_RE.match(text):
        return "text"  # one match of the union instead of five that fail
    if BOX_MARKER_RE.match(text) and not glyph_byline(text):
        return "marker"
    if COLUMN_RE.match(text) or BRACKET_LABEL_RE.match(text):
        return "column"
    if byline_names(text) is not None:
        return "byline"
    if NOTE_OPEN_RE.match(text) and (NOTE_BODY_RE.match(text[1:]) or closing_names(text)):
        return "note"
    if ATTRIBUTION_RE.match(text):
        return "attribution"
    return "text"


def set_roles(items: list[Item]) -> None:
    """Give each item the role of its shape (:func:`shape_role`), calling it only for a line that may have one
    (:data:`_MAY_SHAPE_RE`: most lines are plain text).

    >>> items = [Item(0, t, t, 1.0, True, True) for t in ("●观点", "工会工作")]
    >>> set_roles(items)
    >>> [it.role for it in items]
    ['marker', 'text']
    >>> lines = ["●观点", "G 前沿观察", "苏炜 刘景芝", "王玲", "张菁、李华", "本报记者 柳朗澜", "新华社记者", "（张菁 整理）",
    ...          "(作者系)", "——研究员 王文珍", "──王文珍", "--王文珍", "工会工作", "工会工作\\n", "推进改革。", "经济日报记者 曹鹏晓"]
    >>> all(_MAY_SHAPE_RE.match(t) for t in lines if _ROLE_SHAPE_RE.match(t))
    True
    """
    shaped = _MAY_SHAPE_RE.match
    for it in items:
        it.role = shape_role(it.text) if shaped(it.text) else "text"


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


def box_end(items: list[Item], start: int) -> int:
    """Index one past the last line of the pull-quote box whose marker is ``items[start]``.

    The box is set narrow: its lines run until one ends a sentence, and go
    on past that only for the rest of a second sentence set as narrow (see
    :func:`_box_remainder`). A line much wider than the box's first ends it,
    unless it is a lone ragged line: the quote's sentence goes on, narrow
    again, on the next line (:func:`_ragged_box_line`).

    >>> mk = lambda t, role="text": Item(0, t, t, float(len(t)), True, True, role)
    >>> box = [mk("●观点", "marker"), mk("要把学习宣传贯彻党"), mk("的二十大精神作为首要任务。")]
    >>> box_end([*box, mk("习近平总书记关于工人阶级和工会工作的重要论述")], 0)
    3
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
        if it.ends:
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
        not items[j].ends
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
        if items[k].ends:
            return k + 1 - j if not narrow(k + 1) else 0
    return 0


def note_end(items: list[Item], start: int) -> int:
    """Index one past the last line of the closing note that opens at ``items[start]``: where its bracket closes.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> note_end([mk("（作者单位："), mk("中国工运研究所）"), mk("工会工作")], 0)
    2
    """
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
    return fuller_median([it.width for it in items])


def fuller_median(widths: list[float]) -> float:
    """The median of the widths at least :data:`BODY_FULL_SHARE` of the widest (0 for none): a column's width.

    >>> fuller_median([18, 19, 9]), fuller_median([])
    (18.5, 0.0)
    """
    return _fuller_median_of(sorted(widths)) if widths else 0.0


def _fuller_median_of(ordered: list[float]) -> float:
    """:func:`fuller_median` of widths already in order (at least one)."""
    first = bisect.bisect_left(ordered, BODY_FULL_SHARE * ordered[-1])  # the first fuller width
    # statistics.median of ordered[first:], without its call overhead (this runs for every window)
    size = len(ordered) - first
    mid = first + size // 2
    return float(ordered[mid]) if size % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def set_column(items: list[Item]) -> float:
    """:func:`body_column` of the lines' widths with their punctuation squeezed (:func:`set_width`).

    >>> set_column([Item(0, "", t, float(len(t)), True, True) for t in ("甲乙丙丁，戊己", "甲乙丙丁戊己", "甲乙，丙丁，戊")])
    6.0
    """
    return fuller_median([it.squeezed for it in items])


def over_first_line(body: list[Item], j: int, below: tuple[float, float]) -> bool:
    """The line under ``body[j]`` is a paragraph's first line (indented from ``below``, a full line under it, or
    opening with a number: :func:`~textclean.clean.figureopen.opens_numbered`): ``body[j]``, which finishes
    no sentence, cannot be running text before it.

    Before (pdftotext, devpages cpc-19-03): ``…工作队伍。`` / ``实施乡村振兴战略`` / ``（四）实施区域协调发展`` /
    ``战略。``: the numbered section's first line, as wide as the column, did not tell the title above it from
    running text; after, the title is a head.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> over_first_line([mk("国际形势和我们的对外政策"), mk("乙" * 13), mk("乙" * 15)], 0, (15.0, 15.0))
    True
    >>> over_first_line([mk("国际形势和我们的对外政策"), mk("乙" * 15), mk("乙" * 15)], 0, (15.0, 15.0))
    False
    >>> over_first_line([mk("实施乡村振兴战略"), mk("（四）实施区域协调发展"), mk("战略。")], 0, (11.0, 11.0))
    True
    """
    squeezed, measured = below
    if not measured or j + 2 >= len(body):
        return False
    first, full = body[j + 1], body[j + 2]
    if first.role == "text" and opens_numbered(first.text, body[j].text, body[j].squeezed, squeezed):
        return True  # (a numbered paragraph or section opens under it, whatever its shape)
    if first.role != "text" or full.role != "text" or first.ends:
        return False
    indented = (
        first.squeezed >= squeezed - INDENT - FIRST_LINE_TOLERANCE
        and width_with_wide_digits(first.text, first.width) <= measured - NOT_FULL_SHORTFALL
    )
    return indented and width_with_wide_digits(full.text, full.width) >= squeezed - FULL_LINE_SLACK


def column_of(lines: list[Item]) -> tuple[float, float]:
    """The column the text lines among ``lines`` are set in, from those that end no sentence (a line that
    ends one may stop anywhere short): ``(squeezed, full)``, its width with the lines' punctuation squeezed
    (:func:`set_width`) and as measured; ``(0, 0)`` when no line tells.
    """
    full = [it for it in lines if it.role == "text" and not it.ends]
    if not full:
        return 0.0, 0.0
    # (a line's squeezed width once worked out read as is: this runs for every window of every body)
    squeezed = [it._squeezed if it._squeezed >= 0 else it.squeezed for it in full]
    widths = [it.width for it in full]
    squeezed.sort()  # (lists of its own, put in order in place)
    widths.sort()
    return _fuller_median_of(squeezed), _fuller_median_of(widths)


def measured_column(lines: list[Item]) -> float:
    """:func:`column_of`'s full width alone (``column_of(lines)[1]``), the lines' squeezed widths left unmeasured.

    >>> measured_column([Item(0, t, t, float(len(t)), True, True) for t in ("甲乙，丙丁", "甲乙丙丁戊", "甲。")])
    5.0
    """
    return fuller_median([it.width for it in lines if it.role == "text" and not it.ends])


def misfits_column(item: Item, column: tuple[float, float]) -> bool:
    """Whether ``item`` can be neither a paragraph's first line nor a full line of ``column`` (:func:`column_of`).

    Short: even with its digits set wide it falls short of a first line of
    the squeezed column; wide: even squeezed it overhangs the measured one.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> [misfits_column(mk(t), (12.0, 12.0)) for t in ("推进改革发展", "甲乙丙丁戊己庚辛壬癸", "甲" * 16)]
    [True, False, True]
    >>> misfits_column(mk("推进改革发展"), (0.0, 0.0))
    False
    """
    squeezed, measured = column
    if not measured:
        return False
    first_line = squeezed - INDENT - HEAD_SHORTFALL  # (its digits only widen a line: a wider one is no shorter)
    short = item.width <= first_line and width_with_wide_digits(item.text, item.width) <= first_line
    return short or item.squeezed >= measured + HEAD_OVERHANG
