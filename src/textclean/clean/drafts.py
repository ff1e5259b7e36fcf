"""Body elements -> drafts: the articles being assembled around their bodies, before any headline is given.

A body opens a draft, and a closing note (``（作者单位：…）``) closes it. A body joins the draft before it only
where what stands between them was read inside its text: a pull-quote box set inside a sentence
(:func:`box_interrupts`), a head block read inside a word of the text (:func:`heads_interrupt`). A draft that is only
a numbered subheading cut off its text opens the draft after it (:func:`join_lone_subheads`).
:mod:`~textclean.clean.assign` then gives the headline material to the drafts.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from textclean.clean.bodytitle import opens_with_dateline, opens_with_title
from textclean.clean.chardata import ENUM_OPENER_RE
from textclean.clean.interleaved import runs_into
from textclean.clean.match import BigramIdf
from textclean.clean.measures import MEASURE_LINES, MEASURE_TOLERANCE, draft_measure, opens_after_box
from textclean.clean.mosaic import measure_alone_across_title
from textclean.clean.opening import gapped_body
from textclean.clean.quotes import box_restates_above
from textclean.clean.roles import Element, ElementKind, Item
from textclean.clean.sentencechains import chain_order, opens_inside, section_last, sentence_pieces

#: A numbered subheading the extractor cut off its text is at most this many lines (it wraps once at most).
LONE_SUBHEAD_LINES = 2
#: An untitled draft is given to the titled draft of its measure, on a page with fewer than this many titled
#: drafts, only when it is a bare piece of text (no headline part, no closing note of its own): with one titled
#: draft, every body of a page set in one measure matches it (6 of 16 such joins were wrong on the devpages,
#: against 13 of 157 where two titled drafts or more stood). Bare pieces stand so since pdftotext's blocks of
#: another measure are cut apart (:func:`~textclean.clean.measures.block_of_other_measure`), and joined 7 times
#: in 8 rightly (pdftotext body CER 14.1% -> 13.9%, extra articles -5).
MIN_TITLED_DRAFTS = 2
#: Under this many lines, a measure read narrower than the widest line is the median of a few lines two or three
#: of which stop short of the edge (a mark pushed over, a paragraph's last): the widest tells (:func:`short_pieces`).
LOOSE_MEASURE_LINES = 8


@dataclass
class Draft:
    """An article being assembled: its body elements, its closing note and the notes set over its body."""

    bodies: list[Element]
    note: Element | None = None
    head_notes: list[Element] = field(default_factory=list)
    _text: str | None = field(default=None, repr=False)

    def body_lines(self) -> list[Item]:
        """The body's lines, in order (a new list: the bodies may still grow)."""
        return [it for el in self.bodies for it in el.items]

    def body_text(self) -> str:
        """The body's text (computed once: bodies are complete before headlines are matched)."""
        if self._text is None:
            self._text = "".join([it.text for it in self.body_lines()])
        return self._text


def body_drafts(elements: list[Element]) -> tuple[list[Draft], dict[int, int]]:
    """Group body elements into drafts; return them and a map body element index -> draft index. A body joins the
    draft before it only across a box set inside its sentence (:func:`box_interrupts`; not a body opening a
    paragraph in another measure, another article's column: :func:`opens_after_box`) or one restating that draft
    (:func:`box_restates_above`), or across a head block read inside a word of its text when no title stands right
    above that draft (:func:`heads_interrupt`). A closing note closes the last draft left without one; one printed
    without brackets in a head stack (:mod:`~textclean.clean.barenotes`), or with no draft above, is the next
    body's (``head_notes``)."""
    drafts: list[Draft] = []
    where: dict[int, int] = {}
    between: list[Element] = []
    untitled = False  # (whether no title stands right above the current draft)
    pending: list[tuple[int, Element]] = []  # (notes for the next body, with their elements' indices)
    for idx, el in enumerate(elements):
        if el.kind == "body":
            cur = drafts[-1] if drafts else None
            if (
                cur is not None
                and cur.note is None
                and between
                and (
                    (box_interrupts(cur.bodies[-1], between) and not opens_after_box(cur.bodies, el))
                    or box_restates_above(cur.bodies, el, between)
                    or (untitled and heads_interrupt(cur.bodies[-1], el, between))
                )
            ):
                cur.bodies.append(el)
            else:
                drafts.append(Draft([el], head_notes=[n for _, n in pending]))
                where.update((k, len(drafts) - 1) for k, _ in pending)  # (what stands over a note, over the body)
                pending = []
                untitled = not any(e.kind == "title" for e in between)
            where[idx] = len(drafts) - 1
            between = []
            continue
        if el.kind == "note":
            headed = any(e.kind in ("title", "byline", "column") for e in between)
            orphan = next((d for d in reversed(drafts) if d.note is None), None)
            if orphan is not None and not (headed and el.items[0].text[:1] not in "（("):
                orphan.note = el
            else:
                pending.append((idx, el))
        between.append(el)
    if pending and drafts:  # (notes under the last body, which pdfminer read after it: the last draft's)
        drafts[-1].head_notes.extend(n for _, n in pending)
    return drafts, where


def join_lone_subheads(drafts: list[Draft], where: dict[int, int]) -> tuple[list[Draft], dict[int, int]]:
    """A draft that is only a numbered subheading (``（五）维护安定团结。``) opens the draft after it.

    A numbered line heads the text under it; the extractor cut it off its text (a column break after it), and
    alone it was written as an article of one line. At most :data:`LONE_SUBHEAD_LINES` lines, no closing note.

    Before: drafts ``[（五）维护安定团结。]`` and ``[安定团结是…]``; after, one draft ``[（五）维护安定团结。 /
    安定团结是…]``. Not joined: a one-line draft that is no numbered line (``党的十六大报告摘登``), or the last.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t: Draft([Element("body", [Item(0, t, t, float(len(t)), True, True)])])
    >>> drafts, where = join_lone_subheads([mk("（五）维护安定团结。"), mk("安定团结是我们的大局。")], {3: 0, 5: 1})
    >>> [d.body_text() for d in drafts], where
    (['（五）维护安定团结。安定团结是我们的大局。'], {3: 0, 5: 0})
    >>> len(join_lone_subheads([mk("党的十六大报告摘登"), mk("安定团结是我们的大局。")], {3: 0, 5: 1})[0])
    2
    """
    out: list[Draft] = []
    index: dict[int, int] = {}  # old draft -> new
    lone: list[int] = []  # lone subheads waiting for the draft after them
    for k, d in enumerate(drafts):
        items = d.body_lines()
        if (
            k + 1 < len(drafts)
            and d.note is None
            and len(items) <= LONE_SUBHEAD_LINES
            and ENUM_OPENER_RE.match(items[0].text)
        ):
            lone.append(k)
            continue
        d.bodies[:0] = [el for h in lone for el in drafts[h].bodies]  # (in page order)
        for h in lone:
            index[h] = len(out)
        lone = []
        index[k] = len(out)
        out.append(d)
    if len(out) == len(drafts):
        return drafts, where
    for d in out:
        d._text = None  # (the body grew)
    return out, {e: index[k] for e, k in where.items()}


def heads_interrupt(body: Element, nxt: Element, between: list[Element]) -> bool:
    """Whether the headline material ``between`` two bodies was read inside a word of the text that runs on
    from one into the other (:func:`~textclean.clean.interleaved.runs_into`: a full line, broken inside a word).

    An extractor reads a head block set beside a column between two of its lines. Before: ``body …新党章对党员和党的干部在思`` /
    ``byline`` / ``kicker`` / ``title`` / ``body 想上、政治上和…`` made two articles, the head on the second; after, one body
    (思想 is one word), the head its own. Not joined (by the caller, :func:`body_drafts`): a body with a title of its own
    right above it, whose text must then hold the start of the article the head between belongs to (joined, the two
    articles became one), nor across a closing note.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda *ts: Element("body", [Item(0, t, t, float(len(t)), True, True) for t in ts])
    >>> head = [Element("byline", [], "单阳澜")]
    >>> a = mk("生活中如何正确地发挥领导作用，都作了马克", "思主义的规定。新党章对党员和党的干部在思")
    >>> heads_interrupt(a, mk("想上、政治上和组织上的要求，比过去历次党", "章的规定都更加严格。它对党员的义务，写了"), head)
    True
    >>> heads_interrupt(a, mk("要上、政治上和组织上的要求，比过去历次党", "章的规定都更加严格。它对党员的义务，写了"), head)
    False
    """
    last = body.items[-1]
    if last.ends or last.role != "text" or any(e.kind == "note" for e in between):
        return False
    return runs_into(last, nxt.items)


def box_interrupts(body: Element, between: list[Element]) -> bool:
    """Whether the pull-quote box(es) ``between`` a body and the next one interrupt ``body``: set inside a sentence.

    A box set after a sentence's end opens the next article (on the devpages a body
    split so was another article's 43 times in 47).

    Before: ``body …坚持和完善 ∅ box ●观 点 … ∅ body 民主集中制。…`` is one body, the box
    its pull quote; ``body …集中统一。 ∅ box ●观 点 … ∅ body 我们党是…`` is two articles'.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t: Element("body", [Item(0, t, t, float(len(t)), True, True)])
    >>> box = [Element("box", [], "●观点")]
    >>> box_interrupts(mk("坚持和完善"), box), box_interrupts(mk("集中统一。"), box), box_interrupts(mk("坚持和完善"), [])
    (True, False, False)
    """
    return bool(between) and all(e.kind == "box" for e in between) and not body.items[-1].ends


def _opens_story(items: list[Item]) -> bool:
    """Whether a draft's body lines open a story of their own: with a title (:func:`~textclean.clean.bodytitle.opens_with_title`)
    or a dateline (:func:`~textclean.clean.bodytitle.opens_with_dateline`: no column goes on with one)."""
    return opens_with_title(items) or opens_with_dateline(items)


def continuation_targets(drafts: list[Draft], titled: set[int], parts: list[set[ElementKind]]) -> dict[int, int]:
    """Untitled drafts that go on from a titled one, set in its measure: untitled draft -> titled draft.

    An article set in columns is read column by column, and the extractor may read other articles between its columns:
    the columns after the first stood as articles of their own, untitled. Each article keeps one measure (its column's
    width) down the page, which neighbours set beside it seldom share. An untitled draft goes with the one titled draft
    on the page set in its measure (a draft whose first line reads as its title,
    :func:`~textclean.clean.bodytitle.opens_with_title`, counts as titled), when the page has :data:`MIN_TITLED_DRAFTS`
    or more (or the draft is a bare piece) and both are :data:`MEASURE_LINES` lines or more (a shorter bare piece:
    :func:`short_pieces`). Where several titled drafts share its measure, a draft that opens inside a paragraph (its
    first line full) goes on from the one of them that stops inside a sentence, and one before them all opens the first
    (:func:`_of_its_measure`); on a mosaic page not across a title (:mod:`~textclean.clean.mosaic`). ``parts``: the
    headline parts each draft was given (a byline, a pull quote …); two of a kind, or two closing notes: two articles.

    Before: ``关于无产阶级文化大革命的准备`` / ``我国的…`` (21 em) … ``关于…政策`` / ``为了…`` (11 em) … untitled
    ``列宁指出复辟的危险还来自…`` (21 em) gave three articles, the last untitled; after, the third piece goes on from
    the first. Not joined: an untitled draft whose measure two titled drafts share (but for the one that stops
    inside a sentence), or none.

    >>> def mk(w: int, n: int, end: str = "文") -> Draft:
    ...     texts = ["文" * w] * (n - 1) + ["文" * (w - 1) + end]
    ...     return Draft([Element("body", [Item(k, t, t, float(w), True, True) for k, t in enumerate(texts)])])
    >>> continuation_targets([mk(21, 6), mk(11, 6), mk(21, 5), mk(11, 2)], {0, 1}, [set()] * 4)  # (a short piece too)
    {2: 0, 3: 1}
    >>> continuation_targets([mk(21, 6, "。"), mk(21, 6, "。"), mk(21, 5)], {0, 1}, [set()] * 3)
    {}
    >>> continuation_targets([mk(21, 6, "。"), mk(21, 6), mk(21, 5)], {0, 1}, [set()] * 3)  # the second stops inside
    {2: 1}
    """
    if len(titled) >= len(drafts):
        return {}  # (no untitled draft: the usual page)
    lines = [d.body_lines() for d in drafts]
    measure = [draft_measure(items) if len(items) >= MEASURE_LINES else 0.0 for items in lines]
    titled = titled | {k for k, items in enumerate(lines) if measure[k] and k not in titled and _opens_story(items)}
    heads = [d for d in sorted(titled) if measure[d]]
    if not heads:
        return {}
    lone = len(heads) < MIN_TITLED_DRAFTS  # (then only bare pieces go on from it)
    noted = {d for d in heads if drafts[d].note is not None}
    taken = {d: set(parts[d]) for d in heads}
    out: dict[int, int] = {}
    for k in range(len(drafts)):
        if k in titled or not measure[k] or (lone and (parts[k] or drafts[k].note is not None)):
            continue
        same = _of_its_measure(k, heads, titled, lines, measure)
        across = len(same) == 1 and measure_alone_across_title(k, same[0], titled, lines, measure[k])  # (a mosaic)
        if across or len(same) != 1 or parts[k] & taken[same[0]] or (drafts[k].note is not None and same[0] in noted):
            continue
        out[k] = same[0]
        taken[same[0]] |= parts[k]
        if drafts[k].note is not None:
            noted.add(same[0])
    out |= untitled_pieces(drafts, titled | set(out), measure, parts)
    kept = {k for k, d in enumerate(drafts) if parts[k] or d.note is not None}
    out |= sentence_pieces(lines, measure, titled, out, kept)
    return out | short_pieces(drafts, titled, measure, parts, out)


def short_pieces(
    drafts: list[Draft],
    titled: set[int],
    measure: list[float],
    parts: list[set[ElementKind]],
    joined: dict[int, int] | None = None,
) -> dict[int, int]:
    """Bare untitled drafts too short to have a measure (fewer than :data:`MEASURE_LINES` lines, or fewer than
    :data:`LOOSE_MEASURE_LINES` measured narrower than their widest line) whose widest line is the measure of one
    titled draft (of ``titled``) and of no other draft but the pieces ``joined`` to it (:func:`continuation_targets`):
    each goes on from it (short draft -> titled draft). A closing note or a headline part of its own keeps it apart.

    The extractor reads an article's first lines before its head, or a column's last lines after the next
    article's head: the lines stood as an article of their own, untitled, too short to be matched by measure
    (:func:`continuation_targets`). Before (pdfminer, devpages gov-1979-01): untitled ``认为必须在前两年多经济恢复
    …把它逐步纳入`` (2 lines, 33 em), then ``打好四个现代化的第一个战役`` over ``持久的按比例的高速度发展的轨道。…``
    (33 em, the only titled draft of that measure); after, one article; so too (pdftotext, gov-1988-03) 7 lines
    ``专业管理部门和综合部门内的专业机构。…`` (21, 21, 20, 20, 20, 20, 2 em) of ``切实搞好政府机构改革`` (21 em). Not
    joined: a short draft whose widest line two drafts' measures share (an untitled one too), or none has.

    >>> def mk(w: int, n: int) -> Draft:
    ...     return Draft([Element("body", [Item(k, "文" * w, "文" * w, float(w), True, True) for k in range(n)])])
    >>> drafts = [mk(21, 6), mk(11, 6), mk(21, 2), mk(15, 2)]
    >>> short_pieces(drafts, {0, 1}, [21.0, 11.0, 0.0, 0.0], [set()] * 4)
    {2: 0}
    >>> short_pieces(drafts, {0, 1}, [21.0, 11.0, 0.0, 0.0], [set(), set(), {"byline"}, set()])
    {}
    >>> short_pieces([mk(21, 6), mk(21, 6), mk(21, 2)], {0, 1}, [21.0, 21.0, 0.0], [set()] * 3)  # (two share it)
    {}
    >>> short_pieces([mk(21, 6), mk(21, 6), mk(21, 2)], {0}, [21.0, 21.0, 0.0], [set()] * 3)  # (an untitled one)
    {}
    >>> short_pieces([mk(21, 6), mk(21, 6), mk(21, 2)], {0}, [21.0, 21.0, 0.0], [set()] * 3, {1: 0})  # (its piece)
    {2: 0}
    """
    joined = joined or {}
    out: dict[int, int] = {}
    for k, draft in enumerate(drafts):
        items = draft.body_lines()
        n, wide = len(items), max((it.width for it in items), default=0.0)
        short = n < MEASURE_LINES or (n < LOOSE_MEASURE_LINES and measure[k] < wide - MEASURE_TOLERANCE)
        if k in titled or k in joined or not items or not short or parts[k] or draft.note is not None:
            continue
        same = {joined.get(d, d) for d, m in enumerate(measure) if m and abs(m - wide) <= MEASURE_TOLERANCE}
        if len(same) == 1 and (head := same.pop()) in titled:
            out[k] = head
    return out


def untitled_pieces(
    drafts: list[Draft], titled: set[int], measure: list[float], parts: list[set[ElementKind]]
) -> dict[int, int]:
    """Untitled drafts set in one measure that no titled draft of the page has: each goes on from the first of
    them (untitled draft -> untitled draft), unless both carry a headline part of one kind (two bylines) or a
    closing note each: those are two articles'.

    An article whose title went to no body (read inside a line of another's text, or given to another piece)
    still keeps its measure down the page: its pieces stood as untitled articles, one per piece. Before
    (pdftotext, devpages gov-1984-02): ``向俊辉 饶彤澜 俞朗婷`` / ``一年来，我国积极开展外交活动，…`` (23 em) and,
    past another article, ``面对复杂动荡的国际局势，…`` (23 em), the title ``关于外交工作`` run into a line of the
    article above, stood as two untitled articles; after, one. Not joined: pieces of a measure a titled draft
    has (:func:`continuation_targets` decides those), of two measures, two pieces with a byline each.

    >>> def mk(w: int, n: int) -> Draft:
    ...     return Draft([Element("body", [Item(k, "文" * w, "文" * w, float(w), True, True) for k in range(n)])])
    >>> drafts = [mk(21, 6), mk(11, 6), mk(23, 5), mk(23, 5)]
    >>> untitled_pieces(drafts, {0, 1}, [21.0, 11.0, 23.0, 23.0], [set()] * 4)
    {3: 2}
    >>> untitled_pieces(drafts, {0, 1}, [21.0, 11.0, 23.0, 23.0], [set(), set(), {"byline"}, {"byline"}])
    {}
    >>> untitled_pieces(drafts, {0, 1, 2}, [21.0, 11.0, 23.0, 23.0], [set()] * 4)  # (a titled draft has it)
    {}
    """
    out: dict[int, int] = {}
    firsts: list[int] = []
    for k in range(len(drafts)):
        if k in titled or not measure[k]:
            continue
        if any(abs(measure[d] - measure[k]) <= MEASURE_TOLERANCE for d in titled if measure[d]):
            continue
        first = next((f for f in firsts if abs(measure[f] - measure[k]) <= MEASURE_TOLERANCE), None)
        if first is None:
            firsts.append(k)
            continue
        pieces = [first, *(j for j, d in out.items() if d == first)]
        if parts[k] & set().union(*(parts[f] for f in pieces)):
            continue
        if drafts[k].note is not None and any(drafts[f].note is not None for f in pieces):
            continue
        out[k] = first
    return out


def _of_its_measure(
    k: int, heads: list[int], titled: set[int], lines: list[list[Item]], measure: list[float]
) -> list[int]:
    """The titled drafts (``heads``) untitled draft ``k`` may go on from (:func:`continuation_targets`): those of its
    measure; of several, the ones that stop inside a sentence when ``k`` opens inside a paragraph (of those, where
    ``k`` is a block set tight after a blank line, the nearest read before it), or the one that opens inside a
    paragraph when ``k`` stops inside a sentence (a sentence broken across two pieces of one article: devpages
    gov-1983-01, pdftotext: the untitled 32 em ``党的十二大确定，…为了`` goes before ``关于经济建设`` over ``在今后五年内
    保证…``, no other piece of that measure opening inside a paragraph; body CER -0.1 to -0.2 points on each
    extractor, the nearest of several that stop inside -0.3 on pdftotext's, extra articles 82 -> 78), or the first of
    them when ``k`` comes before them all with no title between: pdftotext reads a body's first paragraphs before
    a title set beside them (``实现祖国完全统一，…``, then ``推进祖国和平统一`` over the rest, the next article of
    the same measure). Not so across another title. Else, when ``k`` is a block of lines set tight after a blank
    line (pdftotext's blocks, :func:`~textclean.clean.opening.gapped_body`), the nearest of them read before it:
    pdftotext reads an article's blocks in order, and another article of its measure ends before its next block
    starts (devpages gov-1957-03: ``我在这里要说一说…法制问题`` went on from ``关于国家基本制度``, read after
    ``关于人民的文化生活问题``, both 17 em). pdftotext body CER 13.9% -> 13.4%, extra articles 104 -> 90; where
    lines are set apart (pdfminer) or none is (PyMuPDF), the order of pieces tells less and it is not asked.

    >>> def mk(w: int, n: int, first: float, end: str = "。") -> list[Item]:
    ...     return [Item(k, "文" + end, "文" + end, first if k == 0 else float(w), True, True) for k in range(n)]
    >>> lines = [mk(21, 5, 19.0), mk(21, 6, 21.0), mk(21, 6, 21.0)]
    >>> _of_its_measure(0, [1, 2], {1, 2}, lines, [21.0] * 3), _of_its_measure(2, [0, 1], {0, 1}, lines[::-1], [21.0] * 3)
    ([1], [0, 1])
    >>> _of_its_measure(0, [2, 3], {1, 2, 3}, [*lines[:1], mk(11, 6, 11.0), *lines[1:]], [21.0, 11.0, 21.0, 21.0])
    [2, 3]
    >>> block = [Item(k, "文。", "文。", 21.0 - 2 * (k == 0), k == 0, False) for k in range(5)]  # (tight, after a blank)
    >>> apart = [Item(k, "文。", "文。", 21.0 - 2 * (k == 0), True, True) for k in range(5)]  # (each line set apart)
    >>> _of_its_measure(2, [0, 1], {0, 1}, [*lines[1:], block], [21.0] * 3), _of_its_measure(2, [0, 1], {0, 1}, [*lines[1:], apart], [21.0] * 3)
    ([1], [0, 1])
    >>> stops = [mk(21, 6, 21.0, "，"), mk(21, 6, 21.0, "，")]  # (two pieces that stop inside a sentence)
    >>> _of_its_measure(2, [0, 1], {0, 1}, [*stops, block], [21.0] * 3), _of_its_measure(2, [0, 1], {0, 1}, [*stops, apart], [21.0] * 3)
    ([1], [0, 1])
    >>> opener = mk(21, 6, 21.0, "，")[:1] + mk(21, 5, 21.0)  # (it opens inside a paragraph)
    >>> _of_its_measure(0, [1, 2], {1, 2}, [mk(21, 5, 19.0, "，"), mk(21, 6, 19.0), opener], [21.0] * 3)
    [2]
    """
    same = [d for d in heads if abs(measure[d] - measure[k]) <= MEASURE_TOLERANCE]
    if len(same) < 2:
        return same
    block = lines[k][0].gap_before and not gapped_body(lines[k])  # (a block of pdftotext's, set tight after a blank)
    if opens_inside(lines[k], measure[k]):
        inside = [d for d in same if not lines[d][-1].ends]  # (it opens inside a paragraph: one stops inside)
        before = [d for d in inside if d < k]
        return [max(before)] if len(inside) > 1 and before and block else inside
    opening = [d for d in same if opens_inside(lines[d], measure[d])]
    if not lines[k][-1].ends and len(opening) == 1:
        return opening  # (it stops inside a sentence: the one that opens inside a paragraph goes on from it)
    if k < min(same) and not any(k < d < min(same) for d in titled):
        return [min(same)]  # (a body's opening read before its title)
    if any(d < k for d in same) and block:
        return [max(d for d in same if d < k)]  # (the nearest read before it)
    return same


def retitle_by_measure(
    drafts: list[Draft], titles: dict[int, str], idf: BigramIdf, headed: frozenset[int] = frozenset()
) -> dict[int, int]:
    """Titled drafts whose headline belongs to an untitled draft of a measure no titled draft has: draft -> draft.

    An article keeps one measure; where two titled drafts share a measure and an untitled draft's measure is no titled
    draft's, the extractor read one of those titles beside another column of the article above it (pdftotext reads a
    headline between two columns of the article it stands beside). The title goes to the untitled draft when its words
    fit that draft better than their own (:meth:`~textclean.clean.match.BigramIdf.coverage`); the draft left untitled
    then goes on from the titled draft of its measure (:func:`continuation_targets`). ``titles``: each titled draft's
    title; ``headed``: drafts given headline lines other than a pull quote (a kicker, a byline, a column label): not
    untitled.

    Before: ``切实改进党的作风，着力加强反腐倡廉建设`` over a 12 em column of the article above
    (titled too, 12 em), the untitled 25 em draft ``优良的党风是凝聚党心民心…`` its body; after,
    the title heads the 25 em draft. Not moved: a title that fits its own draft best, one printed
    twice on the page (a section's name over several articles: a kicker), or where no titled draft
    shares its measure; nor to a draft whose first line reads as its title.

    >>> def mk(w: int, text: str) -> Draft:
    ...     return Draft([Element("body", [Item(k, text, text, float(w), True, False) for k in range(6)])])
    >>> drafts = [mk(12, "党的建设新的伟大工程"), mk(12, "执政能力建设"), mk(25, "优良的党风是反腐倡廉建设")]
    >>> idf = BigramIdf([d.body_text() for d in drafts])
    >>> retitle_by_measure(drafts, {0: "全面推进党的建设新的伟大工程", 1: "改进党风，加强反腐倡廉建设"}, idf)
    {1: 2}
    >>> retitle_by_measure(drafts, {0: "全面推进党的建设新的伟大工程", 1: "党的执政能力建设"}, idf)
    {}
    >>> retitle_by_measure(drafts, {0: "改进党风，加强反腐倡廉建设", 1: "改进党风，加强反腐倡廉建设"}, idf)
    {}
    """
    if len(titles) < 2 or len(titles) >= len(drafts):
        return {}  # (the cheap test first: no two titled drafts, or no untitled one)
    lines = [d.body_lines() for d in drafts]
    measure = [draft_measure(items) if len(items) >= MEASURE_LINES else 0.0 for items in lines]
    near = lambda a, b: abs(measure[a] - measure[b]) <= MEASURE_TOLERANCE  # noqa: E731
    printed = Counter(titles.values())  # (a title printed twice on the page is a section's name: a kicker's)
    shared = [
        d for d in titles if measure[d] and printed[titles[d]] == 1 and any(e != d and near(d, e) for e in titles)
    ]
    out: dict[int, int] = {}
    for k in range(len(drafts)):
        if k in titles or k in headed or not measure[k] or any(near(k, d) for d in titles) or _opens_story(lines[k]):
            continue  # (titled, given headline lines, of a titled draft's measure, or opening with its title)
        fits = [d for d in shared if d not in out]
        best = max(fits, key=lambda d: (idf.coverage(titles[d], k), -d), default=None)
        if best is not None and idf.coverage(titles[best], k) > idf.coverage(titles[best], best):
            out[best] = k
    return out


def merge_continuations(drafts: list[Draft], targets: dict[int, int]) -> tuple[list[Draft], list[int]]:
    """Join each draft of ``targets`` (:func:`continuation_targets`) to its titled draft, the pieces in the order
    :func:`piece_order` gives; return the drafts left and a map old draft index -> new.

    >>> mk = lambda t: Draft([Element("body", [Item(0, t, t, float(len(t)), True, True)])])
    >>> drafts, moved = merge_continuations([mk("甲。"), mk("乙。"), mk("丙。")], {2: 0})
    >>> [d.body_text() for d in drafts], moved
    (['甲。丙。', '乙。'], [0, 1, 0])
    """
    pieces: dict[int, list[Draft]] = {}
    for k, d in sorted(targets.items()):
        pieces.setdefault(d, [drafts[d]]).append(drafts[k])
    index = [0] * len(drafts)
    out: list[Draft] = []
    for k, draft in enumerate(drafts):
        if k in targets:
            continue
        index[k] = len(out)
        if k in pieces:
            ordered = piece_order(pieces[k])
            draft = Draft([el for p in ordered for el in p.bodies], next((p.note for p in ordered if p.note), None))
        out.append(draft)
    for k, d in targets.items():
        index[k] = index[d]
    return out, index


def piece_order(pieces: list[Draft]) -> list[Draft]:
    """The pieces of one article in reading order: the page's order, but of two, one whose text stops inside a
    sentence goes first when the other ends one (of two that end one, :func:`section_last`); of more, where lines are
    set apart, :func:`chain_order`.

    >>> mk = lambda t, line: Draft([Element("body", [Item(line, t, t, float(len(t)), True, True)])])
    >>> [[p.body_text() for p in piece_order([mk("后来的事。", 40), mk(t, 80)])] for t in ("起初，我们", "起初的事。")]
    [['起初，我们', '后来的事。'], ['后来的事。', '起初的事。']]
    """
    ordered = sorted(pieces, key=lambda p: p.bodies[0].first)
    if len(ordered) == 2:
        first, last = (p.bodies[-1].items[-1].ends for p in ordered)
        if (first and not last) or (first and last and section_last([p.body_lines() for p in ordered])):
            ordered.reverse()
    elif len(ordered) > 2 and all(map(gapped_body, lines := [p.body_lines() for p in ordered])):
        ordered = [ordered[k] for k in chain_order(lines, draft_measure([it for ls in lines for it in ls]))]
    return ordered
