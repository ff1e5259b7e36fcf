"""Boxes of short pieces without a glyph: each piece opens with a bold run-in head, then a space and its text.

An economy page sets its short data items in a tinted box under one label (``数据``, ``快讯``); each item is a short
paragraph that opens with a bold head and an ideographic space, with no glyph before it (the glyph-led briefs are
:mod:`~textclean.clean.briefs`')::

    财经速递
    ETF用户规模持续扩大
    截至12月末，ESG移动电话用户达899亿户，…持续回暖。
    跨境人民币结算量增长14.1%　1—5月，
    经常项目跨境人民币结算金额25.16万亿元，…持续扩大。
    制造业PMI为48.5%　9月份，制造业采购
    经理指数为49.9%，…1.9个百分点。

Read as one article, the box took its first piece's head as its title and the other pieces ran on in its text.
:func:`runin_pieces` finds them: a line that opens a paragraph (first of the body, or under a line that ends a
sentence) with a head of a phrase's length and no punctuation, ended by the separator on that line. PyMuPDF keeps the
ideographic space; pdftotext and pdfminer print an ASCII space, and an ASCII space after a phrase opening a
paragraph is also a letter-spaced or two-part headline's gap, so that reading is taken only where the page
prints no ideographic space at all, and only in the ASCII space's narrower shape (:data:`PLAIN_HEAD_RE`).
A box is told from a story by its pieces' length: a story's paragraphs that open with a run-in head are its own
sections, long ones (:data:`MAX_PIECE_CHARS`). Sidebar boxes stacked in a rail (``相关链接`` over ``背景``), each
headed by a short word, were read as one: :func:`label_heads` parts them.
"""

from __future__ import annotations

import re
from itertools import compress, pairwise

from textclean.clean.briefs import HEAD_SEPARATOR, MAX_HEAD_CHARS, MIN_HEAD_CHARS, has_stop
from textclean.clean.chardata import HAN, HAN_RE, ROLE_WORD_RE
from textclean.clean.roles import Item
from textclean.clean.typesetting import COLUMN_LABEL_CHARS, is_column_label
from textclean.models import Article

#: A head is a phrase without any punctuation mark: a clause before a space (``据了解，…``) or a label with a colon
#: (``编者按：``) is the text's, not a head.
HEAD_PUNCT_RE = re.compile("[，。！？；：、,:;!?（）()“”]")
#: The separator a typesetter sets after a run-in head, as extractors print it: the ideographic space (PyMuPDF,
#: :data:`~textclean.clean.briefs.HEAD_SEPARATOR`; pdfminer's em space is folded to it when the page's lines are
#: split, :mod:`~textclean.clean.glyphforms`); pdftotext prints an ASCII space.
EM_SPACES = HEAD_SEPARATOR
_EM_SPACE_RE = re.compile(f"[{EM_SPACES}]")
#: A space between two Latin letters or digits: a word space inside a Latin name (``Brightpath Energy``), no
#: run-in head's separator (an em space, or pdftotext's space between Han text).
LATIN_WORD_SPACE_RE = re.compile("(?<=[A-Za-z0-9]) (?=[A-Za-z0-9])")
#: An em space after a printed character (not a line's indent): searched for the space, then the character behind
#: it (a pattern opening with ``\\S`` is tried at every character).
_SET_EM_SPACE_RE = re.compile(f"[{EM_SPACES}](?<=\\S[{EM_SPACES}])")
#: A head is a phrase: it holds two Han characters or more (pdfminer's radicals are folded to Han when the page's
#: lines are split); a figure before a gap (``2004 年…``) is a word broken by the extractor.
MIN_HEAD_HAN = 2
#: A head on its own line is no wrapped line of a paragraph: the line under it does not close a clause within its
#: first characters (``加强社会保障体系建`` / ``设。在东北…``: a word broken at the line's end).
OWN_HEAD_CLAUSE_CHARS = 3
#: A sidebar box's head: a word of two to four characters (``链接``, ``数说``, ``延伸阅读``, ``相关链接``); a
#: story's headline is a phrase, longer.
MAX_BOX_HEAD_CHARS = 4
#: A sidebar box holds a few short facts (two to five of 30-80 characters); each box but the last (the first one's
#: text over the second box's head, and every one between two heads) is no longer than this.
MAX_SIDEBAR_CHARS = 400
BOX_HEAD_RE = re.compile(f"^[{HAN}]{{2,{MAX_BOX_HEAD_CHARS}}}$")
#: The words a newspaper heads its sidebar boxes with, a closed set of the trade (``相关链接``, ``知识链接``,
#: ``背景资料``, ``数说变化``, ``延伸阅读``, ``小贴士``, ``名词解释``): a box's head holds one. A feature's short
#: subheadings (``变化``, ``未来``) under a short title (``守夜人``) are the story's sections, not boxes.
SIDEBAR_WORDS = ("链接", "背景", "数说", "阅读", "贴士", "名词解释", "释疑", "资料", "提示")
SIDEBAR_WORD_RE = re.compile("|".join(SIDEBAR_WORDS))
#: A dateline (``本报北京3月5日电　…``, ``本报讯　…``) is set like a run-in head and is the first paragraph's start;
#: a byline's role word before a name (``本报记者 朱舟建``, :data:`~textclean.clean.chardata.ROLE_WORD_RE`) is no head.
DATELINE_END_RE = re.compile("(?:[0-9０-９]{1,2}日电|讯)$")
#: The shape of a head before an ASCII space (pdftotext, pdfminer): Han, Latin letters, digits and a percent sign,
#: no inner space (a letter-spaced line is spaced throughout); a space between two Latin letters is a name's
#: (``Nova Tech``), not a separator (:data:`LATIN_PAIR_RE`).
PLAIN_HEAD_RE = re.compile(f"^[{HAN}A-Za-z0-9０-９.%％—\\-]+$")
LATIN_PAIR_RE = re.compile("[A-Za-z] [A-Za-z]")
#: A second gap between two Chinese characters on the line: two columns read as one line, or letter-spacing.
CJK_GAP_RE = re.compile(f"[{HAN}，。、；：”）] +[{HAN}“（]")
#: A box's piece is a short item, two to five lines of a narrow column (the economy pages' items hold 30-90
#: characters); a paragraph of a story is longer as a rule, and a story of several is much longer.
MAX_PIECE_CHARS = 160
#: A box under its label holds two pieces or more (two to four on the economy pages); one paragraph that opens with
#: a run-in head under a short line is a story's section under its subheading.
MIN_LABELLED_PIECES = 2
#: The last piece runs to the body's end, where an extractor may add a neighbour's lines (pdftotext reads a box's
#: last line with the column beside it); up to two pieces' length it is a box's still.
MAX_LAST_PIECE_CHARS = 2 * MAX_PIECE_CHARS


def runin_head(item: Item, plain: bool) -> tuple[str, str] | None:
    """``(head, text after it)`` of a line that opens with a run-in head ended by an em space
    (:data:`EM_SPACES`), or by an ASCII space on a ``plain`` page (one that prints no em space), else None.

    >>> mk = lambda raw: Item(0, raw, raw.replace("\u3000", " ").strip(), 10.0, False, False)
    >>> runin_head(mk("制造业PMI为48.5%\u3000 9月份，制造"), False), runin_head(mk("本报北京3月5日电\u3000国家"), False)
    (('制造业PMI为48.5%', '9月份，制造'), None)
    >>> runin_head(mk("据了解，今年\u3000以来"), True), runin_head(mk("本报记者 朱舟建"), True)
    (None, None)
    >>> runin_head(mk("新能源汽车产销两旺 中国汽车"), True), runin_head(mk("华信Nova Tech公告称"), True)
    (('新能源汽车产销两旺', '中国汽车'), None)
    >>> runin_head(mk("新能源汽车产销两旺 中国汽车"), False), runin_head(mk("增长15.4% ，软件"), True)
    (None, None)
    >>> runin_head(mk("国民经济发展质量提 高。国内"), True)
    """
    raw = item.raw.strip(" " + EM_SPACES)
    if item.raw.rstrip(" ")[-1:] in EM_SPACES and (alone := head_alone(item, raw)) is not None:
        return alone, ""  # (the separator ends the line: the piece's text starts on the next)
    m = _EM_SPACE_RE.search(raw)
    weak = m is None  # (an ASCII space in the em space's place: read only on a plain page, in a narrower shape)
    at = m.start() if m is not None else raw.find(" ") if plain else -1
    if not MIN_HEAD_CHARS <= at <= 2 * MAX_HEAD_CHARS or HEAD_PUNCT_RE.search(raw, 0, at):
        return None  # (most lines: no separator, or a clause before it)
    n = prefix_end(item.text, len(raw[:at].replace(" ", "")))  # (the head's end in the repaired text)
    head, rest = item.text[:n].strip(), item.text[n:].strip()
    if not n or not MIN_HEAD_CHARS <= len(head) <= MAX_HEAD_CHARS or HEAD_PUNCT_RE.search(head):
        return None
    if len(HAN_RE.findall(head)) < MIN_HEAD_HAN:
        return None  # (a year or a figure split off its word by a gap: ``2004 年我们…``)
    if not rest or HEAD_PUNCT_RE.match(rest) or HEAD_PUNCT_RE.match(rest, 1):
        return None  # (a word broken by a gap: ``15.4% ，软件…``, ``国民经济发展质量提 高。``)
    if DATELINE_END_RE.search(head) or ROLE_WORD_RE.search(head):
        return None
    if not weak:
        return head, rest
    if not PLAIN_HEAD_RE.match(head) or LATIN_PAIR_RE.match(raw, at - 1):
        return None
    if CJK_GAP_RE.search(raw, at + 1):
        return None  # (a line spaced throughout: letter-spacing, or two columns read as one line)
    return head, rest


def head_alone(item: Item, raw: str) -> str | None:
    """The head of a line that holds a run-in head alone, its separator (an em space, :data:`EM_SPACES`) at the
    line's end (``4月份CPI同比上涨2.6%\u3000`` over ``国家统计局7月发布数据，…``), else None: a phrase of a head's
    length, no punctuation, no inner gap, no dateline or byline. A headline's half set before a gap is no piece's
    head: a piece is read only in a box (:func:`runin_pieces`).

    >>> mk = lambda raw: Item(0, raw, raw.strip("\u3000"), 10.0, False, False)
    >>> head_alone(mk("4月份CPI同比上涨2.6%\u3000"), "4月份CPI同比上涨2.6%"), head_alone(mk("据了解，\u3000"), "据了解，")
    ('4月份CPI同比上涨2.6%', None)
    """
    head = item.text.strip()
    if _EM_SPACE_RE.search(raw) or " " in head or HEAD_PUNCT_RE.search(head):
        return None
    if not MIN_HEAD_CHARS <= len(head) <= MAX_HEAD_CHARS or len(HAN_RE.findall(head)) < MIN_HEAD_HAN:
        return None
    return None if DATELINE_END_RE.search(head) or ROLE_WORD_RE.search(head) else head


def box_starts(items: list[Item], plain: bool, article: Article, titled: bool) -> list[tuple[int, int, str, str]]:
    """The pieces of an article's body (``items``) that is a box of run-in pieces (:func:`runin_pieces`), else the
    pieces under a box label read on under a story's text (:func:`labelled_box`), else the
    sidebar boxes stacked under a first one (:func:`label_heads`, under a title set as a headline: ``titled``), as
    :func:`runin_pieces` gives them; ``[]`` for most bodies.
    """
    if not article.blocks:
        return []
    found = runin_pieces(items, plain, under_box_label(article)) or labelled_box(items, plain)
    return found or (label_heads(items, article.title) if titled and not article.authors else [])


def labelled_box(items: list[Item], plain: bool) -> list[tuple[int, int, str, str]]:
    """The pieces of a box of run-in pieces read on under a story's text, as :func:`runin_pieces` gives them: a line
    of a label's length set apart from the text over it (:func:`box_label_at`) stands right over a run of run-in
    pieces (:func:`runin_pieces`, read as a box's from that line on), else ``[]``. In a story, a short line
    between two paragraphs is a subheading, and the paragraphs under it are the section's, long, headed by no
    run-in head; under a box's label, each short paragraph opens with its own bold head.

    Before (PyMuPDF, lay8 econ-06): a story's text ran on into ``财经速递`` (a heading) and the paragraphs
    ``GDP用户规模持续扩大　截至1月末，…`` and ``制造业PMI为50.1%　11月份，…``; after, the story ends over the label
    and the pieces are articles of column ``财经速递``.

    >>> mk = lambda raw: Item(0, raw, raw.replace("\u3000", " "), 10.0, False, False)
    >>> story = [mk("甲" * 80), mk("经济增速在4%—7%区间。")]
    >>> box = [mk("跨境结算量增长14.1%\u30001—5月，"), mk("结算金额增长。"), mk("制造业PMI为48.5%\u3000 9月份，"), mk("为49.9%。")]
    >>> [s[:3] for s in labelled_box([*story, mk("财经速递"), *box], False)]
    [(3, 3, '跨境结算量增长14.1%'), (5, 5, '制造业PMI为48.5%')]
    >>> labelled_box([*story, mk("财经速递"), mk("甲" * 170 + "。"), *box[1:]], False), labelled_box([*story, *box], False)
    ([], [])
    >>> labelled_box([*story, mk("下一步如何发力"), *box[:2]], False)  # (one run-in head: a section's lead-in)
    []
    """
    under = "".join([it.raw for it in items[2:]])  # (the lines a label may stand over)
    if not any(ch in under for ch in EM_SPACES) and not (plain and " " in under):
        return []  # (no separator a run-in head ends at, :func:`runin_head`: no piece; most bodies)
    sizes = map(len, map(str.strip, [it.text for it in items[1:-1]]))  # (a label's length at most: few lines)
    for i in compress(range(1, len(items) - 1), map(COLUMN_LABEL_CHARS.__ge__, sizes)):
        found = runin_pieces(items[i + 1 :], plain, True, True) if box_label_at(items, i + 1) else []
        if len(found) >= MIN_LABELLED_PIECES and found[0][0] == 0:
            return [(a + i + 1, b + i + 1, head, rest) for a, b, head, rest in found]
    return []


def box_label_at(items: list[Item], cut: int) -> bool:
    """Whether the line over line ``cut`` is a box's label: one word of a label's length (:func:`is_column_label`)
    with no stop, set apart from the text above (a blank line before it, or a line that ends a sentence or is a
    bracketed note, ``（经济日报记者 程鹏）``, over it), not the short last line of a wrapped paragraph.

    >>> mk = lambda t, gap=False: Item(0, t, t, float(len(t)), gap, False)
    >>> box_label_at([mk("做了调整。"), mk("速览"), mk("■ 加强")], 2), box_label_at([mk("实推进，取得明"), mk("显成效"), mk("■ 加")], 2)
    (True, False)
    >>> box_label_at([mk("（记者 程鹏）"), mk("速览"), mk("■ 加强")], 2), box_label_at([mk("实推进，取得明"), mk("速览", True), mk("■")], 2)
    (True, True)
    >>> box_label_at([mk("实推进，取得明"), mk("速览"), mk("■ 加强")], 2), box_label_at([mk("速览"), mk("■ 加强")], 1)
    (False, True)
    """
    line = items[cut - 1]
    text = line.text.strip()
    if not is_column_label(text) or has_stop(text):
        return False
    if cut == 1 or line.gap_before or items[cut - 2].ends:
        return True
    above = items[cut - 2].text.strip()
    return above[:1] in "（(" and above[-1:] in "）)"


def under_box_label(article: Article) -> bool:
    """Whether an article may be (the first piece of) a box: it has no byline, and a column label, or a title that
    is a label (the box's label read as its title), or none. A story's headline and byline head no box.

    >>> under_box_label(Article("a", "p.txt", "0" * 64, "数据", [], [], None)), under_box_label(Article("a", "p.txt", "0" * 64, "稳外贸要在新字上下功夫", [], [], None))
    (True, False)
    """
    return not article.authors and (article.column is not None or not article.title or is_column_label(article.title))


def label_titled_box(article: Article, starts: list[tuple[int, int, str, str]], lead: Article | None = None) -> bool:
    """Whether an article is a box whose label was read as its title, its first piece headless: a title of a
    label's shape (:func:`is_column_label`, no stop), no column, no byline, over text whose first run-in head
    (:func:`runin_pieces`, a head and its text on one line) opens a later piece. A box's first item may be printed
    without a head; a story's headline is a phrase, and a sidebar's facts (:func:`label_heads`) carry no run-in
    head.

    Before (PyMuPDF, lay8 econ-12): an article titled ``数说经济``, text ``Bluewave Capital近日发布年报，…``, and
    articles ``中欧班列开行超46000列`` … of no column; after, the first piece is untitled and all three are of
    column ``数说经济``.

    >>> art = lambda title, authors=(): Article("a", "p.txt", "0" * 64, title, [], [], authors=list(authors))
    >>> starts = [(2, 2, "中欧班列开行超46000列", "今年以来，")]
    >>> label_titled_box(art("数说经济"), starts), label_titled_box(art("稳外贸要在新字上下功夫"), starts)
    (True, False)
    >>> label_titled_box(art("数说经济", ["王"]), starts), label_titled_box(art("相关链接"), [(2, 2, "背景", "")])
    (False, False)

    Nor over a ``lead`` (the text over the first piece) longer than an item: more than one paragraph or
    :data:`MAX_PIECE_CHARS` characters (:func:`headless_item`): a story's own short title (``山乡新貌``) over its
    lead of two paragraphs and its sections opened by run-in heads stays the story's title.
    """
    if not starts or starts[0][0] == 0 or article.column is not None or article.authors:
        return False
    if lead is not None and not headless_item(lead):
        return False
    title = article.title
    return bool(title) and is_column_label(title) and not has_stop(title) and any(rest for *_, rest in starts)


def headless_item(lead: Article) -> bool:
    """Whether the text over a box's first run-in piece is of an item's size, the box's first item printed without
    a head: one paragraph of at most :data:`MAX_PIECE_CHARS` characters (as
    :func:`~textclean.clean.strayheads.lost_title` bounds a headless item). A story's lead is longer.

    >>> from textclean.models import Block
    >>> art = lambda *texts: Article("a", "p.txt", "0" * 64, "", [Block("paragraph", t) for t in texts], [])
    >>> headless_item(art("甲" * 60)), headless_item(art("甲" * 60, "乙" * 50)), headless_item(art("甲" * 200))
    (True, False, False)
    """
    paragraphs = [b for b in lead.blocks if b.kind == "paragraph"]
    return len(paragraphs) <= 1 and len(lead.body) <= MAX_PIECE_CHARS


def prefix_end(text: str, size: int) -> int:
    """Where the first ``size`` non-space characters of ``text`` end (the repaired text holds the raw line's
    characters, its spaces aside), 0 when it holds fewer.

    >>> prefix_end("制造业 PMI为48.5% 9月份", 12), prefix_end("甲乙", 3)
    (13, 0)
    """
    seen = 0
    for n, ch in enumerate(text):
        if seen == size:
            return n
        seen += not ch.isspace()
    return 0


def runin_pieces(
    items: list[Item], plain: bool, boxed: bool, under_label: bool = False
) -> list[tuple[int, int, str, str]]:
    """The pieces of a body that is a box of run-in pieces, as :func:`~textclean.clean.briefs.brief_starts` gives
    briefs (``(first line, head line, head, rest of that line)``), else ``[]``. A piece opens a paragraph (the
    body's first line, or under a line that ends a sentence) with a run-in head (:func:`runin_head`) or a head on
    its own line (:func:`own_line_heads`); each piece but the last is short (:data:`MAX_PIECE_CHARS`), and so is
    the text over the first (the box's first piece, its head read as the title). The body is a box's only under a
    box label (``boxed``: the article has a column label, or is titled with a label or untitled, and has no
    byline): under a story's headline, paragraphs that open with run-in heads are its sections. A head alone on
    the body's first line (:func:`head_alone`) is read as the article's title already, and opens a piece only
    ``under_label`` (the lines under a box's label, :func:`labelled_box`).

    Before (PyMuPDF, lay8 econ-02): an article titled ``ETF用户规模持续扩大``, column ``财经速递``, whose text went on
    ``跨境人民币结算量增长14.1% 1—5月，…`` and ``制造业PMI为48.5% 9月份，…``; after, more articles of
    that column titled ``跨境人民币结算量增长14.1%`` and ``制造业PMI为48.5%``.

    >>> mk = lambda raw, ends=False: Item(0, raw, raw.replace("\u3000", " "), 10.0, False, False)
    >>> box = [mk("截至12月末，用户达899亿户。"), mk("跨境结算量增长14.1%\u30001—5月，"), mk("结算金额增长。"), mk("制造业PMI为48.5%\u3000 9月份，"), mk("为49.9%。")]
    >>> [s[2] for s in runin_pieces(box, False, True)], runin_pieces(box, False, False)
    (['跨境结算量增长14.1%', '制造业PMI为48.5%'], [])
    >>> runin_pieces([mk("甲" * 170 + "。"), *box[1:3]], False, True), runin_pieces([*box[:2], mk("乙" * 170 + "。"), *box[3:]], False, True)
    ([], [])
    """
    starts = []
    for i, it in enumerate(items):
        if (i == 0 or items[i - 1].ends) and (found := runin_head(it, plain)) is not None:
            if i or found[1] or under_label:
                starts.append((i, i, *found))
    if not starts or not boxed:
        return []  # (no run-in head; or, under a story's headline, its sections: no box)
    taken = {s[0] for s in starts}
    starts = sorted([*starts, *(h for h in own_line_heads(items, 0) if h[0] not in taken)])  # (heads set alone)
    ends = [s[0] for s in starts[1:]]
    sizes = [sum(len(it.text) for it in items[a:b]) for a, b in zip([s[0] for s in starts], ends, strict=False)]
    lead = sum(len(it.text) for it in items[: starts[0][0]])
    bounds = [*[s[0] for s in starts], len(items)]
    if any(n > MAX_PIECE_CHARS for n in sizes) or not all(ends_piece(items[a:b]) for a, b in pairwise(bounds)):
        return []  # (a long paragraph is a story's; a "piece" with no sentence is a two-part headline's half)
    if lead > MAX_PIECE_CHARS:
        return []  # (a story's paragraphs over the run-in heads: no box)
    if sum(len(it.text) for it in items[starts[-1][0] :]) > MAX_LAST_PIECE_CHARS:
        return []  # (the last piece runs on into a story: a box's text read into it, or none)
    return starts


def ends_piece(lines: list[Item]) -> bool:
    """Whether a piece's lines hold a sentence's end: a piece is news text; a "piece" with none is the second
    half of a two-part headline (``一座小城的 十年蜕变``), or a column's scrap read beside another.

    >>> mk = lambda raw: Item(0, raw, raw, 10.0, False, False)
    >>> ends_piece([mk("一季度增长5.2%。")]), ends_piece([mk("十年蜕变")])
    (True, False)
    """
    return any(it.ends for it in lines)


def own_line_heads(items: list[Item], first: int) -> list[tuple[int, int, str, str]]:
    """The pieces of a box (its lines from ``first`` on) whose bold head is set on a line of its own, as
    :func:`runin_pieces` gives them: a line with no punctuation of a head's length, under a line that ends a
    sentence, over the piece's text. Inside a box of short pieces such a line is no paragraph's line (those hold
    commas) but a head; in a story it would be a subheading, so it is looked for only in a box.

    >>> mk = lambda raw: Item(0, raw, raw, 10.0, False, False)
    >>> box = [mk("单程航行时间缩短845小时。"), mk("前10个月快递业务量突破5441亿件"), mk("据监测，快递业务量增长。")]
    >>> own_line_heads(box, 0), own_line_heads(box[1:], 0), own_line_heads(box[:2], 0)
    ([(1, 1, '前10个月快递业务量突破5441亿件', '')], [], [])
    >>> own_line_heads([box[0], mk("加强社会保障体系建"), mk("设。在东北三省")], 0)
    []
    """
    out = []
    for i in range(max(first, 1), len(items) - 1):
        text = items[i].text.strip()
        if items[i - 1].ends and MIN_HEAD_CHARS <= len(text) <= MAX_HEAD_CHARS and not HEAD_PUNCT_RE.search(text):
            if " " in LATIN_WORD_SPACE_RE.sub("", text) or _EM_SPACE_RE.search(items[i].raw.strip(" " + EM_SPACES)):
                continue  # (a run-in head's line, or a spaced one)
            if HEAD_PUNCT_RE.search(items[i + 1].text, 0, OWN_HEAD_CLAUSE_CHARS) or items[i].ends:
                continue
            if not DATELINE_END_RE.search(text) and not ROLE_WORD_RE.search(text):
                out.append((i, i, text, ""))
    return out


def plain_page(text: str) -> bool:
    """Whether a page prints no em space after a character (:data:`EM_SPACES`): pdftotext prints an ASCII space
    where the typesetter set one, and only there is an ASCII space read as a run-in head's end.

    >>> plain_page("制造业PMI为48.5%\u3000 9月份"), plain_page("\u3000\u3000制造业PMI为48.5% 9月份")
    (False, True)
    """
    return _SET_EM_SPACE_RE.search(text) is None


def label_heads(items: list[Item], title: str) -> list[tuple[int, int, str, str]]:
    """The boxes that follow a sidebar box in its body, as :func:`runin_pieces` gives pieces: under a title that
    is a box head (a word of a label's length, :data:`MAX_BOX_HEAD_CHARS`, holding a sidebar word,
    :data:`SIDEBAR_WORDS`: ``相关链接``, ``数说``), a line of the same kind set alone under a line that ends a
    sentence, over more text, heads the next box; each box but the last is short (:data:`MAX_SIDEBAR_CHARS`). Two
    boxes stacked in a rail were read as one; inside a box, short facts have no subheadings.

    Before (PyMuPDF, lay7-18): an article titled ``相关链接`` whose text went on ``背景`` and ``青禾县现有…``;
    after, a second article titled ``背景``. Under a headline (longer than a box head) the word stays a subheading,
    and so do a feature's short subheadings under its short title (``守夜人`` over ``变化``, ``未来``).

    >>> mk = lambda raw: Item(0, raw, raw, 10.0, False, False)
    >>> body = [mk("善本49622册。"), mk("背景"), mk("青禾县现有代表性项目2项。")]
    >>> label_heads(body, "相关链接"), label_heads(body, "古籍修复：让旧书重获新生"), label_heads(body, "守夜人")
    ([(1, 1, '背景', '')], [], [])
    """
    if not is_box_head(title):
        return []
    heads = [i for i in range(1, len(items) - 1) if items[i - 1].ends and is_box_head(items[i].text.strip())]
    bounds = [0, *heads]
    if not heads or any(sum(len(it.text) for it in items[a:b]) > MAX_SIDEBAR_CHARS for a, b in pairwise(bounds)):
        return []  # (a box holds a few facts; a long text under a short word is a story's, or a caption's)
    return [(i, i, items[i].text.strip(), "") for i in heads]


def is_box_head(text: str) -> bool:
    """Whether ``text`` is a sidebar box's head: a word of a label's length (:data:`MAX_BOX_HEAD_CHARS`) holding
    a sidebar word (:data:`SIDEBAR_WORDS`).

    >>> is_box_head("相关链接"), is_box_head("数说变化"), is_box_head("变化"), is_box_head("链接与背景资料")
    (True, True, False, False)
    """
    return BOX_HEAD_RE.match(text) is not None and SIDEBAR_WORD_RE.search(text) is not None
