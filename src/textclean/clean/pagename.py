"""A page's name (版名) read by its date line: the shape of a name (:func:`name_shaped`), one read over the page's
first date-line piece (:func:`name_over_date_line`) or letter-spaced between two pieces (:func:`spaced_name_in_gap`).
:func:`~textclean.clean.furniture.date_line_top` asks them of the lines by the page's date line.
"""

from __future__ import annotations

from textclean.clean.bylines import byline_names
from textclean.clean.chardata import BYLINE_ROLE_RE, ends_sentence
from textclean.clean.glyphforms import fold_glyph_forms
from textclean.clean.lexicon import LABEL_MARKS, is_name_word, is_one_word, label_shaped
from textclean.clean.masthead import PAPER_NAME_RE
from textclean.clean.repair import is_letter_spaced
from textclean.models import Line

#: Most characters of a page's name (版名) printed beside its date line: a name of a few words (``城事·热线``,
#: ``社会新闻``); a longer line there is a headline.
MAX_PAGE_NAME_CHARS = 8
#: Most lines over the date line that, all shaped as a name, make the first of them the page's name
#: (:func:`name_over_date_line`): the name and a column label beside it.
MAX_LINES_OVER_DATE = 2
#: What closes a photographer's credit (``毅 松 摄``): no page's name.
CREDIT_MARK = "摄"


def spaced_name_in_gap(shown: list[str], pieces: set[int], last: int) -> int | None:
    """The index of the one line set letter-spaced and shaped as a name (:func:`name_shaped`) of the two lines after
    the date-line piece ``last`` of a block opening the page, a piece right under them: pdfminer reads the name and
    a column label (set tight; a name is spread) between the pieces (``第6版`` / ``前沿探索`` / ``科 学 周 刊`` / …).

    >>> spaced_name_in_gap(["2026年9月20日 星期一", "前沿探索", "科 学 周 刊", "责任编辑：陈凯"], {0, 3}, 0)
    2
    >>> spaced_name_in_gap(["2026年9月20日 星期一", "前沿探索", "基础研究", "责任编辑：陈凯"], {0, 3}, 0) is None
    True
    """
    if last + 3 not in pieces or 0 not in pieces:
        return None
    named = [j for j in (last + 1, last + 2) if is_letter_spaced(shown[j]) and name_shaped(shown[j])]
    return named[0] if len(named) == 1 else None


def name_over_date_line(kept: list[Line], shown: list[str], first: int) -> int | None:
    """The number of the line right over the page's first date-line piece (its index ``first`` in ``shown``, the
    page's non-blank lines ``kept``) when it is shaped as a page's name (:func:`name_shaped`) and the line over it
    is not (two short lines there are a headline wrapped, ``让科学`` / ``走近大众``), or of the page's first line
    when all the lines over the date line (:data:`MAX_LINES_OVER_DATE`) are so shaped (a name opens the page: the
    other is a column label, ``读书周刊`` / ``读书札记``). A name is printed over its date line or beside it, and an
    extractor that reads the page's first head before both keeps the two together. None: no name there.

    Before (pdftotext, a front page): ``湘楚日报`` / ``青川市港开通新航线`` / ``——与164个…`` / ``时政要闻`` /
    ``2026年4月19日 星期日 第2版`` left ``时政要闻`` a headline line of the first article (no banner); after, the
    banner. Not so: a headline line over the date line (``博物馆里过大年``: longer than a label), or a credit.

    >>> from textclean.models import Line
    >>> shown = ["湘楚日报", "青川市港开通新航线", "时政要闻", "2026年4月19日 星期日 第2版"]
    >>> over = lambda: name_over_date_line([Line(i, t) for i, t in enumerate(shown)], shown, 3)
    >>> over()
    2
    >>> shown[2] = "博物馆里过大年"
    >>> over() is None
    True
    >>> shown[:3] = ["读书周刊", "读书札记", "2026年4月19日 星期日"]
    >>> name_over_date_line([Line(i, t) for i, t in enumerate(shown)], shown, 2)
    0
    """
    above = [name_shaped(t) for t in shown[:first]]
    if first <= MAX_LINES_OVER_DATE and all(above):
        return kept[0].no
    if first > 0 and above[first - 1] and not (first > 1 and above[first - 2]):
        return None if heads_body(kept, shown, first) or _under_byline(shown, first) else kept[first - 1].no
    return None


def _under_byline(shown: list[str], first: int) -> bool:
    """Whether the line over the date line (index ``first``) stands under a byline: a head stack read on into the
    date line, the line a column label of an article (pdftotext: ``…`` / ``本报评论员`` / ``人民论坛`` /
    ``第10版 2026.02.22`` made ``人民论坛`` the page's name); a page's name heads no byline.

    >>> _under_byline(["本报评论员", "人民论坛", "第10版 2026.02.22"], 2), _under_byline(["深化改革。", "要闻", "2026年"], 2)
    (True, False)
    """
    line = shown[first - 2] if first > 1 else ""
    return byline_shaped(line) or BYLINE_ROLE_RE.search(line) is not None


def heads_body(kept: list[Line], shown: list[str], first: int) -> bool:
    """Whether the line over the date line (index ``first``) is a subheading of a body run through it: a line
    closing a sentence over it, a paragraph opening (indented) under the date line. Before: ``…多办实事。`` /
    ``记者手记`` / ``2026年5月4日 星期日`` / ``　　产业工人…`` made ``记者手记`` the banner of every article; after, none.

    >>> from textclean.models import Line
    >>> shown = ["为乡亲们多办实事。", "记者手记", "2026年5月4日 星期日", "产业工人是推动"]
    >>> kept = [Line(i, t) for i, t in enumerate(shown[:3] + ["\u3000\u3000产业工人是推动"])]
    >>> heads_body(kept, shown, 2), heads_body([*kept[:3], Line(3, "产业工人是推动")], shown, 2)
    (True, False)
    """
    if first < 2 or first + 1 >= len(kept) or not ends_sentence(shown[first - 2]):
        return False
    below = kept[first + 1].text
    return below[:1].isspace() and not below.strip()[:1].isspace()


def byline_shaped(text: str) -> bool:
    """Whether the byline test reads a line as names (``王华``, ``记者 王华``) none of them a common word (``国际``)."""
    names = byline_names(text) or []
    return bool(names) and all(is_name_word(n) or not is_one_word(n) for n in names)


def name_shaped(text: str) -> bool:
    """Whether a line is shaped as a page's name: Han characters, ``·`` may part them into words of a column
    label's length at most (:data:`~textclean.typesetting.COLUMN_LABEL_CHARS`), :data:`MAX_PAGE_NAME_CHARS` in all,
    white space dropped (``要闻·综合``, ``专 题 · 深 度 报 道``); not a photo credit (``毅 松 摄``), nor the paper's
    name (``北疆日报``, :data:`~textclean.clean.masthead.PAPER_NAME_RE`: read away from its date line, it stays), nor
    a byline's role word alone (``本报记者``).

    >>> [name_shaped(t) for t in ("要闻", "专 题 · 深 度 报 道", "博物馆里过大年", "毅 松 摄", "2026年", "北疆日报")]
    [True, True, False, False, False, False]
    >>> name_shaped("本报记者"), name_shaped("记者调查"), name_shaped("副 刊 · ⽂ 化 周 刊")
    (False, True, True)
    >>> name_shaped("王华"), name_shaped("王 华"), name_shaped("记者 王华"), name_shaped("国际")
    (False, False, False, True)
    """
    compact = fold_glyph_forms("".join(text.split()))  # (pdfminer's radicals: ``⽂化``)
    if len(compact) > MAX_PAGE_NAME_CHARS or compact.endswith(CREDIT_MARK) or PAPER_NAME_RE.match(compact):
        return False
    if (role := BYLINE_ROLE_RE.match(compact)) and role.end() == len(compact):
        return False  # (a byline's role word alone: ``本报记者``)
    if byline_shaped(compact):
        return False  # (a byline: ``王 华``, ``记者 王华``)
    return all(label_shaped(part) for part in compact.split(LABEL_MARKS))
