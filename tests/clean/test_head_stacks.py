"""Head stacks as PyMuPDF gives them (no blank line anywhere): which short lines over a story's text are its
kicker, its title or a half of it (wrapped.py: narrow_kicker)."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.chardata import text_width
from textclean.clean.roles import Item
from textclean.clean.tails import narrow_kicker

#: The end of a story above, and a story's text in a column of 22 em, set tight (PyMuPDF).
ABOVE = (
    "港口新码头正式投入运营",
    "当地时间5月30日，港口管理部门宣布新码头正式投入运营，设计年吞吐能力",
    "当地政府表示，将继续完善配套设施建设，为更多企业入驻创造条件，",
    "进一步扩大对外合作的范围和领域。",
)
TEXT = (
    "新华社里斯本6月2日电　葡萄牙政府2日宣布，将在未来三年内投入",
    "专项资金支持本国芯片设计企业发展，重点扶持中小型研发机构。分",
    "析人士认为，这一举措旨在提升该国在全球产业链中的地位，但资金",
    "规模与邻国相比仍有差距，实际效果有待观察。",
)


def mk(text: str) -> Item:
    return Item(3, text, text, text_width(text), False, False, "text")


def test_a_narrow_line_over_a_much_wider_one_is_its_kicker() -> None:
    """Before: ``芯片产业观察`` / ``葡萄牙加大芯片设计企业扶持力度`` was one two-part title; after, kicker and title."""
    story = tight_articles(*ABOVE, "芯片产业观察", "葡萄牙加大芯片设计企业扶持力度", *TEXT)[-1]
    assert (story.kicker, story.title) == ("芯片产业观察", "葡萄牙加大芯片设计企业扶持力度")
    assert narrow_kicker(mk("芯片产业观察"), mk("葡萄牙加大芯片设计企业扶持力度"))


def test_halves_of_like_width_or_two_clauses_stay_one_title() -> None:
    assert not narrow_kicker(mk("稳住产业根基"), mk("激发创新活力"))
    assert not narrow_kicker(mk("加快发展现代农业"), mk("促进农民持续增收和农村全面进步"))
    story = tight_articles(*ABOVE, "加快发展现代农业", "促进农民持续增收和农村全面进步", *TEXT)[-1]
    assert story.title == "加快发展现代农业 促进农民持续增收和农村全面进步" and story.kicker is None


def test_a_line_of_figures_under_a_title_is_its_subtitle() -> None:
    """Before: ``芯片设计企业加快布局`` / ``今年新增研发中心37家`` was one two-part title; after, title and subtitle."""
    story = tight_articles(*ABOVE, "芯片设计企业加快布局", "今年新增研发中心37家", *TEXT)[-1]
    assert (story.title, story.subtitle) == ("芯片设计企业加快布局", "今年新增研发中心37家")


def test_halves_without_figures_or_with_figures_above_stay_one_title() -> None:
    story = tight_articles(*ABOVE, "芯片设计企业加快布局", "研发投入持续加大", *TEXT)[-1]
    assert (story.title, story.subtitle) == ("芯片设计企业加快布局 研发投入持续加大", None)
    # a rate over a shorter parallel half stating none stays one title (lay17 ec-04's gold title, under its kicker)
    story = tight_articles(*ABOVE, "CPI同比上涨0.7%", "PPI降幅收窄", *TEXT)[-1]
    assert (story.title, story.subtitle, story.kicker) == ("CPI同比上涨0.7% PPI降幅收窄", None, None)


def test_a_count_over_a_wider_line_stating_the_news_is_its_kicker_not_a_subtitle() -> None:
    # (review of the title helper's clausekickers.figure_kicker_shape) a figure above is still no subtitle below;
    # a count over a wider line stating its subject's news is that line's kicker, as lay17 prints it (ec-11/14/31:
    # ``一季度交付量同比增长41%`` / ``宁安新能源汽车加速布局海外市场``, gold kicker and title); was one two-part title
    # (the devpages print no two-part title whose upper half holds a figure, their figure kickers hold years)
    story = tight_articles(*ABOVE, "研发投入增长12%", "芯片设计企业加快布局", *TEXT)[-1]
    assert (story.kicker, story.title, story.subtitle) == ("研发投入增长12%", "芯片设计企业加快布局", None)


def test_the_stacked_parts_of_a_short_headline_are_no_kicker_and_title() -> None:
    """A short headline in a narrow box stacks its parts (4 em over 7 em): no kicker over a title under 8 em."""
    assert not narrow_kicker(mk("乡村书屋"), mk("照亮求知的路"))
    assert narrow_kicker(mk("乡村书屋"), mk("照亮山里孩子求知的路"))


def test_on_a_page_whose_titles_state_figures_a_line_of_figures_is_no_subtitle() -> None:
    """(seriesheads.figured_page) an economy page's titles state figures: the pair stays one headline."""
    other = (
        "进出口总值增长6.8%",
        "当地时间5月30日，海关部门公布数据显示，一季度货物贸易进出口",
        "总值同比增长百分之六点八，增速较上年同期有所加快。",
    )
    story = tight_articles(*other, *ABOVE, "芯片设计企业加快布局", "今年新增研发中心37家", *TEXT)[-1]
    assert story.subtitle is None


def test_a_line_completing_the_sentence_of_the_line_over_it_is_no_subtitle() -> None:
    """(seriesheads.predicate_under) a lower line of figures that is the upper's predicate or its bare count
    completes one headline: before, ``我国高铁运营总里程`` / ``突破4.5万公里`` was title and subtitle (and
    ``今年以来全省新开工项目`` / ``达1200个`` kicker and title); after, one title. A subtitle of figures holding its
    own subject stays one (the test above). A count alone under the line is its wrapped end (tails.figure_tail):
    joined with no space, as a headline wrapped by its measure."""
    for upper, lower, sep in (
        ("我国高铁运营总里程", "突破4.5万公里", " "),
        ("全国铁路旅客发送量", "同比增长12.3%", " "),
        ("今年以来全省新开工项目", "达1200个", " "),
        ("春节假期全国国内出游", "4.74亿人次", ""),
    ):
        story = tight_articles(*ABOVE, upper, lower, *TEXT)[-1]
        assert (story.kicker, story.title, story.subtitle) == (None, f"{upper}{sep}{lower}", None), upper


def test_a_line_of_figures_holding_its_own_object_under_a_verbless_title_is_its_subtitle() -> None:
    """(seriesheads.predicate_under) an adverb opening the lower line completes no verbless title when the line
    holds its own object before its count: before, ``今年民生实事清单`` / ``已完成实事27件`` was one title; after,
    title and subtitle. A line opening with an adverb whose verb takes the count still completes it."""
    story = tight_articles(*ABOVE, "今年民生实事清单", "已完成实事27件", "本报记者 周明", *TEXT)[-1]
    assert (story.title, story.subtitle) == ("今年民生实事清单", "已完成实事27件")
    story = tight_articles(*ABOVE, "全省粮食总产量", "已累计突破100亿斤", *TEXT)[-1]
    assert (story.title, story.subtitle) == ("全省粮食总产量 已累计突破100亿斤", None)
