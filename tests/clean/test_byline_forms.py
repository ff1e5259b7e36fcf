"""Byline forms of the newspaper register (``textclean.clean.bylines``, ``textclean.clean.chardata``): a reporter's
rank before the role word, a two-character name padded to three characters' width, a compound surname's name of
four, a credit's slash set apart. Each names its reporters and leaves no text behind."""

from __future__ import annotations

import pytest
from helpers import tight_articles

from textclean.clean.bylines import byline_names

TITLE = "全省能源工作会议召开"
BODY = (
    "近日，全省能源工作会议在省城召开，会议总结了过去一年的工作成绩，部署了今年的重点任务，",
    "要求各地各部门坚持稳中求进工作总基调，扎实推进能源绿色低碳转型，确保能源安全稳定供应。",
)


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("本报特约记者 欧阳明辉", ["欧阳明辉"]),
        ("见习记者 王明", ["王明"]),
        ("本报首席记者 王明 通讯员 李华", ["王明", "李华"]),
        ("本报记者　王　明", ["王明"]),
        ("本报记者 王　明　李华", ["王明", "李华"]),
        ("文 / 王明", ["王明"]),
        ("本报全媒体记者 王明", ["王明"]),
        ("融媒体记者 王明 李华", ["王明", "李华"]),
        ("王明\u3000文", ["王明"]),
        ("王明 李华 图文", ["王明", "李华"]),
    ],
)
def test_a_byline_under_the_title_names_its_reporters(byline: str, names: list[str]) -> None:
    (article,) = tight_articles(TITLE, byline, *BODY)
    assert (article.title, article.authors) == (TITLE, names)
    assert byline.split()[-1] not in "".join(b.text for b in article.blocks)


def test_words_that_only_look_like_padded_names_or_ranks_are_no_byline() -> None:
    assert byline_names("记者 会 上") is None  # (single characters that make no name)
    assert byline_names("首席 记者") is None  # (a rank alone, no role and name)
    assert byline_names("本报记者 东方红日照") is None  # (five characters: no name)
    assert byline_names("本报记者 王明") == ["王明"]  # (unchanged)


def test_a_label_after_a_rank_or_padded_is_no_name_review_rd() -> None:
    """Review RD: ``本报记者　连　线`` (a column's label padded, 连 a surname) over a title is no byline, and the title
    stays; a rank's names must be no words (``特派记者 连线``); credit words set apart are no padded name
    (``王明 文 图``); an opinion role's names are read as before (``本报评论员 东方明珠``)."""
    body = ("当地时间5月30日，港口管理部门宣布新码头正式投入运营，当地政府表示将继续完善配套设施建设。",)
    (article,) = tight_articles("本报记者　连　线", "港口新码头正式投入运营", "本报记者 王明", *body)
    assert (article.title, article.authors) == ("港口新码头正式投入运营", ["王明"])
    assert byline_names("特派记者 连线") is None
    assert byline_names("本报记者 王明 文 图") != ["王明", "文图"]
    assert byline_names("本报评论员 东方明珠") is None


def test_a_dateline_s_bracket_names_a_media_reporter() -> None:
    body = ("本报讯（全媒体记者 王明）" + BODY[0], BODY[1])
    (art,) = tight_articles(TITLE, *body)
    assert art.authors == ["王明"]
    assert art.body.startswith("近日")


def test_a_one_character_word_after_a_name_is_a_credit_only_when_it_is_the_text_s() -> None:
    assert byline_names("王明 文") == ["王明"]
    assert byline_names("王明 摄") is None  # (a photographer's credit: a caption's, not the story's byline)
    assert byline_names("美文 赏析 文") is None  # (no names)
