"""A story's last paragraph set in its own column over the next head stays in its story, printed tight (PyMuPDF):
the measure under the break is told past that head (``wraparound.ends_over_head``). Still cut: a headless story in
a narrower measure over the next head, and a box's unindented items are no heads."""

from helpers import tight_articles

TOP = ["2026年5月24日　星期二", "第10版"]
HEAD = ["法治副校长走进课堂", "本报记者 王明远"]
#: a story in a 15 em column, its last paragraph one line
STORY = [
    "“同学们，如果有人在网上向",
    "你索要家里的银行卡号，你该怎",
    "么办？”近日，一堂别开生面的",
    "法治课在市第一中学开讲，法治",
    "副校长结合真实案例，向学生讲",
    "解网络诈骗的常见套路。",
    "近年来，全省法院坚持能动",
    "司法，通过发布典型案例、开展",
    "巡回审判等方式，引导群众尊法",
    "学法守法用法。“很多当事人起",
    "初并不知道自己的行为已经违法，",
    "往往是等到传票送到家里才意识",
    "到问题的严重性。”",
    "一位基层法官说。",
]
#: a briefs box set across two columns (29 em) under its label
BOX = [
    "法治速递",
    "法律援助热线开通　省司法厅开通法律援助热线夜间服务，每天",
    "十八点至二十二点提供免费法律咨询，方便群众下班后咨询问题。",
    "防溺水教育进校园　全省中小学近日集中开展防溺水安全教育，",
    "覆盖学生六百余万人次，并向家长发放安全提示卡片。",
]


def _articles(lines: list[str]) -> list:
    return tight_articles(*TOP, *HEAD, *lines)


def test_a_story_s_last_line_over_a_box_label_stays_in_its_story() -> None:
    arts = _articles([*STORY, *BOX])
    story = [a for a in arts if a.title == "法治副校长走进课堂"]
    assert len(story) == 1 and story[0].body.endswith("一位基层法官说。")
    assert not any(a.body.startswith("一位基层法官说") for a in arts)


def test_a_narrower_headless_story_over_the_next_head_is_still_cut() -> None:
    other = ["市场监管部门近日", "开展专项检查，出动执", "法人员两百余人次，检", "查经营户八百余家。"]
    arts = _articles([*STORY[:-1], *other, *BOX])
    assert any(a.body.startswith("市场监管部门") for a in arts)
    assert not any("市场监管部门" in a.body for a in arts if a.title == "法治副校长走进课堂")


def test_a_box_item_s_unindented_first_line_is_no_head() -> None:
    from textclean.clean.chardata import text_width
    from textclean.clean.roles import Item
    from textclean.clean.wraparound import ends_over_head

    def mk(text: str) -> Item:
        return Item(0, text, text, text_width(text), False, False)

    items = [
        "截至去年年底，全国共有公共图书",
        "馆三千余个，比上年增加五十个。",
        "耐盐碱水稻是指能在含盐量3.46%",
        "以上的土壤中正常生长的水稻品种。",
    ]
    wide = [
        "数据显示，古镇去年接待游客八百多万人次，旅游收入占全镇经济",
        "总量的两成以上。白鹭洲的做法很简单：先把路修通，再把产业引",
    ]
    body = [mk("新能源汽车的核心部件包括动力电"), mk("池、驱动电机和电控系统。"), *map(mk, items), *map(mk, wide)]
    assert not ends_over_head(body, 2, [15.0, 12.0], 29.0)


#: A 13-15 em column closing on a resident's quotation, the paragraph's last line full (review RH's F2 and F4 pages)
QUOTED_STORY = [
    "老旧小区改造惠及四万户",
    "本报记者 孙立",
    "今年以来，我市持续推进老",
    "旧小区改造，累计完成改造项目",
    "一百二十个，惠及居民四万余户，",
    "群众满意度明显提升。",
    "“以前一下雨，院子里就积",
    "水，出门都得穿雨靴。现在好了，",
    "排水管网全部换新，再也不用发",
    "愁了。”居民张大爷笑着说。",
]
#: a briefs box set wider under its label
LINKS = [
    "相关链接",
    "法律援助热线开通\u3000省司法厅开通法律援助热线夜间服",
    "务，每天十八点至二十二点提供免费法律咨询，方便群",
    "众下班后咨询问题。",
]
#: a story set wider, with no head over it
WIDE = [
    "连日来，市交通部门组织力量对全市主干道的破损路面进行",
    "集中修补，截至目前已修复坑槽两千余处，受到沿线市民和出租",
    "车司机的普遍欢迎。",
    "据了解，此次修补工作采用了新型快速修补材料，施工完成",
    "后两小时即可恢复通车，最大限度减少了对交通的影响。",
]


def _quoted(lines: list[str]) -> list:
    return tight_articles(*TOP, *QUOTED_STORY, *lines)


def _story_body(arts: list) -> str:
    return next(a.body for a in arts if a.title == "老旧小区改造惠及四万户")


def test_a_headless_news_item_over_a_box_label_is_no_tail_of_the_story() -> None:
    item = ["市场监管部门近日开展专项", "检查，出动执法人员两百余人次，", "检查经营户八百余家。"]
    arts = _quoted([*item, *LINKS])
    assert "市场监管" not in _story_body(arts)
    assert any(a.body.startswith("市场监管部门近日") for a in arts)


def test_an_agency_s_dated_item_over_the_next_head_is_no_tail_of_the_story() -> None:
    item = ["新华社北京5月20日电\u3000", "记者从国家林草局获悉，今年春", "季全国完成造林一千多万亩。"]
    arts = _quoted([*item, "主干道破损路面集中修补", *WIDE])
    assert "新华社" not in _story_body(arts) and "林草局" not in _story_body(arts)


def test_a_wide_story_s_short_opening_lines_are_no_tail_of_the_story() -> None:
    arts = _quoted(["嘀嗒，嘀嗒……", "时针指向凌晨三点", *WIDE])
    assert _story_body(arts).endswith("居民张大爷笑着说。")
    assert not any("嘀嗒" in a.body for a in arts if a.title == "老旧小区改造惠及四万户")


def test_a_story_s_last_paragraph_over_a_box_label_stays_in_its_story() -> None:
    tail = ["据悉，明年还将改造小区二十", "个，惠及居民一万余户。"]
    arts = _quoted([*tail, *LINKS])
    assert _story_body(arts).endswith("惠及居民一万余户。")
