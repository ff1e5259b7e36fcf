"""Column labels printed plain: a line of one common word read as a byline over a title (:func:`word_labels`); a
label-shaped line standing alone over a much wider head (:func:`labels_over_wider_heads`)."""

from __future__ import annotations

import itertools

from textclean.clean.lexicon import breaks_a_word, is_one_word, label_shaped
from textclean.clean.roles import Element
from textclean.clean.units import Unit
from textclean.clean.wrapped import UNWRAPPED_WIDTH_DIFF

#: The kinds of element a column label is set over: the head stack it opens.
HEADS_UNDER_LABEL = ("title", "kicker")
#: The kinds of element a byline of the head above stands under (a byline under a head is that head's).
HEAD_KINDS = ("title", "subtitle", "kicker")


def word_labels(elements: list[Element]) -> list[Element]:
    """The page's elements, each one-line byline that is one common word of the lexicon set right over a title or
    kicker, below the page's first line and not under a head, made a ``column`` element (:func:`_word_over_head`).

    A label printed plain (in an outlined box, beside a bar, on a tinted tab) is a short line of Han characters;
    one of two characters reads as a name to the byline test (``时`` is a surname), but no person's name is one
    common word of the lexicon (:func:`~textclean.clean.lexicon.is_one_word`: ``余暾``, ``周翊`` cut into
    characters). Before (PyMuPDF, the fourth layout): body / ``时评`` / ``加快推进国有企业改革`` / body gave the
    article the author ``时评`` and no label; after, the column label ``时评``. The page's first line is left to
    the banner test (:func:`~textclean.clean.banner.one_word_over_head`).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda k, t: Element(k, [Item(0, t, t, float(len(t)), False, False)], t)
    >>> page = [mk("body", "特殊人群管理服务。"), mk("byline", "时评"), mk("title", "加快推进国有企业改革")]
    >>> [e.kind for e in word_labels(page)]
    ['body', 'column', 'title']
    >>> [e.kind for e in word_labels([page[0], mk("byline", "余暾"), page[2]])]  # (a name)
    ['body', 'byline', 'title']
    >>> [e.kind for e in word_labels([mk("title", "提高人民健康水平"), page[1], page[2]])]  # (under a head)
    ['title', 'byline', 'title']
    """
    return [Element("column", e.items, e.text) if _word_over_head(elements, k) else e for k, e in enumerate(elements)]


def _word_over_head(elements: list[Element], k: int) -> bool:
    """Whether element ``k`` is a one-line byline of one common word set over a title or kicker, not under a head."""
    e = elements[k]
    if k == 0 or k + 1 >= len(elements) or e.kind != "byline" or len(e.items) != 1:
        return False
    if elements[k + 1].kind not in HEADS_UNDER_LABEL or elements[k - 1].kind in HEAD_KINDS:
        return False
    text = e.text.strip()
    return label_shaped(text) and is_one_word(text)


def labels_over_wider_heads(units: list[Unit], top_free: bool) -> list[Unit]:
    """Each unit that is one label-shaped headline line alone, set right over a head much wider than it and with no
    label (:func:`_label_over_wider`), made that head's column label and joined to it.

    A label printed plain (in an outlined box, beside a bar, on a tinted tab) is a line of a few Han characters over
    its article's kicker or title. A wrapped headline's upper line is the fuller one (a headline wraps where its box
    ends), so a line at least :data:`~textclean.clean.wrapped.UNWRAPPED_WIDTH_DIFF` narrower than the line under it
    is no upper half; nor is it a title of its own, with no body between it and the next head. Before (PyMuPDF, the
    fourth layout): body / ``走进基层`` / ``今后五年建设和改革的目标、方针`` / ``和任务`` made ``走进基层`` a title of
    its own (its words are in the bodies; ``今后`` opens no clause); after, the title's label. Asked once the page's
    banner is sought: the page's first line only on a page found to have none (``top_free``; a banner stands over
    the first head as a label does, and a page whose banner was found elsewhere may have read its top line wrong:
    pdftotext, ``综合`` over a title with a dateline taken for the banner). Not so: a line that breaks a word into the
    head, a head that has its label.

    >>> from textclean.clean.roles import Item
    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda kind, t: Element(kind, [Item(0, t, t, text_width(t), False, True)], t)
    >>> units = [Unit([mk("title", "走进基层")], 4, 4), Unit([mk("title", "今后五年建设和改革的目标、方针")], 5, 5)]
    >>> [[(e.kind, e.text) for e in u.elements] for u in labels_over_wider_heads(units, True)]
    [[('column', '走进基层'), ('title', '今后五年建设和改革的目标、方针')]]
    >>> units = [Unit([mk("title", "走进基层")], 4, 4), Unit([mk("title", "今后五年")], 5, 5)]  # (no wider)
    >>> len(labels_over_wider_heads(units, True))
    2
    """
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if prev is not None and (top_free or prev.start > 0) and _label_over_wider(prev, u):
            label = prev.elements[0]
            u.elements[:0] = [Element("column", label.items, label.text)]
            u.start = prev.start
            out[-1] = u
        else:
            out.append(u)
    return out


def labels_under_top(units: list[Unit]) -> int:
    """How many units below the page's first line :func:`labels_over_wider_heads` will join to the head under them:
    labels, no headlines. The page's headlines are counted against its bodies before that join (a top line heads
    no body when the page has one headline more, :func:`~textclean.clean.banner.find_banner`); a label counted
    as a headline made the page's first title its banner once a pull quote no longer counted as a body
    (third layout, ``特别关注`` over ``2025年经济社会发展总体要求和政策取向``).

    >>> from textclean.clean.roles import Item
    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda kind, t: Element(kind, [Item(0, t, t, text_width(t), False, True)], t)
    >>> label, head = Unit([mk("title", "走进基层")], 4, 4), Unit([mk("title", "今后五年建设和改革的目标、方针")], 5, 5)
    >>> labels_under_top([label, head]), labels_under_top([head])
    (1, 0)
    """
    return sum(1 for a, b in itertools.pairwise(units) if a.start > 0 and _label_over_wider(a, b))


def _label_over_wider(upper: Unit, lower: Unit) -> bool:
    """Whether ``upper`` is one label-shaped title line right over ``lower``, a head with no
    label opening with a kicker or title line at least :data:`~textclean.clean.wrapped.UNWRAPPED_WIDTH_DIFF` wider,
    into which it breaks no word."""
    if upper.end + 1 != lower.start or [e.kind for e in upper.elements] != ["title"]:
        return False
    line, head = upper.elements[0], lower.elements[0]
    if len(line.items) != 1 or head.kind not in HEADS_UNDER_LABEL or "column" in lower.kinds():
        return False
    if not label_shaped(line.text) or head.items[0].width - line.items[0].width < UNWRAPPED_WIDTH_DIFF:
        return False
    return not breaks_a_word(line.text, head.items[0].text)
