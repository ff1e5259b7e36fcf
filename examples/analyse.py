"""Two questions about a textclean dataset: which words does each article use most, and who wrote what?

    .venv/bin/python examples/analyse.py [DIR]

DIR is a dataset folder written by ``textclean run`` (default ``data/``).

Words come from the ``tokens`` column of ``paragraphs.parquet`` when the
dataset has one (``textclean run`` writes it unless ``--no-tokens``), else from tokenising each block's ``text`` with
:mod:`textclean.analysis.tokens` (jieba; punctuation is never a word). Only words of
two or more characters are counted: single characters are mostly particles
(的, 了, 在) that every article shares.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pandas as pd

from textclean.analysis.tokens import Tokenizer

TOP_WORDS = 8


def word_counts(paragraphs: pd.DataFrame) -> tuple[dict[str, Counter[str]], str]:
    """Word counts per article_id, and where the words came from."""
    if "tokens" in paragraphs.columns and paragraphs["tokens"].notna().all():  # null: written with --no-tokens
        token_lists = [list(t) for t in paragraphs["tokens"]]
        origin = "the `tokens` column of paragraphs.parquet"
    else:
        tokenizer = Tokenizer()
        token_lists = tokenizer.tokenize_many(paragraphs["text"])
        name, version = tokenizer.name_version()
        origin = f"{name} {version} via textclean.tokens"
    counts: dict[str, Counter[str]] = {}
    for article_id, tokens in zip(paragraphs["article_id"], token_lists, strict=True):
        counts.setdefault(article_id, Counter()).update(t for t in tokens if len(t) >= 2)
    return counts, origin


def short(text: str, width: int = 18) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def words_table(articles: pd.DataFrame, counts: dict[str, Counter[str]], top: int = TOP_WORDS) -> pd.DataFrame:
    """One row per article: title, number of words counted, distinct words, its most frequent words."""
    rows = []
    for article_id, title in zip(articles["article_id"], articles["title"], strict=True):
        counter = counts.get(article_id, Counter())
        ranked = sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:top]
        rows.append(
            {
                "title": short(title),
                "words": sum(counter.values()),
                "distinct": len(counter),
                "most frequent": "  ".join(f"{w} {n}" for w, n in ranked),
            }
        )
    return pd.DataFrame(rows, columns=["title", "words", "distinct", "most frequent"])


def authors_table(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per author: how many articles, with which affiliation(s) and titles."""
    rows = []
    for authors, affiliation, title in zip(
        articles["authors"], articles["affiliation"], articles["title"], strict=True
    ):
        for author in list(authors) or ["(none)"]:
            rows.append({"author": author, "affiliation": affiliation, "title": title})
    if not rows:
        return pd.DataFrame(columns=["author", "articles", "affiliation", "titles"])
    frame = pd.DataFrame(rows)
    table = (
        frame.groupby("author", sort=True)
        .agg(
            articles=("title", "size"),
            affiliation=("affiliation", lambda s: "; ".join(sorted({a for a in s if isinstance(a, str)})) or "-"),
            titles=("title", lambda s: "; ".join(short(t) for t in s)),
        )
        .reset_index()
    )
    return table.sort_values(["articles", "author"], ascending=[False, True], kind="stable")


def affiliations_table(articles: pd.DataFrame) -> pd.DataFrame:
    """One row per affiliation: its articles and authors; articles without one are counted apart."""
    known = articles[articles["affiliation"].notna()]
    rows = [
        {
            "affiliation": affiliation,
            "articles": len(group),
            "authors": " ".join(dict.fromkeys(a for names in group["authors"] for a in names)),
        }
        for affiliation, group in known.groupby("affiliation", sort=True)
    ]
    table = pd.DataFrame(rows, columns=["affiliation", "articles", "authors"])
    return table.sort_values(["articles", "affiliation"], ascending=[False, True], kind="stable")


def text_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: Chinese characters and full-width punctuation take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def render(table: pd.DataFrame) -> str:
    """A plain-text table: text columns left-aligned, numbers right-aligned, Chinese widths respected."""
    columns = list(table.columns)
    cells = [[str(v) for v in row] for row in table.itertuples(index=False)]
    numeric = [pd.api.types.is_numeric_dtype(table[c]) for c in columns]
    widths = [max([text_width(c), *(text_width(row[i]) for row in cells)]) for i, c in enumerate(columns)]

    def line(values: list[str]) -> str:
        padded = [
            " " * (w - text_width(v)) + v if right else v + " " * (w - text_width(v))
            for v, w, right in zip(values, widths, numeric, strict=True)
        ]
        return "  ".join(padded).rstrip()

    return "\n".join([line(columns), line(["-" * w for w in widths]), *(line(row) for row in cells)])


def show(title: str, table: pd.DataFrame) -> None:
    print(f"\n== {title}\n")
    print(render(table) if len(table) else "(none)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("dir", nargs="?", default="data", type=Path, help="dataset folder (default: data/)")
    args = parser.parse_args(argv)
    folder: Path = args.dir
    if not (folder / "articles.parquet").is_file() or not (folder / "paragraphs.parquet").is_file():
        print(f"error: {folder} holds no textclean dataset (run `make run` or `textclean run`)", file=sys.stderr)
        return 2

    articles = pd.read_parquet(folder / "articles.parquet")
    paragraphs = pd.read_parquet(folder / "paragraphs.parquet")

    counts, origin = word_counts(paragraphs)
    print(f"{len(articles)} articles, {len(paragraphs)} blocks in {folder}/; words from {origin}")
    show("Most frequent words by article (words of two or more characters)", words_table(articles, counts))
    overall = sum(counts.values(), Counter())
    top = sorted(overall.items(), key=lambda item: (-item[1], item[0]))[:TOP_WORDS]
    print("\nall articles: " + "  ".join(f"{w} {n}" for w, n in top))
    show("Authors", authors_table(articles))
    show("Affiliations", affiliations_table(articles))
    without = int(articles["affiliation"].isna().sum())
    print(f"\n{without} article(s) name no affiliation (see `author_note` for 作者系… / 整理 notes).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
