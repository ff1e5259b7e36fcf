"""A written dataset loads with HuggingFace ``datasets`` (offline, local Parquet files).

Each load runs in its own Python process: ``datasets`` reads its cache and
offline settings from the environment when imported, and this keeps its cache
in a temporary folder and away from the network.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from textclean.dataset.arrow import ARTICLES_ARROW, PARAGRAPHS_ARROW, hf_features
from textclean.dataset.card import render_card
from textclean.dataset.read import read_dataset

LOAD = """
import json, sys
import pyarrow.parquet as pq
from datasets import Features, load_dataset

articles = load_dataset("parquet", data_files=sys.argv[1], split="train", cache_dir=sys.argv[3])
paragraphs = load_dataset("parquet", data_files={"train": sys.argv[2]}, split="train", cache_dir=sys.argv[3])
print(json.dumps({
    "rows": articles.num_rows,
    "fields": articles.column_names,
    "paragraph_rows": paragraphs.num_rows,
    "paragraph_fields": paragraphs.column_names,
    "first": articles[0],
    "first_paragraph": paragraphs[0],
    "authors_feature": repr(articles.features["authors"]),
    "keywords_feature": repr(articles.features["keywords"]),
    "tokens_feature": repr(paragraphs.features["tokens"]),
    "features": [articles.features.to_dict(), paragraphs.features.to_dict()],
    # what datasets infers from the Arrow types alone, without the huggingface key
    "inferred": [Features.from_arrow_schema(pq.read_schema(f).remove_metadata()).to_dict() for f in sys.argv[1:3]],
}, ensure_ascii=False))
"""


def hf_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        HF_HUB_OFFLINE="1",
        HF_DATASETS_OFFLINE="1",
        HF_HOME=str(tmp_path / "hf-home"),
        HF_DATASETS_CACHE=str(tmp_path / "hf-cache"),
        HF_HUB_DISABLE_TELEMETRY="1",
        HF_DATASETS_DISABLE_PROGRESS_BARS="1",
    )
    return env


def test_articles_load_with_datasets(dataset_dir: Path, tmp_path: Path) -> None:
    dataset = read_dataset(dataset_dir)
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            LOAD,
            str(dataset_dir / "articles.parquet"),
            str(dataset_dir / "paragraphs.parquet"),
            str(tmp_path / "cache"),
        ],
        env=hf_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout.strip().splitlines()[-1])
    assert loaded["rows"] == dataset.manifest["counts"]["articles"] == len(dataset.articles)
    assert loaded["fields"] == ARTICLES_ARROW.names
    assert loaded["paragraph_rows"] == dataset.manifest["counts"]["paragraphs"]
    assert loaded["paragraph_fields"] == PARAGRAPHS_ARROW.names
    first = dataset.articles.iloc[0]
    assert loaded["first"]["title"] == first["title"]
    assert loaded["first"]["authors"] == list(first["authors"])
    assert loaded["first"]["blocks"][0] == dict(first["blocks"][0])
    assert "string" in loaded["authors_feature"]
    # list of structs and list of strings come back typed, as the huggingface key in the Parquet metadata says
    assert loaded["keywords_feature"] == "List({'term': Value('string'), 'weight': Value('float64')})"
    assert loaded["tokens_feature"] == "List(Value('string'))"
    assert loaded["first"]["keywords"] == [dict(k) for k in first["keywords"]]
    assert loaded["first_paragraph"]["tokens"] == list(dataset.paragraphs.iloc[0]["tokens"])
    assert loaded["features"] == [hf_features(ARTICLES_ARROW), hf_features(PARAGRAPHS_ARROW)] == loaded["inferred"]


def test_card_datasets_snippet_runs(dataset_dir: Path, tmp_path: Path) -> None:
    dataset = read_dataset(dataset_dir)
    card = render_card(dataset.manifest, dataset.articles, dataset.paragraphs, dataset.rejects)
    (snippet,) = [s for s in re.findall(r"```python\n(.*?)```", card, flags=re.S) if "datasets" in s]
    out = _run_snippet(snippet, dataset_dir, tmp_path)
    assert out.startswith(f"{len(dataset.articles)} ['article_id', ")


def test_readme_datasets_snippet_runs(dataset_dir: Path, tmp_path: Path) -> None:
    """The README's HuggingFace snippet (tests/test_readme.py runs the others in-process)."""
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    (snippet,) = [s for s in re.findall(r"```python\n(.*?)```", readme, flags=re.S) if "from datasets" in s]
    out = _run_snippet(snippet, dataset_dir, tmp_path)
    assert out.startswith("List({'term': Value('string'), 'weight': Value('float64')})\n")


def _run_snippet(snippet: str, dataset_dir: Path, tmp_path: Path) -> str:
    """Run a documentation snippet offline from a folder holding the dataset as ``data/``; its stdout."""
    (tmp_path / "data").symlink_to(dataset_dir, target_is_directory=True)
    proc = subprocess.run(
        [sys.executable, "-c", snippet],
        cwd=tmp_path,
        env=hf_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


BY_NAME = """
import json, sys
import pyarrow.parquet as pq
import yaml
from datasets import Features, load_dataset, load_dataset_builder

folder, cache = sys.argv[1], sys.argv[2]
default = load_dataset(folder, split="train", cache_dir=cache)
out = {"default": [default.num_rows, default.column_names]}
with open(folder + "/README.md", encoding="utf-8") as card:
    header = yaml.safe_load(card.read().split("---\\n")[1])
for name in ("articles", "paragraphs"):
    info = load_dataset_builder(folder, name, cache_dir=cache).info  # the card's, before any file is read
    schema = pq.read_schema(f"{folder}/{name}.parquet")
    loaded = load_dataset(folder, name, split="train", cache_dir=cache)
    (declared,) = [i for i in header["dataset_info"] if i["config_name"] == name]
    out[name] = {
        "rows": loaded.num_rows,
        "columns": loaded.column_names,
        "card_features": info.features.to_dict() if info.features else None,
        "card_splits": {split: s.num_examples for split, s in info.splits.items()},
        "loaded_features": loaded.features.to_dict(),
        "inferred": Features.from_arrow_schema(schema).to_dict(),
        "inferred_from_types": Features.from_arrow_schema(schema.remove_metadata()).to_dict(),
        "yaml": declared["features"],
        "datasets_yaml": Features.from_arrow_schema(schema)._to_yaml_list(),
    }
print(json.dumps(out, ensure_ascii=False))
"""


def test_the_folder_loads_by_table_name_without_arguments(dataset_dir: Path, tmp_path: Path) -> None:
    """The card's YAML ``configs`` let ``load_dataset(DIR)`` find the articles (default) and the paragraphs;
    its ``dataset_info`` gives each table's features, the very ones ``datasets`` infers from the Parquet file,
    and its row count (which ``datasets`` checks when it loads)."""
    dataset = read_dataset(dataset_dir)
    proc = subprocess.run(
        [sys.executable, "-c", BY_NAME, str(dataset_dir), str(tmp_path / "cache")],
        capture_output=True,
        text=True,
        env=hf_env(tmp_path),
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    loaded = json.loads(proc.stdout.strip().splitlines()[-1])
    assert loaded["default"] == [len(dataset.articles), ARTICLES_ARROW.names]
    for name, schema, table in (
        ("articles", ARTICLES_ARROW, dataset.articles),
        ("paragraphs", PARAGRAPHS_ARROW, dataset.paragraphs),
    ):
        got = loaded[name]
        assert got["rows"] == len(table) == dataset.manifest["counts"][name] and got["columns"] == schema.names
        assert got["card_splits"] == {"train": len(table)}
        # the card's features (read before any file) are those datasets infers from the file, with or
        # without the huggingface key, and those it loads with
        assert got["card_features"] == got["inferred"] == got["inferred_from_types"] == got["loaded_features"]
        assert got["card_features"] == hf_features(schema)
        assert got["yaml"] == got["datasets_yaml"]  # written in datasets' own YAML form
