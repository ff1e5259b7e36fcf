"""A page number pdfminer reads on one line with the letter-spaced 版名 (``10 区 域 经 济``) is no part of the
page's banner (``textclean.clean.folios.banner_off_folio``)."""

from __future__ import annotations

from helpers import articles_of

STORY = (
    "东北老工业基地 装备制造“智改数转”提速",
    "本报记者 于洪涛",
    "在沈阳一家机床企业的智能工厂里，数十台数控机床正在有序运转，工人们",
    "通过屏幕就能实时掌握每台设备的运行状态。近年来，当地持续推进装备制造",
    "业智能化改造和数字化转型，企业生产效率明显提升。",
)


def test_the_page_number_before_a_spread_name_is_cut_from_the_banner() -> None:
    articles = articles_of("10 区 域 经 济", *STORY)
    assert [a.page_banner for a in articles] == ["区域经济"]


def test_a_letter_spaced_figure_stays_in_the_banner() -> None:
    # negative: a figure set letter-spaced is the name's own, not a page number set apart
    articles = articles_of("2 4 小 时", *STORY)
    assert [(a.page_banner or "").replace(" ", "") for a in articles] == ["24小时"]


def test_a_figure_opening_a_letter_spaced_name_before_a_measure_word_or_a_letter_stays() -> None:
    # negative (review RV2): ``8 小 时 以 外``, ``1 号 文 件 解 读``, ``5 G 时 代`` are names holding their figure
    for spaced, name in (("8 小 时 以 外", "8小时以外"), ("1 号 文 件 解 读", "1号文件解读"), ("5 G 时 代", "5G时代")):
        articles = articles_of(spaced, *STORY)
        assert [(a.page_banner or "").replace(" ", "") for a in articles] == [name]
