"""A pull quote box read into the end of the paragraph above it -> the article's pull quote.

An unlabelled pull quote box (:mod:`~textclean.clean.quotetwice`) prints a sentence of the story again between two of
its paragraphs. Where the box's first line is as wide as the column's, nothing parts it from the paragraph above: it
reads as that paragraph's last sentence, and the sentence is then printed twice in the article's text. The box's
first line opens a printed line, under a line that ends a sentence; the sentence stands again in another paragraph.
"""

from __future__ import annotations

import re
from dataclasses import replace

from textclean.clean.chardata import text_width
from textclean.clean.quotetwice import MAX_QUOTE_CHARS, MIN_QUOTE_CHARS, OPENING_CHARS, flat
from textclean.models import Article, Block, Page

#: A sentence and the marks that close it (closing quotes after its stop).
SENTENCE_RE = re.compile("[^。！？]*[。！？][”’」』]*")
#: How many printed lines above the box's first line give the column's full line (its width in em): the line just
#: above may be a paragraph's short last line (lay15 fr-06), the two over it are the column's.
COLUMN_LINES_ABOVE = 3
#: A box's first line is narrower than the column's full line by more than this (em): a justified line of the
#: story is as wide as the column within half an em (its figures' digits set narrower or wider than half an em);
#: the front pages' boxes set 12-13 em against 13-14.
WIDTH_SLACK = 0.5


def quote_tail(article: Article, page: Page | None = None) -> Article:
    """``article`` with a pull quote box read as the last sentence of a paragraph taken out of it: the sentence
    (:data:`~textclean.clean.quotetwice.MIN_QUOTE_CHARS` to :data:`~textclean.clean.quotetwice.MAX_QUOTE_CHARS`
    characters) opens a printed line of the page under a line ending a sentence (:func:`_opens_a_line`), and another
    paragraph of the article holds it word for word, not at its end. Asked when the article has no pull quote, of
    paragraphs after the first (a lede's sentence a later paragraph repeats is the writer's).

    Before (PyMuPDF, a front page): ``会议指出，…迅速掀起学习宣传贯彻热潮。要把全国两会精神转化为推动云川高质量发展的
    强大动力和具体行动。`` / ``会议强调，要把全国两会精神转化为…`` kept the box as the paragraph's end; after, it is the
    pull quote. Not taken: a sentence said once, a sentence read inside a line (the writer's repeat), one another
    paragraph ends with too.

    >>> from textclean.models import Line
    >>> q = "要把两会精神转化为推动发展的强大动力。"
    >>> lines = ["本报讯　会议召开。", "会议指出，要迅速掀起热潮。", "要把两会精神转化为推动发", "展的强大动力。", "会议强调，" + q]
    >>> page = Page("p.txt", "0" * 64, "utf-8", tuple(Line(i, t) for i, t in enumerate(lines)))
    >>> P = lambda t: Block("paragraph", t)
    >>> a = Article("a", "s", "h", "题", [P(lines[0]), P("会议指出，要迅速掀起热潮。" + q), P("会议强调，" + q + "要抓落实。")], [])
    >>> b = quote_tail(a, page)
    >>> b.pull_quote, b.blocks[1].text
    ('要把两会精神转化为推动发展的强大动力。', '会议指出，要迅速掀起热潮。')
    >>> quote_tail(replace(a, blocks=a.blocks[:2]), page).pull_quote is None  # (said once)
    True
    """
    if article.pull_quote or page is None or len(article.blocks) < 2:
        return article
    flats = [flat(b.text) for b in article.blocks]
    for k, block in enumerate(article.blocks):
        if k == 0 or block.kind != "paragraph":
            continue
        sentences = SENTENCE_RE.findall(flats[k])
        if len(sentences) < 2:
            continue
        tail = sentences[-1]
        if not MIN_QUOTE_CHARS <= len(tail) <= MAX_QUOTE_CHARS:
            continue
        others = [f for j, f in enumerate(flats) if j != k and tail in f]
        if not others or any(f.endswith(tail) for f in others) or not _opens_a_line(page, tail):
            continue
        head = flats[k][: len(flats[k]) - len(tail)]
        blocks = [*article.blocks[:k], Block("paragraph", _text_before(block.text, head)), *article.blocks[k + 1 :]]
        return replace(article, blocks=blocks, pull_quote=tail)
    return article


def _opens_a_line(page: Page, text: str) -> bool:
    """Whether a printed line of ``page`` opens with ``text``'s first characters, under a line ending a sentence,
    set as a box's: where ``text`` wraps past that line, the line is narrower than the column's full lines above it
    (:data:`COLUMN_LINES_ABOVE`, :data:`WIDTH_SLACK`; a quote is set in larger type, a sentence of the story wraps at
    the column's width: a refrain or a slogan the story says again is the writer's).

    >>> from textclean.models import Line
    >>> mk = lambda *ts: Page("p.txt", "0" * 64, "utf-8", tuple(Line(i, t) for i, t in enumerate(ts)))
    >>> box = mk("贯彻全国两会精神作为当前", "速掀起学习宣传贯彻热潮。", "要把两会精神转化为", "推动发展的动力。")
    >>> _opens_a_line(box, "要把两会精神转化为推动发展的动力。")
    True
    >>> run = mk("歌声响起，台下的孩子", "们也跟着哼唱起来。", "我和我的祖国，一刻也", "不能分割。")
    >>> _opens_a_line(run, "我和我的祖国，一刻也不能分割。")  # (wraps at the column's width: the story's text)
    False
    """
    opening = text[:OPENING_CHARS]
    lines = [flat(ln.text) for ln in page.lines if ln.text.strip()]
    return any(
        t.startswith(opening)
        and k > 0
        and lines[k - 1][-1:] in "。！？”’"
        and (
            len(t) >= len(text)
            or text_width(t) < _column_width(lines[max(0, k - COLUMN_LINES_ABOVE) : k]) - WIDTH_SLACK
        )
        for k, t in enumerate(lines)
    )


def _column_width(lines: list[str]) -> float:
    """The widest of ``lines`` in em (:func:`~textclean.clean.chardata.text_width`)."""
    return max(text_width(u) for u in lines)


def _text_before(text: str, head: str) -> str:
    """The part of ``text`` whose characters, white space dropped, are ``head`` (the block's own spacing kept)."""
    n = 0
    for i, ch in enumerate(text):
        if n == len(head):
            return text[:i].rstrip()
        n += not ch.isspace()
    return text
