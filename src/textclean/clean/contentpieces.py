"""Short untitled pieces -> the titled draft whose body shares their rare words.

An untitled draft that :func:`~textclean.clean.drafts.continuation_targets` left alone (its measure, or its widest
line, is no titled draft's: the extractor read its few lines a little off, or beside a box) still says what its
article says: the words rare on the page that it holds stand in one body and hardly in another
(:class:`~textclean.clean.match.BigramIdf`). A short piece goes on from that body (:func:`content_pieces`), but
not a paragraph's opening under a headline part of its own (another article's), nor a piece that restates the
body (a headline or a pull quote read as running text).
"""

from __future__ import annotations

from textclean.clean.drafts import Draft
from textclean.clean.match import BigramIdf, containment
from textclean.clean.roles import ElementKind
from textclean.clean.typesetting import FULL_LINE_SLACK

#: A piece joined by its words is shorter than this many lines: a column's tail or head read apart (the devpages'
#: and the second layout's such pieces run 1 to 11 lines); a longer untitled draft that shares words with one body
#: is as often an article of its own whose title went elsewhere (6 of 7 such were, devpages and second layout).
PIECE_LINES = 12
#: The weighted share of a piece's bigrams (:meth:`~textclean.clean.match.BigramIdf.coverage`) that its article's
#: body holds at least: a piece of report text shares common words with every body of the page (.1 to .2 for
#: another article's body, where the piece's own was titled), its own article's rare ones (.26 to .5 for the
#: pieces of running text of the devpages and the second layout that went with a titled draft).
MIN_PIECE_COVER = 0.25
#: ... and this many times what any other draft's body holds: two bodies near it are two candidates, none chosen.
PIECE_COVER_RATIO = 2.0
#: A piece whose character runs (:data:`~textclean.clean.match.QUOTE_NGRAM`) that body holds at this share or more
#: restates it: a headline or a pull quote read as running text (their words are the body's, .22 to 1 on the
#: devpages and the second layout), no piece of it. A piece of running text shares few runs with it (.12 to .17).
MAX_RESTATED = 0.2


def content_pieces(
    drafts: list[Draft],
    titled: set[int],
    joined: dict[int, int],
    idf: BigramIdf,
    parts: list[set[ElementKind]],
) -> dict[int, int]:
    """Short untitled drafts (fewer than :data:`PIECE_LINES` lines), not ``joined`` already (:func:`~textclean.clean.drafts.continuation_targets`): each goes on from the titled draft whose body
    holds :data:`MIN_PIECE_COVER` of its weighted bigrams and :data:`PIECE_COVER_RATIO` times what any other
    draft's (or its pieces') holds, and not :data:`MAX_RESTATED` of its character runs (a copy of a headline or a
    pull quote). A closing note, a headline part the titled draft has too, or one of its own over an indented first
    line (a paragraph's opening: another article's) keeps it apart.

    Before (pdfminer, devpages gov-1959-02): untitled ``第一，在工商业方面，我们基本上…`` (4 lines, 27 em), then
    ``关于国家的政治生活`` over ``我国的人民民主专政…`` (28 em): two articles; after, one. Not joined: a piece whose
    words two bodies share, one that restates the body (gov-1987-03: its title ``改进固定资产投资管理办法，…`` read
    as three lines of text), a paragraph's opening under a byline of its own.

    >>> from textclean.clean.roles import Element, Item
    >>> def mk(texts: list[str], first: float = 8.0) -> Draft:
    ...     widths = [first] + [8.0] * (len(texts) - 1)
    ...     return Draft([Element("body", [Item(k, t, t, w, True, True) for k, (t, w) in enumerate(zip(texts, widths, strict=True))])])
    >>> body = ["工商业的社会主义改造", "手工业合作化完成"] * 3
    >>> drafts = [mk(body), mk(["农业生产合作社"] * 6), mk(["手工业的改造，工商", "业的改造"])]
    >>> content_pieces(drafts, {0, 1}, {}, BigramIdf([d.body_text() for d in drafts]), [set()] * 3)
    {2: 0}
    >>> drafts[2] = mk(["手工业的改造，工商", "业的改造"], 6.0)  # (a paragraph's opening under its own byline)
    >>> content_pieces(drafts, {0, 1}, {}, BigramIdf([d.body_text() for d in drafts]), [set(), set(), {"byline"}])
    {}
    >>> drafts[2] = mk(["工商业的社会主义改", "造"])  # (it restates the body: a headline's copy)
    >>> content_pieces(drafts, {0, 1}, {}, BigramIdf([d.body_text() for d in drafts]), [set()] * 3)
    {}
    """
    out: dict[int, int] = {}
    for k, draft in enumerate(drafts):
        items = draft.body_lines()
        if k in titled or k in joined or not items or len(items) >= PIECE_LINES or draft.note is not None:
            continue
        if parts[k] and items[0].width < max(it.width for it in items) - FULL_LINE_SLACK:
            continue  # (a paragraph's opening under a headline part of its own: another article's)
        cover: dict[int, float] = {}
        for j in range(len(drafts)):
            if j != k:
                head = joined.get(j, j)
                cover[head] = max(cover.get(head, 0.0), idf.coverage(draft.body_text(), j))
        best = max(cover, key=lambda d: (cover[d], -d), default=None)
        if best is None or best not in titled or parts[k] & parts[best] or cover[best] < MIN_PIECE_COVER:
            continue
        if containment(draft.body_text(), _bodies(drafts, joined, best)) >= MAX_RESTATED:
            continue  # (a headline or a pull quote read as running text: it restates the body)
        if all(cover[best] >= PIECE_COVER_RATIO * c for d, c in cover.items() if d != best):
            out[k] = best
    return out


def _bodies(drafts: list[Draft], joined: dict[int, int], head: int) -> str:
    """The body text of draft ``head`` and of the drafts ``joined`` to it."""
    return "".join(d.body_text() for k, d in enumerate(drafts) if k == head or joined.get(k) == head)
