"""Write src/textclean/clean/data/lexicon.txt (the words :mod:`textclean.clean.lexicon` reads line breaks with)
and data/wordclass.txt (which of them open a label rather than a clause).

From jieba's dictionary (the pinned ``jieba`` package's ``dict.txt``): every
word of Han characters only, at most ``MAX_WORD`` long, counted at least
``MIN_COUNT`` times, and every single Han character whatever its count; one
``word count`` a line, sorted. Rarer words (names, idioms, rare compounds)
decide almost no break (on the devpages gold, a headline wrapped inside a word
is found 100 times of 211 with this list, 109 with the whole dictionary, and
no kicker is ever read as broken inside a word), and leaving them out makes
the file a fifth of the dictionary, loaded in a few hundredths of a second.

``wordclass.txt`` holds, from the same words, those jieba tags as numerals
(``m``), time words (``t``), prepositions (``p``), verbs (``v``), adverbs
(``ad``, ``d``) or pronouns (``r``), persons' names and verbal nouns (``vn``: a predicate's word,
:func:`textclean.clean.seriesheads.predicate_under`): one ``word tag`` a line, sorted
(:func:`textclean.clean.lexicon.opens_as_label`, :func:`~textclean.clean.lexicon.opens_as_clause`).

usage: .venv/bin/python tools/lexicon.py [--check]   (same jieba version, same files; --check: exit 1 if one differs)
"""

from __future__ import annotations

import importlib.resources
import sys
from pathlib import Path

from textclean.clean.lexicon import WORD_CLASS_TAGS  # (the tags the library reads: one list for both)

MIN_COUNT = 30
MAX_WORD = 6
DATA = Path(__file__).resolve().parents[1] / "src" / "textclean" / "clean" / "data"
OUT = DATA / "lexicon.txt"
CLASSES = DATA / "wordclass.txt"


def _han(word: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" for ch in word)


def lexicon_texts() -> tuple[str, str]:
    """The text of ``lexicon.txt`` and of ``wordclass.txt``."""
    counts: dict[str, int] = {}
    tags: dict[str, str] = {}
    for line in (importlib.resources.files("jieba") / "dict.txt").read_text(encoding="utf-8").splitlines():
        word, count, *tag = line.split(" ")
        if _han(word) and len(word) <= MAX_WORD and (len(word) == 1 or int(count) >= MIN_COUNT):
            counts[word] = counts.get(word, 0) + int(count)
            if tag and tag[0] in WORD_CLASS_TAGS:
                tags.setdefault(word, tag[0])
    return "".join(f"{w} {c}\n" for w, c in sorted(counts.items())), "".join(
        f"{w} {t}\n" for w, t in sorted(tags.items())
    )


def main() -> int:
    texts = lexicon_texts()
    if "--check" in sys.argv[1:]:
        same = all(
            p.exists() and p.read_text(encoding="utf-8") == t for p, t in zip((OUT, CLASSES), texts, strict=True)
        )
        print(f"{DATA}: {'up to date' if same else 'differs from what jieba gives: run tools/lexicon.py'}")
        return 0 if same else 1
    for path, text in zip((OUT, CLASSES), texts, strict=True):
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path}: {text.count(chr(10))} words, {len(text.encode()) // 1024} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
