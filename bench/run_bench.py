"""Benchmark textclean on a synthetic seed-like corpus; prints figures and the issue's targets, asserts nothing.

usage: python bench/run_bench.py [--pages N] [--seed S] [--corpus DIR] [--tokenizer T] [--skip-flow]
                                 [--skip-stages] [--skip-incremental]

Measures, in this order, on the same corpus (``textclean synth``'s pages):

(a) the floor: read every file, decode it, drop blank lines, write one zstd
    Parquet of the lines (what any tool must pay to read and write the data);
(b) each stage of the library alone, in one process: decode to articles
    (the cleaning, no tokens), tables and validation (no tokens), tokens and
    keywords (with the chosen tokenizer), writing the dataset files;
(c) the whole ``textclean run`` (Prefect flow, cleaning slots, fresh output
    folder) in a subprocess: wall time, peak RSS of its whole process tree,
    and the share of Prefect's own fixed cost (a run over one page);
(d) the incremental rerun after one page changed, against (c);
(e) the same change seen by ``textclean watch``, which reruns in a process
    that is already up (Prefect's server and the modules loaded).

Prints MB/s, pages/s, each stage's share, the ratio (c)/(a) and the targets.
"""

from __future__ import annotations

import argparse
import gc
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
import pyarrow as pa
import pyarrow.parquet as pq

from textclean import synth
from textclean.analysis.tokens import TokenConfig, Tokenizer
from textclean.clean.decode import decode_bytes
from textclean.clean.page import clean_page
from textclean.config import Config
from textclean.dataset.assemble import assemble_in_memory
from textclean.dataset.rows import build_tables

NO_TOKENS = Config(tokens=False, keywords_top_k=0)


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


def stages(paths: list[Path], tokenizer: str) -> dict[str, float]:
    """(b) each library stage alone, in one process (a sample of at most 400 pages, scaled to the corpus)."""
    sample = paths[:: max(1, len(paths) // 400)]
    scale = sum(p.stat().st_size for p in paths) / sum(p.stat().st_size for p in sample)
    raw = [(p.name, p.read_bytes()) for p in sample]
    gc.freeze()  # (as the run's workers do once they are set up: run.pool._warm_worker)
    times: dict[str, float] = {}
    times["cleaning (decode to articles)"], results = _timed(lambda: [clean_page(n, d, NO_TOKENS) for n, d in raw])
    times["tables and validation"], _ = _timed(lambda: build_tables(results, NO_TOKENS))
    config = Config(token_config=TokenConfig(backend=tokenizer))  # type: ignore[arg-type]
    Tokenizer(config.token_config).load()
    with_tokens, full = _timed(lambda: build_tables(results, config))
    times[f"tokens and keywords ({tokenizer})"] = max(0.0, with_tokens - times["tables and validation"])
    times["writing the files"], _ = _timed(lambda: assemble_in_memory(full, config))
    return {name: t * scale for name, t in times.items()}


class TreeRSS:
    """Peak resident memory of a process and its descendants (summed), sampled every 50 ms."""

    def __init__(self, pid: int) -> None:
        self.peak = 0
        #: The largest peak of any one process, and its command line.
        self.largest = (0, "")
        self._root = psutil.Process(pid)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.05):
            try:
                procs = [self._root, *self._root.children(recursive=True)]
                total = 0
                for proc in procs:
                    try:
                        rss = proc.memory_info().rss
                        total += rss
                        if rss > self.largest[0]:
                            self.largest = (rss, " ".join(proc.cmdline())[:60])
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, total)
            except psutil.Error:
                return

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def textclean_run(corpus: Path, out: Path, *extra: str) -> tuple[float, TreeRSS]:
    """The whole ``textclean run`` in a subprocess: wall time and the peak RSS of its processes."""
    exe = Path(sys.executable).with_name("textclean")
    t = time.perf_counter()
    proc = subprocess.Popen(
        [str(exe), "run", str(corpus), "--out", str(out), *extra], stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    rss = TreeRSS(proc.pid)
    output, _ = proc.communicate()
    wall = time.perf_counter() - t
    rss.stop()
    if proc.returncode:
        sys.exit(f"textclean run failed ({proc.returncode}):\n{output.decode(errors='replace')}")
    return wall, rss


def watch_rerun(corpus: Path, out: Path, changed: Path, *extra: str) -> tuple[float, float]:
    """``textclean watch`` on the corpus: change one page once the first run is done.

    Returns the seconds from the change to the rerun's line, and the rerun's own seconds (as watch prints them).
    """
    exe = Path(sys.executable).with_name("textclean")
    proc = subprocess.Popen(
        [str(exe), "watch", str(corpus), "--out", str(out), "--debounce", str(WATCH_DEBOUNCE), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    assert proc.stdout is not None
    original = changed.read_bytes()
    try:
        for line in proc.stdout:
            if " run 1 " in line:
                break
        else:
            sys.exit(f"textclean watch ended before its first run ({proc.wait()})")
        t = time.perf_counter()
        changed.write_bytes(original + "\n（本报记者 再记）\n".encode())
        for line in proc.stdout:
            if " run 2 " in line:
                return time.perf_counter() - t, float(line.rsplit("(", 1)[1].split()[0])
        sys.exit(f"textclean watch ended before its rerun ({proc.wait()})")
    finally:
        proc.terminate()
        proc.wait()
        changed.write_bytes(original)


#: The quiet time ``textclean watch`` waits for in (e) before it reruns.
WATCH_DEBOUNCE = 0.2


def target(ok: bool) -> str:
    return "meets the target" if ok else "MISSES the target"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--corpus", type=Path, help="reuse or keep the corpus in this folder")
    ap.add_argument("--tokenizer", default="auto", help="jieba, rjieba or auto (rjieba when installed: the fast path)")
    ap.add_argument("--skip-stages", action="store_true", help="no library stages (b)")
    ap.add_argument("--skip-flow", action="store_true", help="no textclean run (c, d)")
    ap.add_argument("--skip-incremental", action="store_true", help="no incremental rerun (d)")
    args = ap.parse_args()
    tokenizer = Tokenizer(TokenConfig(backend=args.tokenizer)).backend

    with tempfile.TemporaryDirectory() as tmp:
        corpus = args.corpus or Path(tmp) / "corpus"
        if not corpus.exists() or not any(corpus.glob("*.txt")):
            corpus.mkdir(parents=True, exist_ok=True)
            t, _ = _timed(lambda: synth.write_corpus(corpus, args.pages, args.seed))
            print(f"corpus: {args.pages} synthetic pages written to {corpus} in {t:.1f} s")
        paths = sorted(corpus.glob("*.txt"))
        mb = sum(p.stat().st_size for p in paths) / 1e6
        cores = len(os.sched_getaffinity(0))
        print(f"corpus: {len(paths)} pages, {mb:.1f} MB; {cores} cores; tokenizer {tokenizer}")

        a = floor(paths, Path(tmp))
        print(f"\n(a) floor (read, decode, drop blanks, write zstd Parquet): {a:.2f} s, {mb / a:.1f} MB/s")

        if not args.skip_stages:
            b = stages(paths, tokenizer)
            lib = sum(b.values())
            print(
                f"\n(b) library stages, one process: {lib:.2f} s, {mb / lib:.2f} MB/s, {len(paths) / lib:.0f} pages/s"
            )
            for name, t in b.items():
                print(f"    {name:34s} {t:7.2f} s  {100 * t / lib:5.1f} %  {mb / t:7.2f} MB/s")
            clean = next(iter(b.values()))
            print(f"    library alone without tokens: {mb / clean:.2f} MB/s per core ({target(mb / clean >= 5)}: >= 5)")

        if args.skip_flow:
            return
        extra = ["--tokenizer", tokenizer]
        one = Path(tmp) / "one"
        one.mkdir()
        shutil.copy(paths[0], one / paths[0].name)
        fixed, _ = textclean_run(one, Path(tmp) / "out-one", *extra)
        c, rss = textclean_run(corpus, Path(tmp) / "out", *extra)
        print(
            f"\n(c) textclean run (Prefect, {cores} cleaning slots: this run and {cores - 1} worker process(es)): {c:.2f} s, {mb / c:.2f} MB/s, "
            f"{len(paths) / c:.0f} pages/s"
        )
        print(f"    Prefect's fixed cost (a run over one page): {fixed:.2f} s, {100 * fixed / c:.1f} % of this run")
        print(
            f"    peak RSS: {rss.peak / 2**20:.0f} MiB all processes together (the run, its workers, Prefect's "
            f"server); largest process {rss.largest[0] / 2**20:.0f} MiB ({rss.largest[1]})"
        )
        limit = 8 if len(paths) <= 2000 else 4
        print(f"    (c)/(a) = {c / a:.1f}   ({target(c / a <= limit)}: <= {limit} at {len(paths)} pages)")

        if args.skip_incremental:
            return
        changed = paths[len(paths) // 2]
        original = changed.read_bytes()
        try:
            changed.write_bytes(original + "\n（本报记者 补记）\n".encode())
            d, _ = textclean_run(corpus, Path(tmp) / "out", *extra)
        finally:
            changed.write_bytes(original)
        print(
            f"\n(d) rerun after one page changed: {d:.2f} s, {100 * d / c:.1f} % of (c) "
            f"({target(d <= 0.05 * c)}: <= 5 %); without Prefect's fixed cost: {100 * (d - fixed) / c:.1f} %"
        )
        seen, rerun = watch_rerun(corpus, Path(tmp) / "out", paths[len(paths) // 3], *extra)
        print(
            f"\n(e) the same rerun by textclean watch (process and server up): {rerun:.2f} s, "
            f"{100 * rerun / c:.1f} % of (c) ({target(rerun <= 0.05 * c)}: <= 5 %); "
            f"{seen:.2f} s from the change to the dataset written (with the {WATCH_DEBOUNCE} s quiet time)"
        )


if __name__ == "__main__":
    main()
