"""Variants of a source article: a subset of its body, sections lent by other articles, varied credits."""

from __future__ import annotations

import random

from textclean.synth.articles import Pools, note_form, note_rest

#: Probabilities that a body is lengthened, so that pages are as long as the seeds.
P_EXTEND = 0.75  # an article's body goes on with a section lent by an article that is not on the page
P_EXTEND_MORE = 0.5  # ... and, having one, with another (from another such article)


def pick_blocks(rng: random.Random, blocks: list[dict]) -> list[dict]:
    """A subset of the body: some paragraphs (with their attributions) dropped, headings kept only over text.

    The first paragraph always stays; a heading whose section lost every paragraph goes too.
    """
    p_drop = rng.choice((0.0, 0.0, 0.15, 0.3))
    kept: list[dict] = []
    drop_unit = False
    first_para_seen = False
    for b in blocks:
        if b["kind"] == "paragraph":
            drop_unit = first_para_seen and rng.random() < p_drop
            first_para_seen = True
        if b["kind"] == "heading":
            drop_unit = False
        if not drop_unit:
            kept.append(dict(b))
    # a heading must be followed by a paragraph
    out = [
        b
        for i, b in enumerate(kept)
        if b["kind"] != "heading" or (i + 1 < len(kept) and kept[i + 1]["kind"] == "paragraph")
    ]
    return out


def _lendable(rng: random.Random, blocks: list[dict]) -> list[dict]:
    """Blocks an article lends to another one's body: one of its headed sections (the heading and
    what follows it, up to the next heading), or, when it has no headings, a run of 2 to 4 of its
    paragraphs (each with its attributions) after the first.

    >>> kinds = ("paragraph", "heading", "paragraph", "attribution", "heading")
    >>> [b["kind"] for b in _lendable(random.Random(0), [{"kind": k, "text": ""} for k in kinds])]
    ['heading', 'paragraph', 'attribution']
    >>> [b["text"] for b in _lendable(random.Random(0), [{"kind": "paragraph", "text": str(i)} for i in range(6)])]
    ['2', '3', '4']
    """
    units: list[list[dict]] = []
    headed = any(b["kind"] == "heading" for b in blocks)
    for b in blocks:
        if not units or b["kind"] == "heading" or (b["kind"] == "paragraph" and not headed):
            units.append([])
        units[-1].append(dict(b))
    if headed:
        sections = [u for u in units if u[0]["kind"] == "heading" and any(b["kind"] == "paragraph" for b in u)]
        return rng.choice(sections) if sections else []
    rest = units[1:]
    if not rest:
        return []
    k = min(len(rest), rng.randint(2, 4))
    start = rng.randint(0, len(rest) - k)
    return [b for u in rest[start : start + k] for b in u]


def lent_blocks(rng: random.Random, chosen: list[dict], pool: list[dict]) -> list[list[dict]]:
    """Blocks appended to each chosen article's body, so that pages are as long as the seeds.

    They are lent by articles that are not on the page, each lending at most
    once: no text is printed twice on a page, so the gold stays unambiguous.
    The lender is the one whose text shares most character bigrams with the
    borrowing article's title, so that a body stays on its title's topic as on
    a real page (titles far from their body are matched back by such bigrams).
    """
    on_page = {a["title"] for a in chosen}
    donors = [a for a in pool if a["title"] not in on_page]
    rng.shuffle(donors)
    out: list[list[dict]] = []
    for src in chosen:
        ext: list[dict] = []
        title = _bigrams(src["title"])
        while donors and rng.random() < (P_EXTEND_MORE if ext else P_EXTEND):
            donor = max(donors, key=lambda d: len(title & _bigrams("".join(b["text"] for b in d["blocks"]))))
            donors.remove(donor)
            ext += _lendable(rng, donor["blocks"])
        out.append(ext)
    return out


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def vary_meta(rng: random.Random, src: dict, pools: Pools, taken_kickers: set[str]) -> tuple[dict, bool, bool]:
    """Gold metadata of one article variant; also whether it has a byline and whether its kicker is its own."""
    gold: dict = {"title": src["title"], "column": None, "kicker": None}
    if src.get("column"):
        gold["column"] = src["column"] if rng.random() < 0.7 else None
    elif rng.random() < 0.2:
        gold["column"] = rng.choice(pools.columns)
    own_kicker = False
    if src.get("kicker") and src["kicker"] not in taken_kickers and rng.random() < 0.8:
        gold["kicker"], own_kicker = src["kicker"], True
    elif rng.random() < 0.2:
        free = [k for k in pools.kickers if k not in taken_kickers]
        gold["kicker"] = rng.choice(free) if free else None
    if gold["kicker"]:
        taken_kickers.add(gold["kicker"])
    gold.update(_vary_credit(rng, src, pools))
    has_byline = gold.pop("_byline")
    gold["pull_quote"] = src.get("pull_quote") if rng.random() < 0.8 else None
    return gold, has_byline, own_kicker


def _vary_credit(rng: random.Random, src: dict, pools: Pools) -> dict:
    """Authors, closing note and affiliation, consistent with each other.

    A ``（NAME 整理）`` note goes without a byline and names the author; only
    ``作者单位：X`` gives an affiliation.
    """
    form = note_form(src.get("author_note")) if rng.random() < 0.5 else None
    form = form or rng.choice(("unit", "unit", "xi", "wei", "compiled"))
    if form == "compiled":
        name = rng.choice(pools.names)
        return {"authors": [name], "author_note": f"{name} 整理", "affiliation": None, "_byline": False}
    has_byline = rng.random() < 0.85
    authors: list[str] = []
    if has_byline:
        own = [a for a in src.get("authors", []) if note_form(src.get("author_note")) != "compiled"]
        authors = own if own and rng.random() < 0.6 else rng.sample(pools.names, rng.choice((1, 1, 1, 2, 2, 3)))
    if form == "unit":
        keep = src.get("affiliation") if note_form(src.get("author_note")) == "unit" and rng.random() < 0.6 else None
        aff = keep or rng.choice(pools.affiliations)
        return {"authors": authors, "author_note": f"作者单位：{aff}", "affiliation": aff, "_byline": has_byline}
    keep = (
        note_rest(src["author_note"])
        if note_form(src.get("author_note")) in ("xi", "wei") and rng.random() < 0.6
        else None
    )
    role = keep or rng.choice(pools.roles)
    prefix = "作者系" if form == "xi" else "作者为"
    return {"authors": authors, "author_note": prefix + role, "affiliation": None, "_byline": has_byline}
