"""Stretches of columns read row by row: their order across the page, and one stretch going on in the next.

pdftotext prints a row of side-by-side columns that share a baseline as one line, left to right
(:func:`~textclean.clean.joinedrows.split_joined_rows` parts it into the columns' lines, each keeping the printed
line's number): the order of those pieces is the order of the columns across the page (:func:`pieces_ahead`), which
:func:`~textclean.clean.rowread.read_columns` keeps when it puts a stretch's columns back one after another. Where
a row pdftotext could not part (a head of another story printed on the same baseline) cuts one story's columns in
two stretches, each column of the upper stretch goes on in the column at its place in the lower one
(:func:`stitch_bands`).
"""

from __future__ import annotations

import itertools
import re
import statistics
from collections import Counter

from textclean.clean.chardata import DATELINE_OPENING_RE, HAN, is_person_name
from textclean.clean.junctions import junction
from textclean.clean.roles import Item
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT, INDENTED_LINE

#: Lines read between two stretches (a row pdftotext printed as one line it could not part, a head of a line or
#: two, a dateline) that may still part one stretch's columns (:func:`stitch_bands`): a head and the opening of a
#: story beside the columns hold a few; farther apart, the stretches are other stories'. 4 and 8 read the same on
#: the lay6 / lay7 / lay9 dev pages (pdftotext), 16 a little worse on lay6 (body CER .683 -> .684, 4 extras more).
MAX_BETWEEN = 8
#: How well (log odds, :func:`break_fit` summed) the breaks from a stretch's columns into the next one's must read
#: for each column to go on in the next: a sentence running on or a paragraph opening at most of them. Measured
#: (pdftotext dev pages, body CER lay6 / lay9, lay6 titles): no stitching .700 / .383, .121; 0 .688 / .386, .134;
#: 1 .683 / .384, .138; 2 .680 / .383, .121; lay7 and lay8 move by .001 at most.
STITCH_MIN = 1.0
#: Printed lines that must put one column of a stretch left of another (:func:`pieces_ahead`) for the columns to be
#: read in that order: a body column runs down a dozen lines or more beside its neighbour, while a run-in head and
#: its text, or a head beside a column's line, share one to three. Measured (pdftotext dev pages of lay6 / lay7 /
#: lay8 / lay9, body CER; the order as read .763 / .616 / .456 / .401): .694 / .590 / .441 / .393 at 1 (lay9
#: titles .354 -> .310), .691 / .589 / .442 / .383 at 3, .683 / .582 / .444 / .384 at 4 (titles .342),
#: .703 / .580 / .445 / .385 at 6.
MIN_ROWS_AHEAD = 4
#: How many times more printed lines must put one column of a stretch left of another than the other way round
#: for the columns to be read in that order (:func:`~textclean.clean.rowread.read_columns`): where rowread's
#: columns mix two printed columns (a line of one read into the other's, a head's lines dealt between them), the
#: pieces tell both orders and neither is the page's. Measured (pdftotext dev pages, lay8 / lay9 titles and body
#: CER): any majority 52 / 54 of 185 / 158, .444 / .378; 3 times: 53 / 55, .446 / .382 (lay6 / lay7 .002 / .000).
AHEAD_RATIO = 3.0
#: How much wider than the stretches' median line a line read between them must be to be a row pdftotext printed
#: as one line it could not part (two columns' pieces and the gap between them) in :func:`may_part_one_story`: a
#: column's own lines run to its measure and a few em past it at most (a line's slack, a hanging mark), and a row
#: holds at least one column's piece and a few characters of the next (the shortest piece beside a column's line:
#: a short last line of a paragraph, about a third of a line), so 1.3 columns tells a row from a column's line.
#: 1.2, 1.3 and 1.5 read the same on the lay6-lay9 dev pages (pdftotext). A one-line headline set across two
#: columns is as wide: :func:`unsplit_row` tells them apart.
JOINED_ROW = 1.3
#: A row pdftotext could not part holds its columns' pieces parted by a run of spaces (the gutter between them).
ROW_GAP_RE = re.compile("\\S[ \u3000]{2,}\\S")
#: A row of two columns' full lines runs near two lines of the measure (less a line's slack each): this many
#: measures or more; a headline across two columns is shorter (23 em at a measure of 16: 1.44).
NEAR_TWO_LINES = 1.8
#: A sentence or clause end, which running text's row holds and a headline does not.
CLAUSE_END_RE = re.compile("[。；！？：;!?]")
#: How much (log odds, as :func:`opens_paragraph`'s 1) a stretch's column whose first line opens a news story's
#: dateline (:func:`opens_story`) counts to be read first: a story's text opens there and nowhere else, so it
#: outweighs a break's shape cues. Measured (pdfminer dev pages, misplaced characters, lay6 / lay8 / lay9 / lay12,
#: with the orders of :func:`rotations_first`): .214 / .150 / .168 / .117 without, .204 / .150 / .164 / .115 at 5.
STORY_OPENING = 5.0
#: Share of a stretch's lines standing between blank lines from which they are pdfminer's one-line boxes
#: (:func:`one_line_boxes`): of the stretches read on the lay6 / lay9 / lay10 / lay12 dev pages, pdfminer's hold
#: 80-100% such lines (5 of 297 fewer, none under 40%), pdftotext's 0-30%.
BOXED_SHARE = 0.5
#: White space an extractor may set inside a dateline's line (``本报讯（记者 钟怡``).
_SPACES_RE = re.compile("[ \u3000]")
#: A story's reporters credited at its text's head, run into it, where it prints no dateline or the dateline's
#: bracket wraps onto the column's first line: ``本报记者江婷、蔡杰凯报道``, ``记者 郝轩 杨刚哲 报``, ``（记者 贾宁）粮食…``:
#: the rank, then names (the first one :func:`~textclean.clean.chardata.is_person_name`) closed by a bracket or ``报``
#: followed by 道 or the line's end (``报道``; not ``记者张伟报告说``), the bracket not after 摄 (a photo's credit,
#: ``（记者 张三摄）``). A byline on a line of its own (``记者 史军阳 通讯员 钟航桂``) closes with neither: it may stand over any
#: column of its story.
CREDIT_OPENING_RE = re.compile(
    f"^[（(]?(?:本报)?记者[ \u3000]*([{HAN}]{{2,4}})(?:[ \u3000、]+[{HAN}]{{2,4}})*[ \u3000]*(?:(?<!摄)[）)]|报(?:道|$))"
)


def stitch_bands(
    items: list[Item],
    bands: list[tuple[int, int, list[list[Item]]]],
    read: dict[int, int],
    pairs: Counter[str],
) -> list[tuple[int, int, list[list[Item]], list[list[Item]]]]:
    """The stretches ``bands`` (``(start, end, columns)``), each joined with the next where that one's columns go on
    from its columns (:func:`_stitch`), a few lines read between them (:data:`MAX_BETWEEN`): as ``(start, end,
    columns, held)``, ``held`` the lines read between and the later stretch's columns that go on from none.

    Before (pdftotext, five columns of one story, a row it printed as one line with another story's head parting
    them): the five columns' first rows, column by column, then the lines between, then their next rows; after:
    each column's rows in turn, the lines between after them.
    """
    out: list[tuple[int, int, list[list[Item]], list[list[Item]]]] = []
    for start, end, cols in bands:
        if out and start - out[-1][1] <= MAX_BETWEEN:
            p_start, p_end, p_cols, held = out[-1]
            measure = statistics.median(it.width for col in p_cols + cols for it in col)
            parted = may_part_one_story(items[p_end:start], measure)
            joined = _stitch(p_cols, cols, read, pairs) if parted else None
            if joined is not None:
                merged, rest = joined
                between = [items[p_end:start]] if start > p_end else []
                out[-1] = (p_start, end, merged, [*held, *between, *rest])
                continue
        out.append((start, end, cols, []))
    return out


def may_part_one_story(between: list[Item], measure: float) -> bool:
    """Whether the lines ``between`` two stretches of columns (lines ``measure`` wide, the median) may part one
    story's columns (:func:`stitch_bands`): one line (a crosshead, or a head set beside the columns), or a row
    pdftotext printed as one line it could not part, wider than a column (:data:`JOINED_ROW`). Not a block of two
    or more column-wide lines, a headline and its byline set over the lower stretch: a story opens there; nor no line
    at all (rowread parted the stretches where a column ended or began).

    Before: two stretches, ``东方队客场险胜西岭队`` / ``本报记者 李华`` between them, the upper one's columns each
    ending a sentence, the lower one's opening paragraphs, were read as one (the breaks read well); after: apart.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> may_part_one_story([mk("专家解读")], 16.0), may_part_one_story([mk("东方队客场险胜西岭队"), mk("本报记者 李华")], 16.0)
    (True, False)
    >>> may_part_one_story([mk("一二三四五六七八九十一二三四五六 一二三四五六七八九十一二三四五六"), mk("本报记者 李华")], 16.0)
    True

    Nor a one-line headline set across two columns over its byline (wider than :data:`JOINED_ROW` columns, but no
    row: :func:`unsplit_row`).
    """
    return len(between) == 1 or any(unsplit_row(it, measure) for it in between)


def unsplit_row(it: Item, measure: float) -> bool:
    """Whether a line wider than :data:`JOINED_ROW` columns of ``measure`` is a row pdftotext could not part, not a
    headline set across two columns: its pieces are parted by a run of spaces (:data:`ROW_GAP_RE`), or it runs near
    two full lines (:data:`NEAR_TWO_LINES`), or it holds a clause end (:data:`CLAUSE_END_RE`), which a headline
    does not.

    >>> mk = lambda t: Item(0, t, t, float(len(t.replace(" ", ""))), True, True)
    >>> unsplit_row(mk("我国首列氢能货运列车在内蒙古完成试运行各项性能良好"), 16.0)
    False
    >>> unsplit_row(mk("码头工人三班倒作业，堆场一度    港务部门增开夜间"), 16.0), unsplit_row(mk("甲" * 30), 16.0)
    (True, True)
    >>> unsplit_row(mk("不足一天。业内人士认为转运需求仍将保持高位"), 16.0), unsplit_row(mk("专家解读"), 16.0)
    (True, False)
    """
    if it.width <= JOINED_ROW * measure:
        return False
    text = it.raw.strip()
    return bool(ROW_GAP_RE.search(text) or it.width >= NEAR_TWO_LINES * measure or CLAUSE_END_RE.search(it.text))


def _x_order(cols: list[list[Item]], read: dict[int, int]) -> list[int] | None:
    """The columns' order across the page from the pieces of lines pdftotext printed as one (:func:`pieces_ahead`),
    ``None`` where some two columns share no such line."""
    ahead = pieces_ahead(cols, read)
    left = set(range(len(cols)))
    order: list[int] = []
    while left:  # (the one column no other is read ahead of, each time: none or two, and the order is not known)
        first = [c for c in left if not any(ahead[d, c] > ahead[c, d] for d in left)]
        if len(first) != 1 or (order and not ahead[order[-1], first[0]]):
            return None
        order.append(first[0])
        left.remove(first[0])
    return order


def _stitch(
    upper: list[list[Item]], lower: list[list[Item]], read: dict[int, int], pairs: Counter[str]
) -> tuple[list[list[Item]], list[list[Item]]] | None:
    """``upper``'s columns, each with the column of ``lower`` at its place across the page (both orders known:
    :func:`_x_order`; the narrower stretch's columns all at one shift into the wider's) under it, and ``lower``'s
    other columns; ``None`` where the breaks of the best shift read worse than :data:`STITCH_MIN`."""
    ux, lx = _x_order(upper, read), _x_order(lower, read)
    if ux is None or lx is None:
        return None
    m, n = len(ux), len(lx)
    measure = statistics.median(it.width for col in upper + lower for it in col)
    shifts = range(0, n - m + 1) if m <= n else range(n - m, 1)

    def fit(shift: int) -> float:
        return sum(
            break_fit(upper[ux[i]][-1], lower[lx[i + shift]][0], measure, pairs) for i in range(m) if 0 <= i + shift < n
        )

    best = max(shifts, key=fit)
    if fit(best) < STITCH_MIN:
        return None
    merged = [list(c) for c in upper]
    used = set()
    for i in range(m):
        if 0 <= i + best < n:
            merged[ux[i]].extend(lower[lx[i + best]])
            used.add(lx[i + best])
    return merged, [lower[c] for c in lx if c not in used]


def pieces_ahead(cols: list[list[Item]], read: dict[int, int]) -> Counter[tuple[int, int]]:
    """For two columns ``a`` and ``b`` of a stretch, how many printed lines hold a piece of ``a`` read before one
    of ``b`` (``(a, b)``; ``read``: each item's place in the page as read, by ``id``): pdftotext prints a row of
    side-by-side columns as one line, left to right, which :func:`~textclean.clean.joinedrows.split_joined_rows`
    parts into items of one line number; the pieces' order is the columns' order across the page.

    >>> mk = lambda no, t: Item(no, t, t, float(len(t)), True, True)
    >>> a1, a2, b1, b2 = mk(3, "a1"), mk(5, "a2"), mk(3, "b1"), mk(4, "b2")
    >>> pieces_ahead([[b1, b2], [a1, a2]], {id(it): x for x, it in enumerate([a1, b1, b2, a2])})
    Counter({(1, 0): 1})
    """
    lines: dict[int, list[tuple[int, int]]] = {}
    for c, col in enumerate(cols):
        for it in col:
            lines.setdefault(it.no, []).append((read.get(id(it), 0), c))
    out: Counter[tuple[int, int]] = Counter()
    for pieces in lines.values():
        if len(pieces) > 1:
            pieces.sort()
            out.update((a, b) for (_, a), (_, b) in itertools.combinations(pieces, 2) if a != b)
    return out


def break_fit(last: Item, first: Item, measure: float, pairs: Counter[str]) -> float:
    """How well a column ending with ``last`` reads on into one opening with ``first`` (log odds, roughly): the
    evidence that the words run on across the break (:func:`junction`; none against it: a column that seems to
    end inside a sentence may go on past the stretch, where a box set in it ended the stretch), and one for a
    paragraph's first line after a sentence end (one against it after a line that ends none).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> break_fit(mk("卫生水平，打造健康中国。"), mk("我们要全面推进依法治国，加快建设"), 18.0, Counter())
    1.0
    >>> break_fit(mk("我们要全面推进依法治国，加快建设法治"), mk("我们要全面推进依法治国，加快建设"), 18.0, Counter())
    -1.0
    """
    opens = opens_paragraph(first, measure)
    if last.ends:
        return 1.0 if opens else -1.0
    return max(0.0, junction(last, first, pairs)) - opens


def opens_paragraph(line: Item, measure: float) -> float:
    """1 when ``line`` is shaped as a paragraph's first line in a column of ``measure`` em (short of it by about
    the indent: :data:`~textclean.clean.typesetting.INDENTED_LINE` to
    :data:`~textclean.clean.typesetting.INDENT` and an em), else 0."""
    return 1.0 if measure - INDENT - FULL_LINE_SLACK <= line.width <= measure - INDENTED_LINE else 0.0


def opens_story(line: Item) -> bool:
    """Whether ``line`` opens a news story's dateline (:data:`~textclean.clean.chardata.DATELINE_OPENING_RE`, its
    spaces dropped): where pdfminer reads a story's columns row by row from a row that does not begin at the
    story's first column, the column whose first line this is goes first (:data:`STORY_OPENING`).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> opens_story(mk("本报石门2月11日讯（记")), opens_story(mk("本报讯（记者 钟怡")), opens_story(mk("超过25亿元。相关负责人"))
    (True, True, False)
    """
    if DATELINE_OPENING_RE.match(_SPACES_RE.sub("", line.text)):
        return True
    credit = CREDIT_OPENING_RE.match(line.text)
    return credit is not None and is_person_name(credit[1])


def rotations_first(k: int) -> list[tuple[int, ...]]:
    """The orders of a stretch's ``k`` columns to weigh, best first of equals: the order read, then the order read
    begun at each later column (pdfminer may begin a stretch's first row at any of its columns, then reads the row
    across: ``c3 c4 c1 c2`` is the columns ``c1`` to ``c4`` read from the third), then all others.

    Before (pdfminer, a story's columns read from the second, its dateline opening the fourth): a tie between
    ``c4 c1 c2 c3`` and ``c4 c3 c1 c2`` went to the one listed first in plain permutation order; after, to the
    rotation.

    >>> rotations_first(3)
    [(0, 1, 2), (1, 2, 0), (2, 0, 1), (0, 2, 1), (1, 0, 2), (2, 1, 0)]
    """
    rotations = [tuple((c + s) % k for c in range(k)) for s in range(k)]
    return rotations + [o for o in itertools.permutations(range(k)) if o not in rotations]


def one_line_boxes(cols: list[list[Item]]) -> bool:
    """Whether the lines of a stretch's columns ``cols`` stand between blank lines (:data:`BOXED_SHARE` of them):
    pdfminer's text boxes of one line each, which it orders by itself, a row begun at any column (pdftotext prints
    a row left to right, set tight). Asked before :func:`~textclean.clean.roles.run_on` sets each column's lines
    tight.

    >>> mk = lambda t, gap: Item(0, t, t, float(len(t)), gap, gap)
    >>> one_line_boxes([[mk("甲乙", True)], [mk("丙丁", True)]]), one_line_boxes([[mk("甲乙", False)], [mk("丙丁", False)]])
    (True, False)
    """
    lines = [it for col in cols for it in col]
    return sum(it.gap_before and it.gap_after for it in lines) >= BOXED_SHARE * len(lines)


def tight_among_boxes(items: list[Item], k: int) -> list[bool]:
    """Whether each line is set tight with a line next to it (no blank line between) where a line a row of ``k``
    before or after it stands between blank lines: pdfminer prints each line of columns read row by row as a box
    of its own, so a line of a box of several (a head stack, a byline set under a title, a boxed quote) is no
    column's line there. Where fewer than :data:`BOXED_SHARE` of the page's lines stand so (pdftotext's), none is.

    Before (pdfminer, an economy page): a story's four columns read in rows, then the head stack of the story
    beside them (``订单排产至2028年`` / ``江南造船厂再获12艘LNG运输船订单`` / ``记者 吴海涛 通讯员 许佳``, one box) read as
    the first row of their stretch; after, the head stack tells it is none.

    >>> mk = lambda t, before, after: Item(0, t, t, float(len(t)), before, after)
    >>> lines = [mk("甲", True, True), mk("乙", True, True), mk("丙", True, False), mk("丁", False, True), mk("戊", True, True)]
    >>> tight_among_boxes(lines, 2)
    [False, False, True, True, False]
    >>> tight_among_boxes([mk(t, False, False) for t in "甲乙丙丁"], 2)  # (all set tight: pdftotext's)
    [False, False, False, False]
    """
    boxed = [it.gap_before and it.gap_after for it in items]
    n = len(items)
    if sum(boxed) < BOXED_SHARE * n:
        return [False] * n
    return [not boxed[j] and ((j >= k and boxed[j - k]) or (j + k < n and boxed[j + k])) for j in range(n)]
