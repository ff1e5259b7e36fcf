"""Predicted articles against hand-checked gold: which gold article each one is, how close, what differs.

Gold is a folder of ``*.json`` files, one a page, as in ``tests/fixtures/gold``
and what ``textclean synth --gold`` writes: ``{"source", "page_banner",
"articles": [{"title", "kicker", "column", "authors", "blocks", ...}]}``.

Articles are matched by body content (:func:`body_similarity`: the Dice
coefficient of the two bodies' character bigrams, white space ignored), the
best pairs first, never below :data:`MIN_MATCH`. A matched article's score
is its body similarity; its fields are compared as ``tools/score.py``
compares them (white space ignored; a note's outer brackets too). A field the
gold page does not give (older gold has no ``subtitle``) is not compared.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textclean.models import Article
from textclean.review.trace import nows

#: Two bodies more different than this are not the same article.
MIN_MATCH = 0.3
#: An unmatched article (or a missed gold one) whose body's bigrams are at least this share in another's is part of it.
MIN_PART = 0.5
#: The fields compared, in the order they are shown.
FIELDS: tuple[str, ...] = (
    "title",
    "kicker",
    "subtitle",
    "column",
    "page_banner",
    "authors",
    "author_note",
    "affiliation",
    "pull_quote",
    "paragraph_count",
)
#: Brackets a closing note may keep or lose around it.
NOTE_BRACKETS = "（）()"


@dataclass(frozen=True, slots=True)
class FieldDiff:
    """A field whose predicted value is not the gold one (both as shown to a reader)."""

    field: str
    predicted: str
    gold: str


@dataclass(slots=True)
class ArticleScore:
    """How one predicted article compares with the gold article it was matched to (``gold`` None: none)."""

    article: int
    gold: int | None
    score: float
    diffs: list[FieldDiff] = field(default_factory=list)
    #: For an article matched to no gold one: the title of the gold article that holds most of its body
    #: (at least :data:`MIN_PART`): the cleaning cut that article in two.
    part_of: str | None = None


@dataclass(slots=True)
class PageScore:
    """A page's articles against its gold: one score per predicted article, the gold articles missed."""

    source: str
    articles: list[ArticleScore]
    missed: list[dict[str, Any]]
    gold_count: int

    @property
    def score(self) -> float:
        """Matched body similarity over the larger of the gold and predicted article counts (1.0 for a perfect page).

        >>> PageScore("p", [ArticleScore(0, 0, 1.0), ArticleScore(1, None, 0.0)], [], 1).score
        0.5
        """
        total = max(self.gold_count, len(self.articles))
        return sum(a.score for a in self.articles if a.gold is not None) / total if total else 1.0

    @property
    def diff_count(self) -> int:
        return sum(len(a.diffs) for a in self.articles)


def load_gold(folder: str | Path) -> dict[str, dict[str, Any]]:
    """The gold pages of ``folder`` by source file name (its ``source`` field, else the JSON's name + ``.txt``).

    Raises :class:`ValueError` naming a file that is not a gold page.
    """
    out: dict[str, dict[str, Any]] = {}
    for path in sorted(Path(folder).glob("*.json")):
        try:
            page = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise ValueError(f"{path}: not a gold page ({exc})") from exc
        if not isinstance(page, dict) or not isinstance(page.get("articles"), list):
            raise ValueError(f"{path}: not a gold page (no articles list)")
        out[str(page.get("source") or path.with_suffix(".txt").name)] = page
    return out


def bigrams(text: str) -> Counter[str]:
    """Character bigrams of ``text`` without white space, counted.

    >>> sorted(bigrams("工会 工会").items())
    [('会工', 1), ('工会', 2)]
    """
    s = nows(text)
    return Counter(s[i : i + 2] for i in range(len(s) - 1))


def body_similarity(a: Counter[str], b: Counter[str]) -> float:
    """Dice coefficient of two bigram counts: 1.0 the same text, 0.0 nothing shared.

    >>> body_similarity(bigrams("推进职工技能培训"), bigrams("推进职工技能培训"))
    1.0
    >>> round(body_similarity(bigrams("推进职工技能培训"), bigrams("推进职工")), 2)
    0.6
    """
    total = sum(a.values()) + sum(b.values())
    return 2 * sum((a & b).values()) / total if total else 1.0


def gold_body(article: dict[str, Any]) -> str:
    """A gold article's body: its blocks' texts (or its ``body``)."""
    blocks = article.get("blocks")
    if blocks:
        return "\n".join(str(b.get("text", "")) for b in blocks)
    return str(article.get("body") or "")


def score_page(source: str, articles: list[Article], gold: dict[str, Any]) -> PageScore:
    """Match ``articles`` to ``gold``'s articles by body, best pairs first; score them and list what differs."""
    golds: list[dict[str, Any]] = list(gold.get("articles") or [])
    pred_grams = [bigrams(a.body) for a in articles]
    gold_grams = [bigrams(gold_body(g)) for g in golds]
    pairs = sorted(
        ((body_similarity(p, g), pi, gi) for pi, p in enumerate(pred_grams) for gi, g in enumerate(gold_grams)),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    match: dict[int, tuple[int, float]] = {}
    used: set[int] = set()
    for sim, pi, gi in pairs:
        if sim < MIN_MATCH or pi in match or gi in used:
            continue
        match[pi] = (gi, sim)
        used.add(gi)
    scores = []
    for pi, article in enumerate(articles):
        if pi in match:
            gi, sim = match[pi]
            scores.append(ArticleScore(pi, gi, sim, field_diffs(article, golds[gi], gold.get("page_banner"))))
        else:
            holder = best_holder(pred_grams[pi], gold_grams)
            part = str(golds[holder].get("title") or "") if holder is not None else None
            scores.append(ArticleScore(pi, None, 0.0, part_of=part))
    missed = [
        {
            "title": str(g.get("title") or ""),
            "chars": len(nows(gold_body(g))),
            "in": best_holder(gold_grams[gi], pred_grams),
        }
        for gi, g in enumerate(golds)
        if gi not in used
    ]
    return PageScore(source, scores, missed, len(golds))


def best_holder(grams: Counter[str], others: list[Counter[str]]) -> int | None:
    """Which of ``others`` holds most of ``grams``, when it holds at least :data:`MIN_PART` of them.

    For an article matched to no gold one, the gold article it was cut off; for
    a gold article missed, the predicted article it went into (merged with another).

    >>> best_holder(bigrams("天地玄黄"), [bigrams("宇宙洪荒"), bigrams("天地玄黄，宇宙洪荒")])
    1
    >>> best_holder(bigrams("天地玄黄"), [bigrams("宇宙洪荒")]) is None
    True
    """
    total = sum(grams.values())
    if not total or not others:
        return None
    share, best = max((sum((grams & g).values()) / total, -i) for i, g in enumerate(others))
    return -best if share >= MIN_PART else None


def field_diffs(article: Article, gold: dict[str, Any], page_banner: str | None = None) -> list[FieldDiff]:
    """The fields of :data:`FIELDS` in which ``article`` differs from ``gold`` (a gold article's dict).

    >>> from textclean.models import Article, Block
    >>> a = Article("id", "p.txt", "0", "推进职工技能培训", [Block("paragraph", "正文。")], [(0, 2)], authors=["周明"])
    >>> [d.field for d in field_diffs(a, {"title": "推进 职工技能培训", "authors": ["周 明", "李红"], "blocks": []})]
    ['authors', 'paragraph_count']
    """
    gold = {"page_banner": page_banner, **gold}
    out = []
    for name in FIELDS:
        if name == "paragraph_count":
            if gold.get("blocks") is None:
                continue
            want: Any = sum(1 for b in gold["blocks"] if b.get("kind", "paragraph") == "paragraph")
        elif name not in gold:
            continue
        else:
            want = gold[name]
        got = getattr(article, name)
        if _comparable(name, got) != _comparable(name, want):
            out.append(FieldDiff(name, shown(got), shown(want)))
    return out


def _comparable(name: str, value: Any) -> Any:
    """A field's value as compared: texts without white space, a note without its outer brackets."""
    if isinstance(value, list):
        return [nows(str(v)) for v in value]
    if isinstance(value, int):
        return value
    text = nows(value)
    return text.strip(NOTE_BRACKETS) if name == "author_note" else text


def shown(value: Any) -> str:
    """A field's value as a reader sees it: a list joined by `` / ``, nothing as ``—``.

    >>> shown(["苏炜", "刘景芝"]), shown(None), shown(3)
    ('苏炜 / 刘景芝', '—', '3')
    """
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, list):
        return " / ".join(str(v) for v in value)
    return str(value)
