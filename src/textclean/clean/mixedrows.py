"""A pdftotext row whose columns are set in different measures -> its columns' lines.

Where a page is a mosaic of cells, each cell's body in its own measure (a 18-em column beside a 14-em one beside a
briefs rail of 12), pdftotext prints one line of each cell that shares a baseline as ONE line, single spaces
between them: ``在机器人社团，学生们正在调试自己编写 公司，担任销售员。入职时，公`` (18 em and 14 em).
:func:`~textclean.clean.joinedrows.column_parts` parts a row only into lines of one measure, and
:func:`~textclean.clean.joinedrows.wide_rows` only a wide column beside narrow ones of one measure, so such a row
stays whole and the row reader reads both cells scrambled. :func:`mixed_rows` parts it where each of its lines but
the last is a full line of one of the page's cell measures (each line its own;
:func:`~textclean.clean.joinedrows.cell_measures`) or a paragraph's last or indented first
line, every break where lines may break (:func:`~textclean.clean.columnlines.may_part_lines`), and another row
stands within :data:`~textclean.clean.joinedrows.STACK_REACH` lines of it: rows of a page's cells come in stacks,
a headline's halves or a byline alone.
"""

from __future__ import annotations

import itertools
import re

from textclean.clean.chardata import CLAUSE_PUNCT_RE, HAN_RE, NUMERAL, ends_sentence, text_width
from textclean.clean.columnlines import HALF_EM, fitting_ends, may_part_lines, one_line, opens_a_paragraph
from textclean.clean.repair import repair_line
from textclean.clean.typesetting import FIRST_LINE_TOLERANCE, FULL_LINE_SLACK, INDENT

#: A row of cells of different measures holds at most this many lines (the families' mosaics set 2-4 cells across).
MAX_MIXED_PARTS = 5
#: Pieces a line may hold to be looked at: a row's lines are one piece each, give or take a byline or a number.
MAX_MIXED_PIECES = 12

#: A run-in head shares at least this many pairs of Han characters with the text after it (:func:`runs_in`): the
#: brief restates its subject (``招聘会`` … ``招聘会``); two columns of one article may share one pair by chance (a
#: team's name, ``火焰队`` … ``火焰队``).
RUN_IN_PAIRS = 2

#: A list item's number at a line's start, in the forms one list keeps (``（一）`` ``一、`` ``第一，`` ``1.`` ``（1）``):
#: the numeral, and the form's marks around it.
LIST_ITEM_RE = re.compile(f"^(（)([{NUMERAL}]+|\\d+)）|^(第)?([{NUMERAL}]+)([、，,])|^()(\\d+)([.．、])(?!\\d)")


def mixed_parts(raw: str, measures: list[int]) -> list[str] | None:
    """The columns' lines of ``raw`` where they are of different ``measures`` (each line one piece, letter-spaced
    glyphs or pieces parted next to a number, :func:`~textclean.clean.columnlines.one_line`): each line but the
    last a full line of one of them (a half em over, :data:`~textclean.clean.typesetting.FULL_LINE_SLACK` short),
    a paragraph's last line or its indented first line (:func:`~textclean.clean.columnlines.opens_a_paragraph`),
    a break only where lines break (:func:`~textclean.clean.columnlines.may_part_lines`), at least one line full,
    none wider than the widest measure; ``None`` where it parts into no such lines.

    Before (pdftotext, an 18-em cell beside a 14-em one): ``在机器人社团，学生们正在调试自己编写 公司，担任销售员。
    入职时，公`` as one line; after: its two cells' lines.

    >>> mixed_parts("在机器人社团，学生们正在调试自己编写 公司，担任销售员。入职时，公", [18, 14])
    ['在机器人社团，学生们正在调试自己编写', '公司，担任销售员。入职时，公']
    >>> mixed_parts("大力发展社会事业 促进经济社会协调发展", [8, 9]) is None
    True
    >>> mixed_parts("科学队伍也在迅 速壮大，科研成果不断涌现，", [7, 12]) is None
    True
    """
    pieces = raw.split()
    if not 2 <= len(pieces) <= MAX_MIXED_PIECES or not CLAUSE_PUNCT_RE.search(raw):
        return None  # (running text holds a clause mark every line or two: a headline's halves none)
    widths = [text_width(p) for p in pieces]
    found = _mixed_ends(pieces, widths, measures, 0, False, {})
    if not found:
        return None
    parts = [" ".join(pieces[a:b]) for a, b in zip([0, *found], found, strict=False)]
    if any(continues_list(a, b) for a, b in itertools.pairwise(parts)):
        return None  # (a list run on one line: ``（一）…。 （二）…。``, not two cells)
    run_in = found[0] == 2 and runs_in(pieces[0], pieces[1])  # (a run-in head keeps its space)
    return parts if all(" " not in repair_line(p) for p in parts[run_in:]) else None


def list_number(text: str) -> tuple[str, int] | None:
    """The form and the value of the list number opening ``text`` (:data:`LIST_ITEM_RE`), ``None`` where none does.

    >>> list_number("（二）强化经费保障。"), list_number("3.开展培训"), list_number("第十一，"), list_number("二是")
    (('（）', 2), ('.', 3), ('第，', 11), None)
    """
    m = LIST_ITEM_RE.match(text)
    if not m:
        return None
    marks = "".join(g or "" for g in (m[1], m[3], m[5], m[6], m[8]))
    numeral = m[2] or m[4] or m[7]
    if numeral.isdigit():
        return marks + ("）" if m[1] else ""), int(numeral)
    tens, _, units = numeral.rpartition("十")
    value = (NUMERAL.index(tens) + 1 if tens else 1) * 10 if "十" in numeral else 0
    return marks + ("）" if m[1] else ""), value + (NUMERAL.index(units) + 1 if units else 0)


def continues_list(left: str, right: str) -> bool:
    """Whether ``right`` opens with the list number that follows the one opening ``left``, in the same form, and
    ``left`` ends a sentence: one list's items run on in one line (a one-line summary of measures), not two cells'
    lines side by side. A left part broken off inside a sentence is a column's line, whatever number opens the
    cell beside it (``二、完善考核制度。公司应当 三、建立…``: two reports' lists on one baseline). Before:
    ``（一）加强组织领导。 （二）强化经费保障。`` parted into two cells' lines (two paragraphs); after: one line.

    >>> continues_list("（一）加强组织领导。", "（二）强化经费保障。"), continues_list("1.开展培训。", "2.完善制度。")
    (True, True)
    >>> continues_list("（一）加强组织领导。", "（三）强化经费保障。"), continues_list("（一）加强领导。", "二、强化保障。")
    (False, False)
    >>> continues_list("二、完善考核制度。公司应当", "三、建立课后服务经费保障机制，多渠道")
    False
    """
    if not ends_sentence(left):
        return False
    a, b = list_number(left), list_number(right)
    return a is not None and b is not None and a[0] == b[0] and b[1] == a[1] + 1


def _mixed_ends(
    pieces: list[str],
    widths: list[float],
    measures: list[int],
    start: int,
    full: bool,
    memo: dict[tuple[int, bool], list[int] | None],
) -> list[int] | None:
    """Where the lines of ``pieces[start:]`` end for :func:`mixed_parts` (the longest lines tried first), ``full``
    when a full line came before ``start``; ``None`` when they group into no such lines."""
    key = (start, full)
    if key in memo:
        return memo[key]
    memo[key] = None
    for end, width in reversed(fitting_ends(widths, start, max(measures) + HALF_EM)):
        if not one_line(pieces[start:end]) and not (start == 0 and end == 2 and runs_in(pieces[0], pieces[1])):
            continue  # (a run-in head and its text are one line: the head's words recur in the text)
        if start == 0 and end == 1 and len(pieces) > 1 and runs_in(pieces[0], pieces[1]):
            continue
        is_full = any(m - FULL_LINE_SLACK <= width <= m + HALF_EM for m in measures)
        if end == len(pieces):
            if start and (full or is_full):
                memo[key] = [end]
                break
            continue
        text = "".join(pieces[start:end])
        first = any(m - INDENT - FIRST_LINE_TOLERANCE <= width <= m - INDENT + HALF_EM for m in measures)
        if not (is_full or ends_sentence(text) or (first and opens_a_paragraph(text))):
            continue
        if not may_part_lines(pieces[end - 1], pieces[end]):
            continue
        rest = _mixed_ends(pieces, widths, measures, end, full or is_full, memo)
        if rest and len(rest) < MAX_MIXED_PARTS:
            memo[key] = [end, *rest]
            break
    return memo[key]


def runs_in(head: str, text: str) -> bool:
    """Whether ``head``, a line's first piece, is a brief's run-in head set before its text ``text`` (the next
    piece) rather than a cell's line beside another cell's: it holds no clause mark (a headline's words) and a
    :data:`RUN_IN_PAIRS` pairs of its Han characters recur in the text, which restates its subject at once (two cells' lines beside each
    other are unrelated text). Before: ``高校毕业生招聘会举行 | 淮河师范学院日前`` parted as two cells' lines;
    after: one line, the head run in.

    >>> runs_in("高校毕业生招聘会举行", "淮河师范学院日前举办校园招聘会，411家"), runs_in("一些西方媒体选择性报", "记者追问具体时间表，发言")
    (True, False)
    >>> runs_in("当今世界百年变局加速演，", "世界"), runs_in("焰队坐镇主场以3∶2战胜长河骏马", "岭火焰队积34分，与领头羊")
    (False, False)
    """
    if CLAUSE_PUNCT_RE.search(head):
        return False
    pairs = {head[k : k + 2] for k in range(len(head) - 1)}
    shared = {text[k : k + 2] for k in range(len(text) - 1)} & pairs
    return sum(bool(HAN_RE.match(p[0]) and HAN_RE.match(p[1])) for p in shared) >= RUN_IN_PAIRS
