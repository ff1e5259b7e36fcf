"""Tables, atomic deterministic writes, the manifest, the up-to-date check, validate_dataset. No Prefect here."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textclean.config import SCHEMA_VERSION, Config
from textclean.dataset.assemble import write_dataset
from textclean.dataset.files import (
    ARTICLES_JSONL,
    ARTICLES_PARQUET,
    DATASET_FILES,
    LOCK_FILE,
    MANIFEST_JSON,
    PARAGRAPHS_PARQUET,
    REJECTS_JSONL,
)
from textclean.dataset.quickcheck import STAT_FILE
from textclean.dataset.read import is_current, read_dataset, read_jsonl, read_records
from textclean.dataset.rows import build_tables
from textclean.dataset.validate import validate_dataset
from textclean.models import Article, Block, PageResult
from textclean.run import inputs
from textclean.run.inputs import clean_file, clean_files, collect_inputs, fingerprint


def files_of(folder: Path) -> dict[str, bytes]:
    """The dataset's files (not the hidden lock file)."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if not p.name.startswith(".")}


# ---------------------------------------------------------------- the seed dataset


def test_seed_dataset_is_valid(dataset_dir: Path) -> None:
    assert validate_dataset(dataset_dir) == []
    assert sorted(p.name for p in dataset_dir.iterdir()) == sorted([*DATASET_FILES, LOCK_FILE, STAT_FILE])


def test_manifest_describes_inputs_and_files(dataset_dir: Path, seed_paths: list[Path]) -> None:
    manifest = json.loads((dataset_dir / MANIFEST_JSON).read_text(encoding="utf-8"))
    assert manifest["schema_version"] == SCHEMA_VERSION
    assert [i["source"] for i in manifest["inputs"]] == [p.name for p in seed_paths]
    assert [i["path"] for i in manifest["inputs"]] == [str(p) for p in seed_paths]
    for entry, path in zip(manifest["inputs"], seed_paths, strict=True):
        assert entry["sha256"] == fingerprint([path])[0].sha256
        assert entry["status"] == "processed" and entry["encoding"] == "utf-8"
    data = read_dataset(dataset_dir)
    counts = manifest["counts"]
    assert counts["articles"] == len(data.articles) == sum(i["articles"] for i in manifest["inputs"]) > 0
    assert counts["paragraphs"] == len(data.paragraphs) == sum(len(b) for b in data.articles["blocks"])
    assert counts["rejects"] == len(data.rejects) == 0
    assert set(manifest["outputs"]) == set(DATASET_FILES) - {MANIFEST_JSON}
    assert manifest["outputs"][ARTICLES_PARQUET]["rows"] == counts["articles"]


def test_paragraphs_are_the_blocks_in_order(dataset_dir: Path) -> None:
    articles = read_records(dataset_dir / ARTICLES_PARQUET)
    rows = read_records(dataset_dir / PARAGRAPHS_PARQUET)
    expected = [(a["article_id"], i, b["kind"], b["text"]) for a in articles for i, b in enumerate(a["blocks"])]
    assert [(r["article_id"], r["block_index"], r["kind"], r["text"]) for r in rows] == expected


def test_writes_are_byte_identical(
    seed_results: list[PageResult], seed_paths: list[Path], dataset_dir: Path, tmp_path: Path
) -> None:
    write_dataset(tmp_path, build_tables(seed_results), paths=[str(p) for p in seed_paths])
    assert files_of(tmp_path) == files_of(dataset_dir)


def test_output_order_ignores_argument_order(seed_paths: list[Path], tmp_path: Path) -> None:
    backwards = collect_inputs(list(reversed(seed_paths)))
    assert backwards == seed_paths
    first = build_tables(clean_files(seed_paths))
    second = build_tables(clean_files(backwards))
    assert first.articles == second.articles


# ---------------------------------------------------------------- atomic writes


def test_failed_write_leaves_previous_dataset(
    dataset_copy: Path, seed_results, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = files_of(dataset_copy)
    tables = build_tables(seed_results[:1])  # a different dataset
    calls = {"n": 0}
    real_fsync = os.fsync

    def failing_fsync(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 3:  # third file: the first two are already staged
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="No space"):
        write_dataset(dataset_copy, tables)
    assert files_of(dataset_copy) == before  # no new file, no temporary file left behind


def test_write_creates_the_folder_and_keeps_other_files(seed_results, tmp_path: Path) -> None:
    out = tmp_path / "a" / "b"
    write_dataset(out, build_tables(seed_results))
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    write_dataset(out, build_tables(seed_results[:1]))
    assert (out / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert "\n---\n\n# textclean dataset\n" in (out / "README.md").read_text(encoding="utf-8")  # the card is ours
    assert validate_dataset(out) == []


# ---------------------------------------------------------------- rejects


def test_bad_inputs_are_quarantined_with_reasons(seed_paths: list[Path], tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"  \n")
    (tmp_path / "big.txt").write_text("工会" * 100, encoding="utf-8")
    other = tmp_path / "other"
    other.mkdir()
    (other / seed_paths[0].name).write_text("同名的另一页\n正文", encoding="utf-8")
    results = [
        *clean_files([*seed_paths, tmp_path / "empty.txt", other / seed_paths[0].name, tmp_path / "gone.txt"]),
        clean_file(tmp_path / "big.txt", Config(max_bytes=100)),
    ]
    out = tmp_path / "out"
    manifest = write_dataset(out, build_tables(results))

    rejects = read_jsonl(out / REJECTS_JSONL)
    assert all(list(r) == ["source", "stage", "reason", "detail"] for r in rejects)
    by_source = {r["source"]: r["reason"] for r in rejects}
    assert by_source == {
        "empty.txt": "whitespace_only",
        "big.txt": "too_large",
        "gone.txt": "unreadable",
        seed_paths[0].name: "duplicate_source",
    }
    assert manifest["counts"]["rejects_by_reason"] == {
        "duplicate_source": 1,
        "too_large": 1,
        "unreadable": 1,
        "whitespace_only": 1,
    }
    assert manifest["counts"]["rejected"] == 4
    statuses = [(i["source"], i["status"]) for i in manifest["inputs"]]
    assert statuses.count((seed_paths[0].name, "processed")) == 1
    assert statuses.count((seed_paths[0].name, "rejected")) == 1
    articles = read_records(out / ARTICLES_PARQUET)
    assert {a["source"] for a in articles} == {p.name for p in seed_paths}
    assert "同名的另一页" not in {a["title"] for a in articles}
    assert validate_dataset(out) == []


def test_invalid_rows_are_quarantined_not_written(seed_results: list[PageResult], tmp_path: Path) -> None:
    page = seed_results[0]
    broken = Article(
        article_id=page.articles[0].article_id,  # a duplicate id: both rows go
        source=page.source,
        source_sha256=page.sha256,
        title="重复",
        blocks=[Block("paragraph", "正文")],
        line_spans=[(0, 0)],
    )
    results = [PageResult(page.source, page.sha256, "utf-8", articles=[*page.articles, broken]), *seed_results[1:]]
    manifest = write_dataset(tmp_path, build_tables(results))
    ids = [a["article_id"] for a in read_records(tmp_path / ARTICLES_PARQUET)]
    assert broken.article_id not in ids
    assert manifest["counts"]["rejects_by_reason"] == {"field_uniqueness": 2}
    assert {r["stage"] for r in read_jsonl(tmp_path / REJECTS_JSONL)} == {"validate"}
    assert manifest["inputs"][0]["articles"] == len(page.articles) - 1
    assert validate_dataset(tmp_path) == []


def test_transient_read_errors_are_raised_for_a_retry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page = tmp_path / "p.txt"
    page.write_text("标题\n正文", encoding="utf-8")

    def flaky(path: Path) -> int:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(inputs, "_open_regular", flaky)
    with pytest.raises(OSError, match="Input/output"):
        clean_file(page)


# ---------------------------------------------------------------- up to date


def test_is_current_only_for_same_inputs_code_and_intact_files(
    dataset_copy: Path, seed_paths: list[Path], tmp_path: Path
) -> None:
    prints = fingerprint(seed_paths)
    assert is_current(dataset_copy, prints) is not None
    assert is_current(dataset_copy, prints[:1]) is None
    assert is_current(dataset_copy, prints, Config(max_bytes=10)) is None
    changed = tmp_path / seed_paths[0].name
    changed.write_bytes(seed_paths[0].read_bytes() + b"\n")
    assert is_current(dataset_copy, fingerprint([changed, *seed_paths[1:]])) is None
    with open(dataset_copy / ARTICLES_JSONL, "ab") as fh:
        fh.write(b"\n")
    assert is_current(dataset_copy, prints) is None
    assert is_current(tmp_path / "nothing", prints) is None


# ---------------------------------------------------------------- validate_dataset catches tampering


def rewrite_parquet(path: Path, change) -> None:
    table = pq.read_table(path)
    rows = table.to_pylist()
    change(rows)
    pq.write_table(table.from_pylist(rows, schema=table.schema), path)


def test_validate_names_row_and_check(dataset_copy: Path) -> None:
    def tamper(rows: list[dict[str, Any]]) -> None:
        rows[1]["char_count"] += 1

    rewrite_parquet(dataset_copy / ARTICLES_PARQUET, tamper)
    problems = validate_dataset(dataset_copy)
    article_id = read_records(dataset_copy / ARTICLES_PARQUET)[1]["article_id"]
    assert any(
        p.startswith(f"articles.parquet row 1 (article_id={article_id})") and "char_count_is_body_length" in p
        for p in problems
    ), problems
    assert any("articles.jsonl row 1: differs" in p for p in problems)
    assert any("articles.parquet: sha256 differs from the manifest" in p for p in problems)


def test_validate_catches_jsonl_drift(dataset_copy: Path) -> None:
    lines = (dataset_copy / ARTICLES_JSONL).read_text(encoding="utf-8").splitlines()
    lines[0], lines[1] = lines[1], lines[0]
    (dataset_copy / ARTICLES_JSONL).write_text("\n".join(lines) + "\n", encoding="utf-8")
    problems = validate_dataset(dataset_copy)
    assert "articles.jsonl row 0: differs from articles.parquet row 0" in problems


def test_validate_catches_missing_paragraphs(dataset_copy: Path) -> None:
    rewrite_parquet(dataset_copy / PARAGRAPHS_PARQUET, lambda rows: rows.pop(3))
    assert any("not one per article block" in p for p in validate_dataset(dataset_copy))


def test_validate_catches_a_changed_column_type(dataset_copy: Path) -> None:
    table = pq.read_table(dataset_copy / PARAGRAPHS_PARQUET)
    pq.write_table(
        table.set_column(2, "block_index", table["block_index"].cast("int32")), dataset_copy / PARAGRAPHS_PARQUET
    )
    assert any("column block_index is int32, expected int64" in p for p in validate_dataset(dataset_copy))


def test_validate_catches_bad_rejects_and_missing_files(dataset_copy: Path) -> None:
    (dataset_copy / REJECTS_JSONL).write_text('{"source": "a.txt", "reason": "x"}\n', encoding="utf-8")
    assert any(p.startswith("rejects.jsonl row 0: fields must be") for p in validate_dataset(dataset_copy))
    (dataset_copy / PARAGRAPHS_PARQUET).unlink()
    assert validate_dataset(dataset_copy) == ["paragraphs.parquet: missing"]
    assert validate_dataset(dataset_copy / "nope") == [f"{dataset_copy / 'nope'}: no such folder"]


# ---------------------------------------------------------------- round trip (Hypothesis)

TEXT = st.text(
    alphabet=st.sampled_from(list("工会法治建设职工鑛𠀀，。“”、：（）——● 0123456789abcXYZ")), min_size=1, max_size=30
).filter(lambda s: s.strip() != "")
OPTIONAL = st.none() | TEXT
BLOCK = st.builds(Block, st.sampled_from(["paragraph", "heading", "attribution"]), TEXT)
SPAN = st.tuples(st.integers(0, 500), st.integers(0, 500)).map(lambda t: (min(t), max(t)))


@st.composite
def pages(draw: st.DrawFn) -> list[PageResult]:
    results = []
    for p in range(draw(st.integers(1, 3))):
        sha = f"{p:064x}"
        articles = [
            Article(
                article_id=f"{p:04x}{i:012x}",
                source=f"p{p}.txt",
                source_sha256=sha,
                title=draw(TEXT),
                blocks=draw(st.lists(BLOCK, max_size=5)),
                line_spans=draw(st.lists(SPAN, min_size=1, max_size=3)),
                page_banner=draw(OPTIONAL),
                column=draw(OPTIONAL),
                kicker=draw(OPTIONAL),
                subtitle=draw(OPTIONAL),
                authors=draw(st.lists(TEXT, max_size=3)),
                author_note=draw(OPTIONAL),
                affiliation=draw(OPTIONAL),
                pull_quote=draw(OPTIONAL),
            )
            for i in range(draw(st.integers(0, 3)))
        ]
        results.append(PageResult(f"p{p}.txt", sha, "utf-8", articles=articles))
    return results


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(results=pages())
def test_parquet_and_jsonl_round_trip_to_the_same_rows(results: list[PageResult], tmp_path_factory) -> None:
    out = tmp_path_factory.mktemp("roundtrip")
    tables = build_tables(results)
    assert tables.rejects == []
    write_dataset(out, tables)
    expected = [a.to_record() for r in results for a in r.articles]
    rows = read_records(out / ARTICLES_PARQUET)
    assert [{k: row[k] for k in record} for row, record in zip(rows, expected, strict=True)] == expected
    assert read_jsonl(out / ARTICLES_JSONL) == rows
    assert validate_dataset(out) == []


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="lists open files through Linux's /proc")
def test_a_commit_lets_go_of_the_files_it_replaced(seed_paths: list[Path], tmp_path: Path) -> None:
    """The replaced files are held open across the rename and closed in a thread: none stays open."""
    import time

    from textclean.dataset.assemble import write_dataset
    from textclean.dataset.rows import build_tables

    config = Config(tokens=False, keywords_top_k=0)
    tables = build_tables(clean_files(seed_paths, config), config)
    out = tmp_path / "out"
    write_dataset(out, tables, config)
    old = os.stat(out / "articles.jsonl").st_ino
    write_dataset(out, tables, config)
    assert os.stat(out / "articles.jsonl").st_ino != old  # replaced

    def replaced_files_open() -> list[str]:
        found = []
        for fd in os.listdir("/proc/self/fd"):
            try:
                target = os.readlink(f"/proc/self/fd/{fd}")
            except OSError:  # the listing's own descriptor, gone
                continue
            if target.startswith(str(out)) and target.endswith("(deleted)"):
                found.append(target)
        return found

    deadline = time.monotonic() + 10
    while replaced_files_open() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert replaced_files_open() == []
