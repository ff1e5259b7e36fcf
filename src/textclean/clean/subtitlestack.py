"""Head stacks over a ``——`` subtitle: where a head read into a body ends
(:func:`~textclean.clean.innerheads.split_inner_heads` asks :func:`stack_over_subtitle`).

A title set as wide as a paragraph's first line of the column under it has no shape of its own; the ``——``
subtitle printed under it does: the lines over it, after a sentence end, are the head.
"""

from __future__ import annotations

import re

from textclean.clean.roles import Item
from textclean.clean.typesetting import MAX_HEADLINE_WIDTH

#: What a ``——`` subtitle holds none of (a list item of running text set after a dash has a comma or a stop).
SUBTITLE_STOP_RE = re.compile("[，,。！？…；]")
#: What a line of the head stack holds none of: a sentence stop or a clause mark (running text; a headline has a
#: comma between its halves at most).
HEAD_MARK_RE = re.compile("[。！？…；：;:!?]")


def stack_over_subtitle(body: list[Item], i: int, limit: int) -> int:
    """One past the ``——`` subtitle that the lines from ``body[i]`` (after a sentence end) stand right over, each
    ending no sentence and holding no sentence stop, clause mark (:data:`HEAD_MARK_RE`) or more than one comma: a
    head stack (label, kicker, title) over its subtitle, at most ``limit`` lines in all; else ``i``. A subtitle
    holds no sentence stop nor comma (:data:`SUBTITLE_STOP_RE`), and is no wider than a headline; running text set
    after a sentence end finishes a sentence or opens a list (``…如下：`` / ``——坚持…，…``) before such a line.

    Before (PyMuPDF, the third layout, a 9 em column): ``…协调持续发展。`` / ``史海回眸`` / ``深化企业改革`` (6 em, as
    wide as a paragraph's first line there) / ``——坚持长期稳定发展经济的方针`` / ``增强企业活力是``: the label was
    cut off as a head, and the title and subtitle read on as the next body's opening; after, all three are the
    head. Not so: a ``——`` line that holds a comma or a sentence stop (a list item), or lines over it that finish a
    sentence.

    >>> mk = lambda t, role="text": Item(0, t, t, float(len(t)), False, False, role)
    >>> head = [mk("史海回眸"), mk("深化企业改革"), mk("——坚持长期稳定发展经济的方针", "attribution")]
    >>> stack_over_subtitle([*head, mk("增强企业活力是")], 0, 6)
    3
    >>> stack_over_subtitle([*head[:2], mk("——坚持改革，稳定发展", "attribution")], 0, 6)
    0
    """
    for s in range(i, min(len(body), i + limit)):
        it = body[s]
        if it.role == "attribution":
            dash = s > i and it.width <= MAX_HEADLINE_WIDTH and not SUBTITLE_STOP_RE.search(it.text)
            return s + 1 if dash else i
        if it.role != "text" or it.ends or HEAD_MARK_RE.search(it.text) or it.text.count("，") > 1:
            return i  # (a clause mark inside a line: running text, ``…的主要目标是：在优化结构、提高效``)
    return i
