"""One printed line holding a row of several columns -> the columns' lines.

pdftotext sometimes prints the lines of two or three side-by-side columns that
share a baseline as ONE line, the columns' lines separated by a single space:
``培养高素质的人才队伍，是国家 与经济社会发展和国家战略需要 才体制改革，大力培养造就高水``.
Left so, the text is scrambled (and the spaces read as spaces of the text).
:func:`split_joined_rows` splits such a line into its columns' lines, in row
order, as separate items: :func:`~textclean.clean.rowread.read_columns` then
reads them column by column, as it reads the rows pdfminer prints line by line.

A line is split only where every part is one column line of a measure the page
sets its body in (:func:`page_measures`): each part but the last is a full line
of that measure, a paragraph's last line (it ends a sentence) or its indented
first line (holding a clause mark or opening a dateline: a headline's half does neither); the last part
is any line no wider than the measure; and no part keeps a space of its own
after repair (:func:`~textclean.clean.repair.repair_line`: a letter-spaced
column line loses its spaces). The spaces of a byline (``本报记者 崔湄 王霏苓``), a
two-part headline (``大力发展社会事业 促进经济社会协调发展``) or a letter-spaced line
of one column (``体 系 ”“ 加 强``) part nothing that fits. A line set among rows of the same columns
(:func:`rows_in_a_stack`) is a row too, though it holds no clause mark or a word runs across its column break.
A wide line among rows may set a wide column beside narrow ones (13, 13, 13 and 26 em): its width one the page's
wide lines share (:func:`span_measures`), each of its lines one piece and full (:func:`wide_rows`).
A column line set letter-spaced (``从 产 业 基 础 的。只要坚定信``) is a full line short of its measure
(:func:`~textclean.clean.columnlines.stretched_line`), and a row holding one may hold no clause mark
(:func:`_may_be_running`); the measures of pages of six or seven narrow columns (5 to 7 em) are counted apart
(:func:`~textclean.clean.rowmeasures.narrow_measures`).
"""

from __future__ import annotations

import itertools
import math
import operator
import re
from collections import Counter

from textclean.clean.chardata import (
    CLAUSE_PUNCT_RE,
    leaves_bracket_open,
    text_width,
)
from textclean.clean.columnlines import (
    GLYPH_PIECE,
    HALF_EM,
    NO_LINE_END,
    NO_LINE_START,
    holds_together,
    in_a_number,
    line_ends,
    may_part_lines,
    piece_width,
)
from textclean.clean.mixedrows import mixed_parts
from textclean.clean.numbergaps import backed_number_gap, beside_number, wider_than_measures, with_number_gaps
from textclean.clean.repair import repair_line
from textclean.clean.roles import Item, shape_role
from textclean.clean.rowmeasures import (
    HALF_UP,
    MIN_MEASURE,
    apart_from_rows,
    cell_measures,
    line_widths,
    page_measures,
)
from textclean.clean.typesetting import FULL_LINE_SLACK

#: A piece wider than a glyph's (:data:`GLYPH_PIECE`) holds a run of this many characters other than a space.
_WIDE_PIECE_RE = re.compile(f"[^ ]{{{GLYPH_PIECE + 1}}}")
#: A letter-spaced run admitting a row that holds no clause mark holds at least this many glyphs (or spaced
#: numbers): a column line set loose, which a row holding it parts from the next column's line though neither holds
#: a clause mark. A letter-spaced kicker or label set before a headline's half holds 2 to 4 (``记 者 手 记 让数据多
#: 跑路``, ``一 线 视 角 聚焦基层治理``: parted beside rows of 6-em columns as a 4-em full line); the rows so parted on
#: the devpages and the studied families hold 5 to 12 (``用 好 红 色 资 物背后的人物和细``).
SPACED_RUN_GLYPHS = 5
_SPACED_UNIT = f"(?:[^ ]{{1,{GLYPH_PIECE}}}|[0-9][0-9.,%]*)"
_SPACED_RUN_RE = re.compile(f"(?:^| )(?:{_SPACED_UNIT} ){{{SPACED_RUN_GLYPHS - 1}}}{_SPACED_UNIT}(?: |$)")
#: How many lines above or below a line a row of columns is looked for (:func:`rows_in_a_stack`): the next row of
#: the same columns, or the one after where a column beside them prints its line in between (LAY2 lay2-005).
STACK_REACH = 2
#: How many lines above or below a line parted by looser rules (:func:`wide_rows`, :func:`mixed_rows`) another row is
#: looked for: a line more than :data:`STACK_REACH`, as pdftotext prints a row's lines after a short one (a
#: paragraph's last line, a head's) apart, a printed line each. Measured on pdftotext (3 against 2): body CER lay15
#: .543 -> .539, lay16 .670 -> .668, lay17 .494 -> .478, lay18 .452 -> .450, lay19 .407 -> .408, lay20 flat, the
#: devpages unchanged; article recall +1 on lay16, lay17 and lay19, -1 on lay15, -2 on lay20 (4 for the stacked
#: rows too, :func:`rows_in_a_stack`: they stay at :data:`STACK_REACH`, a headline's halves split on lay15).
LOOSE_REACH = 3
#: A line at least this many full lines of a measure wide is no line of it (:func:`wide_rows`): two columns' at least.
WIDE_ROW_LINES = 2
#: A width wider than every measure is a wide column's (:func:`span_measures`: an article set across two or three of
#: the grid's columns beside narrow ones, 13, 13, 13 and 26 em in one row) where at least this many pieces of the
#: page's wide lines are that wide: a wide column's lines run down the page row after row, a headline is one.
SPAN_LINES = 3
#: A wide column is at least this many times as wide as the narrow ones beside it (the grid's two columns and the
#: gutter: 26 em beside 13, 21 beside 12): measures closer than that are one grid's lines set loose or tight.
SPAN_RATIO = 1.5
#: A row parted into narrow and wide columns' lines holds at least this many (:func:`_wide_parts`).
SPAN_PARTS = 3
#: A line's printed text, as :class:`~textclean.clean.roles.Item` holds it (read in C).
RAW = operator.attrgetter("raw")


def split_joined_rows(items: list[Item]) -> list[Item]:
    """``items`` with each line that holds a row of several columns' lines split into them, in row order
    (:func:`column_parts`); the parts keep the line's number, the blank lines around it go to the first and last.
    A line whose :func:`~textclean.clean.roles.shape_role` is other than text (a byline, an
    attribution: ``——中国劳动关系学院校长、党委副书记 傅德印``) is one line, whatever its width.

    Before (pdftotext, LAY lay-022): ``业培训和公共就业服务工作。加 标准提高到每人每年240元。全``; after:
    ``业培训和公共就业服务工作。加`` / ``标准提高到每人每年240元。全``.

    >>> mk = lambda t: Item(0, t, t, text_width(t), True, True)
    >>> page = [mk("甲" * 14)] * 6 + [mk("业培训和公共就业服务工作。加 标准提高到每人每年240元。全"), mk("本报记者 崔湄 王霏苓")]
    >>> [it.text for it in split_joined_rows(page)[6:]]
    ['业培训和公共就业服务工作。加', '标准提高到每人每年240元。全', '本报记者 崔湄 王霏苓']
    """
    spaced = list(itertools.compress(enumerate(items), map(operator.contains, map(RAW, items), itertools.repeat(" "))))
    joined = [  # (the lines holding a space found in C first: most hold none)
        (k, it)
        for k, it in spaced
        if it.width > MIN_MEASURE + FULL_LINE_SLACK and _may_part_anywhere(it.raw) and shape_role(it.text) == "text"
    ]
    if not joined and not any(it.width > WIDE_ROW_LINES * MIN_MEASURE for _, it in spaced):
        return items  # (no line wider than a column may part into columns' lines: most pages)
    ems = line_widths(items)
    measures = page_measures(items, ems)
    if not measures:
        return items
    apart, wide = apart_from_rows(items), [m for m in measures if m >= MIN_MEASURE]  # (a head: no narrow measure)
    found = ((k, column_parts(it.raw, wide if k in apart else measures)) for k, it in joined)  # (numbergaps)
    cuts = {k: parts for k, parts in found if parts and backed_number_gap(items, k, parts, measures, may_part_lines)}
    alone = {k for k in cuts if items[k].gap_before and items[k].gap_after}
    split = {k: parts for k, parts in cuts.items() if k not in alone or column_parts(items[k].raw, measures, True)}
    if cuts:
        split |= rows_in_a_stack(items, split, measures, {k: cuts[k] for k in alone if k not in split})
    split |= wide_rows(items, split, measures)
    split |= mixed_rows(items, split, cell_measures(items, ems))
    if not split:
        return items  # (no line parts into the measures' lines: most pages whose lines were looked at)
    out: list[Item] = []
    for k, it in enumerate(items):
        parts = split.get(k)
        if not parts:
            out.append(it)
            continue
        last = len(parts) - 1
        for k, part in enumerate(parts):
            text = repair_line(part)
            gap_before, gap_after = it.gap_before and k == 0, it.gap_after and k == last
            out.append(Item(it.no, part, text, text_width(text), gap_before, gap_after))
    return out


def rows_in_a_stack(
    items: list[Item], split: dict[int, list[str]], measures: list[int], aside: dict[int, list[str]] | None = None
) -> dict[int, list[str]]:
    """The lines of ``items`` (by index) not in ``split`` that part into as many columns' lines of a measure as a
    row of ``split`` or of ``aside`` (rows :func:`column_parts` parts but that stand between blank lines) within
    :data:`STACK_REACH` lines above or below them (:func:`_stacked_parts`), found again from the rows so found
    until none is added. pdftotext prints a row of columns after a row of the same columns (the
    lines of a column beside them may come between), so a line among such rows that parts into their columns'
    lines is one more: it is split though it holds no clause mark, a word or a number runs across its column
    break, or it stands between blank lines (a page that prints a blank line after most lines). A headline's halves
    or a byline stand on their own, away from such rows. A line printed tight under the one above may open with a
    paragraph's indented first line that holds no clause mark (``红色资源是党 文物普查，新认定``; ``line_ends``,
    ``indented``): a line after a blank line may be a head's.

    Before (pdftotext, LAY2 lay2-015), between rows of two 14-em columns: ``固定资产投资规模要大体维持在
    要把重点放在为生产和生活服务`` (no clause mark) read as one line; after: its two columns' lines.

    >>> mk = lambda t: Item(0, t, t, text_width(t), False, False)
    >>> page = [mk("甲" * 14)] * 6 + [mk("固定资产投资规模要大体维持在 要把重点放在为生产和生活服务")]
    >>> rows_in_a_stack(page, {5: ["甲" * 14, "甲" * 14]}, [14])
    {6: ['固定资产投资规模要大体维持在', '要把重点放在为生产和生活服务']}
    >>> rows_in_a_stack(page, {3: ["甲" * 14, "甲" * 14]}, [14])
    {}
    """
    found: dict[int, list[str]] = {}
    rows = {k: (_measure_of(parts, measures), len(parts)) for k, parts in (split | (aside or {})).items()}
    todo = [k for k, it in enumerate(items) if k not in split and _may_be_a_row(it)]
    apart, wide = apart_from_rows(items), [m for m in measures if m >= MIN_MEASURE]  # (a head: no narrow measure)
    while todo:
        new = {
            k: cut
            for k in todo
            if (cut := _stacked_parts(items[k].raw, k, rows, wide if k in apart else measures, not items[k].gap_before))
        }
        if not new:
            break
        found |= {k: parts for k, (parts, _) in new.items()}
        rows |= {k: (measure, len(parts)) for k, (parts, measure) in new.items()}
        todo = [k for k in todo if k not in new]
    return found


def wide_rows(items: list[Item], split: dict[int, list[str]], measures: list[int]) -> dict[int, list[str]]:
    """The lines of ``items`` (by index) not in ``split`` too wide for one column line (wider than every measure
    and :data:`WIDE_ROW_LINES` full lines of one or more) parted into its lines by looser rules
    (:func:`line_ends`, ``loose``): a break may fall next to a number, in a word or inside a quote
    (:func:`_may_part_wide`: the columns' texts are unrelated, so a quote one column opens and one the next
    column's line closes fool the bracket test), an indented first line need hold no clause mark, and the first
    and last part may hold spaces (a byline opening the row, a box's line closing it). Kept where another row
    (of ``split`` or of these) stands within :data:`LOOSE_REACH` lines: a lone wide line parted is no more read
    in order than whole.

    Before (pdftotext, five 13-em columns): ``出口总值138亿元，同比增长 机电产品和劳动密集型产 开行国际货运班列76列，
    实现 …`` (an indented first line without a clause mark, a break next to a number) as one line; after: its
    columns' lines.

    >>> mk = lambda t: Item(0, t, t, text_width(t), False, False)
    >>> row = mk("出口总值138亿元，同比增长 机电产品和劳动密集型产 开行国际货运班列76列，实现")
    >>> wide_rows([row, row], {}, [13])[0]
    ['出口总值138亿元，同比增长', '机电产品和劳动密集型产', '开行国际货运班列76列，实现']
    >>> wide_rows([row, mk("甲")], {}, [13]), sorted(wide_rows([row, mk("甲"), mk("乙"), row], {}, [13]))
    ({}, [0, 3])
    """
    widest = max(measures) + FULL_LINE_SLACK
    found: dict[int, list[str]] = {}
    wide = span_measures(items, widest)
    tries = [(m, 0) for m in measures] + [(m, w) for m in measures for w in wide if w >= SPAN_RATIO * m]
    apart, head_tries = apart_from_rows(items), [(m, w) for m, w in tries if m >= MIN_MEASURE]  # (a head: no narrow)
    for k, it in enumerate(items):
        if k in split or it.width <= widest or not _may_be_a_row(it):
            continue  # (most lines: no wider than a column's)
        if parts := _wide_parts(it.raw.split(), head_tries if k in apart else tries):
            found[k] = parts
    return _kept_near(items, split, found, widest)


def mixed_rows(items: list[Item], split: dict[int, list[str]], measures: list[int]) -> dict[int, list[str]]:
    """The lines of ``items`` (by index) not in ``split`` that part into columns' lines of different ``measures``
    (:func:`cell_measures`; :func:`~textclean.clean.mixedrows.mixed_parts`), kept where another row (of ``split`` or of these) stands
    within :data:`LOOSE_REACH` lines: a mosaic's cells print their rows in stacks, a headline or a byline alone.

    >>> mk = lambda t: Item(0, t, t, text_width(t), False, False)
    >>> row = mk("在机器人社团，学生们正在调试自己编写 公司，担任销售员。入职时，公")
    >>> mixed_rows([row, row], {}, [18, 14])[1]
    ['在机器人社团，学生们正在调试自己编写', '公司，担任销售员。入职时，公']
    >>> mixed_rows([row, mk("甲")], {}, [18, 14])
    {}
    """
    if not measures:
        return {}  # (a page of narrow columns alone: no cell measure, rowmeasures.narrow_measures)
    spaced = itertools.compress(enumerate(items), map(operator.contains, map(RAW, items), itertools.repeat(" ")))
    found = {  # (the lines holding a space found in C first: a row holds one, most lines none)
        k: parts
        for k, it in spaced
        if k not in split and _may_be_a_row(it) and (parts := mixed_parts(it.raw, measures))
    }
    return _kept_near(items, split, found, max(measures, default=0) + FULL_LINE_SLACK)


def _kept_near(
    items: list[Item], split: dict[int, list[str]], found: dict[int, list[str]], widest: float
) -> dict[int, list[str]]:
    """The lines of ``found`` (:func:`wide_rows`, :func:`mixed_rows`) kept: another row (of ``split`` or ``found``)
    within :data:`STACK_REACH` lines, or within :data:`LOOSE_REACH` where the line reads as a row's
    (:func:`loose_row_line`) and, where it ends on a clause mark, the lines between are no wider than ``widest`` (a
    column's lines printed apart; a sentence running on into a line wider than every measure is a wide block's,
    say a lead set across two columns). Page-foot fields between wide foot lines stay parted (lay17 pdftotext body
    CER .486 parted, .491 whole)."""
    rows = split.keys() | found.keys()

    def near(k: int, reach: int) -> bool:
        return any(j in rows for j in range(k - reach, k + reach + 1) if j != k)

    def near_loose(k: int) -> bool:
        runs_on = CLAUSE_PUNCT_RE.fullmatch(items[k].text.rstrip()[-1:]) is not None
        return any(
            j in rows and not (runs_on and any(items[i].width > widest for i in range(min(j, k) + 1, max(j, k))))
            for j in range(k - LOOSE_REACH, k + LOOSE_REACH + 1)
            if abs(j - k) > STACK_REACH
        )

    return {k: v for k, v in found.items() if near(k, STACK_REACH) or (near_loose(k) and loose_row_line(items[k], v))}


def loose_row_line(it: Item, parts: list[str]) -> bool:
    """Whether a line parted into ``parts`` with a row no nearer than :data:`LOOSE_REACH` lines reads as a row's:
    after a blank line, only one holding a clause mark (a two-part headline holds none: ``全省教育工作会议提出
    今年新增公办学位5.2万个`` over its byline). A page's foot or masthead fields (``本版编辑：苗青 校对：刘畅``) stay
    parted: each field read alone is known as furniture (lay17 pdftotext body CER .491 whole, .486 parted).

    >>> mk = lambda t, before: Item(0, t, t, 20.0, before, False)
    >>> loose_row_line(mk("本报讯 3月6日，全省2026 项目是经济", True), ["本报讯 3月6日，全省2026", "项目是经济"])
    True
    >>> loose_row_line(mk("全省教育工作会议提出 今年新增公办学位5.2万个", True), ["全省教育工作会议提出", "今年新增公办学位5.2万个"])
    False
    >>> loose_row_line(mk("累计为企业和群众解决疑 展电子营业执照应用场", False), ["累计为企业和群众解决疑", "展电子营业执照应用场"])
    True
    """
    return not it.gap_before or bool(CLAUSE_PUNCT_RE.search(it.text))


def _wide_parts(pieces: list[str], tries: list[tuple[int, int]]) -> list[str] | None:
    """The columns' lines of a wide line's ``pieces`` (:func:`wide_rows`) by the first of ``tries`` that parts it:
    ``(measure, 0)`` lines of one measure, ``(measure, span)`` lines of a measure and a wide column's full lines
    beside them, then at least :data:`SPAN_PARTS` lines, one a full line of the narrow measure (a head and a
    line beside it, or two lines of two widths, may part so by chance; a row of several columns hardly).

    >>> _wide_parts(["甲" * 13, "乙" * 12, "丙" * 26], [(13, 0), (13, 26)])
    ['甲甲甲甲甲甲甲甲甲甲甲甲甲', '乙乙乙乙乙乙乙乙乙乙乙乙', '丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙']
    >>> _wide_parts(["实验室里的成", "代耕代种等社会化服务模式，"], [(13, 0), (6, 13)]) is None
    True
    """
    widths = list(map(piece_width, pieces))
    for measure, span in tries:
        if sum(widths) < WIDE_ROW_LINES * measure - FULL_LINE_SLACK:
            continue
        ends = line_ends(pieces, widths, measure, 0, False, {}, _may_part_wide, loose=True, span=span)
        if not ends:
            continue
        parts = [" ".join(pieces[a:b]) for a, b in zip([0, *ends], ends, strict=False)]
        if not span or (len(parts) >= SPAN_PARTS and any(_is_full(p, measure) for p in parts)):
            return parts
    return None


def _is_full(part: str, measure: int) -> bool:
    """Whether column line ``part`` is a full line of ``measure`` (within :data:`FULL_LINE_SLACK`, a half em over)."""
    return measure - FULL_LINE_SLACK <= text_width(repair_line(part)) <= measure + HALF_EM


def span_measures(items: list[Item], widest: float) -> list[int]:
    """The widths (em, rounded) of the page's wide columns, most common first: widths over ``widest`` (every
    measure's) that at least :data:`SPAN_LINES` pieces of its lines (parted by spaces) share.

    >>> mk = lambda t: Item(0, t, t, text_width(t), False, False)
    >>> span_measures([mk("甲" * 12 + " " + "乙" * 26)] * 3 + [mk("丙" * 20)] * 2, 13.0)
    [26]
    """
    wide = (w for it in items if it.width > widest for w in map(text_width, it.raw.split()) if w > widest)
    ems = Counter(math.floor(w + HALF_UP) for w in wide)
    return [w for w, n in ems.most_common() if n >= SPAN_LINES]


def _may_part_wide(before: str, after: str) -> bool:
    """Whether the space between ``before`` and ``after`` may part two columns' lines of a line too wide for one
    (:func:`wide_rows`): anywhere but between letter-spaced glyphs and next to a mark no line ends or opens on.

    >>> _may_part_wide("企业“出", "了，越来越看好这片热土，”尹"), _may_part_wide("还要继续", "332列"), _may_part_wide("确", "保")
    (True, True, False)
    """
    if len(before) <= GLYPH_PIECE and (len(after) <= GLYPH_PIECE or in_a_number(before, after)):
        return False
    return before[-1] not in NO_LINE_END and after[0] not in NO_LINE_START


def _measure_of(parts: list[str], measures: list[int]) -> int | None:
    """The first of ``measures`` whose column lines ``parts`` are: none wider, one full (as :func:`column_parts`
    parts a line).

    >>> _measure_of(["甲" * 9, "乙" * 9], [14, 9]), _measure_of(["甲" * 9, "乙" * 5], [14, 11])
    (9, None)
    """
    widths = [text_width(repair_line(p)) for p in parts]
    for measure in measures:
        if max(widths) <= measure + HALF_EM and max(widths) >= measure - FULL_LINE_SLACK:
            return measure
    return None


def _may_be_a_row(it: Item) -> bool:
    """Whether ``it`` may hold a row of several columns' lines set among other such rows: a line wider than a
    column holding a space next to a piece wider than a glyph, and no head by its shape (a byline)."""
    raw = it.raw.strip()
    return (
        " " in raw
        and it.width > MIN_MEASURE + FULL_LINE_SLACK
        and _WIDE_PIECE_RE.search(raw) is not None
        and shape_role(it.text) == "text"
    )


def _stacked_parts(
    raw: str, k: int, rows: dict[int, tuple[int | None, int]], measures: list[int], indented: bool = False
) -> tuple[list[str], int] | None:
    """The columns' lines of ``raw`` (line ``k``) where it parts into as many of a measure as a row of ``rows``
    within :data:`STACK_REACH` lines of it: :func:`line_ends` with only :func:`holds_together` and letter
    spacing keeping pieces in one line (a column break may fall in a word or next to a number), and no part
    leaving a bracket or a quote open; ``indented``: the first part may be an indented first line holding no clause
    mark (:func:`~textclean.clean.columnlines.indent_short`)."""
    near = {rows[j] for j in range(k - STACK_REACH, k + STACK_REACH + 1) if j in rows and j != k}
    if not near:
        return None
    pieces = raw.split()
    widths = list(map(piece_width, pieces))
    for measure in measures:
        if sum(widths) <= measure + FULL_LINE_SLACK:
            continue  # (the whole line fits one column line)
        ends = line_ends(pieces, widths, measure, 0, False, {}, _may_part_in_a_row, indented=indented)
        if ends and (measure, len(ends)) in near:
            parts = [" ".join(pieces[a:b]) for a, b in zip([0, *ends], ends, strict=False)]
            if not any(map(leaves_bracket_open, parts)):
                return parts, measure
    return None


def _may_part_in_a_row(before: str, after: str) -> bool:
    """Whether the space between ``before`` and ``after`` may part two columns' lines of a row set among other
    rows: not between letter-spaced glyphs (both of at most :data:`GLYPH_PIECE` characters), nor where no line
    breaks (:func:`holds_together`).

    >>> _may_part_in_a_row("统配钢材，集中投放到指定", "价返还"), _may_part_in_a_row("确", "保"), _may_part_in_a_row("农业“", "八")
    (True, False, False)
    """
    if len(before) <= GLYPH_PIECE and (len(after) <= GLYPH_PIECE or in_a_number(before, after)):
        return False  # (a letter-spaced line spaces its numbers off too: ``增 加 。 2147个 县``)
    return not holds_together(before, after)


def _may_part_anywhere(raw: str) -> bool:
    """Whether ``raw`` may hold several columns' lines, as far as that can be told without the page's measures:
    it holds a space, a clause mark (:func:`column_parts`) and a space that may part two columns' lines
    (:func:`may_part_lines`: :func:`column_parts` parts it nowhere else). A letter-spaced line holds none such: most
    lines with spaces are passed over before the page's measures are counted (:func:`page_measures`).

    >>> _may_part_anywhere("培养高素质的人才队伍，是国家 与经济社会发展"), _may_part_anywhere("建 强 用 好 ， 推 进 工 作")
    (True, False)
    """
    if " " not in raw.strip() or not _may_be_running(raw) or not _WIDE_PIECE_RE.search(raw):
        return False  # (the cheap tests first: a letter-spaced line's pieces are glyphs)
    pieces = raw.split()
    wide = list(map(GLYPH_PIECE.__lt__, map(len, pieces)))  # (a space between glyphs parts nothing: most of them)
    near_wide = itertools.compress(itertools.count(), map(operator.or_, wide, wide[1:]))
    return any(may_part_lines(a, b) or beside_number(a, b) for a, b in (pieces[k : k + 2] for k in near_wide))


def _may_be_running(raw: str) -> bool:
    """Whether ``raw`` may hold running text's lines: a clause mark (running text holds one every line or two, a
    headline's halves none) or a letter-spaced run (:data:`_SPACED_RUN_RE`: a column line set loose, a headline's
    halves are not).

    >>> _may_be_running("用 率 由 62% 提 高 到 三省普遍设立了智"), _may_be_running("大力发展社会事业 促进经济社会协调发展")
    (True, False)
    >>> _may_be_running("记 者 手 记 让数据多跑路 群众少跑腿"), _may_be_running("Apple iPhone 17 Pro 售价 7999 元")
    (False, False)
    """
    return CLAUSE_PUNCT_RE.search(raw) is not None or _SPACED_RUN_RE.search(raw) is not None


def column_parts(raw: str, measures: list[int], alone: bool = False) -> list[str] | None:
    """The column lines ``raw`` holds, read across at its spaces, or ``None`` when it is one line: the first
    of ``measures`` (most common first) for which the pieces between spaces group into two or more parts, each
    a column line of that measure (:func:`line_ends`) and at least one of them full. A line as wide as one of
    the measures parts only into plain parts (:func:`_plain_parts`) and only where it is set tight against the
    text around it: ``alone`` (blank lines before and after it), it is a head set on its own, such as a two-part
    headline whose halves hold enumeration commas (measured: the one such line split on LAY2 pdfminer was one).
    A space next to a number parts two full lines only in a line wider than every main measure (:mod:`.numbergaps`).

    >>> column_parts("培养高素质的人才队伍，是国家 与经济社会发展和国家战略需要 才体制改革，大力培养造就高水", [14])
    ['培养高素质的人才队伍，是国家', '与经济社会发展和国家战略需要', '才体制改革，大力培养造就高水']
    >>> column_parts("系 ， 加 强 对 劳 务 派 遣 的 规 范 管 助试点范围。巩固完善基本药物", [14])
    ['系 ， 加 强 对 劳 务 派 遣 的 规 范 管', '助试点范围。巩固完善基本药物']
    >>> column_parts("大力发展社会事业 促进经济社会协调发展", [10]), column_parts("本报记者 崔湄 王霏苓", [14])
    (None, None)
    >>> column_parts("体 系 ”“ 加 强 工 会 法 治 宣 传", [14]), column_parts("劳模工匠进学校 思政教师进企业", [14, 8])
    (None, None)
    """
    pieces = raw.split()
    if len(pieces) < 2 or not measures or not _may_be_running(raw):
        return None  # (running text holds a clause mark every line or two: a headline's halves none)
    widths = list(map(piece_width, pieces))
    total = sum(widths)
    spaced = _WIDE_PIECE_RE.search(raw) is not None  # (a column line not letter-spaced: a letter-spaced one is full)
    spaced_within = any(m - FULL_LINE_SLACK <= total <= m + FULL_LINE_SLACK for m in measures)
    wide = wider_than_measures(total, measures)  # (a space next to a number may part full lines: numbergaps.py)
    for measure in measures:
        if total <= measure + FULL_LINE_SLACK:
            continue  # (the whole line fits one column line)
        ends = line_ends(
            pieces,
            widths,
            measure,
            0,
            False,
            {},
            with_number_gaps(may_part_lines, measure) if wide else None,
            spaced=spaced,
        )
        if ends:
            parts = [" ".join(pieces[a:b]) for a, b in zip([0, *ends], ends, strict=False)]
            return None if spaced_within and (alone or not _plain_parts(parts)) else parts
    return None


def _plain_parts(parts: list[str]) -> bool:
    """Whether ``parts``, found in a line as wide as one of the page's measures (it may be a full line of that
    column, spaced within), still read as columns' lines: each part one run without a space, none leaving a
    bracket or quote open. A line of one column holds a space in a letter-spaced stretch (``动 ， 打 造 “ 智 慧 工 会
    ”。要 以 走 好``) or inside a quoted phrase (``用好“劳模工匠进学校 思政教师进``); where the page sets columns of
    half a measure side by side (LAY2 lay2-005: 9 em beside 18 em), two of them share a row: ``作。国务院准备陆续
    一步推动群众制订街``.

    >>> _plain_parts(["作。国务院准备陆续", "一步推动群众制订街"]), _plain_parts(["干部队伍。用好“劳模工匠进学校", "思政教师进"])
    (True, False)
    >>> _plain_parts(["动 ， 打 造 “ 智 慧 工 会 ”。要", "以 走 好"])
    False
    """
    return not any(" " in p or leaves_bracket_open(p) for p in parts)
