"""textclean.dataset.card: the dataset card (README.md of a dataset folder)."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest
import yaml

from textclean.dataset.arrow import ARTICLES_ARROW, PARAGRAPHS_ARROW
from textclean.dataset.card import CARD_FILE, FIELD_DOCS, FILE_DOCS, MAX_REJECT_ROWS, TABLES, cell, render_card
from textclean.dataset.files import DATASET_FILES, REJECT_FIELDS
from textclean.dataset.read import Dataset, read_dataset


@pytest.fixture(scope="module")
def dataset(dataset_dir: Path) -> Dataset:
    return read_dataset(dataset_dir)


@pytest.fixture(scope="module")
def card(dataset: Dataset) -> str:
    return render_card(dataset.manifest, dataset.articles, dataset.paragraphs, dataset.rejects)


def snippets(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, flags=re.S)


def test_field_docs_match_the_schemas() -> None:
    """One list of fields: the Arrow schemas. A new column needs its meaning here."""
    for name, schema in (("articles", ARTICLES_ARROW), ("paragraphs", PARAGRAPHS_ARROW)):
        undocumented = [f for f in schema.names if not FIELD_DOCS[name].get(f)]
        assert undocumented == [], f"add the meaning of {name}.{undocumented} to textclean.dataset.card.FIELD_DOCS"
    assert tuple(FIELD_DOCS["rejects"]) == REJECT_FIELDS
    assert [name for name, _, _ in TABLES] == list(FIELD_DOCS)
    assert set(FILE_DOCS) == set(DATASET_FILES) - {CARD_FILE}


def test_card_documents_every_file_and_field(card: str) -> None:
    front, _, body = card.removeprefix("---\n").partition("\n---\n\n")  # YAML header (HF configs), then Markdown
    assert front.startswith("configs:\n") and body.startswith("# textclean dataset\n")
    for name in set(DATASET_FILES) - {CARD_FILE}:
        assert f"| `{name}` |" in card
    for schema in (ARTICLES_ARROW, PARAGRAPHS_ARROW):
        for field in schema:
            assert re.search(rf"^\| `{field.name}` \| `[^`]+` \| \S", card, flags=re.M), field.name
    assert "| `authors` | `list<string>` |" in card
    assert "| `blocks` | `list<struct<kind: string, text: string>>` |" in card
    assert "| `subtitle` | `string or null` |" in card
    assert "| `char_count` | `int64` |" in card


def test_card_header_declares_each_tables_columns_and_rows(card: str, dataset: Dataset) -> None:
    """The YAML header (read by HuggingFace ``datasets``): tables by name, their columns in order, their row counts."""
    header = yaml.safe_load(card.removeprefix("---\n").partition("\n---\n\n")[0])
    assert [c["config_name"] for c in header["configs"]] == ["articles", "paragraphs"]
    counts = dataset.manifest["counts"]
    for info, schema in zip(header["dataset_info"], (ARTICLES_ARROW, PARAGRAPHS_ARROW), strict=True):
        assert [f["name"] for f in info["features"]] == schema.names
        assert info["splits"] == [{"name": "train", "num_examples": counts[info["config_name"]]}]
    features = {f["name"]: f for f in header["dataset_info"][0]["features"]}
    assert features["authors"] == {"name": "authors", "list": "string"}
    assert features["line_spans"] == {"name": "line_spans", "list": {"list": "int64"}}
    assert features["keywords"]["list"] == [{"name": "term", "dtype": "string"}, {"name": "weight", "dtype": "float64"}]


def test_card_counts_and_sources(card: str, dataset: Dataset) -> None:
    counts = dataset.manifest["counts"]
    assert f"{counts['articles']:,} articles cleaned from {counts['inputs']:,} raw" in card
    assert f"body blocks (rows of `paragraphs.parquet`): {counts['paragraphs']:,} (" in card
    assert f"| `articles.parquet` | article | {counts['articles']:,} |" in card
    for source in dataset.manifest["inputs"]:
        assert f"| `{source['source']}` | `{source['sha256']}` | utf-8 | processed |" in card
    assert "None: every input was cleaned" in card
    assert f"| `tool_version` | {dataset.manifest['tool_version']} |" in card
    assert f"| `code_digest` | {dataset.manifest['code_digest']} |" in card


def test_card_is_deterministic_and_has_no_machine_paths(card: str, dataset: Dataset, dataset_dir: Path) -> None:
    assert render_card(dataset.manifest, dataset.articles, dataset.paragraphs, dataset.rejects) == card
    assert str(dataset_dir) not in card
    for source in dataset.manifest["inputs"]:
        assert source["path"] not in card or source["path"] == source["source"]
    assert not re.search(r"\b20\d\d-\d\d-\d\d\b", card)


def test_card_has_a_snippet_per_reader(card: str) -> None:
    text = "\n".join(snippets(card))
    for reader in ("import pandas", "import polars", "import duckdb", "from datasets import load_dataset"):
        assert reader in text


@pytest.mark.parametrize("reader", ["pandas", "polars", "duckdb"])
def test_card_snippet_runs(
    reader: str, card: str, dataset_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The HuggingFace snippet runs in tests/dataset/test_hf_datasets.py (offline, in its own process)."""
    (snippet,) = [s for s in snippets(card) if f"import {reader}" in s]
    (tmp_path / "data").symlink_to(dataset_dir, target_is_directory=True)
    monkeypatch.chdir(tmp_path)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(snippet, "README.md", "exec"), {"__name__": "card"})
    assert out.getvalue().strip()


def test_card_folder_name(dataset: Dataset) -> None:
    card = render_card(dataset.manifest, dataset.articles, dataset.paragraphs, [], folder="out/run1/")
    assert 'pd.read_parquet("out/run1/articles.parquet")' in card
    assert "data/" not in "\n".join(snippets(card))


def test_card_lists_rejects_and_extra_provenance(dataset: Dataset) -> None:
    rejects = [
        {"source": f"p{i}.txt", "stage": "read", "reason": "empty", "detail": "0 bytes | no text"}
        for i in range(MAX_REJECT_ROWS + 3)
    ]
    manifest = {
        **dataset.manifest,
        "counts": {**dataset.manifest["counts"], "rejects": len(rejects), "rejects_by_reason": {"empty": len(rejects)}},
        "tokenizer": {"name": "jieba", "version": "0.42.1"},
    }
    card = render_card(manifest, dataset.articles, dataset.paragraphs, rejects)
    assert f"- rejects: {len(rejects)} (empty {len(rejects)})" in card
    assert "| `p0.txt` | read | `empty` | 0 bytes \\| no text |" in card
    assert f"`p{MAX_REJECT_ROWS}.txt`" not in card
    assert "... and 3 more in `rejects.jsonl`." in card
    assert "| `tokenizer.name` | jieba |" in card and "| `tokenizer.version` | 0.42.1 |" in card


def test_card_renders_only_fields_the_schemas_have(card: str) -> None:
    documented_only = set(FIELD_DOCS["articles"]) - set(ARTICLES_ARROW.names)
    for field in documented_only:
        assert f"| `{field}` |" not in card


def test_card_ignores_the_manifest_outputs(dataset: Dataset, card: str) -> None:
    manifest = {k: v for k, v in dataset.manifest.items() if k != "outputs"}
    assert render_card(manifest, dataset.articles, dataset.paragraphs, dataset.rejects) == card


def test_card_of_an_empty_dataset(dataset: Dataset) -> None:
    empty_articles = dataset.articles.iloc[0:0]
    empty_paragraphs = dataset.paragraphs.iloc[0:0]
    manifest = {"tool_version": "0.1.0", "inputs": [], "counts": {"inputs": 0}}
    card = render_card(manifest, empty_articles, empty_paragraphs, [])
    assert "0 articles cleaned from 0 raw" in card
    assert "body blocks (rows of `paragraphs.parquet`): 0\n" in card


def test_cell() -> None:
    assert cell("a | b\nc") == "a \\| b c"
    assert cell(True) == "yes" and cell(None) == "" and cell(12345) == "12,345"
