"""A title read as another article's subheading -> the title of the untitled article it names.

pdfminer reads a one-line title set between two columns of another article, in
the same measure, as a line of that article: between two of its paragraphs it
is a subheading there (nothing in its shape tells a title from a subheading),
and its own article is left untitled. The words tell: a title names its own
body. :func:`title_untitled` gives an untitled article the unnumbered
subheading of another article that names its body, by :data:`STRAY_HEAD_MARGIN`
more than any other body of the page.
"""

from __future__ import annotations

from dataclasses import replace

from textclean.clean.chardata import ENUM_OPENER_RE
from textclean.clean.match import BigramIdf
from textclean.clean.sections import section_number
from textclean.models import Article, Block, Page

#: A subheading is another article's title when it fits that article's body by at least this much more than any
#: other body's (:meth:`~textclean.clean.match.BigramIdf.coverage`, 0 to 1; the text around it excluded). A
#: subheading of its own article names its own section's words; the devpages' kicker rule asks as much
#: (:data:`~textclean.clean.units.KICKER_MARGIN`).
STRAY_HEAD_MARGIN = 0.3


def title_untitled(articles: list[Article], page: Page) -> list[Article]:
    """The page's articles, each untitled one given the unnumbered subheading of another that names its body.

    Before (pdfminer, devpages gov-2007-04): ``深化改革和扩大开放`` held the subheading ``加强政府自身改革和建设``
    between two of its paragraphs, and the article whose body opens ``做好新形势下的政府工作，必须不断加强政府
    自身改革和建设`` was untitled; after, that line is its title. Not moved: a numbered subheading (``（四）…``), one
    that fits its own article's text as well, or when no article is untitled.
    """
    untitled = [k for k, a in enumerate(articles) if not a.title and a.blocks]
    if not untitled:
        return articles
    idf = BigramIdf(["".join(b.text for b in a.blocks if b.kind == "paragraph") for a in articles])
    out = list(articles)
    for u in untitled:
        found = _stray_head(out, u, idf)
        if found is None:
            continue
        host, index = found
        head = out[host].blocks[index]
        lines = _lines_of(page, out[host].line_spans, head.text)
        out[host] = replace(
            out[host],
            blocks=[b for k, b in enumerate(out[host].blocks) if k != index],
            line_spans=_without(out[host].line_spans, lines),
        )
        out[u] = replace(out[u], title=head.text, line_spans=_with(out[u].line_spans, lines))
    return out


def _stray_head(articles: list[Article], untitled: int, idf: BigramIdf) -> tuple[int, int] | None:
    """The article and block index of the unnumbered subheading that names body ``untitled`` best, by
    :data:`STRAY_HEAD_MARGIN` at least; None when none does."""
    best, where = STRAY_HEAD_MARGIN, None
    for host, art in enumerate(articles):
        if host == untitled:
            continue
        for index, block in enumerate(art.blocks):
            if not _unnumbered_head(block):
                continue
            others = max((idf.coverage(block.text, d) for d in range(idf.n) if d != untitled), default=0.0)
            margin = idf.coverage(block.text, untitled) - others
            if margin >= best:
                best, where = margin, (host, index)
    return where


def _unnumbered_head(block: Block) -> bool:
    """A subheading that numbers no section or item (``（四）…``, ``一、…``, ``第一，…`` belong to their text).

    >>> _unnumbered_head(Block("heading", "加强政府自身改革和建设")), _unnumbered_head(Block("heading", "（四）推进民主法制建设"))
    (True, False)
    """
    return block.kind == "heading" and section_number(block) is None and not ENUM_OPENER_RE.match(block.text)


def _lines_of(page: Page, spans: list[tuple[int, int]], text: str) -> set[int]:
    """The page lines within ``spans`` that print ``text`` (one line, or a few in a row; spaces aside)."""
    want = "".join(text.split())
    nos = [k for a, b in spans for k in range(a, b + 1) if k < len(page.lines) and not page.lines[k].blank]
    for i in range(len(nos)):
        got = ""
        for j in range(i, min(i + 3, len(nos))):
            got += "".join(page.lines[nos[j]].text.split())
            if got == want:
                return set(nos[i : j + 1])
            if not want.startswith(got):
                break
    return set()


def _without(spans: list[tuple[int, int]], lines: set[int]) -> list[tuple[int, int]]:
    """``spans`` less ``lines``.

    >>> _without([(0, 5)], {2}), _without([(0, 5)], set())
    ([(0, 1), (3, 5)], [(0, 5)])
    """
    out: list[tuple[int, int]] = []
    for a, b in spans:
        start = a
        for k in range(a, b + 1):
            if k in lines:
                if start < k:
                    out.append((start, k - 1))
                start = k + 1
        if start <= b:
            out.append((start, b))
    return out


def _with(spans: list[tuple[int, int]], lines: set[int]) -> list[tuple[int, int]]:
    """``spans`` and ``lines``, in order.

    >>> _with([(5, 9)], {2})
    [(2, 2), (5, 9)]
    """
    return sorted([*spans, *((k, k) for k in sorted(lines))])
