"""Which files a run reads, in which order, in which batches."""

from __future__ import annotations

from pathlib import Path

import pytest

from textclean.run.inputs import batches_of, clean_files, collect_inputs, plan_batches


def test_folders_expand_to_txt_files_sorted_by_name(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "notes.md"):
        (tmp_path / "dir" / name).parent.mkdir(exist_ok=True)
        (tmp_path / "dir" / name).write_text("x", encoding="utf-8")
    explicit = tmp_path / "0_extra.dat"
    explicit.write_text("x", encoding="utf-8")
    found = collect_inputs([tmp_path / "dir", explicit, tmp_path / "dir" / "a.txt"])
    assert [p.name for p in found] == ["0_extra.dat", "a.txt", "b.txt"]  # named file kept, duplicate dropped


def test_a_file_reached_twice_through_links_and_relative_names_is_one_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "dir"
    folder.mkdir()
    (folder / "a.txt").write_text("x", encoding="utf-8")
    (folder / "b.txt").symlink_to(folder / "a.txt")  # the same file under another name
    (folder / "c.txt").symlink_to(tmp_path / "nowhere.txt")  # broken: still an input (rejected later)
    (tmp_path / "alias").symlink_to(folder, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    found = collect_inputs([Path("dir"), Path("alias") / "a.txt", tmp_path / "dir" / "c.txt"])
    assert [str(p) for p in found] == ["dir/a.txt", "dir/c.txt"]


def test_a_missing_input_names_the_path(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError) as info:
        collect_inputs([tmp_path, tmp_path / "nope.txt"])
    assert info.value.filename == str(tmp_path / "nope.txt")


def test_batches_are_sized_by_bytes_not_pages(tmp_path: Path) -> None:
    sizes = [("a", 10), ("b", 10), ("c", 25), ("d", 1), ("e", 1)]
    assert plan_batches(sizes, batch_bytes=20) == [["a", "b"], ["c"], ["d", "e"]]
    assert plan_batches(sizes, batch_bytes=1000) == [["a", "b", "c", "d", "e"]]
    pages = []
    for i, size in enumerate([3, 3, 9]):
        pages.append(tmp_path / f"{i}.txt")
        pages[-1].write_bytes(b"x" * size)
    assert batches_of(pages, batch_bytes=6) == [[str(pages[0]), str(pages[1])], [str(pages[2])]]
    flat = [p for batch in batches_of(pages, batch_bytes=1) for p in batch]
    assert flat == [str(p) for p in pages]


def test_clean_files_keeps_order_and_never_raises_for_bad_pages(tmp_path: Path, seed_paths: list[Path]) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00garbage" * 3)
    results = clean_files([seed_paths[0], tmp_path / "missing.txt", bad, tmp_path])
    assert [r.source for r in results] == [seed_paths[0].name, "missing.txt", "bad.txt", tmp_path.name]
    assert results[0].articles and results[1].rejects[0].reason == "unreadable"
    assert results[3].rejects[0].reason == "unreadable"  # a folder given as a file
