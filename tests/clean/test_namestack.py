"""Byline lines: a last name wrapped onto the line under the byline (``textclean.clean.namestack``)."""

from __future__ import annotations

from helpers import BODY_7

from textclean.models import Line


def _authors(*lines: str, tight: tuple[int, ...] = ()) -> list[list[str]]:
    """The authors of the articles of a page of ``lines`` (a blank line after each but those numbered in ``tight``,
    set against the line under them)."""
    from textclean.clean.articles import build_articles
    from textclean.models import Page

    page: list[Line] = []
    for i, t in enumerate(lines):
        page.append(Line(len(page), t))
        if i not in tight:
            page.append(Line(len(page), ""))
    return [a.authors for a in build_articles(Page("p.txt", "0" * 64, "utf-8", tuple(page)))]


def test_a_last_name_wrapped_onto_a_line_of_its_own_ends_the_byline() -> None:
    lines = ("１９５６年的国家预算", "本报记者 段晞萱 何霁", "榕", *BODY_7)
    assert _authors(*lines, tight=(1,)) == [["段晞萱", "何霁榕"]]


def test_a_last_name_run_on_to_the_first_body_line_ends_the_byline() -> None:
    lines = ("１９５６年的国家预算", "本报通讯员 孟晓瑾 俞逸 许楠", "敏 " + BODY_7[0], *BODY_7[1:])
    assert _authors(*lines, tight=(1, 2, 3)) == [["孟晓瑾", "俞逸", "许楠敏"]]


def test_a_line_set_apart_from_the_byline_or_of_two_characters_is_no_part_of_a_name() -> None:
    apart = _authors("１９５６年的国家预算", "本报记者 段晞萱 何霁", "榕", *BODY_7)
    assert apart != [["段晞萱", "何霁榕"]]
    two = _authors("１９５６年的国家预算", "本报记者 段晞萱 何霁", "榕树", *BODY_7, tight=(1,))
    assert ["段晞萱", "何霁榕树"] not in two


def _heads(*lines: str, tight: tuple[int, ...] = ()) -> list[tuple[str, list[str]]]:
    """The (title, authors) of the articles of a page of ``lines`` (blank lines as in :func:`_authors`)."""
    from textclean.clean.articles import build_articles
    from textclean.models import Page

    page: list[Line] = []
    for i, t in enumerate(lines):
        page.append(Line(len(page), t))
        if i not in tight:
            page.append(Line(len(page), ""))
    return [(a.title, a.authors) for a in build_articles(Page("p.txt", "0" * 64, "utf-8", tuple(page)))]


def test_names_run_on_after_a_headline_on_its_line_are_its_byline() -> None:
    # pdfminer, lay4-013: a name on the title line in a smaller face comes out after the title's last line
    lines = ("进一步巩固和发", "展人民民主统一", "战线 邵淇", *BODY_7)
    assert _heads(*lines, tight=(0, 1)) == [("进一步巩固和发展人民民主统一战线", ["邵淇"])]
    two = _heads("创造更好的社会政治环境 吕溪葭 阎钊珊", *BODY_7)
    assert two == [("创造更好的社会政治环境", ["吕溪葭", "阎钊珊"])]
    editorial = _heads("2016年工作回顾 本报评论员", *BODY_7)
    assert editorial == [("2016年工作回顾", [])]


def test_a_headline_of_two_halves_or_a_cut_line_end_keeps_its_words() -> None:
    halves = _heads("深化改革 更大激发市场活力", *BODY_7)
    assert halves[0][0] == "深化改革 更大激发市场活力"
    cut = _heads("推进以保障和改善民生为重点的社会建设 全面加", *BODY_7)
    assert cut[0] == ("推进以保障和改善民生为重点的社会建设 全面加", [])


def test_a_headline_half_after_a_preposition_or_a_bare_reader_is_no_byline() -> None:
    from textclean.clean.bylines import byline_names
    from textclean.clean.namestack import title_line_names

    assert title_line_names("携手同行 向未来") == ""
    assert title_line_names("新年献词 致 读者") == ""
    assert title_line_names("工作回顾 新华社评论员") == "新华社评论员"
    assert byline_names("读者 来信") is None and byline_names("读者 钟珏") == ["钟珏"]
