"""Ordinary text near the economy pages' label rules (review RV3): a body line over a chart box set in its
column (``textclean.clean.charts.runs_on``), a colon line under a story's title and byline
(``textclean.clean.clausekickers.titled_byline``: a letter's salutation, an interview's speaker, a roundup's place)."""

from __future__ import annotations

from helpers import articles_of, tight_articles

from textclean.clean.charts import chart_lines
from textclean.models import Line

TOP = ("经济", "2026年3月10日 星期二 第2版")
CHART = ("单位：亿元", "东盟", "86.2", "欧盟", "71.5", "数据来源：市海关")


def test_a_body_line_over_a_chart_box_in_its_column_stays() -> None:
    story = (
        "全市外贸进出口稳中有升",
        "本报记者 王小明",
        "今年前两个月，全市外贸进出口总值",
        "达到512亿元，同比增长8.3%。其中",
    )
    tail = ("增长12.1%和9.6%。市商务局有关负", "责人表示，将继续支持企业开拓市场。")
    (art,) = tight_articles(*TOP, *story, "对东盟和欧盟的进出口增长最快分别", *CHART, *tail)
    assert "其中对东盟和欧盟的进出口增长最快分别增长12.1%" in art.blocks[0].text
    # the chart's title under a sentence's end, a byline, a headline or a label still goes
    for above in ("较高的细分龙头。", "本报记者　陈立新", "全市外贸进出口稳中有升", "●数据●"):
        lines = [Line(i, t) for i, t in enumerate((above, "前两月我国对主要贸易伙伴进出口", *CHART))]
        assert chart_lines(lines) == set(range(1, 8))


LETTER = (
    "我是一名退休教师今年七十岁",
    "家住城东区幸福小区，最近发现小区",
    "的路灯坏了很久一直没人修。希望有关",
    "部门尽快解决。",
)


def test_a_colon_line_under_a_title_and_its_byline_opens_the_text() -> None:
    for page in (tight_articles, articles_of):
        (art,) = page(*TOP, "一位退休教师的来信", "本报记者 王小明", "编辑同志：", *LETTER)
        assert (art.title, art.kicker) == ("一位退休教师的来信", None)
        assert art.blocks[0].text.startswith("编辑同志：")
    talk = ("主持人：", "今年以来消费市场持续回暖", "有哪些新的特点？", "王教授：", "消费市场回暖的势头比较明显。")
    (art,) = tight_articles(*TOP, "如何看待当前消费市场", "本报记者 王小明", *talk)
    assert (art.title, art.kicker) == ("如何看待当前消费市场", None) and art.blocks[0].text == "主持人："


def test_a_colon_lead_under_a_label_and_its_byline_still_heads_the_story() -> None:
    body = (
        "走进义乌国际商贸城五区，来自沙特",
        "的采购商正在挑选小商品。今年前两个",
        "月，义乌跨境电商交易额同比增长。",
    )
    (art,) = tight_articles(
        *TOP, "区域经济", "本报记者 潘建国", "浙江义乌：", "“世界超市”跨境电商交易额突破两千亿元", *body
    )
    assert art.title.endswith("“世界超市”跨境电商交易额突破两千亿元") and art.blocks[0].text.startswith("走进义乌")


def test_a_speaker_or_a_salutation_under_a_label_and_byline_opens_the_text() -> None:
    # a letter printed with no headline under its label and the reader's byline: its salutation is its text
    (art,) = tight_articles(*TOP, "●读者来信●", "河北读者 王明", "编辑同志：", *LETTER)
    assert (art.column, art.title) == ("读者来信", "") and art.blocks[0].text == "编辑同志："
