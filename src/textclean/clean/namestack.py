"""Byline-shaped lines that are pieces of a headline wrapped in a narrow box.

A headline set in a box a few em wide wraps every two to four characters, and
such a piece often has a byline's shape (:data:`~textclean.clean.chardata.BYLINE_RE`:
two or three Han characters opening with a common surname): ``邓小平``, ``关于``,
``和社会``, ``任务``. Read as a byline, it cut the headline in two and became an
author. :func:`name_in_headline` gives such a line back to the text lines when the
words or the layout say it is no name.
"""

from __future__ import annotations

import re

from textclean.clean.bylines import byline_names
from textclean.clean.chardata import (
    BYLINE_RE,
    BYLINE_ROLE_RE,
    BYLINE_SPLIT_RE,
    HAN_RE,
    ends_sentence,
    is_person_name,
    text_width,
)
from textclean.clean.dangling import ends_on_modifier
from textclean.clean.lexicon import (
    breaks_a_word,
    first_word,
    is_common_word,
    is_one_word,
    is_word_of_class,
    opens_as_clause,
    words_of,
)
from textclean.clean.roles import Element, Item

#: A byline's last name wrapped onto a line of its own leaves at most this many characters there: a name has at
#: most three (four for a compound surname), and a byline's measure holds at least two of its last name's.
MAX_NAME_TAIL = 1

#: Lines of one box's measure are as wide to within this much (em): a punctuation mark or an ASCII character
#: moves a line's width by half an em.
STACK_SLACK = 0.5


#: Particles that close a question (``…公司就能不缴吗``): a headline line ending on one, or on a sentence's mark, ends
#: its sentence, so a name set tight under it goes on no phrase of it (a byline under the head), however wide.
QUESTION_PARTICLES = "吗呢"


#: At most this many names run on after a headline on its line (a commentary's several authors).
MAX_TITLE_LINE_NAMES = 4


#: An editorial writer's role word, which signs a piece alone (``本报评论员``: the paper speaks, naming no one).
COMMENTATOR_RE = re.compile("(?:本报|新华社)?(?:特约)?评论员")


def names_off_titles(elements: list[Element]) -> list[Element]:
    """Each title whose last line ends in names set apart by a space (:func:`title_line_names`) cut in two: the
    title, and a byline element of the names under it (as PyMuPDF prints them).

    Before (pdfminer, a name on the title line in a smaller face, its own text run): ``进一步巩固和发`` / ``展人民民主统一``
    / ``战线 邵淇`` was one title ``进一步巩固和发展人民民主统一战线 邵淇`` and the article had no author; after, the
    title ``进一步巩固和发展人民民主统一战线`` and the byline ``邵淇``. Not cut: a headline of two halves
    (``坚定不移深化改革 更大激发市场活力``), a last half that is a word (``改革 开放``).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False, "title")
    >>> els = [Element("title", [mk("进一步巩固和发"), mk("战线 邵淇")], "进一步巩固和发战线 邵淇")]
    >>> [(e.kind, e.text) for e in names_off_titles(els)]
    [('title', '进一步巩固和发战线'), ('byline', '邵淇')]
    >>> [e.text for e in names_off_titles([Element("title", [mk("深化改革 更大激发活力")], "深化改革 更大激发活力")])]
    ['深化改革 更大激发活力']
    """
    out: list[Element] = []
    for el in elements:
        names = title_line_names(el.items[-1].text) if el.kind == "title" and el.items else ""
        if not names:
            out.append(el)
            continue
        last = el.items[-1]
        rest = " ".join(last.text.split()[: -len(names.split())])
        head = Item(last.no, last.raw, rest, text_width(rest), last.gap_before, False, last.role)
        byline = Item(last.no, last.raw, names, text_width(names), False, last.gap_after, "byline")
        items = [*el.items[:-1], head]
        out.append(Element("title", items, "".join([it.text for it in items])))
        out.append(Element("byline", [byline], names))
    return out


def title_line_names(text: str) -> str:
    """The names ``text``, a title line, ends with after a space, with the role word before them; "" when none:
    each a person's name (:func:`~textclean.clean.chardata.is_person_name`) and no word of the lexicon, after some
    text; or an editorial writer's role word alone (``本报评论员``, naming no one: :data:`COMMENTATOR_RE`; ``致 读者``
    is a headline's words). Not a name: a word that opens a clause before a word of the lexicon (``携手同行 向未来``: a preposition's
    phrase; ``曾茜`` is a name).

    >>> title_line_names("战线 邵淇"), title_line_names("创造更好的社会政治环境 吕溪葭 阎钊珊")
    ('邵淇', '吕溪葭 阎钊珊')
    >>> title_line_names("深化改革 更大激发活力"), title_line_names("改革 开放"), title_line_names("邵淇")
    ('', '', '')
    >>> title_line_names("社会建设 全面加"), title_line_names("和睦相处、和衷共"), title_line_names("作 本报通讯员 曾茜")
    ('', '', '本报通讯员 曾茜')
    >>> title_line_names("工作回顾 本报评论员"), title_line_names("致 读者"), title_line_names("携手同行 向未来")
    ('本报评论员', '', '')
    """
    if byline_names(text) is not None:
        return ""
    parts = text.split()
    k = len(parts)
    while k > 1 and len(parts) - k < MAX_TITLE_LINE_NAMES and _lone_name(parts[k - 1]):
        k -= 1
    named = k < len(parts)
    if k > 1 and BYLINE_ROLE_RE.fullmatch(parts[k - 1]) and (named or COMMENTATOR_RE.fullmatch(parts[k - 1])):
        k -= 1  # (a role before the names goes with them, ``本报通讯员 曾茜 孟楷泓``, or alone: ``本报评论员``)
    return " ".join(parts[k:])


def _lone_name(token: str) -> bool:
    """A person's name that is no word of the lexicon and opens with no word of two characters or more (``邵淇``;
    not ``开放``, ``高质量``, ``全面加``: a line's cut end)."""
    return (
        all(HAN_RE.match(c) for c in token)
        and len(first_word(token)) == 1
        and is_person_name(token)
        and not is_one_word(token)
        and not is_word_of_class(token)
        and not (opens_as_clause(token) and is_one_word(token[1:]))
    )


def unname_headline_pieces(items: list[Item]) -> None:
    """Each byline-shaped line of ``items`` that is a piece of a headline (:func:`name_in_headline`) made a text
    line, after :func:`~textclean.clean.roles.set_roles`."""
    for k, it in enumerate(items):
        if it.role == "byline" and name_in_headline(items, k):
            it.role = "text"


def name_in_headline(items: list[Item], k: int) -> bool:
    """Whether byline-shaped line ``items[k]``, one name and no role word, is a piece of a headline: it is one word
    jieba tags as a verb, a preposition, ... (:func:`~textclean.clean.lexicon.is_word_of_class`), a common word and
    a word that wants its predicate (:func:`open_word_pair`), or, set tight to a text or byline-shaped line, a word
    runs across the break between them (:func:`~textclean.clean.lexicon.breaks_a_word`), or it stands in a stack of text lines of its measure (the
    line above as wide, the one below no wider: a box's last line may be short), unless the line above closes its
    sentence (:func:`closes_sentence`).

    Before (PyMuPDF, a 3 em box): ``坚持以`` / ``邓小平`` / ``理论为`` / ... read ``邓小平`` as a byline (the headline
    cut, the name an author); ``设的主要`` / ``任务`` / ``郑烨``: ``任务`` stays a name (no word runs across, the stack's
    last line); so ``关于`` / ``1998年`` (a preposition), ``关心群`` / ``众生`` (群众). A name under a title (``2017年工作总体部署``
    / ``本报记者 龙苓沅``), names stacked (``张玲`` / ``王芳``), a line of two names stay bylines; a common word set tight
    over a name (:func:`~textclean.clean.lexicon.is_common_word`: ``时评`` / ``覃艳阳``) is a column label, no name,
    unless a role word (``通讯员`` / ``郝磊``).

    >>> mk = lambda t, role="text": Item(0, t, t, float(len(t)), False, False, role)
    >>> stack = [mk("坚持以"), mk("邓小平", "byline"), mk("理论为")]
    >>> name_in_headline(stack, 1), name_in_headline([mk("关于", "byline"), mk("1998年")], 0)
    (True, True)
    >>> name_in_headline([mk("关心群", "byline"), mk("众生")], 0)
    True
    >>> name_in_headline([mk("设的主要"), mk("任务", "byline"), mk("郑烨", "byline"), mk("我们要在九十年")], 2)
    False
    >>> name_in_headline([mk("2017年工作总体部署"), mk("龙苓沅", "byline"), mk("今年将召开中国共产党")], 1)
    False
    >>> name_in_headline([mk("张玲", "byline"), mk("王芳", "byline")], 0), name_in_headline([mk("沈晔 陶霁蓓", "byline")], 0)
    (False, False)
    >>> name_in_headline([mk("时评", "byline"), mk("覃艳阳", "byline")], 0)
    True

    A paragraph's short last line over the name is no stack's (``转。`` / ``陈志`` / ``新论``: the name signs the text):
    >>> name_in_headline([mk("转。"), mk("陈志", "byline"), mk("新论")], 1), name_in_headline([mk("转化"), mk("陈志", "byline"), mk("新论")], 1)
    (False, True)
    """
    line = items[k]
    if not BYLINE_RE.match(line.text) or BYLINE_SPLIT_RE.search(line.text):
        return False
    if is_word_of_class(line.text) or open_word_pair(line.text):
        return True
    above = items[k - 1] if k > 0 and not line.gap_before else None
    below = items[k + 1] if k + 1 < len(items) and not line.gap_after else None
    word_over_name = below is not None and below.role == "byline" and is_common_word(line.text)
    if word_over_name and not BYLINE_ROLE_RE.search(line.text):
        return True  # (a word over a name: a column label over the byline, ``时评`` / ``覃艳阳``)
    if above is not None and above.role in ("text", "byline") and breaks_a_word(above.text, line.text):
        return True
    if below is not None and below.role in ("text", "byline") and breaks_a_word(line.text, below.text):
        return not _name_over_wider(line, below)
    return (
        above is not None
        and below is not None
        and above.role == below.role == "text"
        and abs(above.width - line.width) <= STACK_SLACK
        and below.width <= line.width + STACK_SLACK
        and not (closes_sentence(above.text) and ends_stack(line, below))
    )


#: Particles a phrase goes on with, never one opens a headline's line of its own: a line opening on one goes on
#: the line over it (``马鞍山`` / ``的老工``).
GOES_ON_PARTICLES = "的了"
#: A line this wide (em) or narrower under a name is a label of two characters (``新论``, ``案情``), whatever the
#: name's width: a narrow box's lines under a name hold three or more (``的老工``).
SHORT_LABEL_WIDTH = 2.0


def ends_stack(line: Item, below: Item) -> bool:
    """Whether the stack of headline lines ends at byline-shaped ``line``: the line ``below`` is a short label (narrower
    than the name past :data:`STACK_SLACK`, or no wider than :data:`SHORT_LABEL_WIDTH`) and opens on no particle that
    goes on a phrase (:data:`GOES_ON_PARTICLES`). Only then does a name under a line closing its sentence
    (:func:`closes_sentence`) begin the byline.

    Before (a 3 em box): ``你好吗`` / ``马鞍山`` / ``的老工`` / ``人`` read the place as a byline; after, one title.
    So: ``公司就能`` / ``不缴吗`` / ``何春新`` / ``案情`` (lay12 fz-16), the byline over a 2 em label; ``转。`` /
    ``陈志`` / ``新论`` (lay10 gd-08), a body's last line, its byline, the next piece's label.

    >>> mk = lambda t: Item(1, t, t, text_width(t), False, False, "text")
    >>> ends_stack(mk("何春新"), mk("案情")), ends_stack(mk("陈志"), mk("新论")), ends_stack(mk("马鞍山"), mk("的老工"))
    (True, True, False)
    >>> ends_stack(mk("张家港"), mk("的")), ends_stack(mk("张家港"), mk("夜景美"))
    (False, False)
    """
    short = below.width + STACK_SLACK < line.width or below.width <= SHORT_LABEL_WIDTH
    return short and not below.text.lstrip().startswith(tuple(GOES_ON_PARTICLES))


def open_word_pair(text: str) -> bool:
    """Whether the byline-shaped ``text`` is a common word of two characters or more and a word that wants the
    predicate after it (:func:`~textclean.clean.dangling.ends_on_modifier`: ``毕业`` / ``就``): a headline's piece
    wrapped in a narrow box, never a name (a surname-led name is cut into its surname and given name).

    Before (PyMuPDF, lay12 kj-35): ``毕业就`` / ``能上岗`` read ``毕业就`` as the byline and ``能上岗`` as the title;
    after, the headline's line. Not so: ``张文也`` (a name: no common word), ``王建国``.

    >>> open_word_pair("毕业就"), open_word_pair("张文也"), open_word_pair("王建国")
    (True, False, False)
    """
    words = words_of(text)
    return len(words) == 2 and len(words[0]) >= 2 and is_common_word(words[0]) and ends_on_modifier(text)


def closes_sentence(text: str) -> bool:
    """Whether the headline line ``text`` ends its sentence: a sentence's mark or a question's particle
    (:data:`QUESTION_PARTICLES`). A name under it in a stack of its measure begins something else: the byline.

    Before (PyMuPDF, lay12 fz-16): ``公司就能`` / ``不缴吗`` / ``何春新`` / ``案情`` made the name a piece of the
    headline (a stack of 3 em lines), joined to the title line over it; after, the byline. Not so: ``坚持以`` /
    ``邓小平`` / ``理论为`` (the line over the name ends no sentence).

    >>> closes_sentence("不缴吗"), closes_sentence("警惕！"), closes_sentence("坚持以"), closes_sentence("吗啡")
    (True, True, False, False)
    """
    text = text.rstrip()
    return ends_sentence(text) or (len(text) >= 2 and text[-1] in QUESTION_PARTICLES)


#: A line this much (em) narrower than the headline line under it is no piece of the box that line is wrapped in:
#: a box wraps each line at its measure, so only its last line falls short (an ASCII character or a mark moves a
#: line's width half an em, a surname-led name over a headline line is 3 em against 6 or more).
NAME_SHORTFALL = 2.0


def _name_over_wider(line: Item, below: Item) -> bool:
    """Whether byline-shaped ``line`` is a person's name (:func:`~textclean.clean.chardata.is_person_name`) over a
    line :data:`NAME_SHORTFALL` wider: a byline set over its headline, whatever word the name's last character
    makes with the headline's first (``覃艳阳`` / ``新农人带来新``: 阳新 is a county), not the head of a wrapped box.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False, "text")
    >>> _name_over_wider(mk("覃艳阳"), mk("新农人带来新")), _name_over_wider(mk("关心群"), mk("众生"))
    (True, False)
    """
    return below.width >= line.width + NAME_SHORTFALL and is_person_name(line.text)


def wrapped_name_tail(byline: Item, line: Item) -> str:
    """The end of byline line ``byline``'s last name wrapped onto ``line``, the line under it; "" when none. It is
    at most :data:`MAX_NAME_TAIL` Han characters that make the last name, with them, a name still
    (:func:`~textclean.clean.chardata.is_person_name`): the whole line, set tight under the byline, or the first
    word of a line the extractor ran on from it to the body's first line beside it (the rest one unspaced run: a
    line of letters spaced out is no such row).

    Before (PyMuPDF, a byline in a narrow column): ``本报记者 段晞萱 何霁`` / ``榕`` / ``１９５６年是…``: ``榕`` was read
    as a one-character title, the author ``何霁``; after, the byline is ``本报记者 段晞萱 何霁榕``. So (pdftotext)
    ``本报通讯员 孟晓瑾 俞逸 许楠`` / ``敏 坚持绿水青山就是金山银山的``: the author is ``许楠敏``. Not so: a line set apart
    by a blank line, a line of two characters or more (a title, the body), a byline that is a role alone.

    >>> mk = lambda t, gap=False: Item(0, t, t, float(len(t)), gap, False, "byline")
    >>> wrapped_name_tail(mk("本报记者 段晞萱 何霁"), mk("榕")), wrapped_name_tail(mk("许楠"), mk("敏 坚持绿水青山", True))
    ('榕', '敏')
    >>> wrapped_name_tail(mk("本报记者 段晞萱 何霁"), mk("榕", True)), wrapped_name_tail(mk("本报记者"), mk("榕"))
    ('', '')
    >>> wrapped_name_tail(mk("段晞萱 何霁"), mk("加强")), wrapped_name_tail(mk("段晞萱 何霁榕"), mk("加"))
    ('', '')
    >>> wrapped_name_tail(mk("许楠"), mk("政 治 制 度 、")), wrapped_name_tail(mk("许楠"), mk("敏  坚持"))
    ('', '')
    """
    head, _, rest = line.text.partition(" ")
    if rest and (not head or BYLINE_SPLIT_RE.search(rest)):
        return ""  # (no word then one unspaced run)
    if not rest and line.gap_before:
        return ""
    if not 0 < len(head) <= MAX_NAME_TAIL or not all(HAN_RE.match(c) for c in head):
        return ""
    names = byline_names(byline.text)
    return head if names and is_person_name(names[-1] + head) else ""


def split_name_tail(upper: Item, lower: Item, tail: str) -> tuple[Item, Item | None]:
    """``upper`` with ``tail``, the start of ``lower`` (the line under it), run on, and what is left of ``lower``
    (None when nothing): the byline line and the line under it once :func:`wrapped_name_tail` found ``tail``.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False, "byline")
    >>> [(x.text, x.width) if x else x for x in split_name_tail(mk("许楠"), mk("敏 坚持绿水青山"), "敏")]
    [('许楠敏', 3.0), ('坚持绿水青山', 6.0)]
    >>> split_name_tail(mk("何霁"), mk("榕"), "榕")[1] is None
    True
    """
    rest = lower.text[len(tail) :].strip()
    gap_after = upper.gap_after if rest else lower.gap_after
    text = upper.text + tail
    joined = Item(upper.no, upper.raw, text, text_width(text), upper.gap_before, gap_after, upper.role)
    if not rest:
        return joined, None
    return joined, Item(lower.no, lower.raw, rest, text_width(rest), lower.gap_before, lower.gap_after, lower.role)
