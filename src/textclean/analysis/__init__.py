"""Analysis of cleaned text: script detection and traditional -> simplified conversion, tokens and keywords.

* :mod:`~textclean.analysis.script`: which script a text is in; OpenCC conversion that spares names;
* :mod:`~textclean.analysis.words`: what counts as a word (punctuation and symbols never do);
* :mod:`~textclean.analysis.tokens`: jieba (or rjieba) tokens with a private dictionary, one tokenizer per configuration;
* :mod:`~textclean.analysis.keywords`: TF-IDF keywords from tokens, with jieba's IDF table.
"""
