"""A clause over a statement on a news page: a kicker over its title, not a two-part headline's upper half.

Two headline lines of like width set tight, with no word running across the break, are either the halves of a
two-part headline or a kicker over its title, and in PyMuPDF's text no type size tells them apart. The words do,
where the page's headlines say how it writes them. A report's or a theory page's headlines are clauses, each
opening with its verb (``加快发展现代农业`` / ``促进农民持续增收``): two such clauses stacked are one headline's
halves, and so are a clause and a line opening with a verb jieba's word classes miss (``完善基本经济制度`` /
``健全现代市场体系``). A news page's headlines are statements, a subject and what it did (``外资企业加码投资``,
``省政府召开常务会议``), and its kickers are slogans that open with a verb (``推进高水平对外开放``, ``聚焦高质量发展``):
there a clause over a statement is the kicker over its title (:func:`clause_over_statement`), the page told by
the share of its headline lines that open as clauses (:func:`statement_page`).
"""

from __future__ import annotations

import re

from textclean.clean.bodynames import names_no_body
from textclean.clean.chardata import HAN_RE
from textclean.clean.dangling import FIGURE_RE
from textclean.clean.lexicon import VERBAL_NOUN_TAG, first_word, opens_as_clause, word_across, word_class, words_of
from textclean.clean.match import BigramIdf
from textclean.clean.roles import Element, Item, is_headline_like
from textclean.clean.tails import MIN_TITLE_UNDER_KICKER, quoted_title
from textclean.clean.typesetting import is_column_label

#: A page on which fewer than this share of the headline lines open as clauses
#: (:func:`~textclean.clean.lexicon.opens_as_clause`) writes its headlines as statements: a news page (PyMuPDF,
#: the dev pages: the front pages 0 to 33% a page, the economy pages 0 to 33%, the international pages 0 to 25%;
#: the devpages' report pages whose two-part headlines open the lower half with a verb jieba does not class, 40 to
#: 86%).
CLAUSE_PAGE_SHARE = 0.4
#: A page of fewer headline lines than this tells no way of writing them (a kicker and a title, a byline's
#: banner: half of them may be anything); there two lines stack as their shape says.
MIN_PAGE_TITLES = 5
#: Each of the two lines is at least this wide (em): a narrower line is a label or a wrapped word, which other
#: rules read (:data:`~textclean.clean.wrapped.HALF_MIN_WIDTH`).
MIN_LINE_WIDTH = 5.0
#: A line holding one of these marks is a clause wrapped at its measure (``加强政府自身建设，提高`` /
#: ``施政能力和服务水平``), no kicker.
CLAUSE_MARKS = "，、；："
#: jieba's tag of a pronoun: a line opening with one (``各地…``, ``我国…``) opens with its subject, a statement's
#: way, no kicker's slogan.
PRONOUN_TAG = "r"
#: A line opening with this many one-character words in a row opens with a word jieba lacks, most often a
#: person's name (``习``/``近``/``平``: ``习`` a verb by its tag), and a name opens a statement
#: (``习近平同马克龙举行会谈``); two are as often a verb and its complement (``打``/``好``: ``打好外贸“组合拳”``).
NAME_RUN_WORDS = 3
#: Each half of a two-part headline printed on one line holds at least this many Han characters (the studied
#: families' halves hold 4 to 14: ``PPI降幅收窄``, ``农资供应充足``); fewer is a spacing slip (``推进5G 网络建设``)
#: or a letter-spaced word.
HALF_MIN_HAN = 3
#: A headline line that leads into the line under it with a colon (``浙江义乌：`` over ``“世界超市”跨境电商交易额突破两千
#: 亿元``) names a place, a body or a speaker: at most this many characters before the colon.
COLON_LEAD_CHARS = 8
#: Such a lead: a short name closed by a colon, no other mark in it.
COLON_LEAD_RE = re.compile(f"^[^，、；：。！？,;:!?\\s]{{2,{COLON_LEAD_CHARS}}}[：:]$")
#: ... not a speaker's role or a form of address (an interview's ``主持人：``, ``记者：``, a letter's ``编辑同志：``,
#: ``各位读者：``): the text's first line, over the speaker's words or the letter, not a headline's lead.
SPEAKER_LEAD_RE = re.compile("(?:同志|先生|女士|老师|教授|主持人|记者|嘉宾|读者|网友|朋友|们)[：:]$")
#: A figure dating the news (a year, a month, a day, a quarter, a half-year, the first months): a news kicker dates
#: the news its title states (PyMuPDF, lay17: ``央行发布2月金融统计数据`` / ``M2余额同比增长8.3%``); the kickers of
#: the devpages holding a figure all hold a year.
DATE_RE = re.compile("[0-9０-９]+[年月日]|[一二三四1-4１-４]季度|[上下]半年|前[0-9０-９一二三四五六七八九十]+个?月")
#: A score (``99比97``, ``3:1``): a match's result, a headline's own words, no count of the news.
SCORE_RE = re.compile("[0-9０-９]+[比:：][0-9０-９]+")


def opens_as_slogan(text: str) -> bool:
    """Whether a headline line opens as a kicker's slogan: as a clause (:func:`~textclean.clean.lexicon.opens_as_clause`)
    but not with a pronoun (:data:`PRONOUN_TAG`: the subject of a statement) nor with a run of one-character words
    (:data:`NAME_RUN_WORDS`: a name jieba lacks, read before the verb its first character is tagged as).

    >>> opens_as_slogan("推进高水平对外开放"), opens_as_slogan("以开放促发展"), opens_as_slogan("打好外贸“组合拳”")
    (True, True, True)
    >>> opens_as_slogan("习近平同马克龙举行会谈"), opens_as_slogan("各地多措并举稳就业"), opens_as_slogan("我国经济运行总体平稳")
    (False, False, False)
    """
    if not opens_as_clause(text):
        return False
    first = first_word(text)
    if word_class(first) == PRONOUN_TAG:
        return False
    words = words_of(text[: 2 * NAME_RUN_WORDS])
    return not (len(words) >= NAME_RUN_WORDS and all(len(w) == 1 for w in words[:NAME_RUN_WORDS]))


def opens_as_statement(text: str) -> bool:
    """Whether a headline line opens as a statement, with its subject: not as a clause
    (:func:`~textclean.clean.lexicon.opens_as_clause`), nor with a verbal noun (:data:`VERBAL_NOUN_TAG`), which
    opens a clause as often as a verb does (``优化营商环境``) or goes on from the line above it, a headline wrapped at
    its measure (``加快推进农业农村`` / ``现代化建设步伐``, ``加快建设跨境电商`` / ``综合试验区和海外仓``).

    >>> opens_as_statement("跨境电商跑出加速度"), opens_as_statement("“土特产”走出山")
    (True, True)
    >>> opens_as_statement("优化营商环境"), opens_as_statement("现代化建设步伐"), opens_as_statement("促进农民持续增收")
    (False, False, False)
    """
    return not opens_as_clause(text) and word_class(first_word(text)) != VERBAL_NOUN_TAG


def statement_page(elements: list[Element]) -> bool:
    """Whether fewer than :data:`CLAUSE_PAGE_SHARE` of the page's title lines open as clauses: its headlines are
    statements (a news page), not clauses (a report's page). A page of fewer than :data:`MIN_PAGE_TITLES` title
    lines is none.

    >>> mk = lambda t: Element("title", [], t)
    >>> news = ["外资企业加码投资", "省政府召开常务会议", "文旅消费热度攀升", "春耕生产进展顺利", "推进高水平对外开放"]
    >>> statement_page([mk(t) for t in news]), statement_page([mk(t) for t in news[2:]])
    (True, False)
    >>> report = ["加快发展现代农业", "促进农民持续增收", "健全现代市场体系", "扩大国内有效需求", "推进区域协调发展"]
    >>> statement_page([mk(t) for t in report])
    False
    """
    titles = [e.text for e in elements if e.kind == "title"]
    return len(titles) >= MIN_PAGE_TITLES and sum(map(opens_as_clause, titles)) < CLAUSE_PAGE_SHARE * len(titles)


def clause_over_statement(upper: Element, lower: Element) -> bool:
    """Whether the one-line title ``upper`` opens as a slogan (:func:`opens_as_slogan`) and the title ``lower`` set
    under it as a statement (:func:`opens_as_statement`), both
    at least :data:`MIN_LINE_WIDTH` wide (``lower`` at its widest line: a title wrapped under its kicker), neither
    holding a clause mark (:data:`CLAUSE_MARKS`), no word running across the break
    (:func:`~textclean.clean.lexicon.word_across`: one headline wrapped inside a word), ``lower`` no quoted word
    narrower than a headline (:func:`~textclean.clean.tails.quoted_title`: the upper line's wrapped end,
    ``扩大内需要抓住消费这个`` / ``“牛鼻子”``). Asked on a news page only
    (:func:`statement_page`), where such a pair is a kicker over its title.

    Before (PyMuPDF, a front page): ``推进高水平对外开放`` / ``跨境电商跑出加速度`` were joined by their shape as one
    two-part title; after, a kicker and its title. Not so: two clauses (``加快发展现代农业`` /
    ``促进农民持续增收``), a statement over a clause, a name's or a pronoun's statement over a statement
    (``习近平同马克龙举行会谈``, ``各地多措并举稳就业``), a line opening with a verbal noun under a clause (``加快推进农业农村`` /
    ``现代化建设步伐``: wrapped), a narrow line, a clause wrapped at a comma.

    >>> from textclean.clean.chardata import text_width
    >>> from textclean.clean.roles import Item
    >>> mk = lambda t: Element("title", [Item(0, t, t, text_width(t), False, True, "text")], t)
    >>> clause_over_statement(mk("推进高水平对外开放"), mk("跨境电商跑出加速度"))
    True
    >>> clause_over_statement(mk("加快发展现代农业"), mk("促进农民持续增收")), clause_over_statement(mk("跨境电商跑出加速度"), mk("推进高水平对外开放"))
    (False, False)
    >>> clause_over_statement(mk("加强政府自身建设，提高"), mk("施政能力和服务水平")), clause_over_statement(mk("抢抓农时"), mk("春播进度过半"))
    (False, False)
    >>> clause_over_statement(mk("扩大内需要抓住消费这个"), mk("“牛鼻子”"))
    False
    """
    if upper.kind != "title" or lower.kind != "title" or len(upper.items) != 1:
        return False
    return (
        opens_as_slogan(upper.text)
        and opens_as_statement(lower.text)
        and min(upper.items[0].width, max(it.width for it in lower.items)) >= MIN_LINE_WIDTH
        and not any(mark in e.text for e in (upper, lower) for mark in CLAUSE_MARKS)
        and not word_across(upper.text, lower.items[0].text)
        and not (quoted_title(lower.text) and lower.items[0].width < MIN_TITLE_UNDER_KICKER)
    )


def two_halves(text: str) -> bool:
    """Whether a headline's text is two halves parted by a space (:data:`HALF_MIN_HAN` Han characters each side),
    whatever characters meet at the space (``CPI同比上涨0.7% PPI降幅收窄``: a figure and a Latin word).

    >>> two_halves("CPI同比上涨0.7% PPI降幅收窄"), two_halves("化肥价格总体平稳 农资供应充足")
    (True, True)
    >>> two_halves("推进5G 网络建设"), two_halves("国家统计局发布2月份数据"), two_halves("一 二 三 四")
    (False, False, False)
    """
    parts = text.split()
    return len(parts) == 2 and all(len(HAN_RE.findall(p)) >= HALF_MIN_HAN for p in parts)


def kicker_over_halves(upper: Element, lower: Element) -> bool:
    """Whether the one-line headline ``upper``, one phrase (no space, no clause mark), is the kicker of the title
    ``lower`` set under it, a headline in two halves already (:func:`two_halves`): a headline has two halves at
    most, so a third line over them is its kicker.

    Before (PyMuPDF, an economy page): ``国家统计局发布2月份数据`` / ``CPI同比上涨0.7%　PPI降幅收窄`` made one title of
    three parts; after, kicker and title. Not so: a line over a one-phrase title (halves, or kicker and title, told
    by other rules), a line itself in halves (a kicker in two halves over its title, ``美元指数走弱 非美货币普遍反弹``),
    a line whose word runs on into the title's (a headline wrapped in a narrow column).

    >>> mk = lambda t: Element("title", [], t)
    >>> kicker_over_halves(mk("国家统计局发布2月份数据"), mk("CPI同比上涨0.7% PPI降幅收窄"))
    True
    >>> kicker_over_halves(mk("美元指数走弱 非美货币普遍反弹"), mk("人民币对美元中间价上调132个基点"))
    False
    >>> kicker_over_halves(mk("推进高水平对外开放"), mk("跨境电商跑出加速度"))
    False
    >>> from textclean.clean.chardata import text_width
    >>> line = lambda t: Element("title", [Item(0, t, t, text_width(t), False, False, "text")], t)
    >>> kicker_over_halves(line("新就业形态劳动"), line("者权益保障 如何补齐制度短板"))
    False
    """
    if upper.kind != "title" or lower.kind != "title" or len(upper.text.split()) != 1:
        return False
    if lower.items and word_across(upper.text, lower.items[0].text):
        return False  # (one headline wrapped inside a word: ``新就业形态劳动`` / ``者权益保障 如``)
    return not any(mark in upper.text for mark in CLAUSE_MARKS) and two_halves(lower.text)


def colon_lead(run: list[Item]) -> bool:
    """Whether the first line of a run of text lines, set right under a column label, a byline or a title, is a
    headline line that leads into the one under it with a colon (:data:`COLON_LEAD_RE`, ``浙江义乌：``), that line a
    headline line (:func:`~textclean.clean.roles.is_headline_like`). Its colon kept it from reading as a headline
    line, and the head opened the body (PyMuPDF, an economy page: the story lost its label and byline). Whether it
    is a kicker or the title's upper part the text does not say (a blind family wraps its titles there): it stays
    with the title.

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t: Item(0, t, t, text_width(t), False, False, "text")
    >>> colon_lead([mk("浙江义乌："), mk("“世界超市”跨境电商交易额突破两千亿元"), mk("走进义乌国际商贸城五区，来自沙")])
    True
    >>> colon_lead([mk("记者：当前居民消费意愿偏弱，"), mk("原因在哪里")]), colon_lead([mk("浙江义乌："), mk("走进商贸城，")])
    (False, False)
    >>> colon_lead([mk("主持人："), mk("今年以来消费市场持续回暖")]), colon_lead([mk("编辑同志："), mk("我是一名退休教师")])
    (False, False)
    """
    lead = run[0].text.strip() if run else ""
    return (
        len(run) > 1
        and bool(COLON_LEAD_RE.match(lead))
        and not SPEAKER_LEAD_RE.search(lead)
        and is_headline_like(run[1])
    )


def titled_byline(elements: list[Element], k: int) -> bool:
    """Whether the byline ``elements[k]`` is set under its story's title: the lines over it end with a headline
    line that is no column label (:func:`~textclean.clean.typesetting.is_column_label`). A colon line under such a
    byline opens the story's text (:func:`colon_lead` does not apply): a letter's salutation (``编辑同志：``), an
    interview's speaker (``主持人：``), a roundup's first place (``河南周口：`` over its subhead). The lead-ins the
    economy pages print stand under a label and its byline (``区域经济`` / ``本报记者　潘建国`` / ``浙江义乌：``) or
    under the body of the story above.

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t, role="text": Item(0, t, t, text_width(t), False, False, role)
    >>> run = lambda *ts: Element("run", [mk(t) for t in ts])
    >>> byline = Element("byline", [mk("本报记者　王明", "byline")], "本报记者　王明")
    >>> titled_byline([run("一位退休教师的来信"), byline], 1)
    True
    >>> titled_byline([run("区域经济"), byline], 1), titled_byline([run("…期资金配置。"), byline], 1)
    (False, False)
    """
    if k < 1 or elements[k].kind != "byline" or elements[k - 1].kind != "run" or not elements[k - 1].items:
        return False
    last = elements[k - 1].items[-1]
    return is_headline_like(last) and not is_column_label(last.text.strip())


def figure_kicker_shape(upper: str, upper_width: float, lower: str, lower_width: float) -> bool:
    """Whether a headline line ``upper`` (``upper_width`` em) holds a figure that marks it the kicker of the line
    ``lower`` under it rather than its upper half: a date (:data:`DATE_RE`); or another figure, not a score
    (:data:`SCORE_RE`), over a wider line or over a line stating a figure of its own (the title states the news,
    the kicker counts it). Any figure was read so before: it parted a parallel two-part headline whose upper half
    states a rate over a shorter half stating none (lay17 ec-04, gold one title under its kicker) and a score line
    over its second half; date only: PyMuPDF title lay17 .868, the blind city family .721 (any figure .863 / .732;
    this form .868 / .726).

    >>> figure_kicker_shape("央行发布2月金融统计数据", 12.0, "M2余额同比增长8.3%", 10.0)
    True
    >>> figure_kicker_shape("一季度交付量同比增长41%", 12.5, "宁安新能源汽车加速布局海外市场", 15.0)
    True
    >>> figure_kicker_shape("CPI同比上涨0.7%", 9.0, "PPI降幅收窄", 5.5), figure_kicker_shape("东队99比97险胜西队", 8.5, "外援获得两双数据后险胜", 11.0)
    (False, False)
    """
    if DATE_RE.search(upper):
        return True
    figure = FIGURE_RE.search(SCORE_RE.sub("", upper)) is not None
    return figure and (lower_width > upper_width or FIGURE_RE.search(lower) is not None)


def figure_over_statement(upper: Element, lower: Element) -> bool:
    """Whether the one-line title ``upper`` holds a date or a figure (:func:`figure_kicker_shape`) and the title ``lower`` set under it
    opens as a statement (:func:`opens_as_statement`), both at least :data:`MIN_LINE_WIDTH` wide, no word running
    across the break (:func:`~textclean.clean.lexicon.word_across`): a kicker counting the news over the title
    stating it, not a two-part headline's upper half (whose halves are clauses, and hold no figure on the devpages).

    Before (PyMuPDF, lay17 ec-14): ``一季度交付量同比增长41%`` / ``宁安新能源汽车加速布局海外市场`` were joined as one
    two-part title (both name the one body); after, kicker and title. Not so: no figure over a statement
    (``推进高水平对外开放`` / ``跨境电商跑出加速度``, :func:`clause_over_statement` reads those), a figure over a clause, a rate or a score that dates nothing (a parallel half).

    >>> from textclean.clean.chardata import text_width
    >>> from textclean.clean.roles import Item
    >>> mk = lambda t: Element("title", [Item(0, t, t, text_width(t), False, True, "text")], t)
    >>> figure_over_statement(mk("一季度交付量同比增长41%"), mk("宁安新能源汽车加速布局海外市场"))
    True
    >>> figure_over_statement(mk("央行发布2月金融统计数据"), mk("M2余额同比增长8.3%"))
    True
    >>> figure_over_statement(mk("外贸进出口增长5%"), mk("推进高水平对外开放")), figure_over_statement(mk("成渝地区双城经济圈"), mk("重大项目开工率超七成"))
    (False, False)
    >>> figure_over_statement(mk("东队99比97险胜西队"), mk("外援贡献两双数据"))
    False
    >>> figure_over_statement(mk("CPI同比上涨0.7%"), mk("PPI降幅收窄"))
    False
    """
    if upper.kind != "title" or lower.kind != "title" or len(upper.items) != 1:
        return False
    return (
        figure_kicker_shape(upper.text, upper.items[0].width, lower.text, max(it.width for it in lower.items))
        and opens_as_statement(lower.text)
        and min(upper.items[0].width, max(it.width for it in lower.items)) >= MIN_LINE_WIDTH
        and not word_across(upper.text, lower.items[0].text)
    )


def is_kicker(idf: BigramIdf, over: list[Element], under: list[Element], spaced: bool) -> bool:
    """Whether the headline line ending ``over`` (a unit's elements) is the kicker of the title opening ``under`` by
    what it says: it names no body of the page (:func:`~textclean.clean.bodynames.names_no_body`), or, on a page
    whose lines are not set apart (PyMuPDF: no blank line parts a kicker from its title), it counts the news the
    title states (:func:`figure_over_statement`; asked of pdfminer's and pdftotext's text too, it cost a devpages
    title each).
    """
    return names_no_body(idf, over[-1].text) or (not spaced and figure_over_statement(over[-1], under[0]))
