"""Body elements read before a head stack -> the next article's first column moved under its head.

An article's first column may start at the top of its module, beside its headline: the extractor then reads that
column before the head stack, as the tail of the article above, and the head takes only the rest, which opens
inside the sentence the column broke off (:func:`~textclean.clean.drafts.heads_interrupt`: a full line broken inside
a word the text after the head finishes). Where the article above has a title of its own (so the two bodies are
not one article read around a head), the column is the tail of the body above set in the measure of the text
after the head: it moves after the head, in front of that text (:func:`column_before_head`).
"""

from __future__ import annotations

from textclean.clean.chardata import DATELINE_PAPERS, UNDATED_MARK
from textclean.clean.datelineheads import dateline_starts_at
from textclean.clean.drafts import heads_interrupt
from textclean.clean.measures import BLOCK_MEASURE_DIFF, MEASURE_LINES, MEASURE_TOLERANCE, draft_measure
from textclean.clean.roles import Element, Item

#: The kinds of element a head stack is made of (a title among them): what may stand between the column and the
#: text after the head.
HEAD_KINDS = frozenset({"title", "kicker", "subtitle", "byline", "column"})
#: The article above and the moved column differ in measure by this much (em) at least: one article's columns share
#: one measure, and a change of a whole em (two half-em steps) is another article's column, not ragged lines.
COLUMN_MEASURE_DIFF = BLOCK_MEASURE_DIFF


def column_before_head(elements: list[Element]) -> list[Element]:
    """Move the next article's first column, read before its head stack, after that head.

    Before (PyMuPDF, lay8 econ-15): ``title 海铁联运…`` / ``body …冷库总容量达到4234万吨。 广东新型储能…（14 em）…
    占总装机的比`` / ``column 经济观察`` / ``title 新型储能驶入快车道`` / ``byline …`` / ``body 重超过8.1%。…``;
    after, ``body …4234万吨。`` / ``column`` / ``title`` / ``byline`` / ``body 广东新型储能…占总装机的比重超过8.1%。…``.
    Not moved: a body whose last line breaks no word the text after the head finishes, a body above with no title
    of its own (:func:`~textclean.clean.drafts.body_drafts` joins it across the head), or one with no paragraph
    opening where its measure changes to the measure of the text after the head.
    """
    out = list(elements)
    last_body: int | None = None
    titled = False  # (whether a title stands right above the body at last_body)
    for idx, el in enumerate(elements):
        if el.kind != "body":
            continue
        between = elements[(last_body + 1 if last_body is not None else 0) : idx]
        if last_body is not None and titled and _head_stack(between) and heads_interrupt(out[last_body], el, between):
            cut = None if opens_story_later(el.items) else column_start(out[last_body].items, el.items)
            if cut is not None:
                above = out[last_body]
                out[last_body] = Element("body", above.items[:cut], above.text)
                out[idx] = Element("body", above.items[cut:] + el.items, el.text)
        titled = any(e.kind == "title" for e in between)
        last_body = idx
    return out


def opens_story_later(after: list[Item]) -> bool:
    """Whether a story opens inside ``after`` past its first line: a paragraph after a sentence end opens with a
    dateline (:func:`~textclean.clean.datelineheads.dateline_starts_at`, or the paper's undated ``本报讯`` with no
    bracket). The head's story then starts there, and the text right after the head goes on from the story
    above, read across the head: no column of the head's story stands before it.

    Before (a story jumping across another's head, its lines beside a photo an em narrower): ``…让这里居民的生`` /
    head ``非遗展览受追捧`` / ``活更加便利舒适。…`` / ``本报讯　日前，市文化馆…``: the story's last paragraph moved
    under the head; after, it stays.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, t.endswith("。"))
    >>> opens_story_later([mk("活更加便利舒适。"), mk("本报讯\u3000日前，市文化馆举办")])
    True
    >>> opens_story_later([mk("重超过8.1%。"), mk("广东新型储能装机规模持续扩大")])
    False
    """
    undated = tuple(paper + UNDATED_MARK for paper in DATELINE_PAPERS)
    return any(
        after[j - 1].ends and (after[j].text.startswith(undated) or dateline_starts_at(after, j))
        for j in range(1, len(after))
    )


def _head_stack(between: list[Element]) -> bool:
    """Whether ``between`` is a head stack: head parts only, a title among them."""
    return any(e.kind == "title" for e in between) and all(e.kind in HEAD_KINDS for e in between)


def column_start(body: list[Item], after: list[Item]) -> int | None:
    """The first paragraph opening of ``body`` from which on its lines are set in the measure of ``after`` (within
    :data:`~textclean.clean.measures.MEASURE_TOLERANCE`) and those before it in a measure at least
    :data:`COLUMN_MEASURE_DIFF` away from theirs; ``None`` when there is none (each side :data:`MEASURE_LINES` lines or more).

    The column is the article's first, beside its head; the text after the head stands in the columns under the
    head: the column moved is no longer than that text (a longer tail in a close measure is the article above
    itself, its lines a little ragged: devpages gov-2014-01, 71 lines against 33, were all three extractors' fires
    but one without this).

    >>> mk = lambda *ws: [Item(k, "文", "文。" if w < 10 else "文", float(w), True, True) for k, w in enumerate(ws)]
    >>> column_start(mk(15, 15, 15, 15, 15, 9, 14, 14, 14, 14, 14), mk(14, 14, 14, 14, 14))
    6
    >>> column_start(mk(14, 14, 14, 14, 14, 9, 14, 14, 14, 14, 14), mk(14, 14, 14, 14)) is None  # one measure
    True
    >>> column_start(mk(15, 15, 15, 15, 15, 9, 14, 14, 14, 14, 14), mk(14, 14, 14, 14)) is None  # longer than after
    True
    """
    if len(after) < MEASURE_LINES:
        return None
    measure = draft_measure(after)
    for j in range(max(MEASURE_LINES, len(body) - len(after)), len(body) - MEASURE_LINES + 1):
        if not body[j - 1].ends or body[j].role != "text":
            continue
        column = draft_measure(body[j:])
        if abs(column - measure) <= MEASURE_TOLERANCE and abs(draft_measure(body[:j]) - column) >= COLUMN_MEASURE_DIFF:
            return j
    return None
