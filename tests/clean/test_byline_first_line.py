"""A body's first line, narrowed by the head box and read as a title under the byline, goes back into the body
(``textclean.clean.bylinefirst``): the headline over the byline stays the title."""

from __future__ import annotations

from helpers import articles_of, tight_articles

# a commentary in a narrow column (PyMuPDF, lay16 op-02's form): label, headline wrapped, byline, then the text,
# whose first line the head box narrowed
PAGE = (
    "【人民时评】",
    "让短视频平台多些“营",
    "养”",
    "梁思雨",
    "刷短视频已经",
    "成为很多人的生活",
    "日常。一项调查显",
    "示，我国网民人均",
    "每天观看短视频的",
    "时长超过两个半小",
    "时。短视频在丰富",
    "生活的同时也带来",
    "不少问题。",
)


def test_the_narrow_first_line_under_the_byline_is_the_body_s() -> None:
    (article,) = tight_articles(*PAGE)
    assert article.title == "让短视频平台多些“营养”"
    assert article.kicker is None
    assert article.body.startswith("刷短视频已经成为很多人的生活日常。")
    assert article.authors == ["梁思雨"]


def test_a_title_under_a_byline_with_no_headline_over_it_stays() -> None:
    page = ("公司", "本报记者　黄振宇", "宁安新能源汽车加速布局海外市场", *PAGE[5:])
    (article,) = tight_articles(*page)
    assert article.title == "宁安新能源汽车加速布局海外市场"


# a story's kicker, byline and title stacked (PyMuPDF and pdfminer alike), its text opening with a dateline
DATED = (
    "要闻",
    "春到田间农事忙",
    "本报记者 张伟",
    "全市春耕备耕有序推进",
    "本报讯 连日来，全市各地抓",
    "住有利天气，组织农机手下田",
    "作业，农资供应充足，种子化",
    "肥储备到位，目前已完成春播",
    "面积三十万亩。",
)


def test_a_title_over_a_dated_text_under_a_byline_stays_the_title() -> None:
    (article,) = tight_articles(*DATED)
    assert (article.kicker, article.title) == ("春到田间农事忙", "全市春耕备耕有序推进")
    (article,) = articles_of(*DATED)
    assert (article.kicker, article.title) == ("春到田间农事忙", "全市春耕备耕有序推进")


def test_a_line_under_a_byline_under_a_column_label_stays_a_head() -> None:
    page = ("要闻", "●聚焦两会●", "本报记者 陈立", "代表委员议政录", *PAGE[5:])
    (article,) = articles_of(*page)
    assert not article.body.startswith("代表委员议政录")
