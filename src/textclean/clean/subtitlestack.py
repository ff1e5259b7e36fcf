"""Head stacks over a ``——`` subtitle: where a head read into a body ends
(:func:`~textclean.clean.innerheads.split_inner_heads` asks :func:`stack_over_subtitle`).

A title set as wide as a paragraph's first line of the column under it has no shape of its own; the ``——``
subtitle printed under it does: the lines over it, after a sentence end, are the head; inside a sentence too
(:func:`stacks_in_sentences`), where the sentence then goes on past it unless a paragraph opens under it
(:func:`opens_under`). Heads read inside a sentence that goes on are taken out of the body (:func:`lift_out`).
"""

from __future__ import annotations

import re

from textclean.clean.chardata import DASHES, DATELINE_PAPER_RE, HAN, is_person_name, leaves_bracket_open
from textclean.clean.lexicon import is_common_word, is_name_word
from textclean.clean.roles import Item, column_of, over_first_line
from textclean.clean.typesetting import MAX_HEADLINE_WIDTH
from textclean.clean.wrapped import goes_on

#: What a ``——`` subtitle holds none of (a list item of running text set after a dash has a comma or a stop).
SUBTITLE_STOP_RE = re.compile("[，,。！？…；]")
#: What a line of the head stack holds none of: a sentence stop or a clause mark (running text; a headline has a
#: comma between its halves at most).
HEAD_MARK_RE = re.compile("[。！？…；：;:!?]")
#: A headline's lead, a place or a firm and its colon, before the words about it (``石泉县：小田并大田``), or an
#: exclaimed lead (``补时绝杀！滨城浪花力克西岭飞鹰``, a sports head): the mark opens no clause there
#: (:func:`~textclean.clean.datelineheads.is_head_line`, :func:`_running_marks`). At most :data:`HEAD_LEAD_CHARS`
#: characters, Han on both sides.
HEAD_LEAD_CHARS = 8
HEAD_LEAD_RE = re.compile(f"^[{HAN}]{{2,{HEAD_LEAD_CHARS}}}[：！](?=[{HAN}])")
#: A headline may name its place or subject before a colon (``石泉县：小田并大田``): at most this many characters
#: before it, and more after it. Running text's colon closes a lead-in (``主要目标是：``) or follows a longer clause.
MAX_NAME_BEFORE_COLON = 6
#: A head line naming its subject before a colon: a short name, the colon, then headline words with no other mark.
NAMED_HEAD_RE = re.compile(f"^[^：:，,]{{1,{MAX_NAME_BEFORE_COLON}}}[：:][^：:]+$")
#: A head read inside a sentence stands over its ``——`` subtitle through at most this many lines (a kicker over a
#: title wrapped once); more lines free of commas over it are the column's text.
SENTENCE_STACK_LINES = 3
#: A name cut from an attribution holds no common word of the lexicon at least this long: ``——南非行`` (``南非``),
#: ``——贺新春`` (``新春``) open with a surname's character but are short subtitles, where ``——周晨昕`` holds none.
MIN_COMMON_WORD_CHARS = 2
#: What an attribution may add to its name: a dynasty or country in brackets (``——（唐）王勃``), a work's title in
#: book-title marks (``——王勃《送杜少府之任蜀州》``).
ATTRIBUTION_EXTRAS_RE = re.compile("[（(][^）)]{1,4}[）)]|《[^》]*》|[\\s\u3000·]")
#: A work cited with no person's name: its title in book-title marks alone, or after a verb of citing
#: (``——《论语》``, ``——摘自《求是》``): a source, no subtitle.
CITED_WORK_RE = re.compile("^(?:摘自|选自|引自|出自|语出|见)?《[^》]+》")


def stack_over_subtitle(body: list[Item], i: int, limit: int) -> int:
    """One past the ``——`` subtitle that the lines from ``body[i]`` (after a sentence end) stand right over, each
    ending no sentence and holding no sentence stop, clause mark (:data:`HEAD_MARK_RE`) or more than one comma: a
    head stack (label, kicker, title) over its subtitle, at most ``limit`` lines in all; else ``i``. A subtitle
    holds no sentence stop nor comma (:data:`SUBTITLE_STOP_RE`), and is no wider than a headline; running text set
    after a sentence end finishes a sentence or opens a list (``…如下：`` / ``——坚持…，…``) before such a line.

    Before (PyMuPDF, the third layout, a 9 em column): ``…协调持续发展。`` / ``史海回眸`` / ``深化企业改革`` (6 em, as
    wide as a paragraph's first line there) / ``——坚持长期稳定发展经济的方针`` / ``增强企业活力是``: the label was
    cut off as a head, and the title and subtitle read on as the next body's opening; after, all three are the
    head. Not so: a ``——`` line that holds a comma or a sentence stop (a list item), or lines over it that finish a
    sentence.

    >>> mk = lambda t, role="text": Item(0, t, t, float(len(t)), False, False, role)
    >>> head = [mk("史海回眸"), mk("深化企业改革"), mk("——坚持长期稳定发展经济的方针", "attribution")]
    >>> stack_over_subtitle([*head, mk("增强企业活力是")], 0, 6)
    3
    >>> stack_over_subtitle([*head[:2], mk("——坚持改革，稳定发展", "attribution")], 0, 6)
    0
    """
    for s in range(i, min(len(body), i + limit)):
        it = body[s]
        if it.role == "attribution":
            dash = s > i and it.width <= MAX_HEADLINE_WIDTH and not SUBTITLE_STOP_RE.search(it.text)
            return s + 1 if dash else i
        if it.role != "text" or it.ends or _running_marks(it.text) or it.text.count("，") > 1:
            return i  # (a clause mark inside a line: running text, ``…的主要目标是：在优化结构、提高效``)
    return i


def stacks_in_sentences(body: list[Item], limit: int, spaced: bool = False) -> dict[int, int]:
    """The head stacks over a ``——`` subtitle read inside a sentence of ``body``: ``{first line: lines}``.

    An extractor reads a head set over the later columns of its article (the first column running from the top)
    after that first column, inside its last sentence; the column above may end in a short line there (a column
    of its own), so the shape of the line above tells nothing. The subtitle does: over it, up to
    :data:`SENTENCE_STACK_LINES` lines free of commas and stops that close the brackets they open
    (:func:`stack_over_subtitle`; not a byline's ``本报讯（记者 X`` broken off), under a line that
    ends no sentence (in a sentence opened after another's end: :func:`_running_above`) and whose words do not carry on into the first of
    them, with text under the subtitle that does not carry it on.

    Before (PyMuPDF): ``…快于全部`` / ``新闻发布会`` / ``前10个月规上工业增加值增长12.1%`` / ``——政策组合拳效果逐步显现`` /
    ``规模以上工业2.0个百分点，…``: the head stayed in the sentence; after, its three lines are a head. Not so: a
    ``——`` line under a line holding commas (``所以为娜拉计，钱，`` / ``——高雅的说罢，就是经``: running text). Nor on a
    page whose printed lines blank lines part (``spaced``: pdfminer's and pdftotext's text): there the gaps tell such a
    head already (:mod:`~textclean.clean.innerheads`), and reading stacks there too cost the blind opinion pages'
    pdfminer subtitles .804 -> .779; the rule is for text set line under line (PyMuPDF's).

    >>> mk = lambda t, role="text": Item(0, t, t, float(len(t)), False, False, role)
    >>> col, head = [mk("全国工业增长较快。"), mk("二是提高效率，快于全部")], [mk("新闻发布会"), mk("前10个月工业增长12.1%")]
    >>> stacks_in_sentences([*col, *head, mk("——效果显现", "attribution"), mk("规模以上工业的增速")], 6)
    {2: 3}
    >>> stacks_in_sentences([*col, mk("所以为娜拉计，钱，"), mk("——高雅的说罢", "attribution"), mk("规模以上")], 6)
    {}
    >>> stacks_in_sentences([*col, *head, mk("——效果显现", "attribution"), mk("规模以上工业的增速")], 6, spaced=True)
    {}

    Nor over an attribution (:func:`attributes_source`): ``…最喜爱的诗句`` / ``海内存知己`` / ``天涯若比邻`` / ``——王勃``
    is a verse the text quotes, kept in the body.
    """
    found: dict[int, int] = {}
    if spaced:
        return found
    for k, it in enumerate(body[:-1]):
        if it.role != "attribution" or not it.text.startswith("——") or body[k + 1].role != "text":
            continue  # (the cheap test first: a dash line is rare)
        if attributes_source(it.text):
            continue  # (a verse's or a saying's source signed under it: the running text quotes it)
        if goes_on(it, body[k + 1]):
            continue  # (a subtitle wrapped, ``——坚持长期稳定发展经济`` / ``的方针``: where it ends, nothing tells)
        s = k
        while s > max(1, k - SENTENCE_STACK_LINES) and _head_line(body[s - 1]):
            s -= 1
        while s < k and goes_on(body[s - 1], body[s]):
            s += 1  # (the words above carry on into it: the column's text)
        above = body[s - 1]
        if s < k and above.role == "text" and not above.ends and _running_above(body, s - 1):
            closed = not leaves_bracket_open("".join([x.text for x in body[s:k]]))  # (a head closes its brackets)
            if closed and stack_over_subtitle(body, s, limit) == k + 1:
                found[s] = k + 1 - s
    return found


def attributes_source(text: str) -> bool:
    """Whether a ``——`` line is an attribution, not a subtitle: after its dash (and any dynasty in brackets or a
    work's title: :data:`ATTRIBUTION_EXTRAS_RE`) a person's name: a name word of the lexicon
    (:func:`~textclean.clean.lexicon.is_name_word`), or a name's shape
    (:func:`~textclean.clean.chardata.is_person_name`) holding no common word (:func:`_holds_common_word`). A quoted
    verse set line under line inside running text and signed so (``…最喜爱的诗句`` / ``海内存知己`` / ``天涯若比邻`` /
    ``——王勃`` / ``在场的读者…``) is the text's, no head. Shortness is no name: ``——随笔``, ``——南非行``,
    ``——访张三`` are short subtitles.

    >>> attributes_source("——王勃"), attributes_source("——（唐）王勃"), attributes_source("——鲁迅《故乡》")
    (True, True, True)
    >>> attributes_source("——《论语》"), attributes_source("——摘自《求是》")
    (True, True)
    >>> attributes_source("——效果显现"), attributes_source("——南非行"), attributes_source("——随笔")
    (False, False, False)
    """
    if CITED_WORK_RE.match(text.lstrip(DASHES)):
        return True  # (a work cited alone: :data:`CITED_WORK_RE`)
    rest = ATTRIBUTION_EXTRAS_RE.sub("", text.lstrip(DASHES))
    return is_name_word(rest) or (is_person_name(rest) and not _holds_common_word(rest))


def _holds_common_word(text: str) -> bool:
    """Whether ``text`` holds a common word of the lexicon (:func:`~textclean.clean.lexicon.is_common_word`) of at
    least :data:`MIN_COMMON_WORD_CHARS` characters: ``南非行`` (``南非``), not ``周晨昕``."""
    n = len(text)
    return any(is_common_word(text[i:j]) for i in range(n) for j in range(i + MIN_COMMON_WORD_CHARS, n + 1))


def _running_above(body: list[Item], j: int) -> bool:
    """Whether the sentence ``body[j]`` stands in opened after another's end in the run: running text (the run's
    first lines, ending no sentence, may be a head of their own: ``…巩固壮大实体经济根`` / ``基`` over a stack)."""
    return any(it.ends for it in body[:j])


def _head_line(it: Item) -> bool:
    """Whether ``it`` may be a line of a head stack read inside a sentence: text with no stop, mark or comma."""
    return it.role == "text" and not it.ends and not SUBTITLE_STOP_RE.search(it.text) and not _running_marks(it.text)


def names_before_colon(text: str) -> bool:
    """Whether a headline line names its place or subject before a colon (:data:`NAMED_HEAD_RE`: at most
    :data:`MAX_NAME_BEFORE_COLON` characters before it, headline words after it, no comma, stop or list mark).

    >>> names_before_colon("石泉县：小田并大田　"), names_before_colon("的主要目标是：在优化结构、提高效"), names_before_colon("工作如下：")
    (True, False, False)
    """
    t = text.strip()
    return NAMED_HEAD_RE.match(t) is not None and not SUBTITLE_STOP_RE.search(t) and "、" not in t


def _running_marks(text: str) -> bool:
    """Whether a line over a ``——`` subtitle holds a clause mark of running text (:data:`HEAD_MARK_RE`), not the
    colon of a headline naming its subject first (:func:`names_before_colon`).

    >>> _running_marks("石泉县：小田并大田　"), _running_marks("的主要目标是：在优化结构、提高效"), _running_marks("工作如下：")
    (False, True, True)

    Nor a head's exclaimed lead (:data:`HEAD_LEAD_RE`): before (PyMuPDF, lay9 sports page), ``…各地举行。`` /
    ``中超联赛第25轮`` / ``补时绝杀！江南雄鹰力克天港海狮`` / ``——江南雄鹰升至积分榜第二位`` / ``这已经是该队近5个赛``: the
    label alone was the head, the title and subtitle opened the body; after, the three lines are the head. A line
    stopped at its end or with a longer clause before the mark stays running text.

    >>> _running_marks("补时绝杀！江南雄鹰力克天港海狮"), _running_marks("太好了！"), _running_marks("他们说这场比赛太好了！我们")
    (False, True, True)
    """
    lead = HEAD_LEAD_RE.match(text.strip()) if "！" in text else None
    rest = text.strip()[lead.end() :] if lead is not None and lead.group().endswith("！") else text
    return HEAD_MARK_RE.search(rest) is not None and not names_before_colon(text)


def lift_out(pieces: list[tuple[bool, list[Item]]], heads: list[list[Item]]) -> list[tuple[bool, list[Item]]]:
    """The ``pieces`` with the ``heads`` read inside their sentences taken out of the body pieces holding them and
    set after each (the sentence reads on across the gap; whose head it is, the content decides).

    >>> mk = lambda t, no: Item(no, t, t, float(len(t)), True, True)
    >>> text = [mk("甲乙", 0), mk("丙", 1), mk("丁。", 2)]
    >>> head = text[1:2]
    >>> [(h, [it.text for it in p]) for h, p in lift_out([(False, text)], [head])]
    [(False, ['甲乙', '丁。']), (True, ['丙'])]
    """
    out: list[tuple[bool, list[Item]]] = []
    taken = {id(it) for h in heads for it in h}  # (by identity: the column lines of one joined row share a number)
    for is_head, part in pieces:
        if is_head:
            out.append((True, part))
            continue
        kept = [it for it in part if id(it) not in taken]
        if kept:
            out.append((False, kept))
        out.extend((True, h) for h in heads if part[0].no <= h[0].no <= part[-1].no)
    return out


def opens_under(body: list[Item], j: int, window: int) -> bool:
    """Whether a paragraph's first line stands under ``body[j]`` (:func:`~textclean.clean.roles.over_first_line`,
    measured over ``window`` lines below), or a dateline's paper or agency opens it
    (:data:`~textclean.clean.chardata.DATELINE_PAPER_RE`: ``本报讯（记者…``, ``新华社成都2月2日电``, where pdftotext's
    lines tell no indent): the text under a head read inside a sentence opens anew, not that sentence."""
    if DATELINE_PAPER_RE.match(body[j + 1].text):
        return True  # (the paper or agency of a dateline opens the text under it: another article's)
    return over_first_line(body, j, column_of(body[j + 1 : j + 1 + window]))
