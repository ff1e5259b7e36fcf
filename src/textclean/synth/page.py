"""One synthetic page and its gold: articles varied, printed and placed in reading order.

Mostly four articles a page, as on the seeds, their bodies going on with
sections lent by articles not on the page, so that a page is about as long
as a seed (about 25 KB). Some headline parts are detached to the top of the
page or among other articles' headlines. The gold says what a careful reader
would extract from what was rendered (the fields of ``tests/fixtures/gold/*.json``).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from textclean.synth.articles import ARTICLE_FIELDS, EXTRA_BANNERS, Pools, unique
from textclean.synth.headlines import Part, headline_parts, join_parts, split_detached
from textclean.synth.layout import SEED_COLUMNS, Columns, Style, render_body, render_note
from textclean.synth.variants import lent_blocks, pick_blocks, vary_meta

#: Layout probabilities.
P_DETACH = 0.4  # an article has some headline parts moved away from its body
P_BANNER = 0.5  # a page has a banner line
#: Articles on a page, drawn uniformly from this tuple: mostly four, as on both seeds, sometimes fewer.
ARTICLES_PER_PAGE = (1, 2, 3, 3, 4, 4, 4, 4)


@dataclass
class Laid:
    """One article ready to be placed on the page."""

    gold: dict
    attached: list[Part]
    detached: list[list[Part]] = field(default_factory=list)
    body: list[str] = field(default_factory=list)
    note: list[str] = field(default_factory=list)


def lay_out_article(
    rng: random.Random,
    src: dict,
    pools: Pools,
    taken_kickers: set[str],
    extension: list[dict] | None = None,
    columns: Columns = SEED_COLUMNS,
) -> Laid:
    """Vary one source article and print its parts; ``extension``: blocks its body goes on with."""
    gold, has_byline, own_kicker = vary_meta(rng, src, pools, taken_kickers)
    gold["blocks"] = pick_blocks(rng, src["blocks"]) + [dict(b) for b in extension or []]
    style = Style.draw(rng, columns)
    parts = headline_parts(rng, gold, style, has_byline)
    laid = Laid(
        gold, parts, body=render_body(rng, gold["blocks"], style), note=render_note(rng, gold["author_note"], style)
    )
    if rng.random() < P_DETACH:
        laid.attached, laid.detached = split_detached(rng, parts, own_kicker)
    return laid


def _place_detached(rng: random.Random, laid: list[Laid]) -> tuple[list[list[list[Part]]], list[list[list[Part]]]]:
    """Slots for detached groups: ``before[s]`` sits above article ``s``'s headline (``s == n``: page end),
    ``after[s]`` between article ``s``'s headline and its body.

    A group holding a byline never lands directly above another article's body.
    """
    n = len(laid)
    before: list[list[list[Part]]] = [[] for _ in range(n + 1)]
    after: list[list[list[Part]]] = [[] for _ in range(n)]
    for j, art in enumerate(laid):
        for group in art.detached:
            kinds = {p.kind for p in group}
            with_byline = "byline" in kinds
            slots = [s for s in range(n + 1) if s != j and (not with_byline or s == n or laid[s].attached)]
            s = rng.choice(slots)
            below_ok = s < n and not kinds & {"byline", "column"} and all(p.kind != "byline" for p in laid[s].attached)
            (after if below_ok and rng.random() < 0.25 else before)[s].append(group)
    for groups in before + after:
        rng.shuffle(groups)
    return before, after


@dataclass
class Item:
    """One piece of the page in reading order: a headline ``group``, a ``body`` or a ``note``."""

    kind: str
    lines: list[str]
    lead: str | None = None  # kind of a group's first part
    lone_kicker: bool = False  # a group that is one kicker line


def _page_items(rng: random.Random, laid: list[Laid]) -> list[Item]:
    """The page as a sequence of items: detached groups in their slots, each article's headline, body and note."""
    before, after = _place_detached(rng, laid)
    items: list[Item] = []

    def heads(groups: list[list[Part]]) -> None:
        for g in groups:
            items.append(Item("group", join_parts(rng, g), g[0].kind, len(g) == 1 and g[0].kind == "kicker"))

    for s, art in enumerate(laid):
        heads(before[s])
        if art.attached:
            heads([art.attached])
        heads(after[s])
        items += [Item("body", art.body), Item("note", art.note)]
    heads(before[-1])
    return _settle_lone_kickers(items)


def _settle_lone_kickers(items: list[Item]) -> list[Item]:
    """Move a detached kicker that sits right above a title (or another kicker) to the end of the page.

    There it would read as that title's kicker, and the gold could not say otherwise.
    """
    for _ in range(len(items)):
        bad = next(
            (i for i, it in enumerate(items[:-1]) if it.lone_kicker and items[i + 1].lead in ("title", "kicker")),
            None,
        )
        if bad is None:
            break
        items.append(items.pop(bad))
    return items


def _join_items(rng: random.Random, items: list[Item]) -> list[str]:
    """Join page items with blank lines; a headline group may follow a closing note without one."""
    out: list[str] = []
    for prev, it in zip([None, *items], items, strict=False):
        if prev is not None and not (prev.kind == "note" and it.kind == "group" and rng.random() < 0.2):
            out.append("")
        out += it.lines
    return out


def generate_page(
    rng: random.Random, pool: list[dict], source: str = "synth.txt", columns: Columns = SEED_COLUMNS
) -> tuple[str, dict]:
    """One raw page and its gold: 1 to 4 articles of ``pool`` (mostly 4), laid out like the seeds.

    ``columns``: the column widths drawn (the seeds' by default). Bodies go on
    with sections of articles that are not on the page (:func:`lent_blocks`).

    >>> from textclean.synth.articles import load_pool
    >>> raw, gold = generate_page(random.Random(7), load_pool(), source="x.txt")
    >>> gold["source"], 1 <= len(gold["articles"]) <= 4
    ('x.txt', True)
    >>> raw == generate_page(random.Random(7), load_pool(), source="x.txt")[0]
    True
    """
    pools = Pools.from_articles(pool)
    chosen = rng.sample(pool, min(rng.choice(ARTICLES_PER_PAGE), len(pool)))
    extensions = lent_blocks(rng, chosen, pool)
    banner = rng.choice(pools.banners) if rng.random() < P_BANNER else None
    taken = {banner} if banner else set()
    # headings of articles off the page (and not lent to a body here) may serve as borrowed kickers
    on_page = {a["title"] for a in chosen}
    lent = {b["text"] for ext in extensions for b in ext}
    extra = [
        b["text"]
        for a in pool
        if a["title"] not in on_page
        for b in a["blocks"]
        if b["kind"] == "heading" and len(b["text"]) <= 12 and b["text"] not in lent
    ]
    pools.kickers = unique(pools.kickers + extra)
    laid = [lay_out_article(rng, src, pools, taken, ext, columns) for src, ext in zip(chosen, extensions, strict=True)]
    items = _page_items(rng, laid)
    if banner is None and items[0].lead == "kicker":
        # a lone slogan-like line first on the page would read as a banner: print a real one above it
        free = [b for b in pools.banners if b not in taken]
        banner = rng.choice(free) if free else EXTRA_BANNERS[0]
    lines = _join_items(rng, items)
    if banner:
        lines = [(" " if rng.random() < 0.4 else "") + banner, "", *lines]
    elif rng.random() < 0.3:
        lines = ["", *lines]
    text = "\n".join(lines) + rng.choice(("\n", "\n", "\n\n", "\n \n", "\n "))
    gold = {
        "source": source,
        "page_banner": banner,
        "articles": [{**{k: a.gold.get(k) for k in ARTICLE_FIELDS}, "page_banner": banner} for a in laid],
    }
    return text, gold
