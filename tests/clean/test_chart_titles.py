"""A data box's title over its unit line and its header row (``textclean.clean.charts``): furniture, so the
briefs box printed under it keeps its label as the items' column, and the title is no story's kicker."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.charts import chart_lines
from textclean.models import Line

TOP = ("国际财经", "2026年3月25日　星期三", "本版编辑：苗青　校对：刘畅")
STORY = (
    "■环球财经",
    "欧洲央行宣布降息25个基点",
    "欧洲央行6日宣布，将欧元区三大关键利率下调25个基点，",
    "这是该行年内第二次降息。市场人士认为，欧洲经济复苏",
    "乏力，通胀回落较快，为降息提供了空间。",
)
CHART = (
    "主要经济体最新政策利率",
    "单位：%",
    "指标",
    "%",
    "美联储（上限）",
    "4.5",
    "日本央行",
    "0.5",
    "数据来源：各央行网站",
)
BRIEFS = (
    "环球速览",
    "德国2月通胀率降至2.3%",
    "新华社柏林3月10日电　德国联邦统计局10日公布的数据显示，",
    "德国2月调和消费价格指数同比上涨2.3%。",
    "澳大利亚失业率维持在4.1%",
    "据新华社电　澳大利亚统计局日前公布，该国2月失业率为",
    "4.1%，与1月持平。",
)


def lines_of(*texts: str) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts)]


def test_a_chart_title_over_its_unit_line_goes_and_the_briefs_label_under_it_stays() -> None:
    articles = tight_articles(*TOP, *STORY, *CHART, *BRIEFS)
    briefs = [a for a in articles if a.title in ("德国2月通胀率降至2.3%", "澳大利亚失业率维持在4.1%")]
    assert [(a.column, a.kicker) for a in briefs] == [("环球速览", None), ("环球速览", None)]
    assert all("政策利率" not in (a.kicker or "") + a.title for a in articles)
    # the header row between the unit line and the rows goes with them
    assert chart_lines(lines_of("增长较快。", *CHART)) == set(range(1, 10))


def test_a_line_over_a_unit_line_that_is_no_chart_title_stays() -> None:
    # negative: a body line, a byline, a box's label over the unit line; a header cell with no unit line over it
    for above in ("长，“特别是中国产的电动", "本报驻布达佩斯记者　牟宁", "环球速览"):
        assert 0 not in chart_lines(lines_of(above, "单位：%", "美联储（上限）", "4.5", "数据来源：各央行网站"))
    assert chart_lines(lines_of("市场观察", "指标", "%", "沪铜", "3.1", "数据来源：交易所")) == {2, 3, 4, 5}
