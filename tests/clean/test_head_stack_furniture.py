"""Head stacks on opinion and front pages: a cartoon's caption (``captions.CARTOON_CREDIT_RE``) and a folio under the
page's name (``folios.folio_lines``) are furniture, no kicker; the page's name and a label the dropped date line
stands between are no two-part title (``units._top_halves``); a kicker and title left over (no body of their own)
over a one-line title take it as their subtitle printed without its dash (``labelheads.undashed_subtitles``)."""

from __future__ import annotations

from helpers import BODY_7, tight_articles

from textclean.clean.captions import caption_lines
from textclean.clean.folios import folio_lines

BODY_B = (
    "城市更新要坚持以人民为中心，多听居民",
    "意见，把老旧小区改造同完善社区服务结",
    "合起来，让居民住得更舒心、更安心。",
)
BODY_C = (
    "为确保工作落到实处，当地建立了周调度、",
    "月通报、季考核的推进机制，项目建设跑出",
    "加速度，地铁线路全线贯通开通试运营。",
)


def _heads(*lines: str) -> list[tuple[str | None, ...]]:
    """(column, kicker, title, subtitle) of the articles of a page of ``lines`` set tight (PyMuPDF)."""
    return [(a.column, a.kicker, a.title, a.subtitle) for a in tight_articles(*lines)]


def test_a_cartoon_caption_over_a_commentary_is_no_kicker() -> None:
    # before (PyMuPDF, an opinion page): the caption stood as the kicker of the commentary under it
    heads = _heads(
        "观点",
        "建设产业工人队伍",
        *BODY_7,
        "《层层加码》　张文子　绘",
        "一家言",
        "城市更新不是大拆大建",
        "陈华军",
        *BODY_B,
    )
    assert heads[-1] == ("一家言", None, "城市更新不是大拆大建", None)


def test_a_body_line_ending_in_hui_is_no_cartoon_caption() -> None:
    # negative: a sentence wrapped after 绘 (``绘本``) opens with no 《…》 and sets no name apart
    assert caption_lines(["她都会精心挑选一本绘", "本，带着孩子们一起读。", "《打卡》 向燕 绘本"]) == set()


def test_a_folio_under_the_page_name_over_the_date_line_is_no_kicker() -> None:
    # before (PyMuPDF, a theory page): ``18`` stood as the kicker of the head under the column label
    date = "2026年7月24日　星期六　责任编辑：贾明耀"
    head = ("理论园地", "以系统观念推进高质量充分就业", "——深入学习领会高质量充分就业的重要论述", "萧鸣凯")
    (piece,) = tight_articles("理论", "18", date, *head, *BODY_7)
    assert (piece.page_banner, piece.column, piece.kicker) == ("理论", "理论园地", None)


def test_a_number_away_from_the_date_line_is_no_folio() -> None:
    # negative: a number with a line between it and the date line, or a page's third line, is no folio
    assert folio_lines(["理论", "12", "观点", "2026年6月1日　星期五"], {3}) == set()
    assert folio_lines(["理论", "观点", "12", "2026年6月1日　星期五"], {3}) == set()


def _joined(*numbered: tuple[int, str]) -> list[list[tuple[str, str]]]:
    """:func:`join_kickers` of one-line titles (printed line number, text), one unit each."""
    from textclean.clean.match import BigramIdf
    from textclean.clean.roles import Element, Item
    from textclean.clean.units import Unit, join_kickers

    idf = BigramIdf(["理论园地里，理论的生命力在于创新，理论工作者要扎根实践。", "城市更新要多听居民意见。"])
    units = [
        Unit([Element("title", [Item(no, t, t, float(len(t)), False, False)], t)], at, at)
        for at, (no, t) in enumerate(numbered)
    ]
    return [[(e.kind, e.text) for e in u.elements] for u in join_kickers(units, idf)]


def test_the_page_name_and_a_label_the_date_line_parts_are_no_two_part_title() -> None:
    # before: ``理论`` / (folio, date line dropped) / ``理论园地`` were joined, and the banner took both lines
    assert _joined((0, "理论"), (3, "理论园地")) == [[("title", "理论")], [("title", "理论园地")]]
    # negative: the same two lines set tight are still read as the halves of one headline
    assert _joined((0, "理论"), (1, "理论园地")) == [[("title", "理论 理论园地")]]


def test_a_line_under_a_leftover_kicker_and_title_is_their_subtitle() -> None:
    # before (PyMuPDF, a front page): kicker ``重大项目巡礼 北岭市地铁845号线开通试运营``, title the subtitle
    heads = _heads(
        "要闻", "建设产业工人队伍", *BODY_7, "重大项目巡礼", "北岭市地铁845号线开通试运营",
        "今年计划完成交通投资104亿元", "记者 蒋岩雨 黄超", *BODY_C,
    )  # fmt: skip
    assert heads[-1] == (None, "重大项目巡礼", "北岭市地铁845号线开通试运营", "今年计划完成交通投资104亿元")


def test_a_wrapped_end_or_a_title_under_labels_is_no_subtitle() -> None:
    # negative: a title's wrapped end too short for a headline, and a title under two labels, stay as they were
    heads = _heads(
        "要闻", "建设产业工人队伍", *BODY_7, "法眼观察", "课后服务要“提质”更要", "“减负”", "□何洋海", *BODY_B
    )
    assert heads[-1][3] is None
    heads = _heads("要闻", "建设产业工人队伍", *BODY_7, "艺文志", "书香社会", "城市更新不是大拆大建", "陈华军", *BODY_B)
    assert heads[-1] == ("艺文志", "书香社会", "城市更新不是大拆大建", None)


BODY_F = (
    "每天中午，城南街道的老年助餐点里坐满",
    "了前来就餐的老人。一荤两素一汤，价格实",
    "惠，老人们吃得舒心，子女们也放心。",
)
BODY_D = (
    "本报讯 近日，我市公交集团新开通三条",
    "公交线路，覆盖城东新区多个居民小区，",
    "方便群众出行。据介绍，新线路全天运营。",
)


def test_a_leftover_title_naming_another_body_takes_no_subtitle() -> None:
    # before (PyMuPDF): ``社会`` / ``三条新公交线路今起开通`` (its own story's head, the bus story set above) took the
    # canteen story's title as its subtitle, and the canteen story's title became ``三条新公交线路今起开通``
    heads = _heads(
        "要闻", "建设产业工人队伍", "记者 周明", *BODY_7, "我市优化调整公交线网", "记者 张明", *BODY_D,
        "社会", "三条新公交线路今起开通", "老年助餐点办到家门口", "记者 李华", *BODY_F,
    )  # fmt: skip
    assert heads[-1][2:] == ("老年助餐点办到家门口", None)


def test_a_list_of_cartoons_in_a_body_is_no_caption() -> None:
    # before: the works of an award list (``名单如下：`` over ``《层层加码》　张文子　绘`` / …) were dropped as captions,
    # and with them the list ending the item, whose title and lead then ran into the story above
    works = ("《层层加码》　张文子　绘", "《打卡》　向燕　绘", "《指尖上的形式主义》　李强　绘")
    assert caption_lines(["共评出金奖作品三件，名单如下：", works[0], "本届大展共收到投稿作品两千余件。"]) == set()
    assert caption_lines(["第五届全国漫画大展获奖作品揭晓", *works]) == set()
    lead = "本报讯 第五届全国漫画大展日前在北岭揭晓，共评出金奖作品三件："
    pieces = tight_articles("要闻", "建设产业工人队伍", *BODY_7, "第五届全国漫画大展获奖作品揭晓", lead, *works)
    assert pieces[-1].title == "第五届全国漫画大展获奖作品揭晓"
    assert "《打卡》" in pieces[-1].body
