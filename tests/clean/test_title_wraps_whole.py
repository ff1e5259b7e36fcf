"""Head stacks read whole, the review's cases: a whole two-part kicker over its title stays apart
(gapwraps.complete_part), a place name in a stack going on under a closed question stays headline text
(namestack.ends_stack), ``一学就会`` ends its line (dangling.AT_ONCE_RE), a label stands over a narrow box whose
first line holds Latin letters (boxed.LONE_GLYPH_WIDTH)."""

import pytest
from helpers import REPORT_BODY, heads_over_report

from textclean import clean_page
from textclean.clean.gapwraps import complete_part
from textclean.clean.layout import page_elements
from textclean.clean.page import read_page


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("新春走基层\u3000蹲点", "小山村里的年味儿"),
        ("两会访谈录\u3000之一", "代表委员话民生"),
        ("算好民生明白账\u3000暖人心", "全市十件民生实事全部完成"),
        ("中国女排三比零横扫日本\u3000夺冠", "朱婷获评最有价值球员"),
    ],
)
def test_a_whole_two_part_kicker_is_not_glued_to_its_title(upper: str, lower: str) -> None:
    heads = heads_over_report(["建设现代化产业体系", upper, lower, "本报记者 李明"])
    assert not any(lower in text and text != lower for _, text in heads)
    assert ("title", lower) in heads


def test_a_name_after_the_gap_is_no_cut_half() -> None:
    heads = heads_over_report(["建设现代化产业体系", "让城市治理更有温度\u3000李明", "今日谈"])
    assert not any("李明今日谈" in text for _, text in heads)


def test_a_cut_half_is_still_cut() -> None:
    assert not complete_part("农村电", "商激活“田间经济”")
    assert not complete_part("激发", "市场活力")  # (a verb, its object under it)
    assert not complete_part("激发市", "场活力")  # (a word runs on across the break)
    assert not complete_part("迎战", "卫冕冠军")  # (a verb opening the line under it: its object)
    assert not complete_part("西", "岭飞鹰客场取胜")
    assert not complete_part("古韵今", "风")  # (a lone glyph under: no title)


@pytest.mark.parametrize(
    ("stack", "title"),
    [
        (["你好吗", "马鞍山", "的老工", "人"], "你好吗马鞍山的老工人"),
        (["真好！", "张家港", "的夜景"], "张家港的夜景"),
        (["真香！", "高山村", "的桃子"], "高山村的桃子"),
    ],
)
def test_a_place_going_on_under_a_closed_question_stays_headline_text(stack: list[str], title: str) -> None:
    lines = ["社会", "建设现代化产业体系", "本报记者 周明", *REPORT_BODY, *stack, "本报记者 李明", *REPORT_BODY, ""]
    records = [a.to_record() for a in clean_page("p.txt", "\n".join(lines).encode()).articles]
    assert not any(stack[1] in r["authors"] for r in records)
    assert any(r["title"].endswith(title) for r in records)


def test_learned_at_once_ends_its_line() -> None:
    page = "\n\n".join(["建设现代化产业体系", "防诈知识一学就会", "社区民警进小区", "本报记者 李明", *REPORT_BODY, ""])
    heads = [(e.kind, e.text) for e in page_elements(read_page("p.txt", page.encode()).lines) if e.kind != "body"]
    assert ("title", "社区民警进小区") in heads
    assert not any("一学就会社区" in text for _, text in heads)


def test_a_label_stands_over_a_narrow_box_opening_with_latin_letters() -> None:
    heads = heads_over_report(["建设现代化产业体系", "科技前沿", "AI走", "进课堂", "本报记者 李明"])
    assert ("title", "AI走进课堂") in heads
    assert not any("科技前沿AI" in text for _, text in heads)
