"""Two titled pieces of one article: the upper stops inside a sentence, the lower goes on with it.

An article set in columns is read column by column; where the extractor reads a
head between two of its columns, or takes a line above the article (the page's
name, a column label's title, another article's head set beside it) for its
title, the article stands as two titled pieces: the first stops inside a
sentence, the second opens inside a paragraph, in one measure. Untitled pieces
go on from the titled piece of their measure
(:func:`~textclean.clean.drafts.continuation_targets`); two titled ones are
joined here when one of the two titles is weaker by the test of
:func:`weaker_title`: its words fit another body of the page better than the
joined text (a head set beside the column, given to the piece under it), or no
body of the page at all (the page's name), while the other title's fit the
joined text best. The weaker title then finds a home of its own
(:mod:`~textclean.clean.assign`): an untitled body its words fit, the page's
banner (the page's first line), or the joined article's kicker.
"""

from __future__ import annotations

from textclean.clean.drafts import MEASURE_LINES, MEASURE_TOLERANCE, Draft, draft_measure
from textclean.clean.match import BigramIdf
from textclean.clean.roles import ElementKind, Item
from textclean.clean.typesetting import FULL_LINE_SLACK


def titled_joins(
    drafts: list[Draft], titles: dict[int, str], parts: list[set[ElementKind]], printed: frozenset[str] = frozenset()
) -> list[tuple[int, int, int]]:
    """Pairs of titled drafts that are two pieces of one article: ``(upper, lower, weaker)``, ``upper`` the piece
    whose text stops inside a sentence, ``lower`` the one that goes on with it, ``weaker`` the draft whose title
    yields (:func:`weaker_title`).

    A pair: two titled drafts of one measure (:data:`~textclean.clean.drafts.MEASURE_TOLERANCE`), of
    :data:`~textclean.clean.drafts.MEASURE_LINES` lines or more; the upper's last line full (it fills the measure:
    running text broken at the column's edge) and inside a sentence, the lower's first line full (no paragraph's
    indent); each the only such partner of the other on the page; no closing note on the upper, and no headline
    part but the title given to both (two bylines, two pull quotes are two articles').

    Before (pdftotext, devpages gov-1983-01): ``G 学习园地`` / ``今后五年的主要任务`` over ``适应经济建设发展的要求，…按照
    专业化协作`` (23 em), and ``关于经济体制改革`` over ``和提高经济效益的原则，…`` (23 em, its first line full): two
    articles, the first titled with the kicker; after, one, titled ``关于经济体制改革``. Not joined: a piece that
    stops inside a sentence where two titled pieces of its measure open inside a paragraph (which goes on from it
    the text does not tell), two pieces each of whose titles fits its own text.

    >>> from textclean.clean.roles import Element
    >>> def mk(w: int, n: int, text: str, first: float, last: float) -> Draft:
    ...     ws = [first] + [float(w)] * (n - 2) + [last]
    ...     return Draft([Element("body", [Item(k, text, text, x, True, True) for k, x in enumerate(ws)])])
    >>> drafts = [mk(20, 6, "改革开放以来，各项宣传", 20, 20), mk(20, 6, "经济体制改革的步伐", 20, 10), mk(12, 6, "教育文化。", 12, 5)]
    >>> titled_joins(drafts, {0: "理论周刊", 1: "关于经济体制改革", 2: "关于教育"}, [set(), set(), set()])
    [(0, 1, 0)]
    >>> titled_joins(drafts, {0: "理论周刊", 1: "关于经济体制改革", 2: "关于教育"}, [{"byline"}, {"byline"}, set()])
    []
    """
    if len(titles) < 2:
        return []
    lines = {d: drafts[d].body_lines() for d in titles}
    if not any(len(lines[d]) >= MEASURE_LINES and drafts[d].note is None and not lines[d][-1].ends for d in titles):
        return []  # (no titled piece may stop inside a sentence, as on most pages: no draft need be measured)
    measure = {d: draft_measure(items) if len(items) >= MEASURE_LINES else 0.0 for d, items in lines.items()}
    ups = [d for d in titles if measure[d] and drafts[d].note is None and _stops_inside(lines[d], measure[d])]
    downs = [d for d in titles if measure[d] and _full(lines[d][0], measure[d])]
    pairs = [
        (a, b)
        for a in ups
        for b in downs
        if a != b and abs(measure[a] - measure[b]) <= MEASURE_TOLERANCE and not (parts[a] & parts[b]) - {"title"}
    ]
    out = []
    for a, b in pairs:
        if sum(1 for p in pairs if a in p) == 1 and sum(1 for p in pairs if b in p) == 1:
            weaker = weaker_title(a, b, titles, drafts, printed)
            if weaker is not None:
                out.append((a, b, weaker))
    return out


def weaker_title(
    a: int, b: int, titles: dict[int, str], drafts: list[Draft], printed: frozenset[str] = frozenset()
) -> int | None:
    """Of drafts ``a`` and ``b``, about to be joined into one, the one whose title yields to the other's; None when
    neither yields.

    Words are weighed over the page's bodies with the two joined
    (:class:`~textclean.clean.match.BigramIdf`). A title is weak, from the weakest, when the page prints it again
    (``printed``: a section's name over several articles, a kicker's), when the joined text holds none of its words
    (the page's name, ``理论周刊``; a kicker of another article), when its words fit another body better than the
    joined text (a head set beside the column, given to the piece under it). The weaker of the two yields, when
    the two are not alike weak and one of them is.

    >>> from textclean.clean.roles import Element
    >>> drafts = [Draft([Element("body", [Item(0, t, t, 9.0, True, True)])]) for t in ("经济体制改革要", "加快，教育为本", "发展教育。")]
    >>> weaker_title(0, 1, {0: "理论周刊", 1: "关于经济体制改革"}, drafts), weaker_title(0, 1, {0: "关于教育", 1: "关于经济体制改革"}, drafts)
    (0, None)
    >>> weaker_title(0, 1, {0: "关于经济体制改革", 1: "关于经济体制改革要"}, drafts, frozenset(["关于经济体制改革"]))
    0
    """
    texts = [d.body_text() for d in drafts]
    texts[a] += texts[b]
    idf = BigramIdf([t for k, t in enumerate(texts) if k != b])
    joined = a if a < b else a - 1
    weakness = {}
    for d in (a, b):
        own = idf.coverage(titles[d], joined)
        other = max((idf.coverage(titles[d], k) for k in range(idf.n) if k != joined), default=0.0)
        weakness[d] = (titles[d].replace(" ", "") in printed, own == 0, other > own)
    if weakness[a] == weakness[b] or not any(weakness[a] + weakness[b]):
        return None
    return max((a, b), key=lambda d: weakness[d])


def _full(line: Item, measure: float) -> bool:
    """Whether a line fills the measure (running text broken at the column's edge), not wider than it."""
    return measure - FULL_LINE_SLACK <= line.width <= measure + MEASURE_TOLERANCE


def _stops_inside(items: list[Item], measure: float) -> bool:
    """Whether a piece's text stops inside a sentence at the column's edge: its last line full, no sentence's end."""
    return not items[-1].ends and _full(items[-1], measure)


#: Headline parts a repeated head may stand with: a name and the label over it (a byline or a pull quote under it
#: is an article's own).
NAME_PARTS = frozenset({"title", "column", "kicker"})


def repeated_head_pieces(
    drafts: list[Draft], titles: dict[int, str], parts: list[set[ElementKind]]
) -> list[tuple[int, int]]:
    """Titled drafts whose title repeats an earlier draft's (a kicker set over a later article, taken for a title)
    joined to the titled piece of their measure next to them: ``(repeated, piece)``, the draft of the repeated title
    (whose title yields) and that piece; the later of the two goes on from the earlier.

    A draft qualifies when a draft before it carries its title word for word (the page prints the head twice: an
    article's title, then the kicker of an article after it) and it is measured
    (:data:`~textclean.clean.drafts.MEASURE_LINES` lines or more). Its text goes on from the nearest titled draft
    before it of its measure when no part but a name stands with its title (:data:`NAME_PARTS`: the kicker was read
    above the article's next column); with none before it, the nearest titled draft after it of its measure, one
    whose head is but a name, goes on from it (the kicker stood over the opening, the title over the next column).

    Before (pdftotext, devpages gov-2003-01): ``对今年政府工作的建议`` over ``中国共产党第十六次全国代表大会，…`` (21 em),
    ``重要文献`` / ``对今年政府工作的建议`` over ``认真做好财税工作。…`` (21 em): two articles of one title; after, one,
    the second head the kicker of the article after it. Not joined: three articles printed under one report's name
    in three measures (gov-1960-01), a repeated title with a byline under it.

    >>> from textclean.clean.roles import Element
    >>> mk = lambda w, n: Draft([Element("body", [Item(k, "文字", "文字", float(w), True, True) for k in range(n)])])
    >>> drafts = [mk(21, 8), mk(14, 8), mk(21, 8), mk(14, 8)]
    >>> titles = {0: "对今年的建议", 1: "关于外交", 2: "对今年的建议", 3: "关于外交"}
    >>> repeated_head_pieces(drafts, titles, [{"title"}, {"title"}, {"column", "title"}, {"byline", "title"}])
    [(2, 0)]
    """
    bare_titles = [title.replace(" ", "") for title in titles.values()]
    if len(set(bare_titles)) == len(bare_titles):
        return []  # (no title repeats: most pages; the drafts need not be measured)
    lines = {d: drafts[d].body_lines() for d in titles}
    measure = {d: draft_measure(items) if len(items) >= MEASURE_LINES else 0.0 for d, items in lines.items()}
    out: list[tuple[int, int]] = []
    for b in sorted(titles):
        bare = titles[b].replace(" ", "")
        if not measure[b] or not any(titles[d].replace(" ", "") == bare for d in titles if d < b):
            continue
        same = [d for d in titles if d != b and measure[d] and abs(measure[d] - measure[b]) <= MEASURE_TOLERANCE]
        before = max((d for d in same if d < b), default=None)
        after = min((d for d in same if d > b), default=None)
        if before is not None and not parts[b] - NAME_PARTS:
            pair = (b, before)
        elif before is None and after is not None and not parts[after] - NAME_PARTS:
            pair = (b, after)
        else:
            continue
        if not any(set(pair) & set(p) for p in out):
            out.append(pair)
    return out
