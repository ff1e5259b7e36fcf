"""A piece titled by a numbered section head -> a section of the article whose sections it continues.

pdfminer reads a long feature's columns out of order, and a column that opens with one of its numbered section
heads (``（二）修书如修心``, ``二、…``) is read apart from the article: the head, over its text, is taken for the
title of an article of its own. No article is titled by a section number: the number says the piece is a section
of the article whose other sections are numbered in the same way, and the neighbouring number tells which one
(:func:`section_pieces`). Where two articles hold sections of that numbering, the article that holds the number
next to the piece's takes it; :func:`~textclean.clean.sections.in_section_order` then puts the sections in order.
"""

from __future__ import annotations

from dataclasses import replace

from textclean.clean.chardata import SENTENCE_END
from textclean.clean.sections import in_section_order, section_number
from textclean.models import Article, Block

#: A section head is a short line: at most this many characters (the families' and the devpages' section heads run
#: 4 to 16); a longer line opening with a number is a list item's text.
MAX_SECTION_HEAD_CHARS = 24


def section_title(article: Article) -> tuple[int, int] | None:
    """The numbering family and number of ``article``'s title when it is a numbered section head (short, no sentence
    stop), else None. Its label or kicker, if any, is no
    evidence against it: a line of running text or a wrapped title's half read over it.

    >>> from textclean.models import Article
    >>> mk = lambda t, **kw: Article("a", "s", "0", t, [Block("paragraph", "甲。")], [], **kw)
    >>> section_title(mk("（二）修书如修心")), section_title(mk("三、难题怎么破"))
    ((0, 2), (1, 3))
    >>> section_title(mk("修书如修心")), section_title(mk("一、加强管理。")), section_title(mk("（二）" + "长" * 30))
    (None, None, None)
    """
    title = article.title.strip()
    if not title or len(title) > MAX_SECTION_HEAD_CHARS or any(c in SENTENCE_END for c in title):
        return None
    return section_number(Block("heading", title))


def section_pieces(articles: list[Article]) -> list[Article]:
    """The page's articles, each titled by a numbered section head (:func:`section_title`) joined, its title a
    heading, to the one other article whose headings hold a section of the same numbering and the number next to
    its own (and not its own number): that article's sections go on in it. Its authors, note and pull quote (the
    article's: a pull quote restates its text) fill the joined article's where that has none. The sections then stand in the order of their numbers
    (:func:`~textclean.clean.sections.in_section_order`).

    Before (pdfminer, lay7-22): ``社区食堂烟火气`` with the heading ``（二）把账算在明处``, then articles titled
    ``（三）难题怎么破`` and ``（一）风雨之后见彩虹``; after, one article with the three sections. Not joined: a piece
    whose number no other article's headings neighbour (``一、…`` on a page with no ``二、``), or whose neighbouring
    number two articles hold (nothing tells which).

    >>> from textclean.models import Article
    >>> def mk(title: str, *heads: str) -> Article:
    ...     return Article("a", "s", "0", title, [b for h in heads for b in (Block("heading", h), Block("paragraph", h + "。"))], [])
    >>> out = section_pieces([mk("主标题", "（二）乙"), mk("（三）丙"), mk("（一）甲")])
    >>> [a.title for a in out], [b.text for b in out[0].blocks if b.kind == "heading"]
    (['主标题'], ['（一）甲', '（二）乙', '（三）丙'])
    >>> [a.title for a in section_pieces([mk("主标题", "（二）乙"), mk("另一篇", "（二）丁"), mk("（三）丙")])]
    ['主标题', '另一篇', '（三）丙']
    """
    numbered = [section_title(a) for a in articles]
    if not any(numbered):
        return articles
    held = [{s for b in a.blocks if (s := section_number(b)) is not None} for a in articles]
    joins: dict[int, int] = {}
    for k, number in enumerate(numbered):
        if number is None:
            continue
        family, n = number
        hosts = [
            j
            for j, has in enumerate(held)
            if j != k and numbered[j] is None and (family, n) not in has and ({(family, n - 1), (family, n + 1)} & has)
        ]
        if len(hosts) == 1:
            joins[k] = hosts[0]
    if not joins:
        return articles
    out = list(articles)
    for k, host in joins.items():
        out[host] = _joined(out[host], articles[k])
    return [a for k, a in enumerate(out) if k not in joins]


def _joined(host: Article, piece: Article) -> Article:
    """``host`` with ``piece`` appended as a section (its title a heading), the sections in order."""
    blocks = in_section_order([*host.blocks, Block("heading", piece.title.strip()), *piece.blocks])
    return replace(
        host,
        blocks=blocks,
        line_spans=sorted({*host.line_spans, *piece.line_spans}),
        authors=host.authors or piece.authors,
        author_note=host.author_note or piece.author_note,
        affiliation=host.affiliation or piece.affiliation,
        pull_quote=host.pull_quote or piece.pull_quote,
    )
