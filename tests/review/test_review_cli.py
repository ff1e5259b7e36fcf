"""``textclean review``: writes the page, prints where and a summary, never clobbers a foreign file."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from textclean.cli import app
from textclean.review.html import is_review_page

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"

runner = CliRunner()


def test_review_writes_the_page(tmp_path: Path, gold_dir: Path) -> None:
    out = tmp_path / "seeds.html"
    result = runner.invoke(app, ["review", str(SEEDS), "--out", str(out), "--gold", str(gold_dir)])
    assert result.exit_code == 0, result.output
    assert is_review_page(out)
    lines = result.output.strip().splitlines()
    assert len(lines) == 1
    assert re.match(r"2 page\(s\), \d+ article\(s\), \d+ line\(s\) dropped, 0 rejected; gold: 2 page", lines[0])
    assert "gold: 2 page(s)" in lines[0] and lines[0].endswith(f"-> {out}")


def test_review_writes_review_html_here_by_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["review", str(SEEDS / "000_341eea174fccb12b.txt")])
    assert result.exit_code == 0, result.output
    assert is_review_page(tmp_path / "review.html")
    again = runner.invoke(app, ["review", str(SEEDS)])  # its own page is replaced
    assert again.exit_code == 0, again.output
    assert "2 page(s)" in again.output


def test_review_refuses_to_overwrite_a_foreign_file(tmp_path: Path) -> None:
    out = tmp_path / "notes.html"
    out.write_text("<html>my notes</html>", encoding="utf-8")
    result = runner.invoke(app, ["review", str(SEEDS), "--out", str(out)])
    assert result.exit_code == 2
    assert "not a textclean review page" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert out.read_text(encoding="utf-8") == "<html>my notes</html>"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no/such/input"], "input not found"),
        ([str(SEEDS), "--gold", "no/such/gold"], "gold folder not found"),
        ([str(SEEDS), "--out", "."], "is a folder"),
        ([str(SEEDS), "--out", "no/such/folder/r.html"], "no such folder"),
    ],
)
def test_review_usage_errors(args: list[str], message: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["review", *args])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert not (tmp_path / "review.html").exists()


def test_a_gold_folder_with_a_bad_file_is_a_usage_error(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.json").write_text("[1, 2]", encoding="utf-8")
    result = runner.invoke(app, ["review", str(SEEDS), "--gold", str(gold), "--out", str(tmp_path / "r.html")])
    assert result.exit_code == 2
    assert "not a gold page" in result.output


def test_review_has_help() -> None:
    result = runner.invoke(app, ["review", "--help"])
    assert result.exit_code == 0
    assert "--gold" in result.output and "--out" in result.output


def test_run_refuses_a_review_file_it_may_not_replace_before_it_starts(tmp_path: Path) -> None:
    notes = tmp_path / "notes.html"
    notes.write_text("mine", encoding="utf-8")
    result = runner.invoke(app, ["run", str(SEEDS), "--out", str(tmp_path / "data"), "--review", str(notes)])
    assert result.exit_code == 2
    assert "not a textclean review page" in result.output
    assert notes.read_text(encoding="utf-8") == "mine"
    assert not (tmp_path / "data" / "manifest.json").exists()


@pytest.mark.slow
def test_run_writes_the_review_of_its_inputs_and_names_it(prefect_harness: None, tmp_path: Path) -> None:
    page = tmp_path / "run-review.html"
    result = runner.invoke(app, ["run", str(SEEDS), "--out", str(tmp_path / "data"), "--review", str(page)])
    assert result.exit_code == 0, result.output
    assert is_review_page(page)
    last = result.output.strip().splitlines()[-1]
    assert last.startswith(f"review: {page} (2 page(s), ")
