"""A stretch of pdfminer's one-line boxes that holds two stories side by side keeps the order read: the column
opening the second story's dateline does not go first (``storyfirst.story_first``); the credit pattern's near
misses open no story (``columnbands.opens_story``)."""

from __future__ import annotations

from test_rowread import HEALTH, JOBS, SOCIETY, _rows, _set

from textclean.clean.columnbands import opens_story
from textclean.clean.page import clean_page
from textclean.clean.roles import Item


def _closed(lines: list[str]) -> list[str]:
    """``lines`` with the last one ending a sentence (a story's end)."""
    return [*lines[:-1], lines[-1][:-1] + "。"]


def _blocks(lines: list[str]) -> list[str]:
    """The text blocks of the page printing ``lines`` as pdfminer prints them (a blank line after each)."""
    raw = "".join(t + "\n\n" for t in lines).encode()
    result = clean_page("page.txt", raw)
    return [b.get("text", "") for a in result.articles for b in a.to_record()["blocks"]]


def _flow(paragraph: str, measure: int) -> list[str]:
    """``paragraph`` set in a column of ``measure`` characters from a column's top inside it (no indent); a closing
    mark never opens a line."""
    lines, at = [paragraph[:measure]], measure
    while at < len(paragraph):
        line = paragraph[at : at + measure]
        while line[:1] in "，。、；：？！”）":
            lines[-1] += line[0]
            line = line[1:] + paragraph[at + measure : at + measure + 1]
            at += 1
        lines.append(line)
        at += measure
    return [line for line in lines if line]


def _at(blocks: list[str], lines: list[str]) -> int:
    """The block that holds ``lines`` run on, in order (the first line left out: a dateline's, which the article
    keeps apart), or -1."""
    return next((x for x, b in enumerate(blocks) if "".join(lines[1:]) in b), -1)


def test_a_storys_lower_part_beside_the_next_storys_opening_keeps_the_order_read() -> None:
    # the left story's lower part beside the right story's 本报讯 opening, the right head read in a row with the
    # left's line: the left column stays first and runs on from the text above the head
    left = _set("本报讯（记者 李华）" + HEALTH + JOBS, 16)
    right = _closed(_set("本报讯（记者 张明）" + SOCIETY, 16)[:14])
    lower = _closed(left[5:19])
    blocks = _blocks(["推进民生改善", *left[:5], "加强社会治理", *_rows(lower, right)])
    assert -1 < _at(blocks, [*left[:5], *lower]) < _at(blocks, right), blocks


def test_two_stories_side_by_side_under_heads_in_one_row_keep_the_order_read() -> None:
    health = _closed(_set(HEALTH, 16)[:14])
    right = _closed(_set("本报讯（记者 张明）" + SOCIETY, 16)[:14])
    blocks = _blocks(["推进民生改善", "加强社会治理", *_rows(health, right)])
    assert -1 < _at(blocks, ["", *health]) < _at(blocks, right), blocks


def test_a_story_in_two_columns_beside_one_opening_a_dateline_keeps_the_order_read() -> None:
    # heads in one row: the left story over two columns, the right one over one column
    left = _set(HEALTH + JOBS, 16)
    right = _closed(_set("本报讯（记者 王强）" + SOCIETY, 16)[:14])
    blocks = _blocks(["推进民生改善", "加强社会治理", *_rows(left[:14], _closed(left[14:28]), right)])
    assert -1 < _at(blocks, ["", *left[:27], _closed(left[14:28])[-1]]) < _at(blocks, right), blocks


def test_a_left_story_opening_in_a_looser_form_keeps_the_order_read() -> None:
    # ``据新华社电``, ``本报讯 近日，``: forms the strict pattern leaves, which still open a story
    right = _closed(_set("本报讯（记者 张明）" + SOCIETY, 16)[:14])
    for opening in ("据新华社电 ", "本报讯 近日，"):
        left = _closed(_set(opening + HEALTH, 16)[:15])
        blocks = _blocks(["推进民生改善", "加强社会治理", *_rows(left, right)])
        assert -1 < _at(blocks, left) < _at(blocks, right), blocks


def test_two_briefs_in_a_box_keep_the_order_read() -> None:
    # the first brief's dateline read before the stretch, the second brief's title at the top of the right column
    first = _closed(_set("本报讯（记者 赵丽）" + HEALTH, 16)[:14])
    second = _closed(_set("本报讯（通讯员 孙伟）" + SOCIETY, 16)[:13])
    blocks = _blocks(["本地简讯", "基层医改见实效", *_rows(first, ["社会治理有新招", *second])])
    assert -1 < _at(blocks, first) < _at(blocks, second), blocks


def test_a_dateline_cited_at_a_column_top_goes_on_the_sentence() -> None:
    # ``…推广水稻据`` / ``新华社北京3月5日电，…``: the dateline goes on the left column's sentence
    left = _set(JOBS + HEALTH, 16)[1:15]
    left[-1] = left[-1][:-1] + "据"
    right = _closed(_flow("新华社北京3月5日电，" + SOCIETY, 16)[:14])
    blocks = _blocks(["一季度经济运行稳中有进", *_rows(left, right)])
    assert any(left[-1] + right[0] in b for b in blocks), blocks


def test_a_photos_credit_and_a_reporter_reporting_open_no_story() -> None:
    mk = lambda t: Item(0, t, t, float(len(t)), True, True)  # noqa: E731
    assert not any(map(opens_story, map(mk, ["（记者 张三摄）", "记者张伟报告说，", "记者 张三 摄）"])))
    assert all(map(opens_story, map(mk, ["记者 郝轩 杨刚哲 报", "记者张伟报道：", "（记者 贾宁）粮食收购方"])))
