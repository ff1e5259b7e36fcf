"""The stat quick check: files whose stat is unchanged are not read again (textclean.dataset.quickcheck)."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from textclean.config import Config
from textclean.dataset import quickcheck
from textclean.dataset.assemble import write_dataset
from textclean.dataset.quickcheck import STAT_FILE, StatCache
from textclean.dataset.read import is_current
from textclean.dataset.rows import build_tables
from textclean.run import inputs as inputs_module
from textclean.run.inputs import clean_files, fingerprint

NO_TOKENS = Config(tokens=False, keywords_top_k=0)
OLD = 1_000_000_000_000_000_000  # 2001-09-09, in ns: a time long settled


def page(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(OLD, OLD))  # mtime long past (ctime stays now: see settled_clock)
    return path


@pytest.fixture
def settled_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files count as settled (their change times are all in the test's past): no waiting two seconds."""
    monkeypatch.setattr(quickcheck, "SETTLED_NS", -(10**12))


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The inputs fingerprint() reads (names)."""
    seen: list[str] = []
    real = inputs_module.read_input

    def spy(path: str | Path, max_bytes: int) -> tuple[bytes | None, str, int]:
        seen.append(Path(path).name)
        return real(path, max_bytes)

    monkeypatch.setattr(inputs_module, "read_input", spy)
    return seen


def test_unchanged_inputs_are_not_read_again(tmp_path: Path, settled_clock: None, reads: list[str]) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    a, b = page(folder, "a.txt", "甲"), page(folder, "b.txt", "乙")
    first = fingerprint([a, b], out)
    assert reads == ["a.txt", "b.txt"]
    b.write_text("丙丙", encoding="utf-8")  # a change: new size and times
    second = fingerprint([a, b], out)
    assert reads == ["a.txt", "b.txt", "b.txt"]
    assert second[0] == first[0]
    assert second[1].sha256 == hashlib.sha256("丙丙".encode()).hexdigest() != first[1].sha256
    assert fingerprint([a, b]) == second  # without a folder: everything read, same answer
    assert reads[-2:] == ["a.txt", "b.txt"]


def test_a_change_that_keeps_the_size_and_mtime_is_seen(tmp_path: Path, settled_clock: None, reads: list[str]) -> None:
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    a = page(folder, "a.txt", "甲乙")
    fingerprint([a], out)
    a.write_text("丙丁", encoding="utf-8")
    os.utime(a, ns=(OLD, OLD))  # same size, same mtime: the change time still moved
    assert fingerprint([a], out)[0].sha256 == hashlib.sha256("丙丁".encode()).hexdigest()
    assert reads == ["a.txt", "a.txt"]


def test_a_page_changed_just_now_is_read_on_every_run(tmp_path: Path, reads: list[str]) -> None:
    """Not settled: two changes within one clock tick could keep its stat, so it is never cached."""
    folder, out = tmp_path / "in", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    a = folder / "a.txt"
    a.write_text("甲", encoding="utf-8")  # written now: its change time is now
    fingerprint([a], out)
    fingerprint([a], out)
    assert reads == ["a.txt", "a.txt"]
    assert json.loads((out / STAT_FILE).read_text())["inputs"] == {}


def test_dataset_files_are_trusted_by_stat_until_one_changes(
    tmp_path: Path, seed_paths: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    files = fingerprint(seed_paths)
    write_dataset(
        out, build_tables(clean_files(seed_paths, NO_TOKENS), NO_TOKENS), NO_TOKENS, [str(p) for p in seed_paths]
    )
    hashed: list[str] = []
    real = quickcheck.file_sha256
    monkeypatch.setattr(quickcheck, "file_sha256", lambda p: hashed.append(Path(p).name) or real(p))
    assert is_current(out, files, NO_TOKENS) is not None
    assert hashed == []  # every file's stat is the one recorded at commit
    rejects = out / "rejects.jsonl"
    rejects.write_bytes(rejects.read_bytes() + b"\n")
    assert is_current(out, files, NO_TOKENS) is None  # the changed file is read, and does not match
    assert hashed == ["rejects.jsonl"]


def test_an_unreadable_cache_means_hash_everything(tmp_path: Path) -> None:
    (tmp_path / STAT_FILE).write_text("{not json", encoding="utf-8")
    assert StatCache.load(tmp_path, "outputs").entries == {}
    (tmp_path / STAT_FILE).write_text(json.dumps({"version": 99, "outputs": {}}), encoding="utf-8")
    assert StatCache.load(tmp_path, "outputs").entries == {}
    assert StatCache.load(None, "inputs").entries == {}
    quickcheck.save_section(tmp_path, "inputs", StatCache())
    assert json.loads((tmp_path / STAT_FILE).read_text()) == {"version": quickcheck.VERSION, "inputs": {}}
    assert sorted(p.name for p in tmp_path.iterdir()) == [STAT_FILE]  # no temporary file left


def test_a_file_is_parsed_again_only_when_its_stat_changes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    quickcheck.forget_parsed()
    path = tmp_path / "m.json"
    path.write_text('{"a": 1}', encoding="utf-8")
    calls: list[Path] = []

    def parse(p: Path) -> object:
        calls.append(p)
        return json.loads(p.read_text(encoding="utf-8"))

    assert quickcheck.parsed(path, parse) == {"a": 1}
    assert quickcheck.parsed(path, parse) == {"a": 1}
    assert len(calls) == 1
    tmp = tmp_path / "m.tmp"
    tmp.write_text('{"a": 2}', encoding="utf-8")  # same size, replaced by rename: a new inode
    os.replace(tmp, path)
    assert quickcheck.parsed(path, parse) == {"a": 2}
    assert len(calls) == 2
    path.unlink()
    with pytest.raises(FileNotFoundError):
        quickcheck.parsed(path, parse)


def test_remembered_values_stand_for_a_parse_and_only_a_few_files_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    quickcheck.forget_parsed()
    monkeypatch.setattr(quickcheck, "PARSED_FILES", 2)
    files = [tmp_path / f"{i}.json" for i in range(3)]
    for i, f in enumerate(files):
        f.write_text(str(i), encoding="utf-8")
        quickcheck.remember(f, f"remembered {i}")
    parse = lambda p: "parsed"  # noqa: E731
    assert quickcheck.parsed(files[2], parse) == "remembered 2"
    assert quickcheck.parsed(files[1], parse) == "remembered 1"
    assert quickcheck.parsed(files[0], parse) == "parsed"  # the oldest was dropped
    quickcheck.remember(tmp_path / "missing.json", "x")  # nothing to remember: no error
    assert quickcheck.parsed(files[2], parse) == "parsed"  # dropped when files[0] came back in


def test_what_a_run_remembers_is_what_its_files_read_back_to(seed_paths: list[Path], tmp_path: Path) -> None:
    """The manifest and Parquet footers a write seeds the memo with are those a parse of the files gives."""
    from textclean.dataset.files import ARTICLES_PARQUET, MANIFEST_JSON, PARAGRAPHS_PARQUET
    from textclean.dataset.read import read_manifest
    from textclean.dataset.rowgroups import ParquetSource, footer_of, row_groups

    quickcheck.forget_parsed()
    out = tmp_path / "out"
    write_dataset(out, build_tables(clean_files(seed_paths, NO_TOKENS), NO_TOKENS), NO_TOKENS)
    fresh = json.loads((out / MANIFEST_JSON).read_text(encoding="utf-8"))

    def unexpected(path: Path) -> None:
        pytest.fail(f"{path.name} parsed again")

    remembered = quickcheck.parsed(out / MANIFEST_JSON, unexpected)
    assert remembered["inputs"] and remembered == fresh
    assert read_manifest(out) is remembered
    for name in (ARTICLES_PARQUET, PARAGRAPHS_PARQUET):
        groups = quickcheck.parsed(out / name, unexpected)
        assert groups and groups == row_groups(footer_of((out / name).read_bytes()))
        source = ParquetSource(out / name)
        source.close()
        assert source.groups is groups
    remembered_stats = StatCache.load(out, "outputs").entries
    quickcheck.forget_parsed()
    assert StatCache.load(out, "outputs").entries == remembered_stats
    assert remembered_stats.keys() >= {ARTICLES_PARQUET, MANIFEST_JSON}


def test_a_run_can_parse_the_previous_dataset_ahead(seed_paths: list[Path], tmp_path: Path) -> None:
    """textclean run parses the previous manifest, cache and footers while Prefect starts: the run then finds them."""
    from textclean.cli.startup import run_config, warm_up
    from textclean.dataset.files import ARTICLES_PARQUET, MANIFEST_JSON, PARAGRAPHS_PARQUET

    out = tmp_path / "out"
    write_dataset(out, build_tables(clean_files(seed_paths, NO_TOKENS), NO_TOKENS), NO_TOKENS)
    quickcheck.forget_parsed()

    def unexpected(path: Path) -> None:
        pytest.fail(f"{path.name} parsed again")

    warm_up(out, run_config(False, 0, "jieba", None)).join(timeout=60)
    for name in (MANIFEST_JSON, STAT_FILE, ARTICLES_PARQUET, PARAGRAPHS_PARQUET):
        assert quickcheck.parsed(out / name, unexpected)
    warm_up(tmp_path / "nothing here", run_config(False, 0, "jieba", None)).join(timeout=60)  # no dataset: no error
