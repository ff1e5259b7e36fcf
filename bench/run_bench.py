"""Benchmark textclean on a synthetic seed-like corpus; prints figures, asserts nothing.

usage: python bench/run_bench.py [--pages N] [--seed S] [--corpus DIR] [--skip-flow]

Measures, in this order, on the same corpus:

(a) the floor: read every file, decode it, drop blank lines, write one zstd
    Parquet of the lines (what any tool must pay to read and write the data);
(b) each stage of the library alone, in one process: decode, lines, line
    roles (spacing repair included), blocks and articles, tables and schema
    validation, dataset encoding;
(c) the whole ``textclean run`` (Prefect flow, fresh output folder) in a
    subprocess, and its share that is not library work (Prefect overhead).

Prints MB/s, pages/s, each stage's share, peak RSS and the ratio (c)/(a).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from textclean import synth
from textclean.articles import build_articles
from textclean.config import Config
from textclean.decode import decode_bytes, sha256_hex
from textclean.lines import split_lines
from textclean.models import Page, PageResult
from textclean.roles import page_elements
from textclean.writer import build_tables, encode_dataset

ROOT = Path(__file__).resolve().parents[1]


def _timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def floor(paths: list[Path], out: Path) -> float:
    """(a) read, decode, strip blank lines, write one zstd Parquet."""

    def run() -> None:
        sources, lines = [], []
        for p in paths:
            for ln in decode_bytes(p.read_bytes()).text.splitlines():
                if ln.strip():
                    sources.append(p.name)
                    lines.append(ln)
        pq.write_table(pa.table({"source": sources, "line": lines}), out / "floor.parquet", compression="zstd")

    return _timed(run)[0]


def stages(paths: list[Path]) -> dict[str, float]:
    """(b) each library stage alone, in one process."""
    raw = [(p.name, p.read_bytes()) for p in paths]
    times: dict[str, float] = {}
    times["decode"], decoded = _timed(lambda: [(n, d, decode_bytes(d)) for n, d in raw])
    times["lines"], pages = _timed(
        lambda: [
            Page(
                source=n,
                sha256=sha256_hex(d),
                encoding=dec.encoding,
                lines=split_lines(dec.text),
                decode_errors=dec.errors,
            )
            for n, d, dec in decoded
        ]
    )
    times["line roles"], _ = _timed(lambda: [page_elements(pg.lines) for pg in pages])
    t_all, results = _timed(
        lambda: [PageResult(pg.source, pg.sha256, pg.encoding, articles=build_articles(pg)) for pg in pages]
    )
    times["blocks and articles"] = max(0.0, t_all - times["line roles"])
    times["tables, validation, tokens"], tables = _timed(lambda: build_tables(results, Config()))
    times["encoding the dataset"], _ = _timed(lambda: encode_dataset(tables, Config(), [str(p) for p in paths]))
    return times


def flow(corpus: Path, out: Path) -> tuple[float, int]:
    """(c) the whole ``textclean run`` in a subprocess: wall time and its peak RSS (KiB)."""
    exe = Path(sys.executable).with_name("textclean")
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run([str(exe), "run", str(corpus), "--out", str(out)], check=True, capture_output=True)
    wall = time.perf_counter() - t
    return wall, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", type=Path, help="reuse or keep the corpus in this folder")
    ap.add_argument("--skip-flow", action="store_true", help="library stages only")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or Path(tmp) / "corpus"
        if not corpus.exists() or not any(corpus.glob("*.txt")):
            corpus.mkdir(parents=True, exist_ok=True)
            t, _ = _timed(lambda: synth.write_corpus(corpus, args.pages, args.seed))
            print(f"corpus: {args.pages} synthetic pages written to {corpus} in {t:.1f} s")
        paths = sorted(corpus.glob("*.txt"))
        mb = sum(p.stat().st_size for p in paths) / 1e6
        print(f"corpus: {len(paths)} pages, {mb:.1f} MB")

        a = floor(paths, Path(tmp))
        print(f"\n(a) floor (read, decode, drop blanks, write zstd Parquet): {a:.2f} s, {mb / a:.1f} MB/s")

        b = stages(paths)
        lib = sum(b.values())
        print(f"\n(b) library stages, one process: {lib:.2f} s, {mb / lib:.2f} MB/s, {len(paths) / lib:.0f} pages/s")
        for name, t in b.items():
            print(f"    {name:24s} {t:7.2f} s  {100 * t / lib:5.1f} %")
        rss_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"    peak RSS of this process: {rss_self:.0f} MiB")

        if args.skip_flow:
            return
        c, rss = flow(corpus, Path(tmp) / "out")
        print(f"\n(c) textclean run (Prefect): {c:.2f} s, {mb / c:.2f} MB/s, {len(paths) / c:.0f} pages/s")
        print(f"    Prefect and process overhead: {max(0.0, c - lib):.2f} s, {100 * max(0.0, c - lib) / c:.1f} %")
        print(f"    peak RSS of the run: {rss / 1024:.0f} MiB")
        print(f"\n(c)/(a) = {c / a:.1f}   (cores: {os.cpu_count()})")


if __name__ == "__main__":
    main()
