"""Score the cleaner on synthetic pages laid out like the seeds (see ``textclean.synth``).

usage: .venv/bin/python tools/synth_eval.py [--pages 40] [--seed 1] [--keep DIR] [--json]

Generates the pages (raw ``synth_NNNN.txt`` + gold ``synth_NNNN.json``) into a
temporary folder (or DIR with ``--keep``), cleans each with the library alone,
writes ``articles.jsonl`` next to them and prints ``tools/score.py``'s report.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from textclean.pipeline import clean_page
from textclean.synth import write_corpus

ROOT = Path(__file__).resolve().parents[1]


def clean_all(pages: list[Path], out: Path) -> tuple[int, int]:
    """Clean every page into ``out`` (JSONL); return (articles written, pages rejected)."""
    n_articles = n_rejected = 0
    with out.open("w", encoding="utf-8") as fh:
        for page in pages:
            result = clean_page(page.name, page.read_bytes())
            n_rejected += result.status == "rejected"
            for a in result.articles:
                fh.write(json.dumps(a.to_record(), ensure_ascii=False) + "\n")
                n_articles += 1
    return n_articles, n_rejected


def run(work: Path, pages: int, seed: int, as_json: bool) -> int:
    raw = write_corpus(work, pages, seed)
    articles = work / "articles.jsonl"
    n_articles, n_rejected = clean_all(raw, articles)
    print(f"{len(raw)} synthetic pages (seed {seed}) in {work}: {n_articles} articles, {n_rejected} pages rejected")
    cmd = [sys.executable, str(ROOT / "tools" / "score.py"), str(work), str(articles)] + (["--json"] if as_json else [])
    return subprocess.run(cmd, check=False).returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=40)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", type=Path, help="write pages, gold and articles.jsonl here and keep them")
    ap.add_argument("--json", action="store_true", help="pass --json to the scorer")
    args = ap.parse_args()
    if args.keep:
        return run(args.keep, args.pages, args.seed, args.json)
    with tempfile.TemporaryDirectory(prefix="textclean-synth-") as tmp:
        return run(Path(tmp), args.pages, args.seed, args.json)


if __name__ == "__main__":
    sys.exit(main())
