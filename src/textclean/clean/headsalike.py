"""A head in a run's text set as the run's own head is: the next item of a box, not a subheading of the text.

A subheading of an article's text may be told by its form where no blank line sets it apart (PyMuPDF's text): a
bullet set apart from its words (:data:`SPACED_BULLET_RE`), or a line set in the body's own type and wrapped at the
measure (:func:`~textclean.clean.headfit.subhead_in_body_type`). A box of briefs heads each item in that same form,
the first over the run (its head lines read at the run's top): there such a head is the next brief's
(:func:`heads_alike`), as a headline is set apart from its article's subheadings.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from textclean.clean.chardata import BOX_GLYPHS
from textclean.clean.lexicon import breaks_a_word
from textclean.clean.roles import Item
from textclean.clean.typesetting import FULL_LINE_SLACK

#: A bullet glyph set apart from its words (``■ 强化基础研究的源头供给``, ``◆ 专业设置要跟着产业走``) opens a subheading
#: of the text it stands in (:func:`~textclean.clean.headfit.subhead_in_body_type`); a brief's head sets its glyph
#: tight (``■我省公布…``).
#: Counted on the studied families' PyMuPDF text: a glyph and a space opened 69 lines, subheadings or column labels
#: all; a glyph set tight opened 76 titles (the devpages' DEV pages hold neither).
SPACED_BULLET_RE = re.compile(f"^[{BOX_GLYPHS}][ \u3000]")


def heads_alike(lead: Sequence[Item], first: Item) -> bool:
    """Whether the run's own head ``lead`` (the head lines read at its top, over its text) is set as the head line
    ``first`` in its text is: both open with the same bullet set apart (:data:`SPACED_BULLET_RE`), or, ``first``
    unbulleted, a line of ``lead`` as wide as it (within :data:`~textclean.clean.typesetting.FULL_LINE_SLACK`) wraps
    inside a word (:func:`~textclean.clean.lexicon.breaks_a_word`) as a head in the body's type does. A headline is
    set apart from its article's subheadings (in its own type, with no bullet, over the text); heads set alike are a
    box's items, each a brief of its own (tabloid briefs in body type, ``■ 本市新增三条公交线路`` / ``方便市民出行``).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, True)
    >>> heads_alike([mk("城事"), mk("■ 本市新增三条公交线路"), mk("方便市民出行")], mk("■ 全市中小学下周起错"))
    True
    >>> heads_alike([mk("本市新增三条公交线路方"), mk("便市民出行")], mk("全市中小学下周起错峰放"))
    True
    >>> heads_alike([mk("学习贯彻全会精神"), mk("以高水平科技自立自强")], mk("■ 强化基础研究的源")), heads_alike([], mk("■ 源"))
    (False, False)
    >>> heads_alike([mk("以全过程人民民主凝聚社会共识"), mk("石明辉")], mk("以制度保障民主落到实"))  # (wider: a headline)
    False
    """
    if SPACED_BULLET_RE.match(first.text):
        return any(SPACED_BULLET_RE.match(it.text) and it.text[0] == first.text[0] for it in lead)
    return any(
        abs(it.width - first.width) <= FULL_LINE_SLACK and breaks_a_word(it.text, below.text)
        for it, below in itertools.pairwise(lead)
    )
