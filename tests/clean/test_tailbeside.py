"""A three-line note set in two columns, its last line printed beside its first (``tailbeside.last_line_after``)."""

from textclean.clean.chardata import text_width
from textclean.clean.repair import repair_line
from textclean.clean.roles import Item
from textclean.clean.tailbeside import last_line_after

FIRST = "群众的来信，是了解社情民意的一扇窗口。本期选登"
SECOND = "几封读者来信，并刊发有关部门对此前来信反映问题的回"
LAST = "复，欢迎读者继续监督。"


def _item(no: int, raw: str, gap_before: bool = False) -> Item:
    text = repair_line(raw)
    return Item(no, raw, text, text_width(text), gap_before, False)


def test_the_last_line_printed_beside_the_first_is_read_last():
    lines = [_item(0, "【编者按】"), _item(2, f"{FIRST} {LAST}", True), _item(3, SECOND), _item(4, "●读者来信●")]
    assert [it.text for it in last_line_after(lines)] == ["【编者按】", FIRST, SECOND, LAST, "●读者来信●"]


def test_two_columns_lines_side_by_side_are_left_as_printed():
    # the right part is a full line of the next column, not a paragraph's short last line
    lines = [_item(2, f"{FIRST} 这是另一栏里一整行的正文文字，仍在继续写到了这里。", True), _item(3, SECOND)]
    assert [it.raw for it in last_line_after(lines)] == [lines[0].raw, SECOND]


def test_a_brief_whose_column_goes_on_is_left_as_printed():
    # the first column holds a third line: the short sentence beside the first line is another column's (review RV4)
    first, under = "本市举办春季招聘会，提供岗位三千", "余个，吸引众多求职者到场咨询，现场"
    lines = [_item(2, f"{first} 活动持续三天。", True), _item(3, under), _item(4, "达成就业意向一千二百余人次。")]
    assert [it.raw for it in last_line_after(lines)] == [lines[0].raw, under, "达成就业意向一千二百余人次。"]
