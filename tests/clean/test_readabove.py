"""A column read under a later story's title goes on from its story (``textclean.clean.readabove``)."""

from __future__ import annotations

from textclean.clean.assign import assign_headlines
from textclean.clean.roles import Element, ElementKind, Item

FOOD = (
    "食品安全是最基本的民生，近期多地市场",
    "监管部门集中开展校园周边食品安全专项",
    "检查，查处了一批销售过期食品的商户。",
)
FOOD_2 = (
    "但也应看到，网络订餐等新业态不断涌现",
    "监管面临新挑战，消费者吃出问题难以追",
    "责，一些外卖没有实体店面可以查找。",
)
FOOD_3 = (
    "对此，要压实平台责任，严格审核入网商",
    "家资质，要运用大数据等手段开展智慧监",
    "管，让群众吃得放心、吃得安心才行。",
)
STUDY = (
    "暑假来临，研学旅行再度升温，带着孩子",
    "走出课堂到博物馆去看一看是一件好事，",
    "研学课程应当有明确的教育目标才行。",
)


def _el(kind: ElementKind, lines: tuple[str, ...], nos: list[int]) -> Element:
    items = [Item(n, t, t, float(len(t)), True, True) for n, t in zip(nos, lines, strict=True)]
    return Element(kind, items, "".join(lines))


def _page(third_at: int, title_at: int) -> list[Element]:
    # pdfminer's one-line boxes: the food story's three columns interleaved (lines 21-35), read back as columns
    # 1-2, then the study story's title, then column 3; the study story below
    return [
        _el("title", ("以法治守护好食品安全",), [19]),
        _el("body", (*FOOD, *FOOD_2), [21, 27, 33, 22, 28, 34]),
        _el("title", ("守护好青少年的诗和远方",), [title_at]),
        _el("body", FOOD_3, [third_at, third_at + 6, third_at + 12]),
        _el("body", STUDY, [40, 41, 42]),
    ]


def _titles(elements: list[Element]) -> list[tuple[str | None, str]]:
    drafts, units, _ = assign_headlines(elements)
    titled = {u.draft: t.text for u in units if (t := u.get("title")) is not None}
    return [(titled.get(k), d.body_text()[:6]) for k, d in enumerate(drafts)]


def test_a_column_read_under_a_later_title_goes_on_from_its_story() -> None:
    # column 3 (lines 23-35) was written inside the food story's span, its title line (37) after it: one story
    assert _titles(_page(23, 37)) == [
        ("以法治守护好食品安全", "食品安全是最"),
        ("守护好青少年的诗和远方", "暑假来临，研"),
    ]


def test_a_body_under_a_title_printed_over_it_keeps_its_title() -> None:
    # negative: the title written before the piece (line 20): it heads the piece, set over it on the page
    assert _titles(_page(23, 20))[1] == ("守护好青少年的诗和远方", "对此，要压实")
    # negative: a piece written after the food story's span (lines 36-48) is no column of it
    assert _titles(_page(36, 50))[1] == ("守护好青少年的诗和远方", "对此，要压实")


PIPES = (
    "今年将完成一百二十公里老旧管网换新，",
    "惠及居民三万多户，施工期间相关企业将",
    "提前告知停供时间并设置临时供应点。",
)
FAIR = (
    "全省退役军人就业创业专场招聘会日前在",
    "云州举行，两百余家企业提供就业岗位。",
)


def test_a_brief_under_its_own_late_title_keeps_it() -> None:
    # negative (review RV3): a brief set beside the food story's columns (lines 23-35), its title written after its
    # first line (37) and sharing no word with it, the next brief's title and body read after it: the title has no
    # body of its own read after the brief, it is the brief's own (it was barred from it, the brief joined the food
    # story and the title went elsewhere)
    elements = [
        _el("title", ("以法治守护好食品安全",), [19]),
        _el("body", (*FOOD, *FOOD_2), [21, 27, 33, 22, 28, 34]),
        _el("title", ("■临沅启动城市燃气管道老化更新改造",), [37]),
        _el("body", PIPES, [23, 29, 35]),
        _el("title", ("■全省退役军人就业创业招聘会举行",), [39]),
        _el("body", FAIR, [41, 42]),
    ]
    assert _titles(elements) == [
        ("以法治守护好食品安全", "食品安全是最"),
        ("■临沅启动城市燃气管道老化更新改造", "今年将完成一"),
        ("■全省退役军人就业创业招聘会举行", "全省退役军人"),
    ]
