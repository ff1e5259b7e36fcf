"""Line shapes: how far a pull-quote box extends (``textclean.clean.roles``)."""

from __future__ import annotations

from helpers import BODY_7

from textclean.models import Line


def _boxes(*lines: str) -> list[str]:
    """The pull-quote box texts :func:`page_elements` finds in a page of ``lines`` (a blank line after each)."""
    from textclean.clean.layout import page_elements

    page = []
    for t in lines:
        page += [Line(len(page), t), Line(len(page) + 1, "")]
    return [e.text for e in page_elements(page) if e.kind == "box"]


QUOTE_LINES = (
    "要把学习宣传贯彻党",
    "的二十大精神作为首要政",
    "治任务，在全面学习、全面把握、",
    "全面落实上下功夫，努力推",
    "动工会工作走在前。",
)


def test_a_lone_ragged_line_of_a_pull_quote_stays_in_its_box() -> None:
    # the third line is far wider than the first, but the quote's sentence goes on, narrow again, after it
    assert _boxes("●观 点", *QUOTE_LINES, "打造“五型”工会", "周明", *BODY_7) == ["".join(QUOTE_LINES)]


def test_wide_lines_after_a_box_that_lost_its_full_stop_are_not_the_box() -> None:
    # no sentence end in the box: the wide body lines after it end the box at the first of them
    box = ("要把学习宣传贯彻党", "的二十大精神作为首要")
    body = ("习近平总书记关于工人阶级和工会工作", "的重要论述，为各级工会开创工作新局面", "提供了行动指南。")
    assert _boxes("●观 点", *box, *body) == ["".join(box)]


def test_a_byline_with_a_reporters_role_is_a_byline_not_a_title() -> None:
    from textclean.clean.bylines import byline_names
    from textclean.clean.roles import shape_role

    # ``本报记者 X`` was read as text (the role word is no name) and then taken as a title
    assert shape_role("本报记者 柳朗澜 冯琪黛") == "byline"
    assert byline_names("本报通讯员 高思慧") == ["高思慧"]
    assert byline_names("本报记者") == []  # PyMuPDF sets the role on a line of its own
    # negatives: a line that opens with the word but goes on as text, and a phrase that is no name
    assert shape_role("记者会上的发言") == "text"
    assert byline_names("规范化 智能化") is None


def test_a_byline_naming_several_roles_with_short_names_is_a_byline() -> None:
    from textclean.clean.bylines import byline_names
    from textclean.clean.roles import shape_role

    # a city daily's ``本报记者 X 实习生 Y``: the names' pattern matched with the role word taken for a name, which is
    # no person's, and the line was no byline (it was read as a title)
    assert byline_names("本报记者 周昀篁 实习生 贺骁葭") == ["周昀篁", "贺骁葭"]
    assert shape_role("记者 胡昀镛 通讯员 李明") == "byline"
    # negative: without a role first, a role word among short words is no byline
    assert byline_names("周昀篁 实习生 贺骁葭") is None


def test_what_a_byline_credits_before_its_names_is_dropped() -> None:
    from textclean.clean.bylines import byline_names
    from textclean.clean.roles import shape_role

    # an ornament before the role, and ``文/`` / ``图/`` credits: the lines were text, then titles
    assert shape_role("□ 本报记者 梁炜淇") == "byline"
    assert byline_names("文/图 记者 方溪煦") == ["方溪煦"]
    assert byline_names("文/记者 付苒 图/记者 卢锴湘") == ["付苒", "卢锴湘"]
    # negatives: a brief's head after the ornament, and a credit naming no one
    assert shape_role("■ 关于教育科技文化建设") == "text"
    assert byline_names("图/表") is None


def test_names_of_the_commonest_surnames_make_a_byline() -> None:
    from textclean.clean.bylines import byline_names
    from textclean.clean.roles import shape_role

    # pdftotext's text of devpages cpc-17-02: 林凯博 翟思桐 洪翊煜 set tight under its title; 洪 was missing from
    # the surnames, the line was read as the title's second line and the authors were lost
    assert byline_names("林凯博 翟思桐 洪翊煜") == ["林凯博", "翟思桐", "洪翊煜"]
    assert shape_role("傅明 洪涛") == "byline"
    # negative: a phrase opening with such a character is no name
    assert byline_names("洪水防治工作") is None


def test_a_box_read_line_by_line_with_the_column_beside_it_keeps_only_its_own_lines() -> None:
    from textclean.clean.layout import page_elements

    # pdfminer's text of devpages gov-1959-02: the 12 em quote read line by line with the 26 em column beside it;
    # the column's lines (each going on in the column's next line, not in the quote's) follow the box
    lines = (
        "●观 点",
        "巩固同苏联的团结，巩固",
        "第一，在工商业方面，我们基本上用生产资料的全民所有制",
        "同一切社会主义国家的团",
        "代替了生产资料的资产阶级所有制，同时付给资本家以定息，从",
        "结，这是我国的根本方",
        "而基本上解决了劳动人民和工商业资产阶级之间的经济上的矛",
        "针。",
        "盾；在农业和手工业方面，我们用生产资料的集体所有制代替",
        "了农民和手工业者的个体所有制，从而解决了劳动人民内部的",
        "经济上的矛盾。",
    )
    assert _boxes(*lines) == ["巩固同苏联的团结，巩固同一切社会主义国家的团结，这是我国的根本方针。"]
    page = []
    for t in lines:
        page += [Line(len(page), t), Line(len(page) + 1, "")]
    body = "".join(it.text for e in page_elements(page) if e.kind == "body" for it in e.items)
    assert body.startswith("第一，在工商业方面，我们基本上用生产资料的全民所有制代替了生产资料")
    # negative: a quote set raggedly keeps its one wide line, whose words go on in the quote's next line
    ragged = ("●观点", "要把学习宣传贯彻党", "治任务，在全面学习、全面把握、", "全面落实上下功夫，努力推", "动工作。")
    assert _boxes(*ragged, *lines[8:]) == [
        "要把学习宣传贯彻党治任务，在全面学习、全面把握、全面落实上下功夫，努力推动工作。"
    ]


def _kinds(*lines: str) -> list[tuple[str, str]]:
    """The elements :func:`page_elements` finds in a page of ``lines`` set tight (no blank line: PyMuPDF)."""
    from textclean.clean.layout import page_elements

    return [(e.kind, e.text) for e in page_elements([Line(i, t) for i, t in enumerate(lines)])]


def test_a_name_shaped_piece_of_a_headline_in_a_narrow_box_is_no_byline() -> None:
    # 邓小平 in a stack of 3 em lines, 关于 (a preposition) over the box's next line: headline pieces, no authors
    kinds = _kinds("坚持以", "邓小平", "理论为", "指导", "本报记者 覃钰璇", *BODY_7)
    assert ("byline", "邓小平") not in kinds and ("byline", "本报记者 覃钰璇") in kinds
    assert all(k != "byline" for k, _ in _kinds("关于", "1998年", "政府工", "作的建议", *BODY_7))
    # a name under a title, not of the box's measure, stays a byline
    assert ("byline", "龙苓沅") in _kinds("2017年工作总体部署", "龙苓沅", *BODY_7)


def test_a_box_marker_opens_with_any_bullet_glyph_or_stands_in_lenticular_brackets() -> None:
    # the third layout marks its pull quotes ``◎观点``, ``▶核心观点``, ``【观点】`` (the devpages ``●观 点``): each is a
    # marker, its box the quote; a glyph over a sentence, or a bracketed word opening a line of text, is not
    from textclean.clean.repair import normalize_box_marker
    from textclean.clean.roles import shape_role

    assert [shape_role(t) for t in ("◎观点", "▶核心观点", "【观点】", "●观 点", "◎ 观 点")] == ["marker"] * 5
    assert normalize_box_marker("◎ 观 点") == "◎观点"
    assert [shape_role(t) for t in ("◎观点是一个词。", "【观点】要把学习宣传", "◎观点摘要选登")] == ["text"] * 3
