"""Headlines that came out in parts: a wrapped word's tail, a first line left open read as text, a year line over
its narrow box (``textclean.clean.tails``, ``textclean.clean.bodyheads``, ``textclean.clean.wrapped``)."""

from __future__ import annotations

from helpers import BODY_7

from textclean.models import Line


def _heads(*lines: str) -> list[tuple[str, str]]:
    """The head elements (and one-line bodies) :func:`page_elements` finds in a page of ``lines`` set tight."""
    from textclean.clean.layout import page_elements

    elements = page_elements([Line(i, t) for i, t in enumerate(lines)])
    return [(e.kind, e.text) for e in elements if e.kind != "body" or len(e.items) == 1]


#: PyMuPDF, the second layout (lay-078): running text ending a sentence over a column label, a headline whose
#: first line (21 em, a clause mark in it) is as wide as the text, a byline and the next body.
ABOVE = (
    "有效应对国际金融危机严重冲击发挥了至关重要的",
    "作用，为经济社会长远发展打下了坚实基础，已经",
    "并将继续造福亿万人民。",
)
BELOW = (
    "本报通讯员 任霁梓 姜湘昶",
    "党的十八大科学总结了过去五年的工",
    "作和党的十六大以来的奋斗历程和历史性",
    "成就，确定了全面建成小康社会和全面深",
    "化改革开放的目标，对进一步推进中国特",
    "色社会主义事业作出了全面部署。",
)


def test_a_word_wrapped_under_a_much_wider_headline_line_is_its_tail() -> None:
    # 17 em over 2 em, wider than one column's headline: the tail joins whatever the upper line's width
    assert _heads("热点聚焦", "保障国家粮食安全，大力实施乡村振兴", "战略", *BODY_7)[-1] == (
        "title",
        "保障国家粮食安全，大力实施乡村振兴战略",
    )
    # the upper line opens with a time word (as a label does): the tail joins it all the same
    assert ("title", "过去五年的工作和历史性变革") in _heads(
        "读书与学习", *BODY_7, "过去五年的工作和历史性", "变革", *BODY_7
    )
    # two words under it are no tail (a label's shape)
    assert _heads("热点聚焦", "保障国家粮食安全，大力实施乡村振兴", "理论视点", *BODY_7)[1:] == [
        ("title", "保障国家粮食安全，大力实施乡村振兴"),
        ("title", "理论视点"),
    ]


def test_a_one_line_body_left_open_over_a_title_is_the_headlines_first_line() -> None:
    got = _heads(*ABOVE, "学思践悟", "今年经济社会发展的总体要求、主要预期目标和", "宏观经济政策", *BELOW)
    assert ("title", "今年经济社会发展的总体要求、主要预期目标和宏观经济政策") in got
    # a line that ends its phrase is not lifted into the head
    got = _heads(*ABOVE, "学思践悟", "今年经济社会发展的总体要求、主要预期目标", "宏观经济政策", *BELOW)
    assert not any(text.startswith("今年") for kind, text in got if kind == "title")


def test_a_year_alone_over_a_narrow_box_is_the_boxs_first_line() -> None:
    # a 3 em box: ``2014年`` fills it, the headline goes on under it
    assert _heads("思想周刊", "权威解读", "2014年", "工作回", "顾", *BODY_7)[-1] == ("title", "2014年工作回顾")
    # a dated label as wide as the box under it stays apart
    assert _heads("思想周刊", "权威解读", "2014年重点工作", "增强内需拉动经", "济的主引擎作用", *BODY_7)[2:] == [
        ("title", "2014年重点工作"),
        ("title", "增强内需拉动经济的主引擎作用"),
    ]
