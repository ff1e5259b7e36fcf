"""Body elements that are heads: pieces the layout pass cut from a run as text, that read as headline material.

A piece of one or two headline lines right above a title (:func:`heads_over_titles`), or a ``——`` line right
under one (:func:`dash_subtitles`), is that title's kicker or subtitle, not an article of its own.
"""

from __future__ import annotations

from textclean.clean.chardata import (
    ATTRIBUTION_RE,
    CLAUSE_PUNCT_RE,
    DATELINE_PAPER_RE,
    ENUM_OPENER_RE,
    MAX_DATELINE_LINES,
    opens_dateline,
)
from textclean.clean.lexicon import breaks_a_word
from textclean.clean.roles import Element, Item, is_headline_like
from textclean.clean.subtitleruns import runs_on
from textclean.clean.typesetting import MAX_HEADLINE_WIDTH
from textclean.clean.wrapped import continues_subtitle, goes_on, left_open

#: At most this many short sentence-less lines between headline parts read as a headline (running text is longer).
MAX_HEADLINE_RUN = 2
#: The elements of an article's head above its body: a title's last line is read against the first line of
#: the body only where none of these stands between them (:func:`titles_breaking_words`).
HEAD_KINDS = frozenset(("title", "subtitle"))
#: A wrapped line fills its measure; its lines are equally wide to within this much (em: an ASCII digit's half em).
TAIL_SLACK = 0.5
#: A wrapped subtitle's last line holds what did not fit: at most this share of the line above (the studied
#: families' 15 wrapped ends over a byline or dateline hold 0.14 to 0.6 of it); a headline's own line under a short
#: subtitle is as wide as its words (``——解读1957年报告`` / ``政府工作报告``, 0.67).
TAIL_MAX_SHARE = 0.6


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
        if el.kind == "body" and out and out[-1].kind in ("title", "byline") and wrapped_dash_subtitle(el.items):
            group = list(el.items)
            out.append(Element("subtitle", group, "".join([it.text for it in group])))
        elif (
            el.kind == "body"
            and out
            and out[-1].kind in ("title", "byline")  # (a commentary's byline may stand between them)
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
            out.append(Element("subtitle", group, "".join([it.text for it in group])))
        else:
            out.append(el)
        i += 1
    return out


#: A ``——`` subtitle wraps over at most this many lines of a narrow head (``——兼论新时`` / ``代发展实践的`` / ``理论启示``).
MAX_SUBTITLE_LINES = 3
#: A wrapped subtitle's lines after the first are no wider than it by more than this (em): one box's measure, a
#: mark or a digit half an em over.
SUBTITLE_SLACK = 0.5


def wrapped_dash_subtitle(items: list[Item]) -> bool:
    """Whether ``items``, a body cut under a title or its byline, is a ``——`` subtitle wrapped over two or three lines
    of one narrow measure (:data:`MAX_SUBTITLE_LINES`, :data:`SUBTITLE_SLACK`): no clause mark and no sentence end
    in any line (a paragraph opening with a dash, a list's item, has them).

    Before (PyMuPDF, a theory page): ``推进全国统一…关系`` / ``——兼论新时代发`` / ``展实践的理论启`` / ``示`` / ``许慧实``
    / body: the subtitle read as a body of its own, under the title and byline, and the text was another article
    titled by its first subheading; after, the subtitle is the title's, the text its body.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> wrapped_dash_subtitle([mk("——兼论新时代发"), mk("展实践的理论启"), mk("示")])
    True
    >>> wrapped_dash_subtitle([mk("——坚持稳中求进，"), mk("推动高质量发展。")]), wrapped_dash_subtitle([mk("——兼论")])
    (False, False)
    """
    if not 2 <= len(items) <= MAX_SUBTITLE_LINES or not items[0].text.startswith("——"):
        return False
    if any(it.ends or CLAUSE_PUNCT_RE.search(it.text) for it in items):
        return False
    return all(it.width <= items[0].width + SUBTITLE_SLACK for it in items[1:])


def heads_over_titles(elements: list[Element]) -> list[Element]:
    """A body of one or two headline lines that end no sentence, set right above a title, is a head too.

    Running text ends its sentences before a title; a piece that ends none there is headline material the
    run was cut around (a report's name over the title: pdftotext, PyMuPDF). Before: ``body
    1957年政府工作报告摘编`` / ``title 关于教育改革问题`` made an article of the report's name; after, it is a
    headline line, which the headline pass makes that title's kicker. Not so: a piece that ends a sentence
    (``团结。``), a numbered line (a subheading cut off its text), a piece of three lines or more, a piece with
    no title under it. A one-line piece left open into the title is its first line, clause marks and all
    (:func:`_opens_title`).

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
            and not ENUM_OPENER_RE.match(el.items[0].text)
            and (all(is_headline_like(it) and not it.ends for it in el.items) or _opens_title(el, nxt))
        ):
            el = Element("title", el.items, "".join([it.text for it in el.items]))
        out.append(el)
    return out


def _opens_title(el: Element, title: Element) -> bool:
    """Whether the one-line body ``el``, set tight over ``title``, is that headline's first line left open: it
    ends no sentence and goes on into the title's first line (:func:`~textclean.clean.wrapped.goes_on`: a clause
    mark, a conjunction or 的 at its end, a word broken across the break), as no running text's last line over a
    head does. A clause mark in it (which keeps it from reading as a headline line) is then the headline's own.

    Before (PyMuPDF, the second layout): ``body 今年经济社会发展的总体要求、主要预期目标和`` (21 em) over ``title
    宏观经济政策`` made an article of the line; after, one title (:func:`~textclean.clean.wrapped.join_wrapped_titles`
    joins the line left open). Not so: a line that ends a sentence or a phrase (``…推进改革开放``), a body of two
    lines or more, a line set apart from the title.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, t, gap=False: Element(kind, [Item(0, t, t, float(len(t)), gap, False, "text")], t)
    >>> _opens_title(mk("body", "今年经济社会发展的总体要求、主要预期目标和"), mk("title", "宏观经济政策"))
    True
    >>> _opens_title(mk("body", "今年经济社会发展的总体要求、主要预期目标"), mk("title", "宏观经济政策"))
    False
    >>> _opens_title(mk("body", "今年经济社会发展的总体要求、主要预期目标和"), mk("title", "宏观经济政策", True))
    False
    """
    line, first = el.items[0], title.items[0]
    return (
        len(el.items) == 1
        and line.role == first.role == "text"
        and line.width <= MAX_HEADLINE_WIDTH
        and not line.ends
        and not first.gap_before
        and goes_on(line, first)
    )


def open_titles_go_on(elements: list[Element]) -> list[Element]:
    """A title whose last line leaves its phrase open (a clause mark, a conjunction or 的 at its end, or a word
    broken across the break: :func:`~textclean.clean.wrapped.goes_on`) goes on in the line set tight under it,
    whatever that line was read as: a body's first line, or a byline of a name's length.

    No headline line ends so unless the headline goes on. Before: ``title 积极办好经济特区和`` / ``body
    进一步开放沿海城市`` / ``规定享受…`` (the title's second line read as the body's first), and ``title
    今后五年建设和改革的目标、方针和`` / ``byline 任务`` (two characters read as a name); after, the titles
    ``积极办好经济特区和进一步开放沿海城市`` and ``今后五年建设和改革的目标、方针和任务``. Not joined: a line set
    apart by a blank line, one that ends a sentence or holds a clause mark (running text), under a title
    that ends its phrase; a byline under a title whose last word it would only run on (``…做实做好维权服务`` /
    ``费平 苏炜``: only a title left open by its last mark takes a byline's line), a body's first line that opens a
    dateline (:func:`~textclean.clean.chardata.opens_dateline`; ``…学习笔记`` / ``本报兰州2月16日`` is no ``笔记本``).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t, gb=False, role="text": Item(0, t, t, float(len(t)), gb, False, role)
    >>> els = [Element("title", [mk("积极办好经济特区和")], "积极办好经济特区和"),
    ...        Element("body", [mk("进一步开放沿海城市"), mk("规定享受更优惠的待遇；放")])]
    >>> [(e.kind, e.text, len(e.items)) for e in open_titles_go_on(els)]
    [('title', '积极办好经济特区和进一步开放沿海城市', 2), ('body', '', 1)]
    >>> els[1] = Element("body", [mk("进一步开放沿海城市", gb=True), mk("规定享受更优惠的待遇；放")])
    >>> [e.kind for e in open_titles_go_on(els)]
    ['title', 'body']
    >>> els = [Element("title", [mk("1958年政府工作报告学习笔记")]), Element("body", [mk("本报兰州2月16日"), mk("电（记者 孔汐橦）")])]
    >>> [len(e.items) for e in open_titles_go_on(els)]
    [1, 2]
    """
    out: list[Element] = []
    for el in elements:
        prev = out[-1] if out else None
        if prev is None or prev.kind != "title" or el.kind not in ("body", "byline") or not el.items:
            out.append(el)
            continue
        first = el.items[0]
        if el.kind == "byline" and (len(el.items) > 1 or not left_open(prev.items[-1])):
            out.append(el)  # (a byline's names may run on a title's last word by chance: 服务 / 费平 苏炜)
            continue
        if not _goes_on_into(prev.items[-1], first) or opens_dateline(
            [it.text for it in el.items[:MAX_DATELINE_LINES]]
        ):
            out.append(el)  # (nor does a title go on into a dateline: ``…学习笔记`` / ``本报兰州2月16日``)
            continue
        out[-1] = Element("title", [*prev.items, first], prev.text + first.text)
        if len(el.items) > 1:
            out.append(Element(el.kind, el.items[1:], el.text))
    return out


def _goes_on_into(last: Item, nxt: Item) -> bool:
    """Whether the title line ``last`` goes on in ``nxt``, set tight under it: ``last`` leaves its phrase open or
    breaks a word into ``nxt``, which reads as a headline line (no sentence end, no clause mark, not too wide)."""
    if nxt.gap_before or nxt.ends or CLAUSE_PUNCT_RE.search(nxt.text) or nxt.width > MAX_HEADLINE_WIDTH:
        return False
    return last.role == "text" and goes_on(last, Item(nxt.no, nxt.raw, nxt.text, nxt.width, False, False, "text"))


def titles_breaking_words(elements: list[Element]) -> list[Element]:
    """A title whose last line breaks a word into the first line of the next body, or one lifted by its context
    (a line that is not headline-like by itself: it holds a clause mark) whose first line breaks a word out of the
    last line of the body before it, is a line of running text: the top line of a column that pdfminer reads as a
    block of its own, among the heads set beside it.

    No headline breaks a word with the text around it (:func:`~textclean.clean.lexicon.breaks_a_word`: of the
    devpages' titles, none does in any extractor's text); a column of text breaks lines anywhere. Before (pdfminer,
    devpages cpc-13-05): ``…有中国特色的社会主义，是马`` / ``column 要点速览`` / ``title 克思主义基本原理同中国现代化建`` /
    byline / ``body 设相结合的产物，…`` titled the article with the line; after, its lines open that body. Not so: a
    title that meets the text around it between words; a headline-like line after a body whose last word it would
    run on (pdftotext: ``…加强教师队伍建`` / ``党的十八大报告摘登``: a report's name opens a headline), over a body
    that opens indented (a paragraph's first line goes on from no word), or over a body past another head (:data:`HEAD_KINDS`; lay: ``治国理政`` / ``关于九大路线`` / ``党的九大是…``: a label on the page's
    top). The lines join the body they run on (into, or else out of), where the text read on from them is.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda kind, *ts: Element(kind, [Item(0, t, t, float(len(t)), True, True) for t in ts], "".join(ts))
    >>> els = [mk("body", "有中国特色的社会主义，是马"), mk("title", "克思主义基本原理同中国现代化建"), mk("body", "设相结合的产物")]
    >>> [(e.kind, len(e.items)) for e in titles_breaking_words(els)]
    [('body', 1), ('body', 2)]
    >>> els = [mk("body", "…修正主义路"), mk("title", "关于形势和任务"), mk("title", "线的实质，他们发动反革命武装政变"), mk("body", "的罪恶目的")]
    >>> [(e.kind, len(e.items)) for e in titles_breaking_words(els)]
    [('body', 2), ('title', 1), ('body', 1)]
    >>> els = [mk("body", "加强教师队伍建"), mk("title", "党的十八大报告摘登"), mk("body", "健康是促进人的全面发展")]
    >>> [(e.kind, len(e.items)) for e in titles_breaking_words(els)]
    [('body', 1), ('title', 1), ('body', 1)]
    """
    out = list(elements)
    for i, el in enumerate(elements):
        if el.kind != "title" or el.items[0].role != "text":
            continue
        prev = next((k for k in range(i - 1, -1, -1) if out[k].kind == "body" and out[k].items), None)
        nxt = next((k for k in range(i + 1, len(out)) if out[k].kind == "body" and out[k].items), None)
        lifted = not all(is_headline_like(it) for it in el.items)
        under = nxt is not None and (lifted or all(x.kind not in HEAD_KINDS for x in out[i + 1 : nxt]))
        if under and nxt is not None and _runs_into(el.items[-1], out[nxt].items):
            out[nxt] = Element("body", [*el.items, *out[nxt].items])
        elif lifted and prev is not None and breaks_a_word(out[prev].items[-1].text, el.items[0].text):
            out[prev] = Element("body", [*out[prev].items, *el.items])
        else:
            continue
        out[i] = Element("body", [])  # (its lines moved into the text they run on: dropped below)
    return [el for el in out if el.items]


def _runs_into(last: Item, below: list[Item]) -> bool:
    """Whether line ``last`` breaks a word into the first of the body lines ``below``, a line that does not open
    indented (a paragraph's first line, ``\u3000\u3000党的二十大报告…``, goes on from no word above it) nor with a
    dateline (:func:`~textclean.clean.chardata.opens_dateline`: ``…学习笔记`` / ``本报兰州2月16日`` is no ``笔记本``).

    >>> mk = lambda t: Item(0, t, t.strip(), float(len(t.strip())), True, True)
    >>> _runs_into(mk("注重保障和改善民生，切"), [mk("实解决人民群众")]), _runs_into(mk("建设中国特色社会"), [mk("\u3000\u3000党的二十大报告")])
    (True, False)
    >>> _runs_into(mk("1958年政府工作报告学习笔记"), [mk("本报兰州2月16日"), mk("电（记者 孔汐橦）"), mk("一九五七年是")])
    False
    """
    first = below[0]
    if first.raw[:1].isspace() or opens_dateline([it.text for it in below[:MAX_DATELINE_LINES]]):
        return False
    return breaks_a_word(last.text, first.text)


def subtitle_tails(elements: list[Element]) -> list[Element]:
    """A title set right under a title's ``——`` subtitle, over its story's byline or text, and no wider than the
    subtitle's line, is the subtitle's wrapped end (PyMuPDF sets no blank line to tell).

    A subtitle is set in a smaller type than its title; wrapped in the head's measure, its last line is short, and
    it stands between the subtitle and the story's byline or dateline, where no title of its own stands (the title
    is over the subtitle). Before (PyMuPDF): ``title 个人信息“裸奔”背后的黑色产业链`` / ``subtitle
    ——检察官提醒：快递单、证件照不要`` / ``title 随意丢弃`` / ``byline 本报记者 X`` read ``随意丢弃`` as the title and the
    title as its kicker; after, the subtitle ``——检察官提醒：快递单、证件照不要随意丢弃``. Not joined: a title wider
    than the subtitle's line (its own type), one over another head (a title, a column label: the next story's
    stack) or over text that does not open with a dateline (a section's label, a box's or a chart's title over
    text of its own: ``——男子从20楼扔花盆被判刑`` / ``案情回顾`` / ``今年4月，…``), a numbered line (a subheading of
    the text: ``（一）每天吃盐别超过5克``), a subtitle with no title over it (:func:`subtitle_tail`).
    """
    if not any(el.kind == "subtitle" for el in elements):
        return elements
    out: list[Element] = []
    i = 0
    while i < len(elements):
        el = elements[i]
        if subtitle_tail(out[-1] if out else None, el, elements[i + 1 : i + 3]):
            tail = elements[i + 1]
            out.append(Element("subtitle", [*el.items, *tail.items], el.text + tail.text))
            i += 2
            continue
        out.append(el)
        i += 1
    return out


def subtitle_tail(above: Element | None, sub: Element, after: list[Element]) -> bool:
    """Whether ``after[0]`` is the wrapped end of the ``——`` subtitle ``sub`` (:func:`subtitle_tails`): ``sub`` one
    line under a title, ``after[0]`` a title whose lines are no wider than that line (:data:`TAIL_SLACK`), its last
    short of it (:data:`TAIL_MAX_SHARE`), over the story's byline or its dateline (:func:`_opens_story`), and the
    subtitle's line running on into it (:func:`~textclean.clean.subtitleruns.runs_on`: a banner's complete ``——``
    line over the first story's own title, ``——…考察湖南纪实`` / ``幸福的笑脸``, a source, ``——数据来源：…``, is none).

    >>> mk = lambda kind, *ts: Element(kind, [Item(0, t, t, float(len(t)), False, False) for t in ts], "".join(ts))
    >>> head = mk("title", "个人信息“裸奔”背后的", "黑色产业链")
    >>> subtitle_tail(head, mk("subtitle", "——检察官提醒：快递单、证件照不要"), [mk("title", "随意丢弃"), mk("byline", "本报记者 王明")])
    True
    >>> subtitle_tail(head, mk("subtitle", "——记者手记"), [mk("title", "科技赋能乡村振兴"), mk("byline", "本报记者 王明")])
    False
    >>> subtitle_tail(head, mk("subtitle", "——检察官提醒：快递单、证件照不要"), [mk("title", "随意丢弃"), mk("column", "短评")])
    False
    """
    if sub.kind != "subtitle" or above is None or above.kind != "title" or len(sub.items) != 1 or not after:
        return False
    line, tail = sub.items[0], after[0]
    if not ATTRIBUTION_RE.match(line.text) or tail.kind != "title":
        return False
    if ATTRIBUTION_RE.match(tail.text) or ENUM_OPENER_RE.match(tail.text):
        return False
    if len(after) < 2 or not _opens_story(tail, after[1]):
        return False
    if tail.items[0].gap_before or DATELINE_PAPER_RE.match(tail.text):
        return False  # (set apart from the subtitle, or a dateline read out of its text: pdfminer, pdftotext)
    if tail.items[-1].width > TAIL_MAX_SHARE * line.width:
        return False
    if not all(it.role == "text" and it.width <= line.width + TAIL_SLACK for it in tail.items):
        return False
    return runs_on(line.text, tail.items[0].text)


def _opens_story(tail: Element, under: Element) -> bool:
    """Whether ``under``, set under the title ``tail``, opens the story of the head above: its byline, or its text
    opening with the story's dateline on the very next line (a section's label, a box's or a chart's title is
    followed by text of its own, and a chart's furniture dropped between leaves a line gap)."""
    if under.kind == "byline":
        return True
    if under.kind != "body" or under.first != tail.last + 1:
        return False
    return opens_dateline([it.text for it in under.items[:MAX_DATELINE_LINES]])
