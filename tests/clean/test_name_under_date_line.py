"""A page's name (版名) read after its date line, a date line in figures and a shared editors' line, and a
letter-spaced name read as a byline below the top (``textclean.clean.furniture.name_under_date_line``,
``is_date_line``; ``textclean.clean.banner`` spread lines)."""

from __future__ import annotations

from helpers import articles_of, tight_articles

from textclean.clean.furniture import date_line_top, is_date_line
from textclean.models import Line

BODY = (
    "按照一九五八年发展国民经济的主要任务，在投资",
    "的分配上，增加了农业部门特别是水利建设部门的",
    "投资，增加了重工业部门的投资。",
)
DATE = ("2026年9月9日　星期二", "第14版　责任编辑：罗睿凯　版式设计：苏佳")


def test_a_common_word_under_the_whole_date_line_is_the_page_banner() -> None:
    # PyMuPDF reads the name set right of the date line after it (the ninth layout, gj-05)
    (piece,) = tight_articles(*DATE, "国际", "关于基本建设", *BODY)
    assert (piece.page_banner, piece.title) == ("国际", "关于基本建设")
    assert date_line_top([Line(i, t) for i, t in enumerate((*DATE, "国 际", "关于基本建设"))]) == 2


def test_a_column_label_or_a_name_under_the_date_line_is_no_banner() -> None:
    # negative: a label of two words (a page with no name), or two spaced glyphs of a person's name
    (piece,) = tight_articles(*DATE, "深度调查", "关于基本建设", *BODY)
    assert piece.page_banner is None


def test_a_date_in_figures_and_a_shared_editors_line_are_furniture() -> None:
    (piece,) = tight_articles("2026.06.13　星期三　第14版", "本版编辑：钟舟　刘岚舟", "体育", "关于基本建设", *BODY)
    assert (piece.page_banner, piece.title, "".join(b.text for b in piece.blocks)) == (
        "体育",
        "关于基本建设",
        "".join(BODY),
    )
    assert is_date_line("2026年9月20日　星期一　编辑：万昊")
    # negative: a date alone, or a word holding 编辑, is no date line
    assert not is_date_line("2026.06.13") and not is_date_line("编辑部") and not is_date_line("编辑：要把好关。")


def test_a_spaced_common_word_read_as_a_byline_below_the_head_is_the_banner() -> None:
    # pdfminer reads the name set beside the first head after it; two spaced glyphs read as a byline's name
    (piece,) = articles_of("关于基本建设", "本报记者 胡昀镛", "国 际", *BODY)
    assert (piece.page_banner, piece.title) == ("国际", "关于基本建设")


def test_a_spaced_name_below_the_head_is_no_banner() -> None:
    # negative: two spaced glyphs that are no word (a person's name set wide)
    (piece,) = articles_of("关于基本建设", "本报记者 胡昀镛", "邓 洋", *BODY)
    assert piece.page_banner is None
