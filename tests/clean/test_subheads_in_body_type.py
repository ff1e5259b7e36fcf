"""A subheading wrapped in its article's column, set in the body's own type (its first line as full as the column's
fullest line) or opened by a bullet set apart (``◆ …``), is the text's own: the article goes on under it
(headfit.subhead_in_body_type, asked by headfit.wrapped_head_over_opening). PyMuPDF text of an opinion page with
10 em columns, no blank lines (lay16 op-31's shape)."""

from helpers import tight_articles

from textclean.clean.innerheads import split_inner_heads
from textclean.clean.roles import Item


def _mk(t: str) -> Item:
    return Item(0, t, t, float(len(t)), False, False)


ABOVE = [
    _mk("城乡社区，板凳会院坝"),
    _mk("会议事厅等协商形式广泛"),
    _mk("开展，居民围坐在一起议"),
    _mk("身边事、解烦心事。这种"),
    _mk("接地气的协商，让民主真"),
    _mk("正融入群众的日常生活。"),
]
BELOW = [
    _mk("民主不是装饰品，不"),
    _mk("是用来做摆设的，而是要用"),
    _mk("来解决人民需要解决的问"),
    _mk("题的。要健全民主制度，"),
    _mk("丰富民主形式，拓宽民主"),
    _mk("渠道，让人民群众依法享"),
]


def _pieces(above: list[Item], head: list[Item]) -> list[tuple[bool, int]]:
    return [(h, len(p)) for h, p in split_inner_heads([*above, *head, *BELOW], spaced=False)]


def test_a_subheading_as_full_as_the_column_stays_in_the_text() -> None:
    head = [_mk("要以制度保障民主落到实"), _mk("处")]  # (broken inside a word, at the measure)
    assert (True, 2) not in _pieces(ABOVE, head)


def test_a_bulleted_subheading_set_apart_stays_in_the_text() -> None:
    head = [_mk("◆ 以制度保障民主落到"), _mk("实处")]
    assert (True, 2) not in _pieces(ABOVE, head)


def test_a_head_in_larger_type_is_the_next_articles() -> None:
    head = [_mk("以制度保障民主落到实"), _mk("处")]  # (10 em over an 11 em column)
    assert _pieces(ABOVE, head) == [(False, 6), (True, 2), (False, 6)]


def test_a_head_after_a_signed_close_is_the_next_articles() -> None:
    above = [*ABOVE[:-1], _mk("正融入群众的生活。（韩露）")]
    head = [_mk("要以制度保障民主落到实"), _mk("处")]
    assert _pieces(above, head) == [(False, 6), (True, 2), (False, 6)]


def test_a_bulleted_subheading_over_a_short_rest_stays_in_the_text() -> None:
    head = [_mk("◆ 以制度保障民主落到实"), _mk("处之道")]  # (the rest short of a first line: no wrapped-head shape)
    pieces = _pieces(ABOVE, head)
    assert pieces == [(False, 14)]


def test_a_glyph_set_tight_in_larger_type_opens_a_briefs_head() -> None:
    head = [_mk("◆以制度保障民主"), _mk("落到实处")]
    assert _pieces(ABOVE, head) == [(False, 6), (True, 2), (False, 6)]


def test_a_subheading_in_body_type_becomes_a_heading_of_its_article() -> None:
    lines = ["以全过程人民民主凝聚社会共识", "石明辉", *[it.text for it in ABOVE], "要以制度保障民主落到实", "处"]
    arts = tight_articles(*lines, *[it.text for it in BELOW], "健全的民主权利。")
    assert len(arts) == 1
    assert ("heading", "要以制度保障民主落到实处") in [(b.kind, b.text) for b in arts[0].blocks]


#: A tabloid briefs box (PyMuPDF: no blank lines, 11 em columns): each brief's head set as the first one is, over
#: its text; the first head read at the run's top (``heads_alike``: a box's items, not subheadings).
BRIEF_TEXTS = (
    (
        "记者从市交通运输局",
        "获悉，为方便市民出行，",
        "本市将于下周一起新开通",
        "三条公交线路，覆盖城东",
        "多个新建小区和产业园区",
        "，线路全长共计四十余公",
        "里。",
    ),
    (
        "市教育局昨日发布通",
        "知，全市中小学下周起实",
        "行错峰放学，以缓解校门",
        "口交通拥堵，保障学生出",
        "行安全，各校将于本周内",
        "公布具体放学时间安排。",
    ),
    (
        "今年本市计划改造老",
        "旧小区一百二十个，涉及",
        "居民三万余户，目前各区",
        "已完成方案设计和居民意",
        "见征集工作。",
    ),
)


def _briefs(*heads: tuple[str, str]) -> list:
    lines = ["都市快报", "2026年3月5日 星期四 A6", "城事简讯"]
    for head, text in zip(heads, BRIEF_TEXTS, strict=True):
        lines += [*head, *text]
    return tight_articles(*lines)


def test_briefs_headed_in_the_body_s_type_are_articles_each() -> None:
    arts = _briefs(
        ("本市新增三条公交线路方", "便市民出行"), ("全市中小学下周起错峰放", "学"), ("老旧小区改造工程本月启", "动")
    )
    assert [a.title for a in arts] == [
        "本市新增三条公交线路方便市民出行",
        "全市中小学下周起错峰放学",
        "老旧小区改造工程本月启动",
    ]


def test_briefs_headed_by_a_bullet_set_apart_are_articles_each() -> None:
    arts = _briefs(
        ("■ 本市新增三条公交线路", "方便市民出行"),
        ("■ 全市中小学下周起错峰", "放学"),
        ("■ 老旧小区改造工程本月", "启动"),
    )
    assert len(arts) == 3
    assert [a.title for a in arts][1:] == ["全市中小学下周起错峰放学", "老旧小区改造工程本月启动"]


def test_bulleted_briefs_after_a_story_in_one_run_are_articles_each() -> None:
    story = [
        "本市启动春季植树活动",
        "本报记者 张华",
        "记者从市园林局获悉",
        "，今年春季全市计划新",
        "增造林面积五万亩，建",
    ]
    story += ["设城市公园二十个。各", "区将结合城市更新，见", "缝插绿，让市民推窗见", "绿、出门见园。", "城事简讯"]
    heads = (
        ("■ 本市新增三条公交线路", "方便市民出行"),
        ("■ 全市中小学下周起错峰", "放学"),
        ("■ 老旧小区改造工程本月", "启动"),
    )
    lines = [line for head, text in zip(heads, BRIEF_TEXTS, strict=True) for line in (*head, *text)]
    arts = tight_articles("都市快报", "2026年3月5日 星期四 A6", *story, *lines)  # (the first head cut in the run)
    assert [a.title for a in arts][-2:] == ["全市中小学下周起错峰放学", "老旧小区改造工程本月启动"]
