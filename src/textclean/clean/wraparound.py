"""One story set in two measures: text wrapped round a picture or its head, or a lead set across its columns.

:func:`~textclean.clean.measures.changes_column` cuts a run of text where its measure changes after a sentence end:
another article's column, its head set elsewhere. A story set round a photo or beside its own head stack changes
its measure too (a narrow column beside them, the full measure under them), and so does one whose lead is set across
the columns it opens. Where the extractor keeps its own reading order (PyMuPDF prints the page tight, no blank line:
the lines of a block in order), the text tells the two apart (:func:`wraps_round`): where a story changes its
measure, its sentences run on across the change; where one article's column gives way to another's, they do not.
Not asked of text printed with blank lines (pdfminer, pdftotext): their row readers put lines of neighbouring
columns side by side, so a width changing inside a sentence there says nothing of one story.
"""

from __future__ import annotations

import re

from textclean.clean.chardata import DATELINE_PAPER_RE
from textclean.clean.measures import AMBIGUOUS_WIDTH_RE
from textclean.clean.roles import Item, fuller_median, is_headline_like
from textclean.clean.typesetting import BODY_FULL_SHARE, FULL_LINE_SLACK, INDENT
from textclean.clean.windows import BodyWindows
from textclean.clean.wrapped import goes_on

#: The measure either side of a break is read over this many lines (as :mod:`~textclean.clean.measures` reads it).
SIDE_LINES = 6
#: ... and right at the break over this many of the lines that tell it (full lines: a column's worth of evidence
#: fewer than this would not give, as ``measures.MIN_TELLING_LINES``).
NEAR_LINES = 3
#: Two measures closer than this (em) are one: widths come in half-em steps, and one justified column's full lines
#: measure the same to the half em (``measures.BLOCK_MEASURE_DIFF``).
SAME_MEASURE = 1.0
#: A side's measure is told by at least this many full lines: one line alone may be a lead's, a caption's or a
#: note's set across the page (as ``columns.COLUMN_LINES`` asks a narrower column's full lines to be more than one).
TELLING_LINES = 2
#: A lead set across its columns is at most this many lines (one sentence of a feature's opening): a longer piece
#: under a head is a short story of its own, however its full stops fall.
LEAD_LINES = 5
#: ... and its measure at least this many times the columns' under it (set across two columns or more, with their
#: gutter): a piece barely wider than the columns under it is another column.
LEAD_SPREAD = 1.8
#: ... and set across three columns or more (their gutters less a little slack), a lead of several sentences: a news
#: item set so wide over narrower columns is a head's story's opening, no item of its own.
LEAD_SPREAD_MANY = 2.5
#: A sentence ends inside a line: a full stop, question or exclamation mark with more text after it in the line
#: (not one closing a quotation: ``“修书如修心。”这是`` goes on one sentence).
MID_SENTENCE_END_RE = re.compile(r"[。！？!?](?=[^”’」』）)\s])")
#: A piece ending with a bracket closes on a credit or note (``（记者 张华）``): a story's end, no lead.
CLOSING_BRACKETS = ")）】]"
#: A news item's opening in the first clause of a piece (spaces dropped): the date a dateline files it under
#: (``新华社北京5月20日电``, ``5月20日，``) or the time word of its lede (``市场监管部门近日开展专项检查，``,
#: ``日前，``): a story's closing paragraph goes on from what the story told, an item of its own says when.
NEWS_LEDE_RE = re.compile("^[^，。！？；：,]{0,12}?(?:近日|日前|昨日|昨天|[0-9０-９]{1,2}月[0-9０-９]{1,2}日)")
#: The marks closing a quotation: a line above ending so may leave the speaker's attribution to the line under it.
QUOTE_CLOSERS = "”’」』"
#: ... and the attribution closes on a full stop (``一位基层法官说。``; a line ending on an ellipsis or an exclamation
#: mark, ``嘀嗒，嘀嗒……``, opens a scene).
ATTRIBUTION_END = "。"
#: The piece's opening is read over this many of its lines (a time word may wrap onto the second).
LEDE_LINES = 2
#: A curly quote's share of an em where it is set half an em (:data:`~textclean.clean.measures.AMBIGUOUS_WIDTH_RE`).
HALF_EM = 0.5


def wraps_round(windows: BodyWindows, i: int, start: int, headed: bool) -> bool:
    """Whether the measure change :func:`~textclean.clean.measures.changes_column` found at line ``i`` (after a
    sentence end) is one story's, set round a picture or its head: no cut there. ``start``: the first line of the
    piece at hand, ``headed``: whether that piece opens the run or opens under a head (not where a measure changed).

    One story's when the piece above opens its story under its head in a measure of its own (:func:`is_lead`: a
    lead set across the columns, one sentence set narrow beside the head or picture), when the change is not at the
    break (:func:`change_at_break`; the text under the break still in the measure above down to a head:
    :func:`ends_over_head`), or when the sentences run on across it (:func:`runs_across`, :func:`changed_above`).

    >>> line = lambda w, ends: "文" * (int(w) - 1) + ("。" if ends else "文")
    >>> mk = lambda w, ends=False: Item(0, line(w, ends), line(w, ends), float(w), False, False)
    >>> narrow = [mk(7)] * 6 + [mk(9, True)]  # (the sentence's last line wider than its column)
    >>> wide = [mk(19)] + [mk(21)] * 5
    >>> wraps_round(BodyWindows([mk(7, True), *narrow, *wide]), 8, 0, False)
    True
    >>> wraps_round(BodyWindows([mk(7, True), *narrow[:-1], mk(5, True), *wide]), 8, 0, False)
    False
    """
    body = windows.body
    above = windows.telling(max(start, i - SIDE_LINES), i)
    below = windows.telling(i, i + SIDE_LINES)
    upper, lower = fuller_median(above), fuller_median(below)
    if headed and is_lead(body, start, i, upper, lower):
        return True
    return (
        not change_at_break(above, below)
        or runs_across(body, i, upper, lower)
        or changed_above(body, i, start, upper, lower)
        or ends_over_head(body, i, above, lower)
    )


def is_lead(body: list[Item], start: int, i: int, upper: float, lower: float) -> bool:
    """Whether ``body[start:i]``, under a head, opens its story in a measure of its own, no head at the break
    (:func:`head_at`): a lead set across the columns under it (at most :data:`LEAD_LINES` lines, :data:`LEAD_SPREAD`
    times their measure or more, one sentence, :func:`lone_sentence`; several, :data:`LEAD_SPREAD_MANY` times or
    more), or one sentence set narrow beside its head or picture, the measure under it :data:`LEAD_SPREAD` times as
    wide or more. A piece of several sentences in a narrower measure is a story of its own, unless its sentences run
    on across (:func:`runs_across`).

    Before (PyMuPDF): a head, a three-sentence news item in 11 em lines, the next story in 18 em: the item was one
    paragraph under its head and the next story ran on into it; after, two stories.

    >>> t = lambda w, ends: "文" * (w - 1) + ("。" if ends else "文")
    >>> mk = lambda w, ends=False: Item(0, t(w, ends), t(w, ends), float(w), False, False)
    >>> col = [Item(0, t, t, float(len(t)), False, False) for t in ("周六上午，读书会开", "讲，由社区图书馆的馆员")]
    >>> lead = [mk(36), mk(36), mk(20, True)]
    >>> is_lead([*lead, *col], 0, 3, 36.0, 12.0), is_lead([*lead, *col], 0, 3, 36.0, 21.0)
    (True, False)
    """
    if head_at(body, i, lower):
        return False
    if upper >= LEAD_SPREAD * lower > 0:  # (a lead across the columns under it)
        return i - start <= LEAD_LINES and lone_sentence(body, start, i, upper >= LEAD_SPREAD_MANY * lower)
    return lower >= LEAD_SPREAD * upper > 0 and lone_sentence(body, start, i)  # (beside its head or picture)


def head_at(body: list[Item], i: int, lower: float = 0.0) -> bool:
    """Whether ``body[i]`` may be the next story's head: a line of headline text
    (:func:`~textclean.clean.roles.is_headline_like`), or any line ending no sentence short of a paragraph's first
    line in the measure under it (``lower`` less the indent and the slack: ``补短板，路面修补提速`` over 18 em, clause
    punctuation and all), whose words do not go on into the line under it (:func:`~textclean.clean.wrapped.goes_on`).
    A one-paragraph story over it is a story of its own, however short.

    Before: ``港口城市迎来转运高峰`` / byline / one paragraph (18 em) / ``山乡新貌`` / ``走进青山村，…`` (17 em): the
    paragraph was one sentence under its head, and the next story ran on into it; after, two stories.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> head_at([mk("山乡新貌"), mk("走进青山村，平整的水泥路通到家家户")], 0)
    True
    >>> head_at([mk("走进青山村，平整的"), mk("水泥路通到家家户")], 0)
    False
    >>> head_at([mk("补短板，路面修补提速"), mk("连日来，市交通部门组织力量对全市")], 0, 18.0)
    True
    """
    if i + 1 >= len(body) or goes_on(body[i], body[i + 1]):
        return False
    short = not body[i].ends and body[i].width < lower - INDENT - FULL_LINE_SLACK
    return short or is_headline_like(body[i])


def lone_sentence(body: list[Item], start: int, i: int, wide: bool = False) -> bool:
    """Whether ``body[start:i]`` holds one sentence end only, its last line's: no line above it ends a sentence, no
    line holds one inside it (:data:`MID_SENTENCE_END_RE`), and it closes on no bracket (a credit, ``（记者 张华）``:
    :data:`CLOSING_BRACKETS`). A story's lead set across its columns is one sentence and no article of its own; a
    short news item of several sentences, its full stops falling inside lines, is one. Set across three columns or
    more (``wide``: :data:`LEAD_SPREAD_MANY`), a lead may hold several sentences, ending inside lines.

    Before (PyMuPDF, a feature weekly): the head, ``“……”这是`` / ``…在父亲肩上的孩子。`` (33 to 36 em, the lead) /
    ``“修书如修心。”这是…`` (12 em columns): the lead cut off as an article of its own under the title; after, the
    story's first paragraph.

    >>> mk = lambda ends: Item(0, "文。" if ends else "文", "文。" if ends else "文", 2.0, False, False)
    >>> lone_sentence([mk(False), mk(False), mk(True), mk(False)], 0, 3)
    True
    >>> lone_sentence([mk(True), mk(False), mk(True), mk(False)], 0, 3)
    False
    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> lone_sentence([mk("“修书如修心。”这是她的"), mk("一句话。")], 0, 2)
    True
    >>> lone_sentence([mk("游客三百万人次。各景"), mk("区秩序井然。")], 0, 2)
    False
    """
    piece = body[start:i]
    if not piece or piece[-1].text.rstrip()[-1:] in CLOSING_BRACKETS:
        return False
    return not any(it.ends for it in piece[:-1]) and (
        wide or not any(MID_SENTENCE_END_RE.search(it.text) for it in piece)
    )


def change_at_break(above: list[float], below: list[float]) -> bool:
    """Whether the measure changes at the break between the telling widths ``above`` and ``below`` it (each side's
    window): the lines right at it (the last :data:`NEAR_LINES` above, the first below) are set in two measures,
    :data:`SAME_MEASURE` apart or more, or, where they are set in one, each side's other measure is told by two
    full lines or more (:func:`told_by_lines`). A window may reach past the break to one wide line only (a lead's
    last line two sentences up, a story's first line under its picture, a note set across the page under the
    column): that line tells no column, and the break parts lines of one measure. Two lines of a wider measure a
    few lines down may be the next story's, widening under its own picture (``test_next_story_column.py``).

    Before (PyMuPDF, an opinion page): ``…事半功倍。`` / ``守正才能不迷失方`` (8 to 10 em both sides) / ``本版邮箱：…``
    (35 em) cut the essay's last paragraph off as an article of its own; after, one body.

    >>> change_at_break([15, 15, 15], [21, 21, 21]), change_at_break([46, 15, 15, 15], [13, 15, 15])
    (True, False)
    >>> change_at_break([11, 11, 11], [9, 11, 11, 11, 24, 24])  # (the next story's measure told by two lines)
    True
    """
    near_above, near_below = above[-NEAR_LINES:], below[:NEAR_LINES]
    if abs(fuller_median(near_above) - fuller_median(near_below)) >= SAME_MEASURE:
        return True
    return min(told_by_lines(above), told_by_lines(below)) >= TELLING_LINES


def told_by_lines(widths: list[float]) -> int:
    """How many of ``widths`` tell their measure: those at least
    :data:`~textclean.clean.typesetting.BODY_FULL_SHARE` of the widest, as :func:`~textclean.clean.roles.fuller_median`
    counts them.

    >>> told_by_lines([46, 15, 15, 15]), told_by_lines([15, 15, 14]), told_by_lines([])
    (1, 3, 0)
    """
    return sum(1 for w in widths if w >= BODY_FULL_SHARE * max(widths)) if widths else 0


def runs_across(body: list[Item], i: int, upper: float, lower: float) -> bool:
    """Whether, where the measure widens at line ``i`` (``upper`` over it, ``lower`` under it), the text runs on
    across the change: the sentence ending over the break has a line too wide for the column above (wider by more
    than :data:`~textclean.clean.typesetting.FULL_LINE_SLACK`: it was set in the wider measure, under the picture),
    or the paragraph under the break opens in the column above (its first line no wider than that column, short of
    the wider one by more than an indent) and goes on full in the wider one (its second line no first line's: as wide
    as the third), that first line no head (:func:`head_at`: its words go on into the line under it). Another
    article's column opens with a first line of its own measure.

    Before (PyMuPDF, a health page): ``…食盐摄入量约为`` (7 em) / ``10.5克，几乎是推荐量的两倍。`` (14 em) /
    ``省立第二医院心内科…`` (21 em): the story cut where it came out from beside its photo; after, one body.

    >>> line = lambda w, ends: "文" * (int(w) - 1) + ("。" if ends else "文")
    >>> mk = lambda w, ends=False: Item(0, line(w, ends), line(w, ends), float(w), False, False)
    >>> runs_across([mk(7), mk(14, True), mk(21)], 2, 7.0, 21.0), runs_across([mk(7), mk(5, True), mk(19)], 2, 7.0, 21.0)
    (True, False)
    >>> real = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> opening = [real("据了解，此次修"), real("补工作采用了新型快速修补材料，施工完成后两小时"), real("即可恢复通车，最大限度减少了对交通的影响，受到")]
    >>> runs_across([mk(7), mk(5, True), *opening], 2, 7.0, 24.0)
    True
    >>> runs_across([mk(7), mk(5, True), real("第五届漫画大展揭晓"), *opening[1:]], 2, 9.0, 24.0)
    False
    """
    if lower <= upper:
        return False
    last = body[i - 1]
    if last.role == "text" and half_quoted_width(last) > upper + FULL_LINE_SLACK:
        return True
    if i + 1 >= len(body) or body[i].ends or body[i].role != "text" or body[i + 1].role != "text":
        return False
    first, second = body[i].width, body[i + 1].width
    third = body[i + 2].width if i + 2 < len(body) and not body[i + 1].ends else second
    return (
        first <= upper + FULL_LINE_SLACK
        and first < lower - INDENT - FULL_LINE_SLACK
        and second >= lower - FULL_LINE_SLACK
        and second >= third - FULL_LINE_SLACK
        and not head_at(body, i, lower)  # (the next story's head over its first line: ``…获奖作品揭晓`` / ``本报讯…``)
    )


def half_quoted_width(it: Item) -> float:
    """``it``'s width with its curly quotes set half an em (:data:`HALF_EM`): the narrowest it may be set in. Before:
    ``称作“幸福食堂”“暖心”。`` (13 em as counted, 11 em set) under an 11 em column read as set in the wider measure
    under it; after, a line of its column.

    >>> half_quoted_width(Item(0, "称作“幸福食堂”“暖心”。", "称作“幸福食堂”“暖心”。", 13.0, False, False))
    11.0
    """
    return it.width - HALF_EM * len(AMBIGUOUS_WIDTH_RE.findall(it.text))


def changed_above(body: list[Item], i: int, start: int, upper: float, lower: float) -> bool:
    """Whether the sentence ending over line ``i`` is already set in the measure below (each of its lines but the
    last nearer ``lower`` than ``upper``): the measure changed further up, inside the text, and the break only
    parts two sentences of one column.

    Before (PyMuPDF): a lead of 33 to 36 em, then ``“修书如修心。”这是`` (10 em) / ``…一句话。`` and 12 em lines under
    it: the window above still held the lead; after, no cut.

    >>> mk = lambda w, ends=False: Item(0, "文。" if ends else "文", "文。" if ends else "文", float(w), False, False)
    >>> changed_above([mk(34, True), mk(10), mk(12, True), mk(12)], 3, 0, 34.0, 12.0)
    True
    >>> changed_above([mk(34, True), mk(34), mk(12, True), mk(12)], 3, 0, 34.0, 12.0)
    False
    """
    k = i - 1
    while k > start and not body[k - 1].ends:
        k -= 1
    lines = [it.width for it in body[k : i - 1] if it.role == "text"]
    return bool(lines) and all(abs(w - lower) < abs(w - upper) for w in lines)


def ends_over_head(body: list[Item], i: int, above: list[float], lower: float) -> bool:
    """Whether, where the measure widens at line ``i`` (the telling widths ``above`` over it, ``lower`` under it: a
    :func:`~textclean.clean.roles.fuller_median`), the text under the
    break is still set in the column above down to a head (:func:`head_at`, short of a paragraph's first line, or
    a line of another role) that opens after a sentence end, within :data:`SIDE_LINES` lines: the wider measure is told by the lines past that head
    (the next story, a box under the story), and the break parts two paragraphs of one column. Each line of the
    piece is no wider than the widest line above, its running lines (no paragraph's first or last) as wide as the
    column above less :data:`SAME_MEASURE` and a full line's slack. Another
    article's column opens in a measure of its own; one that widens inside a sentence (set round its own picture)
    widens before any head. The piece must read as the story's last paragraphs (:func:`tails_story`).

    Before (PyMuPDF, a law page): ``…才意识到问题的严重性。”`` (15 em) / ``一位基层法官说。`` / ``法治速递`` / a briefs
    box (29 em): the window under the break read the box's measure, and the story's closing line was cut off as an
    article of its own under the box's label; after, the story's last paragraph.

    >>> line = lambda w, ends: "文" * (int(w) - 1) + ("。" if ends else "文")
    >>> mk = lambda w, ends=False: Item(0, line(w, ends), line(w, ends), float(w), False, False)
    >>> head = Item(0, "法治速递", "法治速递", 4.0, False, False)
    >>> quoted = Item(0, "文" * 13 + "。”", "文" * 13 + "。”", 15.0, False, False)
    >>> ends_over_head([mk(15)] * 4 + [quoted, mk(8, True), head, mk(29), mk(29)], 5, [15.0] * 4, 29.0)
    True
    >>> ends_over_head([mk(15)] * 4 + [mk(15, True), mk(8), mk(29), mk(29, True), head], 5, [15.0] * 4, 29.0)
    False
    >>> ends_over_head([mk(15)] * 4 + [mk(15, True), mk(9), mk(10), mk(6, True), head], 5, [15.0] * 4, 29.0)
    False
    """
    upper = fuller_median(above)
    if lower <= upper:
        return False
    for k in range(i, min(i + SIDE_LINES, len(body))):
        it, opens = body[k], k == i or body[k - 1].ends
        short = it.width < upper - INDENT - FULL_LINE_SLACK  # (a head is; an unindented item's first line is not)
        if k > i and opens and (it.role != "text" or (short and head_at(body, k, upper))):
            return tails_story(body, i, k, upper)
        if it.role != "text" or half_quoted_width(it) > max(above) + FULL_LINE_SLACK:
            return False
        if not opens and not it.ends and it.width < upper - SAME_MEASURE - FULL_LINE_SLACK:
            return False  # (a running line short of the column above: another, narrower measure)
    return False


def tails_story(body: list[Item], i: int, k: int, upper: float) -> bool:
    """Whether the piece ``body[i:k]`` set over a head reads as the last paragraphs of the story above it, no item of
    its own: it opens on no news item's opening (a paper's or agency's dateline, ``本报讯``, ``新华社北京5月20日电``,
    or the date or time word of a lede in its first clause: :data:`NEWS_LEDE_RE`), closes on no bracket (a credit
    signing an item, ``（记者 张华）``: :data:`CLOSING_BRACKETS`), and it tells the column's measure ``upper`` with a
    line of its own as wide as a paragraph's first line (less the :data:`~textclean.clean.typesetting.INDENT` and a
    full line's slack) or is one line, the rest of a quotation the line above closes (:data:`QUOTE_CLOSERS`: a
    speaker's attribution, :data:`ATTRIBUTION_END`). Short lines alone tell no measure, and may be a headless
    story's opening lines set short, over the line read as a head.

    Before (PyMuPDF): ``…排水管网全部换新，再也不用发`` / ``愁了。”居民张大爷笑着说。`` / ``市场监管部门近日开展专项``
    / ``检查，…`` / ``检查经营户八百余家。`` / ``相关链接`` / a box: the headless news item was added to the story;
    after, an article of its own. So ``嘀嗒，嘀嗒……`` / ``时针指向凌晨三点`` over a wider story: no tail of the story above.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> above = [mk("往往是等到传票送到家里才意识"), mk("到问题的严重性。”")]
    >>> tails_story([*above, mk("一位基层法官说。"), mk("法治速递")], 2, 3, 14.0)
    True
    >>> tails_story([above[0], mk("到问题的严重性。"), mk("嘀嗒，嘀嗒……"), mk("时针指向凌晨三点")], 2, 3, 14.0)
    False
    >>> tails_story([*above, mk("市场监管部门近日开展专项检查"), mk("检查经营户八百余家。"), mk("相关链接")], 2, 4, 14.0)
    False
    >>> tails_story([*above, mk("据悉，团队正在开发更轻便的干"), mk("头环，佩戴时间可缩短。"), mk("相关链接")], 2, 4, 14.0)
    True
    """
    opening = re.sub("[ \u3000]", "", "".join(it.text for it in body[i : min(k, i + LEDE_LINES)]))
    if DATELINE_PAPER_RE.match(opening) or NEWS_LEDE_RE.match(opening):
        return False
    if body[k - 1].text.rstrip()[-1:] in CLOSING_BRACKETS:
        return False
    if any(it.width >= upper - INDENT - FULL_LINE_SLACK for it in body[i:k]):
        return True
    return (
        k - i == 1
        and body[i].text.rstrip().endswith(ATTRIBUTION_END)
        and body[i - 1].text.rstrip()[-1:] in QUOTE_CLOSERS
    )
