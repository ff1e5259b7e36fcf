"""Rows of columns pdftotext printed as one line each -> the columns' lines, column by column.

pdftotext (default mode) prints the lines of side-by-side columns sharing a baseline as one line;
:func:`~textclean.clean.joinedrows.split_joined_rows` splits each into its columns' lines, which keep the printed
line's number: the parts of one row, left to right. Where every row holds a line of every column, the row reader
(:func:`~textclean.clean.rowread.read_columns`) reads them back a row's length apart. But a column that starts a
paragraph, sets a head or ends before the others shifts its baselines, and pdftotext then prints rows of fewer
parts (one or two of five) or a column's line on a line of its own: a fixed row length loses its count there, and
the rest of the body is read into the wrong columns.

:func:`read_row_grids` reads a run of such rows (:func:`grid_runs`) with the rows themselves: each row's parts
go, left to right, to the columns whose text they go on best (:func:`~textclean.clean.gridbeam.placings`, :func:`read_grid`): a column
mid-paragraph takes the line that goes on its text, a column whose paragraph ended takes a paragraph's (indented)
first line or a head.
Only lines that share a printed line's number (parts of a split row) open a run: pdfminer's text, printed line by
line, never does.
"""

from __future__ import annotations

import itertools
from collections import Counter
from typing import Literal

from textclean.clean.chardata import ends_sentence, text_width
from textclean.clean.columnlines import GLYPH_PIECE, in_a_number
from textclean.clean.gridbeam import _beam_search, _opens, _runs_on
from textclean.clean.junctions import page_pairs
from textclean.clean.repair import repair_line
from textclean.clean.roles import Item, run_on, shape_role
from textclean.clean.typesetting import FULL_LINE_SLACK

#: Rows of two parts or more a run holds at least: fewer are a two-part headline's or byline's line, not a body
#: set in columns.
MIN_SPLIT_ROWS = 3
#: How much wider than the run's measure a line may be and still be a column's line (a Latin run, a squeezed mark,
#: a pull quote set in its column at a larger size: 11 em in a 10-em body, lay16 op-01).
WIDTH_SLACK = 1.5
#: Rows above and below a line left whole among split rows whose lengths bound the parts it may split into
#: (:func:`split_among_rows`): a row of five columns' lines may stand three rows from the next one as long (lay16
#: op-34); a line parting into more pieces than any of them is one column's line holding spaces of its own.
NEAR_ROWS = 3
#: Rows a story's first rows printed whole (:func:`_story_start`) and the lines under them take before a run: 2 + 2
#: on lay15 fr-01 (with :func:`_whole_edge`, pdftotext: lay15 title .650 -> .661, paragraph F1 .517 -> .532; lay16
#: body CER .492 -> .489; lay20 recall .617 -> .626; devpages, lay18, lay19 the same).
FIRST_ROWS = 4
#: Parts a split row holds at most on the studied families (six columns): bounds the lines looked at for
#: :data:`NEAR_ROWS` rows.
MAX_PARTS = 6
#: Where a row printed whole stands by a run (:func:`_whole_edge`).
Edge = Literal["first", "inner", "last"]


def read_row_grids(items: list[Item]) -> list[Item]:
    """``items`` with each run of split rows (:func:`grid_runs`) read column by column (:func:`read_grid`).

    Before (three columns, the third's paragraph ending a row early): ``甲乙丙丁戊己庚辛`` ``子丑寅卯辰巳午未``
    ``天地玄黄宇宙洪荒`` (one row), …, ``了。`` alone on the next line, then ``完了。`` ``　结束。``; after: each column's lines
    in turn (see ``tests/clean/test_rowgrid.py``).

    >>> mk = lambda no, t: Item(no, t, t, float(len(t)), False, False)
    >>> read_row_grids([mk(0, "标题"), mk(1, "正文一行。")])[1].text  # (no split row: as given)
    '正文一行。'
    """
    split = split_among_rows(items)  # (once: the runs' indexes are into it)
    runs = grid_runs(split)
    if not runs:
        return items
    items = split
    pairs = page_pairs(items)
    out: list[Item] = []
    done = 0
    for start, end, k, measure, held in runs:
        out.extend(items[done:start])
        lines: list[Item] = []
        kept: list[Item] = []
        for j in range(start, end):
            if j not in held:
                lines.append(items[j])
                continue
            parts = _held_parts(items[j], k, measure)
            (lines if parts else kept).extend(parts or [items[j]])
        out.extend(read_grid(lines, k, measure, pairs))
        out.extend(kept)
        done = end
    return out + items[done:]


def split_among_rows(items: list[Item]) -> list[Item]:
    """``items`` with a line left whole between two split rows (:func:`~textclean.clean.joinedrows.split_joined_rows`
    keeps a row whose parts it cannot tell from a headline's) split at its spaces where every part fits the
    measure of the rows around it (the width most of their lines have); a lone mark (``■``) stays with the part
    after it, a letter-spaced run (:func:`_letter_spaced`) is one part. A line no wider than a column's line, or
    parting into more pieces than the rows around it hold lines (:func:`_columns_near`), is one column's line
    holding spaces of its own (a dateline's, a Latin name's: ``本报讯（记者 陈立）``, ``iPhone 17 Pro 售价``).

    Before: ``和产业变革深入发展， 学体系的源头。我国基 ■ 突出企业科技创新主`` between two rows of 10-em parts; after:
    ``和产业变革深入发展，`` / ``学体系的源头。我国基`` / ``■突出企业科技创新主`` (repaired).

    >>> mk = lambda no, t: Item(no, t, t, text_width(t), False, False)
    >>> rows = [mk(0, "甲乙丙丁"), mk(0, "子丑寅卯"), mk(1, "戊己庚辛 ■ 辰巳午"), mk(2, "壬癸甲乙"), mk(2, "申酉。")]
    >>> [it.text for it in split_among_rows(rows)][2:4]
    ['戊己庚辛', '■辰巳午']
    >>> [it.text for it in split_among_rows(rows[:3] + [mk(2, "壬癸甲乙")])][2]  # (no split row after it: as printed)
    '戊己庚辛 ■ 辰巳午'
    >>> rows[2] = mk(1, "Wi-Fi 7 网")  # (no wider than a column's line: its spaces are its own)
    >>> [it.text for it in split_among_rows(rows)][2]
    'Wi-Fi 7 网'
    """
    out: list[Item] = []
    for j, it in enumerate(items):
        parts = _parts_among_rows(items, j) if " " in it.raw else None
        if not parts:
            out.append(it)
            continue
        for x, part in enumerate(parts):
            text = repair_line(part)
            first, last = x == 0, x == len(parts) - 1
            out.append(Item(it.no, part, text, text_width(text), it.gap_before and first, it.gap_after and last))
    return out


def _parts_among_rows(items: list[Item], j: int) -> list[str] | None:
    """The parts :func:`split_among_rows` splits ``items[j]`` into, if any."""
    if not (2 <= j < len(items) - 2 and items[j - 1].no == items[j - 2].no and items[j + 1].no == items[j + 2].no):
        return None
    if items[j - 1].no == items[j].no or items[j + 1].no == items[j].no or not _in_grid(items, (j, j + 1)):
        return None
    if items[j].gap_after or shape_role(items[j].text) != "text":  # (a byline's spaces part names, not columns)
        return None
    near = [it for it in items[j - 2 : j + 3] if it is not items[j]]
    measure = Counter(round(it.width) for it in near).most_common(1)[0][0]
    if items[j].width <= measure + FULL_LINE_SLACK:
        return None  # (one column's line holding a space of its own: ``本报讯 中国人民银行3月14日``)
    parts: list[str] = []
    for piece in items[j].raw.split():
        if parts and len(parts[-1]) == 1 and not parts[-1].isalnum():
            parts[-1] += " " + piece  # (a lone mark opens the part after it)
        elif parts and _letter_spaced(parts[-1].rsplit(" ", 1)[-1], piece):
            parts[-1] += " " + piece  # (a letter-spaced line's glyphs stay one line)
        else:
            parts.append(piece)
    columns = _columns_near(items, j)
    if not 2 <= len(parts) <= columns or any(text_width(repair_line(p)) > measure + WIDTH_SLACK for p in parts):
        return None  # (more parts than the rows around it hold columns: no row of them)
    return parts


def _held_parts(it: Item, k: int, measure: float) -> list[Item]:
    """The column lines a row held in a run (:func:`grid_runs`: wider than the run's ``measure``, a split row
    after it) parts into at its spaces, read in its place rather than after the run: 2 to ``k`` parts (a lone mark
    with the part after it, a letter-spaced run one part). A part may be wider than the measure (a note set
    smaller: ``学院经济学院院长、教`` in an 8-em column, lay16 op-02), but not a letter-spaced one: two columns'
    letter-spaced lines side by side run on as one (``数 控 化 率 达 到 息 技 术 的``), so the row is no row of
    parts and is read after the run as before. Measured (pdftotext body CER): lay15 .322 -> .321, lay16 .495 ->
    .492, lay17 .325 -> .319, lay18 .404 -> .402, lay19 .373 -> .369, lay20 .617 -> .605, devpages the same;
    without the letter-spaced bar lay16 .508 (op-08).

    >>> mk = lambda t: Item(3, t, t, text_width(t), False, False)
    >>> [p.text for p in _held_parts(mk("客运班线随之开通 学院经济学院院长、教"), 2, 8.0)]
    ['客运班线随之开通', '学院经济学院院长、教']
    >>> _held_parts(mk("乡 村 道 路 修 通 乡 村 振 兴 步 伐 客运班线随之开通"), 2, 8.0)  # (two spaced lines run on)
    []
    >>> _held_parts(mk("客运班线随之开通 学院经济学院院长 甲乙丙丁戊己庚辛"), 2, 8.0)  # (more parts than columns)
    []
    >>> [p.text for p in _held_parts(mk("本报讯（记者 杨帆 带动周边农家乐和"), 2, 8.0)]  # (a part holding a space)
    ['本报讯（记者 杨帆', '带动周边农家乐和']
    """
    if shape_role(it.text) != "text" or " " not in it.raw:
        return []
    parts: list[str] = []
    for piece in it.raw.split():
        if parts and len(parts[-1]) == 1 and not parts[-1].isalnum():
            parts[-1] += " " + piece  # (a lone mark opens the part after it)
        elif parts and _letter_spaced(parts[-1].rsplit(" ", 1)[-1], piece) and not _overruns(parts[-1], piece, measure):
            parts[-1] += " " + piece  # (a letter-spaced line's glyphs stay one line)
        else:
            parts.append(piece)
    if len(parts) > k:
        parts = _grouped(parts, k, measure)
    out = [Item(it.no, p, repair_line(p), text_width(repair_line(p)), False, False) for p in parts]
    out[0].gap_before, out[-1].gap_after = it.gap_before, it.gap_after  # (a story's first row keeps its blank)
    if not 2 <= len(parts) <= k or any(" " in p.raw and p.width > measure + WIDTH_SLACK for p in out):
        return []
    return out


def _grouped(parts: list[str], k: int, measure: float) -> list[str]:
    """``parts``, more than ``k``, joined into ``k`` column lines each within the ``measure``: a column's line
    holding a space of its own (a dateline's, ``本报讯（记者 杨帆``) beside the next column's line. Of the ways that
    fit, the one whose lines ending no sentence fall least short of the measure (a column's line runs full up to
    a paragraph's end); a tie or no way: ``parts`` as given.

    >>> _grouped(["本报讯（记者", "杨帆", "带动周边农家乐和民宿生"], 2, 11.0)
    ['本报讯（记者 杨帆', '带动周边农家乐和民宿生']
    >>> _grouped(["通讯员", "朱小红）3月15", "意火爆。"], 2, 11.0)
    ['通讯员 朱小红）3月15', '意火爆。']
    >>> _grouped(["甲乙", "丙丁", "戊己"], 2, 6.0)  # (two ways fall as short: no telling which)
    ['甲乙', '丙丁', '戊己']
    """
    ways = []
    for cuts in itertools.combinations(range(1, len(parts)), k - 1):
        bounds = (0, *cuts, len(parts))
        lines = [repair_line(" ".join(parts[a:b])) for a, b in itertools.pairwise(bounds)]
        widths = [text_width(line) for line in lines]
        if max(widths) <= measure + WIDTH_SLACK:
            short = sum(max(0.0, measure - w) for line, w in zip(lines, widths, strict=True) if not ends_sentence(line))
            ways.append((short, [" ".join(parts[a:b]) for a, b in itertools.pairwise(bounds)]))
    ways.sort(key=lambda way: way[0])
    if not ways or (len(ways) > 1 and ways[1][0] == ways[0][0]):
        return parts
    return ways[0][1]


def _overruns(part: str, piece: str, measure: float) -> bool:
    """Whether a letter-spaced ``part`` would run past the ``measure`` taking ``piece``, a column line's start
    beginning with a number (``恒 生 科 技 指 数 报`` / ``8%。地产股和部分消费股表``): the piece opens the next column.
    Measured on held rows (:func:`_held_parts`, pdftotext): lay16 spurious CJK spaces 36 -> 30, lay17 body CER .319
    -> .314 (extra articles 50 -> 46), lay20 .605 -> .607 (recall .621 -> .617), the others the same.

    >>> _overruns("恒 生 科 技 指 数 报", "8%。地产股和部分消费股表", 10.0), _overruns("术 制", "1900", 10.0)
    (True, False)
    """
    return len(piece) > GLYPH_PIECE and text_width(repair_line(part + " " + piece)) > measure + WIDTH_SLACK


def _columns_near(items: list[Item], j: int) -> int:
    """The most lines a row holds among the :data:`NEAR_ROWS` rows above and below ``items[j]``: the columns a
    line among them may part into (a row of five columns' lines stands between rows of two or three where some
    columns shift their baselines)."""
    reach = MAX_PARTS * NEAR_ROWS  # (items enough to hold NEAR_ROWS full rows on each side)
    rows = Counter(it.no for it in items[max(0, j - reach) : j + reach + 1])
    nos = sorted(rows)
    x = nos.index(items[j].no)
    return max(rows[no] for no in nos[max(0, x - NEAR_ROWS) : x + NEAR_ROWS + 1] if no != items[j].no)


def _letter_spaced(before: str, after: str) -> bool:
    """Whether the space between pieces ``before`` and ``after`` stands inside a letter-spaced line (both pieces
    glyphs, or one a number beside a glyph): no column break falls there.

    >>> _letter_spaced("术", "制"), _letter_spaced("1900", "余"), _letter_spaced("发展，", "学体系")
    (True, True, False)
    >>> _letter_spaced("比上月上升1.7", "上升1.8个百分点")  # (two columns' lines parted beside a number)
    False
    """
    glyphs = len(before) <= GLYPH_PIECE, len(after) <= GLYPH_PIECE
    return all(glyphs) or (any(glyphs) and in_a_number(before, after))


def _rows(items: list[Item], start: int, end: int) -> list[tuple[int, int]]:
    """The rows of ``items[start:end]``: runs of lines sharing a printed line's number, as index ranges.

    >>> mk = lambda no: Item(no, "甲", "甲", 1.0, False, False)
    >>> _rows([mk(0), mk(0), mk(1), mk(2), mk(2)], 0, 5), _rows([mk(0), mk(1)], 1, 1)
    ([(0, 2), (2, 3), (3, 5)], [])
    """
    nos = [it.no for it in items[start:end]]
    cuts = [j for j in range(1, len(nos)) if nos[j] != nos[j - 1]]  # (where a row starts, after the first)
    bounds = [0, *cuts, len(nos)] if nos else []
    return [(start + a, start + b) for a, b in itertools.pairwise(bounds)]


def grid_runs(items: list[Item]) -> list[tuple[int, int, int, float, tuple[int, ...]]]:
    """The runs of rows read as a grid, as ``(start, end, columns, measure, held)``: from a split row (two parts
    or more) on, the rows whose every line is no wider than the measure (the width most of their lines have), up to
    a blank line (a run's first row may stand after one, its last before one); a row wider, followed by a split row
    that fits, is held (a row split_joined_rows left whole: read in its place if it parts into column lines,
    :func:`_held_parts`, else after the run); a run holds
    :data:`MIN_SPLIT_ROWS` split rows at least.

    >>> mk = lambda no, t, g=False: Item(no, t, t, float(len(t)), g, False)
    >>> page = [mk(0, "标题很长很长很长很长很长", True)] + [mk(1 + r // 2, "甲乙丙丁") for r in range(6)] + [mk(9, "丁。")]
    >>> grid_runs(page)
    [(1, 8, 2, 4.0, ())]
    """
    rows = _rows(items, 0, len(items))
    out: list[tuple[int, int, int, float, tuple[int, ...]]] = []
    x = 0
    while x < len(rows):
        a, b = rows[x]
        if b - a < 2:
            x += 1
            continue
        widths = Counter(round(it.width) for it in items[a:b])
        y = x + 1
        while y < len(rows):
            if not _in_grid(items, rows[y]):
                break
            widths.update(round(it.width) for it in items[rows[y][0] : rows[y][1]])
            y += 1
        measure = float(widths.most_common(1)[0][0])  # (a body's full lines outnumber its other lines)
        y = x + 1
        held: list[int] = []
        while y < len(rows) and _in_grid(items, rows[y]):
            if not _fits(items, rows[y], measure):
                if not (y + 1 < len(rows) and _in_grid(items, rows[y + 1]) and _fits(items, rows[y + 1], measure, 2)):
                    break
                held.extend(range(*rows[y]))  # (a row left unsplit among split rows: read after the run)
            y += 1
        split = [rows[z][1] - rows[z][0] for z in range(x, y) if rows[z][1] - rows[z][0] >= 2]
        if len(split) >= MIN_SPLIT_ROWS:
            k = max(split)
            first, last = _story_start(items, rows, x, k, measure, out[-1][1] if out else 0), y - 1
            if y < len(rows) and _in_grid(items, rows[y]) and (y + 1 == len(rows) or not _in_grid(items, rows[y + 1])):
                last = y if _whole_edge(items, rows, y, k, measure, "last") else y - 1
            edges = [z for z in [*range(first, x), last] if z not in range(x, y) and not _fits(items, rows[z], measure)]
            held = [j for z in edges for j in range(*rows[z])] + held
            out.append((rows[first][0], rows[last][1], k, measure, tuple(sorted(held))))
            y = last + 1
        x = y
    return out


def _story_start(items: list[Item], rows: list[tuple[int, int]], x: int, k: int, measure: float, bound: int) -> int:
    """The row a run starting at ``rows[x]`` starts at with a story's first rows printed whole (:func:`_whole_edge`,
    ``本报讯（记者 杨帆 带动周边农家乐``) taken in: from a blank line (at ``bound`` at the earliest), up to
    :data:`FIRST_ROWS` rows of lines whole or within the ``measure``, the first whole; else ``x``.
    """
    first = x
    while first > max(0, x - FIRST_ROWS) and _in_grid(items, rows[first]) and bound <= rows[first - 1][0]:
        if not (_fits(items, rows[first - 1], measure) or _whole_edge(items, rows, first - 1, k, measure, "inner")):
            return x
        first -= 1
    if first == x or _in_grid(items, rows[first]) or not _whole_edge(items, rows, first, k, measure, "first"):
        return x
    return first


def _whole_edge(items: list[Item], rows: list[tuple[int, int]], z: int, k: int, measure: float, edge: Edge) -> bool:
    """Whether ``rows[z]``, a line by a run (no blank line between), is a row pdftotext printed whole that parts
    into its ``k`` columns' lines (:func:`_held_parts`; wider than the ``measure``): a story's ``first`` row, a
    line of each column, those after the first full (``本报讯（记者 杨帆 带动周边农家乐和民宿生``: a dateline beside
    the next column's running line); a run's ``last``, its parts full or ending a sentence (``南区已将老旧小 场。``);
    a row between a story's first and the run (``inner``). A short part ending no sentence in a first or last
    row may be a head (``国家统计局服务业 供需两端同步回升``, lay17 ec-01): no such row; nor a first or last row
    with a part wider than the measure (a two-part headline right over the columns, ``全省春耕备耕工作全面展开
    粮食播种面积预计稳中有增``; a caption row under two photos).
    """
    if not 0 <= z < len(rows) or rows[z][1] - rows[z][0] != 1 or _fits(items, rows[z], measure):
        return False
    parts = _held_parts(items[rows[z][0]], k, measure)
    if edge != "inner" and any(p.width > measure + WIDTH_SLACK for p in parts):
        return False  # (a part wider than a column's line: a headline's half, a caption under photos)
    full = [p.width >= measure - FULL_LINE_SLACK or (edge == "last" and p.ends) for p in parts]
    if edge == "first":  # (a headline over the columns parts into fewer: ``日本春季劳资谈判 平均加薪幅度``, ec-10)
        return len(parts) == k and all(full[1:])
    return bool(parts) and (edge == "inner" or all(full))


def _in_grid(items: list[Item], row: tuple[int, int]) -> bool:
    """Whether the row ``items[row[0]:row[1]]`` stands in a run: no blank line before it."""
    return not (items[row[0]].gap_before or items[row[0] - 1].gap_after)


def _fits(items: list[Item], row: tuple[int, int], measure: float, parts: int = 1) -> bool:
    """Whether the row holds ``parts`` lines at least, each no wider than ``measure`` (:data:`WIDTH_SLACK`)."""
    return row[1] - row[0] >= parts and all(it.width <= measure + WIDTH_SLACK for it in items[row[0] : row[1]])


def read_grid(lines: list[Item], k: int, measure: float, pairs: Counter[str]) -> list[Item]:
    """``lines``, rows of up to ``k`` columns' lines (parts of one printed line share its number), read column by
    column: the placing of every row's parts (:func:`~textclean.clean.gridbeam.placings`) that scores best over the run, kept to the
    :data:`~textclean.clean.gridbeam.BEAM` best after each row (a row's placing is often told only by the rows after it). A line under the
    last split row that opens a paragraph or goes on no running column (a label, the next story's head) is read
    after the columns.

    >>> mk = lambda no, t: Item(no, t, t, float(len(t)), False, False)
    >>> rows = [mk(0, "甲乙丙丁"), mk(0, "子丑寅卯"), mk(1, "戊己庚辛"), mk(1, "辰巳午未"), mk(2, "壬癸。"), mk(3, "申酉。")]
    >>> [it.text for it in read_grid(rows, 2, 4.0, Counter())]
    ['甲乙丙丁', '戊己庚辛', '壬癸。', '子丑寅卯', '辰巳午未', '申酉。']
    """
    rows = [list(group) for _, group in itertools.groupby(lines, key=lambda it: it.no)]
    if any(len(row) > k for row in rows):
        return lines
    path = _beam_search(rows, k, measure, pairs)
    cols: list[list[Item]] = [[] for _ in range(k)]
    last_split = max(x for x, row in enumerate(rows) if len(row) > 1)
    after: list[Item] = []
    for x, (row, cs) in enumerate(zip(rows, path, strict=True)):
        for c, it in zip(cs, row, strict=True):
            if x > last_split and (_opens(it, measure) or not (cols[c] and _runs_on(cols[c][-1], measure))):
                after.append(it)  # (a line under the last row that goes on no column: a label or head after it)
            else:
                cols[c].append(it)
    return [it for col in cols if col for it in run_on(col)] + after
