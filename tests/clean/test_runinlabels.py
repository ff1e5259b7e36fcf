"""Column labels run in at the start of a title's line (``textclean.clean.runinlabels``)."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.runinlabels import repeated_labels, run_in_label
from textclean.models import Article, Block

BODY_A = (
    "我国是工人阶级领导的、以工农联盟为基",
    "础的人民民主专政的社会主义国家，国家一",
    "切权力属于人民。",
)


def test_a_label_run_in_before_the_title_is_the_column() -> None:
    (piece,) = tight_articles("街谈 国际形势和对外工作", "钟珏", *BODY_A)
    assert (piece.column, piece.title) == ("街谈", "国际形势和对外工作")
    # negative: the halves of a two-part headline, a clause opening, a short title
    assert run_in_label("厉行节约 反对浪费", "") is None
    assert run_in_label("从严治政 加强政府自身建设", "") is None
    assert run_in_label("街谈 选登", "") is None
    assert run_in_label("街谈国际形势和对外工作", "") is None  # (glued to one title alone: no cue)
    assert run_in_label("北京 全力保障冬奥会顺利举办", "北京冬奥会筹办工作…") is None  # (the body says it: a place)
    (piece,) = tight_articles("加强党的建设", "钟珏", *BODY_A)
    assert (piece.column, piece.title) == (None, "加强党的建设")


def _titled(*titles: str) -> list[Article]:
    return [Article(str(k), "p.txt", "0" * 64, t, [], []) for k, t in enumerate(titles)]


def test_a_label_glued_to_three_titles_of_a_page_is_their_column() -> None:
    titles = ("读者之声积极推进祖国和平统一大业", "读者之声关于国际形势和外交工作", "读者之声关于社会主义革命")
    out = repeated_labels(_titled(*titles))
    assert [(a.column, a.title) for a in out] == [
        ("读者之声", "积极推进祖国和平统一大业"),
        ("读者之声", "关于国际形势和外交工作"),
        ("读者之声", "关于社会主义革命"),
    ]
    # negative: a word opening two titles only, and a preposition opening four
    two = _titled("新时代中国共产党的历史使命", "新时代中国特色社会主义思想和基本方略", "读者之声关于社会主义革命")
    assert [a.column for a in repeated_labels(two)] == [None, None, None]
    four = _titled("关于经济形势", "关于经济体制改革", "关于外交工作", "关于社会主义革命")
    assert [a.column for a in repeated_labels(four)] == [None] * 4
    said = [
        Article(str(k), "p.txt", "0" * 64, t, [Block("paragraph", "中国经济…")], [])
        for k, t in enumerate(("中国经济持续回升向好", "中国制造迈向高端", "中国航天再创佳绩"))
    ]
    assert [a.column for a in repeated_labels(said)] == [None] * 3  # (their pieces say the word)
