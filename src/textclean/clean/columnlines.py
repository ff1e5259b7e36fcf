"""Column lines: where the pieces of a printed line (parted by spaces) group into side-by-side columns' lines.

The tests :mod:`.joinedrows` parts a row of several columns printed as one line with: a column line is one piece
(or a letter-spaced line, or pieces parted next to a number or inside a bracket), no wider than its column's
measure, and all but the last full, a paragraph's last line or its indented first line (:func:`line_ends`); a
space may part two lines only where lines break (:func:`may_part_lines`). A row may set a wide column beside narrow
ones (``span``: its lines are one piece each and full, :func:`spanning_line`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from textclean.clean.chardata import (
    CLAUSE_PUNCT_RE,
    DATELINE_OPENING_RE,
    closes_bracket_above,
    ends_sentence,
    leaves_bracket_open,
    text_width,
)
from textclean.clean.lexicon import breaks_a_word
from textclean.clean.repair import is_letter_spaced
from textclean.clean.typesetting import FIRST_LINE_TOLERANCE, FULL_LINE_SLACK, INDENT

#: A piece of a letter-spaced line holds one glyph, or two where a mark was set tight to it (``、创``, ``”“``).
GLYPH_PIECE = 2
#: Digits and Latin letters are half an em: a full line holding an odd number of them is half an em wider.
HALF_EM = 0.5
#: Where the column lines of a line's pieces end (:func:`line_ends`), ``None`` for none.
Ends = list[int] | None
#: A row holds a handful of columns' lines (the corpora's widest: 20 pieces, 6 measures); a line of more is none.
MAX_ROW_PIECES, MAX_ROW_MEASURES = 60, 10
#: Marks a line never ends on (openings) and never opens on (closings, clause and sentence marks): Chinese
#: line breaking keeps them with the character they belong to, so a space next to them parts no two lines.
NO_LINE_END = "“‘（《【〔「『(["
NO_LINE_START = "”’）》】〕」』)]，。、；：！？,.;:!?"
#: A full-width mark set right before another (``，”``, ``。”``, ``，“``): justified Chinese type sets two marks in a
#: row in an em and a half, the first squeezed to half an em (:func:`piece_width`).
_MARK_PAIR_RE = re.compile("[，。、；：？！”’）》」』“‘（《「『](?=[，。、；：？！”’）》」』“‘（《「『])")
#: How much narrower a squeezed mark is than :func:`~textclean.clean.chardata.text_width` counts it (a full em).
SQUEEZED_MARK = 0.5
#: A letter-spaced column line is a full line set loose: its glyphs fall short of the measure by the width of the
#: next line's first unit that would not fit (a number, a mark kept with its character). Measured on pdfminer's
#: letter-spaced lines of the devpages and the three studied families (3,400 lines): 85% fall short by at most
#: 3 em, 89% by 4; at 3 a two-part headline's half of a short measure hardly passes for one.
SPACED_SHORT = 3.0
#: A column narrower than this (em) letter-spaces many of its lines (a number or a quote that does not fit leaves
#: a third of the line to spread), often two side by side: a row of them parts between two glyphs where a
#: letter-spaced line fits. Measured on lay16's pdftotext (5- and 7-em columns): body CER .713 -> .696, article
#: recall .650 -> .667; in wider columns (lay17's 9-14 em) the same parting cost four articles.
NARROW_SPACED = 8
#: How far (em) a row's first line may be off its measure less the indent and still read as an indented first line
#: holding no clause mark (:func:`indent_short`): half an em, a digit or a Latin letter more or less. Measured on the
#: studied families' pdftotext: with any first line down to 3.5 em short (as one holding a clause mark), the blind
#: lay19 lost 4 articles (a head or a short line read as a row's first column line); within half an em it lost none.
INDENT_SLACK = HALF_EM
#: A letter-spaced line holds at least this many glyphs (a byline's name parted in two is two pieces).
SPACED_PIECES = 3


def line_ends(
    pieces: list[str],
    widths: list[float],
    measure: int,
    start: int,
    full: bool,
    memo: dict[tuple[int, bool], Ends],
    may_part: Callable[[str, str], bool] | None = None,
    loose: bool = False,
    span: int = 0,
    spaced: bool = False,
    indented: bool = False,
) -> Ends:
    """Where the column lines of ``pieces[start:]`` end (piece indices, the longest lines tried first), ``None`` when
    they group into none.

    A line is one piece, or pieces a letter-spaced line, a number's spaces or a bracket part (:func:`one_line`; the
    first, a bracket the line above opened), no wider than ``measure``; one before the last must be full (within
    :data:`FULL_LINE_SLACK`), end a sentence, or be an indented first line (2 em short, :data:`FIRST_LINE_TOLERANCE`)
    holding a clause mark or opening a dateline (:func:`opens_a_paragraph`), and the next must not go on inside a
    word (:func:`~textclean.clean.lexicon.breaks_a_word`: a column line ends anywhere, the next column's line opens
    anywhere, a word across them is chance); a full one must be among them (``full``: one was before ``start``); the
    last is any line. ``loose`` (:func:`wide_rows`): a first line need hold no clause mark, and the first and last
    line may hold spaces. ``spaced`` (a row holding a column line that is not letter-spaced): a letter-spaced line
    short of the measure by at most :data:`SPACED_SHORT` is full (:func:`stretched_line`), and one short by half an
    em or more may end between two glyphs (:func:`may_part_glyphs`). ``indented``: see :func:`first_line`. A line of
    more than :data:`MAX_ROW_PIECES` pieces or :data:`MAX_ROW_MEASURES` measures is no row (``None``).
    """
    if not start and (len(pieces) > MAX_ROW_PIECES or sum(widths) > MAX_ROW_MEASURES * measure):
        return None
    key = (start, full)
    if key not in memo:
        memo[key] = None
        for end, width in reversed(fitting_ends(widths, start, max(measure, span) + HALF_EM)):
            spanning = width > measure + HALF_EM  # (a wide column's line: one piece or letter-spaced)
            if spanning and not spanning_line(pieces[start:end]):
                continue
            if not one_line(pieces[start:end], not start) and not (loose and (start == 0 or end == len(pieces))):
                continue
            stretched = spaced and not spanning and stretched_line(pieces[start:end], width, measure)
            is_full = width >= (span if spanning else measure) - FULL_LINE_SLACK or stretched
            if end == len(pieces):
                if start and (full or is_full) and (is_full or not spanning):
                    memo[key] = [end]
                    break
                continue
            text = "".join(pieces[start:end])
            first = first_line(text, width, measure, loose and not span, indented and not start)
            glyphs = stretched and width <= measure - HALF_EM and may_part_glyphs(pieces[end - 1 : end + 2], measure)
            if not (is_full or (not spanning and (ends_sentence(text) or first))) or not (
                (may_part or may_part_lines)(pieces[end - 1], pieces[end]) or glyphs
            ):
                continue
            rest = line_ends(pieces, widths, measure, end, full or is_full, memo, may_part, loose, span, spaced)
            if rest:
                memo[key] = [end, *rest]
                break
    return memo[key]


def first_line(text: str, width: float, measure: int, loose: bool, indented: bool) -> bool:
    """Whether ``text``, a row's column line ``width`` em wide, short of ``measure``, may be a paragraph's indented
    first line (:func:`line_ends`): about the indent short (:data:`FIRST_LINE_TOLERANCE`) and holding a clause mark or
    opening a dateline (:func:`opens_a_paragraph`); ``loose`` (:func:`wide_rows`), any such line; ``indented`` (the
    first line of a row set among rows of the same columns, :func:`rows_in_a_stack`), also one holding no clause mark
    just the indent short (:func:`indent_short`).

    >>> first_line("红色资源是党", 6.0, 8, False, True), first_line("红色资源是党", 6.0, 8, False, False)
    (True, False)
    >>> first_line("实现的路径", 5.0, 8, False, True), first_line("然、顺应自然", 6.0, 8, False, False)
    (False, True)
    """
    return width >= measure - INDENT - FIRST_LINE_TOLERANCE and (
        loose or opens_a_paragraph(text) or (indented and indent_short(width, measure))
    )


def indent_short(width: float, measure: int) -> bool:
    """Whether a line ``width`` em wide is short of ``measure`` by a paragraph's indent (within :data:`INDENT_SLACK`):
    a paragraph's first line, though it holds no clause mark (``红色资源是党`` in an 8-em column), where it opens a row
    set among rows of the same columns (a headline's half set apart is no row of them, and is rarely short of a
    column by just the indent).

    >>> indent_short(6.0, 8), indent_short(7.5, 10), indent_short(7.0, 10), indent_short(8.0, 8)
    (True, True, False, False)
    """
    return abs(width + INDENT - measure) <= INDENT_SLACK


def spanning_line(pieces: list[str]) -> bool:
    """Whether ``pieces`` can be one line of a wide column (:func:`span_measures`): one piece, or glyphs letter-spaced (a number among them), never two pieces of text a space parts (two columns' lines).

    >>> spanning_line(["化“放管服”改革，推动更多事项"]), spanning_line(["经", "济", "发", "展", "614"])
    (True, True)
    >>> spanning_line(["进情况汇报，听取全省一", "经", "济"]), spanning_line(["收成还", "179家，开展农资"])
    (False, False)
    """
    return len(pieces) == 1 or all(len(p) <= GLYPH_PIECE or p.isascii() for p in pieces)


def stretched_line(pieces: list[str], width: float, measure: int) -> bool:
    """Whether ``pieces``, ``width`` em of glyphs, are a full column line of ``measure`` set letter-spaced: at least
    :data:`SPACED_PIECES` pieces, each a glyph (or a number), short of the measure by at most :data:`SPACED_SHORT`.

    Before (pdftotext, 8-em columns): ``从 产 业 基 础 的。只要坚定信`` kept whole (``从产业基础`` read as no full
    line); after: ``从 产 业 基 础`` / ``的。只要坚定信``.

    >>> stretched_line(["从", "产", "业", "基", "础"], 5.0, 8), stretched_line(["用", "率", "由", "62%", "提"], 5.5, 10)
    (True, False)
    >>> stretched_line(["本报记者", "崔湄"], 6.0, 8), stretched_line(["观", "点"], 2.0, 3)
    (False, False)
    """
    return (
        len(pieces) >= SPACED_PIECES
        and measure - SPACED_SHORT <= width <= measure + HALF_EM
        and all(len(p) <= GLYPH_PIECE or p.isascii() for p in pieces)
    )


def may_part_glyphs(pieces: list[str], measure: int) -> bool:
    """Whether the space between the first two of ``pieces`` (a letter-spaced run's last glyph, the next piece and
    the one after it, if any) may part a column's letter-spaced line of ``measure`` from the next column's
    (:func:`line_ends`, ``spaced``), where a line may break (:func:`holds_together`) and not inside a spaced number:
    in a column narrower than :data:`NARROW_SPACED` anywhere (the next column's line letter-spaced too: the longest
    first line that fits is taken), in a wider one only before the next column's last line, one glyph or two ending
    a sentence (``险。``) with no glyph after it (two wide letter-spaced lines side by side part nowhere: where one
    ends is a guess, and a narrower measure than the row's parts them wrongly).

    >>> may_part_glyphs(["为", "险。"], 10), may_part_glyphs(["6", "策。", "党和政府的好政"], 10), may_part_glyphs(["长", "口", "4010"], 10)
    (True, True, False)
    >>> may_part_glyphs(["为", "。"], 10), may_part_glyphs(["为", "险。", "重"], 10), may_part_glyphs(["初", "都", "盼"], 7)
    (False, False, True)
    """
    before, after, *rest = pieces
    if holds_together(before, after) or all(c.isdigit() or c.isascii() for c in (before[-1], after[0])):
        return False
    return measure < NARROW_SPACED or (ends_sentence(after) and all(len(p) > GLYPH_PIECE for p in rest))


def piece_width(piece: str) -> float:
    """The printed width (em) of ``piece``, one column line's text or part of it, with each mark set before another
    squeezed (:data:`SQUEEZED_MARK`): :func:`~textclean.clean.chardata.text_width` counts every mark a full em, so a
    full line of a 13 em column holding ``，”`` and ``，“`` reads 14 em and fits no column line.

    Before (pdftotext, lay6, 13 em columns): ``更好，”唐浩欣说，“接下来我`` read 14 em wide, its row kept whole; after,
    13 em, a full line.

    >>> piece_width("更好，”唐浩欣说，“接下来我"), piece_width("更好，唐浩欣说，接下来我们还")
    (13.0, 14.0)
    """
    return text_width(piece) - SQUEEZED_MARK * len(_MARK_PAIR_RE.findall(piece))


def fitting_ends(widths: list[float], start: int, room: float) -> list[tuple[int, float]]:
    """``(end, width of pieces[start:end])`` for every end whose pieces fit in ``room``, shortest first.

    >>> fitting_ends([2, 3, 4], 0, 5.5), fitting_ends([2, 3, 4], 1, 2.0)
    ([(1, 2), (2, 5)], [])
    """
    sums = itertools.takewhile(lambda width: width <= room, itertools.accumulate(widths[start:]))
    return list(enumerate(sums, start + 1))


def opens_a_paragraph(text: str) -> bool:
    """Whether ``text``, a line short of the measure by an indent, reads as a paragraph's first line rather than a
    headline's half: it holds a clause mark (running text holds one every line or two, a headline's half none), or
    it opens a dateline (:data:`~textclean.clean.chardata.DATELINE_OPENING_RE`: ``本报武汉2月10日``, a narrow column
    wraps it before its ``电``).

    >>> opens_a_paragraph("本报武汉2月10日"), opens_a_paragraph("然、顺应自然"), opens_a_paragraph("提高社会管理科学")
    (True, True, False)
    """
    return bool(CLAUSE_PUNCT_RE.search(text) or DATELINE_OPENING_RE.match(text))


def one_line(pieces: list[str], opening: bool = False) -> bool:
    """Whether ``pieces`` (parted by spaces) can be one column line: one piece, a letter-spaced line
    (:func:`~textclean.clean.repair.is_letter_spaced`), pieces parted next to digits or Latin letters only,
    pieces parted inside a bracket (:func:`in_a_bracket`: a dateline's reporters, ``电（记者 卢岫璟）建``), or, for
    the line ``opening`` a row, inside a bracket the column's line above opened (:func:`in_a_bracket_above`).

    >>> one_line(["系", "，", "加", "强", "对"]), one_line(["在", "1905年", "11月"]), one_line(["本报记者", "崔湄"])
    (True, True, False)
    >>> one_line(["通讯员", "朱小红）3月9"], True), one_line(["通讯员", "朱小红）3月9"])
    (True, False)
    """
    if len(pieces) == 1:
        return True
    return (
        is_letter_spaced(" ".join(pieces))
        or all(map(in_a_number, pieces, pieces[1:]))
        or in_a_bracket(pieces)
        or (opening and in_a_bracket_above(pieces))
    )


def in_a_bracket_above(pieces: list[str]) -> bool:
    """Whether every space between ``pieces`` stands inside a bracket the line above opened (none of ``pieces``
    opens it) and a later piece closes: a dateline's reporters wrapped onto the column's next line, ``本报讯（记者
    杨帆`` / ``通讯员 朱小红）3月9``. Only a row's first line is read so (:func:`line_ends`): a row's later line
    closing a bracket (``究员）``, an author's note ending in the next column) follows a column line of its own.

    Before (pdftotext, lay15 fr-11): ``通讯员 朱小红）3月9 进茶园绿色防控和标准化`` kept whole (its first line read
    as two); after: ``通讯员 朱小红）3月9`` / ``进茶园绿色防控和标准化``.

    >>> in_a_bracket_above(["通讯员", "朱小红）3月9"]), in_a_bracket_above(["讯员", "吴敏）“住院期间不"])
    (True, True)
    >>> in_a_bracket_above(["本报记者", "崔湄"]), in_a_bracket_above(["（记者", "杜奕晏）", "从现在起"])
    (False, False)

    A quote is no such bracket, and every space stands before the bracket's close: two columns' lines, each closing
    what its own line above opened, are no one line (``许晨）3月`` / ``今天投了简历。”来``; ``的路子。`` / ``走。”他说``).

    >>> in_a_bracket_above(["员", "许晨）3月", "今天投了简历。”来"]), in_a_bracket_above(["的路子。", "走。”他说"])
    (False, False)
    """
    text = "".join(pieces)
    last_space = len(text) - len(pieces[-1])
    for opener, closer in (("（", "）"), ("(", ")")):
        close = text.find(closer)
        if close >= last_space and opener not in text[:close]:
            return True
    return False


def in_a_bracket(pieces: list[str]) -> bool:
    """Whether every space between ``pieces`` stands inside a bracket opened before it (a dateline's reporters,
    ``电（记者 卢岫璟）建``: the names are spaced apart, a column line never parts them from the next column's) and
    closed after it, or left open at the end (the names wrap: ``电（记者 何屾桐``).

    >>> in_a_bracket(["电（记者", "卢岫璟）建"]), in_a_bracket(["电（记者", "戴澜晗", "肖琬）"]), in_a_bracket(["本报记者", "崔湄"])
    (True, True, False)
    >>> in_a_bracket(["（记者", "杜奕晏）", "从现在起"])
    False
    """
    return all(leaves_bracket_open("".join(pieces[:k])) for k in range(1, len(pieces)))


def may_part_lines(before: str, after: str) -> bool:
    """Whether the space between pieces ``before`` and ``after`` may part two columns' lines: not inside a run of
    letter-spaced glyphs (pieces of at most :data:`GLYPH_PIECE` characters both), nor next to a number
    (:func:`in_a_number`), nor inside a word (:func:`~textclean.clean.lexicon.breaks_a_word`: a column line ends
    anywhere and the next column's line opens anywhere, a word across them is chance).

    >>> may_part_lines("是国家", "与经济"), may_part_lines("管", "助试点范围"), may_part_lines("确", "保"), may_part_lines("科学队伍也在迅", "速壮大")
    (True, True, False, False)
    """
    if len(before) <= GLYPH_PIECE and len(after) <= GLYPH_PIECE:
        return False
    return not holds_together(before, after) and not in_a_number(before, after) and not breaks_a_word(before, after)


def holds_together(before: str, after: str) -> bool:
    """Whether the space between pieces ``before`` and ``after`` stands where no line may break: after an opening
    mark or before a closing or clause mark (a column line never ends on ``“`` or ``（``, nor opens on ``”``, ``，``
    or ``。``), or inside a bracket ``before`` opens and ``after`` closes (``（记者 钱澍）``: one phrase spaced within).

    Before: ``统，全面贯彻农业“ 八字宪`` (PyMuPDF) parted at the space as two columns' lines; after: one line.

    >>> holds_together("农业“", "八字宪"), holds_together("制", "”、“港"), holds_together("作用。（记者", "钱澍）")
    (True, True, True)
    >>> holds_together("是国家", "与经济"), holds_together("（以下简称《条", "与经济")
    (False, False)
    """
    if before[-1] in NO_LINE_END or after[0] in NO_LINE_START:
        return True
    return leaves_bracket_open(before) and closes_bracket_above(after)


def in_a_number(before: str, after: str) -> bool:
    """Whether a space between pieces ``before`` and ``after`` stands next to a digit or a Latin letter: extraction
    spaces digit runs, ASCII signs (``4% 左右``) and Latin words off the Han text around them (``1897 年``), columns are parted anywhere.

    >>> in_a_number("年达到27％，1980", "年将达到29％。"), in_a_number("是国家", "与经济"), in_a_number("为", "０．")
    (True, False, True)
    """
    return any(c.isdigit() or c.isascii() for c in (before[-1], after[0]))
