"""A bare signature under a commentary's text names its writer over a byline the layout gave it
(``articles.bare_signature_names``)."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.articles import bare_signature_names
from textclean.clean.roles import Element, Item


def _note(text: str) -> Element:
    return Element("note", [Item(0, text, text, float(len(text)), True, True)], text)


def test_a_bare_signature_names_the_writer_over_a_byline_above_the_title() -> None:
    # (a neighbour's byline read over the title, the piece's own signature under its text)
    arts = tight_articles(
        "观点",
        "2026年3月2日 星期一 第5版",
        "一部电梯的协商",
        "本报记者 李明",
        "让居民从“旁观者”变为“参与者”，城市治理才能形成共建共治共享的格局。",
        "社区食堂价格实惠、口味清淡，成了不少老人每天的“打卡地”。",
        "（夏涵磊）",
    )
    assert [a.authors for a in arts] == [["夏涵磊"]]


def test_a_reporters_signature_or_a_note_is_no_bare_signature() -> None:
    assert bare_signature_names(_note("（夏涵磊）"), None, ["夏涵磊"]) == ["夏涵磊"]
    assert bare_signature_names(_note("（记者 韩刚）"), None, ["韩刚"]) == []
    assert bare_signature_names(_note("（张菁 整理）"), "张菁 整理", ["张菁"]) == []
    assert bare_signature_names(None, None, []) == []
