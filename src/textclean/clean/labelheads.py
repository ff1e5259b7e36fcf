"""Column labels read apart from their heads: a label alone between the pieces of one sentence, or over a scrap,
heads the next title (:func:`labels_over_later_titles`); a one-line body between a label and a title is its kicker
(:func:`lines_under_labels`). Moved from :mod:`~textclean.clean.units` (module size).
"""

from __future__ import annotations

from textclean.clean.bodynames import best_body, names_no_body
from textclean.clean.chardata import DASHES, HAN_RE
from textclean.clean.match import BigramIdf
from textclean.clean.roles import Element
from textclean.clean.tails import HEADLINE_MIN_CHARS, MIN_TITLE_UNDER_KICKER
from textclean.clean.units import Unit

#: A column label alone over a body of at most this many lines, then a title, opens that title's head
#: (:func:`labels_over_later_titles`): on the devpages the scraps read between a label and its title are 1-3
#: lines; a label over the body it heads (its title read elsewhere) stands over 20 lines or more.
MAX_SCRAP_LINES = 3


def labels_over_later_titles(units: list[Unit], elements: list[Element]) -> list[Unit]:
    """A column label standing alone between two pieces of one sentence heads the next title that has no label.

    A label is set over its article's title; an extractor that reads the label's line before the rest of the
    column beside it prints the label, then text that goes on from the text above it, then the title. Before
    (pdftotext, devpages cpc-16-03): ``…`` / ``G 读报告`` / ``质，改善经济增长质量…`` / … / ``坚持和完善基本经济制度，…``:
    the label went to the article whose text it interrupted; after, to the title under that text. So too a label
    over a scrap of text, at most :data:`MAX_SCRAP_LINES` lines set right over a title (:func:`_over_a_scrap`: a row
    of the column beside read between the label and its title; pdfminer, devpages gov-1959-02: ``G 要点速览`` / three
    lines / ``1959年政府工作报告摘登`` / ``关于对外政策``). Not moved: a label over a longer body that opens a
    paragraph (the text above it ends a sentence), a label with a title of its own, or when the next title has a
    label.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t: Element(kind, [Item(0, t, t, float(len(t)), True, True)], t)
    >>> els = [mk("body", "我们要提高经济增长的质"), mk("column", "G 读报告"), mk("body", "量和效益。"), mk("title", "深化改革")]
    >>> units = labels_over_later_titles([Unit([els[1]], 1, 1), Unit([els[3]], 3, 3)], els)
    >>> [[e.kind for e in u.elements] for u in units]
    [['column', 'title']]
    >>> els[0] = mk("body", "我们要提高经济增长的质量。")
    >>> els[2] = Element("body", els[2].items * (MAX_SCRAP_LINES + 1), "")  # (a body the label heads)
    >>> len(labels_over_later_titles([Unit([els[1]], 1, 1), Unit([els[3]], 3, 3)], els))
    2
    >>> els[2] = mk("body", "量和效益。")  # (a scrap over the title)
    >>> len(labels_over_later_titles([Unit([els[1]], 1, 1), Unit([els[3]], 3, 3)], els))
    1
    """
    out: list[Unit] = []
    carried: Unit | None = None
    for u in units:
        if carried is not None and u.elements[0].kind in ("title", "kicker") and "column" not in u.kinds():
            u.elements[:0] = carried.elements
            carried = None
        elif (
            carried is None
            and [e.kind for e in u.elements] == ["column"]
            and (_interrupts_a_sentence(u, elements) or _over_a_scrap(u, elements))
        ):
            carried = u
            continue
        elif carried is not None:
            out.append(carried)  # (no title for it: it stays where it was)
            carried = None
        out.append(u)
    return [*out, carried] if carried is not None else out


def _over_a_scrap(unit: Unit, elements: list[Element]) -> bool:
    """Whether ``unit`` stands over a body of at most :data:`MAX_SCRAP_LINES` lines set right over a title: a
    headline line read as text, or a row of the column beside, read between a label and the title it opens."""
    at = unit.end + 1
    return (
        at + 1 < len(elements)
        and elements[at].kind == "body"
        and len(elements[at].items) <= MAX_SCRAP_LINES
        and elements[at + 1].kind == "title"
    )


def lines_under_labels(elements: list[Element]) -> list[Element]:
    """A one-line body set between a column label and a title is a headline line read as text: the title's kicker;
    one that opens with a dash, the subtitle of the title set right above the label (read before it).

    A head is printed label, kicker, title; an extractor may read a headline line apart from the rest as text.
    Before (devpages gov-1988-03, all three extractors): ``G 报告摘编`` / ``今后五年建设和改革的目标、方针和任务`` (a
    body) / ``以深化企业改革为中心进行综合配套改革``: the line was an article of its own, the label its; after, the
    title's kicker under the label. Before (pdfminer, gov-2006-01): ``努力做好就业和社会保障工作`` / ``G 要点速览`` /
    ``——去年工作回顾`` / ``今年主要任务``: the dash line was an article, the label its; after, the upper title's
    subtitle, the label over the lower title. Not so: a body of two lines or more, a line under no label or over
    no title, a dash line with no title above the label.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t: Element(kind, [Item(0, t, t, float(len(t)), True, True)], t)
    >>> els = [mk("column", "G 报告摘编"), mk("body", "今后五年的任务"), mk("title", "深化企业改革")]
    >>> [e.kind for e in lines_under_labels(els)]
    ['column', 'kicker', 'title']
    >>> els[1] = mk("body", "——今后五年的任务")
    >>> [e.kind for e in lines_under_labels(els)]
    ['column', 'body', 'title']
    >>> [e.kind for e in lines_under_labels([mk("title", "做好就业工作"), *els])]
    ['title', 'subtitle', 'column', 'title']
    """
    out = list(elements)
    for k in range(1, len(out) - 1):
        el = out[k]
        if el.kind != "body" or len(el.items) != 1 or out[k - 1].kind != "column" or out[k + 1].kind != "title":
            continue
        text = el.items[0].text.strip()
        if not text.startswith(tuple(DASHES)):
            out[k] = Element("kicker", el.items, text)
        elif k > 1 and out[k - 2].kind == "title":
            out[k - 1 : k + 1] = [Element("subtitle", el.items, text), out[k - 1]]
    return out


def _interrupts_a_sentence(unit: Unit, elements: list[Element]) -> bool:
    """Whether ``unit`` stands between a body that stops inside a sentence and a body that goes on from it."""
    before = elements[unit.start - 1] if unit.start > 0 else None
    after = elements[unit.end + 1] if unit.end + 1 < len(elements) else None
    return (
        before is not None
        and after is not None
        and before.kind == after.kind == "body"
        and not before.items[-1].ends
        and after.items[0].role == "text"
    )


def undashed_subtitles(units: list[Unit], idf: BigramIdf) -> None:
    """A head unit left over (no body of its own), a kicker or label over a title, set right over a one-line title
    that heads a body with no subtitle: that line is the title's subtitle printed without its dash, and the two
    units one head (in place: the upper unit's elements go into the lower's).

    A head stack holds one kicker; a leftover's titles become kickers (:func:`~textclean.clean.assign.assign_headlines`'
    last pass), so the kicker and title set over the line under them made a second kicker, and the subtitle the
    title. Before (PyMuPDF, a front page): ``重大项目巡礼`` / ``北岭市地铁845号线开通试运营`` /
    ``今年计划完成交通投资104亿元`` / byline gave the kicker ``重大项目巡礼 北岭市地铁845号线开通试运营`` and that
    title; after, kicker, title and subtitle. Not so: a label narrower than a headline over the line (``艺文志`` /
    ``书香社会`` over a title: :data:`~textclean.clean.tails.MIN_TITLE_UNDER_KICKER`), a lower head that has its
    ``——`` subtitle, one of several lines, or a word too short for a headline (``课后服务要“提质”更要`` /
    ``“减负”``: a title's wrapped end, :data:`~textclean.clean.tails.HEADLINE_MIN_CHARS`), nor a leftover whose
    title names another body of the page (:func:`_names_lower_body`).
    """
    starts = {u.start: u for u in units}
    for upper in list(units):
        lower = starts.get(upper.end + 1)
        if upper.draft is not None or lower is None or lower.draft is None or not _over_undashed(upper, lower):
            continue
        if not _names_lower_body(idf, upper.elements[-1].text, lower.draft):
            continue
        line = lower.elements[0]
        lower.elements[0] = Element("subtitle", line.items, line.text)
        lower.elements[:0] = upper.elements
        lower.start = upper.start
        units.remove(upper)


def _names_lower_body(idf: BigramIdf, title: str, draft: int) -> bool:
    """Whether a leftover's ``title`` may head body ``draft`` (the body under the line it would take as subtitle):
    it names no other body of the page, that is, it names none in particular
    (:func:`~textclean.clean.bodynames.names_no_body`, a kicker's vagueness, as a feature's metaphor is) or fits
    ``draft`` best (:func:`~textclean.clean.bodynames.best_body`). A leftover head whose title names another body is
    that story's own head (photo news whose caption was dropped, a teaser, a label over two stories): ``社会`` /
    ``三条新公交线路今起开通`` over a bus story's body set elsewhere / ``老年助餐点办到家门口`` / byline / a canteen's
    body keeps its title. A page of one body tells nothing.

    >>> idf = BigramIdf(["地铁线路开通试运营。", "老人在助餐点就餐。"])
    >>> _names_lower_body(idf, "地铁开通试运营", 0), _names_lower_body(idf, "地铁开通试运营", 1)
    (True, False)
    >>> _names_lower_body(idf, "老戏新唱焕发青春", 1)
    True
    """
    return idf.n < 2 or names_no_body(idf, title) or best_body(idf, title) == draft


def _over_undashed(upper: Unit, lower: Unit) -> bool:
    """Whether ``upper`` is a kicker or label and a headline-wide title, over ``lower`` opening with a one-line
    title set tight under it, with no subtitle, that is not dashed."""
    kinds = [e.kind for e in upper.elements]
    if len(kinds) < 2 or kinds[-1] != "title" or not set(kinds[:-1]) <= {"kicker", "column"}:
        return False
    title, line = upper.elements[-1], lower.elements[0]
    return (
        line.kind == "title"
        and len(line.items) == 1
        and not line.items[0].gap_before  # (set tight under the title: a blank line parts two heads)
        and "subtitle" not in lower.kinds()
        and not line.text.startswith(DASHES)
        and len(HAN_RE.findall(line.text)) >= HEADLINE_MIN_CHARS
        and max(it.width for it in title.items) >= MIN_TITLE_UNDER_KICKER
    )
