"""Byline-shaped lines that are pieces of a headline wrapped in a narrow box.

A headline set in a box a few em wide wraps every two to four characters, and
such a piece often has a byline's shape (:data:`~textclean.clean.chardata.BYLINE_RE`:
two or three Han characters opening with a common surname): ``邓小平``, ``关于``,
``和社会``, ``任务``. Read as a byline, it cut the headline in two and became an
author. :func:`name_in_headline` gives such a line back to the text lines when the
words or the layout say it is no name.
"""

from __future__ import annotations

from textclean.clean.chardata import BYLINE_RE, BYLINE_SPLIT_RE
from textclean.clean.lexicon import breaks_a_word, is_word_of_class
from textclean.clean.roles import Item

#: Lines of one box's measure are as wide to within this much (em): a punctuation mark or an ASCII character
#: moves a line's width by half an em.
STACK_SLACK = 0.5


def unname_headline_pieces(items: list[Item]) -> None:
    """Each byline-shaped line of ``items`` that is a piece of a headline (:func:`name_in_headline`) made a text
    line, after :func:`~textclean.clean.roles.set_roles`."""
    for k, it in enumerate(items):
        if it.role == "byline" and name_in_headline(items, k):
            it.role = "text"


def name_in_headline(items: list[Item], k: int) -> bool:
    """Whether byline-shaped line ``items[k]``, one name and no role word, is a piece of a headline: it is one word
    jieba tags as a verb, a preposition, ... (:func:`~textclean.clean.lexicon.is_word_of_class`), or, set tight to a
    text or byline-shaped line, a word runs across the break between them
    (:func:`~textclean.clean.lexicon.breaks_a_word`), or it stands in a stack of text lines of its measure (the
    line above as wide, the one below no wider: a box's last line may be short).

    Before (PyMuPDF, a 3 em box): ``坚持以`` / ``邓小平`` / ``理论为`` / ... read ``邓小平`` as a byline (the headline
    cut, the name an author); ``设的主要`` / ``任务`` / ``郑烨``: ``任务`` stays a name (no word runs across, the stack's
    last line); so ``关于`` / ``1998年`` (a preposition), ``关心群`` / ``众生`` (群众). A name under a title (``2017年工作总体部署``
    / ``本报记者 龙苓沅``), names stacked (``张玲`` / ``王芳``), a line of two names stay bylines.

    >>> mk = lambda t, role="text": Item(0, t, t, float(len(t)), False, False, role)
    >>> stack = [mk("坚持以"), mk("邓小平", "byline"), mk("理论为")]
    >>> name_in_headline(stack, 1), name_in_headline([mk("关于", "byline"), mk("1998年")], 0)
    (True, True)
    >>> name_in_headline([mk("关心群", "byline"), mk("众生")], 0)
    True
    >>> name_in_headline([mk("设的主要"), mk("任务", "byline"), mk("郑烨", "byline"), mk("我们要在九十年")], 2)
    False
    >>> name_in_headline([mk("2017年工作总体部署"), mk("龙苓沅", "byline"), mk("今年将召开中国共产党")], 1)
    False
    >>> name_in_headline([mk("张玲", "byline"), mk("王芳", "byline")], 0), name_in_headline([mk("沈晔 陶霁蓓", "byline")], 0)
    (False, False)
    """
    line = items[k]
    if not BYLINE_RE.match(line.text) or BYLINE_SPLIT_RE.search(line.text):
        return False
    if is_word_of_class(line.text):
        return True
    above = items[k - 1] if k > 0 and not line.gap_before else None
    below = items[k + 1] if k + 1 < len(items) and not line.gap_after else None
    if above is not None and above.role in ("text", "byline") and breaks_a_word(above.text, line.text):
        return True
    if below is not None and below.role in ("text", "byline") and breaks_a_word(line.text, below.text):
        return True
    return (
        above is not None
        and below is not None
        and above.role == below.role == "text"
        and abs(above.width - line.width) <= STACK_SLACK
        and below.width <= line.width + STACK_SLACK
    )
