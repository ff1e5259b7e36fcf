"""A box's label heads every item of the box (``runinpieces.label_titled_box``,
``boxitems.label_box_items``, ``articles.runin_articles``)."""

from __future__ import annotations

from dataclasses import replace

from helpers import PORT_STORY, PORT_TOP, tight_articles

from textclean.clean.boxitems import label_box_items
from textclean.clean.lexicon import label_over_preposition
from textclean.models import Article, Block

TOP, STORY = PORT_TOP, PORT_STORY  # (a story set in a narrow column, then a box in the same measure)


def test_a_box_label_read_as_the_title_of_its_headless_first_item_is_every_item_s_column() -> None:
    box = (
        "数据速递",
        "某钢铁集团（600001）近日发布年",
        "报，2024年实现营业收入512.4亿元，",
        "同比增长8.2%。",
        "港口吞吐量稳步回升\u3000截至9月末，某",
        "港完成集装箱吞吐量812万标准箱，同比",
        "增长6.3%。",
        "家电零售额增长4.6%\u3000国庆假期，重",
        "点商圈家电零售额同比增长4.6%。",
    )
    arts = tight_articles(*TOP, *STORY, *box)[1:]
    assert [a.column for a in arts] == ["数据速递"] * 3
    assert [a.title for a in arts] == ["", "港口吞吐量稳步回升", "家电零售额增长4.6%"]
    assert arts[0].body.startswith("某钢铁集团")


def _item(title: str, span: tuple[int, int], column: str | None = None, text: str = "北欧多国遭遇寒潮。") -> Article:
    return Article("a", "p.txt", "0" * 64, title, [Block("paragraph", text)], [span], column=column)


def test_items_set_under_a_labelled_first_item_take_the_box_label() -> None:
    arts = [
        _item("北欧遭遇强寒潮", (11, 13), "环球快报"),
        _item("央行上调利率", (14, 15)),
        _item("发布能源报告", (16, 17)),
    ]
    assert [a.column for a in label_box_items(arts)] == ["环球快报"] * 3


def test_a_story_or_an_item_printed_elsewhere_takes_no_box_label() -> None:
    first = _item("北欧遭遇强寒潮", (11, 13), "环球快报")
    story = _item("港口城市迎来转运高峰", (14, 40), text="今年以来，" + "集装箱吞吐量持续攀升，" * 12 + "。")
    away = _item("央行上调利率", (60, 61))
    assert [a.column for a in label_box_items([first, story, _item("发布能源报告", (41, 42))])] == [
        "环球快报",
        None,
        None,
    ]
    assert [a.column for a in label_box_items([first, away])] == ["环球快报", None]
    signed = replace(first, authors=["唐华"])  # (a labelled short comment under a byline)
    assert [a.column for a in label_box_items([signed, _item("央行上调利率", (14, 15))])] == ["环球快报", None]


def test_a_label_over_a_title_opening_with_a_preposition_is_its_column() -> None:
    # ``时评`` / ``为…``: the pair across the break reads ``评为``, a word of the lexicon, but the label ends in a word
    # of its own and the title opens with a preposition
    page = ("经济", "2025年4月9日 星期三 第6版", "理论时评", "为高质量发展积蓄力量", "□ 周明", *STORY[2:])
    (article,) = tight_articles(*page)
    assert (article.column, article.title) == ("理论时评", "为高质量发展积蓄力量")


def test_a_word_wrapped_before_a_preposition_character_stays_one_headline() -> None:
    assert not label_over_preposition("努力成", "为人民服务的好干部")  # (a wrapped word: ``成为``)
    assert not label_over_preposition("理论时评", "高质量发展")  # (no preposition opens the lower line)
    assert label_over_preposition("理论时评", "为高质量发展积蓄力量")


def test_an_item_opening_with_a_dateline_naming_its_reporter_keeps_the_box_label() -> None:
    page = (
        *TOP,
        *STORY,
        "文化简讯",
        "市博物馆推出春季特展",
        "近日，市博物馆推出春季特展，展出",
        "文物二百余件。",
        "市图书馆延长开放时间",
        "本报讯（记者 程澜凯）市图书馆自本月",
        "起延长开放时间，每晚开放至九点。",
    )
    arts = {a.title: a for a in tight_articles(*page)}
    assert arts["市博物馆推出春季特展"].column == "文化简讯"
    assert arts["市图书馆延长开放时间"].column == "文化简讯"
