"""Head blocks read line by line with the text beside them -> the text in one piece, the head before it.

pdfminer reads a column label or byline set beside a body's first lines
between those lines (:func:`lift_interleaved_heads`); :func:`runs_into` tells a
line of running text read as a headline, broken inside a word the text below
finishes (:mod:`~textclean.clean.drafts` uses it for a head block read inside
a word between two bodies).
"""

from __future__ import annotations

from textclean.clean.chardata import width_with_wide_digits
from textclean.clean.innerheads import COLUMN_BEFORE_LINES
from textclean.clean.lexicon import breaks_a_word
from textclean.clean.roles import BOX_WIDEN_FACTOR, BOX_WIDEN_MIN, Element, Item, set_column
from textclean.clean.typesetting import FIRST_LINE_TOLERANCE, INDENT
from textclean.clean.wrapped import goes_on


def lift_interleaved_heads(elements: list[Element]) -> list[Element]:
    """Running text read line by line with the head block set beside it, back in one piece, the head before it.

    pdfminer reads a column label or byline set beside a body's first lines
    between those lines; the lines around it, short, read as headline lines.
    Where a headline-shaped line breaks a word that the next text line, past
    column labels and bylines only, finishes (:func:`~textclean.clean.lexicon.breaks_a_word`),
    the lines are running text: they join, with the headline-shaped lines after
    them up to the first body line, into one body, and the labels and bylines
    stand before it, as the head of that body.

    Before: ``title 从现在起，中国共产党的中心任务就是团`` / ``column G 报告摘编`` /
    ``title 结带领全国各族人民全面建成社会主义现代化`` / ``byline 余悦桐`` / ``body 强国、…``;
    after: ``column`` / ``byline`` / ``body 从现在起，…就是团结带领…现代化强国、…``.
    Not joined: a headline line that breaks no word (``…方针和`` / ``byline`` / ``中国共产党…``).
    """
    out: list[Element] = []
    i = 0
    while i < len(elements):
        end = _interleaved_end(elements, i)
        if end == i:
            out.append(elements[i])
            i += 1
            continue
        chain = elements[i : end + 1]
        out += [e for e in chain if e.kind in INTERLEAVED_HEADS]
        out.append(Element("body", [it for e in chain if e.kind not in INTERLEAVED_HEADS for it in e.items]))
        i = end + 1
    return out


#: Head elements pdfminer reads between the lines of a body set beside them.
INTERLEAVED_HEADS = ("column", "byline")
#: Pieces of running text at most, read between such heads: a head block beside a body stands beside a few of
#: its lines (a label and a byline: two or three headline-shaped pieces and the body under them).
MAX_INTERLEAVED_PIECES = 4


def _interleaved_end(elements: list[Element], i: int) -> int:
    """The index of the last element of the running text interleaved with heads that opens at ``elements[i]``
    (``i`` itself when there is none): see :func:`lift_interleaved_heads`."""
    cur = elements[i]
    if cur.kind != "title" or not cur.items:
        return i
    end, pieces = i, 1
    while cur.kind == "title" and not cur.items[-1].ends and pieces < MAX_INTERLEAVED_PIECES:
        j = end + 1
        while j < len(elements) and elements[j].kind in INTERLEAVED_HEADS:
            j += 1
        if (j == end + 1 and end == i) or j >= len(elements) or elements[j].kind not in ("title", "body"):
            break  # (a head stands between the first two pieces; past them, a line of the text may follow)
        if not elements[j].items:
            break
        nxt = elements[j]
        if end == i and not runs_into(cur.items[-1], nxt.items):
            break  # (the first break must fall inside a word: past it, the lines are the text's own)
        cur, end, pieces = nxt, j, pieces + 1
    return end


def runs_into(line: Item, below: list[Item]) -> bool:
    """``line``, read as a headline, is a line of the running text ``below``: the break falls inside a word
    and it is as wide as that text's lines, give or take a paragraph's indent and the slack a first line's
    width has (:data:`~textclean.clean.typesetting.FIRST_LINE_TOLERANCE`; a headline is set short of the
    column)."""
    full = set_column(below[:COLUMN_BEFORE_LINES]) - INDENT - FIRST_LINE_TOLERANCE
    return width_with_wide_digits(line.text, line.width) >= full and breaks_a_word(line.text, below[0].text)


def untangle_box(items: list[Item], start: int, end: int) -> int:
    """Put the lines of the column pdfminer read between a pull-quote box's lines after the box; return its end.

    ``items[start]`` is the box's marker and ``items[start + 1:end]`` its lines (:func:`~textclean.clean.roles.box_end`,
    which keeps a wide line between two narrow ones as the quote's ragged line). pdfminer may read a box line by
    line with the column beside it: then the wide lines are that column's, and the words of each carry on into the
    column's next line, not into the box line under it. A wide line whose words carry on into the box line under
    it (:func:`~textclean.clean.wrapped.goes_on`) is the quote's own ragged line. The column's lines keep their
    order, right after the box, where the rest of their column follows.

    Before (devpages gov-1959-02): ``●观 点`` / ``巩固同苏联的团结，巩固`` / ``第一，在工商业方面，…全民所有制`` /
    ``同一切社会主义国家的团`` / ``代替了生产资料的…`` / ``结，这是我国的根本方`` / ``而基本上解决了…的矛`` / ``针。``
    (a 12 em quote, a 26 em column) made one quote of all seven lines; after, the quote is ``巩固同苏联的团结，
    巩固同一切社会主义国家的团结，这是我国的根本方针。`` and the three column lines open the text after it.
    Not moved: a wide line that goes on into the box line under it (``…全面把握、`` / ``全面落实…``).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> lines = [mk("●观 点"), mk("巩固同苏联的团结，巩固"), mk("第一，在工商业方面，我们基本上用生产资料"),
    ...          mk("同一切社会主义国家的团"), mk("代替了生产资料的资产阶级所有制，同时付给"), mk("结，这是我国的根本方"),
    ...          mk("而基本上解决了劳动人民和工商业资产阶级之"), mk("针。")]
    >>> end = untangle_box(lines, 0, 8)
    >>> end, "".join(it.text for it in lines[1:end])
    (5, '巩固同苏联的团结，巩固同一切社会主义国家的团结，这是我国的根本方针。')
    >>> ragged = [mk("●观点"), mk("要把学习宣传贯彻党"), mk("治任务，在全面学习、全面把握、"), mk("全面落实上下功夫，努力推")]
    >>> untangle_box(ragged, 0, 4)
    4
    """
    box = items[start + 1 : end]
    if len(box) < 3:
        return end
    limit = max(box[0].width * BOX_WIDEN_FACTOR, box[0].width + BOX_WIDEN_MIN)
    column = [k for k in range(1, len(box) - 1) if box[k].width > limit and not goes_on(box[k], box[k + 1])]
    if not column:
        return end
    own = [it for k, it in enumerate(box) if k not in column]
    items[start + 1 : end] = own + [box[k] for k in column]
    return start + 1 + len(own)
