"""Synthetic raw pages laid out like the seeds, with their expected output (``textclean synth``).

The cleaning rules were written against two seed pages; synth checks how
general they are. It lays the hand-checked gold articles out again the way
the seeds are typeset, every layout choice drawn from a seeded
:class:`random.Random`: the same seed gives the same bytes.

* :mod:`~textclean.synth.articles`: the shipped gold articles (``synth/data``) and the metadata pools drawn from them;
* :mod:`~textclean.synth.variants`: an article varied: part of its body, sections lent by others, new credits;
* :mod:`~textclean.synth.typeset`: text broken into printed lines (kinsoku, word breaks), OCR-like noise;
* :mod:`~textclean.synth.layout`: column widths and style; an article's body, subheadings and closing note as lines;
* :mod:`~textclean.synth.headlines`: headline parts (column label, kicker, title, box, byline), some detached;
* :mod:`~textclean.synth.page`: one page and its gold (:func:`generate_page`);
* :mod:`~textclean.synth.corpus`: a folder of pages and gold files (:func:`write_corpus`).

Needs only the standard library (and jieba for headline breaks); only the CLI uses it.
"""

from __future__ import annotations

from textclean.synth.articles import ARTICLE_FIELDS, load_pool
from textclean.synth.corpus import CORPUS_NAME_RE, page_name, write_corpus
from textclean.synth.layout import SEED_COLUMNS, Columns, Style
from textclean.synth.page import generate_page

__all__ = [
    "ARTICLE_FIELDS",
    "CORPUS_NAME_RE",
    "SEED_COLUMNS",
    "Columns",
    "Style",
    "generate_page",
    "load_pool",
    "page_name",
    "write_corpus",
]
