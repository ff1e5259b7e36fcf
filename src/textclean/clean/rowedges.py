"""The edges of a stretch of columns read row by row: the rows read just before and just after it.

:mod:`~textclean.clean.rowread` finds the stretches where side-by-side columns were read row by row and puts their
lines back column by column. Columns seldom begin and end on one row: a story's columns may open a row or two
above a neighbouring story's (whose head is set in those rows), and balanced columns end a line or two apart. The
lines of those rows are read just before or just after the stretch, among the heads set there:
:func:`ragged_start` takes the lines before a stretch that go on into its columns' first lines, passing over the
heads between them; :func:`ragged_end` the lines after it that go on from its columns' last lines.
"""

from __future__ import annotations

import re
import statistics
from collections import Counter
from collections.abc import Callable

from textclean.clean.columnbands import opens_paragraph
from textclean.clean.junctions import junction
from textclean.clean.masthead import SUBTITLE_DASH
from textclean.clean.match import contains_at_least, content_chars
from textclean.clean.roles import Item
from textclean.clean.rowheads import SHORT_SLACK
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT

#: The cost (log odds) of a line read after a paragraph's last line where it is a full line: as
#: :data:`~textclean.clean.rowread.SHORT_COST`, a head line's cost in a stretch (:func:`ragged_end`).
AFTER_PARAGRAPH_PENALTY = 10.0
#: Rows read after a stretch whose lines may still go on in its columns (:func:`ragged_end`).
RAGGED_ROWS = 2
#: Rows read before a stretch whose lines may still be its columns' first lines (:func:`ragged_start`): a story's
#: columns opening two rows above a neighbouring story's, whose title and byline stand in those rows (the opinion
#: family's pages set a two-line title beside the first rows of the next story's columns).
BACK_ROWS = 2
#: The evidence (log odds) of a line ending a sentence read just before a column's first line taken back, left of
#: it in its row (:func:`ragged_start`): the words tell nothing across a sentence end, the row's order a little.
SENTENCE_END_FIT = 0.5
#: The least evidence (log odds) of a line running on into a column's first line for :func:`ragged_start` to take
#: it: a pair jieba's words hold 100 to 1,000 times and the page's lines do not (0.4) ran on in 6 of 27 lines taken
#: so on the studied families' pdfminer pages (checked against the gold text); at 1.2 or more, in 50 of 69.
MIN_FIT = 1.0
#: Lines before a stretch that go into none of its columns (heads, a byline) :func:`ragged_start` passes over
#: looking back, at most: a title, a kicker and a byline set beside the columns' first rows.
MAX_PASSED = 4
#: A line before a stretch restates the page's text when this share of its character runs stands in the columns or
#: the text read before it: a pull quote's box line (as :data:`~textclean.clean.restatedbox.LINE_RESTATED_SHARE`),
#: which runs on into the column top its sentence is printed above (:func:`ragged_start`).
RESTATED_SHARE = 0.6
#: Lines a column takes back at least (:func:`ragged_start`): a column opening above the stretch's rows does so
#: for a row or more of lines that run on; one line alone that runs on into a column's top was often a head (a
#: title whose last character happens to make a word with the column's first): wrong in 20 of 54 lines taken one
#: to a column on the studied families' pdfminer pages, in 1 of 18 taken two or more.
MIN_TAKEN = 2

_SPACE_RE = re.compile(r"\s")
#: A clause's punctuation, which a body line holds and a head seldom does (:func:`head_form`).
_CLAUSE_RE = re.compile("[，、；。：！？,;]")


def ragged_end(
    items: list[Item], cols: list[list[Item]], end: int, at: int, seq: list[float], pairs: Counter[str], limit: int
) -> int:
    """Where a stretch read row by row ends, its last rows taken into its columns ``cols``: the lines from
    ``end`` (up to ``limit``) that go on from the column next in the row (``at``) or from the first (a row
    of fewer lines: the columns after it ended higher) better than from the line read before them
    (:func:`~textclean.clean.junctions.junction`; a full line cannot go on from a paragraph's last line:
    :func:`after_paragraph`), for at most :data:`RAGGED_ROWS` rows; a line read after one so taken goes with it only
    where the words run on. Balanced columns end a line or two apart, so the longer ones' last lines are read after
    the rows of all of them. A line wider than the columns (:func:`wider_than_column`) is a head: the stretch ends
    before it.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> rows = [mk(t) for t in ("监管面临新挑战。一", "鼓励社会共治。只有", "些幽灵外卖没有实", "各方共同发力，才能")]
    >>> def ends_at(line):
    ...     return ragged_end([*rows, mk(line)], [rows[0::2], rows[1::2]], 4, 0, [0.0] * 5, Counter(), 5)
    >>> ends_at("体店面，消费者吃"), ends_at("体育强国建设迈出坚实步伐")  # (a title wider than the columns: a head)
    (5, 4)
    """
    j = end
    measure = statistics.median(it.width for col in cols for it in col)
    while j < min(limit, end + len(cols) * RAGGED_ROWS):
        c = max(dict.fromkeys((at, 0)), key=lambda c: junction(cols[c][-1], items[j], pairs))
        tail = cols[c][-1]
        if tail is items[j - 1]:  # (the line before went to that column: this one must run on from it)
            fits = junction(tail, items[j], pairs) > 0 and not after_paragraph(tail, items[j], measure)
        else:
            after = after_paragraph(items[j - 1], items[j], measure)
            read_on = seq[j - 1] - (AFTER_PARAGRAPH_PENALTY if after else 0.0)
            fits = junction(tail, items[j], pairs) > read_on
        if not fits or short_of(items[j], tail) or wider_than_column(items[j], measure):
            break
        cols[c].append(items[j])
        at = (c + 1) % len(cols)
        j += 1
    return j


def ragged_start(items: list[Item], cols: list[list[Item]], start: int, floor: int, pairs: Counter[str]) -> set[int]:
    """The lines read before a stretch (from ``start`` back to ``floor``) that are its columns' first lines, each
    put at the top of its column in ``cols``; as the lines' ``id``. Looking back a line at a time, a line goes
    into the column whose top it goes on into (:func:`_fits_over`): in the row just before the stretch, any
    column; in a row before that, a column that took a line in the row after it. A line earlier in one row goes
    into a column further left (pdfminer reads a row from the left), one ending a sentence only into the column next
    left of a line so taken; a line that goes into no column (a head, a byline: :data:`MAX_PASSED`) is passed over
    and stays before the stretch, but once a line was taken, a paragraph's last line ends the look back
    (:func:`closes_paragraph`), and a line that restates the page's text (a pull quote's: :data:`RESTATED_SHARE`)
    is passed over too; :data:`BACK_ROWS` rows at most. A column keeps the lines it took only where they
    are :data:`MIN_TAKEN` or more.

    Before (a story's two columns open two rows above its neighbour's, whose title stands in those rows):
    ``暑假来临，研`` / ``研学旅行的核`` / ``对网络谣言要“零容忍”`` / ``学旅行再度升温。`` / ``心在“学”。好的研``, then the
    stretch's rows ``带着孩子走出课`` / ``学课程，应当有明`` / ``某地发生一起`` / …; after: the first two columns open
    ``暑假来临，研`` and ``研学旅行的核``, the title (read right of them) opens the third (:func:`_heads_beside`).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> before = [mk(t) for t in ("暑假来临，研", "研学旅行的核", "对网络谣言要“零容忍”", "学旅行再度升温。", "心在“学”。好的研")]
    >>> rows = [("带着孩子走出课", "学课程，应当有明", "某地发生一起", "谣言，既扰乱社会")]
    >>> rows += [("堂，到博物馆、科", "确的教育目标、科", "交通事故后，网上", "秩序，也损害公众")]
    >>> cols = [[mk(t) for t in col] for col in zip(*rows, strict=True)]
    >>> pairs = Counter({"研学": 2, "核心": 2})  # (the page's lines hold the pairs across the breaks)
    >>> taken = ragged_start(before, cols, 5, 0, pairs)
    >>> [[it.text for it in col[:3]] for col in cols[:2]], len(taken)
    ([['暑假来临，研', '学旅行再度升温。', '带着孩子走出课'], ['研学旅行的核', '心在“学”。好的研', '学课程，应当有明']], 5)
    >>> [it.text for it in cols[2][:2]]
    ['对网络谣言要“零容忍”', '某地发生一起']

    Not a line that goes on into no column's first line (the last line of the text before the stretch):

    >>> ragged_start([mk("而不可能"), mk("有的地方")], [[mk("一批销售过期食品")], [mk("让群众吃得放心")]], 2, 0, Counter())
    set()
    """
    k = len(cols)
    measure = statistics.median(it.width for col in cols for it in col)
    took, tops = list[tuple[int, Item]](), [col[0] for col in cols]
    below = set(range(k))  # (the columns that may take a line in the row looked at)
    row: set[int] = set()  # (the columns that took a line in it)
    bound, rows, over = k, 0, list[int]()  # (over: the lines passed over)
    quoted = _restates(items[:floor], cols)
    for j in range(start - 1, floor - 1, -1):
        line = items[j]
        fits = {c: _fits_over(line, tops[c], measure, pairs, bool(row) and c == bound - 1) for c in below if c < bound}
        if not any(f > 0 for f in fits.values()) and row:  # (no room left of the last: the row before it)
            below, row, bound, rows = row, set(), k, rows + 1
            if rows == BACK_ROWS:
                break
            fits = {c: _fits_over(line, tops[c], measure, pairs, False) for c in below}
        c = max(fits, key=fits.__getitem__, default=-1)
        if c < 0 or fits[c] <= 0 or quoted(line):
            if len(over) >= MAX_PASSED or (took and closes_paragraph(line, measure)):
                break
            over.append(j)
            continue
        took.append((c, line))
        tops[c], bound = line, c
        row.add(c)
    kept = _keep(cols, took, items, start)
    return kept | _heads_beside(items, cols, [c for c, line in took if id(line) in kept], over, quoted)


def _heads_beside(
    items: list[Item], cols: list[list[Item]], kept: list[int], over: list[int], restated: Callable[[Item], bool]
) -> set[int]:
    """The lines :func:`ragged_start` passed over (``over``, their numbers in ``items``) read after the first line
    a column kept (``kept``: the columns of the lines kept), put at the top of the column right of the columns
    that kept lines, where those are the stretch's first ones; as the lines' ``id``. pdfminer read them right of
    those columns' first lines, in their rows: the heads of the neighbouring story (its title, byline), set over
    the columns that open lower. None where one of them is running text (it ends a sentence or holds a full stop, or
    ``restated``: a pull quote's box line).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> lines = [mk("守护好青少年"), mk("暑假来临，研"), mk("对网络谣言要“零容忍”"), mk("学旅行再度升温。"), mk("尹俊杰")]
    >>> cols = [[lines[1], lines[3], mk("带着孩子走出课")], [mk("某地发生一起")]]
    >>> len(_heads_beside(lines, cols, [0, 0], [4, 2, 0], lambda it: False)), [it.text for it in cols[1]]
    (2, ['对网络谣言要“零容忍”', '尹俊杰', '某地发生一起'])
    >>> _heads_beside(lines, cols, [1, 1], [4, 2, 0], lambda it: False)  # (not where the kept columns are the last)
    set()
    >>> lines[4] = mk("共同为“减塑”出一份力。")  # (a quote's box read beside the columns' first lines: no heads)
    >>> _heads_beside(lines, [[lines[1], lines[3]], [mk("某地发生一起")]], [0, 0], [4, 2, 0], lambda it: False)
    set()
    """
    if not kept or sorted(set(kept)) != list(range(max(kept) + 1)) or max(kept) + 1 >= len(cols):
        return set()
    first = min(x for x, it in enumerate(items) if any(it is col[0] for col in cols[: max(kept) + 1]))
    heads = [items[j] for j in sorted(over) if j > first]
    if any(it.ends or "。" in it.text or restated(it) for it in heads):
        return set()  # (running text among them: a pull quote's box, a lead read across the columns)
    cols[max(kept) + 1][:0] = heads
    return {id(it) for it in heads}


def _partial(took: list[tuple[int, Item]]) -> bool:
    """Whether one column took fewer than :data:`MIN_TAKEN` lines where another took enough: the rows were not all
    read back (a column's first line left before the stretch, lay5-031 ``做，才能促进生产力的发``), so none is taken.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> _partial([(1, mk("行的一切改革")), (0, mk("做，才能促进")), (1, mk("的障碍。总之"))])
    True
    >>> _partial([(1, mk("学旅行再度升温。")), (0, mk("心在“学”。好的研")), (1, mk("暑假来临，研")), (0, mk("研学旅行的核"))])
    False
    """
    count = Counter(c for c, _ in took)
    return any(n < MIN_TAKEN for n in count.values()) and any(n >= MIN_TAKEN for n in count.values())


def _first_column_block(items: list[Item], took: list[tuple[int, Item]], start: int) -> bool:
    """Whether all the lines taken are the first column's and the lines right before the stretch, in their order: a
    column read whole before the others, as it stands (taken, its paragraph's first line looked back over would be
    left behind: lay5-031 ``一九五八年是我国第二个五年`` / ``计划的第一年。…`` / ``济的主要任务，…``).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> lines = [mk("一九五八年是我国第二个五年"), mk("计划的第一年。这一年发展国民经"), mk("济的主要任务，是以很大的力量从")]
    >>> _first_column_block(lines, [(0, lines[2]), (0, lines[1])], 3)
    True
    >>> _first_column_block(lines, [(1, lines[2]), (1, lines[1])], 3)  # (a column right of the first: reordered)
    False
    """
    at = {id(it): j for j, it in enumerate(items[:start])}
    return (
        bool(took)
        and all(c == 0 for c, _ in took)
        and sorted(at.get(id(it), -1) for _, it in took) == list(range(start - len(took), start))
    )


def _keep(cols: list[list[Item]], took: list[tuple[int, Item]], items: list[Item], start: int) -> set[int]:
    """The lines :func:`ragged_start` took, ``(column, line)`` nearest the stretch first, put at the tops of their
    columns ``cols`` where a column took :data:`MIN_TAKEN` or more; as the lines' ``id``. None where the take is
    :func:`_partial` or a :func:`_first_column_block`."""
    if _partial(took) or _first_column_block(items, took, start):
        return set()
    count = Counter(c for c, _ in took)
    kept = [(c, line) for c, line in took if count[c] >= MIN_TAKEN]
    for c, line in kept:
        cols[c].insert(0, line)
    return {id(line) for _, line in kept}


def _fits_over(line: Item, top: Item, measure: float, pairs: Counter[str], in_row: bool) -> float:
    """How well ``line`` goes on into ``top``, a column's first line (log odds; 0 or less: not at all), the
    columns ``measure`` em wide: a line that ends no sentence is a full line or a paragraph's indented first line
    (:data:`~textclean.clean.typesetting.INDENT`) that runs on into a line not shaped as a paragraph's first
    (:func:`~textclean.clean.junctions.junction`); one that ends a sentence goes before any line, where it is read
    just before a line so taken, in the column left of it (``in_row``: :data:`SENTENCE_END_FIT`).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> _fits_over(mk("心在“学”。好的研"), mk("学课程，应当有明"), 8.0, Counter({"研学": 2}), False) > 0
    True
    >>> _fits_over(mk("学旅行再度升温。"), mk("带着孩子走出课"), 8.0, Counter(), True)
    0.5
    >>> _fits_over(mk("学旅行再度升温。"), mk("带着孩子走出课"), 8.0, Counter(), False)
    0.0
    >>> _fits_over(mk("对网络谣言要“零容忍”"), mk("学课程，应当有明"), 8.0, Counter(), False)  # (a head: wider)
    0.0
    """
    if wider_than_column(line, measure):
        return 0.0
    if line.ends:
        return SENTENCE_END_FIT if in_row else 0.0
    if line.width < measure - INDENT - FULL_LINE_SLACK or opens_paragraph(top, measure) or head_form(line):
        return 0.0
    odds = junction(line, top, pairs)
    return odds if odds >= MIN_FIT else 0.0


def head_form(line: Item) -> bool:
    """Whether ``line`` is shaped as a head, not a column's line: it opens with a subtitle's dash, or holds a run of
    white space and no clause's punctuation (a two-part title, a byline, a date and weekday).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> head_form(mk("本报记者 潘建国")), head_form(mk("——非制造业商务活动指数为")), head_form(mk("本报讯 春回大地，万象更"))
    (True, True, False)
    """
    text = line.text.strip()
    return text.startswith(SUBTITLE_DASH) or (bool(_SPACE_RE.search(text)) and not _CLAUSE_RE.search(text))


def closes_paragraph(line: Item, measure: float) -> bool:
    """Whether ``line`` is shaped as a paragraph's last line in a column of ``measure`` em: it ends a sentence short
    of the column (by more than :data:`~textclean.clean.typesetting.FULL_LINE_SLACK`). :func:`ragged_start` passes
    over heads looking back, not such a line once a column took a line: the lines above it are the text read before
    the stretch, which ran on down to it, not the columns' first lines.

    Before (an opinion page: a story's first column opens above its second story's rows, the stretch's first
    column taking ``的研学课程，应``): looking back past ``核心在“学”。好`` / ``研学旅行的`` / ``怨言。``, the column took
    ``菲，让家长颇有`` too (``有的`` is a pair the page holds), and its text read ``…颇有的研学课程…``; after, the look back
    ends at ``怨言。``.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> closes_paragraph(mk("怨言。"), 8.0), closes_paragraph(mk("核心在“学”。好"), 8.0)
    (True, False)
    >>> closes_paragraph(mk("对网络谣言要“零容忍”"), 8.0), closes_paragraph(mk("学旅行再度升温。"), 8.0)  # (a head; full)
    (False, False)
    """
    return line.ends and line.width < measure - FULL_LINE_SLACK


def _restates(before: list[Item], cols: list[list[Item]]) -> Callable[[Item], bool]:
    """Whether a line restates the text read ``before`` a stretch or its columns ``cols`` (each run on): a pull
    quote's box line (:data:`RESTATED_SHARE`)."""
    rest = "|".join(content_chars("".join(it.text for it in lines)) for lines in (before, *cols))
    return lambda line: contains_at_least(content_chars(line.text), rest, RESTATED_SHARE)


def wider_than_column(line: Item, measure: float) -> bool:
    """Whether ``line`` is wider than a column ``measure`` em wide (by more than
    :data:`~textclean.clean.typesetting.FULL_LINE_SLACK`): a head set across columns, not a column's line.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> wider_than_column(mk("对网络谣言要“零容忍”"), 8.0), wider_than_column(mk("学课程，应当有明"), 8.0)
    (True, False)
    """
    return line.width > measure + FULL_LINE_SLACK


def after_paragraph(upper: Item, lower: Item, measure: float) -> bool:
    """Whether ``lower``, a full line of a column of ``measure`` em, is read after ``upper``, a paragraph's last
    line (a sentence end, short of the column): in one column, a paragraph's first line (indented) or a head
    follows such a line, never a full one.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> after_paragraph(mk("全过程保障食品药品安全。"), mk("的基本需求，我们要不断提高医疗卫"), 16.0)
    True
    >>> after_paragraph(mk("全过程保障食品药品安全。"), mk("加强和创新社会治理。深化社会"), 16.0)
    False
    """
    return upper.ends and upper.width < measure - FULL_LINE_SLACK and lower.width >= measure - FULL_LINE_SLACK


def short_of(line: Item, other: Item) -> bool:
    """Whether ``line`` ends no sentence and is narrower than ``other``, a line of the same column, by more than
    a paragraph's indent (:data:`~textclean.clean.rowheads.SHORT_SLACK`): a head line, not a column's.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> short_of(mk("切实加强政府自身建设"), mk("我们要全面推进依法治国，加快建设法治")), short_of(mk("中的积极作用。"), mk("我们要全面推进依法治国，加快建设法治"))
    (True, False)
    """
    return not line.ends and line.width < other.width - SHORT_SLACK
