"""A short paragraph set in two columns whose second holds only its last line, printed beside its first line.

A box's note (an editor's note, ``【编者按】``) of three lines set in two columns keeps two lines in the first
column and the last line at the top of the second: pdftotext prints the first row as one line, the first line and
the last side by side (``本版开设的“读者来信”栏目，旨在倾听群众心 事，提出好建议。``), then the second line alone
(``声、反映社情民意。欢迎广大读者来信来稿，讲述身边``). Read as printed, the last line stands between the first two
(:func:`last_line_after`). Measured (pdftotext; the editor's notes of lay16 op-05, op-19, op-33, op-43, op-45):
lay16 body CER .489 -> .477, recall .792 -> .803, spurious CJK spaces 28 -> 25, title .410 -> .399; the devpages,
the other families and the other extractors the same.
"""

from __future__ import annotations

from textclean.clean.chardata import ends_sentence, text_width
from textclean.clean.columnlines import GLYPH_PIECE
from textclean.clean.repair import repair_line
from textclean.clean.roles import Item, shape_role
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT

#: How much shorter than the line under it a paragraph's last line is at least (in em): a last line a column's
#: measure less at least an indent's worth runs short of the next column's line; a second column's full line does
#: not (lay16's notes: 8 em beside 24-em lines).
SHORT_LAST = INDENT + FULL_LINE_SLACK


def last_line_after(items: list[Item]) -> list[Item]:
    """``items`` with each paragraph's first line printed beside its last (:func:`_beside`) read first line,
    the line under it, last line.

    >>> mk = lambda no, t, g=False: Item(no, t, repair_line(t), text_width(repair_line(t)), g, False)
    >>> first = mk(0, "本版开设的读者来信栏目，旨在倾听群众心声 事，提出好建议。", True)
    >>> lines = [first, mk(1, "、反映社情民意。欢迎广大读者来信来稿，讲述身边")]
    >>> [it.text for it in last_line_after(lines)]
    ['本版开设的读者来信栏目，旨在倾听群众心声', '、反映社情民意。欢迎广大读者来信来稿，讲述身边', '事，提出好建议。']
    >>> lines[0] = mk(0, "——南湖师范学院教授 孔德明", True)  # (a byline's space: no sentence ends beside it)
    >>> [it.text for it in last_line_after(lines)][0]
    '——南湖师范学院教授 孔德明'
    """
    out: list[Item] = []
    j = 0
    while j < len(items):
        parts = _beside(items, j)
        if parts is None:
            out.append(items[j])
            j += 1
            continue
        first, last = parts
        under = items[j + 1]
        out += [first, Item(under.no, under.raw, under.text, under.width, False, False), last]
        last.gap_after = under.gap_after
        j += 2
    return out


def _beside(items: list[Item], j: int) -> tuple[Item, Item] | None:
    """The first and last lines ``items[j]`` holds if it is a paragraph's first line (after a blank) printed
    beside its last (a sentence's end, :data:`SHORT_LAST` shorter than the line under it) where the line under it,
    of the first line's measure, goes on the first line and ends no sentence."""
    it = items[j]
    if not it.gap_before or it.gap_after or j + 1 >= len(items) or items[j + 1].no != it.no + 1:
        return None
    pieces = it.raw.split()
    under = items[j + 1]
    if len(pieces) != 2 or min(map(len, pieces)) <= GLYPH_PIECE or " " in under.raw.strip() or under.ends:
        return None
    head, tail = (repair_line(p) for p in pieces)
    head_w, tail_w = text_width(head), text_width(tail)
    if ends_sentence(head) or not ends_sentence(tail) or tail_w > under.width - SHORT_LAST:
        return None
    if not under.width - INDENT - FULL_LINE_SLACK <= head_w <= under.width + FULL_LINE_SLACK:
        return None  # (the first line is the line under it's measure, less an indent at most)
    if _goes_on(items, j + 2, under):
        return None  # (the column holds a third line: the part beside is another column's, not this note's end)
    first = Item(it.no, pieces[0], head, head_w, True, False)
    return first, Item(it.no, pieces[1], tail, tail_w, False, False)


def _goes_on(items: list[Item], j: int, under: Item) -> bool:
    """Whether ``items[j]``, if any, printed right under the line ``under`` (no blank between), is a line of its
    paragraph: plain text ending a sentence or running to ``under``'s measure, less an indent (a brief's third
    line: ``余个，吸引众多求职者到场咨询，现场`` / ``达成就业意向一千二百余人次。``); a label (``●读者来信●``) or a
    blank line after ``under`` is not.

    >>> mk = lambda no, t, g=False: Item(no, t, repair_line(t), text_width(repair_line(t)), g, False)
    >>> under = mk(1, "余个，吸引众多求职者到场咨询，现场")
    >>> _goes_on([under, under, mk(2, "达成就业意向一千二百余人次。")], 2, under), _goes_on([mk(2, "●读者来信●")], 0, under)
    (True, False)
    """
    if j >= len(items) or under.gap_after or items[j].gap_before or items[j].no != under.no + 1:
        return False
    it = items[j]
    return shape_role(it.text) == "text" and (it.ends or it.width >= under.width - INDENT - FULL_LINE_SLACK)
