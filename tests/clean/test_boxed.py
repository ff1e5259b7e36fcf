"""Two-part headlines set in a narrow box, read line by line (``textclean.clean.boxed``)."""

from __future__ import annotations

from helpers import BODY_7, assert_devpage_title

from textclean.models import Line


def _titles(*lines: str) -> list[str]:
    """The title texts :func:`page_elements` finds in a page of ``lines`` set tight (PyMuPDF prints no blank line)."""
    from textclean.clean.layout import page_elements

    return [e.text for e in page_elements([Line(i, t) for i, t in enumerate(lines)]) if e.kind == "title"]


def test_the_halves_of_a_headline_wrapped_in_a_narrow_box_are_one_title() -> None:
    # a 5 em box: the first half ends short of the measure, PyMuPDF split the printed line "护力度 做" at its space
    box = ("加大节能减", "排和环境保", "护力度", "做", "好产品质量", "安全工作")
    assert _titles(*box, *BODY_7) == ["加大节能减排和环境保护力度 做好产品质量安全工作"]


def test_a_title_under_a_kicker_wrapped_in_its_measure_is_not_its_lower_half() -> None:
    # the kicker's last line and the title add up to its measure, but nothing goes on under the title
    assert _titles("坚持长期稳定发展经济", "的方针", "深化企业改革", *BODY_7) == [
        "坚持长期稳定发展经济的方针",
        "深化企业改革",
    ]


def test_a_label_wider_than_the_box_under_it_is_not_its_first_line() -> None:
    box = ("大力抓", "好农业", "生产", "促进乡", "村全面", "振兴")
    assert _titles("深度阅读", *box, *BODY_7) == ["深度阅读", "大力抓好农业生产 促进乡村全面振兴"]


def test_a_two_part_headline_whose_printed_line_pymupdf_split_at_its_space_on_a_devpage() -> None:
    assert_devpage_title("pymupdf", "cpc-13-02", "进一步扩大对外开放的广度和深度 不断发展对外经济技术交流与合作")


def test_a_label_as_wide_as_the_box_under_it_is_not_its_first_line() -> None:
    # a 4 em label over a 4 em box below another article: the width cannot tell; the label ends a name, the box
    # opens a clause
    box = ("促进祖国", "和平统一", "大业")
    assert _titles(*BODY_7, "深度阅读", *box, *BODY_7) == ["深度阅读", "促进祖国和平统一大业"]
    # a box whose first line opens with an adverb, or under no clause, stays one title
    assert _titles(*BODY_7, "必须努力", "做到财政", "收支平衡", *BODY_7) == ["必须努力做到财政收支平衡"]
    assert _titles(*BODY_7, "继续推动", "区域协调", "发展", *BODY_7) == ["继续推动区域协调发展"]
    # a kicker's last line is no label, however wide: the line over it goes on into it
    assert _titles(*BODY_7, "1964年政府工作报", "告选读", "我国城", "乡正在", *BODY_7) == [
        "1964年政府工作报告选读我国城乡正在"
    ]
