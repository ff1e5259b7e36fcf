"""The README cannot drift: its Python snippets run, and every CLI command is documented."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

from textclean.cli import app

README = Path(__file__).resolve().parent.parent / "README.md"
ALL_SNIPPETS = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
#: The HuggingFace `datasets` snippet runs in its own process, offline (tests/dataset/test_hf_datasets.py).
SNIPPETS = [s for s in ALL_SNIPPETS if "from datasets" not in s]


def test_readme_has_a_snippet_for_each_reader() -> None:
    text = "\n".join(SNIPPETS)
    for reader in ("import pandas", "import polars", "import duckdb"):
        assert reader in text
    assert any("from datasets import load_dataset" in s for s in ALL_SNIPPETS)


@pytest.mark.parametrize("snippet", SNIPPETS, ids=[s.split("\n")[0] for s in SNIPPETS])
def test_readme_snippet_runs(snippet: str, dataset_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "data").symlink_to(dataset_dir, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(snippet, "README.md", "exec"), {"__name__": "readme"})
    assert out.getvalue().strip(), "each snippet prints something a reader can check"


def test_every_cli_command_is_in_the_readme() -> None:
    text = README.read_text(encoding="utf-8")
    names = [c.name or c.callback.__name__ for c in app.registered_commands if c.callback]
    assert sorted(names) == ["review", "run", "serve", "synth", "validate", "watch"]
    for name in names:
        assert f"textclean {name}" in text
