"""The one frozen configuration object, built by the CLI or the flow.

Library functions read no environment variables or files: everything they
need to know comes in a :class:`Config`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

#: Traditional -> simplified conversion: none, every article, or articles detected as traditional.
Mode = Literal["none", "t2s", "auto"]
MODES: tuple[str, ...] = ("none", "t2s", "auto")

#: The tokenizer: jieba (reproducible everywhere), rjieba (required), or rjieba when importable.
Backend = Literal["jieba", "rjieba", "auto"]

#: Version of the cleaning rules. Bump it whenever a rule changes its output,
#: so incremental runs know cached results are stale.
RULES_VERSION = "35"

#: Version of the output schemas (``schemas/``).
SCHEMA_VERSION = "3"


#: Default of :attr:`Config.max_bytes` (20 MiB: a newspaper page is tens of kilobytes).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: Default of :attr:`Config.input_timeout` in seconds: generous (a seed page cleans in 10 to 20 ms, the
#: largest pages in a few seconds), so that only an input that would stall the run is quarantined.
DEFAULT_INPUT_TIMEOUT = 300.0


@dataclass(frozen=True, slots=True)
class TokenConfig:
    """How to tokenise, with its defaults.

    user_dict: a jieba user dictionary (one ``word [freq] [tag]`` a line), added
        to this tokenizer's private dictionary only.
    cache_dir: where jieba caches its prefix dictionary; ``None``: a
        ``textclean-jieba`` folder in the system's temporary directory.
    hmm: let jieba's HMM join unknown words (jieba's default).
    backend: ``"jieba"`` (default, reproducible everywhere), ``"rjieba"``
        (required: ImportError when missing), or ``"auto"`` (rjieba when
        importable). rjieba is never used with a user dictionary.
    """

    user_dict: Path | None = None
    cache_dir: Path | None = None
    hmm: bool = True
    backend: Backend = "jieba"


@dataclass(frozen=True, slots=True)
class Config:
    """Settings of one run, with their defaults.

    max_bytes: inputs larger than this are quarantined (``too_large``).
    script_mode: traditional -> simplified conversion: ``"none"`` (text as
        it is), ``"t2s"`` (every article) or ``"auto"`` (articles detected as
        traditional); originals are kept in ``<field>_original``.
    protect: names conversion never changes (the CLI reads them from a file).
    tokens: add each paragraph's words (``tokens``, ``token_count``).
    keywords_top_k: keywords per article (``keywords``); 0: none (null).
    token_config: the tokenizer (user dictionary path, jieba's cache folder).
    follow_symlinks: read an input that is a symbolic link wherever it points; otherwise, when
        ``input_roots`` is set (a run sets it), only one whose target lies inside an input
        folder is read, any other is quarantined (``symlink``).
    input_roots: the real paths of the input folders a run was given (:func:`~textclean.run.inputs.input_roots`);
        None (a library call outside a run): links are followed.
    input_timeout: seconds that cleaning one input may take; an input that takes longer is quarantined
        (``timeout``) and cleaned again by the next run. 0: no limit
        (:func:`~textclean.run.deadline.within` says where the limit holds).
    workers: processes that tokenise a large input in :func:`~textclean.dataset.rows.build_tables`
        (small inputs stay in one); a run's flow cleans its batches in that many processes.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    script_mode: Mode = "none"
    protect: frozenset[str] = frozenset()
    tokens: bool = True
    keywords_top_k: int = 10
    token_config: TokenConfig = field(default_factory=TokenConfig)
    workers: int = 1
    follow_symlinks: bool = False
    input_roots: frozenset[str] | None = None
    input_timeout: float = DEFAULT_INPUT_TIMEOUT

    def __post_init__(self) -> None:
        if self.script_mode not in MODES:
            raise ValueError(f"unknown script_mode {self.script_mode!r}; expected one of {', '.join(MODES)}")
        if self.keywords_top_k < 0 or self.workers < 1:
            raise ValueError(
                f"keywords_top_k must be >= 0 and workers >= 1 (got {self.keywords_top_k}, {self.workers})"
            )
        if not 0 <= self.input_timeout < float("inf"):
            raise ValueError(f"input_timeout must be a number of seconds >= 0 (got {self.input_timeout})")
        object.__setattr__(self, "protect", frozenset(self.protect))  # a list or set given by a caller
        if self.input_roots is not None:
            object.__setattr__(self, "input_roots", frozenset(self.input_roots))
