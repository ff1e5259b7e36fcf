"""Score the cleaner on synthetic pages laid out like the seeds (see ``textclean.synth``).

usage: .venv/bin/python tools/synth_eval.py [--pages 40] [--seed 1] [--keep DIR] [--json]
                                            [--columns SPARSE_LO-SPARSE_HI,DENSE_LO-DENSE_HI]

Generates the pages (raw ``synth_NNNN.txt`` + gold ``synth_NNNN.json``) into a
temporary folder (or DIR with ``--keep``), cleans each with the library alone,
writes ``articles.jsonl`` next to them and prints ``tools/score.py``'s report.
``--columns 14-17,20-23`` lays the pages out in columns of other widths (em)
than the seeds' (16-22 sparse, 23-28 dense), to check that nothing depends on them.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from textclean.clean.page import clean_page
from textclean.synth import SEED_COLUMNS, Columns, write_corpus

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


def parse_columns(spec: str) -> Columns:
    """``"14-17,20-23"`` -> ``Columns((14, 17), (20, 23))``."""
    m = re.fullmatch(r"([0-9]+)-([0-9]+),([0-9]+)-([0-9]+)", spec.strip())
    lo, hi, dlo, dhi = (int(x) for x in m.groups()) if m else (0, 0, 0, 0)
    if not (0 < lo <= hi and 0 < dlo <= dhi):
        raise argparse.ArgumentTypeError(f"expected SPARSE_LO-SPARSE_HI,DENSE_LO-DENSE_HI in em, got {spec!r}")
    return Columns((lo, hi), (dlo, dhi))


def run(work: Path, pages: int, seed: int, as_json: bool, columns: Columns = SEED_COLUMNS) -> int:
    raw = write_corpus(work, pages, seed, columns=columns)
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
    ap.add_argument(
        "--columns",
        type=parse_columns,
        default=SEED_COLUMNS,
        metavar="SPARSE_LO-SPARSE_HI,DENSE_LO-DENSE_HI",
        help="column widths in em (default: the seeds', 16-22,23-28)",
    )
    args = ap.parse_args()
    if args.keep:
        return run(args.keep, args.pages, args.seed, args.json, args.columns)
    with tempfile.TemporaryDirectory(prefix="textclean-synth-") as tmp:
        return run(Path(tmp), args.pages, args.seed, args.json, args.columns)


if __name__ == "__main__":
    sys.exit(main())
