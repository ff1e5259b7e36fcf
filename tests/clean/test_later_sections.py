"""A line opening a numbered section past the first (``textclean.clean.sections.opens_later_section``) and the
order of an article's two pieces it sets (``textclean.clean.sentencechains.section_last``)."""

from __future__ import annotations

from textclean.clean.roles import Item
from textclean.clean.sections import opens_later_section
from textclean.clean.sentencechains import section_last


def _lines(*texts: str) -> list[Item]:
    return [Item(k, t, t, float(len(t)), True, True) for k, t in enumerate(texts)]


def test_numerals_listed_open_no_section() -> None:
    assert not opens_later_section("三、四线城市房价企稳回升，")
    assert not opens_later_section("二、三月份是春耕备耕的关键")
    assert opens_later_section("二、搭建平台，让创新要素集聚")


def test_piece_opening_with_numerals_listed_keeps_its_place() -> None:
    """An article's text may open ``三、四线城市…``: the piece stays first (pdfminer's pieces, lines set apart)."""
    first = _lines("三、四线城市房价企稳回升，", "成交量连续三个月增长。")
    second = _lines("业内人士认为，政策效应", "正在逐步显现。")
    assert not section_last([first, second])
    assert section_last([_lines("（五）推进高水平对外开放。"), second])
