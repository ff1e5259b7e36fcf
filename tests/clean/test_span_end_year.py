"""A kicker ending on a year that ends a span (``…至2028年``) stays apart from its title (``dangling.ends_on_year``)."""

from __future__ import annotations

from helpers import tight_articles


def test_a_kicker_ending_on_a_span_end_year_is_not_joined_to_its_title() -> None:
    # an economy page (PyMuPDF, lay17 ec-01): a kicker ``…至2028年`` over its title, under a column label; the year
    # was read as dating the title's first word, and the two lines joined as one headline
    lines = (
        "产经",
        "2026年3月10日 星期二 第5版",
        "■产业动态",
        "订单排产至2028年",
        "东海造船厂再获12艘LNG运输船订单",
        "本报记者 王小明",
        "东海造船厂日前与两家航运公",
        "司签订12艘大型液化天然气运",
        "输船建造合同，合同总金额超过",
        "300亿元，创下该厂单笔订单",
        "金额新高。",
        "今年以来，我国船舶工业三大",
        "指标继续保持世界领先。目前，",
        "国内主要船厂的订单排产普遍",
        "已至2028年。",
    )
    (article,) = tight_articles(*lines)
    assert article.title == "东海造船厂再获12艘LNG运输船订单"
    assert article.kicker == "订单排产至2028年"


def test_a_year_that_dates_the_words_under_it_still_joins_its_headline() -> None:
    # negative: ``力争到``, ``截至`` and ``从…年至…年`` date the line under them: one headline wrapped, no kicker
    for upper, lower in (
        ("我省提出力争到2030年", "基本实现新型工业化"),
        ("截至2025年", "全省5G基站总数突破20万个"),
        ("从2021年至2025年", "全省累计新增城镇就业300万人"),
    ):
        lines = (
            "3 要闻",
            "2026年5月6日　星期三",
            "本版责任编辑：王明",
            upper,
            lower,
            "本报讯（记者 李华）记者",
            "从省发展改革委获悉，我",
            "省日前印发实施方案，明",
            "确了今后一个时期的发展",
            "目标和重点任务。",
        )
        (article,) = tight_articles(*lines)
        assert article.title == upper + lower and not article.kicker
