"""tools/devscore.py's miss classes: a neighbour's body is held only through text the article's own gold lacks."""

import importlib.util
import sys
from pathlib import Path

SPEC = importlib.util.spec_from_file_location("devscore", Path(__file__).parents[1] / "tools" / "devscore.py")
assert SPEC and SPEC.loader
devscore = importlib.util.module_from_spec(SPEC)
sys.modules["devscore"] = devscore  # dataclasses look their module up
SPEC.loader.exec_module(devscore)

TEMPLATE = "会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念。"


def text(s: str) -> "devscore.Text":
    grams = {s[i : i + 4] for i in range(len(s) - 3)}
    return devscore.Text([("p", s)], s, grams)


def test_a_phrase_both_bodies_print_is_no_neighbours_text() -> None:
    own = text("全省春耕生产进展顺利，农资供应充足。" + TEMPLATE)
    neighbour = text(TEMPLATE + "各地景区游人如织，文旅市场活力十足。")
    pred = text("全省春耕生产进展顺利，农资供应充足。" + TEMPLATE)
    assert len(pred.grams & neighbour.grams) >= devscore.PART * len(neighbour.grams)  # the old test's count
    assert not devscore.holds_neighbour(pred, neighbour, own)


def test_a_neighbours_own_sentences_in_the_body_are_held() -> None:
    own = text("全省春耕生产进展顺利，农资供应充足。" + TEMPLATE)
    neighbour = text(TEMPLATE + "各地景区游人如织，文旅市场活力十足。")
    pred = text("全省春耕生产进展顺利，农资供应充足。" + TEMPLATE + "各地景区游人如织，文旅市场活力十足。")
    assert devscore.holds_neighbour(pred, neighbour, own)
