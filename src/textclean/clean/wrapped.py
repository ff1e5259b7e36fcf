"""Headline lines -> wrapped headlines: two title lines set one under the other that are one headline.

A headline too long for its box wraps; extraction gives its halves as two lines, which :func:`join_wrapped_titles`
joins again when the words across the break say so (the text, a particle, an open clause, a word broken in two:
:mod:`textclean.clean.lexicon`) or, away from the page's top and set tight, their shape. Lines set tight are one
headline already, unless they are more than a title wraps over and the words do not carry on (:func:`kicker_off`); a
subtitle's wrapped end joins it (:func:`continues_subtitle`).
"""

from __future__ import annotations

from textclean.clean.boxed import first_line_of_box, label_over_broken_box, repeated_lines, rest_of, set_as_label
from textclean.clean.boxfill import SAME_MEASURE_SLACK, at_measure, join_filled
from textclean.clean.chardata import has_halves_space, leaves_bracket_open, year_alone
from textclean.clean.clausekickers import clause_over_statement, figure_kicker_shape, kicker_over_halves, statement_page
from textclean.clean.dangling import dangles, modifier_wraps
from textclean.clean.gapwraps import second_half_wraps
from textclean.clean.lexicon import (
    breaks_a_word,
    first_word,
    label_over_clause,
    name_over_clause,
    opens_as_clause,
    opens_as_label,
    opens_with_date,
    word_across,
)
from textclean.clean.roles import Element, Item
from textclean.clean.tails import gap_apart, join_tails, open_preposition, opens_as_kicker, short_tail, word_tail
from textclean.clean.typesetting import BANNER_LAST_LINE

#: Lines of a headline wrapped without a blank line between them are at most this wide (one column's headline).
WRAPPED_HEADLINE_WIDTH = 16.0
#: Each half of a two-part headline is a clause, a verb and what it acts on: at least this wide (em; the devpages'
#: 184 halves hold 4 to 20 characters, 3 of them 4). A narrower line over a title is a label: a second layout
#: sets its column labels (``理论视点``, ``学习贯彻``) as plain 4 em lines tight over the title, which 4 em joined to
#: the title 13 times (PyMuPDF title .55 there, .60 at 5 em; the devpages lose one title).
HALF_MIN_WIDTH = 5.0
#: Characters on each side of a line break that, read across it, must recur in the page's running text.
JUNCTION_CHARS = 2
#: Times the two characters across a break must recur in the page's running text to say the break falls inside
#: a word (:func:`_pair_recurs`).
PAIR_RECURS = 3
#: Characters no headline opens with: the particle 的 only ever follows the words it joins.
CONTINUATION_CHARS = "的"
#: Characters no headline line ends with when the headline goes on below it: a clause mark (the clause after it
#: is still to come), a conjunction (``坚持“引进来”和`` / ``“走出去”相结合``) or the particle 的 (``邓小平理论的`` /
#: ``历史地位``). A kicker never ends so.
OPEN_END_CHARS = "，、：；和与及的"
#: Conjunctions that join two words (``总体要求和政策取向``): a line whose first word is one goes on from the line
#: above (``2022年经济社会发展总体要求`` / ``和政策取向``). Read as a word (:func:`~textclean.clean.lexicon.first_word`):
#: ``和平``, ``与时俱进``, ``及时`` open with the same characters and are no conjunction.
JOINING_CONJUNCTIONS = ("和", "与", "及", "以及")
#: Their first characters: the word is cut only for a line opening with one (cutting is the dear part).
CONJUNCTION_STARTS = "".join(sorted({c[0] for c in JOINING_CONJUNCTIONS}))

#: A headline line at least this much (em) narrower than the line under it is not its wrapped upper half (a
#: headline wraps where the box ends: the upper line is the fuller one, or at most a few em shorter when
#: type balances the lines): at the top of the page it is a banner or kicker over the title.
UNWRAPPED_WIDTH_DIFF = 4.0
#: A subheading wraps over at most this many lines (it is one phrase, set in the body's own measure); a taller
#: stack of short lines is a head: kicker and title, or a title and its subtitle.
SUBHEAD_LINES = 2


def join_wrapped_titles(elements: list[Element]) -> list[Element]:
    """Join two one-line titles, set one under the other, when they are the halves of one wrapped headline.

    The words across the break decide first (:func:`wrapped_halves`), then the shape, so a line joins the neighbour
    it is read with rather than one of its shape. Lines pair from the bottom (a kicker stands above its title; on a
    news page, a clause over a statement: :func:`~textclean.clean.clausekickers.clause_over_statement`).

    Before: ``title 推动党的二十大`` and ``title 精神在工会系统落地见效``, the body saying ``…贯彻党的二十大精神…``;
    after: one ``title`` ``推动党的二十大精神在工会系统落地见效``. Not joined: ``从工运历史中汲取奋进力量`` over
    ``哈尔滨机务段工人运动`` (``力量哈尔`` not in the text); by shape, a line printed twice (:func:`~textclean.clean.boxed.repeated_lines`).
    """
    text = "".join([it.text for e in elements if e.kind == "body" for it in e.items])
    repeated = repeated_lines(elements)
    top = elements[0].first if elements and elements[0].items else 0  # (the page's top printed line)
    statements = statement_page(elements)  # (a news page: a clause over a statement is a kicker, not a half)
    for by_text in (True, False):  # pairs the text vouches for first: a line pairs once
        out: list[Element] = []
        given = {id(e) for e in elements}  # (a title joined in this pass takes no third line)
        for k in range(len(elements) - 1, -1, -1):
            el, nxt = elements[k], out[-1] if out else None
            formed = nxt is not None and kicker_over_halves(el, nxt)  # (no third half, no lead: whatever the text)
            kicker = formed or (statements and nxt is not None and clause_over_statement(el, nxt))  # (by the words)
            if (
                (nxt is not None and nxt.kind == el.kind == "title" and len(el.items) == 1 and not formed)
                and (
                    len(nxt.items) == 1
                    or (rest_of(el.items[0], nxt) if by_text else id(nxt) in given and _one_half(nxt))
                )
                and (by_text or (el.text not in repeated and not kicker and not set_as_label(el, out, elements[:k])))
                and wrapped_halves(el.items[0], _as_one_line(nxt), text, by_text, top)
            ):
                apart = gap_apart(el.items[0]) if by_text else halves_apart(el.items[0], _as_one_line(nxt, whole=True))
                apart = "" if not by_text and first_line_of_box(el.items[0], nxt) else apart  # (a box runs on)
                out[-1] = Element("title", [*el.items, *nxt.items], el.text + apart + nxt.text)
                if not apart and len(nxt.items) == 1:
                    given.add(id(out[-1]))  # (one clause wrapped in a narrow measure: a half, as the extractor's)
                continue
            if not (nxt is None or kicker) and (
                (by_text and _runs_on(el, nxt))
                or (
                    _wraps_into(el, nxt)
                    and _below_top(el, nxt, top, by_text)
                    and not _label_over_box(elements[:k], el, nxt)
                )
            ):
                out[-1] = Element("title", [*el.items, *nxt.items], el.text + nxt.text)
                continue
            out.append(el)
        elements = out[::-1] if not by_text else join_filled(out[::-1])  # (a box's wrapped pieces, before shape)
    return join_tails(join_filled(elements))


def _split_line(title: Element) -> bool:
    """Whether a title of two lines is one printed line the extractor split: its first line narrower than its
    second, broken inside a word (:func:`~textclean.clean.lexicon.breaks_a_word`). A headline wrapped at its
    measure fills its first line, or balances its lines between words; PyMuPDF splits ``全面推进国防和军队现代化``
    as ``全面推进国`` / ``防和军队现代化``. Such a title pairs by shape with a one-line title over it, as one line
    (:func:`_as_one_line`); a title wrapped so does not (``推动社保经办服务`` / ``规范化智能化便民化`` under a kicker).

    >>> mk = lambda *ts: Element("title", [Item(k, t, t, float(len(t)), False, True, "text") for k, t in enumerate(ts)], "".join(ts))
    >>> _split_line(mk("全面推进国", "防和军队现代化")), _split_line(mk("推动社保经办服务", "规范化智能化便民化"))
    (True, False)
    """
    return (
        len(title.items) == 2
        and title.items[0].width < title.items[1].width
        and breaks_a_word(title.items[0].text, title.items[1].text)
    )


def _one_half(title: Element) -> bool:
    """Whether a title of two lines may be the lower half of a two-part headline: one printed line the extractor
    split (:func:`_split_line`), or one half wrapped (:func:`_wrapped_half`)."""
    return _split_line(title) or _wrapped_half(title)


def _wrapped_half(title: Element) -> bool:
    """Whether a title of two lines set tight is one clause wrapped at its measure: its second line no wider than
    its first. The lower half of a two-part headline set in a narrow measure wraps so (PyMuPDF:
    ``进一步发展社会主义的商品市场`` over ``逐步完善`` / ``市场体系``, ``深入实施科教兴国战略`` over ``强化高质量发展的基础支`` /
    ``撑``): it pairs by shape with a one-line title over it, as one line (:func:`_as_one_line`). Not a wrapped half:
    a second line wider than the first (a title in two lines of its own, ``推动社保经办服务`` / ``规范化智能化便民化``),
    a title holding a comma (two clauses already, a whole headline: ``坚持和健全民主集中制，`` / ``维护党的团结和统一``
    under its kicker ``加强党的建设和改善党的领导``; none of the devpages' 92 two-part headlines holds one), three lines or more, lines across a blank.

    >>> mk = lambda *ts: Element("title", [Item(k, t, t, float(len(t)), False, True, "text") for k, t in enumerate(ts)], "".join(ts))
    >>> _wrapped_half(mk("逐步完善", "市场体系")), _wrapped_half(mk("强化高质量发展的基础支", "撑"))
    (True, True)
    >>> _wrapped_half(mk("推动社保经办服务", "规范化智能化便民化")), _wrapped_half(mk("甲乙丙丁", "甲乙", "甲"))
    (False, False)
    >>> _wrapped_half(mk("坚持和健全民主集中制，", "维护党的团结和统一"))
    False
    """
    return (
        len(title.items) == 2
        and "，" not in title.text
        and not title.items[1].gap_before
        and title.items[1].width <= title.items[0].width + SAME_MEASURE_SLACK
    )


def _as_one_line(title: Element, whole: bool = False) -> Item:
    """A title's lines as one line of its widest line's width (``whole``: of all its lines' widths, the width
    its text would take on one line), to pair by shape with a one-line title over it (:func:`wrapped_halves`):
    the lower half of a two-part headline may be split (:func:`_split_line`: ``加强党的执政能力建设`` over
    ``提高党的领`` / ``导水平和执政水平``, PyMuPDF, the upper half read as the kicker) or wrapped (:func:`_wrapped_half`)."""
    if len(title.items) == 1:
        return title.items[0]
    first = title.items[0]
    role = first.role if all(it.role == first.role for it in title.items) else "marker"  # (mixed: pairs with none)
    width = sum(it.width for it in title.items) if whole else max(it.width for it in title.items)
    return Item(first.no, title.text, title.text, width, first.gap_before, title.items[-1].gap_after, role)


def _runs_on(upper: Element, lower: Element) -> bool:
    """Whether the title ``upper``, of several lines, goes on in the title ``lower`` set tight under it: its last
    line breaks a word the first line of ``lower`` ends (:func:`~textclean.clean.lexicon.breaks_a_word`).

    Before (PyMuPDF): ``充分认识改革中兼顾当`` / ``前利益和长远利`` and ``益、局部利益和全局利`` / ``益的必要性``
    (利 / 益: one word) stood as two titles, the upper one then read as a kicker; after, one title. Not joined:
    one-line titles (:func:`wrapped_halves` pairs those), lines across a blank line, a break between words.
    """
    if upper.kind != "title" or lower.kind != "title" or (len(upper.items) == len(lower.items) == 1):
        return False
    last, first = upper.items[-1], lower.items[0]
    return not first.gap_before and last.role == first.role == "text" and breaks_a_word(last.text, first.text)


def _wraps_into(upper: Element, lower: Element) -> bool:
    """Whether the one-line title ``upper`` is the first line of the title ``lower`` (of several lines) set tight under
    it: the upper line and all of the lower's lines but the last are equally wide (:data:`SAME_MEASURE_SLACK`), the
    last no wider: one headline wrapped at its measure, line after full line. Not when the upper line opens as a
    label (:func:`~textclean.clean.lexicon.opens_as_label`, not :func:`~textclean.clean.tails.open_preposition`).

    Before (PyMuPDF, devpages gov-2023-02): ``扩大国内有效需求`` (8 em) over ``推进区域协调发展`` (8 em) /
    ``和新型城镇化`` was a kicker over a title (the last two lines joined as one: 和 opens no headline); after,
    one title of the three lines; so ``2014年`` over ``工作回`` / ``顾`` (a year alone names nothing, no label:
    :func:`~textclean.clean.chardata.year_alone`). Not joined: ``2014年重点工作`` over ``增强内需拉动经`` /
    ``济的主引擎作用`` (a dated label, as wide by chance), an upper line of another width, lines across a blank line.

    >>> mk = lambda *ts: Element("title", [Item(k, t, t, float(len(t)), False, True, "text") for k, t in enumerate(ts)], "".join(ts))
    >>> _wraps_into(mk("扩大国内有效需求"), mk("推进区域协调发展", "和新型城镇化"))
    True
    >>> _wraps_into(mk("2014年重点工作"), mk("增强内需拉动经", "济的主引擎作用")), _wraps_into(mk("扩大内需"), mk("推进区域协调发展", "和新型城镇化"))
    (False, False)
    """
    if upper.kind != "title" or lower.kind != "title" or len(upper.items) != 1 or len(lower.items) < 2:
        return False
    if lower.items[0].gap_before:
        return False
    measure = upper.items[0].width
    return (
        at_measure(lower.items[:-1], measure)
        and lower.items[-1].width <= measure + SAME_MEASURE_SLACK
        and (not opens_as_label(upper.text) or year_alone(upper.text) or open_preposition(upper.text))
    )


def _below_top(upper: Element, lower: Element, top: int, by_text: bool) -> bool:
    """Whether shape may make ``upper`` the first line of box ``lower``: below the top line, or there by the words'
    pass right over it (a top line the dropped date line stood under is a page's name: ``评论`` / ``第12版…`` / ``纵论``)."""
    last = upper.items[-1]
    return upper.first > top or (by_text and lower.items[0].no - last.no <= 1 + last.gap_after)


def _label_over_box(above: list[Element], upper: Element, lower: Element) -> bool:
    """Whether the one-line title ``upper``, as wide as the lines of the title ``lower`` wrapped in a narrow box
    under it (:func:`_wraps_into`), is a column label set over the box rather than its first line: a label over a
    clause by the words (:func:`~textclean.clean.lexicon.label_over_clause`), and the top of its stack (the
    headline line set tight over it, if any, does not go on into it, :func:`goes_on`: ``1964年政府工作报`` /
    ``告选读`` is a kicker's end).

    Before (PyMuPDF, the second layout): ``深度阅读`` / ``促进祖国`` / ``和平统一`` / ``大业`` (4 em each, but the last)
    made one title ``深度阅读促进祖国和平统一大业``; after, the label ``深度阅读`` over the title. Not parted:
    ``继续推动`` / ``区域协调`` / ``发展`` (no clause under it), ``必须努力`` / ``做到财政`` / … (an adverb opens the upper).

    >>> mk = lambda *ts: Element("title", [Item(k, t, t, float(len(t)), False, True, "text") for k, t in enumerate(ts)], "".join(ts))
    >>> _label_over_box([], mk("深度阅读"), mk("促进祖国", "和平统一", "大业"))
    True
    >>> _label_over_box([mk("1964年政府工作报")], mk("告选读"), mk("我国城", "乡正在"))
    False
    >>> _label_over_box([], mk("继续推动"), mk("区域协调", "发展")), _label_over_box([], mk("必须努力"), mk("做到财政", "收支"))
    (False, False)
    """
    if not (label_over_clause(upper.text, lower.items[0].text) or label_over_broken_box(upper, lower)):
        return False
    top = upper.items[0]
    last = above[-1].items[-1] if above and above[-1].kind == "title" else None
    return last is None or top.gap_before or last.role != "text" or not goes_on(last, top)


def wrapped_halves(upper: Item, lower: Item, text: str, by_text: bool, top: int) -> bool:
    """``upper`` and ``lower`` are the halves of one wrapped headline: by the words across the break
    (``by_text``), else by their shape alone (``top``: the page's top printed line).

    A headline wrapped over two lines breaks inside a phrase: read across the break, it is a phrase the articles'
    ``text`` uses, the lower line opens with a particle no headline opens with (:func:`_continues_a_phrase`), or the
    upper ends on a word that wants a predicate (:func:`~textclean.clean.dangling.modifier_wraps`), or the upper's
    second half is cut short by the line's end (:func:`~textclean.clean.gapwraps.second_half_wraps`); a kicker and
    its title meet at a phrase boundary the text almost never prints. Save where the words themselves
    carry one line on into the other (:func:`goes_on`), both lines must be short, and a banner set in at the top of
    the page never joins; from the page's top printed line, as likely a banner over a kicker as a title's half,
    shape alone joins nothing (not the top three: PyMuPDF's halves under a banner went unjoined), nor across a
    blank line: pdfminer and pdftotext print a wrapped headline's lines tight (all 224 on the devpages), so a blank
    between two short headline lines parts a kicker from its title (``党的十九大报告摘编`` ∅ ``加强社会保障体系建设``:
    by shape they joined 47 times on the devpages, never rightly). Nor does shape join an upper line that opens as
    a label (:func:`~textclean.clean.lexicon.opens_as_label`: ``1957年政府工作报告摘编`` over ``关于教育改革问题``):
    on PyMuPDF's devpages, where no blank line parts a kicker from its title, shape joined 34 kickers to their
    titles; a two-part headline's halves are two clauses, each opening with its verb (``加快发展现代农业`` /
    ``促进农民持续增收``). Nor a lower line that opens with a date or a count (a label read
    after its title: :func:`kicker_off`). A lower line opening with a conjunction goes on from the upper one
    whatever it opens with (:func:`_opens_with_conjunction`). By shape the two lines may differ in width as their
    clauses do (``加强统一计划`` / ``发挥中央和地方两个积极性``, 6 and 12 em: a kicker is no shorter than a half; the lower line used
    to be held to 3 em more than the upper, and 14 em at most, which left 6 of PyMuPDF's devpages titles in halves,
    the upper read as the kicker), but neither may be a two-part headline of its own
    (:func:`~textclean.clean.chardata.has_halves_space`), nor narrower than a clause over a wider line
    (:data:`HALF_MIN_WIDTH`: a label's way), nor may the upper line hold a kicker's figure (a date; a count over a wider line)
    (:func:`~textclean.clean.clausekickers.figure_kicker_shape`: ``学习1981年政府工作报告``, ``一季度交付量同比增长41%``, a
    kicker); a narrower line over one no wider is a headline wrapped in a narrow measure (``继续推动`` / ``区域协调`` / ``发展``, a title set beside its body in 4 em), joined
    with no space (:func:`halves_apart`), and a line at the measure of the wrapped title under it is its first line
    (:func:`_wraps_into`) by shape too, as is a word or two wrapped under a much wider line, whatever that line's
    width and opening (its tail: :func:`~textclean.clean.tails.short_tail`; a word too short for a headline:
    :func:`~textclean.clean.tails.word_tail`), below the page's top line.
    """
    if _set_in_banner(upper) or upper.role != "text" or lower.role != "text":
        return False
    if by_text and _carries_on(upper, lower):
        return True  # (the words alone, or the halves' gap it ends at: a title line of any width may wrap so)
    if not by_text and upper.no > top and (short_tail(upper, lower) or word_tail(upper, lower)):
        return True
    if max(upper.width, lower.width) > WRAPPED_HEADLINE_WIDTH:
        return False
    if by_text and leaves_bracket_open(upper.text):
        return True  # (a quote the line opens and the lower closes: ``非遗传承重在“见人`` / ``见物见生活”``)
    if by_text:
        n = JUNCTION_CHARS
        if len(upper.text) >= n and len(lower.text) >= n and upper.text[-n:] + lower.text[:n] in text:
            return True
        return _pair_recurs(upper.text, lower.text, text)
    return (
        upper.no > top
        and (min(upper.width, lower.width) >= HALF_MIN_WIDTH or lower.width <= upper.width + SAME_MEASURE_SLACK)
        and not lower.gap_before
        and not figure_kicker_shape(upper.text, upper.width, lower.text, lower.width)  # (a kicker's way)
        and not has_halves_space(upper.text)
        and not has_halves_space(lower.text)
        and not opens_as_kicker(upper, lower)  # (the word cuts last: they are the dear tests)
        and not opens_with_date(lower.text)
    )


def _carries_on(upper: Item, lower: Item) -> bool:
    """The words carry the headline line ``upper`` on into ``lower`` whatever their widths (:func:`wrapped_halves`)."""
    return bool(
        goes_on(upper, lower)
        or _opens_with_conjunction(lower)
        or gap_apart(upper)
        or modifier_wraps(upper, lower)
        or second_half_wraps(upper, lower)
    )


def _pair_recurs(upper: str, lower: str, text: str) -> bool:
    """Whether the two characters across the break recur in the page's running ``text`` (:data:`PAIR_RECURS`
    times or more) and the lower line opens mid-phrase, not as a clause
    (:func:`~textclean.clean.lexicon.opens_as_clause`): a headline wrapped inside a word jieba does not know
    (``过去五年的工作和新`` / ``时代十年的伟大变革``: 新时 recurs, 新时代 is no dictionary word).

    >>> text = "新时代的新征程。新时代十年。进入新时代。"
    >>> _pair_recurs("过去五年的工作和新", "时代十年的伟大变革", text), _pair_recurs("党的二十大报告摘编", "新时代新征程", text)
    (True, False)
    >>> _pair_recurs("过去五年的工作和新", "时代十年的伟大变革", "新时代。")
    False
    """
    a, b = upper.rstrip()[-1:], lower.lstrip()[:1]
    return bool(a and b) and text.count(a + b) >= PAIR_RECURS and not opens_as_clause(lower)


def goes_on(upper: Item, lower: Item) -> bool:
    """The words say ``upper`` goes on in ``lower``: it opens with a particle, ``upper`` leaves a clause open,
    or the break falls inside a word.

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t: Item(0, t, t, text_width(t), True, True, "text")
    >>> goes_on(mk("一定要把党的各级领"), mk("导班子整顿好")), goes_on(mk("党的九大报告摘编"), mk("全党、全国人民团结"))
    (True, False)
    """
    return continues_a_phrase(lower) or left_open(upper) or word_across(upper.text, lower.text)


def _opens_with_conjunction(lower: Item) -> bool:
    """A headline line whose first word is a conjunction joining two words goes on from the headline line above:
    no headline opens so (``2022年经济社会发展总体要求`` / ``和政策取向``). Asked of two title lines only: under a
    head, a body line so opened is another column's text going on (pdftotext: ``关于经济体制改革`` over
    ``和提高经济效益的原则，…``).

    >>> from textclean.clean.chardata import text_width
    >>> [_opens_with_conjunction(Item(0, t, t, text_width(t), True, True, "text")) for t in ("和政策取向", "和平发展")]
    [True, False]
    """
    return lower.text[:1] in CONJUNCTION_STARTS and first_word(lower.text) in JOINING_CONJUNCTIONS


def halves_apart(upper: Item, lower: Item) -> str:
    """What parts two headline lines joined by their shape alone (:func:`wrapped_halves`): the space of a two-part
    headline, whose two clauses it parts in place of a comma (kept in the title:
    :func:`~textclean.clean.articles.headline_text`); nothing when a line holds a comma already (none of the
    devpages' 92 two-part headlines does), or is narrower than a clause (:data:`HALF_MIN_WIDTH`: a headline set in
    a narrow measure, ``区域协调`` / ``发展``): one headline wrapped between its words.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, True, "text")
    >>> halves_apart(mk("加强统一计划"), mk("发挥中央和地方两个积极性")), halves_apart(mk("关心群众生活，做好"), mk("就业和社会保障工作"))
    (' ', '')
    >>> halves_apart(mk("区域协调"), mk("发展"))
    ''
    """
    if "，" in upper.text or "，" in lower.text or min(upper.width, lower.width) < HALF_MIN_WIDTH:
        return ""
    return " "


def continues_a_phrase(item: Item) -> bool:
    """``item`` opens with a particle that follows a word (``的重要历史意义``): it is the lower half of a wrapped line.

    >>> from textclean.clean.chardata import text_width
    >>> [continues_a_phrase(Item(0, t, t, text_width(t), True, True, "text")) for t in ("的重要历史意义", "重要意义", "")]
    [True, False, False]
    """
    return item.text.startswith(tuple(CONTINUATION_CHARS))


def left_open(item: Item) -> bool:
    """``item`` ends with a clause mark, a conjunction, a preposition or a year (:func:`~textclean.clean.dangling.dangles`:
    ``…国家对于``, ``学习贯彻2023年``; no headline ends so): the line goes on in the next.

    >>> from textclean.clean.chardata import text_width
    >>> [left_open(Item(0, t, t, text_width(t), True, True, "text")) for t in ("坚持以邓小平理论为指导，", "坚持“引进来”和", "党的十六大报告摘编")]
    [True, True, False]
    """
    return item.text.rstrip().endswith(tuple(OPEN_END_CHARS)) or dangles(item.text)


def _set_in_banner(item: Item) -> bool:
    """A line at the top of the page set in from the margin (a centred banner)."""
    return item.no <= BANNER_LAST_LINE and item.raw[:1].isspace()


def continues_subtitle(above: Item, item: Item, spaced: bool) -> bool:
    """``item`` is the wrapped end of the subtitle line ``above``: short text set tight under it (on a page
    with blank lines), or the words carry on into it (:func:`goes_on`: ``——以改革创新精神全面推进党的建`` /
    ``设新的伟大工程``, or it opens with a particle no headline opens with).

    >>> mk = lambda t, gb, role="text": Item(0, t, t, float(len(t)), gb, True, role)
    >>> continues_subtitle(mk("——坚持长期稳定发展经济", True, "attribution"), mk("的方针", False), True)
    True
    >>> continues_subtitle(mk("——坚持长期稳定发展经济", True, "attribution"), mk("推进改革发展", True), True)
    False
    >>> continues_subtitle(mk("——以改革创新精神全面推进党的建", True, "attribution"), mk("设新的伟大工程", True), False)
    True
    """
    if item.role != "text" or item.width > WRAPPED_HEADLINE_WIDTH or above.ends:
        return False
    return (spaced and not item.gap_before) or goes_on(above, item)


def kicker_off(group: list[Item]) -> list[list[Item]]:
    """A stack of more tight headline lines than a title wraps over, whose first line the words do not carry on
    into the second (:func:`~textclean.clean.wrapped.goes_on`): that line apart (a kicker over a wrapped title).
    At the page's top, two such lines part too when the lower is much the wider (a wrapped line is the fuller one)
    or opens with a date or a count (:func:`~textclean.clean.lexicon.opens_with_date`: a head of its own, as
    ``重要文献`` set tight over ``2021年工作回顾``: pdftotext printed the banner and the first title as one block).
    Anywhere, two lines part when the lower opens with a date or a count and the upper does not break a word into it:
    a label read after its title (pdftotext, the second layout: ``进一步加强“三农”工作`` / ``2005年政府工作报告摘编``,
    the kicker printed over the title), or a kicker and title both dated (``1975年政府工作报告摘编`` /
    ``1975年政府工作报告``); and when a name stands over a clause (:func:`~textclean.clean.lexicon.name_over_clause`:
    pdfminer's ``党的十七大报告摘编`` / ``促进国民经济又好又快发展``, one block). Not parted: ``1998年工作回顾和19`` /
    ``99年工作的总体要求`` (inside a number), ``2019年经济社会发展`` / ``总体要求和政策取向`` (mid-phrase).

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t: Item(0, t, t, text_width(t), True, True, "text")
    >>> [[it.text for it in g] for g in kicker_off([mk("党的九大报告摘编"), mk("全党、全国人民团结"), mk("起来，争取更大的胜利")])]
    [['党的九大报告摘编'], ['全党、全国人民团结', '起来，争取更大的胜利']]
    >>> len(kicker_off([mk("一定要把党的各级领"), mk("导班子整顿好、建设"), mk("好")]))
    1
    >>> len(kicker_off([mk("重要文献"), mk("2021年工作回顾")])), len(kicker_off([mk("推动党的二十大精神"), mk("在工会系统落地见效")]))
    (2, 1)
    >>> low = lambda t: Item(40, t, t, text_width(t), True, True, "text")  # (a line below the page's top)
    >>> len(kicker_off([low("进一步加强“三农”工作"), low("2005年政府工作报告摘编")]))
    2
    >>> len(kicker_off([low("1998年工作回顾和19"), low("99年工作的总体要求")]))
    1
    >>> len(kicker_off([low("党的十七大报告摘编"), low("促进国民经济又好又快发展")])), len(kicker_off([low("2019年经济社会发展"), low("总体要求和政策取向")]))
    (2, 1)
    """
    if group[0].role != "text" or len(group) < 2 or goes_on(group[0], group[1]):
        return [group]
    narrower = group[1].width - group[0].width >= UNWRAPPED_WIDTH_DIFF  # a wrapped line is the fuller one
    at_top = group[0].no <= BANNER_LAST_LINE
    if len(group) == 2 and not word_across(upper := group[0].text, lower := group[1].text):
        if opens_with_date(lower) or name_over_clause(upper, lower) or label_over_clause(upper, lower):
            return [group[:1], group[1:]]
    if len(group) <= SUBHEAD_LINES and not (at_top and (narrower or opens_with_date(group[1].text))):
        return [group]
    return [group[:1], group[1:]]
