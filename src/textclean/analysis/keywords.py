"""TF-IDF keywords of a text from its tokens, with jieba's own IDF table and stop words.

Computed the way ``jieba.analyse.TFIDF.extract_tags`` computes them, ordered
by weight (descending) and then by term, so equal weights never come out in a
run-dependent order. An article's keywords come from its paragraphs' tokens:
the text is tokenised once.
"""

from __future__ import annotations

import functools
import importlib.util
import operator
from collections import Counter
from collections.abc import Iterable, Sequence
from itertools import repeat
from pathlib import Path

import numpy as np

from textclean.analysis.words import Memo, is_word

#: jieba's stop words for keywords (``jieba.analyse.tfidf.KeywordExtractor.STOP_WORDS``; a test keeps them equal).
KEYWORD_STOP_WORDS = frozenset(
    "the of is and to in that we for an are by be as on with can if from which you it "
    "this then at have all not one has or".split()
)


class IdfTable:
    """jieba's IDF table held compactly: the terms as one sorted array of UTF-8 bytes, their IDFs beside.

    Far smaller than a dict of jieba's 270,000 terms, in every process that
    computes keywords. Lookups are a binary search (:data:`_TERM_IDF` remembers them).

    >>> table = IdfTable(["工会", "工人", "工会"], [5.0, 6.0, 7.0])
    >>> table.get("工会"), table.get("工人"), table.get("职工"), len(table)
    (7.0, 6.0, None, 2)
    """

    def __init__(self, terms: Sequence[str], weights: Sequence[float]) -> None:
        keys = np.array([t.encode("utf-8") for t in terms], dtype=bytes)
        idf = np.asarray(weights, dtype=np.float64)
        order = np.argsort(keys, kind="stable")
        keys, idf = keys[order], idf[order]
        # a term listed twice keeps its last IDF, as a dict would
        last = np.append(keys[1:] != keys[:-1], True) if len(keys) else np.zeros(0, dtype=bool)
        self._keys, self._idf = keys[last], idf[last]
        #: The median IDF (of the distinct terms), given to unknown terms.
        self.median = float(np.sort(self._idf)[len(self._idf) // 2]) if len(self._idf) else 0.0

    def __len__(self) -> int:
        return len(self._keys)

    def get(self, term: str, default: float | None = None) -> float | None:
        """The IDF of ``term``, or ``default`` when the table does not list it."""
        key = term.encode("utf-8")
        i = int(np.searchsorted(self._keys, key))
        if i < len(self._keys) and self._keys[i] == key:
            return float(self._idf[i])
        return default

    def to_dict(self) -> dict[str, float]:
        """The table as a dict (for tests and inspection; the memory this class saves)."""
        return {k.decode("utf-8"): float(v) for k, v in zip(self._keys, self._idf, strict=True)}


@functools.cache
def idf_table() -> IdfTable:
    """jieba's IDF table (``jieba/analyse/idf.txt``) and its median, as ``jieba.analyse`` loads them.

    Read directly: importing ``jieba.analyse`` also loads jieba's part-of-speech
    tables, which keywords never use.
    """
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:  # pragma: no cover - jieba is a dependency
        raise ImportError("jieba is not installed")
    words = (Path(spec.origin).parent / "analyse" / "idf.txt").read_text(encoding="utf-8").split()
    return IdfTable(words[0::2], [float(w) for w in words[1::2]])


def keyword_weights(tokens: Iterable[str]) -> dict[str, float]:
    """TF-IDF weight of every keyword term of a text given as its tokens (unordered; see :func:`keywords_of_tokens`).

    >>> sorted(keyword_weights(["工会", "，", "工会", "的", "the"]))
    ['工会']
    """
    # Counted first, then looked at once per distinct term; in C throughout (map, filter, zip):
    # an article has hundreds of distinct tokens and a batch thousands of articles.
    counts = Counter(tokens)
    idf = _TERM_IDF
    terms = list(filter(idf.__getitem__, counts))  # a token that is no term has IDF 0.0
    n = list(map(counts.__getitem__, terms))
    total = sum(n)
    return dict(
        zip(terms, map(operator.truediv, map(operator.mul, n, map(idf.__getitem__, terms)), repeat(total)), strict=True)
    )


def _term_idf(term: str) -> float | None:
    """The IDF of a keyword term (jieba's table, its median for unknown terms); None for a token that is no term.

    Terms have at least two characters besides spaces, are not stop words and
    are words (:func:`is_word`). :data:`_TERM_IDF` remembers them.

    >>> _term_idf("的") is None, _term_idf("——") is None, _term_idf("工会") > 0
    (True, True, True)
    """
    if len(term) < 2 or len(term.strip()) < 2 or term.lower() in KEYWORD_STOP_WORDS or not is_word(term):
        return None
    table = idf_table()
    return table.get(term, table.median)


#: :func:`_term_idf` of every token met, ``0.0`` for a token that is no term (a dict look-up, not a binary search).
_TERM_IDF: Memo[float] = Memo(lambda token: _term_idf(token) or 0.0)


def keywords_of_tokens(tokens: Iterable[str], top_k: int | None = 10) -> list[tuple[str, float]]:
    """TF-IDF keywords of a text given as its tokens: ``Tokenizer.keywords`` without cutting the text again.

    A text whose blocks are joined by newlines cuts into its blocks' tokens
    (jieba never joins across a newline), so an article's keywords can come
    from its paragraphs' tokens: the text is tokenised once.

    >>> keywords_of_tokens(["工会", "维权", "，", "工会", "的", "the"], top_k=1)[0][0]
    '工会'
    """
    ranked = sorted(keyword_weights(tokens).items(), key=lambda item: (-item[1], item[0]))
    return ranked if top_k is None else ranked[:top_k]
