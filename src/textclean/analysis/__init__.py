"""Analysis of cleaned text: script detection and traditional -> simplified conversion, tokens and keywords.

* :mod:`~textclean.analysis.script`: which script a text is in; OpenCC conversion that spares names;
* :mod:`~textclean.analysis.tokens`: jieba (or rjieba) tokens with a private dictionary, TF-IDF keywords.
"""
