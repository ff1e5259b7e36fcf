"""A headline line counting the news over the title stating it is its kicker (``clausekickers.figure_over_statement``)."""

from __future__ import annotations

from helpers import tight_articles


def test_a_line_holding_a_figure_over_a_statement_is_the_kicker() -> None:
    # a company story (PyMuPDF, lay17 ec-14): column label, byline, a kicker with a count over the title (a
    # statement: its subject, then what it did); by shape the two lines were joined as a two-part headline
    lines = (
        "产经",
        "2026年3月14日 星期六 第15版",
        "公司",
        "本报记者 王小明",
        "一季度交付量同比增长41%",
        "东江新能源汽车加速布局海外市场",
        "东江新能源汽车股份有限公司日前发布公告，一季度公司",
        "新能源汽车交付量达16.8万辆，同比增长41.2%；其中海外市场",
        "交付3.1万辆，同比增长近1.5倍，海外销量占比提升至18.5%。",
        "公司总裁在业绩说明会上介绍，公司位于泰国的整车工厂",
        "已于2月正式投产，设计年产能15万辆，首批右舵车型已出口。",
    )
    (article,) = tight_articles(*lines)
    assert article.title == "东江新能源汽车加速布局海外市场"
    assert article.kicker == "一季度交付量同比增长41%"


def test_two_clauses_stay_one_two_part_headline() -> None:
    # a report page's two-part headline: two clauses, no figure (not a kicker and its title)
    lines = (
        "理论",
        "2026年3月14日 星期六 第7版",
        "加快发展现代农业",
        "促进农民持续增收",
        "本报记者 王小明",
        "发展现代农业，促进农民持续增收，是做好今年农业农村工作的",
        "重点任务。各地要加快发展现代农业，不断拓宽农民增收渠道。",
        "要加快推进农业科技创新，促进农民持续增收，巩固拓展成果。",
    )
    (article,) = tight_articles(*lines)
    assert article.title == "加快发展现代农业 促进农民持续增收"
