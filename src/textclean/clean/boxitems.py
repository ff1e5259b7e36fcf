"""A box's label heads every item of the box, not its first alone (:func:`label_box_items`)."""

from __future__ import annotations

from dataclasses import replace

from textclean.clean.chardata import DATELINE_OPEN_NAME_RE, DATELINE_RE, NAME_RUN_ON_RE
from textclean.models import Article, Page

#: A box item is a short piece of news: one paragraph of a few lines (lay8's and lay9's items hold 25-90
#: characters); a story, even a short one, runs longer or in several paragraphs.
MAX_ITEM_CHARS = 120
#: Items of one box are printed one under the other: the next item's first line is at most this many lines past
#: the last line of the item above (a blank line between them).
MAX_ITEM_GAP = 2
#: The brackets a signature closes an item with (``…重新开门迎客。（程澜凯）``): a line ending so signs the item
#: (box items are signed so), where a byline on a line of its own heads a story.
SIGNATURE_CLOSE = "）)"


def is_box_item(article: Article) -> bool:
    """Whether an article is shaped as an item of a box: a title, one paragraph of at most :data:`MAX_ITEM_CHARS`
    characters, no kicker, subtitle or pull quote (a story's head holds those).

    >>> from textclean.models import Block
    >>> item = Article("a", "p", "", "沙特举行议会选举", [Block("paragraph", "沙特5月3日举行议会选举。")], [(9, 11)])
    >>> is_box_item(item), is_box_item(replace(item, kicker="环球观察")), is_box_item(replace(item, title=""))
    (True, False, False)
    """
    return (
        bool(article.title)
        and len(article.blocks) == 1
        and len(article.body) <= MAX_ITEM_CHARS
        and article.kicker is None
        and article.subtitle is None
        and article.pull_quote is None
    )


def own_byline(article: Article, page: Page) -> bool:
    """Whether an article carries a byline of its own: a printed line of its spans (inclusive) naming its first author that
    does not close with a signature's bracket (:data:`SIGNATURE_CLOSE`). A separately bylined story under a
    labelled item (``我国首列氢能货运列车试运行`` / ``本报记者 张晓``) is no item of the box; an item signed at its
    end (``…迎客。（程澜凯）``) is one.

    >>> from textclean.models import Line
    >>> page = Page("p", "", "utf-8", tuple(Line(n, t) for n, t in enumerate(["标题", "本报记者 张晓", "迎客。（程澜凯）"])))
    >>> art = lambda name, span: Article("a", "p", "", "标题", [], [span], authors=[name])
    >>> own_byline(art("张晓", (0, 1)), page), own_byline(art("程澜凯", (0, 2)), page), own_byline(art("程澜凯", (2, 2)), page)
    (True, False, False)
    """
    if not article.authors:
        return False
    name = article.authors[0]
    texts = [page.lines[n].text.strip() for a, b in article.line_spans for n in range(a, min(b + 1, len(page.lines)))]
    return any(
        name in t and t[-1:] not in SIGNATURE_CLOSE and not names_in_dateline(texts[k - 1] if k else "", t, name)
        for k, t in enumerate(texts)
    )


def names_in_dateline(above: str, text: str, name: str) -> bool:
    """Whether ``name`` is named in ``text`` by a dateline's reporters' bracket opening it
    (:data:`~textclean.clean.chardata.DATELINE_RE`: ``本报讯（记者 程澜凯）市图书馆…``, ``新华社北京5月3日电（记者 王明）…``)
    or by such a bracket left open on the line ``above`` (:data:`~textclean.clean.chardata.DATELINE_OPEN_NAME_RE`,
    ``本报讯（记者`` / ``程澜凯）市图书馆…``): an item's dateline, no byline of its own.

    >>> names_in_dateline("", "本报讯（记者 程澜凯）市图书馆自本月", "程澜凯"), names_in_dateline("", "本报记者 张晓", "张晓")
    (True, False)
    """
    opening = DATELINE_RE.match(text) or DATELINE_OPEN_NAME_RE.match(text)
    if opening is not None and name in opening.group(0):
        return True
    return bool(text.startswith(name) and NAME_RUN_ON_RE.match(text) and DATELINE_RE.match(above + text))


def label_box_items(articles: list[Article], page: Page | None = None) -> list[Article]:
    """The page's articles, the items printed right under a box's first item given its column label.

    A box of short items under one label (``环球速览``, ``文化简讯``), each item's head on a line of its own, is read
    as one article per item; the label, set over the first head, went to the first item alone. An item (a short
    one-paragraph piece, :func:`is_box_item`) with a column and no byline opens a box; each item with no column set
    right under the one before (:data:`MAX_ITEM_GAP`) is the same box's. Before (PyMuPDF, lay9 gj-08): three items
    ``瑞士与意大利签署能源协议`` (column ``环球速览``), ``沙特阿拉伯举行议会选举``, ``WHO发布粮食报告`` (no column);
    after, all three of column ``环球速览``. Not given: a story under a labelled item (longer, or in several
    paragraphs), an item with a column of its own, one printed elsewhere on the page, and the items after a
    labelled piece that carries a byline (a short comment, not a box), nor an item with a byline of its own on the
    ``page`` (:func:`own_byline`: a separately bylined story under a labelled item). On the ``page``, a first item
    signed at its end (``…纠纷。（唐亮）``) opens a box all the same: the names are a signature's, not a byline's
    (lay15 fr-10: the 要闻简报 box's items after the first had no column).

    >>> from textclean.models import Block
    >>> mk = lambda title, span, col=None, text="沙特5月3日举行议会选举。": Article("a", "p", "", title, [Block("paragraph", text)], [span], column=col)
    >>> arts = [mk("瑞士签署能源协议", (5, 7), "环球速览"), mk("沙特举行议会选举", (8, 10)), mk("WHO发布报告", (11, 12))]
    >>> [a.column for a in label_box_items(arts)]
    ['环球速览', '环球速览', '环球速览']
    >>> [a.column for a in label_box_items([arts[0], mk("故事", (8, 30), text="甲" * 200), arts[2]])]
    ['环球速览', None, None]
    >>> [a.column for a in label_box_items([replace(arts[0], authors=["唐华"]), *arts[1:]])]
    ['环球速览', None, None]
    """
    out = list(articles)
    for k in range(1, len(out)):
        above, here = out[k - 1], out[k]
        if above.column is None or here.column is not None or not (is_box_item(above) and is_box_item(here)):
            continue
        if page is not None and own_byline(here, page):
            continue  # (a story bylined on a line of its own, set under the box)
        if not above.line_spans or not here.line_spans:
            continue
        if not 0 < here.line_spans[0][0] - above.line_spans[-1][1] <= MAX_ITEM_GAP:
            continue
        if k == 1 or out[k - 2].column != above.column or not is_box_item(out[k - 2]):
            if above.authors and (page is None or own_byline(above, page)):
                continue  # (a labelled short piece signed by a byline: a comment, not a box's first item)
        out[k] = replace(here, column=above.column)
    return out
