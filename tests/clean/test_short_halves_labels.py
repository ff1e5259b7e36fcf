"""What a short title line over a title is when the body says its words (shorthalves.py): a topical column label
the body quotes over a title with its own subject, and a kicker's two lines the body says together, stay apart
from the title; a two-part headline's upper half still joins its lower half."""

from __future__ import annotations

import pytest
from helpers import STORY_ABOVE

from textclean.clean.page import clean_page
from textclean.clean.shorthalves import comments_on, kicker_couplet, quoted_label
from textclean.config import Config

NO_TOKENS = Config(tokens=False, keywords_top_k=0)


def _last_story(*lines: str):
    page = "\n".join([*STORY_ABOVE, "凭技能立身。", *lines])
    return clean_page("p.txt", page.encode(), NO_TOKENS).articles[-1]


@pytest.mark.parametrize(
    ("label", "title"),
    [("乡村振兴", "小山村走出致富路"), ("营商环境", "审批提速再提速"), ("垃圾分类", "300个小区实现全覆盖")],
)
def test_a_topical_label_the_body_quotes_stays_apart_from_its_title(label: str, title: str) -> None:
    # (reviewer F1: before, ``乡村振兴 小山村走出致富路`` was one title and the column was lost)
    story = _last_story(
        label,
        title,
        "本报记者 王明",
        f"近年来，该村以{label}为抓手，发展特色种植，",
        "村民人均收入逐年提高，乡村面貌焕然一新。",
    )
    assert (story.title, story.column) == (title, label)


def test_a_quoted_half_over_a_lower_half_commenting_on_it_still_joins() -> None:
    # positive (lay12's ``志愿填报`` / ``这些问题考生最关心``, the body says ``志愿填报成为…``)
    story = _last_story(
        "志愿填报",
        "这些问题考生最关心",
        "本报记者 王明",
        "高考成绩公布后，志愿填报成为考生和家长",
        "关注的焦点。为帮助考生科学合理填报志愿，记者采访了专家。",
    )
    assert story.title == "志愿填报 这些问题考生最关心"


def test_quoted_label_and_comments_on() -> None:
    assert quoted_label("乡村振兴", "小山村走出致富路", "以乡村振兴为抓手")
    assert not quoted_label("乡村振兴", "这些村走出致富路", "以乡村振兴为抓手")
    assert not quoted_label("发烧咳嗽", "是不是流感", "出现发烧、咳嗽等症状")
    assert comments_on("可能是身体在“报警”") and not comments_on("古镇迎来客流高峰")


def test_a_kicker_the_body_says_whole_keeps_its_last_line() -> None:
    # (reviewer F2: before, ``数据多跑路`` came off the kicker and opened the title)
    story = _last_story(
        "让群众少跑腿",
        "数据多跑路",
        "我市政务服务网上可办率达98%",
        "本报记者 王明",
        "今年以来，我市坚持让群众少跑腿、让数据多跑路，",
        "政务服务事项网上可办率达到98%，企业和群众",
        "办事更加便捷。",
    )
    assert (story.kicker, story.title) == ("让群众少跑腿 数据多跑路", "我市政务服务网上可办率达98%")


def test_a_couplet_kicker_keeps_its_last_line() -> None:
    # (reviewer F2: ``一手抓防控`` / ``一手抓发展``: before, the title was ``一手抓发展 我市复工复产有序推进``)
    story = _last_story(
        "一手抓防控",
        "一手抓发展",
        "我市复工复产有序推进",
        "本报记者 王明",
        "今年以来，我市一手抓疫情防控，一手抓经济发展，复工复产",
        "有序推进，经济运行稳中向好，企业和群众",
        "办事更加便捷。",
    )
    assert story.title == "我市复工复产有序推进"


def test_a_label_over_a_half_of_its_width_is_no_couplet() -> None:
    # negative (lay12: ``名医坐诊`` over ``发烧咳嗽`` / ``是不是流感``): the half still joins its title
    story = _last_story(
        "名医坐诊",
        "发烧咳嗽",
        "是不是流感",
        "本报记者 王明",
        "近期，我省进入流感高发季节，不少市民出现发烧、",
        "咳嗽等症状，如何区分流感和感冒？记者就此采访了专家。",
    )
    assert story.title == "发烧咳嗽 是不是流感"
    from textclean.clean.chardata import text_width
    from textclean.clean.roles import Item

    def mk(t: str) -> Item:
        return Item(0, t, t, text_width(t), False, False, "text")

    assert not kicker_couplet(mk("世界睡眠日"), mk("睡不好觉"), "2月12日是世界睡眠日。")
