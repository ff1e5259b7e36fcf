"""A head stack read into a body over its ``——`` subtitle is cut out as a head (innerheads.stack_over_subtitle)."""

from textclean.clean.innerheads import split_inner_heads
from textclean.clean.roles import Item


def _mk(t: str, role: str = "text") -> Item:
    return Item(0, t, t, float(len(t)), False, False, role)  # type: ignore[arg-type]


ABOVE = [_mk("扎扎实实打好基础和理顺各种经济关系，促进国民经")] * 5 + [_mk("济的协调持续发展。")]
BELOW = [_mk("增强企业活力是"), *[_mk("经济体制改革的中心")] * 6]


def test_a_label_and_title_over_a_subtitle_inside_a_body_are_one_head() -> None:
    head = [_mk("史海回眸"), _mk("深化企业改革"), _mk("——坚持长期稳定发展经济的方针", "attribution")]
    pieces = split_inner_heads([*ABOVE, *head, *BELOW], False, False)
    assert [(h, len(p)) for h, p in pieces] == [(False, 6), (True, 3), (False, 7)]


def test_a_dash_line_holding_a_comma_is_running_text_not_a_subtitle() -> None:
    lines = [_mk("史海回眸"), _mk("深化企业改革"), _mk("——坚持长期稳定，发展经济的方针", "attribution")]
    pieces = split_inner_heads([*ABOVE, *lines, *BELOW], False, False)
    assert (True, 3) not in [(h, len(p)) for h, p in pieces]


def test_a_title_naming_its_place_before_a_colon_stands_in_the_stack() -> None:
    head = [_mk("牢牢端稳中国饭碗"), _mk("石泉县：小田并大田"), _mk("种粮更省心")]
    subtitle = _mk("——无人机植保覆盖率超过25.9%", "attribution")
    pieces = split_inner_heads([*ABOVE, *head, subtitle, *BELOW], False, False)
    assert [(h, len(p)) for h, p in pieces] == [(False, 6), (True, 4), (False, 7)]


def test_a_lead_in_colon_after_a_long_clause_is_running_text() -> None:
    lines = [_mk("今年经济工作的主要目标是：在"), _mk("优化结构提高效益")]
    pieces = split_inner_heads(
        [*ABOVE, *lines, _mk("——坚持长期稳定发展经济的方针", "attribution"), *BELOW], False, False
    )
    assert (True, 3) not in [(h, len(p)) for h, p in pieces]
