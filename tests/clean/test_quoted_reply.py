"""A short quoted reply on its own line, said again later, is a feature's dialogue, not an unlabelled pull quote
(``textclean.clean.quotetwice``: quotation marks do not count to the quote's minimum length)."""

from __future__ import annotations

from helpers import tight_articles

HEAD = ("6 社会", "2026年5月6日　星期三", "本版责任编辑：王明", "大山里的“追光少年”", "本报记者　张敏")
BODY = (
    "清晨六点，山里的雾气还没散去，十",
    "四岁的小林已经背着书包出了门。上",
    "学的路要走一个多小时。",
    "老师问他累不累，他摇摇头。",
    "“我一定能走出大山！”",
    "这句话，老师记了很多年。后来，小",
    "林考上了县里最好的高中。毕业那天，",
    "他又对老师说了一遍“我一定能走出大山！”",
    "如今，他已是一名大学生。",
)


def test_a_short_quoted_reply_said_again_stays_a_paragraph() -> None:
    (article,) = tight_articles(*HEAD, *BODY)
    assert article.pull_quote is None
    assert "“我一定能走出大山！”" in [b.text for b in article.blocks]


def test_a_short_unquoted_sentence_said_again_is_still_the_pull_quote() -> None:
    # the front pages' short box (10 characters, no quotation marks): taken as before
    body = [*BODY[:4], "作风建设永远在路上。", *BODY[5:7], "他说，作风建设永远在路上。如今，", "他已是一名大学生。"]
    (article,) = tight_articles(*HEAD, *body)
    assert article.pull_quote == "作风建设永远在路上。"
