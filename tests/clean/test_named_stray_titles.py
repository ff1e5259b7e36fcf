"""A name over a body that holds its title as a subheading (``strayheads.names_over_stray_titles``): the name is the
kicker, the subheading the title."""

from __future__ import annotations

from helpers import devpage

from textclean.clean.match import BigramIdf
from textclean.clean.strayheads import names_over_stray_titles
from textclean.models import Article, Block


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
    other = Article("b", "p", "", "深化改革", [Block("paragraph", reform)], [])
    idf = BigramIdf([science + "科教兴国。", reform])
    assert names_over_stray_titles([named, other], idf)[0].title == "实施科教兴国战略"
    # a clause over the body is a title, whatever its subheadings; a subheading the other body shares stays
    assert names_over_stray_titles([Article("a", "p", "", "科技教育", body, []), other], idf)[0].title == "科技教育"
    shared = BigramIdf([science + "科教兴国。", "实施科教兴国战略，深化改革开放。" * 30])
    assert names_over_stray_titles([named, other], shared)[0].title == "2012年主要任务"
