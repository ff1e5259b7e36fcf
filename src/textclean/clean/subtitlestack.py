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
#: A headline may name its place or subject before a colon (``石泉县：小田并大田``): at most this many characters
#: before it, and more after it. Running text's colon closes a lead-in (``主要目标是：``) or follows a longer clause.
MAX_NAME_BEFORE_COLON = 6
#: A head line naming its subject before a colon: a short name, the colon, then headline words with no other mark.
NAMED_HEAD_RE = re.compile(f"^[^：:，,]{{1,{MAX_NAME_BEFORE_COLON}}}[：:][^：:]+$")


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
        if it.role != "text" or it.ends or _running_marks(it.text) or it.text.count("，") > 1:
            return i  # (a clause mark inside a line: running text, ``…的主要目标是：在优化结构、提高效``)
    return i


def names_before_colon(text: str) -> bool:
    """Whether a headline line names its place or subject before a colon (:data:`NAMED_HEAD_RE`: at most
    :data:`MAX_NAME_BEFORE_COLON` characters before it, headline words after it, no comma, stop or list mark).

    >>> names_before_colon("石泉县：小田并大田　"), names_before_colon("的主要目标是：在优化结构、提高效"), names_before_colon("工作如下：")
    (True, False, False)
    """
    t = text.strip()
    return NAMED_HEAD_RE.match(t) is not None and not SUBTITLE_STOP_RE.search(t) and "、" not in t


def _running_marks(text: str) -> bool:
    """Whether a line over a ``——`` subtitle holds a clause mark of running text (:data:`HEAD_MARK_RE`), not the
    colon of a headline naming its subject first (:func:`names_before_colon`).

    >>> _running_marks("石泉县：小田并大田　"), _running_marks("的主要目标是：在优化结构、提高效"), _running_marks("工作如下：")
    (False, True, True)
    """
    return HEAD_MARK_RE.search(text) is not None and not names_before_colon(text)
