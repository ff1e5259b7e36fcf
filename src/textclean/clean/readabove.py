"""Column pieces a headline was read over only by the row reader's order, not printed over.

pdfminer writes each line as a box of its own, and the row reader (:mod:`~textclean.clean.rowread`) puts a stretch's
columns back in order: a head printed below the stretch (the next story's, written after all the stretch's lines) may
then be read right before one of its columns, which then stood as an article of its own under that head
(:func:`column_pieces`).
"""

from __future__ import annotations

from itertools import pairwise

from textclean.clean.bodytitle import opens_with_dateline
from textclean.clean.roles import Element, Item

#: The median step between the line numbers of a column's lines read back from interleaved boxes is at least this:
#: pdfminer writes the rows of a stretch across its columns, one box each with a blank line between, a step of 2 per
#: column (lay15-17's pieces: 4 to 10; lay16 op-03's third column of three: 6). pdftotext writes a column's rows one
#: after the other, a step of 1 (2 or 3 across a blank or a row of a neighbour): no piece (its side-by-side columns so
#: taken cost lay16 pdftotext 0.5 points of article recall).
MIN_STRIDE = 4
#: The kinds of a head read right above a piece: a title, and the lines set with one (on lay15-17 pdfminer, a piece
#: under a byline or label written after it, as under a title: title accuracy +1.1 points on lay16, none lost).
HEAD_KINDS = frozenset({"title", "subtitle", "column", "kicker", "byline"})
#: A title is kept off a piece (by position) only where its words name a draft other than the pieces it was read
#: over at least this well (idf coverage of its bigrams, :meth:`~textclean.clean.match.BigramIdf.coverage`): its own
#: story read elsewhere (lay15 fr-27: 0.83; fr-04: 0.21 and 0.24 for briefs read in pieces). The words a title shares
#: with stories not its own by chance: 0.04-0.09 there. Measured on pdfminer: 0.25 let fr-04's titles take their
#: neighbour's column (lay15 one more extra article); 0.1: lay15 one fewer, column/kicker +0.4, lay16-17 unchanged,
#: lay20 column/kicker -0.5; 0.12: lay20 also one more extra; 0.06: no change anywhere. Naming none, the title may
#: be the piece's own (a brief whose title pdfminer writes after its first line): by position (review RV3).
MIN_TITLE_ELSEWHERE = 0.1

#: The column pieces of a page (:func:`column_pieces`) and those under a late title (:func:`late_titles`).
Lifted = tuple[set[int], dict[int, int]]


def column_pieces(elements: list[Element], where: dict[int, int]) -> dict[int, int]:
    """Drafts (``where``: body element index -> draft) that are a column of an earlier draft: piece -> that draft.

    A piece is a draft's first body whose first line the extractor wrote inside the line span of a body read before
    it (one stretch of interleaved one-line boxes: its own lines written far apart, :data:`MIN_STRIDE`), opening no
    story (no dateline: :func:`~textclean.clean.bodytitle.opens_with_dateline`), with a head (:data:`HEAD_KINDS`)
    read right above it that was written after that line: the head stands over the piece in the element list only,
    not on the page. A title does not take such a piece by position, only by its words
    (:func:`~textclean.clean.assign._assign_by_content`), and a piece left untitled goes on from the draft whose
    span holds it (:func:`~textclean.clean.assign._join_continuations`).

    Before (pdfminer, lay16 op-03): the first story's three columns (lines 21-53) read as ``食品安全是最基…``
    (columns 1 and 2), the next story's title ``守护好青少年的“诗和远方”`` (line 55), then column 3 ``对此，要压实平
    台责任…``: column 3 stood as an article under that title; after, it ends the first story. Not a piece: a body
    under a head written before it, one that starts outside every earlier body's span, or one whose lines were
    written one after the other.

    >>> from textclean.clean.roles import Item
    >>> def el(kind: str, *nos: int) -> Element:
    ...     return Element(kind, [Item(n, "甲", "甲", 1.0, True, True) for n in nos], "甲")  # type: ignore[arg-type]
    >>> column_pieces([el("body", 21, 53), el("title", 55), el("body", 23, 54), el("title", 56), el("body", 60)], {0: 0, 2: 1, 4: 2})
    {1: 0}
    >>> column_pieces([el("body", 21, 53), el("title", 20), el("body", 23, 54)], {0: 0, 2: 1})  # (printed above)
    {}
    >>> column_pieces([el("body", 21, 53), el("title", 55), el("body", 60, 70)], {0: 0, 2: 1})  # (outside the span)
    {}
    >>> column_pieces([el("body", 21, 53), el("title", 55), el("body", 23, 24, 25)], {0: 0, 2: 1})  # (pdftotext's rows)
    {}
    """
    out: dict[int, int] = {}
    spans: list[tuple[int, int, int]] = []  # (the line span of each body read so far, and its draft)
    firsts = {d: k for k, d in sorted(where.items(), reverse=True)}  # (each draft's first body)
    for k, el in enumerate(elements):
        if el.kind != "body" or not el.items or k not in where:
            continue
        first = el.items[0].no
        above = elements[k - 1] if k > 0 else None
        host = next((d for lo, hi, d in reversed(spans) if lo < first < hi and d != where[k]), None)
        headed_after = (
            above is not None and above.kind in HEAD_KINDS and bool(above.items) and first < above.items[0].no
        )
        piece = firsts[where[k]] == k and _strided(el.items) and not opens_with_dateline(el.items)
        if host is not None and headed_after and piece:
            out[where[k]] = host
        nos = [it.no for it in el.items]
        spans.append((min(nos), max(nos), where[k]))
    return out


def _strided(items: list[Item]) -> bool:
    """Whether a body's lines were written far apart: the median step of their numbers :data:`MIN_STRIDE` or more."""
    steps = sorted(abs(b.no - a.no) for a, b in pairwise(items))
    return bool(steps) and steps[len(steps) // 2] >= MIN_STRIDE


def with_pieces(targets: dict[int, int], pieces: dict[int, int]) -> dict[int, int]:
    """``targets`` (draft -> the draft it goes on from, :func:`~textclean.clean.drafts.continuation_targets`) with
    the column ``pieces`` (:func:`column_pieces`) added, each pointing at the last draft of its chain: a draft that
    goes on from one which itself goes on from another joins that other (a piece of a piece); a piece that would
    close a cycle is left where it was.

    >>> with_pieces({2: 0}, {3: 2}), with_pieces({}, {1: 0, 2: 1}), with_pieces({0: 1}, {1: 0})
    ({2: 0, 3: 0}, {1: 0, 2: 0}, {0: 1})
    """
    out = dict(targets)
    for k, h in pieces.items():
        seen = {k}
        while h in out and h not in seen:
            seen.add(h)
            h = out[h]
        if h not in seen:  # (else a cycle: the piece stays as placed)
            out[k] = h
    for k in out:
        while out[k] in out:  # (acyclic now: each to the end of its chain)
            out[k] = out[out[k]]
    return out


def late_titles(elements: list[Element], where: dict[int, int], pieces: set[int]) -> dict[int, int]:
    """The ``pieces`` (:func:`column_pieces`) whose head may be their own: piece -> the id of that head, a title with
    no story of its own read right after the piece (the next body or title is a title, or a body written before the
    title): a brief whose title pdfminer writes after its first line, the next brief's title after it. A head read
    over a piece with its own story next stands there by the reading order only (lay16 op-03, lay15 fr-27).

    >>> from textclean.clean.roles import Item
    >>> def el(kind: str, *nos: int) -> Element:
    ...     return Element(kind, [Item(n, "甲", "甲", 1.0, True, True) for n in nos], "甲")  # type: ignore[arg-type]
    >>> els = [el("body", 21, 53), el("title", 55), el("body", 23, 54), el("body", 60)]
    >>> late_titles(els, {0: 0, 2: 1, 3: 2}, {1}), late_titles(els[:3] + [el("title", 56), els[3]], {0: 0, 2: 1, 4: 2}, {1}) == {1: id(els[1])}
    ({}, True)
    """
    out = {}
    for d in pieces:
        k = min(k for k, e in where.items() if e == d)
        head, nxt = elements[k - 1], next((e for e in elements[k + 1 :] if e.kind in ("title", "body")), None)
        if head.kind == "title" and (nxt is None or nxt.kind == "title" or nxt.items[0].no < head.items[0].no):
            out[d] = id(head)
    return out


def barred_pieces(words: dict[int, float], pieces: set[int], late: dict[int, int], heads: list[Element]) -> set[int]:
    """The ``pieces`` (:func:`column_pieces`) a title (its unit's elements ``heads``) may take only by its words
    (``words``: draft -> the title's fit to its body): all of them where it names another draft, a piece too
    (:data:`MIN_TITLE_ELSEWHERE`; lay15 fr-04: a brief's title read over a column of its neighbour), else all but those it was read right over as a late title (``late``:
    :func:`late_titles`): naming no story of the page and with none of its own read next, it heads that brief.

    >>> t = Element("title", [], "■临沅启动城市燃气管道老化更新改造")
    >>> barred_pieces({0: 0.0, 1: 0.83, 2: 0.0}, {2}, {2: id(t)}, [t]), barred_pieces({0: 0.05, 2: 0.0}, {2}, {2: id(t)}, [t])
    ({2}, set())
    >>> barred_pieces({0: 0.05, 2: 0.0}, {2}, {}, [t])  # (a title with its own story read after the piece)
    {2}
    """
    own = {d for d in pieces if late.get(d) in {id(e) for e in heads}}  # (the pieces it was read right over)
    if any(w >= MIN_TITLE_ELSEWHERE for d, w in words.items() if d not in own):
        return pieces
    return pieces - own
