"""A column set round a picture: its measure changes inside a sentence, one article's text going on.

A story set beside a picture runs in a narrow measure down the picture's side and widens under it (or narrows
where the next picture stands) in the middle of a sentence, often of a word. Another article's column opens at a
sentence end. So where the measure reads as changing across a sentence end only because the lines a few lines down
are set wider, while the paragraph opening there goes on in the measure above, the change is no article boundary
(:func:`widens_below`, asked by :func:`~textclean.clean.measures.changes_column`).
"""

from __future__ import annotations

from textclean.clean.roles import Item

#: The paragraph opening at a sentence end goes on in the measure above for at least this many lines (a column's
#: telling lines, as :data:`~textclean.clean.measures.MIN_TELLING_LINES`) before its measure changes ...
HOLD_LINES = 3
#: ... each as wide as that measure to within this much (em): widths come in half-em steps and one measure reads
#: the same to the half em (:data:`~textclean.clean.measures.MEASURE_TOLERANCE`) ...
HOLD_SLACK = 0.5
#: ... and the line where it changes is this much (em) off the measure (an em: two measures, as
#: :data:`~textclean.clean.measures.BLOCK_MEASURE_DIFF`).
CHANGE_DIFF = 1.0


def widens_below(body: list[Item], i: int, measure: float, window: int) -> bool:
    """Whether the paragraph opening at ``body[i]`` (after a sentence end) goes on in the ``measure`` above for
    :data:`HOLD_LINES` lines or more (:data:`HOLD_SLACK`) and changes its measure only further down, inside a
    sentence, within ``window`` lines of ``i``: text set round a picture, one article's; another article's column
    opens at a sentence end. The line off the measure is a running line, or one wider than the measure (a
    paragraph's short last line is neither), and the line under it is off the measure on the same side (the new
    measure holds: a line of another column that pdftotext or pdfminer read in, or a head, stands alone).

    Before (PyMuPDF, lay12 fz-07): ``…墨香扑鼻。`` (11 em) / ``“学校开设了50门`` / three lines of 11 em /
    ``业辅导和素质拓展两个时段。…`` (23 em): cut at the sentence end, the story's second half went to another
    head; after, one body. Not so: a paragraph that ends before the change (the next article's column opens after
    its sentence end), a column of another measure from its first lines.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> narrow = [mk("甲" * 11) for _ in range(5)] + [mk("甲乙丙丁。"), mk("乙" * 8)]
    >>> widens_below([*narrow, *[mk("丙" * 11) for _ in range(3)], mk("丁" * 23), mk("丁" * 23)], 6, 11.0, 6)
    True
    >>> widens_below([*narrow, *[mk("丙" * 11) for _ in range(3)], mk("丁" * 23), mk("丁" * 11)], 6, 11.0, 6)
    False
    >>> widens_below([*narrow, *[mk("丙" * 18) for _ in range(3)]], 6, 11.0, 6)  # (another column at once)
    False
    >>> widens_below([*narrow, *[mk("丙" * 11) for _ in range(3)], mk("丙丁。"), mk("丁" * 23)], 6, 11.0, 6)
    False
    """
    k, end = i + 1, min(len(body), i + window)
    while k < end and not body[k - 1].ends and abs(body[k].width - measure) <= HOLD_SLACK:
        k += 1  # (the lines that go on the paragraph in the measure above)
    if k - i - 1 < HOLD_LINES or k >= end or body[k - 1].ends:
        return False
    line = body[k]  # (off the measure: a running line, or one wider; a paragraph's short last line is neither)
    if line.role != "text" or abs(line.width - measure) < CHANGE_DIFF or (line.ends and line.width < measure):
        return False
    return k + 1 < len(body) and _beyond(body[k + 1].width, line.width, measure)


def _beyond(width: float, changed: float, measure: float) -> bool:
    """Whether a line of ``width`` is off ``measure`` by :data:`CHANGE_DIFF` on the side the ``changed`` line is: the
    new measure holds for two lines (a line of another column read in once, a head, goes back to the measure).

    >>> _beyond(23, 23, 11), _beyond(11, 19, 11), _beyond(29, 4, 15)
    (True, False, False)
    """
    return (width - measure) * (1 if changed > measure else -1) >= CHANGE_DIFF
