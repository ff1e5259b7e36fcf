"""Page furniture that belongs to no article: the date/edition line, photo captions and jump lines.

Two kinds of printed line carry no article's text and no article's metadata, and are dropped before the
lines become items (:func:`furniture_lines`, used by :func:`~textclean.clean.layout.page_elements`):

* the **date/edition line** a daily prints under or beside its banner, ``2026年5月8日 星期四　A13　责任编辑
  曹屹峤　美术编辑 范岚`` (:func:`is_date_line`): the date, the weekday, the 版次 (``A13``, ``第5版``) and the
  page editors. An extractor may cut it into several lines (``2026年5月8日 星期四`` / ``A13`` / ``责任编辑 曹屹峤``
  / ``美术编辑 范岚``); each piece is furniture, the bare 版次 only beside another piece (:func:`edition_lines`).
  Kept, it became a kicker or a title and its last editor an author.
* **photo captions** (:func:`~textclean.clean.captions.caption_lines`): ``图为市民在社区服务中心办理业务。记者 许溪 摄``,
  ``▲农户在田间查看作物长势。本报记者 陈焘嵘 摄``, ``图说：环卫工人清扫街道。``, ``工人在生产线上忙碌。（资料图片）``,
  possibly wrapped over two or three lines (``图为学生在新建成的图书`` / ``馆阅读。记者 林嵘 摄``). Kept, a caption
  ran into a body or opened an article, and its photographer was taken for an author.

Only the newspaper register's closed vocabulary is used (:data:`WEEKDAY`, :data:`EDITOR_ROLES`,
:data:`~textclean.clean.folios.EDITION_CODE`, and :mod:`~textclean.clean.captions`'s): every Chinese daily prints these words the same way. A body sentence holding 星期 or 摄 is no furniture: the date line must be
nothing but its pieces, and a credit is ``摄`` closing the line after a name set apart by a space.
"""

from __future__ import annotations

import itertools
import operator
import re
from typing import Literal

from textclean.clean.captions import CAPTION_CUES, caption_lines, wrapped_caption_lines
from textclean.clean.chardata import HAN
from textclean.clean.charts import chart_lines
from textclean.clean.folios import DATE, EDITION_CODE, FOLIO_HEAD_RE, folio_lines
from textclean.clean.footers import FOOTER_PAGE_CUES, footer_lines
from textclean.clean.guidebox import guide_box_lines
from textclean.clean.masthead import paper_name_lines
from textclean.clean.mastline import (
    EDITOR_ROLES,
    MASTHEAD_ZONE,
    WEEKDAY,
    masthead_lines,
    masthead_name,
    masthead_name_text,
    paper_name,
)
from textclean.clean.pagename import MAX_PAGE_NAME_CHARS, name_over_date_line, name_shaped, spaced_name_in_gap
from textclean.clean.roles import Element, Item
from textclean.models import Line

#: A bare ``编辑`` naming the page's editor: only with its colon (``编辑：严辉平``), and only on a line holding the
#: date or the 版次 too (``2026年4月16日　星期一　编辑：严辉平``) or right after a date line, its continuation
#: (:func:`date_lines`); spaced from a Han word it is a column's name (``编辑　手记``), a letter's address
#: (``编辑：您好``) or a heading (``A3 编辑手记``).
BARE_EDITOR = "编辑[：:]"
_DATE = DATE  # (the date, written out or in figures parted by dots: :data:`~textclean.clean.folios.DATE`)
#: An editor's name after a role word: two to four Han characters (Chinese names; a 复姓 with two given ones is 4).
_EDITOR = f"(?:(?:{EDITOR_ROLES})(?:设计)?[：:]?|{BARE_EDITOR})[{HAN}]{{2,4}}?"
#: Most names one role word heads when they are set apart by spaces (``本版编辑：闫晨强　袁雅``).
MAX_EDITOR_NAMES = 3
#: A line of one role word and its names set apart (:data:`MAX_EDITOR_NAMES` at most): the page's editors.
EDITORS_LINE_RE = re.compile(
    f"^(?:{EDITOR_ROLES})[：:][ \u3000]*[{HAN}]{{2,4}}(?:[ \u3000]+[{HAN}]{{2,4}}){{1,{MAX_EDITOR_NAMES - 1}}}$"
)
#: A date line with its white space removed: date, weekday, 版次 (or the 版次 first), editors, in that order, each
#: optional; the date with its weekday or an editor must be there (:func:`is_date_line` checks): a date, a weekday
#: or a code alone may be text (a heading ``星期四``, a line ending ``…于`` / ``2026年5月8日``).
DATE_LINE_RE = re.compile(f"^(?:{EDITION_CODE})?(?:{_DATE})?(?:{WEEKDAY})?(?:{EDITION_CODE})?(?:{_EDITOR})*$")
#: A 版次 alone on a line (pdftotext sets ``A13`` apart from the date and the editors).
EDITION_LINE_RE = re.compile(f"^(?:{EDITION_CODE})$")
#: A folio in words (``第7版``): the only 版次 form read as such on the page's first line away from a date-line
#: piece; a bare code there (``G20``, ``A13``) may be a head's label.
FOLIO_LINE_RE = re.compile("^第[0-9一二三四五六七八九十]{1,3}版$")
_WHITE_RE = re.compile(r"\s+")
_EDITOR_ROLE_RE = re.compile(EDITOR_ROLES)
_BARE_EDITOR_RE = re.compile(BARE_EDITOR)
#: A line of a bare ``编辑`` and its names (:data:`BARE_EDITOR`, :data:`MAX_EDITOR_NAMES` at most): the page's
#: editor only right after a date line (:func:`date_lines`).
BARE_EDITOR_LINE_RE = re.compile(
    f"^{BARE_EDITOR}[ \u3000]*[{HAN}]{{2,4}}(?:[ \u3000]+[{HAN}]{{2,4}}){{0,{MAX_EDITOR_NAMES - 1}}}$"
)
#: What a date line's editors hold (white space dropped): a role word (:data:`EDITOR_ROLES`) or a bare ``编辑``.
EDITOR_CUES = (*EDITOR_ROLES.split("|"), "编辑")
#: An editor's role set apart from the name after it (``责任编辑 曹屹峤``): a date line spaces its pieces; a sentence
#: runs the words on (``责任编辑李明说``, ``版式设计``).
_SPACED_EDITOR_RE = re.compile(f"(?:{EDITOR_ROLES})(?:设计)?(?:[ \u3000]+|[：:])[{HAN}]")
_CODE_RE = re.compile(EDITION_CODE)
_DATE_RE = re.compile(_DATE)
#: A character of each editor's role word (编: 责任编辑 美术编辑 责编 美编; 式: 版式; 校: 校对).
_EDITOR_ROLE_CHARS = "编式校"
#: A character every date-line piece holds (:func:`is_date_line`: a weekday's ``期`` or one of an editor's role word,
#: :data:`_EDITOR_ROLE_CHARS`): a line holding none is no piece (one search a line, in C).
_DATE_CUE_RE = re.compile(f"[期{_EDITOR_ROLE_CHARS}]")
#: ``星期`` or a word of :data:`EDITOR_CUES`, white space allowed between its characters (the text's words with its
#: white space dropped, one search of the text as it is: a page is not copied to look).
_SPACED_CUE_RE = re.compile("|".join([r"\s*".join(map(re.escape, cue)) for cue in ("星期", *EDITOR_CUES)]))

#: What a chart's source line (``来源``: :func:`~textclean.clean.charts.chart_lines`) or a guide box's head (``导``:
#: :func:`~textclean.clean.guidebox.guide_box_lines`) holds: a page holding none, no date line, caption or jump
#: line has no furniture (one search a page).
FURNITURE_CUES = (*CAPTION_CUES, "来源", "导")
#: The arrows a bare jump line may open with (``▶下转第3版``).
JUMP_ARROWS = "▶►▲→"
#: A jump line, on a line of its own: a story goes on (``（下转第2版）``, ``（转第三版）``) or went on from (``（上接第1版）``)
#: another page. It is no article's text and heads nothing: kept, it became the kicker or part of the next title.
#: Set bare (``下转第9版``, ``上接第2版``, ``▶下转第3版``), only the full words with their ``第`` read so: a line of its
#: own that says nothing else. The bracketed form may say where on that page (``（下转第4版左下）``) or name the story
#: (``（本文下转第三版）``).
JUMP_LINE_RE = re.compile(
    "^(?:[（(](?:本文)?(?:下转|紧转|转|上接|下接|接)第?[0-9A-H一二三四五六七八九十]{1,3}版(?:[左右]?[上中下])?[）)]"
    f"|[{JUMP_ARROWS}]?(?:下转|紧转|上接|下接)第[0-9A-H一二三四五六七八九十]{{1,3}}版)$"
)
#: What every jump line holds, bracketed or bare (one search a page).
JUMP_CUES = ("版）", "转第", "接第")


def is_date_line(text: str) -> bool:
    """Whether a line is a daily's date/edition line, or a piece of it holding the weekday or an editor.

    Before: ``2026年5月8日 星期四　A13　责任编辑 曹屹峤　美术编辑 范岚`` made a kicker and an author; after, it is
    furniture. A sentence naming a weekday is not:

    >>> is_date_line("2026年5月8日 星期四　A13　责任编辑 曹屹峤　美术编辑 范岚")
    True
    >>> [is_date_line(t) for t in ("2026年7月17日 星期二", "责任编辑 高葭", "A13 责任编辑 史湘", "美术编辑 肖荻湘")]
    [True, True, True, True]
    >>> [is_date_line(t) for t in ("星期四上午，市民在社区服务中心办理业务。", "2026年5月8日", "星期四", "A13")]
    [False, False, False, False]
    >>> [is_date_line(t) for t in ("责任编辑李明说", "版式设计", "校对工作", "美编小王", "A 1 3 责 任 编 辑 曹 屹 峤")]
    [False, False, False, False, True]

    A footer of the page's editors, each role set off by a colon, is a piece too (``版式设计`` is 版式's long form):

    >>> is_date_line("责任编辑：莫一　　版式设计：白晨凯　　校对：段怡"), is_date_line("责任编辑：要把好政治关。")
    (True, False)
    >>> is_date_line("第14版　2026年2月9日 星期四"), is_date_line("第14版"), is_date_line("第10版　责任编辑：韦耀东　许娟曦")
    (True, False, True)

    The date in figures parted by dots, the editors of the page under ``本版编辑`` or a bare ``编辑``:

    >>> is_date_line("2026.06.27　星期三　第7版"), is_date_line("本版编辑：闫晨强　袁雅")
    (True, True)
    >>> is_date_line("本版责任编辑：任晓晨　付蔷"), is_date_line("本版责任编辑：鲁岩　　美术编辑：蒋宁")
    (True, True)
    >>> is_date_line("2026年4月16日　星期一　编辑：严辉平"), is_date_line("编辑部的故事"), is_date_line("2026.06.27")
    (True, False, False)

    A bare ``编辑`` only with its colon, beside the date or the 版次 (:data:`BARE_EDITOR`); a column's name is none:

    >>> [is_date_line(t) for t in ("2026年4月16日 编辑：王明", "编辑　手记", "编辑 推荐", "A3 编辑手记", "编辑：您好 我想", "编辑：严辉平")]
    [True, False, False, False, False, False]
    """
    compact = _WHITE_RE.sub("", text)
    if EDITORS_LINE_RE.match(FOLIO_HEAD_RE.sub("", text.strip())):
        return True  # (the editors, each role set off by a colon, after the 版次 too: ``第10版　责任编辑：X　Y``)
    if not compact or not DATE_LINE_RE.match(compact):
        return False
    if re.search(_DATE + WEEKDAY, compact):
        return True
    # an editor piece: the role set apart from the name as a date line sets it, or beside the 版次 (a bare 编辑 too)
    if _SPACED_EDITOR_RE.search(text):
        return True
    if _BARE_EDITOR_RE.search(compact) and (_CODE_RE.search(compact) or _DATE_RE.search(compact)):
        return True
    return bool(_EDITOR_ROLE_RE.search(compact) and _CODE_RE.search(compact))


def date_lines(texts: list[str]) -> set[int]:
    """The lines of ``texts`` that are date-line pieces (:func:`is_date_line`), as indexes; a page whose text, white
    space dropped, holds neither a weekday's ``星期`` nor an editor's role word has none (one search a page).

    >>> date_lines(["社会新闻", "2026年5月8日 星期四　A13", "关注党的十六大报告"]), date_lines(["推进改革。"])
    ({1}, set())

    A bare ``编辑：X`` right after a line holding the date is that line's continuation (:data:`BARE_EDITOR_LINE_RE`):

    >>> date_lines(["2026年4月16日　星期一", "编辑：严辉平", "关于基本建设"]), date_lines(["编辑：严辉平", "关于基本建设"])
    ({0, 1}, set())
    """
    top, named = (masthead_lines(texts), masthead_name(texts)) if top_dated(texts) else (set(), None)
    if not may_hold_date_line("".join(texts)):
        return top
    dated = top | {i for i in cue_lines(texts) if i != named and is_date_line(texts[i])}
    return dated | {
        i + 1
        for i in dated
        if i + 1 < len(texts) and _DATE_RE.search(texts[i]) and BARE_EDITOR_LINE_RE.match(texts[i + 1].strip())
    }


def cue_lines(texts: list[str]) -> list[int]:
    """The indexes of ``texts`` that hold a character every date-line piece holds (:data:`_DATE_CUE_RE`): the only
    lines :func:`is_date_line` (and :func:`name_and_date_piece`) may accept, found in C.

    >>> cue_lines(["2026年5月8日 星期四", "推进改革。", "责任编辑 高葭"])
    [0, 2]
    """
    return list(itertools.compress(itertools.count(), map(_DATE_CUE_RE.search, texts)))


def may_hold_date_line(text: str) -> bool:
    """Whether ``text``, white space dropped, holds a weekday's ``星期`` or an editor's role word: a date line needs
    one (:func:`is_date_line`).

    >>> may_hold_date_line("2026年5月8日 星 期四"), may_hold_date_line("推进改革，加强编制管理。")
    (True, False)
    """
    if _DATE_CUE_RE.search(text) is None:
        return False  # (the characters themselves first: white space parts no character)
    return _SPACED_CUE_RE.search(text) is not None


_TOP_CUE_RE = re.compile(f"{_DATE}|{EDITOR_ROLES}")
#: A line's text (read off every line of a page in C).
_TEXT = operator.attrgetter("text")


def top_dated(texts: list[str]) -> bool:
    """Whether the page's top lines (``texts``, :data:`~textclean.clean.mastline.MASTHEAD_ZONE`) hold a date or an
    editor's role word: a masthead line's cue (:func:`~textclean.clean.mastline.masthead_lines`), one search a page.

    >>> top_dated(["能源周刊", "05　2026年3月5日", "会议召开"]), top_dated(["会议召开", "本报讯 近日"])
    (True, False)
    """
    return _TOP_CUE_RE.search("\n".join(texts[:MASTHEAD_ZONE])) is not None


def edition_lines(texts: list[str], dated: set[int]) -> set[int]:
    """The bare 版次 lines (``A13``) next to a date-line piece (``dated``), as indexes of ``texts``' non-blank lines.

    Before: pdftotext's ``2026年7月17日 星期二`` / ``A13`` / ``责任编辑 高葭`` left ``A13`` a one-line title; after, it
    goes with its neighbours. A code with no date line beside it stays (a table cell, a grid reference), but on the
    page's first line of a page with a date line it is the folio (pdftotext: ``第7版`` / ``种下 亲子`` / … made
    ``第7版`` the page's banner). ``第N版`` (:data:`FOLIO_LINE_RE`) is a folio wherever the date line is; a bare code
    (``A7``) only when the first date-line piece is among the top lines (:data:`DATE_LINE_LAST_TOP`): ``G20`` over
    ``峰会在里约热内卢开幕`` on a page dated at its foot is the head's label.

    >>> edition_lines(["2026年7月17日 星期二", "A13", "责任编辑 高葭", "关注十六大报告", "B2"], {0, 2})
    {1}
    >>> edition_lines(["第7版", "关注十六大报告", "2026年7月17日 星期二"], {2}), edition_lines(["第7版", "关注"], set())
    ({0}, set())
    >>> edition_lines(["G20"] + ["正文"] * 8 + ["2026年7月17日 星期二"], {9}), edition_lines(["A7", "正文", "2026年"], {2})
    (set(), {0})
    """
    near = {j for i in dated for j in (i - 1, i + 1) if 0 <= j < len(texts)}  # (a code beside a piece, none else)
    found = {i for i in near if EDITION_LINE_RE.match(texts[i].strip())}
    first = texts[0].strip() if dated and texts else ""
    if FOLIO_LINE_RE.match(first) or (EDITION_LINE_RE.match(first) and min(dated) <= DATE_LINE_LAST_TOP):
        found.add(0)  # (the folio opening a page; a bare code there with the date line far below: a label, ``G20``)
    return found | folio_lines(texts, dated)


#: Most lines between the paper's name (:func:`~textclean.clean.masthead.paper_name_lines`) and a date-line piece
#: for the name to be read with the date line as the masthead: the page's name may stand between them.
MASTHEAD_GAP = 2
#: What the page's top says of its banner (:func:`date_line_top`): the number of its first line, read before the
#: date line or among its pieces, when that line is the page's name; ``unnamed``, the page opens with its whole
#: date line (no name).
DateLineTop = int | Literal["unnamed"]


def date_line_top(lines: tuple[Line, ...] | list[Line]) -> DateLineTop | None:
    """What the date line at the page's top says of its banner (None: no date line opens the page).

    A 版名 (the page banner) is printed above the date line or beside it: an extractor reads it right before the
    date line, or between its pieces (pdftotext: ``2026年5月4日 星期日`` / ``民生`` / ``A08`` / ``责任编辑 田熠``):
    that line's number is given, the page's banner. A page whose date line comes first, whole, prints no
    版名: ``unnamed``, the head under it is an article's. Before (PyMuPDF, a page without a 版名):
    ``2026年3月3日 星期四　A12　…`` / ``深入推进重点领域改革`` / ``更大激发市场主体活力`` made the title's first
    half the banner once the date line was dropped; pdftotext's ``城市·民生`` / ``2026年10月27日 星期二`` / ``A14`` /
    … / ``关注2024年政府工作报告`` made the name a column label over the kicker; after, no banner, and the banner.

    >>> from textclean.models import Line
    >>> lines = lambda *ts: [Line(i, t) for i, t in enumerate(ts)]
    >>> date_line_top(lines("2026年3月3日 星期四", "A12", "责任编辑 薛旻茗", "深入推进重点领域改革"))
    'unnamed'
    >>> date_line_top(lines("2026年5月4日 星期日", "民生", "A08", "责任编辑 田熠", "记者调查"))
    1
    >>> date_line_top(lines("城市·民生", "2026年5月4日 星期日　A08　责任编辑 田熠", "记者调查"))
    0
    >>> date_line_top(lines("关注2024年政府工作报告", "切实保障和改善民生", "2026年5月4日 星期日"))
    """
    stripped = list(map(str.strip, map(_TEXT, lines)))  # (each line stripped once, in C)
    kept, shown = list(itertools.compress(lines, stripped)), list(filter(None, stripped))
    if not may_hold_date_line("".join(shown)) and not top_dated(shown):
        return None  # (most pages)
    dated = date_lines(shown)
    pieces = dated | edition_lines(shown, dated)
    pieces |= {i for i in paper_name_lines(shown, pieces) if any(abs(i - j) <= MASTHEAD_GAP for j in pieces)}
    joined = [i for i, t in enumerate(shown[: DATE_LINE_LAST_TOP + 1]) if name_and_date_piece(t)]
    if joined:
        return kept[joined[0]].no  # (the name printed on a piece's line: :func:`names_off_date_lines`)
    if (named := masthead_name(shown)) is not None:
        return kept[named].no  # (the name among a masthead line's pieces, in any order)
    if not pieces or min(pieces) > DATE_LINE_LAST_TOP:
        return None
    if min(pieces) > 1:
        return name_over_date_line(kept, shown, min(pieces))
    last = min(pieces)
    while last + 1 in pieces or (last + 2 in pieces and last + 1 > 0 and 0 in pieces):
        last += 1  # (the pieces read together, one line between them at most: the name set among them)
    if (spaced := spaced_name_in_gap(shown, pieces, last)) is not None:
        return kept[spaced].no
    others = [i for i in range(last + 1) if i not in pieces]
    if not others:
        return name_after_date_line(kept, last)
    if len(others) != 1 or len("".join(shown[others[0]].split())) > MAX_PAGE_NAME_CHARS:  # (spaced: its glyphs)
        return None
    return kept[others[0]].no if others[0] in (0, 1) or name_shaped(shown[others[0]]) else None


#: The last line (among the page's non-blank ones) a date line may open at for :func:`date_line_top` to read the
#: page's name by it: an extractor reads the page's first head, a kicker, title and subtitle, before its masthead.
DATE_LINE_LAST_TOP = 6
#: A page's name read right after its whole date line has at most this many characters (``国际``, ``体育``, ``要闻``):
#: a 版名 set opposite the date line, which PyMuPDF reads first when the name stands right of it. A longer line there
#: is as often a column label or a kicker of a page without a name (``深度调查``); of the dev pages' lines of two
#: characters right after a whole date line (the five families, three extractors), 14 were the page's name, none
#: anything else; of four characters, 5 of 12.
MAX_NAME_AFTER_DATE = 2
_NAME_AFTER_DATE_RE = re.compile(f"[{HAN}]{{2,{MAX_NAME_AFTER_DATE}}}")


def name_after_date_line(kept: list[Line], last: int) -> DateLineTop:
    """What a whole date line at the top (its last piece ``kept[last]``, of the page's non-blank lines) says of the
    banner: the line right after it when that is a page's name of at most :data:`MAX_NAME_AFTER_DATE` Han characters
    (spaces apart: ``国 际``), else ``unnamed``.

    Before (PyMuPDF, an international page): ``2026年10月16日 星期五`` / ``第19版 责任编辑：X 版式设计：Y`` / ``国际``
    / ``安卡拉房租上涨`` made the page ``unnamed`` and ``国际`` the first article's column; after, the banner.

    >>> from textclean.models import Line
    >>> lines = lambda *ts: [Line(i, t) for i, t in enumerate(ts)]
    >>> name_after_date_line(lines("2026年3月3日 星期四", "国 际", "深入推进改革"), 0)
    1
    >>> name_after_date_line(lines("2026年3月3日 星期四", "深度调查", "深入推进改革"), 0)
    'unnamed'
    """
    text = "".join(kept[last + 1].text.split()) if last + 1 < len(kept) else ""
    if _NAME_AFTER_DATE_RE.fullmatch(text) is not None:
        return kept[last + 1].no
    return "unnamed"


def name_and_date_piece(text: str) -> str | None:
    """The page's name opening the line ``text`` when the rest of it, set apart by white space, is a date-line
    piece (:func:`is_date_line`) and the name is shaped as one (:func:`name_shaped`). None: no such line.

    >>> name_and_date_piece("科技周刊 责任编辑：覃雪 版式设计：徐磊远"), name_and_date_piece("专题·深度报道　2026年2月3日 星期二")
    ('科技周刊', '专题·深度报道')
    >>> name_and_date_piece("责任编辑：覃雪 版式设计：徐磊远"), name_and_date_piece("加快建设科技强省 责任编辑：覃雪")
    (None, None)
    """
    if not may_hold_date_line(text):
        return None
    parts = text.strip().split(None, 1)
    if len(parts) != 2 or not name_shaped(parts[0]) or paper_name(parts[0]):
        return None  # (a paper's name opening a masthead line is no page's name: ``中国能源报　A06　…　城事``)
    return parts[0] if is_date_line(parts[1]) else None


def names_off_date_lines(lines: tuple[Line, ...] | list[Line]) -> tuple[Line, ...] | list[Line]:
    """``lines``, each printing the page's name and a date-line piece on one line (:func:`name_and_date_piece`) cut
    to the name: the piece is furniture, the name the page's banner (:func:`date_line_top` names its line).

    Before (pdfminer, a weekly's page): ``科技周刊 责任编辑：覃雪 版式设计：徐磊远`` / ``科学眼`` / ``让科学`` … was a
    line of no date line, the page's banner with the editors in it; after, ``科技周刊`` the banner. Not so: a line
    opening with a byline's role (``本报记者``: no name), or a headline before the piece.

    >>> [ln.text for ln in names_off_date_lines([Line(0, "科技周刊 责任编辑：覃雪"), Line(1, "本报记者 责任编辑：覃雪")])]
    ['科技周刊', '本报记者 责任编辑：覃雪']
    """
    texts = list(map(_TEXT, lines))
    out = list(lines)
    shown = list(itertools.islice(itertools.compress(itertools.count(), map(str.strip, texts)), MASTHEAD_ZONE))
    if top_dated([texts[i] for i in shown]) and (named := masthead_name([texts[i] for i in shown])) is not None:
        if name := masthead_name_text(texts[shown[named]]):
            out[shown[named]] = Line(lines[shown[named]].no, name)  # (the name among pieces in any order)
    if not may_hold_date_line("".join(texts)):
        return out  # (most pages)
    for i in cue_lines(texts):  # (a line holding no cue is no piece)
        if name := name_and_date_piece(lines[i].text):
            out[i] = Line(lines[i].no, name)
    return out


def named_banner(elements: list[Element], dated: DateLineTop | None) -> Element | None:
    """The page's element opening with the line :func:`date_line_top` named the page's name, set on one line (the
    page's first element, or one read after the page's first head: :func:`name_over_date_line`).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda k, no, t: Element(k, [Item(no, t, t, float(len(t)), False, False)], t)
    >>> page = [mk("column", 0, "城市·民生"), mk("title", 6, "切实保障和改善民生")]
    >>> named_banner(page, 0).text, named_banner(page, "unnamed"), named_banner(page, None), named_banner(page, 6).text
    ('城市·民生', None, None, '切实保障和改善民生')
    """
    if not isinstance(dated, int):
        return None
    return next((e for e in elements if e.first == dated and len(e.items) == 1), None)


def furniture_lines(lines: tuple[Line, ...] | list[Line]) -> set[int]:
    """The numbers (``Line.no``) of a page's date-line pieces, photo caption lines and footer lines
    (:mod:`~textclean.clean.footers`): text of no article.

    >>> from textclean.models import Line
    >>> page = ["本地新闻", "2026年5月8日 星期四　A13　责任编辑 曹屹峤　美术编辑 范岚", "关注党的十六大报告", "", "A13"]
    >>> sorted(furniture_lines([Line(i, t) for i, t in enumerate(page)]))
    [1]
    """
    texts = list(map(_TEXT, lines))
    joined = "".join(texts)
    jumps = any(cue in joined.replace(")", "）") for cue in JUMP_CUES)
    dated_top = top_dated(list(itertools.islice(filter(str.strip, texts), MASTHEAD_ZONE)))  # (its top lines only)
    footed = any(cue in joined for cue in FOOTER_PAGE_CUES)
    if (
        not may_hold_date_line(joined)
        and not any(cue in joined for cue in FURNITURE_CUES)
        and not jumps
        and not dated_top
        and not footed
    ):
        return set()  # (most pages: neither a date line nor a caption, a jump line, a chart, a guide box, a footer)
    shown = list(itertools.compress(lines, map(str.strip, texts)))  # (the lines holding text, found in C)
    texts = [ln.text for ln in shown]
    dated = date_lines(texts)
    pieces = dated | edition_lines(texts, dated)
    captions = caption_lines(texts)
    dropped = pieces | captions | wrapped_caption_lines(texts, captions) | (jump_lines(texts) if jumps else set())
    dropped |= footer_lines(texts)
    box = guide_box_lines(texts)
    named = masthead_name(texts) if dated_top else None
    masthead = pieces if named is None else pieces | {named}  # (the 版名's line among pieces: a masthead line)
    dropped |= paper_name_lines(texts, masthead, frozenset(box)) | box
    dropped.discard(named)  # (the 版名 among pieces, the paper's name too: cut to the name, never dropped)
    gone = {shown[i].no for i in dropped}
    return gone | chart_lines(list(lines), gone)


def jump_lines(texts: list[str]) -> set[int]:
    """The indices of the jump lines among ``texts`` (:data:`JUMP_LINE_RE`): each a line of its own.

    Before (PyMuPDF, a front page): ``…确保各项工作取得实效。`` / ``（下转第二版）`` / ``望海市重大项目集中开工`` gave the
    title ``（下转第二版） 望海市重大项目集中开工``; after, the jump line is dropped and the title is the headline alone.
    Not a jump line: one run into a sentence's line (``…取得实效。（下转第2版）``), or a bracket citing a page in a sentence.

    >>> sorted(jump_lines(["取得实效。", "（下转第二版）", "（上接第1版）", "见本报（第8版）报道", "实效。（下转第2版）"]))
    [1, 2]
    >>> sorted(jump_lines(["下转第9版", "上接第2版", "转第9版", "下转第9版以案说法", "详见第9版"]))
    [0, 1]
    >>> sorted(jump_lines(["▶下转第3版", "（下接第2版）", "（下转第4版左下）", "（本文下转第三版）", "（接上期）"]))
    [0, 1, 2, 3]
    """
    return {i for i, t in enumerate(texts) if JUMP_LINE_RE.match(_WHITE_RE.sub("", t))}


def drop_furniture(items: list[Item], furniture: set[int]) -> list[Item]:
    """``items`` (in reading order) without the furniture lines (:func:`furniture_lines`), each dropped line's
    blank lines passed on to its neighbours: a caption set apart under a photo leaves the body under it set apart.

    >>> mk = lambda no, gap_before, gap_after: Item(no, "甲", "甲", 1.0, gap_before, gap_after)
    >>> [(i.no, i.gap_before, i.gap_after) for i in drop_furniture([mk(0, True, False), mk(1, False, True), mk(2, True, True)], {1})]
    [(0, True, True), (2, True, True)]
    """
    if not furniture:
        return items
    out: list[Item] = []
    gap = False  # (a dropped line since the last kept one stood apart from its neighbour on that side)
    for item in items:
        if item.no in furniture:
            if out and item.gap_after:
                out[-1].gap_after = True
            gap = gap or item.gap_before
            continue
        if gap:
            item.gap_before = True
        out.append(item)
        gap = False
    return out
