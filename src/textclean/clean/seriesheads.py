"""A series' name among a story's headline lines: the kicker over its title or the subtitle under it, not part of it.

A news page runs its stories under one series' name, printed over or under each headline in the words the
page's other heads repeat (``聚焦党的十八大报告``, ``解读党的十八大报告``, ``党的十八大报告学习笔记``;
``——各地认真落实1981年政府工作报告`` and, without the dashes, ``各地认真落实1981年政府工作报告``), while a
story's own title is its own. On PyMuPDF's lines, which no blank line parts, a name over a title joined it as a
two-part headline (``聚焦党的十八大报告 大力推进生态文明建设``), and a name under a title, printed without the
dashes, stood as a second title: the kicker of the title it followed (``保障国家粮食安全，大力实施乡村振兴战略``
over ``各地认真落实2023年政府工作报告`` read as kicker and title). :func:`series_heads` parts a series' line from
a title, over it as a title of its own (a title over a title is its kicker: :mod:`~textclean.clean.units`) or
under it as its subtitle, where the line repeats another head of the page (:data:`SERIES_CHARS` characters in a
row) and the title's other lines repeat none.
"""

from __future__ import annotations

import re

from textclean.clean.chardata import DATELINE_PAPER_RE, HAN, YEAR_RE
from textclean.clean.dangling import COUNT_UNIT, FIGURE_RE, NUMBER
from textclean.clean.lexicon import CLAUSE_TAGS, PREDICATE_TAGS, opens_as_clause, word_class, words_of
from textclean.clean.match import said
from textclean.clean.roles import Element, Item
from textclean.clean.tails import MIN_TITLE_UNDER_KICKER, ends_at_halves_gap, kicker_over
from textclean.clean.wrapped import goes_on

#: Characters in a row a series' line shares with another head of its page: a report's or campaign's name
#: (``党的十八大报告``: 7, ``1981年政府工作报告``: 12). Two titles of one page share fewer as a rule (the third
#: layout's odd pages: 12 of 127 titles share 6 with another head, 61 of 71 kickers and subtitles do; the
#: devpages: 45 of 505 titles, mostly parallel titles, ``关于社会主义革命`` / ``关于社会主义建设``, which the cues
#: below keep whole).
SERIES_CHARS = 6
#: ... and says little of the page's running text (:func:`~textclean.clean.match.said`: at most this share of its bigrams), less than the
#: title it is parted from: a series' name is no story's words (the third layout's odd pages: 0.07 to 0.43, the
#: titles 0.5 to 1.0), while a wrapped title whose half repeats another title (synthetic pages:
#: ``以党的二十大精神推动山东`` / ``工会工作走在前开新局``, under ``推动党的二十大精神在工会系统落地见效``) says 0.8.
SERIES_SAID = 0.5
#: A page whose other titles state figures this often or more (a share of them) states figures in its titles (an
#: economy page's ``CPI同比上涨2.4%``, a sports page's scores): a line of figures under a headline line is no sign of
#: a subtitle there (the dev pages of the five families, PyMuPDF: around the 19 dashless subtitles of figures, at
#: most 1 in 6 other titles state one on the front pages, 4 in 9 on the sports pages; around the 4 economy titles
#: stating figures under a kicker or another half, 2 to 3 in 6).
FIGURED_PAGE_SHARE = 0.25
#: A bare count: a figure, its 万/亿 and its unit (:data:`~textclean.clean.dangling.COUNT_UNIT`: no date's, span's
#: or page's), or a share (``4.74亿人次``, ``1200个``, ``12.3%``).
BARE_COUNT_RE = re.compile(f"^{NUMBER}(?:{COUNT_UNIT})?[%％]?$")
#: A line opening with a month or a day (``5月3日``, ``5月3日，市民在城郊义务植树``): a date or a photo's caption
#: under a headline, no subtitle of figures (the figure dates the line, it states nothing).
DATE_OPENING_RE = re.compile("^[0-9０-９]{1,2}[月日]")
#: A clause mark inside a line: a subtitle of figures is one phrase (``今年为企业减负超过254亿元``); a line of two
#: clauses under a headline is a caption or running text (``5月3日，市民在城郊义务植树``).
CLAUSE_MARKS = "，；。"
#: Most words of a predicate set before a bare count on a line with no subject of its own (``同比增长12.3%``).
PREDICATE_WORDS = 2
#: The words opening a predicate: a verb or a verbal noun, an adverb (:data:`~textclean.clean.lexicon.CLAUSE_TAGS`
#: less the preposition and the pronoun, which open a subject's phrase as often: ``与164个国家…``, ``我们…``).
PREDICATE_OPENERS = PREDICATE_TAGS | (CLAUSE_TAGS - {"p", "r"})
#: Elements whose lines are heads a series' line may repeat (a dashed subtitle is one).
HEAD_KINDS = ("title", "subtitle")


def series_heads(elements: list[Element]) -> list[Element]:
    """Titles with a series' line parted (:func:`_parted`): the line over a title a title of its own, the line
    under it (the stack's last) a subtitle; a one-line title set under a title, last of its stack, a subtitle when
    it repeats another head of the page and the title over it does not, and says less of the page's running text
    (:func:`_says_less`: ``党的十三大报告摘登`` over ``关于政治体制改革``, a title some kicker repeats, stays kicker
    and title), unless the title over it is far narrower, its kicker by shape (:func:`~textclean.clean.tails.kicker_over`:
    ``社会观察`` over ``粮价上涨考验沙特阿拉伯民生``, another title ``粮价上涨考验西班牙民生``).

    Before (PyMuPDF, third layout): ``title 聚焦党的十八大报告 大力推进生态文明建设`` (another head prints
    ``解读党的十八大报告``); after, ``title 聚焦党的十八大报告`` and ``title 大力推进生态文明建设``. Before:
    ``title 保障国家粮食安全，大力实施乡村振兴战略`` / ``title 各地认真落实2023年政府工作报告`` (and elsewhere
    ``subtitle ——各地认真落实2023年政府工作报告``); after, the second a subtitle. Not parted: a title whose
    lines repeat nothing, or each repeat something.

    >>> mk = lambda kind, *ts: Element(kind, [Item(0, t, t, float(len(t)), False, True, "text") for t in ts], " ".join(ts))
    >>> els = [mk("title", "聚焦党的十八大报告", "大力推进生态文明建设"), mk("body", "大力推进生态文明建设"), mk("title", "解读党的十八大报告")]
    >>> [(e.kind, e.text) for e in series_heads(els)][:2]
    [('title', '聚焦党的十八大报告'), ('title', '大力推进生态文明建设')]
    >>> els = [mk("title", "保障国家粮食安全"), mk("title", "各地认真落实2023年政府工作报告"), mk("body", "保障国家粮食安全"), mk("subtitle", "——各地认真落实2023年政府工作报告")]
    >>> [e.kind for e in series_heads(els)]
    ['title', 'subtitle', 'body', 'subtitle']
    >>> [e.kind for e in series_heads([mk("title", "加快发展现代农业", "促进农民持续增收"), mk("title", "促进就业")])]
    ['title', 'title']
    """
    heads = [(k, it.text) for k, e in enumerate(elements) if e.kind in HEAD_KINDS for it in e.items]
    text = "".join([it.text for e in elements if e.kind == "body" for it in e.items])
    figured = figured_page(elements)
    tight = not any(it.gap_before for e in elements[1:] for it in e.items)  # (PyMuPDF: no blank line parts heads)
    out: list[Element] = []
    for k, el in enumerate(elements):
        others = [t for j, t in heads if j != k]
        last = k + 1 == len(elements) or elements[k + 1].kind not in HEAD_KINDS
        if el.kind != "title":
            out.append(el)
        elif len(el.items) > 1:
            parted = _parted(el, [repeats(it.text, others) for it in el.items], last, text)
            out.extend(figures_subtitle(el) if len(parted) == 1 and not figured else parted)
        elif tight and out and not figured and figures_under_headline(out[-1], el):
            out.append(Element("subtitle", el.items, el.text))
        elif (
            last
            and out
            and out[-1].kind == "title"
            and not el.items[0].gap_before
            and repeats(el.text, others)
            and not repeats(out[-1].items[-1].text, [t for j, t in heads if j != k - 1])
            and _says_less(el.text, out[-1].text, text)
            and not kicker_over(out[-1], el)  # (a label far narrower than the line under it is that title's kicker)
        ):
            out.append(Element("subtitle", el.items, el.text))
        else:
            out.append(el)
    return out


def figures_subtitle(title: Element) -> list[Element]:
    """``title``, two lines joined as a two-part headline's halves, parted into the title and its subtitle when
    the lower line states a figure (:data:`~textclean.clean.dangling.FIGURE_RE`) and the upper none: a subtitle printed without ``——`` gives
    the story's facts and figures under the title's message, while a headline's halves are two parallel clauses
    (the dev pages of the five families, PyMuPDF: of 35 dashless subtitles set tight under their titles, 19 so;
    of 76 two-part headlines on two lines, 1; of 166 kickers over their titles, 3), unless the page's titles state
    figures (:func:`figured_page`). Not parted: halves printed on one line (the upper ends at the gap PyMuPDF splits
    them at: :func:`~textclean.clean.tails.ends_at_halves_gap`), a title wrapped with no space, two clauses, a year.

    Before (PyMuPDF, a front page): ``外资企业加码投资 实际使用外资710亿美元`` was one title; after, the title
    ``外资企业加码投资`` and its subtitle ``实际使用外资710亿美元``.

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda *ts: Element("title", [Item(0, t, t, text_width(t), False, False, "text") for t in ts], " ".join(ts))
    >>> [(e.kind, e.text) for e in figures_subtitle(mk("外资企业加码投资", "实际使用外资710亿美元"))]
    [('title', '外资企业加码投资'), ('subtitle', '实际使用外资710亿美元')]
    >>> len(figures_subtitle(mk("加快发展现代农业", "促进农民持续增收"))), len(figures_subtitle(mk("2∶2战平", "连胜纪录止步5场")))
    (1, 1)
    """
    halves = _halves(title)
    if halves is None or not figures_under(*halves):
        return [title]
    upper, lower = halves
    return [upper, Element("subtitle", lower.items, lower.text)]


def _halves(title: Element) -> tuple[Element, Element] | None:
    """The two lines of ``title`` joined as a two-part headline's halves, each a title (None: one headline wrapped)."""
    if len(title.items) != 2 or title.text != f"{title.items[0].text} {title.items[1].text}":
        return None
    upper, lower = (Element("title", [it], it.text) for it in title.items)
    return upper, lower


def figured_page(elements: list[Element]) -> bool:
    """Whether :data:`FIGURED_PAGE_SHARE` or more of the page's titles state a figure (:data:`~textclean.clean.dangling.FIGURE_RE`), not
    counting the titles a line of figures may be the subtitle of (:func:`figures_subtitle`, :func:`figures_under`
    with the title right over it) or complete (:func:`figures_complete`): then figures tell no subtitle from a title
    on the page.

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda no, t: Element("title", [Item(no, t, t, text_width(t), False, False, "text")], t)
    >>> figured_page([mk(0, "机电产品出口增长6.8%"), mk(9, "外贸开局良好"), mk(20, "CPI同比上涨2.4%")])
    True
    >>> figured_page([mk(0, "外资企业加码投资"), mk(1, "今年使用外资710亿美元"), mk(9, "外贸开局良好")])
    False
    """
    titles = [e for e in elements if e.kind == "title"]
    plain = [
        e
        for k, e in enumerate(titles)
        if not ((halves := _halves(e)) and _figures_head(*halves))
        and not (k and e.items[0].no - titles[k - 1].items[-1].no == 1 and _figures_head(titles[k - 1], e))
    ]
    return sum(states_figure(e.text) for e in plain) >= FIGURED_PAGE_SHARE * max(1, len(plain))


def figures_under(upper: Element, lower: Element) -> bool:
    """Whether the one-line title ``lower``, set tight under the one-line title ``upper``, is its subtitle by the
    figures it states (:data:`~textclean.clean.dangling.FIGURE_RE`) where ``upper`` states none (:func:`figures_subtitle`), ``upper`` neither
    a kicker by its width (:func:`~textclean.clean.tails.kicker_over`) nor a headline's first half printed on one
    line with the second (:func:`~textclean.clean.tails.ends_at_halves_gap`).

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t: Element("title", [Item(0, t, t, text_width(t), False, False, "text")], t)
    >>> figures_under(mk("外资企业加码投资"), mk("今年使用外资710亿美元")), figures_under(mk("外资"), mk("实际使用外资710亿美元"))
    (True, False)
    """
    if not figures_pair(upper, lower) or predicate_under(upper.text, lower.text):
        return False  # (one sentence: the lower line completes the upper's)
    return not (opens_as_clause(upper.text) and opens_as_clause(lower.text))  # (two clauses: a headline's halves)


def figures_under_headline(upper: Element, lower: Element) -> bool:
    """Whether the one-line title ``lower``, set tight under the last line of ``upper``, a headline of two lines
    or more (two halves, or one wrapped), is its subtitle by the figures it states where ``upper`` states none
    (:func:`figures_under`, which pairs one-line titles): a headline's two halves take no third as a half, and a
    kicker stands over its title, not under it; a line completing the last one's sentence stays the headline's
    (:func:`predicate_under`). The headline holds a line of a full headline's width
    (:data:`~textclean.clean.tails.MIN_TITLE_UNDER_KICKER`, a title wrapped or a title under its kicker): short
    parallel halves, each narrower, over a wider line are shaped as a slogan kicker over its title (``奋进新征程`` /
    ``建功新时代`` over ``我省新增高新技术企业1200家``) as much as a headline over its subtitle
    (``优化营商环境`` / ``激发市场活力`` over ``今年为企业减负超过254亿元``), and the text tells them not apart (PyMuPDF,
    the five families' dev pages: the rule's 3 subtitles of figures all stand under a line of 8 em or more, under no
    two short halves).

    Before (PyMuPDF, a front page): ``民营经济发展信心`` / ``足`` over ``今年为企业减负超过92亿元`` gave the
    kicker ``民营经济发展信心 足`` and the title ``今年为企业减负超过92亿元``; after, the title and its
    subtitle. Not so: a one-line title over it (:func:`figures_under` decides), two short halves over it, a line with
    no figure, a line that is no phrase of figures (:func:`figures_phrase`: a dateline, a date, a caption). The
    caller asks it only where no blank line parts the page's elements after the first (PyMuPDF's text; the first may
    stand apart, a page's banner set over its heads): where blank lines part a subtitle from its title, the lines set
    tight in one block are a headline's or running text's (pdftotext: a dateline's lines read as heads, ``新华社上海4月3日电（记者 郑`` /
    ``今年为企业减负超过92亿元``).

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda no, *ts: Element("title", [Item(no + k, t, t, text_width(t), False, False, "text") for k, t in enumerate(ts)], " ".join(ts))
    >>> figures_under_headline(mk(0, "全省民营经济发展信心", "持续增强"), mk(2, "今年为企业减负超过254亿元"))
    True
    >>> figures_under_headline(mk(0, "全省民营经济发展信心"), mk(1, "今年为企业减负超过254亿元")), figures_under_headline(mk(0, "全省民营经济发展信心", "持续增强"), mk(2, "营商环境持续向好"))
    (False, False)
    >>> figures_under_headline(mk(0, "奋进新征程", "建功新时代"), mk(2, "我省新增高新技术企业1200家"))
    False
    >>> figures_under_headline(mk(0, "全省春季植树造林", "活动全面启动"), mk(2, "新华社长沙5月3日电"))
    False
    """
    if len(upper.items) < 2 or upper.kind != "title" or len(lower.items) != 1 or lower.kind != "title":
        return False
    last, line = upper.items[-1], lower.items[0]
    return (
        not line.gap_before
        and line.no == last.no + 1
        and last.role == line.role == "text"
        and not states_figure(upper.text)
        and max(it.width for it in upper.items) >= MIN_TITLE_UNDER_KICKER
        and figures_phrase(lower.text)
        and not predicate_under(last.text, lower.text)
    )


def figures_phrase(text: str) -> bool:
    """Whether a headline line under a headline reads as a subtitle of figures: it states a figure
    (:func:`states_figure`) in one phrase (no clause mark, :data:`CLAUSE_MARKS`), and is no dateline
    (:data:`~textclean.clean.chardata.DATELINE_PAPER_RE`) nor a line opening with a date (:data:`DATE_OPENING_RE`):
    the figure in those dates the line, a photo's caption or the story's dateline under its headline.

    >>> figures_phrase("今年为企业减负超过254亿元"), figures_phrase("新华社长沙5月3日电"), figures_phrase("5月3日")
    (True, False, False)
    >>> figures_phrase("5月3日，市民在城郊义务植树"), figures_phrase("市民在城郊种下树苗1200株，绿化荒山")
    (False, False)
    """
    text = text.strip()
    return (
        states_figure(text)
        and not any(c in text for c in CLAUSE_MARKS)
        and DATELINE_PAPER_RE.match(text) is None
        and DATE_OPENING_RE.match(text) is None
    )


def figures_pair(upper: Element, lower: Element) -> bool:
    """Whether the one-line titles ``upper`` and ``lower`` (set tight under it) are shaped as a title and a subtitle
    of figures (:func:`figures_under`, less its reading of the words): ``lower`` states figures, ``upper`` none, no
    kicker by its width, no headline's first half printed on one line with the second.

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t: Element("title", [Item(0, t, t, text_width(t), False, False, "text")], t)
    >>> figures_pair(mk("我国高铁运营总里程"), mk("突破4.5万公里")), figures_pair(mk("外资企业"), mk("加码投资"))
    (True, False)
    """
    if len(upper.items) != 1 or len(lower.items) != 1 or lower.kind != "title" or lower.items[0].gap_before:
        return False
    if upper.items[0].role != "text" or lower.items[0].role != "text" or states_figure(upper.text):
        return False
    return states_figure(lower.text) and not kicker_over(upper, lower) and not ends_at_halves_gap(upper.items[0])


def figures_complete(upper: Element, lower: Element) -> bool:
    """Whether the one-line title ``lower``, shaped as the subtitle of figures of ``upper`` (:func:`figures_pair`),
    completes its sentence (:func:`predicate_under`): one headline over two lines, ``我国高铁运营总里程`` /
    ``突破4.5万公里``, no kicker over a title nor a title over its subtitle.

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t: Element("title", [Item(0, t, t, text_width(t), False, False, "text")], t)
    >>> figures_complete(mk("今年以来全省新开工项目"), mk("达1200个")), figures_complete(mk("外资企业加码投资"), mk("实际使用外资710亿美元"))
    (True, False)
    """
    return figures_pair(upper, lower) and predicate_under(upper.text, lower.text)


def predicate_under(upper: str, lower: str) -> bool:
    """Whether the headline line ``lower`` completes ``upper`` as its predicate, one sentence over two lines, no
    subtitle of figures under a title: ``lower`` is a bare count (:data:`BARE_COUNT_RE`: ``春节假期全国国内出游`` /
    ``4.74亿人次``), a verb and its count (:data:`PREDICATE_TAGS`: ``我国高铁运营总里程`` / ``突破4.5万公里``), or,
    under a line holding no verb of its own (a subject), :data:`PREDICATE_WORDS` words at most ending with a verb
    before a count (``全国铁路旅客发送量`` / ``同比增长12.3%``) or more words opening with a predicate's word
    (:data:`PREDICATE_OPENERS`), a verb right before the count (``全省粮食总产量`` / ``已累计突破100亿斤``: the count
    is its object). Not so under a clause (``粮食生产再获丰收`` / ``总产量达1.4万亿斤``), nor a line holding its own object before its count
    (``今年民生实事清单`` / ``已完成实事27件``: the adverb opens the subtitle's own sentence).
    A subtitle of figures holds its own subject (``外资企业加码投资`` / ``实际使用外资710亿美元``; of the gold subtitles
    of figures of the five families' dev pages, 57 under titles stating none, none reads so).

    >>> predicate_under("我国高铁运营总里程", "突破4.5万公里"), predicate_under("春节假期全国国内出游", "4.74亿人次")
    (True, True)
    >>> predicate_under("外资企业加码投资", "实际使用外资710亿美元"), predicate_under("乡村学校迎来新面孔", "新增学位463个")
    (False, False)
    >>> predicate_under("全国铁路旅客发送量", "同比增长12.3%"), predicate_under("粮食生产再获丰收", "总产量达1.4万亿斤")
    (True, False)
    >>> predicate_under("今年民生实事清单", "已完成实事27件"), predicate_under("全省粮食总产量", "已累计突破100亿斤")
    (False, True)
    """
    lower = lower.strip()
    if BARE_COUNT_RE.match(lower):
        return True
    run = re.match(f"[{HAN}]*", lower)
    opening = words_of(run.group(0)) if run else []
    if not opening:
        return False
    counted = BARE_COUNT_RE.match(lower[len("".join(opening)) :]) is not None
    if counted and len(opening) == 1 and word_class(opening[0]) in PREDICATE_TAGS:
        return True  # (a verb and its count: no room for a subject)
    if any(word_class(w) == "v" for w in words_of(upper)):
        return False  # (the upper line holds its own predicate: a clause, over its subtitle's)
    if not counted or word_class(opening[-1]) not in PREDICATE_TAGS:
        return False  # (the line holds an object of its own before its count: ``已完成实事27件``, a subtitle)
    return len(opening) <= PREDICATE_WORDS or word_class(opening[0]) in PREDICATE_OPENERS


def _figures_head(upper: Element, lower: Element) -> bool:
    """Whether ``lower`` is the subtitle of figures of ``upper`` or completes it (one headline)."""
    return figures_under(upper, lower) or figures_complete(upper, lower)


def states_figure(text: str) -> bool:
    """Whether a headline line states a figure (:data:`~textclean.clean.dangling.FIGURE_RE`) other than a year
    (:data:`~textclean.clean.chardata.YEAR_RE`: ``保证1980年计划的完成`` dates a task, as a headline's half may).

    >>> states_figure("新增学位463个"), states_figure("保证1980年计划的完成"), states_figure("2026年增长5%")
    (True, False, True)
    """
    return FIGURE_RE.search(YEAR_RE.sub("", text)) is not None


def _parted(title: Element, series: list[bool], last: bool, text: str) -> list[Element]:
    """``title`` parted where exactly one of its lines is a series' (``series``) and it is the first (a title of its
    own over the rest) or, the stack's ``last``, the last (the subtitle under the rest), the words not going on
    across the cut (:func:`~textclean.clean.wrapped.goes_on`: ``关于无产阶级文`` / ``化大革命的准备``, parallel
    titles sharing their opening) and the series' line saying less of the page's running ``text`` than the rest
    (:func:`~textclean.clean.match.said`: a title names its body; ``中共一大文献摘登`` over ``在知识分子中的宣传工作``, which shares
    ``中的宣传工作`` with the next title, is no title over its subtitle)."""
    if sum(series) != 1 or not (series[0] or (series[-1] and last)):
        return [title]
    k = 1 if series[0] else len(title.items) - 1
    upper, lower = title.items[:k], title.items[k:]
    name, rest = (upper, lower) if series[0] else (lower, upper)
    if goes_on(upper[-1], lower[0]) or not _says_less(_joined(name), _joined(rest), text):
        return [title]
    cut = len("".join([it.text for it in upper]).replace(" ", ""))  # (counted as ``head`` is: spaces out)
    head = title.text.replace(" ", "")[:cut]
    up_text, low_text = _split_text(title.text, head)
    return [Element("title", upper, up_text), Element("title" if series[0] else "subtitle", lower, low_text)]


def _split_text(text: str, head: str) -> tuple[str, str]:
    """``text`` cut after the characters of ``head`` (spaces set between lines not counted), both parts stripped.

    >>> _split_text("聚焦党的十八大报告 大力推进", "聚焦党的十八大报告")
    ('聚焦党的十八大报告', '大力推进')
    """
    n, i = 0, 0
    while i < len(text) and n < len(head):
        n += text[i] != " "
        i += 1
    return text[:i].strip(), text[i:].strip()


def _says_less(name: str, title: str, text: str) -> bool:
    """Whether the series' line ``name`` says little of the running ``text`` (:data:`SERIES_SAID`), less than ``title``."""
    named = said(name, text)
    return named <= SERIES_SAID and named < said(title, text)


def _joined(items: list[Item]) -> str:
    return "".join([it.text for it in items])


def repeats(line: str, others: list[str]) -> bool:
    """Whether ``line`` shares :data:`SERIES_CHARS` characters in a row with one of the ``others``.

    >>> repeats("聚焦党的十八大报告", ["解读党的十八大报告"]), repeats("大力推进生态文明建设", ["解读党的十八大报告"])
    (True, False)
    """
    text = line.strip()
    grams = {text[i : i + SERIES_CHARS] for i in range(len(text) - SERIES_CHARS + 1)}
    return any(g in o for g in grams for o in others)
