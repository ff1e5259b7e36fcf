"""What counts as a word: a token with a character that is not punctuation, a symbol, a space or a control.

Tokens made only of such characters (``，``, ``“``, ``——``, ``●``, a space)
are noise for word counts and keywords; words, numbers and Latin letters stay.
Tokens repeat a lot, so the checks are memoised (:class:`Memo`).
"""

from __future__ import annotations

import sys
import unicodedata
from collections.abc import Callable
from typing import TypeVar

#: Unicode general categories that never make a token a word: punctuation (P*),
#: symbols (S*), separators (Z*) and control/format characters (C*).
_NON_WORD_CATEGORIES = ("P", "S", "Z", "C")


def is_word(token: str) -> bool:
    """True when ``token`` has a character that is not punctuation, a symbol, a space or a control character.

    >>> [t for t in ["工会", "，", "——", " ", "●", "2023", "AI", "20%"] if is_word(t)]
    ['工会', '2023', 'AI', '20%']
    """
    return any(not ch.isspace() and unicodedata.category(ch)[0] not in _NON_WORD_CATEGORIES for ch in token)


V = TypeVar("V")


class Memo(dict[str, V]):
    """``function`` of each key, computed at its first look-up and kept; emptied when it holds ``limit`` keys.

    Tokens repeat a lot: a look-up through ``map(memo.__getitem__, tokens)``
    stays in C for every token seen before.

    >>> memo = Memo(len, limit=2)
    >>> memo["工会"], memo["的"], len(memo), memo["职工们"], len(memo)
    (2, 1, 2, 3, 1)
    """

    def __init__(self, function: Callable[[str], V], limit: int = 1 << 18) -> None:
        super().__init__()
        self.function = function
        self.limit = limit

    def __missing__(self, key: str) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.function(key)
        return value


def interned_word(token: str) -> str:
    """``token`` interned when it is a word (:func:`is_word`), ``""`` when it is not.

    Interned: a batch repeats a few tens of thousands of words many times,
    and its rows keep every token until they are written.

    >>> interned_word("工会"), interned_word("，")
    ('工会', '')
    """
    return sys.intern(token) if is_word(token) else ""


#: :func:`interned_word` of every token met.
WORDS: Memo[str] = Memo(interned_word)
