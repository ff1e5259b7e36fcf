"""Glyph and digit spacing repair: one pure ``str -> str`` function per fix.

Text extracted from justified Chinese columns comes out with spaces that are
not in the text: every glyph of a stretched line separated (``体 系 ”“ 加 强``),
spaces around digit runs (``1897 年 8 月``), spaces before punctuation
(``会 ，做``).  Spaces that *are* in the text sit between two Han words of a
byline, a two-part headline or an attribution line; they are kept. A justified line
of a paragraph one glyph short (the next glyph went down with a mark that may not
open a line) prints its stretch as a single space (``宏伟 蓝`` / ``图。``):
:func:`join_paragraph` closes such spaces in every line but a paragraph's last.

None of these functions adds or removes a Han character.
"""

from __future__ import annotations

import itertools
import operator
import re

from textclean.clean.bylines import CREDITED_NAMES_RE, glyph_byline
from textclean.clean.chardata import (
    BOX_GLYPHS,
    BOX_MARKER_RE,
    CJK,
    CJK_PUNCT,
    HAN,
    MAX_DATELINE_LINES,
    NUMERAL,
    ROLE_WORD_RE,
    UNDATED_MARK,
    is_person_name,
    splits_dateline_names,
)
from textclean.clean.lexicon import is_one_word

_SPACES = " \u3000\u00a0"
_SPACE_CHAR_RE = re.compile(f"[{_SPACES}]")
_SPACE_RUN_RE = re.compile(f"[{_SPACES}]+")
#: A gap of at least two spaces in a letter-spaced line that names reporters (:func:`names_kept_apart`).
_WIDE_GAP_RE = re.compile(f"[{_SPACES}]{{2,}}")
#: The first two pieces of such a line, squeezed and joined by ``|``: the first opens a dateline's bracket with the
#: role word (``电`` and what leads to it may stand before it), the second is a name (two to four Han characters, a
#: bracket may close it): ``（记者|莫樾楠``, ``电（记者|段昕``. (Measured: letting bylines, ``本报记者|王雎``, and
#: closing notes in too split no more names on LAY3 and spaced LAY2's text where the gold keeps none.)
_ROLE_THEN_NAME_RE = re.compile(f"(?:.*电)?[（(](?:{ROLE_WORD_RE.pattern})\\|[{HAN}]{{2,4}}(?:$|[）)])")
#: A line none of the repairs of :func:`repair_line` changes holds none of these.
HAS_SPACE_RE = re.compile(f"[{_SPACES}\t]")
# The patterns below match a run of spaces by what stands before and after it. Each opens with the space itself and
# looks behind from there (``[ ](?<=[X][ ])[ ]*`` for ``(?<=[X])[ ]+``): a pattern that opens with a character class
# is searched for that class alone, where one that opens with a look-behind is tried at every character.
_PUNCT_SPACE_RE = re.compile(
    f"[{_SPACES}]+(?=[{re.escape(CJK_PUNCT)}])|[{_SPACES}](?<=[{re.escape(CJK_PUNCT)}][{_SPACES}])[{_SPACES}]*"
)
_DIGIT_SPACE_RE = re.compile(
    f"[{_SPACES}](?<=[{CJK}][{_SPACES}])[{_SPACES}]*(?=[0-9])|[{_SPACES}](?<=[0-9][{_SPACES}])[{_SPACES}]*(?=[{CJK}])"
)
_LATIN_RE = re.compile("[A-Za-z]")
#: A text's last character (read in C).
_LAST = operator.itemgetter(-1)
_HAN_SPACE_HAN_RE = re.compile(f"[{_SPACES}](?<=[{CJK}][{_SPACES}])[{_SPACES}]*(?=[{CJK}])")

#: Digits set apart one by one, at least this many of them (``2 0 0 8``), are letter-spaced: PyMuPDF and pdftotext
#: drop a spread line's spacing between Han characters but keep it between digits. A year has four; a number
#: written with spaces between its digits is no text's (a count or a page number has fewer, or runs together).
SPREAD_DIGITS = 4
SPREAD_DIGITS_RE = re.compile(rf"(?<![0-9])[0-9](?: [0-9]){{{SPREAD_DIGITS - 1},}}(?![0-9])")

#: An attribution line opens with this dash (``——院长 傅德印``): the space before its name is the text's.
ATTRIBUTION_DASH = "—"
#: Marks that enclose a phrase whose spaces are the text's (:func:`_enclosed`): quotes and round brackets.
_ENCLOSING = (("“", "”"), ("（", "）"), ("(", ")"))
#: Their marks, all: a line holding none encloses no space (most lines: one test, in C).
_ENCLOSING_MARKS = frozenset("".join(map("".join, _ENCLOSING)))

#: A line is letter-spaced when at least this share of its neighbouring glyphs are spaced apart:
#: a stretched line spaces nearly all of them, a byline or a two-part headline one or two.
LETTER_SPACED_SHARE = 0.5
#: A run of at least this many Han characters or marks each standing alone between single spaces (digits set apart
#: with them may come in between: ``新 华 社 武 汉 4 月 2 日 电``) is a letter-spaced stretch inside a line that is not
#: letter-spaced as a whole (:func:`close_spaced_glyph_runs`): a stretched column line pdftotext printed in one line
#: with the next column's, or a stretched clause before a Latin name. Text spaces no lone glyph: a byline's names hold
#: two characters or more, a headline's halves a word; three lone glyphs are a spread date or count (``第 1 2 期``) at
#: most (measured: no dev page's gold, any family, sets two lone CJK characters apart in a row). Full-width letters and
#: digits (``Ａ Ｂ Ｃ Ｄ``, a quiz's choices) are no glyph of a stretch.
SPACED_GLYPH_RUN = 4
#: A run's glyph: one Han character or one punctuation mark (a stretch spaces ``，`` and ``“`` as it spaces the rest).
_RUN_GLYPH = f"[{HAN}{re.escape(CJK_PUNCT)}]"
#: Digits set apart with the glyphs (``415``, ``23.4%``): inside a run only, one group between two glyphs
#: (``4 月 2 日``); two groups side by side are a table's cells (``30 18 6 6``), their space is kept.
_RUN_DIGITS = "[0-9][0-9.%]*"
#: A candidate run, in the line as extracted (before :func:`collapse_spaces`): glyphs parted by one space each, a gap
#: of two spaces or more ends it (the text's own space widened: ``记者   莫 樾 楠   赵 碧 昕``).
_SPACED_RUN_RE = re.compile(
    f"(?<![^ ]){_RUN_GLYPH}(?: (?:{_RUN_DIGITS} )?{_RUN_GLYPH}){{{SPACED_GLYPH_RUN - 1},}}(?![^ ])"
)
_HAN_ONLY_RE = re.compile(f"[{HAN}]")
#: A run's glyphs that count: Han characters and marks standing alone (``“ 试 金 石``), not digits.
_LONE_GLYPH_RE = re.compile(f"(?<![^ ]){_RUN_GLYPH}(?![^ ])")
#: What stands before a run of a byline's or a dateline's padded names: a role word, then names at most
#: (``本报特约记者 王 明 李 华``, ``（记者 王明 张 伟``); a role word further back is another column's.
_AFTER_ROLE_RE = re.compile(f"(?:{ROLE_WORD_RE.pattern})[ \u3000]*(?:[{HAN}]{{1,4}}[ \u3000]+)*$")
#: A run that holds neither a mark nor digits and repeats a glyph next to itself (``晴 晴 阴 雨``, ``胜 胜 平 负 负``) or
#: holds numerals and ``日`` only (a calendar's head ``日 一 二 三 四 五 六``) is a row of one-character table cells: a
#: stretched line of text seldom doubles a glyph (measured: 2 of the 160 dev runs closed rightly, ``走 走``).
_CELL_GLYPHS = f"{NUMERAL}日〇"
#: A row of cells this short that holds a glyph twice, anywhere (``晴 阴 雨 晴``), is cells too: a stretch of five
#: glyphs or fewer repeating one is rare (measured: the 7 dev runs closed rightly that repeat a glyph hold 6 or more).
SHORT_CELL_ROW = 5


def collapse_spaces(text: str) -> str:
    """Strip the ends and turn every run of spaces (ideographic and no-break too) into one space.

    >>> collapse_spaces("  苏炜\u3000\u3000刘景芝 ")
    '苏炜 刘景芝'
    >>> collapse_spaces("工会"), collapse_spaces(" 工 会\t")
    ('工会', '工 会')
    """
    if "  " not in text and "\u3000" not in text and "\xa0" not in text:
        return text.strip()  # (every run of spaces is one space already: most lines)
    return _SPACE_RUN_RE.sub(" ", text).strip()


def drop_spaces_around_punctuation(text: str) -> str:
    """Remove spaces next to full-width punctuation: Chinese never spaces there.

    Justified lines put a gap before or after a comma or quote mark.

    >>> drop_spaces_around_punctuation("会 ，做 实")
    '会，做 实'
    >>> drop_spaces_around_punctuation("打造“五型”工会 做实做好")
    '打造“五型”工会 做实做好'
    """
    return _PUNCT_SPACE_RE.sub("", text)


def is_letter_spaced(text: str) -> bool:
    """True when a line was stretched to the column width glyph by glyph.

    Measured on the gaps between neighbouring glyphs: in a stretched line
    most of them hold a space; in a byline (``苏炜 刘景芝``), a two-part
    headline or a slogan only one or two do.

    >>> is_letter_spaced("规 体 系 ”“ 加 强 工 会 法 治")
    True
    >>> is_letter_spaced("进 、创 新 、活 力 、 智 慧 “五 型 ”"), is_letter_spaced("观 点")
    (True, True)
    >>> is_letter_spaced("苏炜 刘景芝"), is_letter_spaced("张菁 整理"), is_letter_spaced("劳模工匠进学校 思政教师进企业")
    (False, False, False)
    """
    if not _SPACE_CHAR_RE.search(text):
        return False
    core = text.strip()  # glyphs at both ends: every run of spaces in it is a gap between two glyphs
    if "  " not in core and "\u3000" not in core and "\xa0" not in core:
        gaps = core.count(" ")  # every run one space (a line collapse_spaces gives)
        pairs = len(core) - gaps - 1
    else:
        glyphs, gaps = _SPACE_RUN_RE.subn("", core)
        pairs = len(glyphs) - 1  # neighbouring glyphs
    return pairs > 0 and gaps / pairs >= LETTER_SPACED_SHARE


def rejoin_letter_spacing(text: str) -> str:
    """Remove the spaces of a letter-spaced (justified) line between CJK characters.

    >>> rejoin_letter_spacing("规 体 系 ”“ 加 强 工 会 法 治 宣 传 和 法 律 服")
    '规体系”“加强工会法治宣传和法律服'
    >>> rejoin_letter_spacing("会 ，做 实 做 好 维 权 服 务 工")
    '会，做实做好维权服务工'
    >>> rejoin_letter_spacing("苏炜 刘景芝")
    '苏炜 刘景芝'
    """
    if not is_letter_spaced(text):
        return text
    return _HAN_SPACE_HAN_RE.sub("", text)


def close_spaced_glyph_runs(text: str) -> str:
    """Close up each run of Han characters set apart one by one (:data:`SPACED_GLYPH_RUN` lone characters or more,
    marks and digits among them) in a line as extracted, not letter-spaced as a whole: the run is a justified line's
    stretch (pdftotext prints a stretched column line in one line with the next column's; pdfminer spaces a stretched
    line's glyphs but not a Latin name in it). The spaces around the run are left as they are (a column's gutter, a
    word of the text), and so are a run after a reporter's role word (a byline's or a dateline's padded names, read
    by :mod:`~textclean.clean.bylines`) and a row of one-character cells (:func:`_is_cell_row`).

    Before (pdftotext, a letter-spaced column line and the next column's in one line): ``发 放 科 技 创 新 券 415 万
    来举行的第48次同类活``; after: ``发放科技创新券415万 来举行的第48次同类活`` (the digits' spaces dropped by
    :func:`drop_digit_spaces`).

    >>> close_spaced_glyph_runs("发 放 科 技 创 新 券 415 万 来举行的第48次同类活")
    '发放科技创新券415万 来举行的第48次同类活'
    >>> close_spaced_glyph_runs("领 域 。”Meridian Chips 副 总 裁 雷 明 说 。")
    '领 域 。”Meridian Chips 副总裁雷明说。'
    >>> close_spaced_glyph_runs("第 1 2 期 本报记者 王明 李华"), close_spaced_glyph_runs("劳模工匠进学校 思政教师进企业")
    ('第 1 2 期 本报记者 王明 李华', '劳模工匠进学校 思政教师进企业')
    >>> close_spaced_glyph_runs("1 山东泰山 30 18 6 6 胜 胜 平 负 负 领先的优势")  # (table cells)
    '1 山东泰山 30 18 6 6 胜 胜 平 负 负 领先的优势'
    >>> close_spaced_glyph_runs("本报特约记者 王 明 李 华"), close_spaced_glyph_runs("记者   莫 樾 楠   赵 碧 昕）近日")
    ('本报特约记者 王 明 李 华', '记者   莫 樾 楠   赵 碧 昕）近日')
    """
    if " " not in text or not _SPACED_RUN_RE.search(text):
        return text  # (nearly every line: no space left, or no run of lone glyphs, found in C)

    def closed(m: re.Match[str]) -> str:
        run = m.group(0)
        if len(_LONE_GLYPH_RE.findall(run)) < SPACED_GLYPH_RUN or _is_cell_row(run):
            return run
        if _AFTER_ROLE_RE.search(text, 0, m.start()):
            return run  # (a byline's or a dateline's names after the role word: bylines reads them)
        return run.replace(" ", "")  # (no two digit groups side by side in a run)

    return _SPACED_RUN_RE.sub(closed, text)


def _is_cell_row(run: str) -> bool:
    """Whether a run of lone glyphs is a table row of one-character cells (:data:`_CELL_GLYPHS`), not a stretch.

    >>> _is_cell_row("晴 晴 阴 雨"), _is_cell_row("日 一 二 三 四 五 六"), _is_cell_row("发 放 科 技 创 新 券")
    (True, True, False)
    """
    glyphs = run.split(" ")
    if any(not _HAN_ONLY_RE.fullmatch(g) for g in glyphs):
        return False  # (a mark or digits among them: running text)
    if len(set(glyphs)) < len(glyphs) <= SHORT_CELL_ROW:
        return True  # (a short row drawn from a few values: ``晴 阴 雨 晴``)
    return any(a == b for a, b in itertools.pairwise(glyphs)) or all(g in _CELL_GLYPHS for g in glyphs)


def drop_digit_spaces(text: str) -> str:
    """Remove spaces that extraction put between CJK text and ASCII digits.

    >>> drop_digit_spaces("1897 年 8 月，在 1905年 11月到")
    '1897年8月，在1905年11月到'
    >>> drop_digit_spaces("后有 33个国家")
    '后有33个国家'
    >>> drop_digit_spaces("version 2 of 3")
    'version 2 of 3'
    """
    return _DIGIT_SPACE_RE.sub("", text)


def join_spread_digits(text: str) -> str:
    """Close up digits set apart one by one (:data:`SPREAD_DIGITS` or more): the letter spacing of a spread line that
    the extractor kept between digits only.

    >>> join_spread_digits("2 0 0 8 年政府工作报告"), join_spread_digits("1 9 8 1年")
    ('2008 年政府工作报告', '1981年')
    >>> join_spread_digits("第 1 2 期"), join_spread_digits("2008 2009")
    ('第 1 2 期', '2008 2009')
    """
    if " " not in text:
        return text
    return SPREAD_DIGITS_RE.sub(lambda m: m.group(0).replace(" ", ""), text)


def normalize_box_marker(text: str) -> str:
    """Close up the label of a pull-quote box marker: ``●观 点`` -> ``●观点``.

    >>> normalize_box_marker("●观 点")
    '●观点'
    >>> normalize_box_marker("●观点是一个词")
    '●观点是一个词'
    """
    if BOX_MARKER_RE.match(text):
        return re.sub(f"(?<=[{HAN}{BOX_GLYPHS}【])\\s+", "", text)
    return text


def names_kept_apart(text: str) -> list[str] | None:
    """The pieces of a letter-spaced line (:func:`is_letter_spaced`) that names reporters
    (:data:`~textclean.clean.chardata.ROLE_WORD_RE`), split at its wide gaps (:data:`_WIDE_GAP_RE`); ``None`` for
    any other line; the pieces after the one that closes the bracket are one (the story's text goes on there). An
    extractor spaces the glyphs of a stretched line once and widens the spaces of its text: those
    part the names, and rejoining the line whole ran them together.

    Before (pdfminer, LAY3 lay3-025, a dateline in a 12 em column): ``（ 记 者   莫 樾 楠   赵 碧 昕`` repaired to
    ``（记者莫樾楠赵碧昕``, the reporters read as no names; after, ``（记者 莫樾楠 赵碧昕``.

    >>> names_kept_apart("（ 记 者   莫 樾 楠   赵 碧 昕"), names_kept_apart("电 （ 记 者   段 昕   龚 溱 ）")
    (['（ 记 者', '莫 樾 楠', '赵 碧 昕'], ['电 （ 记 者', '段 昕', '龚 溱 ）'])
    >>> names_kept_apart("推 动 简 政   放 权"), names_kept_apart("本报记者  王雎"), names_kept_apart("（记者 杜奕晏）　从现在起")
    (None, None, None)
    >>> names_kept_apart("管 理 。 （ 记 者   何")  # (a name wrapped after its first character: no name to part)
    >>> repair_line("电 （ 记 者   段 昕 ）   今 年 以 来 ，  我 省 经 济")  # (the text after the bracket is not parted)
    '电（记者 段昕）今年以来，我省经济'
    """
    parts = _WIDE_GAP_RE.split(text.strip())
    if len(parts) < 2 or not _ROLE_THEN_NAME_RE.match(
        _SPACE_RUN_RE.sub("", parts[0]) + "|" + _SPACE_RUN_RE.sub("", parts[1])
    ):
        return None
    if not is_letter_spaced(collapse_spaces(text)):
        return None
    close = next((k for k, part in enumerate(parts) if "）" in part or ")" in part), len(parts))
    return (
        [*parts[:close], " ".join(parts[close:])] if close + 1 < len(parts) else parts
    )  # (text after the bracket: one piece)


def repair_line(text: str) -> str:
    """All spacing repairs of one printed line, in order; idempotent.

    >>> repair_line(" 附属地的特权。1897 年 8 月，中东铁路开 ")
    '附属地的特权。1897年8月，中东铁路开'
    >>> repair_line("学校 思政教师进企业”思想政治教育品牌，积")
    '学校 思政教师进企业”思想政治教育品牌，积'
    >>> repair_line("2 0 0 8 年政府工作报告"), repair_line("（ 记 者   莫 樾 楠   赵 碧 昕")
    ('2008年政府工作报告', '（记者 莫樾楠 赵碧昕')
    >>> repair_line("王明　文"), repair_line("王 明 文")
    ('王明 文', '王明文')
    """
    if not HAS_SPACE_RE.search(text):
        return text  # every repair here is about spaces
    if _WIDE_GAP_RE.search(text) and (parts := names_kept_apart(text)) is not None:
        return " ".join(map(repair_line, parts))  # (a letter-spaced dateline's or byline's names stay apart)
    spaced, text = text, collapse_spaces(text)
    if glyph_byline(text) or CREDITED_NAMES_RE.match(text):
        return text  # (``□ 秦璐 石颖``, ``王明　文``: a byline's names and credit stay apart: bylines.glyph_byline)
    text = normalize_box_marker(text)
    if (joined := rejoin_letter_spacing(text)) == text and (runs := close_spaced_glyph_runs(spaced)) != spaced:
        joined = normalize_box_marker(collapse_spaces(runs))  # (runs decided on the spacing as extracted)
    text = joined
    if not _SPACE_CHAR_RE.search(text):
        return text  # (a letter-spaced line rejoined whole: the last two repairs are about spaces too)
    text = drop_spaces_around_punctuation(text)
    return drop_digit_spaces(join_spread_digits(text))


def join_lines(parts: list[str]) -> str:
    """Join the printed lines of one paragraph: no separator, except a space between two Latin words.

    >>> join_lines(["法律是治国之重器，法治是治国理政", "的基本方式。"])
    '法律是治国之重器，法治是治国理政的基本方式。'
    >>> join_lines(["the World", "Bank"]), join_lines(["第5", "G网络"]), join_lines([" ", ""])
    ('the World Bank', '第5G网络', '')
    """
    kept = list(filter(None, map(str.strip, parts)))
    gaps = dateline_name_gaps(kept)
    if not gaps and not _LATIN_RE.search("".join(map(_LAST, kept))):
        return "".join(kept)  # no line ends with a Latin letter (nearly every paragraph): nothing to space
    out = [kept[0]]
    for i, (before, part) in enumerate(itertools.pairwise(kept)):  # (one join, not a string grown part by part)
        last, first = before[-1], part[0]
        if (last.isascii() and first.isascii() and last.isalpha() and first.isalpha()) or i in gaps:
            out.append(" ")
        out.append(part)
    return "".join(out)


def join_paragraph(parts: list[str]) -> str:
    """Join the printed lines of one paragraph (:func:`join_lines`), each line but the last closed up first
    (:func:`close_stretch_spaces`): a line the paragraph goes on after was set justified, its spaces between
    CJK characters are the stretch of a short line, not the text's.

    Before (pdfminer, LAY3 lay3-025, a 12 em column; ``图。`` may not open a line, so the line above holds 11
    glyphs stretched to 12 em): ``主义现代化建设的宏伟 蓝`` / ``图。今后的五年`` joined to ``…宏伟 蓝图。…``;
    after: ``…宏伟蓝图。…``.

    >>> join_paragraph(["主义现代化建设的宏伟 蓝", "图。今后的五年"])
    '主义现代化建设的宏伟蓝图。今后的五年'
    >>> join_paragraph(["电（记者 史晗 龚泠磊）适度扩大", "需求。"]), join_paragraph(["甲。", "（本报记者 邵昕）"])
    ('电（记者 史晗 龚泠磊）适度扩大需求。', '甲。（本报记者 邵昕）')
    """
    if " " not in "".join(parts[:-1]):
        return join_lines(parts)  # (most paragraphs: no space to close, found in C)
    return join_lines([*map(close_stretch_spaces, parts[:-1]), *parts[-1:]])


def close_stretch_spaces(text: str) -> str:
    """``text``, a justified line of running text, without the spaces between CJK characters that stretched it to
    its column's width: Chinese running text sets no space between two Han characters. A line that holds a
    reporter's role word (:data:`~textclean.clean.chardata.ROLE_WORD_RE`: names of a dateline or a byline run into
    the text, ``（记者 史晗 龚泠磊）``) or opens with a dash (an attribution: ``——院长 傅德印``) keeps them, and so
    does a space inside quote marks or brackets (:func:`_enclosed`: a quoted slogan's two parts), and a line listing
    names (:func:`_lists_names`). A paragraph's last
    line is set ragged, not stretched: :func:`join_paragraph` leaves it as it is.

    >>> close_stretch_spaces("要河湖、近岸海域污染 防"), close_stretch_spaces("出 地 位 ， 融 入 经 济 建 设、政治建设")
    ('要河湖、近岸海域污染防', '出地位，融入经济建设、政治建设')
    >>> close_stretch_spaces("本报记者 方奕柘 实施西部"), close_stretch_spaces("——院长 傅德印")
    ('本报记者 方奕柘 实施西部', '——院长 傅德印')
    """
    if " " not in text or ROLE_WORD_RE.search(text) or text.startswith(ATTRIBUTION_DASH) or _lists_names(text):
        return text
    if _ENCLOSING_MARKS.isdisjoint(text):
        return _HAN_SPACE_HAN_RE.sub("", text)  # (no quote mark nor bracket: no space is enclosed)
    return _HAN_SPACE_HAN_RE.sub(lambda m: m.group(0) if _enclosed(text, m.start()) else "", text)


def _lists_names(text: str) -> bool:
    """Whether the line ``text`` lists people's names parted by spaces: a piece between two spaces is a person's name
    and no word of the lexicon (a list of those honoured, ``…获得表彰：张建国 李明华 王``; the first and last pieces
    may be cut by the line's ends). A stretch space parts no such piece.

    >>> _lists_names("获得表彰：张建国 李明华 王"), _lists_names("要河湖、近岸海域污染 防"), _lists_names("深化 改革 开放")
    (True, False, False)
    """
    return any(is_person_name(t) and not is_one_word(t) for t in text.split()[1:-1])


def _enclosed(text: str, at: int) -> bool:
    """Whether position ``at`` of the line ``text`` stands inside quote marks or brackets (:data:`_ENCLOSING`):
    one opened before it and not closed, or one closed after it that opened on a line above. A quoted slogan or
    a bracketed list of names spaces its parts (``用好“劳模工匠进学校 思政教师进企业”``, ``韦翊翊 孙桐翎）``).

    >>> _enclosed("用好“劳模工匠进学校 思政", 10), _enclosed("韦翊翊 孙桐翎）分别", 3), _enclosed("（一）优化 空间", 5)
    (True, True, False)
    """
    before, after = text[:at], text[at:]
    return any(
        before.count(opening) > before.count(closing) or after.count(closing) > after.count(opening)
        for opening, closing in _ENCLOSING
    )


def dateline_name_gaps(kept: list[str]) -> set[int]:
    """The joins (index of the upper line) of a paragraph's first lines that fall between two reporters' names
    inside the dateline opening it (:func:`~textclean.clean.chardata.splits_dateline_names`): the space the
    line break stood for is kept.

    Before (PyMuPDF, a 10 em column): ``本报昆明5月16日`` / ``电（记者 何屾桐`` / ``郭薇溱）香港、澳门回`` joined
    to ``…（记者 何屾桐郭薇溱）…``, one name no one has; after, ``（记者 何屾桐 郭薇溱）``.

    >>> sorted(dateline_name_gaps(["本报昆明5月16日", "电（记者 何屾桐", "郭薇溱）香港、澳门回"]))
    [1]
    >>> sorted(dateline_name_gaps(["本报讯（记者 段琨筠 谭琨", "通讯员 陶溪沅）坚持"]))  # (undated: was ``谭琨通讯员``)
    [0]
    >>> dateline_name_gaps(["香港、澳门回归以来，", "郭薇溱等同志"])
    set()
    """
    head = "".join(kept[:MAX_DATELINE_LINES])
    if not kept or ("月" not in head and UNDATED_MARK not in head):  # (a dated or an undated dateline: chardata)
        return set()
    return {
        i
        for i in range(min(len(kept), MAX_DATELINE_LINES) - 1)  # (the joins inside a dateline's lines)
        if splits_dateline_names("".join(kept[: i + 1]), kept[i + 1])
    }


def spreads_digits(raw: str) -> bool:
    """Whether a headline line sets its digits apart (``2 0 0 8 年政府工作报告``,
    :data:`SPREAD_DIGITS`): PyMuPDF and pdftotext drop the spacing of a letter-spaced line
    between Han characters but keep a space between its digits, and a title is set tight (a year in a headline
    reads ``2008年``). Not so for a title's digits run together, or a space between a number and a word.

    >>> spreads_digits("2 0 0 8 年政府工作报告"), spreads_digits("2 0 0 8年政府工作报告")
    (True, True)
    >>> spreads_digits("2008年政府工作报告"), spreads_digits("保证1980、1981 年计划的完成"), spreads_digits("第 1 期")
    (False, False, False)
    """
    return SPREAD_DIGITS_RE.search(raw) is not None
