"""Whether a ``——`` subtitle's line runs on into the short title-like line under it (its wrapped end), read from
the words across the break: a subtitle is a whole phrase, and the story's own title set right under a complete one
(a banner's or a series' ``——`` line) is no part of it.

A wrapped subtitle's line breaks where the measure ends, mid-phrase: inside a word, after a word that governs what
follows (a verb still wanting its object, an adverb, a preposition, a conjunction, ``的``, a count still wanting
its noun), or before a predicate whose subject the subtitle's line names. A subtitle that names a source or an
attribution (``——摘自…``, ``——数据来源：…``), or ends on a genre's noun (``…纪实``, ``…报道之三``), is complete.
"""

from __future__ import annotations

import re

from textclean.clean.chardata import DASHES, leaves_bracket_open
from textclean.clean.lexicon import ADVERB_TAGS, PREDICATE_TAGS, breaks_a_word, word_class, words_of

#: A source's or an attribution's opening (``——摘自…的讲话``, ``——数据来源：国家统计局``, ``——据新华社``): a
#: quote's or a chart's line, complete, never a story's subtitle wrapped onto its title.
SOURCE_OPENING_RE = re.compile("^(?:摘自|选自|引自|出自|转自|语出|据|数据来源|资料来源|来源|图片来源)")
#: A source's closing verb (``——国家统计局发布``).
SOURCE_CLOSING = ("发布", "供稿", "提供")
#: A genre's noun (or a series' part) a subtitle ends on: it names what the story is (``——…考察湖南纪实``,
#: ``——来自一线的蹲点调研报告``, ``——…的报道之三``, ``——中国式现代化的生动实践``), a whole phrase.
GENRE_ENDING_RE = re.compile(
    "(?:纪实|报告|述评|见闻|实践|报道|侧记|综述|手记|札记|纪事|特写|访谈|巡礼|调查|观察|速写|素描|"
    "之[一二三四五六七八九十]+|[（(][一二三四五六七八九十0-9]+[）)])$"
)
#: Words no phrase ends on: a conjunction, ``的`` (``——池州职业技术学院与`` / ``21家企业…``).
OPEN_WORDS = frozenset(("的", "与", "和", "及", "并", "或", "同", "跟", "以及", "并且"))
#: Marks no phrase ends on: an enumeration comma, a colon (``——检察官提醒：快递单、`` / ``证件照…``).
OPEN_MARKS = "、：:，,"
#: jieba's tags of the words that govern what follows: a verb still wanting its object (``——…与43家企业共建`` /
#: ``产业学院``), a preposition, an adverb (:data:`~textclean.clean.lexicon.ADVERB_TAGS`).
GOVERNING_TAGS = frozenset(("v", "p")) | ADVERB_TAGS
#: jieba's tag of a numeral or a count (``多家``): one that ends on a measure word (:data:`MEASURE_CHARS`) wants its
#: noun (``——记者走访广西多家`` / ``重点企业``); a count's noun (``两会``) is none.
COUNT_TAG = "m"
#: Measure words a count ends on.
MEASURE_CHARS = "家个位名项条种批所座户次件台只"
#: A predicate opening the line under the subtitle runs on from the subject the subtitle's line names (``——专家认为
#: 全年目标`` / ``有望顺利实现``): at least this many words, a word alone being as often a one-word title (``创新``).
MIN_PREDICATE_WORDS = 2


def runs_on(subtitle: str, tail: str) -> bool:
    """Whether the ``——`` subtitle's line ``subtitle`` runs on into ``tail``, the line under it: positive evidence
    across the break (a bracket left open, a word broken, a governing word at the line's end, a predicate opening
    ``tail``), and no source, attribution or genre's noun closing the subtitle.

    >>> runs_on("——检察官提醒：快递单、证件照不要", "随意丢弃"), runs_on("——记者走访广西多家", "重点企业")
    (True, True)
    >>> runs_on("——读长篇小说《旧港", "边的人》"), runs_on("——滁州职业技术学院与43家企业共建", "产业学院")
    (True, True)
    >>> runs_on("——习近平总书记考察湖南纪实", "幸福的笑脸"), runs_on("——数据来源：国家统计局", "秋粮丰收")
    (False, False)
    >>> runs_on("——新时代新征程新伟业", "黄河安澜"), runs_on("——聚焦2024年全国两会", "创新")
    (False, False)
    """
    text = subtitle.lstrip(DASHES + "⸺").strip()
    if not text or SOURCE_OPENING_RE.match(text) or text.endswith(SOURCE_CLOSING) or GENRE_ENDING_RE.search(text):
        return False
    if leaves_bracket_open(text) or text[-1] in OPEN_MARKS or breaks_a_word(text, tail):
        return True
    if _ends_governing(text):
        return True
    words = words_of(tail)
    return len(words) >= MIN_PREDICATE_WORDS and tail.lstrip()[:1] == words[0][:1] and _predicate(words[0])


def _ends_governing(text: str) -> bool:
    """Whether ``text`` ends on a word that governs what follows: :data:`OPEN_WORDS`, :data:`GOVERNING_TAGS`, or a
    count ending on a measure word (:data:`COUNT_TAG`)."""
    words = words_of(text)
    if not words or not text.endswith(words[-1]):
        return False
    last = words[-1]
    tag = word_class(last)
    return last in OPEN_WORDS or tag in GOVERNING_TAGS or (tag == COUNT_TAG and last[-1] in MEASURE_CHARS)


def _predicate(word: str) -> bool:
    """Whether ``word`` opens a predicate: a verb, a verbal noun or an adverb."""
    return word_class(word) in PREDICATE_TAGS | ADVERB_TAGS
