"""A paragraph's first line that broke before a count carried whole onto the next line is running text, not the
second line of the head over it (``textclean.clean.opening.carries_count`` in ``innerheads._closed_head``)."""

from __future__ import annotations

from helpers import PORT_OPENING, tight_articles

from textclean.clean.chardata import text_width
from textclean.clean.opening import carries_count
from textclean.clean.roles import Item

#: The end of a story above, and the story's text, set tight in a column of 20 em (PyMuPDF).
ABOVE = PORT_OPENING
FIRST = "国庆假期，全市重点监测商圈客流量达"
REST = (
    "21.1%和0.7%。文旅消费持续升温，前三季度全",
    "国国内出游人次8039万，同比增长24.2%，游客",
    "出游总花费明显增加，各地商家纷纷推出优惠。",
)


def mk(text: str, gap: bool = False) -> Item:
    return Item(3, text, text, text_width(text), gap, False, "text")


def test_a_line_broken_before_a_count_closed_at_once_opens_the_paragraph() -> None:
    # ``国庆假期，全市重点监测商圈客流量达`` was the title, ``商圈客流创下新高`` its kicker. The head heads the
    # paragraph opening with that line; it is read as a heading of the story above, as the same page with the
    # rates in words is (a story split there only because ``21.1%…`` counted as a numbered paragraph: a decimal
    # figure is no list number, chardata.ENUM_OPENER_RE)
    (story,) = tight_articles(*ABOVE, "商圈客流创下新高", FIRST, "21583万人次，销售额3229.4亿元，分别增长", *REST)
    heads = [b.text for b in story.blocks if b.kind == "heading"]
    paragraphs = [b.text for b in story.blocks if b.kind == "paragraph"]
    assert (story.kicker, heads) == (None, ["商圈客流创下新高"]) and paragraphs[-1].startswith(FIRST)


def test_a_date_or_a_line_set_apart_is_no_count_carried_over() -> None:
    # negative: a date closed by a comma may open a paragraph; across a blank line the extractor parts blocks
    assert not carries_count(mk("2024年，全省粮食产量再创新高"))
    assert not carries_count(mk("21583万人次，销售额3229.4亿元", gap=True))
    assert carries_count(mk("21583万人次，销售额3229.4亿元"))


#: A two-line inner head over a paragraph opening with a span of time, an age, a time of day: no count of a unit.
SPANS = ("30多年来，", "3天后，", "10多天来，", "3个月来，", "20余年，", "100多年前，", "6点半，", "95后，")


def test_a_paragraph_opening_with_a_span_of_time_keeps_the_head_over_it_whole() -> None:
    # ``扎根山区三十载`` / ``甘做乡村孺子牛`` over ``30多年来，…``: the head's second line was cut into the body
    rest = (
        "他扎根大山深处的村小，先后教过的学生超过",
        "两千人，不少学生考上了大学，又回到家乡工",
        "作。谈起这些，他总是笑着说，能让山里娃走",
        "出大山，是自己最大的心愿。",
    )
    story = tight_articles(*ABOVE, "扎根山区三十载", "甘做乡村孺子牛", "30多年来，王老师一直坚守在三尺讲台上，", *rest)[
        -1
    ]
    assert story.title == "扎根山区三十载 甘做乡村孺子牛"
    assert story.blocks[0].text.startswith("30多年来，")


def test_a_span_of_time_an_age_or_an_hour_is_no_count_carried_over() -> None:
    # negative of the rule: each opens a paragraph as a date does; a count of a unit still is carried
    assert not any(carries_count(mk(span + "王老师一直坚守在三尺讲台上")) for span in SPANS)
    assert carries_count(mk("1200个，其中新开工项目")) and carries_count(mk("8039万人次，同比增长"))


def test_a_one_line_head_under_a_byline_broken_before_a_count_is_the_paragraph_s_first_line() -> None:
    # ``算力产业集群成形`` / byline / ``前10个月，电子信息制造业增加值同比增长`` / ``3.3%，…``: the paragraph's first
    # line, alone between the byline and the count, was the title and the real title a kicker
    story = tight_articles(
        *ABOVE,
        "算力产业集群成形",
        "本报记者 雷嘉峰",
        "前10个月，电子信息制造业增加值同比增长",
        "3.3%，软件业务收入16.56万亿元。",
        *REST,
    )[-1]
    assert (story.kicker, story.title) == (None, "算力产业集群成形")
    assert story.blocks[0].text.startswith("前10个月，")


def test_a_one_line_title_over_a_paragraph_opening_with_a_date_stays_the_title() -> None:
    # negative: a date closed by a comma opens a paragraph; the one-line head over it keeps its place
    body = ("2024年，全市电子信息制造业增加值同比增长", "百分之三点三，软件业务收入增长较快。", *REST[1:])
    story = tight_articles(*ABOVE, "算力产业集群成形", "本报记者 雷嘉峰", *body)[-1]
    assert (story.kicker, story.title) == (None, "算力产业集群成形")
    assert story.blocks[0].text.startswith("2024年，")


def test_a_one_line_subheading_over_a_paragraph_opening_on_a_count_is_not_run_into_it() -> None:
    # negative (review): ``数字背后的产业跃升`` (no clause mark, no word taking a count at its end) over ``1.2万亿元，…``
    # is a subheading, not a paragraph's first line broken before the count: before, it was run into the paragraph
    body = (
        "数字背后的产业跃升",
        "1.2万亿元，这是前三季度全",
        "省软件业务收入总额，同比增",
        "长6.5%。其中出口增长较快，",
        "进口保持稳定。",
    )
    articles = tight_articles(*ABOVE, "算力产业集群成形", "本报记者 雷嘉峰", *body)
    assert not any(b.text.startswith("数字背后") for a in articles for b in a.blocks if b.kind == "paragraph")
    assert any("数字背后的产业跃升" in (a.title, *(b.text for b in a.blocks)) for a in articles)
