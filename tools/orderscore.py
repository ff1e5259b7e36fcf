"""Dev helper: how well an extractor's line order, and textclean's reading of it, keeps the gold text's line links.

usage: .venv/bin/python tools/orderscore.py DIR [--only EXTRACTOR[,EXTRACTOR]] [--pages GLOB]

DIR is laid out like ``../shared/devpages`` (``gold/NAME.json`` and one folder of ``NAME.txt`` per extractor).
Only the dev split is read: a held-out page (``tools/devscore.py``'s ``is_held_out``) is never opened.

Each non-blank line of a page is placed in the gold text: the gold article whose body (its blocks, NFKC, no white
space) holds the line's first :data:`KEY_CHARS` characters once, where one body alone holds them (a short line, or
one whose opening recurs, stays unplaced). A *link* is two placed lines one right after the other in the gold text;
it is *kept* where the second is the next placed line read, else *broken*. Counted for the order the extractor
printed (``raw``; a line holding a row of columns, as pdftotext prints some, split into the columns' lines by
``split_joined_rows``, else its second part would count as in place) and for textclean's reading order (``read``: ``reading_order``, which puts lines read row by row
back column by column). The body CER of the cleaned articles follows the ``read`` figure closely: with every
placed line in gold order, pdfminer's body CER on the synthetic weekly pages fell from .56 to .17. Also the share of
placed characters out of their article's order (:func:`misplaced`), which follows the body CER more closely than
the links do.

With ``--causes``, the gold links textclean's reading breaks, by cause (:func:`link_causes`): where the two lines
stand in the printed order and in the stretches the row reader found (``rowread.stretch_spans``).

Then, for ``raw``, how far ahead of a line the extractor printed the line its text goes on in (1: right after;
``back``: before it): a page read in order has nearly all at 1; a page whose side-by-side columns were read row by
row, at 2 to 7.
"""

from __future__ import annotations

import argparse
import fnmatch
import itertools
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from devscore import is_held_out

from textclean.clean.blockrows import read_block_rows, reading_order, tight_blocks
from textclean.clean.joinedrows import split_joined_rows
from textclean.clean.page import read_page
from textclean.clean.roles import Item, make_items
from textclean.clean.rowread import stretch_spans

#: Characters of a line's opening looked up in the gold bodies: fewer recur by chance on a page.
KEY_CHARS = 10
#: A line's opening shorter than this is not looked up (a head, a number, a paragraph's last word).
MIN_KEY = 4
#: The distance classes of the ``raw`` profile (lines ahead), the last open-ended.
DISTANCES = ((1, 1), (2, 3), (4, 7), (8, 10**9))
#: Lines ahead within which a broken link's second line stands in a row of the first (the row reader's widest row,
#: ``rowgate.MAX_COLUMNS``, and a line more).
ROW_REACH = 7
#: Share of a page's blocks (lines set tight, a blank line around them) holding more than one line from which the
#: page prints its text in boxes (pdfminer's text boxes) rather than line by line ...
BOXY_SHARE = 0.15
#: ... and lines ahead within which a box's last line finds the box its text goes on in (boxes of a few columns).
BOX_REACH = 12


def flat(text: str) -> str:
    """``text`` in NFKC, without white space (the extractors' compatibility ideographs made plain)."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def gold_bodies(gold: dict) -> list[str]:
    """Each gold article's body, flat."""
    return ["".join(flat(b["text"]) for b in a["blocks"]) for a in gold["articles"]]


def place(bodies: list[str], text: str) -> tuple[int, int, int] | None:
    """Where line ``text`` stands in the gold ``bodies``: ``(article, start, end)``, or None."""
    line = flat(text)
    key = line[:KEY_CHARS]
    if len(key) < MIN_KEY:
        return None
    hits = [(k, body.find(key)) for k, body in enumerate(bodies) if key in body]
    if len(hits) != 1 or bodies[hits[0][0]].count(key) != 1:
        return None
    k, at = hits[0]
    return k, at, at + len(line)


def links(items: list[Item], bodies: list[str]) -> tuple[int, int]:
    """The gold links ``items`` keep and break, in the order given."""
    placed = [p for p in (place(bodies, it.text) for it in items) if p is not None]
    kept = sum(1 for a, b in itertools.pairwise(placed) if (b[0], b[1]) == (a[0], a[2]))
    return kept, max(0, len(placed) - 1 - kept)


def misplaced(items: list[Item], bodies: list[str]) -> tuple[int, int]:
    """The placed characters of ``items`` and how many of them stand out of their gold article's order: per
    article, its placed lines' characters less the most characters a run of them in gold order holds (a longest
    increasing subsequence of their gold offsets, weighted by length). An edit distance pays about twice each such
    character (a deletion and an insertion), so this, not the links broken, follows the body CER: a reading that
    keeps more links by moving a long stretch to the wrong place misplaces more."""
    by_article: dict[int, list[tuple[int, int]]] = {}
    for p in (place(bodies, it.text) for it in items):
        if p is not None:
            by_article.setdefault(p[0], []).append((p[1], p[2] - p[1]))
    total = out = 0
    for seq in by_article.values():
        best: list[int] = []
        for i, (at, size) in enumerate(seq):
            best.append(size + max((best[j] for j in range(i) if seq[j][0] < at), default=0))
        chars = sum(size for _, size in seq)
        total, out = total + chars, out + chars - max(best)
    return total, out


def distances(items: list[Item], bodies: list[str]) -> Counter[str]:
    """How far ahead of each placed line the line its text goes on in was printed, by :data:`DISTANCES` class."""
    placed = [place(bodies, it.text) for it in items]
    at = {(p[0], p[1]): k for k, p in enumerate(placed) if p is not None}
    out: Counter[str] = Counter()
    for k, p in enumerate(placed):
        j = at.get((p[0], p[2])) if p is not None else None
        if j is None:
            continue
        d = j - k
        out["back" if d < 0 else next(f"{lo}-{hi}" if hi < 10**9 else f"{lo}+" for lo, hi in DISTANCES if d <= hi)] += 1
    return out


def link_causes(printed: list[Item], blocked: list[Item], read: list[Item], bodies: list[str]) -> Counter[str]:
    """The gold links ``read`` breaks, by cause: ``printed`` the extractor's lines, ``blocked`` the same after the
    block reader (the lines the row reader reads, :func:`~textclean.clean.rowread.stretch_spans`).

    * ``boxes, no rhythm``: the page prints boxes of several lines (:data:`BOXY_SHARE`) and the link leaves a box's
      last line for a box a few lines off (:data:`BOX_REACH`): two columns' boxes read in turn in no fixed row;
    * ``as printed``: the extractor printed the two lines in turn and the reading parted them;
    * ``one stretch`` / ``two stretches``: both lines in one stretch read row by row (a wrong column or column
      order), or in two;
    * ``stretch ends early`` / ``starts late``: one line in a stretch, the other a row or so after / before it;
    * ``rows, no stretch``: a row or so apart (:data:`ROW_REACH`), in no stretch: rows the reader did not see;
    * ``far``: printed far apart (a head, a byline or a box read elsewhere, or a column read much later).
    """
    where = {it.no: k for k, it in enumerate(printed)}
    member = {blocked[j].no: x for x, (a, _, b) in enumerate(stretch_spans(blocked)) for j in range(a, b)}
    blocks = tight_blocks(printed)
    boxy = sum(len(b) > 1 for b in blocks) >= BOXY_SHARE * len(blocks)
    box_ends = {b[-1].no for b in blocks}
    spot = {it.no: place(bodies, it.text) for it in printed}
    at = {(p[0], p[1]): no for no, p in spot.items() if p is not None}
    placed = [it.no for it in read if spot.get(it.no) is not None]
    after = dict(itertools.pairwise(placed))
    out: Counter[str] = Counter()
    for a, p in spot.items():
        b = at.get((p[0], p[2])) if p is not None else None
        if b is None or after.get(a) == b:
            continue
        d, ma, mb = where[b] - where[a], member.get(a), member.get(b)
        if boxy and a in box_ends and 2 <= abs(d) <= BOX_REACH:
            out["boxes, no rhythm"] += 1
        elif d == 1:
            out["as printed"] += 1
        elif ma is not None and mb is not None:
            out["one stretch" if ma == mb else "two stretches"] += 1
        elif (ma is None) != (mb is None) and 0 < d <= ROW_REACH:
            out["stretch ends early" if ma is not None else "stretch starts late"] += 1
        elif 2 <= abs(d) <= ROW_REACH:
            out["rows, no stretch"] += 1
        else:
            out["far"] += 1
    return out


def score_extractor(corpus: Path, extractor: str, names: list[str], causes: bool = False) -> dict[str, Counter[str]]:
    """The kept and broken links, raw and read, and the raw distance profile, summed over ``names``; with
    ``causes``, the broken links' causes too (:func:`link_causes`)."""
    out: dict[str, Counter[str]] = {"links": Counter(), "distance": Counter(), "causes": Counter()}
    for name in names:
        bodies = gold_bodies(json.loads((corpus / "gold" / f"{name}.json").read_text(encoding="utf-8")))
        page = read_page(f"{name}.txt", (corpus / extractor / f"{name}.txt").read_bytes())
        printed = split_joined_rows(make_items(page.lines))
        read = reading_order(make_items(page.lines))
        for stage, items in (("raw", printed), ("read", read)):
            kept, broken = links(items, bodies)
            out["links"][f"{stage} kept"] += kept
            out["links"][f"{stage} broken"] += broken
            chars, away = misplaced(items, bodies)
            out["links"][f"{stage} chars"] += chars
            out["links"][f"{stage} misplaced"] += away
        out["distance"] += distances(printed, bodies)
        if causes:
            out["causes"] += link_causes(printed, read_block_rows(printed), read, bodies)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path)
    ap.add_argument("--only", help="these extractors only (comma-separated)")
    ap.add_argument("--pages", help="only the pages whose name matches this glob")
    ap.add_argument("--causes", action="store_true", help="the gold links the reading breaks, by cause")
    args = ap.parse_args(argv)
    names = sorted(
        p.stem
        for p in (args.dir / "gold").glob("*.json")
        if not is_held_out(p.stem) and (not args.pages or fnmatch.fnmatch(p.stem, args.pages))
    )
    only = args.only.split(",") if args.only else None
    extractors = sorted(d.name for d in args.dir.iterdir() if d.is_dir() and d.name != "gold")
    print(f"{args.dir}: {len(names)} dev pages")
    for ext in extractors:
        if only is not None and ext not in only:
            continue
        got = score_extractor(args.dir, ext, names, args.causes)
        row = got["links"]
        shares = {s: row[f"{s} kept"] / max(1, row[f"{s} kept"] + row[f"{s} broken"]) for s in ("raw", "read")}
        total = sum(got["distance"].values()) or 1
        profile = "  ".join(f"{k} {v / total:.3f}" for k, v in sorted(got["distance"].items()))
        print(
            f"{ext:10s} raw kept {row['raw kept']:6d} broken {row['raw broken']:5d} ({shares['raw']:.3f})"
            f"   read kept {row['read kept']:6d} broken {row['read broken']:5d} ({shares['read']:.3f})"
        )
        away = {s: row[f"{s} misplaced"] / max(1, row[f"{s} chars"]) for s in ("raw", "read")}
        print(f"{'':10s} misplaced characters: raw {away['raw']:.3f}   read {away['read']:.3f}")
        print(f"{'':10s} raw distance to the next line of the text: {profile}")
        if args.causes:
            print(
                f"{'':10s} links read broken, by cause: "
                + "  ".join(f"{k} {v}" for k, v in got["causes"].most_common())
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
