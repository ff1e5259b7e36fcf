"""How fast textclean.analysis.tokens tokenises: characters per second on cleaned seed text.

    .venv/bin/python bench/tokens_bench.py [--chars N] [--workers W]

Cleans ``seeds/`` with the library, repeats its body blocks to about N
characters (default 2,000,000) and times, each after the dictionary is loaded:
``tokenize`` one block at a time, ``tokenize_many`` in W worker processes
(default: the number of CPUs; worker start-up included), ``keywords`` per
article, and rjieba's ``tokenize`` when rjieba is installed. Prints one line
per measurement; asserts nothing (timings depend on the machine).
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Callable
from pathlib import Path

from textclean.analysis import tokens
from textclean.analysis.tokens import TokenConfig, Tokenizer
from textclean.run.inputs import clean_files, collect_inputs

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def timed(label: str, chars: int, run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    seconds = time.perf_counter() - started
    rate = chars / seconds
    print(f"{label:<44} {chars:>11,} chars  {seconds:7.2f} s  {rate / 1e6:6.2f} M chars/s")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--chars", type=int, default=2_000_000, help="about how many characters to tokenise")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes for tokenize_many")
    args = parser.parse_args()

    results = clean_files(collect_inputs([SEEDS]))
    blocks = [b.text for r in results for a in r.articles for b in a.blocks]
    bodies = [a.body for r in results for a in r.articles]
    seed_chars = sum(len(b) for b in blocks)
    repeat = max(1, round(args.chars / seed_chars))
    texts = blocks * repeat
    chars = seed_chars * repeat

    tokenizer = Tokenizer()
    started = time.perf_counter()
    tokenizer.load()
    print(f"jieba {tokenizer.name_version()[1]}: dictionary loaded in {time.perf_counter() - started:.2f} s")
    print(f"{len(texts):,} blocks (the seeds' {len(blocks)} blocks x {repeat})")

    timed("tokenize, one block at a time", chars, lambda: [tokenizer.tokenize(t) for t in texts])
    timed("tokenize_many, this process", chars, lambda: tokenizer.tokenize_many(texts))
    if args.workers > 1:
        if chars < tokens.PARALLEL_MIN_CHARS:
            print(f"(tokenize_many uses workers from {tokens.PARALLEL_MIN_CHARS:,} chars; forcing them here)")
            tokens.PARALLEL_MIN_CHARS = 0
        timed(
            f"tokenize_many, {args.workers} worker processes",
            chars,
            lambda: tokenizer.tokenize_many(texts, workers=args.workers),
        )
    body_chars = sum(len(b) for b in bodies)
    tokenizer.keywords(bodies[0])  # load the IDF table outside the timing
    timed("keywords, per article", body_chars * 10, lambda: [tokenizer.keywords(b) for b in bodies * 10])

    fast = Tokenizer(TokenConfig(backend="auto"))
    if fast.backend == "rjieba":
        fast.load()
        timed(f"rjieba {fast.name_version()[1]} tokenize_many", chars, lambda: fast.tokenize_many(texts))
    else:
        print("rjieba is not installed: no fast-path measurement")


if __name__ == "__main__":
    main()
