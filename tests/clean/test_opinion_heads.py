"""Opinion-page head stacks (lay10): a headline wrapped in a narrow head column, a quote left open across a
headline's lines, a byline set over its headline, a column label set over a byline
(``textclean.clean.boxed.first_line_of_box``, ``textclean.clean.wrapped``, ``textclean.clean.namestack``)."""

from __future__ import annotations

from helpers import BODY_7

from textclean.models import Line, Page


def _heads(*lines: str) -> list[tuple[str, str | None, list[str]]]:
    """The (title, column, authors) of the articles of a page of ``lines`` set tight (PyMuPDF prints no blank line)."""
    from textclean.clean.articles import build_articles

    page = Page("p.txt", "0" * 64, "utf-8", tuple(Line(i, t) for i, t in enumerate(lines)))
    return [(a.title, a.column, a.authors) for a in build_articles(page)]


def _titles(*lines: str) -> list[str]:
    """The title texts :func:`page_elements` finds in a page of ``lines`` set tight."""
    from textclean.clean.layout import page_elements

    return [e.text for e in page_elements([Line(i, t) for i, t in enumerate(lines)]) if e.kind == "title"]


def test_a_line_at_the_measure_of_a_box_wrapped_under_it_is_its_first_line() -> None:
    # a 5 em head column: three lines of one headline, no two-part headline's space
    assert _titles(*BODY_7, "基层治理要", "答好“民”", "这道题", *BODY_7) == ["基层治理要答好“民”这道题"]
    # a quote mark reads an em wide, a font may set it half: the first line may read up to an em wider
    assert _titles(*BODY_7, "让“绿色低碳”", "从口号走向实", "践", *BODY_7) == ["让“绿色低碳”从口号走向实践"]


def test_a_line_wider_than_the_box_under_it_keeps_the_halves_space() -> None:
    # (devpages gov-1986-03's shape: a one-line upper half over a lower half wrapped in a narrower box)
    assert _titles(*BODY_7, "进一步发展社会主义的商品市场", "逐步完善", "市场体系", *BODY_7) == [
        "进一步发展社会主义的商品市场 逐步完善市场体系"
    ]


def test_a_headline_line_that_leaves_a_quote_open_goes_on_with_no_space() -> None:
    assert _titles(*BODY_7, "城市更新重在“留人", "留形留记忆”", *BODY_7) == ["城市更新重在“留人留形留记忆”"]
    # a quote closed in its line leaves nothing open: the shape decides (a two-part headline's space)
    assert _titles(*BODY_7, "城市更新重在“留人”", "乡村振兴贵在“聚人”", *BODY_7) != [
        "城市更新重在“留人”乡村振兴贵在“聚人”"
    ]


def test_a_name_over_a_wider_headline_line_is_its_byline_whatever_word_the_break_makes() -> None:
    # 阳 + 新 reads as the county 阳新 across the break; the name is 3 em over a 6 em headline line
    heads = _heads(*BODY_7, "覃艳阳", "新农人带来新", "气象", *BODY_7)
    assert heads[-1][0] == "新农人带来新气象" and heads[-1][2] == ["覃艳阳"]


def test_a_common_word_over_a_name_is_a_column_label_not_an_author() -> None:
    heads = _heads(*BODY_7, "时评", "覃艳阳", "新农人带来新", "气象", *BODY_7)
    assert heads[-1] == ("新农人带来新气象", "时评", ["覃艳阳"])
    # two names stacked stay two authors
    two = _heads(*BODY_7, "推动乡村产业振兴", "张玲", "王芳", *BODY_7)
    assert two[-1][2] == ["张玲", "王芳"]


def _banner_and_titles(*lines: str) -> tuple[str | None, list[str]]:
    """The page banner and the titles of a page of ``lines`` set tight."""
    from textclean.clean.articles import build_articles

    page = Page("p.txt", "0" * 64, "utf-8", tuple(Line(i, t) for i, t in enumerate(lines)))
    arts = build_articles(page)
    return (arts[0].page_banner if arts else None), [a.title for a in arts]


def test_a_folio_printed_with_its_date_beside_the_editors_line_is_a_date_line_piece() -> None:
    page = ("第15版　2026.08.02", "责任编辑：胡亮　美术编辑：陶晓海", "观点", "推动乡村产业振兴", *BODY_7)
    assert _banner_and_titles(*page) == ("观点", ["推动乡村产业振兴"])
    # a bare page number over the date line, and the 版次 heading the editors' line
    number = ("12", "2026年6月1日　星期五　责任编辑：马向静", "理论", "推动乡村产业振兴", *BODY_7)
    assert _banner_and_titles(*number) == ("理论", ["推动乡村产业振兴"])
    editors = ("2026年8月18日　星期四", "第10版　责任编辑：韦耀东　许娟曦", "评论", "推动乡村产业振兴", *BODY_7)
    assert _banner_and_titles(*editors) == ("评论", ["推动乡村产业振兴"])


def test_a_number_or_a_dated_folio_away_from_the_date_line_is_no_piece() -> None:
    from textclean.clean.furniture import furniture_lines

    # (under the page's top lines, mastline.MASTHEAD_ZONE: a folio line among the first seven is the masthead's)
    lines = ("推动乡村产业振兴", "12", *BODY_7, *BODY_7, "第15版　2026.08.02", *BODY_7)
    assert furniture_lines([Line(i, t) for i, t in enumerate(lines)]) == set()


def test_the_page_name_over_its_date_line_is_no_first_line_of_a_box_under_it() -> None:
    # the date-line pieces dropped, the 2 em name stands right over a head wrapped in a 2 em box
    page = ("评论", "第12版　2026.04.16", "责任编辑：邹晓波　美术编辑：罗慧倩", "推动", "乡村", "振兴", *BODY_7)
    assert _banner_and_titles(*page) == ("评论", ["推动乡村振兴"])


def test_a_label_under_a_byline_over_the_date_line_is_no_page_name() -> None:
    from textclean.clean.furniture import date_line_top

    # pdftotext read the first head stack (title, byline, the next piece's label) before the date line
    head = (
        "评论",
        "基层减负",
        "要减到实处",
        "本报评论员",
        "人民论坛",
        "第10版 2026.02.22",
        "责任编辑：向嘉若 美术编辑：王明",
    )
    assert date_line_top([Line(i, t) for i, t in enumerate(head)]) != 4
    # a name right over the date line under a sentence's end stays the page's name
    named = ("深化改革，推动发展。", "要闻", "2026年5月4日 星期日", "推动乡村产业振兴")
    assert date_line_top([Line(i, t) for i, t in enumerate(named)]) == 1


def test_a_role_word_over_a_name_stays_in_the_byline() -> None:
    heads = _heads(*BODY_7, "推动乡村产业振兴", "本报记者", "史辰杰", "通讯员", "郝磊", *BODY_7)
    assert heads[-1][2] == ["史辰杰", "郝磊"]
