"""One story set in two measures, printed tight (PyMuPDF), stays one article (``wraparound.wraps_round``): a lead
set across its columns, a story coming out wide from beside its picture, a last paragraph over one wide line; a
story's narrow first column is measured on its own side of the change for subheadings (``blocks``, with
``columns.split_columns``); lines holding curly quotes tell no set measure (``measures._running_widths``). Still cut:
another article's column after a story of several paragraphs or a sentence ending in the column, the next story
widening under its own picture (``test_next_story_column.py``), a one-paragraph story over the next one's head
(``test_runin_stories.py``)."""

from helpers import tight_articles

from textclean.clean.innerheads import split_inner_heads
from textclean.clean.roles import make_items
from textclean.models import Line

TOP = ["2026年5月24日　星期二", "第10版"]
HEAD = ["亲子读书会种下阅读的种子", "本报记者 王明远"]
#: a lead of one paragraph set across three 12 em columns
LEAD = [
    "“修书如修心。”这是她的老师留给她的一句话，也是她在这间小小的修复室里坚持了整整",
    "三十年的原因。每到周末，台下坐满了人，有拄着拐杖的老人，也有骑在父亲肩上的孩子，",
    "大家围坐在一起，听她讲一页古书怎样从虫蛀水渍里一点点恢复原貌，讲修复用的纸张和浆",
    "糊怎样选配。",
]
COLUMNS = [
    "周六上午，读书会开",
    "讲，由社区图书馆的馆员",
    "和志愿者轮流主持，每期",
    "选一本绘本，先由家长读",
    "给孩子听，再请孩子讲给",
    "家长听，最后一起画一画",
    "书里的故事。",
    "三年下来，读书会已",
    "经办了一百五十多期，参",
    "加的家庭从最初的十几户",
    "增加到两百多户，不少孩",
    "子养成了每天读书的习惯，",
    "家长们也说收获不小。",
]


def _bodies(lines: list[str]) -> list[str]:
    return [a.body for a in tight_articles(*TOP, *HEAD, *lines)]


def test_a_lead_set_across_its_columns_stays_in_its_story() -> None:
    bodies = _bodies([*LEAD, *COLUMNS])
    assert len(bodies) == 1 and bodies[0].startswith("“修书如修心。”") and bodies[0].endswith("收获不小。")


def test_a_story_of_several_paragraphs_set_wide_is_cut_from_a_headless_column() -> None:
    wide = [*LEAD, "每到周末，修复室的门都敞开着，来参观的人络绎不绝，有的人一坐就是一上午，看她一页", "一页地补。"]
    wide += ["她说，修复古籍没有捷径，只能一点一点地做，一页书有时要花上整整一周的时间，急不得，", "也快不得。"]
    bodies = _bodies([*wide, *COLUMNS])
    assert len(bodies) == 2 and bodies[1].startswith("周六上午，读书会")


#: a story's opening beside its photo (9 em), then under it (21 em): the sentence over the break already ran wider
BESIDE = [
    "世界卫生组织建议，",
    "成年人每天食盐摄入",
    "量不超过五克。",
    "调查显示，我省居",
    "民人均每日食盐摄入",
    "量约为十点五克，几",
]
UNDER = [
    "乎是推荐量的两倍，吃得太咸了。",
    "省立第二医院心内科主任医师廖曦强介绍，长期",
    "高盐饮食会导致体内钠离子增加，引起水钠潴留，使",
    "血压升高，还会加重心脏和肾脏的负担，增加脑卒中",
    "的风险。专家建议，做菜时少放盐，多用醋、柠檬",
    "汁、香料等调味，少吃咸菜、腊肉等腌制食品，外出",
    "就餐时也可以请厨师少放盐。",
]


def test_a_story_coming_out_wide_from_beside_its_picture_stays_one() -> None:
    bodies = _bodies([*BESIDE, *UNDER])
    assert len(bodies) == 1 and bodies[0].endswith("少放盐。")


def test_a_headless_column_after_a_short_last_line_is_still_cut() -> None:
    bodies = _bodies([*BESIDE, "乎是推荐量的两倍。", *UNDER[1:]])
    assert len(bodies) == 2 and bodies[1].startswith("省立第二医院")


def test_a_lone_wide_line_under_the_column_tells_no_measure() -> None:
    """A last paragraph before one wide line (an editors' note set across the page): the window under the break
    read that one line as the measure; the lines at the break are one column's."""
    column = ["读书会每周六上午开", "讲，由社区图书馆的馆员", "和志愿者轮流主持，每期", "选一本绘本。"]
    body = [*column, "三年下来，读书会已", "经办了一百五十多期，参", "加的家庭从最初的十几户", "增加到两百多户。"]
    wide = "本版邮箱：reading@example.cn 来稿请注明真实姓名和联系方式，本版文章仅代表作者观点"
    items = make_items([Line(i, t) for i, t in enumerate([*body, wide])])
    assert [h for h, _ in split_inner_heads(items, spaced=False)] == [False]


#: a story's first column beside its photo (6 em), widening under it (19 em) inside a sentence
NARROW = [
    "眼下正是",
    "小麦灌浆的关",
    "键时期，在合",
    "肥市郊的一块",
    "试验田里，几",
    "架无人机正低",
    "空掠过麦田，",
    "采集叶片颜色",
    "和株高数据。",
    "这些数据",
    "会实时传回江",
    "淮科技大学的",
    "作物智能育种",
    "平台，由模型",
]
WIDER = [
    "分析每个品系的长势和抗病能力。“过去选种",
    "主要靠育种专家下田观察，一个人一天最多看",
    "几百个小区。”平台负责人董燕明研究员说，现",
    "在机器一天就能完成上万个小区的测量，平台",
    "整合了近十五年积累的种质资源数据，训练出",
    "的预测模型准确率超过八成。",
]


def _blocks(lines: list[str]) -> list[tuple[str, str]]:
    from textclean.clean.blocks import body_blocks

    items = make_items([Line(i, t) for i, t in enumerate(lines)])
    return [(b.kind, b.text) for b in body_blocks(items)]


def test_a_first_line_in_the_narrow_column_beside_a_picture_is_no_subheading() -> None:
    """Measured against the column on its own side of the change (``columns.split_columns``), not a window across
    it: ``这些数据`` (4 em) is a paragraph's first line in a 6 em column, not a head short of a 19 em one."""
    blocks = _blocks([*NARROW, *WIDER])
    assert [k for k, _ in blocks] == ["paragraph", "paragraph"] and blocks[1][1].startswith("这些数据会实时传回")


def test_a_subheading_in_one_column_is_still_found() -> None:
    opening = [
        "借助这套系统，团队选育的耐旱小",
        "麦新品系比传统方法提前两年进入区域试验",
        "，亩产比对照品种增产近一成，已在全省推",
        "广种植两百多万亩。",
    ]
    body = [*WIDER[:5], "的预测模型准确率超过八成。", "育种周期缩短一半", *opening]
    assert ("heading", "育种周期缩短一半") in _blocks(body)


def test_lines_holding_quote_marks_tell_no_set_measure() -> None:
    """Curly quotes are of ambiguous width (a font sets them full or half an em): lines holding two fill a 19 em
    column with 20 characters' width, so they tell no measure an em apart from the lines without them."""
    from textclean.clean.measures import set_measure_changes

    text = "科研人员把更多时间用在实验室里才能让更多原创成果不断涌现出来"
    quoted = [f"{text[k : k + 9]}“{text[k + 9 : k + 18]}”" for k in range(5)]  # (20 characters, 18 Han)
    plain = [text[k : k + 19] for k in range(6)]  # (19 Han)
    ending, opening = ["这是一个很好的开始。"], [text[3:20]]

    def cuts(upper: list[str]) -> bool:
        lines = [*upper, *ending, *opening, *plain]
        return set_measure_changes(make_items([Line(i, t) for i, t in enumerate(lines)]), len(upper) + 1)

    assert not cuts(quoted)
    assert cuts([text[k : k + 20] for k in range(5)])  # (20 Han: a column an em wider)
