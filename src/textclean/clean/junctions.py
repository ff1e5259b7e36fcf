"""Whether a line goes on in another: the two Han characters across the break.

How often jieba's dictionary words hold the pair, and whether the page's own lines hold it
(:func:`junction`). Measured on the devpages gold (pdfminer text, lines ending no sentence): of the line pairs
that run on, 72% meet at a pair one of them holds; of random pairs of lines, 12%. Used to read columns read row
by row back (:mod:`~textclean.clean.rowread`), to tell a sentence resuming after a head
(:mod:`~textclean.clean.measures`) and one that broke off and resumes in a later piece
(:mod:`~textclean.clean.brokenoff`).
"""

from __future__ import annotations

import bisect
import itertools
from collections import Counter
from functools import lru_cache

from textclean.clean.chardata import HAN_RE
from textclean.clean.lexicon import lexicon_counts
from textclean.clean.roles import Item

#: How often jieba's dictionary words hold a pair of Han characters (their summed counts), in classes: at least
#: 10,000, 1,000, 100, 10, fewer.
LEXICON_CLASSES = (10_000, 1_000, 100, 10)
#: The log odds that a line goes on in the next line read (rather than the two being two columns' lines), by the
#: class of the pair across the break (:data:`LEXICON_CLASSES`, most common first) and by how many of the page's
#: lines hold the pair (none, one, more): measured on the devpages gold (pdfminer text, Han pairs across lines
#: that end no sentence; odd-numbered pages, the even ones checked: within 0.3).
PAIR_LOG_ODDS = (
    (2.7, 2.7, 3.9),
    (1.7, 2.5, 3.6),
    (0.4, 1.8, 3.0),
    (-0.2, 1.2, 2.1),
    (-1.15, 1.2, 1.6),
)
#: :data:`PAIR_LOG_ODDS` of a pair of Han characters neither jieba's dictionary nor the page's lines hold.
UNSEEN_ODDS = PAIR_LOG_ODDS[-1][0]


@lru_cache(maxsize=1)
def pair_classes() -> dict[str, int]:
    """Each Han pair jieba's dictionary words hold at least :data:`LEXICON_CLASSES`'s lowest count of times, with
    its class (0 for the most common)."""
    counts: dict[str, int] = {}
    for word, count in lexicon_counts()[0].items():  # (made once per process: a loop over the lexicon's 70,000 words)
        for pair in (word,) if len(word) == 2 else map(str.__add__, word, word[1:]):  # (most words are the pair)
            counts[pair] = counts.get(pair, 0) + count
    # (the classes' bounds go most common first: a count's class is how many of them exceed it)
    ascending = sorted(LEXICON_CLASSES)
    return {
        pair: len(LEXICON_CLASSES) - bisect.bisect_right(ascending, count)
        for pair, count in counts.items()
        if count >= LEXICON_CLASSES[-1]
    }


def page_pairs(items: list[Item]) -> Counter[str]:
    """How many times the page's lines hold each pair of characters (within a line).

    >>> page_pairs([Item(0, "改革", "改革", 2.0, True, True), Item(1, "改革开放", "改革开放", 4.0, True, True)])["改革"]
    2
    """
    texts = [it.text for it in items]
    return Counter(
        itertools.chain.from_iterable(map(map, itertools.repeat(str.__add__), texts, [t[1:] for t in texts]))
    )


def junction(upper: Item, lower: Item, pairs: Counter[str] | None = None) -> float:
    """The log odds that ``lower`` goes on from ``upper`` in the text rather than being another column's line
    (:data:`PAIR_LOG_ODDS`; ``pairs``, the page's :func:`page_pairs`, when known); 0 (no evidence) when ``upper``
    ends a sentence or the break is not between two Han characters.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> junction(mk("加快发展社会事业，改革完善收入分"), mk("配制度，千方百计增加居民收入，促"))
    1.7
    >>> junction(mk("加快发展社会事业，改革完善收入分"), mk("省级政府教育统筹改革、高等院校综"))
    -1.15
    >>> junction(mk("平正义与和谐进步。"), mk("建设，改善薄弱学校和寄宿制学校基"))
    0.0
    """
    if upper.ends:
        return 0.0
    a, b = upper.text[-1:], lower.text[:1]
    pair = a + b
    cls = pair_classes().get(pair)
    if cls is None:
        if not (HAN_RE.match(a) and HAN_RE.match(b)):
            return 0.0
        cls = len(LEXICON_CLASSES)
    return PAIR_LOG_ODDS[cls][min(2, pairs[pair]) if pairs is not None else 0]


def junctions_apart(items: list[Item], k: int, pairs: Counter[str]) -> list[float]:
    """:func:`junction` of each line of ``items`` and the line ``k`` after it, ``pairs`` the page's: for the whole
    page at once, each line's letters read once (a reading of the page's columns weighs every line so).

    >>> lines = [Item(0, t, t, 2.0, True, True) for t in ("加快发展收入分", "省级政府", "配制度", "平正义。", "建设")]
    >>> junctions_apart(lines, 2, Counter()), junctions_apart(lines, 1, Counter())[3]  # (平正义。 ends a sentence)
    ([1.7, -1.15, -1.15], 0.0)
    >>> all(junctions_apart(lines, k, Counter()) == [junction(a, b) for a, b in zip(lines, lines[k:])] for k in (1, 2, 3))
    True
    """
    return junctions_apart_each(items, range(k, k + 1), pairs)[0]


def junctions_apart_each(items: list[Item], steps: range, pairs: Counter[str]) -> list[list[float]]:
    """:func:`junctions_apart` for each ``k`` of ``steps``, in order: the lines' letters read once for all of them
    (the row reader weighs every line against the lines one to six after it).

    >>> lines = [Item(0, t, t, 2.0, True, True) for t in ("加快发展收入分", "省级政府", "配制度", "平正义。", "建设")]
    >>> junctions_apart_each(lines, range(1, 4), Counter()) == [junctions_apart(lines, k, Counter()) for k in (1, 2, 3)]
    True
    """
    cls_of, count_of, unseen = pair_classes().get, pairs.get, PAIR_LOG_ODDS[-1]
    tails = ["" if it.ends else it.text[-1:] for it in items]  # ("": no evidence, a sentence ends)
    heads = [it.text[:1] for it in items]
    han = set(HAN_RE.findall("".join(tails) + "".join(heads)))  # (the Han characters among them, in C)
    out: list[list[float]] = []
    for k in steps:
        row: list[float] = []
        for a, b in zip(tails, heads[k:], strict=False):
            if a:
                pair = a + b
                cls = cls_of(pair)
                if cls is not None:
                    row.append(PAIR_LOG_ODDS[cls][min(2, count_of(pair, 0))])
                    continue
                if a in han and b in han:  # (a pair of Han characters the dictionary does not hold)
                    row.append(unseen[min(2, count_of(pair, 0))])
                    continue
            row.append(0.0)
        out.append(row)
    return out


def rough_ends(lines: list[Item]) -> tuple[list[dict[str, float]], list[str]]:
    """The ends :func:`rough_row` weighs the breaks of ``lines`` by: each line's tail, the odds of the pairs its last
    letter opens (:func:`_rough_odds`; a tail of no letter, or a sentence end, weighs every pair 0), and its head,
    its first letter (``""``: none, which every tail weighs 0)."""
    heads = [it.text[0] if it.text[0].isalpha() else "" for it in lines]
    nothing = dict.fromkeys(heads, 0.0)  # (after a sentence end or a mark: no evidence, whatever follows)
    by_tail, unseen = _rough_odds(), {"": 0.0}  # (unseen: a letter that opens none of the dictionary's pairs)
    tails = [nothing if it.ends or not it.text[-1].isalpha() else by_tail.get(it.text[-1], unseen) for it in lines]
    return tails, heads


def rough_row(tails: list[dict[str, float]], heads: list[str]) -> list[float]:
    """:func:`junction` of each line's last letter and the first letter of the line read after it (``tails`` and
    ``heads``, from :func:`rough_ends`), the page's lines not read, letters taken for Han characters: a pair the
    dictionary does not hold :data:`UNSEEN_ODDS`, one with no letter 0. One look-up a pair, in C (the quick look of
    :mod:`~textclean.clean.rowread` weighs many).

    >>> tails, heads = rough_ends([Item(0, t, t, 2.0, True, True) for t in ("甲国", "国乙", "丙。", "国1", "2")])
    >>> rough_row(tails, heads[1:]) == [_rough_odds()["国"]["国"], UNSEEN_ODDS, 0.0, 0.0]
    True
    """
    return list(map(dict.get, tails, heads, itertools.repeat(UNSEEN_ODDS)))


@lru_cache(maxsize=1)
def _rough_odds() -> dict[str, dict[str, float]]:
    """:data:`PAIR_LOG_ODDS` of the pairs jieba's words hold (page's lines not read), by first character, then second
    (and ``""``, no letter after it: 0)."""
    by_tail: dict[str, dict[str, float]] = {}
    for pair, cls in pair_classes().items():
        by_tail.setdefault(pair[0], {"": 0.0})[pair[1]] = PAIR_LOG_ODDS[cls][0]
    return by_tail
