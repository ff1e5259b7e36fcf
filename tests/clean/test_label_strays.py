"""A column label lost to a stray headline line: the page's top line taken for a brief's kicker
(``strandedtops.stranded_top``), a label between box glyphs left a title of its own
(``glyphlabels.glyph_labels_over_titles``)."""

from __future__ import annotations

from helpers import tight_articles

#: A lead story under a glyph-led label, its text in a narrow column (PyMuPDF sets no blank line).
LEAD = (
    "■大宗商品",
    "国际油价周内涨逾4%",
    "——中东局势扰动供应预期　布伦特原油重回高位",
    "本报记者　孙海峰",
    "受中东地区地缘局势紧张及主要",
    "产油国延长减产影响，国际油价本周",
    "大幅上涨。截至本周收盘，纽约商品",
    "交易所轻质原油期货结算价较上周",
    "上涨4.2%，布伦特原油期货结算价",
    "上涨3.9%，创近五个月新高。",
    "分析人士认为，原油市场短期或维持",
    "高位震荡，中期走势仍取决于全球需",
    "求恢复的力度。",
)
#: A box of briefs under its label, each a bold head over one signed paragraph.
BRIEFS = (
    "财经简讯",
    "前两月全国一般公共预算收入4.3万亿元",
    "财政部日前公布，今年1至2月，全国一般公共预算",
    "收入43215亿元，同比下降1.6%；全国一般公共预算支",
    "出44893亿元，同比增长3.4%。其中，社会保障和就业",
    "支出增长5.8%，教育支出增长7.4%，科学技术支出增",
    "长10.1%。（邢文）",
    "全国碳市场扩围至钢铁水泥铝冶炼行业",
    "本报讯　生态环境部日前印发方案，将钢铁、水",
    "泥、铝冶炼行业纳入全国碳排放权交易市场。扩围后，",
    "全国碳市场覆盖的年二氧化碳排放量将由约51亿吨增加",
    "至约80亿吨，新增重点排放单位约1500家。",
    "上海港集装箱吞吐量一季度突破1300万标准箱",
    "上海国际港务（集团）股份有限公司数据显示，今",
    "年一季度上海港完成集装箱吞吐量1320万标准箱，同比",
    "增长6.5%，继续位居全球港口首位。其中，洋山深水港",
    "区自动化码头吞吐量增长12%。（顾洁）",
)


def test_the_page_s_top_line_is_no_kicker_of_a_brief_far_below_and_the_box_label_heads_every_brief() -> None:
    arts = tight_articles("经济参考报", "2026年3月22日　星期日", "第8版", "聚焦一季度经济数据", *LEAD, *BRIEFS)
    briefs = [a for a in arts if a.title.startswith(("前两月", "全国碳市场", "上海港"))]
    assert len(briefs) == 3
    assert [a.kicker for a in briefs] == [None, None, None]
    assert [a.column for a in briefs] == ["财经简讯"] * 3


#: A story under a label between two glyphs, its two-line head over a dateline its narrow column wraps.
GLYPH_STORY = (
    "●环球财经●",
    "美联储维持利率不变",
    "鲍威尔称将保持耐心观察经济数据",
    "新华社华盛顿3月19日",
    "电（记者许雪）美国联邦",
    "储备委员会19日结束为期",
    "两天的货币政策会议，宣",
    "布将联邦基金利率目标区",
    "间维持不变，符合市场预",
    "期。这是美联储连续第二",
    "次按兵不动。美联储在会",
    "后声明中表示，美国经济",
    "活动继续稳步扩张。",
)


def test_a_label_between_box_glyphs_over_a_title_is_that_story_s_column_not_the_briefs() -> None:
    arts = tight_articles("经济参考报", "2026年3月22日　星期日", "第8版", *GLYPH_STORY, *BRIEFS)
    story = next(a for a in arts if "美联储" in a.body)
    briefs = [a for a in arts if a.title.startswith(("前两月", "全国碳市场", "上海港"))]
    assert story.column == "环球财经"
    assert [a.column for a in briefs] == ["财经简讯"] * 3


def _blocks_page(*blocks: tuple[str, ...]) -> list:
    """The articles of a page of ``blocks``, each block's lines set tight and a blank line after it (pdftotext)."""
    from textclean.clean.articles import build_articles
    from textclean.models import Line, Page

    lines: list[Line] = []
    for block in blocks:
        lines += [Line(len(lines) + k, t) for k, t in enumerate(block)]
        lines.append(Line(len(lines), ""))
    return build_articles(Page("p.txt", "0" * 64, "utf-8", tuple(lines)))


def test_a_page_s_number_and_name_read_in_one_block_over_a_box_label_part_from_it() -> None:
    arts = _blocks_page(("2 经济新闻", "经济简讯"), BRIEFS[1:])
    briefs = [a for a in arts if a.title.startswith(("前两月", "全国碳市场", "上海港"))]
    assert len(briefs) == 3
    assert [a.column for a in briefs] == ["经济简讯"] * 3
    assert [a.kicker for a in briefs] == [None, None, None]


def test_the_page_s_number_printed_before_its_name_is_no_part_of_the_banner() -> None:
    arts = _blocks_page(("2 经 济 新 闻",), ("经 济 简 讯",), *[(line,) for line in BRIEFS[1:]])
    assert arts and {a.page_banner for a in arts} == {"经济新闻"}


def test_a_latin_word_or_a_figure_of_a_quantity_before_a_stacked_name_stays_the_name_s() -> None:
    # negative (review RV2): ``AI 时代`` and ``24 小时`` print no page number before a name
    for top in (("AI 时代", "数字生活"), ("24 小时", "新闻速递")):
        arts = _blocks_page(top, BRIEFS[1:])
        assert all(a.page_banner not in ("时代", "小时") for a in arts)
