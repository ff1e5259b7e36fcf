"""Byline forms of the register beyond a role word and names set apart: a reporter's rank before the role word
(``本报特约记者``, ``见习记者``), a two-character name padded to three characters' width (``本报记者　王　明``), a
compound surname's name of four (``欧阳明辉``); the names after a rank or an opinion role must be no words of the
lexicon (``特派记者 连线``, ``读者 来信`` are labels). :func:`~textclean.clean.bylines.byline_names` asks them.
"""

from __future__ import annotations

import re

from textclean.clean.chardata import BYLINE_SPLIT_RE, HAN, OPINION_ROLE_RE, REPORTER_RANKS, SURNAMES, is_person_name
from textclean.clean.lexicon import is_name_word, is_one_word, is_word_of_class

#: A reporter's rank in a byline's role word (``特派记者``): a newer word of the register, so the names after it must
#: be no words (:func:`word_free_name`; ``特派记者 连线`` is a column's label).
RANKED_ROLE_RE = re.compile(f"(?:{REPORTER_RANKS})(?:记者|通讯员)")
#: A two-character name padded to a three-character one's width (``王　明``): its characters set apart alone.
PADDED_NAME_RE = re.compile(f"(?<![{HAN}])([{HAN}])[ \u3000]{{1,2}}([{HAN}])(?![{HAN}])")
#: What a byline credits set apart after a name (``王明 文 图``): no half of a padded name.
CREDIT_CHARS = frozenset("文图摄绘")


def label_words_after(role: str, text: str, names: list[str]) -> bool:
    """Whether the ``names`` read after the byline's ``role`` (of the line ``text``) may be names: after an opinion
    role none is a word of the lexicon (``读者 来信``: a label's words), after a rank each is a name and no word
    (``特派记者 连线``: a column's label, :func:`word_free_name`).

    >>> label_words_after("读者 ", "读者 来信", ["来信"]), label_words_after("特派记者 ", "特派记者 王明", ["王明"])
    (False, True)
    """
    if OPINION_ROLE_RE.match(text) and any(is_word_of_class(t) or is_one_word(t) for t in names):
        return False
    return not RANKED_ROLE_RE.search(role) or all(map(word_free_name, names))


def padded_names(rest: str) -> list[str] | None:
    """The names after a byline's role word (``rest``) when one of them is a two-character name padded to the width
    of three (:data:`PADDED_NAME_RE`, a typesetter's habit: ``本报记者　王　明``) or a compound surname's name of four
    (``欧阳明辉``); None when there is none, or the words are not all names.

    Before: ``本报记者　王　明`` and ``本报特约记者 欧阳明辉`` were no bylines (the first article's title); after,
    ``['王明']`` and ``['欧阳明辉']``. Not so: single characters that make no name (``记者 会 上``).

    >>> padded_names("王　明"), padded_names("王　明　李华"), padded_names("欧阳明辉"), padded_names("会 上"), padded_names("王明")
    (['王明'], ['王明', '李华'], ['欧阳明辉'], None, None)
    """
    joined = PADDED_NAME_RE.sub(lambda m: m[0] if CREDIT_CHARS.intersection(m[0]) else m[1] + m[2], rest)
    names = [t for t in BYLINE_SPLIT_RE.split(joined) if t]
    compound = len(names) == 1 and len(names[0]) == 4 and names[0][:2] in SURNAMES
    if joined == rest and not compound:
        return None
    return names if names and all(map(word_free_name, names)) else None


def word_free_name(token: str) -> bool:
    """Whether ``token`` is a person's name and no word of the lexicon (a label after a role: ``连线``) unless the
    lexicon knows it as a name.

    >>> word_free_name("王明"), word_free_name("连线"), word_free_name("规划")
    (True, False, False)
    """
    return is_person_name(token) and (is_name_word(token) or not is_one_word(token))
