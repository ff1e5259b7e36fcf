"""A two-part headline's short upper half, read apart from its lower half, joined to it again by the body's words.

A two-part headline may open with a half of three to five characters (``高温天`` / ``谨防“热射病”``, ``志愿填报`` /
``这些问题考生最关心``). Set on a line of its own, such a half has a column label's shape (``健康课堂``, ``理论视点``:
labels too stand tight over titles, :data:`~textclean.clean.wrapped.HALF_MIN_WIDTH`), so the shape cannot tell the
two apart; the words can. A half says what the story is about, so most of its character pairs recur in the body
under the head (``高温``, ``志愿``, ``填报``); a label names the page's section, and its words are rarely the story's
(:func:`body_says`, on the gold of the dev pages: lay12's short halves 32 times in 45; the labels and kickers of
three to five characters 0 times in 155 on the devpages, 9 in 398 on lay6-lay10, 17 in 105 on lay12, where the
shape asked besides, a line set tight right over its title and no more than a third as wide, keeps most apart).
:func:`join_short_halves` runs once the wrapped headline lines are joined
(:func:`~textclean.clean.wrapped.join_wrapped_titles`), which may have wrapped the half into the kicker above it.
"""

from __future__ import annotations

import itertools
import re

from textclean.clean.boxed import repeated_lines
from textclean.clean.chardata import HAN, ROLE_WORD_RE, has_halves_space
from textclean.clean.lexicon import breaks_a_word, first_word, word_class
from textclean.clean.roles import Element, Item
from textclean.clean.wrapped import HALF_MIN_WIDTH, WRAPPED_HEADLINE_WIDTH, goes_on, join_wrapped_titles

#: A short upper half is at most this wide (em): the narrowest clause (:data:`~textclean.clean.wrapped.HALF_MIN_WIDTH`)
#: and a few characters under it (``高温天``, ``失眠了``, ``发烧咳嗽``, ``课后两小时``); wider halves pair by shape.
SHORT_HALF_WIDTH = HALF_MIN_WIDTH
#: ... and at least this wide: a word of one or two characters over a title is a label (``舞台``, ``展览``), no half.
SHORT_HALF_MIN = 3.0
#: The lower half is at least this wide (em): a clause (:data:`~textclean.clean.wrapped.HALF_MIN_WIDTH`), and at
#: most a one-column headline (:data:`~textclean.clean.wrapped.WRAPPED_HEADLINE_WIDTH`, its lines' widths summed).
LOWER_HALF_MIN = HALF_MIN_WIDTH
#: A two-part headline's halves balance: the lower at most this many times as wide as a short upper half (the short
#: halves of lay6 and lay12 head lower halves 1 to 2.7 times as wide). A label or kicker stands over a title of any
#: width (``实验室里`` over ``新型固态电池材料研发取得突破``, 3.5 times; lay6-lay10's short kickers: up to 6.7).
HALVES_RATIO = 3.0
#: Share of the short half's character pairs that must recur in the body under the head (with
#: :data:`MIN_SHARED_PAIRS`: the counts in the module's docstring).
SHARED_PAIRS = 0.5
#: ... and at least this many: one pair in common is chance (``演出季`` over a story of a show: 演出).
MIN_SHARED_PAIRS = 2
#: Elements read between a title and its body: subtitle, byline, column label, note (its head's own parts).
HEAD_PARTS = ("subtitle", "byline", "column", "note")
#: How many elements under the title the body may stand (a subtitle, a byline, a label and the body).
BODY_REACH = 4
#: A byline line that may be a short half: two to five Han characters alone.
NAME_LIKE_RE = re.compile(f"[{HAN}]{{2,5}}")
#: Marks left out of the pairs read: a quote or title mark pairs with nothing in the body.
PAIR_SKIP = "“”‘’《》〈〉「」 \u3000"
#: A topical column label's usual shape: a set phrase of this many Han characters (``乡村振兴``, ``营商环境``), which
#: a story under it may quote word for word (``以乡村振兴为抓手``): such a half needs a second cue (:func:`quoted_label`).
SET_PHRASE_RE = re.compile(f"[{HAN}]{{4}}")
#: Marks of a lower half commenting on its upper one (:func:`comments_on`): a question, a quote.
COMMENT_MARKS = "？?“”「」"
#: Words of a lower half asking about its upper one (``发烧咳嗽`` / ``是不是流感``).
QUESTION_WORDS = ("是不是", "吗", "为何", "为什么", "如何", "怎么", "怎样", "哪些")
#: jieba's word classes a comment opens with, its subject the upper half: a pronoun, an adverb, a preposition
#: (``志愿填报`` / ``这些问题考生最关心``); a title with a subject of its own opens with a noun (``小山村走出致富路``).
COMMENT_OPENING_TAGS = frozenset(("r", "d", "ad", "p"))
#: Two kicker lines opening with the same words (this many characters) are a couplet (``一手抓防控`` / ``一手抓发展``);
#: a label over a half shares none (``名医坐诊`` / ``发烧咳嗽``: their width alone cannot tell).
COUPLET_OPENING = 2
#: Most characters between a kicker's two lines where the body says them together (``让群众少跑腿、让数据多跑路``).
TOGETHER_GAP = 2


def join_titles(elements: list[Element]) -> list[Element]:
    """The headline lines wrapped (:func:`~textclean.clean.wrapped.join_wrapped_titles`), then the short upper
    halves (:func:`join_short_halves`) joined to their titles."""
    return join_short_halves(join_wrapped_titles(elements))


def join_short_halves(elements: list[Element]) -> list[Element]:
    """Join a short title line set tight over a title to it, as a two-part headline's upper half, where most of its
    character pairs recur in the body under them (:func:`body_says`).

    Before: ``title 发烧咳嗽``, ``title 是不是流感`` over a body saying ``…发烧、咳嗽…``; after: one title
    ``发烧咳嗽 是不是流感``. The half wrapped into the kicker above it comes off it: ``title 世界睡眠日`` /
    ``睡不好觉`` over ``title 可能是身体在“报警”`` gives ``世界睡眠日`` and ``睡不好觉 可能是身体在“报警”``; the half
    read as a name (``高温天``, 高 a surname) comes off the byline. Not joined:
    ``健康课堂`` over its title (the body says neither 健康 nor 课堂), a line the page prints twice (a label), a
    line whose words go on from the line above it (a title wrapped in a narrow measure: ``课后服务“花`` / ``样”多``),
    a line above the page's first body (the banner's place).
    """
    if not any(e.kind == "title" and e.items and e.items[-1].width <= SHORT_HALF_WIDTH for e in elements):
        return elements  # (the cue, looked for once a page)
    repeated = repeated_lines(elements)
    first_body = next((k for k, e in enumerate(elements) if e.kind == "body"), len(elements))
    out: list[Element] = []
    for k, el in enumerate(elements):
        upper = out[-1] if out else None
        if upper is None or k <= first_body + 1 or not _half_over(upper, el, repeated):
            out.append(el)
            continue
        body = _body_under(elements, k)
        half = upper.items[-1]
        if body is None or not body_says(half.text, body) or quoted_label(half.text, el.text, body):
            out.append(el)
            continue
        above = _line_above(out)
        if above is not None and kicker_couplet(above, half, body):
            out.append(el)
            continue
        out[-1:] = _rest_of(upper)
        out.append(Element("title", [half, *el.items], f"{half.text.strip()} {el.text}"))
    return out


def _half_over(upper: Element, lower: Element, repeated: set[str]) -> bool:
    """Whether the last line of the title ``upper`` may be the short upper half of the title ``lower``, by shape:
    narrow, set tight over a lower half a clause wide that holds no two halves yet, printed once on the page, and
    (the last of several lines) not going on from the line above it."""
    if upper.kind not in ("title", "byline") or lower.kind != "title" or not upper.items or not lower.items:
        return False
    half = upper.items[-1]
    if upper.kind == "byline" and not _read_as_name(half):
        return False
    if not (SHORT_HALF_MIN <= half.width <= SHORT_HALF_WIDTH) or lower.items[0].gap_before or half.gap_after:
        return False
    width = sum(it.width for it in lower.items)
    if not LOWER_HALF_MIN <= width <= min(WRAPPED_HEADLINE_WIDTH, HALVES_RATIO * half.width):
        return False
    if has_halves_space(lower.text):
        return False
    if half.text in repeated or not half.text.strip() or half.text.strip()[-1] in "，、：；":
        return False
    if len(upper.items) == 1 or upper.kind == "byline":
        return True
    above = upper.items[-2]
    return not (above.gap_after or goes_on(above, half) or breaks_a_word(above.text, half.text))


def _read_as_name(line: Item) -> bool:
    """Whether a byline's last line is one bare Han word read as a name (``高温天``: 高 is a common surname), no role
    word, ornament or second name with it: it may be a headline's short half (:func:`body_says` tells)."""
    text = line.text.strip()
    return NAME_LIKE_RE.fullmatch(text) is not None and ROLE_WORD_RE.search(text) is None


def _body_under(elements: list[Element], k: int) -> str | None:
    """The text of the body under the title ``elements[k]``: past its own head parts (within :data:`BODY_REACH`
    elements), its pieces up to the next element of another kind (a column break or an inner head may cut it)."""
    texts: list[str] = []
    for n, el in enumerate(elements[k + 1 :]):
        if el.kind == "body":
            texts.append("".join([it.text for it in el.items]))
        elif texts or el.kind not in HEAD_PARTS or n >= BODY_REACH:
            break
    return "".join(texts) if texts else None


def body_says(half: str, body: str) -> bool:
    """Whether at least :data:`SHARED_PAIRS` of the character pairs of ``half`` recur in ``body``.

    >>> body_says("高温天", "连日来高温天气持续"), body_says("健康课堂", "医生提醒，健康生活要从饮食做起")
    (True, False)
    """
    chars = [c for c in half if c not in PAIR_SKIP]
    pairs = {a + b for a, b in itertools.pairwise(chars)}
    shared = sum(p in body for p in pairs)
    return shared >= MIN_SHARED_PAIRS and shared >= SHARED_PAIRS * len(pairs)


def quoted_label(half: str, lower: str, body: str) -> bool:
    """Whether the short line ``half`` reads as a topical column label over the title ``lower``, though the body says
    its words: a four-character set phrase (:data:`SET_PHRASE_RE`) the body quotes word for word, over a title that
    does not comment on it (:func:`comments_on`). A label names a topic in its set words and the story quotes them;
    a two-part headline's lower half says something of its upper half.

    >>> quoted_label("乡村振兴", "小山村走出致富路", "该村以乡村振兴为抓手"), quoted_label("志愿填报", "这些问题考生最关心", "志愿填报成为焦点")
    (True, False)
    >>> quoted_label("发烧咳嗽", "是不是流感", "出现发烧、咳嗽等症状")
    False
    """
    half = half.strip()
    return SET_PHRASE_RE.fullmatch(half) is not None and half in body and not comments_on(lower)


def comments_on(lower: str) -> bool:
    """Whether a two-part headline's lower half reads as a comment on its upper half: it asks (:data:`COMMENT_MARKS`,
    :data:`QUESTION_WORDS`), quotes, or opens with no subject of its own (:data:`COMMENT_OPENING_TAGS`).

    >>> comments_on("这些问题考生最关心"), comments_on("谨防“热射病”"), comments_on("是不是流感"), comments_on("审批提速再提速")
    (True, True, True, False)
    """
    if any(mark in lower for mark in COMMENT_MARKS) or any(word in lower for word in QUESTION_WORDS):
        return True
    return word_class(first_word(lower)) in COMMENT_OPENING_TAGS


def kicker_couplet(above: Item, half: Item, body: str) -> bool:
    """Whether a kicker's last line ``half`` and the line ``above`` it are one kicker, not a kicker over a headline's
    half: two lines opening with the same words (:data:`COUPLET_OPENING`: ``一手抓防控`` / ``一手抓发展``), or two the
    body says together (:data:`TOGETHER_GAP`: ``让群众少跑腿`` / ``数据多跑路`` over ``…让群众少跑腿、让数据多跑路…``). A
    kicker wrapped over a half (``世界睡眠日`` / ``睡不好觉``) and a label over one (``名医坐诊`` / ``发烧咳嗽``) are neither.

    >>> from textclean.clean.chardata import text_width
    >>> mk = lambda t: Item(0, t, t, text_width(t), False, False, "text")
    >>> kicker_couplet(mk("让群众少跑腿"), mk("数据多跑路"), "坚持让群众少跑腿、让数据多跑路"), kicker_couplet(mk("一手抓防控"), mk("一手抓发展"), "")
    (True, True)
    >>> kicker_couplet(mk("世界睡眠日"), mk("睡不好觉"), "2月12日是世界睡眠日。"), kicker_couplet(mk("名医坐诊"), mk("发烧咳嗽"), "")
    (False, False)
    """
    upper, lower = above.text.strip(), half.text.strip()
    if len(upper) > COUPLET_OPENING and upper[:COUPLET_OPENING] == lower[:COUPLET_OPENING]:
        return True
    pattern = f"{re.escape(upper)}.{{0,{TOGETHER_GAP}}}{re.escape(lower)}"
    return re.search(pattern, body) is not None


def _line_above(out: list[Element]) -> Item | None:
    """The title line over the half closing ``out`` (the half's own title's line above it, or the last line of a
    title just over it), or None."""
    upper = out[-1]
    if upper.kind != "title":
        return None
    if len(upper.items) > 1:
        return upper.items[-2]
    over = out[-2] if len(out) > 1 else None
    return over.items[-1] if over is not None and over.kind == "title" and over.items else None


def _rest_of(upper: Element) -> list[Element]:
    """``upper`` without its last line (the half taken off it), or nothing when that was its one line."""
    items: list[Item] = upper.items[:-1]
    if not items:
        return []
    joiner = " " if upper.kind == "byline" else ""  # (a byline's lines are parted so: layout.py)
    return [Element(upper.kind, items, joiner.join([it.text.strip() for it in items]))]
