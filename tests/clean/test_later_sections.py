"""A numbered section past the first opens no article's text (``sections.opens_later_section``): a stretch's
column opening ``二、…`` is not read first where another column does about as well (``rowread._in_column_order``), and
of two pdfminer pieces of one article that both end a sentence, one opening ``（五）…`` goes after one opening with no
number (``sentencechains.section_last``, ``drafts.piece_order``)."""

from __future__ import annotations

from collections import Counter

from textclean.clean.drafts import Draft, piece_order
from textclean.clean.roles import Element, Item
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


def _piece(line: int, texts: tuple[str, ...], apart: bool = True) -> Draft:
    """A piece of an article: its lines set apart by blank lines (pdfminer's boxes), or tight."""
    items = [Item(line + k, t, t, float(len(t)), apart, apart) for k, t in enumerate(texts)]
    return Draft([Element("body", items)])


LATER = ("（五）推进高水平对外开放。", "依托我国超大规模市场优势，扩大开放。")
START = ("深入实施区域协调发展战略，构建优势互补", "的区域经济布局。")


def test_of_two_pieces_ending_sentences_the_one_opening_a_later_section_goes_last() -> None:
    # pdfminer read the article's later column (its fifth section) before the head over its first
    assert [p.bodies[0].first for p in piece_order([_piece(0, LATER), _piece(40, START)])] == [40, 0]
    # negative: both open later sections (the sections' order is put right later), the first opens none, or the
    # lines are set tight (pdftotext reads down the page)
    other = _piece(40, ("（四）促进区域协调发展。", "深入实施区域协调发展战略。"))
    assert [p.bodies[0].first for p in piece_order([_piece(0, LATER), other])] == [0, 40]
    assert [p.bodies[0].first for p in piece_order([_piece(0, START), _piece(40, LATER)])] == [0, 40]
    tight = [_piece(0, LATER, apart=False), _piece(40, START, apart=False)]
    assert [p.bodies[0].first for p in piece_order(tight)] == [0, 40]
