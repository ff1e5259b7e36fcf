"""A report's name set tight over its title (pdfminer prints both in one block) is a kicker, not a wrapped line."""

from helpers import devpage

from textclean.clean.chardata import text_width
from textclean.clean.match import BigramIdf
from textclean.clean.namedheads import name_over_title, part_named_heads
from textclean.clean.roles import Element, Item
from textclean.clean.units import Unit, join_kickers


def _title(*lines: str) -> Element:
    items = [Item(k, t, t, text_width(t), k == 0, True, "text") for k, t in enumerate(lines)]
    return Element("title", items, "".join(lines))


def _body(text: str) -> Element:
    return Element("body", [Item(5, text, text, text_width(text), True, True, "text")], text)


def test_a_name_the_text_never_says_is_parted_from_the_title_under_it() -> None:
    els = [_title("党的十六大报告摘编", "文化建设和文化体制改革"), _body("文化建设和文化体制改革要坚持正确方向。")]
    assert [e.text for e in part_named_heads(els)][:2] == ["党的十六大报告摘编", "文化建设和文化体制改革"]
    # negative: the upper half of a wrapped headline is said by the text (a dated phrase the body uses)
    els = [_title("2019年经济社会发展", "总体要求和政策取向"), _body("今年经济社会发展的主要预期目标是。")]
    assert part_named_heads(els)[0].text == "2019年经济社会发展总体要求和政策取向"
    # negative: a lower line narrower than a clause is the name's own tail
    els = [_title("1994年政府工作报告", "原文节选"), _body("加强农业基础地位。")]
    assert len(part_named_heads(els)) == 2


def test_the_parted_name_is_not_joined_again_as_the_first_half() -> None:
    bodies = ["文化建设和文化体制改革要坚持正确方向。", "推进司法体制改革，保障公平正义。"]
    name = Unit([_title("党的十六大报告摘编")], 1, 1)
    lower = _title("文化建设和文化体制改革")
    lower.items[0].gap_before = False
    units = join_kickers([name, Unit([lower], 2, 2)], BigramIdf(bodies), spaced=True)
    assert [[(e.kind, e.text) for e in u.elements] for u in units] == [
        [("kicker", "党的十六大报告摘编"), ("title", "文化建设和文化体制改革")]
    ]


def test_a_kicker_read_in_one_block_with_its_title_on_a_devpage() -> None:
    gold, articles = devpage("pdfminer", "gov-2007-04")
    assert ("2007年政府工作报告摘编", "深化改革和扩大开放") in [(a["kicker"], a["title"]) for a in gold]
    assert ("2007年政府工作报告摘编", "深化改革和扩大开放") in [(a.kicker, a.title) for a in articles]


def test_a_name_whose_lower_line_the_words_carry_on_into_stays_one_title() -> None:
    """The guard of :func:`name_over_title` that asks whether the halves join as one wrapped headline by their
    words: a lower line opening with a conjunction goes on from the upper one, whatever the upper says."""
    text = "调整国民经济的任务已经基本完成。"
    upper, lower = _title("1964年政府工作报告要点").items[0], _title("调整国民经济的任务已经基本完成").items[0]
    lower.gap_before = False
    assert name_over_title(upper, lower, text)
    # negative: the same name over a line the words carry on into (it opens with a conjunction)
    joined = _title("和调整国民经济的任务已经完成").items[0]
    joined.gap_before = False
    assert not name_over_title(upper, joined, text + "和调整国民经济的任务已经完成。")
