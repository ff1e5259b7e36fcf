"""Words and keywords of cleaned text, for analysis: jieba with a private dictionary.

A :class:`Tokenizer` owns its own ``jieba.Tokenizer`` (never jieba's global
one, so a user dictionary added here changes nothing elsewhere in the
process). It is built lazily on first use (loading the prefix dictionary
takes about half a second), with jieba's chatter on stderr silenced and its
cache file written under :attr:`TokenConfig.cache_dir` (by default a
``textclean-jieba`` folder in the system's temporary directory), never into
the working directory.

What counts as a token: jieba's accurate mode (with its HMM for unknown
words), then every token made only of punctuation, symbols, spaces or control
characters is dropped (:func:`is_word`): ``，``, ``“``, ``——``, ``●``, a space.
Words, numbers and Latin letters stay. For word counts and keywords those
tokens are noise; a caller who needs the exact segmentation with punctuation
has :meth:`Tokenizer.segment`.

Keywords are TF-IDF with jieba's own IDF table (``jieba.analyse``), computed
the way ``TFIDF.extract_tags`` computes them, ordered by weight (descending)
and then by term, so equal weights never come out in a run-dependent order.

Optional fast path: ``TokenConfig(backend="auto")`` segments with ``rjieba``
(jieba's algorithm in Rust, about ten times faster) when it is importable and
no user dictionary is set. The default is ``"jieba"``: the tokens then depend
on nothing that may or may not be installed, so a dataset is the same on every
machine. :meth:`Tokenizer.name_version` names the backend actually used, for
the dataset's metadata.

>>> Tokenizer().tokenize("认真学习贯彻党的二十大精神，")
['认真学习', '贯彻', '党', '的', '二十大', '精神']
"""

from __future__ import annotations

import copy
import functools
import hashlib
import importlib.metadata
import importlib.util
import logging
import multiprocessing
import operator
import sys
import tempfile
import threading
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from textclean.config import TokenConfig

#: Unicode general categories that never make a token a word: punctuation (P*),
#: symbols (S*), separators (Z*) and control/format characters (C*).
_NON_WORD_CATEGORIES = ("P", "S", "Z", "C")

#: Below this many characters, :meth:`Tokenizer.tokenize_many` never starts worker
#: processes: starting one (imports and dictionary load) costs about a second.
PARALLEL_MIN_CHARS = 2_000_000


def is_word(token: str) -> bool:
    """True when ``token`` has a character that is not punctuation, a symbol, a space or a control character.

    >>> [t for t in ["工会", "，", "——", " ", "●", "2023", "AI", "20%"] if is_word(t)]
    ['工会', '2023', 'AI', '20%']
    """
    return any(not ch.isspace() and unicodedata.category(ch)[0] not in _NON_WORD_CATEGORIES for ch in token)


V = TypeVar("V")


class _Memo(dict[str, V]):
    """``function`` of each key, computed at its first look-up and kept; emptied when it holds ``limit`` keys.

    Tokens repeat a lot: a look-up through ``map(memo.__getitem__, tokens)``
    stays in C for every token seen before.

    >>> memo = _Memo(len, limit=2)
    >>> memo["工会"], memo["的"], len(memo), memo["职工们"], len(memo)
    (2, 1, 2, 3, 1)
    """

    def __init__(self, function: Callable[[str], V], limit: int = 1 << 18) -> None:
        super().__init__()
        self.function = function
        self.limit = limit

    def __missing__(self, key: str) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.function(key)
        return value


def _interned_word(token: str) -> str:
    """``token`` interned when it is a word (:func:`is_word`), ``""`` when it is not.

    Interned: a batch repeats a few tens of thousands of words half a million
    times, and its rows keep every token until they are written (45 MB a
    batch, not interned).

    >>> _interned_word("工会"), _interned_word("，")
    ('工会', '')
    """
    return sys.intern(token) if is_word(token) else ""


#: :func:`_interned_word` of every token met.
_WORDS: _Memo[str] = _Memo(_interned_word)


def default_cache_dir() -> Path:
    """``<system temp dir>/textclean-jieba``: where jieba's dictionary cache goes unless configured."""
    return Path(tempfile.gettempdir()) / "textclean-jieba"


class Tokenizer:
    """Tokens and keywords of Chinese text with a private, lazily built jieba dictionary.

    Safe to share between threads (building is locked; jieba's cutting only
    reads the dictionary). Picklable: a copy rebuilds its dictionary lazily.
    """

    def __init__(self, config: TokenConfig | None = None) -> None:
        self.config = config or TokenConfig()
        if self.config.backend not in ("jieba", "rjieba", "auto"):
            raise ValueError(f"unknown tokenizer backend {self.config.backend!r}")
        self._lock = threading.Lock()
        self._jieba: Any = None
        self._rjieba: Any = None
        self._tfidf: Any = None
        self._backend: str | None = None

    def __getstate__(self) -> dict[str, Any]:
        return {"config": self.config}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__init__(state["config"])  # type: ignore[misc]

    # ------------------------------------------------------------ building

    @property
    def backend(self) -> str:
        """``"jieba"`` or ``"rjieba"``: what :meth:`tokenize` segments with."""
        if self._backend is None:
            self._backend = self._choose_backend()
        return self._backend

    def _choose_backend(self) -> str:
        wanted = self.config.backend
        if wanted == "jieba" or self.config.user_dict is not None:
            if wanted == "rjieba":
                raise ValueError("the rjieba backend cannot load a user dictionary")
            return "jieba"
        try:
            import rjieba  # noqa: F401  (optional, not a dependency)
        except ImportError:
            if wanted == "rjieba":
                raise
            return "jieba"
        return "rjieba"

    def load(self) -> Tokenizer:
        """Build the dictionary now rather than on first use; returns self."""
        if self.backend == "rjieba":
            self._rjieba_tokenizer()
        else:
            self._jieba_tokenizer()
        return self

    def _jieba_tokenizer(self) -> Any:
        """The private ``jieba.Tokenizer``, built on first use."""
        if self._jieba is None:
            with self._lock:
                if self._jieba is None:
                    self._jieba = _build_jieba(self.config)
        return self._jieba

    def _rjieba_tokenizer(self) -> Any:
        if self._rjieba is None:
            with self._lock:
                if self._rjieba is None:
                    import rjieba

                    self._rjieba = rjieba.Jieba()
        return self._rjieba

    def _keyword_extractor(self) -> Any:
        """A ``jieba.analyse.TFIDF`` on the private tokenizer, sharing jieba's loaded IDF table.

        :meth:`keywords` does not need it (:func:`keywords_of_tokens` reads the
        IDF table itself); it is jieba's reference the tests compare keywords with.
        """
        tokenizer = self._jieba_tokenizer()
        if self._tfidf is None:
            with self._lock:
                if self._tfidf is None:
                    self._tfidf = _build_tfidf(tokenizer)
        return self._tfidf

    # ------------------------------------------------------------ tokens

    def segment(self, text: str) -> list[str]:
        """jieba's segmentation of ``text``, every token kept (punctuation and spaces too).

        >>> Tokenizer().segment("工会，工人")
        ['工会', '，', '工人']
        """
        if self.backend == "rjieba":
            return list(self._rjieba_tokenizer().cut(text, self.config.hmm))
        return list(self._jieba_tokenizer().cut(text, HMM=self.config.hmm))

    def tokenize(self, text: str) -> list[str]:
        """The words of ``text`` in order: :meth:`segment` less punctuation, symbol and space tokens.

        >>> Tokenizer().tokenize("中国工运研究所 2023年")
        ['中国', '工运', '研究所', '2023', '年']
        """
        return list(filter(None, map(_WORDS.__getitem__, self.segment(text))))  # words, interned

    def tokenize_many(self, texts: Iterable[str], workers: int = 1) -> list[list[str]]:
        """:meth:`tokenize` of each text, in order.

        With ``workers > 1`` and at least :data:`PARALLEL_MIN_CHARS` characters
        in all, the texts are cut in that many worker processes (jieba is pure
        Python: one process uses one core). Each worker loads its own
        dictionary (about a second), so small inputs stay in this process.
        The result is the same either way.
        """
        items = list(texts)
        total = sum(len(t) for t in items)
        if workers <= 1 or total < PARALLEL_MIN_CHARS or len(items) < 2:
            tokenize = self.tokenize
            return [tokenize(t) for t in items]
        chunks = _chunks(items, workers * 4)
        context = multiprocessing.get_context("spawn")  # no fork: callers may run threads (Prefect does)
        with ProcessPoolExecutor(
            workers, mp_context=context, initializer=_init_worker, initargs=(self.config,)
        ) as pool:
            return [tokens for part in pool.map(_tokenize_chunk, chunks) for tokens in part]

    # ------------------------------------------------------------ keywords

    def keywords(self, text: str, top_k: int | None = 10) -> list[tuple[str, float]]:
        """The ``top_k`` (``None``: all) TF-IDF keywords of ``text`` with weights, heaviest first, ties by term.

        As in ``jieba.analyse.TFIDF.extract_tags``: terms of at least two
        characters that are not stop words, weight = count x IDF / number of
        such terms, IDF from jieba's table (its median for unknown terms);
        tokens that are only punctuation or symbols (``——``) are never terms.
        The text is cut with jieba whatever the backend (see :meth:`keywords_of_tokens`).

        >>> [term for term, _ in Tokenizer().keywords("工会维权，工会服务职工。", top_k=2)]
        ['工会', '维权']
        """
        return keywords_of_tokens(self._jieba_tokenizer().cut(text, HMM=self.config.hmm), top_k)

    # ------------------------------------------------------------ metadata

    def name_version(self) -> tuple[str, str]:
        """The segmenter :meth:`tokenize` uses and its version, e.g. ``("jieba", "0.42.1")``, for metadata."""
        return self.backend, _version_of(self.backend)


# ---------------------------------------------------------------- keywords from tokens

#: jieba's stop words for keywords (``jieba.analyse.tfidf.KeywordExtractor.STOP_WORDS``; a test keeps them equal).
KEYWORD_STOP_WORDS = frozenset(
    "the of is and to in that we for an are by be as on with can if from which you it "
    "this then at have all not one has or".split()
)


class IdfTable:
    """jieba's IDF table held compactly: the terms as one sorted array of UTF-8 bytes, their IDFs beside.

    A dict of jieba's 270,000 terms takes 70 MB in every process that computes
    keywords; this takes 15 MB. Lookups are a binary search (a few
    microseconds; :data:`_TERM_IDF` remembers them).

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
    tables, which keywords never use (half a second more).
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
_TERM_IDF: _Memo[float] = _Memo(lambda token: _term_idf(token) or 0.0)


def keywords_of_tokens(tokens: Iterable[str], top_k: int | None = 10) -> list[tuple[str, float]]:
    """TF-IDF keywords of a text given as its tokens (:meth:`Tokenizer.keywords` without cutting again).

    A text whose blocks are joined by newlines cuts into its blocks' tokens
    (jieba never joins across a newline), so an article's keywords can come
    from its paragraphs' tokens: the text is tokenised once.

    >>> keywords_of_tokens(["工会", "维权", "，", "工会", "的", "the"], top_k=1)[0][0]
    '工会'
    """
    ranked = sorted(keyword_weights(tokens).items(), key=lambda item: (-item[1], item[0]))
    return ranked if top_k is None else ranked[:top_k]


# ---------------------------------------------------------------- one tokenizer per configuration

_SHARED: dict[tuple[TokenConfig, str | None], Tokenizer] = {}
_SHARED_GUARD = threading.Lock()


def user_dict_sha256(config: TokenConfig) -> str | None:
    """sha256 of the configured user dictionary's bytes (None without one); FileNotFoundError when it is missing.

    Remembered while the file's size and modification time stay the same
    (a run asks once per input, through the manifest's result keys).
    """
    if config.user_dict is None:
        return None
    path = Path(config.user_dict)
    try:
        st = path.stat()
    except OSError:
        st = None
    if st is None or not path.is_file():
        raise FileNotFoundError(f"jieba user dictionary not found: {path}")
    return _file_sha256(str(path), st.st_size, st.st_mtime_ns)


@functools.lru_cache(maxsize=32)
def _file_sha256(path: str, size: int, mtime_ns: int) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def shared_tokenizer(config: TokenConfig | None = None) -> Tokenizer:
    """The process's :class:`Tokenizer` for ``config``, built once (its dictionary takes about a second to load).

    Keyed on the configuration and the user dictionary's content, so a
    long-running process picks up an edited user dictionary.
    """
    config = config or TokenConfig()
    key = (config, user_dict_sha256(config))
    with _SHARED_GUARD:
        tokenizer = _SHARED.get(key)
        if tokenizer is None:
            tokenizer = _SHARED[key] = Tokenizer(config)
    return tokenizer


def tokenizer_info(config: TokenConfig | None = None) -> dict[str, Any]:
    """What tokens and keywords depend on, for a dataset's metadata: segmenter, version, HMM, user dictionary.

    The user dictionary is named by file name and sha256 (never a machine path).

    >>> tokenizer_info()
    {'name': 'jieba', 'version': '0.42.1', 'hmm': True, 'user_dict': None}
    """
    config = config or TokenConfig()
    name, version = Tokenizer(config).name_version()
    digest = user_dict_sha256(config)
    user_dict = None if digest is None else {"name": Path(config.user_dict or "").name, "sha256": digest}
    return {"name": name, "version": version, "hmm": config.hmm, "user_dict": user_dict}


# ---------------------------------------------------------------- helpers


@functools.cache
def _version_of(name: str) -> str:
    """The installed version of a package (cached: metadata look-ups take milliseconds, runs ask often)."""
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:  # pragma: no cover - imported but not installed as a dist
        module = __import__(name)
        return str(getattr(module, "__version__", "unknown"))


def _build_jieba(config: TokenConfig) -> Any:
    import jieba

    cache_dir = config.cache_dir or default_cache_dir()
    cache_dir.mkdir(parents=True, exist_ok=True)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(cache_dir)
    logger = jieba.default_logger
    level = logger.level
    logger.setLevel(logging.WARNING)  # "Building prefix dict ...", "Loading model cost ..." on stderr
    try:
        tokenizer.initialize()
        if config.user_dict is not None:
            path = Path(config.user_dict)
            if not path.is_file():
                raise FileNotFoundError(f"jieba user dictionary not found: {path}")
            tokenizer.load_userdict(str(path))
    finally:
        logger.setLevel(level)
    return tokenizer


def _build_tfidf(tokenizer: Any) -> Any:
    import jieba.analyse
    import jieba.posseg

    # A shallow copy of jieba's default extractor shares its IDF table (loading
    # it again would cost another half second); only the tokenizers are ours.
    tfidf = copy.copy(jieba.analyse.default_tfidf)
    tfidf.stop_words = set(tfidf.stop_words)
    tfidf.tokenizer = tokenizer
    tfidf.postokenizer = jieba.posseg.POSTokenizer(tokenizer)
    return tfidf


def _chunks(items: Sequence[str], n: int) -> list[list[str]]:
    """``items`` in at most ``n`` consecutive chunks of about equal characters."""
    total = sum(len(t) for t in items) or 1
    size = total / max(n, 1)
    chunks: list[list[str]] = [[]]
    filled = 0
    for text in items:
        if chunks[-1] and filled >= size * len(chunks):
            chunks.append([])
        chunks[-1].append(text)
        filled += len(text)
    return chunks


_WORKER: Tokenizer | None = None


def _init_worker(config: TokenConfig) -> None:
    global _WORKER
    _WORKER = Tokenizer(config).load()


def _tokenize_chunk(texts: list[str]) -> list[list[str]]:
    assert _WORKER is not None
    return [_WORKER.tokenize(t) for t in texts]
