"""A row of cells set in different measures, printed as one line, is split into the cells' lines
(joinedrows.mixed_rows, mixedrows.mixed_parts)."""

from textclean.clean.joinedrows import cell_measures, split_joined_rows
from textclean.clean.mixedrows import mixed_parts
from textclean.clean.roles import make_items
from textclean.models import Line

#: An 18-em cell's lines and a 14-em cell's lines, each measure the page's (six lines or more each).
BODY = [
    "下午四点半，城南实验小学的铃声响起，",
    "学生们都并没有背起书包回家，而是奔向",
    "了各自的兴趣课堂。在机器人社团里面，",
    "学生们正在调试自己编写的一小段程序；",
    "操场上，篮球队员的训练正热火朝天；书",
    "法教室里，墨香扑鼻，孩子们写得很认真",
    "孟娟新入职某装修公司，担任",
    "销售员。入职时，公司以多发",
    "工资为由，让他签了一份自愿",
    "放弃缴纳社会保险的承诺书。",
    "最终，法院判决公司支付经济",
    "补偿2万余元，并赔偿医疗费",
]
#: Rows of the two cells, the narrow cell's line first (a wider line after a narrower one: no row of one measure).
ROWS = [
    "法院审理认为，依法缴纳社会 校长介绍，课程分为作业辅导和素质拓展",
    "保险是用人单位和劳动者的法 两个时段。家长高艳说，以前孩子放学早",
    "定义务，不能通过双方约定予 自己下班晚，只能送托管班，现在在学校",
]


def _texts(rows: list[str]) -> list[str]:
    items = split_joined_rows(make_items([Line(i, t) for i, t in enumerate(BODY + rows)]))
    return [it.text for it in items][len(BODY) :]


def test_rows_of_two_cells_of_different_measures_are_split_into_their_lines() -> None:
    assert _texts(ROWS) == [
        "法院审理认为，依法缴纳社会",
        "校长介绍，课程分为作业辅导和素质拓展",
        "保险是用人单位和劳动者的法",
        "两个时段。家长高艳说，以前孩子放学早",
        "定义务，不能通过双方约定予",
        "自己下班晚，只能送托管班，现在在学校",
    ]


def test_a_lone_line_of_two_measures_away_from_rows_is_left_whole() -> None:
    assert _texts(ROWS[:1]) == ROWS[:1]


def test_a_two_part_headline_or_a_byline_is_no_row() -> None:
    assert mixed_parts("大力发展社会事业 促进经济社会协调发展", [8, 9]) is None
    assert mixed_parts("本报记者 龚亦 通讯员 孟明楠", [8, 9]) is None


def test_a_break_inside_a_word_parts_no_lines() -> None:
    assert mixed_parts("科学队伍也在迅 速壮大，科研成果不断涌现，", [7, 12]) is None


def test_a_paragraphs_last_line_may_end_a_cells_line() -> None:
    assert mixed_parts("当依法赔偿。 法院审理认为，依法缴纳社会", [18, 14]) == [
        "当依法赔偿。",
        "法院审理认为，依法缴纳社会",
    ]


def test_a_cells_lines_rounded_to_two_neighbouring_ems_set_one_measure() -> None:
    """Justified lines holding digits run half an em off the cell's measure: three lines of 18 em and three of
    19 make both widths measures, neither alone does; two lines of 12 em make none."""
    items = make_items([Line(i, t) for i, t in enumerate(["甲" * 18] * 3 + ["乙" * 18 + "12"] * 3 + ["丙" * 12] * 2)])
    assert cell_measures(items) == [18, 19]
    assert cell_measures(items[:3] + items[6:]) == []


def test_a_briefs_run_in_head_stays_with_its_text() -> None:
    """A brief's bold head set before its text on one line, the text restating it, is no cell's line."""
    assert mixed_parts("高校毕业生招聘会举行 江淮科技大学日前举办校园招聘会，477", [10, 18, 19]) is None
    assert mixed_parts("高校毕业生招聘会举行 江淮科技大学日前举办校园招聘会，提供 路上成长。", [14, 28]) == [
        "高校毕业生招聘会举行 江淮科技大学日前举办校园招聘会，提供",
        "路上成长。",
    ]


def test_two_columns_of_one_story_sharing_a_name_are_still_parted() -> None:
    assert mixed_parts("焰队坐镇主场以3∶2战胜长河骏马 岭火焰队积34分，与领头羊的差距缩小到", [15, 19]) == [
        "焰队坐镇主场以3∶2战胜长河骏马",
        "岭火焰队积34分，与领头羊的差距缩小到",
    ]


def test_a_list_run_on_in_one_line_is_no_row_of_cells() -> None:
    """A one-line summary of a list's items, each a sentence, fits two loose measures; the next number of the
    same list opening the second part says it is one line (review BT, thirty-fourth session)."""
    assert mixed_parts("（一）加强组织领导。 （二）强化经费保障。", [10, 12]) is None
    assert mixed_parts("一、开展岗前培训。 二、完善考核制度。", [9, 10]) is None


def test_two_cells_opening_with_numbers_of_no_one_list_still_part() -> None:
    assert mixed_parts("（一）加强组织领导。 （三）强化经费保障。", [10, 12]) == [
        "（一）加强组织领导。",
        "（三）强化经费保障。",
    ]
    assert mixed_parts("当依法赔偿。 （二）强化经费保障。", [6, 10]) == ["当依法赔偿。", "（二）强化经费保障。"]


def test_two_cells_of_consecutive_numbers_part_where_the_left_breaks_off() -> None:
    """Two reports' numbered lists may meet on one baseline; a left part broken off inside its sentence is a
    column's line (review CR, thirty-fifth session)."""
    row = "二、完善考核制度。公司应当 三、建立课后服务经费保障机制，多渠道"
    assert mixed_parts(row, [13, 18]) == ["二、完善考核制度。公司应当", "三、建立课后服务经费保障机制，多渠道"]
