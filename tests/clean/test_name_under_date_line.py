"""A page's name (版名) read after its date line, a date line in figures and a shared editors' line, and a
letter-spaced name read as a byline below the top (``textclean.clean.furniture.name_under_date_line``,
``is_date_line``; ``textclean.clean.banner`` spread lines)."""

from __future__ import annotations

from helpers import articles_of, tight_articles

from textclean.clean.furniture import date_line_top, edition_lines, is_date_line, names_off_date_lines
from textclean.models import Line

BODY = (
    "按照一九五八年发展国民经济的主要任务，在投资",
    "的分配上，增加了农业部门特别是水利建设部门的",
    "投资，增加了重工业部门的投资。",
)
DATE = ("2026年9月9日　星期二", "第14版　责任编辑：罗睿凯　版式设计：苏佳")


def test_a_common_word_under_the_whole_date_line_is_the_page_banner() -> None:
    # PyMuPDF reads the name set right of the date line after it (the ninth layout, gj-05); the lead's head is
    # fuller than an opinion piece's under its column label (a byline: furniture.label_over_head)
    (piece,) = tight_articles(*DATE, "国际", "关于基本建设", "本报记者 王明", *BODY)
    assert (piece.page_banner, piece.title, piece.authors) == ("国际", "关于基本建设", ["王明"])
    assert date_line_top([Line(i, t) for i, t in enumerate((*DATE, "国 际", "关于基本建设"))]) == 2


def test_a_column_label_or_a_name_under_the_date_line_is_no_banner() -> None:
    # negative: a label of two words (a page with no name)
    (piece,) = tight_articles(*DATE, "深度调查", "关于基本建设", *BODY)
    assert piece.page_banner is None


def test_a_date_in_figures_and_a_shared_editors_line_are_furniture() -> None:
    (piece,) = tight_articles(
        "2026.06.13　星期三　第14版", "本版编辑：钟舟　刘岚舟", "体育", "关于基本建设", "本报记者 王明", *BODY
    )
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


def test_a_name_read_over_the_date_line_below_the_first_head_is_the_banner() -> None:
    # pdftotext reads the front page's first head before the masthead (the sixth layout): the name stays by its date
    head = ("关于基本建设", "——加强农业部门特别是水利建设")
    (piece,) = tight_articles("东海日报", *head, "时政要闻", "2026年4月19日 星期日 第2版", *BODY)
    assert (piece.page_banner, piece.title, piece.subtitle) == (
        "时政要闻",
        "关于基本建设",
        "加强农业部门特别是水利建设",
    )


def test_a_headline_line_over_the_date_line_is_no_banner() -> None:
    # negative: a wrapped title's short tail over the date line, or a paper's name, is no page name
    lines = ("科学眼", "让科学", "走近大众", "2026年4月19日 星期日 第2版", *BODY)
    assert date_line_top([Line(i, t) for i, t in enumerate(lines)]) is None
    lines = ("关于基本建设", "本报记者 胡昀镛", "北疆日报", "2026年4月19日 星期日 第2版", *BODY)
    assert date_line_top([Line(i, t) for i, t in enumerate(lines)]) is None


def test_a_name_and_a_label_over_the_date_line_the_first_is_the_banner() -> None:
    lines = ("读书周刊", "读书札记", "责任编辑：陶平　版式设计：曾丽", "2026年1月1日 星期六 第10版", "关于基本建设")
    assert date_line_top([Line(i, t) for i, t in enumerate(lines)]) == 0


def test_a_name_set_among_the_date_lines_pieces_is_the_banner() -> None:
    # pdftotext: date / 版次 / the name / editors (a name among the pieces, not on the page's first two lines)
    date = ("2026年4月26日 星期日", "第16版")
    lines = (*date, "读书周刊", "责任编辑：周怡丽　版式设计：贺鹏思", "关于基本建设", *BODY)
    (piece,) = tight_articles(*lines)
    assert (piece.page_banner, piece.title) == ("读书周刊", "关于基本建设")
    assert date_line_top([Line(i, t) for i, t in enumerate(lines)]) == 2
    # negative: a headline set among them is no name (longer than a label)
    assert date_line_top([Line(i, t) for i, t in enumerate((*date, "博物馆里过大年", *lines[3:]))]) is None


def test_a_name_printed_on_the_editors_line_is_the_banner_without_them() -> None:
    # pdfminer (the seventh layout): the name and the editors set on one line, parted by white space
    top = ("科技周刊 责任编辑：覃雪 版式设计：徐磊远", "2026年3月19日 星期六 第13版")
    (piece,) = articles_of(*top, "关于基本建设", *BODY)
    assert (piece.page_banner, piece.title, piece.authors) == ("科技周刊", "关于基本建设", [])


def test_a_headline_before_the_editors_is_no_name() -> None:
    # negative: a headline (longer than a label) or a byline's role word before an editor piece stays as printed
    assert (
        names_off_date_lines([Line(0, "加快建设科技强省 责任编辑：覃雪")])[0].text == "加快建设科技强省 责任编辑：覃雪"
    )
    assert names_off_date_lines([Line(0, "本报记者 责任编辑：覃雪")])[0].text == "本报记者 责任编辑：覃雪"


def test_a_folio_opening_a_page_with_a_date_line_is_no_banner() -> None:
    # pdftotext (the seventh layout): the page number read first, the date line lower down
    (piece,) = tight_articles("第7版", "关于基本建设", *BODY, "2026年6月15日 星期三")
    assert (piece.page_banner, piece.title) == (None, "关于基本建设")
    # negative: with no date line on the page, a code opening it stays (a table's cell, a grid reference)
    assert edition_lines(["第7版", "关于基本建设"], set()) == set()


def test_a_spaced_name_read_with_a_label_between_the_pieces_is_the_banner() -> None:
    # pdfminer (the seventh layout): date / 版次 / a column label / the name spread / editors
    top = ("2026年9月20日 星期一", "第6版", "前沿探索", "科 学 周 刊", "责任编辑：陈凯　版式设计：戴芳")
    assert date_line_top([Line(i, t) for i, t in enumerate(top)]) == 3
    # pdfminer's radicals (``⽂``) in a spaced name set among the pieces
    spread = ("2026年12月3日 星期五", "第17版", "副 刊 · ⽂ 化 周 刊", "责任编辑：邹诚岚")
    assert date_line_top([Line(i, t) for i, t in enumerate(spread)]) == 2
    # negative: two labels set tight there name nothing
    tight = (*top[:3], "基础研究", top[4])
    assert date_line_top([Line(i, t) for i, t in enumerate(tight)]) == "unnamed"
