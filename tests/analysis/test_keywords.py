"""textclean.analysis.keywords: jieba's IDF table and stop words, held compactly and memoised per token."""

from __future__ import annotations

from textclean.analysis import keywords


def test_idf_table_and_stop_words_are_jiebas() -> None:
    import jieba.analyse

    table = keywords.idf_table()
    assert table.to_dict() == jieba.analyse.default_tfidf.idf_freq
    assert table.median == jieba.analyse.default_tfidf.median_idf
    assert keywords.KEYWORD_STOP_WORDS == jieba.analyse.default_tfidf.STOP_WORDS


def test_idf_table_keeps_the_last_idf_of_a_repeated_term_and_misses_unknown_terms() -> None:
    table = keywords.IdfTable(["乙", "甲", "乙", "丙"], [1.0, 2.0, 3.0, 4.0])
    assert table.to_dict() == {"甲": 2.0, "乙": 3.0, "丙": 4.0}
    assert table.get("丁") is None and table.get("丁", 9.0) == 9.0
    assert table.median == 3.0


def test_the_term_idf_memo_gives_zero_to_tokens_that_are_no_keyword_terms() -> None:
    idfs = keywords._TERM_IDF
    assert idfs["的"] == 0.0 and idfs["the"] == 0.0 and idfs["——"] == 0.0
    table = keywords.idf_table()
    assert idfs["工会"] == table.get("工会") and idfs["未见过的词语"] == table.median
