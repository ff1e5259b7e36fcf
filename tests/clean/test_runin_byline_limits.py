"""Where a run-in byline is none (``textclean.clean.runinbylines``) and two bylines of one role are one story's
(``textclean.clean.wrappedbylines``): a box of briefs whose first head opens with a name, a vox pop, a list, a
paper's credit, a famous name as the text's subject, a credit with no name after it; several names after a credit;
two reporters of one role under a head."""

from __future__ import annotations

from helpers import COMMENTARY_BODY, COMMENTARY_OTHER, articles_of, tight_articles

from textclean.clean.roles import Item
from textclean.clean.runinbylines import run_in_byline, run_in_byline_off, run_in_names
from textclean.models import Block

S = "\u3000"
BOX = (
    "人物速览",
    "■ 钟南山院士获授共",
    "和国勋章" + S + "日前，钟南山",
    "院士获授共和国勋章，表彰",
    "他在抗击疫情中的贡献。",
    "■ 袁隆平杂交水稻再",
    "创新高" + S + "记者从湖南获",
    "悉，杂交水稻亩产再创新高。",
)


def test_a_box_of_briefs_whose_first_head_opens_with_a_name_is_still_parted() -> None:
    for articles in (tight_articles(*BOX), articles_of(*BOX)):
        assert [a.title for a in articles] == ["钟南山院士获授共和国勋章", "袁隆平杂交水稻再创新高"]
        assert [a.authors for a in articles] == [[], []]


def test_glyph_led_items_of_a_list_or_a_vox_pop_open_with_no_byline() -> None:
    vox = (
        "市民怎么看垃圾分类",
        "■ 刘先生 我觉得垃圾分类是好",
        "事，关键是要坚持下去。",
        "■ 张女士 垃圾分类从娃娃抓起，",
        "我家孩子现在比我还懂。",
    )
    (article,) = tight_articles(*vox)
    assert article.authors == [] and article.blocks[0].text.startswith("■ 刘先生")
    county = (
        "区县传真",
        "□余杭 日前，余杭区召开数字",
        "经济发展大会，发布十项举措。",
        "□安吉 安吉县白茶产业综合产",
        "值突破五十亿元。",
    )
    assert tight_articles(*county)[0].authors == []
    (listed,) = tight_articles("党员干部要做到", "□向群众学习，拜群众为师，", "甘当小学生。", "□向实践学习，在干中学。")
    assert listed.authors == []


def test_a_glyph_led_paragraph_opening_with_no_writer_keeps_its_text() -> None:
    firsts = (
        "■张先生告诉记者，自从社区食堂开张以来，他",
        "■钱江晚报讯近日，杭州地铁3号线北延段开通，",
        "■孔子学院在全球遍地开花，中文热持续升温，",
        "■焦裕禄精神历久弥新。在兰考，人们至今传颂",
    )
    for first in firsts:
        (article,) = tight_articles(
            "社区食堂何以受欢迎", first, "大家的日子越过越好，社区里处处是新气象。", *COMMENTARY_BODY
        )
        assert article.authors == [], first
        assert article.blocks[0].text.startswith(first[:4]), first
    place = "□ 张家港 日前，张家港市召开"
    assert run_in_names([Item(0, place, place, 14.0, False, False)]) == []  # (a place named again: 张家港市)
    assert run_in_byline("■齐鲁晚报讯（记者 王明）近日")[0] == []


def test_a_credit_after_an_ornament_is_no_name_and_every_name_after_it_is_read() -> None:
    assert run_in_byline("■文／王明 近日，杭州地铁3") == (["王明"], "近日，杭州地铁3")
    assert run_in_byline("■文/图 王明 近日，杭州")[0] == ["王明"]
    assert run_in_byline("■王1号线开通后，沿线居民")[0] == []
    assert run_in_byline("文／王明 李华 近日，杭州地铁") == (["王明", "李华"], "近日，杭州地铁")
    (article,) = tight_articles("杭州地铁新线开通", "文／王明 李华 近日，杭州地铁3号线北延段", "正式开通运营。")
    assert article.authors == ["王明", "李华"] and article.blocks[0].text.startswith("近日，")
    (glyph,) = tight_articles("杭州地铁新线开通", "■文／王明 近日，杭州地铁3号线北延段", "正式开通运营。")
    assert glyph.authors == ["王明"] and glyph.blocks[0].text.startswith("近日，")


def test_two_reporters_of_one_role_under_a_head_are_one_storys() -> None:
    for role in ("本报记者" + S, "本报记者 ", "新华社记者 "):
        (article,) = tight_articles("社区食堂何以受欢迎", role + "王明", role + "李华", *COMMENTARY_BODY)
        assert (article.title, article.authors) == ("社区食堂何以受欢迎", ["王明", "李华"])
    under_subtitle = (
        "社区食堂何以受欢迎",
        "——来自西安老旧小区的调查",
        "本报记者　王明",
        "本报记者　李华",
        *COMMENTARY_BODY,
    )
    (article,) = tight_articles(*under_subtitle)
    assert (article.title, article.subtitle, article.authors) == (
        "社区食堂何以受欢迎",
        "来自西安老旧小区的调查",
        ["王明", "李华"],
    )
    first, second = tight_articles(
        "基层减负要落到实处",
        *COMMENTARY_OTHER,
        "本报记者　王明",
        "本报记者　李华",
        "社区食堂何以受欢迎",
        *COMMENTARY_BODY,
    )
    assert (first.authors, second.authors) == (["王明"], ["李华"])  # (under a body's last sentence: GE's reading)


def test_a_glyph_led_head_alone_on_its_line_or_a_credit_line_names_no_writer() -> None:
    head = "■易地搬迁群众稳得住"
    assert run_in_byline_off([Block("paragraph", head)], [Item(0, head, head, 10.0, False, False)])[0] == []
    one = "■钱慧好的制度设计，应当让守规矩者不吃亏。"  # (a one-line paragraph ending its sentence: a commentary's)
    assert run_in_byline_off([Block("paragraph", one)], [Item(0, one, one, 21.0, False, False)])[0] == ["钱慧"]
    assert run_in_byline("■钱报讯 近日，杭州")[0] == [] and run_in_byline("文/王明 摄")[0] == []
