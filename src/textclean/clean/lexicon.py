"""Words across a line break: whether a break falls inside a word (then the two lines are one phrase).

A headline wrapped over two lines breaks wherever the box ends, often inside a
word (``一定要搞好整党整`` / ``风，加强党的建设``); a kicker and the title under it,
or two articles' titles stacked, always meet between words. Which is which is
read from a lexicon made of jieba's dictionary (``data/lexicon.txt``, written
by ``tools/lexicon.py`` from the pinned ``jieba`` package's ``dict.txt``: its
common words and their counts, the same for every run; ``make lexicon``; jieba
and its dictionary are MIT-licensed), with
jieba's own rule: the most probable cut of the text around the break into words.

Measured on the devpages gold (pdfminer text): of 114 kickers set over their
titles, none is read as broken inside a word; of 211 headlines wrapped over two
lines, 100 are (the others break between words, where this says nothing).
"""

from __future__ import annotations

import importlib.resources
import math
from functools import lru_cache

#: Characters read on each side of a break: jieba's words are rarely longer, and a short window keeps the
#: decision about the break (farther text does not move the most probable cut around it).
WINDOW = 4
#: Longest word looked up (characters): longer dictionary entries are names and idioms a break inside which
#: the shorter words around it decide anyway.
MAX_WORD = 6


@lru_cache(maxsize=1)
def _lexicon() -> tuple[dict[str, int], float]:
    """The words and their counts (``data/lexicon.txt``) and the log of the total count, loaded once per process."""
    fields = (importlib.resources.files("textclean.clean") / "data" / "lexicon.txt").read_text(encoding="utf-8").split()
    freq = dict(zip(fields[::2], map(int, fields[1::2]), strict=True))
    return freq, math.log(sum(freq.values()))


def word_ends(text: str) -> set[int]:
    """Where the words of ``text`` end (offsets), cut as jieba cuts (the most probable dictionary words).

    >>> sorted(word_ends("整党整风"))
    [2, 4]
    """
    freq, log_total = _lexicon()
    n = len(text)
    best: list[tuple[float, int]] = [(0.0, n)] * (n + 1)
    for i in range(n - 1, -1, -1):
        options = []
        for j in range(i + 1, min(n, i + MAX_WORD) + 1):
            count = freq.get(text[i:j]) or (1 if j == i + 1 else 0)  # an unknown character is a word of count 1
            if count:
                options.append((math.log(count) - log_total + best[j][0], j))
        best[i] = max(options)
    ends, i = set(), 0
    while i < n:
        i = best[i][1]
        ends.add(i)
    return ends


def breaks_a_word(upper: str, lower: str) -> bool:
    """Whether the break between lines ``upper`` and ``lower`` falls inside a word: they are one phrase.

    Only Han characters are read; a break next to punctuation, a digit or a
    letter is between words.

    >>> breaks_a_word("一定要搞好整党整", "风，加强党的建设"), breaks_a_word("一定要把党的各级领", "导班子整顿好")
    (True, True)
    >>> breaks_a_word("党的十一大报告摘登", "一定要强化人民的国家机器"), breaks_a_word("中共一大文献摘登", "在知识分子中的宣传工作")
    (False, False)
    """
    a, b = upper.rstrip()[-WINDOW:], lower.lstrip()[:WINDOW]
    if not (a and b and _han(a[-1]) and _han(b[0])):
        return False
    return len(a) not in word_ends(a + b)


def _han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"
