"""A title read as another article's subheading -> the title of the untitled article it names.

pdfminer reads a one-line title set between two columns of another article, in
the same measure, as a line of that article: between two of its paragraphs it
is a subheading there (nothing in its shape tells a title from a subheading),
and its own article is left untitled. The words tell: a title names its own
body. :func:`title_untitled` gives an untitled article the unnumbered
subheading of another article that names its body, by :data:`STRAY_HEAD_MARGIN`
more than any other body of the page; :func:`kickers_to_untitled` gives one the clause-shaped kicker of another
article (two titles read stacked, the upper taken for the lower's kicker).
"""

from __future__ import annotations

from dataclasses import replace

from textclean.clean.chardata import ENUM_OPENER_RE
from textclean.clean.lexicon import opens_as_name, opens_with_date
from textclean.clean.match import BigramIdf
from textclean.clean.runinpieces import MAX_PIECE_CHARS
from textclean.clean.sections import section_number
from textclean.models import Article, Block, Page

#: A subheading is another article's title when it fits that article's body by at least this much more than any
#: other body's (:meth:`~textclean.clean.match.BigramIdf.coverage`, 0 to 1; the text around it excluded). A
#: subheading of its own article names its own section's words; the devpages' kicker rule asks as much
#: (:data:`~textclean.clean.bodynames.KICKER_MARGIN`).
STRAY_HEAD_MARGIN = 0.3
#: A subheading under a name is the article's title when its own body is at least this likely, of the page's
#: bodies, to be the one it names (:meth:`~textclean.clean.match.BigramIdf.likelihood_share`): report excerpts
#: share their words, so whether a body holds them tells little (:meth:`~textclean.clean.match.BigramIdf.coverage`),
#: how often it uses them more. The family gold's subheadings under a name: 0.53, 0.56 (pdfminer's read title of
#: devpages gov-2012-04: 0.76).
NAMED_HEAD_SHARE = 0.7


def lost_title(article: Article) -> bool:
    """Whether an article's title may have been read elsewhere on the page (:func:`kickers_to_untitled`): it has text
    and no title, and is no headless item of a labelled box (a column, no title and a short text of at most
    :data:`~textclean.clean.runinpieces.MAX_PIECE_CHARS`: a box's first item may be printed without a head, lay8's
    ``数说经济`` box, :func:`~textclean.clean.runinpieces.label_titled_box`). A labelled story is longer.

    >>> art = lambda title, column=None, n=20: Article("a", "p", "", title, [Block("paragraph", "甲" * n)], [], column=column)
    >>> lost_title(art("")), lost_title(art("", "数说经济")), lost_title(art("", "要点速览", 900)), lost_title(art("标题"))
    (True, False, True, False)
    """
    if article.title or not article.blocks:
        return False
    return article.column is None or len(article.body) > MAX_PIECE_CHARS


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
    idf = BigramIdf(["".join([b.text for b in a.blocks if b.kind == "paragraph"]) for a in articles])
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
    return names_over_stray_titles(kickers_to_untitled(out, page, idf), idf)


def names_over_stray_titles(articles: list[Article], idf: BigramIdf) -> list[Article]:
    """Each article titled by a report's name (:func:`~textclean.clean.lexicon.opens_with_date`: a date or a
    count, ``2012年主要任务``, ``第一个五年计划概要``) and holding, with no kicker, one unnumbered subheading alone
    (:func:`_lone_stray_head`) that its own body is :data:`NAMED_HEAD_SHARE` likely to be the one it names: the
    subheading is its title, the name its kicker.

    A kicker names the report or section a page excerpts (``2012年主要任务``); set over a title beside the
    article's first column, pdfminer reads the title after that column, between two paragraphs (a subheading
    there), and the kicker, left alone over the body, became the title. Before (pdfminer, devpages gov-2012-04):
    title ``2012年主要任务``, the subheading ``深入实施科教兴国战略和人才强国战略`` after the fourth paragraph; after,
    kicker and title. The devpages' and the four layout families' gold: of 101 articles titled by a name, none holds
    such a subheading (3 hold unnumbered subheadings, naming their body by 0.25 at most). Not moved: a numbered
    subheading, one that names another body as well, a name over a kicker already; a word and ``的`` (``家乡的变化``
    is a feature's title), an article sectioned by two unnumbered subheadings or more (its own sections), a
    name the page prints over no other article (a report's name heads several of its excerpts), a
    subheading that fits another body as well as its own (:meth:`~textclean.clean.match.BigramIdf.coverage`) or
    fits its body no better than the name does. The subheading's lines stay in the article's ``line_spans``.

    >>> from textclean.models import Article
    >>> science, reform = "大力发展科技教育事业，实施科教兴国战略。" * 30, "深化改革开放，推进体制改革。" * 40
    >>> body = [Block("paragraph", science), Block("heading", "实施科教兴国战略"), Block("paragraph", "科教兴国。")]
    >>> a = Article("a", "p", "", "2012年主要任务", body, [])
    >>> b = Article("b", "p", "", "深化改革", [Block("paragraph", reform)], [], subtitle="2012年主要任务")
    >>> idf = BigramIdf([science + "科教兴国。", reform])
    >>> got = names_over_stray_titles([a, b], idf)[0]
    >>> got.title, got.kicker, [x.kind for x in got.blocks]
    ('实施科教兴国战略', '2012年主要任务', ['paragraph', 'paragraph'])
    >>> names_over_stray_titles([replace(a, title="科技教育"), b], idf)[0].title
    '科技教育'
    """
    out = list(articles)
    for k, art in enumerate(out):
        if not art.title or art.kicker or not opens_with_date(art.title) or not _named_elsewhere(articles, k):
            continue
        index = _lone_stray_head(art, k, idf)
        if index is not None:
            head = art.blocks[index]
            out[k] = replace(
                art, title=head.text, kicker=art.title, blocks=[*art.blocks[:index], *art.blocks[index + 1 :]]
            )
    return out


def _named_elsewhere(articles: list[Article], k: int) -> bool:
    """Whether the page prints article ``k``'s title over another of its articles too, as that one's kicker,
    subtitle or title (spaces aside): a report's name over the excerpts a page sets of it, where a feature's
    title heads its own story alone.

    >>> from textclean.models import Article
    >>> a, b = Article("a", "p", "", "2012年主要任务", [], []), Article("b", "p", "", "深化改革", [], [])
    >>> _named_elsewhere([a, replace(b, subtitle="2012年 主要任务")], 0), _named_elsewhere([a, b], 0)
    (True, False)
    """
    name = "".join(articles[k].title.split())
    return any(
        name in ("".join((x or "").split()) for x in (a.kicker, a.subtitle, a.title))
        for j, a in enumerate(articles)
        if j != k
    )


def _lone_stray_head(article: Article, k: int, idf: BigramIdf) -> int | None:
    """The block index of the one unnumbered subheading of ``article`` (body ``k``) that may be its title read
    between its paragraphs (:func:`names_over_stray_titles`), else None: it is the article's only unnumbered
    subheading (a feature's sections have two or more), it fits its own body better than any other body of the page
    (:meth:`~textclean.clean.match.BigramIdf.coverage`), its body is :data:`NAMED_HEAD_SHARE` likely to be the one
    it names (:meth:`~textclean.clean.match.BigramIdf.likelihood_share`), and more likely than for the name."""
    heads = [i for i, b in enumerate(article.blocks) if b.kind == "heading" and _unnumbered_head(b)]
    if len(heads) != 1:
        return None
    text = article.blocks[heads[0]].text
    others = max((idf.coverage(text, d) for d in range(idf.n) if d != k), default=0.0)
    share = idf.likelihood_share(text, k)
    if idf.coverage(text, k) <= others or share < NAMED_HEAD_SHARE or share <= idf.likelihood_share(article.title, k):
        return None
    return heads[0]


def kickers_to_untitled(articles: list[Article], page: Page, idf: BigramIdf) -> list[Article]:
    """Each untitled article given the clause-shaped kicker of a titled one (the kicker its body fits best).

    Two titles set one over the other (a column's last head over the next one's) are read as a kicker and its
    title, and the upper one's body is left untitled. A kicker a page's articles share names a report or a series
    (:func:`~textclean.clean.lexicon.opens_as_name`: ``党的二十大报告摘登``); a clause over a title, while an article
    of the page has no title, is that article's title. Before (pdfminer, devpages cpc-20-04): kicker
    ``增进民生福祉，提高人民生活品质`` over ``推进国家安全体系和能力现代化``, and the article ``江山就是人民…``
    untitled; after, that clause its title. Not moved: a name, a numbered head (``（二）…``), a kicker over no title.
    """
    out = list(articles)
    for u in [k for k, a in enumerate(out) if lost_title(a)]:
        titles = {"".join(a.title.split()) for a in out}
        hosts = [h for h, a in enumerate(out) if h != u and _clause_kicker(a, titles)]
        if not hosts:
            continue
        host = max(hosts, key=lambda h: (idf.coverage(out[h].kicker or "", u), -h))
        kicker = out[host].kicker or ""
        lines = _lines_of(page, out[host].line_spans, kicker)
        out[host] = replace(out[host], kicker=None, line_spans=_without(out[host].line_spans, lines))
        out[u] = replace(out[u], title=kicker, line_spans=_with(out[u].line_spans, lines))
    return out


def _clause_kicker(article: Article, titles: set[str]) -> bool:
    """Whether ``article`` has a title and a kicker that may be a lost title (:func:`kickers_to_untitled`): the
    kicker opens as no name (:func:`~textclean.clean.lexicon.opens_as_name`), is unnumbered, holds no digit
    (``学习1978年政府工作报告`` names a report), and is no article's title (``titles``, spaces aside: a head the page
    prints twice, over its own article and as the kicker of the next, is that kicker).

    >>> from textclean.models import Article
    >>> a = Article("a", "p", "", "推进国家安全体系和能力现代化", [], [], kicker="增进民生福祉，提高人民生活品质")
    >>> _clause_kicker(a, set()), _clause_kicker(replace(a, kicker="党的二十大报告摘登"), set())
    (True, False)
    >>> _clause_kicker(a, {"增进民生福祉，提高人民生活品质"}), _clause_kicker(replace(a, kicker="学习1978年报告"), set())
    (False, False)
    """
    k = article.kicker
    return bool(
        article.title
        and k
        and not opens_as_name(k)
        and not ENUM_OPENER_RE.match(k)
        and not any(ch.isdigit() for ch in k)
        and "".join(k.split()) not in titles
    )


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
