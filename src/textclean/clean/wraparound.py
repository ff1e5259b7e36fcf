"""One story set in two measures: text wrapped round a picture or its head, or a lead set across its columns.

:func:`~textclean.clean.measures.changes_column` cuts a run of text where its measure changes after a sentence end:
another article's column, its head set elsewhere. A story set round a photo or beside its own head stack changes
its measure too (a narrow column beside them, the full measure under them), and so does one whose lead is set across
the columns it opens. Where the extractor keeps its own reading order (PyMuPDF prints the page tight, no blank line:
the lines of a block in order), the text tells the two apart (:func:`wraps_round`): where a story changes its
measure, its sentences run on across the change; where one article's column gives way to another's, they do not.
Not asked of text printed with blank lines (pdfminer, pdftotext): their row readers put lines of neighbouring
columns side by side, so a width changing inside a sentence there says nothing of one story.
"""

from __future__ import annotations

from textclean.clean.roles import Item, fuller_median, is_headline_like
from textclean.clean.typesetting import BODY_FULL_SHARE, FULL_LINE_SLACK, INDENT
from textclean.clean.windows import BodyWindows
from textclean.clean.wrapped import goes_on

#: The measure either side of a break is read over this many lines (as :mod:`~textclean.clean.measures` reads it).
SIDE_LINES = 6
#: ... and right at the break over this many of the lines that tell it (full lines: a column's worth of evidence
#: fewer than this would not give, as ``measures.MIN_TELLING_LINES``).
NEAR_LINES = 3
#: Two measures closer than this (em) are one: widths come in half-em steps, and one justified column's full lines
#: measure the same to the half em (``measures.BLOCK_MEASURE_DIFF``).
SAME_MEASURE = 1.0
#: A side's measure is told by at least this many full lines: one line alone may be a lead's, a caption's or a
#: note's set across the page (as ``columns.COLUMN_LINES`` asks a narrower column's full lines to be more than one).
TELLING_LINES = 2


def wraps_round(windows: BodyWindows, i: int, start: int, headed: bool) -> bool:
    """Whether the measure change :func:`~textclean.clean.measures.changes_column` found at line ``i`` (after a
    sentence end) is one story's, set round a picture or its head: no cut there. ``start``: the first line of the
    piece at hand, ``headed``: whether that piece opens the run or opens under a head (not where a measure changed).

    One story's when the piece above is one sentence under its head (:func:`lone_sentence`: a lead set across
    the columns, or the paragraph beside the head stack) and no head stands at the break (:func:`head_at`), when the change is not at the break
    (:func:`change_at_break`), or when the sentences run on across it (:func:`runs_across`,
    :func:`changed_above`).

    >>> line = lambda w, ends: "文" * (int(w) - 1) + ("。" if ends else "文")
    >>> mk = lambda w, ends=False: Item(0, line(w, ends), line(w, ends), float(w), False, False)
    >>> narrow = [mk(7)] * 6 + [mk(9, True)]  # (the sentence's last line wider than its column)
    >>> wide = [mk(19)] + [mk(21)] * 5
    >>> wraps_round(BodyWindows([mk(7, True), *narrow, *wide]), 8, 0, False)
    True
    >>> wraps_round(BodyWindows([mk(7, True), *narrow[:-1], mk(5, True), *wide]), 8, 0, False)
    False
    """
    body = windows.body
    if headed and lone_sentence(body, start, i) and not head_at(body, i):
        return True
    above = windows.telling(max(start, i - SIDE_LINES), i)
    below = windows.telling(i, i + SIDE_LINES)
    upper, lower = fuller_median(above), fuller_median(below)
    return (
        not change_at_break(above, below)
        or runs_across(body, i, upper, lower)
        or changed_above(body, i, start, upper, lower)
    )


def head_at(body: list[Item], i: int) -> bool:
    """Whether ``body[i]`` may be the next story's head: a line of headline text
    (:func:`~textclean.clean.roles.is_headline_like`) whose words do not go on into the line under it
    (:func:`~textclean.clean.wrapped.goes_on`). A one-paragraph story over it is a story of its own, however short.

    Before: ``港口城市迎来转运高峰`` / byline / one paragraph (18 em) / ``山乡新貌`` / ``走进青山村，…`` (17 em): the
    paragraph was one sentence under its head, and the next story ran on into it; after, two stories.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> head_at([mk("山乡新貌"), mk("走进青山村，平整的水泥路通到家家户")], 0)
    True
    >>> head_at([mk("走进青山村，平整的"), mk("水泥路通到家家户")], 0)
    False
    """
    return is_headline_like(body[i]) and i + 1 < len(body) and not goes_on(body[i], body[i + 1])


def lone_sentence(body: list[Item], start: int, i: int) -> bool:
    """Whether ``body[start:i]`` holds one sentence end only, its last line's: one sentence, or a paragraph whose
    lines end no sentence but its last. A story's lead set across its columns, or its first paragraph set beside its
    head stack, is no article of its own; an article whose column gives way to another's has ended a paragraph or
    more above.

    Before (PyMuPDF, a feature weekly): the head, ``“……”这是`` / ``…在父亲肩上的孩子。`` (33 to 36 em, the lead) /
    ``“修书如修心。”这是…`` (12 em columns): the lead cut off as an article of its own under the title; after, the
    story's first paragraph.

    >>> mk = lambda ends: Item(0, "文。" if ends else "文", "文。" if ends else "文", 2.0, False, False)
    >>> lone_sentence([mk(False), mk(False), mk(True), mk(False)], 0, 3)
    True
    >>> lone_sentence([mk(True), mk(False), mk(True), mk(False)], 0, 3)
    False
    """
    return not any(it.ends for it in body[start : i - 1])


def change_at_break(above: list[float], below: list[float]) -> bool:
    """Whether the measure changes at the break between the telling widths ``above`` and ``below`` it (each side's
    window): the lines right at it (the last :data:`NEAR_LINES` above, the first below) are set in two measures,
    :data:`SAME_MEASURE` apart or more, or, where they are set in one, each side's other measure is told by two
    full lines or more (:func:`told_by_lines`). A window may reach past the break to one wide line only (a lead's
    last line two sentences up, a story's first line under its picture, a note set across the page under the
    column): that line tells no column, and the break parts lines of one measure. Two lines of a wider measure a
    few lines down may be the next story's, widening under its own picture (``test_next_story_column.py``).

    Before (PyMuPDF, an opinion page): ``…事半功倍。`` / ``守正才能不迷失方`` (8 to 10 em both sides) / ``本版邮箱：…``
    (35 em) cut the essay's last paragraph off as an article of its own; after, one body.

    >>> change_at_break([15, 15, 15], [21, 21, 21]), change_at_break([46, 15, 15, 15], [13, 15, 15])
    (True, False)
    >>> change_at_break([11, 11, 11], [9, 11, 11, 11, 24, 24])  # (the next story's measure told by two lines)
    True
    """
    near_above, near_below = above[-NEAR_LINES:], below[:NEAR_LINES]
    if abs(fuller_median(near_above) - fuller_median(near_below)) >= SAME_MEASURE:
        return True
    return min(told_by_lines(above), told_by_lines(below)) >= TELLING_LINES


def told_by_lines(widths: list[float]) -> int:
    """How many of ``widths`` tell their measure: those at least
    :data:`~textclean.clean.typesetting.BODY_FULL_SHARE` of the widest, as :func:`~textclean.clean.roles.fuller_median`
    counts them.

    >>> told_by_lines([46, 15, 15, 15]), told_by_lines([15, 15, 14]), told_by_lines([])
    (1, 3, 0)
    """
    return sum(1 for w in widths if w >= BODY_FULL_SHARE * max(widths)) if widths else 0


def runs_across(body: list[Item], i: int, upper: float, lower: float) -> bool:
    """Whether, where the measure widens at line ``i`` (``upper`` over it, ``lower`` under it), the text runs on
    across the change: the sentence ending over the break has a line too wide for the column above (wider by more
    than :data:`~textclean.clean.typesetting.FULL_LINE_SLACK`: it was set in the wider measure, under the picture),
    or the paragraph under the break opens in the column above (its first line no wider than that column, short of
    the wider one by more than an indent) and goes on full in the wider one (its second line no first line's: as wide
    as the third). Another article's column opens with a first line of its own measure.

    Before (PyMuPDF, a health page): ``…食盐摄入量约为`` (7 em) / ``10.5克，几乎是推荐量的两倍。`` (14 em) /
    ``省立第二医院心内科…`` (21 em): the story cut where it came out from beside its photo; after, one body.

    >>> line = lambda w, ends: "文" * (int(w) - 1) + ("。" if ends else "文")
    >>> mk = lambda w, ends=False: Item(0, line(w, ends), line(w, ends), float(w), False, False)
    >>> runs_across([mk(7), mk(14, True), mk(21)], 2, 7.0, 21.0), runs_across([mk(7), mk(5, True), mk(19)], 2, 7.0, 21.0)
    (True, False)
    >>> runs_across([mk(7), mk(5, True), mk(6), mk(21), mk(21)], 2, 7.0, 21.0)
    True
    """
    if lower <= upper:
        return False
    last = body[i - 1]
    if last.role == "text" and last.width > upper + FULL_LINE_SLACK:
        return True
    if i + 1 >= len(body) or body[i].ends or body[i].role != "text" or body[i + 1].role != "text":
        return False
    first, second = body[i].width, body[i + 1].width
    third = body[i + 2].width if i + 2 < len(body) and not body[i + 1].ends else second
    return (
        first <= upper + FULL_LINE_SLACK
        and first < lower - INDENT - FULL_LINE_SLACK
        and second >= lower - FULL_LINE_SLACK
        and second >= third - FULL_LINE_SLACK
    )


def changed_above(body: list[Item], i: int, start: int, upper: float, lower: float) -> bool:
    """Whether the sentence ending over line ``i`` is already set in the measure below (each of its lines but the
    last nearer ``lower`` than ``upper``): the measure changed further up, inside the text, and the break only
    parts two sentences of one column.

    Before (PyMuPDF): a lead of 33 to 36 em, then ``“修书如修心。”这是`` (10 em) / ``…一句话。`` and 12 em lines under
    it: the window above still held the lead; after, no cut.

    >>> mk = lambda w, ends=False: Item(0, "文。" if ends else "文", "文。" if ends else "文", float(w), False, False)
    >>> changed_above([mk(34, True), mk(10), mk(12, True), mk(12)], 3, 0, 34.0, 12.0)
    True
    >>> changed_above([mk(34, True), mk(34), mk(12, True), mk(12)], 3, 0, 34.0, 12.0)
    False
    """
    k = i - 1
    while k > start and not body[k - 1].ends:
        k -= 1
    lines = [it.width for it in body[k : i - 1] if it.role == "text"]
    return bool(lines) and all(abs(w - lower) < abs(w - upper) for w in lines)
