"""articles.jsonl loads in polars and HuggingFace datasets as the README shows, also when a column is null
in the first thousand rows and a string later (``--convert auto``: only the last page is traditional)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_hf_datasets import _run_snippet

from textclean.clean.page import clean_page
from textclean.config import Config
from textclean.dataset.assemble import write_dataset
from textclean.dataset.rows import build_tables
from textclean.synth import write_corpus

pytestmark = pytest.mark.slow

README = Path(__file__).resolve().parents[2] / "README.md"


@pytest.fixture(scope="module")
def late_strings(tmp_path_factory: pytest.TempPathFactory, traditional_page: str) -> Path:
    """A dataset whose ``title_original`` is null in its first 1,000 rows and a string in its last ones."""
    root = tmp_path_factory.mktemp("late")
    pages = write_corpus(root / "pages", 300, seed=3, with_gold=False)
    config = Config(script_mode="auto", tokens=False, keywords_top_k=3)
    results = [clean_page(p.name, p.read_bytes(), config) for p in pages]
    results.append(clean_page("zz_traditional.txt", traditional_page.encode("utf-8"), config))
    out = root / "data"
    write_dataset(out, build_tables(results, config), config)
    rows = [json.loads(line) for line in (out / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) > 1000 and all(r["title_original"] is None for r in rows[:1000])
    assert rows[-1]["title_original"] is not None
    return out


@pytest.mark.parametrize("reader", ["import polars", "from datasets"])
def test_jsonl_loads_as_the_readme_shows(reader: str, late_strings: Path, tmp_path: Path) -> None:
    snippets = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), flags=re.S)
    (snippet,) = [s for s in snippets if reader in s and "articles.jsonl" in s]
    out = _run_snippet(snippet, late_strings, tmp_path)
    assert out.rstrip().endswith("True")  # the JSONL rows are the Parquet rows
