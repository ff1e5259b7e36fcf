"""A column set round a picture widens inside a sentence: one article's text, not the next article's column
(widening.widens_below, in measures.changes_column)."""

from helpers import tight_articles

HEAD = ["2026年5月24日　星期二", "第10版", "城市观察", "社区食堂开到家门口", "本报记者 王明远"]
NARROW = [
    "本报5月24日讯 中午十一",
    "点半，幸福里社区的食堂",
    "门口已经排起了长队，老",
    "人们端着餐盘有说有笑，",
    "饭菜的香味飘满了小院。",
]
OPENING = [
    "“这里的饭菜便宜又",
    "好吃，我们几乎天天都来",
    "吃午饭。”居民刘大爷告",
    "诉记者，这里每天都供应",
]
WIDE = [
    "十几种菜品，老人凭卡就餐还能享受优惠。社区负责人介绍，",
    "食堂由街道出资建设，委托专业公司运营，日均接待三百多人。",
    "下一步，街道还将在周边小区增设助餐点，方便更多老人就餐。",
    "不少年轻的上班族也成了食堂的常客，晚饭时段同样很热闹。",
]


def test_a_column_that_widens_inside_a_sentence_stays_one_article() -> None:
    arts = tight_articles(*HEAD, *NARROW, *OPENING, *WIDE)
    assert len(arts) == 1
    assert "供应十几种菜品" in "".join(b.text for b in arts[0].blocks)


def test_a_paragraph_that_ends_before_the_wider_column_is_still_cut() -> None:
    closed = [*OPENING[:3], "诉记者，饭菜可口。"]
    arts = tight_articles(*HEAD, *NARROW, *closed, *WIDE)
    assert len(arts) == 2
