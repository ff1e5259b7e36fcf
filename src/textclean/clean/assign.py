"""Headline material -> the article bodies it belongs to.

Every article is built around its body (one or more body elements, closed by
a note such as ``（作者单位：…）``): a :class:`~textclean.clean.drafts.Draft` (:mod:`~textclean.clean.drafts`).
Headline material (title, pull-quote box, byline, column label, kicker) is then given to drafts in three passes:

1. *structure*: parts set without a blank between them form one
   :class:`~textclean.clean.units.Unit`, as do a column label and the part after
   it, a subtitle and its title, a stray byline and the headline above it
   (:mod:`~textclean.clean.units`), labels read in a row each the next title's
   (:mod:`~textclean.clean.labelrows`); a unit holding a byline set directly above a
   body belongs to that body;
2. *content*: a pull quote set over the body that quotes it is that body's
   (:mod:`~textclean.clean.boxanchors`); the rest is matched by what it says (a title's rare bigrams
   recur in its body, a pull quote restates its body), as one best
   assignment over the page, with a small bonus for a unit set directly
   above its body or above a unit already given to it;
3. *leftovers*: a spare headline line becomes the kicker of the body it
   fits best; a page banner at the top of the page is shared by all.

Then untitled pieces go on from the titled piece of their measure
(:mod:`~textclean.clean.drafts`) or, short ones, of their words (:mod:`~textclean.clean.contentpieces`), and two titled pieces of one article are
joined under the stronger title (:mod:`~textclean.clean.titledpieces`), as are the piece headed by a repeated
title (a later article's kicker) and the titled piece of its measure next to it.
"""

from __future__ import annotations

from collections import Counter

from textclean.clean.banner import (
    counted_bodies,
    find_banner,
    label_read_second,
    spread_banner,
    spread_labels,
    top_line_of_no_body,
)
from textclean.clean.bannerlines import name_parted, stacked_labels_parted
from textclean.clean.bodynames import names_no_body
from textclean.clean.boxanchors import boxes_quoting_body_below
from textclean.clean.bylineheads import bylines_over_heads
from textclean.clean.chardata import DASHES
from textclean.clean.contentpieces import content_pieces
from textclean.clean.drafts import (
    Draft,
    body_drafts,
    continuation_targets,
    join_lone_subheads,
    merge_continuations,
    retitle_by_measure,
)
from textclean.clean.furniture import DateLineTop, named_banner
from textclean.clean.glyphlabels import glyph_labels_over_titles
from textclean.clean.headcolumn import column_before_head
from textclean.clean.labelheads import labels_over_later_titles, lines_under_labels, undashed_subtitles
from textclean.clean.labelpairs import join_label_pairs
from textclean.clean.labelrows import label_rows
from textclean.clean.lexicon import opens_as_name
from textclean.clean.match import (
    NO_FIT,
    TITLE_NGRAM,
    BigramIdf,
    best_assignment,
    containment,
    count_found,
    coverage_margin,
    ngrams,
)
from textclean.clean.readabove import Lifted, barred_pieces, column_pieces, late_titles, with_pieces
from textclean.clean.roles import Element, ElementKind
from textclean.clean.strandedtops import stranded_top
from textclean.clean.titledpieces import repeated_head_pieces, titled_joins
from textclean.clean.units import Unit, head_units, join_kickers, spaced_page, units_by_start
from textclean.clean.wordlabels import labels_over_wider_heads, labels_under_top, word_labels

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


def assign_headlines(
    elements: list[Element], dated: DateLineTop | None = None, dated_page: bool = False
) -> tuple[list[Draft], list[Unit], Element | None]:
    """The page's drafts, its headline units each given to a draft (:attr:`Unit.draft`), and its banner.

    A page without a body (nothing reads as running text) is one draft of all
    its lines but the banner. ``dated``: what the (dropped) date line at the page's top says of the banner
    (:func:`~textclean.clean.furniture.date_line_top`): the line of the page's name, or ``unnamed`` (the page
    opens with the date line: its top headline is an article's, though a letter-spaced one below is taken). A
    name read beside the date line is the banner before any letter-spaced line below it. ``dated_page``: the page
    prints a date line somewhere (a page so headed has a name: its only letter-spaced label, read late, is it).
    """
    elements = stacked_labels_parted(name_parted(elements, dated))
    named = named_banner(elements, dated)
    spread = named if named is not None and named is not elements[0] else None  # (a name read below the top)
    if named is None:
        spread = spread_banner(elements, dated_page) or label_read_second(elements)
    if spread is not None:
        elements = [e for e in elements if e is not spread]  # (page furniture: it heads no article)
    elements = spread_labels(elements, spaced_page(elements))
    elements = lines_under_labels(word_labels(elements))
    elements = glyph_labels_over_titles(column_before_head(elements))  # (``●环球财经●`` over a title: glyphlabels.py)
    drafts, where = join_lone_subheads(*body_drafts(elements))
    idf = BigramIdf([d.body_text() for d in drafts])
    spaced = spaced_page(elements)
    units = labels_over_later_titles(join_kickers(join_label_pairs(head_units(elements, where)), idf, spaced), elements)
    units = bylines_over_heads(label_rows(units), elements)
    top = next((u.elements for u in units if u.start == 0), None)
    n_titles = sum(1 for u in units if "title" in u.kinds()) - labels_under_top(units)
    n_bodies = counted_bodies(elements, units, where, len(drafts), idf)
    below = next((u.elements for u in units if u.start == 1), None)
    may = dated != "unnamed"  # (a page opening with its whole date line prints no name over it)
    banner = (
        spread
        or named_banner(elements, dated)
        or (find_banner(elements, top, n_titles, n_bodies, spaced, below) if may else None)
        or (top_line_of_no_body(elements, top, idf) if may else None)
    )
    if banner is not None and spread is None:
        units = [u for u in units if u.start != 0] + [
            Unit(u.elements[1:], 1, u.end) for u in units if u.start == 0 and len(u.elements) > 1
        ]  # (the banner out of its unit: what was set tight under it stays)
        units.sort(key=lambda u: u.start)
    units = labels_over_wider_heads(units, banner is None)  # (after the banner: a top line that is none)
    if not drafts:
        loose = [it for e in elements if e is not banner for it in e.items]
        return ([Draft([Element("body", loose)])] if loose else []), [], banner
    _assign_by_structure(units, where)
    _assign_trailing_bylines(units, elements, drafts, where)
    names = names_beside_titles(units, idf)
    pieces = column_pieces(elements, where)  # (a column read under a later story's title: not by position)
    _assign_by_content(units, drafts, where, idf, names, (set(pieces), late_titles(elements, where, set(pieces))))
    undashed_subtitles(units, idf)
    _assign_leftovers(units, drafts, where)
    _kicker_above_title(units, names)
    drafts = _join_continuations(drafts, units, idf, pieces)
    drafts = _join_repeated_heads(drafts, units)
    drafts, banner = _join_titled_pieces(drafts, units, banner, elements)
    return drafts, [u for u in units if u.elements], banner


def _join_continuations(drafts: list[Draft], units: list[Unit], idf: BigramIdf, pieces: dict[int, int]) -> list[Draft]:
    """Pass 4: untitled drafts set in the measure of one titled draft go on from it
    (:func:`~textclean.clean.drafts.continuation_targets`), short ones the titled draft whose body holds their rare
    words (:func:`~textclean.clean.contentpieces.content_pieces`); their units go with them."""
    titles = {u.draft: t.text for u in units if u.draft is not None and (t := u.get("title")) is not None}
    headed = frozenset(u.draft for u in units if u.draft is not None and u.kinds() - {"box"})  # (a pull quote aside)
    for src, dst in retitle_by_measure(drafts, titles, idf, headed).items():
        for u in units:
            u.draft = dst if u.draft == src else u.draft
    titled = {u.draft for u in units if u.draft is not None and u.get("title") is not None}
    parts = [_taken(units, d) for d in range(len(drafts))]
    targets = continuation_targets(drafts, titled, parts)
    targets |= content_pieces(drafts, titled, targets, idf, parts)
    free = {k: h for k, h in pieces.items() if k not in titled and not parts[k] and drafts[k].note is None}
    targets = with_pieces(targets, free)  # (an untitled column read under a later title: its story's)
    if not targets:
        return drafts
    drafts, moved = merge_continuations(drafts, targets)
    for u in units:
        if u.draft is not None:
            u.draft = moved[u.draft]
    return drafts


def _join_repeated_heads(drafts: list[Draft], units: list[Unit]) -> list[Draft]:
    """Pass 4b: a titled draft whose title repeats an earlier draft's and the titled piece of its measure next to
    it are one article (:func:`~textclean.clean.titledpieces.repeated_head_pieces`); the repeated title is a
    kicker: the joined article's, where it names another article, else (said again) the next titled article's, if
    that has no label or kicker.

    Before (pdftotext, devpages cpc-18-06): ``全面提高党的建设科学化水平`` over its opening (22 em), and
    ``学习笔记`` / ``全面提高党的建设科学化水平`` over ``全党必须牢记，…`` (22 em); after, one article, the second head
    (label and kicker) over the next article, ``深化干部人事制度改革，…``.
    """
    titles = {u.draft: t.text for u in units if u.draft is not None and (t := u.get("title")) is not None}
    joins = repeated_head_pieces(drafts, titles, [_taken(units, d) for d in range(len(drafts))])
    if not joins:
        return drafts
    weak = dict(joins)  # (the draft of the repeated title -> its piece; the lower of the two goes on from the upper)
    heads = {w: (u, t) for u in units if (w := u.draft) in weak and (t := u.get("title")) is not None}
    lowers = {max(pair) for pair in joins}
    nexts = {w: min((d for d in titles if d > w and d not in lowers), default=None) for w in weak}
    drafts, moved = merge_continuations(drafts, {max(pair): min(pair) for pair in joins})
    for u in units:
        u.draft = moved[u.draft] if u.draft is not None else None
    for w, (u, title) in heads.items():
        n = nexts[w]
        said = _bare(titles[w]) == _bare(titles[weak[w]])
        if said and n is not None and not _taken(units, moved[n]) & {"column", "kicker"}:
            u.draft = moved[n]
        elif said or (u.draft is not None and "kicker" in _taken(units, u.draft)):
            u.elements.remove(title)
            continue
        u.elements[u.elements.index(title)] = Element("kicker", title.items, title.text)
    return drafts


def _join_titled_pieces(
    drafts: list[Draft], units: list[Unit], banner: Element | None, elements: list[Element]
) -> tuple[list[Draft], Element | None]:
    """Pass 5: two titled pieces of one article are joined (:func:`~textclean.clean.titledpieces.titled_joins`);
    the weaker title finds its home (:func:`_home_of_weaker`). Returns the drafts and the page's banner.

    Before (pdftotext, devpages gov-2014-02): ``学习园地`` (the page's name) with the pull quote under it titled
    the article's first column, ``增强内需拉动经济的主引擎作用`` its second; after, one article, the page's name its
    banner. Before (gov-2013-02): the head of the article beside it (``G 学习园地`` / ``对今年政府工作的建议`` /
    ``以更大的政治勇气和智慧，…``) titled the second column of ``强化农业农村发展基础…``, its own body untitled; after,
    it heads that body.
    """
    titles = {u.draft: t.text for u in units if u.draft is not None and (t := u.get("title")) is not None}
    heads = Counter(_bare(e.text) for e in elements if e.kind in ("title", "kicker"))
    printed = frozenset(t for t, n in heads.items() if n > 1)  # (a section's name: the page prints it again)
    joins = titled_joins(drafts, titles, [_taken(units, d) for d in range(len(drafts))], printed)
    if not joins:
        return drafts, banner
    drafts, moved = merge_continuations(drafts, {b: a for a, b, _ in joins})
    weak = {w for _, _, w in joins}
    losers = [(u, t) for u in units if u.draft in weak and (t := u.get("title")) is not None]
    for u in units:
        u.draft = moved[u.draft] if u.draft is not None else None
    idf = BigramIdf([d.body_text() for d in drafts])
    titled = {u.draft for u in units if u.get("title") is not None and all(u is not v for v, _ in losers)}
    untitled = [d for d in range(len(drafts)) if d not in titled]
    for u, title in losers:
        top = title is elements[0] and banner is None and _bare(title.text) not in printed
        home = _home_of_weaker(u, title, units, untitled, idf, top)
        if home == "banner":
            banner = title
    return drafts, banner


def _home_of_weaker(u: Unit, title: Element, units: list[Unit], untitled: list[int], idf: BigramIdf, top: bool) -> str:
    """Give the title that yielded (in unit ``u``, now of the joined draft) a home; return which: ``"body"``, an
    untitled draft its words fit better than the joined text (the head of the article beside, unit and all; taken
    from ``untitled``); ``"said"``, dropped where the joined article's headline holds its text already (a kicker
    the page prints again, a subtitle); ``"banner"``, when it is the page's first line (``top``: on a page with no
    banner, printed once); else ``"kicker"``, the joined article's.
    """
    home = max(untitled, key=lambda d: (idf.coverage(title.text, d), -d), default=None)
    if home is not None and u.draft is not None and idf.coverage(title.text, home) > idf.coverage(title.text, u.draft):
        u.draft = home
        untitled.remove(home)
        return "body"
    said = {_bare(e.text).lstrip(DASHES) for v in units if v.draft == u.draft for e in v.elements if e is not title}
    if top or _bare(title.text) in said:
        u.elements.remove(title)
        return "banner" if top else "said"
    u.elements[u.elements.index(title)] = Element("kicker", title.items, title.text)
    return "kicker"


def _bare(text: str) -> str:
    return text.replace(" ", "")


def _assign_by_structure(units: list[Unit], where: dict[int, int]) -> None:
    """Pass 1: a unit holding a byline set directly above a body belongs to that body."""
    for u in units:
        if (u.end + 1) in where and "byline" in u.kinds():
            u.draft = where[u.end + 1]


def _assign_trailing_bylines(
    units: list[Unit], elements: list[Element], drafts: list[Draft], where: dict[int, int]
) -> None:
    """Pass 1b: a byline standing alone right after a body (or its closing note) is that body's.

    Extractors move a byline printed at the end of an article, or beside its last lines, after the body; without
    this it went to whichever article scored no worse, the page's first.

    Before: ``body A ∅ 范翊欣 段玲岚 ∅ (end of page)`` gave the names to the page's first article; after, to A.
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


def _position_bonus(
    u: Unit, d: int, units: list[Unit], where: dict[int, int], below: dict[int, Unit] | None = None
) -> float:
    """Bonus for a unit set directly above body ``d``, or above a unit already given to ``d``, or, a title, over
    a title set directly above ``d`` (:func:`_leads_to`): of two titles stacked over a body, the lower is no nearer
    to it in reading (an extractor reads a headline set beside another before or after it), so the words choose
    between them. Before (pdfminer): ``深入实施创新驱动发展战略，…`` / ``大力抓好农业生产 促进乡村全面振兴`` / the
    first body: the lower title took the body by position; after, each goes to the body its words name.
    ``below``: the units by the element they start at (:func:`~textclean.clean.units.units_by_start`), when a
    page's units are weighed against every draft."""
    nxt = u.end + 1
    if where.get(nxt) == d:
        return ADJACENCY_BONUS
    # the unit right below (units start at distinct elements)
    follower = below.get(nxt) if below is not None else next((f for f in units if f.start == nxt), None)
    if follower is None:
        return 0.0
    if follower.draft == d:
        return CHAIN_BONUS
    stacked = "title" in u.kinds() and "title" in follower.kinds() and _leads_to(follower, d, units, where)
    return ADJACENCY_BONUS if stacked and follower.draft is None else 0.0


def _leads_to(u: Unit, d: int, units: list[Unit], where: dict[int, int]) -> bool:
    """Whether unit ``u`` is set directly above body ``d``, or above a unit without a title or box already given to
    ``d`` (a byline set over the body, :func:`_assign_by_structure`; a box placed by the quote the body below it
    restates, :func:`~textclean.clean.boxanchors.boxes_quoting_body_below`, marks only the title right above it).

    A title over such a byline is as far from the body as one over the body, and the title stacked above it no
    farther (:func:`_position_bonus`). Before (pdfminer, devpages gov-1957-01): ``关于社会主义建设`` /
    ``1957年政府工作报告摘编`` ``关于教育改革问题`` / byline / body of the construction article: only the lower
    title had the byline's body in reach, and took it (the three titles of the page went round one body each);
    after, both titles stacked over the byline are as near, the words choose.

    >>> from textclean.clean.roles import Item
    >>> def unit(kind: ElementKind, at: int, draft: int | None = None) -> Unit:
    ...     v = Unit([Element(kind, [Item(at, "甲", "甲", 1.0, True, True)], "甲")], at, at)
    ...     v.draft = draft
    ...     return v
    >>> title, byline = unit("title", 0), unit("byline", 1, draft=0)
    >>> _leads_to(title, 0, [title, byline], {2: 0}), _leads_to(title, 1, [title, byline], {2: 0})
    (True, False)
    >>> _leads_to(title, 0, [title, unit("title", 1, draft=0)], {2: 0})  # not a title (one is the body's own)
    False
    """
    nxt = u.end + 1
    if nxt in where:
        return where[nxt] == d
    return any(v.start == nxt and v.draft == d and not v.kinds() & {"title", "box"} for v in units)


def _unit_score(u: Unit, d: int, drafts: list[Draft], idf: BigramIdf) -> float:
    """How well unit ``u`` fits draft ``d`` by what it says: title words in the body, pull quote restated."""
    score = 0.0
    title = u.get("title")
    if title is not None:
        score += idf.coverage(title.text, d)
    box = u.get("box")
    if box is not None:
        score += containment(box.text, drafts[d].body_text())
    return score


def _assign_by_content(
    units: list[Unit], drafts: list[Draft], where: dict[int, int], idf: BigramIdf, names: set[int], lifted: Lifted
) -> None:
    """Pass 2: titles to drafts without one, then pull quotes to drafts without one (``idf``: over the drafts'
    bodies); a report's name read beside a title (``names``: the ids of its units, :func:`names_beside_titles`)
    titles none."""
    boxes_quoting_body_below(units, drafts, where, idf)
    below = units_by_start(units)
    for kind in ("title", "box"):
        taken = [_taken(units, d) for d in range(len(drafts))]  # (no unit is given a draft until all are scored)
        cand = [u for u in units if u.draft is None and kind in u.kinds()]
        open_drafts = [d for d in range(len(drafts)) if kind not in taken[d]]
        if not cand or not open_drafts:
            continue
        scores = []
        for u in cand:
            if kind == "title" and id(u) in names:
                scores.append([NO_FIT] * len(open_drafts))  # (a report's name: a leftover, a kicker)
                continue
            row, kinds, box = [], u.kinds(), u.get("box")
            words = {d: _unit_score(u, d, drafts, idf) for d in open_drafts}
            lift = barred_pieces(words, *lifted, u.elements) if kind == "title" else lifted[0]
            seen = {k: d for k, d in where.items() if d not in lift}  # (a piece is not read under its head)
            for d, sc in words.items():
                if kinds & taken[d] or (kind == "title" and d in lift and sc <= 0):  # (a piece: by words only)
                    row.append(NO_FIT)
                    continue
                sc += _position_bonus(u, d, units, seen, below)
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


def names_beside_titles(units: list[Unit], idf: BigramIdf) -> set[int]:
    """The ids of the units that are a report's or a series' name read beside a title: one title line alone that
    opens as a name (:func:`~textclean.clean.lexicon.opens_as_name`: a date or a word and ``的``), names no body
    of the page (:func:`~textclean.clean.bodynames.names_no_body`), and is read right above or below a unit with a
    title that names its body more clearly. Such a line is a kicker (of the article beside, or of the page), not
    a title: given a body of its own by content, it titled a piece of another article (it is left to
    :func:`_assign_leftovers`, a kicker).

    pdftotext reads a head set beside another in one stream with it, so a kicker stands apart from the title it
    heads. Before (pdftotext, devpages cpc-16-05): ``党的十六大报告摘编`` (the page's top line) / ``千方百计扩大就业
    不断改善人民生活``: the name titled the second column of that article (with its pull quote), two articles;
    after, the name is its kicker, the two columns one article. Not so: a title that opens as a clause
    (``关于外交工作``, vague as report excerpts' titles are, beside a title that names its body), a name with no title
    read beside it.

    >>> from textclean.clean.roles import Item
    >>> def unit(t: str, at: int) -> Unit:
    ...     return Unit([Element("title", [Item(at, t, t, float(len(t)), True, True)], t)], at, at)
    >>> idf = BigramIdf(["扩大就业是民生之本，党的十六大提出", "发展民主政治，党的十六大提出"])
    >>> top, title = unit("党的十六大报告摘编", 0), unit("千方百计扩大就业", 1)
    >>> names_beside_titles([top, title], idf) == {id(top)}
    True
    >>> names_beside_titles([unit("关于外交工作", 0), title], idf), names_beside_titles([top], idf)
    (set(), set())
    """
    out: set[int] = set()
    for u in units:
        title = u.get("title")
        if title is None or u.kinds() != {"title"} or not opens_as_name(title.text):
            continue
        if not names_no_body(idf, title.text):
            continue
        margin = coverage_margin(idf, title.text)
        beside = [t for v in units if (v.start == u.end + 1 or v.end + 1 == u.start) and (t := v.get("title"))]
        if any(coverage_margin(idf, t.text) > margin for t in beside):
            out.add(id(u))
    return out


def _bigram_overlap(a: str, b: str) -> float:
    ga = ngrams(a, TITLE_NGRAM)
    return count_found(ga, b) / len(ga) if ga else 0.0


def _assign_leftovers(units: list[Unit], drafts: list[Draft], where: dict[int, int]) -> None:
    """Pass 3: each unit left over goes, whole, to the draft it fits best; its titles become kickers.

    Fit: its words in the draft's body and title, its position above material of that draft, less a penalty where
    the draft already has a column label or kicker.
    """
    below = units_by_start(units)
    for u in units:
        if u.draft is not None or not drafts:
            continue
        texts = " ".join([e.text for e in u.elements if e.kind in ("title", "column", "box")])
        scores = []
        for d, draft in enumerate(drafts):
            title = next((e.text for v in units if v.draft == d for e in v.elements if e.kind == "title"), "")
            sc = _bigram_overlap(texts, draft.body_text()) + TITLE_OVERLAP_WEIGHT * _bigram_overlap(texts, title)
            sc += _position_bonus(u, d, units, where, below)
            taken = _taken(units, d)
            if taken & {"column", "kicker"} and u.kinds() & {"column", "title"}:
                sc -= KICKER_COLUMN_PENALTY
            if "byline" in u.kinds() and "byline" in taken:
                sc -= KICKER_COLUMN_PENALTY
            if u.kinds() & taken - {"title"} or ("title" in u.kinds() and "kicker" in taken):
                sc -= OCCUPIED_PENALTY
            scores.append(sc)
        u.draft = max(range(len(drafts)), key=lambda k: (scores[k], -k))
        if stranded_top(u, units, where, u.draft, len(drafts[u.draft].body_text())):
            u.draft = None  # (the page's top line, its words naming a brief far below: strandedtops.py)
            continue
        for i, el in enumerate(u.elements):
            if el.kind == "title":
                u.elements[i] = Element("kicker", el.items, el.text)


def _kicker_above_title(units: list[Unit], names: set[int]) -> None:
    """A kicker is set above its title: when the content pass made the upper of two consecutive headline units of
    one article the title, swap the two roles; but for a report's name read beside a title (``names``:
    :func:`names_beside_titles`), a kicker wherever it was read."""
    for u in units:
        kick = u.get("kicker")
        if kick is None or id(u) in names:
            continue
        above = next((v for v in units if v.end + 1 == u.start and v.draft == u.draft and v.get("title")), None)
        if above is None:
            continue
        t = above.get("title")
        assert t is not None
        above.elements[above.elements.index(t)] = Element("kicker", t.items, t.text)
        u.elements[u.elements.index(kick)] = Element("title", kick.items, kick.text)
