"""Short tails: the last word or two of a headline wrapped onto a line of its own.

A headline that just overflows its measure wraps its last word onto a line of
its own (``保障国家粮食安全，大力实施乡村振兴`` / ``战略``): a line of one word far narrower
than the line over it. A label or kicker stands over its title, never under a
line so much wider, so such a tail is the end of the headline over it,
whatever the width of that line and however it opens; so is a word too short for a headline under
a line of one (:func:`word_tail`), and the full lines of a headline in a narrow box read as a paragraph over such a
word (:func:`lift_tailed_heads`). The upper half of a two-part headline
wrapped so, a full line and its tail, goes on in the clause set tight under it (:func:`join_tailed_halves`).
"""

from __future__ import annotations

import re

from textclean.clean.chardata import (
    DATELINE_PAPER_RE,
    HAN_RE,
    YEAR_RE,
    ends_sentence,
    has_halves_space,
)
from textclean.clean.dangling import COUNT
from textclean.clean.lexicon import (
    first_word,
    label_shaped,
    opens_as_clause,
    opens_as_label,
    opens_as_name,
    opens_with_date,
)
from textclean.clean.roles import Element, Item

#: A headline line over one at least this many times as wide is a kicker over its title, not the upper half of a
#: two-part headline (:func:`narrow_kicker`): a headline's halves are parallel clauses, most set within a third of
#: each other's width; a kicker is a short label in smaller type over the long title (PyMuPDF, the dev pages of
#: the five families: 82 of 166 kickers over their titles are 1.5 times narrower, 8 of 76 upper halves, 7 of them
#: two clauses).
KICKER_WIDTH_RATIO = 1.5
#: ... and the title under such a kicker is a full headline at least this wide (em): a short headline set in a
#: narrow box stacks its parts at 3 to 7 em each (the feature weeklies' ``基础研究`` / ``要坐得住冷板凳``), the
#: titles under narrow kickers fill 8 em or more (PyMuPDF, the five families' dev pages: 75 of the 79 kickers 1.5
#: times narrower than their titles).
MIN_TITLE_UNDER_KICKER = 8.0
#: Each of two labels stacked over a title (:func:`two_labels_over`) is at least this wide (em): a label or a
#: kicker is a word or two; a one-character line is a word cut in two (``治水`` / ``记``) or a wrapped end.
LABEL_MIN_WIDTH = 2.0
#: The gap a two-part headline sets between its halves (PyMuPDF keeps it, at a line's end too, where the box wrapped
#: the headline at its gap): ``石泉县：小田并大田\u3000`` / ``种粮更省心``.
HALVES_GAP = "\u3000"
#: A tail is at most this part of the line over it: a word or two (2 to 4 em) under a full line of a headline
#: (the second layout's tails: 2 em under 11 and 17 em); a kicker's end wraps under a line barely wider than
#: twice it (``1964年政府工作报`` / ``告选读``).
TAIL_RATIO = 4.0


def short_tail(upper: Item, lower: Item) -> bool:
    """Whether the headline line ``lower``, set tight under ``upper``, is its wrapped last word: one word
    (:func:`~textclean.clean.lexicon.first_word`) at most a :data:`TAIL_RATIO` th of the width of ``upper``,
    which ends no sentence.

    Before (PyMuPDF, the second layout): ``过去五年的工作和历史性`` (11 em) over ``变革`` (2 em) stood as a kicker
    and its title (the upper opens with a time word, as a label); after, one title. Not a tail: ``学习专刊`` under
    a title (two words), ``告选读`` under ``1964年政府工作报`` (not narrow enough), a line after a blank.

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t, gap=False: Item(0, t, t, text_width(t), gap, True, "text")
    >>> short_tail(mk("过去五年的工作和历史性"), mk("变革")), short_tail(mk("保障国家粮食安全，大力实施乡村振兴"), mk("战略"))
    (True, True)
    >>> short_tail(mk("过去五年的工作和历史性"), mk("学习专刊")), short_tail(mk("1964年政府工作报"), mk("告选读"))
    (False, False)
    >>> short_tail(mk("过去五年的工作和历史性"), mk("变革", True))
    False
    """
    word = lower.text.strip()
    return (
        not lower.gap_before
        and word != ""
        and first_word(word) == word
        and lower.width * TAIL_RATIO <= upper.width
        and not ends_sentence(upper.text)
    )


#: A headline is a phrase of at least this many characters (a verb and what it acts on, ``加强军队建设``; the shortest
#: titles of the devpages and the layouts hold 4): a shorter word set tight under a headline line is no headline
#: of its own but that line's wrapped end, however wide the line over it.
HEADLINE_MIN_CHARS = 4


def word_tail(upper: Item, lower: Item) -> bool:
    """Whether the headline line ``lower``, set tight under ``upper``, is its wrapped last word because it is too
    short to be a headline (:data:`HEADLINE_MIN_CHARS`): one word (:func:`~textclean.clean.lexicon.first_word`) of
    two or three Han characters under a line of a headline's length, narrower than it, which ends no sentence and
    no clause. Unlike :func:`short_tail` the line over it may be only twice as wide (a headline wrapped in a narrow
    box) and open as a label or hold a year: a kicker's or label's line stands over a title of a headline's length.

    Before (PyMuPDF, the fifth layout, a headline in a 7 em box): ``2017年工作总体`` over ``部署`` stood as a kicker
    and a title of one word (the upper read as a dated name); after, one title ``2017年工作总体部署``; so
    ``2016年工作`` / ``回顾``. Not a tail: ``转型升级`` (a phrase of 4), ``告选读`` (no word), a name under a label
    (``一日一议`` / ``武璐``: no lexicon word), a line after a blank, a line under a short line (``来信`` / ``晨钟``).

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t, gap=False: Item(0, t, t, text_width(t), gap, True, "text")
    >>> word_tail(mk("2017年工作总体"), mk("部署")), word_tail(mk("2016年工作"), mk("回顾"))
    (True, True)
    >>> word_tail(mk("以创新引领实体经济"), mk("转型升级")), word_tail(mk("1964年政府工作报"), mk("告选读"))
    (False, False)
    >>> word_tail(mk("2016年工作"), mk("回顾", True)), word_tail(mk("来信"), mk("晨钟")), word_tail(mk("推进改革。"), mk("回顾"))
    (False, False, False)
    """
    word, head = lower.text.strip(), upper.text.strip()
    return (
        not lower.gap_before
        and 2 <= len(word) < HEADLINE_MIN_CHARS
        and len(HAN_RE.findall(word)) == len(word)
        and first_word(word) == word
        and len(head) >= HEADLINE_MIN_CHARS
        and lower.width < upper.width
        and not ends_sentence(head)
        and not head.endswith(("，", "、", "：", "；"))
    )


#: A headline set in a box narrower than the body wraps over at most this many full lines before its tail (a title
#: beside its body, 6 em: ``实施科教兴国`` / ``战略，强化现`` / ``代化建设人才`` / ``支撑``); more lines are running text.
TAILED_HEAD_LINES = 3
#: Full lines of one headline's measure are equally wide to within this much (em: an ASCII character moves a line
#: half an em, as :data:`~textclean.clean.boxfill.SAME_MEASURE_SLACK`).
TAILED_HEAD_SLACK = 0.5
#: Characters that end or part sentences: a headline's lines hold none (a comma may part its clauses).
SENTENCE_MARKS = "。！？；：…"


def join_tails(elements: list[Element]) -> list[Element]:
    """The page's headline elements with the full lines of a headline read as body joined with their tail
    (:func:`lift_tailed_heads`), then each upper half wrapped into a tail joined with its lower half
    (:func:`join_tailed_halves`), then each headline line joined with the end its printed shape says it wrapped
    into (:func:`join_printed_tails`)."""
    return join_printed_tails(join_tailed_halves(lift_tailed_heads(elements)))


def lift_tailed_heads(elements: list[Element]) -> list[Element]:
    """Each short run read as body whose wrapped last word is the one-word title set tight under it
    (:func:`word_tail`) joined with it into one title: a headline wrapped in a narrow box whose full lines, all of one
    measure, read as a paragraph (:func:`_wrapped_head_lines`), its tail as a title of its own.

    Before (PyMuPDF, the fifth layout, a title in a 6 em box beside its body): body ``实施科教兴国`` / ``战略，强化现``
    / ``代化建设人才`` and title ``支撑`` over the byline and body; after, the title
    ``实施科教兴国战略，强化现代化建设人才支撑``. Not joined: a run of more lines, of lines of different widths, or
    holding a sentence's end (a paragraph's last lines over the next article's one-word label), a run wider than a
    headline's lines, a title of a phrase (not a tail), a run set under another body (it goes on from it).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, no, *ts: Element(kind, [Item(no + k, t, t, float(len(t)), False, True, "text") for k, t in enumerate(ts)], "".join(ts) if kind == "title" else "")
    >>> got = lift_tailed_heads([mk("byline", 0, "姜曜芊"), mk("body", 1, "实施科教兴国", "战略，强化现", "代化建设人才"), mk("title", 4, "支撑")])
    >>> [(e.kind, e.text) for e in got]
    [('byline', ''), ('title', '实施科教兴国战略，强化现代化建设人才支撑')]
    >>> len(lift_tailed_heads([mk("byline", 0, "姜曜芊"), mk("body", 1, "实施科教兴国", "战略。强化现", "代化建设人才"), mk("title", 4, "支撑")]))
    3
    """
    out: list[Element] = []
    for el in elements:
        run = out[-1] if out else None
        above = out[-2] if len(out) > 1 else None
        if (
            run is not None
            and el.kind == "title"
            and len(el.items) == 1
            and _wrapped_head_lines(run)
            and (above is None or above.kind != "body")
            and word_tail(run.items[-1], el.items[0])
        ):
            out[-1] = Element("title", [*run.items, *el.items], "".join([it.text for it in [*run.items, *el.items]]))
        else:
            out.append(el)
    return out


def _wrapped_head_lines(run: Element) -> bool:
    """Whether a run read as body may be a headline's full lines: :data:`TAILED_HEAD_LINES` or fewer, set tight,
    all of one measure (a headline's, :data:`TAILED_HALF_MAX_WIDTH` at most), holding no sentence mark."""
    if run.kind != "body" or not 2 <= len(run.items) <= TAILED_HEAD_LINES:
        return False
    widths = [it.width for it in run.items]
    return (
        max(widths) - min(widths) <= TAILED_HEAD_SLACK
        and max(widths) <= TAILED_HALF_MAX_WIDTH
        and all(it.role == "text" and not it.gap_before for it in run.items[1:])
        and not any(ch in SENTENCE_MARKS for it in run.items for ch in it.text)
    )


#: Each line of a half of a two-part headline is at most this wide (em): a clause of a headline set over two to
#: four narrow columns (the fourth layout's halves hold 8 to 15 characters); as wide as a wrapped headline's line.
TAILED_HALF_MAX_WIDTH = 16.0
#: Each half is a clause, a verb and what it acts on: its widest line at least this wide (em); a narrower line under
#: a title is the next article's label (``走进基层``, 4 em).
TAILED_HALF_MIN_WIDTH = 5.0
#: A half's tail is at most this part of its full line: the fourth layout's halves wrap 2 to 4 em under 8 to 15 em
#: (``…经济`` / ``发展战略``, 15 and 4: a word or two, looser than :data:`TAIL_RATIO`'s one word).
HALF_TAIL_RATIO = 3.0


def join_tailed_halves(elements: list[Element]) -> list[Element]:
    """Each title that is the upper half of a two-part headline, wrapped into a tail (:func:`_tailed_half`), joined
    with the clause set tight under it, with the space that parts the halves.

    Before (PyMuPDF, the fourth layout, a headline over two narrow columns): ``不失时机地加快实施沿海地区经济`` /
    ``发展战略`` over ``进一步扩大对外开放`` stood as a kicker and its title; after, one title
    ``不失时机地加快实施沿海地区经济发展战略 进一步扩大对外开放``; so ``聚焦重点领域和关键环节深化`` / ``改革`` over
    ``更大激发市场活力和社`` / ``会创造力`` (two titles, the second an article of its own). Not joined: a lower
    line that opens as a label or with a date, holds a year or a dateline's paper (a subtitle without its dash,
    ``各地认真落实2023年政府工作报告``, or the body's dateline), a lower line narrower than a clause (the next
    article's label), lines across a blank line, the page's top line (a kicker).

    >>> mk = lambda no, *ts: Element("title", [Item(no + k, t, t, float(len(t)), False, True, "text") for k, t in enumerate(ts)], "".join(ts))
    >>> [e.text for e in join_tailed_halves([mk(0, "聚焦"), mk(5, "不失时机地加快实施沿海地区经济", "发展战略"), mk(7, "进一步扩大对外开放")])]
    ['聚焦', '不失时机地加快实施沿海地区经济发展战略 进一步扩大对外开放']
    >>> len(join_tailed_halves([mk(0, "聚焦"), mk(5, "不失时机地加快实施沿海地区经济", "发展战略"), mk(7, "各地认真落实2023年政府工作报告")]))
    3
    >>> len(join_tailed_halves([mk(0, "聚焦"), mk(5, "不失时机地加快实施沿海地区经济", "发展战略"), mk(7, "走进基层")]))
    3
    """
    top = elements[0].first if elements and elements[0].items else 0
    out: list[Element] = []
    for el in elements:
        upper = out[-1] if out else None
        if upper is not None and upper.first > top and _tailed_half(upper) and _lower_half(el):
            out[-1] = Element("title", [*upper.items, *el.items], upper.text + " " + el.text)
        else:
            out.append(el)
    return out


def _tailed_half(title: Element) -> bool:
    """Whether the title is a clause wrapped at its measure into a tail: two lines, the second a short tail of the
    first (:data:`HALF_TAIL_RATIO`), ending no sentence, no comma (none of the devpages' 92 two-part headlines' halves holds one), no year and
    no opening as a label (a kicker's way: ``落实1988年政府工作报告部署``)."""
    if title.kind != "title" or len(title.items) != 2 or "，" in title.text:
        return False
    line, tail = title.items
    return (
        line.role == tail.role == "text"
        and TAILED_HALF_MIN_WIDTH <= line.width <= TAILED_HALF_MAX_WIDTH
        and not tail.gap_before
        and tail.width * HALF_TAIL_RATIO <= line.width
        and not ends_sentence(title.text)
        and not YEAR_RE.search(title.text)
        and not has_halves_space(title.text)
        and not opens_as_label(title.text)
    )


def _lower_half(title: Element) -> bool:
    """Whether the title set tight under an upper half may be the lower half: one line, or one clause wrapped into
    a shorter line, each line a headline's (:data:`TAILED_HALF_MAX_WIDTH`), a clause's width, no comma, no year,
    opening neither as a label, with a date nor with a dateline's paper."""
    if title.kind != "title" or not 1 <= len(title.items) <= 2 or "，" in title.text or title.items[0].gap_before:
        return False
    widths = [it.width for it in title.items]
    text = title.text
    return (
        all(it.role == "text" and not it.gap_before for it in title.items)
        and TAILED_HALF_MIN_WIDTH <= widths[0] <= TAILED_HALF_MAX_WIDTH
        and widths[-1] <= widths[0]
        and not YEAR_RE.search(text)
        and not DATELINE_PAPER_RE.match(text)
        and not has_halves_space(text)
        and not opens_with_date(text)
        and not opens_as_label(text)
    )


def open_preposition(text: str) -> bool:
    """Whether a headline line opens with a preposition (a label's opening, :func:`~textclean.clean.lexicon.opens_as_label`,
    not a name's, :func:`~textclean.clean.lexicon.opens_as_name`) and holds no ``的``: the preposition's object
    with no noun the phrase ends in, a clause still to go on (``为经济建设和改革开放`` / ``创造更好的社会政治环境``),
    where a label that opens so names a thing (``对今年政府工作的建议``, ``关于…的决定``).

    >>> open_preposition("为经济建设和改革开放"), open_preposition("对今年政府工作的建议"), open_preposition("2014年重点工作")
    (True, False, False)
    """
    return opens_as_label(text) and not opens_as_name(text) and "的" not in text


def opens_as_kicker(upper: Item, lower: Item) -> bool:
    """Whether the headline line ``upper`` opens as a kicker's label over the title line ``lower`` (by shape, a
    kicker is not joined to its title): it opens as a label (:func:`~textclean.clean.lexicon.opens_as_label`), but
    over a line narrower than a clause (:data:`TAILED_HALF_MIN_WIDTH`: no half of a two-part headline, the tail of one
    headline wrapped in a narrow box) not with a preposition whose phrase goes on (:func:`open_preposition`:
    ``以创新引领实体经济`` / ``转型升级``, a title's opening). Over a wider line, a line so opened stays a kicker: so
    joined, a kicker ``以…`` joined the title under it as a two-part headline (PyMuPDF: NB title .738 -> .721).
    A line far narrower than ``lower`` is a kicker however it opens (:func:`narrow_kicker`).

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t: Item(3, t, t, text_width(t), False, True, "text")
    >>> opens_as_kicker(mk("以创新引领实体经济"), mk("转型升级")), opens_as_kicker(mk("关于教育改革问题"), mk("加强基础教育工作"))
    (False, True)
    >>> opens_as_kicker(mk("党的十二大报告摘编"), mk("转型升级"))
    True
    """
    if narrow_kicker(upper, lower):
        return True
    return opens_as_label(upper.text) and not (lower.width < TAILED_HALF_MIN_WIDTH and open_preposition(upper.text))


def narrow_kicker(upper: Item, lower: Item) -> bool:
    """Whether the headline line ``upper``, set over ``lower`` :data:`KICKER_WIDTH_RATIO` times as wide or more,
    is a kicker over its title by shape: unless both lines open as clauses
    (:func:`~textclean.clean.lexicon.opens_as_clause`, a verb, an adverb, a preposition or a pronoun: the two
    clauses of a two-part headline, ``加强统一计划`` / ``发挥中央和地方两个积极性``), the narrow line is a label.

    Before (PyMuPDF, an international page): ``科技治理前沿`` / ``尼日利亚加码半导体产业补贴`` were joined as a
    two-part title; after, a kicker over its title. Not so: two lines of like width (``优化营商环境`` /
    ``激发市场活力``), two clauses however wide. A line over a title that is one quotation no narrower than it
    (:func:`quoted_title`) is its kicker whatever the widths (PyMuPDF, a sports page: ``专访马拉松选手董娟超`` /
    ``“每一步都要跑得踏实”`` were one two-part title), when that quotation is a sentence, a full headline's width
    (:data:`MIN_TITLE_UNDER_KICKER`): a quoted word (``老手艺玩出`` / ``“新花样”``, 5 em) is the wrapped end of the line
    over it, one title.

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t: Item(3, t, t, text_width(t), False, False, "text")
    >>> narrow_kicker(mk("货币政策动向"), mk("通胀回落难掩增长乏力不再可期")), narrow_kicker(mk("优化营商环境"), mk("激发市场活力"))
    (True, False)
    >>> narrow_kicker(mk("加强统一计划"), mk("发挥中央和地方两个积极性"))
    False
    >>> narrow_kicker(mk("马拉松选手董娟超"), mk("“每一步都要跑得踏实”")), narrow_kicker(mk("老手艺玩出"), mk("“新花样”"))
    (True, False)
    """
    if (
        quoted_title(lower.text)
        and not quoted_title(upper.text)
        and lower.width >= max(upper.width, MIN_TITLE_UNDER_KICKER)
    ):
        return True  # (a title that is one quotation: the line over it names the speaker; a narrower one, a tail)
    if lower.width < KICKER_WIDTH_RATIO * upper.width or lower.width < MIN_TITLE_UNDER_KICKER:
        return False
    return not (opens_as_clause(upper.text) and opens_as_clause(lower.text))


def quoted_title(text: str) -> bool:
    """Whether a headline line is one quotation, its opening mark first and its closing one last (none between):
    a title quoting its subject's words (an interview's), under a kicker that names the speaker
    (``专访马拉松选手董娟超`` / ``“每一步都要跑得踏实”``); a two-part headline's half quotes a word, not the whole line.
    :func:`narrow_kicker` asks it of a line no narrower than the one over it nor than a full headline: a quoted word
    is the line over it's wrapped end (``海铁联运跑出`` / ``“加速度”``, ``老手艺玩出`` / ``“新花样”``).

    >>> quoted_title("“每一步都要跑得踏实”"), quoted_title("“双减”之下　校园更有活力"), quoted_title("乡村学校迎来“新面孔”")
    (True, False, False)
    """
    inner = text.strip()[1:-1]
    return text.strip()[:1] == "“" and text.strip()[-1:] == "”" and "”" not in inner and "“" not in inner


def kicker_over(upper: Element, lower: Element) -> bool:
    """Whether the one-line headline ``upper`` is the kicker of the title ``lower`` set tight under it by their
    widths (:func:`narrow_kicker`, against the widest line of ``lower``, its measure when it wraps)."""
    if len(upper.items) != 1 or lower.items[0].gap_before:
        return False
    return narrow_kicker(upper.items[0], max(lower.items, key=lambda it: it.width))


def two_labels_over(upper: list[Element], title: Element) -> bool:
    """Whether ``upper``, two one-line headlines (``label`` and ``line``), set tight and both shaped as column labels
    (:func:`~textclean.clean.lexicon.label_shaped`: a few Han characters, no clause mark), stand over ``title`` set
    tight under them as a column label and a kicker: a head stack prints its label, then its kicker, then its title,
    and two labels stacked are no label over a two-part headline's upper half (a half that short is the last line of
    a narrow stack, under its kicker). The caller asks it of a label made the kicker of the line under it.

    Before (PyMuPDF, the commentary family): ``人民论坛`` / ``教育时评`` / ``别让作业挤占了童年``: the label became
    the kicker of ``教育时评``, read as the upper half of the title under it (``教育时评 别让作业挤占了童年``); after,
    column ``人民论坛``, kicker ``教育时评``, title ``别让作业挤占了童年``. Not so: a line wider than a label under
    the label (a kicker, the title under it a title), a title across a blank line or holding a comma (running text),
    a title shorter than a full headline (:data:`MIN_TITLE_UNDER_KICKER`, less half an em for an ASCII character):
    the first line of a narrow box or the upper half of a two-part headline stacked in a narrow column.

    >>> mk = lambda t, gap=False: Element("title", [Item(0, t, t, float(len(t)), gap, False, "text")], t)
    >>> two_labels_over([mk("人民论坛"), mk("教育时评")], mk("别让作业挤占了童年"))
    True
    >>> two_labels_over([mk("人民论坛"), mk("教育时评观察与思考")], mk("别让作业挤占了童年"))
    False
    >>> two_labels_over([mk("人民论坛"), mk("教育时评")], mk("别让作业，挤占了童年"))
    False
    >>> two_labels_over([mk("G 本期"), mk("人民论坛"), mk("教育时评")], mk("别让作业挤占了童年"))
    False
    >>> two_labels_over([mk("健康课堂"), mk("世界睡眠日")], mk("失眠了"))
    False
    >>> two_labels_over([mk("治水"), mk("记")], mk("我省生态环境质量持续改善"))
    False
    """
    if len(upper) != 2:
        return False  # (a label already over them: the line under the kicker may be a half)
    label, line = upper
    if len(label.items) != 1 or len(line.items) != 1 or title.kind != "title" or title.items[0].gap_before:
        return False
    if min(label.items[0].width, line.items[0].width) < LABEL_MIN_WIDTH:
        return False  # (a one-character line: a word cut in two, ``治水`` / ``记``, no label)
    if title.items[0].width < MIN_TITLE_UNDER_KICKER - 0.5:
        return False  # (a short line: the upper half of a narrow stack, ``世界睡眠日`` / ``失眠了`` / ``先别急着…``)
    return label_shaped(label.text) and label_shaped(line.text) and "，" not in title.text


def ends_at_halves_gap(upper: Item) -> bool:
    """Whether the headline line ``upper`` was wrapped at the gap between a two-part headline's halves: its printed
    line ends with that gap (:data:`HALVES_GAP`) after a Han character or a closing quote. Running text never ends
    a line so; the headline line under it is the second half (joined with a space: :func:`gap_apart`).

    Before (PyMuPDF, a headline stack read between two stories): ``牢牢端稳中国饭碗`` / ``石泉县：小田并大田\u3000`` /
    ``种粮更省心`` gave the kicker ``牢牢端稳中国饭碗 石泉县：小田并大田`` and the title ``种粮更省心``; after, the title
    ``石泉县：小田并大田 种粮更省心`` under its kicker. Not so: a line with no gap at its end, or one of spaces alone.

    >>> mk = lambda t: Item(0, t, t.rstrip(), float(len(t)), False, True, "text")
    >>> ends_at_halves_gap(mk("石泉县：小田并大田\u3000")), ends_at_halves_gap(mk("“链主”企业带动\u3000"))
    (True, True)
    >>> ends_at_halves_gap(mk("牢牢端稳中国饭碗")), ends_at_halves_gap(mk("\u3000"))
    (False, False)
    """
    raw = upper.raw.rstrip(" ")
    return raw.endswith(HALVES_GAP) and len(raw) > 1 and (HAN_RE.match(raw[-2]) is not None or raw[-2] in "”」》")


def gap_apart(upper: Item) -> str:
    """What parts ``upper`` from the headline line under it when the words join them: the space between a two-part
    headline's halves where the line ended at its gap (:func:`ends_at_halves_gap`), else nothing.

    >>> gap_apart(Item(0, "安平县：昔日废矿山\u3000", "安平县：昔日废矿山", 10.0, False, True)), gap_apart(Item(0, "推动", "推动", 2.0, False, True))
    (' ', '')
    """
    return " " if ends_at_halves_gap(upper) else ""


#: A count wrapped alone onto a headline's last line (:data:`~textclean.clean.dangling.COUNT`): a figure with its
#: unit or its share sign (``22.5%``, ``27788亿件``); a bare number (``4``, ``1200``) may be a page reference or a
#: chart's axis, a date, a year or a page (``5月``, ``2013年``, ``4版``) a chart's label or a contents line's page, no
#: headline's end.
COUNT_TAIL_RE = re.compile(f"^{COUNT}$")


def figure_tail(upper: Item, lower: Item) -> bool:
    """Whether the headline line ``lower``, set tight under ``upper``, is its wrapped count (:data:`COUNT_TAIL_RE`):
    a headline never is a count alone, nor is a subtitle, and a line that ends with a Han character (so with no
    sentence end) leaves its predicate open for it (the measure broke before the figure).

    Before (PyMuPDF, an economy page): ``可再生能源装机占比超过`` / ``22.1%`` gave the kicker
    ``可再生能源装机占比超过`` and a title ``22.1%``; after, one title ``可再生能源装机占比超过22.1%``. Not a tail: a
    page number under a contents line (``4``), a count after a blank line, a count under a line closed by punctuation.

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t, gap=False: Item(0, t, t, text_width(t), gap, True, "text")
    >>> figure_tail(mk("可再生能源装机占比超过"), mk("22.1%")), figure_tail(mk("今年以来快递业务量突破"), mk("27788亿件"))
    (True, True)
    >>> figure_tail(mk("稳链强链 激活发展新动能"), mk("4")), figure_tail(mk("可再生能源装机占比超过"), mk("22.1%", True))
    (False, False)
    >>> figure_tail(mk("装机占比再创新高。"), mk("22.1%")), figure_tail(mk("一座小城的十年蝶变"), mk("2013年"))
    (False, False)
    >>> figure_tail(mk("全市社会消费品零售总额"), mk("2月")), figure_tail(mk("乡村振兴绘就美丽新画卷"), mk("5版"))
    (False, False)
    """
    head = upper.text.strip()
    return (
        not lower.gap_before
        and COUNT_TAIL_RE.match(lower.text.strip()) is not None
        and HAN_RE.match(head[-1:]) is not None
        and lower.width < upper.width
    )


def join_printed_tails(elements: list[Element]) -> list[Element]:
    """Each title joined with the one-line title set tight under it when the shape of the two printed lines says the
    upper wrapped into the lower: a count wrapped alone (:func:`figure_tail`).

    (A two-part headline cut inside its second half, ``优化营商环境　激发`` / ``市场活力``, was joined too by the
    widths of its halves; on opinion pages and economy pages it joined kickers and titles that were two heads, and
    it was withdrawn.)

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda no, t: Element("title", [Item(no, t, t.replace(HALVES_GAP, " "), text_width(t.replace(HALVES_GAP, "")), False, True, "text")], t.replace(HALVES_GAP, " "))
    >>> [e.text for e in join_printed_tails([mk(3, "优化营商环境\u3000激发"), mk(4, "市场活力"), mk(5, "一季度工业投资同比增长"), mk(6, "22.5%")])]
    ['优化营商环境 激发', '市场活力', '一季度工业投资同比增长22.5%']
    >>> len(join_printed_tails([mk(3, "强化责任担当\u3000狠抓工作落实"), mk(4, "全省民营经济发展大会召开")]))
    2
    """
    out: list[Element] = []
    for el in elements:
        upper = out[-1] if out else None
        if (
            upper is not None
            and upper.kind == el.kind == "title"
            and len(el.items) == 1
            and upper.items[-1].no + 1 == el.items[0].no
            and figure_tail(upper.items[-1], el.items[0])
        ):
            out[-1] = Element("title", [*upper.items, *el.items], upper.text + el.text)
        else:
            out.append(el)
    return out
