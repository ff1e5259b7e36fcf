"""Headline elements -> units: the parts of a page's headlines set together, each given to one article
(:mod:`~textclean.clean.assign` gives them).

Parts set without a blank line between them form one :class:`Unit` (:func:`head_units`); a headline line over a
title is that title's kicker when it names no one body, or one half of a two-part headline with it
(:func:`join_kickers`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from textclean.clean.bodynames import best_body, names_no_body, shared_upper_half
from textclean.clean.chardata import DASHES, has_halves_space
from textclean.clean.clausekickers import clause_over_statement, is_kicker, kicker_over_halves, statement_page
from textclean.clean.lexicon import (
    label_over_clause,
    label_shaped,
    name_over_clause,
    opens_as_clause,
    opens_as_name,
    opens_with_date,
)
from textclean.clean.match import BigramIdf, coverage_margin
from textclean.clean.namedheads import name_over_title
from textclean.clean.roles import Element, ElementKind
from textclean.clean.seriesheads import figured_page, figures_complete, figures_under
from textclean.clean.tails import kicker_over, two_labels_over

#: Each half of a two-part headline spans at most this many lines: one, or two when the half is wider than
#: the headline's measure and wraps (PyMuPDF: ``一定要抓革命促生产`` / ``把国民经济搞上`` / ``去``). On the
#: devpages 34 of PyMuPDF's titles span three lines or more, two of them read right with one line a half.
MAX_HALF_LINES = 2


@dataclass
class Unit:
    """Headline elements set together (no blank line between them), given to one draft."""

    elements: list[Element]
    start: int  # index of the first element in the page's element list
    end: int  # index of the last element
    draft: int | None = None

    def kinds(self) -> set[ElementKind]:
        return {e.kind for e in self.elements}

    def get(self, kind: ElementKind) -> Element | None:
        """The unit's first element of ``kind``, or None (a unit holds a handful)."""
        return next((e for e in self.elements if e.kind == kind), None)


def units_by_start(units: list[Unit]) -> dict[int, Unit]:
    """Each of ``units`` by the element it starts at (the first in order, should two start at one): the unit right
    below another is looked up once, not searched for again for each draft it is weighed against."""
    out: dict[int, Unit] = {}
    for u in units:
        out.setdefault(u.start, u)
    return out


def head_units(elements: list[Element], where: dict[int, int]) -> list[Unit]:
    """Headline elements grouped into units that belong to one article.

    Bonded: elements set without a blank line between them, but a column label
    never to what is above it; a column label or a kicker and what follows it; a subtitle and the title above it; a
    byline that is not directly above a body and the headline right above it.
    """
    units: list[Unit] = []
    for idx, el in enumerate(elements):
        if el.kind not in ("title", "subtitle", "box", "byline", "column", "kicker"):
            continue
        prev = units[-1] if units else None
        stray_byline = el.kind == "byline" and (idx + 1) not in where
        bonded = (
            prev is not None
            and el.kind != "column"  # a column label opens a head stack: it bonds with what follows it
            and prev.end == idx - 1
            and (
                not el.gap_before
                or prev.elements[-1].kind in ("column", "kicker")
                or el.kind == "subtitle"
                or stray_byline
            )
            and not (prev.kinds() & {el.kind})
        )
        if bonded and prev is not None:
            prev.elements.append(el)
            prev.end = idx
        elif prev is not None and _byline_under_head(prev, el, idx, elements):
            units[-1:] = [
                Unit(prev.elements[:1], prev.start, prev.start),
                Unit([*prev.elements[1:], el], prev.start + 1, idx),
            ]
        else:
            units.append(Unit([el], idx, idx))
    return units


def _byline_under_head(prev: Unit, el: Element, idx: int, elements: list[Element]) -> bool:
    """Whether byline ``el``, right under the head of ``prev`` that opens with a byline set right after a body (or
    its note), is that head's byline: the first is the body's above, printed after it (the caller parts it off).

    Before (PyMuPDF, devpages gov-1982-02): ``body …`` / ``本报记者 俞睿瑾`` / ``关于对外经济技术交流的扩大`` /
    ``邵澜逸 金玲澜`` / ``body`` made the first byline and the title one unit; the second byline, its own, took the
    body under it, and the title, barred from a body with a byline already, went to the next article. After: the
    first byline is the article's above, title and second byline one unit over their body. Not so: a head that
    opens with a byline under no body (the page's top, a column label above it), or a byline not under a title.
    """
    first = prev.elements[0]
    return (
        el.kind == "byline"
        and prev.end == idx - 1
        and len(prev.elements) > 1
        and first.kind == "byline"
        and prev.elements[1].kind == "title"
        and "byline" not in {e.kind for e in prev.elements[1:]}
        and prev.start > 0
        and elements[prev.start - 1].kind in ("body", "note")
    )


def join_kickers(units: list[Unit], idf: BigramIdf, spaced: bool = False) -> list[Unit]:
    """A headline line set right above a title is that title's kicker when it names no one body.

    One headline line (alone, not the page's top line, or under a column label) over a unit that opens with a
    title is either kicker and title or two articles' titles stacked. A kicker is a slogan several articles share,
    a title names what its own body says: the upper line is the kicker, and the two units one, when it fits its
    best body by less than :data:`~textclean.clean.bodynames.KICKER_MARGIN` more than the next best (:func:`~textclean.clean.match.coverage_margin`), however vague
    the title under it: report excerpts share their words, so a title may name its body less clearly than a kicker
    does (``2005年政府工作报告摘编`` over ``进一步加强“三农”工作``: margins 0.20 and 0.13). On a page whose lines are
    set apart (``spaced``), a line set tight over the title is part of it, however vague (:func:`_set_tight_on_spaced_page`).

    Before (a column label, a slogan, a title and byline; ``∅`` a blank line)::

        G 工作研究 ∅ 奋进新征程建功新时代 ∅ 推进职工技能培训 / 周明

    after, when both bodies on the page speak of ``奋进新征程`` and
    ``建功新时代`` and one of ``职工技能培训``: one unit, column ``工作研究``,
    kicker ``奋进新征程建功新时代``, title ``推进职工技能培训``. Two stacked
    titles that each name their own body stay two units; so do a clause over a name (``关于经济形势`` over
    ``1985年政府工作报告摘编``: :func:`~textclean.clean.lexicon.name_over_clause` read upwards).
    """
    out: list[Unit] = []
    heads = [e for u in units for e in u.elements]
    printed, figured, statements = printed_heads(units), figured_page(heads), statement_page(heads)
    for u in units:
        prev = out[-1] if out else None
        stacked = prev is not None and _kicker_shaped(prev) and prev.end + 1 == u.start  # (one line right above u)
        if prev is not None and prev.end + 1 == u.start and _kicker_over_byline(prev, u, idf):
            _join_retagged(prev, u, {len(prev.elements) - 2: "kicker"})
        elif prev is not None and _printed_again_over_title(prev, u, printed, out[-2] if len(out) > 1 else None):
            _join_retagged(prev, u, {0: "column", 1: "kicker"} if prev.elements[0].kind == "kicker" else {-1: "kicker"})
            _join_untitled_label(out)
        elif stacked and prev is not None and _one_headline(prev, u, spaced, idf.text, figured):
            _join_halves(prev, u)  # (set tight on a spaced page, or the lower line completes the upper with figures)
        elif stacked and prev is not None and not figured and figures_under(prev.elements[-1], u.elements[0]):
            u.elements[0] = Element("subtitle", u.elements[0].items, u.elements[0].text)
            _join_retagged(prev, u, {})  # (a title and the subtitle stating its figures)
        elif (
            stacked
            and prev is not None
            and u.elements[0].kind == "title"
            and not name_over_clause(u.elements[0].text, prev.elements[-1].text)
            and (_labels_tight(prev, u) or _name_under_label(prev) or is_kicker(idf, prev.elements, u.elements, spaced))
        ):
            _join_retagged(prev, u, {len(prev.elements) - 1: "kicker"})
        elif stacked and prev is not None and _halves_of_one_title(prev, u, idf, statements=statements):
            _join_halves(prev, u)
        elif prev is not None and not spaced and _top_halves(prev, u, idf):
            _join_halves(prev, u)
        elif prev is not None and _under_kicker(prev, u) and two_labels_over(prev.elements, u.elements[0]):
            _join_retagged(prev, u, {0: "column", 1: "kicker"})  # (a label over a label: column, kicker, title)
        elif prev is not None and _under_kicker(prev, u) and _halves_under_kicker(prev, u, spaced, idf):
            _join_halves(prev, u)  # (the title a kicker was just given, and its lower half)
        elif prev is not None and _label_and_kicker_over(prev, u):
            _join_retagged(prev, u, {0: "column", 1: "kicker"})  # (a label, its kicker and the title)
        else:
            out.append(u)
    return out


def printed_heads(units: list[Unit]) -> Counter[str]:
    """How many times the page prints each headline text (titles, subtitles without their dash, kickers; spaces
    dropped): :func:`_printed_again_over_title` asks it."""
    return Counter(_bare_head(e.text) for u in units for e in u.elements if e.kind in ("title", "subtitle", "kicker"))


def _bare_head(text: str) -> str:
    return text.replace(" ", "").lstrip(DASHES)


def _printed_again_over_title(upper: Unit, lower: Unit, printed: Counter[str], above: Unit | None) -> bool:
    """Whether ``upper``, one headline line alone (the page's top line too) or under a column label (or a
    label-shaped line made its kicker), set right over the title opening ``lower``, is a text the page prints
    again as another head (:func:`printed_heads`): the name of a report's part several excerpts share as kicker or
    subtitle (or as the part's opening title), so over a title it is that title's kicker, however clearly its
    words name one body. Before (pdfminer, devpages gov-2011-02): ``2011年的工作`` ∅ ``加快推进经济结构战略性调整``,
    ``2011年的工作`` titling the first article too, stood as a title of its own; after, the title's kicker. Not so:
    a line printed once, over a body or byline, over the same text (the part's opening title over the next
    one's kicker), or under a label set under another (``above``; pdftotext reads heads set side by side in a
    row: ``G 读报告`` ∅ ``G 要点速览`` ∅ ``坚定文化自信，…`` ∅ ``深化机构和行政体制改革``, two titles).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t: Element(kind, [Item(0, t, t, float(len(t)), True, True)], t)
    >>> units = [Unit([mk("title", "2011年的工作")], 0, 0), Unit([mk("title", "2011年的工作")], 2, 2),
    ...          Unit([mk("title", "加快推进经济结构战略性调整")], 3, 3)]
    >>> _printed_again_over_title(units[1], units[2], printed_heads(units), units[0])
    True
    >>> _printed_again_over_title(units[1], units[2], printed_heads(units[1:]), None)
    False
    """
    kinds = [e.kind for e in upper.elements]
    if upper.end + 1 != lower.start or kinds not in (["title"], ["column", "title"], ["kicker", "title"]):
        return False
    if kinds[0] == "kicker" and not label_shaped(upper.elements[0].text):
        return False  # (a label made the line's kicker: label, kicker and title; not a kicker over two titles)
    if kinds[0] == "column" and above is not None and above.end + 1 == upper.start and above.kinds() == {"column"}:
        return False  # (two labels stacked: heads set side by side, read in a row)
    line, title = upper.elements[-1], lower.elements[0]
    text = _bare_head(line.text)
    return len(line.items) == 1 and title.kind == "title" and printed[text] > 1 and _bare_head(title.text) != text


def _join_untitled_label(out: list[Unit]) -> None:
    """Join the last unit of ``out``, a head just given its kicker, to the unit right above it when that one holds
    a column label and no headline line (``G 文献选读`` / ``本报记者 梁琪博``): the label opens the head stack the
    kicker and title go on (devpages gov-2018-01, pdfminer: the label and byline went to another article)."""
    if len(out) < 2 or out[-2].end + 1 != out[-1].start:
        return
    upper = out[-2]
    if "column" in upper.kinds() and upper.kinds() <= {"column", "byline"} and "column" not in out[-1].kinds():
        upper.elements += out[-1].elements
        upper.end = out[-1].end
        out.pop()


def _join_retagged(upper: Unit, lower: Unit, kinds: dict[int, ElementKind]) -> None:
    """Give the elements of ``upper`` at the keys of ``kinds`` those kinds, and join ``lower`` to it."""
    for k, kind in kinds.items():
        upper.elements[k] = Element(kind, upper.elements[k].items, upper.elements[k].text)
    upper.elements += lower.elements
    upper.end = lower.end


def _label_and_kicker_over(upper: Unit, lower: Unit) -> bool:
    """Whether ``upper``, a column label made the kicker of a one-line title, right over the title opening
    ``lower``, is a label and its kicker: three headline lines stacked, label, kicker and title.

    A label printed with no logo (in a reversed box, or over a rule) is a headline line like the others; join
    the label and the line under it, and the title under both stands alone. Asked: the upper a label
    (:func:`~textclean.clean.lexicon.label_shaped`), the middle not one; the title set tight under it (across a
    blank line, pdfminer and pdftotext part two heads), not running text (a comma: columns read across) nor
    opening with a line narrower than its next (the end of a headline line above, wrapped); and it opens as a
    clause (:func:`~textclean.clean.lexicon.opens_as_clause`) or is no narrower than the middle line (a kicker
    wrapped in a narrow box leaves a shorter last piece: ``聚焦1981年政府`` / ``工作报告``).

    Before (PyMuPDF, the third layout): ``本期聚焦`` / ``2001年政府工作报告节选`` / ``进一步深化改革和扩大对外开放``:
    the label became the kicker of the middle line, made a title that took an article's place, and the title
    lost label and kicker; after, one head: column, kicker, title.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t: Element(kind, [Item(0, t, t, float(len(t)), False, True)], t)
    >>> upper = Unit([mk("kicker", "本期聚焦"), mk("title", "2001年政府工作报告节选")], 0, 1)
    >>> _label_and_kicker_over(upper, Unit([mk("title", "进一步深化改革和扩大对外开放")], 2, 2))
    True
    >>> _label_and_kicker_over(upper, Unit([mk("title", "工作报告")], 2, 2))  # (the middle line's wrapped end)
    False
    >>> upper.elements[1] = mk("title", "政策解码")  # (two labels stacked over a title of like width)
    >>> _label_and_kicker_over(upper, Unit([mk("title", "深化改革开放")], 2, 2))
    False
    """
    if upper.end + 1 != lower.start or [e.kind for e in upper.elements] != ["kicker", "title"]:
        return False
    label, line = upper.elements
    title = lower.elements[0]
    if len(label.items) != 1 or len(line.items) != 1 or title.kind != "title" or title.items[0].gap_before:
        return False
    if not label_shaped(label.text) or (label_shaped(line.text) and not kicker_over(line, title)):
        return False  # (a label over a line of another kind; not two labels stacked, but over a far wider title)
    if "，" in title.text or title.items[0].width < max(it.width for it in title.items):
        return False  # (running text, as a comma shows; or a first line narrower than the next: a wrap's end)
    wraps = title.items[0].width < line.items[0].width  # (narrower than the line: its last piece, as a wrap leaves it)
    return opens_as_clause(title.text) or not wraps


def _labels_tight(upper: Unit, lower: Unit) -> bool:
    """Whether the one-line headline of ``upper`` is a column label set tight over the title opening ``lower``
    (:func:`~textclean.clean.lexicon.label_over_clause`): its label, whatever body its words name.

    Before (pdfminer, the second layout): ``学 习 贯 彻`` / ``一定要强化人民的国家机器``, the label parted from
    the title it was read in one block with, stood as a title of its own (学习贯彻 names the body as well as a
    title does); after, the title's label.
    """
    line, title = upper.elements[-1], lower.elements[0]
    if kicker_over(line, title) or kicker_over_halves(line, title):
        return True  # (a line far narrower than the title, or over its two halves: its kicker, whatever its words)
    return len(line.items) == 1 and not title.items[0].gap_before and label_over_clause(line.text, title.text)


def _name_under_label(upper: Unit) -> bool:
    """Whether ``upper`` is a column label over one headline line that opens as a name
    (:func:`~textclean.clean.lexicon.opens_as_name`): the report or section a page excerpts, the kicker of the title
    set right under it (the caller asks that), however clearly its words name one body (a section's name shares
    them with its one or two excerpts on the page). Before (pdfminer, devpages gov-2004-02): ``G 理论学习`` ∅
    ``一年来工作回顾`` ∅ ``适时适度调控 促进经济平稳快速发展``: label and name a head of their own (margin 0.33),
    the title's article without its label; after, one head (devpages: 17 of 17 such heads over a title). Not
    joined: a label over a clause (``关于经济建设``), or with a byline or pull quote under the name (devpages: a
    head of its own in 5 of 7).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t: Element(kind, [Item(0, t, t, float(len(t)), True, True)], t)
    >>> _name_under_label(Unit([mk("column", "G 理论学习"), mk("title", "一年来工作回顾")], 0, 1))
    True
    >>> _name_under_label(Unit([mk("column", "G 回顾与展望"), mk("title", "关于经济建设")], 0, 1))
    False
    """
    return [e.kind for e in upper.elements] == ["column", "title"] and opens_as_name(upper.elements[-1].text)


def _under_kicker(upper: Unit, lower: Unit) -> bool:
    """Whether ``upper`` is a kicker over a one-line title (under a column label, or not), set right above
    ``lower``, a title that opens as a clause (:func:`~textclean.clean.lexicon.opens_as_clause`) and holds no
    comma: that title may be the upper half of a two-part headline going on in ``lower``.

    Before (pdftotext, devpages cpc-16-08): ``党的十六大报告摘编`` ∅ ``切实做好基层党建工作`` /
    ``增强党的阶级基础和扩大党的群众基础``: the name was made the upper half's kicker, and the lower half then
    stood alone; after, one title of both halves under the kicker. Not joined: a body's first line read as a
    title (``１９８５年，是贯彻党``: a comma, running text).
    """
    if upper.end + 1 != lower.start:
        return False
    kinds = [e.kind for e in upper.elements]
    title = lower.elements[0].text
    return (
        kinds in (["kicker", "title"], ["column", "kicker", "title"])
        and len(upper.elements[-1].items) == 1
        and "，" not in title
        and opens_as_clause(title)
    )


def _halves_under_kicker(upper: Unit, lower: Unit, spaced: bool, idf: BigramIdf) -> bool:
    """Whether the title of ``upper``, under its kicker (:func:`_under_kicker`), and the title opening ``lower``
    are one headline's halves: set tight on a spaced page, naming the same body, or the upper said as fully by
    the pieces of one cut article (:func:`~textclean.clean.bodynames.shared_upper_half`)."""
    if _set_tight_on_spaced_page(upper, lower, spaced, idf.text) or _halves_of_one_title(upper, lower, idf):
        return True
    return shared_upper_half(upper.elements[-1], lower.elements[0], idf, MAX_HALF_LINES)


def _kicker_over_byline(upper: Unit, lower: Unit, idf: BigramIdf) -> bool:
    """Whether ``upper``, one headline line with a byline set under it (under a column label, or not), is the
    kicker and byline of the title opening ``lower``, right under it: the line opens as a name
    (:func:`~textclean.clean.lexicon.opens_as_name`: ``党的十九大报告摘编``) and names no body
    (:func:`~textclean.clean.bodynames.names_no_body`), a kicker's ways, and ``lower`` has no byline of its own. A byline sits under its
    title or over it (the devpages: 44% and 17% of articles), so under a kicker too.

    Before (pdftotext, devpages cpc-19-07): ``党的十九大报告摘编`` ∅ ``邵思黛 黎毅颖`` ∅ ``建设高素质专业化干部
    队伍`` ∅ ``——…`` made the kicker and byline a head of their own, the kicker a title that took a piece of the
    article's text; after, one head: kicker, byline, title and subtitle. Not joined: a title with its byline over
    the next article's head (a clause, ``以法治化建设推进工会工作高质量发展``, however many bodies share its
    words), a line that names a body, a title under it that has a byline of its own.
    """
    kinds = [e.kind for e in upper.elements]
    if kinds not in (["title", "byline"], ["column", "title", "byline"]):
        return False
    if not lower.elements or lower.elements[0].kind != "title" or "byline" in lower.kinds():
        return False
    line = upper.elements[-2].text
    return opens_as_name(line) and names_no_body(idf, line)


def _top_halves(upper: Unit, lower: Unit, idf: BigramIdf) -> bool:
    """The page's top line, alone, over a title set tight under it: the two halves of one headline when both
    name the same body (:func:`_halves_of_one_title`; the caller asks it only on a page without blank lines,
    PyMuPDF's: where blank lines part blocks, a top line set tight over a title is the banner,
    :func:`~textclean.clean.banner._tight_over_title`).

    Before: ``强化农业农村发展基础`` / ``推动城乡发展一体化`` at the top of the page, over the body that speaks
    of both; the page holding one headline more than bodies, the upper half became the page's banner and the
    title lost it. After: one title ``强化农业农村发展基础 推动城乡发展一体化``. Not joined: a banner over a
    title (``理论周刊`` names no body), a line below the page's top (:func:`join_kickers` pairs those), lines that
    dropped furniture stands between (``理论`` / ``18`` / its date line / ``理论园地``: the banner took both lines).
    """
    if upper.start != 0 or lower.start != 1 or not upper.elements[-1].items or not lower.elements[0].items:
        return False
    low, up = lower.elements[0].items[0], upper.elements[-1].items[-1]
    return (
        [e.kind for e in upper.elements] == ["title"]
        and (low.no == up.no + 1 or low.gap_before)  # (set tight: no folio or date line dropped between)
        and _halves_of_one_title(upper, lower, idf, max_lines=1)
    )


def _one_headline(up: Unit, low: Unit, spaced: bool, text: str, figured: bool) -> bool:
    tight = _set_tight_on_spaced_page(up, low, spaced, text)
    return tight or (not figured and figures_complete(up.elements[-1], low.elements[0]))


def _join_halves(upper: Unit, lower: Unit) -> None:
    """Make the headline line of ``upper`` and the title opening ``lower`` one title, in ``upper``: with a space
    between two halves, none where the upper line already holds both halves' space (it wrapped inside the second).
    """
    top, title = upper.elements[-1], lower.elements[0]
    sep = "" if has_halves_space(top.text) else " "
    upper.elements[-1] = Element("title", [*top.items, *title.items], f"{top.text}{sep}{title.text}")
    upper.elements += lower.elements[1:]
    upper.end = lower.end


def spaced_page(elements: list[Element]) -> bool:
    """Whether the page sets its printed lines apart: a blank line before any line but its first (PyMuPDF prints
    none; pdfminer one after every line, pdftotext one after each block)."""
    gaps = [it.gap_before for e in elements for it in e.items]
    return any(gaps[1:])  # (but the first line's: nothing is set over it)


def _set_tight_on_spaced_page(upper: Unit, lower: Unit, spaced: bool, text: str = "") -> bool:
    """Whether the headline line of ``upper`` and the one-line title opening ``lower``, set tight on a page whose
    lines are set apart (``spaced``: blank lines between them), are one headline: its two halves, or its two lines.

    pdfminer and pdftotext print a headline's lines tight (all 224 wrapped headlines on the devpages) and a
    blank line between a kicker and its title, so there the words need not tell a vague upper half
    (``一定要抓革命促生产`` / ``把国民经济搞上去``) from a kicker. Before: ``聚焦重点领域和关键环节深化改革``
    set tight over ``更大激发市场活力和社会创造力`` became kicker and title (the upper half names no body in
    particular); after, one title with a space between its halves. Not joined: the same lines with a blank
    between them, on a page with no blank line (PyMuPDF: :func:`_halves_of_one_title` decides there), or an
    upper line that opens with a date or a count (:func:`~textclean.clean.lexicon.opens_with_date`:
    ``2008年主要任务``, a label; on a page set at tight leading pdfminer reads a kicker in one block with its title).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t, gb: Unit([Element("title", [Item(0, t, t, float(len(t)), gb, True)], t)], 0, 0)
    >>> upper, lower = mk("聚焦重点领域和关键环节深化改革", True), mk("更大激发市场活力和社会创造力", False)
    >>> _set_tight_on_spaced_page(upper, lower, True), _set_tight_on_spaced_page(upper, lower, False)
    (True, False)
    >>> _set_tight_on_spaced_page(upper, mk("更大激发市场活力和社会创造力", True), True)
    False
    >>> _set_tight_on_spaced_page(mk("2008年主要任务", True), lower, True)
    False

    Nor a name over a clause (:func:`~textclean.clean.lexicon.name_over_clause`: ``党的十一大报告`` /
    ``我们党的第十一次路线斗争``), nor a name the ``text`` does not run on into the title (``党的十六大报告摘编`` /
    ``文化建设和文化体制改革``: :func:`~textclean.clean.namedheads.name_over_title`).

    >>> _set_tight_on_spaced_page(mk("党的十一大报告", True), mk("我们党的第十一次路线斗争", False), True)
    False
    """
    top, title = upper.elements[-1], lower.elements[0]
    return (
        spaced
        and top.kind == title.kind == "title"
        and len(top.items) == len(title.items) == 1
        and not title.items[0].gap_before
        and not has_halves_space(title.text)
        and not opens_with_date(top.text)
        and not name_over_clause(top.text, title.text)
        and not label_over_clause(top.text, title.text)
        and not (text and name_over_title(top.items[0], title.items[0], text))
    )


def _halves_of_one_title(
    upper: Unit, lower: Unit, idf: BigramIdf, max_lines: int = MAX_HALF_LINES, statements: bool = False
) -> bool:
    """Whether the headline line of ``upper`` and the title opening ``lower`` are the two halves of one headline:
    each at most ``max_lines`` lines (a half wider than the headline's measure wraps), the lower set tight under the
    upper (across a blank line, pdfminer and pdftotext part two heads), neither already two halves, the upper not
    opening with a date or a count (:func:`~textclean.clean.lexicon.opens_with_date`: a label's way, a kicker's) nor,
    on a news page (``statements``), as a clause over a statement (a kicker:
    :func:`~textclean.clean.clausekickers.clause_over_statement`), and both name the same body of the page's bodies
    (a kicker names none, :func:`names_no_body`; two articles' titles name two).

    Before: ``title 适时适度调控`` over ``title 促进经济平稳快速发展`` (PyMuPDF gives a headline's halves set side by
    side as two lines), both naming the body that speaks of 调控 and 平稳快速发展; after, one title
    ``适时适度调控 促进经济平稳快速发展``. So too with a wrapped lower half: ``决胜全面建成小康社会`` /
    ``开启全面建设社会主义现代化`` / ``国家新征程`` (before: kicker and title). Not joined: a slogan over a title (it
    names no body), a label over a title (``过去五年工作回顾``, opening with a time word), or two titles that name
    two bodies.
    """
    top, title = upper.elements[-1], lower.elements[0]
    if title.kind != "title" or title.items[0].gap_before:
        return False  # (set tight, as PyMuPDF gives a headline's halves set side by side)
    if len(top.items) > max_lines or len(title.items) > max_lines:
        return False
    if idf.n < 2 or has_halves_space(top.text) or has_halves_space(title.text):
        return False  # (with one body, every line names it: nothing tells halves from kicker and title)
    if names_no_body(idf, top.text) or coverage_margin(idf, title.text) <= 0:
        return False
    if opens_with_date(top.text) or kicker_over(top, title) or (statements and clause_over_statement(top, title)):
        return False  # (a label dated or counted: the report or section a page excerpts, a kicker; a narrow line)
    return best_body(idf, top.text) == best_body(idf, title.text)


def _kicker_shaped(unit: Unit) -> bool:
    """One headline line, alone (not the page's top line) or under a column label."""
    kinds = [e.kind for e in unit.elements]
    return kinds == ["column", "title"] or (kinds == ["title"] and unit.start > 0)
