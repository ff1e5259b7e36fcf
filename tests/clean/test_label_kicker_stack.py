"""A column label printed with no logo, a kicker and a title stacked tight (``textclean.clean.units``)."""

from __future__ import annotations

from helpers import BODY_7

from textclean.models import Line, Page

#: Running text of a second article (its own words: the page's bodies tell apart what they speak of).
BODY_B = (
    "要按照逐步完善社会主义市场经济体制的",
    "要求，积极推进改革，扩大对外开放，促进",
    "结构调整和经济发展，不断增强经济活力和",
    "国际竞争力。",
)


def _heads(*lines: str) -> list[tuple[str | None, str | None, str | None]]:
    """(column, kicker, title) of the articles of a page of ``lines`` set tight (as PyMuPDF prints them)."""
    from textclean.clean.articles import build_articles

    page = Page("p.txt", "0" * 64, "utf-8", tuple(Line(i, t) for i, t in enumerate(lines)))
    return [(a.column, a.kicker, a.title) for a in build_articles(page)]


def test_a_label_a_kicker_and_a_title_stacked_are_one_head() -> None:
    # the third layout (PyMuPDF, lay2-033): label, kicker and title, each one line, set tight
    heads = _heads(
        "建设产业工人队伍", *BODY_7, "本期聚焦", "2001年政府工作报告节选", "进一步深化改革和扩大对外开放", *BODY_B
    )
    assert heads[-1] == ("本期聚焦", "2001年政府工作报告节选", "进一步深化改革和扩大对外开放")


def test_a_kickers_wrapped_end_under_it_is_no_title_under_a_kicker() -> None:
    # a kicker wrapped in a narrow box: its last piece, narrower than it and no clause, is not made a title under it
    heads = _heads("建设产业工人队伍", *BODY_7, "本期聚焦", "学习贯彻2001年", "工作报告", *BODY_B)
    assert not any(kicker == "学习贯彻2001年" for _, kicker, _ in heads)


def test_two_label_shaped_lines_over_a_far_wider_title_are_label_and_kicker() -> None:
    # (units._label_and_kicker_over, tails.kicker_over) a label and a short kicker, both label-shaped, over a title
    # more than half as wide again: before, the label took the kicker as its title and the title stood alone
    heads = _heads("建设产业工人队伍", *BODY_7, "区域观察", "政策发布会", "深化经济体制改革扩大对外开放", *BODY_B)
    assert heads[-1] == ("区域观察", "政策发布会", "深化经济体制改革扩大对外开放")
    # two labels over a title of their width stay apart (the rule before)
    heads = _heads("建设产业工人队伍", *BODY_7, "区域观察", "政策发布会", "深化体制改革", *BODY_B)
    assert heads[-1] != ("区域观察", "政策发布会", "深化体制改革")
