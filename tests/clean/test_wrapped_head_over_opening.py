"""A headline wrapped in a narrow column after a sentence end, its first line full and its last short over the next
paragraph's first line, is a head, not the opening of a paragraph (headfit.wrapped_head_over_opening, asked by
innerheads.split_inner_heads). PyMuPDF text of a news page with 11 em columns, no blank lines."""

from textclean.clean.innerheads import split_inner_heads
from textclean.clean.roles import Item


def _mk(t: str) -> Item:
    return Item(0, t, t, float(len(t)), False, False)


ABOVE = [
    _mk("有望恢复性增长，国际金"),
    _mk("融市场渐趋稳定，经济全"),
    _mk("球化深入发展的大趋势没"),
    _mk("有改变，世界经济格局大"),
    _mk("变革、大调整孕育着新的"),
    _mk("发展机遇。"),
]
BELOW = [
    _mk("要继续实施积极的财"),
    _mk("政政策和适度宽松的货币"),
    _mk("政策，保持政策的连续性"),
    _mk("和稳定性，根据新形势新"),
    _mk("情况不断提高政策的针对"),
    _mk("性和灵活性，把握好政策"),
]


def _pieces(head: list[Item]) -> list[tuple[bool, int]]:
    return [(h, len(p)) for h, p in split_inner_heads([*ABOVE, *head, *BELOW], spaced=False)]


def test_a_wrapped_title_over_an_indented_opening_is_a_head() -> None:
    head = [_mk("提高宏观调控水平，保持"), _mk("经济平稳较快发展")]
    assert _pieces(head) == [(False, 6), (True, 2), (False, 6)]


def test_a_full_line_left_open_over_its_short_rest_stays_in_the_body() -> None:
    head = [_mk("以下我们还要说到交通运的"), _mk("情况")]  # (a wrapped subheading: ``…战线上的`` / ``情况``)
    assert (True, 2) not in _pieces(head)


def test_a_sentence_tail_read_from_another_column_is_no_head() -> None:
    head = [_mk("制，缓解困难地区财政支"), _mk("经济平稳较快发展")]
    assert (True, 2) not in _pieces(head)
