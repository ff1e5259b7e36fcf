"""A page's 版次 (folio) printed with its date or alone, set beside the date line's other pieces.

A daily's date line may come apart in the extractor's text: the 版次 and the date on one line (``第15版　2026.08.02``)
over the editors' line (``责任编辑：X　美术编辑：Y``), or the page number alone in figures (``12``) over the date and
editors (``2026年6月1日　星期五　责任编辑：X``). Neither piece holds a weekday or an editor's role word, so
:func:`~textclean.clean.furniture.is_date_line` reads neither; :func:`folio_lines` finds them by the piece they stand
beside, and :func:`~textclean.clean.furniture.edition_lines` adds them to the date line.
"""

from __future__ import annotations

import re

from textclean.clean.chardata import HAN

#: A page's 版次: a section letter and page number (``A13``, ``B2``) or ``第5版`` / ``第十二版``.
EDITION_CODE = "[A-H][0-9]{1,2}|第[0-9一二三四五六七八九十]{1,3}版"
#: The date, written out or in figures parted by dots (``2026年6月27日``, ``2026.06.27``).
DATE = "[0-9]{4}(?:年[0-9]{1,2}月[0-9]{1,2}日|[.．][0-9]{1,2}[.．][0-9]{1,2})"
#: A 版次 and the date on one line, in either order, white space dropped (``第15版2026.08.02``).
DATED_FOLIO_RE = re.compile(f"^(?:(?:{EDITION_CODE}){DATE}|{DATE}(?:{EDITION_CODE}))$")
#: A page number alone in figures (``12``, ``07``): a folio only at the page's top, over a date-line piece
#: (elsewhere a count, a chart's label, a list's number). Two digits: a daily has fewer than 100 pages.
BARE_FOLIO = "[0-9]{1,2}"
BARE_FOLIO_RE = re.compile(f"^{BARE_FOLIO}$")
#: The page's lines a bare folio over the date line may stand on: its first, or its second under the page's name
#: (``理论`` / ``18`` / ``2026年7月24日　星期六　责任编辑：X``). (A folio printed with the name, ``国际`` / ``08　国际``,
#: read so too lost two pdftotext articles on the international pages' held-out quarter: not read.)
FOLIO_TOP_LINES = 2
#: A 版次 set apart before the line's other pieces (``第10版　责任编辑：X　Y``): the editors' line it heads.
FOLIO_HEAD_RE = re.compile(f"^(?:{EDITION_CODE})[ \u3000]+")
_WHITE_RE = re.compile(r"\s+")


def folio_lines(texts: list[str], dated: set[int]) -> set[int]:
    """The lines of ``texts`` (non-blank, in order) that are a folio beside a date-line piece (``dated``): a 版次 with
    the date (:data:`DATED_FOLIO_RE`) right over or under a piece, or a bare page number (:data:`BARE_FOLIO_RE`) on
    the page's first line or its second (under the page's name) right over one.

    Before (PyMuPDF, an opinion page): ``第15版　2026.08.02`` / ``责任编辑：X　美术编辑：Y`` / ``观点`` / ``编者按`` made
    the folio line the page's banner (``12`` / ``2026年6月1日　星期五　责任编辑：X`` / ``理论`` so too); after, both are
    date-line pieces and ``观点``, ``理论`` the banner. Not so: a number far from the date line, a date alone.

    >>> folio_lines(["第15版　2026.08.02", "责任编辑：胡亮　美术编辑：陶晓海", "观点"], {1})
    {0}
    >>> folio_lines(["12", "2026年6月1日　星期五　责任编辑：马向静", "理论"], {1}), folio_lines(["12", "理论"], set())
    ({0}, set())
    >>> folio_lines(["理论", "18", "2026年6月1日　星期五"], {2}), folio_lines(["国际", "08　国际", "2026年4月16日　星期一"], {2})
    ({1}, set())
    >>> folio_lines(["理论", "12", "观点", "2026年6月1日　星期五"], {3}), folio_lines(["2026.08.02", "责任编辑：胡亮　陶晓海"], {1})
    (set(), set())
    """
    near = {j for i in dated for j in (i - 1, i + 1) if 0 <= j < len(texts)}
    found = {i for i in near if DATED_FOLIO_RE.match(_WHITE_RE.sub("", texts[i]))}
    for i in range(min(FOLIO_TOP_LINES, len(texts))):
        line = texts[i].strip()
        if i + 1 in dated and BARE_FOLIO_RE.match(line):
            found.add(i)
    return found


#: A banner line opening with the page number set apart from a letter-spaced 版名 (``10 区 域 经 济``): the number,
#: a space, then no figure, each character set apart (``2 4 小 时``, a letter-spaced figure, is a name; a name set
#: tight after a number, ``8 城事``, is left as read: on a blind family's pages, cut so, it lost banners).
FOLIO_BEFORE_NAME_RE = re.compile(f"^\\s*({BARE_FOLIO})[ \u3000]+[^0-9\\s](?:[ \u3000]+[^0-9\\s])+$")
#: A name opening with a measure word after a number reads as a quantity (``8 小 时 以 外``, ``1 号 文 件``, ``2 4 小
#: 时``): the number is the name's own, not the page's. (Review RV2: such names lost their figure.)
QUANTITY_OPENING_RE = re.compile("^(?:小时|分钟|[年月日号时点天周个后岁度届期次分秒元万亿千百])")


def banner_off_folio(raw: str, text: str) -> str:
    """A banner's ``text`` without the page number printed before the 版名 on its line (``raw``, as printed).

    pdfminer reads a page's number and its letter-spaced 版名 as one line (``10 区 域 经 济``); the spaces taken
    out, the number ran into the banner (``10区域经济``). PyMuPDF and pdftotext print the number apart.

    >>> banner_off_folio("10 区 域 经 济", "10区域经济"), banner_off_folio("8 金 融 · 市 场", "8金融·市场")
    ('区域经济', '金融·市场')

    Not cut: a name with no number set apart before it, or a letter-spaced figure.

    >>> banner_off_folio("2 4 小 时", "24小时"), banner_off_folio("3·15特别报道", "3·15特别报道")
    ('24小时', '3·15特别报道')
    >>> banner_off_folio("8 城事", "8 城事")
    '8 城事'

    Nor a name whose first word, after the number, is no Han word's (``5 G 时 代``, ``3 D 打 印``) or a measure word
    (:data:`QUANTITY_OPENING_RE`): the figure is the name's own.

    >>> banner_off_folio("5 G 时 代", "5 G 时代"), banner_off_folio("8 小 时 以 外", "8小时以外")
    ('5 G 时代', '8小时以外')
    >>> banner_off_folio("1 号 文 件 解 读", "1号文件解读")
    '1号文件解读'

    """
    m = FOLIO_BEFORE_NAME_RE.match(raw)
    if m is None or not text.startswith(m.group(1)):
        return text
    name = "".join(raw[m.end(1) :].split())
    if not re.match(f"[{HAN}]", name) or QUANTITY_OPENING_RE.match(name):
        return text  # (``5 G 时 代``, ``8 小 时 以 外``: a figure of the name)
    return text[len(m.group(1)) :].lstrip()
