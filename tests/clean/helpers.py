"""Pages and text shared by the tests of several cleaning modules."""

from __future__ import annotations

from textclean.models import Line

BODY_7 = (
    "产业工人是推动高质量发展的重要力",
    "量。要深化产业工人队伍建设改革，畅通",
    "技能人才成长通道，让更多职工凭技能立",
    "身。",
)


def articles_of(*lines: str) -> list:
    """The articles :func:`build_articles` makes of a page of ``lines`` (a blank line after each)."""
    from textclean.clean.articles import build_articles
    from textclean.models import Page

    page: list[Line] = []
    for t in lines:
        page += [Line(len(page), t), Line(len(page) + 1, "")]
    return build_articles(Page("p.txt", "0" * 64, "utf-8", tuple(page)))
