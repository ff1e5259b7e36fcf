"""A row opening with an article's first lines is split among rows of the same columns (joinedrows.py): an indented
first line holding no clause mark, and a dateline's reporters wrapped inside the bracket the line above opened."""

from textclean.clean.joinedrows import split_joined_rows
from textclean.clean.roles import make_items
from textclean.models import Line

#: Two 11-em columns of a news item (lay15 fr-11, pdftotext), printed row by row.
NEWS = [
    "本报讯（记者 杨帆 农增收。近年来，该县推",
    "通讯员 朱小红）3月9 进茶园绿色防控和标准化",
    "日，南坪县高山茶园开始 生产，培育省级龙头企业",
    "采摘春茶，比去年提前了 6家，“南坪云雾”区域公",
    "5天。",
    "用品牌价值突破40亿元。",
    "南坪县现有茶园面积 县里还在茶区建设了12个",
    "18万亩，茶叶年产值达到 茶旅融合示范点，吸引游",
    "26亿元，带动8万余户茶 客到茶园采茶、品茶。",
    # (lines of one column, so the page's 11-em measure is counted on six lines or more)
    "客到茶园采茶、品茶。",
    "县里还在茶区建设了12个",
    "茶旅融合示范点，吸引游",
    "客到茶园采茶、品茶。",
    "县里还在茶区建设了12个",
    "茶旅融合示范点，吸引游",
]


def _raws(lines: list[str]) -> list[str]:
    return [it.raw for it in split_joined_rows(make_items([Line(i, t) for i, t in enumerate(lines)]))]


def test_a_dateline_s_reporters_wrapped_into_a_row_s_first_line_part_from_the_next_column() -> None:
    raws = _raws(NEWS)
    assert raws[raws.index("农增收。近年来，该县推") + 1 : raws.index("农增收。近年来，该县推") + 3] == [
        "通讯员 朱小红）3月9",
        "进茶园绿色防控和标准化",
    ]


def test_an_indented_first_line_holding_no_clause_mark_parts_from_the_next_column_among_rows() -> None:
    raws = _raws(NEWS)
    assert "南坪县现有茶园面积" in raws and "县里还在茶区建设了12个" in raws[raws.index("南坪县现有茶园面积") :]


def test_a_headline_s_halves_between_blank_lines_stay_one_line() -> None:
    lines = ["", "南坪县茶园迎来 开采季", "", *NEWS[2:]]
    assert "南坪县茶园迎来 开采季" in _raws(lines)
