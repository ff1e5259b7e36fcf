"""A body's own first lines as its title: where no headline was given to it, or a label was (:mod:`~textclean.clean.drafts`
and :mod:`~textclean.clean.articles` ask).

A title read into its body's text stands over a paragraph's first line, ending no sentence
(:func:`opens_with_title`, one line; :func:`title_lines`, one or two).
"""

from __future__ import annotations

from dataclasses import replace

from textclean.clean.chardata import MAX_DATELINE_LINES, ends_sentence, opens_dateline
from textclean.clean.headfit import clause_head
from textclean.clean.lexicon import label_shaped, opens_as_clause
from textclean.clean.roles import HEAD_SHORTFALL, Item, body_column, is_headline_like
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT, INDENTED_LINE
from textclean.clean.wrapped import goes_on

#: A body's first line taken as its title (:func:`opens_with_title`) is at least this much (em)
#: short of the body's column: a line that fills the column is running text wrapped at its edge, and one as
#: wide as a paragraph's first line (the column less its indent, give or take the slack type leaves) is one:
#: on the devpages such lines were the body's own first line 80 times in 86.
TITLE_LINE_SHORTFALL = INDENT + HEAD_SHORTFALL


def opens_with_title(items: list[Item]) -> bool:
    """Whether a body's first line reads as its title: headline-like (no clause punctuation, not too wide), ending
    no sentence, at least :data:`TITLE_LINE_SHORTFALL` short of the column or set over a paragraph's first line
    (:func:`_opens_a_paragraph`), with more lines after it that its words do not carry on into (``扩大高水平对外开``
    / ``放…`` is running text: :func:`~textclean.clean.wrapped.goes_on`). A headline of two clauses parted by a
    comma (:func:`~textclean.clean.headfit.clause_head`) is one only over a paragraph's first line: before (pdfminer), ``抓紧有利时机，加快
    经济发展`` over ``现在，我国国内条件具备，国际环境有`` (a first line) opened an untitled body; after, its title.

    >>> mk = lambda t, w: Item(0, t, t, w, True, True)
    >>> opens_with_title([mk("推进工会工作", 6), mk("法律是治国之重器，法治是治国", 14), mk("理政的基本方式。", 8)])
    True
    >>> opens_with_title([mk("以法治化建设推进工会", 12), mk("法律是治国之重器，法治是治国", 14), mk("理政的基本方式。", 8)])
    False
    """
    if len(items) < 2 or ends_sentence(items[0].text):
        return False
    column = body_column(items[1:])
    if not is_headline_like(items[0]):
        return clause_head(items[0]) and _opens_a_paragraph(items[1:], column) and not goes_on(items[0], items[1])
    return (items[0].width <= column - TITLE_LINE_SHORTFALL or _opens_a_paragraph(items[1:], column)) and not goes_on(
        items[0], items[1]
    )


def opens_with_dateline(items: list[Item]) -> bool:
    """Whether a body opens with a dateline (:func:`~textclean.clean.chardata.opens_dateline`): its first line, short
    where the column wraps the dateline (``本报武汉11月1日电`` / ``（记者 杜奕晏）从现在起``), is the story's text, not
    its title (pdfminer, LAY3 lay3-007: the title ``本报武汉11月1日电``, and the story named no reporter); and the body
    opens a story, as a titled one does (:func:`~textclean.clean.drafts.continuation_targets`).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> opens_with_dateline([mk("本报武汉11月1日电"), mk("（记者 杜奕晏）从现在起")]), opens_with_dateline([mk("推进工会工作")])
    (True, False)
    """
    return opens_dateline([it.text for it in items[:MAX_DATELINE_LINES]])


def _opens_a_paragraph(items: list[Item], column: float) -> bool:
    """Whether ``items[0]`` is a paragraph's first line: its indent short of the ``column`` (give or take an em), a
    full line under it, or the short line that closes the paragraph (a paragraph of two lines: the first runs on).
    A line over it that ends no sentence is no paragraph's last line: it is a head, however wide.

    Before (PyMuPDF, a narrow column): ``关于1998年政府工作的建议`` (12 em) over ``1998年是全面贯彻中国共`` (11 em, the
    paragraph's first line) in a 14 em column stood as the body's first line, the article untitled; after, it is
    the title. So too over a paragraph of two lines (PyMuPDF: ``着力稳市场主体保就业，加大宏观政策实施力度`` over
    ``完善减负纾困等政策，夯实经济稳定运行、质量提`` / ``升的基础。``, a 24 em column). Not a paragraph's first line:
    one as wide as the column, one that ends its sentence over a short line, or one with a short line under it
    that runs on.

    >>> mk = lambda t, w: Item(0, t, t, w, True, True)
    >>> _opens_a_paragraph([mk("1998年是全面贯彻中国共", 11), mk("产党第十五次全国代表大会精神", 14)], 14)
    True
    >>> _opens_a_paragraph([mk("完善减负纾困等政策，夯实经济稳定运行、质量提", 22), mk("升的基础。", 5)], 24)
    True
    >>> _opens_a_paragraph([mk("产党第十五次全国代表大会精", 13.5), mk("神的第一年。", 6)], 14)
    False
    >>> _opens_a_paragraph([mk("完善减负纾困等政策，夯实经济稳定运行。", 22), mk("升的基础。", 5)], 24)
    False
    """
    return (
        len(items) >= 2
        and column - INDENT - FULL_LINE_SLACK <= items[0].width <= column - INDENTED_LINE
        and (items[1].width >= column - FULL_LINE_SLACK or (items[1].ends and not items[0].ends))
    )


#: Lines under a paragraph's first line that tell its column (:func:`title_lines`): one may be the paragraph's short
#: last line, so the column is read from the first line down where fewer stand under it.
MIN_COLUMN_LINES = 2


def title_lines(items: list[Item]) -> int:
    """How many of a body's first lines are its title: 1 when its first line reads as one (:func:`opens_with_title`),
    2 when its first two lines are one headline wrapped (the words carry the first on into the second,
    :func:`~textclean.clean.wrapped.goes_on`), headline-like together or two clauses parted by a comma
    (:func:`~textclean.clean.headfit.clause_head`), ending no sentence, over a paragraph's first line that does
    not go on from them; else 0. :func:`~textclean.clean.articles.title_from_first_line` takes one line; an article
    whose title opens as a label takes two so (the label is its kicker).

    Before (PyMuPDF, devpages cpc-18-06): title ``全面提高党的建设科学化水平`` over a body opening with
    ``深化干部人事制度改革，建`` / ``设高素质执政骨干队伍`` / ``坚持和发展中国特色社`` (a first line of a 12 em column)
    … left the real title in the text. So too over a paragraph of three lines, whose column is read from the lines
    under its indented first line (LAY4 lay4-003: ``2022年经济社会发展总体要`` / ``求和政策取向`` over 16, 18 and
    7 em). Not two: lines that end a sentence, lines the words do not carry on across, or a second line the text
    under it goes on from.

    >>> mk = lambda t, w: Item(0, t, t, float(w), False, False)
    >>> body = [mk("深化干部人事制度改革，建", 12), mk("设高素质执政骨干队伍", 10), mk("坚持和发展中国特色社", 10)]
    >>> title_lines([*body, mk("会主义，关键在于建设一支", 12), mk("政治坚定、能力过硬、作风", 12)])
    2
    >>> title_lines([*body[:2], mk("政治坚定、能力过硬、作风", 12), mk("优良的干部队伍。", 8), mk("优良的干部队伍。", 8)])
    0
    >>> head = [mk("2022年经济社会发展总体要", 12), mk("求和政策取向", 6), mk("今年将召开中国共产党第二十次全国", 16)]
    >>> title_lines([*head, mk("代表大会，是党和国家事业发展进程中十", 18), mk("分重要的一年。", 7)])
    2
    """
    if opens_with_dateline(items):
        return 0
    if opens_with_title(items):
        return 1
    if len(items) < 4 or ends_sentence(items[0].text) or ends_sentence(items[1].text):
        return 0
    first, second = items[0], items[1]
    # the column from the lines under the paragraph's first line: an indented first line of a short paragraph
    # (``今年将召开…全国`` 16 em over 18 and 7) pulls the median of three lines under the column
    under = items[3:] if len(items) >= MIN_COLUMN_LINES + 3 else items[2:]  # (one line under tells no column)
    if not _opens_a_paragraph(items[2:], body_column(under)):
        return 0  # (the shape first: the word cuts below are the dear tests)
    joined = replace(first, text=first.text + second.text, width=0.0)  # (no width limit: a wrapped headline's)
    if not (is_headline_like(joined) or clause_head(joined)):
        return 0
    return 2 if goes_on(first, second) and not goes_on(second, items[2]) else 0


def label_over_body_title(label: str, items: list[Item]) -> int:
    """How many of a body's first lines are its title (:func:`title_lines`: one line, or two of one wrapped
    headline) when the headline matched to the body is a column label, else 0. A label is a word of at most
    :data:`~textclean.clean.typesetting.COLUMN_LABEL_CHARS` Han characters
    (:func:`~textclean.clean.lexicon.label_shaped`) that opens no clause (a short headline opens with its verb:
    ``加强党建``). A page sets the label in a box over the headline; the headline, wrapped in a box as narrow as
    the body's lines, was read into the body. The label is the article's column (in the gold of all the layout
    families a label-shaped word is a column about 900 times, a kicker 15), those lines its title. A longer name
    over such a body (``1957年政府工作报告摘编``) stays its kicker (:func:`~textclean.clean.articles._article`).

    Before (PyMuPDF, a commentary page, lay4-003): title ``一日一议`` over a one-paragraph body opening with
    ``2022年经济社会发展总体要`` / ``求和政策取向`` / ``今年将召开中国共产党第二十次全国`` …: the headline stood as
    the first paragraph. After, column ``一日一议``, title ``2022年经济社会发展总体要求和政策取向``. Not a label:
    ``加强党建`` (a clause), ``推进工会工作`` (longer than a label); nor over a body whose first lines are no title,
    nor one line of a headline wrapped on over three (:func:`_headline_runs_on`: lay4-017, ``全面推进``, a scrap of
    another headline, over ``加快生态文明体制`` / ``改革，建设美丽中`` / ``国``).

    >>> mk = lambda t, w: Item(0, t, t, float(w), False, False)
    >>> body = [mk("深化干部人事制度改革，建", 12), mk("设高素质执政骨干队伍", 10), mk("坚持和发展中国特色社", 10)]
    >>> body += [mk("会主义，关键在于建设一支", 12), mk("政治坚定、能力过硬、作风", 12)]
    >>> label_over_body_title("一日一议", body), label_over_body_title("推进工会工作", body), label_over_body_title("一日一议", body[2:])
    (2, 0, 0)
    """
    label = label.strip()
    if not label_shaped(label) or opens_as_clause(label):
        return 0
    n = title_lines(items)
    return 0 if n == 1 and _headline_runs_on(items) else n


def _headline_runs_on(items: list[Item]) -> bool:
    """Whether the second of the lines under a body's first line is at least :data:`INDENT` narrower than the one
    over it and ends no sentence: the tail of a headline wrapped over three lines (``加快生态文明体制`` /
    ``改革，建设美丽中`` / ``国``), not a paragraph (whose short last line ends its sentence).

    >>> mk = lambda t, w: Item(0, t, t, float(w), False, False)
    >>> _headline_runs_on([mk("加快生态文明体制", 8), mk("改革，建设美丽中", 8), mk("国", 1), mk("人与自然是生命共同", 9)])
    True
    >>> _headline_runs_on([mk("关于粉碎林彪反党集团的胜利", 13), mk("关于粉碎林彪反党集团的斗", 12), mk("争经过，罪行，", 14)])
    False
    """
    if len(items) < 3:
        return False
    high, low = items[1], items[2]
    return low.width <= high.width - INDENT and not ends_sentence(low.text)
