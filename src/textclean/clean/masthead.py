"""The paper's name printed in the masthead: text of no article.

* The **paper's name** in the masthead (:func:`paper_name_lines`): a page's top prints the paper's name (``湘楚日报``),
  the page's name (版名, the page banner: ``要闻``) and the date/edition line, in some order. The paper's name is no
  banner and heads no article: kept, it took the banner and pushed the 版名 into a column label. It is told by the
  closed set of words a paper's name ends with (:data:`~textclean.clean.chardata.PAPER_SUFFIXES`, which also name
  another paper's reporter in a byline), on a line of its own, on a page that prints a date line (the masthead's other piece), at the page's top within :data:`MASTHEAD_GAP` lines of a date-line
  piece, and not glued to a sentence's lines: a name read alone on a page with no date line is left alone, and so
  is a headline or a column's words ending so (``小记者办周报``, ``部门及时报``) read under the masthead.
"""

from __future__ import annotations

import re

from textclean.clean.chardata import HAN, PAPER_SUFFIXES

#: A paper's name: one to six Han characters (a place, a word or two: ``人民``, ``中国青年``) and its suffix.
PAPER_NAME = f"[{HAN}]{{1,6}}?(?:{PAPER_SUFFIXES})"
#: A paper's name alone on a line, white space removed (pdfminer letter-spaces a masthead: ``湘 楚 日 报``): the
#: closed set of words a paper's name ends with (:data:`~textclean.clean.chardata.PAPER_SUFFIXES`) after a few Han
#: characters (:data:`PAPER_NAME`).
PAPER_NAME_RE = re.compile(f"^{PAPER_NAME}$")
#: A trade or sector paper's name: a few Han characters and ``报`` (``中国能源报``, ``人民邮电报``, ``健康报``), the
#: character before ``报`` no report's kind nor a verb of reporting (:data:`REPORT_KINDS`: ``快报``, ``简报``,
#: ``年报``, ``回报``, ``申报``, ``举报`` … name a column, a document or an act). Read as a masthead piece only: a line
#: of its own must stand by no sentence's line (:func:`glued_to_sentence`).
TRADE_PAPER_RE = re.compile(f"[{HAN}]{{2,6}}报")
REPORT_KINDS = frozenset("快简画海喜情公年季月汇通捷战预警学回申举上呈填函谍")

#: Most lines before the masthead's first piece, the paper's name or a date-line piece: the masthead opens the page
#: (:func:`~textclean.clean.furniture.date_line_top` asks line 0 or 1), the 版名 and the lead's headline read before
#: it at most (``要闻·经济`` / ``博物馆里过大年`` / ``秦川日报`` / date line).
MASTHEAD_FIRST_LINE = 2
#: Most lines before the paper's name, a front page's guide box not counted (``skip``): the name, the 版名, the date
#: line's pieces (pdftotext cuts it into three or four) and the lead's headline read before them (``湘楚日报`` /
#: ``青川市港开通新航线`` / ``——与164个…`` / ``时政要闻`` / date line) make the page's first lines.
MASTHEAD_LINES = 6
#: Marks of a sentence: a neighbour holding one is a body's line, and a name glued to it the end of a sentence's
#: line (``要第一时间向有关`` / ``部门及时报`` / ``告，并做好记录。``) or a headline over its body.
SENTENCE_MARKS = "，。；！？、"
#: A subtitle's opening dash: a name over it is the headline it goes with (``小记者办周报`` / ``——孩子们的新闻课``).
SUBTITLE_DASH = "——"


def paper_name_lines(texts: list[str], pieces: set[int], skip: frozenset[int] = frozenset()) -> set[int]:
    """The lines of ``texts`` that print the paper's name, on a page with a date line (``pieces``: its pieces'
    indexes, :func:`~textclean.clean.furniture.date_lines` and the 版次 beside them), as indexes: each at the page's
    top (:data:`MASTHEAD_LINES`), the masthead opening the page (:data:`MASTHEAD_FIRST_LINE`), and no neighbour of
    it a sentence's line (:func:`glued_to_sentence`). (pdftotext reads the name a few lines off the date line:
    :func:`~textclean.clean.furniture.date_line_top` reads with the date line only a name close to it.)

    Before (PyMuPDF): ``湘楚日报`` / ``时政要闻`` / ``2026年4月19日 星期日 第2版`` made ``湘楚日报`` the page banner and
    ``时政要闻`` the first article's column label; after, the paper's name is dropped, and the 版名 read before the
    date line is the banner (:func:`~textclean.clean.furniture.date_line_top`). Not so without a date line, nor for
    a line that holds more than the name (``人民日报评论员文章``, a byline ``经济日报记者 王某``), nor under the page's
    first lines or over a body (a headline ``小记者办周报`` over ``本报讯（记者 王明）每周五下午，…``).

    >>> paper_name_lines(["湘楚日报", "时政要闻", "2026年4月19日 星期日 第2版", "本报讯"], {2})
    {0}
    >>> paper_name_lines(["湘 楚 日 报", "要闻", "2026年4月19日 星期日", "经济日报记者 王某", "人民日报评论员文章"], {2})
    {0}
    >>> paper_name_lines(["湘楚日报"], set()), paper_name_lines(["2026年4月19日 星期日", "教育", "小记者办周报", "本报讯，"], {0})
    (set(), set())
    """
    if not pieces or not any("报" in t for t in texts):
        return set()
    first = min(pieces)
    top = [i for i in range(len(texts)) if i not in skip][:MASTHEAD_LINES]
    return {
        i
        for i in top
        if min(i, first) <= MASTHEAD_FIRST_LINE
        and paper_name("".join(texts[i].split()))
        and not glued_to_sentence(texts, i, pieces)
    }


def paper_name(part: str) -> bool:
    """Whether ``part`` is a paper's name: a daily's (:data:`PAPER_NAME_RE`) or a trade
    paper's (:data:`TRADE_PAPER_RE`, :data:`REPORT_KINDS`).

    >>> [paper_name(t) for t in ("湘楚日报", "中国能源报", "人民邮电报", "坚守的回报", "网上申报", "经济快报", "能源周刊")]
    [True, True, True, False, False, False, False]
    """
    if PAPER_NAME_RE.match(part):
        return True
    return TRADE_PAPER_RE.fullmatch(part) is not None and part[-2] not in REPORT_KINDS


def glued_to_sentence(texts: list[str], i: int, pieces: set[int]) -> bool:
    """Whether the line ``i`` of ``texts`` stands by a sentence's line: a neighbour, no date-line piece, holding a
    sentence's mark (:data:`SENTENCE_MARKS`), or a subtitle under it (:data:`SUBTITLE_DASH`). A masthead's
    neighbours are its other pieces, the 版名 or a headline.

    >>> glued_to_sentence(["要第一时间向有关", "部门及时报", "告，并做好记录。"], 1, set())
    True
    >>> glued_to_sentence(["湘楚日报", "时政要闻", "2026年4月19日，星期日"], 0, {2})
    False
    """
    if i + 1 < len(texts) and texts[i + 1].lstrip().startswith(SUBTITLE_DASH):
        return True
    return any(
        0 <= j < len(texts) and j not in pieces and any(ch in SENTENCE_MARKS for ch in texts[j]) for j in (i - 1, i + 1)
    )
