"""The row grid's placings: how well a line goes on under each column's last line, and the beam search that
places each split row's parts on the columns (:func:`_beam_search`, used by :func:`~textclean.clean.rowgrid.read_grid`).

A column mid-sentence takes a line the words carry on into (:func:`~textclean.clean.junctions.junction`); a column
whose paragraph ended takes an indented first line or a head; a column mid-sentence left without a line costs
:data:`SKIPS_RUN`.
"""

from __future__ import annotations

import itertools
from collections import Counter
from operator import itemgetter

from textclean.clean.junctions import junction
from textclean.clean.mixedrows import list_number
from textclean.clean.roles import Item
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT

#: The indent of a paragraph's first line (2 em) less a mark's squeeze: a line that ends no sentence and falls at
#: least this short of the measure opens a paragraph (or is a head), it does not go on in a running column.
INDENT_SHORT = 1.5
#: Placings kept after each row (:func:`read_grid`): a row's placing is often told by the next rows; the runs of the
#: studied families hold up to 60 rows of up to 6 parts. Characters out of order (tools/orderscore.py, pdftotext,
#: news / opinion / economy families): .140 / .181 / .147 at 1 (greedy), .115 / .163 / .120 at 24, .114 / .161 / .119
#: at 64 (body CER the same within .004 either way).
BEAM = 24
#: Score (log odds) of a line that goes on a column whose last line runs on (full, no sentence ended) and is not a
#: paragraph's first line: as strong as a pair's evidence (:func:`~textclean.clean.junctions.junction`).
GOES_ON = 2.0
#: Score of a paragraph's first line (or a head) under a column whose paragraph ended, or opening a column.
OPENS = 1.0
#: Cost of a paragraph's first line under a column whose line runs on: the column's text would break mid-sentence.
BREAKS_RUN = 4.0
#: Cost of a column whose line runs on left without a line in a row that holds other columns' lines: pdftotext
#: prints a shifted column's line a row late, so a cost, not a bar. Characters out of order (as :data:`BEAM`): .118 /
#: .166 / .121 at 0, .115 / .163 / .120 at 1, .125 / .172 / .121 at 2; :data:`GOES_ON` 1 or 3, :data:`BREAKS_RUN` 2 or
#: 8, :data:`OPENS` 0 or 2 each moved them by .003 at most.
SKIPS_RUN = 1.0
#: Closing brackets and the opening ones they close: a short line closing a bracket it did not open ends a note
#: running on from the line above (``授）``), it opens no paragraph (:func:`_closes`). Measured as a placing only
#: (:func:`fit`), body CER pdftotext lay15 .324 -> .322, lay16 .506 -> .495 (author note .590 -> .617), lay20 .611 ->
#: .617 (recall .609 -> .613, title .315 -> .323), lay18 column/kicker .237 -> .232; as a placing and in the lines read
#: after the grid too, lay18 column/kicker .226 and title -.006 (dropped); in the lines after alone, no gain.
#: Square and angle brackets never fired on the seven corpora.
CLOSING = "）)"
OPENING = "（("


def _beam_search(rows: list[list[Item]], k: int, measure: float, pairs: Counter[str]) -> list[tuple[int, ...]]:
    """The columns each row's parts go to (:func:`read_grid`): the placings (:func:`placings`) that score best over
    the rows, kept to the :data:`BEAM` best after each row. Only the kept states are built (a row grows up to
    ``BEAM`` x C(k, parts) candidates) and each keeps a pointer to the state it grew from, not its whole path (a
    path copied per candidate grew with the square of the rows).

    >>> mk = lambda no, t: Item(no, t, t, float(len(t)), False, False)
    >>> _beam_search([[mk(0, "甲乙丙丁"), mk(0, "子丑寅卯")], [mk(1, "壬癸。")]], 2, 4.0, Counter())
    [(0, 1), (0,)]
    >>> _beam_search([[mk(0, "甲乙丙丁")]], 1, 4.0, Counter())  # (one column: one way)
    [(0,)]
    """
    beam: list[tuple[float, tuple[Item | None, ...]]] = [(0.0, (None,) * k)]
    backs: list[list[tuple[int, tuple[int, ...]]]] = []  # (per row, per kept state: the state it grew from, placing)
    fits: dict[tuple[int, int], float] = {}  # (the beam's states share their last lines: each pair's fit once)
    for row in rows:
        grown: list[tuple[float, int, tuple[int, ...]]] = []
        placed: dict[tuple[int, ...], list[tuple[tuple[int, ...], float]]] = {}  # (states with the same last lines)
        for b, (score, lasts) in enumerate(beam):
            key = tuple(map(id, lasts))
            ways = placed.get(key)
            if ways is None:
                ways = placed[key] = placings(lasts, row, measure, pairs, fits)
            grown.extend([(score + gain, b, cs) for cs, gain in ways])
        grown.sort(key=itemgetter(0), reverse=True)  # (stable: ties keep the leftmost placing)
        kept = grown[:BEAM]
        backs.append([(b, cs) for _, b, cs in kept])
        beam = [(total, _placed(beam[b][1], row, cs)) for total, b, cs in kept]
    path: list[tuple[int, ...]] = []
    b = 0
    for back in reversed(backs):
        b, cs = back[b]
        path.append(cs)
    return path[::-1]


def _placed(lasts: tuple[Item | None, ...], row: list[Item], cs: tuple[int, ...]) -> tuple[Item | None, ...]:
    """The columns' last lines once ``row``'s parts went to the columns ``cs``."""
    now = list(lasts)
    for c, it in zip(cs, row, strict=True):
        now[c] = it
    return tuple(now)


def placings(
    lasts: tuple[Item | None, ...],
    row: list[Item],
    measure: float,
    pairs: Counter[str],
    fits: dict[tuple[int, int], float] | None = None,
) -> list[tuple[tuple[int, ...], float]]:
    """Each way ``row``'s parts may go (left to right) to the columns whose last lines are ``lasts``, with its
    score: each part's :func:`fit`, a column mid-sentence left without a line costing :data:`SKIPS_RUN`. ``fits``
    keeps each (last line, part) pair's fit across calls (keyed by the lines' ids: the caller keeps them alive);
    each (column, part) pair is looked up once, not once per way.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> best = lambda lasts, row: max(placings(lasts, row, 4.0, Counter()), key=lambda p: p[1])[0]
    >>> best((mk("甲乙丙丁"), mk("子丑寅。")), [mk("辰巳")])  # (a first line: the column that ended)
    (1,)
    >>> best((mk("甲乙丙丁"), mk("子丑寅。")), [mk("戊己庚辛")])  # (a running line: the running column)
    (0,)
    """
    running = [_runs_on(last, measure) for last in lasts]
    fits = {} if fits is None else fits
    n_running = sum(running)
    k, r = len(lasts), len(row)
    table = [[0.0] * r for _ in range(k)]  # (part p goes, left to right, to a column from p to k - r + p)
    for p, it in enumerate(row):
        for c in range(p, k - r + p + 1):
            key = (id(lasts[c]), id(it))
            got = fits.get(key)
            if got is None:
                got = fits[key] = fit(lasts[c], it, measure, pairs)
            table[c][p] = got
    out = []
    for cs in itertools.combinations(range(k), r):
        score = 0.0
        skipped = n_running
        for p, c in enumerate(cs):
            score += table[c][p]
            skipped -= running[c]
        score -= SKIPS_RUN * skipped
        out.append((cs, score))
    return out


def _runs_on(last: Item | None, measure: float) -> bool:
    """Whether a column whose last line is ``last`` is mid-paragraph: a full line or a paragraph's indented first
    line (:data:`INDENT`), ending no sentence (a head's shorter last line is neither)."""
    return last is not None and not last.ends and last.width >= measure - INDENT - FULL_LINE_SLACK


def _opens(it: Item, measure: float) -> bool:
    """Whether ``it`` opens a paragraph or is a head: it ends no sentence and falls an indent short of the measure."""
    return not it.ends and it.width <= measure - INDENT_SHORT


def _closes(it: Item) -> bool:
    """Whether ``it`` closes a bracket it did not open: an author note's last line (``（作者系南湖师范学院教`` /
    ``授）``) goes on a column running on (:func:`fit`), it breaks no sentence there.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> _closes(mk("授）")), _closes(mk("（一）质量")), _closes(mk("学思践悟"))
    (True, False, False)
    """
    return it.text[-1:] in CLOSING and not any(c in OPENING for c in it.text)


def fit(last: Item | None, it: Item, measure: float, pairs: Counter[str]) -> float:
    """How well (log odds) ``it`` goes under ``last``, a column's last line (``None``: the column has none yet).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> fit(mk("甲乙丙丁"), mk("戊己庚辛"), 4.0, Counter()) > fit(mk("甲乙丙。"), mk("戊己庚辛"), 4.0, Counter())
    True
    >>> fit(mk("甲乙丙丁"), mk("戊"), 4.0, Counter())  # (a first line under a running line: the text would break)
    -4.0
    """
    if last is None:
        return OPENS if _opens(it, measure) else 0.0
    if _runs_on(last, measure):
        if _opens(it, measure) and not (_closes(it) or list_number(last.text)):  # (a numbered head's 2nd line: short)
            return -BREAKS_RUN
        return GOES_ON + junction(last, it, pairs)
    return OPENS if _opens(it, measure) else 0.0
