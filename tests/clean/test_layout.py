"""Headline lines and body lines of a run, wrapped titles joined (``textclean.clean.layout``)."""

from __future__ import annotations

from helpers import BODY_7, articles_of, assert_devpage_title, devpage

from textclean.clean.roles import Item
from textclean.models import Line


def _titles(*lines: str, tight: int = 0) -> list[str]:
    """The title texts :func:`page_elements` finds in a page of ``lines`` (a blank line after each but
    the first ``tight``, which are set against the line under them)."""
    from textclean.clean.layout import page_elements

    page: list[Line] = []
    for i, t in enumerate(lines):
        page.append(Line(len(page), t))
        if i >= tight:
            page.append(Line(len(page), ""))
    return [e.text for e in page_elements(page) if e.kind == "title"]


def test_title_halves_join_when_the_words_across_the_break_recur_in_the_text() -> None:
    # the lower half is much wider than the upper one: only the text ("产业工人队伍") says they are one title
    assert _titles("题头", "推动产业工人", "队伍建设改革走深走实", "周明", *BODY_7) == [
        "题头",
        "推动产业工人队伍建设改革走深走实",
    ]


def test_a_kicker_over_its_title_is_not_joined_to_it() -> None:
    # "改革队伍" is nowhere in the text, and the lines are not halves by shape (the lower is much wider)
    assert _titles("题头", "推进产业工人改革", "队伍建设改革走深走实", "周明", *BODY_7) == [
        "题头",
        "推进产业工人改革",
        "队伍建设改革走深走实",
    ]


def test_a_line_that_opens_with_de_is_the_lower_half_of_the_title_above_it() -> None:
    # at the top of the page, where shape alone joins nothing, and "运动的重" is nowhere in the text:
    # but no headline opens with 的, so the line is the lower half of the one above
    title = "推进产业工人队伍建设改革走深走实"
    assert _titles("哈尔滨铁路工人运动", "的重要历史意义", title, "周明", *BODY_7) == [
        "哈尔滨铁路工人运动的重要历史意义",
        title,
    ]
    # negative: without the particle the two lines stay apart
    assert _titles("哈尔滨铁路工人运动", "重要历史意义", title, "周明", *BODY_7) == [
        "哈尔滨铁路工人运动",
        "重要历史意义",
        title,
    ]


def test_lines_at_the_top_of_the_page_pair_by_shape_only_when_the_text_agrees() -> None:
    # two short lines of the same width, set tight on a page without blank lines: halves anywhere on the page,
    # but at the top the upper one may be a banner
    page = ("奋进新征程建功新时代", "推进职工文化建设", "周明", *BODY_7)
    assert _titles(*page, tight=len(page)) == ["奋进新征程建功新时代", "推进职工文化建设"]
    page = ("题头", "奋进新征程建功新时代", "推进职工文化建设", "周明", *BODY_7)
    assert _titles(*page, tight=len(page)) == ["题头", "奋进新征程建功新时代 推进职工文化建设"]


def test_two_short_headline_lines_with_a_blank_between_are_two_heads_not_one_wrapped_title() -> None:
    # pdfminer and pdftotext print a wrapped headline's lines tight (all 224 on the devpages): a blank line
    # between two short headline lines parts a kicker from its title, and shape alone does not join them
    page = ("题头", "奋进新征程建功新时代", "加强社会保障体系建设", "周明", *BODY_7)
    assert _titles(*page) == ["题头", "奋进新征程建功新时代", "加强社会保障体系建设"]
    # negative: on a page without blank lines (PyMuPDF prints none) the shape pairs them (a kicker that opens
    # as a label, 党的十九大报告摘编, is told apart: test_a_line_opening_as_a_label_is_not_joined_…)
    assert _titles(*page, tight=len(page)) == ["题头", "奋进新征程建功新时代 加强社会保障体系建设"]


def test_a_headline_broken_inside_a_word_is_one_title_even_at_the_top() -> None:
    # at the top of the page, where shape alone joins nothing and "各级领导" is not in the text:
    # the break falls inside the word 领导, so the lines are one wrapped headline
    title = "推进产业工人队伍建设改革走深走实"
    assert _titles("一定要把党的各级领", "导班子整顿好建设好", title, "周明", *BODY_7) == [
        "一定要把党的各级领导班子整顿好建设好",
        title,
    ]
    # negative: a kicker meets its title between words (摘登 | 一定), and stays apart
    assert _titles("党的十一大报告摘登", "一定要强化国家机器", title, "周明", *BODY_7) == [
        "党的十一大报告摘登",
        "一定要强化国家机器",
        title,
    ]


def test_a_headline_line_ending_in_a_conjunction_or_particle_goes_on_below() -> None:
    # at the top of the page, and "和“走出" is not in the text: no headline line ends with 和 unless it goes on
    title = "推进产业工人队伍建设改革走深走实"
    assert _titles("坚持“引进来”和", "“走出去”相结合", title, "周明", *BODY_7) == [
        "坚持“引进来”和“走出去”相结合",
        title,
    ]
    # nor with the particle 的 (the words it joins are still to come)
    assert _titles("邓小平理论的", "历史地位和指导意义", title, "周明", *BODY_7) == [
        "邓小平理论的历史地位和指导意义",
        title,
    ]
    # negative: a line that closes its phrase does not join the one under it
    assert _titles("坚持“引进来”", "“走出去”相结合", title, "周明", *BODY_7) == [
        "坚持“引进来”",
        "“走出去”相结合",
        title,
    ]


DIGIT_BODY = (
    "重要组成部分，2022年5月1日起施行的新法",  # full to the column, but its digits measure half an em
    "明确了职业教育与普通教育具有同等重要的地位",
    "为推动现代职业教育体系建设提供了法律保障，",
    "各地要抓好新法的学习宣传和贯彻落实工作。",
)


def test_a_first_line_over_a_full_line_with_digits_is_body_not_title() -> None:
    # the first line is the column less the indent; the line after it fills the column when its digits
    # are set a little wider than half an em, so it is no indented first line: the line above starts the body
    first = "职业教育是国民教育体系和人力资源开发的"
    assert _titles("王建国", first, *DIGIT_BODY) == []
    # negative: a short headline above that first line stays a title
    assert _titles("王建国", "推进职业教育高质量发展", first, *DIGIT_BODY) == ["推进职业教育高质量发展"]


def test_a_line_that_leaves_a_bracket_open_starts_the_body() -> None:
    body = ("《职业教育法》（以下简称《职", "教法》）明确了职业教育与普通教育具有同等", *DIGIT_BODY[2:])
    # neither line has clause punctuation, but the first opens 《 and （ that only the second closes
    assert _titles("王建国", *body) == []
    # negative: a headline whose quotes close stays a title
    assert _titles("王建国", "打造“技能强国”新格局", *body) == ["打造“技能强国”新格局"]


WIDE_BODY = (
    "在全面建成小康社会、实现第一个百年奋斗目标",
    "的过程中，广大产业工人发挥了技术创新的主力",
    "军作用。奋进新征程，全面建成社会主义现代化",
    "强国，推进制造强国战略和创新驱动发展战略。",
)


def test_a_two_part_headline_as_wide_as_a_first_line_stays_a_title() -> None:
    # 19 em over a 21 em column: the width of a first line, but running text never spaces two Han words
    assert _titles("奋进新征程建功新时代", "坚持育用结合 激发产业工人技术创新活力", *WIDE_BODY) == [
        "奋进新征程建功新时代",
        "坚持育用结合 激发产业工人技术创新活力",
    ]
    # negative: the same line without its space is the body's first line
    assert _titles("奋进新征程建功新时代", "坚持育用结合激发产业工人技术创新活力力", *WIDE_BODY) == [
        "奋进新征程建功新时代"
    ]


def test_a_line_set_tight_under_a_column_label_is_its_headline() -> None:
    first = "以法治化建设推进工会工作高质量发展工作"  # 19 em over a 21 em column: the width of a first line
    assert _titles("G 前沿观察", first, *WIDE_BODY, tight=1) == [first]
    # negative: with a blank under the label the line has the shape of the body's first line
    assert _titles("G 前沿观察", first, *WIDE_BODY) == []


def test_the_column_is_measured_with_punctuation_squeezed() -> None:
    # lines full of punctuation measure wider than the column (justified type squeezes the marks), so the
    # first line, two em short of a line without marks, is the body's first line, not a headline
    body = (
        "建设现代职业教育体系，“产教融合、校企合作”是",
        "关键。要让企业、学校、行业协会和职工，一起参",
        "与其中，共同培养“大国工匠”、高技能人才，让技",
        "能人才有舞台。",
    )
    first = "职业教育是国民教育体系和人力资源开发的"
    assert _titles("G 职教观察", first, *body) == []
    # negative: a headline clearly shorter than a first line stays a title
    assert _titles("G 职教观察", "推进职业教育高质量发展", first, *body) == ["推进职业教育高质量发展"]


def test_a_pair_the_text_vouches_for_joins_before_a_pair_of_the_same_shape() -> None:
    # three short headline lines: the lower two have the shape of a wrapped title's halves, but the text
    # reads the upper two across their break (精神在基): those are the title, the third stands alone
    body1 = ("各地要推动改革精神在基层落地见效，让职工", "群众真正感受到改革带来的实惠，把好事办好。")
    body2 = ("要把学习宣传贯彻改革精神作为首要任务，在", "全面学习、全面把握、全面落实上下功夫。")
    heads = ("推动改革精神", "在基层落地见效", "从历史中汲取力量")
    page = (*body1, "（作者单位：某某大学）", *heads, "王建国", *body2)
    assert _titles(*page) == ["推动改革精神在基层落地见效", "从历史中汲取力量"]
    # negative: without the text's word across the break, nothing joins the lines set apart by blank lines
    other = tuple(t.replace("改革精神在基层", "改革举措在基层") for t in body1)
    assert _titles(*other, "（作者单位：某某大学）", *heads, "王建国", *body2) == [*heads]


NARROW_BODY = (  # a 16 em column
    "各地要推动改革精神，在基层落",
    "地见效，让职工群众真正感受到改",
    "革带来的实惠。",
)
BROAD_BODY = (  # a 24 em column
    "要把学习宣传贯彻改革精神作为首要任务，在全面",
    "学习、全面把握、全面落实上下功夫，推动产业工人队",
    "伍建设改革走深走实，让更多职工凭技能立身、靠技能",
    "成才。",
)


def test_a_headline_between_two_bodies_starts_the_next_article() -> None:
    # a head with clause punctuation, set between a 16 em body and a 24 em one, with no byline or label
    # around it: it fits neither column as running text, so it is the second article's title
    head = ("深化产业工人改革，", "推动改革走深走实")
    assert _titles(*NARROW_BODY, *head, *BROAD_BODY) == ["".join(head)]
    assert [a.title for a in articles_of(*NARROW_BODY, *head, *BROAD_BODY)] == ["", "".join(head)]
    # negatives: a numbered line opens a subheading; a line that leaves a bracket open runs on
    assert _titles(*NARROW_BODY, "（二）深化产业工人队伍建设改革", *BROAD_BODY) == []
    assert _titles(*NARROW_BODY, "《深化产业工人队伍", *BROAD_BODY) == []


def test_a_one_line_head_with_the_same_column_on_both_sides_is_a_subheading() -> None:
    # seed pages set unnumbered subheadings so: the column goes on under the line
    assert _titles(*BROAD_BODY, "推动改革走深走实", *BROAD_BODY) == []
    assert len(articles_of(*BROAD_BODY, "推动改革走深走实", *BROAD_BODY)) == 1
    # negative: two such lines (a kicker over a title) are a head
    assert _titles(*BROAD_BODY, "改革开放再出发", "推动改革走深走实", *BROAD_BODY) != []


def _page(*lines: str) -> list:
    """The elements of a page of ``lines`` as given, one line each ("" for a blank line)."""
    from textclean.clean.layout import page_elements

    return page_elements([Line(i, t) for i, t in enumerate(lines)])


def _elements_unspaced(*lines: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of the elements of a page of ``lines`` with no blank line at all (as PyMuPDF gives)."""
    return [(e.kind, e.text) for e in _page(*lines)]


def test_an_unspaced_head_stack_splits_into_its_parts() -> None:
    # PyMuPDF puts each printed line of a head on its own line: the logo over the column label, the
    # byline's role and names one a line; a no-gap stack means nothing on a page that has no blank lines
    kinds = _elements_unspaced("G", "学习园地", "推进改革发展", "本报记者", "柳朗澜", "冯琪黛", *BROAD_BODY)
    assert kinds[:3] == [("column", "G 学习园地"), ("title", "推进改革发展"), ("byline", "本报记者 柳朗澜 冯琪黛")]
    assert kinds[3][0] == "body" and len(kinds) == 4
    # negative: a lone letter over running text is no column label
    assert _elements_unspaced("G", "学习园地。", *BROAD_BODY)[0][0] != "column"


def test_a_head_at_the_end_of_a_run_above_a_byline_belongs_to_the_next_article() -> None:
    # the head (with a comma) ends the run just above the next article's byline: it misfits the column above
    head = ("深化产业工人改革，", "推动改革走深走实")
    kinds = [(e.kind, e.text) for e in _elements(*BROAD_BODY, *head, "柳朗澜", *NARROW_BODY)]
    assert kinds[1] == ("title", "".join(head)) and kinds[2][0] == "byline"
    # negative: a last line of running text that ends a sentence stays in the body
    kinds = [e.kind for e in _elements(*BROAD_BODY, "柳朗澜", *NARROW_BODY)]
    assert kinds == ["body", "byline", "body"]


#: PyMuPDF's text of devpages gov-2002-03: the article's title, wrapped after its comma, set beside the body's
#: first column and read inside one of its sentences (要认真落实 / … / 党中央关于…).
PYMUPDF_TITLE_WRAPPED_AT_A_COMMA = [
    "率和监管有效性。",
    "切实加强政风建设。深入开展",
    "反腐败斗争，加强廉政建设。廉洁",
    "从政，执政为民，是我们党和政府",
    "根本宗旨的要求，也是政府机关每",
    "个工作人员必须恪守的基本准则。",
    "各级政府和所有干部都必须做到清",
    "正廉明，奉公守法。对那些违法乱",
    "纪、以权谋私、贪污腐化的人，必",
    "须彻底查处。加大治本力度，从源",
    "头上预防和治理腐败。要认真落实",
    "进一步转变政府职能，",
    "加强政风建设",
    "党中央关于把今年作为转变作风年",
    "的要求。坚决克服误国害民的形式",
    "主义、官僚主义。要大力精简会议",
    "和文件，切实解决当前严重存在的",
    "“文山会海”问题。大兴调查研究",
    "之风，深入实际，深入基层，了解",
    "真实情况。要倾听群众呼声，关心",
    "群众疾苦，抓紧解决人民群众反映",
    "强烈和不满意的问题。坚决纠正虚",
    "报浮夸、欺上瞒下、滥用民力、强",
]


def test_a_title_wrapped_after_its_comma_read_inside_a_sentence_is_lifted_out() -> None:
    elements = _page(*PYMUPDF_TITLE_WRAPPED_AT_A_COMMA)
    assert [(e.kind, e.text) for e in elements if e.kind != "body"] == [("title", "进一步转变政府职能，加强政风建设")]
    body = "".join(it.text for e in elements if e.kind == "body" for it in e.items)
    assert "要认真落实党中央关于把今年作为转变作风年" in body  # (the sentence reads on across the gap)
    # negative: a sentence's short tail ending with a comma over the lines stays in the body
    lines = list(PYMUPDF_TITLE_WRAPPED_AT_A_COMMA)
    at = lines.index("进一步转变政府职能，")
    lines[at : at + 2] = ["事业，", "党中央关于把今年作为转变"]
    assert [k for k, _ in _elements_unspaced(*lines)] == ["body"]


#: PyMuPDF's text of a page of the second layout family (a headline set beside its body in a 7 em side column,
#: wrapped over three lines, its byline under it).
PYMUPDF_HEADLINE_WRAPPED_IN_A_SIDE_COLUMN = [
    "着力保障和改善",
    "民生，促进社会",
    "和谐进步",
    "本报记者 董琪瑾",
    "改善民生是经济发展的根本目的。只有着力保障和改善民生，经济发展才有持久的动力，社会进步才有牢固",
    "的基础，国家才能长治久安。",
    "千方百计扩大就业。这是保障和改善民生的头等大事。今年就业形势依然严峻，工作上不能有丝毫松懈。要",
    "继续实施积极的就业政策。中央财政拟投入433亿元用于促进就业。",
    "重点做好高校毕业生、农民工、就业困难人员就业和退伍转业军人就业安置工作。2009年到期的“五缓四",
    "减三补贴”就业扶持政策延长一年。",
    "加强政策支持和就业指导，鼓励高校毕业生到城乡基层、中西部地区和中小企业就业；拓宽就业、择业、创",
    "业渠道，鼓励自主创业、自谋职业等多种形式的灵活就业，以创业带动就业。建立健全公共投资带动就业的机",
    "制。继续加强职业技能培训，重点提高农民工和城乡新增劳动力的就业能力。",
    "完善就业服务体系，健全劳动力输出输入地区协调协作机制，引导劳动力特别是农民工有序流动。加快建立",
]


def test_a_title_whose_lines_fill_its_measure_goes_on_in_the_line_under_it() -> None:
    kinds = _elements_unspaced(*PYMUPDF_HEADLINE_WRAPPED_IN_A_SIDE_COLUMN)
    assert kinds[0] == ("title", "着力保障和改善民生，促进社会和谐进步")
    # negative: a title that ends before its measure (its last line short) stays apart from the line under it
    lines = ["着力保障和改善", "民生", "和谐进步", *PYMUPDF_HEADLINE_WRAPPED_IN_A_SIDE_COLUMN[3:]]
    assert ("title", "着力保障和改善民生和谐进步") not in _elements_unspaced(*lines)


#: pdftotext's text of a page of the second layout family: a kicker set over its title, printed after it.
PDFTOTEXT_KICKER_AFTER_ITS_TITLE = [
    "G 文献选读",
    "",
    "学习贯彻全国两会精神",
    "",
    "加强行政能力建设和政风建设",
    "2005年政府工作报告摘编",
    "",
    "一年来，我们在贯彻实施行政许",
    "可法、坚持科学民主决策、推进依法",
    "行政、加强社会管理等方面，做了一",
    "些工作。我们深知，政府自身建设还",
    "有不小差距。我们要认真贯彻党的十",
    "六届四中全会精神，加快政府自身改",
    "革和建设步伐。",
    "",
    "第一，深化政府机构改革。",
    "",
    "按照精简、统一、效能的原则和",
    "",
    "决策、执行、监督相协调的要求，完",
    "善机构设置，理顺职能分工，严格控",
    "制编制，实现政府职责、机构和编制",
    "的科学化、规范化、法定化。要巩固",
    "政府机构改革成果，及时解决出现的",
    "新问题。加快推进乡镇机构改革，重",
    "点是合理界定乡镇机构职能，精简机",
    "构和减少财政供养人员。积极稳妥地",
    "分类推进事业单位改革。依法规范对",
    "",
    "事业单位的授权行为。",
]


def test_a_dated_label_set_tight_under_a_title_is_no_line_of_it() -> None:
    elements = _page(*PDFTOTEXT_KICKER_AFTER_ITS_TITLE)
    titles = [e.text for e in elements if e.kind == "title"]
    assert "加强行政能力建设和政风建设" in titles and "2005年政府工作报告摘编" in titles
    # negative: a title wrapped inside a number stays one title
    lines = list(PDFTOTEXT_KICKER_AFTER_ITS_TITLE)
    lines[4:6] = ["1998年工作回顾和19", "99年工作的总体要求"]
    elements = _page(*lines)
    assert "1998年工作回顾和1999年工作的总体要求" in [e.text for e in elements if e.kind == "title"]


def _elements(*lines: str) -> list:
    from textclean.clean.layout import page_elements

    page: list[Line] = []
    for t in lines:
        page += [Line(len(page), t), Line(len(page) + 1, "")]
    return page_elements(page)


COLUMN_15 = (
    "和平与发展仍然是当今世界两",
    "大主题。发展需要和平，和平离不",
    "开发展。霸权主义、强权政治的存",
    "在，始终是解决和平与发展问题的",
    "关键。",
)


def test_a_line_over_a_paragraphs_first_line_is_a_head_even_as_wide_as_one() -> None:
    # 12 em over a 15 em column reads like a first line, but the line under it is one (indented, not full):
    # running text cannot put two first lines one under the other
    assert _titles(*BROAD_BODY, "国际形势和我们的对外政策", *COLUMN_15) == ["国际形势和我们的对外政策"]
    # negative: the first line itself, after the body above, stays running text
    assert _titles(*BROAD_BODY, *COLUMN_15) == []


def test_a_head_wrapped_inside_quotes_is_one_head() -> None:
    # the upper line opens a quote the lower one closes: together they are a head
    head = ("把揭批“四人", "帮”的斗争进行到底")
    assert _titles(*NARROW_BODY, *head, *BROAD_BODY) == ["".join(head)]
    # negative: a line that opens a quote nothing closes runs on into the body
    assert _titles(*NARROW_BODY, "把揭批“四人", *BROAD_BODY) == []


def test_a_dash_line_under_a_byline_is_the_subtitle() -> None:
    # ``——…`` right under the title's byline was left as the body's first line (an attribution)
    kinds = [(e.kind, e.text) for e in _elements("推进改革发展", "柳朗澜", "——2004年主要任务", *BROAD_BODY)]
    assert kinds[:3] == [("title", "推进改革发展"), ("byline", "柳朗澜"), ("subtitle", "——2004年主要任务")]
    # negative: a dash line after a sentence end closes the body (an attribution, not a subtitle)
    kinds = [e.kind for e in _elements("推进改革发展", "柳朗澜", *BROAD_BODY, "——北京大学法学院教授 陈一峰")]
    assert kinds == ["title", "byline", "body"]


def test_the_wrapped_end_of_a_subtitle_joins_it() -> None:
    # the subtitle wrapped: its end opens with 的, no headline does
    page = ("推进改革发展", "——坚持长期稳定发展经济", "的方针", "柳朗澜", *BROAD_BODY)
    assert [(e.kind, e.text) for e in _elements(*page)][1] == ("subtitle", "——坚持长期稳定发展经济的方针")
    # negative: a headline line under a subtitle stays apart
    page = ("推进改革发展", "——坚持长期稳定发展经济", "改革开放再出发", "柳朗澜", *BROAD_BODY)
    assert [e.kind for e in _elements(*page)][:3] == ["title", "subtitle", "title"]


def test_a_head_stack_is_one_head_when_some_line_of_it_misfits_the_column_above() -> None:
    # kicker (digits: it may be set as wide as the column above) and a title wrapped unevenly, between a
    # 16 em and a 24 em body: each line misfits the column below, one of them the column above too
    stack = ("2009年政府工作报告摘登", "统筹经济社会发展", "全面加强以改善民生为重点的社", "会建设")
    kinds = [e.kind for e in _elements(*NARROW_BODY, *stack, *BROAD_BODY)]
    assert len(kinds) > 2 and kinds[0] == kinds[-1] == "body" and "body" not in kinds[1:-1]
    # negative: lines that fit the column above (a first and a full line there) go on with its text, even
    # where the next column is narrower
    full = ("全面加强以改善民生为重点的社会建设，推动改革", "发展成果更多更公平惠及全体人民，统筹经济社会发")
    assert [e.kind for e in _elements(*BROAD_BODY, *full, *NARROW_BODY)] == ["body"]


def _kinds(lines: list[str]) -> list[tuple[str, int]]:
    """(kind, first line) of the layout elements of a page of ``lines``, a blank line after each."""
    from textclean.clean.layout import page_elements

    page = [Line(n, t) for i, text in enumerate(lines) for n, t in ((2 * i, text), (2 * i + 1, ""))]
    return [(e.kind, e.first // 2) for e in page_elements(page)]


NARROW = [
    "从旧学校中培养的知",
    "识分子，多数或大多数",
    "是能够或者愿意同工农",
    "兵结合的。应当在正确",
    "路线指引下，对于那些",
    "结合得好的要予以鼓励。",
]
WIDE = [
    "这场上层建筑领域中的大革命，同一切革命一样，根本问",
    "题是政权问题，是领导权掌握在哪个阶级手里的问题。各",
    "省、市、自治区成立了革命委员会，标志着这个革命取得",
    "了伟大的、决定性的胜利。但是革命并没有结束，还需要",
    "继续前进，把上层建筑领域中的社会主义革命进行到底。",
]


def test_a_full_width_line_after_a_sentence_end_over_another_column_is_a_head() -> None:
    # a paragraph's first line is indented: a line as full as the narrow column, right after its last
    # sentence, over a much wider column, is the next article's headline (pdfminer, cpc-09-01)
    head = "关于认真搞好斗批改工"
    kinds = _kinds([*NARROW, head, *WIDE])
    assert ("title", len(NARROW)) in kinds
    assert kinds[-1] == ("body", len(NARROW) + 1)
    # negative: over the same column it is running text, a paragraph that goes on full
    assert _kinds([*NARROW, head, *NARROW]) == [("body", 0)]


def _spaced_elements(*lines: tuple[str, bool]) -> list[tuple[str, str]]:
    """(kind, text) of the layout elements of a page of ``(line, blank line after it)``."""
    from textclean.clean.layout import page_elements

    page: list[Line] = []
    for text, blank in lines:
        page.append(Line(len(page), text))
        if blank:
            page.append(Line(len(page), ""))
    return [(e.kind, e.text) for e in page_elements(page)]


def _between(column: list[str], lines: list[tuple[str, bool]], after: list[str]) -> list[tuple[str, str]]:
    """(kind, text) of a page of ``lines`` (``(line, blank line after it)``) set between the spaced lines of
    ``column`` and those of ``after``."""
    return _spaced_elements(*[(t, True) for t in column], *lines, *[(t, True) for t in after])


COLUMN_18 = [
    "正主义路线，摧毁了刘少奇反革命修正主义",
    "集团，履行了我们党的无产阶级国际主义义",
    "务，我们党的队伍更加纯洁，更加坚强。",
]
NEXT_18 = [
    "全党团结起来，全国人民团结起来，为了",
    "高举毛泽东思想伟大红旗，下定决心，不",
    "怕牺牲，排除万难，去争取更大的胜利，",
    "我们一定要把社会主义革命进行到底。",
]


def test_a_stack_of_three_tight_short_lines_between_bodies_is_a_kicker_over_a_wrapped_title() -> None:
    stack = [("党的九大报告摘编", False), ("全党、全国人民团结", False), ("起来，争取更大的胜利", True)]
    kinds = _between(COLUMN_18, stack, NEXT_18)
    assert kinds[1:3] == [("title", "党的九大报告摘编"), ("title", "全党、全国人民团结起来，争取更大的胜利")]
    assert kinds[0][0] == kinds[3][0] == "body"
    # negative: a phrase wrapped over two tight lines, in the same column, is the body's subheading
    two = [("全党、全国人民团结", False), ("起来，争取更大的胜利", True)]
    assert [k for k, _ in _between(COLUMN_18, two, NEXT_18)] == ["body"]


def test_a_full_width_line_after_a_sentence_end_over_a_byline_is_the_next_articles_title() -> None:
    column = [
        "一项重要的战略措施。全党同志和全体干",
        "部，都要充分认识现代化建设的需要，积极",
        "参加培训，努力学习新的知识和新的本领，",
        "在各自的岗位上做出新的更大的成绩来。",
    ]
    title = "加强党在工人、农民、知识分子和青年中的工作"
    body = [
        "我们党之所以有力量，就因为党代表着最广大人民的利益。党在",
        "国家生活中的领导地位，决定了党的活动同广大人民的利害得失",
        "关系极大，而这种地位又很容易使党的干部脱离群众。",
    ]
    kinds = _spaced_elements(
        *[(t, True) for t in column], (title, True), ("莫璐琛 邓逸", True), *[(t, True) for t in body]
    )
    assert [k for k, _ in kinds] == ["body", "title", "byline", "body"]
    assert kinds[1] == ("title", title)
    # negative: as wide as a line of the column, but after no sentence end, it goes on with the text above
    column[-1] = "在各自的岗位上做出新的更大的成绩来，"
    kinds = _spaced_elements(
        *[(t, True) for t in column], (title, True), ("莫璐琛 邓逸", True), *[(t, True) for t in body]
    )
    assert ("title", title) not in kinds


def test_two_short_sentence_less_lines_under_a_headline_and_over_a_byline_are_headline() -> None:
    # a title with a comma in it (not headline-like), wrapped, under a kicker and over the byline
    body = [(t, True) for t in NEXT_18]
    head = [("党的十一大报告摘登", True), ("一定要把党的各级领", False), ("导班子整顿好、建设好", True)]
    kinds = _spaced_elements(*head, ("金绮阳 肖阳璐", True), *body)
    assert [k for k, _ in kinds] == ["title", "title", "byline", "body"]
    assert kinds[1] == ("title", "一定要把党的各级领导班子整顿好、建设好")
    # negative: lines that finish a sentence are running text, even that short
    head[-1] = ("导班子整顿好、建设好。", True)
    assert [k for k, _ in _spaced_elements(*head, ("金绮阳 肖阳璐", True), *body)] == [
        "title",
        "body",
        "byline",
        "body",
    ]


def test_a_short_line_set_tight_over_a_much_wider_one_at_the_top_is_not_its_upper_half() -> None:
    # a wrapped headline's upper line is the fuller one: a much narrower line over it is a banner or kicker
    assert _titles("理论周刊", "关于党的整顿和建设工作", "周明", *BODY_7, tight=1) == [
        "理论周刊",
        "关于党的整顿和建设工作",
    ]
    # negative: the fuller line over the shorter one is one wrapped headline
    assert _titles("推进产业工人队伍", "建设改革", "周明", *BODY_7, tight=1) == ["推进产业工人队伍建设改革"]


def test_a_change_of_measure_after_a_sentence_end_starts_another_articles_body() -> None:
    # no headline between them: the narrow column's article ends, the wide column's begins (its head elsewhere)
    narrow = [
        "从旧学校中培养的知识分子，多",
        "数或大多数是能够或者愿意同工",
        "农兵结合的。应当在正确路线指",
        "引下，由工农兵给他们以再教育，",
        "对于那些结合得好的，对于那些",
        "积极上山下乡的，要予以鼓励。",
    ]
    wide = [
        "这场上层建筑领域中的大革命，同一切革命一",
        "样，根本问题是政权问题，是领导权掌握在哪个阶",
        "级手里的问题。全国各省、市、自治区成立了革命",
        "委员会，标志着这个革命取得了伟大的、决定性的",
        "胜利。但是革命并没有结束，无产阶级需要继续前",
        "进，把上层建筑领域中的社会主义革命进行到底。",
    ]
    kinds = _spaced_elements(*[(t, True) for t in narrow + wide])
    assert [k for k, _ in kinds] == ["body", "body"]
    # negative: in one measure, a sentence end is a paragraph's end, and the body goes on
    assert [k for k, _ in _spaced_elements(*[(t, True) for t in narrow + narrow])] == ["body"]


#: pdftotext's text of devpages gov-2001-02: one article's 22 em column ends, the next article's 31 em column
#: begins after a blank line (its headline stands elsewhere), its first paragraph two lines long.
PDFTOTEXT_TWO_MEASURES = [
    "续深化农村金融改革，积极探索适应农村经济发展",
    "要求的农村金融体系。因地制宜加快农村信用社管",
    "理体制改革，关键是要明确产权关系，完善法人治",
    "理结构，落实防范和化解风险的责任。农村信用社",
    "要坚持为农业、农村、农民服务的方向，加强经营",
    "管理，充分发挥在农村金融中的主力军和联系农民",
    "的金融纽带作用。农业银行和其他金融机构要加强",
    "对农业和农村经济的支持。深化农村供销社改革。",
    "",
    "产业结构调整和升级，是经济结构战略性调整的重点，要突出以下",
    "几个方面。",
    "用高新技术和先进适用技术改造提升传统产业。要把传统产业的改",
    "组改造放在重要位置，以市场为导向，以企业为主体，以技术进步为支",
    "撑，抓好几个环节。一是围绕增加品种、改善质量、节能降耗、防治污",
    "染和提高劳动生产率，在能源、冶金、化工、轻纺、机械、汽车、建材",
    "及建筑等行业，支持一批重点企业技术改造，切实提高工艺和装备水",
    "平。二是通过自主创新和引进技术，加快对推动结构升级的共性技术、",
    "关键技术和配套技术的开发。振兴装备制造业，开发制造急需的大型高",
]


def test_the_measure_above_a_sentence_end_is_read_from_the_body_cut_there_not_across_the_cut_above() -> None:
    from textclean.clean.layout import page_elements

    elements = page_elements([Line(i, t) for i, t in enumerate(["国际形势和对外政策", *PDFTOTEXT_TWO_MEASURES])])
    bodies = [[it.text for it in e.items] for e in elements if e.kind == "body"]
    # the measure changes after 改革。: two articles' bodies; at the end of the wide column's two-line first
    # paragraph, the lines above it once reached back across that cut into the narrow column and cut the
    # wide article's body again (its first two lines stood alone, the rest went on untitled)
    assert [(b[0][:4], len(b)) for b in bodies] == [("续深化农", 8), ("产业结构", 9)]
    # negative: where the body cut there has lines enough to tell its measure, a change of it cuts again
    lines = ["国际形势和对外政策", *PDFTOTEXT_TWO_MEASURES, "效和先进成套技术装备。", *PDFTOTEXT_TWO_MEASURES[:8]]
    elements = page_elements([Line(i, t) for i, t in enumerate(lines)])
    bodies = [[it.text for it in e.items] for e in elements if e.kind == "body"]
    assert [(b[0][:4], len(b)) for b in bodies] == [("续深化农", 8), ("产业结构", 10), ("续深化农", 8)]


#: pdftotext's text of devpages gov-2022-02: a 33 em column ends an article; the next article's title, a block of
#: its own (a blank line before and after it), stands over its 23 em body set tight.
PDFTOTEXT_TITLE_BLOCK_OVER_A_NEW_MEASURE = [
    "推进财税金融体制改革。深化预算绩效管理改革，增强预算的约束力和",
    "透明度。推进省以下财政体制改革。完善税收征管制度，依法打击偷税骗",
    "税。加强和改进金融监管。深化中小银行股权结构和公司治理改革，加快不",
    "良资产处置。完善民营企业债券融资支持机制，全面实行股票发行注册制，",
    "促进资本市场平稳健康发展。",
    "",
    "着力稳市场主体保就业，加大宏观政策实施力度",
    "",
    "完善减负纾困等政策，夯实经济稳定运行、质量提",
    "升的基础。",
    "实施新的组合式税费支持政策。坚持阶段性措施和",
    "制度性安排相结合，减税与退税并举。一方面，延续实",
    "施扶持制造业、小微企业和个体工商户的减税降费政",
    "策，并提高减免幅度、扩大适用范围。对小规模纳税人",
    "阶段性免征增值税。对小微企业年应纳税所得额100万",
]


def test_a_line_set_apart_as_a_block_of_its_own_over_a_new_measure_is_the_next_articles_title() -> None:
    # as wide as a paragraph's first line of the narrow column and holding a comma, but alone in its block
    # over text set tight (pdftotext parts blocks, not paragraphs): the title of the body cut there
    elements = _after_a_title(PDFTOTEXT_TITLE_BLOCK_OVER_A_NEW_MEASURE)[2:]
    assert elements == [("body", 5), ("title", "着力稳市场主体保就业，加大宏观政策实施力度"), ("body", 7)]
    # negative: set tight over the body's next line, it is that body's first line
    tight = [t for i, t in enumerate(PDFTOTEXT_TITLE_BLOCK_OVER_A_NEW_MEASURE) if i != 7]
    assert _after_a_title(tight)[2:] == [("body", 5), ("body", 8)]


def test_a_long_headline_broken_inside_a_word_is_one_title_whatever_its_width() -> None:
    # 17 em: wider than a one-column headline wraps by shape, but 利|益 is one word broken in two
    title = "推进产业工人队伍建设改革走深走实"
    upper, lower = "充分认识改革中兼顾当前利益和长远利", "益局部利益和全局利益的必要性"
    assert _titles(upper, lower, title, "周明", *BODY_7) == [upper + lower, title]
    # negative: as wide, broken between words, the lines stay apart
    upper, lower = "充分认识改革中兼顾当前利益和长远利益", "局部利益和全局利益的必要性"
    assert _titles(upper, lower, title, "周明", *BODY_7) == [upper, lower, title]


def test_two_wrapped_titles_whose_lines_break_a_word_between_them_are_one_title() -> None:
    # PyMuPDF's text of devpages gov-1986-04 (no blank line on the page): four headline lines, each pair joined
    # as a wrapped title (当 / 前, 利 / 益); 长远利 / 益 breaks a word between the pairs: one title of four lines
    lines = ("充分认识改革中兼顾当", "前利益和长远利", "益、局部利益和全局利", "益的必要性")
    assert _titles(*lines, *BODY_7, tight=99) == ["充分认识改革中兼顾当前利益和长远利益、局部利益和全局利益的必要性"]
    # negative: two wrapped titles that meet between words stay two (a kicker and its title, or two heads), in
    # measures of their own (in one narrow measure, the first ending short, they are two halves: boxed.py)
    lines = ("加强职业技能培", "训体系建设", "完善劳动法律监督", "机制")
    assert _titles(*lines, *BODY_7, tight=99) == ["加强职业技能培训体系建设", "完善劳动法律监督机制"]


def test_a_headline_line_printed_twice_on_the_page_is_joined_to_no_title_by_shape() -> None:
    # a series label over two articles' titles: by shape each pair would be one wrapped title
    # (on a page without blank lines, where shape pairs short lines)
    page = ("题头", "栏目名称", "导语", "全面回顾一年工作", "深入推进改革开放", "周明", *BODY_7)
    twice = (*page, "全面回顾一年工作", "大力发展社会事业", "李华", *BODY_7)
    titles = _titles(*twice, tight=len(twice))
    assert titles.count("全面回顾一年工作") == 2 and "深入推进改革开放" in titles and "大力发展社会事业" in titles
    # negative: printed once, the two short lines are halves of one wrapped title, as before
    assert "全面回顾一年工作 深入推进改革开放" in _titles(*page, tight=len(page))


def test_a_line_opening_as_a_label_is_not_joined_to_the_title_under_it_by_shape() -> None:
    # PyMuPDF's text of devpages gov-1957-01 (no blank line on the page): the kicker 1957年政府工作报告摘编 set
    # tight over the title 关于教育改革问题; by shape, two short lines, they were one title. A line that opens
    # with a number, a time word, a preposition or a word and 的 is a label, not a headline's upper half.
    for kicker in ("1957年政府工作报告摘编", "党的十二大报告摘编", "今后五年的主要任务"):
        page = ("题头", "栏目名称", "导语", kicker, "关于教育改革问题", "周明", *BODY_7)
        assert _titles(*page, tight=len(page))[-2:] == [kicker, "关于教育改革问题"]
    # negative: the halves of a two-part headline, each opening with its verb, still join by shape
    page = ("题头", "栏目名称", "导语", "加快发展现代农业", "促进农民持续增收", "周明", *BODY_7)
    assert _titles(*page, tight=len(page))[-1] == "加快发展现代农业 促进农民持续增收"


def test_a_headline_line_opening_with_a_conjunction_goes_on_from_the_line_above() -> None:
    # PyMuPDF's text of devpages gov-2022-01: a title wrapped before its 和; the upper line opens with a year
    # (a label's opening), so only the conjunction tells that the two lines are one title
    page = ("题头", "栏目名称", "导语", "2022年经济社会发展总体要求", "和政策取向", "周明", *BODY_7)
    assert _titles(*page, tight=len(page))[-1] == "2022年经济社会发展总体要求和政策取向"
    # negative: 和平 opens with the same character and is no conjunction
    page = ("题头", "栏目名称", "导语", "2022年经济社会发展总体要求", "和平发展新局面", "周明", *BODY_7)
    assert _titles(*page, tight=len(page))[-2:] == ["2022年经济社会发展总体要求", "和平发展新局面"]


def test_a_line_of_two_commas_between_two_bodies_is_running_text_not_a_head() -> None:
    # as short as a head between a 16 em body and a 24 em one, but a sentence's clauses: running text
    assert _titles(*NARROW_BODY, "这些成就，标志着国力增强，我们", *BROAD_BODY) == []
    # negative: one comma between a headline's two halves is a head
    assert _titles(*NARROW_BODY, "这些成就标志着国力增强，我们", *BROAD_BODY) == ["这些成就标志着国力增强，我们"]


#: pdftotext's text of devpages cpc-15-04: no blank line between paragraphs, one before the next article's title
#: (pdftotext prints a blank line only where a block of text ends).
PDFTOTEXT_TITLE_AFTER_BLANK = [
    "党这样集中了那么多先进分子，组",
    "织得那么严密和广泛，为中华民族",
    "作出了那么多牺牲，同人民保持着",
    "密切的联系，在前进中善于总结经",
    "验、郑重对待自己的失误，以形成",
    "并坚持正确的理论和路线。历史把",
    "重大责任赋予我们党，人民对我们",
    "党寄予厚望。党领导人民在二十世",
    "纪写下了光辉篇章，也一定能在二",
    "十一世纪写下新的光辉篇章。",
    "党的领导和党的建设，历来是",
    "同党的历史任务，同党为实现这些",
    "任务而确立的理论和路线联系在一",
    "起的。以毛泽东为核心的第一代领",
    "导集体，以马克思列宁主义为指",
    "导，联系党的政治路线，成功地实",
    "施党的建设的伟大工程，建设了一",
    "支领导人民夺取新民主主义革命胜",
    "利、建立社会主义制度的工人阶级",
    "先锋队。以邓小平为核心的第二代",
    "领导集体，把马克思列宁主义、毛",
    "泽东思想创造性地运用于当代中",
    "国，围绕在改革开放和现代化建设",
    "条件下建设一个什么样的党、怎样",
    "建设党的问题，开创了党的建设新",
    "的伟大工程。面向新世纪，党中央",
    "领导全党正在继续推进这个新的伟",
    "大工程，就是要把党建设成为用邓",
    "小平理论武装起来、全心全意为人",
    "民服务、思想上政治上组织上完全",
    "巩固、能够经受住各种风险、始终",
    "走在时代前列、领导全国人民建设",
    "有中国特色社会主义的马克思主义",
    "政党。全党要按照新的伟大工程的",
    "总目标，从思想上、组织上、作风",
    "上全面加强党的建设，不断提高领",
    "导水平和执政水平，不断增强拒腐",
    "防变的能力，以新的面貌和更强大",
    "的战斗力，带领人民完成新的历史",
    "任务。",
    "",
    "面向新世纪的中国共产党",
    "加强党的思想建设，根本的是",
    "坚定不移地用邓小平理论武装全",
    "党，充分发挥党的思想政治优势。",
    "邓小平理论为我们党认识世界和改",
    "造世界提供了新的强大思想武器。",
    "全党要重视学习，善于学习，兴起",
    "一个学习马列主义、毛泽东思想特",
    "别是邓小平理论的新高潮。高举邓",
    "小平理论伟大旗帜，各级领导干部",
    "尤其是几百名中央委员、几千名省",
]


def _after_a_title(lines: list[str]) -> list[tuple[str, str | int]]:
    from textclean.clean.layout import page_elements

    els = page_elements([Line(i, t) for i, t in enumerate(["国际形势和对外政策", "黎怡璐", *lines])])
    return [(e.kind, len(e.items) if e.kind == "body" else e.text) for e in els]


def test_a_short_line_set_apart_by_the_only_blank_line_is_the_next_articles_title() -> None:
    # the line fits the column as a subheading would, but in a body whose paragraphs run on with no blank line,
    # the blank line before it sets it apart: a head in a block of its own
    assert _after_a_title(PDFTOTEXT_TITLE_AFTER_BLANK)[2:] == [
        ("body", 40),
        ("title", "面向新世纪的中国共产党"),
        ("body", 10),
    ]
    # negative: where a blank line stands before every paragraph (the seeds' layout), it says nothing
    spaced = [x for t in PDFTOTEXT_TITLE_AFTER_BLANK if t for x in ([t, ""] if t.endswith("。") else [t])]
    assert _after_a_title(spaced)[2:] == [("body", 51)]


#: pdftotext's text of devpages cpc-13-05: a head set beside the column, read inside a sentence between two blank
#: lines (none between the paragraphs).
PDFTOTEXT_HEAD_INSIDE_A_SENTENCE = [
    "地开展工作，能够在维护全国人民总",
    "体利益的同时，更好地表达和维护各",
    "自所代表的群众的具体利益。群众团",
    "体也要改革组织制度，转变活动方",
    "式，积极参与社会协商对话、民主管",
    "理和民主监督，把工作重点放在基",
    "层，克服“官”气和行政化倾向，赢",
    "得群众特别是基层群众的信任。",
    "近年来，我国选举的民主程度正",
    "在不断提高。但是，选举制度还不够",
    "",
    "建立社会协商对话制度",
    "",
    "中国共产党是马克思列",
    "宁主义、毛泽东思想武装起",
    "来的党，是经受了长期斗争",
    "锻炼的坚强的党。为了胜利",
    "完成这次代表大会确定的艰",
    "巨复杂的任务，更好地担负",
    "起领导建设有中国特色的社",
    "会主义的伟大历史责任，我",
    "们必须研究新的条件下党的",
    "建设的理论和实践，进一步",
    "转变不适应新形势需要的观",
]


def test_a_head_read_inside_a_sentence_is_cut_out_of_the_body() -> None:
    expected = [("body", 10), ("title", "建立社会协商对话制度"), ("body", 11)]
    # set apart by blank lines where they mark blocks (pdftotext) ...
    assert _after_a_title(PDFTOTEXT_HEAD_INSIDE_A_SENTENCE)[2:] == expected
    # ... or, with no blank line that tells, by its shape: a short line under a full one
    tight = [t for t in PDFTOTEXT_HEAD_INSIDE_A_SENTENCE if t]
    assert _after_a_title(tight)[2:] == expected
    assert _after_a_title([x for t in tight for x in (t, "")])[2:] == expected
    # negative: the words above carry on into the line (完 / 善…: one word): running text
    carried = [{"在不断提高。但是，选举制度还不够": "在不断提高。但是，选举制度还不够完"}.get(t, t) for t in tight]
    carried = [{"建立社会协商对话制度": "善社会协商对话制度"}.get(t, t) for t in carried]
    assert _after_a_title(carried)[2:] == [("body", 22)]
    # negative: under a short line (the end of a numbered subheading wrapped over two lines), by shape alone
    numbered = [{"在不断提高。但是，选举制度还不够": "（二）改革和完善选举制度，加快建设"}.get(t, t) for t in tight]
    numbered.remove("近年来，我国选举的民主程度正")
    assert ("title", "建立社会协商对话制度") not in _after_a_title(numbered)


def test_a_head_read_inside_a_sentence_that_goes_on_past_it_is_lifted_out() -> None:
    # the words carry on across the head (不够完 / 善): one sentence, read on; the head is set after the body
    tight = [t for t in PDFTOTEXT_HEAD_INSIDE_A_SENTENCE if t]
    lines = [{"在不断提高。但是，选举制度还不够": "在不断提高。但是，选举制度还不够完"}.get(t, t) for t in tight]
    lines = [{"中国共产党是马克思列": "善，中国共产党是马"}.get(t, t) for t in lines]
    elements = _after_a_title(lines)[2:]
    assert elements[:2] == [("body", 21), ("title", "建立社会协商对话制度")]


#: pdfminer's text of devpages cpc-12-01: the article's title, set across the column, read inside a sentence whose
#: line above ends in 的 (it leaves the sentence open, but the sentence goes on past the head, not into it).
PDFMINER_TITLE_AFTER_AN_OPEN_LINE = [
    "社会主义民主是资产阶级民主所",
    "无法比拟的。社会主义民主制度和民",
    "主生活的建设需要进行长期的、大量",
    "的工作，过去我们做得还很不够，在",
    "“文化大革命”中又遭到严重破坏。",
    "近几年来，我国社会主义民主得到了",
    "恢复和发展。我们一定要按照民主集",
    "中制的原则，继续改革和完善国家的",
    "努力建设高度的社会主",
    "义民主",
    "政治体制和领导体制，使人民能够更",
    "好地行使国家权力，使国家机关能够",
    "更有效地领导和组织社会主义建设。",
    "社会主义民主要扩展到政治生活、经",
]


def test_a_head_read_under_a_line_left_open_is_lifted_out_of_the_sentence_that_goes_on_past_it() -> None:
    # pdfminer sets the head's two lines tight, apart from the text by a blank line before and after
    lines = [x for t in PDFMINER_TITLE_AFTER_AN_OPEN_LINE for x in ([t] if t == "努力建设高度的社会主" else [t, ""])]
    elements = _after_a_title(lines)[2:]
    assert elements[:2] == [("body", 12), ("title", "努力建设高度的社会主义民主")]
    # negative: a line opening its sentence (after a sentence end), left open over a short line, is a wrapped
    # subheading (devpages gov-1958-01: 以下我们还要说到交通运输和商业战线上的 / 情况), not a head read into it
    wrapped = [
        "设的计划，就可以大大地超额完成。",
        "以下我们还要说到交通运输和商业战线上的",
        "情况",
        "一九五七年建设铁路新线和复线共计一",
        "千一百多公里，举世瞩目的长江大桥、宝成",
    ]
    lines = [*PDFMINER_TITLE_AFTER_AN_OPEN_LINE[:5], *wrapped]
    spaced = [x for t in lines for x in ([t] if t.endswith("的") and t.startswith("以下") else [t, ""])]
    assert ("title", "情况") not in _after_a_title(spaced)


def test_the_end_of_a_bracket_opened_above_is_no_head_read_inside_a_sentence() -> None:
    # pdfminer's text of devpages cpc-09-01: a citation's bracket, opened on one full line, closes on a short one
    lines = [
        "列宁还指出了“新的资产阶级”正在“从我",
        "们苏维埃的职员中间产生出来”。（《列宁全集》",
        "中文版，第二十九卷，第一百六十二页）",
        "列宁指出复辟的危险还来自资本主义的包",
        "围：帝国主义国家“不会放过任何一个机会来进",
        "行它们所说的武装干涉，也就是扼杀苏维埃政",
        "权。”（《列宁全集》中文版，第三十一卷，第四",
        "百二十三页）",
        "苏修叛徒集团彻底背叛了列宁的这些光辉的",
        "教导。从赫鲁晓夫到勃列日涅夫之流，都是早就",
        "隐藏在苏联共产党内的走资本主义道路的当权",
        "派。他们一上台，就立刻把资产阶级的“复辟希",
    ]
    assert _after_a_title([x for t in lines for x in (t, "")])[2:] == [("body", 12)]
    # the same short line, closing no bracket, is a head read into the sentence
    headed = [{"百二十三页）": "百二十三页"}.get(t, t) for t in lines]
    assert _after_a_title([x for t in headed for x in (t, "")])[2:] == [
        ("body", 7),
        ("title", "百二十三页"),
        ("body", 4),
    ]


#: pdfminer's text of devpages cpc-19-03: the page opens with the top of a column read on from elsewhere.
COLUMN_TOP = [
    "农业农村农民问题是",
    "关系国计民生的根本性问",
    "题 ， 必 须 始 终 把 解 决 好",
    "“三农”问题作为全党工",
    "作重中之重。要坚持农业",
    "农村优先发展，按照产业",
    "兴旺、生态宜居、乡风文",
    "明、治理有效、生活富裕",
    "的总要求，建立健全城乡",
]


def test_headline_like_lines_whose_words_carry_on_into_the_text_below_are_text() -> None:
    # 根本性问 / 题: the word runs across the break, so the short line is running text, not a head
    assert "关系国计民生的根本性问" not in _titles(*COLUMN_TOP)
    # negative: a head line whose words stop at the break stays a head
    headed = [
        {
            "关系国计民生的根本性问": "关系国计民生的根本性",
            "题 ， 必 须 始 终 把 解 决 好": "必 须 始 终 把 解 决 好",
        }.get(t, t)
        for t in COLUMN_TOP
    ]
    assert "关系国计民生的根本性" in _titles(*headed)


#: A synthetic page in the seeds' layout (ragged lines, a blank line after each): a subheading, then paragraphs.
RAGGED_PARAGRAPHS = [
    "在社会治理中发挥工会劳动",
    "法律监督作用的必要性",
    "劳动法律法规的执行和落实直",
    "接关系到职工的切身利益和获得感。",
    "相关数据表明，用人单位和劳动者之",
    "间的劳动争议主要集中在劳动法律",
    "法规的执行层面。很多违法违规行为",
    "具有隐蔽性和普遍性，职工个体难以甄",
    "别和与之抗衡，而工会法律监督具有",
    "组织性，能够从更大范围、更广层面发现",
    "问题，督促解决问题，进而保护劳动者合",
    "法权益，是工会组织参与社会治理的",
    "重要方式。",
]


def test_lines_after_a_sentence_end_whose_words_carry_on_below_open_a_paragraph() -> None:
    # 劳动者之 / 间: the short line after the sentence end misfits the column, but its words run on into the
    # line under it: a paragraph's first line, not the next article's head
    assert "相关数据表明，用人单位和劳动者之" not in _titles("工会劳动法律监督", "周明", *RAGGED_PARAGRAPHS)
    # negative: a short line whose words stop at the break is still a head there
    headed = [{"相关数据表明，用人单位和劳动者之": "相关数据表明"}.get(t, t) for t in RAGGED_PARAGRAPHS]
    assert "相关数据表明" in _titles("工会劳动法律监督", "周明", *headed)


def _heads(lines: list[str], tight: set[int] | None = None) -> list[tuple[str, str]]:
    """(kind, text) of the headline elements :func:`page_elements` finds in a page of ``lines``: a blank line after
    each but those in ``tight``; with ``tight`` None, no blank line at all (as PyMuPDF prints)."""
    from textclean.clean.layout import page_elements

    page: list[Line] = []
    for i, t in enumerate(lines):
        page.append(Line(len(page), t))
        if tight is not None and i not in tight:
            page.append(Line(len(page), ""))
    return [(e.kind, e.text) for e in page_elements(page) if e.kind in ("title", "subtitle")]


#: A narrow column's first lines: 把实施扩大内需战略 and 同深化… hold no punctuation, as a headline line does.
NARROW_COLUMN_TOP = [
    "把实施扩大内需战略",
    "同深化供给侧结构性改革",
    "有机结合起来，更好统筹",
    "消费和投资，增强对经济",
    "增长的拉动作用。促进消",
    "费稳定增长。从增加收入",
    "、优化供给、减少限制性",
    "措施等方面综合施策。",
]


def test_a_headline_with_a_comma_set_tight_on_a_spaced_page_is_a_title() -> None:
    # pdfminer: a blank line after every printed line but inside the headline block
    page = ["G 读报告", "着力扩大国内需求，", "推动经济实现良性循环", *NARROW_COLUMN_TOP]
    assert _heads(page, tight={1}) == [("title", "着力扩大国内需求，推动经济实现良性循环")]
    # negative: the same two lines set as running text (a blank after each) are the body's
    assert _heads(page, tight=set()) == []


def test_a_headline_with_a_comma_over_a_subtitle_is_a_title_on_a_page_without_blank_lines() -> None:
    # PyMuPDF: no blank lines; the subtitle line under the two says they are a headline
    page = ["G", "理论学习", "加强农业基础建设，促进", "农业发展和农民增收", "——2008年主要任务", *NARROW_COLUMN_TOP]
    assert _heads(page) == [("title", "加强农业基础建设，促进农业发展和农民增收"), ("subtitle", "——2008年主要任务")]
    # without the subtitle, the line under the two opens a paragraph: ending no sentence, they cannot be
    # running text that stops there (innerheads._over_head_line), so they are a head still
    assert _heads([*page[:4], *NARROW_COLUMN_TOP]) == [("title", "加强农业基础建设，促进农业发展和农民增收")]
    # negative: two lines that end a sentence over the paragraph are the body's own text
    assert _heads([*page[:3], "农业发展和农民增收。", *NARROW_COLUMN_TOP]) == []


def test_a_subtitle_wrapped_inside_a_word_goes_on_in_its_next_line() -> None:
    # 党的建 / 设新的伟大工程: the word runs on, so the short line is the subtitle's end, not a title of its own
    page = [
        "G",
        "读报告",
        "切实改进党的作风，着",
        "力加强反腐倡廉建设",
        "——以改革创新精神全面推进党的建",
        "设新的伟大工程",
    ]
    body = [
        "优良的党风是凝聚党心民心的巨大力量。要坚持人民",
        "是历史创造者的历史唯物主义观点，坚持全心全意为人民",
        "服务，坚持群众路线。",
    ]
    assert _heads([*page, *body]) == [
        ("title", "切实改进党的作风，着力加强反腐倡廉建设"),
        ("subtitle", "——以改革创新精神全面推进党的建设新的伟大工程"),
    ]


def test_headline_lines_under_a_headline_with_a_comma_down_to_a_box_are_headlines_too() -> None:
    # a page that opens with one article's headline over the next one's kicker and title, then its pull quote
    # (the title much wider than the kicker: two short lines of a width would be joined as one wrapped title)
    page = ["提高保障和改善民生水平，", "加强和创新社会治理", "党的十九大报告摘编", "全面建成覆盖全民的社会保障体系"]
    box = ["●观 点", "人民健康是民族昌盛和国", "家富强的重要标志。"]
    body = [
        "按照兜底线、织密网、建机制的要",
        "求，全面建成覆盖全民、城乡统筹、权责",
        "清晰、保障适度、可持续的多层次社会保",
        "障体系。",
    ]
    assert [t for _, t in _heads([*page, *box, *body], tight={0})] == [
        "提高保障和改善民生水平，加强和创新社会治理",
        "党的十九大报告摘编",
        "全面建成覆盖全民的社会保障体系",
    ]
    # negative: headline-like lines with running text under them are the body's first lines
    assert [t for _, t in _heads([*page[:2], *NARROW_COLUMN_TOP], tight={0})] == [
        "提高保障和改善民生水平，加强和创新社会治理"
    ]


def test_a_headline_with_a_comma_may_open_with_a_headline_like_line() -> None:
    # 大力发展农业生产和加 has no comma of its own (a headline line by itself); the line set tight under it has one
    page = ["G 报告摘编", "大力发展农业生产和加", "强基础工业、基础设施的建设", *NARROW_COLUMN_TOP]
    assert _heads(page, tight={1}) == [("title", "大力发展农业生产和加强基础工业、基础设施的建设")]
    # negative: set apart by a blank line, as running text is on such a page, the two are the body's
    assert _heads(page, tight=set()) == []


def _element_texts(lines: list[str]) -> list[tuple[str, str]]:
    """(kind, text) of every element :func:`page_elements` finds in a page of ``lines`` (a blank line after each),
    a body's text its lines joined."""
    from textclean.clean.layout import page_elements

    page: list[Line] = []
    for t in lines:
        page += [Line(len(page), t), Line(len(page) + 1, "")]
    return [(e.kind, e.text or "".join(it.text for it in e.items)) for e in page_elements(page)]


def test_running_text_read_line_by_line_with_the_head_beside_it_is_one_body_under_that_head() -> None:
    # pdfminer reads the column label and the byline set beside the body's first lines between those lines;
    # 团 / 结 breaks a word: the short lines around the label are the body's, not headlines
    body = ["强国、实现第二个百年奋斗目标，以中国式现", "代化全面推进中华民族伟大复兴。"]
    first = ["从现在起，中国共产党的中心任务就是团", "G 报告摘编", "结带领全国各族人民全面建成社会主义现代化", "余悦桐"]
    assert [k for k, _ in _element_texts([*first, *body])] == ["column", "byline", "body"]
    assert _element_texts([*first, *body])[-1][1].startswith("从现在起，中国共产党的中心任务就是团结带领全国各族人民")
    # negative: where the line above the label breaks no word, the lines stay headlines
    headed = ["从现在起，中国共产党的中心任务", *first[1:]]
    assert [k for k, _ in _element_texts([*headed, *body])][:2] == ["title", "column"]
    # negative: nor does a line far short of the text's lines, a headline, whatever its last word
    short = ["中心任务就是团", *first[1:]]
    assert [k for k, _ in _element_texts([*short, *body])][:2] == ["title", "column"]


def test_a_title_set_tight_over_a_body_set_tight_is_still_a_title() -> None:
    # pdftotext sets every line of a block tight, a title over its body too; a blank line only ends a block
    from textclean.clean.layout import page_elements

    before = ["会的作用，进一步活跃基层民主生活。", "（作者为某某师范大学政治与公共管理学院教授）"]
    body = [
        "过去五年，中国政府坚定不移地奉行独立自",
        "主的和平外交政策，克服种种困难，经受了国际",
        "风云变幻的考验，为我国的改革开放和现代化建",
        "设争取了和平的国际环境，作出了不懈的努力。",
    ]

    page = [Line(0, before[0]), Line(1, before[1]), Line(2, ""), Line(3, "关于我国的外交工作")]
    page += [Line(4 + k, t) for k, t in enumerate(body)]
    assert [e.text for e in page_elements(page) if e.kind == "title"] == ["关于我国的外交工作"]
    # negative: over a body whose lines each have a blank after them (pdfminer), a line set tight reads as the
    # body's first line (a head there is found again inside the body, by its shape)
    from textclean.clean.opening import is_first_body_line
    from textclean.clean.roles import Item

    def items(gapped: bool) -> list[Item]:
        return [Item(k, t, t, float(len(t)), True, gapped) for k, t in enumerate(body)]

    title = Item(0, "关于我国的外交工作", "关于我国的外交工作", 9.0, True, False)
    assert is_first_body_line([title], items(gapped=True), "note")
    assert not is_first_body_line([title], items(gapped=False), "note")


def test_a_first_line_over_lines_whose_words_carry_on_is_body_not_title() -> None:
    # 指 / 导 runs on: the second line is running text; the line above it, a paragraph's first line (short of
    # the column by its lost indent), is the body's too, not a headline
    body = [
        "一九五九年是我国人民",
        "在社会主义建设总路线的指",
        "导下，执行发展国民经济第",
        "二个五年计划的第二年。在",
        "一九五八年十一月召开的中",
        "央全会上，讨论了今年的计",
    ]
    assert _titles("（作者系某某大学教授）", *body, "划。") == []
    # negative: a headline far short of that (not a first line) stays a title
    assert _titles("（作者系某某大学教授）", "推进经济建设", *body[1:], "划。") == ["推进经济建设"]


def test_a_paragraphs_first_line_read_with_the_head_beside_it_and_two_lines_after_are_one_body() -> None:
    # the first line is short of the column by its lost indent; past the label, two lines of the text follow
    # one another (领 / 导 runs on too) before the byline: all of it is the body's, under that head
    lines = [
        "权力过分集中的现象，不仅表现为行政、经",
        "G 报告摘编",
        "济、文化组织和群众团体的权力过分集中于党委领",
        "导机关，还表现为基层的权力过分集中于上级领导",
        "姚航",
        "机关。一方面，领导机关管了许多不该管、管不",
        "好、管不了的事，陷于事务主义而不能自拔；另一",
        "方面，下级机关缺乏应有的自主权。",
    ]
    kinds = _element_texts(lines)
    assert [k for k, _ in kinds] == ["column", "byline", "body"]
    assert kinds[-1][1].startswith(
        "权力过分集中的现象，不仅表现为行政、经济、文化组织和群众团体的权力过分集中于党委领导机关"
    )
    # negative: a first line that breaks no word stays a headline line
    headed = ["权力过分集中的现象，不仅表现为行政", *lines[1:]]
    assert _element_texts(headed)[0][0] == "title"


def test_a_numbered_line_opening_a_body_cut_where_the_measure_changes_stays_its_text() -> None:
    # a body cut from the one above where the measure changes opens as a run does, but a numbered line
    # leading it is a subheading cut off with its text, not a head: it stays in the body
    from textclean.clean.layout import _inner_elements

    def mk(t: str) -> Item:
        return Item(0, t, t, float(len(t)), True, True)

    wide = [mk("色社会主义道路上奋勇前进的五年，是我"), mk("往格局，开创两岸关系和平发展新局面。")]
    narrow = [
        mk("回首近代以来中国波澜壮"),
        mk("阔的历史，展望中华民族充满"),
        mk("希望的未来，我们得出一个坚"),
        mk("定的结论。"),
    ]
    got = _inner_elements([(False, wide), (False, [mk("夺取中国特色社会主义新胜利"), *narrow])], True)
    assert [e.kind for e in got] == ["body", "title", "body"]
    got = _inner_elements([(False, wide), (False, [mk("（二）夺取社会主义新胜利"), *narrow])], True)
    assert [e.kind for e in got] == ["body", "body"]
    # negative: the first piece of a run is no cut: its lines are the run's, already split
    got = _inner_elements([(False, [mk("夺取中国特色社会主义新胜利"), *narrow])], True)
    assert [e.kind for e in got] == ["body"]


def test_a_dash_line_body_under_a_title_is_its_subtitle_but_not_under_a_column_label() -> None:
    from textclean.clean.bodyheads import dash_subtitles
    from textclean.clean.roles import Element

    def el(kind: str, text: str, role: str = "text", gap: bool = True) -> Element:
        return Element(kind, [Item(0, text, text, float(len(text)), gap, True, role)], text)

    dash = el("body", "——过去一年和五年工作", "attribution")
    got = dash_subtitles([el("title", "促进绿色低碳发展"), dash, el("title", "回顾", gap=False)], True)
    assert [(e.kind, e.text) for e in got] == [("title", "促进绿色低碳发展"), ("subtitle", "——过去一年和五年工作回顾")]
    # negative: under a column label the line is left as it is (a label opens the next article's head)
    got = dash_subtitles([el("column", "G 要点速览"), dash, el("title", "今年主要任务")], True)
    assert [e.kind for e in got] == ["column", "body", "title"]
    # negative: the next title is another head, set apart: the subtitle takes no more
    got = dash_subtitles([el("title", "促进绿色低碳发展"), dash, el("title", "推进改革发展")], True)
    assert [e.kind for e in got] == ["title", "subtitle", "title"]


def test_headline_lines_over_a_paragraphs_first_line_are_a_head_though_they_fit_the_column_above() -> None:
    # PyMuPDF's text of devpages cpc-19-06 (no blank line, an 11 em column): after a sentence end, a title's two
    # lines (8 em, then 11 em: as a paragraph's first line and a full line would be) over a paragraph's first line
    # (9 em). A paragraph ends with its sentence: lines that end none cannot be one. They were read as running text.
    above = (
        "更趋平衡，和平发展大势",
        "不可逆转。同时，世界面",
        "临的不稳定性不确定性突",
        "出，世界经济增长动能不",
        "足，贫富分化日益严重，",
        "地区热点问题此起彼伏，",
        "恐怖主义、网络安全、重",
        "大传染性疾病、气候变化",
        "等非传统安全威胁持续蔓",
        "延，人类面临许多共同挑",
        "战。",
    )
    below = (
        "我们生活的世界充满",
        "希望，也充满挑战。我们",
        "不能因现实复杂而放弃梦",
        "想，不能因理想遥远而放",
        "弃追求。没有哪个国家能",
    )
    page = (*above, "坚持和平发展道路", "推动构建人类命运共同体", *below)
    assert _titles(*page, tight=len(page)) == ["坚持和平发展道路 推动构建人类命运共同体"]
    # negative: a line holding a comma is running text whose clause goes on, however the line under it sits
    page = (*above, "坚持和平发展，道路", "推动构建人类命运共同体", *below)
    assert _titles(*page, tight=len(page)) == []


def test_a_top_line_set_tight_over_a_line_opening_with_a_date_is_no_half_of_it() -> None:
    # pdftotext's text of devpages gov-2022-01: the banner 重要文献 set tight over the first title 2021年工作回顾
    # at the page's top; read as one wrapped title, the banner was lost. A line that opens with a date or a count
    # opens a head of its own: the top line is split off it (the banner rule then takes it).
    page = ("重要文献", "2021年工作回顾", "周明", *BODY_7)
    assert _titles(*page, tight=1) == ["重要文献", "2021年工作回顾"]
    # negative: a lower line opening with a preposition may be a wrapped title's end (在…): kept one title
    page = ("推动党的二十大精神", "在工会系统落地见效", "周明", *BODY_7)
    assert _titles(*page, tight=1) == ["推动党的二十大精神在工会系统落地见效"]


def test_a_title_left_open_goes_on_in_the_line_set_tight_under_it_whatever_it_was_read_as() -> None:
    # devpages gov-1984-02 and gov-1988-02 (all three extractors): a title line ending with 和 (no headline ends
    # so unless it goes on), its second line read as the body's first line, or, two characters long, as a byline
    body = ("规定享受更优惠的待遇；放宽利用外资建设", "项目和引进技术的审批权限，积极吸收外资", "来发展本地经济。")
    page = ("题头", "积极办好经济特区和", "进一步开放沿海城市", *body)
    assert _titles(*page, tight=len(page))[-1] == "积极办好经济特区和进一步开放沿海城市"
    page = ("题头", "今后五年建设和改革的目标、方针和", "任务", *body)
    assert _titles(*page, tight=len(page))[-1] == "今后五年建设和改革的目标、方针和任务"
    # negative: a byline under a title that ends its phrase stays the byline, though a word runs across the break
    page = ("题头", "打造五型工会 做实做好维权服务", "费平 苏炜", *body)
    assert _titles(*page, tight=len(page))[-1] == "打造五型工会 做实做好维权服务"


def test_a_headline_line_as_wide_as_the_wrapped_title_under_it_is_its_first_line() -> None:
    # PyMuPDF's text of devpages gov-2023-02: 扩大国内有效需求 / 推进区域协调发展 / 和新型城镇化, three lines of one
    # headline wrapped at an 8 em measure; the upper line stood as the kicker of the other two
    import json
    from pathlib import Path

    from textclean import clean_page

    root = Path(__file__).resolve().parents[1] / "pages" / "devpages"
    gold = json.loads((root / "gold" / "gov-2023-02.json").read_text("utf-8"))["articles"]
    page = root / "pymupdf" / "gov-2023-02.txt"
    got = {a.title.replace(" ", ""): a for a in clean_page(page.name, page.read_bytes()).articles}
    title = "扩大国内有效需求推进区域协调发展和新型城镇化"
    assert title in [a["title"].replace(" ", "") for a in gold]
    assert title in got and got[title].kicker != "扩大国内有效需求"


def test_a_label_as_wide_as_the_wrapped_title_under_it_stays_its_kicker() -> None:
    # negative (PyMuPDF's devpages gov-2014-02): 2014年重点工作 is as wide as 增强内需拉动经 / 济的主引擎作用 by chance
    from textclean.clean.layout import page_elements
    from textclean.models import Line

    lines = [
        "G",
        "聚焦报告",
        "2014年重点工作",
        "增强内需拉动经",
        "济的主引擎作用",
        "扩大内需，推进投资主体多元化，再推出一批民间",
    ]
    lines += ["投资示范项目，加快发展服务业和消费，推动", "城镇化建设，稳定经济增长。"]
    titles = [e.text for e in page_elements([Line(i, t) for i, t in enumerate(lines)]) if e.kind == "title"]
    assert "2014年重点工作增强内需拉动经济的主引擎作用" not in titles


#: PyMuPDF's text of a page whose articles are set in 15 em columns (no blank line anywhere): an article's end, the
#: next article's title set across more than the column, its body's first lines.
OVERHANGING_TITLE = (
    "推进，已经到了非解决不可的时",
    "候。今年，国务院各部门和地方各",
    "级政府都要以改革的精神，突出抓",
    "好管理。工业、农业、财税、金",
    "融、贸易和科技、教育、文化、卫",
    "生等各行各业，也都要在加强管理",
    "上下大功夫。这里讲的管理，包括",
    "加强监督和整顿。",
    "加快科技、教育发展，加强精神文明建设",
    "积极实施科教兴国战略和可持",
    "续发展战略，促进经济结构调整，",
    "提高经济整体素质，推动经济和社",
    "会协调发展。",
    "大力开发和推广对传统产业升",
    "级起关键作用、有共性的高新技",
    "术。推动优势科技力量，参与企业",
)


def test_a_line_set_across_more_than_the_column_between_two_paragraphs_is_a_head_not_a_subheading() -> None:
    # one line between paragraphs of one column is a subheading, but not one 4 em wider than the column: a head
    # spanning columns, the next article's title (before, its body ran on in the article above)
    from textclean.clean.layout import page_elements
    from textclean.models import Line

    elements = page_elements([Line(i, t) for i, t in enumerate(OVERHANGING_TITLE)])
    assert [(e.kind, e.items[0].text[:6]) for e in elements] == [
        ("body", "推进，已经到"),
        ("title", "加快科技、教"),
        ("body", "积极实施科教"),
    ]
    # negative: a line no wider than the column there stays in the text (a subheading of the article)
    lines = list(OVERHANGING_TITLE)
    lines[8] = "加快科技教育发展"
    assert [e.kind for e in page_elements([Line(i, t) for i, t in enumerate(lines)])] == ["body"]


COLUMN_12 = [
    "三是整顿和加强劳动纪",
    "律，严格执行奖惩制度。劳",
    "动纪律松弛的要严肃处理，",
    "屡教不改的，企业有权按照",
    "有关规定给予经济的或行政",
    "的惩处，直到辞退和开除。",
]
NEXT_12 = [
    "四是整顿财政纪律。健",
    "全财务会计制度，加强财务",
    "管理工作。违反财政纪律，",
    "弄虚作假，营私舞弊，截留",
]


def test_lines_set_tight_between_lines_that_stand_apart_are_one_head_even_as_wide_as_the_column() -> None:
    # pdfminer's devpages gov-1981-02: a kicker and a wrapped title read inside a 12 em column whose lines each
    # stand apart; each line fits the column (11, 9 and 7 em), so by shape the stack read as a paragraph.
    stack = [("1981年政府工作报告摘编", False), ("分批进行企业的全面", False), ("整顿和必要改组", True)]
    kinds = _between(COLUMN_12, stack, NEXT_12)
    assert [k for k, _ in kinds] == ["body", "title", "title", "body"]
    assert kinds[1:3] == [("title", "1981年政府工作报告摘编"), ("title", "分批进行企业的全面整顿和必要改组")]
    # negative: lines each standing apart (no box of their own), the stack running through a line as wide as the
    # column: the lines down to it read on as the column's text (their box is a head)
    wide = [("1981年政府工作报告摘编", False), ("分批进行企业的全面整顿", False), ("和必要改组", True)]
    assert _between(COLUMN_12, wide, NEXT_12)[1] == ("title", "1981年政府工作报告摘编")
    apart = _between(COLUMN_12, [(t, True) for t, _ in wide], NEXT_12)
    assert ("title", "1981年政府工作报告摘编") not in apart and ("title", "分批进行企业的全面整顿") not in apart
    # negative: a box that holds a sentence is a paragraph set tight (a wider column's), not a head
    para = [("国家财政收入的大部分来", False), ("自国有企业，三分之二的职", False), ("工在国有企业就业。", True)]
    kinds = _between(COLUMN_12, para, NEXT_12)
    assert "title" not in [k for k, _ in kinds]


OPENING_16 = [
    "召开，已经一年零三个月了。这是团",
    "结战斗的一年零三个月，是波澜壮阔",
    "的一年零三个月，是成效卓著的一年",
    "力，全国范围的大规模的揭批林彪、",
    "“四人帮”的群众运动已经基本上胜",
]


def test_lines_as_wide_as_the_column_ending_the_headline_lines_are_the_bodys_opening() -> None:
    # the second layout family (pdfminer): a paragraph's first two lines hold no comma; under a byline they were
    # read as a wrapped title (14 em, a first line's width, over 16 em, a full line), the body's opening lost
    lead = ["伟大的历史性转变", "本报通讯员 赵俊婷", "从去年三月第五届全国人民代表", "大会第一次会议闭幕到我们这次会议"]
    kinds = _spaced_elements(*[(t, True) for t in [*lead, *OPENING_16]])
    assert kinds[:2] == [("title", "伟大的历史性转变"), ("byline", "本报通讯员 赵俊婷")]
    assert [k for k, _ in kinds[2:]] == ["body"]  # (the two lines open it)
    # negative: a title as wide as the column over the body's first line (indented) stays the title
    title = [
        "以法治化建设推进工会工作高质量发",
        "法律是治国之重器，法治是治国理",
        "政的基本方式。党的二十大报告以专",
        *OPENING_16[1:],
    ]
    kinds = _spaced_elements(*[(t, True) for t in title])
    assert kinds[0] == ("title", "以法治化建设推进工会工作高质量发")


def test_the_opening_lines_over_a_paragraphs_short_last_line_are_the_bodys() -> None:
    # devpages cpc-10-01 (pdfminer): under the title and byline, the paragraph's first line (14 em) and a full one
    # (16 em) hold no comma; the line under them, short, closes the sentence: it is the paragraph's last line, not
    # another's first, so the two lines open the body (they were a second title, the real one made its kicker)
    lines = ["关于九大路线", "肖晨 董玲琛", "党的九大是在毛主席亲自发动", "和领导的无产阶级文化大革命取得"]
    body = ["了伟大胜利的时刻举行的。", "九大根据马克思主义、列宁主", "义、毛泽东思想关于无产阶级专政"]
    body += ["下继续革命的学说，总结了历史经", "验和无产阶级文化大革命的新鲜经"]
    kinds = _spaced_elements(*[(t, True) for t in [*lines, *body]])
    assert kinds[:2] == [("title", "关于九大路线"), ("byline", "肖晨 董玲琛")]
    assert [k for k, _ in kinds[2:]] == ["body"]
    # negative: the line under them runs on at a first line's width (a paragraph opens there): they stay a head
    body[0] = "我们党领导全国人民进行了"
    kinds = _spaced_elements(*[(t, True) for t in [*lines, *body]])
    assert ("title", "党的九大是在毛主席亲自发动和领导的无产阶级文化大革命取得") in kinds


#: PyMuPDF's text of devpages gov-2009-03: the article's title, wrapped over three short lines, read inside the
#: sentence that opens after the numbered lead sentence 一是推进制度建设。 (closed inside the line).
PYMUPDF_TITLE_AFTER_A_NUMBERED_LEAD = [
    "加快完善社会保障体系。",
    "一是推进制度建设。完善基本",
    "养老保险制度，继续开展做实",
    "个人账户试点，全面推进省级",
    "大力发展社会事",
    "业，着",
    "力保障和改善民生",
    "统筹。制定实施农民工养老保",
    "险办法。新型农村社会养老保",
    "险试点要覆盖全国10%左右的",
    "县（市、区、旗）。加快落实",
]


def test_a_head_read_inside_a_sentence_after_a_numbered_lead_sentence_is_lifted_out() -> None:
    # the sentence opened after 一是推进制度建设。 is no numbered subheading's end: the head inside it is lifted out
    elements = _after_a_title(PYMUPDF_TITLE_AFTER_A_NUMBERED_LEAD)[2:]
    assert ("title", "大力发展社会事业，着力保障和改善民生") in elements
    # negative: where the numbered sentence is still open (一是推进制度建设，完善基本…), the lines are its end
    still_open = [
        {"一是推进制度建设。完善基本": "一是推进制度建设，完善基本"}.get(t, t)
        for t in PYMUPDF_TITLE_AFTER_A_NUMBERED_LEAD
    ]
    assert [k for k, _ in _after_a_title(still_open)[2:]] == ["body"]


#: PyMuPDF's text of devpages gov-1955-01: the report's opening under its title, in an 11 em column whose first
#: lines hold no comma; the third ends with the preposition 关于.
PYMUPDF_OPENING_WITHOUT_COMMAS = [
    "1955年政府工作报告",
    "中华人民共和国国务",
    "院向第一届全国人民代表",
    "大会第二次会议提出关于",
    "发展国民经济第一个五年",
    "计划的议案，我现在代表",
    "国务院向本次大会作关于",
    "第一个五年计划的报告。",
    "中华人民共和国发展",
    "国民经济的第一个五年计",
    "划草案，是在中国共产党",
    "中央委员会和毛泽东主席",
    "的直接领导下编制完成",
    "的。一九五五年三月间经",
]


def test_a_line_ending_with_a_preposition_goes_on_into_the_text_below_it() -> None:
    # the lines above 关于 were read as a title with its kicker; no headline ends with a preposition
    elements = _elements_unspaced(*PYMUPDF_OPENING_WITHOUT_COMMAS)
    assert [t for k, t in elements if k == "title"] == ["1955年政府工作报告"]
    # negative: a headline ending with a word whose last character is a preposition (所在, 相对) is not left open
    from textclean.clean.wrapped import left_open

    assert not left_open(Item(0, "坚持党的领导是根本所在", "坚持党的领导是根本所在", 11.0, True, True))
    assert left_open(Item(0, "大会第二次会议提出关于", "大会第二次会议提出关于", 11.0, True, True))


#: pdftotext's text of a page of the second layout family (devpages articles re-set for checking): a title set across
#: two 15 em columns (18 em) read after a blank line inside the sentence the column above leaves open.
PDFTOTEXT_WIDE_TITLE_INSIDE_A_SENTENCE = [
    "长）年薪制、持有股权等分配方",
    "式。认真落实增加银行核销呆坏帐",
    "准备金的规模、对符合条件的企业",
    "实行债转股、提高企业直接融资比",
    "重等措施，改善国有企业资产负债",
    "结构，促进企业扭亏脱困。稳步推",
    "进国有经济的战略性调整。积极探",
    "索公有制的多种有效实现形式。宜",
    "于实行股份制的国有大中型企业，",
    "要利用股票市场，抓紧进行股份制",
    "改革。努力培育具有国际竞争力的",
    "大型企业集团，同时，从实际出",
    "发，采取多种形式放开搞活国有中",
    "小企业。加快中小企业服务体系建",
    "",
    "加快科技、教育发展，加强精神文明建设",
    "积极实施科教兴国战略和可持",
    "",
    "续发展战略，促进经济结构调整，",
    "提高经济整体素质，推动经济和社",
    "会协调发展。",
    "大力开发和推广对传统产业升",
    "级起关键作用、有共性的高新技",
    "术。推动优势科技力量，参与企业",
    "技术改造和重大引进项目的消化吸",
    "收与创新工作。加快高新技术产业",
    "化进程，重点培育一批竞争力强的",
    "",
]


def test_a_title_wider_than_the_column_read_inside_a_sentence_after_a_blank_line_is_a_head() -> None:
    lines = PDFTOTEXT_WIDE_TITLE_INSIDE_A_SENTENCE
    titles = [t for k, t in _elements_unspaced(*lines) if k == "title"]
    assert "加快科技、教育发展，加强精神文明建设" in titles
    # negative: the same line set in the column's measure (a line of the text) stays in the body
    narrow = [{"加快科技、教育发展，加强精神文明建设": "加快科技、教育发展，加强精"}.get(t, t) for t in lines]
    assert "title" not in [k for k, _ in _elements_unspaced(*narrow)]


def test_two_tight_headline_lines_of_unequal_widths_are_the_halves_of_one_title() -> None:
    # PyMuPDF's text of devpages gov-1978-02: 加强统一计划 (6 em) over 发挥中央和地方两个积极性 (12 em), no blank
    # line anywhere; the lower line, 6 em wider, used to part them: the upper half was read as the kicker
    page = ("题头", "加强统一计划", "发挥中央和地方两个积极性", "周明", *BODY_7)
    assert _titles(*page, tight=len(page)) == ["题头", "加强统一计划 发挥中央和地方两个积极性"]
    # negative: a line over a two-part headline printed on one line is its kicker, not a third half
    page = ("题头", "认真学习贯彻党的二十大精神", "打造五型工会 做实做好维权服务", "周明", *BODY_7)
    assert _titles(*page, tight=len(page)) == ["题头", "认真学习贯彻党的二十大精神", "打造五型工会 做实做好维权服务"]


def test_a_headline_line_over_a_split_lower_half_is_its_upper_half() -> None:
    # PyMuPDF's text of devpages cpc-16-08: the lower half of 加强党的执政能力建设 提高党的领导水平和执政水平 split
    # inside a word (领 / 导), the upper half read as the kicker
    page = ("题头", "加强党的执政能力建设", "提高党的领", "导水平和执政水平", "周明", *BODY_7)
    assert _titles(*page, tight=len(page)) == ["题头", "加强党的执政能力建设 提高党的领导水平和执政水平"]
    # negative: a title wrapped between its words (its lines balanced) under a kicker stays the kicker's title
    page = ("题头", "学习贯彻党的二十大精神", "推动社保经办服务", "规范化智能化便民化", "周明", *BODY_7)
    titles = [t.replace(" ", "") for t in _titles(*page, tight=len(page))]
    assert titles[-2:] == ["学习贯彻党的二十大精神", "推动社保经办服务规范化智能化便民化"]


def test_a_headline_line_over_a_wrapped_lower_half_is_its_upper_half() -> None:
    # PyMuPDF's text of devpages gov-1986-03: 进一步发展社会主义的商品市场 over 逐步完善 / 市场体系, the lower half wrapped in
    # its measure: the upper half was read as the kicker, the title as 逐步完善市场体系
    page = ("题头", "进一步发展社会主义的商品市场", "逐步完善", "市场体系", "周明", *BODY_7)
    assert _titles(*page, tight=len(page)) == ["题头", "进一步发展社会主义的商品市场 逐步完善市场体系"]
    # negative: a wrapped title holding a comma is a whole headline of two clauses; the line over it its kicker
    # (devpages cpc-14-04)
    page = ("题头", "加强党的建设和改善党的领导", "坚持和健全民主集中制，", "维护党的团结和统一", "周明", *BODY_7)
    assert _titles(*page, tight=len(page))[-2:] == [
        "加强党的建设和改善党的领导",
        "坚持和健全民主集中制，维护党的团结和统一",
    ]


def test_a_four_em_label_set_tight_over_a_title_is_no_half_of_it() -> None:
    # the second layout's column labels, plain 4 em lines set tight over the title (no G logo): by shape they
    # were the title's upper half (理论视点 新时代中国共产党的历史使命)
    page = ("题头", "理论视点", "新时代中国共产党的历史使命", "周明", *BODY_7)
    assert "新时代中国共产党的历史使命" in _titles(*page, tight=len(page))
    # negative: a half of five characters or more still joins
    page = ("题头", "继续推进改革", "全面加强管理", "周明", *BODY_7)
    assert _titles(*page, tight=len(page))[-1] == "继续推进改革 全面加强管理"


def test_a_headline_wrapped_in_a_narrow_measure_is_one_title() -> None:
    # the second layout sets a title beside its body in a 4 em measure (PyMuPDF: 继续推动 / 区域协调 / 发展, no blank
    # line): the narrow lines were read as three heads (a half is at least 5 em wide, HALF_MIN_WIDTH)
    page = ("题头", "继续推动", "区域协调", "发展", "周明", *BODY_7)
    assert _titles(*page, tight=len(page)) == ["题头", "继续推动区域协调发展"]
    # negative: a 4 em line over a wider title is a label, not the title's first line
    page = ("题头", "理论视点", "区域协调发展", "周明", *BODY_7)
    assert _titles(*page, tight=len(page)) == ["题头", "理论视点", "区域协调发展"]


def test_a_line_holding_a_year_is_no_upper_half_of_a_two_part_headline() -> None:
    # the second layout (PyMuPDF): the kicker 学习1981年政府工作报告 set tight over its title became the title's upper
    # half by shape (it opens with a verb, not as a label, but holds a year: the devpages' kickers do so 71 times,
    # their two-part headlines' upper halves never)
    page = ("题头", "学习1981年政府工作报告", "坚持对外开放政策", "周明", *BODY_7)
    assert _titles(*page, tight=len(page))[-2:] == ["学习1981年政府工作报告", "坚持对外开放政策"]
    # negative: a lower half may hold a year
    page = ("题头", "采取有力措施", "保证1980年计划的完成", "周明", *BODY_7)
    assert _titles(*page, tight=len(page))[-1] == "采取有力措施 保证1980年计划的完成"


def test_a_title_holding_commas_over_a_byline_is_no_last_line_of_the_body_above() -> None:
    # pdfminer's text of devpages cpc-12-03: the title, 18 em in a 19 em column, holds 、 (no headline line by
    # itself): it was read as the last paragraph of the article above, the next article left untitled
    above = ("全党同志和全体干部，都要充分认识现代化", "建设的需要，积极参加学习。")
    page = (*above, "加强党在工人、农民、知识分子中的工作", "莫璐琛 邓逸 彭黛", *BODY_7)
    assert "加强党在工人、农民、知识分子中的工作" in _titles(*page)
    # negative: a line ending with a clause mark is running text going on past the byline
    page = (*above, "从现在起，中国共产党的中心任务就是团结，", "莫璐琛 邓逸 彭黛", *BODY_7)
    assert not [t for t in _titles(*page) if "中心任务" in t]


PDFTOTEXT_TITLES_INSIDE_A_SENTENCE = [
    "中持续增长，淘汰了一批",
    "落后生产能力，减少了市",
    "场滞销产品的生产，产品",
    "销售率稳定上升。全年工",
    "业企业实现利润2202亿",
    "元，比上年增长 52％；",
    "其中国有和国有控股工业",
    "企业实现利润967亿元，",
    "增长77．7％，都创造了",
    "近五年来的最高水平。大",
    "多数行业经济效益明显回",
    "",
    "坚持实行扩大内需的方针",
    "",
    "1999年国内工作回顾",
    "升，全国有27个省、自",
    "治区、直辖市工业效益好",
    "于上年。国家财政收入比",
    "上年增加 1501 亿元，总",
    "额首次突破万亿元，达到",
    "11377亿元。金融平稳运",
    "",
]


def test_titles_as_wide_as_a_narrow_column_read_inside_a_sentence_are_heads() -> None:
    # pdftotext's text of devpages gov-2000-01: two titles read inside a sentence of an 11 em column, as wide as
    # its lines, the second in one block with the text going on under it (明显回 / 升: one word)
    titles = [t for k, t in _elements_unspaced(*PDFTOTEXT_TITLES_INSIDE_A_SENTENCE) if k == "title"]
    assert titles == ["坚持实行扩大内需的方针", "1999年国内工作回顾"]
    # negative: the sentence going on without a broken word under them: nothing says where it resumes
    lines = [{"升，全国有27个省、自": "全国有27个省、自"}.get(t, t) for t in PDFTOTEXT_TITLES_INSIDE_A_SENTENCE]
    assert "坚持实行扩大内需的方针" not in [t for k, t in _elements_unspaced(*lines) if k == "title"]


def test_a_title_under_a_paragraph_signed_after_its_last_sentence_is_a_head() -> None:
    # PyMuPDF (no blank lines), a second layout: the body above ends its last sentence and signs it in brackets;
    # the narrow title under it was read as that body's last lines while the signed line ended no sentence
    from textclean.clean.layout import page_elements

    lines = [
        "国防和军队建设",
        "建立巩固的国防是我国现代化建设的",
        "战略任务，是维护国家安全统一和全面建",
        "设小康社会的重要保障。坚持国防建设与",
        "经济建设协调发展的方针，在经济发展的",
        "基础上推进国防和军队现代化。各级党组",
        "织和政府、广大人民群众要关心、支持国",
        "防和军队建设。加强国防教育，增强全民",
        "国防观念。拥军优属，拥政爱民，巩固军",
        "政军民团结。（梁岚）",
        "“一国两制”和实",
        "现祖国的完全统",
        "一",
        "本报记者 顾珂",
        "实现祖国的完全统一，是海内外中",
        "华儿女的共同心愿。我们成功解决了香",
        "港问题和澳门问题，正在为早日解决台",
        "湾问题、完成祖国统一大业而继续奋斗。",
    ]
    kinds = [
        (e.kind, e.text or "".join(it.text for it in e.items))
        for e in page_elements([Line(i, t) for i, t in enumerate(lines)])
    ]
    assert ("title", "“一国两制”和实现祖国的完全统一") in kinds


PDFTOTEXT_TITLE_BEFORE_A_BOX = [
    "《法律援助条例》的实施，为困难群",
    "众解决打官司难提供帮助。",
    "加强社会治安综合治理。对治安",
    "混乱地区进行重点整治。加大对严重",
    "暴力犯罪等突出犯罪的打击力度，社",
    "会治安取得新的进步。坚持执法为",
    "",
    "2004年主要任务",
    "",
    "●观 点",
    "对不符合国家产业政策",
    "和行业准入标准的建设",
    "项目，一律不得批准用",
    "地。",
    "",
]


def test_a_title_read_inside_a_sentence_at_the_end_of_a_run_is_a_head() -> None:
    # pdftotext's text of devpages gov-2004-02: the next article's title read inside a sentence (坚持执法为 / …),
    # the run's last line, a pull-quote box under it: with no column below it to misfit, it stayed in the text
    from textclean.clean.layout import page_elements

    def titles(lines: list[str]) -> list[str]:
        page = [Line(k, t) for k, t in enumerate(lines)]
        return [e.text for e in page_elements(page) if e.kind == "title"]

    assert titles(PDFTOTEXT_TITLE_BEFORE_A_BOX) == ["2004年主要任务"]
    # negative: a line as wide as the column is running text, box or no box
    lines = [{"2004年主要任务": "民，依法行政，严格执法，公正"}.get(t, t) for t in PDFTOTEXT_TITLE_BEFORE_A_BOX]
    assert titles(lines) == []


def test_a_name_set_tight_over_a_clause_is_a_kicker_over_its_title() -> None:
    # pdfminer's text of devpages cpc-17-02: the report's name set tight over the title (one block) was one title
    page = ("题头", *BODY_7, "党的十七大报告摘编", "促进国民经济又好又快发展", "周明", *BODY_7)
    assert _titles(*page, tight=len(BODY_7) + 2)[-2:] == ["党的十七大报告摘编", "促进国民经济又好又快发展"]
    # negative: a title wrapped after a date, its lower line opening mid-phrase, stays one title
    page = ("题头", *BODY_7, "2019年经济社会发展", "总体要求和政策取向", "周明", *BODY_7)
    assert _titles(*page, tight=len(BODY_7) + 2)[-1] == "2019年经济社会发展总体要求和政策取向"


def test_a_headline_wrapped_inside_a_word_the_dictionary_lacks_is_one_title_when_the_page_repeats_it() -> None:
    # PyMuPDF's text of devpages cpc-20-01: 过去五年的工作和新 / 时代十年的伟大变革 (新时代: no word of jieba's
    # dictionary; the upper line opens with a time word, as a label does): the halves were kicker and title
    body = (
        "新时代十年的伟大变革具有里程碑意",
        "义。我们进入了新时代，新时代的成就",
        "举世瞩目，新时代的变革是深层次的。",
    )
    page = ("题头", *BODY_7, "过去五年的工作和新", "时代十年的伟大变革", "周明", *body)
    assert _titles(*page, tight=len(page))[-1] == "过去五年的工作和新时代十年的伟大变革"
    # negative: a label over a title opening as a clause stays two heads, however often the pair recurs
    page = ("题头", *BODY_7, "党的二十大报告摘编", "新时代新征程中国共产党的使命任务", "周明", *body)
    assert _titles(*page, tight=len(page))[-2:] == ["党的二十大报告摘编", "新时代新征程中国共产党的使命任务"]


def _read_unspaced(*lines: str) -> list[tuple[str, str]]:
    """``(kind, text)`` of the elements of a page of ``lines`` with no blank line, a body's text read from its lines."""
    return [(e.kind, e.text or "".join(it.text for it in e.items)) for e in _page(*lines)]


#: PyMuPDF's text of devpages gov-2022-03: the next article's title, set across two 16 em columns (22 em), read
#: inside a sentence of the column beside it (…企业，在 / title / 资金、人才…).
PYMUPDF_TITLE_ACROSS_COLUMNS_INSIDE_A_SENTENCE = [
    "增强制造业核心竞争力。促进工",
    "业经济平稳运行，加强原材料、关键",
    "零部件等供给保障，实施龙头企业保",
    "链稳链工程，维护产业链供应链安全",
    "稳定。引导金融机构增加制造业中长",
    "期贷款。启动一批产业基础再造工程",
    "项目，促进传统产业升级，大力推进",
    "智能制造，加快发展先进制造业集",
    "群，实施国家战略性新兴产业集群工",
    "程。着力培育“专精特新”企业，在",
    "深入实施创新驱动发展战略，巩固壮大实体经济根",
    "基",
    "资金、人才、孵化平台搭建等方面给",
    "予大力支持。推进质量强国建设，推",
    "动产业向中高端迈进。",
    "促进数字经济发展。加强数字中",
    "国建设整体布局。建设数字信息基础",
    "设施，逐步构建全国一体化大数据中",
]


def test_a_title_set_across_columns_read_inside_a_sentence_is_lifted_out() -> None:
    kinds = _read_unspaced(*PYMUPDF_TITLE_ACROSS_COLUMNS_INSIDE_A_SENTENCE)
    assert [k for k in kinds if k[0] != "body"] == [("title", "深入实施创新驱动发展战略，巩固壮大实体经济根基")]
    body = "".join(text for kind, text in kinds if kind == "body")
    assert "企业，在资金、人才" in body  # (the sentence reads on across the gap)
    # negative: a line as wide as the column (no head set across it) stays in the sentence
    lines = list(PYMUPDF_TITLE_ACROSS_COLUMNS_INSIDE_A_SENTENCE)
    at = lines.index("基")
    lines[at - 1 : at + 1] = ["深入实施创新驱动发展战略，巩固"]
    assert [k for k, _ in _read_unspaced(*lines)] == ["body"]


#: PyMuPDF's text of devpages gov-2017-02: a kicker over the next article's title, then its byline, read inside a
#: sentence of the column beside them (…进社区进农 / kicker / title / byline / 村，推动…).
PYMUPDF_KICKER_AND_TITLE_OVER_A_BYLINE = [
    "促进消费稳定增长。适应消费需求变化，",
    "完善政策措施，改善消费环境。一要加快发展",
    "服务消费。开展新一轮服务业综合改革试点，",
    "支持社会力量提供教育、文化、养老、医疗等",
    "服务。推动服务业模式创新和跨界融合，发展",
    "医养结合、文化创意等新兴消费。落实带薪休",
    "假制度，完善旅游设施和服务，大力发展乡",
    "村、休闲、全域旅游。扩大数字家庭、在线教",
    "育等信息消费。促进电商、快递进社区进农",
    "2017年重点工作任务",
    "进一步释放国内需求潜力",
    "本报通讯员",
    "高思慧",
    "村，推动实体店销售和网购融合发展。二要增",
    "加高品质产品消费。引导企业增品种、提品",
    "质、创品牌，扩大内外销产品“同线同标同",
    "质”实施范围，更好满足消费升级需求。三要",
]


def test_a_kicker_and_title_ending_a_run_over_a_byline_are_a_head_inside_the_sentence() -> None:
    kinds = _read_unspaced(*PYMUPDF_KICKER_AND_TITLE_OVER_A_BYLINE)
    heads = [text for kind, text in kinds if kind not in ("body", "byline")]
    assert "".join(heads) == "2017年重点工作任务进一步释放国内需求潜力"
    assert kinds[0][0] == "body" and "进社区进农" in kinds[0][1] and "2017" not in kinds[0][1]
    # negative: the same lines ending a sentence's run full (the text goes on in them) stay in the body
    lines = list(PYMUPDF_KICKER_AND_TITLE_OVER_A_BYLINE)
    at = lines.index("2017年重点工作任务")
    lines[at : at + 2] = ["村、休闲、全域旅游。扩大数字家庭、在线教", "育等信息消费。促进电商、快递进社区进农"]
    assert "body" == _read_unspaced(*lines)[0][0] and "2017" not in _read_unspaced(*lines)[0][1]


#: PyMuPDF's text of devpages gov-1955-03: a byline, then the body's opening in a 13 em column: a paragraph's first
#: line (11 em) left open on a preposition over a full line, both headline-like lines.
PYMUPDF_FIRST_LINE_OVER_A_FULL_ONE_UNDER_A_BYLINE = [
    "本报记者",
    "白岑慧",
    "现在我要说的是国家对于",
    "资本主义工商业实行社会主义",
    "改造中的若干问题，即关于改",
    "造的步骤问题，资本主义工业",
    "改造的部署问题，资本主义商",
    "业改造的部署问题，资本家必",
    "须遵守国家法律、接受改造的",
    "问题。",
]


def test_a_paragraphs_first_line_over_a_full_one_under_a_byline_opens_the_body() -> None:
    kinds = _read_unspaced(*PYMUPDF_FIRST_LINE_OVER_A_FULL_ONE_UNDER_A_BYLINE)
    assert [k for k, _ in kinds] == ["byline", "body"]
    assert kinds[1][1].startswith("现在我要说的是国家对于资本主义工商业")
    # negative: a wrapped title over a line short of the column stays a title (its words carry on too)
    lines = list(PYMUPDF_FIRST_LINE_OVER_A_FULL_ONE_UNDER_A_BYLINE)
    lines[2:4] = ["积极办好经济特区和", "进一步开放沿海城市", "现在我要说的是国家对"]
    assert ("title", "积极办好经济特区和进一步开放沿海城市") in _read_unspaced(*lines)


#: PyMuPDF's text of devpages gov-2004-03: a paragraph going on after a sentence that ended at a line's end, its
#: last sentence as wide as the 17 em column, then a subheading and the next article's 13 em column.
PYMUPDF_PARAGRAPH_GOING_ON_OVER_A_NEW_COLUMN = [
    "建设和改革，提高后勤保障能力。进一",
    "步增强人民武装警察部队执勤和处置突",
    "发事件的能力。要大力加强国防教育，",
    "增强全民国防意识。积极支持国防和军",
    "队建设，搞好预备役部队和民兵建设，",
    "建立和完善快速高效的国防动员体制。",
    "深入开展双拥共建活动，加强军政军民",
    "团结。",
    "加强政府自身建设",
    "在全面建设小康社会的进",
    "程中，政府担负着繁重而艰巨",
    "的任务。各级政府和领导干部",
    "必须适应新形势新任务，不断",
    "提高行政能力和管理水平。一",
    "年来，我们按照执政为民的要",
]


def test_a_full_line_with_a_comma_running_on_after_a_sentence_end_stays_in_its_paragraph() -> None:
    kinds = _read_unspaced(*PYMUPDF_PARAGRAPH_GOING_ON_OVER_A_NEW_COLUMN)
    assert [text for kind, text in kinds if kind == "title"] == ["加强政府自身建设"]
    above = "".join(text for kind, text in kinds[: kinds.index(("title", "加强政府自身建设"))] if kind == "body")
    assert above.endswith("国防动员体制。深入开展双拥共建活动，加强军政军民团结。")
    # negative: a line as wide as the column with no comma, over the next column's first line, is a head
    lines = list(PYMUPDF_PARAGRAPH_GOING_ON_OVER_A_NEW_COLUMN)
    lines[6:9] = ["关于认真搞好斗批改工作加强军政军民"]
    assert ("title", "关于认真搞好斗批改工作加强军政军民") in _read_unspaced(*lines)


def test_a_block_of_another_measure_after_a_blank_line_inside_a_sentence_is_another_articles_column() -> None:
    from textclean.clean.innerheads import split_inner_heads

    def block(width: int, n: int, last: str = "") -> list[Item]:
        texts = ["文" * width] * (n - 1) + [("文" * (width - len(last)) + last) if last else "文" * width]
        return [Item(k, t, t, float(len(t)), k == 0, k == n - 1) for k, t in enumerate(texts)]

    # pdftotext: blank lines mark blocks (none between paragraphs); a 14 em column stops inside a sentence and a
    # 35 em block follows: another article's column, cut off; a 15 em block (an em off) goes on from it
    column = [*block(14, 4, "。"), *block(14, 6)]
    column[4] = Item(4, "文" * 12, "文" * 12, 12.0, False, False)  # (a paragraph's first line)
    cut = split_inner_heads([*column, *block(35, 6, "。")])
    assert [(h, len(p)) for h, p in cut] == [(False, 10), (False, 6)]
    kept = split_inner_heads([*column, *block(15, 6, "。")])
    assert [(h, len(p)) for h, p in kept] == [(False, 16)]


def test_a_title_that_breaks_a_word_with_the_text_around_it_is_a_running_text_line() -> None:
    from textclean.clean.bodyheads import titles_breaking_words
    from textclean.clean.roles import Element

    def el(kind: str, *ts: str) -> Element:
        return Element(kind, [Item(0, t, t, float(len(t)), True, True) for t in ts], "".join(ts))

    # pdfminer reads a column's top line as a block of its own among the heads beside it: its words run on into
    # the body under the head (切 / 实解决), or out of the body above (路 / 线的实质, a line with a clause mark)
    over = [
        el("title", "着力改善民生"),
        el("title", "注重保障和改善民生，切"),
        el("byline", "邵婷敏"),
        el("body", "实解决人民群众最关心的问题。"),
    ]
    assert [(e.kind, len(e.items)) for e in titles_breaking_words(over)] == [("title", 1), ("byline", 1), ("body", 2)]
    out_of = [
        el("body", "他们推行的反革命的修正主义路"),
        el("title", "关于形势和任务"),
        el("title", "线的实质，他们发动反革命"),
    ]
    assert [(e.kind, len(e.items)) for e in titles_breaking_words(out_of)] == [("body", 2), ("title", 1)]
    # negative: a headline-like line read against a body past another head (lay: 治国理政 / 关于九大路线 / 党的九大…)
    past = [el("title", "治国理政"), el("title", "关于九大路线"), el("body", "党的九大是在毛主席亲自发动")]
    assert [e.kind for e in titles_breaking_words(past)] == ["title", "title", "body"]
    # negative: a headline-like line after a body whose last word it would run on (a report's name opens a head)
    after = [el("body", "加强教师队伍建"), el("title", "党的十八大报告摘登"), el("body", "健康是促进人的全面发展")]
    assert [e.kind for e in titles_breaking_words(after)] == ["body", "title", "body"]


def test_a_columns_top_line_among_heads_is_no_title_on_a_devpage() -> None:
    import json
    from pathlib import Path

    from textclean import clean_page

    root = Path(__file__).resolve().parents[1] / "pages" / "devpages"
    gold = [a["title"] for a in json.loads((root / "gold" / "gov-2010-01.json").read_text("utf-8"))["articles"]]
    page = root / "pdfminer" / "gov-2010-01.txt"
    got = [a.title for a in clean_page(page.name, page.read_bytes()).articles]
    assert "着力改善民生，加快发展社会事业" in gold and "着力改善民生，加快发展社会事业" in got
    assert "注重保障和改善民生，切" not in got


def test_a_line_left_open_over_a_title_wrapped_in_its_measure_is_that_titles_first_line() -> None:
    from textclean.clean.roles import Element
    from textclean.clean.wrapped import join_wrapped_titles

    def title(at: int, *ts: str) -> Element:
        items = [Item(at + k, t, t, float(len(t)), False, True, "text") for k, t in enumerate(ts)]
        return Element("title", items, "".join(ts))

    body = Element("body", [Item(20, "正文。", "正文。", 3.0, False, True, "text")], "正文。")
    # PyMuPDF, the second layout: 的 leaves the 6 em line open over the title wrapped at 6 em under it
    got = join_wrapped_titles(
        [title(5, "党的十五大报告要点"), title(6, "邓小平理论的"), title(7, "历史地位和指", "导意义"), body]
    )
    assert [e.text for e in got if e.kind == "title"] == ["党的十五大报告要点", "邓小平理论的历史地位和指导意义"]
    # a line wider than the narrow box under it stays apart, however its words end
    got = join_wrapped_titles([title(5, "关于苏联和各人民民主国家的"), title(6, "建设的", "关系"), body])
    assert [e.text for e in got if e.kind == "title"] == ["关于苏联和各人民民主国家的", "建设的关系"]


def test_a_head_stack_of_short_lines_read_between_two_paragraphs_is_a_head_on_a_devpage():
    """PyMuPDF (devpages gov-1981-02, column 12): ``…直到辞退和开除。`` / ``1981年政府工作报告摘编`` (11) / ``分批进行企业的全面``
    (9) / ``整顿和必要改组`` (7) / ``四是整顿财政纪律。健``: the stack's first line fits the column, but the short lines
    under it stand over a paragraph's first line, so all three are the article's head, not a paragraph."""
    assert_devpage_title("pymupdf", "gov-1981-02", "分批进行企业的全面整顿和必要改组")
    _, articles = devpage("pymupdf", "gov-1981-02")
    paragraphs = [b.text for a in articles for b in a.blocks]
    assert not any("整顿和必要改组" in t for t in paragraphs)
    # (not so: the paragraphs of that article stay paragraphs)
    assert any(t.startswith("四是整顿财政纪律。") for t in paragraphs)


def test_a_title_wrapped_after_its_comma_over_a_first_line_leads_the_run() -> None:
    # PyMuPDF, devpages cpc-19-03: 贯彻新发展理念， (8 em) / 建设现代化经济体系 (9) / 实现“两个一百年” (9, the
    # paragraph's first line) over 11 em lines read as the body's opening lines: the article had no title
    assert_devpage_title("pymupdf", "cpc-19-03", "贯彻新发展理念，建设现代化经济体系")
    full = ["奋斗目标、实现中华民族", "伟大复兴的中国梦，不断", "提高人民生活水平，必须", "坚定不移把发展作为党执"]
    from textclean.clean.layout import page_elements

    def heads(*lines: str) -> list[str]:
        return [e.text for e in page_elements([Line(i, t) for i, t in enumerate(lines)]) if e.kind == "title"]

    assert heads("贯彻新发展理念，", "建设现代化经济体系", "实现“两个一百年”", *full) == [
        "贯彻新发展理念，建设现代化经济体系"
    ]
    # not so over a full line: the paragraph's opening lines
    assert heads("贯彻新发展理念，", "建设现代化经济体系", *full) == []


def test_a_short_block_standing_apart_inside_a_sentence_is_a_head_read_into_it() -> None:
    from helpers import assert_devpage_title

    from textclean.clean.innerheads import split_inner_heads
    from textclean.clean.measures import short_block_in_sentence

    def line(no: int, text: str, gap: bool = False) -> Item:
        return Item(no, text, text, float(len(text)), gap, gap)

    # pdftotext (blank lines mark blocks; none between paragraphs): a 14 em column breaks off inside a sentence,
    # a 10 em title stands as a block of its own, and the sentence resumes under it at a word's start
    above = [line(0, "文" * 12 + "。"), *(line(k, "甲" * 14) for k in range(1, 5))]
    above[-1] = line(4, "结构不合理对生产力的羁绊，")
    below = [line(7, "出现了公有制实现形式多样化", True), *(line(k, "乙" * 14) for k in range(8, 12))]
    below.append(line(12, "乙乙乙。"))
    pieces = split_inner_heads([*above, line(6, "加快推进国有企业改革", True), *below])
    assert [(h, [it.text for it in p][:1]) for h, p in pieces] == [
        (False, [above[0].text]),
        (True, ["加快推进国有企业改革"]),
    ]
    # not so: a block as full as the column (the column's own line), nor one whose next line is short (a label
    # over a title, the title set tight over its body), nor one holding a clause of running text
    title = Item(7, "2024年政府工作任务", "2024年政府工作任务", 9.0, True, False)
    for block, resumed in (("丙" * 14, below[0]), ("发展观察", title), ("甲乙丙，丁戊己", below[0])):
        assert short_block_in_sentence([*above, line(6, block, True), resumed, *below[1:]], 5) == 0, block
    assert_devpage_title("pdftotext", "cpc-15-02", "加快推进国有企业改革")


def test_a_pull_quotes_first_lines_taken_for_titles_go_back_into_its_box_on_a_devpage() -> None:
    # pdfminer's devpages cpc-13-02: an unmarked four-line pull quote, its sentence printed again in the column below,
    # was cut into three one-line titles over its last line; the first made an article of its own, the quote lost
    from helpers import devpage

    gold, articles = devpage("pdfminer", "cpc-13-02")
    quote = next(a["pull_quote"] for a in gold if a["title"] == "按照所有权经营权分离的原则，搞活全民所有制企业")
    assert quote in [a.pull_quote for a in articles]
    assert not [a.title for a in articles if a.title and a.title.replace(" ", "") in quote.replace("，", "")]


def test_a_title_over_a_body_whose_opening_the_page_prints_once_stays_a_title() -> None:
    # negative: the title's words and the sentence under it stand nowhere else on the page; and a quote's words
    # printed again, but under a title whose lines are no part of them, leave the title be
    from textclean.clean.quotes import quotes_under_titles
    from textclean.clean.roles import Element, Item

    def el(kind: str, *ts: str) -> Element:
        return Element(
            kind, [Item(0, t, t, float(len(t)), True, True) for t in ts], "".join(ts) if kind != "body" else ""
        )

    col = el("body", "国务院将选择几个行业，试行国家控股公司制度。对现有的股份制公司要依法进行规范，把企业改组。")
    head = el("title", "深化企业改革")
    quote = el("body", "对现有的股份制公司要依法进", "行规范，把企业改组。", "长期亏损的企业，要依法破产。")
    assert [e.kind for e in quotes_under_titles([col, head, quote])] == ["body", "title", "body"]
    assert [e.kind for e in quotes_under_titles([col, el("title", "股份制公司"), el("body", "长期亏损的企业。")])] == [
        "body",
        "title",
        "body",
    ]


def _bodies(*lines: str) -> list[str]:
    """The body texts :func:`page_elements` finds in a page of ``lines`` (a blank line after each, as pdfminer's)."""
    from textclean.clean.layout import page_elements

    page: list[Line] = []
    for t in lines:
        page.extend([Line(len(page), t), Line(len(page) + 1, "")])
    return ["".join(it.text for it in e.items) for e in page_elements(page) if e.kind == "body"]


#: Two articles' columns, one set to 19 em, the other to 18 em, every line but a paragraph's last filling its
#: measure (pdfminer's devpages cpc-19-01: ``…人民的悲惨命运。`` then ``十八大以来，…``).
_COLUMN_19 = [
    "中华民族有五千多年的文明历史，创造",
    *["甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申"] * 6,
    "国的社会性质和人民的命运。",
]
_COLUMN_18 = [
    "十八大以来，国内外形势变化和我国",
    *["天地玄黄宇宙洪荒日月盈昃辰宿列张寒来"] * 6,
    "坚持和发展中国特色社会主义。",
]


def test_a_column_set_an_em_narrower_after_a_sentence_end_is_another_articles_body() -> None:
    bodies = _bodies(*_COLUMN_19, *_COLUMN_18)
    assert len(bodies) == 2 and bodies[1].startswith("十八大以来")


def test_ragged_columns_an_em_apart_stay_one_body() -> None:
    # lines of squeezed punctuation spread over 17 to 19 em: the measures of such columns tell no article apart
    upper = ("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申"[:w] for w in (19, 18, 19, 17, 19, 18))
    lower = ("天地玄黄宇宙洪荒日月盈昃辰宿列张寒来暑往"[:w] for w in (18, 17, 19, 18, 17, 18))
    assert len(_bodies(_COLUMN_19[0], *upper, _COLUMN_19[-1], _COLUMN_18[0], *lower, _COLUMN_18[-1])) == 1


def test_a_one_line_head_between_runs_set_to_measures_an_em_apart_is_the_next_articles_title() -> None:
    from textclean.clean.innerheads import split_inner_heads

    def run(width: int, n: int) -> list[Item]:
        return [Item(0, "文" * width, "文" * width, float(width), False, False) for _ in range(n)]

    def end(text: str) -> Item:
        return Item(0, text, text, float(len(text)), False, True)

    head = Item(0, "关于我国的外交工作", "关于我国的外交工作", 9.0, False, False)
    opening = Item(0, "过去五年，中国政府坚", "过去五年，中国政府坚", 10.0, False, False)
    above = [*run(13, 6), end("裂祖国的行动。")]
    # PyMuPDF (devpages gov-1993-02): a 13 em column, the head, then a 12 em one: two articles, the head a title
    cut = split_inner_heads([*above, head, opening, *run(12, 6), end("甲乙。")])
    assert [(h, len(p)) for h, p in cut] == [(False, 7), (True, 1), (False, 8)]
    # the same head between runs of one measure is a subheading: the column goes on under it
    opening13 = Item(0, "过去五年，中国政府坚持", "过去五年，中国政府坚持", 11.0, False, False)
    kept = split_inner_heads([*above, head, opening13, *run(13, 6), end("甲乙。")])
    assert [(h, len(p)) for h, p in kept] == [(False, 16)]
    assert_devpage_title("pymupdf", "gov-1993-02", "关于我国的外交工作")


def test_a_pull_quote_under_a_title_never_takes_in_the_element_before_the_title() -> None:
    # a title over an unmarked quote's other lines becomes one box with them; the body line read before the title
    # (or a byline) stays where it is, even when its words with the title's are printed in the text too
    from textclean.clean.quotes import quotes_under_titles
    from textclean.clean.roles import Element, Item

    def mk(*ts: str) -> list[Item]:
        return [Item(0, t, t, float(len(t)), False, True) for t in ts]

    col = Element("body", mk("国务院将选择几个行业。对现有的股份制", "公司要依法进行规范，把企业改组。其他。"))
    before = Element("body", mk("国务院将选择几个行业。"))
    head = Element("title", mk("对现有的股份制公司要"))
    quote = Element("body", mk("依法进行规范，把企", "业改组。", "长期亏损的企业，"))
    got = quotes_under_titles([col, before, head, quote])
    assert [(e.kind, len(e.items)) for e in got] == [("body", 2), ("body", 1), ("box", 3), ("body", 1)]
