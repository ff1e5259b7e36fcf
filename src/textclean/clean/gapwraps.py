"""A two-part headline whose second half the line's end cut: the half goes on in the headline line under it.

A two-part headline printed on one line parts its halves with a gap (an ideographic or a plain space); where the
box is too narrow for both, the line ends inside the second half and the rest wraps onto the next line
(``高标准农田里的丰收账　农村电`` / ``商激活“田间经济”``). :func:`second_half_wraps` tells such a pair by the cut
half's width; :func:`~textclean.clean.wrapped.wrapped_halves` joins them.
"""

from __future__ import annotations

import re

from textclean.clean.chardata import has_halves_space, is_person_name, text_width
from textclean.clean.lexicon import PREDICATE_TAGS, breaks_a_word, is_common_word, word_class, words_of
from textclean.clean.roles import Item

#: Each half of a two-part headline is a clause, a verb and what it acts on: at least 4 characters on the devpages
#: (184 halves hold 4 to 20, 3 of them 4; ``wrapped.HALF_MIN_WIDTH``). A part after the gap narrower than this (em)
#: is a half the line's end cut, not a half.
CUT_HALF_WIDTH = 4.0
#: The gap between the halves: white space between two printed characters.
HALVES_GAP_RE = re.compile(r"(?<=\S)[ \u3000]+(?=\S)")
#: Clause and sentence marks: a line holding one is a sentence's or a two-clause headline's, no halves' line.
CLAUSE_MARKS_RE = re.compile("[，。；：！？,;:!?]")
#: A series tag set after a headline's gap: ``之一``, a circled number, a bracketed part (``（上）``, ``(3)``).
SERIES_TAG_RE = re.compile(
    r"^(之[一二三四五六七八九十]+|[\u2460-\u2473\u2776-\u277f]|[（(][上中下一二三四五六七八九十\d]+[)）])$"
)
#: Aspect particles: a part ending on one closes its predicate (``小山村　火了``).
ASPECT_PARTICLES = "了过"
#: The particle after which a verb is a noun's head (``计划的完成``): no predicate of the line.
ATTRIBUTIVE = "的"


def second_half_wraps(upper: Item, lower: Item) -> bool:
    """Whether the headline line ``upper``, two parts parted by one gap, wraps its second half into the headline
    line ``lower`` set tight under it: the part after the gap is narrower than a half (:data:`CUT_HALF_WIDTH`) and
    than the part before it (the line's end cut it), and ``lower`` holds no gap of its own (it is no two-part
    headline) and neither line a clause mark.

    Before (PyMuPDF, an economy page): ``高标准农田里的丰收账　农村电`` / ``商激活“田间经济”`` stood as two titles,
    the upper then joined to the kicker over it; after, one title ``高标准农田里的丰收账 农村电商激活“田间经济”``
    (so ``加时赛定胜负 西`` / ``岭飞鹰客场取胜``). Not so: halves of like width (``明白账　暖人心``), a part after the
    gap of a half's width (``让科学　走近大众``), a line of three parts (a guide box's ``新学期　新气象　5``).

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t, gap=False: Item(1, t, t, text_width(t), gap, False, "text")
    >>> second_half_wraps(mk("高标准农田里的丰收账\\u3000农村电"), mk("商激活“田间经济”"))
    True
    >>> second_half_wraps(mk("加时赛定胜负 西"), mk("岭飞鹰客场取胜")), second_half_wraps(mk("明白账\\u3000暖人心"), mk("乡村"))
    (True, False)
    >>> second_half_wraps(mk("让科学\\u3000走近大众"), mk("记者")), second_half_wraps(mk("新学期\\u3000新气象\\u30005"), mk("乡村"))
    (False, False)
    >>> second_half_wraps(mk("高标准农田里的丰收账\\u3000农村电"), mk("商激活“田间经济”", True))
    False
    """
    if lower.gap_before or upper.role != "text" or lower.role != "text":
        return False
    parts = HALVES_GAP_RE.split(upper.text.strip())
    if len(parts) != 2 or has_halves_space(lower.text) or CLAUSE_MARKS_RE.search(upper.text + lower.text):
        return False
    cut = text_width(parts[1])
    return cut < CUT_HALF_WIDTH and cut < text_width(parts[0]) and not complete_part(parts[1], lower.text)


def complete_part(part: str, lower: str) -> bool:
    """Whether ``part``, the short part after a headline line's gap, is whole, not a half the line's end cut: a
    series tag (:data:`SERIES_TAG_RE`), a person's name (a surname and a given name, no common word: a byline run
    on), or a predicate that holds what it acts on: a verb and a word after it (``蹲点``, ``有温度``), a verb and an
    aspect particle (:data:`ASPECT_PARTICLES`), a one-character word and a two-character one (``暖人心``,
    ``惠民生``: the verb and its object, set so in a headline's half), or a verb alone over a ``lower`` line that
    is a clause of its own (:func:`states_predicate`: ``夺冠`` over ``朱婷获评最有价值球员``, no object of it).

    Before (a two-part kicker over its title): ``新春走基层　蹲点`` / ``小山村里的年味儿`` made one title; after,
    the kicker over its title. A cut half: ``农村电`` (a word cut, ``电商``), ``激发`` over ``市场活力`` (a verb and
    its object under it), ``保证`` over ``1980、1981年计划的完成`` (a verb after ``的`` is a noun's head), ``西``, any
    part over a lone glyph (``古韵今`` / ``风``: no title is one glyph), a part whose word runs on into the line
    under it (``激发市`` / ``场活力``: :func:`~textclean.clean.lexicon.breaks_a_word`).

    >>> complete_part("蹲点", "小山村里的年味儿"), complete_part("之一", "代表委员话民生"), complete_part("暖人心", "全市")
    (True, True, True)
    >>> complete_part("夺冠", "朱婷获评最有价值球员"), complete_part("李明", "今日谈"), complete_part("火了", "乡村")
    (True, True, True)
    >>> complete_part("农村电", "商激活"), complete_part("激发", "市场活力"), complete_part("保证", "1980、1981年计划的完成")
    (False, False, False)
    >>> complete_part("西", "岭飞鹰客场取胜"), complete_part("南京", "路步行街"), complete_part("古韵今", "风")
    (False, False, False)
    >>> complete_part("激发市", "场活力"), complete_part("迎战", "卫冕冠军")
    (False, False)
    """
    part = part.strip()
    if len(lower.strip()) <= 1 or breaks_a_word(part, lower):
        return False  # (a lone glyph under the line is no title, ``古韵今`` / ``风``; a word runs on, ``激发市`` / ``场活力``)
    if SERIES_TAG_RE.match(part):
        return True
    words = words_of(part)
    if not words or "".join(words) != part:
        return False  # (Latin letters or digits: no word read)
    if is_person_name(part) and not is_common_word(words[0]) and not is_common_word(part):
        return True
    if part[-1] in ASPECT_PARTICLES and len(words) > 1:
        return True
    if len(words) == 2 and len(words[0]) == 1 and len(words[1]) == 2 and is_common_word(words[1]):
        return True  # (a verb and its object, ``暖人心``)
    verbs = [k for k, w in enumerate(words) if word_class(w) in PREDICATE_TAGS]
    if verbs and verbs[0] < len(words) - 1:
        return True
    return bool(verbs) and len(words) == 1 and states_predicate(lower)


def states_predicate(text: str) -> bool:
    """Whether the headline line ``text`` is a clause of its own: a verb after its subject, not its first word (a
    verb opening the line may be an object's modifier, ``迎战`` / ``卫冕冠军``) nor after :data:`ATTRIBUTIVE`
    (``计划的完成``: a noun's head).

    >>> states_predicate("朱婷获评最有价值球员"), states_predicate("1980、1981年计划的完成"), states_predicate("市场活力")
    (True, False, False)
    >>> states_predicate("卫冕冠军")
    False
    """
    words = words_of(text)
    return any(word_class(w) in PREDICATE_TAGS and k > 0 and words[k - 1] != ATTRIBUTIVE for k, w in enumerate(words))
