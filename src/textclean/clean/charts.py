"""A chart's printed lines: its source line, value and year labels and unit line, text of no article.

An economy page prints charts in its articles: a grey box with a title (``全国快递业务量（亿件）``), an optional unit
line (``单位：%``), bars labelled with values and years (``5.6`` / ``2020``) and a source line (``数据来源：海关总署``)
at its foot. None is an article's text. :func:`chart_lines` finds the source line (:data:`SOURCE_LINE_RE`) and goes up
from it over the chart's labels (:data:`CHART_LABEL_RE`, numbers only) and its unit line, all set tight (no blank
line between: pdftotext and pdfminer scatter a chart's labels over the page, and a number read apart may be a
body's). Kept, the labels ran into a body. The chart's title goes only where a unit line is printed right under it
(:func:`chart_title`); over bare labels it is told from a body's subhead or the article's headline by nothing
printed (taking the line over the labels cost more articles than it gave on the economy pages). Kept over a unit
line, it was read as the kicker of the story or brief under the chart, or hid a briefs box's label under it.
A table pdfminer read one cell a line (a blank line after each) is walked down from its unit line instead
(:func:`table_read_by_cells`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from textclean.clean.chardata import CLAUSE_PUNCT_RE, CLOSERS, SENTENCE_END
from textclean.models import Line

#: A chart's (or a table's) source line: ``数据来源：X``, ``资料来源：X`` under a chart box (a bare ``来源：X`` may be
#: a reprinted article's credit line under its title).
SOURCE_LINE_RE = re.compile("^(?:数据|资料|图表)来源[：:]")
#: Most characters of a source line: a body or two (``数据来源：国家统计局、海关总署``); longer is a sentence.
MAX_SOURCE_CHARS = 30
#: A chart's label: a value (``5.6``, ``-1.2``, ``49.6%``), a year (``2021``, ``2021年``) or a month (``3月``).
CHART_LABEL_RE = re.compile(r"^(?:[-+−]?[0-9]+(?:\.[0-9]+)?%?|[0-9]{4}年?|[0-9]{1,2}月份?)$")
#: A chart's unit line: ``单位：亿元``, ``单位：%``.
UNIT_LINE_RE = re.compile("^单位[：:]")


def chart_lines(lines: list[Line], furniture: Collection[int] = ()) -> set[int]:
    """The numbers (``Line.no``) of the chart lines of a page's ``lines`` (in extraction order, blank ones too);
    ``furniture``: the numbers of lines already read as the page's furniture (a date or editors' line read among a
    table's cells: :func:`table_read_by_cells` walks past them).

    Before (PyMuPDF): ``单位：%`` / ``5.6`` / ``2020`` / ``9.7`` / ``2021`` / ``数据来源：国家邮政局`` ran into the body
    around the chart; after, all are dropped, and the chart's title over its unit line. A body line over the chart
    (``…扩大。``), a label read apart from the chart (a blank line between), or a source line of a sentence's length
    stays.

    >>> from textclean.models import Line
    >>> page = ["贸易顺差进一步扩大。", "全国快递业务量（亿件）", "单位：%", "5.6", "2020", "9.7", "数据来源：国家邮政局"]
    >>> sorted(chart_lines([Line(i, t) for i, t in enumerate(page)]))
    [1, 2, 3, 4, 5, 6]
    >>> sorted(chart_lines([Line(i, t) for i, t in enumerate(["经济热点", "2020", "", "9.7", "数据来源：国家邮政局"])]))
    [3, 4]
    """
    texts = [ln.text for ln in lines]
    if "来源" not in "\n".join(texts):
        return set()  # (most pages: no line holds the word)
    out: set[int] = set()
    for k in [k for k, t in enumerate(texts) if "源" in t]:  # (a source line's word, white space dropped, holds it)
        ln = lines[k]
        text = "".join(ln.text.split())
        if SOURCE_LINE_RE.match(text) and len(text) <= MAX_SOURCE_CHARS:
            out |= _chart_over(lines, k)
    shown = [ln for ln in lines if ln.text.strip() and ln.no not in furniture]
    for k in [k for k, ln in enumerate(shown) if UNIT_LINE_RE.match(ln.text.strip())]:
        out |= table_read_by_cells(shown, k)
    return out


#: A table read one cell a line (:func:`table_read_by_cells`) holds at least this many values: fewer under a unit
#: line are no table's column (the economy pages' tables hold 4-6 rows).
MIN_TABLE_VALUES = 3
#: A row label read as a line of its own is at most this many characters (most of the economy pages' run 2-7:
#: ``交通通信``, ``工商银行净利润``); a narrow column's body line holds 8 or more. At 8 (``欧洲央行（存款）``,
#: ``规模以上工业增加`` taken too) a body line went with a table: economy pdfminer recall .907 -> .901.
ROW_LABEL_CHARS = 7


def table_read_by_cells(shown: list[Line], k: int) -> set[int]:
    """The unit line ``shown[k]`` (the page's lines holding text) and the table read a cell a line under it: its
    header and row labels (:data:`ROW_LABEL_RE`, :data:`ROW_LABEL_CHARS`), then its source line and its value
    column's header and values (:data:`CHART_LABEL_RE`, :data:`ROW_RE`), with the chart's title over the unit line
    (:func:`chart_title`); none where fewer than :data:`MIN_TABLE_VALUES` values follow, unless as many labels stand
    over the source line (the values read elsewhere).

    pdfminer reads each cell of a table box as a box of its own, with a blank line after it, the label column's
    cells first, then the value column's: the walk up from the source line (:func:`_chart_over`) stops at the first
    blank line, and the cells stood as articles (``单位：%`` a title, ``生产指数新订单指数…`` its body).

    Before (pdfminer): ``3月份制造业PMI主要分项指数`` / ``单位：%`` / ``指标`` / ``生产指数`` / ``新订单指数`` /
    ``数据来源：国家统计局`` / ``%`` / ``52.6`` / ``51.4`` / ``48.9`` / ``●区域经济●`` …; after, all but the label
    under the table are dropped.

    >>> from textclean.models import Line
    >>> page = ["3月份制造业PMI主要分项指数", "单位：%", "指标", "生产指数", "新订单指数", "数据来源：国家统计局", "%",
    ...         "52.6", "51.4", "48.9", "●区域经济●", "本报记者 潘建国"]
    >>> sorted(table_read_by_cells([Line(i, t) for i, t in enumerate(page)], 1))
    [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]

    Not taken: a body line of a narrow column after the labels (``比上月上升1.7个百分``), a label after the
    values (the next story's column label), or a unit line with too few values under it.

    >>> page = ["单位：%", "指标", "生产指数", "比上月上升1.7个百分", "52.6", "51.4", "48.9"]
    >>> table_read_by_cells([Line(i, t) for i, t in enumerate(page)], 0)
    set()
    >>> page = ["单位：%", "生产指数", "%", "52.6", "51.4", "48.9", "数据发布", "1.2"]
    >>> sorted(table_read_by_cells([Line(i, t) for i, t in enumerate(page)], 0))
    [0, 1, 2, 3, 4, 5]
    >>> page = ["单位：%", "指标", "上证指数", "深证成指", "创业板指", "数据来源：万得资讯", "【财经评论】"]
    >>> sorted(table_read_by_cells([Line(i, t) for i, t in enumerate(page)], 0))
    [0, 1, 2, 3, 4, 5]
    >>> table_read_by_cells([Line(i, t) for i, t in enumerate(["单位：%", "指标", "上证指数", "数据来源：万得资讯"])], 0)
    set()
    """
    taken = [shown[k].no]
    values = labels = 0
    sourced = False
    for ln in shown[k + 1 :]:
        text = "".join(ln.text.split())
        if CHART_LABEL_RE.match(text):
            values += 1
        elif SOURCE_LINE_RE.match(text) and len(text) <= MAX_SOURCE_CHARS:
            sourced = True  # (read between the labels and the values, or after the labels, the values read elsewhere)
        elif ROW_RE.match(ln.text.strip()):
            pass  # (a value column's header)
        elif values or sourced or len(text) > ROW_LABEL_CHARS or not ROW_LABEL_RE.match(text):
            break
        else:
            labels += 1
        taken.append(ln.no)
    if values < MIN_TABLE_VALUES and not (sourced and labels >= MIN_TABLE_VALUES):
        return set()
    if k >= 1 and chart_title(shown[k - 1].text) and not (k >= 2 and runs_on(shown[k - 2].text)):
        taken.append(shown[k - 1].no)
    return set(taken)


#: A table's row label: a short name with no clause mark, opening with no bracket (``社会消费品零售总``,
#: ``美联储（上限）``, ``WTI原油``; not a story's closing ``（王明）``).
ROW_LABEL_RE = re.compile("^[^，。；：！？、:;,!?（(][^，。；：！？、:;,!?]{0,11}$")
#: A row label's wrapped tail between it and its value is at most this many characters (``值``, ``额``).
LABEL_TAIL_CHARS = 3
#: A table's row read on one line, its label and value parted by white space (``布伦特原油 4.1``), or a value
#: column's header (``%``, ``（%）``).
ROW_RE = re.compile(r"^(?:[^，。；：！？、:;,!?\s]{1,12}\s+[-+−]?[0-9]+(?:\.[0-9]+)?%?|[（(]?%[）)]?)$")
#: A row label stands at most this many lines over its value (a label wrapped once: ``规模以上工业增加`` / ``值`` /
#: ``6.1``).
LABEL_REACH = 2
#: A table's header row, read one cell a line between its unit line and its first row, is at most this many
#: cells (``指标`` / ``亿元``: a label column's and a value column's head; the economy pages' tables print two).
HEADER_CELLS = 2
#: A header cell is at most this many characters (``指标``, ``亿元``, ``同比%``): a word, no sentence.
HEADER_CELL_CHARS = 4
#: A chart's title (the line set right over its unit line) is at most this many characters (the economy pages'
#: run 10-16: ``主要经济体最新政策利率``, ``前两月我国对主要贸易伙伴进出口``); a longer line is a body's.
CHART_TITLE_CHARS = 20
#: ... and at least this many (a briefs box's label, ``环球速览``, may be read right over a chart's unit line).
CHART_TITLE_MIN_CHARS = 6
#: A chart title holds no clause mark and no space (a byline's, a letter-spaced label's), and opens with no
#: bracket or ornament (``全国快递业务量（亿件）``; not ``【环球财经】``, ``（王明）``).
CHART_TITLE_RE = re.compile(r"^[^，。；：！？、:;,!?\s（(【●■◆][^，。；：！？、:;,!?\s]*$")
#: A line over a chart's title ends with one of these, or holds white space (a byline, a photo's credit), or no
#: clause mark (a headline, a label), or is blank: so all the economy pages' charts. Running text over it (a body
#: line holding a clause mark, left open) runs on into it: the line is the text's, printed over a chart box in the
#: middle of its column.
TEXT_STOPS = SENTENCE_END + CLOSERS + "；;"


def _chart_over(lines: list[Line], k: int) -> set[int]:
    """The source line ``lines[k]`` and the chart lines set tight over it: labels, a table's rows (a row label
    over its value, :data:`LABEL_REACH`; a row on one line or a value column's header, :data:`ROW_RE`), then a unit
    line.

    Before (PyMuPDF, an economy page): ``1至2月份主要经济指标增速`` / ``单位：%`` / ``规模以上工业增加`` / ``值`` /
    ``6.1`` / ``社会消费品零售总`` / ``额`` / ``4.0`` / … / ``数据来源：国家统计局`` stood as articles (``3.9`` a
    title); after, the table's lines are dropped, its title kept as the chart's is. A line over the table that has
    no value under it within reach (a body's last line, the title) stops the walk.

    >>> from textclean.models import Line
    >>> page = ["增长较快。", "主要指标", "单位：%", "规模以上工业增加", "值", "6.1", "社会消费品零售总", "额", "4.0",
    ...         "数据来源：国家统计局"]
    >>> sorted(_chart_over([Line(i, t) for i, t in enumerate(page)], 9))
    [2, 3, 4, 5, 6, 7, 8, 9]
    >>> sorted(_chart_over([Line(i, t) for i, t in enumerate(["指标", "%", "沪铜", "3.1", "数据来源：交易所"])], 4))
    [1, 2, 3, 4]

    A story's closing signature or a lead-in line over the table stays (review RL):

    >>> page = ["…高位震荡态势。", "（王明）", "布伦特原油", "4.1", "WTI原油", "3.8", "数据来源：Wind"]
    >>> sorted(_chart_over([Line(i, t) for i, t in enumerate(page)], 6))
    [2, 3, 4, 5, 6]
    >>> page = ["主要品种周涨跌幅如下", "布伦特原油", "4.1", "数据来源：Wind"]
    >>> sorted(_chart_over([Line(i, t) for i, t in enumerate(page)], 3))
    [1, 2, 3]
    """
    out = {lines[k].no}
    values: set[int] = set()  # (the indexes of value lines taken)
    j = k - 1
    while j >= 0:
        text = "".join(lines[j].text.split())
        if CHART_LABEL_RE.match(text):
            values.add(j)
        elif not (ROW_RE.match(lines[j].text.strip()) or (ROW_LABEL_RE.match(text) and _over_value(values, j, lines))):
            break
        out.add(lines[j].no)
        j -= 1
    unit = _over_header(lines, j)
    if unit >= 0 and UNIT_LINE_RE.match(lines[unit].text.strip()):
        out |= {ln.no for ln in lines[unit : j + 1]}
        j = unit
        if j >= 1 and chart_title(lines[j - 1].text) and not (j >= 2 and runs_on(lines[j - 2].text)):
            out.add(lines[j - 1].no)
    return out


def _over_header(lines: list[Line], j: int) -> int:
    """Where the walk up a table goes on from line ``j``: over its header row when a unit line stands right over
    it (at most :data:`HEADER_CELLS` cells of :data:`HEADER_CELL_CHARS`, ``单位：亿元`` / ``指标`` / ``亿元``),
    else ``j``.

    >>> from textclean.models import Line
    >>> page = [Line(i, t) for i, t in enumerate(["单位：亿元", "指标", "亿元", "东盟", "4.1"])]
    >>> _over_header(page, 2), _over_header(page, 1), _over_header(page, 0)
    (0, 0, 0)
    >>> _over_header([Line(i, t) for i, t in enumerate(["单位：%", "", "指标"])], 2)
    2
    """
    for k in range(j, max(-1, j - HEADER_CELLS - 1), -1):
        text = lines[k].text.strip()
        if UNIT_LINE_RE.match(text):
            return k
        if not text or len(text) > HEADER_CELL_CHARS or not ROW_LABEL_RE.match(text):
            return j
    return j


def chart_title(text: str) -> bool:
    """Whether ``text``, printed right over a chart's unit line, reads as the chart's title (a name of
    :data:`CHART_TITLE_MIN_CHARS` to :data:`CHART_TITLE_CHARS` characters, no clause mark nor space:
    :data:`CHART_TITLE_RE`), not a body's line, a byline or a box's label.

    >>> chart_title("主要经济体最新政策利率"), chart_title("全国快递业务量（亿件）")
    (True, True)
    >>> chart_title("长，“特别是中国产的电动"), chart_title("本报驻布达佩斯记者 牟宁"), chart_title("环球速览")
    (False, False, False)
    """
    text = text.strip()
    return CHART_TITLE_MIN_CHARS <= len(text) <= CHART_TITLE_CHARS and bool(CHART_TITLE_RE.match(text))


def runs_on(text: str) -> bool:
    """Whether ``text``, the line over a chart title's line, is running text that goes on into it: a clause mark in
    it (:data:`~textclean.clean.chardata.CLAUSE_PUNCT_RE`), no white space, no sentence end nor closing mark at its end (:data:`TEXT_STOPS`).

    Before (PyMuPDF, a chart box in a story's column): ``达到512亿元，同比增长8.3%。其中`` / ``对东盟和欧盟的进出口增长最快分别``
    / ``单位：亿元`` / … / ``数据来源：市海关`` / ``增长12.1%和9.6%。``: the body line over the unit line went as the
    chart's title; after, it stays. A chart's title under a sentence's end, a byline or a credit still goes.

    >>> runs_on("达到512亿元，同比增长8.3%。其中"), runs_on("市场人士认为，欧洲经济复苏")
    (True, True)
    >>> runs_on("较高的细分龙头。"), runs_on("资料图片　本报记者　范涛　摄"), runs_on("院经济研究所）"), runs_on("")
    (False, False, False, False)
    >>> runs_on("全市外贸进出口稳中有升"), runs_on("●数据●")  # (a headline, a label over the chart)
    (False, False)
    """
    text = text.strip()
    return bool(CLAUSE_PUNCT_RE.search(text)) and not any(ch.isspace() for ch in text) and text[-1] not in TEXT_STOPS


def _over_value(values: set[int], j: int, lines: list[Line] | None = None) -> bool:
    """Whether a value line taken stands right under line ``j``, or under a label's wrapped tail under it (at most
    :data:`LABEL_TAIL_CHARS` characters: ``规模以上工业增加`` / ``值`` / ``6.1``), within :data:`LABEL_REACH` lines."""
    if j + 1 in values:
        return True
    tail = "".join(lines[j + 1].text.split()) if lines is not None and j + 1 < len(lines) else ""
    return LABEL_REACH >= 2 and j + 2 in values and 0 < len(tail) <= LABEL_TAIL_CHARS
