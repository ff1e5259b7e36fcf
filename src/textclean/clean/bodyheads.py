"""Body elements that are heads: pieces the layout pass cut from a run as text, that read as headline material.

A piece of one or two headline lines right above a title (:func:`heads_over_titles`), or a ``——`` line right
under one (:func:`dash_subtitles`), is that title's kicker or subtitle, not an article of its own.
"""

from __future__ import annotations

from textclean.clean.chardata import ENUM_OPENER_RE
from textclean.clean.roles import Element, is_headline_like
from textclean.clean.wrapped import continues_subtitle

#: At most this many short sentence-less lines between headline parts read as a headline (running text is longer).
MAX_HEADLINE_RUN = 2


def dash_subtitles(elements: list[Element], spaced: bool) -> list[Element]:
    """A body that is only a ``——`` line, right under a title, is that title's subtitle, with the title line
    after it that ends its words (:func:`~textclean.clean.wrapped.continues_subtitle`).

    pdfminer sets the subtitle apart from its title by a blank line; cut from the run where the title's
    lines end it, it stood as a body of its own, an article of one line. Before: ``title 加强生态环境保护，
    促进绿色低碳发展`` / ``body ——过去一年和五年工作`` / ``title 回顾`` / byline; after: the title and the
    subtitle ``——过去一年和五年工作回顾``. Not so under a column label (a label opens the next article's
    head: pdfminer reads the subtitle of the title above the label after it) or for a body of more lines.
    """
    out: list[Element] = []
    i = 0
    while i < len(elements):
        el = elements[i]
        if (
            el.kind == "body"
            and out
            and out[-1].kind == "title"
            and len(el.items) == 1
            and el.items[0].role == "attribution"
            and el.items[0].text.startswith("——")
        ):
            group = [el.items[0]]
            nxt = elements[i + 1] if i + 1 < len(elements) else None
            if nxt is not None and nxt.kind == "title" and len(nxt.items) == 1:
                if continues_subtitle(group[0], nxt.items[0], spaced):
                    group.append(nxt.items[0])
                    i += 1
            out.append(Element("subtitle", group, "".join(it.text for it in group)))
        else:
            out.append(el)
        i += 1
    return out


def heads_over_titles(elements: list[Element]) -> list[Element]:
    """A body of one or two headline lines that end no sentence, set right above a title, is a head too.

    Running text ends its sentences before a title; a piece that ends none there is headline material the
    run was cut around (a report's name over the title: pdftotext, PyMuPDF). Before: ``body
    1957年政府工作报告摘编`` / ``title 关于教育改革问题`` made an article of the report's name; after, it is a
    headline line, which the headline pass makes that title's kicker. Not so: a piece that ends a sentence
    (``团结。``), a numbered line (a subheading cut off its text), a piece of three lines or more, a piece with
    no title under it.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, *ts: Element(kind, [Item(0, t, t, float(len(t)), True, True) for t in ts], "".join(ts))
    >>> [e.kind for e in heads_over_titles([mk("body", "1957年政府工作报告摘编"), mk("title", "关于教育改革问题")])]
    ['title', 'title']
    >>> [e.kind for e in heads_over_titles([mk("body", "加强军政军民团结。"), mk("title", "加强政府自身建设")])]
    ['body', 'title']
    >>> [e.kind for e in heads_over_titles([mk("body", "（五）维护安定团结"), mk("title", "加强政府自身建设")])]
    ['body', 'title']
    """
    out: list[Element] = []
    for i, el in enumerate(elements):
        nxt = elements[i + 1] if i + 1 < len(elements) else None
        if (
            el.kind == "body"
            and len(el.items) <= MAX_HEADLINE_RUN
            and nxt is not None
            and nxt.kind == "title"
            and all(is_headline_like(it) and not it.ends for it in el.items)
            and not ENUM_OPENER_RE.match(el.items[0].text)
        ):
            el = Element("title", el.items, "".join(it.text for it in el.items))
        out.append(el)
    return out
