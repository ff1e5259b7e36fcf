"""Shape cues for the row reader: lines whose shapes tell that they were read across columns.

:mod:`~textclean.clean.rowread` weighs, line by line, whether each line goes on from the line read before it or
from the line a row before it (side-by-side columns read row by row). The words across the breaks
(:func:`~textclean.clean.junctions.junction`) often tell little (pairs the lexicon does not know); the lines'
shapes tell more where a paragraph ends: in one column a paragraph's last line is followed by a paragraph's first
line (indented) or a head, never by a full line (:func:`full_after_last_read`). The cue is pdfminer's: it reads
side-by-side columns row by row one printed line at a time, each line between blank lines; pdftotext reads them as
blocks of lines set tight, where a full line after a paragraph's last one is a block's (a brief's, a column's) and
tells nothing of rows.
"""

from __future__ import annotations

from textclean.clean.chardata import NEW_PARAGRAPH_OPENER_RE
from textclean.clean.roles import Item
from textclean.clean.rowheads import SHORT_SLACK
from textclean.clean.speakers import SPEAKER_OPENING_RE
from textclean.clean.typesetting import FULL_LINE_SLACK

#: Lines on either side of a line whose widest is the measure a full line reaches (:func:`full_after_last_read`):
#: two rows of two columns read row by row around it.
NEAR = 2


def full_after_last_read(items: list[Item]) -> list[bool]:
    """Whether each line is a full line read right after a line that ends a sentence short of it by more than
    :data:`~textclean.clean.rowheads.SHORT_SLACK` (a paragraph's last line): in one column, a paragraph's first line
    (indented) or a head follows a paragraph's last line, never a full one; so the two were read from two columns
    (rows read row by row). Full: within :data:`~textclean.clean.typesetting.FULL_LINE_SLACK` of the widest line
    :data:`NEAR` lines around it. Both lines must stand alone between blank lines (:func:`_set_apart`: pdfminer's
    lines read row by row); lines set tight are one block's (pdftotext's), read as printed. Nor a line that opens
    with a list's or a section's number (:data:`~textclean.clean.chardata.NEW_PARAGRAPH_OPENER_RE`): a list's items
    open flush, each after the last one's end; nor one that opens with a speaker's label (:data:`~textclean.clean.speakers.SPEAKER_OPENING_RE`).

    Before (pdfminer, two columns read row by row): ``正式确定，预计总投资达`` / ``袋公园”200个；实施农`` /
    ``186亿元。`` / ``村供水保障工程惠及80万`` (the second column's line read after the first's paragraph end): the
    last is such a line.

    >>> mk = lambda t, gap=True: Item(0, t, t, float(len(t)), gap, gap)
    >>> lines = ["会上获悉，经广泛征求意见", "正式确定，预计总投资达", "186亿元。", "村供水保障工程惠及80万", "袋公园”200个；实施农"]
    >>> full_after_last_read([mk(t) for t in lines])
    [False, False, False, True, False]

    Not a paragraph's first line (indented two em) after it:

    >>> opener = Item(0, "刘建国介绍，与往年相", "刘建国介绍，与往年相", 10.0, True, True)
    >>> full_after_last_read([mk(t) for t in lines[:3]] + [opener, mk(lines[4])])
    [False, False, False, False, False]

    Not a numbered item's first line (a list set flush, one column):

    >>> items = ["1.加快建设现代化产", "业体系。", "2.全面深化改革开放，", "持续增强发展内生动力"]
    >>> full_after_last_read([mk(t) for t in items])
    [False, False, False, False]

    Not an interview's turn (a speaker's label, flush):

    >>> turns = ["答：目前全省春播粮食已", "完成三成以上，进度快于", "去年同期。", "问：农民最关心的是什么", "答：大家最关心的是农产"]
    >>> full_after_last_read([mk(t) for t in turns])
    [False, False, False, False, False]

    Not lines set tight in blocks (pdftotext: a brief's last line, then the next brief's full line in one block):

    >>> full_after_last_read([mk(t, gap=False) for t in lines])
    [False, False, False, False, False]
    """
    out = [False] * len(items)
    for j in range(1, len(items)):
        upper, line = items[j - 1], items[j]
        if (
            upper.ends
            and upper.width < line.width - SHORT_SLACK
            and _set_apart(upper)
            and _set_apart(line)
            and not NEW_PARAGRAPH_OPENER_RE.match(line.text)
            and not SPEAKER_OPENING_RE.match(line.text)
        ):
            out[j] = line.width >= max(it.width for it in items[max(0, j - NEAR) : j + NEAR + 1]) - FULL_LINE_SLACK
    return out


def _set_apart(item: Item) -> bool:
    """Whether a line stands alone between blank lines (pdfminer's form of a line read by itself)."""
    return item.gap_before and item.gap_after
