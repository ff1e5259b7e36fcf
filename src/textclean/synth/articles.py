"""The source articles: the shipped gold pages in ``synth/data``, and the metadata pools drawn from them.

Every synthetic article is a variant of one of these hand-checked articles;
bylines, notes, column labels, kickers and banners are drawn from what they hold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

#: Gold fields of one article, in the order of the seed gold files.
ARTICLE_FIELDS = (
    "title",
    "column",
    "kicker",
    "authors",
    "author_note",
    "affiliation",
    "pull_quote",
    "blocks",
    "page_banner",
)

#: Column labels besides those of the gold (2-6 Han characters, as in ``G 前沿观察``).
EXTRA_COLUMNS = ("理论探索", "观察思考", "工运史话", "学习园地", "专家视点")
#: Slogans that may serve as a page banner when the gold offers too few.
EXTRA_BANNERS = ("学习贯彻党的二十大精神", "奋进新征程建功新时代")
#: Suffixes that turn an institution into a role for ``（作者系…）`` notes.
ROLE_SUFFIXES = ("研究员", "教授", "副教授")


def load_pool() -> list[dict]:
    """The source articles: every article of the shipped gold pages.

    Each is the gold article dict; ``page_banner`` is the banner of its page.

    >>> pool = load_pool()
    >>> len(pool), sorted(pool[0])[:3]
    (8, ['affiliation', 'author_note', 'authors'])
    """
    pool: list[dict] = []
    data = resources.files("textclean.synth").joinpath("data")
    for entry in sorted(data.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        page = json.loads(entry.read_text(encoding="utf-8"))
        for art in page["articles"]:
            pool.append({**art, "page_banner": art.get("page_banner", page.get("page_banner"))})
    return pool


@dataclass
class Pools:
    """Metadata drawn from the source articles, to vary bylines, notes, kickers and banners."""

    names: list[str]
    affiliations: list[str]
    roles: list[str]
    columns: list[str]
    kickers: list[str]
    banners: list[str]

    @classmethod
    def from_articles(cls, pool: list[dict]) -> Pools:
        names = unique(n for a in pool for n in a["authors"])
        affs = unique(a["affiliation"] for a in pool if a.get("affiliation"))
        roles = unique(note_rest(a["author_note"]) for a in pool if note_form(a.get("author_note")) in ("xi", "wei"))
        roles += [f + s for f in affs for s in ROLE_SUFFIXES]
        columns = unique([a["column"] for a in pool if a.get("column")] + list(EXTRA_COLUMNS))
        kickers = unique(a["kicker"] for a in pool if a.get("kicker"))
        banners = unique([a["page_banner"] for a in pool if a.get("page_banner")] + kickers + list(EXTRA_BANNERS))
        return cls(names, affs, roles, columns, kickers + [b for b in banners if b not in kickers], banners)


def unique(items) -> list[str]:
    """Distinct items in first-seen order.

    >>> unique(["b", "a", "b"])
    ['b', 'a']
    """
    return list(dict.fromkeys(items))


def note_form(note: str | None) -> str | None:
    """Kind of a closing note: ``unit``, ``xi``, ``wei``, ``compiled`` or None.

    >>> [note_form(n) for n in ("作者单位：某所", "作者系某职", "作者为某职", "张菁 整理", None)]
    ['unit', 'xi', 'wei', 'compiled', None]
    """
    if not note:
        return None
    if note.startswith("作者单位："):
        return "unit"
    if note.startswith("作者系"):
        return "xi"
    if note.startswith("作者为"):
        return "wei"
    if note.endswith("整理"):
        return "compiled"
    return None


def note_rest(note: str) -> str:
    """What follows the form's prefix: ``作者系X`` -> ``X``."""
    for prefix in ("作者单位：", "作者系", "作者为"):
        if note.startswith(prefix):
            return note[len(prefix) :]
    return note
