"""Synthetic raw pages laid out like the seeds, with their expected output.

The cleaning heuristics were written against two seed pages; this module
checks how general they are.  It takes the hand-checked gold articles (their
clean text, shipped in ``synth_data/``) and lays them out again the way the
seeds are typeset, with every layout choice drawn from a seeded
:class:`random.Random`:

* bodies hard-wrapped to a column width, either *sparse* (a blank line after
  every printed line) or *dense* (boxed pieces: single line breaks, a blank
  line between paragraphs); the first line of a paragraph is two characters
  shorter, the last line is what is left;
* subheadings on their own line(s), long ones wrapped to fit the column (larger type: two lines, three in a narrow column);
  attribution lines (``——单位职务 姓名``) after their paragraph;
* OCR-like noise: letter-spaced lines (``规 体 系 ”“ 加 强``) and spaces
  between digits and Han characters (``1897 年 8 月``);
* headline parts (column label, kicker, title, ``●观 点`` pull-quote box,
  byline) above the body and a closing note (``（作者单位：…）``) after it;
* *detachment*: some headline parts are moved away from their body, to the
  top of the page or among other articles' headlines, as on the seeds;
* *length*: mostly four articles a page, as on the seeds, whose bodies may go
  on with a section lent by an article that is not on the page, so that a
  page is about as long as a seed (about 25 KB).

The gold of a page says what a careful reader would extract from what was
rendered: same field names as ``tests/fixtures/gold/*.json``.

Everything is deterministic: the same seed gives the same bytes.

>>> import random
>>> raw, gold = generate_page(random.Random(7), load_pool(), source="x.txt")
>>> gold["source"], 1 <= len(gold["articles"]) <= 4
('x.txt', True)
"""

from __future__ import annotations

import functools
import itertools
import json
import logging
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

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

#: Punctuation a line may not start with / end with (kinsoku), and punctuation in general.
NO_LINE_START = "，。、；：？！”’）》」』】…—·"
NO_LINE_END = "“‘（《「『【"
PUNCT = NO_LINE_START + NO_LINE_END

HAN = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f"
_ASCII = re.compile("[ -~]")  # a line holding a space, digit or Latin letter is never letter-spaced
_DIGIT_EDGE = re.compile(f"(?<=[0-9])(?=[{HAN}])|(?<=[{HAN}])(?=[0-9])")

#: Layout probabilities.
P_DENSE = 0.25  # a body is a dense boxed piece
P_LETTER_SPACED = 0.03  # a printed body or box line is letter-spaced
P_DETACH = 0.4  # an article has some headline parts moved away from its body
P_BANNER = 0.5  # a page has a banner line
#: Articles on a page, drawn uniformly from this tuple: mostly four, as on both seeds, sometimes fewer.
ARTICLES_PER_PAGE = (1, 2, 3, 3, 4, 4, 4, 4)
P_EXTEND = 0.75  # an article's body goes on with a section lent by an article that is not on the page
P_EXTEND_MORE = 0.5  # ... and, having one, with another (from another such article)
HEADING_WRAP_AT = 16  # subheadings longer than this are wrapped
HEADING_SCALE = 0.8  # a subheading line holds at most this share of the column's characters (larger type)
TITLE_WRAP_AT = 14  # titles longer than this may be wrapped


# --------------------------------------------------------------------------- pool


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
        names = _unique(n for a in pool for n in a["authors"])
        affs = _unique(a["affiliation"] for a in pool if a.get("affiliation"))
        roles = _unique(_note_rest(a["author_note"]) for a in pool if _note_form(a.get("author_note")) in ("xi", "wei"))
        roles += [f + s for f in affs for s in ROLE_SUFFIXES]
        columns = _unique([a["column"] for a in pool if a.get("column")] + list(EXTRA_COLUMNS))
        kickers = _unique(a["kicker"] for a in pool if a.get("kicker"))
        banners = _unique([a["page_banner"] for a in pool if a.get("page_banner")] + kickers + list(EXTRA_BANNERS))
        return cls(names, affs, roles, columns, kickers + [b for b in banners if b not in kickers], banners)


def _unique(items) -> list[str]:
    """Distinct items in first-seen order.

    >>> _unique(["b", "a", "b"])
    ['b', 'a']
    """
    return list(dict.fromkeys(items))


def _note_form(note: str | None) -> str | None:
    """Kind of a closing note: ``unit``, ``xi``, ``wei``, ``compiled`` or None.

    >>> [_note_form(n) for n in ("作者单位：某所", "作者系某职", "作者为某职", "张菁 整理", None)]
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


def _note_rest(note: str) -> str:
    """What follows the form's prefix: ``作者系X`` -> ``X``."""
    for prefix in ("作者单位：", "作者系", "作者为"):
        if note.startswith(prefix):
            return note[len(prefix) :]
    return note


# --------------------------------------------------------------------------- article variants


def _pick_blocks(rng: random.Random, blocks: list[dict]) -> list[dict]:
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


def _extensions(rng: random.Random, chosen: list[dict], pool: list[dict]) -> list[list[dict]]:
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


def _vary_meta(rng: random.Random, src: dict, pools: Pools, taken_kickers: set[str]) -> tuple[dict, bool, bool]:
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
    form = _note_form(src.get("author_note")) if rng.random() < 0.5 else None
    form = form or rng.choice(("unit", "unit", "xi", "wei", "compiled"))
    if form == "compiled":
        name = rng.choice(pools.names)
        return {"authors": [name], "author_note": f"{name} 整理", "affiliation": None, "_byline": False}
    has_byline = rng.random() < 0.85
    authors: list[str] = []
    if has_byline:
        own = [a for a in src.get("authors", []) if _note_form(src.get("author_note")) != "compiled"]
        authors = own if own and rng.random() < 0.6 else rng.sample(pools.names, rng.choice((1, 1, 1, 2, 2, 3)))
    if form == "unit":
        keep = src.get("affiliation") if _note_form(src.get("author_note")) == "unit" and rng.random() < 0.6 else None
        aff = keep or rng.choice(pools.affiliations)
        return {"authors": authors, "author_note": f"作者单位：{aff}", "affiliation": aff, "_byline": has_byline}
    keep = (
        _note_rest(src["author_note"])
        if _note_form(src.get("author_note")) in ("xi", "wei") and rng.random() < 0.6
        else None
    )
    role = keep or rng.choice(pools.roles)
    prefix = "作者系" if form == "xi" else "作者为"
    return {"authors": authors, "author_note": prefix + role, "affiliation": None, "_byline": has_byline}


# --------------------------------------------------------------------------- line rendering


def _adjust_break(text: str, i: int, j: int) -> int:
    """Move a line break at ``j`` (line starts at ``i``) so it obeys typesetting rules.

    No line starts with closing punctuation or ends with an opening one, a
    digit run is never split, and a legitimate space is never at a line edge.

    >>> _adjust_break("工会工作，法治化", 0, 4)
    5
    >>> _adjust_break("在1905年", 0, 3)
    5
    """
    for _ in range(8):
        if j >= len(text):
            return len(text)
        if text[j] in NO_LINE_START or text[j - 1] == " " or (text[j - 1].isdigit() and text[j].isdigit()):
            j += 1
        elif text[j - 1] in NO_LINE_END and j - 1 > i + 1:
            j -= 1
        elif text[j] == " ":
            j -= 1
        else:
            return j
    return j


def _jitter(rng: random.Random, window: str) -> int:
    """Justified text: a line holds -1..+2 characters around the width, more when it has punctuation or digits."""
    k = sum(ch in PUNCT for ch in window) + sum(ch.isdigit() for ch in window) // 2
    return min(2, k) - rng.choice((0, 1))


def wrap(rng: random.Random, text: str, width: int, indent: int = 2) -> list[str]:
    """Hard-wrap a paragraph to about ``width`` characters, the first line ``indent`` shorter.

    >>> lines = wrap(random.Random(1), "一二三四五六七八九十" * 4, 12)
    >>> "".join(lines) == "一二三四五六七八九十" * 4, len(lines[0]) < len(lines[1])
    (True, True)
    """
    lines: list[str] = []
    i = 0
    while i < len(text):
        target = width - (indent if not lines else 0)
        j = i + target + _jitter(rng, text[i : i + target])
        if j >= len(text):
            lines.append(text[i:])
            break
        j = _adjust_break(text, i, j)
        lines.append(text[i:j])
        i = j
    return lines


@functools.lru_cache(maxsize=256)
def word_breaks(text: str) -> tuple[int, ...]:
    """Offsets between the words of ``text`` (jieba), where a headline may be broken.

    >>> word_breaks("推动社保经办服务")
    (2, 4, 6)
    """
    try:
        import jieba  # a project dependency; imported here since loading its dictionary takes a moment
    except ImportError:  # pragma: no cover - fall back to any character boundary
        return tuple(range(1, len(text)))
    jieba.setLogLevel(logging.WARNING)
    ends = list(itertools.accumulate(len(w) for w in jieba.lcut(text)))
    return tuple(ends[:-1])


def split_two(rng: random.Random, text: str, lo: int, hi: int) -> list[str]:
    """Split a headline over two lines at a word boundary, ideally ``lo``..``hi`` characters in.

    >>> split_two(random.Random(0), "在社会治理中发挥工会劳动法律监督作用的必要性", 14, 14)
    ['在社会治理中发挥工会劳动法律', '监督作用的必要性']
    """
    ok = [
        b
        for b in word_breaks(text)
        if 3 <= b <= len(text) - 2 and text[b] not in NO_LINE_START and text[b - 1] not in NO_LINE_END
    ]
    if not ok:
        return [text]
    inside = [b for b in ok if lo <= b <= hi]
    j = rng.choice(inside) if inside else min(ok, key=lambda b: (abs(b - (lo + hi) / 2), b))
    return [text[:j], text[j:]]


def letter_space(rng: random.Random, line: str) -> str:
    """Letter-spaced glyphs as OCR gives them: a space between characters, punctuation pairs kept, some spaces after punctuation lost.

    >>> letter_space(random.Random(0), "规体系")
    '规 体 系'
    """
    out = [line[:1]]
    for prev, ch in itertools.pairwise(line):
        tight = (prev in PUNCT and ch in PUNCT) or (prev in PUNCT and rng.random() < 0.5)
        out.append(ch if tight else " " + ch)
    return "".join(out)


def space_digits(rng: random.Random, line: str, p: float) -> str:
    """Insert a space where a digit run touches a Han character, each with probability ``p``.

    >>> space_digits(random.Random(0), "1897年8月", 1.0)
    '1897 年 8 月'
    """
    if p <= 0:
        return line
    return _DIGIT_EDGE.sub(lambda _m: " " if rng.random() < p else "", line)


@dataclass(frozen=True)
class Columns:
    """Column widths (em, lowest and highest) drawn for sparse and for dense pieces."""

    sparse: tuple[int, int]
    dense: tuple[int, int]


#: The seed pages' columns: sparse pieces 16-22 em, dense (boxed) ones 23-28 em.
SEED_COLUMNS = Columns((16, 22), (23, 28))


@dataclass
class Style:
    """How one article's text is printed."""

    dense: bool
    width: int
    digit_p: float

    @classmethod
    def draw(cls, rng: random.Random, columns: Columns = SEED_COLUMNS) -> Style:
        dense = rng.random() < P_DENSE
        width = rng.randint(*columns.dense) if dense else rng.randint(*columns.sparse)
        return cls(dense, width, rng.choice((0.0, 0.3, 0.6)))


def _noisy(rng: random.Random, line: str, style: Style) -> str:
    """A printed text line with digit spacing or, rarely, letter-spacing."""
    if rng.random() < P_LETTER_SPACED and not _ASCII.search(line):
        return letter_space(rng, line)
    return space_digits(rng, line, style.digit_p)


def _spread(lines: list[str], dense: bool) -> list[str]:
    """Lines as printed: a blank line after each in sparse style, none in dense style."""
    if dense:
        return list(lines)
    out: list[str] = []
    for ln in lines:
        out += [ln, ""]
    return out[:-1]


def render_body(rng: random.Random, blocks: list[dict], style: Style) -> list[str]:
    """The body's printed lines (no leading or trailing blank line)."""
    out: list[str] = []
    for b in blocks:
        if b["kind"] == "paragraph":
            lines = [_noisy(rng, ln, style) for ln in wrap(rng, b["text"], style.width)]
            chunk, tight = _spread(lines, style.dense), False
        elif b["kind"] == "heading":
            chunk, tight = _heading_lines(rng, b["text"], style), False
        else:
            chunk, tight = [b["text"]], rng.random() < 0.3
        if out and not tight:
            out.append("")
        out += chunk
    return out


def _heading_lines(rng: random.Random, text: str, style: Style) -> list[str]:
    """A subheading: one line, or more lines with no blank between when it is long.

    Subheadings are set larger than the body: one longer than
    ``HEADING_SCALE`` of the column's characters wraps; past
    ``HEADING_WRAP_AT`` characters one mostly wraps (as on the seed pages)
    and always does when wider than the column.
    """
    if " " in text:
        return [text]
    fits = min(HEADING_WRAP_AT, int(HEADING_SCALE * style.width))
    wraps = (len(text) > style.width or rng.random() < 0.85) if len(text) > HEADING_WRAP_AT else len(text) > fits
    if not wraps:
        return [text]
    lines = split_two(rng, text, min(13, fits - 2), min(15, fits))
    while len(lines[-1]) > fits:  # too long for two lines of a narrow column: three or more
        rest = split_two(rng, lines[-1], fits // 2, fits)
        if len(rest) == 1:
            break
        lines[-1:] = rest
    return lines


def render_note(rng: random.Random, note: str, style: Style) -> list[str]:
    """The closing note ``（…）``: a long one is wrapped over two lines, one a little wider than the column sometimes."""
    text = f"（{note}）"
    if " " not in text and (len(text) > style.width + 6 or (len(text) > style.width - 2 and rng.random() < 0.5)):
        j = _adjust_break(text, 0, rng.randint(style.width - 3, style.width))
        return _spread([text[:j], text[j:]] if j < len(text) else [text], style.dense)
    return [text]


# --------------------------------------------------------------------------- headline parts


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
    lines = [_noisy(rng, ln, style) for ln in wrap(rng, quote, rng.randint(11, 13))]
    return [label, "", *_spread(lines, dense=False)]


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


# --------------------------------------------------------------------------- page assembly


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
    gold, has_byline, own_kicker = _vary_meta(rng, src, pools, taken_kickers)
    gold["blocks"] = _pick_blocks(rng, src["blocks"]) + [dict(b) for b in extension or []]
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
    """One raw page and its gold: 1 to 4 articles of ``pool`` (mostly 4), laid out like the seeds
    (in ``columns`` of other widths when given).

    Bodies go on with sections of articles that are not on the page
    (:func:`_extensions`), so that a page is about as long as a seed (~25 KB).

    >>> raw, gold = generate_page(random.Random(3), load_pool())
    >>> raw == generate_page(random.Random(3), load_pool())[0]
    True
    """
    pools = Pools.from_articles(pool)
    chosen = rng.sample(pool, min(rng.choice(ARTICLES_PER_PAGE), len(pool)))
    extensions = _extensions(rng, chosen, pool)
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
    pools.kickers = _unique(pools.kickers + extra)
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


#: Names of the files :func:`write_corpus` writes: ``synth_0001.txt`` (page), ``synth_0001.json`` (its gold).
CORPUS_NAME_RE = re.compile(r"synth_[0-9]{4,}\.(?:txt|json)")


def page_name(i: int, pages: int) -> str:
    """Stem of page ``i`` of ``pages``: 4 digits, more when there are more pages, so names sort in page order.

    >>> page_name(7, 2000), page_name(7, 12000)
    ('synth_0007', 'synth_00007')
    """
    return f"synth_{i:0{max(4, len(str(pages)))}d}"


def write_corpus(
    out_dir: Path,
    pages: int,
    seed: int,
    gold_dir: Path | None = None,
    *,
    with_gold: bool = True,
    progress: Callable[[int, int], None] | None = None,
    columns: Columns = SEED_COLUMNS,
) -> list[Path]:
    """Write ``pages`` raw pages ``synth_0001.txt``… to ``out_dir`` and their gold ``.json`` to ``gold_dir``
    (default ``out_dir``; none with ``with_gold=False``); return the raw page paths.  Page ``i`` depends
    only on ``seed`` and ``i``.  ``progress(done, pages)`` is called after each page; ``columns``: the
    column widths drawn (the seeds' by default).
    """
    out_dir = Path(out_dir)
    gold_dir = Path(gold_dir or out_dir) if with_gold else None
    out_dir.mkdir(parents=True, exist_ok=True)
    if gold_dir is not None:
        gold_dir.mkdir(parents=True, exist_ok=True)
    pool = load_pool()
    paths: list[Path] = []
    for i in range(1, pages + 1):
        stem = page_name(i, pages)
        raw, gold = generate_page(random.Random(seed * 1_000_003 + i), pool, f"{stem}.txt", columns)
        (out_dir / f"{stem}.txt").write_bytes(raw.encode("utf-8"))
        if gold_dir is not None:
            (gold_dir / f"{stem}.json").write_bytes(
                (json.dumps(gold, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
            )
        paths.append(out_dir / f"{stem}.txt")
        if progress is not None:
            progress(i, pages)
    return paths
