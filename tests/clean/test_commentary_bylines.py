"""Commentary pages' bylines (``textclean.clean.runinbylines``, ``bylineheads``, ``namestack``, ``bodyheads``,
``wrappedbylines``): a writer's name run in before the text behind an ornament, a name signed after a body over the next
head when that head's piece is signed already, a name under a paragraph's short last line, a ``——`` subtitle
wrapped in a narrow head, two bylines of one role set one over the other."""

from __future__ import annotations

from helpers import COMMENTARY_BODY, COMMENTARY_OTHER, articles_of, tight_articles

from textclean.clean.runinbylines import glued_name_length, run_in_byline


def test_a_name_run_in_behind_an_ornament_is_the_byline_and_leaves_the_text() -> None:
    (article,) = tight_articles(
        "今日谈", "社区食堂何以受欢迎", "■钱慧好的制度设计，应当让守规矩者不吃亏。", *COMMENTARY_BODY
    )
    assert (article.title, article.authors) == ("社区食堂何以受欢迎", ["钱慧"])
    assert article.blocks[0].text.startswith("好的制度设计，")
    (spaced,) = articles_of("城市更新不是大拆大建", "", "□郭航 人民城市人民建，人民城市为人民。", *COMMENTARY_BODY)
    assert spaced.authors == ["郭航"]
    assert spaced.blocks[0].text.startswith("人民城市人民建，")


def test_a_glued_names_end_is_read_from_the_text_after_it() -> None:
    assert run_in_byline("文／段桐发展乡村产业") == (["段桐"], "发展乡村产业")
    assert [glued_name_length(t) for t in ("石一颖完善农业社", "夏磊让各类经营主体", "钱慧“小院经济”")] == [3, 2, 2]


def test_no_ornament_or_a_place_is_no_run_in_byline() -> None:
    (article,) = tight_articles("社区食堂何以受欢迎", "钱慧好的制度设计，应当让守规矩者不吃亏。", *COMMENTARY_BODY)
    assert article.authors == []
    assert article.blocks[0].text.startswith("钱慧好的制度设计")
    assert run_in_byline("■石泉县：小田并大田") == ([], "■石泉县：小田并大田")
    assert run_in_byline("■海关关员告诉记者") == ([], "■海关关员告诉记者")


def test_a_name_after_a_body_signs_it_when_the_head_below_is_signed_by_its_run_in_byline() -> None:
    first, second = tight_articles(
        "“留痕”不应成为“痕迹主义”",
        *COMMENTARY_OTHER,
        "任航",
        "今日谈",
        "社区食堂何以受欢迎",
        "■钱慧好的制度设计，应当让守规矩者不吃亏。",
        *COMMENTARY_BODY,
    )
    assert (first.authors, second.authors) == (["任航"], ["钱慧"])


def test_a_name_after_a_body_signs_it_when_the_piece_below_closes_signed() -> None:
    first, second = tight_articles(
        "观点",
        "留住乡愁更要留住人气",
        *COMMENTARY_OTHER,
        "史艳　郭明",
        "三言两语",
        "报销少跑腿",
        *COMMENTARY_BODY,
        "（许涵）",
    )
    assert (first.authors, second.authors) == (["史艳", "郭明"], ["许涵"])


def test_a_name_over_an_unsigned_head_stays_its_byline() -> None:
    first, second = tight_articles(
        "观点", "留住乡愁更要留住人气", *COMMENTARY_OTHER, "史艳　郭明", "三言两语", "报销少跑腿", *COMMENTARY_BODY
    )
    assert (first.authors, second.authors) == ([], ["史艳", "郭明"])


def test_a_name_under_a_paragraphs_short_last_line_is_no_headline_piece() -> None:
    first, second = tight_articles(
        "科技成果转化要打通堵点",
        *COMMENTARY_OTHER,
        "转。",
        "陈志",
        "新论",
        "好老师是学校最好的名片",
        "孟冬勇",
        *COMMENTARY_BODY,
    )
    assert (first.authors, second.authors, second.column) == (["陈志"], ["孟冬勇"], "新论")


def test_a_dash_subtitle_wrapped_in_a_narrow_head_is_the_subtitle() -> None:
    article = tight_articles(
        "推进全国统一",
        "大市场建设需",
        "处理好几对关",
        "系",
        "——兼论新时代发",
        "展实践的理论启",
        "示",
        "许慧实",
        *COMMENTARY_BODY,
    )[-1]
    assert (article.subtitle, article.authors) == ("兼论新时代发展实践的理论启示", ["许慧实"])
    assert article.blocks[0].text.startswith("城市的温度")
    listed = tight_articles("推进全国统一大市场建设", "——坚持稳中求进，", "推动高质量发展。", *COMMENTARY_BODY)[-1]
    assert listed.subtitle is None


def test_two_bylines_of_one_role_between_a_body_and_a_head_are_two_articles() -> None:
    first, second = tight_articles(
        "体育",
        "中国女排3∶0力克塞尔维亚",
        *COMMENTARY_OTHER,
        "本报记者　白军",
        "本报记者　夏航超",
        "云岭火焰2∶1青峰猛虎",
        *COMMENTARY_BODY,
    )
    assert (first.authors, second.authors) == (["白军"], ["夏航超"])
    (one,) = tight_articles("体育", "云岭火焰2∶1青峰猛虎", "本报记者　白军", "本报通讯员　夏航超", *COMMENTARY_BODY)
    assert one.authors == ["白军", "夏航超"]
