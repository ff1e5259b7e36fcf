"""A front page's guide box (导读): its head and the entries pointing to other pages, text of no article.

A daily's front page prints a box headed ``导读`` / ``今日导读`` / ``本版导读`` / ``本报今日导读`` listing stories of other
pages, each entry a headline with its page: ``▶ 外贸“开门红”成色足（第4版）``, ``● 新学期 新气象　5``, ``3版　全省经济
大会召开``. Kept, the head became a title and the entries its body, or a column label over the next headline.
:func:`guide_box_lines` finds the head (:data:`GUIDE_HEAD_RE`) and takes the entries under it
(:func:`is_guide_entry`), with the short tails an entry wraps onto (:data:`MAX_TAIL_CHARS`) until its page is
printed (:data:`ENTRY_CLOSED_RE`), up to the first line that is neither: the next article's headline or body. A
bullet-led line whose page is printed neither on it nor on its tail is no entry (a brief's head ``● …`` under the
box), and an entry closed by its page takes no tail (the next short headline, ``春耕忙``).
"""

from __future__ import annotations

import re

from textclean.clean.chardata import HAN_RE

#: A guide box's head on a line of its own, white space removed: 导读, with 今日/本版/本报 before it.
GUIDE_HEAD_RE = re.compile("^(?:本报|本版)?(?:今日)?导读$")
#: The word a guide box's head holds, white space allowed inside it (one search of a page as printed, not of a copy
#: without its white space).
_GUIDE_WORD_RE = re.compile(r"导\s*读")
#: An entry's opening bullet (``▶``, ``●``, ``■``, ``◆``, ``►``, ``•``).
ENTRY_BULLETS = "▶►●■◆•"
#: An entry's page: ``（第4版）`` closing it (or alone, wrapped), ``3版　`` opening it, or a bare page number set
#: apart by a space at its end (``新学期 新气象　5``).
ENTRY_PAGE_RE = re.compile(
    "[（(]第?[0-9一二三四五六七八九十]{1,3}版[）)]$|^[0-9]{1,2}版[ \u3000]|[ \u3000][0-9]{1,2}$|^[0-9]{0,2}版[）)]$"
)
#: An entry's page closing it (``（第4版）``, ``新气象　5``, a wrapped ``11版）``) or a number alone on a tail line: the
#: entry ends there, the line under it takes no tail.
ENTRY_CLOSED_RE = re.compile(
    r"[（(]第?[0-9一二三四五六七八九十]{1,3}版[）)]$|\s[0-9]{1,2}$|^[0-9]{0,2}版[）)]$|^[0-9]{1,2}$"
)
#: Most tail lines an entry wraps onto: a box's entry is wrapped over two or three lines.
MAX_TAIL_LINES = 2
#: Most Han characters of an entry's wrapped tail (``开``, ``“有实”``): a headline's last word; a line of four or more
#: under the box is a column label over the next story (``一线探访``, ``两会快讯``).
MAX_TAIL_HAN = 3
#: Most characters of an entry's wrapped tail, its quotes and a page number included (``“有实”``, ``跑腿　2``).
MAX_TAIL_CHARS = 6
#: Most lines of a guide box's entries: a box lists a handful of stories, each wrapped over two or three lines.
MAX_GUIDE_LINES = 16
#: Marks a wrapped tail holds none of (a body line's).
_SENTENCE_MARKS = "。！？，；："


def is_guide_entry(text: str) -> bool:
    """Whether a line reads as a guide box's entry: it opens with a bullet or holds the page it points to.

    >>> [is_guide_entry(t) for t in ("▶ 外贸“开门红”成色足（第4版）", "● 新学期　新气象　5", "3版　全省经济大会召开", "（第3版）")]
    [True, True, True, True]
    >>> [is_guide_entry(t) for t in ("优化营商环境", "今年为企业减负超过254亿元", "本报讯（记者 郝远雨）")]
    [False, False, False]
    """
    text = text.strip()
    return bool(text) and (text[0] in ENTRY_BULLETS or bool(ENTRY_PAGE_RE.search(text)))


def guide_box_lines(texts: list[str]) -> set[int]:
    """The lines of ``texts`` (non-blank lines, in order) of guide boxes: each head and the entries under it.

    Before (PyMuPDF): ``本报今日导读`` / ``▶ 为经营主体减负松绑`` / ``（第11版）`` / ``5版　为经营主体减负松`` / ``绑`` /
    ``优化营商环境`` / body made the head an article's title and the entries its body; after, the box is dropped and
    ``优化营商环境`` heads the article under it. A head with no entry under it stays (a column named 导读 over a
    story), and so does a line of words naming 导读 (``导读栏目``).

    >>> guide_box_lines(["本报今日导读", "▶ 为经营主体减负松绑", "（第11版）", "5版　为经营主体减负松", "绑", "优化营商环境"])
    {0, 1, 2, 3, 4}
    >>> guide_box_lines(["导读", "优化营商环境", "今年为企业减负超过254亿元。"]), guide_box_lines(["导读栏目"])
    (set(), set())
    """
    if _GUIDE_WORD_RE.search("".join(texts)) is None:
        return set()  # (most pages: no head, white space removed, holds the word)
    out: set[int] = set()
    for i, text in enumerate(texts):
        if not GUIDE_HEAD_RE.match("".join(text.split())):
            continue
        box = [i]
        end = min(len(texts), i + 1 + MAX_GUIDE_LINES)
        while box[-1] + 1 < end and (entry := guide_entry_at(texts, box[-1] + 1, end)):
            box.extend(entry)
        if len(box) > 1:
            out.update(box)
    return out


def guide_entry_at(texts: list[str], j: int, end: int) -> list[int]:
    """The lines of the guide box's entry opening at line ``j`` (before ``end``): the entry and the tails it wraps
    onto (:data:`MAX_TAIL_LINES`) until its page is printed (:data:`ENTRY_CLOSED_RE`); none when line ``j`` is no
    entry, or a bullet-led one whose page is printed neither on it nor on its tail.

    >>> guide_entry_at(["▶ 为经营主体减负", "松绑", "（第11版）", "春耕忙"], 0, 4), guide_entry_at(["▶ 新气象　5", "春耕忙"], 0, 2)
    ([0, 1, 2], [0])
    >>> guide_entry_at(["● 我市启动全民健身月活动", "　　本报讯 昨日，我市启动"], 0, 2), guide_entry_at(["● 全民健身", "月"], 0, 2)
    ([], [])
    """
    line = texts[j].strip()
    if not is_guide_entry(line):
        return []
    closed = bool(ENTRY_CLOSED_RE.search(line))
    entry, marked = [j], closed or bool(ENTRY_PAGE_RE.search(line))
    for k in range(j + 1, min(end, j + 1 + MAX_TAIL_LINES)):
        tail = texts[k].strip()
        if closed or not tail or tail[0] in ENTRY_BULLETS or not (_wrapped_tail(tail) or closing_line(tail)):
            break
        entry.append(k)
        closed = bool(ENTRY_CLOSED_RE.search(tail))
        marked = marked or closed
    return entry if marked else []


def closing_line(line: str) -> bool:
    """Whether ``line`` ends an entry wrapped onto it with its page, no sentence marks in it (``更省心（第12版）``).

    >>> closing_line("更省心（第12版）"), closing_line("本报讯，详见（第2版）")
    (True, False)
    """
    return bool(ENTRY_CLOSED_RE.search(line)) and not any(ch in _SENTENCE_MARKS for ch in line)


def _wrapped_tail(line: str) -> bool:
    """Whether ``line`` reads as an entry's wrapped tail: a word, no sentence marks.

    >>> _wrapped_tail("开"), _wrapped_tail("“有实”"), _wrapped_tail("一线探访"), _wrapped_tail("11")
    (True, True, False, True)
    """
    if not 0 < len(line) <= MAX_TAIL_CHARS or any(ch in _SENTENCE_MARKS for ch in line):
        return False
    return len(HAN_RE.findall(line)) <= MAX_TAIL_HAN
