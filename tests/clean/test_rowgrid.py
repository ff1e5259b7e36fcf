"""Runs of rows pdftotext printed as one line each, split into their columns' lines, read column by column where
a column's shifted baselines leave rows of fewer parts (``rowgrid.read_row_grids``)."""

from textclean.clean.chardata import text_width
from textclean.clean.roles import Item
from textclean.clean.rowgrid import grid_runs, read_row_grids, split_among_rows


def _rows(rows: list[list[str]]) -> list[Item]:
    """Items of printed rows: the parts of one row share its line number."""
    return [Item(no, t, t, text_width(t), False, False) for no, row in enumerate(rows) for t in row]


# Two columns (8 em): the left column's paragraph ends on its second line and its next paragraph (indented, 6 em)
# starts a baseline lower, so pdftotext prints the right column's third line alone, then a row of both.
A = ["春风吹过田野麦苗", "青青一片生机。"]
B = ["乡村道路修通以后", "客运班线随之开通", "群众出行更加方便", "也更安全。"]
PRINTED = [[A[0], B[0]], [A[1], B[1]], [B[2]], ["今年农户种粮", B[3]], ["热情高涨收成可期"]]


def test_shifted_column_read_by_its_text():
    lines = _rows(PRINTED)
    assert grid_runs(lines) == [(0, 8, 2, 8.0, ())]
    got = [it.text for it in read_row_grids(lines)]
    assert got == [A[0], A[1], "今年农户种粮", "热情高涨收成可期", B[0], B[1], B[2], B[3]]


def test_too_few_rows_are_left_as_printed():
    lines = _rows(PRINTED[:2])
    assert [it.text for it in read_row_grids(lines)] == [A[0], B[0], A[1], B[1]]


def test_lines_without_split_rows_are_left_as_printed():
    lines = [Item(no, t, t, text_width(t), False, False) for no, t in enumerate(A + B)]
    assert read_row_grids(lines) == lines


def test_a_row_left_whole_among_split_rows_is_split_and_placed():
    # the second row printed whole (a lone mark before a head's half kept it from being split)
    printed = [[A[0], B[0]], ["青青一片生机。 ■ 客运班线随之开通"], ["今年农户种粮", B[2]], ["热情高涨收成可期", B[3]]]
    got = [it.text.replace(" ", "") for it in read_row_grids(_rows(printed))]
    assert got == [A[0], A[1], "今年农户种粮", "热情高涨收成可期", B[0], "■客运班线随之开通", B[2], B[3]]


def test_a_label_under_the_last_row_is_read_after_the_columns():
    lines = _rows([*PRINTED, ["学思践悟"]])
    assert [it.text for it in read_row_grids(lines)][-1] == "学思践悟"


# Two columns (9 em) around a line of one column printed alone (the other column's baseline shifted).
L = ["春风吹过田野麦苗青", "青一片生机勃勃，乡", "村道路修通以后客运", "热情高涨收成可期"]
R = ["班线随之开通，群众", "出行更加方便也更加", "安全。今年农户种粮", "乡村振兴步伐加快"]


def _around(line: str) -> list[Item]:
    return _rows([[L[0], R[0]], [L[1], R[1]], [line], [L[2], R[2]], [L[3], R[3]]])


def test_a_column_line_holding_spaces_of_its_own_is_not_split():
    # a line no wider than a column's holds a dateline's or a Latin name's spaces, not two columns' lines
    for line in ("本报讯（记者 陈立）", "据介绍，Model Y 车", "iPhone 17 Pro 售价"):
        got = [it.text for it in split_among_rows(_around(line))]
        assert got[4] == line and len(got) == 9


def test_a_letter_spaced_line_stays_one_part():
    # a letter-spaced column line beside a full line of the next column: two parts, not one a glyph
    got = [it.raw for it in split_among_rows(_around("十 件 民 生 实 事 分 人；为困难残疾人提供"))]
    assert got[4:6] == ["十 件 民 生 实 事 分", "人；为困难残疾人提供"]


def test_an_author_notes_last_line_goes_on_its_column():
    # the right column ends on an author note whose last line (short, closing the bracket) is printed alone under
    # the last row of both: it goes on the note, and the left column's last lines are not read after it
    left = [
        "春风吹过田野麦苗青",
        "青一片生机勃勃，乡",
        "村道路修通以后客运",
        "班线随之开通群众出",
        "行更加方便也更安全",
    ]
    right = ["热情高涨收成可期。", "（作者系南湖师范学", "院经济学院院长、教"]
    printed = [[left[0], right[0]], [left[1], right[1]], [left[2], right[2]], ["授）"], [left[3]], [left[4]]]
    got = [it.text for it in read_row_grids(_rows(printed))]
    assert got == [*left, *right, "授）"]


def test_a_row_held_among_split_rows_is_read_in_its_place():
    # the right column's author note is set smaller (10 glyphs in an 8-em column), so its row was left whole and no
    # part split_among_rows makes fits the measure: its parts are still the two columns' lines of that row
    left = ["春风吹过田野麦苗", "青青一片生机勃勃", "乡村道路修通以后", "客运班线随之开通", "群众出行更加方便"]
    right = ["收成可期今年农户", "种粮热情高涨。", "（作者系南湖师范", "学院经济学院院长、教", "授）"]
    rows = [[a, b] for a, b in zip(left, right, strict=True)]
    rows[3] = [left[3] + " " + right[3]]
    got = [it.text for it in read_row_grids(_rows(rows))]
    assert got == left + right


def test_a_held_row_joining_two_letter_spaced_lines_stays_whole():
    # two letter-spaced column lines side by side are one piece wider than a column: the row is not a row of parts
    left = ["春风吹过田野麦苗", "青青一片生机勃勃", "乡村道路修通以后", "客运班线随之开通", "群众出行更加方便"]
    right = ["收成可期今年农户", "种粮热情高涨而且", "乡村振兴步伐加快", "乡村振兴步伐加快", "了。"]
    rows = [[a, b] for a, b in zip(left, right, strict=True)]
    rows[2] = ["乡 村 道 路 修 通 乡 村 振 兴 步 伐 加 快 " + left[3]]
    got = [it.raw for it in read_row_grids(_rows(rows))]
    assert rows[2][0] in got


def test_a_letter_spaced_line_does_not_take_the_next_columns_number():
    # a letter-spaced column line beside a column line opening with a number: the number opens the next column's
    # line (joined, the letter-spaced part would run past the measure and the row be read after the run)
    from textclean.clean.rowgrid import _held_parts

    line = "客 运 班 线 开 通 12%。群众出行更加"
    row = Item(3, line, line, text_width(line), False, False)
    assert [p.raw for p in _held_parts(row, 2, 8.0)] == ["客 运 班 线 开 通", "12%。群众出行更加"]


def test_a_story_first_row_printed_whole_is_read_in_its_columns():
    # a dateline (holding a space of its own) beside the next column's first line, printed as one line after a blank
    left = ["本报讯（记者 杨帆", "春风吹过田野麦苗", "青青一片生机勃勃", "今年农户种粮。"]
    right = ["乡村道路修通以后", "客运班线随之开通", "群众出行更加方便", "也更安全。"]
    lines = _rows([[f"{left[0]} {right[0]}"], *([a, b] for a, b in zip(left[1:], right[1:], strict=True))])
    lines[0].gap_before = True
    assert [it.text for it in read_row_grids(lines)] == left + right


def test_a_headline_over_the_columns_is_no_story_first_row():
    # two parts of a four-column story's first row: a headline's line, not a line of each column
    rows = [["日本春季劳资谈判 平均加薪幅度连续超"], *[[f"{c}一二三四五六七八九" for c in "甲乙丙丁"]] * 3]
    lines = _rows(rows)
    lines[0].gap_before = True
    assert read_row_grids(lines)[0].text == rows[0][0]


def test_a_run_last_row_printed_whole_is_read_in_its_columns():
    lines = _rows([[L[0], R[0]], [L[1], R[1]], [L[2], R[2]], ["热情高涨收成可期 乡村振兴。"]])
    got = [it.text for it in read_row_grids(lines)]
    assert got == [*L[:3], "热情高涨收成可期", *R[:3], "乡村振兴。"]


def test_a_two_part_headline_right_over_the_columns_is_no_story_first_row():
    # both halves wider than a column's line: a headline printed on one line with no blank under it (review RV4)
    head = "全省春耕备耕工作全面展开 粮食播种面积预计稳中有增"
    lines = _rows([[head], *([a, b] for a, b in zip(L, R, strict=True))])
    lines[0].gap_before = True
    assert read_row_grids(lines)[0].text == head


def test_a_caption_row_wider_than_a_column_is_no_run_last_row():
    caption = "图为春耕现场，农民在田间劳作。 图为农机下田作业。"
    lines = _rows([[L[0], R[0]], [L[1], R[1]], [L[2], R[2]], [caption]])
    assert [it.text for it in read_row_grids(lines)][-1] == caption
