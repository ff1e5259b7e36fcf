"""Stretches of columns pdftotext printed row by row: their order across the page and stretches stitched
(``textclean.clean.columnbands``)."""

from __future__ import annotations

from collections import Counter

from test_rowread import SCHOOLS, SOCIETY, _set

from textclean.clean.chardata import text_width
from textclean.clean.columnbands import pieces_ahead, stitch_bands
from textclean.clean.roles import Item
from textclean.clean.rowread import _in_column_order


def _printed(rows: list[list[str]]) -> list[Item]:
    """The items of printed lines ``rows``, each holding one or more columns' pieces, left to right (as
    ``joinedrows.split_joined_rows`` parts a line pdftotext printed for a row of columns): pieces of one line share
    its number."""
    return [Item(no, t, t, text_width(t), False, False) for no, row in enumerate(rows) for t in row]


def _texts(items: list[Item]) -> list[str]:
    return [it.text for it in items]


def test_columns_of_rows_printed_as_one_line_are_read_left_to_right() -> None:
    # two paragraphs side by side; the right one's first line was printed a row higher, so the stretch was read
    # from the right column: the breaks cannot tell the order (each column ends a sentence, each opens a
    # paragraph), the pieces of the lines printed for both columns can
    left, right = _set(SOCIETY, 16), _set(SCHOOLS, 16)
    rows = [
        [right[0]],
        *([a, b] for a, b in zip(left, right[1:], strict=False)),
        *([a] for a in left[len(right) - 1 :]),
    ]
    items = _printed(rows)
    read = {id(it): x for x, it in enumerate(items)}
    cols = [[it for it in items if it.text in right], [it for it in items if it.text in left]]
    ahead = pieces_ahead(cols, read)
    assert ahead[1, 0] and not ahead[0, 1]
    assert _texts(_in_column_order(cols, Counter(), None, None, ahead)) == left + right
    assert _texts(_in_column_order(cols, Counter())) == right + left  # (without the pieces: the order read)


def test_columns_of_lines_printed_one_by_one_have_no_order_across_the_page() -> None:
    # pdfminer prints each column's line on its own: no printed line holds two columns' pieces
    left, right = _set(SOCIETY, 16), _set(SCHOOLS, 16)
    items = _printed([[t] for t in [right[0], *(t for pair in zip(left, right[1:], strict=False) for t in pair)]])
    read = {id(it): x for x, it in enumerate(items)}
    cols = [[it for it in items if it.text in right], [it for it in items if it.text in left]]
    assert not pieces_ahead(cols, read)


def test_a_few_lines_holding_two_pieces_give_no_order_across_the_page() -> None:
    # run-in heads and their text printed on one line each (a stack of short items): the stretch keeps the order read
    rows = [
        ["强降雨致洪涝", "日内瓦近日遭遇强降雨，部分地区发生洪涝"],
        ["加拿大央行下调利率", "加拿大央行宣布将基准利率下调若干基点"],
        ["举行议会选举", "新加坡举行议会选举，计票工作正在进行"],
        ["发布粮食报告", "多国发布报告说，粮食安全形势依然严峻"],
    ]
    items = _printed(rows[:3])
    read = {id(it): x for x, it in enumerate(items)}
    cols = [items[1::2], items[0::2]]  # (read from the text)
    assert _texts(_in_column_order(cols, Counter(), None, None, pieces_ahead(cols, read))) == _texts(
        items[1::2] + items[0::2]
    )
    items = _printed(rows)  # (a fourth such line: the order across the page is known)
    read = {id(it): x for x, it in enumerate(items)}
    cols = [items[1::2], items[0::2]]
    assert _texts(_in_column_order(cols, Counter(), None, None, pieces_ahead(cols, read))) == _texts(
        items[0::2] + items[1::2]
    )


def _two_columns(cut: int, head: str) -> tuple[list[Item], list[str], list[str]]:
    """One body in two columns of rows printed as one line each, a line ``head`` printed between rows ``cut - 1``
    and ``cut``."""
    body = _set(SOCIETY + SCHOOLS, 16)
    half = -(-len(body) // 2)
    first, second = body[:half], body[half:]
    rows = [[a, b] for a, b in zip(first, second, strict=False)] + [[a] for a in first[len(second) :]]
    return _printed([*rows[:cut], [head], *rows[cut:]]), first, second


def test_a_stretch_parted_by_a_line_between_goes_on_in_the_next() -> None:
    items, first, second = _two_columns(4, "专家解读")
    read = {id(it): x for x, it in enumerate(items)}
    at = next(x for x, it in enumerate(items) if it.text == "专家解读")
    upper = [[it for it in items[:at] if it.text in first], [it for it in items[:at] if it.text in second]]
    lower = [[it for it in items[at + 1 :] if it.text in first], [it for it in items[at + 1 :] if it.text in second]]
    bands = [(0, at, upper), (at + 1, len(items), lower)]
    ((start, end, cols, held),) = stitch_bands(items, bands, read, Counter())
    assert (start, end) == (0, len(items))
    assert [_texts(c) for c in cols] == [first, second]
    assert [_texts(h) for h in held] == [["专家解读"]]


def test_stretches_whose_columns_do_not_go_on_stay_apart() -> None:
    # the upper stretch's columns end their paragraphs; the lower one's open with full lines of other text
    upper_cols = [_set(SOCIETY, 16)[-4:], _set(SCHOOLS, 16)[-4:]]
    lower_cols = [_set(SOCIETY, 16)[2:6], _set(SCHOOLS, 16)[1:5]]
    rows = [[a, b] for a, b in zip(*upper_cols, strict=True)] + [["专家解读"]]
    rows += [[a, b] for a, b in zip(*lower_cols, strict=True)]
    items = _printed(rows)
    read = {id(it): x for x, it in enumerate(items)}
    upper = [[items[2 * r + c] for r in range(4)] for c in range(2)]
    lower = [[items[9 + 2 * r + c] for r in range(4)] for c in range(2)]
    got = stitch_bands(items, [(0, 8, upper), (9, 17, lower)], read, Counter())
    assert [(start, end) for start, end, _, _ in got] == [(0, 8), (9, 17)]


def _parted(between: list[str], cut: int = 4) -> list[tuple[int, int, list[list[Item]], list[list[Item]]]]:
    """:func:`stitch_bands` of one body in two columns of rows printed as one line each, the lines ``between``
    printed between rows ``cut - 1`` and ``cut``."""
    body = _set(SOCIETY + SCHOOLS, 16)
    half = -(-len(body) // 2)
    first, second = body[:half], body[half:]
    rows = [[a, b] for a, b in zip(first, second, strict=False)] + [[a] for a in first[len(second) :]]
    n_upper = sum(len(r) for r in rows[:cut])
    items = _printed([*rows[:cut], *([t] for t in between), *rows[cut:]])
    read = {id(it): x for x, it in enumerate(items)}
    at = n_upper + len(between)
    upper = [[it for it in items[:n_upper] if it.text in part] for part in (first, second)]
    lower = [[it for it in items[at:] if it.text in part] for part in (first, second)]
    return stitch_bands(items, [(0, n_upper, upper), (at, len(items), lower)], read, Counter())


def test_a_head_and_its_byline_between_two_stretches_part_them() -> None:
    # a headline and its byline set over the lower stretch open a story there: the upper stretch's columns do not
    # go on in it, however well the breaks read
    got = _parted(["东方队客场险胜西岭队", "本报记者 李华"])
    assert len(got) == 2
    # a row pdftotext printed as one line it could not part (another story's head beside the columns) and a line
    # under it: one story's columns go on across them
    wide = "东方队客场险胜西岭队 " + _set(SCHOOLS, 16)[0] + _set(SOCIETY, 16)[0]
    ((_, _, _, held),) = _parted([wide, "本报记者 李华"])
    assert [_texts(h) for h in held] == [[wide, "本报记者 李华"]]


def test_columns_whose_pieces_tell_both_orders_keep_the_order_read() -> None:
    # rowread's columns mixing two printed columns: the pieces put each left of the other on several lines, and
    # only a clear majority (AHEAD_RATIO) tells the page's order
    left, right = _set(SOCIETY, 16), _set(SCHOOLS, 16)
    items = _printed([[t] for t in right + left])
    cols = [items[: len(right)], items[len(right) :]]
    mixed = Counter({(1, 0): 6, (0, 1): 3})
    assert _texts(_in_column_order(cols, Counter(), None, None, mixed)) == right + left
    clear = Counter({(1, 0): 6, (0, 1): 2})
    assert _texts(_in_column_order(cols, Counter(), None, None, clear)) == left + right


def test_a_one_line_headline_across_two_columns_and_its_byline_part_two_stretches() -> None:
    # a headline set on one line across two columns (23 em at a measure of 16: wider than JOINED_ROW columns) over
    # its byline opens a story: no row pdftotext could not part (no gutter of spaces, not near two lines, no clause
    # end), so the stretches stay apart
    head = "我国首列氢能货运列车在内蒙古完成试运行且性能良好"
    assert 1.3 * 16 < text_width(head) < 1.8 * 16
    assert len(_parted([head, "本报记者 李华"])) == 2
