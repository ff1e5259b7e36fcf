"""An author's note printed without brackets -> a note line (``作者系某某研究院高级研究员``, ``作者单位：…``).

A commentary prints its author's post and place of work under the byline or after the text, often without the
brackets a closing note has (:data:`~textclean.clean.chardata.NOTE_OPEN_RE`). Read as text, such a line became a
title, another piece's kicker, or the last paragraph. A line is one (:func:`set_bare_notes`) when it opens so
(:data:`BARE_NOTE_RE`), names a post or a place of work (:data:`NOTE_POST_RE`), and stands on its own: the line
above ends a sentence or is no text line, and the note runs on into no sentence.
"""

from __future__ import annotations

import re

from textclean.clean.chardata import CLAUSE_PUNCT_RE
from textclean.clean.lexicon import breaks_a_word
from textclean.clean.roles import Item

#: An author's note printed without brackets (``作者系…``, ``作者为…``, ``本文作者系…``, ``作者单位：…``). Not a word
#: that opens so (``作者系统…``, ``作者为此…``, ``作者为了…``): the text speaks of an author.
BARE_NOTE_RE = re.compile("^(?:本文)?作者(?:系(?!统|列|数)|为(?!了|何|什么|此|人|其|之|我|他|她)|[单單]位[：:])")
#: What such a note names (its first line): a place of work or a post, the register's closed words; a body line
#: opening ``作者为…`` names neither.
NOTE_POST_RE = re.compile(
    "大学|学院|研究院|研究所|研究中心|中心|党校|协会|教授|研究员|讲师|博士|主任|院长|所长|会长|理事|专家|学者|委员"
)
#: The longest note printed without brackets, its wrapped end with it (characters): a post and a place of work.
MAX_BARE_NOTE_CHARS = 40
#: The longest wrapped end of such a note on a line of its own (characters): the rest of a post or a place
#: (``究员``, ``研究所``, ``教授、博士生导师``); a longer line is the body's.
MAX_NOTE_TAIL_CHARS = 10
#: A clause mark a note's text runs on after: a line ending so goes on into a sentence (``…费孝通，他在``).
_RUNS_ON = ("，", "、", "；", "：", ",", ";", ":")


def bare_note(text: str) -> bool:
    """Whether ``text`` may be an author's note printed without brackets (:data:`BARE_NOTE_RE`): it names a place of
    work or a post (:data:`NOTE_POST_RE`), at most :data:`MAX_BARE_NOTE_CHARS` characters, no sentence inside.

    >>> bare_note("作者系某某研究院高级研"), bare_note("作者单位：某省发展研究中心"), bare_note("作者为某某大学教授")
    (True, True, True)
    >>> bare_note("作者系统梳理了改革开放以来的经验"), bare_note("作者为此走访了十多所大学和研"), bare_note("作者")
    (False, False, False)
    """
    return (
        len(text) <= MAX_BARE_NOTE_CHARS
        and BARE_NOTE_RE.match(text) is not None
        and NOTE_POST_RE.search(text) is not None
        and "。" not in text.rstrip("。")
    )


def bare_note_end(items: list[Item], start: int) -> int:
    """Index one past the last line of the note printed without brackets at ``items[start]``: the next line too when
    it is the note's wrapped end, a short text line that goes on inside a word of it or names a post or a place
    (:data:`MAX_NOTE_TAIL_CHARS`, :data:`NOTE_POST_RE`: ``作者单位：某省社会科学院经济`` / ``研究所``).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> bare_note_end([mk("作者系某某研究院高级研"), mk("究员"), mk("一位个体工商户说")], 0)
    2
    >>> bare_note_end([mk("作者单位：某省社会科学院经济"), mk("研究所")], 0), bare_note_end([mk("作者为某某大学教授"), mk("老街")], 0)
    (2, 1)
    """
    first = items[start].text
    if first.endswith("。") or start + 1 >= len(items):
        return start + 1
    nxt = items[start + 1]
    tail = nxt.text.strip()
    wrapped = (
        nxt.role == "text"
        and len(tail) <= MAX_NOTE_TAIL_CHARS
        and len(first) + len(tail) <= MAX_BARE_NOTE_CHARS
        and not tail.endswith(_RUNS_ON)
        and (breaks_a_word(first, tail) or NOTE_POST_RE.search(tail) is not None)
    )
    return start + 2 if wrapped else start + 1


def set_bare_notes(items: list[Item]) -> None:
    """Give the note's role to each text line that is a note printed without brackets (:func:`bare_note`) standing
    on its own: first on the page, or under a line that ends a sentence or is no text line (a byline, a title's
    line set apart), and its text, its wrapped end with it (:func:`bare_note_end`), running on into no sentence: no
    clause mark at its end, none inside unless it ends a sentence.

    Before (PyMuPDF, an opinion page): ``潘涵桐`` / ``作者系某某研究院高级研`` / ``究员`` under a commentary's title
    made the note the title (or another piece's kicker); after, its author note. A book review's line ``该书`` /
    ``作者为北京大学教授费孝通，他在`` stays its text.

    >>> mk = lambda t, role="text": Item(0, t, t, float(len(t)), True, True, role)
    >>> items = [mk("潘涵桐", "byline"), mk("作者系某某研究院高级研"), mk("究员")]
    >>> set_bare_notes(items)
    >>> [it.role for it in items]
    ['byline', 'note', 'text']
    >>> items = [mk("是一部经典之作。该书"), mk("作者为北京大学教授费孝通，他在"), mk("书中提出了概念。")]
    >>> set_bare_notes(items)
    >>> [it.role for it in items]
    ['text', 'text', 'text']
    """
    for i, it in enumerate(items):
        if it.role != "text" or not it.text.startswith(("作者", "本文作者")) or not bare_note(it.text):
            continue
        above = items[i - 1] if i else None
        if above is not None and above.role == "text" and not above.ends:
            continue  # (inside a paragraph: the line above runs on into it)
        end = bare_note_end(items, i)
        note = "".join([x.text.strip() for x in items[i:end]])
        said = BARE_NOTE_RE.sub("", note)  # (after ``作者单位：``: its colon is the label's)
        if not note.endswith(_RUNS_ON) and (note.endswith(("。", "）")) or not CLAUSE_PUNCT_RE.search(said)):
            it.role = "note"  # (a clause mark inside, the note's sentence ended: ``…教授，本文系…成果。``)
