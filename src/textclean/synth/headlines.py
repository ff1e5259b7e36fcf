"""An article's headline parts as printed, and which of them move away from its body.

The parts: column label, kicker, title, ``●观 点`` pull-quote box, byline.
*Detachment*: as on the seeds, some parts are printed away from their body,
at the top of the page or among other articles' headlines.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from textclean.synth.layout import Style, noisy, spread
from textclean.synth.typeset import split_two, wrap

TITLE_WRAP_AT = 14  # titles longer than this may be wrapped


@dataclass
class Part:
    """One headline part of an article as printed: ``column``, ``kicker``, ``title``, ``box`` or ``byline``."""

    kind: str
    lines: list[str]


def render_title(rng: random.Random, title: str) -> list[str]:
    """A title: one line, or (long, no space) two lines, adjacent or with a blank between."""
    if len(title) > TITLE_WRAP_AT and " " not in title and rng.random() < 0.5:
        n = len(title)
        halves = split_two(rng, title, round(n * 0.4), round(n * 0.6))
        if len(halves) == 2 and rng.random() < 0.5:
            return [halves[0], "", halves[1]]
        return halves
    return [title]


def render_box(rng: random.Random, quote: str, style: Style) -> list[str]:
    """The ``●观 点`` pull-quote box: the label, then the quote in a narrow column with blank lines between."""
    label = "●观 点" if rng.random() < 0.85 else "●观点"
    lines = [noisy(rng, ln, style) for ln in wrap(rng, quote, rng.randint(11, 13))]
    return [label, "", *spread(lines, dense=False)]


def headline_parts(rng: random.Random, gold: dict, style: Style, has_byline: bool) -> list[Part]:
    """The article's headline parts in printed order (the box sometimes above the title)."""
    parts: list[Part] = []
    if gold["column"]:
        logo = "G" if rng.random() < 0.8 else rng.choice("DKRX")
        parts.append(Part("column", [(" " if rng.random() < 0.3 else "") + f"{logo} {gold['column']}"]))
    if gold["kicker"]:
        parts.append(Part("kicker", [gold["kicker"]]))
    title = Part("title", render_title(rng, gold["title"]))
    box = Part("box", render_box(rng, gold["pull_quote"], style)) if gold["pull_quote"] else None
    parts += [box, title] if box and rng.random() < 0.4 else [title, *([box] if box else [])]
    if has_byline:
        parts.append(Part("byline", [" ".join(gold["authors"])]))
    return parts


def join_parts(rng: random.Random, parts: list[Part]) -> list[str]:
    """Print headline parts as one group: a blank line between parts, some set tight (no blank)."""
    tight_p = {("title", "byline"): 0.5, ("title", "box"): 0.3, ("column", "title"): 0.2}
    out: list[str] = []
    for prev, part in zip([None, *parts], parts, strict=False):
        if prev is not None and not (prev.kind != "box" and rng.random() < tight_p.get((prev.kind, part.kind), 0.0)):
            out.append("")
        out += part.lines
    return out


def split_detached(rng: random.Random, parts: list[Part], own_kicker: bool) -> tuple[list[Part], list[list[Part]]]:
    """Choose headline parts to move away from the body: (parts left above the body, detached groups).

    Units that may move: the title (with its column label, a borrowed kicker
    and sometimes the byline, which never travel alone), the article's own
    kicker, and the pull-quote box.
    """
    kinds = {p.kind for p in parts}
    units: list[set[str]] = [{"title", "column"} | ({"kicker"} if not own_kicker else set())]
    if own_kicker and "kicker" in kinds:
        units.append({"kicker"})
    if "box" in kinds:
        units.append({"box"})
    chosen = [u for u in units if rng.random() < 0.5] or [rng.choice(units)]
    if {"title", "column"} <= chosen[0] and "byline" in kinds and rng.random() < 0.5:
        chosen[0] = chosen[0] | {"byline"}
    if len(chosen) > 1 and rng.random() < 0.65:
        chosen = [set().union(*chosen)]
    groups = [[p for p in parts if p.kind in u] for u in chosen]
    moved = set().union(*chosen)
    return [p for p in parts if p.kind not in moved], [g for g in groups if g]
