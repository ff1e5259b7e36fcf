"""Content similarity between headline material and article bodies.

On real pages a headline, pull quote or byline often stands far from its
body.  They are matched back by what they say: a pull quote restates a
sentence of its body (long character n-grams recur), a title's words recur
in its body (character bigrams, weighted by how rare they are on the page).
"""

from __future__ import annotations

import functools
import itertools
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

import numpy as np

from textclean.clean.chardata import HAN

_NON_HAN_RE = re.compile(f"[^{HAN}0-9A-Za-z]+")
#: A text at least this long (a body) has its content characters picked with a lookup table
#: (:func:`_content_table`): the regex costs more per character, the table more per call (a title).
TABLE_CHARS = 256

#: A title is matched by its words: character bigrams (most Chinese words are two characters).
TITLE_NGRAM = 2
#: A pull quote is matched by runs of this many characters: a restated sentence shares them,
#: unrelated text on the same subject shares its words but hardly any runs this long.
QUOTE_NGRAM = 4
#: The score of a pairing that must not be made; an assignment whose total is no higher is none.
NO_FIT = -1.0
#: Assignments with at most this many choices are tried exhaustively, larger ones greedily
#: (a page holds a handful of articles).
EXHAUSTIVE_CHOICES = 50_000
#: Totals closer than this are equal (float sums of the same scores in another order).
TIE = 1e-12
#: How far a body's rate of a headline bigram is drawn toward the page's rate (:meth:`BigramIdf.likelihood_share`):
#: as if this many characters of the page's text were added to each body. A body's own count then speaks once
#: it holds the bigram a few times (a report excerpt of 500-3000 characters names its subject again and again),
#: and a short body (a brief) does not win a bigram it lacks for having few characters to lack it in.
PAGE_PRIOR_CHARS = 500


def content_chars(text: str) -> str:
    """Only the characters that carry content (Han, digits, Latin letters).

    >>> content_chars("走在前、开新局。“五型”")
    '走在前开新局五型'
    >>> long = "走在前、开新局。“五型”2023年 A-share 鑛\U00020000\U00031350" * 20
    >>> content_chars(long) == _NON_HAN_RE.sub("", long)
    True
    """
    if len(text) < TABLE_CHARS:
        return _NON_HAN_RE.sub("", text)
    table = _content_table()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    return codes[table[np.minimum(codes, len(table) - 1)]].tobytes().decode("utf-32-le")


@functools.cache
def _content_table() -> np.ndarray[Any, np.dtype[np.bool_]]:
    """Whether each code point up to the last Han one is a content character (:func:`content_chars`), then
    one ``False`` that stands for all beyond.

    >>> table = _content_table()
    >>> all(table[cp] == (_NON_HAN_RE.match(chr(cp)) is None) for cp in range(len(table) - 1))
    True
    """
    ranges = [("0", "9"), ("A", "Z"), ("a", "z"), *zip(HAN[::3], HAN[2::3], strict=True)]
    table = np.zeros(max(ord(last) for _, last in ranges) + 2, dtype=np.bool_)
    for first, last in ranges:
        table[ord(first) : ord(last) + 1] = True
    return table


@functools.lru_cache(maxsize=1024)
def ngrams(text: str, n: int) -> frozenset[str]:
    """The set of character n-grams of the content characters of ``text``.

    >>> sorted(ngrams("工会工作", 2))
    ['会工', '工会', '工作']
    """
    s = content_chars(text)
    return frozenset(map("".join, zip(*(s[k:] for k in range(n)), strict=False)))  # shorter tails end it


# Headline material is short, bodies are long: rather than build the thousands of
# n-grams of a body, the few n-grams of a headline are looked up in the body's
# content characters (an n-gram of content characters is one of the body's
# exactly when it occurs there). A pair of an n-gram and a body seldom recurs (a title's
# bigrams are searched once per page, :class:`BigramIdf`): the searches are not cached. Most
# n-grams are none of a body's, and a search that finds nothing reads the whole body: a body's
# n-grams are marked in a table first (:func:`gram_marks`), and one unmarked is not searched for.


@functools.lru_cache(maxsize=256)
def _content(text: str) -> str:
    """:func:`content_chars` of a text compared again and again (a body)."""
    return content_chars(text)


#: The slots the n-grams of a text are marked in (:func:`gram_marks`): a body's thousand or two distinct n-grams mark
#: a few percent of them, so an n-gram not in the body is seldom searched for (a search that finds nothing reads the
#: whole body).
MARK_SLOTS = 1 << 15
#: An n-gram's slot: its code points read as the digits of a number in this base, modulo :data:`MARK_SLOTS`
#: (Knuth's 16-bit golden-ratio prime, spreading neighbouring characters apart).
MARK_FACTOR = 40503
#: A text searched for n-grams has them marked (:func:`gram_marks`) from this many content characters on: the marks
#: cost about as much as searching a shorter text for a few dozen n-grams.
MARKED_CHARS = 256


def mark_slot(gram: str) -> int:
    """The slot of an n-gram among :data:`MARK_SLOTS`.

    >>> mark_slot("工会") == (ord("工") * MARK_FACTOR + ord("会")) % MARK_SLOTS
    True
    """
    slot = 0
    for ch in gram:
        slot = slot * MARK_FACTOR + ord(ch)
    return slot & (MARK_SLOTS - 1)


@functools.lru_cache(maxsize=32)  # (the bodies of a page, each searched for n-grams of one or two lengths)
def gram_marks(content: str, n: int) -> bytes:
    """For each of :data:`MARK_SLOTS` slots, whether an n-gram of ``content`` has that slot (:func:`mark_slot`):
    an n-gram whose slot is unmarked is none of the text's (one that is marked may be, or share the slot).

    >>> marks = gram_marks("工会工作", 2)
    >>> [marks[mark_slot(g)] for g in ("工会", "会工", "工作")], sum(marks), sum(gram_marks("工会", 3))
    ([1, 1, 1], 3, 0)
    """
    codes = np.frombuffer(content.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    count = max(0, len(codes) - n + 1)
    slots = codes[:count].copy()
    for k in range(1, n):  # (each step modulo 2**32, which MARK_SLOTS divides)
        slots = slots * np.uint32(MARK_FACTOR) + codes[k : k + count]
    marks = np.zeros(MARK_SLOTS, dtype=np.bool_)
    marks[slots & np.uint32(MARK_SLOTS - 1)] = True
    return marks.tobytes()


def said(line: str, text: str) -> float:
    """The share of ``line``'s bigrams (:data:`TITLE_NGRAM`) found in ``text``, as printed: how much of a headline
    line a page's running text says (a title names its body; a series' or a report's name says little of it).

    >>> said("聚焦党的十八大报告", "建设生态文明，是关系人民福祉的长远大计。党的建设"), round(said("大力推进生态文明建设", "建设生态文明"), 2)
    (0.125, 0.44)
    """
    grams = ngrams(line, TITLE_NGRAM)
    return sum(g in text for g in grams) / len(grams) if grams else 0.0


def count_found(grams: frozenset[str], text: str) -> int:
    """How many of ``grams`` (n-grams from :func:`ngrams`) are n-grams of ``text`` too.

    ``len(grams & ngrams(text, n))``, without building the n-grams of ``text``: each is searched for in its content
    characters, in a long text only where its slot is marked (:func:`gram_marks`).

    >>> grams = ngrams("工会工作", 2)
    >>> count_found(grams, "工会的工作。"), len(grams & ngrams("工会的工作。", 2))
    (2, 2)
    >>> long = "工会的工作。" * 50
    >>> count_found(grams, long), count_found(ngrams("工会的工作", 4), long), count_found(ngrams("法治", 2), long)
    (2, 2, 0)
    """
    content = _content(text)
    lengths = set(map(len, grams))
    if len(content) < MARKED_CHARS or len(lengths) != 1:
        return sum(map(content.__contains__, grams))  # True counts 1
    marks = gram_marks(content, lengths.pop())
    ordered, slots = _slots(grams)
    return sum(map(content.__contains__, itertools.compress(ordered, map(marks.__getitem__, slots))))


@functools.lru_cache(maxsize=1024)  # (a headline's or a pull quote's n-grams are counted in each body)
def _slots(grams: frozenset[str]) -> tuple[list[str], list[int]]:
    """The n-grams in some order and the slot of each (:func:`mark_slot`)."""
    ordered = list(grams)
    return ordered, [mark_slot(gram) for gram in ordered]


@functools.lru_cache(maxsize=4096)  # a pull quote is weighed against each body more than once
def containment(part: str, whole: str, n: int = QUOTE_NGRAM) -> float:
    """Share of ``part``'s n-grams found in ``whole``: how much of a pull quote its body restates.

    >>> containment("团结奋进的大会", "党的二十大是一次团结奋进的大会，为")
    1.0
    >>> containment("团结奋进的大会", "劳动法律监督")
    0.0
    """
    grams = ngrams(part, n)
    if not grams:
        return 0.0
    return count_found(grams, whole) / len(grams)


class BigramIdf:
    """Bigram weights over the bodies of one page: a bigram found in few bodies weighs more.

    >>> idf = BigramIdf(["工会工作", "工会组织"])
    >>> idf.weight("工会") < idf.weight("工作") < idf.weight("法治")
    True
    """

    def __init__(self, bodies: Sequence[str]) -> None:
        #: The bodies' content characters (see :func:`count_found`).
        self.contents = [_content(b) for b in bodies]
        #: Their content characters run together: the running text a headline's line break is read across.
        self.text = "".join(self.contents)
        self.n = len(bodies)
        #: Weights of the bigrams asked for so far. Only headline bigrams are ever
        #: weighed (a few dozen), so document frequencies are counted on demand
        #: rather than over the thousands of bigrams of the bodies.
        self._weights: dict[str, float] = {}
        #: For each body, the bigrams weighed so far that it holds (one search of each body a bigram).
        self._held: list[set[str]] = [set() for _ in bodies]
        #: Summed weights of the headline texts seen so far (each is scored against every body).
        self._totals: dict[str, float] = {}
        #: :meth:`coverage` of each (text, body) asked so far (a pairing is weighed more than once).
        self._covers: dict[tuple[str, int], float] = {}
        #: Each body's :func:`gram_marks` of bigrams, made when the first bigram is weighed.
        self._marks: list[bytes] | None = None
        #: :meth:`likelihood_share` of each text asked so far, one share a body.
        self._shares: dict[str, tuple[float, ...]] = {}

    def weight(self, gram: str) -> float:
        """Weight of a bigram of content characters (one from :func:`ngrams`).

        A body is searched for it only where its slot is marked (:func:`gram_marks`): a bigram of a title is
        none of most bodies' bigrams, and a search that finds nothing reads the whole body.
        """
        w = self._weights.get(gram)
        if w is None:
            self._weigh((gram,))
            w = self._weights[gram]
        return w

    def _weigh(self, grams: Iterable[str]) -> None:
        """Weigh those of ``grams`` not weighed yet, all at once: each body is searched (in C) only for those
        whose slot it marks (:func:`gram_marks`), and each bigram's weight is the same as weighed alone (the
        number of bodies holding it). Test: ``tests/clean/test_fastpaths.py``."""
        weights = self._weights
        new = [g for g in grams if g not in weights]
        if not new:
            return
        if self._marks is None:
            self._marks = [gram_marks(c, TITLE_NGRAM) for c in self.contents]
        slots = list(map(mark_slot, new))
        bodies: Counter[str] = Counter()
        for content, marks, held in zip(self.contents, self._marks, self._held, strict=True):
            found = set(filter(content.__contains__, itertools.compress(new, map(marks.__getitem__, slots))))
            held |= found
            bodies.update(found)
        for g in new:
            weights[g] = math.log(1.0 + (self.n + 1) / (1.0 + bodies[g]))

    def coverage(self, text: str, body_index: int) -> float:
        """Weighted share of ``text``'s bigrams present in body ``body_index`` (0 to 1).

        The weights are added with :func:`math.fsum`: a set's order changes with
        the hash seed, and a plain float sum with the order of its terms, so two
        bodies holding the same bigrams could score a hair apart (and a tie go one
        way or the other from run to run). ``fsum`` is exact: equal sets of
        weights give equal scores in any order.

        >>> idf = BigramIdf(["工会推进法治建设", "建设和推进"])  # body 1 holds 推进 and 建设 only
        >>> idf.coverage("推进法治建设", 0), round(idf.coverage("推进法治建设", 1), 2)
        (1.0, 0.34)
        """
        cover = self._covers.get((text, body_index))
        if cover is not None:
            return cover
        grams = ngrams(text, TITLE_NGRAM)
        if not grams:
            return 0.0
        total = self._totals.get(text)
        if total is None:
            self._weigh(grams)
            total = self._totals[text] = math.fsum(map(self._weights.__getitem__, grams))
        # (every bigram of the text weighed for its total; fsum is exact, the order of the held ones is none)
        hit = math.fsum(map(self._weights.__getitem__, grams & self._held[body_index]))
        cover = self._covers[text, body_index] = hit / total if total else 0.0
        return cover

    def likelihood_share(self, text: str, body_index: int) -> float:
        """How likely body ``body_index`` is, of the page's bodies, to be the one ``text`` (a headline) names:
        its share of the posterior over the bodies (equal priors) of drawing the headline's bigrams, each at a
        body's own rate of it, drawn toward the page's rate (:data:`PAGE_PRIOR_CHARS`); 0 for all where no body
        holds any of its bigrams.

        :meth:`coverage` asks whether a body holds a headline's words at all; report excerpts share their words, and a
        body of the page's subject holds most words of every head. How often it uses them tells more
        (:func:`~textclean.clean.strayheads.names_over_stray_titles` asks): below, both bodies say
        ``实施科教兴国战略``, one of them once, the other throughout.

        >>> science = "大力发展科技教育事业，实施科教兴国战略。" * 30
        >>> reform = "深化改革开放，推进体制改革。" * 40 + "实施科教兴国战略。"
        >>> idf = BigramIdf([science, reform])
        >>> idf.coverage("实施科教兴国战略", 0), idf.coverage("实施科教兴国战略", 1)
        (1.0, 1.0)
        >>> round(idf.likelihood_share("实施科教兴国战略", 0), 2), idf.likelihood_share("法治", 0)
        (1.0, 0.0)
        """
        shares = self._shares.get(text)
        if shares is None:
            shares = self._shares[text] = self._posterior(text)
        return shares[body_index]

    def _posterior(self, text: str) -> tuple[float, ...]:
        """:meth:`likelihood_share` of ``text`` for every body (log-likelihoods summed over its bigrams)."""
        total = sum(map(len, self.contents))
        logs = [0.0] * self.n
        heard = False
        for gram in sorted(ngrams(text, TITLE_NGRAM)):  # (sorted: the same sum in any hash order)
            counts = [c.count(gram) for c in self.contents]
            if not any(counts):
                continue
            heard = True
            prior = PAGE_PRIOR_CHARS * sum(counts) / total
            for k, (count, content) in enumerate(zip(counts, self.contents, strict=True)):
                logs[k] += math.log((count + prior) / (len(content) + PAGE_PRIOR_CHARS))
        if not heard:
            return (0.0,) * self.n
        top = max(logs)
        odds = [math.exp(x - top) for x in logs]
        whole = math.fsum(odds)
        return tuple(x / whole for x in odds)


def contains_at_least(part: str, whole: str, share: float, n: int = QUOTE_NGRAM) -> bool:
    """``containment(part, whole, n) >= share``, its n-grams searched one by one and the search given up once too
    many are missing: most texts checked against a page (a box's lines) miss their first runs, and no marks table
    (:func:`gram_marks`) is then made of ``whole`` (content characters) for them.

    >>> contains_at_least("联合体超计划生产的产品，可以", "其他。联合体超计划生产的产品，可以自销。", 0.6)
    True
    >>> contains_at_least("镍、钴、稀土、铌等资源", "其他。", 0.6), contains_at_least("", "其他", 0.0)
    (False, False)
    """
    grams = ngrams(part, n)
    if not grams:
        return False
    total, missing = len(grams), 0
    for gram in grams:
        if gram not in whole:
            missing += 1
            if (total - missing) / total < share:
                return False  # (the share cannot reach the bar any more)
    return (total - missing) / total >= share


def best_assignment(scores: list[list[float]]) -> list[int | None]:
    """Assign rows to distinct columns maximising the total score; rows may stay unassigned.

    Exhaustive for small problems (pages hold a handful of articles), greedy
    beyond; either way, of equal choices the one first in page order wins
    (earlier rows, then earlier columns). Returns, for each row, its column or ``None``.

    >>> best_assignment([[0.9, 0.8], [0.85, 0.1]])
    [1, 0]
    >>> best_assignment([[0.5], [0.7]])
    [None, 0]
    """
    rows = len(scores)
    cols = len(scores[0]) if rows else 0
    if not rows or not cols:
        return [None] * rows
    k = min(rows, cols)
    if math.perm(max(rows, cols), k) <= EXHAUSTIVE_CHOICES:
        if rows <= cols:
            best = _best_injection(scores)
            return list(best) if best is not None else [None] * rows
        # more rows than columns: give each column a distinct row
        best = _best_injection([[scores[r][c] for r in range(rows)] for c in range(cols)])
        pick: list[int | None] = [None] * rows
        for c, r in enumerate(best or ()):
            pick[r] = c
        return pick
    out: list[int | None] = [None] * rows
    used: set[int] = set()
    pairs = sorted((-scores[r][c], r, c) for r in range(rows) for c in range(cols))  # equal scores: page order
    for _s, r, c in pairs:
        if out[r] is None and c not in used:
            out[r] = c
            used.add(c)
    return out


def _best_injection(m: list[list[float]]) -> tuple[int, ...] | None:
    """Distinct columns for the rows of ``m`` (no more rows than columns) with the highest total.

    The choices are tried in the order of :func:`itertools.permutations` and
    one replaces the best so far only when its total is higher by more than
    :data:`TIE` (so the first of equal ones is kept); None when no total exceeds :data:`NO_FIT`.
    A branch is left out when even the best column for each of its remaining
    rows could not lift its total that far above the best so far (allowing for
    the rounding of the sums): the result is that of trying every choice, in
    far fewer steps.

    >>> _best_injection([[0.9, 0.8], [0.85, 0.1]]), _best_injection([[-1.0, -1.0]])
    ((1, 0), None)
    """
    n, width = len(m), len(m[0])
    rest = [0.0] * (n + 1)  # rest[i]: the most that rows i, i + 1, ... can add
    for i in range(n - 1, -1, -1):
        rest[i] = rest[i + 1] + max(m[i])
    # a bound on the rounding of a total and of partial + rest (float sums of at most 2n terms)
    slack = 4 * n * sys.float_info.epsilon * sum(max(abs(x) for x in row) for row in m)
    best_total, best = NO_FIT, None
    chosen: list[int] = []
    used = [False] * width

    def visit(i: int, partial: float) -> None:
        nonlocal best_total, best
        if i == n:
            total = sum(m[r][c] for r, c in enumerate(chosen))
            if total > best_total + TIE:
                best_total, best = total, tuple(chosen)
            return
        if partial + rest[i] + slack <= best_total + TIE:
            return  # no choice below can beat the best so far
        for c in range(width):
            if not used[c]:
                used[c] = True
                chosen.append(c)
                visit(i + 1, partial + m[i][c])
                chosen.pop()
                used[c] = False

    visit(0, 0.0)
    return best


def coverage_margin(idf: BigramIdf, text: str) -> float:
    """How much better ``text`` fits its best body than the next best (:meth:`BigramIdf.coverage`; 0 to 1).

    >>> idf = BigramIdf(["工会推进法治建设", "工会服务职工"])
    >>> round(coverage_margin(idf, "法治建设"), 2), round(coverage_margin(idf, "工会"), 2)
    (1.0, 0.0)
    """
    cover = [*sorted((idf.coverage(text, d) for d in range(idf.n)), reverse=True), 0.0, 0.0]
    return cover[0] - cover[1]
