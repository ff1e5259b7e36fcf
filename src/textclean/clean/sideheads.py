"""Body elements -> the same, with a headline wrapped in a narrow side head lifted off the body's head.

A side head is a headline block set to the LEFT of its body, at a measure a fraction of the body's: its title
wraps every few characters (``关于经济`` / ``建设``), and an extractor reads the block's lines straight before the
body's. Wrapped that narrow, the title's words carry on from line to line as running text does
(:func:`~textclean.clean.wrapped.goes_on`) and its lines are read as the body's first ones. What tells is the
shape: running text keeps its column's measure, and a paragraph's last short line ends a sentence, while a side
head's lines all stand far inside the measure of the lines under them and finish no sentence nor
leave a clause open (:func:`narrow_head_end`). The narrow lines become a title element of their own (:func:`lift_side_heads`).
"""

from __future__ import annotations

from statistics import median

from textclean.clean.innerheads import SENTENCE_STOP_RE
from textclean.clean.opening import MIN_COLUMN_LINES
from textclean.clean.roles import Element, Item

#: A side head's lines are at most this share of the body's measure: a side head is a narrow strip beside a body
#: of several times its width (devpages set none, lay a few; a paragraph's short last line ends a sentence, and an
#: indented first line is a few characters short of the measure, far above this share).
SIDE_HEAD_SHARE = 0.5

#: The body beside a side head is a column of running text at least this many characters wide (a narrow
#: headline's own lines, ``实`` / ``行依法治`` / ``国和以德``, are no such column).
MIN_BODY_MEASURE = 8.0

#: At most this many characters in a side head (a kicker and a two-part title at most; running text is longer).
MAX_SIDE_HEAD_CHARS = 40

#: A side head's last line ends on none of these (a clause left open, a list's lead-in ``…以下几个方面：``, a closing
#: bracket of an attribution ``（记者 X）``): running text's short line before a wider column does.
HEAD_OPEN_END = "，、：；）)"

#: A side head wraps over this many lines at least: one short line over a wider column is as often a label, a
#: paragraph's tail or a line misread out of its column (``学思录``, ``本主义``) as a headline.
MIN_SIDE_HEAD_LINES = 2

#: The body's measure is read off at most this many lines under the side head (a column's worth of a paragraph).
MEASURE_LINES = 5


def narrow_head_end(items: list[Item]) -> int:
    """How many lines leading ``items`` are a side head: 0 if none. They stand each within
    :data:`SIDE_HEAD_SHARE` of the measure of the lines under them (the median width of up to
    :data:`MEASURE_LINES` lines), the line under them does not, at least :data:`MIN_COLUMN_LINES` lines follow,
    and together they hold no sentence stop and at most :data:`MAX_SIDE_HEAD_CHARS` characters, the last
    ending on none of :data:`HEAD_OPEN_END`; the body under them is :data:`MIN_BODY_MEASURE` wide at least.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> body = [mk("党的十二大确定，到本世纪末实现工"), *[mk("甲" * 18)] * 4]
    >>> narrow_head_end([mk("关于经济"), mk("建设"), *body])
    2
    >>> narrow_head_end([mk("这是从客观实际出发作出的。"), mk("建设"), *body])
    0
    >>> narrow_head_end([mk("甲" * 17), *body])
    0
    >>> narrow_head_end([mk("几个方面："), *body])
    0
    """
    chars = 0
    for k, it in enumerate(items):
        chars += len(it.text)
        if it.role != "text" or chars > MAX_SIDE_HEAD_CHARS or SENTENCE_STOP_RE.search(it.text):
            return 0
        below = items[k + 1 : k + 1 + MEASURE_LINES]
        if len(below) < MIN_COLUMN_LINES:
            return 0
        measure = median(x.width for x in below)
        if measure < MIN_BODY_MEASURE or below[0].width <= SIDE_HEAD_SHARE * measure:
            continue  # (no column of running text under this line yet)
        if all(x.width <= SIDE_HEAD_SHARE * measure for x in items[: k + 1]):
            return 0 if k + 1 < MIN_SIDE_HEAD_LINES or it.text.rstrip()[-1:] in HEAD_OPEN_END else k + 1
    return 0


def lift_side_heads(elements: list[Element]) -> list[Element]:
    """Lift the side head leading a body (:func:`narrow_head_end`) off it as a title element.

    Before (PyMuPDF, a side head ``1983年政府工作`` / ``报告节选`` / ``关于经济`` / ``建设`` beside a 17 em body):
    the body opened ``关于经济建设党的十二大确定，…`` and the article was titled by its kicker; after, ``关于经济建设``
    is a title over the body.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> body = [mk("关于经济"), mk("建设"), mk("党的十二大确定，到本世纪末实现工"), *[mk("甲" * 18)] * 4]
    >>> [(e.kind, e.text[:6]) for e in lift_side_heads([Element("body", body)])]
    [('title', '关于经济建设'), ('body', '')]
    """
    out: list[Element] = []
    for el in elements:
        k = narrow_head_end(el.items) if el.kind == "body" else 0
        if k:
            head = el.items[:k]
            out.append(Element("title", head, "".join([it.text for it in head])))
            el = Element("body", el.items[k:], el.text)
        out.append(el)
    return out
