"""Column labels printed with ornaments: a glyph and a short label over a headline (``restatedbox.
glyph_label_over_head``), a label between two ornaments alike or in other brackets (``chardata.BRACKET_LABEL_RE``)."""

from __future__ import annotations

import pytest
from helpers import articles_of, tight_articles

from textclean.clean.ornaments import label_of
from textclean.clean.restatedbox import set_label_roles
from textclean.clean.roles import Item

TOP = "第5版 要闻 2026年3月5日 星期四"
FIRST = (
    "近日，全省能源工作会议在省城召开，会议围绕新能源和小城建设，总结了过去一年的工作成绩，部署了重点任务，",
    "要求各地各部门坚持稳中求进工作总基调，扎实推进能源绿色低碳转型，确保能源安全稳定供应。",
    "会议指出，过去一年，全省新增新能源装机容量创历史新高，电网建设取得新突破，",
    "群众用电满意度持续提升。会议要求，今年要加快重大项目建设。",
)
SECOND = (
    "老街焕新颜",
    "本报记者 李华",
    "近日，记者走进城东老街，只见青石板路干净整洁，沿街商铺错落有致，老街焕然一新，",
    "居民们纷纷表示，老街改造让生活更方便了，也留住了老街的味道和记忆。",
)


@pytest.mark.parametrize("read", [tight_articles, articles_of])
def test_a_glyph_label_over_a_headline_is_the_column_not_a_pull_quote(read) -> None:
    arts = read(TOP, "■经济观察", "小城故事多", "本报记者 王明", *FIRST, *SECOND)
    assert [(a.column, a.title, a.pull_quote) for a in arts] == [
        ("经济观察", "小城故事多", None),
        (None, "老街焕新颜", None),
    ]


def test_a_glyph_marker_over_a_quoted_sentence_or_two_lines_stays_a_pull_quote_marker() -> None:
    mk = lambda t: Item(0, t, t, float(len(t)), True, True)  # noqa: E731
    body = [mk(t) for t in FIRST]
    boxes = (
        ["●观点", "全省新增新能源装机", "容量创历史新高，电网", "建设取得新突破。"],
        ["■经济观察", "全省新增新能源装机容量创历史新高，电网建设取得新突破。"],
        ["■经济观察", "全省新增新能源装机", "容量创历史新高"],
    )
    for box in boxes:
        items = [*body[:2], *[mk(t) for t in box], *body[2:]]
        set_label_roles(items)
        assert items[2].role == "marker"
    items = [*body[:2], *[mk(t) for t in ("■经济观察", "小城故事多")], *body[2:]]
    set_label_roles(items)
    assert items[2].role == "column"


@pytest.mark.parametrize(
    "label", ["●今日关注●", "◆今日关注◆", "·今日关注·", "［今日关注］", "〔今日关注〕", "——今日关注——"]
)
@pytest.mark.parametrize("read", [tight_articles, articles_of])
def test_a_label_between_ornaments_or_in_brackets_is_the_column(read, label: str) -> None:
    arts = read(TOP, label, "小城故事多", "本报记者 王明", *FIRST, *SECOND)
    assert [(a.column, a.title) for a in arts] == [("今日关注", "小城故事多"), (None, "老街焕新颜")]


def test_ornaments_must_match_and_enclose_a_short_label() -> None:
    assert [label_of(t) for t in ("●今日关注●", "［民生在线］", "——经济观察——")] == ["今日关注", "民生在线", "经济观察"]
    not_labels = ["●今日关注◆", "——来自浙江安吉的调查", "●今日关注", "·全省新增新能源装机容量创新高·", "—研究员 王文珍"]
    assert [label_of(t) for t in not_labels] == [None] * 5


BOX_TEXT = ("群众用电满意度的提升，", "离不开电网建设的持续投入，更", "离不开基层电力职工的默默付出。")


@pytest.mark.parametrize("label", ["·记者手记·", "［编后］", "·一·", "［一］"])
def test_a_box_label_or_a_section_number_over_text_is_no_column_review_rf(label: str) -> None:
    arts = tight_articles(TOP, "小城故事多", "本报记者 王明", *FIRST, label, *BOX_TEXT, *SECOND)
    assert [a.column for a in arts] == [None] * len(arts)  # (never the next story's column)
    assert [a.title for a in arts][-1] == "老街焕新颜"


def test_a_profile_subtitle_between_dashes_and_a_figure_under_a_glyph_are_no_column_review_rf() -> None:
    arts = tight_articles(TOP, "奋斗者的足迹", "——记全国劳模王明——", "本报记者 李华", *FIRST, *SECOND)
    assert (arts[0].column, arts[0].title) == (None, "奋斗者的足迹")
    mk = lambda t: Item(0, t, t, float(len(t)), True, True)  # noqa: E731
    items = [mk("●数字"), mk("5.6%"), *[mk(t) for t in FIRST]]
    set_label_roles(items)
    assert items[0].role == "marker"
