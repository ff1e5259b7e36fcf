"""Body elements -> drafts: the articles being assembled around their bodies, before any headline is given.

A body opens a draft, and a closing note (``（作者单位：…）``) closes it. A body
joins the draft before it only where what stands between them was read inside
its text: a pull-quote box set inside a sentence (:func:`box_interrupts`), a head
block read inside a word of the text (:func:`heads_interrupt`). A draft that is
only a numbered subheading cut off its text opens the draft after it
(:func:`join_lone_subheads`). :mod:`~textclean.clean.assign` then gives the
headline material to the drafts.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from textclean.clean.chardata import ENUM_OPENER_RE
from textclean.clean.innerheads import runs_into
from textclean.clean.roles import Element

#: A numbered subheading the extractor cut off its text is at most this many lines (it wraps once at most).
LONE_SUBHEAD_LINES = 2


@dataclass
class Draft:
    """An article being assembled: its body elements and its closing note."""

    bodies: list[Element]
    note: Element | None = None
    _text: str | None = field(default=None, repr=False)

    def body_text(self) -> str:
        """The body's text (computed once: bodies are complete before headlines are matched)."""
        if self._text is None:
            self._text = "".join([it.text for el in self.bodies for it in el.items])
        return self._text


def body_drafts(elements: list[Element]) -> tuple[list[Draft], dict[int, int]]:
    """Group body elements into drafts; return them and a map body element index -> draft index.

    A body joins the draft before it only across a box set inside its sentence (:func:`box_interrupts`), or
    across a head block read inside a word of its text when no title stands right above that draft
    (:func:`heads_interrupt`).
    """
    drafts: list[Draft] = []
    where: dict[int, int] = {}
    between: list[Element] = []
    untitled = False  # (whether no title stands right above the current draft)
    for idx, el in enumerate(elements):
        if el.kind == "body":
            cur = drafts[-1] if drafts else None
            if (
                cur is not None
                and cur.note is None
                and between
                and (
                    box_interrupts(cur.bodies[-1], between)
                    or (untitled and heads_interrupt(cur.bodies[-1], el, between))
                )
            ):
                cur.bodies.append(el)
            else:
                drafts.append(Draft([el]))
                untitled = not any(e.kind == "title" for e in between)
            where[idx] = len(drafts) - 1
            between = []
        elif el.kind == "note":
            cur = drafts[-1] if drafts else None
            if (
                cur is not None
                and cur.note is None
                and not any(e.kind in ("title", "byline", "column") for e in between)
            ):
                cur.note = el
            else:
                orphan = next((d for d in reversed(drafts) if d.note is None), None)
                if orphan is not None:
                    orphan.note = el
            between.append(el)
        else:
            between.append(el)
    return drafts, where


def join_lone_subheads(drafts: list[Draft], where: dict[int, int]) -> tuple[list[Draft], dict[int, int]]:
    """A draft that is only a numbered subheading (``（五）维护安定团结。``) opens the draft after it.

    A numbered line heads the text under it; the extractor cut it off its
    text (a column break after it), and alone it was written as an article
    of one line. At most :data:`LONE_SUBHEAD_LINES` lines, no closing note.

    Before: drafts ``[（五）维护安定团结。]`` and ``[安定团结是…]``; after, one draft
    ``[（五）维护安定团结。 / 安定团结是…]``. Not joined: a one-line draft that is no
    numbered line (``党的十六大报告摘登``), or the page's last draft.

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
        items = [it for el in d.bodies for it in el.items]
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
    from one into the other (:func:`~textclean.clean.innerheads.runs_into`: a full line, broken inside a word).

    An extractor reads a head block set beside a column between two of its lines. Before:
    ``body …新党章对党员和党的干部在思`` / ``byline`` / ``kicker`` / ``title`` / ``body 想上、政治上和…``
    made two articles, the head on the second; after, one body (思想 is one word), the head its own.
    Not joined (by the caller, :func:`body_drafts`): a body with a title of its own right above it, whose
    text must then hold the start of the article the head between belongs to (joined, the two articles
    became one), nor across a closing note.

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
