"""Pages cut into many pieces: a measure shared across another article's head tells no article.

An untitled piece goes on from the one titled draft of its measure
(:func:`~textclean.clean.drafts.continuation_targets`): an article keeps its column's width down the page, and
on a report page (a few long articles, a few pieces) no neighbour shares it. A mosaic page (many short
articles in a few column widths) cut into many pieces is not so: most widths are several articles', and where
the extractor scattered their lines (pdfminer's one-line boxes, pdftotext's rows), a piece read after another
article's head is that article's, or a third one's, as often as the draft of its measure read before that head.
There the measure alone joins no piece across a title (:func:`measure_alone_across_title`); a piece read next
to its draft, with no head between, still goes on from it, and a piece's words may still join it
(:mod:`~textclean.clean.contentpieces`).
"""

from __future__ import annotations

from collections.abc import Collection

#: A page cut into at least this many drafts is a mosaic: the devpages' report pages, whose pieces the measure
#: joins across a head rightly (86 of 89 on pdftotext's dev pages), are cut into 3 to 11; on the real-layout
#: families' pages of 12 drafts or more, such joins went to the wrong article 25 times in 36 on pdfminer's dev
#: pages and 37 in 50 on pdftotext's (the piece's text matched against the gold articles).
MOSAIC_DRAFTS = 12


def measure_alone_across_title(piece: int, target: int, titled: Collection[int], n_drafts: int) -> bool:
    """Whether joining untitled draft ``piece`` to titled draft ``target`` by measure alone would reach across
    another titled draft (one of ``titled`` read between the two) on a mosaic page (:data:`MOSAIC_DRAFTS` drafts
    or more, ``n_drafts``): then the measure tells no article and the piece is not joined so.

    Before (pdfminer, an international page cut into 28 drafts): the untitled ``平等协商、开放包容，才能为动荡的世界
    注入…`` (12.5 em), read after three other articles' heads, went on from the titled draft of that measure ending
    ``…农作物大面积减产。面包、``, another article's; after, it stands apart. Not so: a piece right after its draft, or on a page of fewer
    drafts (a report whose sections the extractor read apart).

    >>> measure_alone_across_title(10, 4, {0, 4, 7}, 14), measure_alone_across_title(5, 4, {0, 4, 7}, 14)
    (True, False)
    >>> measure_alone_across_title(10, 4, {0, 4, 7}, 8)  # (a report page: the measure tells)
    False
    """
    low, high = min(piece, target), max(piece, target)
    return n_drafts >= MOSAIC_DRAFTS and any(low < d < high for d in titled)
