"""A data box read one cell a line, a blank line after each (pdfminer): its unit line, labels, source line and
values are furniture (``textclean.clean.charts.table_read_by_cells``), not an article of their own."""

from __future__ import annotations

from helpers import articles_of

from textclean.clean.charts import chart_lines
from textclean.models import Line

TOP = ("经济新闻", "2026年3月25日　星期三")
STORY = (
    "前两月我国货物贸易进出口增长5.2%",
    "海关总署7日发布数据，今年前两个月，我国货物贸易进出口总值",
    "同比增长5.2%。其中，出口增长6.9%，进口增长2.9%。",
)
TABLE = (
    "3月份制造业PMI主要分项指数",
    "单位：%",
    "指标",
    "生产指数",
    "新订单指数",
    "从业人员指数",
    "数据来源：国家统计局",
    "%",
    "52.6",
    "51.4",
    "48.6",
)


def spaced(*texts: str) -> list[Line]:
    page: list[Line] = []
    for t in texts:
        page += [Line(len(page), t), Line(len(page) + 1, "")]
    return page


def test_a_table_read_a_cell_a_line_is_no_article() -> None:
    articles = articles_of(*TOP, *STORY, *TABLE)
    assert [a.title for a in articles] == ["前两月我国货物贸易进出口增长5.2%"]
    assert all("指数" not in b.text for a in articles for b in a.blocks)


def test_lines_under_a_unit_line_that_are_no_table_stay() -> None:
    # negative: a narrow column's body line among the labels, or too few values: nothing under the unit line goes
    page = spaced("单位：%", "指标", "生产指数", "比上月上升1.7个百分", "52.6", "51.4", "48.6")
    assert chart_lines([*page, Line(99, "数据来源：国家统计局")]) == {99}
    page = spaced("单位：%", "生产指数", "52.6", "要闻速览")
    assert chart_lines([*page, Line(99, "数据来源：国家统计局")]) == {99}


def test_a_table_whose_values_were_read_elsewhere_ends_at_its_source_line() -> None:
    page = spaced("单位：%", "指标", "上证指数", "深证成指", "创业板指", "数据来源：万得资讯", "【财经评论】")
    assert chart_lines(page) == {0, 2, 4, 6, 8, 10}


def test_a_date_line_read_among_a_tables_cells_is_walked_past() -> None:
    cells = ("单位：%", "指标", "上证指数", "深证成指", "创业板指")
    articles = articles_of(*TOP, *STORY, *cells, "2026年3月8日　星期日", "%", "1.9", "2.7", "3.5", "数据来源：万得资讯")
    assert [a.title for a in articles] == ["前两月我国货物贸易进出口增长5.2%"]
    assert all("指数" not in b.text and "深证" not in b.text for a in articles for b in a.blocks)
