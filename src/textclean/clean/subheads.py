"""Subheadings among a body's lines and blocks.

Two kinds (the seeds print the first, report excerpts mostly the second):

* a short line, or up to :data:`MAX_HEADING_LINES` lines, with no sentence punctuation, standing between
  the end of one paragraph and the first line of the next, set apart by blank lines or, in a body printed
  without any (PyMuPDF's text), one line (:func:`heading_spans`, on lines);
* a numbered one (``（四）加快金融体制改革。``, ``一、…``, ``第五，…``): a paragraph of one short phrase or
  sentence after a section number, followed by running text (:func:`mark_numbered_headings`, on
  blocks); numbered paragraphs next to each other are a list, not subheadings.
"""

from __future__ import annotations

import re

from textclean.clean.bylinefirst import DATELINE_START_RE
from textclean.clean.chardata import (
    BOX_GLYPHS,
    CJK_RE,
    CLAUSE_PUNCT_RE,
    HAN,
    LIST_NUMBER_RE,
    NUMBERED_HEADING_RE,
    PARAGRAPH_OPENER_RE,
    SECTION_NUMBER_RE,
    ends_sentence,
    leaves_bracket_open,
    set_width,
    width_with_wide_digits,
)
from textclean.clean.lexicon import breaks_a_word
from textclean.clean.repair import join_lines
from textclean.clean.roles import Item, set_column
from textclean.clean.sections import numbers_run_on
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT, INDENTED_LINE, WINDOW
from textclean.clean.wrapped import goes_on
from textclean.models import Block

#: Subheadings are at least this much (em) shorter than the column: a line nearer to it is running text,
#: such as a paragraph's first line, short by its indent and often by a kinsoku em (3 em).
HEADING_SHORTFALL = 3.5
#: The line after a subheading is running text when at least this much (em) wider than the subheading ...
WIDER_THAN_HEADING = 2.0
#: ... or at most :data:`INDENTED_LINE` and this much (em) short of a first line (the column less the indent).
FIRST_LINE_SLACK = 0.5
#: A numbered subheading holds at most this many characters: three lines (:data:`MAX_HEADING_LINES`)
#: of a narrow 15 em column; a longer numbered sentence leads a paragraph or a list item.
NUMBERED_HEADING_MAX_CHARS = 45
#: Marks that end a subheading's text too early: it is a sentence of running text.
HEADING_STOP_RE = re.compile("[。！？；：!?;:]")
#: A subheading spans at most this many printed lines.
MAX_HEADING_LINES = 3
#: Latin letters: a line holding them measures short of its printed width (capitals are set wider than half an em).
LATIN_LETTER_RE = re.compile("[A-Za-z]")
#: A body printed without blank lines (:func:`printed_tight`) is told from one line at least this long: two
#: lines are a title over a first line more often than a body.
MIN_TIGHT_LINES = 3


def _opens_paragraph(items: list[Item], k: int, col: float, heading_width: float) -> bool:
    """``items[k]``, the line after a subheading, is running text (clause punctuation, clearly
    wider than the subheading, or about the column less the indent) that starts a paragraph,
    so it is not a full line (its indent was lost).

    Short of the column by its width, or as type sets it: a line holding several marks
    fills the column with more characters, so with its marks squeezed (:func:`set_width`)
    it is measured against the column squeezed alike (:func:`_set_column_at`).
    """
    item = items[k]
    text_like = (
        bool(CLAUSE_PUNCT_RE.search(item.text))
        or item.width >= heading_width + WIDER_THAN_HEADING
        or item.width >= col - INDENT - INDENTED_LINE - FIRST_LINE_SLACK
    )
    if not text_like:
        return False
    return (
        item.width <= col - FULL_LINE_SLACK
        or set_width(item.text, item.width) <= _set_column_at(items, k) - FULL_LINE_SLACK
    )


def _opens_dense_piece(items: list[Item], k: int) -> bool:
    """``items[k]`` is running text with clause punctuation set against the text line under it
    (no blank between): the first line of a dense piece, whatever its width."""
    return (
        k + 1 < len(items)
        and not items[k].gap_after
        and items[k].role == items[k + 1].role == "text"
        and bool(CLAUSE_PUNCT_RE.search(items[k].text))
    )


def _set_column_at(items: list[Item], k: int) -> float:
    """The column around line ``k`` measured with punctuation squeezed: :func:`set_column` of the
    text lines within ``WINDOW`` lines.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> _set_column_at([mk("甲乙丙丁戊己庚辛"), mk("甲乙，丙丁，戊己庚辛"), mk("甲乙丙丁戊己庚辛")], 1)
    8.0
    """
    return set_column([it for it in items[max(0, k - WINDOW) : k + WINDOW + 1] if it.role == "text"])


def is_heading_text(text: str) -> bool:
    """Text that can be a subheading: no sentence punctuation, no final punctuation; a
    numbered one (``一、…``) may hold one comma, an unnumbered one none.

    >>> is_heading_text("一、以习近平法治思想为引领，根植法治工会理念"), is_heading_text("加强职业教育与培训")
    (True, True)
    >>> is_heading_text("一是突出导向，培养人才。"), is_heading_text("目标，构建工会法律制度体系")
    (False, False)
    >>> is_heading_text("二是切实推动职业技能等级认")
    False
    """
    if not text or HEADING_STOP_RE.search(text) or not CJK_RE.match(text[-1]) or CLAUSE_PUNCT_RE.match(text[-1]):
        return False
    if PARAGRAPH_OPENER_RE.match(text):
        return False
    m = NUMBERED_HEADING_RE.match(text)
    rest = text[m.end() :] if m else text
    commas = len(CLAUSE_PUNCT_RE.findall(rest))
    return commas <= (1 if m else 0)


def _clearly_short(items: list[Item], cols: list[float], first: int, last: int) -> bool:
    """Every line from ``items[first]`` to ``items[last]`` is a text line :data:`HEADING_SHORTFALL` shorter than
    its column (``cols``); a loop that stops at the first line that is not (most often the first).

    >>> mk = lambda w, role="text": Item(0, "", "", w, True, True, role)
    >>> items = [mk(10.0), mk(12.0), mk(10.0, "attribution")]
    >>> _clearly_short(items, [15.0] * 3, 0, 0), _clearly_short(items, [15.0] * 3, 0, 1), _clearly_short(items, [20.0] * 3, 1, 2)
    (True, False, False)
    """
    for k in range(first, last + 1):
        if items[k].role != "text" or not items[k].width <= cols[k] - HEADING_SHORTFALL:
            return False
    return True


def printed_tight(items: list[Item]) -> bool:
    """Whether a body of at least :data:`MIN_TIGHT_LINES` lines was printed with no blank line between its lines, as
    PyMuPDF prints every page: no blank line sets a subheading apart there.

    >>> mk = lambda gb: Item(0, "甲", "甲", 1.0, gb, True)
    >>> printed_tight([mk(True), mk(False), mk(False)]), printed_tight([mk(False), mk(True), mk(False)])
    (True, False)
    >>> printed_tight([mk(False), mk(False)])
    False
    """
    return len(items) >= MIN_TIGHT_LINES and not any(it.gap_before for it in items[1:])


def heading_spans(items: list[Item], cols: list[float], ends: list[bool] | None = None) -> dict[int, int]:
    """Find subheadings; return ``{first index: last index}`` of each.

    A subheading is one line, or up to ``MAX_HEADING_LINES`` lines set without
    a blank between them, whose text passes :func:`is_heading_text`; every
    line is clearly shorter than the column; it follows the end of a
    paragraph (not another subheading) and is followed by the first line of a
    paragraph: running text short of the column by its lost indent (not a
    full line, as the second line of a paragraph is), or any running text
    that opens a dense piece, where blank lines are the paragraph breaks.

    In a body printed without blank lines (:func:`printed_tight`: PyMuPDF's text) no blank sets a subheading
    apart: there it is one line, over a paragraph's first line that its words do not carry on into
    (:func:`~textclean.clean.wrapped.goes_on`). Before, ``…生活富裕。`` / ``鼓励企业承担主体责任`` /
    ``一是依托企业建设一批产业工人技能`` … (no blank lines) read as running text, the subheading the opening of the
    paragraph under it; after, a subheading. Not so: a short line whose words go on in the next
    (``关于工资制度问`` / ``题，…``), or one over a full line, its digits set wide (:func:`_indented`:
    ``…扣除比例由50% 提高到`` / ``75%，千方百计…``).

    ``ends``: whether each line ends a sentence (:func:`ends_sentence`), when
    the caller already knows.

    >>> mk = lambda t, w=None, gb=False: Item(0, t, t, float(w or len(t)), gb, True)
    >>> full, first = mk("甲" * 16), mk("乙" * 14)
    >>> heading_spans([full, mk("甲乙丙。"), mk("鼓励企业承担主体责任"), first, full], [16.0] * 5)
    {2: 2}
    >>> heading_spans([full, mk("甲乙丙。"), mk("鼓励企业承担主体责任"), full, full], [16.0] * 5)
    {}
    """
    if ends is None:
        ends = [ends_sentence(it.text) for it in items]
    spans: dict[int, int] = {}
    last_lines: set[int] = set()  # the last line of each subheading found
    n = len(items)
    tight = printed_tight(items)
    # the lines right under the end of a paragraph, set apart by a blank (few): only these are measured
    under_ends = [
        i
        for i, (above, it, above_ends) in enumerate(zip(items, items[1 : n - 1], ends, strict=False), 1)
        if (above_ends or above.role == "attribution") and (it.gap_before or tight)
    ]
    after = 0  # the line after the last subheading found: the next one starts no higher
    for i in under_ends:
        if i < after or (i - 1) in last_lines:
            continue
        end = i
        while not tight and end + 1 < n and not items[end].gap_after and end - i + 1 < MAX_HEADING_LINES:
            end += 1
        if tight and _glyph_head_wrapped(items, cols, i):
            end = i + 1
        elif not ((items[end].gap_after or tight) and end + 1 < n and _is_subheading(items, cols, i, end, tight)):
            continue
        spans[i] = end
        last_lines.add(end)
        after = end + 1
    return spans


def _glyph_head_wrapped(items: list[Item], cols: list[float], i: int) -> bool:
    """Whether ``items[i]``, opening with a glyph (:data:`~textclean.clean.chardata.BOX_GLYPHS`) after a paragraph's
    end in text printed tight, and the clearly short line under it are one subheading wrapped by a narrow column:
    heading text together, words that do not go on into the line under them, which opens a paragraph. So too a
    first line with no glyph as full as its column and broken inside a word (a subheading set in the body's own
    type, wrapped at the measure: :func:`~textclean.clean.headfit.subhead_in_body_type`; lay16 op-31,
    ``以制度保障民主落到实`` / ``处``).

    Before (PyMuPDF, an opinion page, a 10 em column): ``…还不够紧密。`` / ``◆ 专业设置要跟着产`` / ``业走`` /
    ``职业院校要建立专`` / ``业动态调整机制，定期`` ran the head into the paragraph; after, a subheading. Not so: a
    glyph-led line of running text (a mark in it), over a full line, or with no paragraph opening under it.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> lines = [mk("不够紧密。"), mk("◆ 专业设置要跟着产"), mk("业走"), mk("职业院校要建立专"), mk("业动态调整机制，定期"), mk("甲" * 10)]
    >>> _glyph_head_wrapped(lines, [10.0] * 6, 1)
    True
    >>> _glyph_head_wrapped([lines[0], mk("以制度保障民主落到实"), mk("处"), *lines[3:]], [10.0] * 6, 1)
    True
    >>> _glyph_head_wrapped([lines[0], mk("以制度保障民主落实"), mk("处"), *lines[3:]], [10.0] * 6, 1)
    False
    >>> lines[2] = mk("业走，要跟着市场需")
    >>> _glyph_head_wrapped(lines, [10.0] * 6, 1)
    False
    """
    if i + 3 >= len(items) or items[i + 1].role != "text":
        return False
    head = items[i].text
    if head[:1] in BOX_GLYPHS:
        head = head[1:].strip()
    elif not (items[i].width >= cols[i] and breaks_a_word(head, items[i + 1].text)):
        return False  # (no glyph: a line short of the column is the other rules' (a head set in larger type))
    if not _clearly_short(items, cols, i + 1, i + 1) or not is_heading_text(join_lines([head, items[i + 1].text])):
        return False
    return (
        _opens_paragraph(items, i + 2, cols[i + 2], items[i + 1].width)
        and _indented(items, i + 2, cols[i + 2])
        and not goes_on(items[i + 1], items[i + 2])
    )


def _is_subheading(items: list[Item], cols: list[float], i: int, end: int, tight: bool) -> bool:
    """Whether ``items[i:end + 1]``, set apart after a paragraph's end, are a subheading (:func:`heading_spans`):
    clearly short, heading text, over a paragraph's first line (or, where blank lines break paragraphs, a dense
    piece's); in a body printed ``tight``, words that do not go on into that line, indented with its digits set wide."""
    short = _clearly_short(items, cols, i, end)
    if not (
        (short or (tight and i == end and _head_as_wide_as_an_opening(items, cols, i)))
        and is_heading_text(join_lines([items[k].text for k in range(i, end + 1)]))
    ):
        return False
    if short and tight and i == end and _numbered_over_running_text(items, i):
        return True
    return (
        _opens_paragraph(items, end + 1, cols[end + 1], max(items[k].width for k in range(i, end + 1)))
        or (not tight and _opens_dense_piece(items, end + 1))
    ) and (not tight or (_indented(items, end + 1, cols[end + 1]) and not goes_on(items[end], items[end + 1])))


def _numbered_over_running_text(items: list[Item], i: int) -> bool:
    """Whether ``items[i]``, a clearly short line of heading text after a sentence end (:func:`_is_subheading`),
    opens with a number (``2.``, ``一、``, ``（三）``) over a running line at least :data:`WIDER_THAN_HEADING` wider,
    unnumbered, that its words do not go on into: a numbered subheading, whether the paragraph under it is
    indented or not (a layout that sets its sections' first lines full). A numbered item of running text ends
    with a mark or runs on; a list's next item opens with the next number.

    Before (PyMuPDF, lay12): ``…低龄化趋势仍值得关注。`` / ``2.控制电子产品使用时间`` / ``非学习目的使用电子产品，
    单次不宜超过15分钟，每天累计不宜超过`` (a full line): the head opened the paragraph; after, a subheading.
    """
    head, under = items[i], items[i + 1]
    return (
        opens_numbered(head.text)
        and under.role == "text"
        and under.width >= head.width + WIDER_THAN_HEADING
        and not LIST_NUMBER_RE.match(under.text)
        and not goes_on(head, under)
    )


#: A run of Han characters only (:data:`~textclean.clean.chardata.HAN`).
HAN_RUN_RE = re.compile(f"[{HAN}]+")
#: A decimal figure (``3.6万亿元``, ``2021.06``): its point is no list number's (a data box's figure, review CU).
DECIMAL_RE = re.compile(r"^\d+[.．]\d")
#: Each half of a head's spaced pair holds at least this many Han characters and nothing else: a stray space in
#: running text (``他说 这是好事情啊``) or a date line (``3月5日 星期三 晴``) is no head's pair (review CU).
MIN_HALF_HAN = 3


def opens_numbered(text: str) -> bool:
    """Whether a list or section number opens ``text`` (:data:`~textclean.clean.chardata.NUMBERED_HEADING_RE`), not
    a decimal figure.

    >>> opens_numbered("2.控制电子产品使用时间"), opens_numbered("（二）盐碱地里的希望"), opens_numbered("3.6万亿元")
    (True, True, False)
    """
    return bool(NUMBERED_HEADING_RE.match(text)) and not DECIMAL_RE.match(text)


def spaced_pair(text: str) -> bool:
    """Whether ``text`` is two Han phrases of :data:`MIN_HALF_HAN` characters or more parted by a space, as a
    two-part subheading sets them (``多措并举 促进增收``); not a stray space in running text nor a date line.

    >>> spaced_pair("多措并举 促进增收"), spaced_pair("他说 这是好事情啊"), spaced_pair("3月5日 星期三 晴")
    (True, False, False)
    """
    halves = text.split()
    return len(halves) == 2 and all(len(h) >= MIN_HALF_HAN and HAN_RUN_RE.fullmatch(h) for h in halves)


def _head_as_wide_as_an_opening(items: list[Item], cols: list[float], i: int) -> bool:
    """Whether ``items[i]``, a line short of its column by no more than a paragraph's indent (not
    :func:`_clearly_short`), can still be a subheading in text printed tight: it reads as a head by its type (a
    section number, ``（二）…``, ``一、…``, or a space between two Han phrases, as running text never sets one), and
    the line under it is a paragraph's first line, ending no sentence, over a full line of the paragraph (so it is
    short by its indent, not the paragraph's last line). Were ``items[i]`` itself a paragraph's first line, the line
    under it would be full. A first line of running text is as wide and its type alone tells it from a head: without
    a number or a spaced pair it is running text (in narrow columns the second line often measures short) unless
    the line under it is short by the indent as well (:func:`_over_indented_opener`), and so
    is a line leaving a bracket open (``本报讯（记者 钱涛``: a dateline's names spaced, not a head's halves).

    Before, ``…断意见。`` / ``多措并举 促进增收`` (8 em of a 10 em column) / ``医保部门持续推进`` (8) /
    ``…`` (10, full) read the head as a paragraph of its own (a first line's width); after, it is a subheading.
    Not so over a paragraph's short last line (``…工作。``): that is a paragraph of two lines. Over such an opener the
    head may be as wide as the column (a head in larger type, ``…实践。`` / ``民主贯穿决策全链条`` (9 em of 10) /
    ``从立法草案公开征`` (8) / a full line): a full line of running text is never followed by a line short by the
    indent that ends no sentence, over a full line (:func:`_wide_head_fits`). A bullet glyph and the space after it
    (``■ 实行项目责任清单制度``) are no halves' gap: the words after them are read.
    """
    k, text = i + 1, items[i].text
    words = text[1:].lstrip() if text[:1] in BOX_GLYPHS else text  # (a bullet's space is no halves' gap)
    over = " " not in words and _over_indented_opener(items[k], cols[k])
    return (
        items[i].role == "text"
        and (opens_numbered(text) or spaced_pair(text) or over)
        and not leaves_bracket_open(text)
        and (items[i].width <= cols[i] - INDENTED_LINE or (over and _wide_head_fits(items, cols, i)))
        and k + 1 < len(items)
        and items[k + 1].role == "text"
        and items[k + 1].width >= cols[k + 1] - FULL_LINE_SLACK
        and not ends_sentence(items[k].text)
    )


def _wide_head_fits(items: list[Item], cols: list[float], i: int) -> bool:
    """Whether ``items[i]``, wider than a paragraph's first line, may still be a head in larger type over an indented
    opener: no wider than its column, under a line clearly short of its own (a paragraph's last line: a full line
    ending a sentence, ``…在“上热下冷”的问题。``, runs on into the next, lay17 ec-18), and no dateline's opening
    set on a line of its own (``新华社北京三月五日电`` over ``记者从国家发展改革…``: the paragraph's first words, review
    RV1).

    >>> mk = lambda t, w: Item(0, t, t, w, False, False)
    >>> lines = [mk("实践。", 3.0), mk("民主贯穿决策全链条", 9.0)]
    >>> _wide_head_fits(lines, [10.0, 10.0], 1), _wide_head_fits([mk("甲" * 9 + "。", 10.0), lines[1]], [10.0, 10.0], 1)
    (True, False)
    >>> _wide_head_fits([lines[0], mk("新华社北京三月五日电", 10.0)], [10.0, 10.0], 1)
    False
    """
    return (
        items[i].width <= cols[i]
        and i > 0
        and items[i - 1].width <= cols[i - 1] - FULL_LINE_SLACK
        and not DATELINE_START_RE.match(items[i].text.lstrip())
    )


#: A paragraph's first line ends no sentence within this many characters: a line that does (``作用。今年要…``) goes
#: on from the line above it.
OPENER_STOP_CHARS = 4


def _over_indented_opener(under: Item, col: float) -> bool:
    """Whether ``under``, the line under a head-shaped line as wide as a paragraph's first, is itself short of the
    column ``col`` by the indent and ends no sentence in its first :data:`OPENER_STOP_CHARS` characters: the
    paragraph opens there, so the line over it, no number nor spaced pair on it, is a subheading, not a first line.

    Before (PyMuPDF, an economy page): ``…重回80美元上方。`` / ``供应端收紧预期升温`` (9 em of 11) /
    ``石油输出国组织（欧`` (9) / ``佩克）与非欧佩克产油国`` (11) read the head as the paragraph's opening (``供应端收紧预期
    升温石油输出国组织…``); after, a subheading. Not so over a full line, nor over ``作用。今年要完成铁路投资…`` (the
    line above runs into it: ``…的关键性`` / ``作用。``).

    >>> mk = lambda t, w: Item(0, t, t, w, False, False)
    >>> _over_indented_opener(mk("石油输出国组织（欧", 9.0), 11.0), _over_indented_opener(mk("佩克）与非欧佩克产油国", 11.0), 11.0)
    (True, False)
    >>> _over_indented_opener(mk("作用。今年要完成", 9.0), 11.0), _over_indented_opener(mk("组织OPEC与非欧佩克产", 10.0), 13.0)
    (False, False)
    """
    return (
        width_with_wide_digits(under.text, under.width) <= col - INDENTED_LINE
        and not LATIN_LETTER_RE.search(under.text)  # (letters set wider than counted: ``组织OPEC与非欧佩克产`` is full)
        and not HEADING_STOP_RE.search(under.text[:OPENER_STOP_CHARS])
    )


def _indented(items: list[Item], k: int, col: float) -> bool:
    """Whether ``items[k]`` falls short of the column ``col`` by a paragraph's indent, its digits set wide
    (:func:`~textclean.clean.chardata.width_with_wide_digits`): no full line whose digits measured it short.

    Unless the line under it shows this column's digits narrow (:func:`digits_set_narrow`) and it holds no Latin
    letters (set wider than the half em its width counts them: ``（LPR）为1.5%，…LPR为`` fills its column):
    then its own width tells. Before, ``新兴产业集群加快成长`` over ``走进位于城东的新材料产业园区，1800台机`` (19 em of 22)
    over ``…每769秒就能下线一件产`` (21.5) read the short line as a full one (21 em, its digits wide), so the
    subheading opened the paragraph; after, that line is indented and the subheading stands.
    """
    item = items[k]
    wide = width_with_wide_digits(item.text, item.width)
    if wide == item.width or wide <= col - INDENTED_LINE:
        return True
    return (
        not LATIN_LETTER_RE.search(item.text)
        and item.width <= col - INDENTED_LINE
        and k + 1 < len(items)
        and digits_set_narrow(items[k + 1], col)
    )


def digits_set_narrow(item: Item, col: float) -> bool:
    """Whether ``item``, a text line holding digits, fills the column ``col`` with its digits counted half an
    em (within :data:`~textclean.clean.typesetting.FULL_LINE_SLACK`): the column sets its digits narrow.

    >>> mk = lambda t, w: Item(0, t, t, w, False, True)
    >>> digits_set_narrow(mk("一条产线每769秒就能下线一件产", 21.5), 22.0), digits_set_narrow(mk("一条产线每秒就能", 21.5), 22.0)
    (True, False)
    >>> digits_set_narrow(mk("一条产线每769秒", 18.0), 22.0)
    False
    """
    return (
        item.role == "text"
        and width_with_wide_digits(item.text, item.width) > item.width
        and col - FULL_LINE_SLACK <= item.width <= col + FULL_LINE_SLACK
    )


def is_numbered_heading(text: str) -> bool:
    """Text that is a numbered subheading: a section number (``（四）``, ``一、``, ``第五，``), then one
    phrase or sentence, closed by a full stop or by nothing, no longer than a subheading is set.

    >>> is_numbered_heading("（四）加快金融体制改革。"), is_numbered_heading("第五，一定要搞好文化教育领域的革命")
    (True, True)
    >>> is_numbered_heading("（四）加快金融体制改革。深化国有商业银行改革。")
    False
    >>> is_numbered_heading("一是加快金融体制改革。"), is_numbered_heading("第二，现在我提出以下几点：")
    (False, False)
    """
    if len(text) > NUMBERED_HEADING_MAX_CHARS or not SECTION_NUMBER_RE.match(text):
        return False
    phrase = text[:-1] if text.endswith("。") else text
    return bool(phrase) and not HEADING_STOP_RE.search(phrase) and not CLAUSE_PUNCT_RE.match(phrase[-1])


def mark_numbered_headings(blocks: list[Block], lines: list[int] | None = None) -> list[Block]:
    """Paragraphs that are numbered subheadings (:func:`is_numbered_heading`) followed by running text
    become headings; numbered paragraphs next to each other are the items of a list. ``lines``: how
    many printed lines each block spans, when known: a subheading spans at most :data:`MAX_HEADING_LINES`.

    >>> p = lambda t: Block("paragraph", t)
    >>> [b.kind for b in mark_numbered_headings([p("（四）加快金融体制改革。"), p("深化国有商业银行改革。")])]
    ['heading', 'paragraph']
    >>> [b.kind for b in mark_numbered_headings([p("一、兴修水利。"), p("二、开垦荒地。"), p("这是两项任务。")])]
    ['paragraph', 'paragraph', 'paragraph']
    """
    out = list(blocks)
    for i in range(len(out) - 1):
        block, nxt = out[i], out[i + 1]
        if (
            (lines is None or lines[i] <= MAX_HEADING_LINES)  # the cheap tests first: most paragraphs are long
            and len(block.text) <= NUMBERED_HEADING_MAX_CHARS
            and block.kind == "paragraph"
            and nxt.kind == "paragraph"
            and not (LIST_NUMBER_RE.match(nxt.text) and numbers_run_on(block.text, nxt.text))
            and not (i and LIST_NUMBER_RE.match(out[i - 1].text) and numbers_run_on(out[i - 1].text, block.text))
            and is_numbered_heading(block.text)
        ):
            out[i] = Block("heading", block.text)
    return out


def numbered_lead(parts: list[str]) -> bool:
    """The lines of a paragraph so far can still be a numbered subheading set without a final mark."""
    return (
        len(parts) <= MAX_HEADING_LINES
        and bool(SECTION_NUMBER_RE.match(parts[0]))
        and is_numbered_heading(join_lines(parts))
    )
