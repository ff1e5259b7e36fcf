"""A stretch's columns read from a column that is not its story's first: the column opening the story's dateline or
its run-in reporters' credit goes first, the others after it in the order read, from there round
(``columnbands.opens_story``, ``columnbands.rotations_first``, ``rowread._in_column_order``)."""

from __future__ import annotations

from collections import Counter

from textclean.clean.columnbands import one_line_boxes, opens_story, rotations_first
from textclean.clean.roles import Item
from textclean.clean.rowread import _in_column_order

#: Four columns of one story, each four full lines of 12 em that end no sentence (no break's shape tells an order).
STORY = [
    [
        "省内各地持续推进重点项目建设，全",
        "年计划新开工项目一百余个，总投资",
        "规模创下近年新高，带动就业岗位数",
        "万个，产业链上下游企业同步受益，",
    ],
    [
        "相关部门建立项目服务专班，实行一",
        "对一跟踪服务，协调解决用地、用能",
        "等要素保障问题，审批时限压缩过半",
        "，企业办事更加便利，投资信心增强",
    ],
    [
        "下一步，当地将围绕年度目标任务，",
        "进一步细化工作措施，压实各方责任",
        "，确保各项工作取得实效，为全年经",
        "济社会发展打下坚实基础，推动高质",
    ],
    [
        "量发展迈出新步伐，让群众共享发展",
        "成果，生活品质不断提升，幸福感和",
        "获得感持续增强，城乡面貌焕然一新",
        "，各项事业呈现出良好的发展态势，",
    ],
]


def _cols(texts: list[list[str]], boxes: bool = True) -> list[list[Item]]:
    """The columns' items, each line a box of its own between blank lines as pdfminer prints them (``boxes``), else
    set tight as pdftotext prints them."""
    return [
        [Item(k * 10 + j, t, t, float(len(t)), boxes, boxes) for j, t in enumerate(col)] for k, col in enumerate(texts)
    ]


def _read(cols: list[list[Item]]) -> list[Item]:
    """The columns in the order :func:`_in_column_order` reads them, told whether they were pdfminer's boxes."""
    return _in_column_order(cols, Counter(), boxes=one_line_boxes(cols))


def _texts(items: list[Item]) -> list[str]:
    return [it.text for it in items]


def _story(opening: str) -> list[list[str]]:
    """:data:`STORY` with its first column's first line opening as ``opening`` does."""
    return [[opening + STORY[0][0][len(opening) :], *STORY[0][1:]], *STORY[1:]]


def test_the_column_opening_a_dateline_goes_first_and_the_rest_follow_round() -> None:
    # pdfminer read the story's rows from its third column: c3 c4 c1 c2, c1 opening the dateline; after, c1 c2 c3 c4
    story = _story("本报讯（记者 钟怡）")
    read = [story[2], story[3], story[0], story[1]]
    assert _texts(_read(_cols(read))) == [t for col in story for t in col]


def test_lines_set_tight_keep_the_order_read() -> None:
    # pdftotext prints a row left to right: its stretches are not read from a later column
    story = _story("本报讯（记者 钟怡）")
    read = [story[2], story[3], story[0], story[1]]
    assert _texts(_read(_cols(read, boxes=False))) == [t for col in read for t in col]


def test_a_run_in_credit_opens_the_story_too() -> None:
    story = _story("本报记者江婷、蔡杰凯报道")
    read = [story[1], story[2], story[3], story[0]]
    assert _texts(_read(_cols(read))) == [t for col in story for t in col]


def test_a_byline_on_its_own_line_or_a_reporter_in_the_text_opens_nothing() -> None:
    # a byline standing over a column (no bracket, no 报道 closing it) and a sentence that opens 记者…: the order read
    for opening in ("记者 史军阳 通讯员 钟航桂", "记者从会上获悉，"):
        story = _story(opening)
        read = [story[2], story[3], story[0], story[1]]
        assert _texts(_read(_cols(read))) == [t for col in read for t in col]


def test_story_openings() -> None:
    mk = lambda t: Item(0, t, t, float(len(t)), True, True)  # noqa: E731
    assert all(map(opens_story, map(mk, ["本报石门2月11日讯（记", "记者 郝轩 杨刚哲 报", "（记者 贾宁）粮食收购方"])))
    assert not any(map(opens_story, map(mk, ["记者 蒋岩雨 黄超", "记者看到报告", "新华社记者在现场看到"])))


def test_rotations_come_before_the_other_orders() -> None:
    orders = rotations_first(4)
    assert orders[:4] == [(0, 1, 2, 3), (1, 2, 3, 0), (2, 3, 0, 1), (3, 0, 1, 2)]
    assert sorted(orders) == sorted(set(orders)) and len(orders) == 24
