"""Body elements -> the headlines read into them over a dateline: where a news story's head stands in the text.

A news story opens with a dateline, ``本报兰州1月10日电（记者 韦晗 严骥）`` at the head of its first
paragraph (:data:`~textclean.clean.chardata.DATELINE_RE`). On a page of narrow columns an extractor reads
the story's headline, set in the module under the story above, as lines of that story's text: short lines
that end no sentence, after a line that ends one, and the dateline under them. Running text cannot hold them:
a paragraph does not open with the headline-shaped lines of another story's head and then the story's
dateline. :func:`heads_over_datelines` cuts the body there: the body above, the head lines as headline
elements, the dateline's story as a body of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from textclean.clean.chardata import DATELINE_PAPER_RE, MAX_DATELINE_LINES, reads_dateline
from textclean.clean.innerheads import MAX_HEAD_COMMAS, MAX_INNER_HEAD_LINES
from textclean.clean.roles import Element, Item

#: A head over a dateline is at most this many lines (column label, kicker, a title wrapped twice, subtitle), as a
#: head read into a body elsewhere.
MAX_HEAD_LINES = MAX_INNER_HEAD_LINES
#: What ends a sentence or clause inside a line: a head line holds none.
STOP_RE = re.compile("[。！？…；：]")


def dateline_starts_at(items: list[Item], j: int) -> bool:
    """Whether ``items[j]`` is the first line of a dateline: the dateline reads from it over the next lines
    (:func:`~textclean.clean.chardata.reads_dateline`, :data:`~textclean.clean.chardata.MAX_DATELINE_LINES`), and
    not from the line after it (the dateline's own later lines, ``（记者 X）``, or a head's last line run into it:
    ``会创造力`` / ``本报北京1月22日电`` opens at the second line), unless the line opens with the paper: the paper
    and place wrapped on a line of their own (``本报北京`` / ``1月22日电…``) open it, not the date under them.
    Unlike :func:`~textclean.clean.chardata.opens_dateline` the line need not open with the paper.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> lines = [mk("会创造力"), mk("本报北京1月22日电"), mk("（记者 罗桐樾）今年是"), mk("全面建成小康社会")]
    >>> [dateline_starts_at(lines, j) for j in range(4)]
    [False, True, False, False]
    >>> wrapped = [mk("聚焦报告"), mk("本报北京"), mk("1月22日电"), mk("（记者 罗桐樾）今年是")]
    >>> [dateline_starts_at(wrapped, j) for j in range(4)]  # (was: at the date's line, the paper's a head line)
    [False, True, False, False]
    """

    def reads(k: int) -> bool:
        return reads_dateline([it.text for it in items[k : k + MAX_DATELINE_LINES]])

    def paper(k: int) -> bool:
        return DATELINE_PAPER_RE.match(items[k].text) is not None

    if not reads(j) or (j > 0 and paper(j - 1) and reads(j - 1)):
        return False  # (the paper and place on a line of their own above: the dateline opens there)
    return paper(j) or not (j + 1 < len(items) and reads(j + 1))


def _is_head(it: Item) -> bool:
    """A line a headline may be: no sentence or clause stop, few commas and none at its end (a comma between a
    headline's halves, not a clause going on), not the end of a sentence."""
    text = it.text
    return not it.ends and not STOP_RE.search(text) and text.count("，") <= MAX_HEAD_COMMAS and text[-1:] != "，"


def head_over_dateline(items: list[Item], j: int) -> int:
    """Where the head over the dateline opening at ``items[j]`` starts (``j``: no head). The lines above it back to
    a sentence end or a line-final colon (or the body's first line) are a head when they are few and each may be one (:func:`_is_head`).

    Before (PyMuPDF, a news page): ``…状况得到改善。`` / ``聚焦2007年政府工作报告`` / ``促进经济又好又快发展`` /
    ``本报兰州1月10日电`` / ``（记者 韦晗 严骥）　通`` / ``观全局，…`` read as one paragraph, the kicker and the title
    in it; after, they head the story the dateline opens. Not a head: lines over the dateline that run on from a
    sentence above (no sentence end before them within :data:`MAX_HEAD_LINES`).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> body = [mk("状况得到改善。"), mk("聚焦2007年政府工作报告"), mk("促进经济又好又快发展"), mk("本报兰州1月10日电")]
    >>> head_over_dateline([*body, mk("（记者 韦晗）通观全局")], 3)
    1
    >>> head_over_dateline([mk("甲乙丙丁戊己庚辛"), *[mk("甲乙丙丁戊己庚辛壬")] * 6, *body[3:], mk("（记者 韦晗）通")], 7)
    7
    """
    k = j
    while k > 0 and j - k < MAX_HEAD_LINES and _is_head(items[k - 1]):
        k -= 1
    if k == j or (k > 0 and not (items[k - 1].ends or STOP_RE.match(items[k - 1].text[-1:]))):
        return j
    return k


def _near_dian(items: list[Item]) -> list[int]:
    """The lines (but the first) from which a dateline may read: within
    :data:`~textclean.clean.chardata.MAX_DATELINE_LINES` lines above a line holding ``电`` (every dateline holds it;
    most bodies hold few such lines), in order; found in C first.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> _near_dian([mk(t) for t in ["甲", "乙", "丙", "丁", "本报兰州1月10日电", "戊"]])
    [2, 3, 4]
    """
    marks = [k for k, it in enumerate(items) if "电" in it.text]
    return sorted({j for k in marks for j in range(max(1, k - MAX_DATELINE_LINES + 1), k + 1)})


def heads_over_datelines(
    elements: list[Element], headline_elements: Callable[[list[Item]], list[Element]]
) -> list[Element]:
    """``elements`` with each body cut at the heads read into it over a dateline (:func:`head_over_dateline`): the
    body above, the head's lines as ``headline_elements`` makes them, the body from the dateline on."""
    out: list[Element] = []
    for el in elements:
        if el.kind != "body":
            out.append(el)
            continue
        items, start = el.items, 0
        for j in _near_dian(items):
            k = head_over_dateline(items, j) if dateline_starts_at(items, j) else j
            if k == j or k < start:
                continue
            if k > start:
                out.append(Element("body", items[start:k]))
            out.extend(headline_elements(items[k:j]))
            start = j
        out.append(Element("body", items[start:]) if start else el)
    return out
