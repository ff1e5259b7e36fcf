"""A row of narrow columns printed as one line, one of its columns' lines letter-spaced (a full line set loose),
is split into its columns' lines (columnlines.line_ends, ``spaced``)."""

from textclean.clean.joinedrows import column_parts, split_joined_rows
from textclean.clean.roles import make_items
from textclean.models import Line

#: Two 8-em columns, row after row (pdftotext, an opinion page's three strips of two columns each).
ROWS = [
    "示，去年我国成年 是可观的积累。不",
    "国民人均纸质图书 必追求“读完多少",
    "阅读量为4.75本， 本”，关键是读有",
    "数字化阅读方式接 所得、学有所思。",
    "触率达80.3%。阅 在碎片化信息包围",
    "读方式在变，人们 的今天，能静下心",
]


def _texts(rows: list[str]) -> list[str]:
    items = split_joined_rows(make_items([Line(i, t) for i, t in enumerate(ROWS + rows)]))
    return [it.text for it in items][2 * len(ROWS) :]


def test_a_letter_spaced_line_beside_a_plain_one_is_a_column_line() -> None:
    assert _texts(["从 产 业 基 础 的。只要坚定信"]) == ["从产业基础", "的。只要坚定信"]


def test_a_letter_spaced_line_may_end_before_the_next_columns_last_glyphs() -> None:
    assert _texts(["完。学校还开设 占 营 业 收 入 的 比 险。"]) == ["完。学校还开设", "占营业收入的比", "险。"]


def test_two_letter_spaced_lines_side_by_side_stay_whole() -> None:
    row = "数 控 化 率 达 到 术 的 复 合 型 人 进设备联网和生产"
    assert _texts([row]) == [row.replace(" ", "")]


def test_a_spaced_headline_wider_than_a_column_stays_whole() -> None:
    assert _texts(["深 入 学 习 贯 彻 新 发 展 理 念"]) == ["深入学习贯彻新发展理念"]


#: Six 5-em columns, row after row (pdftotext, a six-column opinion page).
NARROW = [
    "命不是挂在 工作的方向 度，一案一 进作风，把 了，群众就 策、限期化",
    "号，而是体 今年以来， 余条。在走 更多精力用 会打心眼里 认可。只要",
    "现在行动中 我们在全区 访中，我们 上，以实实 明，只要态 真抓实干，",
]


def test_rows_of_six_narrow_columns_are_split() -> None:
    items = split_joined_rows(make_items([Line(i, t) for i, t in enumerate(NARROW + NARROW[:1])]))
    assert [it.text for it in items][-6:] == NARROW[0].split()


def test_a_row_with_a_letter_spaced_line_needs_no_clause_mark() -> None:
    assert column_parts("用 率 由 62% 提 高 到 三省普遍设立了智", [8]) == [
        "用 率 由 62% 提 高 到",
        "三省普遍设立了智",
    ]
    assert column_parts("欧 洲 央 行 在 声 明 中 欧洲国防开支", [8]) == ["欧 洲 央 行 在 声 明 中", "欧洲国防开支"]
    assert column_parts("大力发展社会事业 促进经济社会协调发展", [8]) is None


def test_two_letter_spaced_lines_of_narrow_columns_side_by_side_part() -> None:
    row = "要敢于较真 解 决 不 销 重 总 结 经 把各项决策"
    items = split_joined_rows(make_items([Line(i, t) for i, t in enumerate([*NARROW, row])]))
    assert [it.text for it in items][-4:] == ["要敢于较真", "解决不销", "重总结经", "把各项决策"]
