"""Column labels printed plain (``textclean.clean.wordlabels``): a line of one common word read as a byline over a
title, and a label-shaped line alone over a much wider head, are the title's column label."""

from __future__ import annotations

from textclean import clean_page

FIRST = (
    "时政",
    "提高人民健康水平",
    "本报记者 余莘骥",
    "健康是促进人的全面发展的必然要求。要",
    "坚持为人民健康服务的方向，坚持预防为主、",
    "以农村为重点、中西医并重，按照保基本、强",
    "基层、建机制要求，重点推进医疗保障。",
)
SECOND_BODY = (
    "国有企业是我国国民经济的支柱。搞好国有",
    "企业改革，对建立社会主义市场经济体制和",
    "巩固社会主义制度，都具有极为重要的意义。",
    "要着眼于搞好整个国有经济，抓好大的。",
)


def _articles(*head: str) -> list:
    # PyMuPDF's text: no blank line anywhere
    text = "\n".join((*FIRST, *head, *SECOND_BODY)) + "\n"
    return clean_page("p.txt", text.encode("utf-8")).articles


def test_a_common_word_read_as_a_byline_over_a_title_is_its_column_label() -> None:
    # the fourth layout (lay3-007): ``时评`` over the title was the article's author
    second = _articles("时评", "加快推进国有企业改革")[-1]
    assert (second.column, second.title, second.authors) == ("时评", "加快推进国有企业改革", [])


def test_a_name_over_a_title_stays_its_byline() -> None:
    # negative: a person's name (no word of the lexicon) set over the title is no label
    second = _articles("余暾", "加快推进国有企业改革")[-1]
    assert (second.column, second.authors) == (None, ["余暾"])


def test_a_label_shaped_line_over_a_much_wider_title_is_its_column_label() -> None:
    # the fourth layout (lay3-025): ``走进基层`` stood as a title of its own over the title
    second = _articles("走进基层", "今后五年建设和改革的目标、方针")[-1]
    assert (second.column, second.title) == ("走进基层", "今后五年建设和改革的目标、方针")


def test_a_label_shaped_line_over_a_title_as_narrow_is_no_label() -> None:
    # negative: over a title no wider, the short line is no label (a headline wrapped in a narrow measure)
    second = _articles("走进基层", "深化改革")[-1]
    assert second.column is None
