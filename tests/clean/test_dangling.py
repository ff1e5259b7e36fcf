"""A headline line ending on a year goes on in the line under it (dangling.ends_on_year, wrapped.left_open)."""

from textclean.clean.dangling import ends_on_modifier
from textclean.clean.layout import page_elements
from textclean.clean.page import read_page

BODY = [
    "各方面取得了巨大的成績。我们的工作是有成绩的，",
    "也有一些缺点和错误。在党和政府的领导下，全国",
    "人民团结一致，克服了各种困难，完成了各项任务。",
    "今后我们还要继续努力，争取更大的胜利和成绩。",
]


def _heads(head: list[str]) -> list[tuple[str, str]]:
    page = read_page("p.txt", "\n".join([*head, *BODY, ""]).encode())
    return [(e.kind, e.text) for e in page_elements(page.lines) if e.kind != "body"]


def test_a_subtitle_wrapped_after_its_year_is_one_subtitle() -> None:
    heads = _heads(["关于社", "会主义", "革命", "——解读1957年", "政府工作报告", "邵潇骐"])
    assert ("subtitle", "——解读1957年政府工作报告") in heads
    assert ("title", "政府工作报告") not in heads


def test_a_subtitle_ending_on_its_own_words_keeps_the_title_under_it() -> None:
    heads = _heads(["关于社", "会主义", "革命", "——解读1957年报告", "政府工作报告", "邵潇骐"])
    assert ("subtitle", "——解读1957年报告政府工作报告") not in heads


def test_a_title_wrapped_after_an_adverb_is_one_title() -> None:
    heads = _heads(["城市观察", "停车收费要“透明”更", "要“合理”", "邵潇骐"])
    assert ("title", "停车收费要“透明”更要“合理”") in heads  # (one clause: no halves' space)


def test_a_title_wrapped_after_its_copula_is_one_title() -> None:
    heads = _heads(["城市观察", "网购“低价”往往是", "个“陷阱”", "邵潇骐"])
    assert ("title", "网购“低价”往往是个“陷阱”") in heads


def test_a_line_ending_on_a_word_or_a_negation_is_no_open_end() -> None:
    assert not ends_on_modifier("坚持到底")  # (an adverb of two characters ends a phrase)
    assert not ends_on_modifier("敢于说不")
    assert not ends_on_modifier("登记事项变更")
    assert ends_on_modifier("改革步子要更")
