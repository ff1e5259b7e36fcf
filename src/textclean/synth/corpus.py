"""A synthetic corpus on disk: ``synth_0001.txt`` pages and their ``.json`` gold, the same bytes for the same seed."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from pathlib import Path

from textclean.synth.articles import load_pool
from textclean.synth.layout import SEED_COLUMNS, Columns
from textclean.synth.page import generate_page

#: Names of the files :func:`write_corpus` writes: ``synth_0001.txt`` (page), ``synth_0001.json`` (its gold).
CORPUS_NAME_RE = re.compile(r"synth_[0-9]{4,}\.(?:txt|json)")


def page_name(i: int, pages: int) -> str:
    """Stem of page ``i`` of ``pages``: 4 digits, more when there are more pages, so names sort in page order.

    >>> page_name(7, 2000), page_name(7, 12000)
    ('synth_0007', 'synth_00007')
    """
    return f"synth_{i:0{max(4, len(str(pages)))}d}"


def write_corpus(
    out_dir: Path,
    pages: int,
    seed: int,
    gold_dir: Path | None = None,
    *,
    with_gold: bool = True,
    progress: Callable[[int, int], None] | None = None,
    columns: Columns = SEED_COLUMNS,
) -> list[Path]:
    """Write ``pages`` raw pages ``synth_0001.txt``… to ``out_dir`` and their gold ``.json`` to ``gold_dir``
    (default ``out_dir``; none with ``with_gold=False``); return the raw page paths.  Page ``i`` depends
    only on ``seed`` and ``i``.  ``progress(done, pages)`` is called after each page; ``columns``: the
    column widths drawn (the seeds' by default).
    """
    out_dir = Path(out_dir)
    gold_dir = Path(gold_dir or out_dir) if with_gold else None
    out_dir.mkdir(parents=True, exist_ok=True)
    if gold_dir is not None:
        gold_dir.mkdir(parents=True, exist_ok=True)
    pool = load_pool()
    paths: list[Path] = []
    for i in range(1, pages + 1):
        stem = page_name(i, pages)
        raw, gold = generate_page(random.Random(seed * 1_000_003 + i), pool, f"{stem}.txt", columns)
        (out_dir / f"{stem}.txt").write_bytes(raw.encode("utf-8"))
        if gold_dir is not None:
            (gold_dir / f"{stem}.json").write_bytes(
                (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
            )
        paths.append(out_dir / f"{stem}.txt")
        if progress is not None:
            progress(i, pages)
    return paths
