"""Items of a briefs box read as one article: parted at their heads, so each carries the box's label
(:func:`split_box_items`).

A box of short items (``产经速递``, ``要闻简报``) prints each item's bold head over a one-paragraph text. Where the
reader takes one head for a subheading (or a glyph-led paragraph: ``■安澜市开通首批定制公交线路``), two items make
one article: the second is missed, and the box's label (:func:`~textclean.clean.boxitems.label_box_items`) stops
at the article, too long for an item, so the items under it lose their column. The shape tells the box: under a
column label, or right under an item of a labelled box, an article of one short paragraph, a head, one short
paragraph (and so on), most of them with a figure or a signature, is that many items.
"""

from __future__ import annotations

import re
from dataclasses import replace

from textclean.clean.boxitems import MAX_ITEM_GAP, SIGNATURE_CLOSE, is_box_item, own_byline
from textclean.clean.briefs import MAX_HEAD_CHARS, MIN_HEAD_CHARS, has_stop, unmarked_title
from textclean.clean.bylinefirst import DATELINE_OPENING
from textclean.clean.bylines import signed_paragraph
from textclean.clean.chardata import CLAUSE_PUNCT_RE, LIST_NUMBER_RE
from textclean.clean.ownheadbox import BRIEF_MARK_RE, MIN_BRIEF_MARK_SHARE
from textclean.clean.repair import join_lines
from textclean.clean.typesetting import is_column_label
from textclean.models import Article, Block, Page

#: An item's text is short: the studied families' briefs hold 60 to 160 characters (front pages' 要闻简报 up to
#: 160, economy pages' 81-113); a story's paragraph under a subheading runs on, and a story's section holds several.
MAX_PIECE_CHARS = 160
#: An item's text may open with a dateline (``本报讯（记者 冯佳）``, ``据新华社电``, ``新华社柏林3月10日电``): the paper or
#: agency, up to 12 characters of place and date, then 讯 or 电 (:data:`~textclean.clean.bylinefirst.DATELINE_OPENING`).
#: A head run into it stands before it.
ITEM_DATELINE_RE = re.compile(DATELINE_OPENING)
#: What ends an interview's question or a sentence set as a subheading (``哪些人可以参加？``): a brief's head states
#: its news and ends with none (the studied families' brief heads: none so).
QUESTION_ENDS = ("？", "?", "！", "!", "。")
#: A "head" that ends with a full date (``云川日报2026年3月19日``): the paper's name over its date, the masthead PyMuPDF
#: and pdfminer print after the page's last box (lay15's front pages: 12 boxes took it, and the ``新闻热线`` line under
#: it, for an item); a brief's head states its news, its date inside it.
DATED_NAME_RE = re.compile("[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[ \u3000]*星期.)?$")
#: What ends an item's text: a sentence stop, or a signature's closing bracket (``（宁晓）``).
TEXT_END_CHARS = "。！？）)”"


def split_box_items(articles: list[Article], page: Page | None) -> list[Article]:
    """The page's articles, each that is several items of a box read as one (:func:`_item_heads`) parted into them.

    Before (PyMuPDF, lay17 ec-01): ``产经速递`` box, the article ``沪深交易所优化再融资审核机制`` whose text held the
    head ``首批科创债ETF上市交易`` as a subheading and that item's text; after, two articles, the second titled
    with that head and signed by its closing ``（韩露）``. Not parted: a story (a kicker, a subtitle, a byline line
    of its own, a section of several paragraphs or a long one), an article neither labelled nor set right under a
    box's item.

    >>> from textclean.models import Line
    >>> texts = ["产经速递", "甲公司发布新品", "甲公司3月1日发布", "新品。", "乙银行下调利率", "乙银行3月2日下", "调利率。（韩露）"]
    >>> page = Page("p", "", "utf-8", tuple(Line(n, t) for n, t in enumerate(texts)))
    >>> P, H = (lambda t: Block("paragraph", t)), (lambda t: Block("heading", t))
    >>> merged = Article("a", "p", "", "甲公司发布新品", [P("甲公司3月1日发布新品。"), H("乙银行下调利率"), P("乙银行3月2日下调利率。")], [(0, 6)], column="产经速递", authors=["韩露"])
    >>> [(a.title, a.column, a.authors, a.line_spans) for a in split_box_items([merged], page)]
    [('甲公司发布新品', '产经速递', [], [(0, 3)]), ('乙银行下调利率', '产经速递', ['韩露'], [(4, 6)])]
    >>> len(split_box_items([replace(merged, column=None)], page)), len(split_box_items([replace(merged, kicker="引题")], page))
    (1, 1)
    """
    if page is None:
        return articles
    articles = _labels_read_last(articles, page)
    out: list[Article] = []
    boxed = False  # (the article above is an item of a labelled box)
    for article in articles:
        article = _tail_read_as_name(article, page)
        above = out[-1] if out else None
        under = boxed and above is not None and _right_under(above, article)
        pieces = _parted(article, page) if article.column is not None or under else None
        if pieces is None:
            boxed = is_box_item(article) and (article.column is not None or under) and not own_byline(article, page)
            out.append(article)
            continue
        out.extend(pieces)
        boxed = True
    return out


def _right_under(above: Article, here: Article) -> bool:
    """Whether ``here`` opens right under ``above`` ends (:data:`~textclean.clean.boxitems.MAX_ITEM_GAP`)."""
    if not above.line_spans or not here.line_spans:
        return False
    return 0 < here.line_spans[0][0] - above.line_spans[-1][1] <= MAX_ITEM_GAP


def _item_head(block: Block) -> bool:
    """Whether a block of a box's article is an item's head: a subheading, or a paragraph of a head's length with
    no sentence stop (``■安澜市开通首批定制公交线路``, ``北京发布支持数字经济发展若干措施``): an item's text ends with a
    stop or its signature's bracket, whatever its length. A question (an interview's) heads no item; a numbered head
    (``（一）…``, ``1.…``: :data:`~textclean.clean.chardata.LIST_NUMBER_RE`) heads a story's section (devpages
    gov-2006-04).

    >>> _item_head(Block("heading", "首批科创债ETF上市交易")), _item_head(Block("paragraph", "■安澜市开通首批定制公交线路"))
    (True, True)
    >>> _item_head(Block("paragraph", "■安澜市日前开通首批6条定制公交线路。")), _item_head(Block("paragraph", "（何静）"))
    (False, False)
    >>> _item_head(Block("heading", "（一）规划纲要的编制过程")), _item_head(Block("heading", "1.欧洲市场增长最快"))
    (False, False)
    >>> _item_head(Block("heading", "哪些人可以参加？")), _item_head(Block("heading", "国家统计局：1—2月份国民经济开局平稳"))
    (False, True)
    """
    if LIST_NUMBER_RE.match(block.text.strip()):
        return False
    if block.kind == "heading":
        return not block.text.strip().endswith(QUESTION_ENDS)  # (an interview's question: ``能享受哪些优惠？``)
    text = block.text.strip()
    return len(text) <= MAX_HEAD_CHARS and not has_stop(text) and not text.endswith(tuple(SIGNATURE_CLOSE))


def _item_heads(article: Article, blocks: list[Block]) -> list[int] | None:
    """The indexes of the item heads among ``article``'s blocks when they part it into items, else None: no kicker,
    subtitle or pull quote; blocks alternate paragraph, head, paragraph… (one paragraph an item), each paragraph at
    most :data:`MAX_PIECE_CHARS`, and more than :data:`~textclean.clean.ownheadbox.MIN_BRIEF_MARK_SHARE` of them hold
    a figure or a signature's bracket (:data:`~textclean.clean.ownheadbox.BRIEF_MARK_RE`: news, not a comment).

    >>> P, H = (lambda t: Block("paragraph", t)), (lambda t: Block("heading", t))
    >>> mk = lambda *bs: Article("a", "p", "", "题", list(bs), [(0, 9)])
    >>> heads = lambda a: _item_heads(a, a.blocks)
    >>> heads(mk(P("3月1日发布。"), H("乙"), P("3月2日下调。"))), heads(mk(P("3月1日。"), H("乙"), P("丙。"), P("丁。")))
    ([1], None)
    >>> heads(mk(P("甲" * 200), H("乙"), P("3月2日。"))), heads(mk(P("甲。"), H("乙"), P("丙。")))
    (None, None)
    """
    if article.kicker or article.subtitle or article.pull_quote or len(blocks) < 3 or not article.title:
        return None
    heads = [k for k, b in enumerate(blocks) if k % 2 == 1]
    if len(blocks) % 2 == 0 or not all(_item_head(blocks[k]) for k in heads):
        return None
    texts = [b.text for k, b in enumerate(blocks) if k % 2 == 0]
    if any(b.kind != "paragraph" or len(b.text) > MAX_PIECE_CHARS for b in blocks[::2]):
        return None
    marked = sum(bool(BRIEF_MARK_RE.search(t)) for t in texts)
    return heads if marked > MIN_BRIEF_MARK_SHARE * len(texts) else None


def unglued(block: Block) -> list[Block]:
    """A box's paragraph with the next item's head run into it, parted: a head after the text's last stop (the
    paragraph ran on into the head's lines: ``…下调至6.5%。前两月全国一般公共预算收入4.3万亿元``), or before its
    dateline (``沪深交易所优化再融资审核机制本报讯（记者 冯佳）…``); the head has a head's length
    (:data:`~textclean.clean.briefs.MAX_HEAD_CHARS`) and no clause mark. Else the block as it is.

    >>> [b.text for b in unglued(Block("paragraph", "下调至6.5%。前两月全国一般公共预算收入4.3万亿元"))]
    ['下调至6.5%。', '前两月全国一般公共预算收入4.3万亿元']
    >>> [b.text for b in unglued(Block("paragraph", "沪深交易所优化再融资审核机制本报讯（记者 冯佳）上海证券交易所…。"))]
    ['沪深交易所优化再融资审核机制', '本报讯（记者 冯佳）上海证券交易所…。']
    >>> [b.text for b in unglued(Block("paragraph", "会议指出，要稳外贸。要扩大开放，"))], len(unglued(Block("paragraph", "据新华社电　德国…。")))
    (['会议指出，要稳外贸。要扩大开放，'], 1)
    >>> len(unglued(Block("paragraph", "■青溪市“15分钟便民生活圈”覆盖九成社区")))
    1
    """
    text = block.text
    if block.kind != "paragraph" or _item_head(block):
        return [block]  # (a head already: ``■青溪市“15分钟便民生活圈”覆盖九成社区`` holds a quote's close, no stop)
    end = max(text.rfind(c) for c in TEXT_END_CHARS)
    tail = text[end + 1 :]
    if 0 <= end and MIN_HEAD_CHARS <= len(tail) <= MAX_HEAD_CHARS and not CLAUSE_PUNCT_RE.search(tail):
        return [Block("paragraph", text[: end + 1]), Block("heading", tail)]
    m = ITEM_DATELINE_RE.search(text, 0, MAX_HEAD_CHARS + 4)
    lead = text[: m.start()] if m else ""
    if m and MIN_HEAD_CHARS <= len(lead) and not CLAUSE_PUNCT_RE.search(lead) and not has_stop(lead):
        return [Block("heading", lead), Block("paragraph", text[m.start() :])]
    return [block]


def _nows(text: str) -> str:
    return re.sub(r"\s+", "", unmarked_title(text.strip()))


def _head_lines(nos: list[int], page: Page, head: str, start: int) -> tuple[int, int] | None:
    """The first and last positions in ``nos`` (from ``start``) of the page lines that print ``head``, else None."""
    want = _nows(head)
    for i in range(start, len(nos)):
        got = ""
        for j in range(i, len(nos)):
            got += _nows(page.lines[nos[j]].text)
            if got == want:
                return i, j
            if not want.startswith(got) or not got:
                break
    return None


def _spans(nos: list[int]) -> list[tuple[int, int]]:
    """Line numbers -> runs of consecutive ones as inclusive spans."""
    spans: list[tuple[int, int]] = []
    for n in nos:
        if spans and n == spans[-1][1] + 1:
            spans[-1] = (spans[-1][0], n)
        else:
            spans.append((n, n))
    return spans


def _parted(article: Article, page: Page) -> list[Article] | None:
    """``article``'s items (:func:`_item_heads`), each with its own lines, title and signature, else None (not items,
    a byline line of its own, or a head not found among its lines). A head ending with a full date is the page's
    masthead (:data:`DATED_NAME_RE`): the items end before it, it and what follows it are no item.

    >>> from textclean.models import Line
    >>> texts = ["甲公司3月1日发布", "新品。（韩露）", "云川日报2026年3月19日", "新闻热线：0870-6123000"]
    >>> page = Page("p", "", "utf-8", tuple(Line(n, t) for n, t in enumerate(texts)))
    >>> P, H = (lambda t: Block("paragraph", t)), (lambda t: Block("heading", t))
    >>> blocks = [P("甲公司3月1日发布新品。（韩露）"), H(texts[2]), P(texts[3])]
    >>> box = Article("a", "p", "", "甲公司发布新品", blocks, [(0, 3)], column="简讯", authors=["韩露"])
    >>> [(a.title, a.body, a.line_spans) for a in _parted(box, page) or []]
    [('甲公司发布新品', '甲公司3月1日发布新品。（韩露）', [(0, 1)])]
    """
    blocks = [part for block in article.blocks for part in unglued(block)]
    heads = _item_heads(article, blocks)
    if heads is None or own_byline(article, page):
        return None
    nos = [n for a, b in article.line_spans for n in range(a, min(b, len(page.lines) - 1) + 1)]
    nos = [n for n in nos if page.lines[n].text.strip()]
    bounds, at = [], 0
    for k in heads:
        found = _head_lines(nos, page, blocks[k].text, at)
        if found is None:
            return None
        bounds.append(found)
        at = found[1] + 1
    starts = [0, *(a for a, _ in bounds)]
    ends = [*(a for a, _ in bounds), len(nos)]
    texts = [[page.lines[n].text.strip() for n in nos[s:e]] for s, e in zip(starts, ends, strict=True)]
    signed = [signed_paragraph(Block("paragraph", join_lines(t)))[0] for t in texts]
    others = {name for names in signed[1:] for name in names}
    first_names = signed[0] or [a for a in article.authors if a not in others]
    out = [replace(article, blocks=[blocks[0]], authors=first_names, line_spans=_spans(nos[: ends[0]]))]
    for n, k in enumerate(heads, start=1):
        out.append(
            replace(
                article,
                title=unmarked_title(blocks[k].text.strip()),
                blocks=[blocks[k + 1]],
                authors=signed[n],
                author_note=None,
                affiliation=None,
                line_spans=_spans(nos[starts[n] : ends[n]]),
            )
        )
    dated = [n for n, k in enumerate(heads, start=1) if DATED_NAME_RE.search(blocks[k].text.strip())]
    return out[: dated[0]] if dated else out  # (the page's masthead read last, under the box: no item)


def _tail_read_as_name(article: Article, page: Page) -> Article:
    """An item whose wrapped head's last line was read as its byline (``■我省再添2家国家5A级旅游`` / ``景区``: 景 is a
    surname), its text closed by a signature naming another (``（何静）``): the line is the title's end, the
    signature the item's author. Only a one-paragraph piece of :data:`MAX_PIECE_CHARS` at most, one name set right
    under its title's line, no role word on it; a story signed by a byline has no closing signature.

    >>> from textclean.models import Line
    >>> texts = ["■我省再添2家国家5A级旅游", "景区", "日前，名单公布，我省两家", "景区入选。（何静）"]
    >>> page = Page("p", "", "utf-8", tuple(Line(n, t) for n, t in enumerate(texts)))
    >>> item = Article("a", "p", "", "我省再添2家国家5A级旅游", [Block("paragraph", "日前，名单公布，我省两家景区入选。")], [(0, 3)], authors=["景区"])
    >>> fixed = _tail_read_as_name(item, page)
    >>> fixed.title, fixed.authors
    ('我省再添2家国家5A级旅游景区', ['何静'])
    >>> _tail_read_as_name(replace(item, line_spans=[(0, 2)]), page).authors
    ['景区']
    """
    if len(article.authors) != 1 or len(article.blocks) != 1 or len(article.body) > MAX_PIECE_CHARS:
        return article
    if not article.title or not article.line_spans:
        return article
    nos = [n for a, b in article.line_spans for n in range(a, min(b, len(page.lines) - 1) + 1)]
    texts = [page.lines[n].text.strip() for n in nos if page.lines[n].text.strip()]
    name = article.authors[0]
    at = [k for k in range(1, len(texts)) if texts[k] == name and _nows(texts[k - 1]) == _nows(article.title)]
    if not at or len(texts) < at[0] + 3:
        return article
    signed = signed_paragraph(Block("paragraph", join_lines(texts[-2:])))[0]
    if not signed or name in signed:
        return article
    return replace(article, title=article.title + name, authors=signed)


def _labels_read_last(articles: list[Article], page: Page) -> list[Article]:
    """The page's articles, a box's label read as the title of the text above it given back to the box: an
    article titled with a label's word (:func:`~textclean.clean.typesetting.is_column_label`) printed on its last
    line, after its text, right over an item (:func:`~textclean.clean.boxitems.is_box_item`) with no column. A
    title stands over its text; a label under a text opens what follows. Before (PyMuPDF, lay17 ec-06): a story's
    last paragraph titled ``财经简讯``, the briefs under it with no column; after, untitled, the first brief of
    column ``财经简讯``.

    >>> from textclean.models import Line
    >>> texts = ["行业平均效率有望突破26%。", "财经简讯", "全国碳市场扩围", "本报讯　方案印发。"]
    >>> page = Page("p", "", "utf-8", tuple(Line(n, t) for n, t in enumerate(texts)))
    >>> piece = Article("a", "p", "", "财经简讯", [Block("paragraph", texts[0])], [(0, 1)])
    >>> item = Article("b", "p", "", "全国碳市场扩围", [Block("paragraph", "本报讯方案印发。")], [(2, 3)])
    >>> [(a.title, a.column) for a in _labels_read_last([piece, item], page)]
    [('', None), ('全国碳市场扩围', '财经简讯')]
    >>> [(a.title, a.column) for a in _labels_read_last([replace(piece, line_spans=[(1, 2)]), item], page)][1]
    ('全国碳市场扩围', None)
    """
    out = list(articles)
    for k in range(len(out) - 1):
        here, below = out[k], out[k + 1]
        if not (is_column_label(here.title) and here.line_spans and below.column is None and is_box_item(below)):
            continue
        last = here.line_spans[-1][1]
        if last >= len(page.lines) or page.lines[last].text.strip() != here.title or not _right_under(here, below):
            continue
        if all(b <= last for _, b in here.line_spans) and here.line_spans[0][0] < last:
            out[k], out[k + 1] = replace(here, title=""), replace(below, column=here.title)
    return out
