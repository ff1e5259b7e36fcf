"""A title under its label that the pieces of one cut article all say is the upper half of the title under it."""

from __future__ import annotations

from textclean.clean.match import BigramIdf
from textclean.clean.roles import Element, Item
from textclean.clean.units import Unit, join_kickers


def head(kind: str, at: int, text: str) -> Element:
    return Element(kind, [Item(at, text, text, float(len(text)), False, True)], text)  # type: ignore[arg-type]


def stack(upper: str) -> list[Unit]:
    # PyMuPDF, lay7-18: the label (made a kicker) and a title set tight, one unit, the next title right under them
    return [
        Unit([head("kicker", 1, "科学眼"), head("title", 2, upper)], 1, 2),
        Unit([head("title", 3, "要坐得住冷板凳")], 3, 3),
    ]


# the story cut in two at its pull quote: both pieces say 基础研究, only the second 冷板凳; a sidebar third
PIECES = BigramIdf(["基础研究是科技创新的源头。", "基础研究要坐得住冷板凳，科普也是责任。", "古籍修复常用宣纸。"])


def test_an_upper_half_every_piece_of_the_story_says_joins_the_title_under_it() -> None:
    units = join_kickers(stack("基础研究"), PIECES)
    assert [[(e.kind, e.text) for e in u.elements] for u in units] == [
        [("kicker", "科学眼"), ("title", "基础研究 要坐得住冷板凳")]
    ]


def test_a_kicker_vaguer_than_the_title_under_it_stays_apart() -> None:
    # negative: 书香社会 fits the body less than the title under it does: a kicker, not a half
    units = join_kickers(stack("书香社会"), PIECES)
    assert [e.text for e in units[-1].elements] == ["要坐得住冷板凳"]
