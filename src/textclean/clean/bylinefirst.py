"""A body's first line read as a title under the byline: it goes back into the body, the headline over the byline
stays the title.

A commentary's headline box, or a story's kicker and title set over the byline, narrows the first lines of the
column under them (or the paragraph's indent does): PyMuPDF prints the body's first line, ``刷短视频已经``, shorter
than the measure and with no sentence end, and the layout read that narrow line, alone between the byline and the
text, as a headline. The article then took it for its title and the real headline over the byline for its kicker.
A head stack does not set a title under its byline with another headline over it: the studied families' and the
devpages' gold hold no kicker printed over a byline with the title under it (PyMuPDF: 0 of 370 articles with a
kicker and authors). :func:`first_lines_under_bylines` gives such a line back to the body under it.
"""

from __future__ import annotations

import re
from statistics import median

from textclean.clean.chardata import DATELINE_PAPERS, ends_sentence
from textclean.clean.ornaments import marked_label
from textclean.clean.roles import Element, Item
from textclean.clean.typesetting import is_column_label

#: The body's first lines that give its measure (the median width): a narrowed column's first lines are a few,
#: the lines under them run the full measure.
MEASURE_LINES = 8
#: A body's first line is no wider than the body's measure (em) plus this slack (a justified line may run a hair
#: over); a headline under a byline set wider than the text under it is a title.
WIDTH_SLACK = 0.5
#: A body's first line is at most this much (em) narrower than the body's measure: a head box or an indent narrows
#: it by 2-3 em (lay16 op-02: 6 em over 8, op-06: 7 over 9; lay17 ec-21: 7 over 10); a headline set in a narrower
#: measure than the text (devpages gov-1955-03: 11 em over 22) is a title, and so is a subheading 4 em short of a
#: 13-em text (``数字背后的产业跃升`` over ``1.2万亿元，…``: tests/clean/test_count_carried_over.py; 4 em let it in).
MAX_NARROWING = 3.0
#: The head, byline and line stand one under the other: at most this many line numbers apart (a blank line between
#: two lines in pdftotext's and pdfminer's text); a headline read elsewhere on the page is no part of the stack.
MAX_LINE_STEP = 2
#: The body under the line holds at least this many lines: a one- or two-line piece under a head stack is a
#: caption or a box, no story whose first line the head narrowed.
MIN_BODY_LINES = 3
#: A body opening with a dateline (``本报讯　连日来``, ``本报北京3月5日电``, ``据新华社纽约3月5日电``: a paper or agency,
#: then ``讯`` or ``电`` within a place and a date) opens the story's text there: the line over it is no first line
#: of that text but a headline (a title under its kicker and byline).
DATELINE_OPENING = f"据?(?:{'|'.join(DATELINE_PAPERS)})[^，。；：、（(]{{0,12}}?[讯电]"
DATELINE_START_RE = re.compile(f"^{DATELINE_OPENING}")


def first_lines_under_bylines(elements: list[Element]) -> list[Element]:
    """The page's elements, each one-line title set between a byline (with a headline, title or kicker, right
    over that byline) and a body, no wider than that body's measure and ending no sentence, made that body's
    first line.

    Before (PyMuPDF, lay16 op-02): ``title 让短视频平台多些“营养”`` / ``byline 梁思雨`` / ``title 刷短视频已经`` /
    ``body 成为很多人的生活…``: the article was titled ``刷短视频已经``; after, the body opens ``刷短视频已经成为…``.

    >>> mk = lambda kind, *ts: Element(kind, [Item(0, t, t, float(len(t)), False, False) for t in ts], ts[0])
    >>> body = mk("body", "成为很多人的生活", "日常。一项调查显", "示，我国网民人均")
    >>> out = first_lines_under_bylines([mk("title", "让短视频平台多些“营养”"), mk("byline", "梁思雨"), mk("title", "刷短视频已经"), body])
    >>> [(e.kind, e.items[0].text) for e in out]
    [('title', '让短视频平台多些“营养”'), ('byline', '梁思雨'), ('body', '刷短视频已经')]

    Not so: a title under a byline with no headline over it (the byline printed over the head stack), one set
    wider than the body's lines or much narrower (:data:`MAX_NARROWING`), a stack whose headline was read
    elsewhere on the page (:data:`MAX_LINE_STEP`), or a line over a body that opens with its dateline (the
    dateline opens the text: the line is a title, under its kicker and the byline), or one under a byline under a
    column's label (``●聚焦两会●``: a label, no headline, the line is the head).

    >>> [e.kind for e in first_lines_under_bylines([mk("column", "公司"), mk("byline", "梁思雨"), mk("title", "刷短视频已经"), body])]
    ['column', 'byline', 'title', 'body']
    >>> [e.kind for e in first_lines_under_bylines([mk("title", "让短视频"), mk("byline", "梁思雨"), mk("title", "宁安新能源汽车加速布局"), body])]
    ['title', 'byline', 'title', 'body']
    >>> [e.kind for e in first_lines_under_bylines([mk("title", "让短视频"), mk("byline", "梁思雨"), mk("title", "刷短"), body])]
    ['title', 'byline', 'title', 'body']
    >>> [e.kind for e in first_lines_under_bylines([mk("kicker", "●聚焦两会●"), mk("byline", "陈立"), mk("title", "代表委员议政录"), body])]
    ['kicker', 'byline', 'title', 'body']
    >>> dated = mk("body", "本报讯 连日来，全市各地抓", "住有利天气，组织农机手下", "田作业，农资供应充足。")
    >>> [e.kind for e in first_lines_under_bylines([mk("kicker", "春到田间农事忙"), mk("byline", "张伟"), mk("title", "全市春耕备耕有序推进"), dated])]
    ['kicker', 'byline', 'title', 'body']
    """
    out: list[Element] = []
    k = 0
    while k < len(elements):
        el = elements[k]
        if k >= 2 and k + 1 < len(elements) and _body_first_line(elements[k - 2], elements[k - 1], el, elements[k + 1]):
            body = elements[k + 1]
            out.append(Element("body", [_as_text(el.items[0]), *body.items], body.text))
            k += 2
            continue
        out.append(el)
        k += 1
    return out


def _body_first_line(head: Element, byline: Element, line: Element, body: Element) -> bool:
    """Whether ``line``, a one-line title under ``byline`` under the headline ``head`` (a title or kicker), over
    ``body``, is that body's first line (:func:`first_lines_under_bylines`)."""
    if head.kind not in ("title", "kicker") or byline.kind != "byline" or line.kind != "title" or body.kind != "body":
        return False
    if len(line.items) != 1 or len(body.items) < MIN_BODY_LINES or ends_sentence(line.text):
        return False
    if marked_label(head.text) or is_column_label(head.text):
        return False  # (a column's label over the byline, no headline: the line under it is the head, lay15 fr-14)
    if DATELINE_START_RE.match("".join(it.text for it in body.items[:2]).replace(" ", "").replace("\u3000", "")):
        return False  # (the text opens with its dateline: the line over it is a headline, a kicker's title)
    if any(b.first - a.last > MAX_LINE_STEP for a, b in ((head, byline), (byline, line), (line, body))):
        return False  # (a stack read together, not a headline read elsewhere over the byline)
    measure = median(it.width for it in body.items[:MEASURE_LINES])
    return measure - MAX_NARROWING <= line.items[0].width <= measure + WIDTH_SLACK


def _as_text(item: Item) -> Item:
    """``item`` as a line of text (its role reset)."""
    return Item(item.no, item.raw, item.text, item.width, item.gap_before, item.gap_after)
