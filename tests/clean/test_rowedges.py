"""The edges of a stretch of columns read row by row (``textclean.clean.rowedges``)."""

from __future__ import annotations

from collections import Counter

from textclean.clean.junctions import junction, page_pairs
from textclean.clean.roles import Item
from textclean.clean.rowedges import ragged_end, ragged_start

#: Two columns nine characters wide read row by row (as pdfminer reads an opinion page): the first column's
#: lines, then the second's.
LEFT = ["网络订餐、直播带货", "监管面临新挑战。一"]
RIGHT = ["鼓励社会共治。只有", "各方共同发力，才能"]
#: The first column's last line, read after the rows (the column runs a line longer than the other).
LAST = "些幽灵外卖没有实"
#: The next story's title, set across the columns, read right after that line: its first character runs on from
#: the line's last one (``实体``).
TITLE = "体育强国建设迈出坚实步伐"


def _mk(text: str) -> Item:
    return Item(0, text, text, float(len(text)), True, True)


def _read_after(lines: list[str]) -> tuple[int, list[list[str]]]:
    """Where the stretch of :data:`LEFT` and :data:`RIGHT` ends with ``lines`` read after its rows, and its columns."""
    items = [_mk(t) for t in [LEFT[0], RIGHT[0], LEFT[1], RIGHT[1], *lines]]
    cols = [items[0::2][:2], items[1::2][:2]]
    end = ragged_end(items, cols, 4, 0, [0.0] * len(items), Counter(), len(items))
    return end, [[it.text for it in col] for col in cols]


def test_a_head_wider_than_the_columns_ends_a_stretch_though_the_words_run_on_into_it() -> None:
    assert junction(_mk(LAST), _mk(TITLE)) > 0  # (the words alone would take it into the first column)
    assert _read_after([LAST, TITLE]) == (5, [[*LEFT, LAST], RIGHT])


def test_a_column_line_read_after_the_rows_still_goes_on_in_its_column() -> None:
    assert _read_after([LAST, "体店面，消费者吃"]) == (6, [[*LEFT, LAST, "体店面，消费者吃"], RIGHT])


#: Two stories' columns, eight characters wide (an opinion page, pdfminer reading it row by row): the first story's
#: two columns open two rows above the second's, whose title stands in those rows.
ABOVE = ["暑假来临，研", "研学旅行的核", "对网络谣言要“零容忍”", "学旅行再度升温。", "心在“学”。好的研"]
STRETCH = [
    ("带着孩子走出课", "学课程，应当有明", "某地发生一起", "谣言，既扰乱社会"),
    ("堂，到博物馆、科", "确的教育目标、科", "交通事故后，网上", "秩序，也损害公众"),
]


def test_columns_opening_rows_above_the_stretch_take_their_first_lines_back_past_a_head() -> None:
    lines = [_mk(t) for t in ABOVE]
    cols = [[_mk(t) for t in col] for col in zip(*STRETCH, strict=True)]
    taken = ragged_start(lines, cols, len(lines), 0, Counter({"研学": 2, "核心": 2}))
    assert [it.text for it in cols[0][:2]] == [ABOVE[0], ABOVE[3]]
    assert [it.text for it in cols[1][:2]] == [ABOVE[1], ABOVE[4]]
    assert [it.text for it in cols[2][:2]] == [ABOVE[2], STRETCH[0][2]]  # (the title opens the next story's column)
    assert len(taken) == 5


def test_one_line_that_runs_on_into_a_column_top_stays_before_the_stretch() -> None:
    lines = [_mk(t) for t in ("加快建设教育强省", "本报记者 李华")]  # (a title whose last character runs on: 省政)
    cols = [
        [_mk("政府召开金融支持实体"), _mk("经济座谈会，研究部署")],
        [_mk("新举措，推动金融资源"), _mk("更多流向实体经济。")],
    ]
    assert ragged_start(lines, cols, 2, 0, Counter()) == set()
    assert [len(col) for col in cols] == [2, 2]


#: The text read before a stretch ran on down to it (a story's single column above the rows of two): its first
#: column's top line ``的研学课程，应`` goes on into the stretch's first column; the lines above it are that text's,
#: a paragraph's end among them, not a second column's first lines.
RUN_DOWN = ["学”，价格却不", "菲，让家长颇有", "怨言。", "研学旅行的", "核心在“学”。好", "的研学课程，应"]
BELOW = [("当有明确的教育", "人这样感慨。近"), ("目标、科学的课", "年来，政务服务"), ("程设计和专业的", "“一网通办”加")]


def test_the_look_back_ends_at_a_paragraphs_last_line_once_a_column_took_a_line() -> None:
    lines = [_mk(t) for t in RUN_DOWN]
    cols = [[_mk(t) for t in col] for col in zip(*BELOW, strict=True)]
    pairs = Counter({"有的": 2, "应当": 2})  # (the page's lines hold the pairs)
    assert junction(lines[1], lines[-1], pairs) >= 1.0  # (``有的``: the words alone take it over ``的研学课程，应``)
    assert ragged_start(lines, cols, len(lines), 0, pairs) == set()
    assert [it.text for it in cols[0]] == [a for a, _ in BELOW]


#: A pull quote's box read just before a stretch (an economy page): it restates a sentence of the column read before
#: it, and its lines run on into the stretch's first column, which goes on with that sentence.
QUOTED = ["一家头部组件企业副总裁严晓峰", "说，“行业只有把无序竞", "争降下来，把技术创新"]
BOX = ["行业只有把无序竞争", "降下来，把技术创新", "提上去，才能真正走", "出周期低谷。"]
QUOTE_ROWS = [("提上去，才能真正走出", "立行业自律机制，引导"), ("周期低谷。”", "企业合理安排产能，同")]
QUOTE_ROWS += [("在技术迭代方面，N", "时加快布局海外市场和"), ("型电池已占据市场主", "储能等新业务，增强产")]


def test_a_pull_quote_box_read_before_a_stretch_stays_whole_before_it() -> None:
    lines = [_mk(t) for t in [*QUOTED, *BOX]]
    cols = [[_mk(t) for t in col] for col in zip(*QUOTE_ROWS, strict=True)]
    pairs = page_pairs([*lines, *(it for col in cols for it in col), _mk("推动科技创新提质增效")])  # (a line: 新提)
    assert junction(lines[-3], cols[0][0], pairs) >= 1.0  # (``新提``: the words alone take it over the column's top)
    assert ragged_start(lines, cols, len(lines), len(QUOTED), pairs) == set()
    assert [it.text for it in cols[0][:1]] == [QUOTE_ROWS[0][0]]
