"""A quick look at whether a page's lines may hold columns read row by row (:mod:`~textclean.clean.rowread`).

Most pages' lines run on as read; reading them all as rows (:func:`~textclean.clean.rowread.read_columns`) is
dear, so a few look-ups first pass over most pages (:func:`may_read_rows`).
"""

from __future__ import annotations

import itertools
import math
from functools import lru_cache
from operator import sub

from textclean.clean.junctions import LEXICON_CLASSES, pair_classes, rough_ends, rough_row
from textclean.clean.roles import Item

#: Most columns a row is read across: a broadsheet sets a body in at most six, but two stories side by side on the
#: same baselines (one of three narrow columns, one of four) are read across as rows of seven. Line links gone wrong
#: after the reading (pdfminer, dev pages), six / seven / eight: news family 814 / 774 / 774, economy family 585 /
#: 466 / 466, opinion family 1018 / 1018 / 1019, devpages 1382 for each; the reading no slower on them.
MAX_COLUMNS = 7
#: Of the pairs of lines read one after the other, every :data:`GATE_STEP`-th is looked at first; where
#: :data:`GATE_PAIRS` of those that meet at two Han characters in a row hold no more than :data:`GATE_HITS`
#: common pairs (:func:`_common_pairs`: counted :data:`GATE_PAIR_COUNT` times or more), a stretch may start:
#: 55% of Han pairs where lines run on are common, 6% of random ones, so running text seldom has none in seven.
#: One such pair is allowed in the seven: 6% of random pairs are common, so a window across columns read row by
#: row holds one by chance in 30% of cases (none 65%, at most one 94%), and running text passes 4% of windows;
#: seven pairs at every third span 21-30 lines, about all a piece's two columns of 8-10 rows hold (a loose pitch,
#: each line its own box: ``…促进城乡`` / ``村流通网络…`` closed the only window). Line links gone wrong (pdfminer /
#: pdftotext), none / one: a commentary family 596 / 720 -> 540 / 663, LAY 564 / 552 -> 535 / 552, LAY2 980 /
#: 1285 -> 969 / 1273, LAY3 397 / 590 -> 393 / 590, devpages 251 / 210 -> 247 / 210 (a pull quote beside a body).
#: (Every pair looked at, or every second, reads a page of 666 one-line articles as columns.) ...
GATE_STEP = 3
GATE_PAIRS = 7
GATE_HITS = 1
GATE_PAIR_COUNT = 100
#: ... and there, the lines of the next rows (:data:`GATE_ROWS` of them) must run on a row later better than
#: as read, by this much a line (:func:`~textclean.clean.junctions.junction`, the dictionary alone; about 1.6 where they were so read).
#: The full reading (``rowread._runs``) is then tried on 2 of the 600 devpages and 2 of 400 pages of
#: ``textclean synth`` (finding no stretch on any), and on half of 100 pages set in aligned columns. At 0.8 an
#: interview's four columns read row by row (most of their breaks between words, which the dictionary's pairs do
#: not tell) passed at 0.77 a line and were left as read; line links gone wrong after the reading (pdfminer dev
#: pages), 0.8 / 0.7: news family 768 / 755, economy 465 / 436, opinion and devpages unchanged (0.6 as 0.7); body
#: CER (pdfminer) down .001-.014 on the six families, the devpages unchanged.
GATE_ROWS = 4
GATE_GAIN = 0.7


def may_read_rows(items: list[Item], step: int = GATE_STEP) -> bool:
    """Whether the lines may hold a stretch read row by row: a quick look that passes over most pages (where
    the lines run on as read) with a few look-ups.

    Every ``step``-th pair of lines read one after the other is looked at (:data:`GATE_STEP`); where :data:`GATE_PAIRS`
    of those that meet at two letters (Han characters, near enough) in a row meet at no more than
    :data:`GATE_HITS` of the pairs jieba's dictionary words hold often (:func:`_common_pairs`), the lines of the
    next :data:`GATE_ROWS` rows from any of those pairs (:func:`_in_quiet_windows`) must run on a row later better
    than as read (:data:`GATE_GAIN`).
    """
    common = _common_pairs()
    pairs = [a.text[-1] + b.text[0] for a, b in zip(items[:-1:step], items[1::step], strict=False)]
    informative = [k for k, pair in enumerate(pairs) if pair.isalpha()]
    acc = list(itertools.accumulate(map(common.__contains__, map(pairs.__getitem__, informative)), initial=0))
    window = list(map(sub, acc[GATE_PAIRS:], acc))
    if min(window, default=GATE_HITS + 1) > GATE_HITS:
        return False
    starts = [at * step for at in _in_quiet_windows(informative, window)]
    span = GATE_ROWS * MAX_COLUMNS
    cuts = [k for k in range(1, len(starts)) if starts[k] - starts[k - 1] >= span]  # (windows apart: looked at apart)
    return any(_run_on_later(items, starts[a:b]) for a, b in itertools.pairwise([0, *cuts, len(starts)]))


def _run_on_later(items: list[Item], starts: list[int]) -> bool:
    """Whether, from one of the lines ``starts`` (in order, each within :data:`GATE_ROWS` rows of
    :data:`MAX_COLUMNS` lines of the one before), the lines of the next :data:`GATE_ROWS` rows of ``k`` columns run
    on from the line ``k`` before them better than from the line read before them (:data:`GATE_GAIN` a line, the
    dictionary alone: :func:`~textclean.clean.junctions.rough_row`). Each pair of lines is weighed once, the
    windows from neighbouring starts overlapping, and each window's gain summed exactly only near the bar.
    """
    span = GATE_ROWS * MAX_COLUMNS
    first, end = starts[0], min(len(items), starts[-1] + span)
    after_tails, heads = rough_ends(items[first:end])
    # after[k - 1][j - k]: line first + j read after line first + j - k (k from 1: a line is not read after itself)
    after = [rough_row(after_tails, heads[k:]) for k in range(1, MAX_COLUMNS + 1)]
    # gains[k][j - k]: what line first + j gains read a row of k later (each line's once, however many windows)
    gains = {k: list(map(sub, after[k - 1], after[0][k - 1 :])) for k in range(2, MAX_COLUMNS + 1)}
    sums = {k: list(itertools.accumulate(row, initial=0.0)) for k, row in gains.items()}
    whole = [i - first for i in starts if i + span <= end]  # (their windows whole: GATE_ROWS rows of k, less k)
    for k in range(2, MAX_COLUMNS + 1):
        lines = GATE_ROWS * k - k
        bar = GATE_GAIN * lines
        # (each whole window's running-sum gain, in C; only one near the bar or over it is summed exactly)
        near_bar = list(map(sub, sums[k][lines:], sums[k]))
        if whole and max(map(near_bar.__getitem__, whole)) >= bar - _SUM_SLACK:
            if any(math.fsum(gains[k][a : a + lines]) >= bar for a in whole if near_bar[a] >= bar - _SUM_SLACK):
                return True
    for i in starts[len(whole) :]:  # (the windows the page's end cuts short)
        near = end - i
        for k in range(2, MAX_COLUMNS + 1):
            a, b = i - first, i - first + min(near, GATE_ROWS * k) - k  # (the rows' lines, less k)
            if b <= a or sums[k][b] - sums[k][a] < GATE_GAIN * (b - a) - _SUM_SLACK:
                continue  # (the running sums tell most windows; near the bar, the exact sum decides)
            if math.fsum(gains[k][a:b]) >= GATE_GAIN * (b - a):
                return True
    return False


#: A difference of running sums of a page's gains (each under 6 in size:
#: :data:`~textclean.clean.junctions.PAIR_LOG_ODDS`) is off the exact sum of the gains between by far less than this
#: (under 1e-7 over 10,000 lines): a window this far under the bar is under it.
_SUM_SLACK = 1e-6


def _in_quiet_windows(informative: list[int], window: list[int]) -> list[int]:
    """The pairs looked at (their index among every :data:`GATE_STEP`-th pair) that the windows of
    :data:`GATE_PAIRS` pairs meeting at two letters with no more than :data:`GATE_HITS` common ones span, each
    once, in order: ``informative``, the index of each pair meeting at two letters; ``window``, how many common
    pairs each window opening at one of those holds. A stretch may start anywhere in a window, not only where it
    does: a window opens where the lines read one after the other stop meeting at common pairs, often a head's
    lines (short, ending no words) read before the stretch.

    Before, only each window's first pair was looked at, and a window opening within :data:`GATE_PAIRS` pairs
    of one so looked at was passed over: two articles set side by side in different measures (19 em and 17 em)
    and read row by row from a page's ninth line, under a kicker, a byline and a head read first, were never
    looked at where the rows begin (the window opens at the page's first line); after, every pair of the
    windows is looked at, the rows found and read back column by column.

    >>> _in_quiet_windows([0, 1, 2, 4, 5, 6, 7, 8, 9], [2, 1, 0])
    [1, 2, 4, 5, 6, 7, 8, 9]
    """
    quiet = itertools.compress(itertools.count(), map(GATE_HITS.__ge__, window))
    return sorted({informative[w] for start in quiet for w in range(start, start + GATE_PAIRS)})


@lru_cache(maxsize=1)
def _common_pairs() -> frozenset[str]:
    """The Han pairs jieba's dictionary words hold at least :data:`GATE_PAIR_COUNT` times (one of the
    :data:`LEXICON_CLASSES` bounds): 55% of lines that run on meet at one, 6% of random pairs of lines."""
    return frozenset(pair for pair, cls in pair_classes().items() if LEXICON_CLASSES[cls] >= GATE_PAIR_COUNT)
