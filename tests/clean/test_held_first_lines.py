"""Paragraph ends a line's shape hides: a first line held by the figure it could not hold, an interview's turns."""

from __future__ import annotations

from textclean.clean.blocks import body_blocks
from textclean.clean.roles import Item, make_items
from textclean.clean.speakers import speaker_turns
from textclean.models import Line


def dense(*texts: str) -> list[Item]:
    """Lines set one under the other, as pdftotext and PyMuPDF return them."""
    return make_items([Line(i, t) for i, t in enumerate(texts)])


#: A 16 em column of an economy story (lay8-like, PyMuPDF): the first paragraph ends on a full line.
ABOVE = [
    "落。云启数据日前发布前三季度经营",
    "报告，实现营业收入六千亿元，同比",
    "增长较快；归属上市公司股东的净利",
    "润三千多亿元，增长二成以上，好。",
]
BELOW = [
    "16.8%，在东南亚、中东欧等地新设",
    "分支机构九家，海外订单金额同比增",
    "长三成，带动相关配套企业走出去。",
]


def test_a_first_line_held_by_the_figure_it_could_not_hold_opens_a_paragraph() -> None:
    # lay8 econ-01 (PyMuPDF): 16.8%， went whole to the next line, so the paragraph's first line (13 em) was counted
    # full and the paragraph ran on from the full line above ending a sentence
    texts = [b.text for b in body_blocks(dense(*ABOVE, "公司海外业务收入占比提升至", *BELOW))]
    assert any(t.startswith("公司海外业务收入占比提升至16.8%") for t in texts)
    # negative: a line short by less than an indent is a running line the figure alone explains
    texts = [b.text for b in body_blocks(dense(*ABOVE, "公司海外业务收入占比提升到了约", *BELOW))]
    assert not any(t.startswith("公司海外业务") for t in texts)


INTERVIEW = [
    "记者：这部作品的创作灵感来自哪里？",
    "廖芳雅：来自我童年生活过的小镇。那里的人和事一",
    "直留在我心里，我总觉得应该把它们写下来好好写。",
    "记者：有读者说你的作品节奏很慢，你怎么回应呢？",
    "廖芳雅：我接受这样的评价。生活本身就是慢的，我",
    "希望读者能在阅读中慢下来，感受容易被忽略的东西。",
]


def test_an_interview_turn_opens_a_paragraph_under_a_full_line() -> None:
    # lay9 wh-05 (PyMuPDF): the question fills its line, so nothing in the shapes of the lines ended it
    texts = [b.text for b in body_blocks(dense(*INTERVIEW))]
    assert "记者：有读者说你的作品节奏很慢，你怎么回应呢？" in texts
    assert any(t.startswith("廖芳雅：我接受") for t in texts)
    # negative: one speaker's label alone is no dialogue (``他说：`` opening two lines)
    assert speaker_turns(["他说：好的。", "大家都同意了这个方案，随即", "他说：不行。"]) == frozenset()
    lines = [t.replace("廖芳雅：", "大家认为") for t in INTERVIEW]
    texts = [b.text for b in body_blocks(dense(*lines))]
    assert not any(t.startswith("大家认为我接受") for t in texts)


def test_a_short_line_under_a_sentence_end_runs_on_where_first_lines_keep_their_indents() -> None:
    # review of opens_before_held: a running line of a body whose first lines keep a printed indent lost none
    # (``其中，机电产品出口增长了约``, 13 em in a 16 em column, over ``12.5%，…``)
    lines = [
        "\u3000\u3000今年前三季度，全省外贸进出口保",
        "持平稳增长，新兴市场拓展成效明显，",
        "民营企业进出口占比继续提高，外贸",
        "结构持续优化，发展韧性不断增强。",
        "其中，机电产品出口增长了约",
        "12.5%，高于全省出口增速四个百",
        "分点，占出口总值的比重过半。",
        "\u3000\u3000四季度，全省将继续加大稳外贸",
        "政策力度，支持企业拓市场抢订单。",
    ]
    texts = [b.text for b in body_blocks(dense(*lines))]
    assert not any(t.startswith("其中") for t in texts)
    assert any(t.startswith("四季度") for t in texts)


def test_a_report_quoting_him_and_her_is_no_interview() -> None:
    # review of speakers.py: ``他说：`` / ``她说：`` (``有人说：``) open a reporter's quotes, no speaker's turns
    assert speaker_turns(["他说：好的。", "她说：不行。", "他说：为什么？", "她说：因为。"]) == frozenset()
    assert speaker_turns(["有人说：好。", "记者：是吗？", "有人说：是。", "记者：好。"]) == frozenset()
    report = [t.replace("记者：", "他说：").replace("廖芳雅：", "她说：") for t in INTERVIEW]
    texts = [b.text for b in body_blocks(dense(*report))]
    assert len(texts) == len(body_blocks(dense(*(t.replace("：", "，", 1) for t in report))))
    # (an interview's labels still take turns)
    assert speaker_turns(INTERVIEW) == frozenset({0, 1, 3, 4})
