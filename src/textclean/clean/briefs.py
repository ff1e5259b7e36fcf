"""News briefs: a box of several briefs under one label, each a paragraph opening with a glyph and a run-in head.

A city daily sets its short news in a tinted box headed once by its label (``简讯``); each brief is one paragraph
that opens with a glyph and a bold head, then an ideographic space and the text, wrapped in a narrow column::

    ■ 坚持以邓小平理论为指
    导，不断推进理论创新　邓小
    平理论是我们的旗帜，…（记者 史涵）
    ■ 关于教育科技文化建设
    我们今后应该十分重视智力开…

PyMuPDF and pdfminer keep the ideographic space (U+3000) in the raw line, at the end of the head (inside a line or
at its end). Read as one article, the box was titled with its label and the briefs' heads stayed in its text.
:func:`brief_starts` finds the briefs: a line that opens with a glyph (:data:`~textclean.clean.chardata.BOX_GLYPHS`),
a head of a phrase's length without a sentence stop, ended by the ideographic space within the first lines, and
:data:`MIN_BRIEFS` of them in a row from the body's first line. A glyph opening a list item inside an article's text
(``■ 坚持改革开放，…``: no space ends a head) is no brief.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import compress, count

from textclean.clean.bylines import closing_names
from textclean.clean.chardata import BOX_GLYPHS, CLAUSE_PUNCT_RE
from textclean.clean.ornaments import label_of
from textclean.clean.repair import join_lines
from textclean.clean.roles import Item
from textclean.clean.wrapped import goes_on
from textclean.models import Article

#: :data:`~textclean.clean.chardata.BOX_GLYPHS` as a set of characters (no empty string in it: a blank line opens none).
_GLYPH_SET = frozenset(BOX_GLYPHS)

#: The separator between a run-in head and its text: the typesetter's ideographic space (a full-width em space, what
#: a Chinese paper sets after a run-in head; an ASCII space inside Chinese text is an extractor's gap or a name's).
HEAD_SEPARATOR = "\u3000"
#: A run-in head wraps over at most this many lines of a narrow column (10-13 characters a line: a head of up to
#: 30 characters); a separator further down is a dateline's or a paragraph's, not a head's.
MAX_HEAD_LINES = 5
#: A head is a phrase of four characters or more (the devpages' shortest titles hold 4); a shorter run before a space
#: is a byline's role word (``□ 记者 X``) or a letter-spaced scrap.
MIN_HEAD_CHARS = 4
#: The longest run-in head: a headline-length phrase (devpages' titles hold at most about 40 characters).
MAX_HEAD_CHARS = 40
#: A head is no sentence: a sentence stop or a colon inside it makes the run a caption (``▲农户在田间查看作物长势。``)
#: or a lead-in (``■ 教育：…``), not a head.
HEAD_STOP_RE = re.compile("[。！？；：:!?;]")
#: A box of briefs holds several: one glyph-led paragraph with a head is a lone subheading or an ornament.
MIN_BRIEFS = 2
#: A brief's closing signature at its last line's end, ``…奖励。（郑玲）`` or ``（周建平）`` alone: a box's brief is signed
#: (lay15's briefs every one); a story's glyph-led section ends in a sentence, no name.
SIGNED_END_RE = re.compile("[（(][^（）()]{2,30}[）)]$")
#: A brief whose head stands on its glyph's line alone (:func:`own_line_head`) runs at most this many lines before
#: the next (a few sentences in a narrow column); a longer run under a glyph-led line is an article's section.
MAX_BRIEF_LINES = 10


def unmarked_title(title: str) -> str:
    """A title without the glyph that opens it: the mark a brief's run-in head opens with (``■ 关于工业生产``) is an
    ornament, not the headline's text (no gold title of any layout opens with one), nor a column label's (``■经济观察``,
    ``▲ 热点追踪``). A title of the glyph alone stays.

    Before (pdftotext, lay5-021): a brief's head read apart from its text as a headline, title
    ``■ 推动社会主义文化大发展大繁荣``; after, ``推动社会主义文化大发展大繁荣``.

    >>> unmarked_title("■ 推动社会主义文化大发展大繁荣"), unmarked_title("■"), unmarked_title("关于工业生产")
    ('推动社会主义文化大发展大繁荣', '■', '关于工业生产')
    """
    rest = title[1:].strip() if title[:1] in BOX_GLYPHS else ""
    return rest or title


def unmarked_article(article: Article) -> Article:
    """The article with its title's opening glyph dropped (:func:`unmarked_title`: a brief's head read on its own
    line as a headline, ``■青溪市新增城市绿道120公里``), unless the title is a label between two ornaments
    (``●读者来信●``: :func:`~textclean.clean.ornaments.label_of`), which stays whole."""
    if label_of(article.title) is not None:
        return article
    return replace(article, title=unmarked_title(article.title))


def has_stop(text: str) -> bool:
    """Whether ``text`` holds a sentence stop or a colon (:data:`HEAD_STOP_RE`): no head, no label.

    >>> has_stop("作。"), has_stop("速览")
    (True, False)
    """
    return HEAD_STOP_RE.search(text) is not None


def brief_head(items: list[Item], i: int) -> tuple[int, str, str] | None:
    """The run-in head of a brief opening at line ``i``: ``(line of the separator, head, text after it on that
    line)``, else None (the line opens with no glyph, no ideographic space ends a head within :data:`MAX_HEAD_LINES`
    lines, or the run is no head: too short, too long, or holding a sentence stop).

    >>> mk = lambda raw: Item(0, raw, raw.replace("\\u3000", " ").strip(), 10.0, False, False)
    >>> lines = [mk("■ 坚持以邓小平理论为指"), mk("导，不断推进理论创新\\u3000邓小"), mk("平理论是我们的旗帜，")]
    >>> brief_head(lines, 0)
    (1, '坚持以邓小平理论为指导，不断推进理论创新', '邓小')
    >>> brief_head([mk("■ 关于教育科技文化建设\\u3000"), mk("我们今后应该十分重视")], 0)
    (0, '关于教育科技文化建设', '')
    >>> brief_head([mk("■ 坚持改革开放，推进"), mk("现代化建设。"), mk("■ 坚持依法治国。")], 0) is None
    True
    >>> brief_head([mk("▲农户查看长势。本报记者\\u3000陈焘嵘 摄")], 0), brief_head([mk("□ 记者\\u3000王雎")], 0)
    (None, None)

    A space after the glyph opens no text; the next brief's glyph line ends the search:

    >>> brief_head([mk("■\\u3000提高能源的利用效率\\u3000能源")], 0)
    (0, '提高能源的利用效率', '能源')
    >>> brief_head([mk("■ 坚持改革开放"), mk("■ 加强民主法制建设\\u3000我们要")], 0) is None
    True
    """
    if not items[i].text[:1] or items[i].text[0] not in BOX_GLYPHS:
        return None
    for k in range(i, min(i + MAX_HEAD_LINES, len(items))):
        if k > i and items[k].text[:1] and items[k].text[0] in BOX_GLYPHS:
            return None  # (the next brief's glyph: this one's head ended before it, or was none)
        raw = items[k].raw.strip(" ").lstrip(HEAD_SEPARATOR)
        if k == i:  # (the glyph, and any space after it, before the head: ``■　提高能源的利用效率　能源…``)
            raw = raw[raw.index(items[i].text[0]) + 1 :].lstrip(" " + HEAD_SEPARATOR)
        if HEAD_SEPARATOR not in raw:
            continue
        before = raw.split(HEAD_SEPARATOR, 1)[0]
        size = len(re.sub(r"\s", "", before)) + (k == i)  # (the glyph counted on its line)
        pieces = [it.text for it in items[i:k]] + [_prefix(items[k].text, size)]
        head = join_lines(pieces)[1:].strip()
        if not MIN_HEAD_CHARS <= len(head.replace(" ", "")) <= MAX_HEAD_CHARS or has_stop(head):
            return None
        return k, head, items[k].text[len(pieces[-1]) :].strip()
    return None


def own_line_head(items: list[Item], i: int) -> tuple[int, str, str] | None:
    """The head of a brief set on its glyph's line alone, the text opening on the next line: ``(i, head, "")``, else
    None (the line holds a sentence stop, is no phrase's length, or the next line opens with a glyph too).

    A front page's briefs box (``要闻简报``) sets each brief's bold head on a line of its own:
    ``■全省退役军人就业创业招聘会举行`` / ``3月14日，全省退役军人就业创业专场招聘`` / ``…（梁静）``. Asked only under a box's
    label (:func:`brief_starts`' ``own_line``): in a story a glyph-led line is a subheading.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> own_line_head([mk("■全省退役军人就业创业招聘会举行"), mk("3月14日，全省退役军人就业")], 0)
    (0, '全省退役军人就业创业招聘会举行', '')
    >>> own_line_head([mk("■坚持改革开放。"), mk("我们要")], 0), own_line_head([mk("■长端品种"), mk("■信用利差")], 0)
    (None, None)
    >>> own_line_head([mk("■3月14日，全省退役军人"), mk("就业创业专场招聘会在")], 0) is None
    True
    >>> own_line_head([mk("■ 加强社会主"), mk("义民主和法制建设"), mk("发展社会主义民主，")], 0) is None
    True
    """
    if i + 1 >= len(items) or items[i].text[:1] not in _GLYPH_SET or items[i + 1].text[:1] in _GLYPH_SET:
        return None
    head = items[i].text[1:].strip()
    if not MIN_HEAD_CHARS <= len(head.replace(" ", "")) <= MAX_HEAD_CHARS or has_stop(head):
        return None
    if CLAUSE_PUNCT_RE.search(head) and not _two_clause_head(head):
        return None  # (a brief with no head, its text's first line: ``■3月14日，全省…``, review RL)
    if goes_on(items[i], items[i + 1]):
        return None  # (a run-in head wrapped, its words going on: ``■ 加强社会主`` / ``义民主和法制建设``)
    return i, head, ""


#: Each clause of a two-clause head holds at least this many characters (``提高宏观调控水平，保持经济平稳较快发展``);
#: a text's first line opens or breaks off shorter (``日前，云川省…``, ``…获悉，未来``).
MIN_CLAUSE_CHARS = 4


def _two_clause_head(head: str) -> bool:
    """Whether ``head``, holding a clause mark, is a head of two clauses parted by one comma, each of
    :data:`MIN_CLAUSE_CHARS` characters or more, not opening with a figure (a date: ``3月14日，…``).

    >>> _two_clause_head("提高宏观调控水平，保持经济平稳较快发展"), _two_clause_head("日前，云川省首批农业科技")
    (True, False)
    >>> _two_clause_head("记者从省气象局获悉，未来"), _two_clause_head("3月14日，全省退役军人就业")
    (False, False)
    """
    parts = head.split("，")
    return (
        len(parts) == 2
        and not head[:1].isdigit()
        and all(len(p) >= MIN_CLAUSE_CHARS and not CLAUSE_PUNCT_RE.search(p) for p in parts)
    )


def _prefix(text: str, size: int) -> str:
    """The shortest start of ``text`` that holds ``size`` non-space characters.

    >>> _prefix("导，不断推进 理论创新 邓小", 10)
    '导，不断推进 理论创新'
    """
    seen = 0
    for n, ch in enumerate(text):
        if seen == size:
            return text[:n]
        seen += not ch.isspace()
    return text


def brief_starts(items: list[Item], own_line: bool = False) -> list[tuple[int, int, str, str]]:
    """The briefs of a body that is or ends in a box of them: ``(first line, separator line, head, rest of that
    line)`` for each, else ``[]``. Every brief is ended by the next one's glyph line, the last by the body's end, and
    there are :data:`MIN_BRIEFS` or more.

    Before (PyMuPDF, lay5-003): one article titled ``城事速递`` whose text read ``■ １９９４年国内工作的回顾过去的一年，…``
    and ``■ 促进区域协调发展深入实施区域…``; after, two briefs titled ``１９９４年国内工作的回顾`` and ``促进区域协调发展``.

    >>> mk = lambda raw: Item(0, raw, raw.replace("\\u3000", " ").strip(), 10.0, False, False)
    >>> body = [mk("■ 促进区域协调"), mk("发展\\u3000深入实施区域"), mk("战略。（记者 范珊）"), mk("■ 提高能源的利用效"), mk("率\\u3000能源")]
    >>> [s[2] for s in brief_starts(body)], brief_starts(body[:3]), [s[0] for s in brief_starts([mk("速览"), *body])]
    (['促进区域协调发展', '提高能源的利用效率'], [], [1, 4])

    Under a box's label (``own_line``), a head set on its glyph's line alone (:func:`own_line_head`) opens a brief too,
    where every brief is short (:data:`MAX_BRIEF_LINES`):

    >>> box = [mk("■全省招聘会举行"), mk("3月14日，招聘会在云州"), mk("举行。（梁静）"), mk("■首批清单发布"), mk("日前，清单印发。")]
    >>> [s[2] for s in brief_starts(box, own_line=True)], brief_starts(box), brief_starts(box[:3] + [mk("文。")] * 12 + box[3:], True)
    (['全省招聘会举行', '首批清单发布'], [], [])
    """
    firsts = [it.text[:1] for it in items]
    marked = list(compress(count(), map(_GLYPH_SET.__contains__, firsts)))  # (a brief's first line)
    if len(marked) < MIN_BRIEFS:
        return []  # (most bodies: no line opens with a glyph)
    starts: list[tuple[int, int, str, str]] = []
    done = 0  # (lines before this one are a found brief's head)
    for i in marked:
        found = brief_head(items, i) if i >= done else None
        if found is None and own_line and i >= done:
            found = own_line_head(items, i)
        if found is not None:
            starts.append((i, *found))
            done = found[0] + 1
    if own_line and not (starts and starts[0][0] == 0 and _briefs_short([s[0] for s in starts], len(items))):
        return []  # (under a label the box opens with its first brief; a story opens with its text)
    return starts if len(starts) >= MIN_BRIEFS else []


def _briefs_short(firsts: list[int], n: int) -> bool:
    """Whether every brief from the first lines ``firsts`` to the body's end (``n`` lines) runs at most
    :data:`MAX_BRIEF_LINES` lines: a box's briefs, not a story's sections under glyph-led subheadings."""
    return all(b - a <= MAX_BRIEF_LINES + 1 for a, b in zip(firsts, [*firsts[1:], n], strict=True))


def lone_brief(items: list[Item], labelled: bool) -> list[tuple[int, int, str, str]]:
    """The one brief of a body that opens with a brief's run-in head under a box label (``labelled``: the
    article was titled with a label, ``速览``, or is untitled: a brief parted from the article above it by
    :func:`brief_after_brief`), as :func:`brief_starts` gives it, else ``[]``. The box's other
    briefs were read elsewhere on the page (pdfminer reads a narrow box's lines with its neighbours' rows and parts
    it), so the :data:`MIN_BRIEFS` of a box are not all there; the label over it says it is a box all the same.

    Before (pdfminer, lay5-017): an article titled ``速览`` whose text read ``■ 加快生态文明体制改革，建设美丽中国人与
    自然是…``; after, an article of column ``速览`` titled ``加快生态文明体制改革，建设美丽中国``. Without a label over
    it, a glyph-led paragraph stays the article's text.

    >>> mk = lambda raw: Item(0, raw, raw.replace("\u3000", " ").strip(), 10.0, False, False)
    >>> body = [mk("■ 加快生态文明"), mk("体制改革，建设美丽"), mk("中国\u3000人与自然是生")]
    >>> lone_brief(body, True), lone_brief(body, False), lone_brief(body[1:], True)
    ([(0, 2, '加快生态文明体制改革，建设美丽中国', '人与自然是生')], [], [])
    """
    found = brief_head(items, 0) if labelled and items else None
    return [(0, *found)] if found is not None else []


def brief_after_brief(items: list[Item], headed_by_brief: bool) -> list[tuple[int, int, str, str]]:
    """The brief that follows, in a body, the one its article is (``headed_by_brief``: the article's title is a
    brief's glyph-led head, read apart from its text as a headline), as :func:`brief_starts` gives it, else ``[]``:
    the first line opening with a glyph and a run-in head (:func:`brief_head`) after a line that ends a sentence.
    The box's first brief lost its head to the headline, so the :data:`MIN_BRIEFS` of the body are not there.

    Before (pdfminer, lay5-031): title ``■ 新时代新征程中国共产党的使命任务`` over ``从现在起，…伟大复兴。`` and
    ``■ 坚持物质文明和`` / ``精神文明两手抓 实行`` / ``依法治国和以德治国相`` / ``结合　社会主义精神文`` …: one article;
    after, two, the second titled ``坚持物质文明和精神文明两手抓 实行依法治国和以德治国相结合``. Under a title that
    opens with no glyph, a glyph-led paragraph stays the article's text.

    >>> mk = lambda raw: Item(0, raw, raw.replace("\\u3000", " ").strip(), 10.0, False, False)
    >>> body = [mk("从现在起，中国共产党"), mk("大复兴。"), mk("■ 坚持物质文明和"), mk("结合\u3000社会主义")]
    >>> brief_after_brief(body, True), brief_after_brief(body, False)
    ([(2, 3, '坚持物质文明和结合', '社会主义')], [])

    """
    for i in range(1, len(items)) if headed_by_brief else ():
        if items[i].text[:1] in BOX_GLYPHS and items[i - 1].ends and (found := brief_head(items, i)) is not None:
            return [(i, *found)]
    return []


def own_briefs_after_brief(items: list[Item], headed_by_brief: bool) -> list[tuple[int, int, str, str]]:
    """The briefs that follow, in a body, the one its article is (``headed_by_brief``: the article's title is a
    brief's glyph-led head set on a line of its own), each head on its glyph's line alone (:func:`own_line_head`)
    after a line that ends a sentence, as :func:`brief_starts` gives them, else ``[]``: every brief, the first
    included, runs at most :data:`MAX_BRIEF_LINES` lines (a story's glyph-led sections run longer).

    Each brief before a head is signed (:data:`SIGNED_END_RE`, :func:`~textclean.clean.bylines.closing_names`).
    A front page's briefs box sets each head on its own line; the first head was read as the box's headline, so the
    box's label stood over it and the other briefs ran on in its text. Before (PyMuPDF, lay15 fr-04): one article
    titled ``全省开展打击欺诈骗保专项整治`` holding ``◆白河市建成首批“智慧农贸市场”`` and ``◆省委巡视工作领导小组召开
    会议`` with their texts; after, three briefs.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> body = [mk("省医保局近日部署专项整治，"), mk("重点查处虚假就医。（郑玲）"), mk("◆白河市建成首批智慧市场"), mk("市场近日投入使用。")]
    >>> [s[2] for s in own_briefs_after_brief(body, True)], own_briefs_after_brief(body, False)
    (['白河市建成首批智慧市场'], [])

    Not so: a glyph-led line after a long section (a story's subheading), or one after a line that goes on.

    >>> own_briefs_after_brief([mk("文字，"), mk("文字。")] * 6 + body[2:], True)
    []
    >>> own_briefs_after_brief([body[0], *body[2:]], True), own_briefs_after_brief([mk("文字。"), *body[2:]], True)
    ([], [])
    """
    if not headed_by_brief:
        return []
    starts = [
        (i, *found)
        for i in range(1, len(items))
        if items[i].text[:1] in _GLYPH_SET and _signed(items[i - 1]) and (found := own_line_head(items, i)) is not None
    ]
    return starts if starts and _briefs_short([0, *[s[0] for s in starts]], len(items)) else []


def _signed(line: Item) -> bool:
    """Whether ``line`` ends in a closing signature (:data:`SIGNED_END_RE`) naming someone.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> _signed(mk("给予奖励。（郑玲）")), _signed(mk("（周建平）")), _signed(mk("落到实处。")), _signed(mk("分为（一）"))
    (True, True, False, False)
    """
    m = SIGNED_END_RE.search(line.text)
    return m is not None and bool(closing_names(m.group(0)))


def brief_bodies(items: list[Item], starts: list[tuple[int, int, str, str]]) -> list[list[Item]]:
    """The text lines of each brief of :func:`brief_starts`: the rest of its separator line (when any), then the
    lines up to the next brief."""
    out = []
    for n, (_, sep, _, rest) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(items)
        first = items[sep]
        head_line = [Item(first.no, first.raw, rest, first.width, first.gap_before, first.gap_after)] if rest else []
        out.append([*head_line, *items[sep + 1 : end]])
    return out
