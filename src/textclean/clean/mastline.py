"""A masthead line read piece by piece: the date, the weekday, the 版次, the editors, the paper's name and the page's
name (版名), in any order, on one line or cut over several.

A page's top prints its banner as a few pieces: the paper's name (``中国能源报``), the 版名 (``能源周刊``), the date
(``2026年3月5日``, with or without ``星期四``), the 版次 (``第5版``, ``A06`` or a bare ``05``) and the editors
(``责任编辑：李华　美编：张强``). Papers set them in every order, and an extractor gives them one line each, two or
three to a line, or all on one. :func:`masthead_parts` reads a line as such pieces (white-space apart) and at most
one 版名; :func:`masthead_lines` finds the page's lines made of pieces alone, and :func:`masthead_name` the one line
holding the 版名 among pieces. Only the page's top lines are read so (:data:`MASTHEAD_ZONE`): further down, a name and
a date on one line are a notice's signature (``某某公司　2026年3月5日``), text of its article.

Only the register's closed vocabulary is used (:data:`WEEKDAY`, :data:`EDITOR_ROLES`,
:data:`~textclean.clean.folios.EDITION_CODE`, :data:`~textclean.clean.masthead.PAPER_NAME_RE`); the 版名 is told by
its shape (:func:`~textclean.clean.pagename.name_shaped`), not by its words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from textclean.clean.chardata import HAN, is_person_name
from textclean.clean.folios import BARE_FOLIO, DATE, EDITION_CODE
from textclean.clean.masthead import PAPER_NAME, glued_to_sentence, paper_name
from textclean.clean.pagename import name_shaped

#: The weekday a daily's date line prints after the date (星期一 … 星期日/星期天).
WEEKDAY = "星期[一二三四五六日天]"
#: The page editors' role words of a date line (``责任编辑 X　美术编辑 Y``; short forms 责编/美编, and 版式/校对;
#: ``本版编辑 X　Y``, ``本版责任编辑：X　Y``). A bare ``编辑`` heads a column as often (``编辑　手记``, ``编辑　寄语``): see
#: :data:`~textclean.clean.furniture.BARE_EDITOR`.
EDITOR_ROLES = "本版责任编辑|本版责编|责任编辑|美术编辑|本版编辑|责编|美编|版式|校对"
#: The page's top lines (non-blank) read for masthead lines: the masthead opens the page, and an extractor may read
#: the lead's head (kicker, title, subtitle) and the 版名 before it (as
#: :data:`~textclean.clean.furniture.DATE_LINE_LAST_TOP`, whose last line it is).
MASTHEAD_ZONE = 7
_DATED = f"(?:{DATE})(?:{WEEKDAY})?"
#: The lunar date a daily may print under its date: ``农历``, a 干支 year, a month and a day word (``农历乙巳年二月
#: 初六``); nothing looser (``农历新年`` is a headline's word).
LUNAR_DATE = (
    "农历(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年)?(?:正|冬|腊|十[一二]|[一二三四五六七八九十])月"
    "(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十|廿[一二三四五六七八九]|三十)"
)
#: A daily's register pieces in its masthead, a closed vocabulary: the edition's page count (``今日16版``), its
#: serial number (``第25815号``, ``总第1234期``; not a column's issue, ``第125期``), the serial code's labels and values (``国内统一连续出版物号　CN
#: 53-0001``, ``邮发代号　63-1``), the party committee it speaks for (``中共云川省委机关报``), its web address
#: (``www.ycrb.cn``, a paper's name and 网, ``云川日报网``; not ``气象预报网``) and its name in capitals (``YUNCHUAN DAILY``).
REGISTER = (
    "今日[0-9一二三四五六七八九十]{1,3}版|第[0-9]{4,7}号|总第[0-9]{3,7}[号期]|(?:国内|国际标准)?统一(?:连续出版物号|刊号)"
    f"|邮发代号|CN[0-9]{{2}}-[0-9]{{4}}(?:/[A-Z]{{1,2}})?|中共[{HAN}]{{1,10}}委(?:员会)?机关报"
    f"|www\\.[A-Za-z0-9.-]+|(?:{PAPER_NAME})网"
)
#: Parts of a register line that say nothing alone (a score ``3-1``, an acronym ``GDP``): the code's prefix and
#: value set apart (``CN`` / ``53-0001``, ``63-1``) and the paper's name in capitals; pieces only beside a register
#: piece or a date.
REGISTER_CODE = "CN|[0-9]{1,2}-[0-9]{1,4}|[A-Z]{2,12}"
_PIECES = {
    "date": re.compile(f"{_DATED}|{_DATED}(?:{EDITION_CODE})|(?:{EDITION_CODE}){_DATED}|{LUNAR_DATE}"),
    "weekday": re.compile(WEEKDAY),
    "code": re.compile(f"{EDITION_CODE}|{BARE_FOLIO}"),
    "editor": re.compile(f"(?:(?:{EDITOR_ROLES})(?:设计)?[：:]?|编辑[：:])([{HAN}]{{2,4}})"),
    "role": re.compile(f"(?:{EDITOR_ROLES})(?:设计)?[：:]?"),
    "register": re.compile(REGISTER),
    "regcode": re.compile(REGISTER_CODE),
}
#: Piece kinds that make a line a masthead line by themselves; a 版次, a weekday or a paper's name alone may be a
#: count, a weather line's or a headline's word, so they count only beside one of these.
STRONG_PIECES = frozenset({"date", "editor", "register"})
#: The page's first lines (non-blank) where a 版名 may ride on a line with a date alone or with a 版次 or the paper's
#: name (``05　能源周刊``, ``2026年3月5日　要闻``): lower, a name and a date are a notice's signature (``城东水务
#: 2026年3月5日``), a show's date and place (``2026.3.8 首都剧场``), a headline with a number (``G20 峰会``).
TOP_NAME_LINES = 2
#: A line read by :func:`masthead_parts`: its 版名 (or None) and its pieces' kinds; None, no masthead line.
Parsed = tuple[str | None, tuple[str, ...]] | None
#: Lines whose reading is kept (:func:`masthead_parts` is asked of a page's top lines by several steps).
MASTHEAD_CACHE = 4096
_PERSON_RE = re.compile(f"[{HAN}]{{2,3}}")


@lru_cache(maxsize=MASTHEAD_CACHE)
def masthead_parts(text: str) -> Parsed:
    """The 版名 (or None) and the kinds of the pieces of the line ``text`` read as a masthead line: every part
    (white-space apart) a piece, but one at most, a page's name (:func:`~textclean.clean.pagename.name_shaped`).
    None when a part is neither, or two are names. An editor's role set apart from its name (``责任编辑 李华``) is one
    piece, and so are the names after an editor's (``本版编辑：闫晨强　袁雅``): a name shaped as a person's.

    Before: ``2026年3月5日 星期四  第5版  能源周刊  责任编辑：李华`` was the page's banner, whole; after, the parts
    of ``能源周刊`` and four pieces. Not so: a headline with a date (``春节假期 全国铁路发送旅客超亿人次``: a part no
    piece nor name), two names.

    >>> masthead_parts("2026年3月5日 星期四  第5版  能源周刊  责任编辑：李华")
    ('能源周刊', ('date', 'weekday', 'code', 'editor'))
    >>> masthead_parts("05　中国能源报　2026年3月5日"), masthead_parts("责任编辑 李华 美术编辑 张强")
    ((None, ('code', 'paper', 'date')), (None, ('editor', 'editor')))
    >>> masthead_parts("春节假期 全国铁路发送旅客超亿人次"), masthead_parts("要闻 经济 2026年3月5日")
    (None, None)

    A daily's register pieces (:data:`REGISTER`):

    >>> masthead_parts("中共云川省委机关报　YUNCHUAN DAILY"), masthead_parts("国内统一连续出版物号　CN 53-0001")
    ((None, ('register', 'regcode', 'regcode')), (None, ('register', 'regcode', 'regcode')))
    >>> masthead_parts("织牢气象预报网"), masthead_parts("第125期")  # (a headline's word; a column's issue: review RL)
    (None, None)
    >>> masthead_parts("邮发代号　63-1　　云川日报网　www.ycrb.cn"), masthead_parts("今日16版　第25815号")
    ((None, ('register', 'regcode', 'register', 'register')), (None, ('register', 'register')))
    >>> masthead_parts("CN 2026 全球 峰会") is None, masthead_parts("AI 时代")
    (True, ('时代', ('regcode',)))
    """
    name: str | None = None
    kinds: list[str] = []
    parts = text.split()
    k = 0
    while k < len(parts):
        part = parts[k]
        kind = next((kind for kind, piece in _PIECES.items() if (match := piece.fullmatch(part))), None)
        if kind == "editor" and match is not None and not is_person_name(match.group(1)):
            kind = None  # (a role word glued to no name: ``编辑部启事``, ``校对人生``)
        if kind == "role":
            if k + 1 == len(parts) or not _PERSON_RE.fullmatch(parts[k + 1]):
                return None  # (a role word with no name: a column's words)
            kind, k = "editor", k + 1
        elif kind is None and paper_name(part):
            kind = "paper"
        elif kind is None and kinds[-1:] == ["editor"] and _PERSON_RE.fullmatch(part) and not name_shaped(part):
            kind = "editor"  # (a second editor under one role)
        if kind is None:
            if name is not None or not name_shaped(part):
                return None
            name = part
        else:
            kinds.append(kind)
        k += 1
    return name, tuple(kinds)


def _strong(kinds: tuple[str, ...]) -> bool:
    """Whether the pieces ``kinds`` make a masthead line by themselves (:data:`STRONG_PIECES`)."""
    return not STRONG_PIECES.isdisjoint(kinds)


def masthead_lines(texts: list[str]) -> set[int]:
    """The indexes of the page's top lines (``texts``, non-blank, in order; :data:`MASTHEAD_ZONE`) made of masthead
    pieces alone (:func:`masthead_parts`, no 版名): each with a date or an editor (:data:`STRONG_PIECES`), or next to
    such a line (a line of the masthead, with or without the 版名), the 版次 alone too, and the paper's name alone
    next to a line of pieces, or with no sentence's line by it (:func:`~textclean.clean.masthead.glued_to_sentence`:
    a headline may end so, ``小记者办周报`` under the 版名 and over its body).

    Before (PyMuPDF, a trade paper): ``能源周刊`` / ``中国能源报　2026年3月5日 星期四`` / ``05`` made the paper's
    name the banner and ``05`` the first article's kicker; after, both lines are furniture and ``能源周刊`` the banner.
    Not so: a number far from the masthead, a line of words, lines under the page's top.

    >>> sorted(masthead_lines(["能源周刊", "中国能源报　2026年3月5日 星期四", "05", "全省能源工作会议召开"]))
    [1, 2]
    >>> sorted(masthead_lines(["第5版", "能源周刊", "2026年3月5日"])), sorted(masthead_lines(["12", "理论", "会议召开"]))
    ([0, 2], [])
    """
    parsed = _printed_again(texts[:MASTHEAD_ZONE])
    block = _masthead_block(parsed)
    pieces = {i for i in block if (p := parsed[i]) is not None and p[0] is None and _pieces_line(p[1])}
    papers = {i for i in pieces if parsed[i] == (None, ("paper",))}
    return {i for i in pieces if i not in papers or not glued_to_sentence(texts, i, pieces)}


def _pieces_line(kinds: tuple[str, ...]) -> bool:
    """Whether a line of masthead pieces ``kinds`` is one: a date or an editor on it, or other pieces each of its own
    kind (a bare ``05``, ``农民日报　A06``; two numbers are a score, ``2 1``); a register code (``regcode``: ``AI``,
    ``3-1``) only on a line with a register piece (:data:`REGISTER`) or a date."""
    if "regcode" in kinds and not _strong(kinds):
        return False
    return _strong(kinds) or len(set(kinds)) == len(kinds)


def _printed_again(texts: list[str]) -> list[Parsed]:
    """``texts`` read by :func:`masthead_parts`, a line's 版名 dropped when another line prints it alone (``国际`` /
    ``03　国际`` / date line: the folio repeats the name, and the name alone is the banner)."""
    parsed = [masthead_parts(t) for t in texts]
    alone = {p[0] for p in parsed if p is not None and p[0] is not None and not p[1]}
    return [(None, p[1]) if p is not None and p[0] in alone and p[1] else p for p in parsed]


def _masthead_block(parsed: list[Parsed]) -> set[int]:
    """The indexes of the lines (``parsed`` by :func:`masthead_parts`) read together with a line holding a date or
    an editor (:data:`STRONG_PIECES`): it and its neighbours, on and on, each a masthead line or a page's name alone
    (the 版名 and the paper's name are printed among the pieces, in any order)."""
    block = {i for i, p in enumerate(parsed) if p is not None and _strong(p[1])}
    grown = True
    while grown:
        near = {j for i in block for j in (i - 1, i + 1) if 0 <= j < len(parsed) and parsed[j] is not None}
        grown = not near <= block
        block |= near
    return block


def masthead_name(texts: list[str]) -> int | None:
    """The index of the page's top line (``texts``, non-blank, in order) printing the 版名 among masthead pieces
    (:func:`masthead_parts`) with a date or an editor on the line or on a masthead line next to it
    (:func:`masthead_lines`), or printing it alone between two such lines, the one line so alone by the masthead (an
    extractor reads the page's first head before its masthead: ``title`` / ``5`` / ``要闻`` / date line). A name alone
    over or under the pieces is :func:`~textclean.clean.furniture.date_line_top`'s to read: a box's label or a column's
    is printed there as often (``第15版　2026.08.02`` / editors / ``编者按`` over its text). None when no line or two
    lines hold the name so.

    >>> masthead_name(["2026年3月5日 星期四　第5版　能源周刊", "全省能源工作会议召开"])
    0
    >>> masthead_name(["05　能源周刊", "2026年3月5日"]), masthead_name(["05　能源周刊", "全省能源工作会议召开"])
    (0, None)
    >>> masthead_name(["全省能源工作会议召开", "5", "要闻", "2026年3月5日"]), masthead_name(["2026年3月5日", "编者按", "一些，"])
    (2, None)
    >>> masthead_name(["2026年3月5日 星期四", "深度调查", "全省能源工作会议召开"]) is None
    True
    >>> masthead_name(["观点", "第15版　2026.01.24", "编者按", "科技成果“躺在抽屉里”，是长期困扰科研院所的难题。"]) is None
    True
    """
    pieces = masthead_lines(texts)
    parsed = _printed_again(texts[:MASTHEAD_ZONE])
    alone = [i for i in _masthead_block(parsed) if (p := parsed[i]) is not None and p[0] is not None and not p[1]]
    named = []
    for i, p in enumerate(parsed):
        if p is None or p[0] is None:
            continue
        if p[1] and _names_page(p[1], i, i - 1 in pieces or i + 1 in pieces):
            named.append(i)  # (the name among pieces on its line)
        elif alone == [i] and i - 1 in pieces and i + 1 in pieces:
            named.append(i)  # (the one name alone, between two pieces' lines)
    return named[0] if len(named) == 1 else None


def _names_page(kinds: tuple[str, ...], i: int, by_pieces: bool) -> bool:
    """Whether a line of a 版名 and the pieces ``kinds``, the page's ``i``-th line (``by_pieces``: a masthead line
    next to it) prints the page's name: with an editor; with a date and a 版次, the paper's name or a weekday; or in
    the page's first lines (:data:`TOP_NAME_LINES`) with a date, or with a 版次 or the paper's name by a masthead
    line.

    >>> _names_page(("date", "weekday"), 4, False), _names_page(("date",), 4, True), _names_page(("code",), 2, True)
    (True, False, False)
    """
    if "editor" in kinds or ("date" in kinds and not {"code", "paper", "weekday"}.isdisjoint(kinds)):
        return True  # (a weekday set apart from its date: the date line's, ``2026年3月5日 星期四　要闻``)
    return i < TOP_NAME_LINES and ("date" in kinds or by_pieces)


def masthead_name_text(text: str) -> str | None:
    """The 版名 of a masthead line holding it among pieces (:func:`masthead_parts`), else None.

    >>> masthead_name_text("05　能源周刊　2026年3月5日"), masthead_name_text("能源周刊")
    ('能源周刊', None)
    """
    parsed = masthead_parts(text)
    return parsed[0] if parsed is not None and parsed[1] else None
