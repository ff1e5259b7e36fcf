"""A series' name among a story's headline lines (PyMuPDF, no blank lines): a kicker over the title or a subtitle
under it, where it repeats another head of the page and says little of the running text."""

from __future__ import annotations

from helpers import tight_articles

HEALTH = ("健康是促进人的全面发展的必然要求。要", "坚持为人民健康服务的方向，提高人民健", "康水平。")
ECOLOGY = ("建设生态文明，是关系人民福祉、关乎民", "族未来的长远大计。必须大力推进生态文", "明建设，努力建设美丽中国。")
DEFENCE = (
    "加快推进国防和军队现代化，是我国现代",
    "化建设的战略任务。要坚持走中国特色精",
    "兵之路，加快推进军队现代化建设。",
)


def _heads(articles: list) -> list[tuple]:
    return [(a.kicker, a.title, a.subtitle) for a in articles]


def test_a_series_name_over_one_title_and_under_another_is_kicker_and_subtitle() -> None:
    page = ("提高人民健康水平", *HEALTH, "聚焦党的十八大报告", "大力推进生态文明建设", *ECOLOGY)
    page += ("加快推进国防和军队现代化", "党的十八大报告学习笔记", *DEFENCE)
    assert _heads(tight_articles(*page)) == [
        (None, "提高人民健康水平", None),
        ("聚焦党的十八大报告", "大力推进生态文明建设", None),
        (None, "加快推进国防和军队现代化", "党的十八大报告学习笔记"),
    ]


def test_lines_that_repeat_no_other_head_stay_one_headline() -> None:
    # negative: the lines over and under the titles repeat nothing else on the page, and the body says them
    page = ("提高人民健康水平", *HEALTH, "继续推进生态文明", "大力推进生态文明建设", *ECOLOGY)
    page += ("加快推进国防和军队现代化", "推进军队现代化", *DEFENCE)
    heads = _heads(tight_articles(*page))
    assert ("继续推进生态文明", "大力推进生态文明建设", None) not in heads
    assert all(subtitle is None for _, _, subtitle in heads)


def test_a_series_line_holding_a_space_is_cut_at_its_end() -> None:
    from textclean.clean.roles import Element, Item
    from textclean.clean.seriesheads import series_heads

    def mk(kind: str, *texts: str) -> Element:
        return Element(kind, [Item(0, t, t, float(len(t)), False, True, "text") for t in texts], " ".join(texts))

    page = [mk("title", "聚焦 党的十八大报告", "大力推进生态文明建设"), mk("body", "大力推进生态文明建设")]
    page.append(mk("title", "解读党的十八大报告"))
    assert [e.text for e in series_heads(page)][:2] == ["聚焦 党的十八大报告", "大力推进生态文明建设"]


def test_a_title_under_a_far_narrower_label_is_no_series_subtitle() -> None:
    # ``社会观察`` over ``粮价上涨考验沙特阿拉伯民生`` (which repeats another title's words and says less of the
    # text) were a title and its subtitle; a 4 em label over a 13 em line is that title's kicker
    from textclean.clean.chardata import text_width
    from textclean.clean.roles import Element, Item
    from textclean.clean.seriesheads import series_heads

    def mk(kind: str, no: int, t: str) -> Element:
        return Element(kind, [Item(no, t, t, text_width(t), False, False, "text")], t)

    els = [
        mk("title", 0, "粮价上涨考验西班牙民生"),
        mk("body", 1, "西班牙的物价涨了这么多，工资却几乎没动，政府表示将出台补贴措施。"),
        mk("title", 2, "社会观察"),
        mk("title", 3, "粮价上涨考验沙特阿拉伯民生"),
        mk("body", 4, "社会观察人士认为，物价涨了这么多，工资却几乎没动，社会各界观察到不满情绪。"),
    ]
    assert [e.kind for e in series_heads(els)] == ["title", "body", "title", "title", "body"]
    # negative: a line as wide as the title over it is still a series' subtitle when it repeats another head
    els[2] = mk("title", 2, "社会观察家看中东局势")
    assert series_heads(els)[3].kind == "subtitle"
