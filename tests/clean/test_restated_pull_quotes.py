"""Unmarked pull quotes read as bodies of their own -> pull-quote boxes (``textclean.clean.quotes``), and the
labels a page's headline count leaves out (``textclean.clean.wordlabels.labels_under_top``)."""

from __future__ import annotations

from textclean.clean.roles import Element, Item

#: A body set to 11 em and a sentence of it set again across 17 em (third layout, lay2-017).
_QUOTE = "弘扬教育家精神，建设高素质专业化教师队伍，加强师德师风建设和教师待遇保障。"


def _body(*lines: tuple[str, float]) -> Element:
    return Element("body", [Item(0, t, t, float(w), False, t.endswith("。")) for t, w in lines])


def _column(text: str, width: int = 11) -> Element:
    """``text`` broken into lines of ``width`` characters, set to that measure."""
    return _body(*[(text[k : k + width], width) for k in range(0, len(text), width)])


def _kinds(elements: list[Element]) -> list[str]:
    from textclean.clean.quotes import lift_restated_quotes

    return [e.kind for e in lift_restated_quotes(elements)]


def test_a_wider_restated_body_on_a_page_with_a_marked_box_is_a_pull_quote() -> None:
    marked = Element("box", [Item(0, "●", "●", 1.0, False, True)], "过去一年，我国发展历程很不平凡。")
    above = _column("坚持创新引领发展，一体推进教育发展。康。" + _QUOTE + "要紧紧围绕国家需求推进教育改革发展。")
    quote = _body((_QUOTE[:17], 17), (_QUOTE[17:34], 17), (_QUOTE[34:], 17))
    below = _column("推进高水平科技自立自强。充分发挥新型举国体制优势，强化关键核心技术攻关。")
    assert _kinds([marked, above, quote, below]) == ["box", "body", "box", "body"]
    # not so: the same lines printed nowhere else on the page (a body of its own measure, no quote)
    other = _body(("积极开展学校体育活动，普及心理健康教育", 17), ("，关爱师生身心健康。", 17))
    assert _kinds([marked, above, other, below]) == ["box", "body", "body", "body"]
    # not so: lines as wide as the column beside them
    same = _body((_QUOTE[:11], 11), (_QUOTE[11:22], 11), (_QUOTE[22:], 11))
    assert _kinds([marked, above, same, below]) == ["box", "body", "body", "body"]


def test_a_quote_whose_sentence_the_column_breaks_across_two_bodies_is_a_pull_quote() -> None:
    sentence = "在增加粮食生产的同时，注意了林、牧、副、渔各业的发展。在种植业内部，经济作物的播种面积都有增加。"
    upper = _column("农村在放宽政策、发挥优势方面，开辟了一些新的路子。" + sentence[:20])
    lower = _column(sentence[20:] + "长期以来我国农业结构和布局的不合理状况。")
    quote = _body(*[(sentence[k : k + 18], 18) for k in range(0, len(sentence), 18)])
    after = _column("工业在组织联合、按需生产方面，有了良好的开端。")
    assert _kinds([upper, lower, quote, after]) == ["body", "body", "box", "body"]
    # not so: a body printed twice whole is no quote of either
    twice = _body(*[(sentence[k : k + 18], 18) for k in range(0, len(sentence), 18)])
    assert _kinds([upper, twice, quote, after])[2] == "body"


def test_a_label_over_a_wider_head_below_the_top_is_no_headline_to_count() -> None:
    from textclean.clean.chardata import text_width
    from textclean.clean.units import Unit
    from textclean.clean.wordlabels import labels_under_top

    def unit(t: str, at: int) -> Unit:
        return Unit([Element("title", [Item(0, t, t, text_width(t), False, True)], t)], at, at)

    label, head = unit("特别关注", 4), unit("2025年经济社会发展总体要求和政策取向", 5)
    assert labels_under_top([unit("2024年工作回顾", 0), label, head]) == 1
    # not so: the page's first line (a banner stands over the first head as a label does), nor a line over a
    # head no wider than it
    assert labels_under_top([unit("特别关注", 0), unit("2025年经济社会发展总体要求和政策取向", 1)]) == 0
    assert labels_under_top([unit("2024年工作回顾", 0), label, unit("政府工作", 5)]) == 0


def test_a_run_restating_the_sentence_above_it_set_a_little_narrower_is_a_pull_quote() -> None:
    sentence = "德国央行行长表示，监管的目的不是扼杀创新，而是让技术在可信的轨道上发展。"
    body = _column("法案规定，企业须对训练数据来源作出说明，并为生成内容添加可识别标识。" + sentence, 14)
    quote = [(sentence[k : k + 12], 12) for k in range(0, len(sentence), 12)]  # (2 em narrower: no full line)
    after = _column("近年来，德国与沙特阿拉伯在能源、基础设施和人文交流等领域的合作不断深化。", 14)
    kinds = _kinds([Element("body", body.items + _body(*quote).items + after.items)])
    assert kinds == ["body", "box", "body"]
    # not so: the run set to the column's measure (running text printing a sentence twice), nor a run whose
    # sentence the body prints only below it (the source of a later quote)
    full = [(sentence[k : k + 14], 14) for k in range(0, len(sentence), 14)]
    assert _kinds([Element("body", body.items + _body(*full).items + after.items)]) == ["body"]
    first = _column("法案规定，企业须对训练数据来源作出说明。", 14)
    assert _kinds([Element("body", first.items + _body(*quote).items + body.items)]) == ["body"]


def test_a_paragraph_repeating_a_quote_its_article_printed_is_no_pull_quote() -> None:
    """A paragraph's indented first line falls short of the column by its indent (2 em, more than a box's 1.5):
    a paragraph repeating a quote printed above it stays in the body (a box's first line is not indented)."""
    from textclean.clean.page import clean_page

    lines = [
        "乡村振兴要靠人才支撑",
        "本报记者 王明",
        "　　记者近日走访多地发现，各地出台政",
        "策吸引青年返乡创业。李华常说：“留在",
        "家乡，一样能干出一番事业，家乡的明天",
        "一定会更好。”在青川县，返乡青年李华",
        "开办了合作社，带动周边农户增收致富。",
        "　　家乡的变化让他看到了希望，他愿意",
        "留在这里继续奋斗，为乡亲们多办实事。",
        "　　“留在家乡，一样能干出一番事业，",
        "家乡的明天一定会更好。”",
        "　　如今，越来越多的青年选择回到家乡，",
        "在广阔天地里施展才华，书写精彩人生。",
    ]
    (article,) = clean_page("p.txt", "\n".join(lines).encode()).articles
    assert article.pull_quote is None
    assert [b.text[:4] for b in article.blocks] == ["记者近日", "家乡的变", "“留在家", "如今，越"]
    # nor, the indent not printed, a run whose first line is an indent short of the line after it
    sentence = "德国央行行长表示，监管的目的不是扼杀创新，而是让技术在可信的轨道上发展。"
    body = _column("法案规定，企业须对训练数据来源作出说明，并为生成内容添加可识别标识。" + sentence, 14)
    para = [(sentence[:10], 10), (sentence[10:22], 12), (sentence[22:], 12)]
    after = _column("近年来，德国与沙特阿拉伯在能源、基础设施和人文交流等领域的合作不断深化。", 14)
    assert _kinds([Element("body", body.items + _body(*para).items + after.items)]) == ["body"]
