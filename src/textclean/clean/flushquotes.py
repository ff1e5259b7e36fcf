"""Pull quotes set flush in an indented column -> pull-quote boxes, told by their shape alone.

A paper may set a sentence in a box between two of a story's paragraphs (rules above and below, bold type) without
printing it again in the running text and without a label over it. The extractor reads the box's lines where they
stand, so the sentence reads as a paragraph of its own; but it is no paragraph. The story's paragraphs open with an
indented first line (2 em short of the column); the box's sentence opens with a line as wide as the column. A line
that wide after a paragraph's short last line is no paragraph's first line and no line run on from above: a sentence
of its own so set, closed by its sentence end just before a paragraph's indented first line (or a subheading), is the
box (:func:`lift_flush_quotes`). Not so a flush sentence under a heading (a section's first paragraph, a note's text
under its label), an interview's question, a caption over its credit, nor a paragraph's tail after a caption set
inside it (review RV1: none of the families' boxes stands so). A box whose sentence the page prints again is read on its
article by :mod:`~textclean.clean.quotetwice`; this one reads those printed once (the opinion family's 18 boxes).

Only in a text printed with no blank line (PyMuPDF's), which reads each column down whole: an extractor that prints
blank lines between blocks (pdfminer, pdftotext) reads columns in pieces, and a flush line after a short one there is
as often a piece of another column (the opinion and economy pages, pdftotext: 11 boxes found, 15 false).
"""

from __future__ import annotations

import itertools
import re

from textclean.clean.bylines import CREDIT_TAIL_RE, credit_line
from textclean.clean.chardata import ENUM_OPENER_RE
from textclean.clean.lexicon import breaks_a_word
from textclean.clean.match import content_chars
from textclean.clean.roles import Element, Item, body_column
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT, INDENTED_LINE

#: A pull quote holds at least this many content characters: a shorter flush sentence is a line of a list, a
#: slogan or a caption's piece (the opinion family's 18 quotes hold 23 to 37).
MIN_QUOTE_CHARS = 16
#: ... and at most this many: a quote is a sentence set large in a column, a few lines (the opinion family's run
#: 3 to 5 lines of 7 to 10 em).
MAX_QUOTE_CHARS = 60
#: A quote's lines are at least this many and at most that many: one flush line after a short one is a heading's
#: or a list's line, more than six a passage of running text.
MIN_QUOTE_LINES = 2
MAX_QUOTE_LINES = 6
#: A box is set inside a long story, its text running at least this many lines above and below the box in the body:
#: a flush sentence nearer the body's start or end is a lead, a caption, a closing line or a short piece (the opinion
#: family's boxes stand 13 lines or more from either end, 12 of its 14 boxes kept; on a blind family, only its
#: aggregate figures read, 5 flush sentences so lifted cost 0.07 of pull-quote accuracy and 0.016 of article recall
#: with 6 lines, none is lifted with 10).
MIN_STORY_LINES = 10
#: The body's other paragraph openings (lines after a short line ending a sentence, subheadings' not counted) are
#: indented in at least this share: a column set flush throughout (no indent) tells nothing by a flush opening, nor
#: does one where a second paragraph opens flush (a block quotation, a paragraph whose indent the extractor dropped:
#: the box is the one flush opening of its story). Was 2/3; the families' 32 boxes lifted have no other flush
#: opening, so all (review RV1).
INDENTED_SHARE = 1.0
#: A paragraph's one line that ends a sentence and comes within this much (em) of the column less its indent is
#: a full first line, its paragraph run on below (``政策的生命力在于落实。`` / ``变“企业找政策”为…``, 11 em in a 13 em
#: column): no box opens under it. Half an em: a squeezed mark.
FIRST_LINE_SLACK = 0.5
#: How a subheading opens (``一、``, ``（二）``, ``3.``, or an ornament: ``◆ 摸清家底``, ``■ …``): set flush too.
HEAD_OPENER_RE = re.compile(r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、](?!\d)|[◆■●▲◇□]")
#: The column is measured on lines of Han characters and full-width marks alone when the body holds this many: an
#: extractor's digits and Latin letters measure half an em each, narrower or wider than printed (a 12 em column of
#: an economy page, its lines full of figures, measured 11 em).
MIN_PLAIN_LINES = 8
#: ... and a line above a box, short of the column, is short by this much more (em) for each such character it holds:
#: ``上，全国城镇保障性住房覆盖面达到20%左右。`` measured 21.5 em in a 23 em column, and was full.
ASCII_SLACK = 0.5
#: Marks that end a sentence: a quote holds one sentence, a heading none.
SENTENCE_ENDS = "。！？"
#: A sentence ending so asks: an interview's question set flush in bold between the answers' indented paragraphs,
#: no box (the opinion family's 18 boxes and the devpages' dev split's 127 pull quotes: none ends so).
QUESTION_END_RE = re.compile(r"[？?][”’」』]?\s*$")
#: A block of at most this many lines (a photo's caption, ``图为…`` / ``…业务。``) may stand inside a paragraph that
#: the page goes on with after it: the flush line under the block completes a word cut on the line over it
#: (:func:`_cut_by_an_insert`).
MAX_INSERT_LINES = 3
#: A sentence's full stop at a line's end, a closing quotation mark after it: the line above a box ends a
#: paragraph so, and the box's last line (``；`` ends a list's item, not a paragraph).
FULL_STOP_RE = re.compile(r"[。！？][”’」』]?\s*$")
#: A line opening with these is dialogue (``“这里的商品种类太丰富``) or a note (``（作者单位…``), not a box's.
OPENING_MARKS = "“‘「『（(［【"
#: A box's sentence holds none of these: a list's items (``；``), a speaker's words after his name (``常立新：``).
LIST_MARKS = "；：;:"


def lift_flush_quotes(elements: list[Element], spaced: bool) -> list[Element]:
    """Each body's flush-set quote (:func:`_flush_run`) lifted out as a ``box`` element set before the body, the body
    kept whole around it (as :func:`~textclean.clean.quotes.lift_restated_quotes` sets a restated one). Run once the
    page's headlines are read: a box set earlier stood between a headline and its body's first lines. A quote the
    page's bodies print again is left to :mod:`~textclean.clean.quotetwice`, which reads it on the article (set
    before a body, it stood between a headline line and the body's first line, front pages fr-03, fr-37).

    Before (PyMuPDF, an opinion page; a 10 em column): ``…管理一张网。`` (6 em) / ``县域治理既要看“盆`` (9 em, flush)
    / ``景”，更要看“风景”，`` / ``关键在于把分散的资源`` / ``拧成一股绳。`` / ``近年来，一些地方`` (8 em, indented): the box
    read as a paragraph; after, the article's pull quote.

    >>> mk = lambda t, w: Item(0, t, t, float(w), False, False)
    >>> para = [mk("甲" * 8, 8), *[mk("乙" * 10, 10) for _ in range(4)], mk("丙丁。", 3)]
    >>> box = [mk("县域治理既要看“盆", 9), mk("景”，更要看“风景”，", 10), mk("关键在于把分散的资源", 10), mk("拧成一股绳。", 6)]
    >>> [(e.kind, len(e.items)) for e in lift_flush_quotes([Element("body", para * 2 + box + para * 2)], False)]
    [('box', 4), ('body', 24)]

    Not lifted: a flush sentence run on from a full line (a paragraph's last sentence):

    >>> run_on = [*para, *para[:5], mk("乙" * 9 + "。", 10), *box[1:]]
    >>> [e.kind for e in lift_flush_quotes([Element("body", run_on + para * 2)], False)]
    ['body']
    """
    if spaced:
        return elements  # (see the module: a text with blank lines reads its columns in pieces)
    page = "".join("".join(it.text.split()) for e in elements if e.kind == "body" for it in e.items)
    out: list[Element] = []
    for el in elements:
        run = _flush_run(el.items) if el.kind == "body" else None
        if run is not None and page.count("".join("".join(it.text.split()) for it in el.items[run[0] : run[1]])) > 1:
            run = None  # (a quote the page prints again: the article's restated quote, read by quotetwice)
        if run is None:
            out.append(el)
            continue
        i, j = run
        quote = el.items[i:j]
        box = Element("box", quote, "".join("".join(it.text.split()) for it in quote))
        out.extend([box, Element("body", el.items[:i] + el.items[j:])])  # (the body kept whole, as a quote's)
    return out


def _flush_run(items: list[Item]) -> tuple[int, int] | None:
    """The first run ``items[i:j]`` of a body that is a quote set flush: after a paragraph's short last line (no
    heading's, no caption's inside a paragraph, :func:`_cut_by_an_insert`), a first line within
    :data:`~textclean.clean.typesetting.FULL_LINE_SLACK` of the column, :data:`MIN_QUOTE_LINES` to
    :data:`MAX_QUOTE_LINES` lines holding one sentence (:data:`MIN_QUOTE_CHARS` to :data:`MAX_QUOTE_CHARS`), then an
    indented line (no credit) or a subheading's opening, no question; the body's other paragraphs open indented
    (:func:`_indented_column`); at least :data:`MIN_STORY_LINES` lines of the body above it and below.

    >>> mk = lambda t, w: Item(0, t, t, float(w), False, False)
    >>> para = [mk("甲" * 8, 8), *[mk("乙" * 10, 10) for _ in range(4)], mk("丙丁。", 3)]
    >>> box = [mk("县域治理既要看“盆", 9), mk("景”，更要看“风景”，", 10), mk("关键在于把分散的资源", 10), mk("拧成一股绳。", 6)]
    >>> _flush_run(para * 2 + box + para * 2), _flush_run(para * 2 + [mk("县域治理既要看", 7)] + box[1:] + para * 2)
    ((12, 16), None)
    """
    if len(items) < 2 * MIN_STORY_LINES + MIN_QUOTE_LINES:
        return None
    plain = [it for it in items if not any(ch.isascii() for ch in it.text.strip())]
    column = body_column(plain if len(plain) >= MIN_PLAIN_LINES else items)
    full, indented = column - FULL_LINE_SLACK, column - INDENTED_LINE
    for i in range(1, len(items) - MIN_QUOTE_LINES + 1):
        above, first = items[i - 1], items[i]
        if (
            above.width > full - ASCII_SLACK * _ascii_count(above.text)
            or first.width < full
            or first.role != "text"
            or first.ends
        ):
            continue
        if not FULL_STOP_RE.search(above.text) or _opens_otherwise(first.text) or _cut_by_an_insert(items, i):
            continue  # (a short line inside a paragraph, a heading; a line of dialogue or a note; a caption's tail)
        if (i == 1 or items[i - 2].ends) and above.width >= column - INDENT - FIRST_LINE_SLACK:
            continue  # (a paragraph's first line, full to its indent, that happens to end a sentence)
        j = _sentence_end(items, i)
        if j is None or not _opens_block(items, j, indented):
            continue
        text = "".join(it.text for it in items[i:j])
        if not FULL_STOP_RE.search(text) or QUESTION_END_RE.search(text) or any(m in text for m in LIST_MARKS):
            continue  # (a list's item, a speaker's words, a signed brief, an interview's question: no box sentence)
        if i < MIN_STORY_LINES or len(items) - j < MIN_STORY_LINES:
            continue  # (near a body's start or end: a lead, a caption, a closing line, a short piece)
        chars = len(content_chars(text))
        if MIN_QUOTE_CHARS <= chars <= MAX_QUOTE_CHARS and _indented_column(items[:i] + items[j:], full, indented):
            return i, j
    return None


def _sentence_end(items: list[Item], i: int) -> int | None:
    """Where the sentence opening at ``items[i]`` ends (the index after its last line), when it ends on a line's
    end within :data:`MAX_QUOTE_LINES` lines and no sentence ends before; None otherwise."""
    for j in range(i, min(len(items), i + MAX_QUOTE_LINES)):
        it = items[j]
        if it.role != "text":
            return None
        if it.ends:
            return j + 1 if j + 1 - i >= MIN_QUOTE_LINES else None
        if any(mark in it.text for mark in SENTENCE_ENDS):
            return None  # (a sentence ends inside a line: running text, no one-sentence box)
    return None


def _ascii_count(text: str) -> int:
    """How many digits, Latin letters and ASCII marks ``text`` holds (white space not counted).

    >>> _ascii_count("上，全国城镇保障性住房覆盖面达到20%左右。"), _ascii_count("管理一张网。")
    (3, 0)
    """
    return sum(ch.isascii() and not ch.isspace() for ch in text)


def _opens_otherwise(text: str) -> bool:
    """Whether a line opens as no box's first line does: with a quotation mark or a bracket (dialogue, a note), or
    as a numbered lead sentence (``第六，积极推进…``, ``一是…``, :data:`~textclean.clean.chardata.ENUM_OPENER_RE`).

    >>> _opens_otherwise("“这里的商品种类太丰富"), _opens_otherwise("第六，积极推进政治体制改革，使"), _opens_otherwise("县域治理既要看")
    (True, True, False)
    """
    text = text.lstrip()
    return text[:1] in OPENING_MARKS or bool(ENUM_OPENER_RE.match(text)) or _head_opener(text)


def _opens_block(items: list[Item], j: int, indented: float) -> bool:
    """Whether ``items[j]`` opens a block after a box: a paragraph's indented first line (no note's bracket, no
    photo's credit: ``本报记者 王明 摄`` under a caption set flush in the column), or a subheading's opening; the
    line next to the box's last in the text (a credit the page's furniture took stood between: a caption's).

    >>> mk = lambda t, w, no=1: Item(no, t, t, float(w), False, False)
    >>> box = mk("拧成一股绳。", 6, 0)
    >>> [_opens_block([box, mk(t, w)], 1, 8.5) for t, w in (("近年来，一些地方", 8), ("本报记者 王明 摄", 8), ("一、补贴范围扩大", 8))]
    [True, False, True]
    >>> _opens_block([box, mk("近年来，一些地方", 8, 2)], 1, 8.5)
    False
    """
    if j >= len(items) or items[j].no > items[j - 1].no + 1:
        return False  # (a line dropped between, a photo's credit read as furniture: the box is a caption)
    text = items[j].text.strip()
    credit = credit_line(text) or bool(CREDIT_TAIL_RE.search(text))
    return (items[j].width <= indented and text[:1] not in OPENING_MARKS and not credit) or _head_opener(text)


def _cut_by_an_insert(items: list[Item], i: int) -> bool:
    """Whether the flush line ``items[i]`` goes on from a line a few lines above it, a block of at most
    :data:`MAX_INSERT_LINES` lines between holding one sentence (a photo's caption set inside the column): that line
    ends no sentence, its last word is cut and completed by ``items[i]``'s first
    (:func:`~textclean.clean.lexicon.breaks_a_word`), not by the line under it. A paragraph's tail after a caption
    is no box.

    >>> mk = lambda t, w: Item(0, t, t, float(w), False, False)
    >>> lines = [mk("今年以来帮助企业解决用", 11), mk("图为市民在政务服务中心", 11), mk("办理业务。", 5)]
    >>> _cut_by_an_insert([*lines, mk("地、用能和用工等方面的", 11)], 3), _cut_by_an_insert([*lines, mk("县域治理既要看", 7)], 3)
    (True, False)
    """
    for m in range(i - 2, max(-1, i - 2 - MAX_INSERT_LINES), -1):
        upper, insert = items[m], "".join(it.text.strip() for it in items[m + 1 : i])
        if upper.ends or any(mark in insert[:-1] for mark in SENTENCE_ENDS):
            return False  # (a sentence ends there, or two inside the block: running text, no caption between)
        if breaks_a_word(upper.text, items[i].text) and not breaks_a_word(upper.text, items[m + 1].text):
            return True
    return False


def _head_opener(text: str) -> bool:
    """Whether a line opens as a subheading may: numbered (``一、``, ``（二）``) or with an ornament (``◆``); a run-in
    ``一是…`` opens a paragraph.

    >>> _head_opener("◆ 摸清家底"), _head_opener("（二）以人口变化引"), _head_opener("一是整顿和完善经济责")
    (True, True, False)
    """
    return bool(HEAD_OPENER_RE.match(text.lstrip()))


def _indented_column(items: list[Item], full: float, indented: float) -> bool:
    """Whether the body's paragraphs open indented: of its lines after a short line that ends a sentence, at
    least :data:`INDENTED_SHARE` fall short of the column by an indent (a subheading set flush,
    :func:`_head_opener`, not counted).

    >>> mk = lambda t, w: Item(0, t, t, float(w), False, False)
    >>> story = [mk("张网。", 3), mk("近年来，一些地方", 8), mk("乙" * 10, 10), mk("刃上。", 3)]
    >>> _indented_column(story, 9.0, 8.5), _indented_column([*story, mk("这种做法值得在更大范", 10)], 9.0, 8.5)
    (True, False)
    """
    openings = [b for a, b in itertools.pairwise(items) if a.ends and a.width <= full and b.role == "text"]
    short = sum(b.width <= indented for b in openings)
    flush = sum(b.width > indented and not _head_opener(b.text) for b in openings)
    return short >= INDENTED_SHARE * (short + flush)
