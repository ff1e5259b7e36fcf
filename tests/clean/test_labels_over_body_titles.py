"""A column label read as the headline of a body that opens with its own wrapped headline
(``textclean.clean.bodytitle.label_over_body_title``): the label is the column, the body's first lines the title."""

from __future__ import annotations

from textclean import clean_page

BEFORE = (
    "坚持和平发展道路与独立",
    "自主的和平外交政策",
    "本报评论员",
    "国际形势正在发生复杂而深刻的变化。和",
    "平与发展仍然是当今时代的主题。中国社会主",
    "义现代化建设道路是一条和平发展的道路。这",
    "条道路，就是利用世界和平的有利时机实现自",
    "身发展，又以自身的发展更好地维护和促进世",
    "界和平，永远做维护世界和平的坚定力量。",
)
BODY = (
    "今年将召开中国共产党第二十次全国",
    "代表大会，是党和国家事业发展进程中十",
    "分重要的一年。",
    "申川",
)
AFTER = (
    "2022年政府工作任务",
    "今年经济社会发展任务重、挑战多。",
    "要按照以习近平同志为核心的党中央部署",
    "要求，完整、准确、全面贯彻新发展理",
    "念，加快构建新发展格局，推动高质量发",
    "展，扎实做好各项工作。",
)


def _article(*head: str):
    # PyMuPDF's text of a commentary page (lay4-003): no blank line anywhere
    text = "\n".join((*BEFORE, *head, *BODY, *AFTER)) + "\n"
    return clean_page("p.txt", text.encode("utf-8")).articles[1]


def test_a_label_over_a_body_opening_with_its_wrapped_headline_is_the_column() -> None:
    # before: title ``一日一议``, the headline the first paragraph
    art = _article("一日一议", "2022年经济社会发展总体要", "求和政策取向")
    assert (art.column, art.title) == ("一日一议", "2022年经济社会发展总体要求和政策取向")
    assert art.blocks[0].text.startswith("今年将召开")


def test_a_short_headline_opening_a_clause_stays_the_title() -> None:
    # negative: a short headline (a verb opens it) over the same lines is no label
    art = _article("加强党建", "2022年经济社会发展总体要", "求和政策取向")
    assert (art.column, art.title) == (None, "加强党建")
