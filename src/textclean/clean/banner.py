"""The page's banner: the headline line at the top of the page that heads no article of its own.

A paper prints its page's name or the series it runs (``理论周刊``, ``政府工作报告摘编``) across the top.
:func:`find_banner` tells it from the first article's title: set in or letter-spaced (pdfminer keeps
both), set tight over a column label (:func:`_over_label`), or over a title on a page of spaced lines
(:func:`_tight_over_title`), or one headline more than the page has bodies. A letter-spaced column label set
over a title (a layout that spaces its labels as its banner) is that title's label (:func:`spread_labels`).
"""

from __future__ import annotations

import itertools

from textclean.clean.bannerlines import lone_spread_label, spread_running_text
from textclean.clean.chardata import HAN_RE, has_halves_space
from textclean.clean.lexicon import LABEL_MARKS, is_common_word, label_over_clause, label_shaped, opens_as_name
from textclean.clean.match import BigramIdf
from textclean.clean.repair import is_letter_spaced, spreads_digits
from textclean.clean.roles import Element
from textclean.clean.typesetting import BANNER_LAST_LINE, COLUMN_LABEL_CHARS
from textclean.clean.units import Unit
from textclean.clean.wrapped import goes_on

#: A top line a body holds this share of (:meth:`~textclean.clean.match.BigramIdf.coverage`) names that body: a
#: title, not the page's name (:func:`counted_bodies`). On the devpages and the second layout a banner over a title
#: over a body fits its best body by 0.42 at most, but where a body holds the page's name printed again; a title
#: read at the top of another article's head stack by 0.44 to 1.0 (half of them by 0.57 or more).
TOP_TITLE_COVERAGE = 0.5
#: What follows a banner pdfminer reads under the page's first title (:func:`label_read_second`): that title's body
#: or pull quote. A byline under a label is the labelled article's (``纵深`` / ``本报记者 杨芮茜`` / its title).
UNDER_READ_SECOND = ("body", "box")
#: What a one-word top line stands over to be the page's name (:func:`one_word_over_head`): an article's head.
#: Over a body or a byline it may be a label of the article under it (``纵深`` / body).
HEADS_UNDER_WORD = ("title", "kicker", "column")


def find_banner(
    elements: list[Element],
    top: list[Element] | None,
    n_titles: int,
    n_bodies: int,
    spaced: bool,
    below: list[Element] | None = None,
) -> Element | None:
    """A page banner: an unbonded headline line at the very top of the page.

    ``top`` is the headline unit the page's first element opens (None: none), ``n_titles`` the page's headline
    units holding a title, ``n_bodies`` its article bodies. Taken when it stands indented (centred), when it is
    set letter-spaced (``全 面 开 创 社 会 主 义``: a banner is spread across the page; a title is set tight),
    when it is set tight over a column label (:func:`_over_label`) or over the kicker of the head under it
    (``below``, the unit under the top one: :func:`_over_kicker`), or over a title on a page of spaced lines
    (:func:`_tight_over_title`), or when the page has more headlines than article bodies (``n_bodies``, as
    :func:`counted_bodies` counts them); not when the page prints
    it again over another title (:func:`_printed_again`: a kicker several articles share). A letter-spaced line is
    the banner even with a byline set tight under it (bonded to it in one unit: devpages gov-1978-01, pdfminer's
    ``政 府 工 作 报 告 摘 编`` / ``本报记者 雷朗昕 鲍岑璐`` made no banner; the caller keeps the byline), and so is a
    line bonded with a byline that has a title under it (:func:`over_titled_byline`).
    """
    if not elements or elements[0].first > BANNER_LAST_LINE:
        return None
    if one_word_over_head(elements, top):
        return elements[0]
    if elements[0].kind != "title":
        return None
    first = elements[0]
    if top is None or top[0] is not first or len(first.items) != 1:
        return None  # (a line joined to the title under it is that title's)
    raw = first.items[0].raw
    spread = is_letter_spaced(raw) or spreads_digits(raw)
    if not spread and _printed_again(first, elements):
        return None
    if len(top) != 1:
        return first if spread or over_titled_byline(elements) else None  # (spread: whatever is set tight under it)
    if raw[:1].isspace() or spread or _over_label(elements) or _over_kicker(elements, below) or n_titles > n_bodies:
        return first
    if spaced and _tight_over_title(elements):
        return first
    return None


def one_word_over_head(elements: list[Element], top: list[Element] | None) -> bool:
    """Whether the page's first element is a line of one common word (:func:`~textclean.clean.lexicon.is_common_word`:
    ``时政``, ``综合``, ``理论``) standing over an article's head (:data:`HEADS_UNDER_WORD`), printed once: the page's
    name. A title is a phrase; a two-character word reads as a name to the byline test (``时`` is a surname) but
    no person's name is a common word of the lexicon.

    Before (PyMuPDF, the fourth layout): ``时政`` / ``提高人民健康水平`` / ``本报记者 余莘骥`` / body read ``时政`` as the
    article's byline (no banner); ``综合`` / ``世纪之交的回顾和展望`` / ``党的十五大报告要点梳理`` made ``综合`` a title
    of its own (its word is in the bodies, so :func:`top_line_of_no_body` passed it by); after, both the page banner.
    Not so: a name (``余暾``, no lexicon word), a phrase (``人民论坛``), a word over a body (``纵深`` / body: the
    article's label), or a word printed again over another title (:func:`_printed_again`). A word set letter-spaced
    opening the page is its name over whatever pdfminer reads under it (``国 际`` / body, the title run into it; on
    the devpages every spaced line opening the page was the banner).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda k, t: Element(k, [Item(0, t, t, float(len(t)), False, False)], t)
    >>> page = [mk("byline", "时政"), mk("title", "提高人民健康水平"), mk("body", "")]
    >>> one_word_over_head(page, page[:2]), one_word_over_head([mk("byline", "余暾"), *page[1:]], page[:2])
    (True, False)
    >>> one_word_over_head([mk("title", "纵深"), page[2]], None), one_word_over_head([mk("title", "人民论坛"), *page[1:]], None)
    (False, False)
    >>> spaced = Element("byline", [Item(0, "国 际", "国际", 2.0, False, False)], "国际")
    >>> one_word_over_head([spaced, page[2]], None)
    True
    """
    if len(elements) < 2 or (top is not None and top[0] is not elements[0]):
        return False
    first = elements[0]
    if first.kind not in ("title", "byline") or len(first.items) != 1:
        return False
    over_head = elements[1].kind in HEADS_UNDER_WORD or is_letter_spaced(first.items[0].raw)  # (spaced: a name)
    return (
        over_head
        and _label_text(first.text)
        and is_common_word(first.text.strip())  # (no name the lexicon holds: ``王 明``, ``海 燕`` are bylines)
        and not _printed_again(first, elements)
    )


def over_titled_byline(elements: list[Element]) -> bool:
    """Whether the page's first element, a one-line headline, stands over a byline that has a title set right
    under it: a byline sits under its title or over it, so here it is the lower title's, and the line above both
    heads no article of its own (it opens the page: its banner).

    Asked when the top line and the byline are read as one head (set tight; PyMuPDF sets no blank line anywhere).
    On the devpages and a second layout (three extractors each) the top line so set over a byline and a title was
    the banner 20 times in 23, a column label the other 3 (the same shape: nothing in the text tells them). Before
    (devpages gov-1978-01): ``政府工作报告摘编`` / ``本报记者 雷朗昕 鲍岑璐`` / ``三年来的斗争和新`` / ``时期的总任务`` /
    body: the page's name was the article's kicker; after, the page banner (the byline stays with the title).
    Not so: a title over its byline over its body (``过去五年工作回顾`` / ``严悦欣`` / body), or a kicker already
    joined with the byline and title under it (then the top line is no title any more), or a two-part headline
    (``打造“五型”工会 做实做好维权服务`` / ``刘景芝 费平`` / ``加强职业教育与培训``: a title with its byline under it, the
    next article's kicker below; a page's name is one phrase).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda k, t: Element(k, [Item(0, t, t, float(len(t)), False, False)], t)
    >>> over_titled_byline([mk("title", "文献周刊"), mk("byline", "谢霖榕"), mk("title", "关于形势和任务"), mk("body", "")])
    True
    >>> over_titled_byline([mk("title", "过去五年工作回顾"), mk("byline", "严悦欣"), mk("body", "")])
    False
    >>> over_titled_byline([mk("title", "打造“五型”工会 做实做好维权服务"), mk("byline", "刘景芝 费平"), mk("title", "加强职业教育与培训")])
    False
    """
    kinds = [e.kind for e in elements[:3]]
    one_phrase = len(elements[0].items) == 1 and not has_halves_space(elements[0].text) if elements else False
    return kinds == ["title", "byline", "title"] and one_phrase


def _printed_again(first: Element, elements: list[Element]) -> bool:
    """Whether the page prints the text of its first line ``first`` again, over a title: a series label or section
    name several articles share as their kicker, not the page's banner (a banner names the page once).

    Before (pdfminer, devpages cpc-11-02): ``党的十一大报告摘登`` at the top, over a title, and again lower down
    over another title, was the page banner; after, a kicker. Not so: the page's name printed again as an
    article's title, a body under it (a report's opening titled with the report's name).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t: Element(kind, [Item(0, t, t, float(len(t)), True, True)], t)
    >>> top, body = mk("title", "党的十一大报告摘登"), mk("body", "")
    >>> _printed_again(top, [top, mk("title", "甲"), body, mk("title", "党的十一大报告摘登"), mk("title", "乙"), body])
    True
    >>> _printed_again(top, [top, mk("title", "甲"), body, mk("title", "党的十一大报告摘登"), body])
    False
    """
    text = first.text.replace(" ", "")
    return any(
        e is not first and e.kind == "title" and e.text.replace(" ", "") == text and nxt.kind == "title"
        for e, nxt in itertools.pairwise(elements)
    )


def spread_banner(elements: list[Element], dated_page: bool = False) -> Element | None:
    """The page's banner read below its top: the first one-line headline past the page's first element set
    letter-spaced (:func:`~textclean.clean.repair.is_letter_spaced`).

    A banner is spread across the page; a title is set tight. pdfminer keeps the spacing, and reads a banner
    set over several columns where its layout analysis puts it: after the first column's lines, or under the
    first article's head. On the devpages each of the 26 headline lines it gave letter-spaced was the banner,
    7 of them below the page's first element. Before: ``1960年政府工作报告`` / ∅ / ``理 论 周 刊`` / ∅ / body
    made ``理论周刊`` a headline line of the page's first article and left the page without a banner; after,
    the banner. pdftotext and PyMuPDF lose the spacing: nothing is taken there. A letter-spaced label over a
    title is that title's column label (:func:`_label_over_title`), passed over, unless the page prints a date
    line (``dated_page``: a page so headed prints its name) and the label is its only one, standing apart from the
    title (:func:`~textclean.clean.bannerlines.lone_spread_label`).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t: Element("title", [Item(0, t, t.replace(" ", ""), float(len(t)), True, True)], t.replace(" ", ""))
    >>> spread_banner([mk("1960年政府工作报告"), mk("理 论 周 刊")]).text
    '理论周刊'
    >>> spread_banner([mk("1960年政府工作报告"), mk("理论周刊")]) is None
    True
    >>> spread_banner([mk("理 论 周 刊"), mk("学 习 园 地")]) is None  # (the top line is the banner)
    True
    """
    if elements and _spread_line(elements[0]):
        return None  # (the page's first line is the banner, found at the top: :func:`find_banner`)
    labels = [k for k in range(1, len(elements)) if _label_over_title(elements, k)]
    for k, e in enumerate(elements[1:], 1):
        if _spread_line(e):
            below = elements[k + 1].items[:1] if k + 1 < len(elements) else []
            if k in labels and not (dated_page and lone_spread_label(len(labels), elements, k)):
                continue  # (a column label: :func:`spread_labels`)
            if spread_running_text(e.items[0].raw):
                continue  # (a justified line of running text, not a name)
            if not (below and (goes_on(e.items[0], below[0]) or _labels_title(e, elements[k + 1]))):
                return e  # (not a justified line of a box whose words carry on: 责 任 清 / 单，…)
    return None


def label_read_second(elements: list[Element]) -> Element | None:
    """The page's banner read under the page's first title: a lone column-label line (at most
    :data:`~textclean.clean.typesetting.COLUMN_LABEL_CHARS` characters, Han or ``·``) set across a blank line
    under the page's top headline, with no headline under it (a body or a pull quote follows).

    pdfminer reads a narrow banner set at the page's top corner after the title it stands beside. A label heads
    the stack of the article it labels: under a title, with that title's body under it, it labels nothing
    below, so it names the page (unless the page prints it again over another head: a label articles share).
    Before (devpages gov-2006-02, pdfminer): ``加大产业结构调整、资源节约和`` /
    ``环保力度`` ∅ ``重要文献`` ∅ body made ``重要文献`` the article's title and the title its kicker; after,
    ``重要文献`` the page banner (PyMuPDF prints it first). Not so: a label over a title (``重要文献`` ∅
    ``2021年工作回顾``: the top line, found by :func:`find_banner`), a label tight under the title (no blank
    line: one block), a label over a byline (``纵深`` / ``本报记者 杨芮茜``, the next title's), or one printed again
    lower down (``党的十三大报告专版`` ∅ ``学习贯彻`` ∅ body … ``学习贯彻``: the column label of each article).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t, gb=True: Element(kind, [Item(0, t, t, float(len(t)), gb, True)], t)
    >>> label_read_second([mk("title", "2021年工作回顾"), mk("title", "重要文献"), mk("body", "过去一年")]).text
    '重要文献'
    >>> label_read_second([mk("title", "重要文献"), mk("title", "2021年工作回顾"), mk("body", "过去一年")]) is None
    True
    >>> label_read_second([mk("title", "2021年工作回顾"), mk("title", "重要文献", False), mk("body", "过去一年")]) is None
    True
    >>> label_read_second([mk("title", "关于经济"), mk("title", "学习贯彻"), mk("body", "…"), mk("title", "学习贯彻")]) is None
    True
    """
    if len(elements) < 3 or elements[0].kind != "title" or elements[0].first > BANNER_LAST_LINE:
        return None
    first, second = elements[0], elements[1]
    if second.kind != "title" or len(second.items) != 1 or not second.items[0].gap_before:
        return None
    if elements[2].kind not in UNDER_READ_SECOND or _label_text(first.text) or not _label_text(second.text):
        return None
    again = any(e.kind == "title" and e.text == second.text for e in elements[2:])
    return None if again else second


def spread_labels(elements: list[Element], spaced: bool) -> list[Element]:
    """The page's elements, each letter-spaced column label set right over a title made a ``column`` element
    (:func:`_label_over_title`): it opens that title's head stack (:func:`~textclean.clean.units.head_units`).

    A page of the second layout spaces its column labels as its banner (pdfminer keeps the spacing). Before
    (pdfminer): ``思 想 理 论`` / ``搞好宏观调`` / ``控，保持经济`` / … at the page's top made ``思想理论`` the page's
    banner, given to all four articles; ``权 威 解 读`` ∅ ``1955年政府工作报告选读`` ∅ ``为完成和超额完`` … lower down,
    too (:func:`spread_banner`); after, the first and the third article's column labels.
    """
    if not spaced:
        return elements
    return [Element("column", e.items, e.text) if _label_over_title(elements, k) else e for k, e in enumerate(elements)]


def _label_over_title(elements: list[Element], k: int) -> bool:
    """Whether the page's element ``k`` is a letter-spaced one-line label (:func:`_label_text`) set right over a
    title: at the page's top only in the title's block, tight over it.

    pdfminer prints a blank line between the text boxes it finds. A banner spans the columns, a box of its own; a
    label stands at the top of its article's column, read in one box with the title under it. At the page's top,
    over a title, the devpages' and the second layout's 56 letter-spaced banners all stand apart by a blank line,
    and the 9 letter-spaced lines set tight were all labels. Below the top, of the 54 label-shaped ones over a title
    (all on the second layout) 51 were labels, 3 the page's banner read late; the devpages' banners read below the
    top stand over a body or a label, or are longer than a label (``政府工作报告摘编``). Not so: ``思 想 周 刊`` ∅
    ``2016年`` at the top (a blank line: the banner), a line that is no label (``党 的 十 六 大 报 告 专 版``, a
    report's name), a label over a body (``理 论 周 刊`` ∅ body: the banner read late, :func:`spread_banner`).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t, gb: Element("title", [Item(0, t, t.replace(" ", ""), float(len(t)), gb, True)], t.replace(" ", ""))
    >>> _label_over_title([mk("思 想 理 论", True), mk("搞好宏观调控", False)], 0)
    True
    >>> _label_over_title([mk("思 想 周 刊", True), mk("2016年工作回顾", True)], 0)
    False
    >>> _label_over_title([mk("思 想 周 刊", True), mk("2016年工作回顾", True), mk("权 威 解 读", True), mk("关于", True)], 2)
    True
    >>> _label_over_title([mk("思想理论", True), mk("搞好宏观调控", False)], 0)  # (not letter-spaced)
    False
    """
    e, below = elements[k], elements[k + 1] if k + 1 < len(elements) else None
    if below is None or below.kind != "title" or not _spread_line(e) or not _label_text(e.text):
        return False
    return k > 0 or not below.items[0].gap_before


def _label_text(text: str) -> bool:
    """Whether ``text`` reads as a column label: a few Han characters (``·`` may part them)."""
    text = text.strip()
    return 0 < len(text) <= COLUMN_LABEL_CHARS and all(HAN_RE.match(ch) or ch in LABEL_MARKS for ch in text)


def _labels_title(e: Element, below: Element) -> bool:
    """Whether the letter-spaced line ``e`` is set tight over the title ``below`` as its column label
    (:func:`~textclean.clean.lexicon.label_over_clause`): a page of the second layout spaces its labels as its
    banner. Before (pdfminer): ``经 济 纵 横`` / ``在国有企业改革方面迈出更大的步伐``, once the label was parted from
    the title, became the page's banner; after, the title's label. A banner read below the top stands apart
    (``理 论 周 刊`` ∅ body).
    """
    return below.kind == "title" and not below.items[0].gap_before and label_over_clause(e.text, below.text)


def _spread_line(e: Element) -> bool:
    """A one-line headline set letter-spaced, or a byline so set of one common word (``国 际``), no name the lexicon
    holds (``王 明``, ``高 峰``: :func:`~textclean.clean.lexicon.is_common_word`)."""
    spread = len(e.items) == 1 and is_letter_spaced(e.items[0].raw)
    return spread and (e.kind == "title" or is_common_word(e.text.strip()))


def _over_label(elements: list[Element]) -> bool:
    """Whether the page's first element is set tight over a column label: a label opens an article's head
    stack, so a line above it heads no article of its own; at the top of the page it is the page's banner.

    Before: ``文献与研究`` / ``G 回顾与展望`` / ∅ / ``十四年伟大实践的基本总结`` (pdftotext, PyMuPDF: the banner's
    letter spacing lost) made ``文献与研究`` the title of the page's second article; after, the page banner. Not
    so with a blank line between them (pdfminer sets one after every line; a title stood over a label so on 3
    devpages).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t, gb: Element(kind, [Item(0, t, t, float(len(t)), gb, True)], t)
    >>> _over_label([mk("title", "学习园地", False), mk("column", "G 报告摘编", False)])
    True
    >>> _over_label([mk("title", "学习园地", False), mk("column", "G 报告摘编", True)])
    False
    """
    return len(elements) > 1 and elements[1].kind == "column" and not elements[1].items[0].gap_before


def _over_kicker(elements: list[Element], below: list[Element] | None) -> bool:
    """Whether the page's first element is set tight over a one-line kicker shaped as a column label
    (:func:`~textclean.clean.lexicon.label_shaped`) that opens, with its title, the head unit under it (``below``,
    the unit that opens with the page's second element): a label opens an article's head stack (:func:`_over_label`),
    so the line above it heads no article of its own.

    Before (PyMuPDF, the fifth layout): ``思想评论`` / ``一日一议`` / ``2017年工作总体`` / ``部署`` took the banner only
    while the headline's tail counted as a headline of its own (one headline more than the page has bodies); with
    the headline joined, ``思想评论`` stood as a title. Not so over a kicker of a phrase (``政策速递`` / ``解读党的十九大报告``
    / title: a label over its article's kicker), across a blank line, or over a title alone.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t, gb=False: Element(kind, [Item(0, t, t, float(len(t)), gb, True)], t)
    >>> below = [mk("kicker", "一日一议"), mk("title", "2017年工作总体部署")]
    >>> _over_kicker([mk("title", "思想评论"), *below], below), _over_kicker([mk("title", "思想评论"), *below], below[1:])
    (True, False)
    >>> _over_kicker([mk("title", "思想评论"), mk("kicker", "一日一议", True), below[1]], [mk("kicker", "一日一议", True), below[1]])
    False
    """
    if below is None or len(elements) < 2 or len(below) < 2:
        return False
    kicker = below[0]
    return (
        kicker.kind == "kicker"
        and len(kicker.items) == 1
        and label_shaped(kicker.text)
        and below[1].kind == "title"
        and not kicker.items[0].gap_before
    )


def _tight_over_title(elements: list[Element]) -> bool:
    """Whether the page's first element, on a page of spaced lines, is set tight over a title, neither holding a
    two-part headline's space: the page's banner, in the title's block.

    pdftotext prints a blank line where a block ends, and sets a kicker apart from its title (on the devpages
    the top line set so over a title was the banner 13 times in 15; the other two, a wrapped two-part headline,
    hold a halves space). Before: ``理论周刊`` / ``1960年政府工作报告`` with no blank between (pdftotext, the
    banner's letter spacing lost) made ``理论周刊`` the title of an article it does not head; after, the page
    banner. Not so below the page's top line (there a line set tight over a title is its half:
    :func:`~textclean.clean.units._set_tight_on_spaced_page`).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t, gb: Element("title", [Item(0, t, t, float(len(t)), gb, True)], t)
    >>> _tight_over_title([mk("理论周刊", False), mk("1960年政府工作报告", False)])
    True
    >>> _tight_over_title([mk("理论周刊", False), mk("1960年政府工作报告", True)])
    False
    >>> _tight_over_title([mk("采取有力措施 保证", False), mk("1980、1981年计划的完成", False)])
    False
    """
    if len(elements) < 2 or elements[1].kind != "title" or not elements[1].items:
        return False
    below = elements[1]
    return not below.items[0].gap_before and not has_halves_space(elements[0].text) and not has_halves_space(below.text)


def top_line_of_no_body(elements: list[Element], top: list[Element] | None, idf: BigramIdf) -> Element | None:
    """The page's top line as its banner when it stands alone in its unit over a title or column label and no
    body on the page holds any of its words (``idf``: over the page's bodies; no bigram of it found): a page's name
    (``深度阅读``, ``思想周刊``) names none of its articles, where a title's words recur in its body. Asked when
    :func:`find_banner` found none: it tells the banner where the extractor kept no letter spacing and no blank line.

    Before (PyMuPDF, a second layout): ``深度阅读`` / ``进一步释放`` / ``国内需求潜`` / ``力`` / body: the page's name
    was the first article's title and its own title went to the next article; after, the banner. Not so: a top
    line whose words a body holds (a report's name over its opening, ``2019年政府工作报告``), one the page prints again
    over another title (:func:`_printed_again`: a kicker the articles share), one bonded with lines under it, or
    one over a body.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda k, t: Element(k, [Item(0, t, t, float(len(t)), False, False)], t)
    >>> page = [mk("title", "深度阅读"), mk("title", "进一步释放国内需求潜力"), mk("body", "推动供给结构和需求结构相适应，释放国内需求潜力。")]
    >>> idf = BigramIdf([page[2].text])
    >>> top_line_of_no_body(page, page[:1], idf).text, top_line_of_no_body([page[1], *page[1:]], page[1:2], idf)
    ('深度阅读', None)
    """
    if not top or len(top) != 1 or len(elements) < 2 or top[0] is not elements[0]:
        return None
    first = elements[0]
    if first.kind != "title" or len(first.items) != 1 or elements[1].kind not in ("title", "column", "kicker"):
        return None
    if idf.n == 0 or _printed_again(first, elements) or any(idf.coverage(first.text, d) > 0 for d in range(idf.n)):
        return None
    return first


def counted_bodies(
    elements: list[Element], units: list[Unit], where: dict[int, int], n_drafts: int, idf: BigramIdf
) -> int:
    """The page's bodies :func:`find_banner` counts its headlines against (one headline more: the top line heads
    none): all ``n_drafts``, or only the bodies set right under a head holding a title when the page's top line
    stands alone over a title set right over a body (:func:`_second_head_over_body`).

    There two heads stand over one body, and a body takes one title: the lower, set right over it. A body set
    under another body, with no head of its own (a column read on, or one whose title the extractor read into
    running text), is a piece of an article titled elsewhere: counted, it gave the page as many bodies as
    headlines, and the top line took some body as its title. Before (PyMuPDF, devpages gov-2021-03):
    ``文献与研究`` / ``实行高水平对外开放，…`` / body / body / ``切实增进民生福祉 …`` / body: three titles, three
    bodies, and the page's name titled the headless middle body; after, two headed bodies, the page banner.
    Not so for a top line that opens as a name (:func:`~textclean.clean.lexicon.opens_as_name`:
    ``2010年政府工作报告摘编``, a report's or series' name, as often the first article's kicker), nor for one
    that a body holds at least :data:`TOP_TITLE_COVERAGE` of (``idf``): a title, of an article read lower down.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda k, t: Element(k, [Item(0, t, t, float(len(t)), False, False)], t)
    >>> els = [mk("title", "文献与研究"), mk("title", "甲"), mk("body", "x"), mk("body", "y"), mk("title", "乙"), mk("body", "z")]
    >>> units = [Unit(els[0:1], 0, 0), Unit(els[1:2], 1, 1), Unit(els[4:5], 4, 4)]
    >>> idf = BigramIdf(["对外开放", "民生福祉", "社会建设"])
    >>> counted_bodies(els, units, {2: 0, 3: 1, 5: 2}, 3, idf)
    2
    >>> els[0] = mk("title", "2021年政府工作报告摘编")
    >>> counted_bodies(els, units, {2: 0, 3: 1, 5: 2}, 3, idf)
    3
    >>> els[0] = mk("title", "增进民生福祉")
    >>> counted_bodies(els, units, {2: 0, 3: 1, 5: 2}, 3, idf)
    3
    """
    if not _second_head_over_body(elements, units, where) or opens_as_name(elements[0].text):
        return n_drafts
    if any(idf.coverage(elements[0].text, d) >= TOP_TITLE_COVERAGE for d in range(idf.n)):
        return n_drafts  # (it names a body: a title, whose article the extractor read lower down)
    heads = {u.end for u in units if "title" in u.kinds()}
    firsts = {d: i for i, d in sorted(where.items(), reverse=True)}  # (each draft's first body)
    return sum(1 for i in firsts.values() if i - 1 in heads)


def _second_head_over_body(elements: list[Element], units: list[Unit], where: dict[int, int]) -> bool:
    """Whether the page's first element is a one-line title alone in its unit, and the next unit opens with a
    title and ends right above a body."""
    first = elements[0] if elements else None
    if first is None or first.kind != "title" or len(first.items) != 1:
        return False
    top = next((u for u in units if u.start == 0), None)
    nxt = next((u for u in units if u.start == 1), None)
    return (
        top is not None
        and len(top.elements) == 1
        and nxt is not None
        and nxt.elements[0].kind == "title"
        and nxt.end + 1 in where
    )
