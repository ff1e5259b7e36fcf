"""Pull-quote boxes pdfminer reads line by line with the column beside them (:mod:`textclean.clean.restatedbox`)."""

from __future__ import annotations

from helpers import devpage

from textclean.clean.restatedbox import keep_restated_box_lines, marker_past_column
from textclean.clean.roles import Item


def _mk(t: str) -> Item:
    return Item(0, t, t, float(len(t)), True, True)


def test_column_lines_read_into_a_box_go_after_it_the_box_keeps_the_lines_the_page_restates() -> None:
    said = _mk("甲乙丙丁戊己，联合体超计划生产的产品，可以自销。子丑寅卯")
    box = ["镍、钴、稀土、铌等资源，扩大我国钢铁和有", "联合体超计划生产的产品，可以", "色金属的品种。", "自销。"]
    items = [said, _mk("●观 点"), *map(_mk, box), said]
    assert keep_restated_box_lines(items, 1, 5) == 4  # (the quote's short tail read past the box's end)
    assert [it.text for it in items[2:6]] == [box[1], box[3], box[0], box[2]]
    # negative: a box whose sentence the page prints nowhere else keeps its lines (a quote from another page)
    items = [_mk("子丑寅卯辰巳午未申酉"), _mk("●观 点"), *map(_mk, box), _mk("子丑寅卯辰巳午未申酉")]
    assert keep_restated_box_lines(items, 1, 5) == 5
    assert [it.text for it in items[2:6]] == box
    # negative: restated runs that end no sentence (a few runs shared by chance) are no quote
    items = [
        said,
        _mk("●观 点"),
        _mk("镍、钴、稀土、铌等资源，扩大我国钢铁和有"),
        _mk("联合体超计划生产的产品，可以"),
        said,
    ]
    assert keep_restated_box_lines(items, 1, 4) == 4


def test_a_marker_read_inside_the_column_goes_past_its_lines_to_the_box() -> None:
    said = _mk("其他内容。加速金融体制的改革，既是国家加强和改善宏观管理的重要内容，也是搞活经济的必要条件。")
    col = ["促使企业经营者同全体", "●观 点", "职工一道切实加强各项基础工作，建", "立严格的内部管理制度。"]
    box = ["加速金融体制的改革，既是国家加强", "和改善宏观管理的重要内容，也是搞", "活经济的必要条件。"]
    items = [*map(_mk, col), *map(_mk, box), said]
    assert marker_past_column(items, 1, 4)
    assert [it.text for it in items[:7]] == [col[0], col[2], col[3], col[1], *box]
    # negative: the line above the marker ends its sentence (the box opens there, its lines its own)
    items = [_mk("促使企业经营者同全体。"), *map(_mk, col[1:]), *map(_mk, box), said]
    assert not marker_past_column(items, 1, 4)


def test_pull_quotes_read_with_the_column_beside_them_on_devpages() -> None:
    for name in ("gov-1980-02", "gov-1987-02"):
        gold, articles = devpage("pdfminer", name)
        quotes = [a["pull_quote"] for a in gold if a.get("pull_quote")]
        assert quotes
        assert all(q in [a.pull_quote for a in articles] for q in quotes), name
