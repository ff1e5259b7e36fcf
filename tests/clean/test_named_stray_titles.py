"""A name over a body that holds its title as a subheading (``strayheads.names_over_stray_titles``): the name is the
kicker, the subheading the title."""

from __future__ import annotations

import pytest
from helpers import articles_of, devpage, tight_articles

from textclean.clean.match import BigramIdf
from textclean.clean.strayheads import names_over_stray_titles
from textclean.models import Article, Block


@pytest.mark.xfail(
    strict=True,
    reason="since boxanchors.boxes_quoting_body_below the page's box-quoted title heads its own body, so no article"
    " is left untitled and the science body is whole (two subheadings): names_over_stray_titles, asked only on a page"
    " with an untitled article and of a body with one subheading, keeps the name as the title (a known loss)",
)
def test_a_name_over_a_body_holding_its_title_as_a_subheading_is_the_kicker_on_a_devpage() -> None:
    # pdfminer, devpages gov-2012-04: 2012年主要任务 over the byline and the body, the title read after the first
    # column (between two paragraphs, a subheading): the name titled the article
    gold, articles = devpage("pdfminer", "gov-2012-04")
    title = "深入实施科教兴国战略和人才强国战略"
    assert [(a["kicker"], a["title"]) for a in gold if a["title"] == title] == [("2012年主要任务", title)]
    assert [(a.kicker, a.title) for a in articles if a.title == title] == [("2012年主要任务", title)]
    assert not any(b.text == title for a in articles for b in a.blocks)


def test_a_name_keeps_its_title_when_the_subheading_names_no_one_body() -> None:
    # bodies of a report excerpt's length: the page's rate of a word weighs as much as 500 characters of text
    science, reform = "大力发展科技教育事业，实施科教兴国战略。" * 30, "深化改革开放，推进体制改革。" * 40
    body = [Block("paragraph", science), Block("heading", "实施科教兴国战略"), Block("paragraph", "科教兴国。")]
    named = Article("a", "p", "", "2012年主要任务", body, [])
    other = Article("b", "p", "", "深化改革", [Block("paragraph", reform)], [], subtitle="2012年主要任务")
    idf = BigramIdf([science + "科教兴国。", reform])
    assert names_over_stray_titles([named, other], idf)[0].title == "实施科教兴国战略"
    # a clause over the body is a title, whatever its subheadings; a subheading the other body shares stays
    assert names_over_stray_titles([Article("a", "p", "", "科技教育", body, []), other], idf)[0].title == "科技教育"
    shared = BigramIdf([science + "科教兴国。", "实施科教兴国战略，深化改革开放。" * 30])
    assert names_over_stray_titles([named, other], shared)[0].title == "2012年主要任务"
    # a name the page prints over no other article, or a body sectioned by two subheadings, keeps its title
    alone = Article("b", "p", "", "深化改革", [Block("paragraph", reform)], [])
    assert names_over_stray_titles([named, alone], idf)[0].title == "2012年主要任务"
    sectioned = Article("a", "p", "", "2012年主要任务", [*body, Block("heading", "发展教育"), body[2]], [])
    assert names_over_stray_titles([sectioned, other], idf)[0].title == "2012年主要任务"


#: A feature after a continued piece: its title, byline and lead, then two sections under their subheadings.
FEATURE = (
    "　　（上接第一版）会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，加快构建新发展格局。",
    "家乡的变化",
    "本报记者 王明",
    "　　今年春节回到家乡，我看到了很多新的变化。村里的道路宽了，房子新了，村民的腰包也鼓了起来。",
    "道路越走越宽",
    "　　过去村里只有一条土路，一下雨就泥泞不堪。如今水泥路通到了家家户户门口，村民出行方便多了，道路两旁还种上了树。",
    "　　道路修好了，村里的农产品也能卖到城里去了。",
    "日子越过越红火",
    "　　村民们种植的果树迎来丰收，日子越过越红火。合作社带着大家一起致富，日子一年比一年好。",
)


def test_a_features_title_keeps_its_subheadings() -> None:
    # a word and 的 is a feature's title, not a report's name; and a feature sectioned by two subheadings keeps
    # them, even under a title that opens with a date
    for lines in (FEATURE, (*FEATURE[:1], "2025年家乡的变化", *FEATURE[2:])):
        for make in (articles_of, tight_articles):
            (story,) = [a for a in make(*lines) if a.title]
            assert (story.kicker, story.title) == (None, lines[1])
            assert "日子越过越红火" in [b.text for b in story.blocks if b.kind == "heading"]
