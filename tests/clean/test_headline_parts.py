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


def _heads_of(name: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(column, kicker, title, subtitle) of the articles textclean makes of the pdfminer devpage fixture ``name``."""
    from helpers import devpage

    _, articles = devpage("pdfminer", name)
    return [(a.column, a.kicker, a.title, a.subtitle) for a in articles]


def test_a_line_read_as_text_between_a_label_and_a_title_is_the_titles_kicker() -> None:
    # pdfminer, devpages gov-1988-03: G 报告摘编 / 今后五年建设和改革的目标、方针和任务 (one line of text) / the title
    heads = _heads_of("gov-1988-03")
    assert ("报告摘编", "今后五年建设和改革的目标、方针和任务", "以深化企业改革为中心进行综合配套改革", None) in heads
    assert not any(title == "今后五年建设和改革的目标、方针和任务" for _, _, title, _ in heads)


def test_a_dash_line_between_a_label_and_a_title_is_the_subtitle_of_the_head_above_the_label() -> None:
    # pdfminer, devpages gov-2006-01: 努力做好就业和社会保障工作 / G 要点速览 / ——去年工作回顾 / 今年主要任务
    heads = _heads_of("gov-2006-01")
    assert (None, None, "努力做好就业和社会保障工作", "去年工作回顾") in heads
    assert ("要点速览", None, "今年主要任务", None) in heads
    # a title with no label over it keeps none
    assert (None, None, "扎实推进社会主义新农村建设", None) in heads


def test_a_label_alone_over_a_scrap_of_text_heads_the_title_under_the_scrap() -> None:
    # pdfminer, devpages gov-1959-02: 关于国家的政治生活 / G 要点速览 / three lines of text / kicker and title
    heads = _heads_of("gov-1959-02")
    assert [h[0] for h in heads if h[2] == "关于对外政策"] == ["要点速览"]
    assert all(column is None for column, _, title, _ in heads if title != "关于对外政策")


def test_a_two_part_headline_whose_upper_half_wraps_into_a_tail_is_one_title() -> None:
    # PyMuPDF, the fourth layout (lay3-025): the upper half wrapped (15 em over 4 em) over the lower half, 9 em
    got = _heads("热点聚焦", *BODY_7, "不失时机地加快实施沿海地区经济", "发展战略", "进一步扩大对外开放", *BODY_7)
    assert ("title", "不失时机地加快实施沿海地区经济发展战略 进一步扩大对外开放") in got
    # a dated line under it is its subtitle printed without the dash, not a half
    got = _heads(
        "热点聚焦", *BODY_7, "不失时机地加快实施沿海地区经济", "发展战略", "各地认真落实1988年政府工作报告", *BODY_7
    )
    assert ("title", "不失时机地加快实施沿海地区经济发展战略") in got
