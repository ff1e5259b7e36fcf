"""Words across a line break: whether a break falls inside a word (then the two lines are one phrase).

A headline wrapped over two lines breaks wherever the box ends, often inside a
word (``一定要搞好整党整`` / ``风，加强党的建设``); a kicker and the title under it,
or two articles' titles stacked, always meet between words. Which is which is
read from a lexicon made of jieba's dictionary (``data/lexicon.txt``, written
by ``tools/lexicon.py`` from the pinned ``jieba`` package's ``dict.txt``: its
common words and their counts, the same for every run; ``make lexicon``; jieba
and its dictionary are MIT-licensed), with
jieba's own rule: the most probable cut of the text around the break into words.

Measured on the devpages gold (pdfminer text): of 114 kickers set over their
titles, none is read as broken inside a word; of 211 headlines wrapped over two
lines, 100 are (the others break between words, where this says nothing).

The same cut tells how a headline line opens (:func:`opens_as_label`), with the
word classes jieba's dictionary gives (``data/wordclass.txt``, written by the
same tool).
"""

from __future__ import annotations

import importlib.resources
import math
from functools import lru_cache

from textclean.clean.typesetting import COLUMN_LABEL_CHARS

#: Characters read on each side of a break: jieba's words are rarely longer, and a short window keeps the
#: decision about the break (farther text does not move the most probable cut around it).
WINDOW = 4
#: Longest word looked up (characters): longer dictionary entries are names and idioms a break inside which
#: the shorter words around it decide anyway.
MAX_WORD = 6


@lru_cache(maxsize=1)
def lexicon_counts() -> tuple[dict[str, int], float]:
    """The words and their counts (``data/lexicon.txt``) and the log of the total count, loaded once per process."""
    fields = (importlib.resources.files("textclean.clean") / "data" / "lexicon.txt").read_text(encoding="utf-8").split()
    freq = dict(zip(fields[::2], map(int, fields[1::2]), strict=True))
    return freq, math.log(sum(freq.values()))


@lru_cache(maxsize=1)
def _log_probs() -> dict[str, float]:
    """Each word's log probability, ``log(count) - log(total)`` (:func:`lexicon_counts`), worked out once per process."""
    freq, log_total = lexicon_counts()
    return {word: math.log(count) - log_total for word, count in freq.items() if count}


#: Distinct texts :func:`word_ends` keeps the cut of: a page asks again and again about the same break (a line
#: pair is looked at by several rules), and pages of one source repeat their headlines.
WORD_CUTS_CACHED = 4096


@lru_cache(maxsize=WORD_CUTS_CACHED)
def word_ends(text: str) -> frozenset[int]:
    """Where the words of ``text`` end (offsets), cut as jieba cuts (the most probable dictionary words).

    >>> sorted(word_ends("整党整风"))
    [2, 4]
    """
    best = _best_cuts(text)
    ends, i = set(), 0
    while i < len(text):
        i = best[i][1]
        ends.add(i)
    return frozenset(ends)


def cut_log_prob(text: str) -> float:
    """The log probability of ``text``'s most probable cut into words (:func:`word_ends`): how well it reads as
    running text (an unknown character counts as a word seen once).

    >>> cut_log_prob("发展经济") > cut_log_prob("展经济发")
    True
    """
    return _best_cuts(text)[0][0]


def _best_cuts(text: str) -> list[tuple[float, int]]:
    """For each offset of ``text``, the log probability of the most probable cut of the rest and where its first
    word ends (jieba's rule: the most probable dictionary words)."""
    log_probs = _log_probs()
    unknown = -lexicon_counts()[1]  # an unknown character is a word of count 1: log(1) - log(total)
    n = len(text)
    best: list[tuple[float, int]] = [(0.0, n)] * (n + 1)
    for i in range(n - 1, -1, -1):
        options = []
        for j in range(i + 1, min(n, i + MAX_WORD) + 1):
            log_prob = log_probs.get(text[i:j])
            if log_prob is None:
                if j > i + 1:
                    continue
                log_prob = unknown
            options.append((log_prob + best[j][0], j))
        best[i] = max(options)
    return best


def breaks_a_word(upper: str, lower: str) -> bool:
    """Whether the break between lines ``upper`` and ``lower`` falls inside a word: they are one phrase.

    Only Han characters are read; a break between two digits falls inside a
    number; any other break next to punctuation, a digit or a letter is between
    words.

    >>> breaks_a_word("一定要搞好整党整", "风，加强党的建设"), breaks_a_word("一定要把党的各级领", "导班子整顿好")
    (True, True)
    >>> breaks_a_word("党的十一大报告摘登", "一定要强化人民的国家机器"), breaks_a_word("中共一大文献摘登", "在知识分子中的宣传工作")
    (False, False)
    >>> breaks_a_word("1998年工作回顾和19", "99年工作的总体要求"), breaks_a_word("2019年", "政府工作报告")
    (True, False)
    """
    a, b = upper.rstrip()[-WINDOW:], lower.lstrip()[:WINDOW]
    if a[-1:].isdigit() and b[:1].isdigit():
        return True  # (inside a number: ``1998年工作回顾和19`` / ``99年工作的总体要求``)
    if not (a and b and _han(a[-1]) and _han(b[0])):
        return False
    if a[-1] + b[0] not in _inner_pairs():
        return False  # (no word of the lexicon holds the two characters: the cut ends a word between them)
    return len(a) not in word_ends(a + b)


@lru_cache(maxsize=1)
def _inner_pairs() -> frozenset[str]:
    """The pairs of characters the words :func:`word_ends` may cut (:data:`MAX_WORD` characters at most, counted)
    hold: a break between two characters no such word holds is between two words, whatever the text around it."""
    return frozenset(w[i : i + 2] for w in _log_probs() if len(w) <= MAX_WORD for i in range(len(w) - 1))


#: jieba's tags of the words that open a date or a count (numeral, time word) ...
DATE_TAGS = frozenset(("m", "t"))
#: ... and a label (those and the preposition): ``data/wordclass.txt`` holds the lexicon's words so tagged.
LABEL_TAGS = DATE_TAGS | {"p"}
#: jieba's tags of the words that open a clause: a verb, an adverb (``ad`` and ``d``), a preposition or a pronoun
#: (``加强…``, ``深入实施…``, ``关于…``, ``我们…``). Of the devpages' 608 titles, 379 open with one; of their 137
#: kickers, 14 (``学习…`` is a verb). A verbal noun (``vn``: ``发展``, ``建设``) is left out: it opens a wrapped
#: title's lower line as often (``2018年经济社会`` / ``发展总体要求和政策取向``).
CLAUSE_TAGS = frozenset(("v", "ad", "d", "p", "r"))
#: jieba's tags of adverbs: a line opening with one over more words (``必须努力``) opens a clause, no label (of
#: the gold articles' 462 labels and banners of 5 characters or fewer on both layouts, the 5 opening with one are that word
#: alone, ``纵深``).
ADVERB_TAGS = frozenset(("ad", "d"))
#: The shortest verb (characters) read as opening the clause under a label; a one-character preposition
#: (``以…``, ``在…``) opens one too. A lone verb opening a box's line may end a word of the line above that jieba
#: does not know (``加大节能减`` / ``排和环境保``: 节能减排), so the break says nothing.
CLAUSE_WORD_CHARS = 2
#: Marks a column label may hold between its characters (``要闻·综合``).
LABEL_MARKS = "·"
#: jieba's tags of a person's name (``鲁迅``, ``王明``, ``高峰``): a word of the lexicon so tagged may be a writer's
#: name behind a byline's glyph (:func:`~textclean.clean.bylines.glyph_byline`), a common word (``焦点``) a label.
NAME_TAGS = frozenset(("nr", "nrfg", "nrt"))
#: jieba's tag of a verbal noun (``突破``, ``投资``, ``运营``): no clause's opener (:data:`CLAUSE_TAGS`), but a
#: predicate's word as often as a noun (:data:`PREDICATE_TAGS`).
VERBAL_NOUN_TAG = "vn"
#: jieba's tags of the words that state a predicate: a verb or a verbal noun (``增长``, ``达``, ``突破``).
PREDICATE_TAGS = frozenset(("v", VERBAL_NOUN_TAG))
#: The tags ``data/wordclass.txt`` holds.
WORD_CLASS_TAGS = LABEL_TAGS | CLAUSE_TAGS | NAME_TAGS | {VERBAL_NOUN_TAG}


@lru_cache(maxsize=1)
def _word_classes() -> dict[str, str]:
    """The words of the lexicon jieba tags as numerals, time words, prepositions, verbs, adverbs, pronouns or
    persons' names, and their tags (``data/wordclass.txt``: :data:`WORD_CLASS_TAGS`)."""
    fields = (importlib.resources.files("textclean.clean") / "data" / "wordclass.txt").read_text(encoding="utf-8")
    words = fields.split()
    return dict(zip(words[::2], words[1::2], strict=True))


#: A line ending with a preposition of this many characters or more leaves its phrase open (``…国家对于``): no
#: headline ends so. One-character ones (在, 对) end words as often (所在, 相对) and are left to the word cut.
OPEN_PREPOSITION_CHARS = 2


@lru_cache(maxsize=1)
def _prepositions() -> tuple[str, ...]:
    """jieba's prepositions of :data:`OPEN_PREPOSITION_CHARS` characters or more (``data/wordclass.txt``)."""
    return tuple(w for w, tag in _word_classes().items() if tag == "p" and len(w) >= OPEN_PREPOSITION_CHARS)


def ends_with_preposition(text: str) -> bool:
    """Whether ``text`` ends with a preposition (:func:`_prepositions`): its phrase goes on in the next line.

    >>> ends_with_preposition("现在我要说的是国家对于"), ends_with_preposition("根据"), ends_with_preposition("党的领导是根本所在")
    (True, True, False)
    """
    return text.rstrip().endswith(_prepositions())


def opens_with_date(text: str) -> bool:
    """Whether a headline line opens with a date or a count: a number, a numeral or a time word (``2021年…``,
    ``１９５５年…``, ``当前的…``, ``今后五年…``).

    >>> opens_with_date("2021年工作回顾"), opens_with_date("当前的经济形势"), opens_with_date("第一个五年计划概要")
    (True, True, True)
    >>> opens_with_date("关于外交工作"), opens_with_date("时期的总任务"), opens_with_date("在工会系统落地见效")
    (False, False, False)
    """
    text = text.lstrip()
    return text[:1].isdigit() or _word_classes().get(_first_words(text)[0]) in DATE_TAGS


def opens_as_label(text: str) -> bool:
    """Whether a headline line opens as a label, not a clause: with a number, a numeral, a time word or a
    preposition (``1957年…``, ``今后五年…``, ``关于…``), or with a word and ``的`` (``党的…``).

    A kicker over a title is most often such a label: the report or series a page
    excerpts, the section it comes from. The two halves of a two-part headline are
    two clauses, each opening with its verb or the adverb before it (``加快发展现代农业`` /
    ``促进农民持续增收``).

    >>> opens_as_label("1957年政府工作报告摘编"), opens_as_label("党的十二大报告摘编"), opens_as_label("关于外交工作")
    (True, True, True)
    >>> opens_as_label("加快发展现代农业"), opens_as_label("一定要发扬民主"), opens_as_label("千方百计扩大就业")
    (False, False, False)
    """
    return _opens_as(text, LABEL_TAGS)


def _opens_as(text: str, tags: frozenset[str]) -> bool:
    """Whether ``text`` opens with a number, a word of one of jieba's word classes ``tags``, or a word and ``的``."""
    text = text.lstrip()
    if text[:1].isdigit():
        return True
    first, second = _first_words(text)
    return _word_classes().get(first) in tags or (first != "" and second == "的")


def opens_as_clause(text: str) -> bool:
    """Whether a headline line opens with a word that opens a clause (:data:`CLAUSE_TAGS`: a verb, an adverb, a
    preposition or a pronoun), as a title most often does and the lower line of a wrapped title seldom: it opens
    where the box ended, mid-phrase.

    >>> opens_as_clause("促进国民经济又好又快发展"), opens_as_clause("关于向科学进军"), opens_as_clause("我们党的第十一次路线斗争")
    (True, True, True)
    >>> opens_as_clause("时代十年的伟大变革"), opens_as_clause("发展总体要求和政策取向"), opens_as_clause("2019年工作")
    (False, False, False)
    """
    return _word_classes().get(_first_words(text.lstrip())[0]) in CLAUSE_TAGS


def name_over_clause(upper: str, lower: str) -> bool:
    """Whether two headline lines read as a name over a clause: the upper opens as the name of a report or a
    series (:func:`opens_as_name`), the lower as a clause (:func:`opens_as_clause`), so they are a kicker and its
    title, not one headline wrapped (a wrapped title's lower line opens where the box ended, mid-phrase).

    Before (pdfminer, a kicker read in one block with its title): ``党的十七大报告摘编`` / ``促进国民经济又好又快发展``
    stood as one title. Not parted: ``2019年经济社会发展`` / ``总体要求和政策取向``, ``过去五年的工作和新`` /
    ``时代十年的伟大变革``.

    >>> name_over_clause("党的十七大报告摘编", "促进国民经济又好又快发展"), name_over_clause("1957年政府工作报告摘编", "关于向科学进军")
    (True, True)
    >>> name_over_clause("2019年经济社会发展", "总体要求和政策取向"), name_over_clause("加快发展现代农业", "促进农民持续增收")
    (False, False)
    """
    return opens_as_name(upper) and opens_as_clause(lower)


def label_over_clause(upper: str, lower: str) -> bool:
    """Whether two headline lines read as a column label over a clause: the upper a name of at most
    :data:`~textclean.clean.typesetting.COLUMN_LABEL_CHARS` Han characters (``·`` may part them), whose end
    breaks no word into the lower (:func:`breaks_a_word`), the lower opening as a clause (:func:`opens_as_clause`),
    so they are a label and its title, not a headline wrapped in a narrow box (whose first line is as wide as the
    label: the width cannot tell them apart). Nor a label a line opening with an adverb that modifies more of it
    (:data:`ADVERB_TAGS`: ``必须努力`` / ``做到财政``, a clause opening; the label ``纵深`` is the one word).

    Before (PyMuPDF, a 4 em box under its 4 em label): ``深度阅读`` / ``促进祖国`` / ``和平统一`` / ``大业`` stood as one
    title ``深度阅读促进祖国和平统一大业``; after, the label apart. Not a label over a clause: ``党的建设`` /
    ``新的伟大工程`` (no clause under it), ``必须努力`` / ``做到财政`` (an adverb opens the upper), ``加大节能减`` /
    ``排和环境保`` (a lone verb opens the lower: :data:`CLAUSE_WORD_CHARS`), ``1994年政府工作报告`` (no label).

    >>> label_over_clause("深度阅读", "促进祖国"), label_over_clause("学习专刊", "以经济建"), label_over_clause("要闻·综合", "推进国家")
    (True, True, True)
    >>> label_over_clause("党的建设", "新的伟大工程"), label_over_clause("必须努力", "做到财政"), label_over_clause("1994年", "加强")
    (False, False, False)
    """
    upper, lower = upper.strip(), lower.strip()
    if not label_shaped(upper):
        return False
    first = _first_words(upper)[0]
    if _word_classes().get(first) in ADVERB_TAGS and first != upper:
        return False
    opening = _first_words(lower)[0]
    if len(opening) < CLAUSE_WORD_CHARS and _word_classes().get(opening) != "p":
        return False  # (a lone verb opening a box's line is as often the end of a word jieba lacks: 节能减 / 排)
    return not word_across(upper, lower) and opens_as_clause(lower)


def word_across(upper: str, lower: str) -> bool:
    """Whether the break between two headline lines falls inside a word (:func:`breaks_a_word`), unless the upper is
    a label over a line opening with a preposition (:func:`label_over_preposition`).

    >>> word_across("一定要把党的各级领", "导班子整顿好"), word_across("财经时评", "为民营经济发展营造更好环境")
    (True, False)
    """
    return breaks_a_word(upper, lower) and not label_over_preposition(upper, lower)


def label_over_preposition(upper: str, lower: str) -> bool:
    """Whether a label-shaped line ends in a word of two characters or more, cut alone, over a line that opens
    with a preposition (``为``, ``让``, ``在``): a label over a title that opens as a clause, though the pair across
    the break makes a word of the lexicon (``时评`` / ``为`` reads ``评为``; a wrapped word breaks at a single
    character: ``努力成`` / ``为…``).

    >>> label_over_preposition("财经时评", "为民营经济发展营造更好环境"), label_over_preposition("努力成", "为人民")
    (True, False)
    >>> label_over_preposition("财经时评", "民营经济发展")
    False
    """
    upper = upper.strip()
    if not label_shaped(upper):
        return False
    ends = sorted(word_ends(upper))
    if len(ends) < 2 or ends[-1] != len(upper) or ends[-1] - ends[-2] < 2:
        return False
    return _word_classes().get(_first_words(lower.strip())[0]) == "p"


def is_word_of_class(text: str) -> bool:
    """Whether ``text`` is one word jieba tags as a verb, an adverb, a preposition, a pronoun, a numeral or a time
    word (:data:`WORD_CLASS_TAGS`): no person's name (jieba tags names apart), so no byline.

    >>> is_word_of_class("关于"), is_word_of_class("高涨"), is_word_of_class("郑烨"), is_word_of_class("任务")
    (True, True, False, False)
    >>> is_word_of_class("鲁迅")
    False
    """
    return _word_classes().get(text, "") in LABEL_TAGS | CLAUSE_TAGS


def is_name_word(text: str) -> bool:
    """Whether ``text`` is a word of the lexicon jieba tags as a person's name (:data:`NAME_TAGS`): a writer's name
    that is also one word (``鲁迅``), where a common word is none (``焦点``, ``关注``).

    >>> is_name_word("鲁迅"), is_name_word("王明"), is_name_word("焦点"), is_name_word("关注"), is_name_word("周晨昕")
    (True, True, False, False, False)
    """
    return _word_classes().get(text) in NAME_TAGS


def is_one_word(text: str) -> bool:
    """Whether ``text`` is one word of the lexicon, of two characters or more: a common word (``时政``, ``综合``,
    ``理论``), not a person's name (the lexicon holds few of those: ``余暾``, ``周翊`` cut into characters).

    >>> is_one_word("时政"), is_one_word("国内"), is_one_word("余暾"), is_one_word("时"), is_one_word("人民论坛")
    (True, True, False, False, False)
    """
    return len(text) >= 2 and word_ends(text) == frozenset((len(text),))


def is_common_word(text: str) -> bool:
    """Whether ``text`` is one word of the lexicon (:func:`is_one_word`) that jieba does not tag as a person's name
    (:func:`is_name_word`): ``国际``, not ``王明`` or ``海燕`` (names, set letter-spaced in a byline: ``王 明``).

    >>> is_common_word("国际"), is_common_word("王明"), is_common_word("海燕"), is_common_word("余暾")
    (True, False, False, False)
    """
    return is_one_word(text) and not is_name_word(text)


def label_shaped(text: str) -> bool:
    """Whether ``text`` is shaped as a column label: at most :data:`~textclean.clean.typesetting.COLUMN_LABEL_CHARS`
    Han characters, ``·`` may part them.

    >>> label_shaped("本期聚焦"), label_shaped("要闻·综合"), label_shaped("2001年政府工作报告"), label_shaped("")
    (True, True, False, False)
    """
    text = text.strip()
    return 0 < len(text) <= COLUMN_LABEL_CHARS and all(_han(ch) or ch in LABEL_MARKS for ch in text)


def opens_as_name(text: str) -> bool:
    """Whether a headline line opens as the name of a thing, a report's or a series' (``党的十九大报告摘编``,
    ``1985年政府工作报告摘编``): with a date or a count (:func:`opens_with_date`) or a word and ``的``. A label
    that opens with a preposition (``关于外交工作``, ``以法治化建设推进…``) is as often a title: a clause.

    >>> opens_as_name("党的十九大报告摘编"), opens_as_name("1985年政府工作报告摘编")
    (True, True)
    >>> opens_as_name("以法治化建设推进工会工作高质量发展"), opens_as_name("加快发展现代农业")
    (False, False)
    """
    return _opens_as(text, DATE_TAGS)


def word_class(word: str) -> str:
    """jieba's tag of ``word`` among :data:`WORD_CLASS_TAGS` (``""``: none of them, or no word of the lexicon).

    >>> word_class("增长"), word_class("突破"), word_class("里程")
    ('v', 'vn', '')
    """
    return _word_classes().get(word, "")


def words_of(text: str) -> list[str]:
    """The words of ``text``'s runs of Han characters, cut as :func:`word_ends` cuts (other characters dropped).

    >>> words_of("同比增长12.3%"), words_of("我国高铁运营总里程")
    (['同比', '增长'], ['我国', '高铁', '运营', '总', '里程'])
    """
    out: list[str] = []
    run = ""
    for ch in f"{text} ":
        if _han(ch):
            run += ch
            continue
        if run:
            start = 0
            for end in sorted(word_ends(run)):
                out.append(run[start:end])
                start = end
        run = ""
    return out


def first_word(text: str) -> str:
    """The first word of ``text``'s opening run of Han characters, cut as :func:`word_ends` cuts ("" if none).

    >>> first_word("和政策取向"), first_word("和平发展"), first_word("2019年")
    ('和', '和平', '')
    """
    return _first_words(text.lstrip())[0]


@lru_cache(maxsize=WORD_CUTS_CACHED)
def _first_words(text: str) -> tuple[str, str]:
    """The first two words of ``text``'s opening run of Han characters (read over :data:`WINDOW` twice), kept for
    :data:`WORD_CUTS_CACHED` texts (headline lines are asked of by several rules)."""
    head = text[: 2 * WINDOW]
    n = next((k for k, ch in enumerate(head) if not _han(ch)), len(head))
    ends = sorted(word_ends(head[:n]))
    if not ends:
        return "", ""
    return head[: ends[0]], head[ends[0] : ends[1]] if len(ends) > 1 else ""


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"
