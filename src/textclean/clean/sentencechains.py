"""An article's pieces put in the order their sentences run: one that stops inside a sentence, then the one that opens inside.

An extractor may read an article's columns out of order, and other articles between them: the pieces stand as
drafts of their own (:mod:`~textclean.clean.drafts`), joined back by measure (:func:`~textclean.clean.drafts.continuation_targets`).
Two cues say which piece goes on from which, whatever the layout: a piece whose last line stops inside a sentence
goes on in a piece whose first line is full (no paragraph's indent: it opens inside a paragraph), and no paragraph
opener or other piece can come between them.

* :func:`sentence_pieces`: an untitled draft that opens inside a paragraph, left alone by the measure rules (several
  titled drafts share its measure, none stopping inside a sentence), goes on from the one draft of its measure that
  stops inside a sentence, where it is the only draft of that measure opening so;
* :func:`chain_order`: pieces of one article in the page's order, but a piece that opens inside a paragraph moved up
  right after the one piece that stops inside a sentence and is followed by a paragraph's opening.
"""

from __future__ import annotations

from textclean.clean.measures import MEASURE_TOLERANCE
from textclean.clean.mosaic import measure_alone_across_title
from textclean.clean.opening import gapped_body
from textclean.clean.roles import Item
from textclean.clean.sections import opens_later_section
from textclean.clean.typesetting import FULL_LINE_SLACK


def opens_inside(items: list[Item], measure: float) -> bool:
    """Whether a piece's first line is full (no paragraph's indent, :data:`~textclean.clean.typesetting.FULL_LINE_SLACK`):
    its text opens inside a paragraph.

    >>> mk = lambda w: [Item(0, "文", "文", w, True, True)]
    >>> opens_inside(mk(11.0), 11.0), opens_inside(mk(9.0), 11.0)
    (True, False)
    """
    return bool(items) and items[0].width >= measure - FULL_LINE_SLACK


def sentence_pieces(
    lines: list[list[Item]], measure: list[float], titled: set[int], joined: dict[int, int], kept: set[int]
) -> dict[int, int]:
    """Untitled drafts left alone (not in ``joined``, not in ``kept``: drafts with a headline part or note of their
    own) that open inside a paragraph: each goes on from the one draft of its measure that stops inside a sentence,
    when no other draft of that measure opens inside a paragraph (draft -> the draft it joins: that draft's own
    head where it was joined to one, else that draft).

    Before (pdfminer, devpages cpc-12-01): ``自从一九七六年十月…战略步骤和方针`` (11 em, untitled), the title
    ``历史性的转变和新的伟大任务`` over ``我们党和国家的各级…`` (11 em) and its note, then ``政策。党中央坚决相信，…``
    (11 em, untitled, its first line full); the first piece joined the titled one by measure, the third stood alone;
    after, the third goes on from the first (``方针`` / ``政策。``). Not joined: two drafts of the measure stop
    inside a sentence, or two open inside a paragraph; a draft with a note or headline part of its own; across other
    titles on a mosaic page (:func:`~textclean.clean.mosaic.measure_alone_across_title`).

    >>> def mk(w: int, n: int, first: float, end: str) -> list[Item]:
    ...     return [Item(k, "文" + end, "文" + end, first if k == 0 else float(w), True, True) for k in range(n)]
    >>> lines = [mk(11, 5, 9.0, "，"), mk(11, 6, 9.0, "。"), mk(11, 6, 11.0, "。")]
    >>> sentence_pieces(lines, [11.0] * 3, {1}, {0: 1}, set())
    {2: 1}
    >>> sentence_pieces(lines, [11.0] * 3, {1}, {}, set())
    {2: 0}
    >>> sentence_pieces([*lines, mk(11, 6, 11.0, "。")], [11.0] * 4, {1}, {0: 1}, set())  # (two open inside)
    {}
    >>> sentence_pieces(lines, [11.0] * 3, {1}, {0: 1}, {2})  # (a note of its own)
    {}
    """
    out: dict[int, int] = {}
    for k, items in enumerate(lines):
        if k in titled or k in joined or k in kept or not measure[k] or not opens_inside(items, measure[k]):
            continue
        same = [d for d, m in enumerate(measure) if d != k and m and abs(m - measure[k]) <= MEASURE_TOLERANCE]
        stops = [d for d in same if not lines[d][-1].ends]
        openers = [d for d in same if d not in titled and opens_inside(lines[d], measure[d])]
        if len(stops) != 1 or openers or stops[0] in out:
            continue
        if not measure_alone_across_title(k, stops[0], titled, lines, measure[k]):  # (a mosaic's pieces stand apart)
            out[k] = joined.get(stops[0], stops[0])
    return out


def chain_order(pieces: list[list[Item]], measure: float) -> list[int]:
    """The order of one article's ``pieces`` (their lines, in the page's order): the page's, but where a piece
    stops inside a sentence and the piece after it opens a paragraph, the one later piece that opens inside a
    paragraph is moved up right after it.

    Before: pieces ``…战略步骤和方针`` · ``我们党和国家的各级…良好。`` · ``政策。党中央…之一。`` read in that
    order; after: the first, the third, the second. Not moved: where two later pieces open inside a paragraph, or the
    next piece does.

    >>> def mk(first: float, end: str) -> list[Item]:
    ...     return [Item(0, "文", "文", first, True, True), Item(1, "文" + end, "文" + end, 11.0, True, True)]
    >>> chain_order([mk(9.0, "，"), mk(9.0, "。"), mk(11.0, "。")], 11.0)
    [0, 2, 1]
    >>> chain_order([mk(9.0, "，"), mk(11.0, "。"), mk(11.0, "。")], 11.0)
    [0, 1, 2]
    >>> chain_order([mk(9.0, "，"), mk(9.0, "。"), mk(11.0, "。"), mk(11.0, "。")], 11.0)
    [0, 1, 2, 3]
    """
    order = list(range(len(pieces)))
    for i in range(len(order) - 1):
        here, nxt = pieces[order[i]], pieces[order[i + 1]]
        if here[-1].ends or opens_inside(nxt, measure):
            continue
        later = [j for j in order[i + 2 :] if opens_inside(pieces[j], measure)]
        if len(later) == 1:
            order.remove(later[0])
            order.insert(i + 1, later[0])
    return order


def section_last(pieces: list[list[Item]]) -> bool:
    """Whether the first of two pieces of one article (their lines, in the page's order; both end a sentence) goes
    last: pdfminer's pieces (lines set apart, :func:`~textclean.clean.opening.gapped_body`), the first opening a
    numbered section past the first, the second not (:func:`~textclean.clean.sections.opens_later_section`: no
    article's text opens so; pdfminer may read a later column before the head stack over the article's first).

    Before (pdfminer, devpages cpc-20-01): ``（五）推进高水平对外开放。…`` · head · ``深入实施区域协调发展战略…``;
    after, the second piece first. Not moved: both open later sections, lines set tight (pdftotext's: on the
    devpages such a swap cost .001 body CER).

    >>> mk = lambda *ts: [Item(k, t, t, float(len(t)), True, True) for k, t in enumerate(ts)]
    >>> section_last([mk("（五）推进开放。"), mk("深入实施战略。")]), section_last([mk("（五）推进开放。"), mk("（四）协调。")])
    (True, False)
    """
    first, second = (opens_later_section(lines[0].text) for lines in pieces)
    return first and not second and all(map(gapped_body, pieces))
