"""A headline wrapped in a narrow box over two lines whose lower part is short is one title
(``textclean.clean.tails.word_tail``, ``textclean.clean.wrapped._opens_as_kicker``), and the page's top line set
over the label of the first head stays the banner (``textclean.clean.banner._over_kicker``)."""

from __future__ import annotations

from textclean import clean_page

BODY = (
    "今年将召开中国共产党第十九次全国代表大会，",
    "是党和国家事业发展中具有重大意义的一年。",
    "做好政府工作，要在以习近平同志为核心的党中",
    "央坚强领导下，全面贯彻党的十八大和十八届三",
    "中、四中、五中、六中全会精神，作出全面安排。",
)
BODY2 = (
    "实体经济从来都是我国发展的根基，当务之急是",
    "加快转型升级。要深入实施创新驱动发展战略，",
    "推动实体经济优化结构，不断提高质量和效益。",
)


def _articles(second_head: str) -> list:
    # PyMuPDF's text (the fifth layout, lay4-001): no blank line anywhere; headlines in a 7-9 em box
    lines = (
        "思想评论",
        "一日一议",
        "2017年工作总体",
        "部署",
        *BODY,
        "崔湘旻",
        second_head,
        "转型升级",
        *BODY2,
        "读者 韩锴",
    )
    return clean_page("p.txt", ("\n".join(lines) + "\n").encode("utf-8")).articles


def test_a_word_wrapped_under_a_dated_headline_line_ends_that_headline() -> None:
    # ``部署`` (2 characters: no headline) was the next article's label, ``2017年工作总体`` read as a dated name
    first, _ = _articles("以创新引领实体经济")
    assert (first.page_banner, first.column, first.title) == ("思想评论", "一日一议", "2017年工作总体部署")


def test_a_line_opening_with_a_preposition_over_a_short_line_is_one_headline() -> None:
    # ``以…`` (a preposition: read as a label) was the kicker of ``转型升级``
    _, second = _articles("以创新引领实体经济")
    assert (second.kicker, second.title) == (None, "以创新引领实体经济转型升级")


def test_a_label_naming_a_thing_over_a_short_title_stays_a_kicker() -> None:
    # negative: ``对…的建议`` opens with a preposition but names a thing (``的``): a kicker over its title
    _, second = _articles("对今年政府工作的建议")
    assert (second.kicker, second.title) == ("对今年政府工作的建议", "转型升级")


def _side_head(full_lines: tuple[str, ...]) -> list:
    # PyMuPDF's text (the fifth layout, lay4-011): a title in a 6 em box over a byline, the body in 10-12 em
    body = (
        "教育、科技、人才是全面建设社会主义现代化国家",
        "的基础性、战略性支撑。必须坚持科技是第一生产",
        "力、人才是第一资源、创新是第一动力。",
    )
    lines = ("促进区域协调发展", *BODY, "姜曜芊", *full_lines, "支撑", "本报评论员", *body)
    return clean_page("p.txt", ("\n".join(lines) + "\n").encode("utf-8")).articles


def test_a_headlines_full_lines_read_as_a_paragraph_over_its_tail_are_the_title() -> None:
    # ``实施科教兴国`` / ``战略，强化现`` / ``代化建设人才`` read as body, ``支撑`` as a title of its own
    titles = [a.title for a in _side_head(("实施科教兴国", "战略，强化现", "代化建设人才"))]
    assert titles == ["促进区域协调发展", "实施科教兴国战略，强化现代化建设人才支撑"]


def test_lines_ending_a_sentence_over_a_short_title_stay_running_text() -> None:
    # negative: lines holding a sentence's end are a paragraph's, whatever word stands under them
    titles = [a.title for a in _side_head(("实施科教兴国", "战略。强化现", "代化建设人才"))]
    assert "实施科教兴国战略。强化现代化建设人才支撑" not in titles
