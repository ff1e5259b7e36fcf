"""A two-part headline whose first half ends with a figure's ``%`` before a Latin word (``chardata.has_halves_space``)."""

from __future__ import annotations

from helpers import tight_articles


def test_a_line_over_a_two_part_headline_ending_a_figure_is_its_kicker() -> None:
    # an economy page (PyMuPDF, lay17 ec-24): a kicker over a title whose halves are parted by a gap after ``0.7%``;
    # read as no two-part headline, the title took the kicker as its upper half
    lines = (
        "经济",
        "2026年3月10日 星期二 第2版",
        "数据发布",
        "市统计局发布2月份数据",
        "CPI同比上涨0.7%\u3000PPI降幅收窄",
        "本报记者 王小明",
        "市统计局9日发布数据，2月份，全市居民消费价",
        "格指数同比上涨0.7%，工业生产者出厂价格指数",
        "同比下降2.2%，降幅比上月收窄0.1个百分点。",
    )
    (article,) = tight_articles(*lines)
    assert article.title == "CPI同比上涨0.7% PPI降幅收窄"
    assert article.kicker == "市统计局发布2月份数据"
