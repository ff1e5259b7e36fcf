"""A byline of bare names run in at the head of a story's first line (``runinnames``): ``□郭航 人民城市…``."""

from __future__ import annotations

from helpers import articles_of

from textclean.clean.roles import Item
from textclean.clean.runinnames import run_in_names

# a commentary page (pdftotext): two pieces, each a headline over a text whose first line opens with its writer's
# name, behind a box glyph or a ``文／`` credit, a space before the text
PAGE = (
    "评论",
    "2026年3月2日 星期一 第5版",
    "城市更新不是大拆大建",
    "□郭航 人民城市人民建，人民城市为人民。群众",
    "的口碑是最好的检验，群众的满意是最高的标准。",
    "新农人带来新气象",
    "文／段桐 发展乡村产业，既要立足本地资源禀",
    "赋，也要防止“一哄而上”造成同质化竞争。",
)


def test_names_run_in_at_the_head_of_the_text_are_its_authors() -> None:
    arts = articles_of(*PAGE)
    assert [a.title for a in arts] == ["城市更新不是大拆大建", "新农人带来新气象"]
    assert [a.authors for a in arts] == [["郭航"], ["段桐"]]
    assert arts[0].body.startswith("人民城市人民建")
    assert arts[1].body.startswith("发展乡村产业")


def _names(line: str) -> list[str]:
    return run_in_names([Item(0, line, line, float(len(line)), False, False)])[0]


def test_a_line_that_only_opens_with_a_name_shaped_word_keeps_its_text() -> None:
    assert _names("吕向斌 江苏南京") == []  # (a reader's signature: a place after the name, no text)
    assert _names("温度 校毕业生规模预计达到") == []  # (a common word, no name)
    assert _names("有 的 地 方 搞 村 庄 建 设") == []  # (a line set letter-spaced)
    assert _names("郭航人民城市人民建，") == []  # (no space: a sentence's words)
    assert _names("■石一颖 完善农业社") == ["石一颖"]  # (a short line of a narrow column: a clause after the name)


def test_a_name_set_close_between_a_box_glyph_and_the_text_is_read_off_it() -> None:
    # (PyMuPDF sets no space after the name: the text after it opens with a word of the lexicon)
    arts = articles_of(
        "评论", "2026年3月2日 星期一 第5版", "给老人留个窗口", "■黄立桂面对新技术带来的新问题，多一分审", "慎的思考。"
    )
    assert arts[0].authors == ["黄立桂"] and arts[0].body.startswith("面对新技术")
    assert _names("■钱慧好的制度设计") == []  # (``好`` and ``的`` both words of one character: no split tells)
    assert _names("■加快社会主义经济建设") == []  # (a brief's head: no name)
