"""Column labels run in at the start of a title's line: the label is the column, the rest the title.

A commentary page sets a piece's label in a small reversed box at the start of its
headline's line (``来信`` then ``文化建设和文化体制改革``). pdfminer prints the box's
text apart, a space before the headline (``来信 国防和军队建设``); PyMuPDF glues it to the
headline (``来信大力发展教育和科学事业``). Read as one title, the label was lost to the column
and the title missed. :func:`run_in_label` parts them where a label-shaped word stands before a space
(:func:`spaced_label`); a label glued to the titles of several pieces of a page is read by its repeats
(:func:`repeated_labels`). A label glued to one title alone is left in it: no text cue tells it from the
headline's first word (a closed list of genre words would key on the labels of the pages it was measured on).
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import replace

from textclean.clean.lexicon import label_shaped, opens_as_clause, word_ends
from textclean.clean.typesetting import COLUMN_LABEL_CHARS
from textclean.models import Article

#: The fewest characters of title left after the label: a headline is a phrase of four characters or more (the
#: devpages' shortest titles hold 4); a shorter rest is the label's own word (``来信选登``) or a wrapped scrap.
MIN_TITLE_CHARS = 4
#: A label set apart before its headline is a word of two or three characters (``时评``, ``街谈``, ``今日谈``); the first
#: half of a two-part headline is a phrase of four or more (``深化改革 更大激发市场活力``, ``厉行节约 反对浪费``: a slogan's
#: set phrase, which neither the lexicon's cut nor its word classes tell from a label). Longer labels are read by their
#: repeats (:func:`repeated_labels`).
SPACED_LABEL_CHARS = 3
#: A label set before its headline is short beside it: the rest after a spaced label holds at least this many
#: times its characters. The two halves of a two-part headline are about as long (``厉行节约 反对浪费``: 4 and 4).
TITLE_OVER_LABEL = 2


def spaced_label(title: str) -> tuple[str, str] | None:
    """A label-shaped word (:func:`~textclean.clean.lexicon.label_shaped`) that opens ``title`` before a space,
    with a title of :data:`MIN_TITLE_CHARS` or more after it, :data:`TITLE_OVER_LABEL` times as long as it: ``(label, rest)``, else None. Not a label: a word that
    opens a clause (a verb or an adverb: the first half of a two-part headline, ``从严治政 加强政府自身建设``), nor
    one about as long as the rest (``厉行节约 反对浪费``), nor one of more than :data:`SPACED_LABEL_CHARS` characters
    (``深化改革 更大激发市场活力``, a two-part headline whose first half is a slogan).

    Before (pdfminer, lay4-039): title ``街谈 国际形势和对外工作``, no column; after, column ``街谈``.

    >>> spaced_label("街谈 国际形势和对外工作"), spaced_label("新论 国防和军队建设")
    (('街谈', '国际形势和对外工作'), ('新论', '国防和军队建设'))
    >>> spaced_label("厉行节约 反对浪费"), spaced_label("从严治政 加强政府自身建设"), spaced_label("2019年 工作")
    (None, None, None)
    >>> spaced_label("深化改革 更大激发市场活力") is None
    True
    """
    head, sep, rest = title.strip().partition(" ")
    rest = rest.strip()
    size = len(rest.replace(" ", ""))
    if not sep or not label_shaped(head) or size < max(MIN_TITLE_CHARS, TITLE_OVER_LABEL * len(head)):
        return None
    if len(head) > SPACED_LABEL_CHARS or opens_as_clause(head):
        return None
    return head, rest


def run_in_label(title: str, text: str) -> tuple[str, str] | None:
    """The column label run in at the start of ``title`` (:func:`spaced_label`) and the title without it, None when it
    opens with none or the article's ``text`` says the word: a column's name is not in its pieces' text, while a
    place or a subject before a space is (``北京 全力保障冬奥会顺利举办`` over a body about Beijing).

    >>> run_in_label("街谈 国际形势和对外工作", "当前国际形势…"), run_in_label("街谈国际形势和对外工作", "")
    (('街谈', '国际形势和对外工作'), None)
    >>> run_in_label("北京 全力保障冬奥会顺利举办", "北京冬奥会…")
    """
    found = spaced_label(title)
    return found if found is not None and found[0] not in text else None


#: The fewest titles of one page a glued label must open to be read as one (:func:`repeated_labels`): a page sets
#: one label over several pieces (its letters), while two titles opening with the same word are common (on the
#: devpages ``新时代…`` twice, ``关于…`` up to four times, a preposition that :func:`opens_as_clause` keeps out).
MIN_LABEL_REPEATS = 3


def repeated_labels(articles: list[Article]) -> list[Article]:
    """The page's articles, the label-shaped word that opens the titles of :data:`MIN_LABEL_REPEATS` or more
    articles without a column (ending a word in each, :data:`MIN_TITLE_CHARS` or more after it, no clause opening:
    :func:`~textclean.clean.lexicon.opens_as_clause`) made their column: a label the page repeats over its pieces,
    glued to each title.

    Before (PyMuPDF, lay4-005): titles ``读者之声积极推进祖国和平统一大业``, ``读者之声关于国际形势和外交工作``,
    ``读者之声关于社会主义革命``, no columns; after, column ``读者之声`` and the three titles without it. Not
    parted: ``新时代…`` opening two titles, ``关于…`` opening four (a preposition opens a clause), ``中国…`` opening
    three titles whose pieces say ``中国``.
    """
    openings = Counter((a.title or "").strip()[:2] for a in articles if a.column is None)
    prefixes = [  # (once an article; only where enough titles open alike: each prefix opens with those two characters)
        _unsaid_prefixes(a)
        if a.column is None and openings[(a.title or "").strip()[:2]] >= MIN_LABEL_REPEATS
        else set()
        for a in articles
    ]
    counts = Counter(itertools.chain.from_iterable(prefixes))
    out = []
    for a, said in zip(articles, prefixes, strict=True):
        found = [p for p in said if counts[p] >= MIN_LABEL_REPEATS]
        if found:
            label = max(found, key=len)
            a = replace(a, column=label, title=a.title[len(label) :].strip())
        out.append(a)
    return out


def _unsaid_prefixes(article: Article) -> set[str]:
    """The label-shaped words ``article``'s title may open with (:func:`_label_prefixes`) that its text does not say
    (a column's name is not in its pieces' text; ``中国…`` opening three titles of pieces about China is their word)."""
    prefixes = _label_prefixes(article.title or "")
    if not prefixes:
        return set()  # (most titles: the text need not be read)
    text = "".join([b.text for b in article.blocks])
    return {p for p in prefixes if p not in text}


def _label_prefixes(title: str) -> list[str]:
    """The label-shaped words (2 to COLUMN_LABEL_CHARS characters) ``title`` may open with: each ends a word, leaves
    :data:`MIN_TITLE_CHARS` or more after it and does not open a clause.

    >>> _label_prefixes("读者之声关于社会主义革命"), _label_prefixes("关于社会主义革命")
    (['读者', '读者之', '读者之声'], [])
    """
    title = title.strip()
    if not label_shaped(title[:2]):
        return []  # (no longer opening is label-shaped either: the title's cut is not needed)
    ends = word_ends(title)
    return [
        title[:k]
        for k in range(2, COLUMN_LABEL_CHARS + 1)
        if k in ends
        and len(title) - k >= MIN_TITLE_CHARS
        and label_shaped(title[:k])
        and not opens_as_clause(title[:k])
    ]
