"""Headline lines that leave their phrase open at the line's end: the words go on in the line under it.

A line ending on a preposition (``…国家对于``) or on a year (``学习贯彻2023年``) cannot end a headline: the
preposition wants its object, the year dates the word after it. :func:`dangles` tells
:func:`~textclean.clean.wrapped.left_open` so, which joins the line with the one under it.
"""

from __future__ import annotations

import re

from textclean.clean.chardata import HAN, YEAR_RE, year_alone
from textclean.clean.lexicon import ends_with_preposition, words_of
from textclean.clean.roles import Item

#: A year at a line's end (``…1957年``, ``…１９５５年``).
_YEAR_END_RE = re.compile(f"(?:{YEAR_RE.pattern})$")
#: Words that make a year the end of a span (``排产至2028年``: "until 2028"), which dates no word after it: the
#: phrase is complete (a kicker over its title, lay17's ``订单排产至2028年`` / ``江南造船厂再获…``, was joined to it).
#: Not ``到``: it reads "by" as often, dating the words after it (``力争到2030年`` / ``基本实现新型工业化``).
SPAN_END_WORDS = ("至",)
#: ... but these before it date the words after the year: ``截至2025年`` ("as of") / ``全省5G基站突破20万个``.
DATING_SPAN_WORDS = ("截至",)


def ends_on_year(text: str) -> bool:
    """Whether the headline line ``text`` ends on a year that dates words printed before it (``学习贯彻2023年``,
    ``——解读1957年``): a year names nothing of its own but dates the noun after it, so the line is the upper part
    of a kicker or subtitle wrapped in a narrow measure (``政府工作报告`` under it).

    Before (PyMuPDF, the third layout, a side head 7 em wide): ``关于社会主义革命`` / ``——解读1957年`` /
    ``政府工作报告``: the subtitle ended at the year and its end stood as a title that took the article's place,
    its true title moving to the next article; after, the subtitle ``——解读1957年政府工作报告``. Not so: a year
    alone (:func:`~textclean.clean.chardata.year_alone`: ``2014年`` over ``工作回`` / ``顾``, the first line of a
    title, :func:`~textclean.clean.wrapped._wraps_into` joins those by shape; asked here it parted a label read
    under a title's stack, pdftotext), a line whose year dates the words after it on the same line, a year that
    ends a span (:data:`SPAN_END_WORDS`).

    >>> ends_on_year("学习贯彻2023年"), ends_on_year("——解读1957年 "), ends_on_year("聚焦１９９４年")
    (True, True, True)
    >>> ends_on_year("2023年工作回顾"), ends_on_year("2014年"), ends_on_year("今后十年"), ends_on_year("订单排产至2028年")
    (False, False, False, False)
    >>> ends_on_year("力争到2030年"), ends_on_year("截至2025年"), ends_on_year("从2021年至2025年")
    (True, True, True)
    """
    text = text.rstrip()
    year = _YEAR_END_RE.search(text)
    return year is not None and not year_alone(text) and not _ends_span(text[: year.start()])


def _ends_span(before: str) -> bool:
    """Whether the words ``before`` a year make it a span's end (:data:`SPAN_END_WORDS`), dating nothing after it: not
    after :data:`DATING_SPAN_WORDS`, nor a span opening on a year of its own (``从2021年至2025年`` dates the words
    after it: ``全省累计新增就业300万人``)."""
    return before.endswith(SPAN_END_WORDS) and not before.endswith(DATING_SPAN_WORDS) and not YEAR_RE.search(before)


#: Words that ask for the predicate after them: the copula ``是`` wants what it states ...
COPULA = "是"
#: ... and so do these one-character adverbs, a closed set: each qualifies the verb printed after it and ends no
#: phrase (``课后服务要“提质”更`` / ``要“减负”``). Not any adverb jieba tags (about 95 characters): many end a
#: complete phrase a kicker may end on (``堪称一绝``, ``敢为人先``, ``梦想成真``, ``与春天有约``, ``风清气正``).
OPEN_ADVERBS = "更也都还就"
#: The second adverb of a correlative pair, open when its first stands earlier in the line (``交通大动脉越织越`` /
#: ``密``, ``绿色转型既要积极又`` / ``要稳妥``): the pair frames two predicates, the line holds one.
CORRELATIVES = {"越": "越", "又": "既又"}
#: Modal verbs, a closed set: each wants the verb printed after it. One ends a line open only right after an adverb of
#: :data:`OPEN_ADVERBS`, each a word of its own (``课后服务要“提质”更要`` / ``“减负”``); after other words the character
#: may close a phrase (``会`` a meeting, ``可`` a verdict: ``群众说可``).
MODAL_VERBS = "要能会应须需可"
#: ``一学就会``: one verb and ``就会`` (learned at once), a phrase complete, its ``会`` no modal verb.
AT_ONCE_RE = re.compile(f"一[{HAN}]就会$")
#: Words before which the character is a noun, no copula or adverb: a capital (``冰雪之都``, ``魔都``, ``帝都``,
#: ``国都``), affairs of state (``畅谈国是``), everywhere (``俯拾皆是``); the phrase is complete.
NOUN_AFTER = {"都": ("之", "魔", "帝", "国"), "是": ("国", "皆")}
#: Characters of a line's end cut into words to find its last (a word is shorter).
WORD_WINDOW = 8
#: A clause mark or a space in a title line wrapped after such a word: a running sentence's line (``…，路就``) or a
#: byline (``文/张然 图/向丽亦``) read as a head, not a headline's first line (:func:`modifier_wraps`).
OPEN_CLAUSE_RE = re.compile(r"[，、；：,;:\s]")


def ends_on_modifier(text: str) -> bool:
    """Whether the headline line ``text`` ends on the copula (:data:`COPULA`), on an adverb of the closed set
    :data:`OPEN_ADVERBS` or on a correlative pair's second adverb (:data:`CORRELATIVES`), its last word cut as
    :func:`~textclean.clean.lexicon.words_of` cuts, a word of its own, not a noun (:data:`NOUN_AFTER`): the word
    wants the predicate printed after it, so a headline wrapped in a narrow box goes on in the title line under it
    (:func:`~textclean.clean.wrapped.wrapped_halves`; asked of title lines only: a body line ends so wherever its
    column does).

    Before (PyMuPDF, lay12 fz-07, a title in a 10 em box): ``课后服务要“提质”更`` / ``要“减负”`` stood as a kicker
    and its title; after, one title ``课后服务要“提质”更要“减负”``; so, an adverb and a modal verb
    (:data:`MODAL_VERBS`), ``课后服务要“提质”更要`` / ``“减负”`` (lay12 kj-02). Not so: a word that holds the
    character (``变更``, ``实事求是``), an adverb of two characters (``坚持到底``), a modal verb after any other word
    (``会议纪要``) or in ``一学就会`` (:data:`AT_ONCE_RE`), an adverb out of the closed set, which may end a phrase (``堪称一绝``, ``敢为人先``), a noun
    (``冰雪之都``, ``畅谈国是``), a line of one word (a tail).

    >>> ends_on_modifier("课后服务要“提质”更"), ends_on_modifier("警惕！兼职刷单是"), ends_on_modifier("交通大动脉越织越")
    (True, True, True)
    >>> ends_on_modifier("课后服务要“提质”更要"), ends_on_modifier("基层减负也能"), ends_on_modifier("会议纪要")
    (True, True, False)
    >>> ends_on_modifier("防诈知识一学就会"), ends_on_modifier("智能手机一点就会")
    (False, False)
    >>> ends_on_modifier("坚持到底"), ends_on_modifier("登记事项变更"), ends_on_modifier("敢于说不"), ends_on_modifier("实事求是")
    (False, False, False, False)
    >>> ends_on_modifier("打造国际冰雪之都"), ends_on_modifier("代表委员畅谈国是"), ends_on_modifier("手艺堪称一绝")
    (False, False, False)
    >>> ends_on_modifier("更”"), ends_on_modifier(""), ends_on_modifier("务"), ends_on_modifier("改革越")
    (False, False, False, False)
    """
    text = text.rstrip()
    words = words_of(text[-WORD_WINDOW:])
    if len(words) < 2 or len(words[-1]) != 1 or not text.endswith(words[-1]):
        return False  # (a line of one word is a tail, ``务``, ``略``; a mark after the word closes it)
    last = words[-1]
    if words[-2] in NOUN_AFTER.get(last, ()):
        return False  # (a noun: ``冰雪之都``, ``国是``)
    if last == COPULA or last in OPEN_ADVERBS:
        return True
    if last in MODAL_VERBS and words[-2] in OPEN_ADVERBS:
        return not AT_ONCE_RE.search(text)
    return any(first in text[:-1] for first in CORRELATIVES.get(last, ""))


def modifier_wraps(upper: Item, lower: Item) -> bool:
    """Whether the title line ``upper`` ends on a word that wants a predicate (:func:`ends_on_modifier`) over a title
    line ``lower`` no wider: one headline wrapped in its box, which fills the upper line and leaves the rest to the
    lower. A wider line under it stands on its own (``农业农村农民问题是``, 9 em, read as a head over
    ``关系国计民生的根本性``, 10 em: a line of the column above, not the title's first line), and an upper line
    holding a clause mark or a space (:data:`OPEN_CLAUSE_RE`) is a sentence's line or a byline read as a head (pdfminer:
    ``统一销售，产品品质和价格都`` over the label ``新春走基层``).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, True, "text")
    >>> modifier_wraps(mk("课后服务要“提质”更"), mk("要“减负”")), modifier_wraps(mk("农业农村农民问题是"), mk("关系国计民生的根本性"))
    (True, False)
    >>> modifier_wraps(mk("统一销售，产品品质和价格都"), mk("新春走基层"))
    False
    """
    text = upper.text.strip()
    return lower.width <= upper.width and not OPEN_CLAUSE_RE.search(text) and ends_on_modifier(text)


def dangles(text: str) -> bool:
    """Whether the headline line ``text`` ends on a preposition
    (:func:`~textclean.clean.lexicon.ends_with_preposition`) or on a year (:func:`ends_on_year`): it goes on.

    >>> dangles("现在我要说的是国家对于"), dangles("学习贯彻1964年"), dangles("党的十六大报告摘编")
    (True, True, False)
    """
    return ends_with_preposition(text) or ends_on_year(text)


#: Units that date or time a figure: a line may open with a date closed by a comma (``2024年，``, ``1—5月，``).
DATE_UNITS = "年月日时分秒号"
#: Characters no unit of a count holds: a date's or a time's (:data:`DATE_UNITS`, ``6点半``, ``3天``, ``85岁``), an
#: approximation's (``30多年``, ``20余年``) and a span's or a generation's end (``10多天来``, ``3天后``, ``100多年前``,
#: ``95后``), a page's (``4版``): the figure dates, times or places something, or measures a time span, it counts
#: nothing a predicate could take as its object or a headline could end with.
NOT_UNIT_CHARS = DATE_UNITS + "点半天周岁多余来后前版"
#: Most Han characters of the unit after a count (``4.74亿人次``: 人次; ``12万平方米``: 平方米).
MAX_UNIT_CHARS = 3
#: A figure with its 万/亿: ``21583万``, ``4.74亿``, ``22.1``.
NUMBER = "[0-9０-９][0-9０-９.．]*[万亿千百]?"
#: A figure in a headline line: a digit, ASCII or full-width (``新增学位463个``, ``增长24.1%``, ``2胜56负``).
FIGURE_RE = re.compile("[0-9０-９]")
#: The unit of a count: up to :data:`MAX_UNIT_CHARS` Han characters, none of :data:`NOT_UNIT_CHARS` (``人次``, ``个``).
COUNT_UNIT = f"(?:(?![{NOT_UNIT_CHARS}])[{HAN}]){{1,{MAX_UNIT_CHARS}}}"
#: A count: a figure with its unit (:data:`COUNT_UNIT`) or its share sign (``21583万人次``, ``18.6%``); one definition
#: for the count wrapped alone onto a headline (:data:`~textclean.clean.tails.COUNT_TAIL_RE`), the count a paragraph's
#: line opens with (:data:`COUNT_CLOSED_RE`) and a headline's bare count
#: (:data:`~textclean.clean.seriesheads.BARE_COUNT_RE`).
COUNT = f"{NUMBER}(?:[%％‰]|{COUNT_UNIT})"
#: A count closed at once by a clause mark (``18.6%，``, ``21583万人次，``); not a date, a span, an age
#: (``2024年，``, ``30多年来，``, ``3天后，``, ``3个月来，``, ``95后，``): a paragraph opens with those.
COUNT_CLOSED_RE = re.compile(f"^{COUNT}[，、；。]")


def opens_on_count(text: str) -> bool:
    """Whether a line opens with a count its clause closes at once (:data:`COUNT_CLOSED_RE`): the object of a
    predicate on the line above (``…客流量达`` / ``21583万人次，销售额…``), carried whole onto this line because a
    figure is never broken; no paragraph, headline or byline opens so (a paragraph may open with a date,
    ``2024年，``, ``1—5月，``, or a span of time, ``30多年来，``, ``3天后，``, ``3个月来，``: no count of a unit).

    Before (PyMuPDF, an economy page): ``长沙商圈客流创新高`` / ``国庆假期，长沙重点监测商圈客流量达`` /
    ``21583万人次，…``: the paragraph's first line, short of the column, stood as the title and the title as its
    kicker; after, the paragraph opens under the title (:func:`~textclean.clean.opening.carries_count`).

    >>> opens_on_count("21583万人次，销售额3229.4亿元"), opens_on_count("18.6%，研发经费投入强度达到0.9%。")
    (True, True)
    >>> opens_on_count("2024年，全省粮食产量"), opens_on_count("1200个项目集中开工"), opens_on_count("22.1%")
    (False, False, False)
    >>> opens_on_count("30多年来，王老师"), opens_on_count("3天后，他"), opens_on_count("3个月来，市政务服务中心")
    (False, False, False)
    >>> opens_on_count("20余年，"), opens_on_count("6点半，"), opens_on_count("95后，"), opens_on_count("1200个，")
    (False, False, False, True)
    """
    return COUNT_CLOSED_RE.match(text.lstrip()) is not None
