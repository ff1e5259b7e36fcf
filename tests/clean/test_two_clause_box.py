"""A box of two clauses pdfminer set tight between a column's lines, each set apart, is a head, not a subheading
(innerheads._closed_head, opening.two_clause_box)."""

from textclean.clean.innerheads import split_inner_heads
from textclean.clean.roles import Item


def _mk(t: str, gap_before: bool = True, gap_after: bool = True) -> Item:
    return Item(0, t, t, float(len(t)), gap_before, gap_after)


ABOVE = [_mk("城市“低保”的补助资金779亿元，比"), *[_mk("去年增长百分之十一点三。地方财政也")] * 5, _mk("方面的投入。")]
BELOW = [_mk("对城乡特殊困难群众，要给予更多"), *[_mk("的关爱。继续完善社会救助制度。切实")] * 6]


def _pieces(head: list[Item]) -> list[tuple[bool, int]]:
    return [(h, len(p)) for h, p in split_inner_heads([*ABOVE, *head, *BELOW])]


def test_a_tight_box_of_two_clauses_in_one_column_is_a_head() -> None:
    head = [_mk("加大就业和社会保障工作", gap_after=False), _mk("力度，进一步改善人民生活", gap_before=False)]
    assert _pieces(head) == [(False, 7), (True, 2), (False, 7)]


def test_a_tight_box_of_one_phrase_in_one_column_stays_a_subheading() -> None:
    head = [_mk("在社会治理中发挥工会劳动", gap_after=False), _mk("法律监督作用的必要性", gap_before=False)]
    assert (True, 2) not in _pieces(head)
