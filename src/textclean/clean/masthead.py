"""The paper's name printed in the masthead: text of no article.

* The **paper's name** in the masthead (:func:`paper_name_lines`): a page's top prints the paper's name (``湘楚日报``),
  the page's name (版名, the page banner: ``要闻``) and the date/edition line, in some order. The paper's name is no
  banner and heads no article: kept, it took the banner and pushed the 版名 into a column label. It is told by the
  closed set of words a paper's name ends with (:data:`PAPER_SUFFIXES`), on a line of its own, on a page that prints
  a date line (the masthead's other piece): a name read alone on a page with no date line is left alone.
"""

from __future__ import annotations

import re

from textclean.clean.chardata import HAN

#: The words a Chinese paper's name ends with: 日报/晚报/晨报/早报/时报/商报/周报 (``人民日报``, ``新民晚报``), and the
#: longer 青年报/都市报/法治报.
PAPER_SUFFIXES = "日报|晚报|晨报|早报|时报|商报|周报|青年报|都市报|法治报"
#: A paper's name: one to six Han characters (a place, a word or two: ``人民``, ``中国青年``) and its suffix.
PAPER_NAME = f"[{HAN}]{{1,6}}?(?:{PAPER_SUFFIXES})"
#: A paper's name alone on a line, white space removed (pdfminer letter-spaces a masthead: ``湘 楚 日 报``): the
#: closed set of words a paper's name ends with (:data:`PAPER_SUFFIXES`) after a few Han
#: characters (:data:`PAPER_NAME`).
PAPER_NAME_RE = re.compile(f"^{PAPER_NAME}$")


def paper_name_lines(texts: list[str], dated: set[int]) -> set[int]:
    """The lines of ``texts`` that print the paper's name, on a page with a date line (``dated``: its pieces'
    indexes, :func:`~textclean.clean.furniture.date_lines`), as indexes.

    Before (PyMuPDF): ``湘楚日报`` / ``时政要闻`` / ``2026年4月19日 星期日 第2版`` made ``湘楚日报`` the page banner and
    ``时政要闻`` the first article's column label; after, the paper's name is dropped, and the 版名 read before the
    date line is the banner (:func:`~textclean.clean.furniture.date_line_top`). Not so without a date line, nor for
    a line that holds more than the name (``人民日报评论员文章``, a byline ``经济日报记者 王某``).

    >>> paper_name_lines(["湘楚日报", "时政要闻", "2026年4月19日 星期日 第2版", "本报讯"], {2})
    {0}
    >>> paper_name_lines(["湘 楚 日 报", "经济日报记者 王某", "人民日报评论员文章"], {5}), paper_name_lines(["湘楚日报"], set())
    ({0}, set())
    """
    if not dated or not any("报" in t for t in texts):
        return set()
    return {i for i, t in enumerate(texts) if PAPER_NAME_RE.match("".join(t.split()))}
