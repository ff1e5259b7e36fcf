"""examples/analyse.py runs on a written dataset and answers its two questions."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from textclean.dataset.read import read_dataset

SCRIPT = Path(__file__).resolve().parent.parent / "examples" / "analyse.py"


def analyse(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_analyse_a_dataset(dataset_dir: Path) -> None:
    proc = analyse(str(dataset_dir))
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    dataset = read_dataset(dataset_dir)
    assert f"{len(dataset.articles)} articles, {len(dataset.paragraphs)} blocks" in out
    assert "words from the `tokens` column of paragraphs.parquet" in out
    words, authors, affiliations = out.split("\n== ")[1:4]
    # one row per article, its most frequent words
    rule_title = next(t for t in dataset.articles["title"] if "法治" in t)
    row = next(line for line in words.splitlines() if line.startswith(rule_title[:10]))
    assert "法治 " in row and "工会 " in row
    assert "all articles: 工会 " in out
    # every author and affiliation appears
    for names in dataset.articles["authors"]:
        for name in names:
            assert f"\n{name} " in authors
    for affiliation in dataset.articles["affiliation"].dropna():
        assert f"\n{affiliation} " in affiliations
    assert "中国工运研究所" in affiliations and "田晓青" in affiliations


def test_analyse_uses_the_tokens_column(dataset_copy: Path) -> None:
    path = dataset_copy / "paragraphs.parquet"
    table = pq.read_table(path)
    tokens = [["工会", "工会", "测试词"] for _ in range(table.num_rows)]
    where = table.schema.get_field_index("tokens")
    pq.write_table(table.set_column(where, "tokens", pa.array(tokens, pa.list_(pa.string()))), path)
    proc = analyse(str(dataset_copy))
    assert proc.returncode == 0, proc.stderr
    assert "words from the `tokens` column of paragraphs.parquet" in proc.stdout
    blocks = pd.read_parquet(path).groupby("article_id").size()
    assert f"all articles: 工会 {2 * blocks.sum()}  测试词 {blocks.sum()}" in proc.stdout


def test_analyse_defaults_to_data_and_reports_a_missing_dataset(tmp_path: Path) -> None:
    proc = analyse(cwd=tmp_path)
    assert proc.returncode == 2
    assert "data holds no textclean dataset" in proc.stderr


def test_analyse_tokenises_without_a_tokens_column(dataset_copy: Path) -> None:
    """A dataset written with --no-tokens (tokens null), or by an older textclean (no column): jieba is used."""
    path = dataset_copy / "paragraphs.parquet"
    table = pq.read_table(path)
    pq.write_table(table.drop_columns(["tokens", "token_count"]), path)
    proc = analyse(str(dataset_copy))
    assert proc.returncode == 0, proc.stderr
    assert "words from jieba 0.42.1 via textclean.tokens" in proc.stdout
    where = table.schema.get_field_index("tokens")
    nulls = pa.nulls(table.num_rows, table.schema.field("tokens").type)
    pq.write_table(table.set_column(where, "tokens", nulls), path)
    proc = analyse(str(dataset_copy))
    assert proc.returncode == 0, proc.stderr
    assert "words from jieba 0.42.1 via textclean.tokens" in proc.stdout
