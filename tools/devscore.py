"""Score textclean's cleaning on a devpages-like corpus, per extractor, with the classes of its misses.

usage: .venv/bin/python tools/devscore.py DIR [--only EXTRACTOR[,EXTRACTOR]] [--pages PATTERN]
                                           [--held-out | --dev] [--top N] [--json OUT] [--scorer SCORE_PY]

DIR is laid out like ``../shared/devpages``: ``DIR/gold/NAME.json`` plus one folder per
extractor (``pdfminer/``, ``pdftotext/``, ``pymupdf/``, ...) holding the raw pages ``NAME.txt``.
For each extractor folder, every selected page is cleaned as a real run cleans it
(``clean_page``, then ``build_tables``, whose ``articles`` are the validated rows a run
writes to ``articles.jsonl``; tokens and keywords are off, they are not scored), and
those rows are scored with the project's scorer ``tools/score.py`` (``--scorer`` for
another copy): one table, a row per metric the scorer prints and a column per extractor.
Then, per extractor, the most frequent classes of misses, each counted once per gold
article (or per extra predicted article) it affects, with two example pages:

* a gold article not found: its text in an article the validation quarantined, merged
  into a neighbour's body, split over several articles, or not in any article;
* an extra predicted article: a split-off piece, several articles run together, furniture;
* a matched article's body: part of the text missing, a neighbour's text in it (text its own gold
  body does not say: template phrases two articles share do not count), or a
  furniture line of the page (title, byline, pull quote, ...) left in it;
* title, authors, author note, pull quote: missed, spurious, partial, or taken from
  another field of the article or from another article on the page;
* kicker, column, subtitle, page banner: missed, spurious, or one read as another
  (``column<->kicker`` swaps are marked "(unscored)": the scorer compares them as a set);
* paragraph breaks missing (some or all) or spurious (a few, or more than the gold has),
  counted only inside text both bodies hold in the same order; headings missed (read as
  a paragraph, run into one, taken as a field) or spurious (a gold paragraph, a head
  field of this or another article, part of a paragraph).

Page selection (by page NAME, the gold file's stem): ``--pages`` keeps the pages whose
NAME matches PATTERN as a shell glob (``gov-19*``) or, failing that, as a regular
expression searched in NAME (``^cpc-1[0-5]``). ``--held-out`` keeps only the project's
held-out split, fixed by the page name alone: NAME is held out when
``int(sha256(NAME.encode()).hexdigest(), 16) % 4 == 0`` (about a quarter, 55 of the 200
devpages); ``--dev`` keeps its complement. Default: all pages.

``--json OUT`` also writes the metrics, timings and every miss class with all its pages.
The script re-runs itself with ``PYTHONHASHSEED=0``, so that nothing in this script or the
scorer that iterates a set can change the figures from one run to the next.
Only the public API (``from textclean import clean_page, build_tables, Config``) is used.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import fnmatch
import hashlib
import importlib.util
import io
import itertools
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path
from types import ModuleType
from typing import Any

from textclean import Config, build_tables, clean_page

HERE = Path(__file__).resolve().parent
#: The cleaning as scored: tokens and keywords are not scored, so they are not computed.
CONFIG = Config(tokens=False, keywords_top_k=0)
#: Processes that clean the pages (the machine has two cores).
WORKERS = 2
#: A predicted and a gold article match when the scorer's score reaches this (as in score.py).
MATCH_MIN = 0.25
#: Share of a text's 4-grams another text must hold to "hold" it (merges, splits, quarantines).
HOLDS = 0.5
#: Share of a body another article must hold to count as holding a part of it (splits, merges).
PART = 0.15
#: A matched body missing more than this share of the gold's 4-grams has lost text.
LOST_TEXT = 0.1
#: A neighbour's body counts as held only through 4-grams its own gold body lacks, at least this many of
#: them: pages reuse template sentences, and shared phrases alone made most "neighbour's body" misses
#: (90 flagged, 7 real on one family's PyMuPDF dev pages).
OWN_GRAMS = 8
#: The fields of an article besides its body that the gold and the scorer know.
HEAD_FIELDS = ("title", "kicker", "subtitle", "column", "page_banner", "pull_quote", "author_note", "authors")
#: The short lines over or under a title that can be read one as another.
LABEL_FIELDS = ("kicker", "column", "subtitle", "page_banner")
#: The scorer compares column and kicker as a set: swapping them costs nothing.
UNSCORED_SWAPS = {("column", "kicker"), ("kicker", "column")}


# --------------------------------------------------------------------------- pages


def is_held_out(name: str) -> bool:
    """Whether page NAME (a file name without ``.txt``/``.json``) is in the held-out split.

    >>> [n for n in ("gov-2019-02", "gov-1955-01", "cpc-12-01", "cpc-09-01") if is_held_out(n)]
    ['gov-2019-02', 'cpc-12-01']
    """
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % 4 == 0


def matches_pattern(name: str, pattern: str | None) -> bool:
    """Whether NAME matches PATTERN as a shell glob or else as a regular expression searched in it.

    >>> matches_pattern("gov-2019-02", "gov-2019*"), matches_pattern("gov-2019-02", "^gov-20[12]")
    (True, True)
    >>> matches_pattern("cpc-12-01", "gov-*")
    False
    """
    if pattern is None:
        return True
    if fnmatch.fnmatchcase(name, pattern) or fnmatch.fnmatchcase(name + ".txt", pattern):
        return True
    try:
        return re.search(pattern, name) is not None
    except re.error:
        return False


def select_pages(gold_dir: Path, pattern: str | None, split: str) -> list[str]:
    """The names of the gold pages to score, sorted: those matching ``pattern`` in ``split`` (all/held-out/dev)."""
    names = sorted(p.stem for p in gold_dir.glob("*.json"))
    keep = {"all": lambda n: True, "held-out": is_held_out, "dev": lambda n: not is_held_out(n)}[split]
    return [n for n in names if keep(n) and matches_pattern(n, pattern)]


def extractor_dirs(root: Path, only: Sequence[str] | None) -> list[Path]:
    """The extractor folders of the corpus (every folder but ``gold/`` holding ``*.txt``), sorted."""
    found = sorted(d for d in root.iterdir() if d.is_dir() and d.name != "gold" and any(d.glob("*.txt")))
    if only:
        missing = set(only) - {d.name for d in found}
        if missing:
            raise SystemExit(f"no extractor folder {', '.join(sorted(missing))} in {root}")
        found = [d for d in found if d.name in only]
    return found


# --------------------------------------------------------------------------- cleaning


@dataclass
class Run:
    """One extractor's pages cleaned: the rows a run writes, the quarantined articles, the time taken."""

    extractor: str
    records: list[dict[str, Any]]
    quarantined: list[tuple[dict[str, Any], str]]
    clean_seconds: float
    tables_seconds: float


def clean_file(path: Path) -> Any:
    """Clean one raw page file (a pool worker's task); a missing file cleans as an empty page."""
    data = path.read_bytes() if path.exists() else b""
    return clean_page(path.name, data, CONFIG)


def quarantine_reasons(rejects: Iterable[Any]) -> dict[str, str]:
    """Article id -> why the validation quarantined it (``nonblank on title``), from ``build_tables``' rejects."""
    reasons = {}
    for r in rejects:
        m = re.search(r"article_id=(\w+): (\w+) on (\w+)", str(getattr(r, "detail", "")))
        if m:
            reasons.setdefault(m[1], f"{m[2]} on {m[3]}")
    return reasons


def clean_extractor(folder: Path, names: Sequence[str], pool: Any) -> Run:
    """Clean the pages ``names`` of one extractor folder as a run does and keep the written rows."""
    start = time.perf_counter()
    results = pool.map(clean_file, [folder / f"{n}.txt" for n in names], chunksize=4)
    cleaned = time.perf_counter()
    tables = build_tables(results, CONFIG)
    done = time.perf_counter()
    records = [dict(r) for r in tables.articles]
    written = {r["article_id"] for r in records}
    reasons = quarantine_reasons(tables.rejects)
    quarantined = [
        (a.to_record(), reasons.get(a.article_id, "quarantined"))
        for res in results
        for a in res.articles
        if a.article_id not in written
    ]
    return Run(folder.name, records, quarantined, cleaned - start, done - cleaned)


# --------------------------------------------------------------------------- scoring


def load_scorer(path: Path) -> ModuleType:
    """Import the scorer file as a module (its helpers and ``main``) without running it."""
    spec = importlib.util.spec_from_file_location("devscore_scorer", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_records(scorer: ModuleType, gold_dir: Path, names: Sequence[str], records: Sequence[dict]) -> dict:
    """The scorer's metrics for ``records`` against the gold pages ``names``.

    The scorer computes its metrics inside ``main()`` from two paths on its command
    line, so the selected gold pages are linked into a temporary folder, the rows
    written as ``articles.jsonl`` there, and ``main()`` run on them with its printout
    swallowed; it returns the metrics it prints.
    """
    with tempfile.TemporaryDirectory(prefix="devscore-") as tmp:
        gold, pred = Path(tmp, "gold"), Path(tmp, "articles.jsonl")
        gold.mkdir()
        for n in names:
            (gold / f"{n}.json").symlink_to((gold_dir / f"{n}.json").resolve())
        with pred.open("w", encoding="utf-8") as fh:
            for r in records:
                fh.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        argv = sys.argv
        sys.argv = [str(scorer.__file__), str(gold), str(pred)]
        try:
            with contextlib.redirect_stdout(io.StringIO()):
                return dict(scorer.main())
        finally:
            sys.argv = argv


# --------------------------------------------------------------------------- matching


@dataclass
class Text:
    """An article's body as the scorer sees it: its blocks, the text without whitespace and its 4-grams."""

    blocks: list[tuple[str, str]]
    flat: str
    grams: set[str]


def body_of(scorer: ModuleType, record: dict) -> Text:
    """The scorer's view of a gold or predicted article's body."""
    blocks = scorer.blocks_of(record)
    flat = scorer.nows("".join(t for _, t in blocks))
    return Text(blocks, flat, scorer.grams(flat))


def share(part: Text, whole: Text) -> float:
    """The share of ``part``'s 4-grams that ``whole`` holds (0 for an empty ``part``)."""
    return len(part.grams & whole.grams) / max(1, len(part.grams))


def match_articles(gold: Sequence[Text], pred: Sequence[Text]) -> dict[int, int]:
    """Gold index -> predicted index, greedily by the scorer's score (both containments multiplied)."""
    pairs = sorted(
        ((share(g, p) * share(p, g), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
        reverse=True,
    )
    used_p: set[int] = set()
    match: dict[int, int] = {}
    for s, gi, pi in pairs:
        if s < MATCH_MIN or gi in match or pi in used_p:
            continue
        match[gi] = pi
        used_p.add(pi)
    return match


# --------------------------------------------------------------------------- miss classes


@dataclass
class Page:
    """One page of one extractor: gold, predicted and quarantined articles, their bodies and the matching."""

    name: str
    gold: list[dict]
    pred: list[dict]
    quarantined: list[tuple[dict, str]]
    gold_text: list[Text]
    pred_text: list[Text]
    quarantined_text: list[Text]
    match: dict[int, int]


def make_page(scorer: ModuleType, name: str, gold: list[dict], pred: list[dict], quarantined: list) -> Page:
    """A page with its bodies read as the scorer reads them and its articles matched as it matches them."""
    gold_text = [body_of(scorer, g) for g in gold]
    pred_text = [body_of(scorer, p) for p in pred]
    quarantined_text = [body_of(scorer, q) for q, _ in quarantined]
    return Page(
        name, gold, pred, quarantined, gold_text, pred_text, quarantined_text, match_articles(gold_text, pred_text)
    )


def nows(value: Any) -> str:
    """A field's text without whitespace; a list (authors) joined; None -> ""."""
    if isinstance(value, list):
        value = "".join(str(v) for v in value)
    return re.sub(r"\s+", "", value or "")


def field_values(article: dict) -> dict[str, str]:
    """An article's non-empty head fields, whitespace removed."""
    values = {f: nows(article.get(f)) for f in HEAD_FIELDS}
    return {f: v for f, v in values.items() if v}


def field_holding(value: str, article: dict, skip: str = "") -> str | None:
    """The head field of ``article`` (other than ``skip``) whose text is ``value``, or None."""
    return next((f for f, v in field_values(article).items() if v == value and f != skip), None)


def other_article_field(value: str, page: Page, gi: int) -> str | None:
    """The head field of another gold article on the page whose text is ``value``, or None."""
    for oi, other in enumerate(page.gold):
        if oi != gi:
            found = field_holding(value, other)
            if found:
                return found
    return None


def classify_missing(page: Page, gi: int) -> str:
    """Why gold article ``gi`` has no predicted article: where its text went."""
    g = page.gold_text[gi]
    held_q = [(share(g, q), reason) for q, (_, reason) in zip(page.quarantined_text, page.quarantined, strict=True)]
    best_q = max(held_q, default=(0.0, ""))
    covers = [share(g, p) for p in page.pred_text]
    if best_q[0] >= HOLDS and best_q[0] >= max(covers, default=0.0):
        return f"missed: in a quarantined article ({best_q[1]})"
    if not page.pred:
        return "missed: the page gave no article"
    best = max(range(len(covers)), key=covers.__getitem__)
    if covers[best] >= HOLDS:
        if best in page.match.values():
            return "missed: merged into a neighbour's body"
        return "missed: merged with neighbours (no article matched)"
    if sum(c for c in covers if c >= PART) >= HOLDS:
        return "missed: split over several articles"
    return "missed: text in no article"


def classify_extra(page: Page, pi: int) -> str:
    """What an unmatched predicted article ``pi`` holds."""
    p = page.pred_text[pi]
    parts = [share(p, g) for g in page.gold_text]
    if len(p.flat) < 40 and max(parts, default=0.0) < HOLDS:
        return "extra: furniture lines only"
    if max(parts, default=0.0) >= HOLDS:
        return "extra: a split-off piece of an article"
    if sum(1 for x in parts if x >= PART) >= 2:
        return "extra: several articles run together"
    return "extra: text of no gold body (furniture)"


def holds_neighbour(pred: Text, neighbour: Text, own: Text) -> bool:
    """Whether ``pred`` holds a part of ``neighbour``'s body that its own gold body ``own`` does not say.

    Only the neighbour's 4-grams ``own`` lacks count (a phrase both bodies print is no merge), at least
    ``OWN_GRAMS`` of them, and ``PART`` of them must be in ``pred``.
    """
    theirs = neighbour.grams - own.grams
    return len(theirs) >= OWN_GRAMS and len(theirs & pred.grams) >= PART * len(theirs)


def classify_body(page: Page, gi: int, pi: int) -> list[str]:
    """Body text misses of a matched pair: lost text, a neighbour's text, furniture lines left in it."""
    g, p = page.gold_text[gi], page.pred_text[pi]
    out = []
    if share(g, p) < 1 - LOST_TEXT:
        out.append("body: part of the text missing")
    if any(holds_neighbour(p, o, g) for oi, o in enumerate(page.gold_text) if oi != gi):
        out.append("body: holds (part of) a neighbour's body")
    pred_flat = p.flat
    for f, v in field_values(page.gold[gi]).items():
        pieces = page.gold[gi][f] if f == "authors" else [v]
        for piece in pieces:
            piece = nows(piece)
            if len(piece) >= 2 and pred_flat.count(piece) > g.flat.count(piece):
                out.append(f"body: holds the {f.replace('_', ' ')} line")
                break
    return out


def classify_title(page: Page, gi: int, pi: int) -> list[str]:
    """What is wrong with a matched article's title."""
    gold, pred = nows(page.gold[gi].get("title")), nows(page.pred[pi].get("title"))
    if gold == pred:
        return []
    if not pred:
        return ["title: empty"]
    own = field_holding(pred, page.gold[gi], skip="title")
    if own:
        return [f"title: took the article's {own}"]
    other = other_article_field(pred, page, gi)
    if other:
        return [f"title: took another article's {other}"]
    if pred in gold:
        return ["title: only part of the headline"]
    if gold in pred:
        return ["title: headline plus another line"]
    if any(pred in nows(t) for _, t in page.gold_text[gi].blocks):
        return ["title: a body line or heading"]
    return ["title: other wrong text"]


def classify_authors(page: Page, gi: int, pi: int) -> list[str]:
    """What is wrong with a matched article's authors."""
    gold = [nows(a) for a in page.gold[gi].get("authors") or []]
    pred = [nows(a) for a in page.pred[pi].get("authors") or []]
    if gold == pred:
        return []
    others = [[nows(a) for a in o.get("authors") or []] for oi, o in enumerate(page.gold) if oi != gi]
    if pred and pred in others:
        return ["authors: another article's byline"]
    if not pred:
        left = any(page.pred_text[pi].flat.count(a) > page.gold_text[gi].flat.count(a) for a in gold)
        return ["authors: missed (names left in the body)" if left else "authors: missed"]
    if not gold:
        return ["authors: spurious"]
    if set(pred) & set(gold):
        return ["authors: partly right"]
    return ["authors: wrong names"]


def classify_labels(page: Page, gi: int, pi: int) -> list[str]:
    """Kicker, column, subtitle and banner: missed, spurious, wrong, or one read as another."""
    gold, pred = page.gold[gi], page.pred[pi]
    pred_values = field_values(pred)
    out = []
    for f in LABEL_FIELDS:
        gv, pv = nows(gold.get(f)), nows(pred.get(f))
        if gv == pv:
            continue
        if pv:
            source = field_holding(pv, gold, skip=f)
            if source:
                note = " (unscored)" if (source, f) in UNSCORED_SWAPS else ""
                out.append(f"{f.replace('_', ' ')}: took the {source.replace('_', ' ')}{note}")
                continue
            other = other_article_field(pv, page, gi)
            if other:
                out.append(f"{f.replace('_', ' ')}: took another article's {other.replace('_', ' ')}")
                continue
            out.append(f"{f.replace('_', ' ')}: {'wrong text' if gv else 'spurious'}")
        elif gv not in pred_values.values():  # a value read as another field counts once, there
            out.append(f"{f.replace('_', ' ')}: missed")
    return out


def classify_text_field(page: Page, gi: int, pi: int, name: str) -> list[str]:
    """Pull quote or author note: missed (its text left in the body or not), spurious, partial, wrong."""
    gold, pred = nows(page.gold[gi].get(name)).strip("（）()"), nows(page.pred[pi].get(name)).strip("（）()")
    label = name.replace("_", " ")
    if gold == pred:
        return []
    if not pred:
        left = page.pred_text[pi].flat.count(gold) > page.gold_text[gi].flat.count(gold)
        return [f"{label}: missed (text left in the body)" if left else f"{label}: missed"]
    if not gold:
        other = other_article_field(pred, page, gi)
        return [f"{label}: another article's {other}" if other else f"{label}: spurious"]
    if pred in gold or gold in pred:
        return [f"{label}: partial text"]
    return [f"{label}: wrong text"]


def breaks(blocks: Sequence[tuple[str, str]], k: int = 6) -> list[tuple[str, str]]:
    """The block boundaries of a body as (the ``k`` characters before, the ``k`` after), as the scorer keys them."""
    texts = [re.sub(r"\s+", "", t) for _, t in blocks]
    return [(a[-k:], b[:k]) for a, b in itertools.pairwise(texts)]


def classify_paragraphs(page: Page, gi: int, pi: int) -> list[str]:
    """Paragraph breaks missing (the text runs on in the prediction) or spurious (it runs on in the gold).

    Only breaks inside text both bodies hold in the same order count: a boundary
    next to a neighbour's text or a lost line is a body miss, not a paragraph miss.
    """
    gold, pred = page.gold_text[gi], page.pred_text[pi]
    gold_breaks, pred_breaks = breaks(gold.blocks), breaks(pred.blocks)
    kept = set(gold_breaks) & set(pred_breaks)
    missing = [a + b for a, b in gold_breaks if (a, b) not in kept and a + b in pred.flat]
    spurious = [a + b for a, b in pred_breaks if (a, b) not in kept and a + b in gold.flat]
    out = []
    if missing:
        out.append("paragraphs: some breaks missing" if kept else "paragraphs: all breaks missing")
    if spurious:
        many = len(spurious) > len(gold_breaks)
        out.append(
            "paragraphs: spurious breaks (more than the gold's)" if many else "paragraphs: a few spurious breaks"
        )
    return out


def where_in_gold(text: str, page: Page, gi: int) -> str:
    """Where a predicted heading's text is in the gold: a paragraph, a part of one, a head field."""
    for kind, t in page.gold_text[gi].blocks:
        if nows(t) == text:
            return f"a gold {kind}"
    own = field_holding(text, page.gold[gi])
    if own:
        return f"the {own.replace('_', ' ')}"
    other = other_article_field(text, page, gi)
    if other:
        return f"another article's {other.replace('_', ' ')}"
    if any(text in nows(t) for _, t in page.gold_text[gi].blocks):
        return "part of a paragraph"
    return "other text"


def classify_headings(page: Page, gi: int, pi: int) -> list[str]:
    """Headings missed (and what they became) or spurious (and what they are in the gold)."""
    gold = [nows(t) for k, t in page.gold_text[gi].blocks if k == "heading"]
    pred_blocks = [(k, nows(t)) for k, t in page.pred_text[pi].blocks]
    pred = [t for k, t in pred_blocks if k == "heading"]
    out = []
    for h in collections.Counter(gold) - collections.Counter(pred):
        if ("paragraph", h) in pred_blocks:
            out.append("heading missed: read as a paragraph")
        elif field_holding(h, page.pred[pi]):
            out.append(f"heading missed: taken as the {field_holding(h, page.pred[pi])}")
        elif any(h in t for _, t in pred_blocks):
            out.append("heading missed: run into a paragraph")
        else:
            out.append("heading missed: text elsewhere")
    for h in collections.Counter(pred) - collections.Counter(gold):
        if ("heading", h) not in page.gold_text[gi].blocks:
            out.append(f"heading spurious: {where_in_gold(h, page, gi)}")
    return sorted(set(out))


def page_classes(page: Page) -> list[str]:
    """Every miss class on one page, a class once per article it affects."""
    out = []
    for gi in range(len(page.gold)):
        pi = page.match.get(gi)
        if pi is None:
            out.append(classify_missing(page, gi))
            continue
        out += classify_body(page, gi, pi)
        out += classify_title(page, gi, pi)
        out += classify_authors(page, gi, pi)
        out += classify_labels(page, gi, pi)
        out += classify_text_field(page, gi, pi, "pull_quote")
        out += classify_text_field(page, gi, pi, "author_note")
        out += classify_paragraphs(page, gi, pi)
        out += classify_headings(page, gi, pi)
    out += [classify_extra(page, pi) for pi in range(len(page.pred)) if pi not in page.match.values()]
    return out


def miss_classes(scorer: ModuleType, gold_dir: Path, names: Sequence[str], run: Run) -> dict[str, list[str]]:
    """Miss class -> the page of each miss (a page repeated once per affected article), over all pages."""
    by_page = collections.defaultdict(list)
    for r in run.records:
        by_page[Path(str(r.get("source", ""))).stem].append(r)
    held = collections.defaultdict(list)
    for q in run.quarantined:
        held[Path(str(q[0].get("source", ""))).stem].append(q)
    classes: dict[str, list[str]] = collections.defaultdict(list)
    for n in names:
        gold = json.loads((gold_dir / f"{n}.json").read_text(encoding="utf-8"))["articles"]
        for c in page_classes(make_page(scorer, n, gold, by_page[n], held[n])):
            classes[c].append(n)
    return dict(classes)


# --------------------------------------------------------------------------- report


def format_value(value: Any) -> str:
    """A metric as the scorer prints it: floats with four decimals."""
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def metric_table(metrics: dict[str, dict[str, Any]]) -> str:
    """Rows = metrics (in the scorer's order), columns = extractors."""
    rows: list[str] = []
    for m in metrics.values():
        rows += [k for k in m if k not in rows]
    width = max(len(r) for r in rows)
    cols = list(metrics)
    colw = [max(len(c), 9) for c in cols]
    lines = [" " * width + "  " + "  ".join(c.rjust(w) for c, w in zip(cols, colw, strict=True))]
    for r in rows:
        cells = [format_value(metrics[c][r]) if r in metrics[c] else "-" for c in cols]
        lines.append(r.ljust(width) + "  " + "  ".join(v.rjust(w) for v, w in zip(cells, colw, strict=True)))
    return "\n".join(lines)


def top_classes(classes: dict[str, list[str]], top: int) -> list[tuple[str, int, list[str]]]:
    """The ``top`` most frequent classes: (class, count, two example pages), by count then name."""
    ranked = sorted(classes.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:top]
    return [(c, len(pages), list(dict.fromkeys(pages))[:2]) for c, pages in ranked]


def print_classes(extractor: str, classes: dict[str, list[str]], top: int) -> None:
    """Print one extractor's most frequent miss classes with two example pages each."""
    print(f"\nmost frequent miss classes: {extractor}")
    for c, count, examples in top_classes(classes, top):
        print(f"  {count:4d}  {c:52s} e.g. {', '.join(examples)}")


def check_matching(metrics: dict[str, Any], classes: dict[str, list[str]], extractor: str) -> None:
    """Warn when this tool's matching finds another number of gold articles than the scorer's."""
    missed = sum(len(p) for c, p in classes.items() if c.startswith("missed:"))
    found = metrics.get("gold_articles", 0) - missed
    expected = round(metrics.get("article_recall", 0.0) * metrics.get("gold_articles", 0))
    if found != expected:
        print(f"warning: {extractor}: {found} gold articles matched here, the scorer found {expected}", file=sys.stderr)


# --------------------------------------------------------------------------- main


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """The command line (see the module docstring)."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("dir", type=Path, help="corpus folder: gold/ plus one folder of NAME.txt pages per extractor")
    ap.add_argument("--only", help="score only this extractor (comma-separated for several)")
    ap.add_argument("--pages", help="only the pages whose name matches this glob, else this regex")
    split = ap.add_mutually_exclusive_group()
    split.add_argument("--held-out", dest="split", action="store_const", const="held-out", help="held-out pages only")
    split.add_argument("--dev", dest="split", action="store_const", const="dev", help="all but the held-out pages")
    ap.add_argument("--top", type=int, default=15, help="miss classes printed per extractor (default 15)")
    ap.add_argument("--json", type=Path, help="also write metrics, timings and all miss classes here")
    ap.add_argument("--scorer", type=Path, default=HERE / "score.py", help="the scorer (default tools/score.py)")
    ap.set_defaults(split="all")
    return ap.parse_args(argv)


def run_all(
    args: argparse.Namespace, names: Sequence[str], report: Callable[[str], None]
) -> tuple[dict[str, dict], dict[str, dict[str, list[str]]], dict[str, Run]]:
    """Clean, score and classify every selected extractor; ``report`` prints each one's timing."""
    gold_dir = args.dir / "gold"
    scorer = load_scorer(args.scorer)
    only = args.only.split(",") if args.only else None
    metrics, classes, runs = {}, {}, {}
    with Pool(WORKERS) as pool:
        for folder in extractor_dirs(args.dir, only):
            run = clean_extractor(folder, names, pool)
            runs[run.extractor] = run
            metrics[run.extractor] = score_records(scorer, gold_dir, names, run.records)
            classes[run.extractor] = miss_classes(scorer, gold_dir, names, run)
            check_matching(metrics[run.extractor], classes[run.extractor], run.extractor)
            report(
                f"{run.extractor}: {len(names)} pages -> {len(run.records)} articles"
                f" ({len(run.quarantined)} quarantined); cleaned in {run.clean_seconds:.1f} s,"
                f" tables in {run.tables_seconds:.1f} s"
            )
    return metrics, classes, runs


def main(argv: Sequence[str] | None = None) -> int:
    """Score every extractor folder of DIR; print the metric table and the miss classes."""
    args = parse_args(argv)
    names = select_pages(args.dir / "gold", args.pages, args.split)
    if not names:
        raise SystemExit(f"no gold pages selected in {args.dir / 'gold'}")
    print(f"{args.dir}: {len(names)} pages ({args.split}), scorer {args.scorer}")
    metrics, classes, runs = run_all(args, names, print)
    print()
    print(metric_table(metrics))
    for extractor, found in classes.items():
        print_classes(extractor, found, args.top)
    if args.json:
        out = {
            "dir": str(args.dir),
            "split": args.split,
            "pages": list(names),
            "extractors": {
                e: {
                    "metrics": metrics[e],
                    "clean_seconds": round(runs[e].clean_seconds, 3),
                    "tables_seconds": round(runs[e].tables_seconds, 3),
                    "miss_classes": {c: sorted(p) for c, p in sorted(classes[e].items(), key=lambda kv: -len(kv[1]))},
                }
                for e in metrics
            },
        }
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


def pin_hash_seed() -> None:
    """Re-run this script with ``PYTHONHASHSEED=0`` unless it already runs so.

    textclean's output does not depend on the hash seed (a test checks it); the
    pin is a guard for this script and the scorer, whose figures should not
    change from one run to the next.
    """
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])


if __name__ == "__main__":
    pin_hash_seed()
    sys.exit(main())
