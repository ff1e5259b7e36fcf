"""One printed line holding a row of several columns' lines is split into them (joinedrows.py)."""

from textclean.clean.chardata import text_width
from textclean.clean.joinedrows import split_joined_rows
from textclean.clean.roles import Item, make_items
from textclean.models import Line

BODY = [
    "大力发展科技、教育事业，培养高",
    "素质的人才队伍，是国家强盛、民",
    "族复兴的必由之路。坚持优先发展",
    "教育。中央财政已按全国财政性教",
    "育经费支出占国内生产总值的比例",
    "编制预算，地方财政也要相应安排",
]


def _texts(rows: list[str]) -> list[str]:
    items = split_joined_rows(make_items([Line(i, t) for i, t in enumerate(BODY + rows)]))
    return [it.text for it in items][len(BODY) :]


def test_a_row_of_three_columns_printed_as_one_line_is_split_in_row_order() -> None:
    row = "培养高素质的人才队伍，是国家 与经济社会发展和国家战略需要 才体制改革，大力培养造就高水"
    assert _texts([row]) == [
        "培养高素质的人才队伍，是国家",
        "与经济社会发展和国家战略需要",
        "才体制改革，大力培养造就高水",
    ]


def test_a_letter_spaced_column_line_joined_to_the_next_columns_line_is_split_where_the_spacing_stops() -> None:
    row = "系 ， 加 强 对 劳 务 派 遣 的 规 范 管 助试点范围。巩固完善基本药物"
    assert _texts([row]) == ["系，加强对劳务派遣的规范管", "助试点范围。巩固完善基本药物"]


def test_spaces_of_the_text_part_nothing() -> None:
    rows = [
        "本报记者 崔湄 王霏苓",
        "大力发展社会事业 促进经济社会协调发展",
        "——中国劳动关系学院校长、党委副书记 傅德印",
        "体 系 ”“ 加 强 工 会 法 治 宣 传 和 法",
        "消费价格总水平涨幅控制在4% 左右；城镇",
    ]
    assert _texts(rows) == [
        "本报记者 崔湄 王霏苓",
        "大力发展社会事业 促进经济社会协调发展",
        "——中国劳动关系学院校长、党委副书记 傅德印",
        "体系”“加强工会法治宣传和法",
        "消费价格总水平涨幅控制在4% 左右；城镇",
    ]


def test_the_parts_keep_the_lines_number_and_the_blank_lines_around_it() -> None:
    items = split_joined_rows(
        make_items(
            [Line(i, t) for i, t in enumerate([*BODY, "", "业培训和公共就业服务工作。加 标准提高到每人每年240元。全"])]
        )
    )
    parts = items[len(BODY) :]
    assert [(it.no, it.gap_before, it.gap_after) for it in parts] == [(7, True, False), (7, False, True)]
    assert [it.width for it in parts] == [text_width(it.text) for it in parts]
    assert all(isinstance(it, Item) for it in parts)


#: Rows of two 15-em columns, as pdftotext prints them (each split by :func:`split_joined_rows` on its own).
STACK = [
    "统配钢材，集中投放到指定的地区 价返还、逐步放开、扩大市场范围",
    "大力发展科技、教育事业，培养高 素质的人才队伍，是国家强盛、民",
]
#: A row of two columns' lines holding no clause mark: set on its own, it reads as a headline of two halves.
ROW = "固定资产投资规模要大体维持在 要把重点放在为生产和生活服务"


def test_a_row_set_among_rows_of_the_same_columns_is_split_though_it_holds_no_clause_mark() -> None:
    # (LAY2 lay2-015, between rows of two 14-em columns)
    assert _texts([STACK[0], ROW, STACK[1]])[2:4] == ["固定资产投资规模要大体维持在", "要把重点放在为生产和生活服务"]


def test_a_row_set_among_rows_is_split_where_its_break_runs_through_a_word() -> None:
    row = "钢材统配以后，集中投放到指定 价返还、逐步放开、扩大市场化"
    assert _texts([STACK[0], row])[2:] == ["钢材统配以后，集中投放到指定", "价返还、逐步放开、扩大市场化"]


def test_a_headline_of_two_halves_away_from_rows_is_not_split() -> None:
    assert _texts([STACK[0], "甲" * 15, "乙" * 15, "丙" * 15, ROW])[2:] == ["甲" * 15, "乙" * 15, "丙" * 15, ROW]
