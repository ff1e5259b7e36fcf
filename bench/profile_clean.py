"""Time and profile the cleaning stages, and dump their output to check that a speed-up changes nothing.

usage:
    python bench/profile_clean.py [--corpus DIR] [--pages N] [--seed S] [--repeat R]
    python bench/profile_clean.py --dump OUT.json      # write what cleaning and build_tables give
    python bench/profile_clean.py --check OUT.json     # exit 1 when the output differs from OUT.json
    python bench/profile_clean.py --profile clean|tables [--html OUT.html]

The timed stages are those of one page in :func:`textclean.clean.page.clean_page`
(decode to articles, no tokenisation) and, apart, the per-batch table
building :func:`textclean.dataset.rows.build_tables` with tokens and keywords off.
MB/s are per core (one process).

The dump covers the synthetic corpus, the seed pages, the test pages and
variants of the seeds meant to reach the other code paths: other encodings
(GB18030, Big5, UTF-16 with and without BOM), CR and CRLF line endings,
tabs, control characters, undecodable bytes; plus build_tables in every
conversion mode.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from textclean import synth
from textclean.clean import match
from textclean.clean.page import clean_page
from textclean.config import Config
from textclean.dataset.rows import build_tables
from textclean.dataset.schemas import articles_frame, paragraphs_frame
from textclean.models import PageResult

ROOT = Path(__file__).resolve().parents[1]
NO_TOKENS = Config(tokens=False, keywords_top_k=0)


def corpus_pages(corpus: Path, pages: int, seed: int) -> list[tuple[str, bytes]]:
    """The synthetic corpus (written when missing) as ``(name, bytes)``."""
    if not any(corpus.glob("*.txt")):
        synth.write_corpus(corpus, pages, seed)
    return [(p.name, p.read_bytes()) for p in sorted(corpus.glob("*.txt"))]


def variants(name: str, data: bytes, rng: random.Random) -> list[tuple[str, bytes]]:
    """The page in other encodings and with the damage real inputs show."""
    text = data.decode("utf-8")
    out: list[tuple[str, bytes]] = []
    for enc in ("gb18030", "big5", "utf-16-le", "utf-16"):
        out.append((f"{name}.{enc}", text.encode(enc, errors="replace")))
    out.append((f"{name}.cr", text.replace("\n", "\r").encode()))
    out.append((f"{name}.crlf", text.replace("\n", "\r\n").encode()))
    out.append((f"{name}.tabs", text.replace(" ", "\t").encode()))
    chars = list(text)
    for _ in range(40):
        chars.insert(
            rng.randrange(len(chars)), rng.choice(["\x00", "\x07", "\ufeff", "\u200b", "\ufffd", "\u3000", "\xa0"])
        )
    out.append((f"{name}.controls", "".join(chars).encode()))
    raw = bytearray(data)
    for _ in range(20):
        raw.insert(rng.randrange(len(raw)), rng.randrange(0x80, 0x100))
    out.append((f"{name}.bytes", bytes(raw)))
    lines = text.splitlines()
    rng.shuffle(lines)
    out.append((f"{name}.shuffled", "\n".join(lines).encode()))
    return out


def dump_inputs(corpus: list[tuple[str, bytes]]) -> list[tuple[str, bytes]]:
    """Everything the dump cleans: corpus, seeds, test pages and variants of the seeds and a few synthetic pages."""
    rng = random.Random(20240601)
    seeds = [(p.name, p.read_bytes()) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    tests = [(p.name, p.read_bytes()) for p in sorted((ROOT / "tests" / "pages").glob("*.txt"))]
    extra = [v for name, data in [*seeds, *corpus[:10]] for v in variants(name, data, rng)]
    return [*corpus, *seeds, *tests, *extra]


def result_record(result: PageResult) -> dict[str, Any]:
    return {
        "source": result.source,
        "sha256": result.sha256,
        "encoding": result.encoding,
        "decode_errors": result.decode_errors,
        "articles": [a.to_record() for a in result.articles],
        "rejects": [r.to_record() for r in result.rejects],
    }


def frame_record(df: pd.DataFrame) -> dict[str, Any]:
    """A frame's dtypes and values as JSON-able data (NaN and NA spelled out)."""
    return {
        "dtypes": [f"{c}: {t}" for c, t in df.dtypes.items()],
        "index": df.index.tolist(),
        "values": {c: [repr(v) for v in df[c].tolist()] for c in df.columns},
    }


def tables_record(results: list[PageResult], config: Config) -> dict[str, Any]:
    tables = build_tables(results, config)
    return {
        "articles": tables.articles,
        "paragraphs": tables.paragraphs,
        "rejects": [r.to_record() for r in tables.rejects],
        "inputs": tables.inputs,
        "articles_frame": frame_record(articles_frame(tables.articles)),
        "paragraphs_frame": frame_record(paragraphs_frame(tables.paragraphs)),
    }


def dump(inputs: list[tuple[str, bytes]]) -> dict[str, Any]:
    results = [clean_page(name, data) for name, data in inputs]
    out: dict[str, Any] = {"pages": [result_record(r) for r in results]}
    for mode in ("none", "auto", "t2s"):
        out[f"tables_{mode}"] = tables_record(results, Config(tokens=False, keywords_top_k=0, script_mode=mode))
    return out


def clean_fresh(name: str, data: bytes) -> PageResult:
    """:func:`clean_page` with the matching caches emptied first.

    The synthetic pages reuse a small pool of gold articles, so a body seen on
    an earlier page is often met again and its n-grams come from the caches;
    on a real corpus every body is new.
    """
    for value in vars(match).values():
        if callable(getattr(value, "cache_clear", None)):
            value.cache_clear()
    return clean_page(name, data)


def timed(fn: Callable[[], Any], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("/tmp/prof_corpus"))
    ap.add_argument("--pages", type=int, default=400)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--repeat", type=int, default=3, help="best of this many timings")
    ap.add_argument("--dump", type=Path, help="write the output of every input to this JSON file")
    ap.add_argument("--check", type=Path, help="compare the output with this dump; exit 1 on any difference")
    ap.add_argument("--profile", choices=["clean", "tables"], help="profile one stage with pyinstrument")
    ap.add_argument("--html", type=Path, help="with --profile: write an HTML report here")
    args = ap.parse_args()

    corpus = corpus_pages(args.corpus, args.pages, args.seed)
    if args.dump or args.check:
        text = json.dumps(dump(dump_inputs(corpus)), ensure_ascii=False, indent=0, sort_keys=True)
        digest = hashlib.sha256(text.encode()).hexdigest()
        if args.dump:
            args.dump.write_text(text, encoding="utf-8")
            print(f"wrote {args.dump} ({len(text) / 1e6:.1f} MB, sha256 {digest[:16]})")
            return 0
        same = args.check.read_text(encoding="utf-8") == text
        print(f"{'identical to' if same else 'DIFFERS from'} {args.check} (sha256 {digest[:16]})")
        if not same:
            Path(str(args.check) + ".new").write_text(text, encoding="utf-8")
            print(f"new output in {args.check}.new")
        return 0 if same else 1

    mb = sum(len(d) for _, d in corpus) / 1e6
    results = [clean_page(name, data) for name, data in corpus]
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        with profiler:
            if args.profile == "clean":
                for name, data in corpus:
                    clean_page(name, data)
            else:
                build_tables(results, NO_TOKENS)
        if args.html:
            args.html.write_text(profiler.output_html(), encoding="utf-8")
        print(profiler.output_text(unicode=True, color=False, show_all=False))
        return 0

    t_clean = timed(lambda: [clean_page(name, data) for name, data in corpus], args.repeat)
    t_fresh = timed(lambda: [clean_fresh(name, data) for name, data in corpus], args.repeat)
    t_tables = timed(lambda: build_tables(results, NO_TOKENS), args.repeat)
    n = len(corpus)
    print(f"corpus: {n} pages, {mb:.1f} MB ({sys.version.split()[0]})")
    print(f"clean_page (decode to articles): {t_clean:.2f} s  {mb / t_clean:6.2f} MB/s  {n / t_clean:6.0f} pages/s")
    print(f"  caches cleared per page:       {t_fresh:.2f} s  {mb / t_fresh:6.2f} MB/s  {n / t_fresh:6.0f} pages/s")
    print(f"build_tables (no tokens):        {t_tables:.2f} s  {mb / t_tables:6.2f} MB/s  {n / t_tables:6.0f} pages/s")
    print(f"both:                            {t_clean + t_tables:.2f} s  {mb / (t_clean + t_tables):6.2f} MB/s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
