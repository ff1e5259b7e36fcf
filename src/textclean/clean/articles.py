"""Layout elements -> articles with metadata.

Every article is built around its body (one or more body elements, closed by
a note such as ``（作者单位：…）``).  Headline material (title, pull-quote
box, byline, column label, kicker) is then given to bodies in three passes:

1. *structure*: parts set without a blank between them form one unit, as do
   a column label and the part after it, a subtitle and its title, a stray
   byline and the headline above it; a unit holding a byline set directly
   above a body belongs to that body;
2. *content*: the rest is matched by what it says (a title's rare bigrams
   recur in its body, a pull quote restates its body), as one best
   assignment over the page, with a small bonus for a unit set directly
   above its body or above a unit already given to it;
3. *leftovers*: a spare headline line becomes the kicker of the body it
   fits best; a page banner at the top of the page is shared by all.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from textclean.clean.blocks import body_blocks
from textclean.clean.chardata import AFFILIATION_RE, BYLINE_SPLIT_RE, COLUMN_RE, COMPILER_RE, ends_sentence
from textclean.clean.match import NO_FIT, TITLE_NGRAM, BigramIdf, best_assignment, containment, count_found, ngrams
from textclean.clean.repair import join_lines
from textclean.clean.roles import Element, Item, body_column, is_headline_like, page_elements
from textclean.clean.typesetting import BANNER_LAST_LINE
from textclean.models import Article, Block, Page

#: Bonus for headline material set directly above a body (it usually belongs there).
ADJACENCY_BONUS = 0.15
#: Penalty for giving a leftover unit to an article that already has a part of its kind.
OCCUPIED_PENALTY = 10.0
#: A pull quote whose body restates less than this share of it is not matched by content.
MIN_BOX_CONTAINMENT = 0.2
#: Bonus for headline material set directly above material already given to an article.
CHAIN_BONUS = 0.5
#: Penalty for giving a leftover a second framing part: a column label or kicker to an article that has
#: either, a byline to one that has a byline.
KICKER_COLUMN_PENALTY = 0.5
#: A leftover's words found in an article's title count this many times those found in its body
#: (a spare headline line echoes its own article's title).
TITLE_OVERLAP_WEIGHT = 2
#: A headline line that fits its best body by less than this more than the next best is the
#: kicker of the title set below it (:func:`_join_kickers`).
KICKER_MARGIN = 0.3
#: A body's first line taken as its title (:func:`title_from_first_line`) is at least this much (em)
#: short of the body's column: a line that fills the column is running text wrapped at its edge.
TITLE_LINE_SHORTFALL = 0.5


def article_id(source: str, sha256: str, index: int) -> str:
    """Stable id: same input name and bytes give the same id on every machine.

    >>> len(article_id("a.txt", "00" * 32, 0))
    16
    >>> article_id("a.txt", "00" * 32, 0) == article_id("a.txt", "00" * 32, 0)
    True
    """
    return hashlib.sha256(f"{source}\0{sha256}\0{index}".encode()).hexdigest()[:16]


@dataclass
class Draft:
    """An article being assembled: its body elements and its closing note."""

    bodies: list[Element]
    note: Element | None = None
    _text: str | None = field(default=None, repr=False)

    def body_text(self) -> str:
        """The body's text (computed once: bodies are complete before headlines are matched)."""
        if self._text is None:
            self._text = "".join(it.text for el in self.bodies for it in el.items)
        return self._text


@dataclass
class Unit:
    """Headline elements set together (no blank line between them), given to one draft."""

    elements: list[Element]
    start: int  # index of the first element in the page's element list
    end: int  # index of the last element
    draft: int | None = None

    def kinds(self) -> set[str]:
        return {e.kind for e in self.elements}

    def get(self, kind: str) -> Element | None:
        return next((e for e in self.elements if e.kind == kind), None)


def _drafts(elements: list[Element]) -> tuple[list[Draft], dict[int, int]]:
    """Group body elements into drafts; return them and a map body element index -> draft index."""
    drafts: list[Draft] = []
    where: dict[int, int] = {}
    between: list[Element] = []
    for idx, el in enumerate(elements):
        if el.kind == "body":
            cur = drafts[-1] if drafts else None
            if cur is not None and cur.note is None and all(e.kind == "box" for e in between) and between:
                cur.bodies.append(el)
            else:
                drafts.append(Draft([el]))
            where[idx] = len(drafts) - 1
            between = []
        elif el.kind == "note":
            cur = drafts[-1] if drafts else None
            if (
                cur is not None
                and cur.note is None
                and not any(e.kind in ("title", "byline", "column") for e in between)
            ):
                cur.note = el
            else:
                orphan = next((d for d in reversed(drafts) if d.note is None), None)
                if orphan is not None:
                    orphan.note = el
            between.append(el)
        else:
            between.append(el)
    return drafts, where


def _units(elements: list[Element], where: dict[int, int]) -> list[Unit]:
    """Headline elements grouped into units that belong to one article.

    Bonded: elements set without a blank line between them; a column label
    and what follows it; a subtitle and the title above it; a byline that is
    not directly above a body and the headline right above it.
    """
    units: list[Unit] = []
    for idx, el in enumerate(elements):
        if el.kind not in ("title", "subtitle", "box", "byline", "column"):
            continue
        prev = units[-1] if units else None
        stray_byline = el.kind == "byline" and (idx + 1) not in where
        bonded = (
            prev is not None
            and prev.end == idx - 1
            and (not el.gap_before or prev.elements[-1].kind == "column" or el.kind == "subtitle" or stray_byline)
            and not (prev.kinds() & {el.kind})
        )
        if bonded and prev is not None:
            prev.elements.append(el)
            prev.end = idx
        else:
            units.append(Unit([el], idx, idx))
    return units


def _join_kickers(units: list[Unit], idf: BigramIdf) -> list[Unit]:
    """A headline line set right above a title is that title's kicker when it is the vaguer of the two.

    The printed order is (column label,) kicker, title. A unit of one
    headline line, alone or under a column label, followed (a blank line
    between) by a unit that opens with another headline line, is either
    that order or two articles' headlines stacked. A kicker is a slogan
    several articles share, a title names what its own body says: the upper
    line is read as the lower one's kicker, and the two units as one, when
    it fits its best body by less than :data:`KICKER_MARGIN` more than the
    next best, and by less than the lower line does
    (:func:`_coverage_margin`). The page's top line is left to the banner
    test (:func:`_find_banner`).

    Before (a column label, a slogan, a title and byline; ``∅`` a blank line)::

        G 工作研究 ∅ 奋进新征程建功新时代 ∅ 推进职工技能培训 / 周明

    after, when both bodies on the page speak of ``奋进新征程`` and
    ``建功新时代`` and one of ``职工技能培训``: one unit, column ``工作研究``,
    kicker ``奋进新征程建功新时代``, title ``推进职工技能培训``. Two stacked
    titles that each name their own body stay two units.
    """
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _kicker_shaped(prev)
            and prev.end + 1 == u.start
            and u.elements[0].kind == "title"
            and _coverage_margin(idf, prev.elements[-1].text)
            < min(KICKER_MARGIN, _coverage_margin(idf, u.elements[0].text))
        ):
            line = prev.elements[-1]
            prev.elements[-1] = Element("kicker", line.items, line.text)
            prev.elements += u.elements
            prev.end = u.end
        else:
            out.append(u)
    return out


def _kicker_shaped(unit: Unit) -> bool:
    """One headline line, alone (not the page's top line) or under a column label."""
    kinds = [e.kind for e in unit.elements]
    return kinds == ["column", "title"] or (kinds == ["title"] and unit.start > 0)


def _coverage_margin(idf: BigramIdf, text: str) -> float:
    """How much better ``text`` fits its best body than the next best (:meth:`BigramIdf.coverage`; 0 to 1).

    >>> idf = BigramIdf(["工会推进法治建设", "工会服务职工"])
    >>> round(_coverage_margin(idf, "法治建设"), 2), round(_coverage_margin(idf, "工会"), 2)
    (1.0, 0.0)
    """
    cover = [*sorted((idf.coverage(text, d) for d in range(idf.n)), reverse=True), 0.0, 0.0]
    return cover[0] - cover[1]


def _assign_by_structure(units: list[Unit], where: dict[int, int]) -> None:
    """Pass 1: a unit holding a byline set directly above a body belongs to that body."""
    for u in units:
        if (u.end + 1) in where and "byline" in u.kinds():
            u.draft = where[u.end + 1]


def _taken(units: list[Unit], draft: int) -> set[str]:
    kinds: set[str] = set()
    for u in units:
        if u.draft == draft:
            kinds |= u.kinds()
    return kinds


def _position_bonus(u: Unit, d: int, units: list[Unit], where: dict[int, int]) -> float:
    """Bonus for a unit set directly above body ``d`` or above a unit already given to ``d``."""
    nxt = u.end + 1
    if where.get(nxt) == d:
        return ADJACENCY_BONUS
    follower = next((v for v in units if v.start == nxt), None)
    if follower is not None and follower.draft == d:
        return CHAIN_BONUS
    return 0.0


def _unit_score(
    u: Unit, d: int, drafts: list[Draft], idf: BigramIdf, units: list[Unit], where: dict[int, int]
) -> float:
    """How well unit ``u`` fits draft ``d``: title words in the body, pull quote restated, position."""
    score = 0.0
    title = u.get("title")
    if title is not None:
        score += idf.coverage(title.text, d)
    box = u.get("box")
    if box is not None:
        score += containment(box.text, drafts[d].body_text())
    return score + _position_bonus(u, d, units, where)


def _assign_by_content(units: list[Unit], drafts: list[Draft], where: dict[int, int], idf: BigramIdf) -> None:
    """Pass 2: titles to drafts without one, then pull quotes to drafts without one (``idf``: over the drafts' bodies)."""
    for kind in ("title", "box"):
        cand = [u for u in units if u.draft is None and kind in u.kinds()]
        open_drafts = [d for d in range(len(drafts)) if kind not in _taken(units, d)]
        if not cand or not open_drafts:
            continue
        scores = []
        for u in cand:
            row = []
            for d in open_drafts:
                if u.kinds() & _taken(units, d):
                    row.append(NO_FIT)
                    continue
                sc = _unit_score(u, d, drafts, idf, units, where)
                box = u.get("box")
                if (
                    kind == "box"
                    and box is not None
                    and containment(box.text, drafts[d].body_text()) < MIN_BOX_CONTAINMENT
                ):
                    sc = NO_FIT
                row.append(sc)
            scores.append(row)
        for r, pick in enumerate(best_assignment(scores)):
            if pick is not None and scores[r][pick] >= 0:
                cand[r].draft = open_drafts[pick]


def _bigram_overlap(a: str, b: str) -> float:
    ga = ngrams(a, TITLE_NGRAM)
    return count_found(ga, b) / len(ga) if ga else 0.0


def _assign_leftovers(units: list[Unit], drafts: list[Draft], where: dict[int, int]) -> None:
    """Pass 3: each unit left over goes, whole, to the draft it fits best; its titles become kickers.

    Fit: its words in the draft's body and title, its position above
    material of that draft, less a penalty where the draft already has a
    column label or kicker.
    """
    for u in units:
        if u.draft is not None or not drafts:
            continue
        texts = " ".join(e.text for e in u.elements if e.kind in ("title", "column", "box"))
        scores = []
        for d, draft in enumerate(drafts):
            title = next((e.text for v in units if v.draft == d for e in v.elements if e.kind == "title"), "")
            sc = _bigram_overlap(texts, draft.body_text()) + TITLE_OVERLAP_WEIGHT * _bigram_overlap(texts, title)
            sc += _position_bonus(u, d, units, where)
            taken = _taken(units, d)
            if taken & {"column", "kicker"} and u.kinds() & {"column", "title"}:
                sc -= KICKER_COLUMN_PENALTY
            if "byline" in u.kinds() and "byline" in taken:
                sc -= KICKER_COLUMN_PENALTY
            if u.kinds() & taken - {"title"} or ("title" in u.kinds() and "kicker" in taken):
                sc -= OCCUPIED_PENALTY
            scores.append(sc)
        u.draft = max(range(len(drafts)), key=lambda k: (scores[k], -k))
        for i, el in enumerate(u.elements):
            if el.kind == "title":
                u.elements[i] = Element("kicker", el.items, el.text)


def _kicker_above_title(units: list[Unit]) -> None:
    """A kicker is set above its title: when the content pass made the upper of two
    consecutive headline units of one article the title, swap the two roles."""
    for u in units:
        kick = u.get("kicker")
        if kick is None:
            continue
        above = next((v for v in units if v.end + 1 == u.start and v.draft == u.draft and v.get("title")), None)
        if above is None:
            continue
        t = above.get("title")
        assert t is not None
        above.elements[above.elements.index(t)] = Element("kicker", t.items, t.text)
        u.elements[u.elements.index(kick)] = Element("title", kick.items, kick.text)


def _kinds(elements: list[Element]) -> set[str]:
    return {e.kind for e in elements}


def _find_banner(elements: list[Element], units: list[Unit], drafts: list[Draft]) -> Element | None:
    """A page banner: an unbonded headline line at the very top of the page.

    Taken when it stands indented (centred) or when the page has more
    headlines than article bodies.
    """
    if not elements or elements[0].kind != "title" or elements[0].first > BANNER_LAST_LINE:
        return None
    first = elements[0]
    unit = next((u for u in units if u.start == 0), None)
    if unit is None or len(unit.elements) != 1 or len(first.items) != 1:
        return None
    n_titles = sum(1 for u in units if "title" in u.kinds())
    if first.items[0].raw[:1].isspace() or n_titles > len(drafts):
        return first
    return None


def _spans(page: Page, elements: list[Element]) -> list[tuple[int, int]]:
    """Raw line spans of the elements, merged across blank lines."""
    raw = sorted((e.first, e.last) for e in elements if e.items)
    out: list[list[int]] = []
    for a, b in raw:
        if out and all(page.lines[k].blank for k in range(out[-1][1] + 1, a) if k < len(page.lines)):
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _note_fields(note: Element | None) -> tuple[str | None, str | None, list[str]]:
    """``(author_note, affiliation, compiler names)`` from a closing note."""
    if note is None:
        return None, None, []
    text = join_lines([it.text for it in note.items]).strip()
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1].strip()
    aff = AFFILIATION_RE.match(text)
    comp = COMPILER_RE.match(text)
    names = comp.group(1).replace("、", " ").split() if comp else []
    return text, (aff.group(1).strip() if aff else None), names


def _collect_parts(elements: list[Element]) -> dict[str, Element]:
    """One element per kind for an article; a second element of a kind given to the same
    article (a rare leftover) is joined to the first, never dropped: bylines add names,
    texts are joined with a space."""
    parts: dict[str, Element] = {}
    for el in elements:
        have = parts.get(el.kind)
        if have is None:
            parts[el.kind] = el
        else:
            sep = "" if el.kind == "box" else " "
            parts[el.kind] = Element(el.kind, [*have.items, *el.items], f"{have.text}{sep}{el.text}")
    return parts


def build_articles(page: Page) -> list[Article]:
    """Turn a decoded page into its articles, in the reading order of their bodies."""
    elements = page_elements(page.lines)
    drafts, where = _drafts(elements)
    idf = BigramIdf([d.body_text() for d in drafts])
    units = _join_kickers(_units(elements, where), idf)
    banner = _find_banner(elements, units, drafts)
    if banner is not None:
        units = [u for u in units if u.start != 0]
    if not drafts:
        # nothing looks like running text: keep every line as the body of one article
        loose = [e for e in elements if e is not banner]
        if not loose:
            return []
        draft_items = [it for e in loose for it in e.items]
        drafts = [Draft([Element("body", draft_items)])]
        units = []
    _assign_by_structure(units, where)
    _assign_by_content(units, drafts, where, idf)
    _assign_leftovers(units, drafts, where)
    _kicker_above_title(units)
    banner_text = banner.text if banner is not None else None

    articles: list[Article] = []
    for d, draft in enumerate(drafts):
        parts = _collect_parts([el for u in units if u.draft == d for el in u.elements])
        items = [it for el in draft.bodies for it in el.items]
        title = parts.get("title")
        if title is not None:
            title_text, blocks = join_lines([it.text for it in title.items]), body_blocks(items)
        else:
            title_text, blocks = title_from_first_line(items)
        note_text, affiliation, compilers = _note_fields(draft.note)
        byline = parts.get("byline")
        authors = [n for n in BYLINE_SPLIT_RE.split(byline.text) if n] if byline is not None else compilers
        subtitle = parts.get("subtitle")
        column = parts.get("column")
        column_text = None
        if column is not None:
            m = COLUMN_RE.match(column.text)
            column_text = m.group(1) if m else column.text
        used = [*draft.bodies, *[el for u in units if u.draft == d for el in u.elements]]
        used += [draft.note] if draft.note else []
        articles.append(
            Article(
                article_id=article_id(page.source, page.sha256, d),
                source=page.source,
                source_sha256=page.sha256,
                title=title_text,
                blocks=blocks,
                line_spans=_spans(page, used),
                page_banner=banner_text,
                column=column_text,
                kicker=parts["kicker"].text if "kicker" in parts else None,
                subtitle=subtitle.text.lstrip("—─-").strip() if subtitle is not None else None,
                authors=authors,
                author_note=note_text,
                affiliation=affiliation,
                pull_quote=parts["box"].text if "box" in parts else None,
            )
        )
    return articles


def title_from_first_line(items: list[Item]) -> tuple[str, list[Block]]:
    """For a body no headline was matched to: its first line as the title when it reads as one; and the blocks.

    Every article has a headline; when none on the page was matched to this
    body, the likeliest one is a first line that is headline-like (no clause
    punctuation, not too wide), ends no sentence and is clearly shorter than
    the body's column (a line that fills the column is running text wrapped at
    its edge), with more lines after it. Without a title the article would be
    quarantined (``nonblank``), its text lost from the dataset. Returns the
    title ("" when there is none) and the body's blocks without it.

    >>> mk = lambda t, w: Item(0, t, t, w, True, True)
    >>> title_from_first_line([mk("以法治化建设推进工会工作", 12), mk("法律是治国之重器，法治是治国", 14), mk("理政的基本方式。", 8)])
    ('以法治化建设推进工会工作', [Block(kind='paragraph', text='法律是治国之重器，法治是治国理政的基本方式。')])
    >>> title_from_first_line([mk("法律是治国之重器，法治是治国", 14), mk("理政的基本方式。", 8)])[0]
    ''
    """
    first = items[0] if items else None
    if (
        first is None
        or len(items) < 2
        or not is_headline_like(first)
        or ends_sentence(first.text)
        or first.width > body_column(items[1:]) - TITLE_LINE_SHORTFALL
    ):
        return "", body_blocks(items)
    return join_lines([first.text]), body_blocks(items[1:])
