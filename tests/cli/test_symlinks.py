"""Inputs that are symbolic links: read only when they point into an input folder (or with --follow-symlinks)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from textclean.cli import app
from textclean.config import Config
from textclean.run.inputs import clean_file, input_roots

runner = CliRunner()


def test_a_link_out_of_the_input_folders_is_quarantined_unread(
    prefect_harness: None, seed_paths: list[Path], tmp_path: Path
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.txt").write_bytes(seed_paths[0].read_bytes())
    (pages / "b.txt").symlink_to(pages / "a.txt")  # inside the folder: an ordinary second name
    (pages / "passwd.txt").symlink_to("/etc/passwd")
    out = tmp_path / "out"
    result = runner.invoke(app, ["run", str(pages), "--out", str(out), "--no-tokens", "--keywords", "0"])
    assert result.exit_code == 0, result.output
    rejects = [json.loads(line) for line in (out / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [(r["source"], r["reason"]) for r in rejects] == [("passwd.txt", "symlink")]
    assert "root:" not in (out / "articles.jsonl").read_text(encoding="utf-8")
    inputs = {i["source"]: i for i in json.loads((out / "manifest.json").read_text(encoding="utf-8"))["inputs"]}
    assert inputs["passwd.txt"]["sha256"] == ""  # never read, not even hashed
    assert inputs["a.txt"]["status"] == "processed"


def test_follow_symlinks_reads_such_a_link(seed_paths: list[Path], tmp_path: Path) -> None:
    pages, elsewhere = tmp_path / "pages", tmp_path / "elsewhere"
    pages.mkdir()
    elsewhere.mkdir()
    (elsewhere / "p.txt").write_bytes(seed_paths[0].read_bytes())
    (pages / "p.txt").symlink_to(elsewhere / "p.txt")
    roots = input_roots([pages])
    assert clean_file(pages / "p.txt", Config(input_roots=roots)).rejects[0].reason == "symlink"
    assert clean_file(pages / "p.txt", Config(input_roots=roots, follow_symlinks=True)).articles
    assert clean_file(pages / "p.txt", Config(input_roots=input_roots([pages, elsewhere]))).articles
