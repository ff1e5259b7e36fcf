"""PageResults -> validated tables -> the dataset folder; and back.

A dataset folder holds ``articles.parquet`` and ``articles.jsonl`` (the same
rows in the same order), ``paragraphs.parquet`` (one row per body block),
``rejects.jsonl``, ``README.md`` (the dataset card, :mod:`textclean.dataset.card`) and
``manifest.json``.

Writes are deterministic (nothing depends on the clock: the same inputs and
code give byte-identical files) and the six files change together
(:func:`write_atomic`):

1. every file is written to a temporary file in the folder and flushed to disk;
2. a commit journal, ``.textclean-commit.json``, naming each temporary file,
   its destination and sha256, is written and renamed into place: this rename
   is the commit point;
3. the temporary files are renamed over the dataset files, ``manifest.json``
   last, and the journal is removed.

A crash before step 2 leaves the previous dataset as it was (the temporary
files are removed by the next write); a crash during step 3 leaves a journal,
and whoever next opens the folder (:func:`recover`: the next run,
:func:`read_dataset`, :func:`validate_dataset`, :func:`is_current`) finishes
the renames first. Either way the folder holds one whole dataset, old or new.

One writer at a time: :func:`dataset_lock` holds an exclusive ``fcntl.flock``
on ``.textclean.lock`` in the folder for the whole run; a second run into the
same folder gets :class:`DatasetBusyError` (or waits, if asked to).
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import io
import json
import operator
import os
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa_arrow
import pyarrow.parquet as pq

from textclean import __version__
from textclean.analysis.script import Converter, convert_article, convert_paragraphs
from textclean.analysis.tokens import keyword_weights, shared_tokenizer, tokenizer_info
from textclean.clean.decode import clean_name
from textclean.config import RULES_VERSION, SCHEMA_VERSION, Config
from textclean.dataset.card import CARD_FILE
from textclean.dataset.quickcheck import STAT_FILE, StatCache, dataset_sha256, parsed, record_dataset_files
from textclean.dataset.schemas import (
    ARTICLES,
    ARTICLES_ARROW,
    PARAGRAPHS,
    PARAGRAPHS_ARROW,
    TableShapeError,
    articles_frame,
    failures,
    paragraphs_frame,
    validate_articles,
    validate_paragraphs,
)
from textclean.models import InputFile, PageResult, Reject

ARTICLES_PARQUET = "articles.parquet"
ARTICLES_JSONL = "articles.jsonl"
PARAGRAPHS_PARQUET = "paragraphs.parquet"
REJECTS_JSONL = "rejects.jsonl"
MANIFEST_JSON = "manifest.json"
#: Every file of a dataset, in the order they are written (manifest last).
DATASET_FILES = (ARTICLES_PARQUET, ARTICLES_JSONL, PARAGRAPHS_PARQUET, REJECTS_JSONL, CARD_FILE, MANIFEST_JSON)
#: Files a dataset written by an older textclean may lack (its manifest then does not list them).
OPTIONAL_FILES = (CARD_FILE,)
#: Weights of keywords are rounded to this many decimals (the same on every machine).
KEYWORD_DIGITS = 6
REJECT_FIELDS = ("source", "stage", "reason", "detail")
#: The lock file and the commit journal (hidden files in the dataset folder).
LOCK_FILE = ".textclean.lock"
JOURNAL = ".textclean-commit.json"

Record = dict[str, Any]


# ---------------------------------------------------------------- building tables


@dataclass
class Tables:
    """Validated rows of a dataset, ready to write."""

    articles: list[Record] = field(default_factory=list)
    paragraphs: list[Record] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    #: One entry per input: source, sha256, encoding, decode_errors, status, articles, rejects.
    inputs: list[Record] = field(default_factory=list)


def paragraph_records(article: Mapping[str, Any]) -> list[Record]:
    """The paragraphs-table rows of one article record: one per block.

    >>> paragraph_records({"article_id": "a1", "source": "p.txt", "blocks": [{"kind": "heading", "text": "一、总则"}]})
    [{'article_id': 'a1', 'source': 'p.txt', 'block_index': 0, 'kind': 'heading', 'text': '一、总则', 'char_count': 4}]
    """
    return [
        {
            "article_id": article["article_id"],
            "source": article["source"],
            "block_index": i,
            "kind": block["kind"],
            "text": block["text"],
            "char_count": len(block["text"]),
        }
        for i, block in enumerate(article["blocks"])
    ]


def build_tables(
    results: Sequence[PageResult], config: Config | None = None, duplicates: Sequence[bool] | None = None
) -> Tables:
    """Turn cleaned pages into validated article and paragraph rows plus rejects.

    Results keep their order. A second input with an already seen file name is
    rejected (``duplicate_source``): the source name is what ids and joins key on.
    ``duplicates`` says which results are such repeats when the caller knows
    more inputs than ``results`` (a batch of a larger run); by default, repeats
    within ``results``.
    Each article is converted as ``config.script_mode`` says (``script`` and
    ``<field>_original`` added, :func:`~textclean.analysis.script.convert_article`)
    before validation; rows failing a schema check are quarantined with that
    check's name. The valid rows then get their tokens and keywords
    (:func:`add_tokens`).
    """
    config = config or Config()
    converter = Converter(config.script_mode, config.protect)
    originals: list[Record] = []
    seen: set[str] = set()
    duplicate: list[bool] = []
    for i, result in enumerate(results):
        duplicate.append(duplicates[i] if duplicates is not None else result.source in seen)
        if not duplicate[-1]:
            seen.add(result.source)
            originals.extend(a.to_record() for a in result.articles)
    records = [convert_article(record, converter) for record in originals]

    valid, row_rejects = validate_articles(articles_frame(records))
    articles = [records[i] for i in valid.index]
    paragraphs = [row for i in valid.index for row in convert_paragraphs(paragraph_records(originals[i]), records[i])]
    add_tokens(articles, paragraphs, config)
    valid_paragraphs, paragraph_rejects = validate_paragraphs(paragraphs_frame(paragraphs))
    if paragraph_rejects:  # an article whose paragraphs fail is quarantined whole, so the tables always agree
        bad_ids = {paragraphs[i]["article_id"] for i in range(len(paragraphs)) if i not in valid_paragraphs.index}
        articles = [a for a in articles if a["article_id"] not in bad_ids]
        paragraphs = [p for p in paragraphs if p["article_id"] not in bad_ids]
        row_rejects += paragraph_rejects

    tables = Tables(articles=articles, paragraphs=paragraphs)
    kept = Counter(a["source"] for a in articles)
    rows_rejected: dict[str, list[Reject]] = {}
    for reject in row_rejects:
        rows_rejected.setdefault(reject.source, []).append(reject)
    for result, dup in zip(results, duplicate, strict=True):
        if dup:
            rejects = [
                Reject(result.source, "read", "duplicate_source", "another input has this file name; kept the first")
            ]
        else:
            rejects = [*result.rejects, *rows_rejected.get(result.source, [])]
        n_articles = 0 if dup else kept[result.source]
        tables.inputs.append(
            {
                "source": result.source,
                "sha256": result.sha256,
                "encoding": result.encoding,
                "decode_errors": result.decode_errors,
                "status": "processed" if n_articles or not rejects else "rejected",
                "articles": n_articles,
                "rejects": len(rejects),
            }
        )
        tables.rejects.extend(rejects)
    return tables


def add_tokens(articles: Sequence[Record], paragraphs: Sequence[Record], config: Config) -> None:
    """Add ``tokens`` and ``token_count`` to paragraph rows and ``keywords`` to article rows, in place.

    Each paragraph is tokenised once (the slow part, about half a million
    characters a second per process; ``config.workers`` processes for a large
    input); an article's keywords come from its paragraphs' tokens
    (:func:`~textclean.analysis.tokens.keywords_of_tokens`), weights rounded to
    :data:`KEYWORD_DIGITS` decimals. Columns that are off are null.
    """
    top_k = config.keywords_top_k
    token_lists: list[list[str]] = []
    if (config.tokens or top_k) and paragraphs:
        tokenizer = shared_tokenizer(config.token_config)
        token_lists = tokenizer.tokenize_many([p["text"] for p in paragraphs], workers=config.workers)
    by_article: dict[str, list[str]] = {}
    for i, row in enumerate(paragraphs):
        tokens = token_lists[i] if token_lists else None
        row["tokens"] = tokens if config.tokens else None
        row["token_count"] = len(tokens) if config.tokens and tokens is not None else None
        if tokens is not None:
            by_article.setdefault(row["article_id"], []).extend(tokens)
    for article in articles:
        article["keywords"] = keywords(by_article.get(article["article_id"], []), top_k) if top_k else None


def keywords(tokens: Sequence[str], top_k: int) -> list[Record]:
    """The ``top_k`` keywords of a text given as its tokens, as ``{term, weight}`` rows; weights rounded.

    >>> keywords(["工会", "维权", "工会"], 1)
    [{'term': '工会', 'weight': 5.616143}]
    """
    heaviest = sorted(keyword_weights(tokens).items(), key=operator.itemgetter(1), reverse=True)
    if len(heaviest) > top_k:
        # Rounding keeps the order of weights (it may only tie them), so the rounded top k are
        # among the terms within one rounding unit of the k-th largest weight.
        least = round(heaviest[top_k - 1][1], KEYWORD_DIGITS) - 10**-KEYWORD_DIGITS
        end = top_k
        while end < len(heaviest) and heaviest[end][1] >= least:
            end += 1
        del heaviest[end:]
    ranked = sorted(((term, round(w, KEYWORD_DIGITS)) for term, w in heaviest), key=lambda tw: (-tw[1], tw[0]))
    return [{"term": term, "weight": weight} for term, weight in ranked[:top_k]]  # ties by term


# ---------------------------------------------------------------- encoding files


def parquet_bytes(
    records: Sequence[Record], schema: pa_arrow.Schema, metadata: Mapping[bytes, bytes] | None = None
) -> bytes:
    """Rows as a zstd-compressed Parquet file (no timestamps: same rows, same bytes).

    ``metadata``: key-value pairs added to the schema's own (schema version, HuggingFace features).
    """
    if metadata:
        schema = schema.with_metadata({**(schema.metadata or {}), **metadata})
    table = pa_arrow.Table.from_pylist(list(records), schema=schema)
    sink = io.BytesIO()
    pq.write_table(table, sink, compression="zstd")
    return sink.getvalue()


def jsonl_bytes(records: Iterable[Mapping[str, Any]]) -> bytes:
    """One UTF-8 JSON object a line, non-ASCII kept as is.

    >>> jsonl_bytes([{"title": "工会"}])
    b'{"title": "\\xe5\\xb7\\xa5\\xe4\\xbc\\x9a"}\\n'
    """
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode("utf-8")


@functools.cache
def code_digest() -> str:
    """sha256 over the library's source files: any change to the code means cached output is stale.

    Computed once per process, from the files as they were when first asked.
    """
    digest = hashlib.sha256()
    package = Path(__file__).parents[1]  # the textclean package, all subpackages
    for path in sorted(package.rglob("*.py")):
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

    ``inputs``: each input's entry, in order; ``rejects``: all rejects;
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
        },
        "outputs": {name: meta.record() for name, meta in outputs.items()},
    }


def manifest_text(manifest: Mapping[str, Any]) -> str:
    """``manifest.json``'s text: indented by two spaces, with each input's entry on a line of its own.

    (``json.dumps`` with ``indent`` runs in Python, not C: 20,000 entries took half a second.)

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


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def encode_dataset(tables: Tables, config: Config, paths: Sequence[str] = ()) -> dict[str, bytes]:
    """Every file of the dataset as bytes, in :data:`DATASET_FILES` order.

    The same bytes :func:`write_dataset` writes (both go through
    :func:`textclean.dataset.assemble.assemble`).
    """
    from textclean.dataset.assemble import assemble_in_memory  # the writer streams parts, which are built from Tables

    return assemble_in_memory(tables, config, paths)


# ---------------------------------------------------------------- locking


class DatasetBusyError(RuntimeError):
    """Another process holds the dataset folder's lock (a run is writing it)."""

    def __init__(self, out_dir: Path, holder: str) -> None:
        who = f" ({holder})" if holder else ""
        super().__init__(
            f"another textclean run is writing {out_dir}{who}; try again when it has finished "
            f"(lock: {out_dir / LOCK_FILE})"
        )
        self.out_dir = out_dir


_held: dict[str, list[int]] = {}  # real path of a folder -> [lock fd, depth]
_held_guard = threading.Lock()


@contextlib.contextmanager
def dataset_lock(out_dir: str | Path, wait: float = 0.0) -> Iterator[Path]:
    """Hold the exclusive lock of a dataset folder (created if needed) while the block runs.

    The lock is an ``fcntl.flock`` on ``DIR/.textclean.lock``; the kernel drops
    it when the process ends, however it ends, so a killed run never leaves a
    stale lock. It is re-entrant within a process (the flow takes it, then the
    write task inside it). When another process holds it, wait up to ``wait``
    seconds, then raise :class:`DatasetBusyError`.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    key = os.path.realpath(out)
    with _held_guard:
        entry = _held.get(key)
        if entry is not None:
            entry[1] += 1
    if entry is None:
        fd = _acquire(out, wait)
        with _held_guard:
            _held[key] = [fd, 1]
    try:
        yield out
    finally:
        with _held_guard:
            entry = _held[key]
            entry[1] -= 1
            release = entry[1] == 0
            if release:
                del _held[key]
        if release:
            fcntl.flock(entry[0], fcntl.LOCK_UN)
            os.close(entry[0])


def _acquire(out: Path, wait: float) -> int:
    fd = os.open(out / LOCK_FILE, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
                os.close(fd)
                raise DatasetBusyError(out, holder) from None
            time.sleep(0.05)
    os.ftruncate(fd, 0)
    os.pwrite(fd, f"pid {os.getpid()}\n".encode(), 0)
    return fd


# ---------------------------------------------------------------- writing


def _locked(out_dir: str | Path, locked: bool) -> contextlib.AbstractContextManager[Path]:
    """The folder's lock, or nothing when the caller says it holds it already (``locked``)."""
    return contextlib.nullcontext(Path(out_dir)) if locked else dataset_lock(out_dir)


def write_atomic(out_dir: Path, files: Mapping[str, bytes], locked: bool = False) -> None:
    """Replace the dataset in ``out_dir`` by ``files`` as one set (see the module docstring).

    Holds the folder's lock (:class:`DatasetBusyError` if another process
    writes it) and first finishes an earlier, interrupted commit. ``locked``:
    the caller holds the lock already, maybe in another process (a flow whose
    tasks run in worker processes), and vouches that nobody else writes.
    """
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    with _locked(out_dir, locked) as out:
        recover(out, locked=True)
        staged: list[tuple[str, Path, str]] = []
        try:
            for name, data in files.items():
                staged.append((name, _write_temp(out, name, data), hashlib.sha256(data).hexdigest()))
        except BaseException:
            discard(staged)
            raise
        commit(out, staged)
        record_dataset_files(out, [(name, sha) for name, _, sha in staged])


def temp_path(out: Path, name: str) -> Path:
    """A new, empty temporary file ``.NAME.*.tmp`` in ``out`` for the dataset file ``name``.

    :func:`recover` removes such files when a run crashed before committing them.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
    os.close(fd)
    os.chmod(tmp_name, 0o644)
    return Path(tmp_name)


def discard(staged: Sequence[tuple[str, Path, str]]) -> None:
    """Remove staged temporary files (a write that failed before its commit)."""
    for _, tmp, _ in staged:
        tmp.unlink(missing_ok=True)


def commit(out: Path, staged: Sequence[tuple[str, Path, str]]) -> None:
    """Make the staged files ``(name, temporary file, sha256)`` the dataset, as one set.

    The temporary files must be complete and flushed to disk (:func:`fsync_file`).
    Writes the commit journal (the commit point), then renames them into place
    (:func:`_apply`). The caller holds the folder's lock. On failure before the
    commit point the temporary files are removed and the old dataset stays.
    """
    journal = {"files": [{"name": name, "temp": tmp.name, "sha256": sha} for name, tmp, sha in staged]}
    try:
        _write_temp(out, JOURNAL, json.dumps(journal, indent=1).encode(), rename_to=out / JOURNAL)
        _fsync_dir(out)  # the commit point: from here on the new dataset wins
    except BaseException:
        discard(staged)
        raise
    _apply(out, journal)


def fsync_file(path: Path) -> None:
    """Flush a written file to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_temp(out: Path, name: str, data: bytes, rename_to: Path | None = None) -> Path:
    """Write ``data`` to a new temporary file ``.NAME.*.tmp`` in ``out``, flushed to disk; optionally rename it."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=out)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        if rename_to is not None:
            os.replace(tmp, rename_to)
            return rename_to
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _apply(out: Path, journal: Mapping[str, Any]) -> None:
    """Rename a committed journal's temporary files into place (idempotent), then drop the journal.

    The files they replace are held open across the rename and let go of in a
    thread (:func:`release_later`): the kernel frees a file's blocks when its
    last name and descriptor go, 0.2 s for a gigabyte of ``articles.jsonl``
    on ext4, which the rename would otherwise wait for.
    """
    held: list[int] = []
    try:
        for entry in _journal_entries(journal):
            tmp = out / entry["temp"]
            if tmp.exists():  # else moved already, by the commit that was interrupted
                with contextlib.suppress(OSError):
                    held.append(os.open(out / entry["name"], os.O_RDONLY | os.O_NONBLOCK))
                os.replace(tmp, out / entry["name"])
        _fsync_dir(out)
        (out / JOURNAL).unlink(missing_ok=True)
        _fsync_dir(out)
    finally:
        release_later(held)


def release_later(descriptors: Sequence[int]) -> None:
    """Close file descriptors in a thread (for files whose last descriptor frees many blocks)."""
    if not descriptors:
        return

    def close_all() -> None:
        for fd in descriptors:
            with contextlib.suppress(OSError):
                os.close(fd)

    threading.Thread(target=close_all, name="textclean-release", daemon=True).start()


def _journal_entries(journal: Mapping[str, Any]) -> list[dict[str, str]]:
    """The journal's entries, checked: only dataset files, only temporary files of this folder."""
    entries = journal.get("files") if isinstance(journal, Mapping) else None
    if not isinstance(entries, list):
        raise ValueError("commit journal without a file list")
    for e in entries:
        ok = isinstance(e, dict) and e.get("name") in DATASET_FILES and isinstance(e.get("temp"), str)
        if not ok or "/" in e["temp"] or not e["temp"].startswith(f".{e['name']}."):
            raise ValueError(f"commit journal entry not understood: {e!r}")
    return entries


def _is_our_temp(name: str) -> bool:
    return name.endswith(".tmp") and any(name.startswith(f".{n}.") for n in (*DATASET_FILES, JOURNAL, STAT_FILE))


def recover(out_dir: str | Path, locked: bool = False) -> bool:
    """Finish a commit that a crash interrupted, and remove stale temporary files.

    Returns True when a commit was finished. Holds the folder's lock while it
    works (:class:`DatasetBusyError` when another process writes the folder),
    unless the caller holds it already (``locked``). A journal that cannot be
    read is removed: it never completed its rename, so the commit it describes
    never happened.
    """
    out = Path(out_dir)
    with _locked(out, locked):
        finished = False
        journal_path = out / JOURNAL
        if journal_path.exists():
            try:
                journal = json.loads(journal_path.read_bytes())
                _journal_entries(journal)
            except (OSError, ValueError):
                journal_path.unlink(missing_ok=True)
            else:
                _apply(out, journal)
                finished = True
        for stale in out.iterdir():
            if _is_our_temp(stale.name):
                stale.unlink(missing_ok=True)
        return finished


def settle(out_dir: str | Path, locked: bool = False) -> str | None:
    """Best effort :func:`recover` for readers; the problem that remains (None: the folder is settled).

    Runs only when there is something to do (a journal, or temporary files a
    crash left). A reader without write access, or one that finds a run writing
    the folder, leaves it as it is; only a pending journal is then a problem.
    """
    out = Path(out_dir)
    pending = (out / JOURNAL).exists()
    try:
        if not pending and not any(_is_our_temp(p.name) for p in out.iterdir()):
            return None
        recover(out, locked)
    except DatasetBusyError as exc:
        return f"{JOURNAL}: a commit is in progress: {exc}" if pending else None
    except OSError as exc:
        if pending:
            return f"{JOURNAL}: an interrupted commit could not be finished ({exc}); run `textclean run` again"
        return None
    return None


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def write_dataset(
    out_dir: str | Path, tables: Tables, config: Config | None = None, paths: Sequence[str] = (), locked: bool = False
) -> Record:
    """Write the dataset files atomically into ``out_dir``; return the manifest.

    ``paths``: the path each input was read from, in the order of ``tables.inputs``
    (recorded in the manifest). ``locked``: the caller holds the folder's lock
    (see :func:`write_atomic`). The same files as a run's streamed write
    (:func:`textclean.dataset.assemble.assemble`).
    """
    from textclean.dataset.assemble import assemble
    from textclean.dataset.parts import part_of_tables

    config = config or Config()
    steps = [None] * len(tables.inputs)
    return assemble(out_dir, steps, [part_of_tables(tables)], config, paths, locked=locked)


def read_manifest(out_dir: str | Path) -> Record | None:
    """The dataset's manifest, or None when there is none (or it is unreadable).

    Parsed once per version of the file in a process (:func:`~textclean.dataset.quickcheck.parsed`):
    the value is shared, callers must not change it.
    """
    try:
        manifest = parsed(Path(out_dir) / MANIFEST_JSON, _read_manifest)
    except (OSError, ValueError):
        return None
    return manifest if isinstance(manifest, dict) else None


def _read_manifest(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def is_current(
    out_dir: str | Path, inputs: Sequence[InputFile], config: Config | None = None, locked: bool = False
) -> Record | None:
    """The manifest of ``out_dir`` when it was written from these inputs by this code and is intact; else None.

    A run whose dataset is current has nothing to do. An interrupted commit is
    finished first (:func:`settle`; ``locked``: the caller holds the folder's
    lock); one that cannot be means "not current".
    """
    if settle(out_dir, locked) is not None:
        return None
    manifest = read_manifest(out_dir)
    if manifest is None:
        return None
    if any(manifest.get(k) != v for k, v in versions(config or Config()).items()):
        return None
    recorded = [(i.get("source"), i.get("sha256")) for i in manifest.get("inputs", [])]
    if recorded != [(i.source, i.sha256) for i in inputs]:
        return None
    cache = StatCache.load(out_dir, "outputs")
    for name, meta in manifest.get("outputs", {}).items():
        try:
            if dataset_sha256(out_dir, name, cache) != meta.get("sha256"):
                return None
        except OSError:
            return None
    return manifest if set(manifest.get("outputs", {})) == set(DATASET_FILES[:-1]) else None


# ---------------------------------------------------------------- reading and validating


@dataclass
class Dataset:
    """A dataset read back from its folder."""

    articles: pd.DataFrame
    paragraphs: pd.DataFrame
    rejects: list[Record]
    manifest: Record


def read_records(path: str | Path) -> list[Record]:
    """Rows of a Parquet file as plain Python values (lists, dicts), as in the JSONL."""
    rows: list[Record] = pq.read_table(path).to_pylist()
    return rows


def read_jsonl(path: str | Path) -> list[Record]:
    """Objects of a JSONL file (blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


class InconsistentDatasetError(ValueError):
    """The files of a dataset folder do not match its manifest (changed by hand, or a commit pending)."""


def read_files(out_dir: str | Path, attempts: int = 5) -> dict[str, bytes]:
    """The bytes of every dataset file, checked against the sha256 the manifest names: one consistent set.

    Reads ``manifest.json`` first, then the other files; a run committing in
    between shows as a mismatch, and the read is tried again (``attempts``
    times in all, a tenth of a second apart). Finishes an interrupted commit
    first when it can. Raises :class:`InconsistentDatasetError` (or
    :class:`OSError` for a missing file).
    """
    out = Path(out_dir)
    wrong: list[str] = []
    for attempt in range(attempts):
        if attempt:
            time.sleep(0.1)
        pending = settle(out)
        files = {MANIFEST_JSON: (out / MANIFEST_JSON).read_bytes()}
        try:
            outputs = json.loads(files[MANIFEST_JSON])["outputs"]
            names = [n for n in DATASET_FILES if n != MANIFEST_JSON and (n in outputs or n not in OPTIONAL_FILES)]
            files |= {name: (out / name).read_bytes() for name in names}
            wrong = [name for name in names if _sha256(files[name]) != outputs[name]["sha256"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise InconsistentDatasetError(f"{out / MANIFEST_JSON}: not a textclean manifest ({exc})") from None
        if not wrong:
            return {name: files[name] for name in DATASET_FILES if name in files}
    why = f" ({pending})" if pending else ""
    raise InconsistentDatasetError(f"{out}: {', '.join(wrong)} differ from the sha256 in {MANIFEST_JSON}{why}")


def read_dataset(out_dir: str | Path, verify: bool = True) -> Dataset:
    """Load a written dataset: typed article and paragraph frames, rejects and manifest.

    With ``verify`` (the default) the files are checked against the
    manifest's sha256 (:func:`read_files`), so the tables always come from one
    run; without it they are read as they are.
    """
    out = Path(out_dir)
    if verify:
        files = read_files(out)
    else:
        files = {name: (out / name).read_bytes() for name in DATASET_FILES if name not in OPTIONAL_FILES}
    return Dataset(
        articles=articles_frame(pq.read_table(pa_arrow.BufferReader(files[ARTICLES_PARQUET])).to_pylist()),
        paragraphs=paragraphs_frame(pq.read_table(pa_arrow.BufferReader(files[PARAGRAPHS_PARQUET])).to_pylist()),
        rejects=_jsonl_records(files[REJECTS_JSONL]),
        manifest=json.loads(files[MANIFEST_JSON]),
    )


def _jsonl_records(data: bytes) -> list[Record]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]


def _schema_problems(name: str, actual: pa_arrow.Schema, expected: pa_arrow.Schema) -> list[str]:
    if actual.names != expected.names:
        return [f"{name}: columns {actual.names}, expected {expected.names}"]
    return [
        f"{name}: column {e.name} is {a.type}{'' if a.nullable else ' not null'}, "
        f"expected {e.type}{'' if e.nullable else ' not null'}"
        for a, e in zip(actual, expected, strict=True)
        if not a.type.equals(e.type) or (a.nullable and not e.nullable)
    ]


def _row_problems(name: str, schema_name: str, records: list[Record], frame: pd.DataFrame, key: str) -> list[str]:
    schema = ARTICLES if schema_name == "articles" else PARAGRAPHS
    try:
        bad = failures(schema, frame)
    except TableShapeError as exc:
        return [f"{name}: {exc}"]
    out = []
    for i, found in bad.items():
        checks = "; ".join(f"{c} ({col}={case!r})" if col else c for c, col, case in found)
        out.append(f"{name} row {i} ({key}={records[i].get(key)}): failed {checks}")
    return out


def _limit(problems: list[str], n: int = 50) -> list[str]:
    return problems if len(problems) <= n else [*problems[:n], f"... and {len(problems) - n} more"]


def validate_dataset(out_dir: str | Path) -> list[str]:
    """Re-check a written dataset against the schemas and itself; return the problems found (none: valid).

    Checks every file exists; the Parquet column types; every row against the
    pandera checks (naming row and check); that articles.jsonl holds the same
    rows in the same order as articles.parquet; that paragraphs.parquet has
    exactly one row per article block; the rejects' fields; and that the
    manifest's counts and checksums match the files. Finishes an interrupted
    commit first (:func:`settle`), and reports one it cannot finish.
    """
    out = Path(out_dir)
    if not out.is_dir():
        return [f"{out}: no such folder"]
    pending = settle(out)
    if pending is not None:
        return [pending]
    for _ in range(3):  # a run that commits while we read shows as a changed manifest: read again
        before = _manifest_bytes(out)
        problems = _dataset_problems(out)
        if _manifest_bytes(out) == before:
            break
    return problems


def _manifest_bytes(out: Path) -> bytes | None:
    try:
        return (out / MANIFEST_JSON).read_bytes()
    except OSError:
        return None


def _expected_files(out: Path) -> list[str]:
    """The files the dataset must have: all of :data:`DATASET_FILES`, optional ones only when the manifest lists them."""
    listed = (read_manifest(out) or {}).get("outputs")
    listed = listed if isinstance(listed, dict) else {}
    return [name for name in DATASET_FILES if name not in OPTIONAL_FILES or name in listed]


def expected_paragraphs(articles: Iterable[Mapping[str, Any]]) -> list[Record]:
    """The paragraph rows the articles imply (without tokens): one per block, with ``text_original``.

    An article's ``body_original`` (when conversion changed its body) holds the
    original blocks joined by newlines; a block's ``text_original`` is its
    original text when that differs from ``text``.
    """
    rows = []
    for article in articles:
        original = article.get("body_original")
        texts = original.split("\n") if isinstance(original, str) else None
        for row in paragraph_records(article):
            before = texts[row["block_index"]] if texts and row["block_index"] < len(texts) else row["text"]
            rows.append({**row, "text_original": before if before != row["text"] else None})
    return rows


def _dataset_problems(out: Path) -> list[str]:
    missing = [f"{name}: missing" for name in _expected_files(out) if not (out / name).is_file()]
    if missing:
        return missing
    problems: list[str] = []

    articles: list[Record] | None = None
    for name, arrow, schema_name, key in (
        (ARTICLES_PARQUET, ARTICLES_ARROW, "articles", "article_id"),
        (PARAGRAPHS_PARQUET, PARAGRAPHS_ARROW, "paragraphs", "article_id"),
    ):
        try:
            table = pq.read_table(out / name)
        except (OSError, pa_arrow.ArrowException) as exc:
            problems.append(f"{name}: not readable as Parquet ({exc})")
            continue
        shape = _schema_problems(name, table.schema, arrow)
        problems += shape
        if shape:
            continue
        records = table.to_pylist()
        frame = articles_frame(records) if schema_name == "articles" else paragraphs_frame(records)
        problems += _limit(_row_problems(name, schema_name, records, frame, key))
        if schema_name == "articles":
            articles = records
        elif articles is not None:
            expected = expected_paragraphs(articles)
            found = [{k: r.get(k) for k in e} for r, e in zip(records, expected, strict=False)]
            if len(records) != len(expected) or found != expected:
                diff = [i for i, (a, b) in enumerate(zip(found, expected, strict=False)) if a != b]
                where = f"first difference at row {diff[0]}" if diff else "rows missing or extra at the end"
                problems.append(
                    f"{name}: {len(records)} rows, not one per article block ({len(expected)} blocks); {where}"
                )

    try:
        lines = read_jsonl(out / ARTICLES_JSONL)
    except (OSError, ValueError) as exc:
        problems.append(f"{ARTICLES_JSONL}: not readable as JSONL ({exc})")
    else:
        if articles is not None and lines != articles:
            diff = [i for i, (a, b) in enumerate(zip(lines, articles, strict=False)) if a != b]
            if diff:
                problems += _limit(
                    [f"{ARTICLES_JSONL} row {i}: differs from {ARTICLES_PARQUET} row {i}" for i in diff], 10
                )
            if len(lines) != len(articles):
                problems.append(f"{ARTICLES_JSONL}: {len(lines)} rows, {ARTICLES_PARQUET} has {len(articles)}")

    try:
        rejects = read_jsonl(out / REJECTS_JSONL)
    except (OSError, ValueError) as exc:
        problems.append(f"{REJECTS_JSONL}: not readable as JSONL ({exc})")
    else:
        problems += _limit(
            [
                f"{REJECTS_JSONL} row {i}: fields must be {list(REJECT_FIELDS)}, all strings"
                for i, r in enumerate(rejects)
                if not isinstance(r, dict)
                or list(r) != list(REJECT_FIELDS)
                or not all(isinstance(v, str) for v in r.values())
            ]
        )

    problems += _manifest_problems(out)
    return problems


def _manifest_problems(out: Path) -> list[str]:
    manifest = read_manifest(out)
    if manifest is None:
        return [f"{MANIFEST_JSON}: not a JSON object"]
    problems = []
    if manifest.get("schema_version") != SCHEMA_VERSION:
        problems.append(
            f"{MANIFEST_JSON}: schema_version {manifest.get('schema_version')!r}, expected {SCHEMA_VERSION!r}"
        )
    outputs = manifest.get("outputs", {})
    for name in _expected_files(out)[:-1]:
        meta = outputs.get(name)
        if not isinstance(meta, dict):
            problems.append(f"{MANIFEST_JSON}: no entry for {name}")
            continue
        if hashlib.sha256((out / name).read_bytes()).hexdigest() != meta.get("sha256"):
            problems.append(f"{name}: sha256 differs from the manifest (changed after the run?)")
    return problems
