"""How headline lines inside a run of text fit the columns around them (:mod:`~textclean.clean.innerheads` asks).

A head read inside a body's lines is told by how it sits in the column: a paragraph's first line is the column
less its indent, a full line the column; a line that ends no sentence over a paragraph's first line ends no
paragraph (:func:`no_paragraph`); one set across more than the column is no subheading of it (:func:`overhangs`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from textclean.clean.chardata import (
    MAX_DATELINE_LINES,
    SECTION_NUMBER_RE,
    leaves_bracket_open,
    opens_dateline,
    width_with_wide_digits,
)
from textclean.clean.headsalike import SPACED_BULLET_RE, heads_alike
from textclean.clean.lexicon import breaks_a_word
from textclean.clean.roles import (
    HEAD_OVERHANG,
    NOT_FULL_SHORTFALL,
    Item,
    column_of,
    is_headline_like,
    measured_column,
    over_first_line,
)
from textclean.clean.typesetting import FIRST_LINE_TOLERANCE, FULL_LINE_SLACK, INDENT
from textclean.clean.wrapped import SUBHEAD_LINES, goes_on, left_open

#: A body's lines stand apart, each its own text box (pdfminer on most pages), when a blank line comes before at
#: least this share of them: then lines set tight are one box of another kind (:func:`tight_box`). On the devpages'
#: pdfminer text body lines stand apart nearly all (a stray tight pair is a byline or note); in a body set with
#: closer leading pdfminer reads whole paragraphs as one box, and this says nothing.
LINES_APART_SHARE = 0.9
#: A headline line ending with a comma holds at least this many characters before it: the devpages' titles hold
#: 2 to 14 before their comma, 3 of 77 fewer than 6; a shorter line so ending is a sentence's tail (``事业，``).
COMMA_CLAUSE_CHARS = 4
#: The column under a title over a paragraph's first line (:func:`comma_title_over_opening`) is measured over this
#: many lines under that first line (a short column's paragraph: enough to read its measure, not past it).
OPENING_COLUMN_LINES = 6
#: ... and its lower line is at least this share of the upper's width: a title wrapped in the column splits into
#: two clauses or a full line and its rest (cpc-19-03 8/9 em, cpc-18-06 12/10); a short word under a wide line is a
#: label set under a head (``保障国家粮食安全，大力实施乡村振兴`` / ``理论视点``: 17/4).
OPENING_LOWER_SHARE = 0.5
#: A line closing with a bracketed signature (``…了便捷工具。（韩露）``) ends an article: what follows is the next one's.
SIGNED_CLOSE_RE = re.compile("[。！？…”][（(][^（）()]{1,30}[）)]$")


def overhangs(lines: list[Item], column: tuple[float, float]) -> bool:
    """Whether a line of ``lines`` overhangs ``column`` (:func:`~textclean.clean.roles.column_of`) by
    :data:`~textclean.clean.roles.HEAD_OVERHANG` even squeezed: set across more than the column, it is no subheading
    of it (a subheading is set in its column's measure), but a head spanning columns.

    Before (PyMuPDF, a 15 em column): ``…加强监督和整顿。`` / ``加快科技、教育发展，加强精神文明建设`` (19 em) /
    ``积极实施科教兴国战略和可持`` (a paragraph's first line): one line with the same column above and below read
    as a subheading, and the next article's body ran on in this one; after, a head.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> overhangs([mk("加快科技、教育发展，加强精神文明建设")], (15.0, 15.0)), overhangs([mk("加强监督和整顿")], (15.0, 15.0))
    (True, False)
    """
    return any(it.squeezed >= column[1] + HEAD_OVERHANG for it in lines)


def overhangs_full_line(body: list[Item], k: int) -> bool:
    """Whether ``body[k]``, even squeezed, is :data:`~textclean.clean.roles.HEAD_OVERHANG` wider than the full line
    above it (one going on from a line and into the next, its digits even set wide): a head set across columns, read
    into the sentence (:func:`~textclean.clean.innerheads.head_inside_sentence_at` then measures it).

    Before (PyMuPDF, devpages gov-2022-03, a 16 em column): ``…集群工`` / ``程。着力培育“专精特新”企业，在`` /
    ``深入实施创新驱动发展战略，巩固壮大实体经济根`` (22 em) / ``基`` / ``资金、人才、…``: only lines short of the line
    above were looked at, and the title stayed in the sentence; after, it is lifted out. Not so: a line over a
    paragraph's first line (indented, its digits perhaps set narrow: ``11月10日，…`` / ``库召开…座谈会，``).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> body = [mk("甲乙丙丁戊己庚辛壬癸子丑"), mk("甲乙丙丁戊己庚辛壬癸子丑"), mk("深入实施创新驱动发展战略巩固壮大实体")]
    >>> overhangs_full_line(body, 2), overhangs_full_line([mk("甲乙。"), *body[1:]], 2), overhangs_full_line(body, 1)
    (True, False, False)
    """
    above, line = body[k - 1], body[k]
    if k < 2 or line.width < above.width + HEAD_OVERHANG:
        return False  # (the cheap test first: squeezed is at most the width, the width with wide digits at least it)
    if not (above.role == body[k - 2].role == "text" and not (body[k - 2].ends or above.ends)):
        return False
    return line.squeezed >= width_with_wide_digits(above.text, above.width) + HEAD_OVERHANG


def no_paragraph(body: list[Item], i: int, j: int, below: tuple[float, float]) -> bool:
    """Whether the lines ``body[i:j]``, set after a sentence end, headline-like (no clause mark) and ending no
    sentence, stand over a paragraph's first line (:func:`~textclean.clean.roles.over_first_line`): they cannot be a
    paragraph, which ends with its sentence, however well they fit the column above.

    Before (PyMuPDF, an 11 em column): ``…人类面临许多共同挑战。`` / ``坚持和平发展道路`` (8 em) / ``推动构建人类命运共同体``
    (11 em) / ``我们生活的世界充满`` (9 em: a paragraph's first line) … The two title lines fit the column above (a
    paragraph's first line, then a full line), so they were read as running text: the title ran into the paragraph
    under it. After: a head. Not so: lines holding a comma (running text whose clause goes on), or over a full line.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> body = [mk("坚持和平发展道路"), mk("推动构建人类命运共同体"), mk("我们生活的世界充满"), mk("希望，也充满挑战。我们")]
    >>> no_paragraph(body, 0, 2, (11.0, 11.0))
    True
    >>> no_paragraph([mk("坚持和平发展，道路"), *body[1:]], 0, 2, (11.0, 11.0))
    False
    """
    return all(is_headline_like(it) for it in body[i:j]) and over_first_line(body, j - 1, below)


def tells_column(lines: list[Item]) -> bool:
    """Whether ``lines`` tell a column (``column_of(lines)[1] > 0``: a text line ending no sentence), without
    measuring it (a loop: it stops at the first such line, most often the first line).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> tells_column([mk("甲乙丙。"), mk("甲乙丙丁")]), tells_column([mk("甲乙丙。")]), tells_column([])
    (True, False, False)
    """
    for it in lines:
        if it.role == "text" and it.width > 0 and not it.ends:
            return True
    return False


def too_full_to_open(item: Item, column: tuple[float, float]) -> bool:
    """Whether ``item``, set after a sentence end with no indent, is too wide to open a paragraph of ``column``.

    A paragraph's first line is indented: when the extractor drops the indent, the
    line falls at least :data:`~textclean.clean.roles.NOT_FULL_SHORTFALL` short of the column. A line as
    full as the column right after a sentence end is no paragraph's first line (a head of
    the column's width, set after it), when another column follows it (:func:`_inner_head_at`:
    a sentence may end at a line's end inside a paragraph, which goes on full). An indent the
    text keeps (leading white space) says nothing.

    >>> mk = lambda t, raw=None: Item(0, raw or t, t, float(len(t)), True, True)
    >>> [too_full_to_open(mk(t), (11.0, 11.0)) for t in ("关于认真搞好斗批改工作", "关于认真搞好斗批")]
    [True, False]
    >>> too_full_to_open(mk("关于认真搞好斗批改工作", "　　关于认真搞好斗批改工作"), (11.0, 11.0))
    False
    """
    _, measured = column
    if not measured or item.raw[:1].isspace():
        return False
    return item.squeezed > measured - NOT_FULL_SHORTFALL


def runs_on_in_column(body: list[Item], i: int, j: int, column: tuple[float, float]) -> bool:
    """Whether the lines ``body[i:j]`` (set after a sentence end, as full as ``column`` above them: a head by
    :func:`too_full_to_open`, another column following) run on in that column, a paragraph going on after a
    sentence that ended at a line's end: the line under them, ``body[j]``, is a full line of the column (its measure
    within :data:`~textclean.clean.typesetting.FULL_LINE_SLACK`) or one closing a sentence short of its first line
    (the paragraph's last), and either the lines hold a comma (a clause the text goes on with) or that line closes
    a sentence (no head has a sentence of one line under it). A head's next line opens the next article's column.

    Before (devpages gov-2004-03, a 17 em column, a 13 em one after a subheading): ``…国防动员体制。`` /
    ``深入开展双拥共建活动，加强军政军民`` (17 em) / ``团结。`` / ``加强政府自身建设`` made the paragraph's last
    sentence a title (so gov-2017-01 over a full line, gov-1984-02 over a column label, gov-1964-02 pdftotext
    ``各部门、各地方要进一步节约`` over ``各项事业费和行政费的开支。``); after, it stays in its paragraph. Not so: a
    line without a comma over a full line going on (a title as wide as the column: ``关于认真搞好斗批改工作``), one
    over the next column's first line.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> col = (17.0, 17.0)
    >>> runs_on_in_column([mk("深入开展双拥共建活动，加强军政军民"), mk("团结。")], 0, 1, col)
    True
    >>> runs_on_in_column([mk("深入开展双拥共建活动，加强军政军民"), mk("甲" * 17)], 0, 1, col)
    True
    >>> runs_on_in_column([mk("深入开展双拥共建活动，加强军政军民"), mk("甲" * 11)], 0, 1, col)
    False
    >>> runs_on_in_column([mk("关于认真搞好斗批改工作加强军政军民"), mk("甲" * 17)], 0, 1, col)
    False
    """
    if j >= len(body) or body[j - 1].ends:
        return False
    nxt = body[j]
    if nxt.role != "text" or not (nxt.ends or any("，" in it.text for it in body[i:j])):
        return False  # (a line going on under lines of no clause: the next column's first line may be so wide)
    width = width_with_wide_digits(nxt.text, nxt.width)
    squeezed, measured = column
    full = squeezed - FULL_LINE_SLACK <= width and nxt.squeezed <= measured + FULL_LINE_SLACK
    return full or (nxt.ends and width < squeezed - INDENT - FIRST_LINE_TOLERANCE)


def lines_apart(body: list[Item]) -> bool:
    """Whether the lines of ``body`` stand apart: a blank line before :data:`LINES_APART_SHARE` of them or more.

    >>> mk = lambda t, gb: Item(0, t, t, float(len(t)), gb, True)
    >>> lines_apart([mk("甲", True)] * 11 + [mk("乙", False)]), lines_apart([mk("甲", True), mk("乙", False)] * 5)
    (True, False)
    """
    after = body[1:]
    return bool(after) and sum(1 for it in after if it.gap_before) >= LINES_APART_SHARE * len(after)


def tight_box(body: list[Item], i: int) -> int:
    """How many lines from ``body[i]`` are set tight (no blank line between them): 0 for fewer than two.

    In a body whose lines stand apart (:func:`lines_apart`) such lines are one text box
    of another kind than the body's lines: a headline's wrapped lines, a kicker over its
    title. Before (pdfminer): ``…直到辞退和开除。`` ∅ ``1981年政府工作报告摘编`` / ``分批进行企业的全面`` /
    ``整顿和必要改组`` ∅ ``四是整顿财政纪律。健`` … : the three tight lines, each fitting a
    column of 12 em, were read as a paragraph of the body; after, a head (:mod:`~textclean.clean.innerheads`).

    >>> mk = lambda t, gb: Item(0, t, t, float(len(t)), gb, True)
    >>> body = [mk("开除。", True), mk("报告摘编", True), mk("分批进行", False), mk("改组", False), mk("四是", True)]
    >>> tight_box(body, 1), tight_box(body, 0), tight_box(body, 4)
    (3, 0, 0)
    """
    j = i + 1
    while j < len(body) and not body[j].gap_before:
        j += 1
    return j - i if j - i >= 2 else 0


def one_phrase(lines: list[Item], spaced: bool = True) -> bool:
    """One line, or lines set tight one under the other (a wrapped phrase) on a page that has blank lines
    (``spaced``): no kicker over a title.

    >>> mk = lambda t, gb: Item(0, t, t, float(len(t)), gb, True)
    >>> one_phrase([mk("在社会治理中发挥工会劳动法律", True), mk("监督作用的必要性", False)])
    True
    >>> one_phrase([mk("改革开放再出发", True), mk("推动改革走深走实", True)])
    False
    """
    return len(lines) == 1 or (len(lines) <= SUBHEAD_LINES and spaced and all(not it.gap_before for it in lines[1:]))


def subhead_phrase(lines: list[Item], spaced: bool = True, lead: Sequence[Item] = ()) -> bool:
    """One phrase (:func:`one_phrase`), or a subheading opened by a bullet set apart (:data:`~textclean.clean.headsalike.SPACED_BULLET_RE`)
    wrapped over at most :data:`~textclean.clean.wrapped.SUBHEAD_LINES` lines on a page with no blank lines (PyMuPDF:
    ``■ 突出企业科技创新`` / ``主体地位`` in an 8 em column): the bullet says one subheading, where no blank line can;
    not where the run's own head ``lead`` opens with that bullet too (:func:`~textclean.clean.headsalike.heads_alike`: a box of briefs).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, True)
    >>> subhead_phrase([mk("■ 突出企业科技创新"), mk("主体地位")], False), subhead_phrase([mk("■突出企业"), mk("主体地位")], False)
    (True, False)
    >>> subhead_phrase([mk("改革开放再出发"), mk("推动改革走深走实")], False), subhead_phrase([], False)
    (False, False)
    >>> subhead_phrase([mk("■ 全市中小学下周起错"), mk("峰放学")], False, [mk("■ 本市新增三条公交线路")])
    False
    """
    if one_phrase(lines, spaced):
        return True
    bulleted = bool(lines) and bool(SPACED_BULLET_RE.match(lines[0].text))
    return 0 < len(lines) <= SUBHEAD_LINES and bulleted and not heads_alike(lead, lines[0])


def wraps_at_comma(body: list[Item], k: int) -> bool:
    """Whether ``body[k]`` may be a headline's first line wrapped after its comma: the clause before the comma
    headline-like and :data:`COMMA_CLAUSE_CHARS` characters or more, the line under it headline-like too.

    PyMuPDF (a title set beside its own body's first column, read inside a sentence): ``…要认真落实`` /
    ``进一步转变政府职能，`` / ``加强政风建设`` / ``党中央关于把今年作为…``. Before, a line ending with a comma was
    no place for a head, and the title stayed in the sentence; after, it is lifted out. Not so: a sentence's
    short tail (``事业，``), a line over running text.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> body = [mk("头上预防和治理腐败。要认真落实"), mk("进一步转变政府职能，"), mk("加强政风建设"), mk("党中央关于把今年")]
    >>> wraps_at_comma(body, 1), wraps_at_comma([mk("甲" * 15), mk("事业，"), *body[2:]], 1)
    (True, False)
    >>> wraps_at_comma([*body[:2], mk("党中央关于把今年作为转变作风年的要求。")], 1)
    False
    """
    it = body[k]
    if not it.text.endswith("，") or len(it.text) <= COMMA_CLAUSE_CHARS or k + 1 >= len(body):
        return False
    return is_headline_like(dataclasses.replace(it, text=it.text[:-1], width=it.width - 1.0)) and is_headline_like(
        body[k + 1]
    )


def clause_head(item: Item) -> bool:
    """Whether a text line may be a headline of two clauses parted by a comma (``抓紧有利时机，加快经济发展``): one
    comma, inside the line, and headline-like without it (:func:`~textclean.clean.roles.is_headline_like`); not a
    numbered subheading's (``第七，积极推进政府机构改革``). :func:`~textclean.clean.bodytitle.opens_with_title` takes such a line for the
    body's title only over a paragraph's first line (:func:`~textclean.clean.bodytitle._opens_a_paragraph`), a full line under that.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> clause_head(mk("抓紧有利时机，加快经济发展")), clause_head(mk("第七，积极推进政府机构改革"))
    (True, False)
    >>> clause_head(mk("现在，我国国内条件具备，国际环境有")), clause_head(mk("同志们，"))
    (False, False)
    """
    text = item.text
    if item.role != "text" or text.count("，") != 1 or text.endswith("，") or SECTION_NUMBER_RE.match(text):
        return False
    return is_headline_like(dataclasses.replace(item, text=text.replace("，", "")))


def comma_title_over_opening(run: list[Item], k: int) -> bool:
    """Whether ``run[k]`` and the line under it, leading a run, are a headline wrapped after its comma (or with one
    comma inside its first line: :func:`wraps_at_comma`, :func:`clause_head`) set right over a paragraph's first
    line (:func:`~textclean.clean.roles.over_first_line`): running text cannot stop short there without a
    sentence end, so the two lines are no paragraph however they fit the column.

    PyMuPDF sets no blank line, so only the shape tells such a title from the body's opening. Before (devpages
    cpc-19-03, an 11 em column): ``贯彻新发展理念，`` (8 em) / ``建设现代化经济体系`` (9) / ``实现“两个一百年”`` (9, the
    first line) / ``奋斗目标、实现中华民族`` (11) read as the body's first lines, and the article had no title; after,
    the two lines are its title. Not so: the same lines over a full line (the paragraph's opening lines), a
    first line holding two commas, a lower line as wide as the column (a full line: running text, its digits or
    clause marks squeezed, would make the line under it look indented) or whose words carry on into the line
    under it (``…劳动关系`` / ``智库召开…座谈`` / ``会，多位…``), two lines parted by a blank line (two heads).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> col = [mk("奋斗目标、实现中华民族"), *[mk("甲乙丙丁戊己庚辛壬癸子")] * 4]
    >>> run = [mk("贯彻新发展理念，"), mk("建设现代化经济体系"), mk("实现“两个一百年”"), *col]
    >>> comma_title_over_opening(run, 0), comma_title_over_opening([*run[:2], *col], 0)
    (True, False)
    >>> comma_title_over_opening([mk("贯彻新发展，理念，"), *run[1:]], 0)
    False
    >>> comma_title_over_opening([run[0], mk("建设现代化经济体系甲乙"), *run[2:]], 0)
    False
    """
    lower = run[k + 1] if k + 3 < len(run) else None
    if lower is None or run[k].gap_after or lower.width < OPENING_LOWER_SHARE * run[k].width:
        return False  # (the cheap tests first; a blank line between two lines parts two heads)
    if not is_headline_like(lower):
        return False
    if not (wraps_at_comma(run, k) or clause_head(run[k])):
        return False
    column = column_of(run[k + 3 : k + 3 + OPENING_COLUMN_LINES])
    if width_with_wide_digits(lower.text, lower.width) > column[1] - NOT_FULL_SHORTFALL:
        return False  # (a full line of the column: running text)
    return over_first_line(run, k + 1, column) and not goes_on(lower, run[k + 2])  # (the dearest test last)


def dateline_lead(lead: list[Item], below: list[Item]) -> int:
    """How many of the last headline-like lines ``lead`` open a dateline that the body lines ``below`` go on with
    (:func:`~textclean.clean.chardata.opens_dateline`): a narrow column wraps ``本报郑州2月9日电（记者 X）`` after the
    date or ``电``, and that short first line reads as a headline line; it opens the body instead.

    Before (PyMuPDF, a 11 em column): ``加大统筹城乡发展力度`` / ``强化农业农`` / ``村发展基础`` / ``本报郑州2月9日电`` /
    ``（记者 莫鸿骐）　在连`` / ``续6年增产增收之后，更`` made ``本报郑州2月9日电`` a title of its own and the body
    opened ``（记者 莫鸿骐）…``; after, the body opens with the dateline (the authors come from it). Not so: a
    byline ``本报记者 莫鸿骐``, a head over a body that opens with no dateline.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> body = [mk("（记者 莫鸿骐）　在连"), mk("续6年增产增收之后，更")]
    >>> dateline_lead([mk("村发展基础"), mk("本报郑州2月9日电")], body), dateline_lead([mk("本报郑州2月9日")], [mk("电（记者 莫鸿骐）　在"), *body])
    (1, 1)
    >>> dateline_lead([mk("村发展基础"), mk("本报记者 莫鸿骐")], body[1:]), dateline_lead([mk("村发展基础")], body[1:])
    (0, 0)
    """
    texts = [it.text for it in below[:MAX_DATELINE_LINES]]
    for n in range(1, min(len(lead), MAX_DATELINE_LINES) + 1):
        texts.insert(0, lead[-n].text)
        if opens_dateline(texts):
            return n
    return 0


#: A wrapped head over a paragraph's first line (:func:`wrapped_head_over_opening`) is at most this many lines (a
#: title wrapped once in a narrow column): a stack running on through more full lines reads as the column's text
#: (:func:`~textclean.clean.innerheads._over_head_line`; its box, where lines stand apart, is a head).
WRAPPED_HEAD_LINES = 2
#: ... and the column under it is within this much (em) of the column above: the head stands in one column, read
#: in order (lines of two columns read as one, pdfminer's and pdftotext's interleaving, fit no such shape).
WRAPPED_HEAD_COLUMN_SLACK = FULL_LINE_SLACK
#: Lines measured above the head and under its opening line for the columns: enough full lines for the fuller
#: median of :func:`~textclean.clean.roles.column_of` in a short story's paragraph (news paragraphs of a narrow
#: column run 4-8 lines), few enough to stay within the story next to the head.
WRAPPED_HEAD_COLUMN_LINES = 6


def wrapped_head_over_opening(body: list[Item], i: int, lead: Sequence[Item] = ()) -> int:
    """How many lines from ``body[i]``, after a sentence end, are a headline wrapped in the column and set over the
    next paragraph's first line (0: none).

    Justified running text fills its lines: after a sentence end a paragraph opens indented, and inside one no
    line stops short. Lines after a sentence end that start too full to open a paragraph (:func:`too_full_to_open`),
    go on full, hold no sentence stop, and stop short on a line that ends no sentence, over a paragraph's first line
    (:func:`~textclean.clean.roles.over_first_line`) whose words do not go on from it, with the same column above
    and under them, are no paragraph: a headline set in the column (the next article's), wrapped. Not so: a
    numbered subheading (the body's own), a full line left open (:func:`~textclean.clean.wrapped.left_open`) over
    its short rest, a wrapped subheading (devpages gov-1958-01: ``以下我们还要说到交通运输和商业战线上的`` /
    ``情况``), a short line that is no longer short with its digits set wide, lines between two columns, lines opening
    with a sentence's tail (``制，缓解困难地区财政``: :func:`_whole_clauses`).

    Before (PyMuPDF, a news page in 11 em columns): ``…发展机遇。`` / ``提高宏观调控水平，保持`` / ``经济平稳较快发展`` /
    ``要继续实施积极的财`` / ``政政策和适度宽松的货币`` …: the two title lines fit the column and opened a
    paragraph, so the next article ran on in this one; after, they are its head.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> col = [mk("甲" * 11)] * 6
    >>> body = [*col, mk("发展机遇。"), mk("提高宏观调控水平，保持"), mk("经济平稳较快发展"), mk("要继续实施积极的财"), *col]
    >>> wrapped_head_over_opening(body, 7)
    2
    >>> wrapped_head_over_opening([*body[:7], mk("以下我们还要说到交通运的"), *body[8:]], 7)
    0
    >>> wrapped_head_over_opening([*body[:10], *[mk("乙" * 14)] * 6], 7)
    0
    """
    if i + 2 >= len(body) or not _may_be_head_line(body[i]) or body[i].raw[:1].isspace():
        return 0  # (the cheapest tests first: a page asks at every sentence end)
    full = measured_column(body[max(0, i - WRAPPED_HEAD_COLUMN_LINES) : i])  # (column_of's full width)
    if not full or SECTION_NUMBER_RE.match(body[i].text) or not too_full_to_open(body[i], (full, full)):
        return 0  # (a paragraph opens indented; a short line the other rules ask about)
    for j in range(i, min(len(body) - 2, i + WRAPPED_HEAD_LINES)):
        it = body[j]
        if not _may_be_head_line(it):
            return 0
        if j > i and width_with_wide_digits(it.text, it.width) <= full - INDENT:
            below = column_of(body[j + 2 : j + 2 + WRAPPED_HEAD_COLUMN_LINES])
            same = abs(below[1] - full) <= WRAPPED_HEAD_COLUMN_SLACK and _whole_clauses(body[i : j + 1])
            same = same and it.width < body[j + 1].width  # (a line as wide as the first line under it may be one)
            same = same and over_first_line(body, j, below) and not goes_on(it, body[j + 1])
            return j + 1 - i if same and not subhead_in_body_type(body, i, lead) else 0
        if it.width < full - FULL_LINE_SLACK or left_open(it):
            return 0  # (neither full nor short; or a phrase left open over its rest: a wrapped subheading)
    return 0


def subhead_in_body_type(body: list[Item], i: int, lead: Sequence[Item] = ()) -> bool:
    """Whether the head wrapped in the column from ``body[i]`` (:func:`wrapped_head_over_opening`) is a subheading
    of the text it stands in, not the next article's head: its first line opens with a bullet set apart
    (:data:`~textclean.clean.headsalike.SPACED_BULLET_RE`) or is as full as the fullest line of the column above (set in the body's own type: a
    headline's larger type fits fewer characters in the measure; the fullest line, as a column's lines holding
    digits or letters run narrower) and wraps inside a word (:func:`~textclean.clean.lexicon.breaks_a_word`: at
    the measure, as running text does; a headline is broken between words), and no signature closes the line above
    it (:data:`SIGNED_CLOSE_RE`: an article's end), nor is the run's own head ``lead`` set alike
    (:func:`~textclean.clean.headsalike.heads_alike`: a box of briefs, each headed in the body's type).

    Before (PyMuPDF, lay16 op-31, a 10 em column): ``…日常生活。`` / ``以制度保障民主落到实`` (10 em) / ``处`` /
    ``民主不是装饰品，`` made the article's last section another article; after, the text goes on. Not so: a brief's
    head set in larger type (lay17 ec-31: 15 em over a 16 em column), or broken between words (``提高宏观调控水平，保持``
    / ``经济平稳较快发展``), or one after a signed close.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> body = [mk("让民主真正融入群众的日常生活。"), mk("以制度保障民主落到实"), mk("处")]
    >>> col = [mk("甲" * 10)] * 3
    >>> subhead_in_body_type([*col, *body], 4), subhead_in_body_type([mk("乙" * 11), *col, *body], 5)
    (True, False)
    >>> subhead_in_body_type([*col, body[0], mk("提高宏观调控水平保持"), mk("经济平稳较快发展")], 4)
    False
    >>> subhead_in_body_type([*col, mk("落到实处。（韩露）"), *body[1:]], 4)
    False
    >>> subhead_in_body_type([mk("乙" * 11), *col, body[0], mk("■ 强化基础研究的"), mk("源头供给")], 5)
    True
    >>> subhead_in_body_type([*col, *body], 4, [mk("让民主真正融入群众生"), mk("活")])  # (a brief's head alike)
    False
    """
    if (i and SIGNED_CLOSE_RE.search(body[i - 1].text.rstrip())) or heads_alike(lead, body[i]):
        return False
    first = body[i]
    above = [it.width for it in body[max(0, i - WRAPPED_HEAD_COLUMN_LINES) : i] if it.role == "text" and not it.ends]
    if SPACED_BULLET_RE.match(first.text):
        return True
    return bool(above and first.width >= max(above)) and breaks_a_word(first.text, body[i + 1].text)


def _may_be_head_line(it: Item) -> bool:
    """Whether ``it`` may be a line of a headline wrapped in the column (:func:`wrapped_head_over_opening`): text that
    ends no sentence, holds no sentence stop and at most one comma."""
    return (
        it.role == "text" and not it.ends and "。" not in it.text and "；" not in it.text and it.text.count("，") <= 1
    )


def _whole_clauses(lines: list[Item]) -> bool:
    """Whether each clause of the head ``lines`` (between commas) holds :data:`COMMA_CLAUSE_CHARS` characters or
    more: a headline's halves are phrases; a short clause before a comma is a sentence's tail read from a column.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> _whole_clauses([mk("提高宏观调控水平，保持"), mk("经济平稳较快发展")]), _whole_clauses([mk("制，缓解困难地区财政")])
    (True, False)
    """
    return all(len(c) >= COMMA_CLAUSE_CHARS for c in "".join([it.text for it in lines]).split("，"))


def wrapped_quote_tail(lead: list[Item], i: int) -> bool:
    """Whether headline line ``lead[i]``, which leaves a quote or bracket open, is a headline wrapped in a narrow
    column inside its quote: the line under it (in ``lead``) closes what it left open and ends there, a ragged tail at
    least an indent (:data:`~textclean.clean.typesetting.INDENT`) shorter than it, ending no sentence. Running text
    broken inside a quote goes on under it in a full line.

    Before (PyMuPDF, an opinion page, a 10 em column under ``■今日谈``): ``春耕时节看“新农`` / ``具”`` / ``走进西岭省
    青石县`` … made the headline the body's first lines (a line that leaves a quote open starts the body); after, the
    piece's title. Not a tail: ``推进“新`` over ``质生产力”加快发展，各地…`` (a full line goes on).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> wrapped_quote_tail([mk("春耕时节看“新农"), mk("具”")], 0), wrapped_quote_tail([mk("春耕时节看“新农")], 0)
    (True, False)
    >>> wrapped_quote_tail([mk("推进“新"), mk("质生产力”加快发展各地")], 0)
    False
    """
    if i + 1 >= len(lead):
        return False
    upper, tail = lead[i], lead[i + 1]
    return not leaves_bracket_open(upper.text + tail.text) and not tail.ends and tail.width <= upper.width - INDENT
