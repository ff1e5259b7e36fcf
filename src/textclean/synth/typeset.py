"""Breaking text into printed lines as the seeds are typeset, and the OCR noise on those lines.

* bodies hard-wrapped to a column width, the first line of a paragraph two
  characters shorter, no line starting with closing punctuation (kinsoku);
* headlines broken at word boundaries (jieba);
* letter-spaced lines (``规 体 系 ”“ 加 强``) and spaces between digits and
  Han characters (``1897 年 8 月``).
"""

from __future__ import annotations

import functools
import itertools
import logging
import random
import re

#: Punctuation a line may not start with / end with (kinsoku), and punctuation in general.
NO_LINE_START = "，。、；：？！”’）》」』】…—·"
NO_LINE_END = "“‘（《「『【"
PUNCT = NO_LINE_START + NO_LINE_END

#: Han characters (a regex character class body).
HAN = "\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f"
_DIGIT_EDGE = re.compile(f"(?<=[0-9])(?=[{HAN}])|(?<=[{HAN}])(?=[0-9])")


def adjust_break(text: str, i: int, j: int) -> int:
    """Move a line break at ``j`` (line starts at ``i``) so it obeys typesetting rules.

    No line starts with closing punctuation or ends with an opening one, a
    digit run is never split, and a legitimate space is never at a line edge.

    >>> adjust_break("工会工作，法治化", 0, 4)
    5
    >>> adjust_break("在1905年", 0, 3)
    5
    """
    for _ in range(8):
        if j >= len(text):
            return len(text)
        if text[j] in NO_LINE_START or text[j - 1] == " " or (text[j - 1].isdigit() and text[j].isdigit()):
            j += 1
        elif text[j - 1] in NO_LINE_END and j - 1 > i + 1:
            j -= 1
        elif text[j] == " ":
            j -= 1
        else:
            return j
    return j


def _jitter(rng: random.Random, window: str) -> int:
    """Justified text: a line holds -1..+2 characters around the width, more when it has punctuation or digits."""
    k = sum(ch in PUNCT for ch in window) + sum(ch.isdigit() for ch in window) // 2
    return min(2, k) - rng.choice((0, 1))


def wrap(rng: random.Random, text: str, width: int, indent: int = 2) -> list[str]:
    """Hard-wrap a paragraph to about ``width`` characters, the first line ``indent`` shorter.

    >>> lines = wrap(random.Random(1), "一二三四五六七八九十" * 4, 12)
    >>> "".join(lines) == "一二三四五六七八九十" * 4, len(lines[0]) < len(lines[1])
    (True, True)
    """
    lines: list[str] = []
    i = 0
    while i < len(text):
        target = width - (indent if not lines else 0)
        j = i + target + _jitter(rng, text[i : i + target])
        if j >= len(text):
            lines.append(text[i:])
            break
        j = adjust_break(text, i, j)
        lines.append(text[i:j])
        i = j
    return lines


@functools.lru_cache(maxsize=256)
def word_breaks(text: str) -> tuple[int, ...]:
    """Offsets between the words of ``text`` (jieba), where a headline may be broken.

    >>> word_breaks("推动社保经办服务")
    (2, 4, 6)
    """
    try:
        import jieba  # a project dependency; imported here since loading its dictionary takes a moment
    except ImportError:  # pragma: no cover - fall back to any character boundary
        return tuple(range(1, len(text)))
    jieba.setLogLevel(logging.WARNING)
    ends = list(itertools.accumulate(len(w) for w in jieba.lcut(text)))
    return tuple(ends[:-1])


def split_two(rng: random.Random, text: str, lo: int, hi: int) -> list[str]:
    """Split a headline over two lines at a word boundary, ideally ``lo``..``hi`` characters in.

    >>> split_two(random.Random(0), "在社会治理中发挥工会劳动法律监督作用的必要性", 14, 14)
    ['在社会治理中发挥工会劳动法律', '监督作用的必要性']
    """
    ok = [
        b
        for b in word_breaks(text)
        if 3 <= b <= len(text) - 2 and text[b] not in NO_LINE_START and text[b - 1] not in NO_LINE_END
    ]
    if not ok:
        return [text]
    inside = [b for b in ok if lo <= b <= hi]
    j = rng.choice(inside) if inside else min(ok, key=lambda b: (abs(b - (lo + hi) / 2), b))
    return [text[:j], text[j:]]


def letter_space(rng: random.Random, line: str) -> str:
    """Letter-spaced glyphs as OCR gives them: a space between characters, punctuation pairs kept, some spaces after punctuation lost.

    >>> letter_space(random.Random(0), "规体系")
    '规 体 系'
    """
    out = [line[:1]]
    for prev, ch in itertools.pairwise(line):
        tight = (prev in PUNCT and ch in PUNCT) or (prev in PUNCT and rng.random() < 0.5)
        out.append(ch if tight else " " + ch)
    return "".join(out)


def space_digits(rng: random.Random, line: str, p: float) -> str:
    """Insert a space where a digit run touches a Han character, each with probability ``p``.

    >>> space_digits(random.Random(0), "1897年8月", 1.0)
    '1897 年 8 月'
    """
    if p <= 0:
        return line
    return _DIGIT_EDGE.sub(lambda _m: " " if rng.random() < p else "", line)
