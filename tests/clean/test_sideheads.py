"""A headline wrapped in a narrow side head beside its body (sideheads.py)."""

from textclean.clean.layout import page_elements
from textclean.models import Line

BODY = [
    "周总理在详细地说明了几",
    "年来的调整工作的经验教训以",
    "后，特别强调了总结经验的重",
    "要意义。他说，为了尽快地把",
    "我国建设成为一个社会主义强",
    "国，我们必须认真总结经验。",
]


def _kinds(lines: list[str]) -> list[tuple[str, str]]:
    els = page_elements([Line(i, t) for i, t in enumerate(lines)])
    return [(e.kind, e.text or "".join(it.text for it in e.items)[:6]) for e in els]


def test_a_title_wrapped_in_a_narrow_side_head_is_lifted_off_the_body() -> None:
    kinds = _kinds(["观察与思考", "学习贯彻1964年", "政府工作报告", "最重要的", "问题是自", "己积累经", "验", *BODY])
    assert ("title", "最重要的问题是自己积累经验") in kinds
    assert kinds[-1] == ("body", "周总理在详细")


def test_a_narrow_paragraph_tail_over_a_wider_column_stays_running_text() -> None:
    kinds = _kinds(["观察与思考", "学习贯彻1964年", "政府工作报告", "最重要的", "问题是自", "己积累经", "验。", *BODY])
    assert not any(kind == "title" and text.startswith("最重要的") for kind, text in kinds)
