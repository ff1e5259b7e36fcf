"""A numbered section past the first opens no article's text (``sections.opens_later_section``): a stretch's
column opening ``二、…`` is not read first where another column does about as well (``rowread._in_column_order``)."""

from __future__ import annotations

from collections import Counter

from textclean.clean.roles import Item
from textclean.clean.rowread import _in_column_order
from textclean.clean.sections import opens_later_section

#: Three columns of a story read from a head on (10 em): the first opens inside a paragraph, the second with its
#: second section's heading, the third ends a sentence; no break's shape tells the first column by more than one.
STORY = [
    ["家，产值连年增长。这", "里以纺织、建材等传统", "产业起步；如今聚集了", "新能源新材料等企业四"],
    ["二、搭建平台，让创新", "要素集聚，园区与大学", "共建了三个产业技术研", "究院，建设公共实验室"],
    ["和中试基地。去年园区", "企业研发投入增长两成", "新增发明专利授权八百", "多件，成果转化加快。"],
]


def _cols(texts: list[list[str]]) -> list[list[Item]]:
    """pdfminer's one-line boxes (blank lines around each), widths in em as the text's length."""
    return [[Item(k * 10 + j, t, t, float(len(t)), True, True) for j, t in enumerate(c)] for k, c in enumerate(texts)]


def test_a_column_opening_a_later_section_is_not_read_first() -> None:
    # pdfminer read the rows from the second column: c2 c3 c1; the story opens in c1
    read = [STORY[1], STORY[2], STORY[0]]
    got = [it.text for it in _in_column_order(_cols(read), Counter(), boxes=True)]
    assert got == [t for col in STORY for t in col]


def test_a_first_section_or_a_plain_line_keeps_the_order_read() -> None:
    # negative: the column read first opens 一、 (a first section may open a story's text): the order read stands
    first = [["一、搭建平台，让创新", *STORY[1][1:]], STORY[2], STORY[0]]
    got = [it.text for it in _in_column_order(_cols(first), Counter(), boxes=True)]
    assert got == [t for col in first for t in col]


def test_later_sections() -> None:
    assert opens_later_section("（五）推进高水平对外开放。") and opens_later_section("二、搭建平台")
    assert not any(map(opens_later_section, ["（一）总体要求", "二十多年前，", "十多年前", "二是加强监管", "三"]))
