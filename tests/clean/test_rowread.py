"""Columns read row by row, put back column by column (``textclean.clean.rowread``)."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path

from textclean.clean.junctions import PAIR_LOG_ODDS, UNSEEN_ODDS, junction, pair_classes, rough_ends, rough_row
from textclean.clean.page import clean_page
from textclean.clean.roles import Item, make_items
from textclean.clean.rowgate import may_read_rows
from textclean.clean.rowheads import head_lines, one_head
from textclean.clean.rowread import _in_column_order, read_columns, stretch_spans
from textclean.models import Line

#: Public-domain text (the 2015 Government Work Report), four paragraphs of it.
HEALTH = (
    "加快健全基本医疗卫生制度。完善城乡居民基本医保，财政补助标准由每人每年320元提高到380元，基本实现居民医疗费用省内直"
    "接结算，稳步推行退休人员医疗费用跨省直接结算。全面实施城乡居民大病保险制度。深化基层医疗卫生机构综合改革，加强全科医生制"
    "度建设，完善分级诊疗体系。全面推开县级公立医院综合改革，在100个地级以上城市进行公立医院改革试点，破除以药补医，降低虚"
    "高药价，合理调整医疗服务价格，通过医保支付等方式平衡费用，努力减轻群众负担。鼓励医生到基层多点执业，发展社会办医。开展省"
    "级深化医改综合试点。加快建立医疗纠纷预防调解机制。人均基本公共卫生服务经费补助标准由35元提高到40元，增量全部用于支付"
    "村医的基本公共卫生服务，方便几亿农民就地就近看病就医。加强重大疾病防控。积极发展中医药和民族医药事业。推进计划生育服务管"
    "理改革。健康是群众的基本需求，我们要不断提高医疗卫生水平，打造健康中国。"
)
SOCIETY = (
    "加强和创新社会治理。深化社会组织管理制度改革，加快行业协会商会与行政机关脱钩。支持群团组织依法参与社会治理，发展专业社会"
    "工作、志愿服务和慈善事业。鼓励社会力量兴办养老设施，发展社区和居家养老。为农村留守儿童、妇女、老人提供关爱服务，建立未成"
    "年人社会保护制度，切实保障妇女儿童权益。提高公共突发事件防范处置和防灾救灾减灾能力。做好地震、气象、测绘、地质等工作。深"
    "入开展法治宣传教育，加强人民调解工作，完善法律援助制度，落实重大决策社会稳定风险评估机制，有效预防和化解社会矛盾。把信访"
    "纳入法治轨道，及时就地解决群众合理诉求。深化平安中国建设，健全立体化社会治安防控体系，依法惩治暴恐、黄赌毒、邪教、走私等"
    "违法犯罪行为，发展和规范网络空间，确保国家安全和公共安全。人的生命最为宝贵，要采取更坚决措施，全方位强化安全生产，全过程"
    "保障食品药品安全。"
)
JOBS = (
    "着力促进创业就业。坚持就业优先，以创业带动就业。今年高校毕业生749万人，为历史最高。要加强就业指导和创业教育，"
    "落实高校毕业生就业促进计划，鼓励到基层就业。实施好大学生创业引领计划，支持到新兴产业创业。做好结构调整、过剩产能化解中"
    "失业人员的再就业工作。统筹农村转移劳动力、城镇困难人员、退役军人就业，实施农民工职业技能提升计划。"
)
SCHOOLS = (
    "促进教育公平发展和质量提升。教育是今天的事业、明天的希望。要坚持立德树人，增强学生的社会责任感、创新精神、实践能力，"
    "培养中国特色社会主义建设者和接班人。深化省级政府教育统筹改革、高等院校综合改革和考试招生制度改革。加快义务教育学校标准化"
    "建设，改善薄弱学校和寄宿制学校基本办学条件。落实农民工随迁子女在流入地接受义务教育政策，完善后续升学政策。"
)
PAGE = Path(__file__).resolve().parents[1] / "pages" / "columns"


def _set(paragraph: str, measure: int) -> list[str]:
    """``paragraph`` set in a column of ``measure`` characters, its first line indented two; a closing mark never
    opens a line (it squeezes into the line above, as typesetters do)."""
    lines, at = [paragraph[: measure - 2]], measure - 2
    while at < len(paragraph):
        line = paragraph[at : at + measure]
        while line[:1] in "，。、；：？！”）":
            lines[-1] += line[0]
            line = line[1:] + paragraph[at + measure : at + measure + 1]
            at += 1
        lines.append(line)
        at += measure
    return [line for line in lines if line]


def _items(lines: list[str]) -> list[Item]:
    """The items of a page printing ``lines`` with a blank line after each (as pdfminer prints)."""
    page: list[Line] = []
    for t in lines:
        page += [Line(len(page), t), Line(len(page) + 1, "")]
    return make_items(page)


def _rows(*columns: list[str]) -> list[str]:
    """The lines of ``columns`` read row by row, as pdfminer reads columns whose lines align."""
    depth = max(map(len, columns))
    return [c[r] for r in range(depth) for c in columns if r < len(c)]


def _texts(items: list[Item]) -> list[str]:
    return [it.text for it in items]


def test_a_pair_that_dictionary_words_hold_is_evidence_that_the_lines_run_on() -> None:
    mk = lambda t: Item(0, t, t, float(len(t)), True, True)  # noqa: E731
    assert junction(mk("加快发展社会事业，改革完善收入分"), mk("配制度，千方百计增加居民收入")) == 1.7
    assert junction(mk("加快发展社会事业，改革完善收入分"), mk("省级政府教育统筹改革")) == -1.15
    assert junction(mk("平正义与和谐进步。"), mk("建设，改善薄弱学校")) == 0.0  # a sentence end says nothing
    assert junction(mk("今年高校毕业生749"), mk("万人，为历史最高")) == 0.0  # nor a break at a digit


def test_two_columns_read_row_by_row_are_put_back_column_by_column() -> None:
    left, right = _set(HEALTH, 16), _set(SOCIETY, 16)
    items = _items(["推进民生改善", *_rows(left, right)])
    assert _texts(read_columns(items)) == ["推进民生改善", *left, *right]


def test_the_lines_of_a_column_read_back_are_set_tight_but_a_head_keeps_its_blank_lines() -> None:
    # pdfminer printed a blank line after each line read row by row: each would look like a head of its own
    left, right = _set(HEALTH, 16), _set(SOCIETY, 16)
    got = read_columns(_items(["推进民生改善", *_rows(left, right)]))
    head, first, second = got[0], got[1 : 1 + len(left)], got[1 + len(left) :]
    assert head.gap_before and head.gap_after  # (no stretch's line: as printed)
    for column in (first, second):
        assert column[0].gap_before and column[-1].gap_after  # (a column's ends keep their blank lines)
        assert not any(it.gap_before for it in column[1:]) and not any(it.gap_after for it in column[:-1])
    untouched = _items(_set(HEALTH, 16))  # (text read in column order: left as printed)
    assert all(it.gap_before and it.gap_after for it in read_columns(untouched))


def test_three_columns_of_one_body_read_row_by_row_are_put_back() -> None:
    body = _set(HEALTH, 14) + _set(SOCIETY, 14)
    third = -(-len(body) // 3)  # (balanced columns: the first ones are the longer)
    cols = [body[:third], body[third : 2 * third], body[2 * third :]]
    assert len(cols[0]) > len(cols[2])
    assert _texts(read_columns(_items(["就业和教育", *_rows(*cols)]))) == ["就业和教育", *body]


def test_the_column_that_opens_a_paragraph_leads_when_the_row_was_read_from_another() -> None:
    # pdfminer read each row from the right column: the left one opens with the paragraph's first line
    left, right = _set(HEALTH, 16), _set(SOCIETY, 16)[1:]
    items = _items(["推进民生改善", *_rows(right, left)])
    assert _texts(read_columns(items))[:2] == ["推进民生改善", left[0]]


def test_text_read_in_column_order_is_left_as_read() -> None:
    items = _items(_set(HEALTH, 16) + _set(SOCIETY, 16) + _set(JOBS, 16))
    assert read_columns(items) is items  # (the quick look passes over it)


def test_two_rows_are_no_stretch_of_columns() -> None:
    # a head of two short lines beside two, read row by row, is left alone: too few rows to tell
    left, right = _set(JOBS, 16)[:2], _set(SCHOOLS, 16)[:2]
    lines = _set(JOBS, 16)[2:] + _rows(left, right) + _set(SCHOOLS, 16)[2:]
    assert _texts(read_columns(_items(lines))) == lines


def test_a_head_between_two_stretches_stays_between_them() -> None:
    top = _rows(_set(HEALTH, 16), _set(SOCIETY, 16))
    below = _set(JOBS, 16) + _set(SCHOOLS, 16)
    half = -(-len(below) // 2)
    got = _texts(read_columns(_items([*top, "切实加强政府自身建设", *_rows(below[:half], below[half:])])))
    head = got.index("切实加强政府自身建设")
    assert got[:head] == _set(HEALTH, 16) + _set(SOCIETY, 16)
    assert got[head + 1 :] == below


def test_a_page_of_four_columns_read_row_by_row_keeps_its_paragraphs() -> None:
    # pdfminer's text of a page typeset with a body in four columns whose lines align (tests/pages/columns)
    gold = json.loads((PAGE / "gold" / "lay-027.json").read_text(encoding="utf-8"))
    got = {a.title: a for a in clean_page("lay-027.txt", (PAGE / "pdfminer" / "lay-027.txt").read_bytes()).articles}
    first = gold["articles"][0]
    paragraphs = [b.text for b in got[first["title"]].blocks]
    assert paragraphs[:3] == [b["text"] for b in first["blocks"][:3]]


def test_one_shape_cue_does_not_reorder_the_columns_read() -> None:
    # the first column read ends a sentence over the second's full first line (a shape cue against that order);
    # no words run on across either break: one cue is not evidence enough to turn the order read around
    first = ["支持群团组织依法参与社会治理，发", "展专业社会工作、志愿服务和慈善事", "业。"]
    second = [
        "鼓励社会力量兴办养老设施，发展社",
        "区和居家养老。为农村留守儿童、妇",
        "女、老人提供关爱服务，建立未成年",
    ]
    cols = [[Item(k, t, t, float(len(t)), True, True) for t in col] for k, col in enumerate((first, second))]
    assert _texts(_in_column_order([list(c) for c in cols], Counter())) == first + second
    assert _texts(_in_column_order([list(c) for c in reversed(cols)], Counter())) == second + first


def test_text_after_a_stretch_stays_after_it() -> None:
    # the first column ends its paragraph a row below the second: that line is the stretch's, the text read
    # after it (another paragraph, set full) is not taken into the first column ahead of the second
    left, right = _set(HEALTH, 16)[:12], _set(SOCIETY, 16)[:11]
    left[-1], right[-1] = left[-1][:-1] + "。", right[-1][:-1] + "和"
    after = _set(JOBS, 16)[1:] + _set(SCHOOLS, 16)
    got = _texts(read_columns(_items(_rows(left, right) + after)))
    assert got[: len(left)] == left
    assert not set(got[: got.index(right[0])]) & set(after)


def test_lines_are_put_in_another_order_never_lost_nor_repeated() -> None:
    # random pages of Han lines: some pass the quick look and hold no stretch, some do (a page that passed it
    # with no stretch used to fail as a whole)
    rng = random.Random(7)
    han = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可也你说年着发展改革建设"
    looked = 0
    for _ in range(400):
        lines = ["".join(rng.choice(han) for _ in range(rng.randint(1, 16))) for _ in range(rng.randint(20, 40))]
        items = _items(lines)
        looked += may_read_rows(items)
        got = read_columns(items)
        assert sorted(map(id, got)) == sorted(map(id, items))
    assert looked  # (the page shapes reach the full reading)


def test_columns_read_row_by_row_below_lines_read_in_column_order_are_found() -> None:
    # seven lines of another article, set wider and read in column order, open the page: the quick look's
    # first window of uncommon pairs starts among them, where the lines run on as read; the two columns read
    # row by row further on in that window are still looked at (and read back), text in column order is not
    above, left, right = _set(SCHOOLS, 18)[:7], _set(HEALTH, 16), _set(SOCIETY, 16)
    items = _items([*above, *_rows(left, right)])
    assert may_read_rows(items)
    assert _texts(read_columns(items)) == [*above, *left, *right]
    in_order = _items([*above, *left, *right])
    assert not may_read_rows(in_order)
    assert read_columns(in_order) is in_order


def _runs_whole(got: list[str], column: list[str]) -> bool:
    """Whether ``column``'s lines come out one after the other, in order."""
    at = got.index(column[0])
    return got[at : at + len(column)] == column


def test_a_column_that_ends_before_the_others_leaves_rows_of_the_others() -> None:
    # three columns read row by row; the middle one ends a paragraph nine rows before the others, the rows
    # below hold the first and third columns' lines: each column still comes out whole
    left, middle, right = _set(HEALTH, 16)[:18], _set(JOBS, 16)[:9], _set(SOCIETY, 16)[:18]
    middle[-1] = middle[-1][:-1] + "。"
    got = _texts(read_columns(_items(["推进民生改善", *_rows(left, middle, right)])))
    assert all(_runs_whole(got, column) for column in (left, middle, right))


def test_columns_that_end_together_with_text_after_them_keep_their_rows() -> None:
    # no column ends early: every row holds three lines, the text after the stretch stays after it
    left, middle, right = _set(HEALTH, 16)[:10], _set(JOBS, 16)[:10], _set(SOCIETY, 16)[:10]
    after = _set(SCHOOLS, 16)[1:]
    got = _texts(read_columns(_items(["推进民生改善", *_rows(left, middle, right), *after])))
    assert got[-len(after) :] == after
    assert all(_runs_whole(got, column) for column in (left, middle, right))


def test_a_full_line_never_goes_on_from_a_paragraphs_last_line_a_row_before() -> None:
    # three columns read row by row; the right one ends its paragraph (a short line, a sentence end) two rows
    # before the others, whose last two rows hold two lines each: a full line in the right column's place
    # goes on from the line read a row of two before it, not from the paragraph's last line a row of three before
    left, middle, right = _set(HEALTH, 16)[:14], _set(SOCIETY, 16)[:14], _set(JOBS, 16)[:12]
    right[-1] = right[-1][:8] + "。"
    got = _texts(read_columns(_items(["推进民生改善", *_rows(left, middle, right)])))
    assert all(_runs_whole(got, column) for column in (left, middle, right))


def test_a_column_that_ends_inside_a_sentence_is_not_put_last() -> None:
    # three columns of one body, a head after them; the first opens a paragraph, the second ends inside a
    # sentence that does not go on into the head, the third opens a paragraph and ends the text: read in the order
    # read, not with the third first (its paragraph opening and sentence end read well before the first), which
    # would leave the second column's sentence open before the head
    left, middle, right = _set(HEALTH, 16)[:8], _set(SOCIETY, 16)[3:9], _set(JOBS, 16)
    cols = [_items(col) for col in (left, middle, right)]
    head = _items(["推进民生改善"])[0]
    assert _texts(_in_column_order(cols, Counter(), None, head)) == left + middle + right
    # negative: where the second column's sentence goes on after the stretch, the third column leads as before
    after = _items([_set(SOCIETY, 16)[9]])[0]
    assert _texts(_in_column_order(cols, Counter(), None, after)) == right + left + middle


def test_a_short_stretch_of_columns_read_row_by_row_is_found() -> None:
    # ten rows of two columns between text read in column order: of every third pair of lines looked at, one
    # across the columns met at a common pair by chance, and no window of seven held none: the stretch was left
    # read row by row; a window may hold one such pair, and the stretch is read back column by column
    above, left, right, below = _set(HEALTH, 16)[:11], _set(JOBS, 16)[:10], _set(SCHOOLS, 16)[:10], _set(SOCIETY, 16)
    head = "切实加强政府自身建设"
    items = _items([*above, *_rows(left, right), head, *below])
    assert _texts(read_columns(items)) == [*above, *left, *right, head, *below]
    # negative: the same lines read in column order are left as read
    in_order = _items([*above, *left, *right, head, *below])
    assert read_columns(in_order) is in_order


def _rough_pair(upper: Item, lower: Item) -> float:
    """The gate's weight of a break, spelt out pair by pair: the lexicon's odds of the pair of characters across it
    (the page's pairs not read), two letters it does not hold :data:`UNSEEN_ODDS` (Latin letters taken for Han
    characters), else 0 (a sentence end, a mark, a digit)."""
    pair = ("" if upper.ends else upper.text[-1]) + lower.text[0]
    odds = {p: PAIR_LOG_ODDS[cls][0] for p, cls in pair_classes().items()}
    return odds[pair] if pair in odds else UNSEEN_ODDS if pair.isalpha() and len(pair) == 2 else 0.0


def test_the_gates_rows_weigh_each_pair_as_the_lexicon_does() -> None:
    """``rough_row`` (a row of the gate's pairs weighed with no call nor new string a pair) gives each pair of lines
    the weight :func:`_rough_pair` gives it: a pair the dictionary holds its odds, two letters it does not hold
    :data:`UNSEEN_ODDS`, and (negative cases) a break after a sentence end, a mark or before a digit 0."""
    known = next(iter(pair_classes()))
    texts = [f"甲{known[0]}", f"{known[1]}乙", "丙丁。", "戊己", "1号", "庚，", "辛壬", "Ab"]
    items = [Item(k, t, t, float(len(t)), True, True) for k, t in enumerate(texts)]
    tails, heads = rough_ends(items)
    for k in range(1, 4):
        assert rough_row(tails, heads[k:]) == [_rough_pair(up, lo) for up, lo in zip(items, items[k:], strict=False)]
    row = rough_row(tails, heads[1:])
    assert row[0] == PAIR_LOG_ODDS[pair_classes()[known]][0]  # (a pair the dictionary holds)
    assert row[2] == row[3] == row[5] == 0.0  # (after a sentence end, before a digit, after a mark)
    assert row[6] == UNSEEN_ODDS  # (辛壬 / Ab: two letters, Latin ones taken for Han characters)


def test_the_stretches_read_are_told_for_diagnostics() -> None:
    # (tools/orderscore.py --causes: which lines the row reader read column by column)
    left, right = _set(HEALTH, 16), _set(SOCIETY, 16)
    items = _items(["推进民生改善", *_rows(left, right)])
    ((start, columns, end),) = stretch_spans(items)
    assert (start, columns) == (1, 2) and end >= len(items) - 2 * 2  # (the longer column's last rows: ragged end)
    assert stretch_spans(_items(_set(HEALTH, 16) + _set(SOCIETY, 16) + _set(JOBS, 16))) == []  # (read in order)


#: A head block of two lines, a subtitle and a byline, set over a story in the first of three columns.
HEAD_BLOCK = ["实验室里的成果走", "上生产线", "——一批“卡脖子”难题实现突破了", "本报记者 李华 王明"]


def test_a_head_block_in_one_column_of_a_row_stays_one_column() -> None:
    # the head's short lines stand in the first column of rows read row by row: each short line under (or
    # over) another head line costs nothing, so the head block is the column's opening, the stretch read
    # from its first row (it used to pay SHORT_COST twice and read each column's lines on in the next one's)
    left = HEAD_BLOCK + _set(JOBS, 16)
    middle, right = _set(HEALTH, 16)[: len(left)], _set(SOCIETY, 16)[: len(left) - 1]
    above = _set(SCHOOLS, 16)
    got = _texts(read_columns(_items([*above, left[0], middle[0], *_rows(left[1:], middle[1:], right)])))
    assert all(_runs_whole(got, column) for column in (left, middle[:-1], right[:-1]))


def test_a_head_line_under_a_column_line_still_parts_the_stretches() -> None:
    # negative: a head line under a column's full line (no head line over it) still costs, as before
    assert head_lines(_items(["切实加强政府自身建设", *_set(HEALTH, 16)[:5]])) == [True] + [False] * 5
    top = _rows(_set(HEALTH, 16), _set(SOCIETY, 16))
    below = _set(JOBS, 16) + _set(SCHOOLS, 16)
    half = -(-len(below) // 2)
    got = _texts(read_columns(_items([*top, "切实加强政府自身建设", *_rows(below[:half], below[half:])])))
    assert got[got.index("切实加强政府自身建设") + 1 :] == below


def test_a_subtitle_under_a_column_line_is_no_head_blocks_line() -> None:
    # a subtitle's dash line under a head's line is one head block; under a full line of another column (another
    # story's byline and first words, read in the row over it), it is not, and still costs as a short line
    lines = _items(
        ["外资企业加码投资", "记者 黎斌娥 报道 近年来，江洲市推动", "——实际使用外资112亿美元", "本报记者 吴平"]
    )
    heads = head_lines([*lines, *_items(_set(HEALTH, 20)[1:9])])
    pair = lambda a, b: one_head([lines[a], lines[b]], [heads[a], heads[b]], [0.0], 1)[0]  # noqa: E731
    assert not pair(1, 2)  # (a column's full line over the subtitle)
    assert pair(0, 2)  # (the title's line over its subtitle)
    assert pair(2, 3)  # (the byline under the subtitle)


def test_a_head_stacked_as_read_is_no_columns_opening() -> None:
    # a kicker, a title and a subtitle read one after another: the kicker and the subtitle a row of two apart are
    # no head block of one column (the title read between them is a head line too); as a row's lines they are
    lines = _items(["稳外贸稳外资", "外资企业加码投资", "——实际使用外资112亿美元", *_set(HEALTH, 20)[1:8]])
    heads = head_lines(lines)
    assert one_head(lines, heads, [0.0] * 3, 2)[0] is False
    apart = _items(["稳外贸稳外资", _set(HEALTH, 20)[1], "——实际使用外资112亿美元", *_set(HEALTH, 20)[2:9]])
    assert one_head(apart, head_lines(apart), [0.0] * 3, 2)[0] is True


def test_a_short_subtitle_stacked_over_columns_read_row_by_row_opens_no_column() -> None:
    # review CV: a title and its short subtitle set over a body of two columns read row by row; the subtitle is
    # no column's opening against the first row's last column (a line ending no sentence, but no head's line):
    # the first column is read first, as before the head-block rule
    left, right = _set(HEALTH, 16), _set(SOCIETY, 16)
    got = _texts(read_columns(_items(["推进民生改善", "——政府工作报告摘登", *_rows(left, right)])))
    assert got[2:] == left + right or all(_runs_whole(got, column) for column in (left, right))
    assert got.index(left[0]) < got.index(right[0])


def test_two_stories_of_three_and_four_columns_read_across_as_rows_of_seven_are_put_back() -> None:
    # two stories side by side on the same baselines, one set in three narrow columns, the other in four: pdfminer
    # reads each row across both, seven lines a row; each column comes out whole
    one, other = _set(HEALTH + SOCIETY, 12), _set(JOBS + SCHOOLS, 12)
    depth = min(len(one) // 3, len(other) // 4)
    cols = [one[c * depth : (c + 1) * depth] for c in range(3)] + [other[c * depth : (c + 1) * depth] for c in range(4)]
    got = _texts(read_columns(_items(["推进民生改善", *_rows(*cols)])))
    assert all(_runs_whole(got, column) for column in cols)


def test_a_head_stack_set_tight_over_columns_of_one_line_boxes_opens_no_column() -> None:
    # pdfminer prints each line of columns read row by row as a box of its own (a blank line after it); a head
    # stack over them is one box of several lines set tight: none of its lines is a column's first line
    left, right = _set(HEALTH, 10), _set(SOCIETY, 10)
    stack = ["提高医疗卫生水平", "打造健康中国建设", "本报记者 王明"]
    page = [Line(no, t) for no, t in enumerate([*stack, ""])]
    for t in _rows(left, right):
        page += [Line(len(page), t), Line(len(page) + 1, "")]
    assert _texts(read_columns(make_items(page))) == [*stack, *left, *right]


def test_rows_that_run_on_a_row_later_by_three_quarters_of_a_pair_a_line_pass_the_quick_look() -> None:
    # four columns read row by row whose breaks mostly fall between words (pairs the dictionary does not hold, on
    # both readings): three of the twelve lines of the rows after the first go on from the line a row before them
    # at a pair it holds (经济, 医疗, 卫生), 9.55 log odds in all, 0.8 a line short of it; an interview's columns
    held = set("".join(pair_classes()))
    filler = [chr(c) for c in range(0x9F00, 0x9FA5) if chr(c) not in held]  # (Han characters in no pair)
    heads, tails = {5: "济", 9: "疗", 14: "生"}, {1: "经", 5: "医", 10: "卫"}
    texts = [heads.get(j, filler[j]) + filler[j + 1] * 8 + tails.get(j, filler[j + 2]) for j in range(24)]
    assert may_read_rows([Item(j, t, t, float(len(t)), True, True) for j, t in enumerate(texts)])
    texts[14] = filler[14] + texts[14][1:]  # (two such pairs, 6.7 log odds: 0.56 a line, not columns enough)
    assert not may_read_rows([Item(j, t, t, float(len(t)), True, True) for j, t in enumerate(texts)])
