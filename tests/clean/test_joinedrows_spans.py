"""A row setting a wide column beside narrow ones, printed as one line, is split into its columns' lines
(joinedrows.wide_rows, columnlines.line_ends' span)."""

from textclean.clean.joinedrows import split_joined_rows
from textclean.clean.roles import make_items
from textclean.models import Line

BODY = [
    "大力发展科技、教育事业，培养",
    "素质的人才队伍，是国家强盛、",
    "族复兴的必由之路。坚持优先发",
    "教育。中央财政已按全国财政性",
    "育经费支出占国内生产总值的比",
    "编制预算，地方财政也要相应安",
]
#: Three 13-em columns and a 26-em column beside them, row after row.
ROWS = [
    "家企业同时开工，塔吊林立， 记者在现场看到，工地上机器 把这片林子一代代传下去，邹 化放管服改革，推动更多事项网上办、掌上办、就近办理，",
    "朝天的建设场景。去年，全省 意度调查显示，多数受访者对 把劲。专家指出，生态保护修 做到件件有回音、事事有着落。安平县推行拿地即开工审批",
    "推动多家企业上云用数赋智， 相关工作表示满意。清晨时分 要坚持山水林田湖草沙一体化 模式，项目从取得土地到开工建设的时间压缩了许多。有关",
]


def _texts(rows: list[str]) -> list[str]:
    items = split_joined_rows(make_items([Line(i, t) for i, t in enumerate(BODY + rows)]))
    return [it.text for it in items][len(BODY) :]


def test_a_row_of_narrow_columns_and_a_wide_one_is_split_into_their_lines() -> None:
    texts = _texts(ROWS)
    assert texts[:4] == [
        "家企业同时开工，塔吊林立，",
        "记者在现场看到，工地上机器",
        "把这片林子一代代传下去，邹",
        "化放管服改革，推动更多事项网上办、掌上办、就近办理，",
    ]
    assert len(texts) == 12


def test_a_narrow_line_beside_a_wide_one_is_no_row_of_mixed_widths() -> None:
    rows = [row.split(" ", 2)[2] for row in ROWS]  # (a 13-em line and a 26-em line: a head beside a column, or chance)
    assert _texts(rows) == rows
