"""A marked pull-quote box read line by line with the column beside it -> the box's own lines, the column's after it.

A pull quote lifts a sentence or two out of its article's body and prints them again: the box's own lines restate
text the page prints outside the box, while the lines of the column beside it that pdfminer reads between them are
that column's running text, printed once, nowhere else (:func:`keep_restated_box_lines`).
"""

from __future__ import annotations

import itertools

from textclean.clean.barenotes import set_bare_notes
from textclean.clean.chardata import CLAUSE_PUNCT_RE, HAN_RE
from textclean.clean.interleaved import untangle_box
from textclean.clean.match import QUOTE_NGRAM, contains_at_least, content_chars
from textclean.clean.ornaments import LABEL_ORNAMENTS, ornament_label_over_head
from textclean.clean.roles import MAX_BOX_LINES, Item, box_end, fuller_median, set_roles
from textclean.clean.typesetting import INDENTED_LINE

#: A box line restates the page's text when this share of its character runs
#: (:data:`~textclean.clean.match.QUOTE_NGRAM`) stands outside the box: the devpages' box lines stand there whole
#: (share 1.0), the column lines read between them share a common phrase at most (.42 the most).
LINE_RESTATED_SHARE = 0.6
#: A line with fewer content characters than this is judged with the end of the box line it follows (a box's
#: short last line, ``自销。``, holds too few character runs of its own to be found or missed).
SHORT_LINE_CHARS = 2 * QUOTE_NGRAM
#: Characters taken from each side of a join between two box lines to tell whether the page prints them so, one
#: after the other (one character short of a run, so the probe's runs all straddle the join).
JOIN_CHARS = QUOTE_NGRAM - 1
#: Lines past the box's end to look through for the rest of its sentence when its last own line ends none (a
#: column line or a byline of the next column read between): the box lines run on a line or two below.
MAX_SKIPPED_LINES = 2
#: A bracketed marker's box is a quote when at least this share of its character runs stands outside it: a pull
#: quote restates its body's sentence (share near 1.0, a little less where pdfminer reads a column line into the
#: box); a headline under a column label is printed once (share 0, a common phrase at most).
LABEL_BOX_RESTATED_SHARE = 0.3
#: Bracketed markers of a box that is no piece's label, whatever it restates: the furniture words papers print over
#: an editor's note, a related link or a background box (closed, like the role words of
#: :mod:`~textclean.clean.chardata`); the box under them is text of its own, not a headline.
#: What a label between ornaments or in other brackets opens with (:mod:`~textclean.clean.ornaments`).
_ORNAMENT_OPENERS = frozenset(LABEL_ORNAMENTS + "［〔〖—-")
#: The word of a pull quote's own marker (the contract's ``●观 点`` box): its box is the quote whatever its shape
#: (two lines with no mark, ``要把学习宣传贯彻党`` / ``的二十大精神作为首要``, are no headline).
QUOTE_MARKER_WORDS = frozenset(("观点",))
BOX_MARKER_WORDS = frozenset(
    ("编者按", "编后", "编后语", "编者的话", "链接", "相关链接", "延伸阅读", "背景", "背景链接", "名词解释")
)


def set_label_roles(items: list[Item]) -> None:
    """Give each item the role of its shape (:func:`~textclean.clean.roles.set_roles`), and the role of a column label
    to a bracketed box marker (``【晨钟】``) whose box the page restates nowhere (:func:`unquoted_label`).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> items = [mk("【晨钟】"), mk("发展全过程人民民主"), mk("我国是工人阶级领导的国家。")]
    >>> set_label_roles(items)
    >>> [it.role for it in items]
    ['column', 'text', 'text']
    """
    set_roles(items)
    set_bare_notes(items)  # (a note printed without brackets: its role is read with the lines around it)
    # (only a marker or a line opening with an ornament may change: found first, in one pass)
    for i in [k for k, it in enumerate(items) if it.role == "marker" or it.text[:1] in _ORNAMENT_OPENERS]:
        it = items[i]
        if (
            it.role in ("text", "attribution")
            and it.text[:1] in _ORNAMENT_OPENERS
            and ornament_label_over_head(items, i)
        ):
            it.role = "column"  # (``●今日关注●`` over a headline: ornaments.py)
        if it.role != "marker":
            continue
        word = "".join(it.text.strip("【】■●▲◆").split())
        plain = word not in BOX_MARKER_WORDS and word not in QUOTE_MARKER_WORDS
        if plain and label_over_byline(items, i):
            it.role = "column"  # (label, byline, title: no quote opens with a byline)
            continue
        headed = plain and glyph_label_over_head(items, i)
        if not (it.text.startswith("【") or headed):
            continue
        if unquoted_label(items, i) or (headed and (signed_head(items, i) or not said_again(items, i))):
            it.role = "column"


#: A headline under a label is one line, or two where the column wraps it (``让短视频平台多些“营`` / ``养”``).
HEAD_BOX_LINES = 2


def label_over_byline(items: list[Item], start: int) -> bool:
    """Whether the marker ``items[start]`` (``■专家视点``, ``【公司】``) stands right over a byline, and a headline
    line (no clause mark, no sentence end) under that: a head stack printed label, byline, title. A pull quote's box
    opens with its sentence, never with a byline.

    Before (PyMuPDF, an economy page): ``【市场观察】`` / ``本报记者 陈立新`` / ``成交额连续第五个交易日突破万亿元`` made
    an empty pull quote of the label, the article had no column; after, column ``市场观察``. Not so: a marker over
    its quote's text, a byline over running text (a column read on past the box).

    >>> mk = lambda t, role="text": Item(0, t, t, float(len(t)), False, False, role)
    >>> label_over_byline([mk("【公司】", "marker"), mk("本报记者 黄振宇", "byline"), mk("宁安新能源汽车加速布局海外市场")], 0)
    True
    >>> label_over_byline([mk("●观点", "marker"), mk("扩大内需的根本在于提高居民收入。")], 0)
    False
    >>> label_over_byline([mk("■声音", "marker"), mk("本报记者 黄振宇", "byline"), mk("今年以来，全市新增就业岗位")], 0)
    False
    """
    if start + 2 >= len(items) or items[start + 1].role != "byline":
        return False
    head = items[start + 2]
    return head.role == "text" and not head.ends and not CLAUSE_PUNCT_RE.search(head.text)


def glyph_label_over_head(items: list[Item], start: int) -> bool:
    """Whether the box a glyph marker opens (``■经济观察``, ``▲ 热点追踪``: a glyph and one to four characters) is
    one line of words (two Han characters at least) with no clause or sentence mark: a headline under a column label
    set with a glyph, not a quote (a pull quote restates a sentence of its body, and sentences carry marks), nor a
    figure a callout box prints (``●数字`` / ``5.6%``).

    Before (a hand-made page, PyMuPDF): ``■经济观察`` / ``小城故事多`` / ``本报记者 王明`` made the headline a pull quote
    and dropped the label, the article had no title; after, column ``经济观察`` and title ``小城故事多``. A ``●观点``
    box of a sentence stays a quote.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> glyph_label_over_head([mk("■经济观察"), mk("小城故事多"), mk("近日，全省能源工作会议在省城召开。")], 0)
    True
    >>> glyph_label_over_head([mk("●观点"), mk("新时期最鲜明的特点是"), mk("改革开放。")], 0)
    False
    >>> glyph_label_over_head([mk("●观点"), mk("集体所有制经济是公有制经济的重要组成部分。")], 0)
    False
    >>> glyph_label_over_head([mk("●数字"), mk("5.6%"), mk("今年一季度，全省地区生产总值同比增长5.6%。")], 0)
    False

    Where no blank line ends the box (PyMuPDF), a byline under the headline ends it:

    >>> byline = Item(0, "文／沈一帆", "文／沈一帆", 5.0, False, False, "byline")
    >>> glyph_label_over_head([mk("【今日谈】"), mk("小切口推动大变化"), byline, mk("老旧小区加装电梯，")], 0)
    True

    A headline the column wraps over two lines is one too (``【人民时评】`` / ``让短视频平台多些“营`` / ``养”``);
    the label's bracket is read by the caller (:func:`set_label_roles`).
    """
    box = items[start + 1 : box_end(items, start)]
    signed = next((k for k, it in enumerate(box) if it.role == "byline"), None)
    if signed is not None and signed <= HEAD_BOX_LINES:
        box = box[:signed]  # (the byline under the headline: no quote is signed so; the box read on past it)
    return (
        0 < len(box) <= HEAD_BOX_LINES
        and not any(CLAUSE_PUNCT_RE.search(it.text) for it in box)
        and not box[-1].ends
        and len(HAN_RE.findall("".join(it.text for it in box))) >= 2
    ) or head_over_paragraph(items, start + 1)


#: The lines under a paragraph's opening whose width (their fuller median) is the column's it is indented in: enough
#: for a median, few enough to stay in the piece (a brief under a label runs 5 to 10 lines).
OPENING_COLUMN_LINES = 6


def head_over_paragraph(items: list[Item], first: int) -> bool:
    """Whether ``items[first:]`` open with one or two headline lines (no clause or sentence mark, no sentence end,
    two Han characters at least) over a paragraph's first line: a line that falls short of the lines under it (and of
    the line right under it, :func:`_narrow_under`) by an indent (:data:`~textclean.clean.typesetting.INDENTED_LINE` or more) and ends no sentence. A pull quote's box is
    a sentence set flush, line after line; a label's piece is a headline over its indented text.

    Before (PyMuPDF, an opinion page): ``■今日谈`` / ``让“家门口”的好去处多起`` / ``来`` / ``城市更新中，不少地方见缝插``
    (13 em in 15) … made the piece a pull quote of the story above; after, ``今日谈`` labels it and the headline is its
    title. Not a head: a quote's first line over its second as wide (``●观点`` / ``县域治理既要看“盆`` /
    ``景”，更要看“风景”，``); nor a quote set narrower than the column, its lines as short as the "opening" under its
    first (``■声音`` / ``人才是乡村振兴的`` / ``第一资源，要让`` / ``他们引得进、留`` in a 10 em column: the paragraph an
    opening starts goes on in a full line under it).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> piece = [mk("让家门口的好去处多起"), mk("来"), mk("城市更新中不少地方"), *[mk("甲" * 11) for _ in range(3)]]
    >>> head_over_paragraph(piece, 0), head_over_paragraph([mk("县域治理既要看盆"), *piece[3:]], 0)
    (True, False)
    >>> quote = [mk("人才是乡村振兴的"), mk("第一资源，要让"), mk("他们引得进、留"), mk("得住、用得好。")]
    >>> head_over_paragraph([*quote, *[mk("甲" * 10) for _ in range(4)]], 0)
    False
    """
    for k in range(1, HEAD_BOX_LINES + 1):
        head, opening = items[first : first + k], items[first + k] if first + k < len(items) else None
        if opening is None or any(it.role != "text" or CLAUSE_PUNCT_RE.search(it.text) or it.ends for it in head):
            return False
        under = [it.width for it in items[first + k + 1 : first + k + 1 + OPENING_COLUMN_LINES] if it.role == "text"]
        if (
            opening.role == "text"
            and not opening.ends
            and len(under) >= 2
            and opening.width <= fuller_median(under) - INDENTED_LINE
            and not _narrow_under(items, first + k)
            and len(HAN_RE.findall("".join(it.text for it in head))) >= 2
        ):
            return True
    return False


def _narrow_under(items: list[Item], opening: int) -> bool:
    """Whether the line right under ``items[opening]`` is text no wider than it by an indent
    (:data:`~textclean.clean.typesetting.INDENTED_LINE`): a narrow box's next line, where a paragraph's opening goes
    on in a full line (a byline under a headline's last line asks nothing).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> _narrow_under([mk("第一资源，要让"), mk("他们引得进、留")], 0), _narrow_under([mk("城市更新中"), mk("甲" * 10)], 0)
    (True, False)
    """
    under = items[opening + 1] if opening + 1 < len(items) else None
    return under is not None and under.role == "text" and under.width < items[opening].width + INDENTED_LINE


def signed_head(items: list[Item], start: int) -> bool:
    """Whether a byline stands right under the one or two lines of the box of marker ``items[start]``: a headline
    signed by its writer (``【今日谈】`` / ``小切口推动大变化`` / ``文／沈一帆``), however its words recur in the text
    (a commentary's title is often its last sentence's phrase); a pull quote is never signed so.

    >>> mk = lambda t, role="text": Item(0, t, t, float(len(t)), False, False, role)
    >>> signed_head([mk("【今日谈】"), mk("小切口推动大变化"), mk("文／沈一帆", "byline"), mk("老旧小区加装电梯，")], 0)
    True
    >>> signed_head([mk("●观点"), mk("小切口推动大变化"), mk("老旧小区加装电梯，")], 0)
    False
    """
    k = start + 1
    while k < len(items) and k - start <= HEAD_BOX_LINES and items[k].role == "text" and not items[k].ends:
        k += 1
    return start + 1 < k < len(items) and items[k].role == "byline"


def said_again(items: list[Item], start: int) -> bool:
    """Whether the line(s) of the box of marker ``items[start]`` are printed again, word for word (their content
    characters, :func:`~textclean.clean.match.content_chars`: marks and white space dropped), among the page's other
    lines: a pull quote is lifted from its body whole; a headline under a glyph
    label shares words with its story (``恒生指数本周累计上涨3.2%`` over ``…恒生指数报23958.71点，周内累计上涨3.2%``)
    but is not printed twice, so its share of restated runs (:func:`unquoted_label`) does not tell.

    Before (PyMuPDF, an economy page): ``■港股通`` / ``恒生指数本周累计上涨3.2%`` / ``——科技股领涨…`` made the headline
    a pull quote; after, ``港股通`` labels the story and the headline is its title.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> said_again([mk("■港股通"), mk("恒生指数本周累计上涨3.2%"), mk("恒生指数报23958.71点，周内累计上涨3.2%。")], 0)
    False
    >>> said_again([mk("■观察"), mk("让数据多跑路"), mk("我们要让数据多跑路，让群众少跑腿。")], 0)
    True

    Marks and spaces aside: a slogan box's two lines said in one sentence with a comma (review RL):

    >>> said_again([mk("■声音"), mk("数据多跑路"), mk("群众少跑腿"), mk("要让数据多跑路，群众少跑腿。")], 0)
    True
    """
    end = box_end(items, start)
    box = content_chars("".join(it.text for it in items[start + 1 : end]))
    rest = content_chars("".join(it.text for it in items[:start] + items[end:]))
    return bool(box) and box in rest


def unquoted_label(items: list[Item], start: int) -> bool:
    """Whether the box of marker ``items[start]`` (:func:`~textclean.clean.roles.box_end`) is no pull quote: less
    than :data:`LABEL_BOX_RESTATED_SHARE` of its character runs stands outside it.

    A column label in brackets is set over its piece's headline as a pull quote's bracketed label is over the quote;
    the quote restates its body, the headline is printed once. An editor's note or a link's box
    (:data:`BOX_MARKER_WORDS`) is no label. Before (lay4-011, PyMuPDF): ``【晨钟】`` /
    ``发展全过程人民`` / ``民主`` / ``保障人民`` / ``当家作主`` / ``向言平`` made the headline a pull quote of the
    piece above; after, ``晨钟`` is the column label and the headline the piece's title.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> body = mk("其他内容。推动绿色发展，促进人与自然和谐共生。其他内容。")
    >>> unquoted_label([body, mk("【观点】"), mk("推动绿色发展，促进人与自然和谐共生。")], 1)
    False
    >>> unquoted_label([body, mk("【晨钟】"), mk("发展全过程人民民主")], 1)
    True
    >>> unquoted_label([body, mk("【编者按】"), mk("本报今起推出系列报道，敬请关注。")], 1)
    False
    """
    if items[start].text.strip("【】 ") in BOX_MARKER_WORDS:
        return False
    end = box_end(items, start)
    box = content_chars("".join([it.text for it in items[start + 1 : end]]))
    if not box:
        return False
    rest = content_chars("".join([it.text for it in items[:start] + items[end:]]))
    return not contains_at_least(box, rest, LABEL_BOX_RESTATED_SHARE)


def sorted_box_end(items: list[Item], start: int) -> int | None:
    """Index one past the last line of the pull-quote box whose marker is ``items[start]``
    (:func:`~textclean.clean.roles.box_end`), the column's lines read among the box's put after it
    (:func:`~textclean.clean.interleaved.untangle_box`, :func:`keep_restated_box_lines`); None when the marker moved
    past the column's lines read after it (:func:`marker_past_column`: ``items[start]`` is the first of them now)."""
    end = untangle_box(items, start, box_end(items, start))
    outside = BoxOutside(items, start, end)  # (the page's text outside the box, joined once for both)
    if marker_past_column(items, start, end, outside):
        return None
    return keep_restated_box_lines(items, start, end, outside)


class BoxOutside:
    """The content characters (:func:`~textclean.clean.match.content_chars`) of the page's lines outside the box
    ``items[start + 1:end]``, joined once for the box when first asked; the text outside it and some lines under it
    is sliced from that, not joined again from the page's lines for each line asked.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> items = [mk("甲，"), mk("●"), mk("乙。"), mk("丙"), mk("丁"), mk("戊")]
    >>> outside = BoxOutside(items, 1, 3)
    >>> outside.text(), outside.text((3, 4)), outside.text((3, 3), (4, 5), box=True)
    ('甲丙丁戊', '甲丁戊', '甲乙丙戊')
    """

    def __init__(self, items: list[Item], start: int, end: int) -> None:
        self.items, self.start, self.end = items, start, end
        self._parts: tuple[str, str] | None = None  # (the text above the box, with its marker, and under it)

    def text(self, *skip: tuple[int, int], box: bool = False) -> str:
        """The page's text outside the box (with the box's own lines when ``box``), but for the lines
        ``items[a:b]`` of ``skip`` under it (in order: ``end <= a <= b``, each span after the one before)."""
        if self._parts is None:
            self._parts = (self._content(0, self.start + 1), self._content(self.end, len(self.items)))
        head, tail = self._parts
        out, pos = [head, self._content(self.start + 1, self.end) if box else ""], 0
        for a, b in skip:
            at = len(self._content(self.end, a))
            out.append(tail[pos:at])
            pos = at + len(self._content(a, b))
        out.append(tail[pos:])
        return "".join(out)

    def _content(self, a: int, b: int) -> str:
        """The content characters of ``items[a:b]``."""
        return content_chars("".join([it.text for it in self.items[a:b]]))


def keep_restated_box_lines(items: list[Item], start: int, end: int, outside: BoxOutside | None = None) -> int:
    """Keep in the box ``items[start + 1:end]`` (``items[start]`` its marker) only the lines whose text the page
    restates outside it (``outside``: that text, when the caller has it), in their order, and put the others right
    after it, in the order read; return the box's end.

    A line is the box's when its character runs stand outside the box (:data:`LINE_RESTATED_SHARE`), a short
    line (:data:`SHORT_LINE_CHARS`) when the page prints it right after the box line above it (:func:`_joins`).
    Only a box mixed of both is sorted, and only when each join of its own lines stands outside the box (a quote is
    one run of its body's text: lines the page does not print one after the other leave the box as it is). When
    its last own line ends no sentence, the box goes on with the next line outside that runs on from it, and so on
    to a sentence end, a line or two (:data:`MAX_SKIPPED_LINES`) of the column read between going before it; own lines that end no sentence
    even so are no quote (a few runs of a box whose sentence the page does not print, shared by chance).

    Before (devpages gov-1980-02, pdfminer): ``●观 点`` / ``镍、钴、稀土、铌等资源，扩大我国钢铁和有`` /
    ``联合体超计划生产的产品，可以`` / ``色金属的品种。`` / ``自销。`` made a quote of the column's lines; after, the
    quote is ``联合体超计划生产的产品，可以自销。`` and the two column lines follow it.
    Not sorted: a box whose lines the page prints nowhere else, or whose lines all stand there.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> page = [mk("甲乙丙丁戊己庚辛，饭”。联合体超计划生产的产品，可以自销。子丑寅卯辰巳")]
    >>> box = [mk("●观 点"), mk("镍、钴、稀土、铌等资源，扩大我国钢铁和有"), mk("联合体超计划生产的产品，可以"),
    ...        mk("色金属的品种。"), mk("自销。")]
    >>> items = page + box + page
    >>> end = keep_restated_box_lines(items, 1, 5)
    >>> end, [it.text for it in items[2:7]]
    (4, ['联合体超计划生产的产品，可以', '自销。', '镍、钴、稀土、铌等资源，扩大我国钢铁和有', '色金属的品种。', '甲乙丙丁戊己庚辛，饭”。联合体超计划生产的产品，可以自销。子丑寅卯辰巳'])
    >>> plain = page + [box[0], box[2], mk("自销。")] + page
    >>> keep_restated_box_lines(plain, 1, 4)
    4
    """
    box = items[start + 1 : end]
    if not box:
        return end
    outside = outside or BoxOutside(items, start, end)
    rest = outside.text()
    if content_chars("".join([it.text for it in box])) in rest:
        return end  # (the cheap test first: the page prints the whole box again, each of its lines its own)
    own: list[int] = []
    for k, it in enumerate(box):
        if own:
            if _restated(it, box[own[-1]], rest, below=False):
                own.append(k)
        elif k + 1 < len(box) and _restated(it, box[k + 1], rest, below=True):
            own.append(k)  # (the first own line: a short one is judged with the line under it)
        elif k + 1 == len(box) and _restated(it, None, rest, below=False):
            own.append(k)
    if not own or len(own) == len(box) or not _one_run([box[k] for k in own], rest):
        return end
    kept = [box[k] for k in own]
    moved = [it for k, it in enumerate(box) if k not in own]
    past = end
    while len(kept) < MAX_BOX_LINES and (after := _runs_on_after(outside, past, kept[-1])):
        moved += items[past : past + after - 1]
        kept.append(items[past + after - 1])
        past += after
    if not kept[-1].ends:
        return end  # (a quote is a sentence or two: own lines that end none are a few runs the page shares)
    end = past
    items[start + 1 : end] = kept + moved
    return start + 1 + len(kept)


def _restated(line: Item, near: Item | None, rest: str, below: bool) -> bool:
    """Whether box ``line`` restates the page's text ``rest``: its character runs stand there, or, short, it runs on
    there from the box line ``near`` above it (``below``: into the line ``near`` under it)."""
    text = content_chars(line.text)
    if len(text) >= SHORT_LINE_CHARS:
        return contains_at_least(text, rest, LINE_RESTATED_SHARE)
    if near is None:
        return False
    return _joins(line, near, rest) if below else _joins(near, line, rest)


def _joins(upper: Item, lower: Item, rest: str) -> bool:
    """Whether ``rest`` prints the end of ``upper`` right before the start of ``lower`` (:data:`JOIN_CHARS` each)."""
    probe = content_chars(upper.text)[-JOIN_CHARS:] + content_chars(lower.text)[:JOIN_CHARS]
    return len(probe) > JOIN_CHARS and probe in rest


def _one_run(lines: list[Item], rest: str) -> bool:
    """Whether ``rest`` prints each of ``lines`` right after the one before it (the quote's sentence, run on)."""
    return all(_joins(a, b, rest) for a, b in itertools.pairwise(lines))


def _runs_on_after(outside: BoxOutside, past: int, last: Item) -> int:
    """How many lines from ``items[past]`` (past the box of ``outside`` and the lines it took in already) up to the
    one that goes on with the box's ``last`` own line (0: none), when ``last`` ends no sentence: at most
    :data:`MAX_SKIPPED_LINES` lines before it, and the page prints the two lines one after the other outside the box,
    the lines it took in and that line."""
    if last.ends:
        return 0
    items = outside.items
    for k in range(past, min(len(items), past + MAX_SKIPPED_LINES + 1)):
        line = items[k]
        if line.role != "text":
            continue
        rest = outside.text((outside.end, past), (k, k + 1))
        if _joins(last, line, rest) and _restated(line, last, rest, below=False):
            return k - past + 1
    return 0


def marker_past_column(items: list[Item], start: int, end: int, outside: BoxOutside | None = None) -> bool:
    """Move the box marker ``items[start]`` past the lines ``items[start + 1:end]`` read as its box when they are
    the column's text and the box's own lines follow them; return whether it moved (``outside``: the page's text
    outside those lines, when the caller has it).

    pdfminer may read a box's marker inside the paragraph beside it, the column's lines after it and the box's own
    lines only then. Those lines are the column's when the page restates none of them outside them
    (:data:`LINE_RESTATED_SHARE`) and the line above the marker ends no sentence (the column's paragraph, open,
    goes on after the marker: the words across that join are too few for :func:`~textclean.clean.wrapped.goes_on`
    to tell, ``…同全体`` / ``职工一道…``); the box is the lines right under them that the page restates, one after the other
    (:func:`_one_run`), up to a sentence end, :data:`~textclean.clean.roles.MAX_BOX_LINES` at most.

    Before (devpages gov-1987-02, pdfminer): ``…促使企业经营者同全体`` / ``●观 点`` / ``职工一道切实加强各项基础工作，建`` /
    … / ``家。`` / ``加速金融体制的改革，既是国家加强`` / ``和改善宏观管理的重要内容，也是搞`` / ``活经济的必要条件。``
    made a quote of the column's lines; after, they go on from ``…同全体`` and the quote is the last three lines.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> said = mk("其他内容。加速金融体制的改革，既是国家加强和改善宏观管理的重要内容，也是搞活经济的必要条件。")
    >>> col = [mk("促使企业经营者同全体"), mk("●观 点"), mk("职工一道切实加强各项基础工作，建"), mk("立严格的内部管理制度。")]
    >>> box = [mk("加速金融体制的改革，既是国家加强"), mk("和改善宏观管理的重要内容，也是搞"), mk("活经济的必要条件。")]
    >>> items = [*col, *box, said]
    >>> marker_past_column(items, 1, 4), [it.text[:4] for it in items[:7]]
    (True, ['促使企业', '职工一道', '立严格的', '●观 点', '加速金融', '和改善宏', '活经济的'])
    >>> marker_past_column([*col, *box], 1, 4)  # (the page prints the quote's sentence nowhere else)
    False
    """
    column = items[start + 1 : end]
    if not column or start == 0 or items[start - 1].role != "text" or items[start - 1].ends:
        return False
    k = end
    while k < len(items) and k - end < MAX_BOX_LINES and items[k].role == "text" and not items[k].ends:
        k += 1
    if k >= len(items) or k - end >= MAX_BOX_LINES or not items[k].ends or items[k].role != "text":
        return False  # (the cheap tests first: no sentence of a box's length right under the lines)
    own = items[end : k + 1]
    outside = outside or BoxOutside(items, start, end)
    rest = outside.text()
    if any(contains_at_least(it.text, rest, LINE_RESTATED_SHARE) for it in column):
        return False
    rest = outside.text((end, k + 1), box=True)  # (the text outside the box's own lines)
    if not all(_restated(it, nxt, rest, below=True) for it, nxt in zip(own, [*own[1:], None], strict=True)):
        return False
    if not _one_run(own, rest):
        return False
    items[start : k + 1] = [*column, items[start], *own]
    return True
