"""Section labels (``案情回顾``, ``【案情】``) set at the head of a case's text, under its byline or its dateline's
sentence: subheadings of the article, not heads of pieces of their own (:mod:`textclean.clean.sectionlabels`)."""

from __future__ import annotations

from textclean.clean.page import clean_page
from textclean.clean.roles import Element, Item
from textclean.clean.sectionlabels import labels_into_bodies

CASE = [
    "今年6月，某小区一住户与家人发生争吵后，一气之下将阳台",
    "上的一个花盆扔了下去。花盆砸在楼下的车棚上，所幸没有",
    "行人经过。小区居民报警后，民警很快锁定了这名住户。",
]
RULING = [
    "法院审理认为，被告人从建筑物抛掷物品，情节严重，其行",
    "为已构成高空抛物罪，依法判处拘役三个月，缓刑六个月。",
]
OTHER = [
    "据悉，全市法院今年将继续开展法官进社区活动，在各个社",
    "区设立法官工作室，方便群众就近咨询法律问题。",
]


def _page(*lines: str) -> bytes:
    return "\n".join(["法治", "2025年6月3日 星期二 第7版", *lines]).encode()


def _blocks(article: object) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in article.blocks]  # type: ignore[attr-defined]


def test_a_label_under_a_byline_opens_the_body_as_its_heading() -> None:
    page = _page(
        "高空抛物不是小事", "□本报记者 林海", "案情回顾", *CASE, "法官说法", *RULING,
        "法官进社区", "本报记者 陈静", *OTHER,
    )  # fmt: skip
    first = clean_page("p.txt", page).articles[0]
    assert first.title == "高空抛物不是小事"
    assert _blocks(first)[0] == ("heading", "案情回顾")
    assert "法官说法" in [text for _, text in _blocks(first)]  # (the case's text stays one body)


def test_a_label_under_a_dateline_sentence_joins_the_two_pieces() -> None:
    page = _page(
        "高空抛物不是小事", "本报合肥6月3日讯（记者 林海）近日，一起相关案件", "审理完结。", "【案情】", *CASE,
        "【法官说法】", *RULING, "法官进社区", "本报记者 陈静", *OTHER,
    )  # fmt: skip
    articles = clean_page("p.txt", page).articles
    assert [a.title for a in articles] == ["高空抛物不是小事", "法官进社区"]
    kinds = _blocks(articles[0])
    assert kinds[1] == ("heading", "【案情】")
    assert ("heading", "【法官说法】") in kinds


def _el(kind: str, *texts: str) -> Element:
    return Element(kind, [Item(0, t, t, float(len(t)), False, False) for t in texts], texts[0])


def test_a_short_title_after_a_story_or_a_spaced_label_stays_a_head() -> None:
    story = [_el("title", "法官进社区"), _el("body", "据悉，全市法院将开展活动。")]
    els = [*story, _el("title", "法治速递"), _el("body", "义诊进社区。")]  # (a new piece: no dateline's sentence)
    assert [e.kind for e in labels_into_bodies(els)] == ["title", "body", "title", "body"]
    els = [_el("subtitle", "——医生提醒"), _el("title", "健 康"), _el("body", "连日来，我省多地高温。")]
    assert [e.kind for e in labels_into_bodies(els)] == ["subtitle", "title", "body"]  # (a letter-spaced banner)
    dated = _el("body", "本报合肥6月3日讯（记者 林海）近日，案件审结。", "此后，双方达成和解。")
    els = [_el("title", "案件审结"), dated, _el("title", "法治速递"), _el("body", "义诊进社区。")]
    assert [e.kind for e in labels_into_bodies(els)] == ["title", "body", "title", "body"]  # (two sentences)


def test_a_box_head_or_a_label_under_a_closing_signature_stays_a_head() -> None:
    head = [_el("title", "高空抛物不是小事"), _el("byline", "□本报记者 林海")]
    els = [*head, _el("title", "知识链接"), _el("body", "高空抛物罪，是指从建筑物抛掷物品。")]  # (a sidebar's head)
    assert [e.kind for e in labels_into_bodies(els)] == ["title", "byline", "title", "body"]
    signed = [_el("body", "这是一件好事。"), _el("byline", "林海")]  # (a signature under a body: another piece)
    els = [*signed, _el("column", "人民论坛"), _el("body", "做好这项工作，需要各方共同努力。")]
    assert [e.kind for e in labels_into_bodies(els)] == ["body", "byline", "column", "body"]
    els = [*head, _el("title", "案情回顾"), _el("body", "今年5月，某小区")]
    assert [e.kind for e in labels_into_bodies(els)] == ["title", "byline", "body"]


def _labelled(label: str, *texts: str) -> Element:
    """A body that opens with a section label joined to it as a heading line."""
    items = [Item(0, label, label, float(len(label)), False, False, "heading")]
    return Element("body", [*items, *(Item(0, t, t, float(len(t)), False, False) for t in texts)], label)


def test_a_label_after_a_first_section_opened_by_a_label_joins_the_next_section() -> None:
    head = [_el("title", "高空抛物不是小事"), _el("byline", "□本报记者 林海")]
    first = _labelled("案情", "今年6月，一名住户将花盆扔下楼。", "民警很快锁定了这名住户。")
    out = labels_into_bodies([*head, first, _el("title", "法官说法"), _el("body", "法院审理认为，其行为已构成犯罪。")])
    assert [e.kind for e in out] == ["title", "byline", "body"]
    assert [it.text for it in out[2].items if it.role == "heading"] == ["案情", "法官说法"]


def test_a_label_after_a_body_opening_with_running_text_stays_a_head() -> None:
    head = [_el("title", "白鹭回来了"), _el("byline", "金伟平")]
    story = _el("body", "清晨的滨江步道上，晨练的市民三三两两。", "守护好生态环境，就是守护我们共同的家园。")
    els = [*head, story, _el("column", "微言"), _el("body", "让政策红利真正转化为群众的获得感，还需要打通最后一公里。")]
    assert [e.kind for e in labels_into_bodies(els)] == ["title", "byline", "body", "column", "body"]
    cut = _labelled("案情", "今年6月，一名住户将花盆扔下楼。花盆砸在楼下的")  # (the first section breaks off)
    els = [*head, cut, _el("title", "法官说法"), _el("body", "法院审理认为，其行为已构成犯罪。")]
    assert [e.kind for e in labels_into_bodies(els)] == ["title", "byline", "body", "title", "body"]


CASE14 = (
    "今年6月，某小区一住户与家",
    "人发生争吵后，一气之下将阳",
    "台上的一个花盆扔了下去。花",
    "盆砸在楼下的车棚上，所幸没",
    "民警很快锁定了这名住户。",
)


def test_a_short_title_over_another_measure_or_a_dateline_after_a_labelled_section_stays_a_head() -> None:
    # review CR: the next story's short title (``醉驾获刑``) over a body set in another measure (22 em under 14),
    # or a title over a dateline (``本报讯 近日``), is no section of the case above
    head = [_el("title", "高空抛物不是小事"), _el("byline", "□本报记者 林海")]
    wide = _el(
        "body",
        "2024年3月，王某酒后驾驶小型轿车行驶至某",
        "路口时，被执勤民警当场查获。经鉴定，其血液",
        "中酒精含量为每百毫升186毫克。法院以危险驾",
        "驶罪判处王某拘役四个月，并处罚金人民币四千",
        "元。",
    )
    els = [*head, _labelled("案情", *CASE14), _el("title", "醉驾获刑"), wide]
    assert [e.kind for e in labels_into_bodies(els)] == ["title", "byline", "body", "title", "body"]
    brief = _el("body", "本报讯 近日，市中级人民法院召开新闻", "发布会，通报了今年以来的案件情况。")
    els = [*head, _labelled("案情", *CASE14), _el("title", "法院动态"), brief]
    assert [e.kind for e in labels_into_bodies(els)] == ["title", "byline", "body", "title", "body"]


def test_a_label_over_a_section_in_the_same_measure_still_joins() -> None:
    head = [_el("title", "高空抛物不是小事"), _el("byline", "□本报记者 林海")]
    ruling = _el(
        "body",
        "法院审理认为，被告人从建筑",
        "物抛掷物品，情节严重，其行",
        "为已构成高空抛物罪，依法判",
        "处拘役三个月。",
    )
    out = labels_into_bodies([*head, _labelled("案情", *CASE14), _el("title", "法官说法"), ruling])
    assert [e.kind for e in out] == ["title", "byline", "body"]


def test_the_next_story_under_a_short_title_in_another_column_is_an_article_on_the_page() -> None:
    # review CR finding 1, end to end: pdfminer's lines set apart, the case in 14 em, the next story in 22 em
    lines = [
        "高空抛物不是小事",
        "□本报记者 林海",
        "案情",
        *CASE14[:4],
        "有行人经过。小区居民报警后，",
        CASE14[4],
        "醉驾获刑",
        "2024年3月，王某酒后驾驶小型轿车行驶至某",
        "路口时，被执勤民警当场查获。经鉴定，其血液",
        "中酒精含量为每百毫升186毫克。法院以危险驾",
        "驶罪判处王某拘役四个月，并处罚金人民币四千",
        "元。法官提醒，酒后切勿驾车。",
    ]
    page = "\n\n".join(["法治", "2025年6月3日 星期二 第7版", *lines]).encode()
    arts = clean_page("fz.txt", page).articles
    assert [a.title for a in arts] == ["高空抛物不是小事", "醉驾获刑"]
    assert [b.kind for b in arts[0].blocks] == ["heading", "paragraph"]
