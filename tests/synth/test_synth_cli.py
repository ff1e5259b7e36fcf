"""`textclean synth OUT`: seed-like synthetic pages, the same bytes for the same seed; folders it refuses."""

from __future__ import annotations

import json
import re
import statistics
from pathlib import Path

import pytest
from typer.testing import CliRunner

from textclean import synth
from textclean.cli import app

runner = CliRunner()
SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def synth_run(*args: str | Path) -> tuple[int, str]:
    result = runner.invoke(app, ["synth", *map(str, args)])
    assert "Traceback" not in result.output
    return result.exit_code, result.output


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_help_names_the_options() -> None:
    code, output = synth_run("--help")
    assert code == 0
    for option in ("OUT", "--pages", "--seed", "--gold", "--force"):
        assert option in output


def test_writes_n_pages_and_a_summary(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    code, output = synth_run(out, "--pages", "7", "--seed", "3")
    assert code == 0, output
    assert sorted(p.name for p in out.iterdir()) == [f"synth_{i:04d}.txt" for i in range(1, 8)]  # no gold unless asked
    size = sum(p.stat().st_size for p in out.iterdir())
    assert f"7 synthetic page(s), {size / 1e6:.1f} MB (seed 3) -> {out}/ (" in output
    assert " s)" in output.splitlines()[-1]


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    assert synth_run(tmp_path / "a", "-n", "5", "--seed", "11")[0] == 0
    assert synth_run(tmp_path / "b", "-n", "5", "--seed", "11")[0] == 0
    assert synth_run(tmp_path / "c", "-n", "5", "--seed", "12")[0] == 0
    a, b, c = (contents(tmp_path / x) for x in "abc")
    assert a == b
    assert a.keys() == c.keys() and all(a[name] != c[name] for name in a)
    # the library's corpus, page for page
    library = synth.write_corpus(tmp_path / "lib", 5, 11)
    assert {p.name: p.read_bytes() for p in library} == a


def test_page_i_depends_on_seed_and_i_only(tmp_path: Path) -> None:
    assert synth_run(tmp_path / "few", "-n", "3", "--seed", "5")[0] == 0
    assert synth_run(tmp_path / "more", "-n", "6", "--seed", "5")[0] == 0
    few, more = contents(tmp_path / "few"), contents(tmp_path / "more")
    assert few == {name: more[name] for name in few}


def test_gold_next_to_the_pages_or_in_its_own_folder(tmp_path: Path) -> None:
    out, gold = tmp_path / "pages", tmp_path / "gold"
    code, output = synth_run(out, "-n", "3", "--gold", gold)
    assert code == 0, output
    assert f"gold: {gold}/ (3 synth_*.json)" in output
    assert sorted(p.name for p in gold.iterdir()) == ["synth_0001.json", "synth_0002.json", "synth_0003.json"]
    for page in sorted(out.iterdir()):
        expected = json.loads((gold / f"{page.stem}.json").read_text(encoding="utf-8"))
        assert expected["source"] == page.name
        assert 1 <= len(expected["articles"]) <= 4
        printed = re.sub(r"\s", "", page.read_text(encoding="utf-8"))
        assert all(re.sub(r"\s", "", a["title"]) in printed for a in expected["articles"])
    same = tmp_path / "both"
    assert synth_run(same, "-n", "2", "--gold", same)[0] == 0
    assert sorted(p.name for p in same.iterdir()) == [
        "synth_0001.json",
        "synth_0001.txt",
        "synth_0002.json",
        "synth_0002.txt",
    ]
    assert (same / "synth_0002.json").read_bytes() == (gold / "synth_0002.json").read_bytes()


def test_pages_are_seed_sized_on_average(tmp_path: Path) -> None:
    """The issue's corpus: 2,000 pages of about 50 MB, i.e. pages as large as the seeds (~25 KB), mostly 4 articles."""
    assert synth_run(tmp_path / "c", "-n", "60", "--gold", tmp_path / "g")[0] == 0
    sizes = [p.stat().st_size for p in (tmp_path / "c").iterdir()]
    seed_mean = statistics.mean(p.stat().st_size for p in SEEDS.glob("*.txt"))
    assert 0.85 * seed_mean <= statistics.mean(sizes) <= 1.15 * seed_mean
    articles = [len(json.loads(p.read_text(encoding="utf-8"))["articles"]) for p in (tmp_path / "g").iterdir()]
    assert statistics.mean(articles) >= 2.8 and articles.count(4) >= len(articles) // 3


def test_out_that_is_a_file_or_below_one(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    code, output = synth_run(blocker, "-n", "1")
    assert code == 2 and f"not a folder: {blocker}" in output
    code, output = synth_run(blocker / "sub", "-n", "1")
    assert code == 2 and f"cannot write to output folder {blocker / 'sub'}" in output
    assert blocker.read_text(encoding="utf-8") == "x"


def test_non_empty_out_needs_force_which_replaces_the_earlier_corpus(tmp_path: Path) -> None:
    out = tmp_path / "corpus"
    assert synth_run(out, "-n", "4", "--seed", "1", "--gold", out)[0] == 0
    (out / "notes.md").write_text("mine", encoding="utf-8")
    before = contents(out)
    code, output = synth_run(out, "-n", "2", "--seed", "2")
    assert code == 2 and f"{out} is not empty (9 entries); use --force" in output
    assert contents(out) == before
    code, output = synth_run(out, "-n", "2", "--seed", "2", "--force")
    assert code == 0, output
    assert "removed 8 file(s) of an earlier synthetic corpus" in output
    # the earlier pages 3-4 and all earlier gold are gone: OUT holds exactly the new corpus (and the user's file)
    assert sorted(p.name for p in out.iterdir()) == ["notes.md", "synth_0001.txt", "synth_0002.txt"]
    assert (out / "notes.md").read_text(encoding="utf-8") == "mine"
    assert (out / "synth_0001.txt").read_bytes() != before["synth_0001.txt"]


@pytest.mark.parametrize("force", [False, True])
def test_never_writes_pages_among_other_pages(tmp_path: Path, force: bool) -> None:
    """A folder of real pages (here a copy of the seeds) is refused, --force or not: a later run would mix them."""
    pages = tmp_path / "pages"
    pages.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (pages / seed.name).write_bytes(seed.read_bytes())
    before = contents(pages)
    code, output = synth_run(pages, "-n", "2", *(["--force"] if force else []))
    assert code == 2
    assert f"{pages} holds 2 other .txt file(s) (e.g. 000_341eea174fccb12b.txt)" in output
    assert contents(pages) == before


def test_never_writes_gold_among_other_gold(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "000_341eea174fccb12b.json").write_text("{}", encoding="utf-8")
    code, output = synth_run(tmp_path / "out", "-n", "2", "--gold", gold, "--force")
    assert code == 2 and f"{gold} holds 1 other .json file(s)" in output
    assert not (tmp_path / "out").exists() and [p.name for p in gold.iterdir()] == ["000_341eea174fccb12b.json"]
    out = tmp_path / "both"
    out.mkdir()
    (out / "other.json").write_text("{}", encoding="utf-8")
    code, output = synth_run(out, "-n", "2", "--gold", out, "--force")
    assert code == 2 and "other .json/.txt file(s) (e.g. other.json)" in output


def test_bad_page_count_is_a_usage_error(tmp_path: Path) -> None:
    code, output = synth_run(tmp_path / "out", "--pages", "0")
    assert code == 2 and "--pages" in output
    assert not (tmp_path / "out").exists()
