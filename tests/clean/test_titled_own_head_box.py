"""A briefs box read two briefs to a draft: under the box's label, the first brief's head the article's title and
one more head set alone under its short text (``textclean.clean.ownheadbox``, :data:`MIN_TITLED_OWN_HEADS`)."""

from __future__ import annotations

from helpers import tight_articles

# an economy page's briefs box (PyMuPDF, lay17 ec-03): a commentary's last lines, its byline and note, then the
# box's label, a head, a short signed text, a head, a short signed text
PAGE = (
    "制度型开放是一项系统工程，需要",
    "统筹开放和安全，在扩大开放中提升治",
    "理能力，以开放促改革、促发展。",
    "夏志明",
    "（作者系某大学国际经济研究院教授）",
    "市场快讯",
    "上海港集装箱吞吐量一季度突破1300万标准箱",
    "上海国际港务（集团）股份有限公司数据显示，今",
    "年一季度上海港完成集装箱吞吐量1320万标准箱，同比",
    "增长6.5%，继续位居全球港口首位。其中，洋山深水港",
    "区自动化码头吞吐量增长12%。（顾洁）",
    "前两月我国服务贸易进出口增长8.9%",
    "商务部数据显示，今年前两个月，我国服务进出口",
    "总额12680亿元，同比增长8.9%。其中，知识密集型服",
    "务进出口5430亿元，增长6.2%；旅行服务进出口3560",
    "亿元，增长18.7%。（宁晓）",
)


def test_the_second_brief_under_the_titled_first_is_its_own_article() -> None:
    articles = [a for a in tight_articles(*PAGE) if a.column == "市场快讯"]
    assert [a.title for a in articles] == [
        "上海港集装箱吞吐量一季度突破1300万标准箱",
        "前两月我国服务贸易进出口增长8.9%",
    ]
    assert articles[1].body.startswith("商务部数据显示，")


def test_a_paragraph_s_indented_first_line_is_no_head() -> None:
    page = (
        "市县传真",
        "清江两岸油菜花开",
        "安澜市近日在江边举办乡村",
        "旅游节，推出农家美食和民",
        "俗表演，带动周边农家乐和",
        "民宿生意火爆。",
        "石门县今年种植油",
        "菜12万亩，发展油料生产",
        "的同时做好“农业＋旅游”",
        "文章。（宋雨）",
    )
    assert len(tight_articles(*page)) == 1


def test_a_paragraph_s_first_line_cut_short_by_a_figure_is_no_head() -> None:
    # the paragraph's indented first line ends short: the figure opening the next line did not fit after it
    page = (
        *PAGE[:5],
        "市县传真",
        "清江两岸油菜花开",
        "安澜市近日在江边举办乡村",
        "旅游节，推出农家美食和民",
        "俗表演，吸引游客3万人次。",
        "今年油菜种植面积",
        "125000亩，比去年增加一成，",
        "带动农户增收。（宋雨）",
    )
    (article,) = [a for a in tight_articles(*page) if a.column == "市县传真"]
    assert article.body.endswith("带动农户增收。")
