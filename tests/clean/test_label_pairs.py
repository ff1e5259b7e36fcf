"""Two column-label-width lines stacked over a title: a column label and a kicker, not one wrapped headline
(``textclean.clean.boxed.labels_over_title``) nor a kicker over a two-part headline's upper half
(``textclean.clean.tails.two_labels_over``)."""

from __future__ import annotations

from helpers import BODY_7, tight_articles

#: Running text of a second article (its own words: the page's bodies tell apart what they speak of).
BODY_B = (
    "城市更新要坚持以人民为中心，多听居民",
    "意见，把老旧小区改造同完善社区服务结",
    "合起来，让居民住得更舒心、更安心。",
)


def _heads(*lines: str) -> list[tuple[str | None, str | None, str | None]]:
    """(column, kicker, title) of the articles of a page of ``lines`` set tight (as PyMuPDF prints them)."""
    return [(a.column, a.kicker, a.title) for a in tight_articles(*lines)]


def test_two_label_lines_over_a_full_title_are_column_and_kicker() -> None:
    # the commentary family (PyMuPDF): before, the two 4 em lines were one title wrapped in a narrow box
    heads = _heads("建设产业工人队伍", *BODY_7, "学思践悟", "民生观察", "城市更新不是大拆大建", *BODY_B)
    assert heads[-1] == ("学思践悟", "民生观察", "城市更新不是大拆大建")


def test_a_label_over_a_label_over_a_clause_is_no_kicker_over_a_half() -> None:
    # before, the label was made the kicker of the line under it, and that line the upper half of the title
    heads = _heads("建设产业工人队伍", *BODY_7, "人民论坛", "城市观察", "城市更新要多听居民意见", *BODY_B)
    assert heads[-1] == ("人民论坛", "城市观察", "城市更新要多听居民意见")


def test_a_narrow_head_column_stays_one_title() -> None:
    # negative: a short line under the two (a head stack in a narrow column) leaves the narrow box's wrap alone,
    # and a line no wider than the lines of the title wrapped under it is that title's first line
    heads = _heads("建设产业工人队伍", *BODY_7, "科学眼", "基础研究", "要坐得住冷", "板凳", *BODY_B)
    assert not any(kicker == "基础研究" for _, kicker, _ in heads)
    heads = _heads("建设产业工人队伍", *BODY_7, "继续推动", "区域协调", "发展", *BODY_B)
    assert heads[-1][1:] == (None, "继续推动区域协调发展")


def test_short_lines_under_a_headline_line_are_no_labels() -> None:
    # negative: a headline line (no label) set tight over the two short lines makes them a headline's lines
    # (a kicker over a two-part title's halves ``非遗焕新`` / ``古韵今风``): no column label is made of them
    heads = _heads(
        "建设产业工人队伍", *BODY_7, "推动文化繁荣发展", "非遗焕新", "古韵今风", "201项非遗项目走进景区", *BODY_B
    )
    assert heads[-1][0] is None and "非遗焕新古韵今风" in (heads[-1][2] or "")


def _joined(*lines: str) -> list[list[tuple[str, str]]]:
    """:func:`join_kickers` of one-line titles set tight, one unit each, on a page of two bodies."""
    from textclean.clean.match import BigramIdf
    from textclean.clean.roles import Element, Item
    from textclean.clean.units import Unit, join_kickers

    idf = BigramIdf(["教育时评说，作业挤占了孩子的童年，教育要减负。", "城市更新要多听居民意见，老旧小区改造。"])
    units = [
        Unit([Element("title", [Item(at, t, t, float(len(t)), False, False)], t)], at, at)
        for at, t in enumerate(lines, 1)
    ]
    return [[(e.kind, e.text) for e in u.elements] for u in join_kickers(units, idf)]


def test_two_label_units_over_a_full_title_name_no_upper_half() -> None:
    # (tails.two_labels_over) the commentary family: the label was made the kicker of the label under it, which,
    # naming the title's body, became the upper half of the title (``教育时评 别让作业挤占了童年``)
    assert _joined("人民论坛", "教育时评", "别让作业挤占了童年") == [
        [("column", "人民论坛"), ("kicker", "教育时评"), ("title", "别让作业挤占了童年")]
    ]
    # negative: a short line under the two labels may be a half stacked in a narrow column: the rule leaves it
    assert all(("column", "健康课堂") not in u for u in _joined("健康课堂", "世界睡眠日", "失眠了"))


#: The running text of the article above, and bodies that repeat their column label (a label names its body too).
TOP = (
    "建设产业工人队伍",
    "产业工人是推动高质量发展的重要力",
    "量。要深化产业工人队伍建设改革，畅通",
    "技能人才成长通道，让更多职工凭技能立",
    "身。",
)


def _page(*lines: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(banner, column, kicker, title) of the articles of a page of ``lines`` set tight."""
    return [(a.page_banner, a.column, a.kicker, a.title) for a in tight_articles(*lines)]


def test_a_label_the_body_repeats_stays_over_its_kicker() -> None:
    # (labelpairs.join_label_pairs) review CT: the label, naming the body that repeats it, stood as a title, took
    # that body, pushed the real head onto the article above, whose title then became the page's banner
    page = _page(
        *TOP,
        "学思践悟",
        "民生观察",
        "城市更新不是大拆大建",
        "学思践悟，知行合一。城市更新要坚持以",
        "人民为中心，多听居民意见，把老旧小区",
        "改造同完善社区服务结合起来。",
    )
    assert page == [
        (None, None, None, "建设产业工人队伍"),
        (None, "学思践悟", "民生观察", "城市更新不是大拆大建"),
    ]
    page = _page(
        *TOP,
        "健康中国",
        "医改观察",
        "让群众在家门口就能看好病",
        "各地加快推进分级诊疗，建设健康中国，",
        "促进优质医疗资源下沉，让群众在家门",
        "口就能看好病，看病难问题有效缓解。",
    )
    assert page[0] == (None, None, None, "建设产业工人队伍")
    assert page[1] == (None, "健康中国", "医改观察", "让群众在家门口就能看好病")


def test_a_one_character_line_is_no_kicker() -> None:
    # negative (review CT): ``治水`` / ``记`` is a label cut in two, not a column label over a kicker ``记``
    page = _page(
        *TOP,
        "治水",
        "记",
        "我省生态环境质量持续改善",
        "今年以来，全省各地持续推进水污染防治，",
        "河湖水质明显好转，生态环境质量持续",
        "改善，群众获得感不断增强。",
    )
    assert page[-1][3] == "我省生态环境质量持续改善" and page[-1][2] != "记"
    assert _joined("治水", "记", "我省生态环境质量持续改善")[0] != [("column", "治水"), ("kicker", "记")]
