"""Title elements -> two-part headlines set in a narrow box: the halves of one headline, each wrapped at the box's
measure, read as two titles.

A headline set beside its body in a box a few em wide wraps line after line at the box's measure; a two-part
headline ends its first half on a line short of the measure and opens its second half on the next line, or on the
same printed line after a space (which PyMuPDF gives as two lines). Line by line, the halves are two titles, each
wrapped (:func:`~textclean.clean.wrapped.join_wrapped_titles` joins a half's lines), the first then read as the
kicker of the second. :func:`join_boxed_halves` reads the stack as one box: a line at the measure runs on into the
next, a line short of it ends a half.
"""

from __future__ import annotations

import itertools
from collections import Counter

from textclean.clean.chardata import YEAR_RE
from textclean.clean.lexicon import (
    ADVERB_TAGS,
    breaks_a_word,
    label_shaped,
    opens_as_name,
    opens_with_date,
    word_across,
    word_class,
    word_ends,
    words_of,
)
from textclean.clean.roles import Element, Item
from textclean.clean.tails import LABEL_MIN_WIDTH, MIN_TITLE_UNDER_KICKER
from textclean.clean.typesetting import COLUMN_LABEL_CHARS

#: A box's lines are as wide as its measure to within this much (em): full lines of one box; an ASCII character
#: (digits) moves a line's width half an em.
BOX_SLACK = 0.5
#: A line this wide (em) or narrower is one glyph: a box wraps after a word, never after one glyph of a wider
#: measure, so such a line over the rest of the head is one line the extractor split (``走`` / ``进课堂``).
LONE_GLYPH_WIDTH = 1.0
#: The widest measure (em) read as a narrow box: a headline set beside its body (the second layout's boxes are
#: 3 to 9 em); a wider headline's halves are one line each, paired by the words (:mod:`~textclean.clean.units`).
NARROW_MEASURE = 10.0
#: A line at most as wide as a column label (em) over a box narrower than it is a label; a wider line over a box is
#: the upper half of a two-part headline set in one line (devpages gov-1986-03: ``进一步发展社会主义的商品市场``
#: over ``逐步完善`` / ``市场体系``).
BOX_LABEL_WIDTH = float(COLUMN_LABEL_CHARS)
#: Two one-line titles set tight, each narrower than this (em), over a full title are two labels stacked, not a
#: headline wrapped in a narrow box (:func:`labels_over_title`): a clause, a verb and what it acts on, is at least
#: 5 em (:data:`~textclean.clean.wrapped.HALF_MIN_WIDTH`), so two 5 em lines may be a kicker's parallel clauses
#: (``奋进新征程`` / ``建功新时代``); a 4 em line is a label's (``学思践悟`` / ``民生观察``).
LABEL_PAIR_WIDTH = 5.0
#: A label ends with a word of at least this many characters (``新春走基层``), or the lexicon knows none of its words
#: (``学思践悟``, read character by character); a box's first line ending on one character after a word the lexicon
#: knows is a word cut short the lexicon lacks, broken with no word read across (``加大节能减`` / ``排和环境保``).
LABEL_LAST_WORD = 2
#: A label's last word of the lexicon this long or longer, a verb (``奋力谱写`` / ``中国式现``: its object in the box)
#: or a noun (``民营经济`` / ``高质量发``: the box's subject or what it modifies), reads on into the box: no label.
LABEL_READS_ON_CHARS = 2
#: jieba's tag of a verb (a verb's object follows it).
VERB_TAG = "v"
#: The space between a two-part headline's halves, set on one printed line (em).
HALVES_SPACE = 1.0


def join_boxed_halves(elements: list[Element]) -> list[Element]:
    """Join a title wrapped in a narrow box whose last line ends short of the box's measure (:func:`_box_end`)
    with the titles set tight under it that are the box's next half (:func:`_lower_half`), with a space; a title
    whose lines all fill the box with the titles that go on in it.

    Before (PyMuPDF, a 5 em box): ``加大节能减`` / ``排和环境保`` / ``护力度`` and ``做`` / ``好产品质量`` /
    ``安全工作`` stood as kicker and title (the printed line ``护力度 做`` split at its space); after, one title
    ``加大节能减排和环境保护力度 做好产品质量安全工作``. So ``及时果断调整宏观`` / ``经济政策`` over
    ``全力保持经济平稳`` / ``较快发展`` (8 em). Not joined: a kicker wrapped in a wider box than its title's
    (``1993年政府工作报`` / ``告摘登`` over a 5 em title), an upper title that opens as a name or holds a year
    (:func:`~textclean.clean.lexicon.opens_as_name`), a lower half that opens with a date, lines across a blank
    line.

    >>> mk = lambda *ts: Element("title", [Item(k, t, t, float(len(t)), False, True, "text") for k, t in enumerate(ts)], "".join(ts))
    >>> [e.text for e in join_boxed_halves([mk("加大节能减", "排和环境保", "护力度"), mk("做", "好产品质量", "安全工作")])]
    ['加大节能减排和环境保护力度 做好产品质量安全工作']
    >>> [e.text for e in join_boxed_halves([mk("积极推进改", "革开放"), mk("为经济社会"), mk("发展注入新", "的活")])]
    ['积极推进改革开放 为经济社会发展注入新的活']
    >>> len(join_boxed_halves([mk("1993年政府工作报", "告摘登"), mk("改革开放和", "现代化建设")]))
    2

    Nor a title of one line short of the measure under a kicker wrapped in it, however it adds up with the
    kicker's last line (PyMuPDF, devpages gov-1987-02: ``坚持长期稳定发展经济`` / ``的方针`` over ``深化企业改革``):
    the rest of a printed line split at its space goes on in a line under it.

    >>> len(join_boxed_halves([mk("坚持长期稳定发展经济", "的方针"), mk("深化企业改革")]))
    2
    """
    out: list[Element] = []
    i = 0
    while i < len(elements):
        el = elements[i]
        sep = _box_end(out[-1]) if out else None
        n = _lower_half(out[-1], elements[i:]) if sep is not None else 0
        if n and sep is not None:
            lower = elements[i : i + n]
            items = [it for e in lower for it in e.items]
            out[-1] = Element("title", [*out[-1].items, *items], out[-1].text + sep + "".join([e.text for e in lower]))
            i += n
            continue
        out.append(el)
        i += 1
    return out


def _box_end(title: Element) -> str | None:
    """How ``title``, wrapped in a narrow box, goes on in a title set under it: two lines or more of text, all at
    its first line's measure (:data:`NARROW_MEASURE` at most) but the last: a space when that ends short of it (the
    end of a half), nothing when it is full too (the box runs on: ``在发展生`` / ``产的基础`` over ``上继续增`` /
    ``加城乡人`` / ``民收入``); None for a title of another shape, or that opens as a name or holds a year (a
    kicker's ways, :func:`~textclean.clean.lexicon.opens_as_name`: ``党的十五大报`` / ``告要点``; a preposition opens
    as many titles, ``在发展生`` / …, as labels, and a label stands in one line).

    >>> mk = lambda *ts: Element("title", [Item(k, t, t, float(len(t)), False, True, "text") for k, t in enumerate(ts)], "".join(ts))
    >>> _box_end(mk("积极推进改", "革开放")), _box_end(mk("在发展生", "产的基础")), _box_end(mk("1993年政府工作报", "告摘登"))
    (' ', '', None)
    """
    if title.kind != "title" or len(title.items) < 2 or any(it.role != "text" for it in title.items):
        return None
    measure = title.items[0].width
    if measure > NARROW_MEASURE or not _at(title.items[:-1], measure) or title.items[-1].width > measure + BOX_SLACK:
        return None
    if YEAR_RE.search(title.text) or opens_as_name(title.text):
        return None
    return " " if title.items[-1].width < measure - BOX_SLACK else ""


def _lower_half(upper: Element, elements: list[Element]) -> int:
    """How many of ``elements`` (titles set tight) make the box's next half under ``upper``
    (:func:`_box_end`), 0 for none: its first line at the measure (the half opens a line) or, with the
    upper's last line and a space, as wide (one printed line PyMuPDF split at the space); every further line at
    the measure but the half's last, which ends it no wider."""
    measure, last = upper.items[0].width, upper.items[-1]
    lines: list[Item] = []
    n = 0
    for el in elements:
        if el.kind != "title" or el.items[0].gap_before or any(it.role != "text" for it in el.items):
            break
        lines += el.items
        n += 1
        if len(lines) > 1 and lines[-1].width < measure - BOX_SLACK:
            break  # (a line short of the measure ends the half; the first may be the rest of the upper's line)
    if not lines or opens_with_date(lines[0].text):
        return 0
    first = lines[0].width
    split = len(lines) > 1 and abs(last.width + HALVES_SPACE + first - measure) <= BOX_SLACK
    opens = abs(first - measure) <= BOX_SLACK or split
    if not opens or not _at(lines[1:-1], measure) or lines[-1].width > measure + BOX_SLACK:
        return 0
    return n


def _at(lines: list[Item], measure: float) -> bool:
    """Whether every line of ``lines`` is as wide as ``measure`` (:data:`BOX_SLACK`)."""
    return all(abs(it.width - measure) <= BOX_SLACK for it in lines)


def over_narrower_box(line: Item, title: Element) -> bool:
    """Whether the one-line ``line`` stands over ``title``, a headline wrapped in a narrow box
    (lines of a few characters), wider than the box's measure and no wider than a label
    (:data:`BOX_LABEL_WIDTH`): a line over a box is its first line only at its measure, so this one is a label set
    over the box (by shape, :func:`~textclean.clean.wrapped.join_wrapped_titles` joined a line over a narrower one).

    Before (PyMuPDF, a 3 em box): ``深度阅读`` (4 em) over ``大力抓`` / ``好农业`` made one title
    ``深度阅读大力抓好农业``; after, the label stands over the title. Not a label: a line at the box's measure
    (``继续推动`` over ``区域协调`` / ``发展``), a line over a one-line title (the box's last line may be narrower),
    a line wider than a label (a half in one line), a line over a title whose line before its last is a lone glyph
    (:data:`LONE_GLYPH_WIDTH`) narrower than the measure: no box's wrap but one line the extractor split (PyMuPDF,
    lay12 fz-13: ``法治副校长`` over ``走`` / ``进课堂``, a lone glyph set apart, is the headline's first line; read
    as a label, its title was ``走进课堂``). A first line of Latin letters and a glyph (``AI走`` / ``进课堂``) is
    the box's own line, its letters narrower than an em each: the label stands over it.

    >>> mk = lambda *ts: Element("title", [Item(k, t, t, float(len(t)), False, True, "text") for k, t in enumerate(ts)], "".join(ts))
    >>> over_narrower_box(mk("深度阅读").items[0], mk("大力抓", "好农业")), over_narrower_box(mk("继续推动").items[0], mk("区域协调", "发展"))
    (True, False)
    >>> over_narrower_box(mk("继续推动").items[0], mk("发展")), over_narrower_box(mk("进一步发展社会主义的商品市场").items[0], mk("逐步完善", "市场体系"))
    (False, False)
    >>> over_narrower_box(mk("法治副校长").items[0], mk("走", "进课堂"))
    False
    >>> from textclean.clean.chardata import text_width
    >>> mkw = lambda *ts: Element("title", [Item(k, t, t, text_width(t), False, True, "text") for k, t in enumerate(ts)], "".join(ts))
    >>> over_narrower_box(mkw("科技前沿").items[0], mkw("AI走", "进课堂"))
    True
    """
    measure = max(it.width for it in title.items)
    split = any(it.width <= LONE_GLYPH_WIDTH < measure - BOX_SLACK for it in title.items[:-1])
    return len(title.items) > 1 and not split and measure + BOX_SLACK < line.width <= BOX_LABEL_WIDTH


def labels_over_title(upper: Element, lower: Element, under: Element | None) -> bool:
    """Whether the one-line titles ``upper`` and ``lower``, set tight, both narrower than a clause
    (:data:`LABEL_PAIR_WIDTH`), stand over ``under``, a title set tight under them whose first line is a full
    headline (:data:`~textclean.clean.tails.MIN_TITLE_UNDER_KICKER`) wider than either (by more than
    :data:`BOX_SLACK`): two labels stacked over a title (a column label over a kicker), not a headline wrapped in a
    narrow box, whose lines all fit the box's measure, the line under it too.

    Before (PyMuPDF, the commentary family): ``学思践悟`` / ``民生观察`` / ``城市更新不是大拆大建`` made the two
    4 em lines one title ``学思践悟民生观察`` by shape (a narrow measure's wrap), over the real title; after, three
    lines: the label, the kicker and the title under them. Not so: a narrow box whose next line is no wider
    (``继续推动`` / ``区域协调`` / ``发展``), lines a clause wide (two halves), a line across a blank line, a short
    line under them (a stack in a narrow head column: ``文化中国行`` / ``汉服雅集`` / ``背后的文化自信``).

    >>> mk = lambda t, gap=False: Element("title", [Item(0, t, t, float(len(t)), gap, False, "text")], t)
    >>> labels_over_title(mk("学思践悟"), mk("民生观察"), mk("城市更新不是大拆大建"))
    True
    >>> labels_over_title(mk("继续推动"), mk("区域协调"), mk("发展")), labels_over_title(mk("学思践悟"), mk("民生观察"), None)
    (False, False)
    >>> labels_over_title(mk("学思践悟"), mk("民生观察"), mk("城市更新不是大拆大建", True))
    False
    >>> labels_over_title(mk("文化中国行"), mk("汉服雅集"), mk("背后的文化自信"))
    False
    >>> labels_over_title(mk("奋进新征程"), mk("建功新时代"), mk("我省新增高新技术企业1200家"))
    False
    >>> labels_over_title(mk("治水"), mk("记"), mk("我省生态环境质量持续改善"))
    False
    """
    if under is None or under.kind != "title" or not under.items or under.items[0].gap_before:
        return False
    if len(upper.items) != 1 or len(lower.items) != 1 or lower.items[0].gap_before:
        return False
    widest = max(upper.items[0].width, lower.items[0].width)
    if min(upper.items[0].width, lower.items[0].width) < LABEL_MIN_WIDTH:
        return False  # (a one-character line: a word cut in two, no label)
    wide = max(widest + BOX_SLACK, MIN_TITLE_UNDER_KICKER - BOX_SLACK)
    return widest < LABEL_PAIR_WIDTH and under.items[0].width > wide


def set_as_label(upper: Element, below: list[Element], above: list[Element]) -> bool:
    """Whether the one-line title ``upper``, set over the title ``below[-1]`` (``below``: the elements under it, the
    nearest last; ``above``: those over it, the nearest last), is a label over it by shape rather than a headline's
    line wrapped into it: over a narrower box (:func:`over_narrower_box`), or one of two labels opening a head
    stack over a full title (:func:`labels_over_title`; a headline line set tight over them, no label itself, such as
    the page's name, makes them a headline's lines: ``推动文化繁荣发展`` / ``非遗焕新`` / ``古韵今风`` /
    ``201项非遗项目走进景区``, kicker, halves, subtitle)."""
    lower, under = below[-1], below[-2] if len(below) > 1 else None
    if over_narrower_box(upper.items[0], lower):
        return True
    return labels_open_stack(upper, lower, under, above[-1] if above else None)


def labels_open_stack(upper: Element, lower: Element, under: Element | None, line: Element | None) -> bool:
    """Whether ``upper`` and ``lower`` are two labels over the title ``under`` (:func:`labels_over_title`) opening a
    head stack: no headline line (``line``, the element right over ``upper``, or None) set tight over them, unless
    it is a label itself (:func:`set_as_label`; :func:`~textclean.clean.labelpairs.join_label_pairs` asks it too)."""
    top = line is None or line.kind != "title" or line.items[-1].gap_after or label_shaped(line.text)
    return (top or upper.items[0].gap_before) and labels_over_title(upper, lower, under)


def rest_of(line: Item, title: Element) -> bool:
    """Whether the title ``title`` may be the rest of a headline whose first line is the one-line title ``line`` set
    over it, asked when the words carry ``line`` on into it (:func:`~textclean.clean.wrapped.join_wrapped_titles`,
    by the text), whatever its lines: each of them text, the first set tight, and ``line`` no wider than their
    measure when that is a narrow box's (:data:`NARROW_MEASURE`; a box's first line fills it, no more; a wider
    headline may balance its lines, ``大力进行社会主义精神文明`` over ``建设 促进改革开放和现代化`` / ``事业的顺利发展``,
    devpages gov-1988-04, pdftotext).

    Before (PyMuPDF, the second layout): ``邓小平理论的`` (6 em) over ``历史地位和指导`` / ``意义`` stood as kicker
    and title (the 的 leaves the upper line open); after, one title. So ``以改革创新`` over ``精神全面推`` /
    ``进党的建设`` / … (``创新精神``, read across the break, is the text's phrase). Not: a kicker wider than the
    box under it (``1964年政府工作报告选读`` over ``我国城`` / ``乡正在`` / …), lines across a blank line.

    >>> mk = lambda *ts: Element("title", [Item(k, t, t, float(len(t)), False, True, "text") for k, t in enumerate(ts)], "".join(ts))
    >>> rest_of(mk("邓小平理论的").items[0], mk("历史地位和指导", "意义")), rest_of(mk("以改革创新").items[0], mk("精神全面推", "进党的建设"))
    (True, True)
    >>> rest_of(mk("1964年政府工作报告选读").items[0], mk("我国城", "乡正在"))
    False
    >>> rest_of(mk("大力进行社会主义精神文明").items[0], mk("建设 促进改革开放和现代化", "事业的顺利发展"))
    True
    """
    measure = max(it.width for it in title.items)
    return (
        not title.items[0].gap_before
        and all(it.role == "text" for it in title.items)
        and (measure > NARROW_MEASURE or line.width <= measure + BOX_SLACK)
    )


#: A quote mark or bracket a font sets half an em narrower than :func:`~textclean.clean.chardata.text_width`
#: reads it (CJK fonts set paired punctuation proportionally): a box's first line holding ``“…”`` may read up to
#: an em wider than the lines under it.
MARK_SLACK = 0.5
#: Quote marks and brackets (:data:`MARK_SLACK`).
BOX_MARKS = "“”‘’《》（）「」"


def first_line_of_box(line: Item, title: Element) -> bool:
    """Whether the one-line ``line`` set over ``title`` is the first line of the narrow box ``title`` is wrapped in:
    ``title`` two lines or more, all at one measure (:data:`NARROW_MEASURE` at most) but the last, no wider, and
    ``line`` at that measure too (to :data:`BOX_SLACK`, and :data:`MARK_SLACK` for each quote mark it holds). A box
    wraps one headline at its measure, so the line runs on into the title with no space: it is no two-part headline's
    upper half, which would end short of the measure (:func:`join_boxed_halves` reads a box so).

    Before (PyMuPDF, a headline in a 5 em head column): ``乡村振兴要`` over ``答好“人”`` / ``这道题`` joined as the
    halves ``乡村振兴要 答好“人”这道题``; after, one headline ``乡村振兴要答好“人”这道题``. Not: a line wider than
    the box (``进一步发展社会主义的商品市场`` over ``逐步完善`` / ``市场体系``, devpages gov-1986-03), a title of one
    line, a box wider than :data:`NARROW_MEASURE`.

    >>> from textclean.clean.chardata import text_width
    >>> it = lambda t: Item(0, t, t, text_width(t), False, True, "text")
    >>> mk = lambda *ts: Element("title", [Item(k, t, t, text_width(t), False, True, "text") for k, t in enumerate(ts)], "".join(ts))
    >>> first_line_of_box(it("乡村振兴要"), mk("答好“人”", "这道题")), first_line_of_box(it("让“无废城市”"), mk("从理念走向日", "常"))
    (True, True)
    >>> first_line_of_box(it("进一步发展社会主义的商品市场"), mk("逐步完善", "市场体系")), first_line_of_box(it("加强统一计划"), mk("发挥中央"))
    (False, False)
    """
    if len(title.items) < 2 or any(it.role != "text" for it in title.items):
        return False
    measure = title.items[0].width
    if measure > NARROW_MEASURE or not _at(title.items[:-1], measure) or title.items[-1].width > measure + BOX_SLACK:
        return False
    marks = sum(line.text.count(ch) for ch in BOX_MARKS)
    return measure - BOX_SLACK <= line.width <= measure + BOX_SLACK + MARK_SLACK * marks


def repeated_lines(elements: list[Element]) -> set[str]:
    """Texts of one-line titles printed more than once on the page: a series label or kicker several
    articles share (``2011年工作回顾`` over two titles), never half of one wrapped headline.

    >>> mk = lambda t: Element("title", [Item(0, t, t, float(len(t)), True, True, "text")], t)
    >>> repeated_lines([mk("2011年工作回顾"), mk("深入推进改革开放"), mk("2011年工作回顾"), mk("大力发展社会事业")])
    {'2011年工作回顾'}
    """
    counts = Counter(e.text for e in elements if e.kind == "title" and len(e.items) == 1)
    return {t for t, n in counts.items() if n > 1}


def label_over_broken_box(upper: Element, lower: Element) -> bool:
    """Whether the one-line title ``upper``, as wide as the title ``lower`` wrapped in a narrow box under it, is the
    box's label rather than its first line: a label's shape (:func:`~textclean.clean.lexicon.label_shaped`) that
    breaks no word into the box, over a box that breaks a word between two of its own lines. A box wraps where its
    measure ends, inside words as often as between them; a label ends with its own words, and the title under it
    wraps on.

    Before (PyMuPDF, a commentary's 4 em head): ``学思践悟`` / ``论人与自`` / ``然和谐共`` / ``生的三重`` / ``维度`` stood as
    one title; after, the label over the title ``论人与自然和谐共生的三重维度`` (自然 broken). Not a label: a first line
    breaking a word into the box (``推进数字中`` / ``国建设需处``) or ending on a one-character word
    (:data:`LABEL_LAST_WORD`), a box whose lines all end between words (``继续推动`` / ``区域协调`` / ``发展``: no
    evidence), a line longer than a label, a line that reads on into the box as its first words (:func:`reads_into_box`:
    ``奋力谱写`` / ``中国式现`` / ``代化新篇`` / ``章``).

    >>> mk = lambda *ts: Element("title", [Item(k, t, t, float(len(t)), False, False, "text") for k, t in enumerate(ts)], "".join(ts))
    >>> label_over_broken_box(mk("学思践悟"), mk("论人与自", "然和谐共", "生的三重", "维度"))
    True
    >>> label_over_broken_box(mk("推进数字中"), mk("国建设需处", "理好几对关", "系")), label_over_broken_box(mk("继续推动"), mk("区域协调", "发展"))
    (False, False)
    """
    top, lines = upper.items[0].text.strip(), [it.text for it in lower.items]
    if len(upper.items) != 1 or len(lines) < 2 or not label_shaped(top) or word_across(top, lines[0]):
        return False
    sizes = [b - a for a, b in itertools.pairwise([0, *sorted(word_ends(top))])]
    if sizes[-1] < LABEL_LAST_WORD <= max(sizes):
        return False  # (a word cut short that the lexicon lacks: ``加大节能减`` / ``排和环境保``, 节能减排)
    if reads_into_box(top):
        return False
    return any(breaks_a_word(a, b) for a, b in itertools.pairwise(lines))


def reads_into_box(top: str) -> bool:
    """Whether a box's label-shaped first line ``top`` reads on into the box under it, as its head's first words:
    it opens with an adverb (:data:`~textclean.clean.lexicon.ADVERB_TAGS`: ``深刻领会`` / ``中国式现``, a modifier and
    its verb), or ends on a word of :data:`LABEL_READS_ON_CHARS` characters or more that is a verb (``全面推进`` /
    ``美丽中国``: its object in the box) or a noun, a word the lexicon tags as none of its word classes (``民营经济`` /
    ``高质量发``: the box's subject, or what it modifies). A label ends on its own words: ``学思践悟``, ``金台随笔``.

    >>> reads_into_box("奋力谱写"), reads_into_box("全面推进"), reads_into_box("民营经济"), reads_into_box("牢牢把握")
    (True, True, True, True)
    >>> reads_into_box("学思践悟"), reads_into_box("金台随笔")
    (False, False)
    """
    words = words_of(top)
    if not words:
        return False
    if word_class(words[0]) in ADVERB_TAGS and words[0] != top:
        return True
    last = words[-1]
    return len(last) >= LABEL_READS_ON_CHARS and word_class(last) in (VERB_TAG, "")
