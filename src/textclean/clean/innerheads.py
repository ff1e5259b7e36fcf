"""Running text -> the heads set inside it: where a run of body lines is cut into articles' bodies and heads.

Extractors read a headline set beside a column, or between two articles' columns, as a line of the text.
:func:`split_inner_heads` finds such heads by shape (lines that fit neither the column above nor the one below), by
the page's blank lines where they mark blocks (:func:`~textclean.clean.measures.blank_marks_block`), and by the
words (a line whose words carry on into the next is running text); it also cuts where the measure changes after a
sentence end (:func:`changes_column`): another article's body, its headline set elsewhere. A head block pdfminer
read line by line with the body's first lines beside it is lifted out whole (:mod:`~textclean.clean.interleaved`)."""

from __future__ import annotations

import itertools
import re

from textclean.clean.chardata import ENUM_OPENER_RE, closes_bracket_above, leaves_bracket_open, width_with_wide_digits
from textclean.clean.columnjump import column_breaks_sentence, paragraph_opens_other_column
from textclean.clean.headfit import (
    dateline_lead,
    lines_apart,
    no_paragraph,
    overhangs,
    overhangs_full_line,
    runs_on_in_column,
    subhead_phrase,
    tells_column,
    tight_box,
    too_full_to_open,
    wrapped_head_over_opening,
    wraps_at_comma,
)
from textclean.clean.lexicon import breaks_a_word
from textclean.clean.measures import (
    OTHER_COLUMN_DIFF,
    blank_marks_block,
    block_of_other_measure,
    changes_column,
    resumes_elsewhere,
    set_measure_changes,
    short_block_in_sentence,
)
from textclean.clean.opening import carries_count, gapped_body, two_clause_box
from textclean.clean.roles import (
    HEAD_OVERHANG,
    HEAD_SHORTFALL,
    Item,
    column_of,
    is_headline_like,
    misfits_column,
    over_first_line,
)
from textclean.clean.subtitlestack import lift_out, opens_under, stack_over_subtitle, stacks_in_sentences
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT
from textclean.clean.windows import BodyWindows, Heads
from textclean.clean.wraparound import wraps_round
from textclean.clean.wrapped import continues_a_phrase, goes_on

#: What ends a sentence inside a line (a head line holds none).
SENTENCE_STOP_RE = re.compile("[。！？…；]")
#: Clause marks a head line holds none of (a comma between a headline's halves, or 、 in a list of its words, it
#: may hold).
HEAD_PUNCT_RE = re.compile("[；：。！？;:!?]")

#: The column before a line is measured over at most this many text lines above it ...
COLUMN_BEFORE_LINES = 6
#: ... and the column after it over this many below it (few: the next article's body may follow) ...
COLUMN_AFTER_LINES = 3
#: ... or, where the column above is known too, over this many (past the other lines of a head stack).
COLUMN_AFTER_LINES_PAST_HEAD = 6
#: A head inside a body is at most this many lines (logo, column label, kicker, two title lines, subtitle).
MAX_INNER_HEAD_LINES = 6
#: A head block read inside a sentence where blank lines mark blocks is at most this many lines (a title wrapped once).
HEAD_BLOCK_LINES = 2
#: A line over a head line may stand over it through this many head lines (a kicker over a title of two lines).
HEAD_STACK_LINES = 3
#: Columns above and below a one-line head that differ by at most this much (em) are one column: the line is
#: a subheading of the article it stands in (an article set after another usually changes the measure).
SAME_COLUMN_SLACK = 1.5
#: Commas a head line holds at most (``坚持以邓小平理论为指导，不断推进理论创新``): a line with more is a sentence
#: of running text, however its width sits in the column.
MAX_HEAD_COMMAS = 1


def split_inner_heads(
    body: list[Item], head_follows: bool = False, spaced: bool = True, under_head: bool = False, lead: Heads = ()
) -> list[tuple[bool, list[Item]]]:
    """Cut a run of body lines at the headline lines set inside it: ``(is_head, lines)`` pieces in order.

    A headline between two articles' bodies, with no byline or label around it, reads on as part of the text before it.
    Running text cannot hold it: after a sentence ends, the next line opens a paragraph (the column less the indent) or
    goes on full; a line that ends no sentence and is much shorter than both (or much wider than the column) fits
    neither the column above nor the one below (:func:`_inner_head_at`). Lines of clause punctuation
    (``一定要搞好整党整 / 风，加强党的建设``) are heads too when their shape says so. When headline material follows the run
    (``head_follows``: a byline, column label or box), its last lines are a head too when they misfit the column above.
    Where the measure changes after a sentence end (:func:`changes_column`; inside one, at a block or paragraph of
    another measure: :func:`_other_column`), the run is cut with no head between: the next article's body, its headline
    set elsewhere (the measure above read from the piece cut last, lest a new column's short paragraph be cut off). A
    head may also stand inside a sentence (:func:`_sentence_head`): cut there too, unless the sentence goes on past it
    (lifted out); a block read inside a sentence that resumes in another block (:func:`resumes_elsewhere`) opens as
    after its end. ``lead``: the run's head lines (and heads cut, those set alike: :mod:`~textclean.clean.headsalike`).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> full, last, first, wide = mk("甲" * 12), mk("甲乙丙丁戊己庚。"), mk("乙" * 14), mk("乙" * 16)
    >>> [(h, len(p)) for h, p in split_inner_heads([full, full, last, mk("推进改革发展"), first, wide, wide])]
    [(False, 3), (True, 1), (False, 3)]
    >>> [(h, len(p)) for h, p in split_inner_heads([full, full, last, first, wide, wide])]
    [(False, 6)]
    >>> [(h, len(p)) for h, p in split_inner_heads([full, full, last, mk("推进改革，"), mk("促进发展")], True)]
    [(False, 3), (True, 2)]
    """
    if not body:
        return []
    pieces: list[tuple[bool, list[Item]]] = []
    gapped, windows = gapped_body(body), BodyWindows(body, lead, pieces)  # (once: the rules ask them at each place)
    stacked = stacks_in_sentences(body, MAX_INNER_HEAD_LINES, spaced)  # (heads over a ``——`` subtitle in a sentence)
    at, gaps_tell = _head_places(windows, spaced, gapped, stacked)
    lifted: list[range] = []  # heads read inside a sentence that goes on past them
    start, n, headed = 0, len(body), under_head  # (``headed``: the piece opens under a head: its lead may span columns)
    for i in at:
        if i < start or (lifted and i in lifted[-1]):
            continue  # (inside the head found last)
        mid_sentence = i > 0 and body[i - 1].role == "text" and not body[i - 1].ends
        mid_sentence = mid_sentence and not resumes_elsewhere(body, i, MAX_INNER_HEAD_LINES, gapped, windows)
        if mid_sentence:
            m, lifts = _sentence_head(body, i, stacked, gaps_tell, head_follows)
            if lifts:
                lifted.append(range(i, i + m))  # (the sentence goes on past the head read into it)
                continue
        else:
            m = _inner_head_at(windows, i, (head_follows, spaced, gaps_tell))
            m = m or wrapped_head_over_opening(body, i, windows.lead)  # (a box's heads set alike)
            m = 0 if m and any(i < s < i + m for s in stacked) else m  # (a paragraph's opening over such a head)
        if m and (i + m < n or head_follows):
            d = dateline_lead(body[i : i + m], body[i + m :])  # (a dateline's first lines open the body)
            pieces.extend([(False, body[start:i])] if i > start else [])
            pieces.extend([(True, body[i : i + m - d])] if m > d else [])  # (a dateline alone: a body opens there)
            start, headed = i + m - d, True
        elif i > start and _other_column(windows, i, start, (gaps_tell, mid_sentence), None if spaced else headed):
            pieces.append((False, body[start:i]))  # (another article's body, or a column of it)
            start, headed = i, False
    if start < n:
        pieces.append((False, body[start:]))
    return lift_out(pieces, [body[r.start : r.stop] for r in lifted]) if lifted else pieces


def _sentence_head(
    body: list[Item], i: int, stacked: dict[int, int], gaps_tell: bool, head_follows: bool
) -> tuple[int, bool]:
    """How many lines from ``body[i]``, inside a sentence, are a head read into it, and whether the sentence goes on
    past it (the head is lifted out of the body: :func:`~textclean.clean.subtitlestack.lift_out`). A stack over a
    ``——`` subtitle (``stacked``: :func:`~textclean.clean.subtitlestack.stacks_in_sentences`) is a head whatever
    its shape; under it the sentence goes on unless a paragraph opens (:func:`opens_under`:
    the head of the text below, as after a sentence end). Else its shape tells (:func:`_head_in_sentence`) and the
    words across it, or it is a block of its own read inside the sentence (:func:`short_block_in_sentence`)."""
    if i in stacked:
        return stacked[i], not opens_under(body, i + stacked[i] - 1, COLUMN_AFTER_LINES_PAST_HEAD)
    m = _head_in_sentence(body, i, gaps_tell, head_follows)
    block = 0 if m or not (gaps_tell and body[i].gap_before) else short_block_in_sentence(body, i)
    if block:
        return block, True
    return m, bool(m and i + m < len(body) and goes_on(body[i - 1], body[i + m]))


def _head_places(windows: BodyWindows, spaced: bool, gapped: bool, stacked: dict[int, int]) -> tuple[list[int], bool]:
    """Where in ``body`` a head may stand, and whether its blank lines mark blocks
    (:func:`~textclean.clean.measures.blank_marks_block`).

    First, and after a line that ends a sentence or is no text (running text opens a new paragraph there); inside
    a sentence, where blank lines mark blocks, after one or at a paragraph opening in another measure
    (:func:`~textclean.clean.columnjump.paragraph_opens_other_column`), else at a line that could be a headline (or
    its first line, wrapped after a comma: :func:`~textclean.clean.headfit.wraps_at_comma`), short of the full line
    above it by a first line's shortfall less a full line's slack, or set across more than it
    (:func:`~textclean.clean.headfit.overhangs_full_line`); and where a head stack over a ``——`` subtitle opens
    (``stacked``: :func:`~textclean.clean.subtitlestack.stacks_in_sentences`); ``windows``: the body's measures."""
    body = windows.body
    ends = [k for k, it in enumerate(body[:-1], 1) if it.role != "text" or it.ends]
    gaps_tell = spaced and blank_marks_block(body, ends)
    if gaps_tell:
        opens = paragraph_opens_other_column
        inside = [k for k, it in enumerate(body[1:], 1) if not body[k - 1].ends and (it.gap_before or opens(body, k))]
    else:
        narrower = INDENT + HEAD_SHORTFALL - FULL_LINE_SLACK
        inside = [
            k
            for k, (above, it) in enumerate(itertools.pairwise(body), 1)
            if not above.ends  # (then the tests below in short, on the widths: most running lines pass none)
            and (it.width <= above.width - narrower or it.width >= above.width + HEAD_OVERHANG or it.gap_before)
            and not subhead_phrase([above, it], False)  # (a bulleted subhead's rest: ``主体地位``)
            and (
                (it.width <= above.width - narrower and (is_headline_like(it) or wraps_at_comma(body, k)))
                or (it.width >= above.width + HEAD_OVERHANG and overhangs_full_line(body, k))  # (its cheap test first)
                or (not gapped and it.gap_before and resumes_elsewhere(body, k, MAX_INNER_HEAD_LINES, False, windows))
            )
        ]
    return sorted({0, *ends, *inside, *stacked}), gaps_tell


def _other_column(windows: BodyWindows, i: int, start: int, flags: tuple[bool, bool], headed: bool | None) -> bool:
    """Whether the text after the sentence end at line ``i`` is another article's column: its measure changes
    (:func:`changes_column`; printed tight, ``headed`` not None, unless one story is set round a picture or its head:
    :func:`~textclean.clean.wraparound.wraps_round`) or, where blank lines mark blocks (``flags[0]``), a block after
    one is set in another measure; inside a sentence (``flags[1]``), only so: :func:`column_breaks_sentence`."""
    body, (gaps_tell, mid_sentence) = windows.body, flags  # (the run's lines, measured once: ``BodyWindows``)
    if mid_sentence:
        return gaps_tell and column_breaks_sentence(body, i, start)
    if gaps_tell and body[i].gap_before and block_of_other_measure(body, i, start):
        return True
    return changes_column(body, i, start, windows) and (headed is None or not wraps_round(windows, i, start, headed))


def head_inside_sentence_at(body: list[Item], i: int, by_shape: bool = False, head_follows: bool = False) -> int:
    """How many lines from ``body[i]``, inside a sentence, are a head read into it (0: none).

    An extractor reads a head set beside a column between two of the column's lines. Where blank lines mark blocks
    (:func:`~textclean.clean.measures.blank_marks_block`), the head stands after a blank line; elsewhere
    (``by_shape``) only its shape tells, and the line above it must be full (running text: the last line of a
    wrapped subheading is short). The head's lines hold no sentence stop and at most :data:`MAX_HEAD_COMMAS` commas,
    fall short of a paragraph's first line of the column above or overhang it (a head set across columns,
    :func:`~textclean.clean.headfit.overhangs`: pdftotext's ``…服务体系建`` / ∅ /
    ``加快科技、教育发展，加强精神文明建设``, 18 em over a 15 em column, is the next article's title), and misfit the
    column below too or stand over a paragraph's first line (so a narrower column's first line is not taken); a ``——``
    subtitle may follow. The run's last line over headline material (``head_follows``: a byline, label or box) has
    no column below it to misfit, nor have its last lines when they are few and end no sentence (:func:`_ends_run`:
    a kicker over a title): their shape above decides (pdftotext, devpages gov-2004-02: ``…坚持执法为`` / ∅ /
    ``2004年主要任务`` / ∅ / ``●观 点``, the title was left in the sentence; PyMuPDF gov-2017-02: ``…进社区进农`` /
    ``2017年重点工作任务`` / ``进一步释放国内需求潜力`` / byline: the kicker was measured against the title under it,
    and both stayed in the sentence). Not a head: a line the words above carry on into
    (:func:`~textclean.clean.wrapped.goes_on`: ``第二百三`` / ``十五页）``), or the end of a numbered subheading
    (``第四，…和技`` / ``术革命``).

    Before: ``…选举制度还不够 / ∅ / 建立社会协商对话制度 / ∅ / 中国共产党是马克思列 / …`` (``∅`` a blank line, none
    between the paragraphs): the third line is a head.
    After: the same line set tight inside the sentence with a short line above it is not.

    >>> mk = lambda t, gap=False: Item(0, t, t, float(len(t)), gap, False)
    >>> full = [mk("甲乙丙丁戊己庚辛壬癸子丑寅卯辰") for _ in range(4)]
    >>> body = [*full, mk("建立社会协商对话制度", True), mk("中国共产党是马克思列宁主义", True), *full]
    >>> head_inside_sentence_at(body, 4), head_inside_sentence_at(body, 5)
    (1, 0)
    >>> head_inside_sentence_at([*full[:3], mk("甲乙丙丁戊己庚辛壬"), *body[4:]], 4, by_shape=True)
    0
    """
    column = column_of(body[max(0, i - COLUMN_BEFORE_LINES) : i])
    if not _may_break_in(body, i, column, by_shape):
        return 0
    j = i
    while j < len(body) and j - i < MAX_INNER_HEAD_LINES:
        it = body[j]
        if j > i and it.role == "attribution" and it.text.startswith("——"):
            j += 1  # (the head's subtitle)
            continue
        if it.role != "text" or SENTENCE_STOP_RE.search(it.text) or it.text.count("，") > MAX_HEAD_COMMAS:
            break
        if closes_bracket_above(it.text):
            break  # (the end of a bracket the text above opened: ``第四`` / ``百二十三页）``)
        if not (_short_of(it, column) or overhangs([it], column)):
            break  # (it could be a line of the column above; not one set across more than it)
        below = column_of(body[j + 1 : j + 1 + COLUMN_AFTER_LINES_PAST_HEAD])
        last = head_follows and _ends_run(body, j)  # (the run's last lines, over headline material: no column below)
        if not (last or misfits_column(it, below) or over_first_line(body, j, below)):
            break  # (it could be a line of the column below: a narrower article's first line)
        j += 1
    return j - i


def _head_in_sentence(body: list[Item], i: int, gaps_tell: bool, head_follows: bool = False) -> int:
    """How many lines from ``body[i]``, inside a sentence, are a head read into it: by their shape
    (:func:`head_inside_sentence_at`) or, a line standing as a block of its own where blank lines mark blocks, by
    the word the sentence resumes with under them (:func:`head_before_resumption`), a block of up to
    :data:`HEAD_BLOCK_LINES` lines. Before (pdftotext, devpages cpc-18-01): ``…新的伟大工`` / ∅ / ``加快完善社会主义
    市场经济体`` / ``制和加快转变经济发展方式`` / ∅ / ``程，成功把…`` (a 13 em column, the title as wide): a block of two
    lines was not asked, and the title stayed in the sentence; after, it is lifted out."""
    m = head_inside_sentence_at(body, i, by_shape=not gaps_tell, head_follows=head_follows)
    if not m and gaps_tell and body[i].gap_before and any(it.gap_after for it in body[i : i + HEAD_BLOCK_LINES]):
        m = head_before_resumption(body, i)
    return m


def head_before_resumption(body: list[Item], i: int) -> int:
    """How many lines from ``body[i]``, a block read inside a sentence, stand before the line that finishes the
    word the sentence broke off inside (:func:`~textclean.clean.lexicon.breaks_a_word`): a head read into the
    sentence, however wide its lines (0: none). Each holds no sentence stop and at most :data:`MAX_HEAD_COMMAS`
    commas, and the words above go on into none of them.

    pdftotext prints a head read inside a sentence as a block of its own, or its last line in one block with the
    text going on under it; in a narrow column a title is as wide as a paragraph's first line, and its shape
    tells nothing (:func:`head_inside_sentence_at`). Before (devpages gov-2000-01): ``…大多数行业经济效益明显回`` /
    ∅ / ``坚持实行扩大内需的方针`` / ∅ / ``1999年国内工作回顾`` / ``升，全国有27个省、…`` (11 em; 回 / 升: one word)
    kept both titles in the sentence; after, they are heads. Not a head: lines under which the sentence goes on
    without a broken word (nothing then says where it resumes), a line holding a sentence.

    >>> mk = lambda t, gap=False: Item(0, t, t, float(len(t)), gap, False)
    >>> body = [mk("多数行业经济效益明显回"), mk("坚持实行扩大内需的方针", True), mk("1999年国内工作回顾", True), mk("升，全国有27个省、自")]
    >>> head_before_resumption(body, 1)
    2
    >>> head_before_resumption([*body[:3], mk("全国有27个省、自治区")], 1)
    0
    """
    above = body[i - 1].text
    for m in range(MAX_INNER_HEAD_LINES):
        j = i + m
        if j >= len(body) or body[j].role != "text":
            return 0
        if m and breaks_a_word(above, body[j].text):
            return m
        line = body[j].text
        if SENTENCE_STOP_RE.search(line) or line.count("，") > MAX_HEAD_COMMAS or breaks_a_word(above, line):
            return 0
    return 0


def _may_break_in(body: list[Item], i: int, column: tuple[float, float], by_shape: bool) -> bool:
    """Whether a head may break into the sentence at ``body[i]`` (:func:`head_inside_sentence_at`): the line falls
    short of ``column`` (under a full line, ``by_shape``), the words above do not carry on into it, and the sentence
    is no numbered subheading's.

    A line above that leaves its clause open (``…完善国家的``) says the sentence goes on, not where: past a head
    read into it as well as into the line under it. So it bars a head only when that line opens the sentence
    (after a sentence end, a full line left open over a short one is a wrapped subheading: ``以下我们还要说到
    交通运输和商业战线上的`` / ``情况``). Before: ``…继续改革和完善国家的`` / ``努力建设高度的社会主`` /
    ``义民主`` / ``政治体制和…`` kept the article's title inside its text; after, the title is lifted out.
    """
    if not column[1] or not (_short_of(body[i], column) or overhangs([body[i]], column)):
        return False  # (the cheap tests first: running text fills its lines)
    if by_shape and body[i - 1].width < column[1] - FULL_LINE_SLACK:
        return False
    if continues_a_phrase(body[i]) or breaks_a_word(body[i - 1].text, body[i].text):
        return False  # (one text across the break)
    opens = i - 1  # the sentence's first line
    while opens > 0 and body[opens - 1].role == "text" and not body[opens - 1].ends:
        opens -= 1
    if ENUM_OPENER_RE.match(body[opens].text) and not SENTENCE_STOP_RE.search(body[opens].text):
        return False  # (a numbered subheading's end; not once its first sentence has closed: ``一是…。完善``)
    return opens < i - 1 or not goes_on(body[i - 1], body[i])  # (a one-line opening left open: a subheading's)


def _short_of(item: Item, column: tuple[float, float]) -> bool:
    """Whether ``item`` falls short of a paragraph's first line of ``column`` (:func:`column_of`)."""
    return width_with_wide_digits(item.text, item.width) <= column[0] - INDENT - HEAD_SHORTFALL


def _inner_head_at(windows: BodyWindows, i: int, flags: tuple[bool, bool, bool]) -> int:
    """How many lines from ``body[i]`` (after a sentence end) are a head: none when they read as running text.

    Each head line holds no sentence stop (nor ends with a colon, a lead-in to a list, nor more than
    :data:`MAX_HEAD_COMMAS` commas) and misfits the column below (:func:`misfits_column`), stands over a paragraph's
    first line (:func:`over_first_line`) or a head line (:func:`_over_head_line`), or is set in one box with the lines
    under it where the text's lines stand apart (:func:`_head_box`), or over a ``——`` subtitle
    (:func:`stack_over_subtitle`). Together the lines misfit the column above (the lines before ``i``) somewhere and
    close the brackets they open. A numbered line opens a subheading or a list item, and one phrase
    (:func:`~textclean.clean.headfit.subhead_phrase`) with the same column above and below is a subheading (not one set
    across more than it: :func:`~textclean.clean.headfit.overhangs`): not a head, unless a blank line sets it apart
    where blank lines mark blocks (``gaps_tell``: :func:`~textclean.clean.measures.blank_marks_block`) or it is a
    tight box of two clauses (:func:`~textclean.clean.opening.two_clause_box`). Nor are lines whose words carry on
    into the next (:func:`~textclean.clean.wrapped.goes_on`: ``…劳动者之`` / ``间的劳动争议…``): a paragraph's
    opening. The run's last lines, just above headline material (``head_follows``), are measured against the column
    above alone. ``flags``: ``head_follows``, ``spaced``, ``gaps_tell``; ``windows``: the body's window measures.
    """
    body = windows.body
    first = body[i].text
    if body[i].role != "text" or not _head_line_text(first) or ENUM_OPENER_RE.match(first):
        return 0  # (the cheap tests first: this runs after every sentence end)
    head_follows, spaced, gaps_tell = flags
    cols, lo = windows.column, max(0, i - COLUMN_BEFORE_LINES)
    above_lines = body[lo:i]
    told = tells_column(above_lines)
    window = COLUMN_AFTER_LINES_PAST_HEAD if told else COLUMN_AFTER_LINES
    below = (0.0, 0.0)
    box = max(tight := _head_box(body, i, spaced), stack_over_subtitle(body, i, MAX_INNER_HEAD_LINES))
    j = i
    while j < len(body) and j - i < MAX_INNER_HEAD_LINES:
        it = body[j]
        if j >= box and ((j > i and it.role not in ("text", "attribution")) or not _head_line_text(it.text)):
            break  # (running text: a headline has a comma between its two halves at most; a box's lines passed)
        below = cols(j + 1, j + 1 + window)
        if head_follows and _ends_run(body, j):
            column = cols(lo, i)
            head = told and (misfits_column(it, column) or (j == i > 0 and too_full_to_open(it, column)))
        else:
            head = (
                j < box
                or misfits_column(it, below)
                or over_first_line(body, j, below)
                or _over_head_line(body, j, window, windows)
            )
        if not head:
            break
        j += 1
    if j == i:
        return 0  # (no head line: what follows would say 0 too)
    above = cols(lo, i)
    if above[1] and j > box and not any(misfits_column(it, above) for it in body[i:j]):
        new_column = abs(above[1] - below[1]) >= OTHER_COLUMN_DIFF
        head = new_column and too_full_to_open(body[i], above) and not runs_on_in_column(body, i, j, above)
        if not head and not no_paragraph(body, i, j, below):
            return 0  # lines that fit the column above go on with its text
    apart = (gaps_tell and body[i].gap_before) or two_clause_box(body, i, j, tight)  # (a block of its own)
    return _closed_head(windows, i, j, (above, below), spaced, apart)


def _head_box(body: list[Item], i: int, spaced: bool) -> int:
    """The end of the box of lines set tight from ``body[i]`` (:func:`~textclean.clean.headfit.tight_box`) where the
    text's lines above stand apart (:func:`~textclean.clean.headfit.lines_apart`) and every line of the box reads as a
    head line (no sentence stop, nor more than :data:`MAX_HEAD_COMMAS` commas, nor a closing colon); else ``i``.
    A box holding a sentence is a paragraph set tight (a wider column's), the lines of the text after it.

    >>> mk = lambda t, gb=True: Item(0, t, t, float(len(t)), gb, True)
    >>> body = [mk("开除。")] * 6 + [mk("报告摘编"), mk("分批进行", False), mk("改组", False), mk("四是。")]
    >>> _head_box(body, 6, True), _head_box(body[:7] + [mk("分批进行。", False)] + body[8:], 6, True)
    (9, 6)
    """
    if not spaced or i + 1 >= len(body) or body[i + 1].gap_before:
        return i  # (the cheap tests first: no line set tight under it)
    if not lines_apart(body[max(0, i - COLUMN_BEFORE_LINES) : i + 1]):
        return i
    end = i + tight_box(body, i)
    return end if all(it.role == "text" and _head_line_text(it.text) for it in body[i:end]) else i


def _head_line_text(text: str) -> bool:
    """Whether ``text`` may be a head line's: no sentence stop, no closing colon (a lead-in to a list), at most
    :data:`MAX_HEAD_COMMAS` commas.

    >>> _head_line_text("坚持以邓小平理论为指导，不断推进理论创新"), _head_line_text("主要做了以下工作：")
    (True, False)
    """
    return not (SENTENCE_STOP_RE.search(text) or text.endswith(("：", ":")) or text.count("，") > MAX_HEAD_COMMAS)


def _closed_head(
    windows: BodyWindows,
    i: int,
    j: int,
    columns: tuple[tuple[float, float], tuple[float, float]],
    spaced: bool,
    apart: bool,
) -> int:
    """How many of the head lines ``windows.body[i:j]`` (:func:`_inner_head_at`) are a head once it closes its brackets:
    none for lines whose words carry on, or one phrase (:func:`~textclean.clean.headfit.subhead_phrase`, told from the
    run's head ``windows.lead``) between paragraphs of one column (``columns``: above, below) not set
    ``apart`` (a block where blank lines mark blocks, a box of two clauses: :func:`~textclean.clean.opening.two_clause_box`),
    overhanging it, or between measures an em apart (:func:`~textclean.clean.measures.set_measure_changes`)."""
    body, (above, below) = windows.body, columns
    while j > i and leaves_bracket_open("".join([it.text for it in body[i:j]])):
        j -= 1
    one_column = bool(above[1]) and abs(above[1] - below[1]) <= SAME_COLUMN_SLACK
    one_column = one_column and subhead_phrase(body[i:j], spaced, windows.lead)
    if one_column and not (apart or overhangs(body[i:j], above) or set_measure_changes(body, i, resume=j)):
        return 0  # a subheading: the column goes on under it
    while j > i and j < len(body) and carries_count(body[j], body[i] if j - i == 1 else None):
        j -= 1  # (a head's last or only line broke before a count carried onto the line under it: a paragraph's first)
    if j < len(body) and goes_on(body[j - 1], body[j]):
        return 0  # (its words carry on into the line under it: a paragraph's opening lines)
    return j - i


def _over_head_line(body: list[Item], j: int, window: int, windows: BodyWindows | None = None) -> bool:
    """Whether ``body[j]``, which ends no sentence nor holds a clause mark (:data:`HEAD_PUNCT_RE`), stands over a
    head line (one short of a paragraph's first line of the column under it, measured over ``window`` lines, or
    standing over a paragraph's first line) that its words do not carry on into: it is headline material too.
    Running text that stops inside a sentence goes on in the next line; a head line cannot be that.

    Before: ``…住上了新房。`` / ``1985年政府工作报告摘编`` / ``关于经济体制改革`` / ``１９８５年，是贯彻…`` (pdfminer): the
    first headline line, its digits perhaps set wide, could open a paragraph of the narrower column below, so
    the two articles ran together; after, both lines are the next article's head. The head line may stand under
    up to :data:`HEAD_STACK_LINES` short lines of the stack (none wider than a paragraph's first line): before
    (PyMuPDF, devpages gov-1981-02, column 12): ``…直到辞退和开除。`` / ``1981年政府工作报告摘编`` (11) /
    ``分批进行企业的全面`` (9) / ``整顿和必要改组`` (7) / ``四是整顿财政纪律。健`` read as one paragraph; after, the
    three lines are a head. Not so: a line whose words carry on into the short line under it (``…劳动者之`` /
    ``间。``), or over a line that ends a sentence, or a stack through a full line (running text).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> text = [mk("中全会决定的第一年。在前几年农村和"), mk("城市的改革已经取得很大成绩的基础上"), mk("进一步做好今年的改革工作，是巩固")]
    >>> _over_head_line([mk("1985年政府工作报告摘编要点"), mk("关于经济体制改革"), *text], 0, 6)
    True
    >>> _over_head_line([mk("1985年政府工作报告摘编要点"), mk("关于经济体制改革。"), *text], 0, 6)
    False
    >>> col = [mk("四是整顿财政纪律。健"), *[mk("全财务会计制度，加强财务")] * 5]
    >>> _over_head_line([mk("1981年政府工作报告摘编"), mk("分批进行企业的全面"), mk("整顿和必要改组"), *col], 0, 6)
    True
    >>> _over_head_line([mk("1981年政府工作报告摘编"), mk("分批进行企业的全面整顿"), mk("和必要改组"), *col], 0, 6)
    False
    """
    it = body[j]
    if it.ends or HEAD_PUNCT_RE.search(it.text):
        return False  # (a clause's mark: running text, as most lines after a sentence end are)
    for m in range(j + 1, min(len(body), j + HEAD_STACK_LINES + 1)):
        nxt = body[m]
        if nxt.role != "text" or SENTENCE_STOP_RE.search(nxt.text):
            return False
        under = (windows or BodyWindows(body)).column(m + 1, m + 1 + window)  # (``windows``: the body's measures)
        if under[1] and (_short_of(nxt, under) or over_first_line(body, m, under)):
            return not any(goes_on(a, b) for a, b in itertools.pairwise(body[j : m + 1]))  # (the dearest test last)
        if HEAD_PUNCT_RE.search(nxt.text) or not under[1] or nxt.width > under[1] - INDENT:
            return False  # (a stack goes on through short lines only: a full line is running text)
    return False


def _ends_run(body: list[Item], j: int) -> bool:
    """The lines from ``body[j]`` to the end are few and hold no sentence stop (a head's lines)."""
    return len(body) - j <= MAX_INNER_HEAD_LINES and not any(SENTENCE_STOP_RE.search(it.text) for it in body[j:])
