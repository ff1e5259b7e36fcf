"""Words of cleaned text: jieba with a private dictionary, one tokenizer per configuration.

A :class:`Tokenizer` owns its own ``jieba.Tokenizer`` (never jieba's global
one, so a user dictionary added here changes nothing elsewhere in the
process). It is built lazily on first use, with jieba's chatter on stderr
silenced and its cache file written under :attr:`TokenConfig.cache_dir` (by
default a ``textclean-jieba`` folder in the system's temporary directory),
never into the working directory.

What counts as a token: jieba's accurate mode (with its HMM for unknown
words), less every token that is not a word (:func:`~textclean.analysis.words.is_word`:
punctuation, symbols, spaces). :meth:`Tokenizer.segment` keeps them all.
Keywords: :mod:`textclean.analysis.keywords`.

Optional fast path: ``TokenConfig(backend="auto")`` segments with ``rjieba``
(jieba's algorithm in Rust) when it is importable and no user dictionary is
set. The default is ``"jieba"``: the tokens then depend on nothing that may
or may not be installed, so a dataset is the same on every machine.
:meth:`Tokenizer.name_version` names the backend actually used, for the
dataset's metadata.

>>> Tokenizer().tokenize("认真学习贯彻党的二十大精神，")
['认真学习', '贯彻', '党', '的', '二十大', '精神']
"""

from __future__ import annotations

import copy
import functools
import hashlib
import importlib.metadata
import logging
import multiprocessing
import tempfile
import threading
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from textclean.analysis.keywords import keywords_of_tokens
from textclean.analysis.words import WORDS
from textclean.config import TokenConfig

#: Below this many characters, :meth:`Tokenizer.tokenize_many` never starts worker
#: processes: starting one (imports and dictionary load) costs more than it saves.
PARALLEL_MIN_CHARS = 2_000_000


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
        return list(filter(None, map(WORDS.__getitem__, self.segment(text))))  # words, interned

    def tokenize_many(self, texts: Iterable[str], workers: int = 1) -> list[list[str]]:
        """:meth:`tokenize` of each text, in order.

        With ``workers > 1`` and at least :data:`PARALLEL_MIN_CHARS` characters
        in all, the texts are cut in that many worker processes (jieba is pure
        Python: one process uses one core). Each worker loads its own
        dictionary, so small inputs stay in this process.
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
        The text is cut with jieba whatever the backend
        (see :func:`~textclean.analysis.keywords.keywords_of_tokens`).

        >>> [term for term, _ in Tokenizer().keywords("工会维权，工会服务职工。", top_k=2)]
        ['工会', '维权']
        """
        return keywords_of_tokens(self._jieba_tokenizer().cut(text, HMM=self.config.hmm), top_k)

    # ------------------------------------------------------------ metadata

    def name_version(self) -> tuple[str, str]:
        """The segmenter :meth:`tokenize` uses and its version, e.g. ``("jieba", "0.42.1")``, for metadata."""
        return self.backend, _version_of(self.backend)


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
    """The process's :class:`Tokenizer` for ``config``, built once (loading its dictionary takes a while).

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
    """The installed version of a package (cached: runs ask often)."""
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

    # A shallow copy of jieba's default extractor shares its IDF table (not
    # loaded again); only the tokenizers are ours.
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
