"""A head stack read into a body over its ``——`` subtitle is cut out as a head (innerheads.stack_over_subtitle)."""

from helpers import tight_articles

from textclean.clean.innerheads import split_inner_heads
from textclean.clean.roles import Item
from textclean.clean.subtitlestack import stacks_in_sentences


def _mk(t: str, role: str = "text") -> Item:
    return Item(0, t, t, float(len(t)), False, False, role)  # type: ignore[arg-type]


ABOVE = [_mk("扎扎实实打好基础和理顺各种经济关系，促进国民经")] * 5 + [_mk("济的协调持续发展。")]
BELOW = [_mk("增强企业活力是"), *[_mk("经济体制改革的中心")] * 6]


def test_a_label_and_title_over_a_subtitle_inside_a_body_are_one_head() -> None:
    head = [_mk("史海回眸"), _mk("深化企业改革"), _mk("——坚持长期稳定发展经济的方针", "attribution")]
    pieces = split_inner_heads([*ABOVE, *head, *BELOW], False, False)
    assert [(h, len(p)) for h, p in pieces] == [(False, 6), (True, 3), (False, 7)]


def test_a_dash_line_holding_a_comma_is_running_text_not_a_subtitle() -> None:
    lines = [_mk("史海回眸"), _mk("深化企业改革"), _mk("——坚持长期稳定，发展经济的方针", "attribution")]
    pieces = split_inner_heads([*ABOVE, *lines, *BELOW], False, False)
    assert (True, 3) not in [(h, len(p)) for h, p in pieces]


def test_a_title_naming_its_place_before_a_colon_stands_in_the_stack() -> None:
    head = [_mk("牢牢端稳中国饭碗"), _mk("石泉县：小田并大田"), _mk("种粮更省心")]
    subtitle = _mk("——无人机植保覆盖率超过25.9%", "attribution")
    pieces = split_inner_heads([*ABOVE, *head, subtitle, *BELOW], False, False)
    assert [(h, len(p)) for h, p in pieces] == [(False, 6), (True, 4), (False, 7)]


def test_a_lead_in_colon_after_a_long_clause_is_running_text() -> None:
    lines = [_mk("今年经济工作的主要目标是：在"), _mk("优化结构提高效益")]
    pieces = split_inner_heads(
        [*ABOVE, *lines, _mk("——坚持长期稳定发展经济的方针", "attribution"), *BELOW], False, False
    )
    assert (True, 3) not in [(h, len(p)) for h, p in pieces]


# A head set over an article's later columns, read after its first column inside a sentence (the first column's
# last line short: a column of its own), is lifted out over its ``——`` subtitle (subtitlestack.stacks_in_sentences).
COLUMN = [_mk("上半年全国工业增长较快。"), *[_mk("国家统计局数据显示，上半年全国规模以")] * 4]
RESUMED = [_mk("规模以上工业2.0个百分点，新能源汽车"), *[_mk("风电装备等产品产量保持两位数增长，")] * 4]


def test_a_subtitled_head_inside_a_sentence_under_a_short_line_is_lifted_out() -> None:
    head = [_mk("新闻发布会"), _mk("前10个月规上工业增加值增长12.1%"), _mk("——政策组合拳效果逐步显现", "attribution")]
    pieces = split_inner_heads([*COLUMN, _mk("24.0%，快于全部"), *head, *RESUMED], False, False)
    assert [(h, [it.text for it in p]) for h, p in pieces if h] == [(True, [it.text for it in head])]
    assert [(h, len(p)) for h, p in pieces] == [(False, 11), (True, 3)]


def test_a_dash_line_under_a_line_of_running_text_stays_in_the_sentence() -> None:
    lines = [_mk("所以为娜拉计，钱，"), _mk("——高雅的说罢，就是经", "attribution")]
    pieces = split_inner_heads([*COLUMN, _mk("24.0%，快于全部"), *lines, *RESUMED], False, False)
    assert all(not h for h, _ in pieces)


def test_a_paragraph_opening_over_a_subtitled_head_inside_its_sentence_stays_text() -> None:
    opening = [_mk("数据要素市场加快培育，苏州"), _mk("数据交易所累计挂牌数据产品8884"), _mk("个，交易额突破749.1")]
    head = [_mk("数字经济核心产业增加值增长4.9%"), _mk("——专家认为全年目标有望顺利实现", "attribution")]
    body = [*COLUMN[:4], _mk("断向生产端延伸。"), *opening, *head, _mk("亿元。工业和信息化部数据显示，"), *RESUMED]
    heads = [[it.text for it in p] for h, p in split_inner_heads(body, False, False) if h]
    assert heads == [[it.text for it in head]]


def test_a_subtitled_head_inside_a_sentence_over_a_paragraph_opening_heads_the_text_below() -> None:
    head = [_mk("民心相通"), _mk("菌草技术在南非落地生根"), _mk("——记者探访开普敦职业技术学校", "attribution")]
    opening = [_mk("新华社开普敦5月20日电（记者）"), *[_mk("一些国家热衷于搞“小圈子”，将经贸问题政")] * 5]
    pieces = split_inner_heads([*COLUMN, _mk("24.0%，快于全部"), *head, *opening], False, False)
    assert [(h, len(p)) for h, p in pieces] == [(False, 6), (True, 3), (False, 6)]


def test_a_subtitled_stack_under_the_runs_first_sentence_is_left_alone() -> None:
    head = [_mk("民心相通"), _mk("菌草技术在南非落地生根"), _mk("——记者探访开普敦职业技术学校", "attribution")]
    body = [_mk("深入实施创新驱动发展战略，巩固壮大实体经济根"), _mk("基"), *head, *RESUMED]
    assert stacks_in_sentences(body, 6) == {}


def test_a_dateline_under_a_subtitled_head_inside_a_sentence_opens_the_next_article() -> None:
    head = [_mk("菌草技术在南非落地生根"), _mk("——记者探访开普敦职业技术学校", "attribution")]
    opening = [_mk("新华社开普敦5月20日电（记者彭蕾涛）一些国家"), *[_mk("一些国家热衷于搞“小圈子”，将经贸问题政")] * 5]
    pieces = split_inner_heads([*COLUMN, _mk("24.0%，快于全部"), *head, *opening], False, False)
    assert [(h, len(p)) for h, p in pieces] == [(False, 6), (True, 2), (False, 6)]


def test_lines_leaving_a_bracket_open_over_a_dash_line_are_no_head() -> None:
    lines = [_mk("本报讯（通讯员赵洋丽 记者"), _mk("——与360个国家和地区建立贸易往来", "attribution")]
    assert stacks_in_sentences([*COLUMN, _mk("24.0%，快于全部"), *lines, *RESUMED], 6) == {}


# A verse the text quotes, set line under line and signed ``——王勃``, inside running text: no head, kept in the body.
VERSE_OPENING = (
    "书香润泽百姓生活",
    "本报记者 王明",
    "近日，市图书馆举办的全民阅读活动",
    "吸引了众多市民参与，现场座无虚席。",
    "读书会由退休教师李老师主持，他从自己",
    "几十年的阅读经历讲起，谈到古典诗词对",
    "自己的影响。活动现场，一位老读者动",
    "情地朗诵起他最喜爱的诗句",
    "海内存知己",
    "天涯若比邻",
    "——王勃",
)


def test_a_quoted_verse_over_its_attribution_inside_a_paragraph_stays_in_the_story() -> None:
    rest = ("在场的读者纷纷鼓掌，现场气氛十分", "热烈。据介绍，今年以来市图书馆已举办", "各类阅读推广活动八十余场。")
    arts = tight_articles(*VERSE_OPENING, *rest)
    assert [a.title for a in arts] == ["书香润泽百姓生活"]
    assert arts[0].subtitle is None and arts[0].kicker is None
    assert "海内存知己" in arts[0].body and "天涯若比邻" in arts[0].body and "纷纷鼓掌" in arts[0].body


def test_a_quoted_verse_inside_a_sentence_that_goes_on_is_not_lost() -> None:
    rest = (
        "赢得了在场读者的阵阵掌声，现场气氛",
        "十分热烈。据介绍，今年以来市图书馆已",
        "举办各类阅读推广活动八十余场。",
    )
    arts = tight_articles(*VERSE_OPENING, *rest)
    assert [a.title for a in arts] == ["书香润泽百姓生活"]
    assert arts[0].kicker is None and arts[0].subtitle is None
    assert "海内存知己" in arts[0].body and "天涯若比邻" in arts[0].body and "阵阵掌声" in arts[0].body


def test_a_dash_line_naming_a_source_is_no_subtitle_but_a_clause_is() -> None:
    head = [_mk("新闻发布会"), _mk("前10个月规上工业增加值增长12.1%")]
    for source in ("——王勃", "——（唐）王勃", "——鲁迅《故乡》", "——《论语》", "——摘自《求是》"):
        lines = [*COLUMN, _mk("24.0%，快于全部"), *head, _mk(source, "attribution"), *RESUMED]
        assert stacks_in_sentences(lines, 6) == {}
    lines = [*COLUMN, _mk("24.0%，快于全部"), *head, _mk("——政策组合拳效果逐步显现", "attribution"), *RESUMED]
    assert stacks_in_sentences(lines, 6) == {6: 3}


def test_a_short_subtitle_opening_with_a_surname_character_is_no_source() -> None:
    head = [_mk("民心相通"), _mk("菌草技术在南非落地生根")]
    for subtitle in ("——南非行", "——高原行", "——贺新春", "——向未来", "——随笔", "——纪实", "——访张三"):
        lines = [*COLUMN, _mk("24.0%，快于全部"), *head, _mk(subtitle, "attribution"), *RESUMED]
        assert stacks_in_sentences(lines, 6) == {6: 3}, subtitle


def test_a_short_subtitled_stack_inside_a_sentence_opens_the_next_story() -> None:
    arts = tight_articles(
        "上半年工业经济稳中向好",
        "本报记者 周明",
        "上半年全国工业增长较快。",
        *["国家统计局数据显示，上半年全国规模以"] * 4,
        "24.0%，快于全部",
        "民心相通",
        "菌草技术在南非落地生根",
        "——南非行",
        "新华社开普敦5月20日电（记者 彭蕾涛）菌草技",
        "术在南非已推广到十多个省份，当地农户",
        "用菌草种植食用菌，收入明显增加。南非",
        "农业部门官员表示，这项技术帮助了许多",
        "小农户。",
    )
    assert [a.title for a in arts] == ["上半年工业经济稳中向好", "菌草技术在南非落地生根"]


def test_a_title_with_an_exclaimed_lead_stands_in_the_stack() -> None:
    head = [
        _mk("中超联赛第25轮"),
        _mk("补时绝杀！江南雄鹰力克天港海狮"),
        _mk("——江南雄鹰升至积分榜第二位", "attribution"),
    ]
    pieces = split_inner_heads([*ABOVE, *head, *BELOW], False, False)
    assert [(h, len(p)) for h, p in pieces] == [(False, 6), (True, 3), (False, 7)]


def test_an_exclamation_closing_a_clause_over_a_dash_line_is_running_text() -> None:
    lines = [_mk("中超联赛第25轮"), _mk("他们说这场比赛太好了！我们"), _mk("——江南雄鹰升至积分榜第二位", "attribution")]
    pieces = split_inner_heads([*ABOVE, *lines, *BELOW], False, False)
    assert (True, 3) not in [(h, len(p)) for h, p in pieces]
