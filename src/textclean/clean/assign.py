"""Headline material -> the article bodies it belongs to.

Every article is built around its body (one or more body elements, closed by
a note such as ``（作者单位：…）``): a :class:`~textclean.clean.drafts.Draft`
(:mod:`~textclean.clean.drafts`). Headline material
(title, pull-quote box, byline, column label, kicker) is then given to drafts
in three passes:

1. *structure*: parts set without a blank between them form one :class:`Unit`,
   as do a column label and the part after it, a subtitle and its title, a
   stray byline and the headline above it; a unit holding a byline set
   directly above a body belongs to that body;
2. *content*: the rest is matched by what it says (a title's rare bigrams
   recur in its body, a pull quote restates its body), as one best
   assignment over the page, with a small bonus for a unit set directly
   above its body or above a unit already given to it;
3. *leftovers*: a spare headline line becomes the kicker of the body it
   fits best; a page banner at the top of the page is shared by all.
"""

from __future__ import annotations

from dataclasses import dataclass

from textclean.clean.banner import find_banner, spread_banner
from textclean.clean.chardata import has_halves_space
from textclean.clean.drafts import (
    Draft,
    body_drafts,
    continuation_targets,
    join_lone_subheads,
    merge_continuations,
    retitle_by_measure,
)
from textclean.clean.lexicon import opens_with_date
from textclean.clean.match import NO_FIT, TITLE_NGRAM, BigramIdf, best_assignment, containment, count_found, ngrams
from textclean.clean.roles import Element, ElementKind

#: Bonus for headline material set directly above a body (it usually belongs there): another body must
#: hold half of its weighted words more to take it (report excerpts on one page share their vocabulary).
ADJACENCY_BONUS = 0.5
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
#: Each half of a two-part headline spans at most this many lines: one, or two when the half is wider than
#: the headline's measure and wraps (PyMuPDF: ``一定要抓革命促生产`` / ``把国民经济搞上`` / ``去``). On the
#: devpages 34 of PyMuPDF's titles span three lines or more, two of them read right with one line a half.
MAX_HALF_LINES = 2


@dataclass
class Unit:
    """Headline elements set together (no blank line between them), given to one draft."""

    elements: list[Element]
    start: int  # index of the first element in the page's element list
    end: int  # index of the last element
    draft: int | None = None

    def kinds(self) -> set[ElementKind]:
        return {e.kind for e in self.elements}

    def get(self, kind: ElementKind) -> Element | None:
        """The unit's first element of ``kind``, or None (a loop: a unit holds a handful)."""
        for e in self.elements:
            if e.kind == kind:
                return e
        return None


def assign_headlines(elements: list[Element]) -> tuple[list[Draft], list[Unit], Element | None]:
    """The page's drafts, its headline units each given to a draft (:attr:`Unit.draft`), and its banner.

    A page without a body (nothing reads as running text) is one draft of all
    its lines but the banner.
    """
    spread = spread_banner(elements)
    if spread is not None:
        elements = [e for e in elements if e is not spread]  # (page furniture: it heads no article)
    drafts, where = join_lone_subheads(*body_drafts(elements))
    idf = BigramIdf([d.body_text() for d in drafts])
    spaced = _spaced(elements)
    units = _join_kickers(_units(elements, where), idf, spaced)
    top = next((u.elements for u in units if u.start == 0), None)
    n_titles = sum(1 for u in units if "title" in u.kinds())
    banner = spread or find_banner(elements, top, n_titles, len(drafts), spaced)
    if banner is not None and spread is None:
        units = [u for u in units if u.start != 0] + [
            Unit(u.elements[1:], 1, u.end) for u in units if u.start == 0 and len(u.elements) > 1
        ]  # (the banner out of its unit: what was set tight under it stays)
        units.sort(key=lambda u: u.start)
    if not drafts:
        loose = [it for e in elements if e is not banner for it in e.items]
        return ([Draft([Element("body", loose)])] if loose else []), [], banner
    _assign_by_structure(units, where)
    _assign_trailing_bylines(units, elements, drafts, where)
    _assign_by_content(units, drafts, where, idf)
    _assign_leftovers(units, drafts, where)
    _kicker_above_title(units)
    return _join_continuations(drafts, units, idf), units, banner


def _join_continuations(drafts: list[Draft], units: list[Unit], idf: BigramIdf) -> list[Draft]:
    """Pass 4: untitled drafts set in the measure of one titled draft go on from it
    (:func:`~textclean.clean.drafts.continuation_targets`); their units go with them."""
    titles = {u.draft: t.text for u in units if u.draft is not None and (t := u.get("title")) is not None}
    headed = frozenset(u.draft for u in units if u.draft is not None and u.kinds() - {"box"})  # (a pull quote aside)
    for src, dst in retitle_by_measure(drafts, titles, idf, headed).items():
        for u in units:
            u.draft = dst if u.draft == src else u.draft
    titled = {u.draft for u in units if u.draft is not None and u.get("title") is not None}
    targets = continuation_targets(drafts, titled, [_taken(units, d) for d in range(len(drafts))])
    if not targets:
        return drafts
    drafts, moved = merge_continuations(drafts, targets)
    for u in units:
        if u.draft is not None:
            u.draft = moved[u.draft]
    return drafts


def _units(elements: list[Element], where: dict[int, int]) -> list[Unit]:
    """Headline elements grouped into units that belong to one article.

    Bonded: elements set without a blank line between them, but a column label
    never to what is above it; a column label and what follows it; a subtitle and the title above it; a byline that is
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
            and el.kind != "column"  # a column label opens a head stack: it bonds with what follows it
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


def _join_kickers(units: list[Unit], idf: BigramIdf, spaced: bool = False) -> list[Unit]:
    """A headline line set right above a title is that title's kicker when it names no one body.

    One headline line (alone, not the page's top line, or under a column
    label) over a unit that opens with a title is either kicker and title or
    two articles' titles stacked. A kicker is a slogan several articles share,
    a title names what its own body says: the upper line is the kicker, and
    the two units one, when it fits its best body by less than
    :data:`KICKER_MARGIN` more than the next best (:func:`_coverage_margin`),
    however vague the title under it: report excerpts share their words, so a
    title may name its body less clearly than a kicker does (``2005年政府工作报告摘编``
    over ``进一步加强“三农”工作``: margins 0.20 and 0.13). On a page whose lines are set
    apart (``spaced``), a line set tight over the title is part of it, however vague
    (:func:`_set_tight_on_spaced_page`).

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
        stacked = prev is not None and _kicker_shaped(prev) and prev.end + 1 == u.start  # (one line right above u)
        if stacked and prev is not None and _set_tight_on_spaced_page(prev, u, spaced):
            _join_halves(prev, u)
        elif (
            stacked
            and prev is not None
            and u.elements[0].kind == "title"
            and _names_no_body(_coverage_margin(idf, prev.elements[-1].text))
        ):
            line = prev.elements[-1]
            prev.elements[-1] = Element("kicker", line.items, line.text)
            prev.elements += u.elements
            prev.end = u.end
        elif stacked and prev is not None and _halves_of_one_title(prev, u, idf):
            _join_halves(prev, u)
        elif prev is not None and not spaced and _top_halves(prev, u, idf):
            _join_halves(prev, u)
        else:
            out.append(u)
    return out


def _top_halves(upper: Unit, lower: Unit, idf: BigramIdf) -> bool:
    """The page's top line, alone, over a title set tight under it: the two halves of one headline when both
    name the same body (:func:`_halves_of_one_title`; the caller asks it only on a page without blank lines,
    PyMuPDF's: where blank lines part blocks, a top line set tight over a title is the banner,
    :func:`~textclean.clean.banner._tight_over_title`).

    Before: ``强化农业农村发展基础`` / ``推动城乡发展一体化`` at the top of the page, over the body that speaks
    of both; the page holding one headline more than bodies, the upper half became the page's banner and the
    title lost it. After: one title ``强化农业农村发展基础 推动城乡发展一体化``. Not joined: a banner over a
    title (``理论周刊`` names no body), a line below the page's top (:func:`_join_kickers` pairs those).
    """
    return (
        upper.start == 0
        and lower.start == 1
        and [e.kind for e in upper.elements] == ["title"]
        and _halves_of_one_title(upper, lower, idf, max_lines=1)
    )


def _join_halves(upper: Unit, lower: Unit) -> None:
    """Make the headline line of ``upper`` and the title opening ``lower`` one title, in ``upper``: with a space
    between two halves, none where the upper line already holds both halves' space (it wrapped inside the second).
    """
    top, title = upper.elements[-1], lower.elements[0]
    sep = "" if has_halves_space(top.text) else " "
    upper.elements[-1] = Element("title", [*top.items, *title.items], f"{top.text}{sep}{title.text}")
    upper.elements += lower.elements[1:]
    upper.end = lower.end


def _spaced(elements: list[Element]) -> bool:
    """Whether the page sets its printed lines apart: a blank line before any line but its first (PyMuPDF prints
    none; pdfminer one after every line, pdftotext one after each block)."""
    lines = [it for e in elements for it in e.items]
    return any(it.gap_before for it in lines[1:])


def _set_tight_on_spaced_page(upper: Unit, lower: Unit, spaced: bool) -> bool:
    """Whether the headline line of ``upper`` and the one-line title opening ``lower``, set tight on a page whose
    lines are set apart (``spaced``: blank lines between them), are one headline: its two halves, or its two lines.

    pdfminer and pdftotext print a headline's lines tight (all 224 wrapped headlines on the devpages) and a
    blank line between a kicker and its title, so there the words need not tell a vague upper half
    (``一定要抓革命促生产`` / ``把国民经济搞上去``) from a kicker. Before: ``聚焦重点领域和关键环节深化改革``
    set tight over ``更大激发市场活力和社会创造力`` became kicker and title (the upper half names no body in
    particular); after, one title with a space between its halves. Not joined: the same lines with a blank
    between them, on a page with no blank line (PyMuPDF: :func:`_halves_of_one_title` decides there), or an
    upper line that opens with a date or a count (:func:`~textclean.clean.lexicon.opens_with_date`:
    ``2008年主要任务``, a label; on a page set at tight leading pdfminer reads a kicker in one block with its title).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t, gb: Unit([Element("title", [Item(0, t, t, float(len(t)), gb, True)], t)], 0, 0)
    >>> upper, lower = mk("聚焦重点领域和关键环节深化改革", True), mk("更大激发市场活力和社会创造力", False)
    >>> _set_tight_on_spaced_page(upper, lower, True), _set_tight_on_spaced_page(upper, lower, False)
    (True, False)
    >>> _set_tight_on_spaced_page(upper, mk("更大激发市场活力和社会创造力", True), True)
    False
    >>> _set_tight_on_spaced_page(mk("2008年主要任务", True), lower, True)
    False
    """
    top, title = upper.elements[-1], lower.elements[0]
    return (
        spaced
        and top.kind == title.kind == "title"
        and len(top.items) == len(title.items) == 1
        and not title.items[0].gap_before
        and not has_halves_space(title.text)
        and not opens_with_date(top.text)
    )


def _halves_of_one_title(upper: Unit, lower: Unit, idf: BigramIdf, max_lines: int = MAX_HALF_LINES) -> bool:
    """Whether the headline line of ``upper`` and the title opening ``lower`` are the two halves of one
    headline: each at most ``max_lines`` lines (a half wider than the headline's measure wraps), the lower
    set tight under the upper (across a blank line, pdfminer and pdftotext part two heads), neither already
    two halves, the upper not opening with a date or a count (:func:`~textclean.clean.lexicon.opens_with_date`:
    a label's way, a kicker's), and both name the same body of the page's bodies (a kicker names none,
    :func:`_names_no_body`; two articles' titles name two).

    Before: ``title 适时适度调控`` over ``title 促进经济平稳快速发展`` (PyMuPDF gives a headline's
    halves set side by side as two lines), both naming the body that speaks of 调控 and 平稳快速发展;
    after, one title ``适时适度调控 促进经济平稳快速发展``. So too with a wrapped lower half:
    ``决胜全面建成小康社会`` / ``开启全面建设社会主义现代化`` / ``国家新征程`` (before: kicker and title).
    Not joined: a slogan over a title (it names no body), a label over a title (``过去五年工作回顾``, opening
    with a time word), or two titles that name two bodies.
    """
    top, title = upper.elements[-1], lower.elements[0]
    if title.kind != "title" or title.items[0].gap_before:
        return False  # (set tight, as PyMuPDF gives a headline's halves set side by side)
    if len(top.items) > max_lines or len(title.items) > max_lines:
        return False
    if idf.n < 2 or has_halves_space(top.text) or has_halves_space(title.text):
        return False  # (with one body, every line names it: nothing tells halves from kicker and title)
    if _names_no_body(_coverage_margin(idf, top.text)) or _coverage_margin(idf, title.text) <= 0:
        return False
    if opens_with_date(top.text):
        return False  # (a label dated or counted: the report or section a page excerpts, a kicker)
    return _best_body(idf, top.text) == _best_body(idf, title.text)


def _best_body(idf: BigramIdf, text: str) -> int:
    """The body ``text``'s words fit best (the first of equals)."""
    return max(range(idf.n), key=lambda d: (idf.coverage(text, d), -d))


def _names_no_body(margin: float) -> bool:
    """Whether a headline line of coverage margin ``margin`` tells the bodies apart by less than
    :data:`KICKER_MARGIN` (margins are exact: :meth:`~textclean.clean.match.BigramIdf.coverage`, so
    the answer is the same on every run). Asking also that the title under it name its body more
    clearly (the rule before) kept 2005年政府工作报告摘编 and the like as titles: on the devpages,
    without it, column/kicker rose 0.646 / 0.673 / 0.716 -> 0.660 / 0.688 / 0.732.

    >>> _names_no_body(0.0), _names_no_body(0.2), _names_no_body(0.4)
    (True, True, False)
    """
    return margin < KICKER_MARGIN


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


def _assign_trailing_bylines(
    units: list[Unit], elements: list[Element], drafts: list[Draft], where: dict[int, int]
) -> None:
    """Pass 1b: a byline standing alone right after a body (or its closing note) is that body's.

    Extractors move a byline printed at the end of an article, or beside its
    last lines, after the body; without this it went to whichever article
    scored no worse, the page's first.

    Before: ``body A ∅ 范翊欣 段玲岚 ∅ (end of page)`` gave the names to the
    page's first article; after, to A.
    """
    notes = {id(d.note): k for k, d in enumerate(drafts) if d.note is not None}
    for u in units:
        if u.draft is not None or u.kinds() != {"byline"} or u.start == 0:
            continue
        above = elements[u.start - 1]
        d = where.get(u.start - 1) if above.kind == "body" else notes.get(id(above))
        if d is not None and "byline" not in _taken(units, d):
            u.draft = d


def _taken(units: list[Unit], draft: int) -> set[ElementKind]:
    kinds: set[ElementKind] = set()
    for u in units:
        if u.draft == draft:
            kinds |= u.kinds()
    return kinds


def _position_bonus(u: Unit, d: int, units: list[Unit], where: dict[int, int]) -> float:
    """Bonus for a unit set directly above body ``d``, or above a unit already given to ``d``, or, a title, over
    the title set directly above ``d``: of two titles stacked over a body, the lower is no nearer to it in reading
    (an extractor reads a headline set beside another before or after it), so the words choose between them.
    Before (pdfminer): ``深入实施创新驱动发展战略，…`` / ``大力抓好农业生产 促进乡村全面振兴`` / the first body:
    the lower title took the body by position; after, each goes to the body its words name."""
    nxt = u.end + 1
    if where.get(nxt) == d:
        return ADJACENCY_BONUS
    for follower in units:
        if follower.start == nxt:  # the unit right below (units start at distinct elements)
            if follower.draft == d:
                return CHAIN_BONUS
            stacked = "title" in u.kinds() and "title" in follower.kinds() and where.get(follower.end + 1) == d
            return ADJACENCY_BONUS if stacked and follower.draft is None else 0.0
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
        taken = [_taken(units, d) for d in range(len(drafts))]  # (no unit is given a draft until all are scored)
        cand = [u for u in units if u.draft is None and kind in u.kinds()]
        open_drafts = [d for d in range(len(drafts)) if kind not in taken[d]]
        if not cand or not open_drafts:
            continue
        scores = []
        for u in cand:
            row = []
            kinds, box = u.kinds(), u.get("box")
            for d in open_drafts:
                if kinds & taken[d]:
                    row.append(NO_FIT)
                    continue
                sc = _unit_score(u, d, drafts, idf, units, where)
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
