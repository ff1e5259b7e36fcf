"""Pages cut into many pieces: a measure shared across another article's head tells no article.

An untitled piece goes on from the one titled draft of its measure
(:func:`~textclean.clean.drafts.continuation_targets`): an article keeps its column's width down the page, and
on a report page (a few long articles, a few pieces) no neighbour shares it. A mosaic page (many short
articles in a few column widths) cut into many pieces is not so: most widths are several articles', and where
the extractor scattered their lines (pdfminer's one-line boxes, pdftotext's rows), a piece read after another
article's head is that article's, or a third one's, as often as the draft of its measure read before that head.
There the measure alone joins no piece across a title (:func:`measure_alone_across_title`); a piece read next
to its draft, with no head between, still goes on from it, and so does one that carries on a sentence its draft
broke off with one head between (a sidebar brief set in the lead's column, :func:`carries_sentence`); a piece's
words may still join it (:mod:`~textclean.clean.contentpieces`).
"""

from __future__ import annotations

from collections.abc import Collection

from textclean.clean.roles import Item
from textclean.clean.typesetting import FULL_LINE_SLACK

#: A page cut into at least this many drafts is a mosaic: the devpages' report pages, whose pieces the measure
#: joins across a head rightly (86 of 89 on pdftotext's dev pages), are cut into 3 to 11; on the real-layout
#: families' pages of 12 drafts or more, such joins went to the wrong article 25 times in 36 on pdfminer's dev
#: pages and 37 in 50 on pdftotext's (the piece's text matched against the gold articles).
MOSAIC_DRAFTS = 12
#: A piece that carries on the sentence its draft broke off (:func:`carries_sentence`) still goes on from it across
#: at most this many titled drafts read between: one sidebar brief set inside the lead's column. On the families'
#: dev pages of 12 drafts or more such joins (the piece read after its draft) across one title were right 6 times
#: in 6 (the piece's text matched against the gold articles), across two or more wrong 8 times in 10.
MAX_CARRIED_TITLES = 1


def measure_alone_across_title(
    piece: int, target: int, titled: Collection[int], lines: list[list[Item]], measure: float
) -> bool:
    """Whether joining untitled draft ``piece`` to titled draft ``target`` by measure alone (``measure``, the
    piece's) would reach across another titled draft (one of ``titled`` read between the two) on a mosaic page
    (:data:`MOSAIC_DRAFTS` drafts or more: ``lines``, each draft's body lines): then the measure tells no article
    and the piece is not joined so, unless it carries on the sentence ``target`` (read before it) broke off across
    at most :data:`MAX_CARRIED_TITLES` titled drafts (:func:`carries_sentence`).

    Before (pdfminer, an international page cut into 28 drafts): the untitled ``平等协商、开放包容，才能为动荡的世界
    注入…`` (12.5 em), read after three other articles' heads, went on from the titled draft of that measure ending
    ``…农作物大面积减产。面包、``, another article's; after, it stands apart. Not so: a piece right after its draft, or on a page of fewer
    drafts (a report whose sections the extractor read apart), or one that carries on its draft's sentence across
    one sidebar brief (review CR: ``…省农业农村厅有关负责人`` / ``高校招聘会举行`` … / ``表示，今年全省…``; the
    last example: its draft ended a sentence).

    >>> full = lambda n, end="文": [Item(k, "文" * 9 + end, "文" * 9 + end, 10.0, True, True) for k in range(n)]
    >>> lines = [full(6)] * 5 + [full(6, "。")] * 9  # (draft 4 stops inside a sentence)
    >>> measure_alone_across_title(10, 4, {0, 4, 7, 8}, lines, 10.0), measure_alone_across_title(5, 4, {0, 4, 7}, lines, 10.0)
    (True, False)
    >>> measure_alone_across_title(10, 4, {0, 4, 7, 8}, lines[:11], 10.0)  # (a report page: the measure tells)
    False
    >>> measure_alone_across_title(6, 4, {0, 4, 5}, lines, 10.0), measure_alone_across_title(7, 5, {0, 5, 6}, lines, 10.0)
    (False, True)
    """
    low, high = min(piece, target), max(piece, target)
    between = sum(1 for d in titled if low < d < high)
    if len(lines) < MOSAIC_DRAFTS or not between:
        return False
    carried = target < piece and carries_sentence(lines[target], lines[piece], measure)
    return not (carried and between <= MAX_CARRIED_TITLES)


def carries_sentence(before: list[Item], after: list[Item], measure: float) -> bool:
    """Whether the piece ``after`` (of ``measure``) carries on a sentence that the piece ``before`` broke off at its
    column's foot: the last line of ``before`` is full and ends no sentence, and the first of ``after`` is full (full:
    within :data:`~textclean.clean.typesetting.FULL_LINE_SLACK` of the measure; no paragraph's indent). A short last
    line that ends no sentence is a head read into the text (pdfminer, lay9 gj-16: ``…跨境电商架起友谊之桥``, the
    next article's title, over which the piece ``的事大家商量着办…`` is a third article's).

    >>> mk = lambda *ts: [Item(k, t, t, float(len(t)), True, True) for k, t in enumerate(ts)]
    >>> carries_sentence(mk("农村厅有关负责人"), mk("表示，今年全省粮"), 8.0), carries_sentence(mk("基础。"), mk("表示，今年全省粮"), 8.0)
    (True, False)
    >>> carries_sentence(mk("跨境电商"), mk("表示，今年全省粮"), 8.0)
    False
    """
    if not before or not after or before[-1].ends:
        return False
    return min(before[-1].width, after[0].width) >= measure - FULL_LINE_SLACK
