"""Paragraph breaks and subheadings from line shapes (``textclean.clean.blocks``)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textclean.clean.blocks import body_blocks, heading_spans, is_heading_text, is_paragraph_break, local_columns
from textclean.clean.roles import Item, make_items
from textclean.models import Line


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
    # measured with the attribution the column is 24 em, and the paragraph's short first line reads as a heading
    plain = sparse(*NARROW_BODY, attribution)
    assert local_columns(plain)[7] > 20
    assert "heading" in [b.kind for b in body_blocks(plain)]


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

    from textclean.clean.blocks import WINDOW

    items = [Item(i, "", "", w, True, True) for i, w in enumerate(widths)]
    expected = []
    for i in range(len(widths)):
        win = widths[max(0, i - WINDOW) : i + WINDOW + 1]
        expected.append(float(median([w for w in win if w >= 0.75 * max(win)])))
    assert local_columns(items) == expected


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


BODY_7 = (
    "产业工人是推动高质量发展的重要力",
    "量。要深化产业工人队伍建设改革，畅通",
    "技能人才成长通道，让更多职工凭技能立",
    "身。",
)


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
    # two short lines of the same width: halves anywhere on the page, but at the top the upper one may be a banner
    assert _titles("奋进新征程建功新时代", "推进职工文化建设", "周明", *BODY_7) == [
        "奋进新征程建功新时代",
        "推进职工文化建设",
    ]
    assert _titles("题头", "栏目名称", "奋进新征程建功新时代", "推进职工文化建设", "周明", *BODY_7) == [
        "题头",
        "栏目名称",
        "奋进新征程建功新时代推进职工文化建设",
    ]


def _boxes(*lines: str) -> list[str]:
    """The pull-quote box texts :func:`page_elements` finds in a page of ``lines`` (a blank line after each)."""
    from textclean.clean.layout import page_elements

    page = []
    for t in lines:
        page += [Line(len(page), t), Line(len(page) + 1, "")]
    return [e.text for e in page_elements(page) if e.kind == "box"]


QUOTE_LINES = (
    "要把学习宣传贯彻党",
    "的二十大精神作为首要政",
    "治任务，在全面学习、全面把握、",
    "全面落实上下功夫，努力推",
    "动工会工作走在前。",
)


def test_a_lone_ragged_line_of_a_pull_quote_stays_in_its_box() -> None:
    # the third line is far wider than the first, but the quote's sentence goes on, narrow again, after it
    assert _boxes("●观 点", *QUOTE_LINES, "打造“五型”工会", "周明", *BODY_7) == ["".join(QUOTE_LINES)]


def test_wide_lines_after_a_box_that_lost_its_full_stop_are_not_the_box() -> None:
    # no sentence end in the box: the wide body lines after it end the box at the first of them
    box = ("要把学习宣传贯彻党", "的二十大精神作为首要")
    body = ("习近平总书记关于工人阶级和工会工作", "的重要论述，为各级工会开创工作新局面", "提供了行动指南。")
    assert _boxes("●观 点", *box, *body) == ["".join(box)]


def _articles(*lines: str) -> list:
    """The articles :func:`build_articles` makes of a page of ``lines`` (a blank line after each)."""
    from textclean.clean.articles import build_articles
    from textclean.models import Page

    page: list[Line] = []
    for t in lines:
        page += [Line(len(page), t), Line(len(page) + 1, "")]
    return build_articles(Page("p.txt", "0" * 64, "utf-8", tuple(page)))


def test_a_body_left_without_a_headline_takes_its_first_line_when_it_reads_as_one() -> None:
    # the first line is exactly as wide as a paragraph's first line (the column less the indent) above a
    # full line, so it reads as the body's first line; but no headline is left for this body: it is the title
    body = ("产业工人是推动高质量发展的重要力量，要深", "化产业工人队伍建设改革，畅通技能人才成长", "通道。")
    (article,) = _articles("推动产业工人队伍建设改革走深走实了", *body)
    assert article.title == "推动产业工人队伍建设改革走深走实了"
    assert [b.text for b in article.blocks] == ["".join(body)]


def test_a_titleless_body_keeps_a_first_line_of_running_text() -> None:
    # a first line with a comma is running text: the article keeps it (and, without a title, is quarantined later)
    body = ("产业工人是推动高质量发展的重要，力量", "化产业工人队伍建设改革，畅通技能人才成长", "通道。")
    (article,) = _articles(*body)
    assert article.title == ""
    assert [b.text for b in article.blocks] == ["".join(body)]


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


SKILLS_BODY = (
    "奋进新征程，建功新时代，职工技能培训是",
    "推进产业工人队伍建设的重要一环，要健全",
    "职工技能培训体系，推进职工技能培训常态",
    "化，让职工在奋进新征程中建功新时代。",
)
LAW_BODY = (
    "奋进新征程，建功新时代，工会法治建设是",
    "维护职工权益的重要保障，要深化工会法治",
    "建设，完善劳动法律监督，在奋进新征程中",
    "建功新时代。",
)
AFFILIATION = "（作者单位：中国工运研究所）"


def test_a_slogan_under_a_column_label_is_the_kicker_of_the_title_below_it() -> None:
    # the slogan's words are in both bodies, the title's only in the first: the slogan is the kicker, and
    # the second body's title, set apart at the foot of the page, is not pushed aside by it
    page = ("G 工作研究", "奋进新征程建功新时代", "推进职工技能培训", *SKILLS_BODY, AFFILIATION, *LAW_BODY, AFFILIATION)
    skills, law = _articles(*page, "深化工会法治建设")
    assert (skills.column, skills.kicker, skills.title) == ("工作研究", "奋进新征程建功新时代", "推进职工技能培训")
    assert (law.column, law.kicker, law.title) == (None, None, "深化工会法治建设")
    # negative: two stacked titles that each name their own body stay two articles' titles
    skills, law = _articles("G 工作研究", "深化工会法治建设", "推进职工技能培训", *SKILLS_BODY, AFFILIATION, *LAW_BODY)
    assert (skills.column, skills.kicker, skills.title) == (None, None, "推进职工技能培训")
    assert (law.column, law.kicker, law.title) == ("工作研究", None, "深化工会法治建设")


def test_a_lone_slogan_over_a_title_away_from_its_body_is_that_titles_kicker() -> None:
    # the second article's headline, set apart at the foot of the page: a slogan both bodies speak of, then
    # a title only the second names. Read apart, the slogan fits the second body as well as the title does
    law_title = "深化工会法治建设完善劳动法律监督"
    page = ("推进职工技能培训", "周明", *SKILLS_BODY, AFFILIATION, *LAW_BODY, AFFILIATION)
    skills, law = _articles(*page, "奋进新征程建功新时代", law_title)
    assert (skills.kicker, skills.title) == (None, "推进职工技能培训")
    assert (law.kicker, law.title) == ("奋进新征程建功新时代", law_title)
    # negative: a line that names one body is a title, even set right above another
    skills, law = _articles("深化工会法治建设", "推进职工技能培训", "周明", *SKILLS_BODY, AFFILIATION, *LAW_BODY)
    assert (skills.kicker, skills.title) == (None, "推进职工技能培训")
    assert (law.kicker, law.title) == (None, "深化工会法治建设")
    # negative: the page's first line is left to the banner test (a page with more headlines than bodies)
    skills, law = _articles("奋进新征程建功新时代", *page, law_title)
    assert (skills.page_banner, skills.kicker, skills.title) == ("奋进新征程建功新时代", None, "推进职工技能培训")


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
    # negative: without the text's word across the break, the two lines of the same shape still join
    other = tuple(t.replace("改革精神在基层", "改革举措在基层") for t in body1)
    assert _titles(*other, "（作者单位：某某大学）", *heads, "王建国", *body2) == [
        "推动改革精神",
        "在基层落地见效从历史中汲取力量",
    ]
