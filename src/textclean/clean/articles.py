"""Layout elements -> articles with metadata.

The page's elements (:mod:`~textclean.clean.layout`) are grouped into drafts around their
bodies and given their headline material (:mod:`~textclean.clean.assign`); each draft then becomes an
:class:`~textclean.models.Article`: its body's blocks
(:mod:`~textclean.clean.blocks`), its title (or the body's first line when it
reads as one), authors, closing note and the raw line spans it came from.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from textclean.clean.assign import assign_headlines
from textclean.clean.bannerlines import name_under_spread_top
from textclean.clean.blocks import body_blocks
from textclean.clean.bodytitle import label_over_body_title, opens_with_dateline, opens_with_title, title_lines
from textclean.clean.boxitems import label_box_items
from textclean.clean.boxsplit import split_box_items
from textclean.clean.briefs import (
    brief_after_brief,
    brief_bodies,
    brief_starts,
    has_stop,
    lone_brief,
    own_briefs_after_brief,
    unmarked_article,
    unmarked_title,
)
from textclean.clean.bylines import byline_names, byline_run_on, closing_names, run_in_signature
from textclean.clean.chardata import (
    AFFILIATION_RE,
    BOX_GLYPHS,
    BRACKET_LABEL_RE,
    BYLINE_SPLIT_RE,
    COLUMN_RE,
    COMPILER_RE,
    DASHES,
    SECTION_NUMBER_RE,
)
from textclean.clean.drafts import Draft
from textclean.clean.editornotes import untitled_notes_over
from textclean.clean.folios import banner_off_folio
from textclean.clean.furniture import date_line_top, date_lines
from textclean.clean.layout import page_elements
from textclean.clean.lexicon import opens_as_label
from textclean.clean.ornaments import glued_label, label_of, marked_label, over_label
from textclean.clean.ownheadbox import glued_head_box, own_head_box
from textclean.clean.quotetails import quote_tail
from textclean.clean.quotetwice import quote_printed_twice
from textclean.clean.repair import join_lines
from textclean.clean.roles import Element, ElementKind, Item
from textclean.clean.rundatelines import dateline_after_stray, run_in_dateline
from textclean.clean.runinbylines import run_in_byline_off
from textclean.clean.runinlabels import repeated_labels, run_in_label
from textclean.clean.runinpieces import box_label_at, box_starts, label_titled_box, plain_page
from textclean.clean.runinstory import signed_as_one, untitled_box
from textclean.clean.sections import in_section_order
from textclean.clean.strayheads import title_untitled
from textclean.clean.subtitlehalves import subtitle_halves
from textclean.clean.typesetting import is_column_label
from textclean.models import Article, Block, Page


def article_id(source: str, sha256: str, index: int) -> str:
    """Stable id: same input name and bytes give the same id on every machine.

    >>> len(article_id("a.txt", "00" * 32, 0))
    16
    >>> article_id("a.txt", "00" * 32, 0) == article_id("a.txt", "00" * 32, 0)
    True
    """
    return hashlib.sha256(f"{source}\0{sha256}\0{index}".encode()).hexdigest()[:16]


def build_articles(page: Page, first: int = 0, elements: list[Element] | None = None) -> list[Article]:
    """Turn a decoded page into its articles, in the reading order of their bodies.

    ``first``: the number of articles of the same input built before (a page cleaned in parts), so ids stay unique;
    ``elements``: the page's layout elements when already read (:func:`~textclean.clean.layout.page_elements`).
    """
    texts = [ln.text for ln in page.lines]
    elements = page_elements(page.lines) if elements is None else elements
    dated = name_under_spread_top(elements, date_line_top(page.lines))
    drafts, units, banner = assign_headlines(elements, dated, bool(date_lines(texts)))
    banner_text = banner_off_folio(banner.items[0].raw, banner.text) if banner is not None else None
    plain = plain_page("\n".join(texts))
    articles = [
        brief
        for d, draft in enumerate(drafts)
        for brief in _draft_articles(
            page, first + d, draft, [el for u in units if u.draft == d for el in u.elements], banner_text, plain
        )
    ]
    # (the ids are numbered once, at the end: no step between reads them)
    boxed = split_box_items(title_untitled(repeated_labels(articles), page), page)  # (items read as one: boxsplit.py)
    articles = subtitle_halves(label_box_items(boxed, page), page)
    articles = [replace(a, article_id=article_id(page.source, page.sha256, first + n)) for n, a in enumerate(articles)]
    return untitled_notes_over([quote_tail(quote_printed_twice(unmarked_article(a), page), page) for a in articles])


def _draft_articles(
    page: Page, index: int, draft: Draft, headline: list[Element], banner: str | None, plain: bool
) -> list[Article]:
    """The article of ``draft`` (:func:`_article`), or its articles when its body is or ends in a box of news briefs
    (:func:`split_briefs`): the text before the box stays the draft's article where a short label line stands just
    over the first brief (:func:`~textclean.clean.runinpieces.box_label_at`, ``速览``: the box's label read into the body above it), the
    briefs' column. Without such a label, glyph-led run-in heads inside a story are its own sections: it stays whole.

    Before (PyMuPDF, lay5-011): a story's body ran on into ``速览`` and four briefs ``■ 加强社会主义民主和法制建设…``;
    after, the story ends at ``整。`` and the four briefs are articles of column ``速览``.
    A draft that is the box alone takes as column a label over it read as a name (:func:`label_read_as_name`).
    """
    items = draft.body_lines()
    glyph_headed = any(e.kind == "title" and e.text[:1] and e.text[0] in BOX_GLYPHS for e in headline)  # (a head)
    boxed = any(e.kind == "title" and is_column_label(e.text) and not has_stop(e.text) for e in headline)
    starts = brief_starts(items, own_line=boxed) or brief_after_brief(items, glyph_headed)  # (boxed: under a label)
    owned = [] if starts else own_briefs_after_brief(items, glyph_headed)  # (heads on lines of their own: briefs.py)
    starts = starts or owned
    if not starts:
        return runin_articles(page, index, draft, headline, banner, items, plain)  # (pieces with no glyph)
    signed = _note_fields(draft)[2]
    if starts[0][0] == 0:
        article = _article(page, index, draft, headline, banner, items)
        if (named := label_read_as_name(headline, items[0])) is not None:
            article = replace(article, column=named)
        return split_briefs(article, items, signed, page, headline)
    cut = starts[0][0]
    labelled = box_label_at(items, cut)
    if not labelled and not glyph_headed:  # (a brief headed by its own head parts the next one: briefs.py)
        return [_article(page, index, draft, headline, banner, items)]
    lead_draft = replace(draft, note=None) if owned else draft  # (the closing note signs the box's last brief)
    lead = _article(page, index, lead_draft, headline, banner, items[: cut - labelled])
    lead = replace(lead, line_spans=_spans(page, [*headline, Element("body", items[: cut - labelled])]))
    label = [Element("column", [items[cut - 1]], items[cut - 1].text.strip())] if labelled else []
    box = Article(
        lead.article_id, lead.source, lead.source_sha256, label[0].text if label else "", [], [], lead.page_banner
    )
    box = replace(box, column=lead.column) if owned and not label else box  # (the box's label, over the first)
    found = [(a - cut, b - cut, head, rest) for a, b, head, rest in owned] or None
    return [lead, *split_briefs(box, items[cut:], signed, page, label, found)]


def runin_articles(
    page: Page, index: int, draft: Draft, headline: list[Element], banner: str | None, items: list[Item], plain: bool
) -> list[Article]:
    """The draft's article, parted into the pieces of a box of run-in pieces (:mod:`~textclean.clean.runinpieces`):
    the text over the first stays the article (the box's first piece, or a story over the box's label line, which
    is then the pieces' column: lay8 econ-06), the pieces take its column (the box's label)."""
    article = _article(page, index, draft, headline, banner, items)
    bylined = any(e.kind == "byline" for e in headline)  # (a closing note's names sign a piece, heading no story)
    starts = box_starts(
        items, plain, article if bylined else replace(article, authors=[]), any(e.kind == "title" for e in headline)
    ) or own_head_box(items, article, bylined)  # (a box whose heads stand alone: ownheadbox.py)
    titled = any(e.kind == "title" and not is_column_label(e.text) for e in headline)  # (a headline, not a label)
    glued = [] if starts else glued_head_box(items, article, bylined, titled)
    starts = starts or glued  # (a box whose heads are glued to their text: no headline over it but its label)
    if not starts or starts[0][0] == 0:  # (the box's label read as its title: a headline is no piece's head)
        boxed = untitled_box(article, starts) or bool(glued)  # (a box's items read apart: a label, runinstory.py)
        found = starts if is_column_label(article.title) or boxed else None  # (else a lone brief: briefs.py)
        return split_briefs(article, items, [] if found else _note_fields(draft)[2], page, headline, found)
    cut = starts[0][0]
    end = cut - (labelled := box_label_at(items, cut))  # (the box's label read into the text: labelled_box)
    if not labelled and article.column is None and signed_as_one(_note_fields(draft)[2], items):
        return [article]  # (a closing note signs the story, no box's label heading it: its sections' run-in heads)
    lead = _article(page, index, draft, headline, banner, items[:end])
    lead = replace(lead, line_spans=_spans(page, [*headline, Element("body", items[:end])]))
    column = items[end].text.strip() if labelled else article.column
    if not labelled and label_titled_box(article, starts, lead):  # (the box's label read as its first piece's title)
        lead, column = replace(lead, title="", column=article.title), article.title
    box = replace(article, title="", authors=[], author_note=None, column=column)
    return [lead, *split_briefs(box, items[cut:], [], page, [], [(a - cut, b - cut, h, r) for a, b, h, r in starts])]


def label_read_as_name(headline: list[Element], first: Item) -> str | None:
    """The label of a box of briefs read as a byline: a line of the headline set right over the box's ``first``
    line, one word of a label's length (:func:`is_column_label`), read as a reporter's name (a two-character word
    opening with a surname). A box of briefs carries no byline of its own: each brief is signed at its end
    (``（记者 X）``), so a lone word right over the box is the label it is headed by; a byline names reporters
    after a role word, or several names.

    Before (PyMuPDF, lay5-019): the box's label ``简讯`` (简 is a surname) read as the byline of the draft of the
    box, and its two briefs had no column; after, both are of column ``简讯``.

    >>> mk = lambda kind, t, no=0: Element(kind, [Item(no, t, t, float(len(t)), True, True)], t)
    >>> box = mk("body", "■ 加快社会主义经济", 1).items[0]
    >>> label_read_as_name([mk("byline", "简讯")], box), label_read_as_name([mk("byline", "记者 王雎")], box)
    ('简讯', None)
    >>> label_read_as_name([mk("title", "速览")], box), label_read_as_name([mk("byline", "简讯", 5)], box)
    (None, None)
    """
    for el in headline:
        text = el.text.strip()
        over = len(el.items) == 1 and 0 < first.no - el.items[0].no <= 1 + el.items[0].gap_after  # (blank between)
        if el.kind == "byline" and over and is_column_label(text):
            return text if not has_stop(text) else None
    return None


def split_briefs(
    article: Article,
    items: list[Item],
    signed: list[str],
    page: Page,
    lead_in: list[Element],
    found: list[tuple[int, int, str, str]] | None = None,
) -> list[Article]:
    """A box of news briefs read as one article, parted into its briefs (:func:`~textclean.clean.briefs.brief_starts`):
    each brief's title is its run-in head, its body the text after it, its column the box's label (the article's
    column, else its title: the label printed once over the box), its authors its closing ``（记者 X）``, its line
    spans its own lines (the first brief's with ``lead_in``, the elements printed over the box).

    Before (PyMuPDF, lay5-005): one article titled ``民生简报``, text ``■ 提高能源的利用效率能源、交通是…（记者 马箐）``
    and ``■ 提高宏观调控水平，保持经济平稳较快发展要继续实施…``; after, two articles of column ``民生简报``, titled
    ``提高能源的利用效率`` (authors ``['马箐']``) and ``提高宏观调控水平，保持经济平稳较快发展``. Left whole: an
    article whose body does not open with a brief, or holds one alone, or is headed by a title that is no label (a
    story's headline over glyph-led sections); untitled, the briefs have no column. A brief has no kicker nor
    subtitle: one read over the box is another head's, matched to the box by mistake; ``signed``: the names
    of a closing note under the box, the last brief's.
    """
    label = article.column or (
        article.title if is_column_label(article.title) and not has_stop(article.title) else None
    )
    titled_by_label = label is not None and label == article.title  # (the box's label read as its title)
    starts = found or brief_starts(items, titled_by_label) or lone_brief(items, titled_by_label or not article.title)
    if not starts or (not found and article.blocks and article.blocks[0].text[:1] != items[0].text[:1]):
        return [article]
    if label is None and article.title and not found:
        return [article]  # (a headline over glyph-led sections: a story's, not a box's)
    ends = [s[0] for s in starts[1:]] + [len(items)]
    out = []
    for n, ((first, _, head, _), lines) in enumerate(zip(starts, brief_bodies(items, starts), strict=True)):
        authors, blocks = run_in_signature(body_blocks(lines))
        if not authors and n == len(starts) - 1:
            authors = signed or []  # (the last brief's ``（记者 X）`` read as the box's closing note, ``signed``)
        own = [*(lead_in if n == 0 else []), Element("body", items[first : ends[n]])]
        brief = replace(article, title=head, blocks=blocks, column=label, kicker=None, subtitle=None, authors=authors)
        out.append(replace(brief, line_spans=_spans(page, own)))
    return out


def _article(
    page: Page, index: int, draft: Draft, headline: list[Element], banner: str | None, items: list[Item]
) -> Article:
    """The article of ``draft``, the ``index``-th of the page, given its ``headline`` elements and body ``items``."""
    parts = _collect_parts(headline)
    title = parts.get("title")
    if title is not None and "column" not in parts and (n := label_over_body_title(title.text, items)):
        parts["column"] = title  # (a column label over a body that opens with its headline: bodytitle.py)
        title_text, blocks = join_lines([it.text for it in items[:n]]), body_blocks(items[n:])
    elif title is not None and "kicker" not in parts and opens_as_label(title.text) and title_lines(items) == 2:
        parts["kicker"] = title  # (a label over a body that opens with its wrapped title: that label is its kicker)
        title_text, blocks = join_lines([it.text for it in items[:2]]), body_blocks(items[2:])
    elif title is not None:
        title_text, blocks = headline_text(title), body_blocks(items)
    else:
        title_text, blocks = title_from_first_line(items)
        if not title_text:
            title_text, blocks = title_from_sole_heading(blocks)
    note_text, affiliation, compilers = _note_fields(draft)
    byline = parts.get("byline")
    authors = _byline_authors(byline) if byline is not None else compilers
    if byline is not None and (run_on := byline_run_on(byline.text, blocks))[0]:
        authors, blocks = run_on  # (``本报记者A、B报`` / ``道：…``: the byline's end in the text, bylines.py)
    signed, blocks = run_in_signature(blocks)  # (a signature leaves the text even under a byline)
    authors = authors or signed
    dateline_names, blocks = run_in_dateline(blocks)
    if not (dateline_names or authors):
        dateline_names, blocks = dateline_after_stray(blocks)  # (under another story's paragraph: rundatelines.py)
    authors = dateline_names or authors  # (a dateline's reporters over a byline's names: run_in_dateline)
    if not authors and items:
        authors, blocks = run_in_byline_off(blocks, items)  # (``■钱慧好的制度…``: runinbylines.py)
    subtitle = parts.get("subtitle")
    column = parts.get("column")
    column_text = None
    if column is not None:
        column_text = label_text(column.text)
    elif (run_in := run_in_label(title_text, "".join([b.text for b in blocks]))) is not None:
        column_text, title_text = run_in  # (a label run in before the headline on its line: runinlabels.py)
    elif (glued := glued_label(title_text)) is not None:
        column_text, title_text = glued  # (``●人民时评●`` glued to the headline: ornaments.py)
    title_text = unmarked_title(title_text)  # (a brief's glyph is no part of its head: briefs.py)
    used = [*draft.bodies, *headline, *draft.head_notes, *([draft.note] if draft.note else [])]
    blocks = in_section_order(blocks)
    return Article(
        article_id=article_id(page.source, page.sha256, index),
        source=page.source,
        source_sha256=page.sha256,
        title=title_text,
        blocks=blocks,
        line_spans=_spans(page, used),
        page_banner=_or_none(banner),
        column=_or_none(column_text),
        kicker=_or_none(parts["kicker"].text if "kicker" in parts else None),
        subtitle=_or_none(subtitle.text.lstrip(DASHES).strip() if subtitle is not None else None),
        authors=authors,
        author_note=_or_none(note_text),
        affiliation=_or_none(affiliation),
        pull_quote=_or_none(parts["box"].text if "box" in parts else None),
    )


def label_text(text: str) -> str:
    """A column label's text: without its logo letter (``G 前沿观察``), its brackets or ornaments (``【民情直通车】``,
    ``●今日关注●``, :data:`~textclean.clean.chardata.BRACKET_LABEL_RE`) or the glyph it opens with (``■经济观察``).

    >>> [label_text(t) for t in ("G 前沿观察", "【民情 直通车】", "●今日关注●", "■经济观察", "今日谈")]
    ['前沿观察', '民情直通车', '今日关注', '经济观察', '今日谈']
    """
    m = COLUMN_RE.match(text)
    if m:
        return re.sub(r"\s+", "", m.group(1))
    b = BRACKET_LABEL_RE.match(text)
    return re.sub(r"\s+", "", b.group(1)) if b else (label_of(text) or unmarked_title(text))


def _or_none(text: str | None) -> str | None:
    """An optional field's text, None when it holds nothing: a headline part that came out empty (a pull-quote
    marker ``●观 点`` whose quote went to another article) is no part. The schema holds an optional text to be
    null or nonblank; an empty one failed validation and quarantined the whole article, body and all.

    >>> _or_none(""), _or_none("  "), _or_none("观点"), _or_none(None)
    (None, None, '观点', None)
    """
    return text if text is not None and text.strip() else None


def title_from_sole_heading(blocks: list[Block]) -> tuple[str, list[Block]]:
    """For a body no headline was matched to, nor a first line read as its title: its one unnumbered subheading as
    the title (``("", blocks)`` when it holds none, or several); and the blocks without it.

    Subheadings part a text into sections, and a text parted so is parted more than once, or numbered
    (``（一）``, ``一、``); a title the extractor read after the first lines of its body (set beside them, or over
    the columns after the first) stands among them as one heading, unnumbered. Before (pdfminer): an untitled
    article whose text held ``推进祖国和平统一`` as a heading between two paragraphs; after, its title.

    >>> p, h = (lambda t: Block("paragraph", t)), (lambda t: Block("heading", t))
    >>> title_from_sole_heading([p("甲。"), h("推进祖国和平统一"), p("乙。"), h("（一）实行“一国两制”"), p("丙。")])
    ('推进祖国和平统一', [Block(kind='paragraph', text='甲。'), Block(kind='paragraph', text='乙。'), Block(kind='heading', text='（一）实行“一国两制”'), Block(kind='paragraph', text='丙。')])
    >>> title_from_sole_heading([p("甲。"), h("鼓励企业承担主体责任"), p("乙。"), h("畅通技能人才职业发展通道"), p("丙。")])[0]
    ''
    """
    sole = [k for k, b in enumerate(blocks) if b.kind == "heading" and not SECTION_NUMBER_RE.match(b.text)]
    if len(sole) != 1:
        return "", blocks
    k = sole[0]
    return blocks[k].text, [*blocks[:k], *blocks[k + 1 :]]


def headline_text(head: Element) -> str:
    """The text of a headline element of several lines: its lines joined (:func:`~textclean.clean.repair.join_lines`:
    a space between two Latin words), keeping the space set between the two halves of a two-part headline
    when they were joined from two lines (:mod:`~textclean.clean.assign` writes it into the element's text).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> headline_text(Element("title", [mk("一定要抓革命促生产"), mk("把国民经济搞上去")], "一定要抓革命促生产 把国民经济搞上去"))
    '一定要抓革命促生产 把国民经济搞上去'
    >>> headline_text(Element("title", [mk("推动党的二十大"), mk("精神在工会系统落地见效")], "推动党的二十大精神在工会系统落地见效"))
    '推动党的二十大精神在工会系统落地见效'
    >>> headline_text(Element("title", [mk("the World"), mk("Bank")], "the WorldBank"))
    'the World Bank'
    """
    joined = join_lines([it.text for it in head.items])
    text = head.text.strip()
    if text.count(" ") > joined.count(" ") and text.replace(" ", "") == joined.replace(" ", ""):
        return text
    return joined


def _spans(page: Page, elements: list[Element]) -> list[tuple[int, int]]:
    """Raw line spans of the elements, merged across blank lines.

    An element's lines follow one another, but a pull-quote box's: pdfminer may read a box line by line with the
    column beside it, and :func:`~textclean.clean.interleaved.untangle_box` gives those lines to the column. A box's
    lines are taken one by one, so its article does not claim the column's lines between them.

    >>> from textclean.models import Line
    >>> page = Page("p.txt", "0" * 64, "utf-8", tuple(Line(k, t) for k, t in enumerate(["甲", "", "乙", "丙", "丁"])))
    >>> mk = lambda k: Item(k, "字", "字", 1.0, False, False)
    >>> _spans(page, [Element("box", [mk(0), mk(2), mk(4)])]), _spans(page, [Element("body", [mk(0), mk(2), mk(4)])])
    ([(0, 2), (4, 4)], [(0, 4)])

    A body whose lines were read out of order (:func:`~textclean.clean.rowread.read_columns` put them back) is
    taken line by line too:

    >>> _spans(page, [Element("body", [mk(4), mk(0)])])
    [(0, 0), (4, 4)]
    """
    raw: list[tuple[int, int]] = []
    for e in elements:
        if e.kind == "box" or e.first > e.last:
            raw.extend((it.no, it.no) for it in e.items)
        elif e.items:
            raw.append((e.first, e.last))
    raw.sort()
    out: list[list[int]] = []
    for a, b in raw:
        if out and all(page.lines[k].blank for k in range(out[-1][1] + 1, a) if k < len(page.lines)):
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return [(a, b) for a, b in out]


def _byline_authors(byline: Element) -> list[str]:
    """The names of a byline element (one or more byline lines), without role words.

    >>> _byline_authors(Element("byline", [], "本报记者 柳朗澜 冯琪黛"))
    ['柳朗澜', '冯琪黛']
    """
    names: list[str] = []
    lines = [it.text for it in byline.items] if byline.items else [byline.text]
    for line in lines:
        found = byline_names(line)
        names += found if found is not None else [n for n in BYLINE_SPLIT_RE.split(line) if n]
    return names


def _note_fields(draft: Draft) -> tuple[str | None, str | None, list[str]]:
    """``(author_note, affiliation, names)`` from a draft's notes (set over its body, then its closing note), their
    texts joined: the compilers of ``（张菁 整理）``, the author of a note that holds only a name, ``（蒋悦哲）`` (then
    no note)."""
    texts: list[str] = []
    affiliation: str | None = None
    names: list[str] = []
    for note in [*draft.head_notes, *([draft.note] if draft.note else [])]:
        text, aff, found = _one_note(note)
        texts += [text] if text else []
        affiliation, names = affiliation or aff, names + found
    return (" ".join(texts) or None), affiliation, names


def _one_note(note: Element) -> tuple[str | None, str | None, list[str]]:
    """``(author_note, affiliation, names)`` of one note (:func:`_note_fields`)."""
    text = join_lines([it.text for it in note.items]).strip()
    if text[:1] in "（(" and text[-1:] in "）)":
        text = text[1:-1].strip()
    signed = closing_names(f"（{text}）")
    if signed:  # ``（蒋悦哲）``: the author's name closing the article, no note
        return None, None, signed
    aff = AFFILIATION_RE.match(text)
    comp = COMPILER_RE.match(text)
    names = comp.group(1).replace("、", " ").split() if comp else []
    return text, (aff.group(1).strip() if aff else None), names


def _collect_parts(elements: list[Element]) -> dict[ElementKind, Element]:
    """One element per kind for an article; a second element of a kind given to the same
    article (a rare leftover) is joined to the first, never dropped: bylines add names,
    texts are joined with a space; the same text given twice (a kicker the page prints again, over two pieces of
    the article joined, :mod:`~textclean.clean.titledpieces`) is said once. A kicker that reads as a column label (:func:`is_column_label`) is the
    column, when the article has none: ``史料钩沉`` over ``1982年政府工作报告选读`` over the title were one
    kicker ``史料钩沉 1982年政府工作报告选读``; now column and kicker.

    >>> mk = lambda kind, t: Element(kind, [], t)
    >>> sorted((k, e.text) for k, e in _collect_parts([mk("kicker", "史料钩沉"), mk("kicker", "1982年政府工作报告选读")]).items())
    [('column', '史料钩沉'), ('kicker', '1982年政府工作报告选读')]
    >>> sorted((k, e.text) for k, e in _collect_parts([mk("kicker", "党的十九大报告摘编")]).items())
    [('kicker', '党的十九大报告摘编')]
    >>> [e.text for e in _collect_parts([mk("kicker", "2019年政府工作任务"), mk("kicker", "2019年政府工作任务")]).values()]
    ['2019年政府工作任务']
    """
    parts: dict[ElementKind, Element] = {}
    for el in [el for el in elements if not over_label(el, elements)]:  # (a band over the label: ornaments.py)
        if el.kind == "kicker" and "column" not in parts and (is_column_label(el.text) or marked_label(el.text)):
            el = Element("column", el.items, el.text)  # (a plain label, set with no logo, or one in its ornaments)
        have = parts.get(el.kind)
        if have is None or (el.kind == "column" and marked_label(el.text) and not marked_label(have.text)):
            parts[el.kind] = el  # (a label in its ornaments over a plain word read as one: the letter's place)
        elif el.kind == "column" and marked_label(have.text) and not marked_label(el.text):
            continue
        elif have.text.replace(" ", "") != el.text.replace(" ", ""):  # (the same text twice is said once)
            sep = "" if el.kind == "box" else " "
            parts[el.kind] = Element(el.kind, [*have.items, *el.items], f"{have.text}{sep}{el.text}")
    return parts


def title_from_first_line(items: list[Item]) -> tuple[str, list[Block]]:
    """For a body no headline was matched to: its first line as the title when it reads as one; and the blocks.

    When no headline on the page was matched to this body, the likeliest one
    is a first line that reads as a title (:func:`~textclean.clean.bodytitle.opens_with_title`:
    headline-like, shorter than a paragraph's first line, its words not carried on
    into the next). Returns the title ("" when there is none: the article is
    written untitled, CONTRACT.md) and the body's blocks without it.

    >>> mk = lambda t, w: Item(0, t, t, w, True, True)
    >>> title_from_first_line([mk("推进工会工作", 6), mk("法律是治国之重器，法治是治国", 14), mk("理政的基本方式。", 8)])
    ('推进工会工作', [Block(kind='paragraph', text='法律是治国之重器，法治是治国理政的基本方式。')])
    >>> title_from_first_line([mk("以法治化建设推进工会", 12), mk("法律是治国之重器，法治是治国", 14), mk("理政的基本方式。", 8)])[0]
    ''
    """
    if not opens_with_title(items) or opens_with_dateline(items):
        return "", body_blocks(items)  # (a dateline's first line is the story's text)
    return join_lines([items[0].text]), body_blocks(items[1:])
