"""A page's top line of one common word over an article's head is the page's banner
(``textclean.clean.banner.one_word_over_head``)."""

from __future__ import annotations

from textclean import clean_page

BODY = (
    "健康是促进人的全面发展的必然要求。要",
    "坚持为人民健康服务的方向，坚持预防为主、",
    "以农村为重点、中西医并重，按照保基本、强",
    "基层、建机制要求，重点推进医疗保障。",
)


def _articles(top: str) -> list:
    # PyMuPDF's text: no blank line anywhere; the top line reads as a byline of one two-character name
    text = "\n".join((top, "提高人民健康水平", "本报记者 余莘骥", *BODY)) + "\n"
    return clean_page("p.txt", text.encode("utf-8")).articles


def test_a_common_word_over_a_title_is_the_page_banner() -> None:
    # the fourth layout (lay3-003): ``时政`` over the title was the article's byline
    (article,) = _articles("时政")
    assert (article.page_banner, article.title, article.authors) == ("时政", "提高人民健康水平", ["余莘骥"])


def test_a_name_over_a_title_is_no_banner() -> None:
    # negative: a person's name (no word of the lexicon) set over the title stays no banner
    (article,) = _articles("余暾")
    assert article.page_banner is None


def test_a_spaced_common_word_opening_the_page_over_a_body_is_the_banner() -> None:
    # pdfminer (the ninth layout, gj-03): ``国 际`` opens the page, the first title run into the body under it
    text = "\n".join(("国 际", "", *BODY)) + "\n"
    (article,) = clean_page("p.txt", text.encode("utf-8")).articles
    assert article.page_banner == "国际"


def test_a_common_word_set_tight_over_a_body_is_no_banner() -> None:
    # negative: the same word set tight over a body is the article's label (``纵深`` / body)
    text = "\n".join(("国际", "", *BODY)) + "\n"
    (article,) = clean_page("p.txt", text.encode("utf-8")).articles
    assert article.page_banner is None
