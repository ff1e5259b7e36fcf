"""Paragraph breaks and subheadings from line shapes (``textclean.clean.blocks``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textclean.clean.blocks import body_blocks, is_paragraph_break
from textclean.clean.columns import local_columns
from textclean.clean.roles import Item, make_items
from textclean.clean.subheads import heading_spans, is_heading_text, mark_numbered_headings
from textclean.models import Block, Line


def item(text: str, gap_before: bool = True, gap_after: bool = True, role: str = "text") -> Item:
    from textclean.clean.chardata import text_width

    return Item(0, text, text, text_width(text), gap_before, gap_after, role)


def sparse(*texts: str) -> list[Item]:
    """Lines of a sparse piece (a blank line after every printed line)."""
    lines = []
    for i, t in enumerate(texts):
        lines += [Line(2 * i, t), Line(2 * i + 1, "")]
    return make_items(lines)


def test_short_last_line_ends_paragraph() -> None:
    assert is_paragraph_break(item("事业和工会工作高质量发展。"), item("习近平法治思想是习近平新时代中国"), 18.0, False)


def test_indented_line_after_full_sentence_end_starts_paragraph() -> None:
    a = item("在岗培训力度，落实终身职业技能培训制。")
    b = item("二是深化创新创效活动。鼓励企业深入")
    assert is_paragraph_break(a, b, 19.0, False)


@pytest.mark.parametrize(
    ("a", "b", "col"),
    [
        (
            "式推动工会工作高质量发展的思想支撑。",
            "要注重提升政治能力。坚持把党的领导作",
            18.0,
        ),  # full line ends a sentence mid-paragraph
        ("法律是治国之重器，法治是治国理政", "的基本方式。党的二十大报告以专门章节", 18.0),  # no sentence end
        ("竖起的横幅上写满中文或俄文的“五一万岁”", "“劳工神圣”“全世界无产者联合起来”等标", 20.0),
    ],
)
def test_full_lines_do_not_break(a: str, b: str, col: float) -> None:
    assert not is_paragraph_break(item(a), item(b), col, False)


def test_a_full_line_opening_with_tongshi_runs_on_but_a_numbered_one_opens_a_paragraph() -> None:
    """``同时，`` ties its sentence to the one before (devpages gov-2001-01, pdfminer, a line per box): two full
    lines stay one paragraph; ``第二，`` on the same full line after a sentence end still opens one."""
    a = item("济持续快速健康发展，从而为处理好其他矛盾提供了基础。")
    assert not is_paragraph_break(a, item("同时，坚持两手抓、两手都要硬的方针，不断加强社会主"), 26.0, False)
    assert is_paragraph_break(a, item("第二，坚持两手抓、两手都要硬的方针，不断加强社会主"), 26.0, False)


def test_first_line_short_by_its_indent_is_not_a_paragraph_end() -> None:
    a = item("三是企业健全技能人才岗位使用机制。")
    b = item("实现技能操作岗位、专业技术岗位和经营管")
    assert not is_paragraph_break(a, b, 19.0, True)


def test_dense_piece_breaks_only_at_blank_lines() -> None:
    a = item("社保数据资源开放共享，积极参与政务服务一体化建设。", gap_before=False, gap_after=False)
    b = item("主动将社保公共服务融入政务服务的协同体系，加强市县", gap_before=False, gap_after=False)
    assert not is_paragraph_break(a, b, 26.0, False)
    c = item("员提供安全、高效、便民的社保经办服务提供了法律保障。", gap_before=False, gap_after=True)
    d = item("《条例》在社保经办领域的突破主要体现在：一是首次将", gap_before=True, gap_after=False)
    assert is_paragraph_break(c, d, 26.0, False)


def test_attribution_is_its_own_block() -> None:
    a = item("高制造业的吸引力，提升从业人员归属感和获得感。", gap_after=False)
    b = item("——中国人事科学研究院人力资源市场研究室主任 田永坡", gap_before=False, role="attribution")
    assert is_paragraph_break(a, b, 26.0, False)


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("一、以习近平法治思想为引领，根植法治工会理念", True),
        ("加强职业教育与培训", True),
        ("当前工会劳动法律监督的实践探索", True),
        ("目标，构建工会法律制度体系", False),  # a comma without numbering
        ("一是突出导向，培养人才。", False),
        ("作走在前、开新局。", False),
        ("", False),
        # devpages gov-1958-01: 最后 opens an enumerated paragraph with its comma (最后，…), not a heading's words
        ("最后说到文教战线上的情况", True),
        ("三是加强农田水利建设", False),  # (numbered so, an enumerated paragraph's opening)
    ],
)
def test_heading_text(text: str, ok: bool) -> None:
    assert is_heading_text(text) is ok


BODY = [
    "近年来，产业工人队伍不断壮大，综合",
    "素质持续提升，创新创造成果层出不穷。目",
    "前，我国多个领域仍面临技术“卡脖子”，迫",
    "发挥他们在技术创新中的主力军作用。",
    "加强职业教育与培训",
    "一是突出“高精尖缺”导向，“靶向”培",
    "养创新型技能人才。创新校企融合方式，根",
    "据企业实际用工需求，动态调整职业院校专",
    "系，“靶向”培养高技能人才。",
]


def test_subheading_between_paragraphs() -> None:
    items = sparse(*BODY)
    assert heading_spans(items, local_columns(items)) == {4: 4}
    blocks = body_blocks(items)
    assert [b.kind for b in blocks] == ["paragraph", "heading", "paragraph"]
    assert blocks[1].text == "加强职业教育与培训"


def test_two_line_numbered_heading_is_joined() -> None:
    items = sparse(
        "推动工会工作高质量发展的组织支撑。要坚",
        "持制度管党治会，根据党章党规党纪以及有",
        "事业和工会工作高质量发展。",
    )
    lines = [Line(i, t) for i, t in enumerate(["一、以习近平法治思想为引领，", "根植法治工会理念", ""])]
    head = make_items(lines)
    after = sparse(
        "习近平法治思想是习近平新时代中国",
        "特色社会主义思想的重要组成部分，是马",
        "克思主义法治理论中国化时代化的最新成",
    )
    blocks = body_blocks(items + head + after)
    assert ("heading", "一、以习近平法治思想为引领，根植法治工会理念") in [(b.kind, b.text) for b in blocks]


def test_first_body_line_without_punctuation_is_not_a_heading() -> None:
    items = sparse(
        "体系，“靶向”培养高技能人才，推动发展。",
        "畅通技能人才职业发展通道",
        "一是深入开展高技能人才职称评审工",
        "作。特级技师、首席技师评聘试点是推进技",
        "能人才评价改革的重要制度安排，要积极推",
        "职称和职业技能等级贯通。",
    )
    kinds = [(b.kind, b.text[:6]) for b in body_blocks(items)]
    assert kinds == [("paragraph", "体系，“靶向"), ("heading", "畅通技能人才"), ("paragraph", "一是深入开展")]


def test_a_lone_short_line_closing_a_paragraph_is_not_a_heading() -> None:
    items = sparse(
        "党的二十大是一次高举旗帜、凝聚力",
        "量、团结奋进的大会，为全面建设社会主义",
        "教育。",
        "三是优化职业教育培养模式，提高学生",
        "创新能力。改革传统课堂教育的人才培养模",
    )
    assert [b.kind for b in body_blocks(items)] == ["paragraph", "paragraph"]


def test_attribution_set_against_last_line_does_not_make_a_piece_dense() -> None:
    """In a sparse piece an attribution printed with no blank above it must not split the paragraph."""
    lines = [
        Line(0, "党的二十大报告提出，要健全劳动法律法规"),
        Line(1, ""),
        Line(2, "完善劳动关系协商协调机制，畅通劳动者诉求"),
        Line(3, ""),
        Line(4, "表达、利益协调和权益保障通道，加强保"),
        Line(5, ""),
        Line(6, "障。"),
        Line(7, "——中国劳动和社会保障科学研究院研究员 王文珍"),
    ]
    items = make_items(lines)
    items[-1].role = "attribution"
    blocks = body_blocks(items)
    assert [b.kind for b in blocks] == ["paragraph", "attribution"]
    assert blocks[0].text.endswith("加强保障。")


def test_short_paragraph_first_line_followed_by_a_full_line_is_not_a_heading() -> None:
    items = sparse(
        "量，以大力量推动大发展。工会是党联系职",
        "可代替的地位，能够发挥积极作用。",
        "工会劳动法律监督能够推动源头治理",  # no punctuation, short: but the next line is full
        "劳动关系矛盾，畅通职工诉求表达通道，是构",
        "构建和谐劳动关系的重要途径之一。应不",
    )
    assert [b.kind for b in body_blocks(items)] == ["paragraph", "paragraph"]


def test_the_line_after_a_subheading_is_measured_with_its_marks_squeezed() -> None:
    """Six marks let the paragraph's first line hold as many characters as a full line of a 17 em column."""
    items = sparse(
        "党的二十大报告提出，要加快建设制造",
        "强国质量强国，培育知识型技能型创新",
        "型产业工人，发挥他们在技术创新中的",
        "主力军作用。",
        "加强职业教育与培训",
        "一是突出“高精尖缺”导向，“靶向”",  # 17 em as printed, 14.5 em with its marks squeezed
        "培养创新型技能人才。创新校企融合方",
        "式，根据企业实际用工需求动态调整职",
        "业院校专业设置及招生计划，引导企业",
        "投入资金、师资和设备参与培训。",
    )
    assert [(b.kind, b.text[:4]) for b in body_blocks(items)] == [
        ("paragraph", "党的二十"),
        ("heading", "加强职业"),
        ("paragraph", "一是突出"),
    ]
    # a line that fills the column without marks is a paragraph's second line
    full = sparse(
        "党的二十大报告提出，要加快建设制造",
        "强国质量强国，培育知识型技能型创新",
        "型产业工人，发挥他们在技术创新中的",
        "主力军作用。",
        "加强职业教育与培训",
        "一是突出高精尖缺导向与靶向，培养创",  # full: the second line of a paragraph
        "新型技能人才。创新校企融合方式，根",
        "据企业实际用工需求，动态调整职业院",
        "校专业设置及招生计划，引导投资。",
    )
    assert "heading" not in [b.kind for b in body_blocks(full)]


def test_a_subheading_over_a_dense_piece() -> None:
    """In a dense piece blank lines break paragraphs: the piece's first line may be full."""

    def dense(*texts: str) -> list[Line]:
        return [Line(i, t) for i, t in enumerate(texts)]

    lines = dense(
        "方式等方面，从政策上给予指引和明确，激发一线产业工人持续",
        "的创新活力。",
        "",
        "畅通技能人才职业发展通道",
        "",
        "一是深入开展高技能人才职称评审工作。特级技师、首席技",  # full: the indent was lost in a justified piece
        "师评聘试点是推进技能人才评价改革的重要制度安排，要积",
        "极推动“新八级工”制度，拓展技能人才上升通道。",
    )
    blocks = body_blocks(make_items(lines))
    assert [(b.kind, b.text[:4]) for b in blocks] == [
        ("paragraph", "方式等方"),
        ("heading", "畅通技能"),
        ("paragraph", "一是深入"),
    ]
    # set as a sparse piece, the full line under the short one is a paragraph's second line
    sparse_items = sparse(
        "方式等方面，从政策上给予指引和明确，激发一线产业工人持续",
        "的创新活力。",
        *[ln.text for ln in lines[3:] if ln.text],
    )
    assert "heading" not in [b.kind for b in body_blocks(sparse_items)]


NARROW_BODY = (
    "党的二十大报告提出，要深化",
    "工会、共青团、妇联等群团组织改",
    "革和建设，有效发挥桥梁纽带作",
    "用。工会改革和建设必须坚持党",
    "的领导，不断增强政治性、先进性、",
    "群众性，在充分发挥党联系职工群",
    "众的桥梁纽带作用中体现新作为。",
    "要向数字技术借力建设工会组",  # a paragraph's first line, its indent lost
    "织管理平台，在协调劳动关系和",
    "维护职工队伍稳定中把数字化和",
    "互联网管理手段用活。推进工会",
    "工作社会化，拓展联系职工的新途",
    "径新方式，建立完善和谐劳动关",
    "法依规为职工提供优质服务。",
)


def test_an_attribution_line_does_not_widen_a_narrow_column() -> None:
    """In a column of about 15 em, a 24 em attribution line nearby must not pass for the column's width."""
    attribution = "——中国人民大学劳动人事学院党委书记、副院长 唐鑛"
    items = sparse(*NARROW_BODY, attribution)
    items[-1].role = "attribution"
    cols = local_columns(items)
    assert max(cols) < 17
    assert [b.kind for b in body_blocks(items)][-1] == "attribution"
    assert "heading" not in [b.kind for b in body_blocks(items)]
    # measured with the attribution the window's column is 24 em; subheadings are measured against the column on
    # their side of a measure change (columns.split_columns), so the paragraph's short first line reads as none
    plain = sparse(*NARROW_BODY, attribution)
    assert local_columns(plain)[7] > 20
    assert "heading" not in [b.kind for b in body_blocks(plain)]


def test_a_subheading_wrapped_over_three_lines_of_a_narrow_column() -> None:
    before = sparse("推动工会工作高质量发展的组织", "支撑。要坚持制度管党治会。")
    head = make_items(
        [Line(i, t) for i, t in enumerate(["二、以满足职工美好", "生活需要为目标，构建", "工会法律制度体系", ""])]
    )
    after = sparse("推动实现共同富裕是中", "国式现代化的本质要求之一，", "也是工会工作的重要目标。")
    blocks = body_blocks(before + head + after)
    assert ("heading", "二、以满足职工美好生活需要为目标，构建工会法律制度体系") in [(b.kind, b.text) for b in blocks]
    # four short lines set together are more than a subheading takes
    four = make_items(
        [
            Line(i, t)
            for i, t in enumerate(["二、以满足职工美好", "生活需要为目标，构建", "工会法律制度", "体系建设", ""])
        ]
    )
    assert "heading" not in [b.kind for b in body_blocks(before + four + after)]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=1, max_value=60).map(lambda w: w / 2), min_size=1, max_size=60))
def test_local_columns_match_a_plain_sliding_median(widths: list[float]) -> None:
    from statistics import median

    from textclean.clean.columns import WINDOW

    items = [Item(i, "", "", w, True, True) for i, w in enumerate(widths)]
    expected = []
    for i in range(len(widths)):
        win = widths[max(0, i - WINDOW) : i + WINDOW + 1]
        expected.append(float(median([w for w in win if w >= 0.75 * max(win)])))
    assert local_columns(items) == expected


# --- text set line under line (pdftotext, PyMuPDF, pdfminer's tight boxes): issue 18, failure class 6 ---


def dense(*texts: str) -> list[Item]:
    """Lines set one under the other, as pdftotext and PyMuPDF return them ("" for a blank line)."""
    return make_items([Line(i, t) for i, t in enumerate(texts)])


def starts(blocks: list[Block], n: int = 5) -> list[tuple[str, str]]:
    return [(b.kind, b.text[:n]) for b in blocks]


#: pdftotext's text of a 17 em column (devpages gov-2019-02): each paragraph's first line is 2 em short
#: (its indent dropped), its last line short and ending a sentence; the blank line is a column break.
PDFTOTEXT_COLUMN = (
    "我国有上亿市场主体，而且还在不",
    "断增加。把市场主体的活跃度保持住、",
    "提上去，是促进经济平稳增长的关键所",
    "在。要深化“放管服”改革，降低制度",
    "性交易成本，下硬功夫打造好发展软环",
    "境。",
    "以简审批优服务便利投资兴业。市",
    "场配置资源是最有效率的形式。要进一",
    "步缩减市场准入负面清单，推动“非禁",
    "即入”普遍落实。政府部门做好服务是本",
    "分，服务不好是失职。",
    "以公正监管促进公平竞争。公平竞",
    "争是市场经济的核心，公正监管是公平",
    "竞争的保障。改革完善公平竞争审查和",
    "公正监管制度，加快清理妨碍统一市场",
    "",
    "和公平竞争的各种规定和做法。政简易",
    "从。规则越简约透明，监管越有力有",
    "效。国家层面重在制定统一的监管规则",
    "和标准，地方政府要把主要力量放在公",
    "正监管上。",
)


def test_dense_paragraphs_end_where_the_shapes_of_lines_say() -> None:
    """A paragraph ends after a short sentence-ending line before a line short by its lost indent."""
    blocks = body_blocks(dense(*PDFTOTEXT_COLUMN))
    assert starts(blocks) == [("paragraph", "我国有上亿"), ("paragraph", "以简审批优"), ("paragraph", "以公正监管")]
    assert blocks[0].text.endswith("打造好发展软环境。")
    # negative: full lines that end a sentence ("在。要深化…", "效。国家层面…") run on
    assert "在。要深化“放管服”改革" in blocks[0].text
    assert "管越有力有效。国家层面" in blocks[2].text


def test_a_blank_line_inside_a_sentence_is_a_column_break() -> None:
    """pdftotext leaves a blank line where a column ends; mid-sentence it breaks no paragraph."""
    blocks = body_blocks(dense(*PDFTOTEXT_COLUMN))
    assert "加快清理妨碍统一市场和公平竞争的各种规定和做法。" in blocks[-1].text
    # negative: a blank line after a sentence end (a layout block ends with the paragraph) is a break
    after_end = dense(*PDFTOTEXT_COLUMN[:11], "", *PDFTOTEXT_COLUMN[11:15])
    assert starts(body_blocks(after_end))[-1] == ("paragraph", "以公正监管")


#: PyMuPDF's text of a 23 em column (devpages gov-2021-02): no blank line anywhere, a numbered
#: subheading (``（三）…。``) over two lines, one-sentence paragraphs.
PYMUPDF_COLUMN = (
    "技监管，确保金融创新在审慎监管的前提下进行。完",
    "善金融风险处置工作机制，压实各方责任，坚决守住",
    "不发生系统性风险的底线。金融机构要坚守服务实体",
    "经济的本分。",
    "（三）依靠创新推动实体经济高质量发展，培育壮大",
    "新动能。",
    "促进科技创新与实体经济深度融合，更好发挥创",
    "新驱动发展作用。",
    "提升科技创新能力。强化国家战略科技力量，推",
    "进国家实验室建设，完善科技项目和创新基地布局。",
    "实施好关键核心技术攻关工程，深入谋划推进“科技",
    "创新2030—重大项目”，改革科技重大专项实施方",
    "式，推广“揭榜挂帅”等机制。",
)


def test_pymupdf_lines_become_paragraphs_and_a_numbered_subheading() -> None:
    blocks = body_blocks(dense(*PYMUPDF_COLUMN))
    assert starts(blocks) == [
        ("paragraph", "技监管，确"),
        ("heading", "（三）依靠"),
        ("paragraph", "促进科技创"),
        ("paragraph", "提升科技创"),
    ]
    assert blocks[1].text == "（三）依靠创新推动实体经济高质量发展，培育壮大新动能。"
    # negative: a full line after a sentence end ("进国家实验室建设…布局。") runs on
    assert "创新基地布局。实施好关键核心技术" in blocks[3].text


#: PyMuPDF's text of devpages gov-1957-03 (no blank line anywhere): a paragraph's end, an unnumbered subheading,
#: the next paragraph's first line (its indent dropped, 2 em short of the 22 em column).
PYMUPDF_SUBHEADING = (
    "团体和广大群众的力量，提倡社会团体和群众之间的互",
    "助，举办各种社会福利事业。最近全国职工家属代表会",
    "议所介绍的各种群众性的互助互济办法，是有成效的，",
    "应该提倡和推广。",
    "关于工资制度问题",
    "工资问题是一个极为复杂的生产和分配的问题。它",
    "体现着工人阶级内部、产业之间、地区之间、各类人员",
    "之间的关系，也体现着工农之间、积累和消费之间、集",
)


def test_an_unnumbered_subheading_in_a_body_printed_without_blank_lines() -> None:
    # no blank line sets it apart: a short line ending no sentence between a sentence end and a paragraph's
    # first line is a subheading (before, it opened the paragraph under it)
    blocks = body_blocks(dense(*PYMUPDF_SUBHEADING))
    assert starts(blocks) == [("paragraph", "团体和广大"), ("heading", "关于工资制"), ("paragraph", "工资问题是")]
    assert blocks[1].text == "关于工资制度问题"


def test_a_short_line_whose_words_go_on_in_a_tight_body_is_no_subheading() -> None:
    # negatives: a short line whose word goes on in the next (问 / 题), or one over a full line, is text
    lines = list(PYMUPDF_SUBHEADING)
    lines[4:6] = ["关于工资制度问", "题，是一个极为复杂的生产和分配的问题。它"]
    assert all(b.kind == "paragraph" for b in body_blocks(dense(*lines)))
    lines = list(PYMUPDF_SUBHEADING)
    lines[5] = "工资问题是一个极为复杂的生产和分配的问题它还体现"
    assert all(b.kind == "paragraph" for b in body_blocks(dense(*lines)))


def test_a_short_line_over_a_full_line_its_digits_measure_short_is_no_subheading() -> None:
    # negative (PyMuPDF's text of devpages gov-2017-01): ``…由50% 提高到`` over ``75%，千方百计…``, a full line that
    # its half-width digits measure an indent short; set wide, they fill it: the short line is running text
    lines = (
        "蓄率高、以信贷为主的融资结构有关。要在控制总杠杆率的",
        "前提下，把降低企业杠杆率作为重中之重。促进企业盘活存",
        "量资产，推进资产证券化，支持市场化法治化债转股，发展",
        "多层次资本市场，加大股权融资力度，强化企业特别是国有",
        "企业财务杠杆约束，逐步将企业负债降到合理水平。",
        "多措并举降成本。扩大小微企业享受减半征收所得税优",
        "惠的范围，年应纳税所得额上限由30万元提高到50万元；",
        "科技型中小企业研发费用加计扣除比例由50% 提高到",
        "75%，千方百计使结构性减税力度和效应进一步显现。名",
        "目繁多的收费使许多企业不堪重负，要大幅降低非税负担。",
        "一是全面清理规范政府性基金，取消城市公用事业附加等基",
        "金，授权地方政府自主减免部分基金。二是取消或停征中央",
    )
    blocks = body_blocks(dense(*lines))
    assert all(b.kind == "paragraph" for b in blocks)
    assert any("提高到75%，千方百计" in b.text for b in blocks)


def test_a_dash_line_of_running_text_is_no_attribution() -> None:
    """``——`` opening a paragraph of a list names no one: it is running text, not an attribution."""
    items = dense(
        "——经济结构不断优化。消费拉动",
        "经济增长作用进一步增强。服务业",
        "比重持续提高。",
        "——研究员 王文珍",
    )
    for it in items:
        it.role = "attribution" if it.text.startswith("——") else "text"
    blocks = body_blocks(items)
    assert starts(blocks) == [("paragraph", "——经济结"), ("attribution", "——研究员")]
    assert blocks[0].text.endswith("比重持续提高。")


def test_a_body_running_into_a_wider_column_is_measured_column_by_column() -> None:
    """Lines of a 14 em column followed by a 20 em one: the narrow lines are not short lines of the wide one."""
    narrow = (
        "促进政党关系、民族关系、宗教",
        "关系、阶层关系、海内外同胞关",
        "系的和谐，对于增进团结、凝聚",
        "力量具有不可替代的作用。要贯",
        "彻长期共存、互相监督、肝胆相",
        "照、荣辱与共的方针，加强同民",
        "主党派合作共事，支持民主党派",
        "和无党派人士更好履行参政议政",
    )
    wide = (
        "、民主监督职能，选拔和推荐更多优秀党外干部",
        "担任领导职务。人民依法直接行使民主权利，管",
        "理基层公共事务和公益事业，实行自我管理、自",
        "我服务、自我教育、自我监督，对干部实行民主",
        "监督，是人民当家作主最有效、最广泛的途径。",
    )
    blocks = body_blocks(dense(*narrow, *wide))
    assert [b.kind for b in blocks] == ["paragraph"]
    # negative: the wide column's own short last line still ends a paragraph
    two = body_blocks(dense(*narrow, *wide, "这是重要经验。", "必须坚持党的领导，发展社会主义"))
    assert len(two) == 3 and two[-1].text.startswith("必须坚持")


# --- numbered subheadings (failure analysis class 4) ---


def test_a_numbered_subheading_ending_with_a_full_stop() -> None:
    """``（五）…。`` between paragraphs is a subheading, in dense and in sparse text."""
    before = ("契约，决不能“新官不理旧账”，对拖欠企业的款项", "年底前要清偿一半以上，决不允许增加新的拖欠。")
    head = ("（五）对标全面建成小康社会任务，扎实推进脱贫攻", "坚和乡村振兴。")
    after = (
        "坚持农业农村优先发展，加强脱贫攻坚与乡村振",
        "兴统筹衔接，确保如期实现脱贫攻坚目标、农民生活",
        "达到全面小康水平。",
    )
    expected = [("paragraph", "契约，决不"), ("heading", "（五）对标"), ("paragraph", "坚持农业农")]
    assert starts(body_blocks(dense(*before, *head, *after))) == expected
    assert starts(body_blocks(sparse(*before, *head, *after))) == expected
    # negatives: a numbered paragraph of two sentences, and a numbered line that closes the body
    two = ("（五）对标全面建成小康社会任务，扎实推进脱贫攻", "坚。和乡村振兴。")
    assert "heading" not in [b.kind for b in body_blocks(dense(*before, *two, *after))]
    assert "heading" not in [b.kind for b in body_blocks(dense(*before, *head))]


def test_an_unindented_numbered_subheading_without_a_final_mark() -> None:
    """``第七，…`` set flush, without a final mark, before an indented paragraph."""
    items = dense(
        "为，要坚决查处。",
        "第七，积极推进政府机构改革",
        "政府机构改革是深化经济体制",
        "改革、促进经济和社会发展的迫切",
        "要求。",
    )
    assert starts(body_blocks(items)) == [
        ("paragraph", "为，要坚决"),
        ("heading", "第七，积极"),
        ("paragraph", "政府机构改"),
    ]
    # negative: the same opener running on into a sentence is an enumerated paragraph
    items = dense("为，要坚决查处。", "第七，积极推进政府机构改革，政府机构改", "革是深化经济体制改革的迫切要求。")
    assert [b.kind for b in body_blocks(items)] == ["paragraph", "paragraph"]


def test_numbered_lines_next_to_each_other_are_a_list() -> None:
    """Short numbered one-sentence paragraphs set one after another stay paragraphs."""
    items = dense(
        "进行技术改造要紧紧围绕提高经济效益，从以下几个方面进行：",
        "一、节约能源，节约原材料，降低消耗，降低生产成本；",
        "二、改革产品结构，使产品升级换代，提高性能和质量。",
        "三、合理地利用资源，提高综合利用水平。",
        "这些方面的工作，都要从实际出发。",
    )
    assert [b.kind for b in body_blocks(items)] == ["paragraph"] * 5
    # negative: one numbered line alone between paragraphs is a subheading
    alone = dense(items[0].text, items[3].text, items[4].text)
    assert [b.kind for b in body_blocks(alone)] == ["paragraph", "heading", "paragraph"]


def test_a_numbered_line_after_a_short_unfinished_line_starts_a_paragraph() -> None:
    """A head line left at the top of a body ends no sentence; the numbered subheading under it still
    starts its own block."""
    items = dense(
        "实施乡村振兴战略",
        "（四）实施区域协调发展",
        "战略。",
        "加大力度支持革命老",
        "区、民族地区、边疆地",
        "区、贫困地区加快发展，",
        "强化举措推进西部大开发",
        "形成新格局。",
    )
    assert starts(body_blocks(items)) == [
        ("paragraph", "实施乡村振"),
        ("heading", "（四）实施"),
        ("paragraph", "加大力度支"),
    ]
    # negative: after a full line that ends no sentence the number runs on in the sentence
    items = dense("强化举措推进西部大开发", "（四）实施区域协调发展", "战略。")
    assert [b.kind for b in body_blocks(items)] == ["paragraph"]


def test_a_first_line_short_by_its_indent_and_a_kinsoku_em_is_no_subheading() -> None:
    """A paragraph's unpunctuated first line, 3 em short of a 20 em column (indent and kinsoku), over
    its short last line: running text, not a subheading with a one-line paragraph under it."""
    before = (
        "党的十五大以来，社会主义现代化事业的坚强",
        "核心不断巩固，党的建设新的伟大工程取得了",
        "重大进展，党的执政能力和领导水平明显地提",
        "高，这是历史的结论。",
    )
    after = (
        "第一，邓小平理论坚持了解放思想、实事",
        "求是，在新的实践基础上继承前人又突破了陈",
        "规，开拓了马克思主义的新境界。实事求是就",
        "是马克思主义的精髓，是毛泽东思想的精髓，",
        "也是邓小平理论的精髓。",
    )
    first = ("邓小平理论之所以能够成为马克思主义", "在中国发展的新阶段，是因为：")
    assert [b.kind for b in body_blocks(sparse(*before, *first, *after))] == ["paragraph"] * 3
    # negative: a line far shorter, over a paragraph's first line, is a subheading
    head = ("加强党的建设", "党要管党，从严治党。全面从严治党永远", "在路上，必须坚持不懈，开拓党的建设新局面")
    assert ("heading", "加强党的建设") in [(b.kind, b.text) for b in body_blocks(sparse(*before, *head))]


def test_a_short_last_line_after_a_full_sentence_end_stays_in_its_paragraph() -> None:
    """Sparse text: a short line ending a sentence under a full one, with a paragraph's first line
    after it, is the paragraph's last line, not a one-line paragraph."""
    before = (
        "过去五年，我们坚持原则，顶住压力，维护国",
        "权、领土完整和民族尊严。我国同发展中国家的团",
        "结合作进一步加强，同发达国家的关系得到改善。",
    )
    tail = "我国的国际地位日益提高。"
    after = (
        "和平与发展仍然是当今世界的两大主题。国际",
        "形势总体上继续趋向缓和，世界多极化的趋势正在",
        "发展，经济全球化的趋势日益明显，我们必须抓住",
        "机遇。",
    )
    blocks = body_blocks(sparse(*before, tail, *after))
    assert [b.text[-5:] for b in blocks] == ["日益提高。", "抓住机遇。"]
    # negative: the same kind of short line over a full line is a one-line paragraph of its own
    opening = ("推进金融体制改革。", "深化国有金融机构改革，稳步推进利率市场化改革", "和完善人民币汇率形成机制。")
    assert [b.text[:5] for b in body_blocks(sparse(*before, *opening))] == ["过去五年，", "推进金融体", "深化国有金"]


#: pdfminer's text of devpages gov-2010-03 (a 16 em justified column, kinsoku leaving some full lines 15 em): a
#: paragraph ends with 长治久安。 (15 em) and the next opens 2 em short (14 em, its indent lost).
JUSTIFIED_16 = (
    "改善民生是经济发展的根本目",
    "的。只有着力保障和改善民生，经济",
    "发展才有持久的动力，社会进步才有",
    "牢固的基础，国家才能长治久安。",
    "千方百计扩大就业。这是保障和",
    "改善民生的头等大事。今年就业形势",
    "依然严峻，工作上不能有丝毫松懈。",
    "要继续实施积极的就业政策。中央财",
    "政拟投入 433 亿元用于促进就业。",
    "重点做好高校毕业生、农民工、",
    "就业困难人员就业和退伍转业军人就",
    "业安置工作。2009 年到期的“五缓",
    "四减三补贴”就业扶持政策延长一",
    "年。",
    "加强政策支持和就业指导，鼓励",
    "高校毕业生到城乡基层、中西部地区",
    "和中小企业就业；拓宽就业、择业、",
    "创业渠道，鼓励自主创业、自谋职业",
    "等多种形式的灵活就业，以创业带动",
    "就业。建立健全公共投资带动就业的",
    "机制。继续加强职业技能培训，重点",
)


def test_a_paragraph_opens_two_em_short_of_a_justified_column_whose_median_line_is_an_em_short() -> None:
    blocks = body_blocks(sparse(*JUSTIFIED_16))
    assert [b.text[:8] for b in blocks] == [
        "改善民生是经济发",
        "千方百计扩大就业",
        "重点做好高校毕业",
        "加强政策支持和就",
    ]
    # negative: in a ragged column (lines 20 to 22 em, OCR'd), a line 2 em short of the widest after a sentence end
    # runs on (the seeds' layout: the paragraph goes on)
    ragged = (
        "各级工会要把维护职工合法权益作为基本职责，",
        "切实做好职工权益的维护工作，推进各项工作，",
        "行、职工权益的维护都面临许多新情况新问题。",
        "工会组织把推动构建中国特色和谐劳动关系作",
        "为工作主线，及时研判劳动关系的新动向、新特征",
        "和新趋势，推动完善劳动关系协调机制，加强",
        "劳动争议预防和调处工作，维护劳动关系和谐",
        "稳定，努力把矛盾纠纷化解在基层和萌芽状态，",
        "积极推动企业和职工协商共事、机制共建、效",
        "益共创、利益共享，促进企业健康发展。",
    )
    assert len(body_blocks(sparse(*ragged))) == 1


def test_a_ragged_body_set_line_under_line_is_measured_at_its_median_line() -> None:
    # the seeds' layout printed without blank lines (PyMuPDF's way; synthetic page 1): in a ragged column (20 to 23
    # em) …新情况新问题。 over 工会组织把推动构建… (2 em short of the widest) read as a paragraph break; it runs on
    ragged = (
        "工作、重大事项，以工会数智化改革为契机，运用",
        "互联网等技术手段，不断加大协同联动、流程再",
        "造、系统整合等方面的改革力度，统筹配置工会资",
        "源，建立权责统一、权威高效的执行机制，不断",
        "增强工会组织的吸引力、凝聚力、战斗力。要构建",
        "及时有力的监督机制。建立健全事前事中事后全",
        "链条全领域的动态监督及问责机制，建立政治",
        "监督、纪律监督、工作监督、组织监督、生活监",
        "督、审计监督等有机融合的工会法治监督体系，",
        "不断拓展监督广度和深度、有效消除监督盲区",
        "和死角。要构建公正透明的考核评价机制，探索建",
        "立以职工评价、会员评价为主体的工会组织考",
        "核评价体系，把法治建设成效作为衡量工会领",
        "导 班 子 和 工 会 干 部 工 作 实 绩 的 重 要 内 容 ，加 强 引",
        "领引导、激励约束和考核督促。",
        "在社会治理中发挥工会劳动法律",
        "监督作用的必要性",
        "劳动法律法规的执行和落实直接关系到职",
        "工的切身利益和获得感。相关数据表明，用人单",
        "位和劳动者之间的劳动争议主要集中在劳动法",
        "律法规的执行层面。很多违法违规行为具有隐蔽",
        "性和普遍性，职工个体难以甄别和与之抗衡，而",
        "工会法律监督具有组织性，能够从更大范围、更",
        "广层面发现问题，督促解决问题，进而保护劳动者",
        "合法权益，是工会组织参与社会治理的重要方",
        "式。",
        "同时，随着新一轮科技革命和产业变革的不",
        "断深入，数字经济、共享经济等新业态蓬勃发展，",
        "企业组织形式、管理模式、生产经营方式及用工",
        "方式等都发生深刻变化，劳动关系的确立与运",
        "行、职工权益的维护都面临许多新情况新问题。",
        "工会组织把推动构建中国特色和谐劳动关系作",
        "为工作主线，及时研判劳动关系的新动向、新特征",
        "和新问题，化解劳动关系矛盾，组织动员职工积极",
        "参与社会治理，最大限度增加和谐因素、减少不和",
        "谐因素，构建企业与职工命运共同体，维护职工队",
        "伍团结统一与社会和谐稳定，在完善社会治理体",
        "系与提高社会治理水平中不断发挥工会的优势",
        "和作用。在当前条件下，要积极推动源头治理劳",
        "动关系矛盾，参与劳动争议处理，工会需要不断完",
        "善劳动法律监督和法律援助工作，推进工会联系",
        "引导劳动关系领域社会组织，维护劳动关系领",
        "域政治安全，更好维护职工合法权益。",
    )
    assert [b.text[:6] for b in body_blocks(dense(*ragged))] == [
        "工作、重大事",
        "在社会治理中",
        "劳动法律法规",
        "同时，随着新",
    ]
    # negative: a justified body so set still breaks where a line 2 em short follows a sentence end
    assert [b.text[:8] for b in body_blocks(dense(*JUSTIFIED_16))][:2] == ["改善民生是经济发", "千方百计扩大就业"]


def test_a_short_line_parted_inside_a_word_ends_no_paragraph() -> None:
    # after devpages cpc-14-03 (pdfminer): between a 15 em column and a 24 em one, a short line read apart from the
    # rest of its column ends inside 特色; one sentence made two paragraphs
    narrow = [
        "靠专门机关和广大群众的紧密结",
        "合，坚持综合治理，坚决打击敌对",
        "势力和各种刑事犯罪活动，伸张正",
        "义，保护人民。",
    ]
    wide = [
        "中国人民解放军是人民民主专政的坚强柱石，是捍",
        "卫社会主义祖国的钢铁长城，是建设有中国特色社会主",
        "义的重要力量。在当前和今后相当长的时期内，我国社",
        "会主义现代化建设仍将在复杂多变的国际环境中进行。",
        "必须始终不渝地坚持党对军队的绝对领导，必须按照邓",
        "小平同志关于新时期军队建设的思想，走有中国特色的",
    ]
    texts = [b.text for b in body_blocks(sparse(*narrow, "城，是建设有中国特", "色社会主义的重要力量。", *wide))]
    assert "城，是建设有中国特色社会主义的重要力量。" in texts
    # negative: the same lines parted between words (…中国 / 特色…), the short line stays a paragraph of its own
    texts = [b.text for b in body_blocks(sparse(*narrow, "城，是建设有中国", "特色社会主义的重要力量。", *wide))]
    assert "城，是建设有中国" in texts


def test_a_line_short_by_a_number_that_went_whole_to_the_next_runs_on() -> None:
    # devpages gov-2003-01 (PyMuPDF): 1997 does not fit at the end of the line above and goes whole to the next; the
    # line, 3 em short of its column, ended a paragraph inside a sentence
    above = ["进，顽强拼搏，战胜种种困难，改革开放和经", "济社会发展取得举世公认的伟大成就。我们胜"]
    above += ["利实现了现代化建设第二步战略目标，开始向", "第三步战略目标迈进。"]
    above += ["五年来，国民经济保持良好发展势头，经", "济结构战略性调整迈出重要步伐"]
    below = ["元，按可比价格计算，平均每年增长7.7%。", "产业结构调整成效明显。粮食等主要农产品供"]
    below += ["给实现了由长期短缺到总量平衡、丰年有余的", "历史性转变。以信息产业为代表的高新技术产"]
    lines = ["经济持续较快增长。国内生产总值从", "1997年的7.4万亿元增加到2002年的10.2万亿"]
    ends = [b.text[-7:] for b in body_blocks(dense(*above, *lines, *below))]
    assert "国内生产总值从" not in ends
    # negative: a line shorter than the number explains still ends its paragraph
    lines = ["经济持续较快增长。", "1997年的7.4万亿元增加到2002年的10.2万亿"]
    ends = [b.text[-9:] for b in body_blocks(dense(*above, *lines, *below))]
    assert "经济持续较快增长。" in ends


def test_a_letter_spaced_line_over_a_number_it_could_not_hold_is_no_first_line() -> None:
    # devpages gov-2009-02 (pdfminer): 25.6%。 did not fit at the end of the line above, which type stretched
    # over the column; its characters 2 em short of the column, it passed for a paragraph's first line
    lines = [
        "五是加快发展现代服务业。促进金融保",
        "险、现代物流、信息咨询、软件和创意产业发",
        "展，拓展新兴服务领域。提升传统服务业。",
        "大力推进科技创新。科技创新要与扩内",
        "需、促增长，调结构、上水平紧密结合起来。",
        "今 年 中 央 财 政 科 技 投 入 1461 亿 元 ， 增 长",
        "25.6%。",
        "一要加快实施国家中长期科技发展规划纲",
        "要，特别是科技重大专项。选择一些带动力",
        "强、影响面大、见效快的项目抓紧开展工作，",
    ]
    texts = [b.text for b in body_blocks(sparse(*lines))]
    assert texts[1].endswith("紧密结合起来。今年中央财政科技投入1461亿元，增长25.6%。")
    # negative: a line that opens with Han characters is measured as it is: the short line stays a first line
    lines[6] = "百分之二十五点六。"
    texts = [b.text for b in body_blocks(sparse(*lines))]
    assert any(t.startswith("今年中央财政科技投入1461亿元，增长") for t in texts)


def test_a_numbered_lead_parted_from_the_next_line_inside_a_word_runs_on() -> None:
    # devpages gov-1978-02 (PyMuPDF): （六）… over a line ending inside 系统 was read as a numbered subheading of two
    # lines, the paragraph cut inside the word
    lines = [
        "把长江水引到黄河以北的南水北",
        "调工程。各地要因地制宜地搞好",
        "中、小水利工程，认真抓好坡",
        "地、盐碱地、红壤土等低产田的",
        "治理。",
        "（六）从上到下建立和健全",
        "农业科学研究和技术推广的系",
        "统，全面贯彻农业“ 八字宪",
        "法”，重点抓好培育和推广良",
        "种，改进耕作制度，广开肥源，",
        "大抓有机肥料，合理使用化肥。",
    ]
    texts = [b.text for b in body_blocks(dense(*lines))]
    assert not any(t.endswith("技术推广的系") for t in texts)
    assert any(t.endswith("低产田的治理。") for t in texts)  # (the paragraph above still ends there)


def test_numbered_heads_read_next_to_each_other_out_of_their_order_are_headings_not_a_list() -> None:
    """pdfminer (devpages cpc-18-04) read the heads of two sections next to each other, the text between them in
    another column: ``（二）全面提高公民道德素质。`` over ``（四）增强文化整体实力和竞争力。``. A list numbers its items
    one after another, so these are no list: both are headings (and the sections can be put in order)."""
    p = lambda t: Block("paragraph", t)  # noqa: E731
    text = "这是社会主义道德建设的基础工程，要坚持不懈地抓下去。"
    kinds = [
        b.kind
        for b in mark_numbered_headings(
            [p("（二）全面提高公民道德素质。"), p("（四）增强文化整体实力和竞争力。"), p(text)]
        )
    ]
    assert kinds == ["heading", "heading", "paragraph"]
    # negative: items numbered one after another are a list, and stay paragraphs
    kinds = [b.kind for b in mark_numbered_headings([p("（一）兴修水利。"), p("（二）开垦荒地。"), p(text)])]
    assert kinds == ["paragraph", "paragraph", "paragraph"]


def test_the_stretch_space_of_a_justified_line_is_closed_but_names_and_quotes_keep_theirs() -> None:
    # LAY3 lay3-025 (pdfminer, a 12 em column): 图。 may not open a line, so the line above holds 11 glyphs
    # stretched to 12 em and pdfminer prints the stretch as a space: 宏伟 蓝 / 图。 read 宏伟 蓝图
    lines = [
        "中国共产党第十三次全",
        "国代表大会规划了我国社会",
        "主义现代化建设的宏伟 蓝",
        "图。今后的五年，是落实十",
        "三大精神，实现新旧体制转",
        "换和第二步经济发展战略的",
    ]
    items = make_items([Line(i, t) for i, t in enumerate(lines)])
    assert body_blocks(items)[0].text.startswith(
        "中国共产党第十三次全国代表大会规划了我国社会主义现代化建设的宏伟蓝图。今后"
    )
    # negative: the names of a dateline, a quoted slogan's two parts and a paragraph's ragged last line keep theirs
    lines[2], lines[3], lines[-1] = "电（记者 史晗 龚泠磊）蓝", "图。用好“进学校 进企业”", "换和第二步 经济发展"
    text = body_blocks(make_items([Line(i, t) for i, t in enumerate(lines)]))[0].text
    assert "（记者 史晗 龚泠磊）" in text and "“进学校 进企业”" in text and text.endswith("换和第二步 经济发展")


def test_a_paragraph_listing_names_keeps_the_spaces_between_them() -> None:
    from textclean.clean.repair import join_paragraph

    text = join_paragraph(["会上，以下同志获得表彰：张建国 李明华 王", "志强 赵国庆 孙丽娟。"])
    assert "张建国 李明华" in text
    assert join_paragraph(["主义现代化建设的宏伟 蓝", "图。今后的五年"]) == "主义现代化建设的宏伟蓝图。今后的五年"


#: A PyMuPDF body whose column sets its digits half an em: the paragraph's first line under the subheading
#: (``…，1800台机``) measures 3 em short, the full line under it (``…769秒…``) fills the column with its digits
#: narrow, so the first line is short by its indent, not by digits a font set wide.
NARROW_DIGITS_SUBHEADING = (
    "各地加快培育先进制造业集群，推动传统产业改造",
    "升级，引导企业加大技术改造投入力度，提升产品",
    "附加值和市场竞争力。",
    "新兴产业集群加快成长",
    "走进位于城东的新材料产业园区，1800台机",
    "器人往来穿梭，一条产线每769秒就能下线一件产",
    "品，企业订单已经排到明年一季度，产能利用率",
)


def test_a_subheading_over_a_first_line_whose_digits_the_line_under_shows_narrow() -> None:
    # the first line's digits set wide would fill the column; the full line under it, digits and all, shows
    # them narrow: the short line between a sentence end and it is a subheading (before, a paragraph)
    blocks = body_blocks(dense(*NARROW_DIGITS_SUBHEADING))
    assert starts(blocks) == [("paragraph", "各地加快培"), ("heading", "新兴产业集"), ("paragraph", "走进位于城")]


def test_narrow_digits_below_do_not_shorten_a_line_of_latin_letters() -> None:
    # negative: a line holding Latin letters measures short of its print (capitals are wider than half an em),
    # so the short line over it stays running text
    lines = list(NARROW_DIGITS_SUBHEADING)
    lines[3:5] = ["一年期贷款市场报价利率", "（LPR）为1.5%，五年期以上LPR为2.3%，均"]
    assert all(b.kind == "paragraph" for b in body_blocks(dense(*lines)))
