"""Incremental runs: unchanged inputs keep their rows, changed and new ones are cleaned, gone ones drop out."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from textclean.config import Config
from textclean.dataset import manifest as manifest_module
from textclean.dataset.assemble import assemble, write_dataset
from textclean.dataset.files import ARTICLES_JSONL, DATASET_FILES, MANIFEST_JSON, PARAGRAPHS_PARQUET, REJECTS_JSONL
from textclean.dataset.parts import part_of_tables
from textclean.dataset.reuse import reusable
from textclean.dataset.rows import build_tables
from textclean.dataset.validate import validate_dataset
from textclean.flows.clean_flow import RunResult, clean_flow
from textclean.run.inputs import clean_files, collect_inputs, fingerprint
from textclean.run.pool import duplicate_flags

DATA_FILES = [name for name in DATASET_FILES if name != MANIFEST_JSON]


@pytest.fixture
def pages(seed_paths: list[Path], traditional_page: str, tmp_path: Path) -> Path:
    """Six inputs: the two seeds, two copies under other names, a Big5 page and an image named .txt."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for p in seed_paths:
        shutil.copy(p, folder / p.name)
        shutil.copy(p, folder / f"copy_{p.name}")
    (folder / "trad.txt").write_bytes(traditional_page.encode("big5"))
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    return folder


def run(folder: Path, out: Path, **options) -> RunResult:
    return clean_flow([str(folder)], str(out), **options)


def statuses(result: RunResult) -> dict[str, str]:
    return {i["source"]: i["status"] for i in result.inputs}


def lines_by_source(out: Path) -> dict[str, list[bytes]]:
    """articles.jsonl lines (bytes, as written) grouped by source."""
    found: dict[str, list[bytes]] = {}
    for line in (out / ARTICLES_JSONL).read_bytes().splitlines():
        found.setdefault(json.loads(line)["source"], []).append(line)
    return found


def paragraphs_by_source(out: Path) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for row in pq.read_table(out / PARAGRAPHS_PARQUET).to_pylist():
        found.setdefault(row["source"], []).append(row)
    return found


def data_files(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in DATA_FILES}


def test_a_rerun_without_changes_reuses_everything(prefect_harness: None, pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "data"
    first = run(pages, out)
    assert set(statuses(first).values()) == {"processed", "rejected"}
    assert statuses(first)["image.txt"] == "rejected"
    before = {name: (out / name).stat().st_mtime_ns for name in DATASET_FILES}
    again = run(pages, out)
    assert again.up_to_date and again.batches == []
    assert set(statuses(again).values()) == {"reused"}
    assert {i["source"]: i["outcome"] for i in again.inputs} == {i["source"]: i["status"] for i in first.inputs}
    assert {name: (out / name).stat().st_mtime_ns for name in DATASET_FILES} == before  # nothing written


def test_changing_one_input_reprocesses_exactly_that_one(prefect_harness: None, pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "data"
    run(pages, out)
    before_lines, before_paragraphs = lines_by_source(out), paragraphs_by_source(out)
    before_rejects = (out / REJECTS_JSONL).read_bytes()

    changed = sorted(pages.glob("copy_*"))[0]
    text = changed.read_text(encoding="utf-8")
    changed.write_text(text.replace("工会", "工會", 1), encoding="utf-8")  # one character of one page
    result = run(pages, out)

    assert result.batches == [[str(changed)]]  # the only page cleaned
    expected = {source: "reused" for source in before_lines} | {"image.txt": "reused", changed.name: "processed"}
    assert statuses(result) == expected
    manifest = json.loads((out / MANIFEST_JSON).read_text(encoding="utf-8"))
    assert manifest["counts"]["reused"] == 5 and manifest["counts"]["processed"] == 1
    assert [i["status"] for i in manifest["inputs"]] == [i["status"] for i in result.inputs]
    assert next(i for i in manifest["inputs"] if i["source"] == "image.txt")["outcome"] == "rejected"

    after_lines, after_paragraphs = lines_by_source(out), paragraphs_by_source(out)
    for source in before_lines:
        if source != changed.name:
            assert after_lines[source] == before_lines[source]  # byte-identical JSONL lines
            assert after_paragraphs[source] == before_paragraphs[source]
    assert after_lines[changed.name] != before_lines[changed.name]
    assert (out / REJECTS_JSONL).read_bytes() == before_rejects  # the image's reject, reused
    assert validate_dataset(out) == []

    # an incremental run writes the same data files as a full run over the same inputs
    full = tmp_path / "full"
    run(pages, full, force=True)
    assert data_files(out) == data_files(full)


def test_a_deleted_input_loses_its_rows(prefect_harness: None, pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "data"
    run(pages, out)
    gone = sorted(pages.glob("copy_*"))[-1]
    assert gone.name in lines_by_source(out)
    gone.unlink()
    (pages / "image.txt").unlink()
    result = run(pages, out)
    assert result.batches == []  # nothing to clean: the rest is reused
    assert set(statuses(result).values()) == {"reused"} and len(result.inputs) == 4
    assert gone.name not in lines_by_source(out) and gone.name not in paragraphs_by_source(out)
    assert (out / REJECTS_JSONL).read_bytes() == b""
    assert validate_dataset(out) == []
    full = tmp_path / "full"
    run(pages, full, force=True)
    assert data_files(out) == data_files(full)


def test_new_and_renamed_inputs_are_cleaned(prefect_harness: None, pages: Path, tmp_path: Path) -> None:
    out = tmp_path / "data"
    run(pages, out)
    seed = sorted(pages.glob("copy_*"))[0]
    seed.rename(pages / "renamed.txt")  # same bytes, new name: new ids, so cleaned again
    shutil.copy(pages / "renamed.txt", pages / "new.txt")
    result = run(pages, out)
    assert statuses(result)["renamed.txt"] == statuses(result)["new.txt"] == "processed"
    assert sorted(s for s, status in statuses(result).items() if status == "reused") == sorted(
        p.name for p in pages.iterdir() if p.name not in ("renamed.txt", "new.txt")
    )
    assert seed.name not in lines_by_source(out)


# ---------------------------------------------------------------- the library alone


def write_seeds(seed_paths: list[Path], out: Path, config: Config) -> list:
    files = fingerprint(seed_paths)
    write_dataset(out, build_tables(clean_files(seed_paths, config)), config, [str(p) for p in seed_paths])
    return files


def test_the_key_holds_rules_and_code(seed_paths: list[Path], tmp_path: Path, monkeypatch) -> None:
    config = Config()
    files = write_seeds(seed_paths, tmp_path, config)
    assert sorted(reusable(tmp_path, files, config)) == sorted(p.name for p in seed_paths)
    assert reusable(tmp_path, files, Config(max_bytes=10**6)) == {}  # settings that change output
    monkeypatch.setattr(manifest_module, "RULES_VERSION", "another")
    assert reusable(tmp_path, files, config) == {}  # the rules changed
    monkeypatch.undo()
    monkeypatch.setattr(manifest_module, "code_digest", lambda: "0" * 64)
    assert reusable(tmp_path, files, config) == {}  # the library's code changed


def test_the_code_digest_covers_the_data_files_the_cleaning_reads(tmp_path: Path) -> None:
    from textclean.dataset.manifest import code_digest, package_digest

    package = tmp_path / "pkg"
    (package / "clean" / "data").mkdir(parents=True)
    (package / "clean" / "rules.py").write_text("X = 1\n")
    (package / "clean" / "data" / "wordclass.txt").write_text("关于 p\n", encoding="utf-8")
    (package / "review").mkdir()
    (package / "review" / "notes.txt").write_text("a\n")
    before = package_digest(package)
    (package / "clean" / "data" / "wordclass.txt").write_text("关于 p\n今后 t\n", encoding="utf-8")
    assert package_digest(package) != before  # a data file the rules read changed: cached output is stale
    after = package_digest(package)
    # negative: a file outside the code and its data folders (here a note) changes nothing
    (package / "review" / "notes.txt").write_text("b\n")
    assert package_digest(package) == after
    assert len(code_digest()) == 64


def test_nothing_is_reused_from_a_dataset_changed_by_hand(seed_paths: list[Path], tmp_path: Path) -> None:
    config = Config()
    files = write_seeds(seed_paths, tmp_path, config)
    with open(tmp_path / ARTICLES_JSONL, "ab") as fh:
        fh.write(b"\n")
    assert reusable(tmp_path, files, config) == {}


def test_reused_rows_and_fresh_parts_make_the_files_of_a_full_write(seed_paths: list[Path], tmp_path: Path) -> None:
    """Two inputs with one name are never reused; the second is a duplicate_source reject after the first."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    twice = [shutil.copy(seed_paths[0], tmp_path / d / "same.txt") for d in ("a", "b")]
    other = shutil.copy(seed_paths[1], tmp_path / "other.txt")
    paths = collect_inputs([*twice, other])
    config = Config()
    out, full = tmp_path / "out", tmp_path / "full"
    write_dataset(out, build_tables(clean_files(paths, config)), config, [str(p) for p in paths])
    files = fingerprint(paths)
    reused = reusable(out, files, config)
    assert list(reused) == ["other.txt"]
    steps = [reused.get(f.source) for f in files]
    todo = [(p, dup) for p, step, dup in zip(paths, steps, duplicate_flags(files), strict=True) if step is None]
    tables = build_tables(clean_files([p for p, _ in todo], config), config, duplicates=[d for _, d in todo])
    manifest = assemble(out, steps, [part_of_tables(tables)], config, [str(p) for p in paths])
    write_dataset(full, build_tables(clean_files(paths, config)), config, [str(p) for p in paths])
    for name in DATA_FILES:
        assert (out / name).read_bytes() == (full / name).read_bytes(), name
    assert [i["status"] for i in manifest["inputs"]] == ["reused", "processed", "rejected"]  # other.txt first
    assert [json.loads(line)["reason"] for line in (out / REJECTS_JSONL).read_text().splitlines()] == [
        "duplicate_source"
    ]
    assert validate_dataset(out) == []


def test_inputs_in_a_new_order_reuse_only_what_can_be_read_forward(seed_paths: list[Path], tmp_path: Path) -> None:
    """The writer reads the previous files forward: an input whose rows come before a reused one's is cleaned."""
    config = Config()
    write_seeds(seed_paths, tmp_path, config)
    first, second = fingerprint(seed_paths)
    assert list(reusable(tmp_path, [first, second], config)) == [first.source, second.source]
    assert list(reusable(tmp_path, [second, first], config)) == [second.source]


@pytest.mark.parametrize("dictionary", [True, False])
def test_source_runs_span_row_groups_and_names_seen_twice_are_left_out(tmp_path: Path, dictionary: bool) -> None:
    """A run that goes on in the next row group is one run; a name in two runs has none (its rows are not one range)."""
    import pyarrow as pa

    from textclean.dataset.reuse import _runs

    path = tmp_path / "t.parquet"
    sources = ["a", "a", "a", "b", "c", "c", "c", "b", "d"]
    pq.write_table(pa.table({"source": sources}), path, row_group_size=2, use_dictionary=dictionary)
    assert pq.ParquetFile(path).num_row_groups == 5
    assert _runs(path) == {"a": (0, 3), "c": (4, 3), "d": (8, 1)}
    pq.write_table(pa.table({"source": pa.array([], pa.string())}), path)
    assert _runs(path) == {}
