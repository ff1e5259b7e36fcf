"""``manifest.json``: what a dataset was made from and by which code, and the key each input's rows are kept under.

The manifest records the versions and settings the output depends on
(:func:`versions`: tool, schema and rules versions, the code's digest, the
conversion and tokenizer settings), every input with its sha256, status and
result key (:func:`result_key`), the counts, and each file's size and sha256
(:class:`FileMeta`; :func:`mismatched_files` checks the files against them).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from textclean import __version__
from textclean.analysis.script import Converter
from textclean.analysis.tokens import tokenizer_info
from textclean.clean.decode import clean_name
from textclean.config import RULES_VERSION, SCHEMA_VERSION, Config
from textclean.dataset.files import ARTICLES_PARQUET, PARAGRAPHS_PARQUET, Record
from textclean.models import Reject


@functools.cache
def code_digest() -> str:
    """sha256 over the library's source and data files: any change to the code means cached output is stale.

    Computed once per process, from the files as they were when first asked.
    """
    return package_digest(Path(__file__).parents[1])  # the textclean package, all subpackages


def package_digest(package: Path) -> str:
    """sha256 over a package's ``*.py`` files and the files of its ``data`` folders (the cleaning reads its
    lexicon and word classes there: a new ``data/wordclass.txt`` changes the output as a code change does), in
    path order.
    """
    digest = hashlib.sha256()
    files = [*package.rglob("*.py"), *(p for p in package.rglob("*") if p.is_file() and p.parent.name == "data")]
    for path in sorted(set(files)):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def versions(config: Config) -> Record:
    """What a dataset's content depends on besides its inputs (recorded in the manifest).

    Includes the conversion settings (:func:`script_settings`) and the
    tokenizer's (:func:`tokenizer_settings`), so changing either means the
    dataset is no longer current. Settings that change no output (workers,
    jieba's cache folder) are left out.
    """
    return {
        "tool_version": __version__,
        "schema_version": SCHEMA_VERSION,
        "rules_version": RULES_VERSION,
        "code_digest": code_digest(),
        "config": {"max_bytes": config.max_bytes},
        "script": script_settings(config),
        "tokenizer": tokenizer_settings(config),
    }


def script_settings(config: Config) -> Record:
    """Conversion mode, protected names (how many, and sha256 of the sorted names, one a line), converter.

    The converter's tables also decide the ``script`` column, so they are named in every mode.

    >>> script_settings(Config())["protect"]
    {'names': 0, 'sha256': None}
    """
    name, version = Converter.name_version()
    return {
        "mode": config.script_mode,
        "protect": {"names": len(config.protect), "sha256": _names_sha256(config.protect)},
        "converter": name,
        "converter_version": version,
    }


@functools.lru_cache(maxsize=8)
def _names_sha256(names: frozenset[str]) -> str | None:
    """sha256 of the names, sorted, one a line (None for none); remembered: asked once per input."""
    return hashlib.sha256("\n".join(sorted(names)).encode("utf-8")).hexdigest() if names else None


def tokenizer_settings(config: Config) -> Record:
    """Whether tokens and keywords are made and, when either is, the tokenizer (:func:`~textclean.analysis.tokens.tokenizer_info`)."""
    settings: Record = {"tokens": config.tokens, "keywords_top_k": config.keywords_top_k}
    if config.tokens or config.keywords_top_k:
        settings |= tokenizer_info(config.token_config)
    return settings


def parquet_metadata(config: Config) -> dict[bytes, bytes]:
    """What the Parquet files carry besides their schema's metadata: tool and rules version, tokenizer, conversion."""
    return {
        b"textclean.tool_version": __version__.encode(),
        b"textclean.rules_version": RULES_VERSION.encode(),
        b"textclean.tokenizer": json.dumps(tokenizer_settings(config), ensure_ascii=False).encode("utf-8"),
        b"textclean.script": json.dumps(script_settings(config), ensure_ascii=False).encode("utf-8"),
    }


def result_key(sha256: str, config: Config, settings: Mapping[str, Any] | None = None) -> str:
    """The key an input's results are kept under between runs ("" for an input that could not be read).

    sha256 over the input's own sha256 and :func:`versions`: the rules version
    (:data:`~textclean.config.RULES_VERSION`), the library's code digest
    (:func:`code_digest`, so any change to the code invalidates every result),
    the schema and tool versions and the settings that change output. An
    incremental run reuses an input's rows only when its key is the one the
    previous dataset's manifest records for it (:mod:`textclean.dataset.reuse`).

    >>> result_key("ab" * 32, Config()) == result_key("ab" * 32, Config())
    True
    >>> result_key("ab" * 32, Config()) == result_key("ab" * 32, Config(max_bytes=1))
    False
    >>> result_key("", Config())
    ''
    """
    if not sha256:
        return ""
    settings = versions(config) if settings is None else settings  # callers with many inputs pass it once
    blob = json.dumps({"input_sha256": sha256, **settings}, sort_keys=True, ensure_ascii=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def result_keys(config: Config, settings: Mapping[str, Any] | None = None) -> Callable[[str], str]:
    """:func:`result_key` for many inputs: the settings are serialised once, not once per input.

    >>> result_keys(Config())("ab" * 32) == result_key("ab" * 32, Config())
    True
    """
    settings = versions(config) if settings is None else settings
    marker = json.dumps("\x00input sha256\x00")  # where the input's sha256 goes in the serialised settings
    parts = json.dumps({**settings, "input_sha256": "\x00input sha256\x00"}, sort_keys=True, ensure_ascii=True).split(
        marker
    )
    if len(parts) != 2:  # a setting holds the marker: serialise per input
        return lambda sha256: result_key(sha256, config, settings)
    before, after = parts

    def key(sha256: str) -> str:
        if not sha256:
            return ""
        return hashlib.sha256(f'{before}"{sha256}"{after}'.encode()).hexdigest()

    return key


@dataclass(frozen=True)
class FileMeta:
    """A written dataset file: its size and sha256 (and rows, for a table)."""

    size: int
    sha256: str
    rows: int | None = None

    @classmethod
    def of(cls, data: bytes, rows: int | None = None) -> FileMeta:
        return cls(len(data), hashlib.sha256(data).hexdigest(), rows)

    def record(self) -> Record:
        return {**({"rows": self.rows} if self.rows is not None else {}), "bytes": self.size, "sha256": self.sha256}


def build_manifest(
    inputs: Sequence[Mapping[str, Any]],
    rejects: Sequence[Reject],
    config: Config,
    outputs: Mapping[str, FileMeta],
    paths: Sequence[str] = (),
) -> Record:
    """The run's manifest: versions, config, inputs with sha256 and status, counts, output files.

    ``inputs``: each input's entry, in order (a reused input's from the previous manifest, its
    ``removed_chars`` with it: the run total counts every input's); ``rejects``: all rejects;
    ``outputs``: the files written so far (the row counts of the tables come
    from them); ``paths``: where each input was read from, in the order of
    ``inputs`` (by default the source names).
    """
    paths = [clean_name(p) for p in paths] or [i["source"] for i in inputs]
    if len(paths) != len(inputs):
        raise ValueError(f"{len(paths)} paths for {len(inputs)} inputs")
    reasons = Counter(r.reason for r in rejects)
    statuses = Counter(i["status"] for i in inputs)
    settings = versions(config)
    keys = result_keys(config, settings)
    return {
        "tool": "textclean",
        **settings,
        "inputs": [_input_entry(path, i, keys) for path, i in zip(paths, inputs, strict=True)],
        "counts": {
            "inputs": len(inputs),
            "processed": statuses["processed"],
            "reused": statuses["reused"],
            "rejected": statuses["rejected"],
            "articles": outputs[ARTICLES_PARQUET].rows,
            "paragraphs": outputs[PARAGRAPHS_PARQUET].rows,
            "rejects": len(rejects),
            "rejects_by_reason": dict(sorted(reasons.items())),
            "removed_chars": sum(int(i.get("removed_chars", 0)) for i in inputs),
        },
        "outputs": {name: meta.record() for name, meta in outputs.items()},
    }


def manifest_text(manifest: Mapping[str, Any]) -> str:
    """``manifest.json``'s text: indented by two spaces, with each input's entry on a line of its own.

    (``json.dumps`` with ``indent`` runs in Python, not C: slow for many inputs.)

    >>> print(manifest_text({"tool": "t", "inputs": [{"source": "a.txt", "n": 1}, {"source": "b.txt", "n": 2}]}), end="")
    {
      "tool": "t",
      "inputs": [
        {"source": "a.txt", "n": 1},
        {"source": "b.txt", "n": 2}
      ]
    }
    >>> json.loads(manifest_text({"inputs": [], "counts": {"inputs": 0}})) == {"inputs": [], "counts": {"inputs": 0}}
    True
    """
    inputs = manifest.get("inputs")
    if not isinstance(inputs, list) or not inputs:
        return json.dumps(manifest, ensure_ascii=False, indent=2) + "\n"
    marker = "\x00inputs\x00"  # no value holds NUL: names and paths have control characters escaped
    text = json.dumps({k: marker if k == "inputs" else v for k, v in manifest.items()}, ensure_ascii=False, indent=2)
    lines = ",\n".join(f"    {json.dumps(entry, ensure_ascii=False)}" for entry in inputs)
    head, tail = text.split(json.dumps(marker))
    return f"{head}[\n{lines}\n  ]{tail}\n"


def _input_entry(path: str, entry: Mapping[str, Any], keys: Callable[[str], str]) -> Record:
    """An input's manifest entry: where it was read, what it gave, and the key its results are kept under.

    ``status`` says what this run did (``processed``, ``rejected`` or ``reused``:
    taken unchanged from the previous dataset); ``outcome`` what the input gave
    (``processed`` or ``rejected``), also for a reused input.
    """
    record = {"path": path, **entry}
    record.setdefault("outcome", entry["status"])
    if "key" not in record:  # a reused input's entry has its key
        record["key"] = keys(entry["sha256"])
    return record


def mismatched_files(
    outputs: Mapping[str, Any], names: Iterable[str], sha256_of: Callable[[str], str]
) -> Iterator[str]:
    """The files of ``names`` whose sha256 now (``sha256_of(name)``) is not the one the manifest's ``outputs`` records.

    Lazy, in the order of ``names``: take the first to learn whether any file
    differs without hashing the rest. A name without an entry in ``outputs``, or
    an entry without a sha256, raises :class:`KeyError` (an entry that is not an
    object, :class:`TypeError`).

    >>> outputs = {"a.jsonl": {"sha256": "1"}, "b.jsonl": {"sha256": "2"}}
    >>> list(mismatched_files(outputs, outputs, {"a.jsonl": "1", "b.jsonl": "3"}.__getitem__))
    ['b.jsonl']
    """
    for name in names:
        if sha256_of(name) != outputs[name]["sha256"]:
            yield name
