"""One printed line holding a row of several columns' lines is split into them (joinedrows.py)."""

from textclean.clean.chardata import text_width
from textclean.clean.columnlines import piece_width
from textclean.clean.joinedrows import split_joined_rows
from textclean.clean.roles import Item, make_items
from textclean.models import Line

BODY = [
    "大力发展科技、教育事业，培养高",
    "素质的人才队伍，是国家强盛、民",
    "族复兴的必由之路。坚持优先发展",
    "教育。中央财政已按全国财政性教",
    "育经费支出占国内生产总值的比例",
    "编制预算，地方财政也要相应安排",
]


def _texts(rows: list[str]) -> list[str]:
    items = split_joined_rows(make_items([Line(i, t) for i, t in enumerate(BODY + rows)]))
    return [it.text for it in items][len(BODY) :]


def test_a_row_of_three_columns_printed_as_one_line_is_split_in_row_order() -> None:
    row = "培养高素质的人才队伍，是国家 与经济社会发展和国家战略需要 才体制改革，大力培养造就高水"
    assert _texts([row]) == [
        "培养高素质的人才队伍，是国家",
        "与经济社会发展和国家战略需要",
        "才体制改革，大力培养造就高水",
    ]


def test_a_letter_spaced_column_line_joined_to_the_next_columns_line_is_split_where_the_spacing_stops() -> None:
    row = "系 ， 加 强 对 劳 务 派 遣 的 规 范 管 助试点范围。巩固完善基本药物"
    assert _texts([row]) == ["系，加强对劳务派遣的规范管", "助试点范围。巩固完善基本药物"]


def test_spaces_of_the_text_part_nothing() -> None:
    rows = [
        "本报记者 崔湄 王霏苓",
        "大力发展社会事业 促进经济社会协调发展",
        "——中国劳动关系学院校长、党委副书记 傅德印",
        "体 系 ”“ 加 强 工 会 法 治 宣 传 和 法",
        "消费价格总水平涨幅控制在4% 左右；城镇",
    ]
    assert _texts(rows) == [
        "本报记者 崔湄 王霏苓",
        "大力发展社会事业 促进经济社会协调发展",
        "——中国劳动关系学院校长、党委副书记 傅德印",
        "体系”“加强工会法治宣传和法",
        "消费价格总水平涨幅控制在4% 左右；城镇",
    ]


def test_the_parts_keep_the_lines_number_and_the_blank_lines_around_it() -> None:
    items = split_joined_rows(
        make_items(
            [Line(i, t) for i, t in enumerate([*BODY, "", "业培训和公共就业服务工作。加 标准提高到每人每年240元。全"])]
        )
    )
    parts = items[len(BODY) :]
    assert [(it.no, it.gap_before, it.gap_after) for it in parts] == [(7, True, False), (7, False, True)]
    assert [it.width for it in parts] == [text_width(it.text) for it in parts]
    assert all(isinstance(it, Item) for it in parts)


#: Rows of two 15-em columns, as pdftotext prints them (each split by :func:`split_joined_rows` on its own).
STACK = [
    "统配钢材，集中投放到指定的地区 价返还、逐步放开、扩大市场范围",
    "大力发展科技、教育事业，培养高 素质的人才队伍，是国家强盛、民",
]
#: A row of two columns' lines holding no clause mark: set on its own, it reads as a headline of two halves.
ROW = "固定资产投资规模要大体维持在 要把重点放在为生产和生活服务"


def test_a_row_set_among_rows_of_the_same_columns_is_split_though_it_holds_no_clause_mark() -> None:
    # (LAY2 lay2-015, between rows of two 14-em columns)
    assert _texts([STACK[0], ROW, STACK[1]])[2:4] == ["固定资产投资规模要大体维持在", "要把重点放在为生产和生活服务"]


def test_a_row_set_among_rows_is_split_where_its_break_runs_through_a_word() -> None:
    row = "钢材统配以后，集中投放到指定 价返还、逐步放开、扩大市场化"
    assert _texts([STACK[0], row])[2:] == ["钢材统配以后，集中投放到指定", "价返还、逐步放开、扩大市场化"]


def test_a_headline_of_two_halves_away_from_rows_is_not_split() -> None:
    assert _texts([STACK[0], "甲" * 15, "乙" * 15, "丙" * 15, ROW])[2:] == ["甲" * 15, "乙" * 15, "丙" * 15, ROW]


def _texts_in(body: list[str], rows: list[str]) -> list[str]:
    items = split_joined_rows(make_items([Line(i, t) for i, t in enumerate(body + rows)]))
    return [it.text for it in items][len(body) :]


#: Lines of a 10-em and an 11-em column (LAY3 lay3-003, lay3-023): the pages' body measures.
BODY_10 = [
    "面发展的必然要求。要",
    "坚持为人民健康服务的",
    "方向，坚持预防为主、",
    "以农村为重点、中西医",
    "并重，按照保基本、强",
    "基层、建机制要求，重",
]
BODY_11 = [
    "力，推进产业结构优化升",
    "和人才强国战略，加强文",
    "资源、产业和人才优势，",
    "度，逐步建立长期稳定的",
    "众利益的各项政策。重视",
    "现代化建设的重要战略任",
]


def test_a_row_opening_with_a_wrapped_datelines_first_line_is_split() -> None:
    # (pdftotext, LAY3 lay3-003: the dateline's first line holds no clause mark, yet opens a paragraph)
    assert _texts_in(BODY_10, ["本报武汉2月10日 护环境的空间格局、产"]) == ["本报武汉2月10日", "护环境的空间格局、产"]
    # (an indented line with no clause mark and no dateline may be a headline's half: left whole)
    assert _texts_in(BODY_10, ["提高社会管理科学 自然、顺应自然、保护"]) == ["提高社会管理科学 自然、顺应自然、保护"]


def test_a_datelines_reporters_spaced_in_their_bracket_are_one_column_line() -> None:
    # (pdftotext, LAY3 lay3-023: the reporters' names are spaced apart inside the dateline's bracket)
    row = "电（记者 戴澜晗 肖琬） 改善产权结构，引进借鉴 革。调整和完善资源税。"
    assert _texts_in(BODY_11, [row]) == ["电（记者 戴澜晗 肖琬）", "改善产权结构，引进借鉴", "革。调整和完善资源税。"]
    # (a byline's names hold no bracket: the line is one)
    assert _texts_in(BODY_11, ["本报记者 戴澜晗 肖琬 改善产权结构，引进借鉴"]) == [
        "本报记者 戴澜晗 肖琬 改善产权结构，引进借鉴"
    ]


#: Two rows of three 15-em columns (as ``BODY``) printed as lines too wide for one column's: one breaks next to a
#: number and holds an indented first line without a clause mark, the other opens with a byline.
WIDE_ROWS = [
    "出口总值138亿元，同比增长了 机电产品和劳动密集型产品 开行国际货运班列76列，实现了",
    "本报记者 马露帅 王帅博 报道 职业院校与企业合作开设了订单班 教师培训668期，新增中小学学位",
]


def test_rows_too_wide_for_one_column_line_are_split_by_looser_rules() -> None:
    # (pdftotext, five 13-em columns of a front page printed row by row, each row one line)
    assert _texts(WIDE_ROWS) == [
        "出口总值138亿元，同比增长了",
        "机电产品和劳动密集型产品",
        "开行国际货运班列76列，实现了",
        "本报记者 马露帅 王帅博 报道",
        "职业院校与企业合作开设了订单班",
        "教师培训668期，新增中小学学位",
    ]


def test_a_lone_wide_line_away_from_rows_is_left_whole() -> None:
    # (a wide line parted where no row stands near is read no better in order than whole)
    texts = _texts([WIDE_ROWS[0], "", *BODY])
    assert texts[0] == WIDE_ROWS[0] and len(texts) == 1 + len(BODY)


def test_a_long_spaced_line_is_no_row_and_cleans_whole() -> None:
    # a line of 1050 pieces (a row holds a handful): no recursion over its pieces, its text kept
    from textclean import clean_page

    phrase = "全市各地抓住有利时机 扎实推进春耕生产 确保粮食面积稳定 "
    page = clean_page("x.txt", (phrase * 350).encode())
    assert "".join(a.body for a in page.articles).replace(" ", "") == phrase.replace(" ", "") * 350


def test_a_full_line_holding_two_marks_in_a_row_fits_its_column() -> None:
    # (``，”`` and ``，“`` are squeezed to an em and a half each: 14 characters make a full 13 em line)
    body = ["甲" * 13] * 8
    row = "片包干、蹲点指导，把最新的 更好，”唐浩欣说，“接下来我 大户提供托管服务，落实粮食"
    items = split_joined_rows(make_items([Line(i, t) for i, t in enumerate([*body, row])]))
    assert [it.text for it in items][len(body) :] == [
        "片包干、蹲点指导，把最新的",
        "更好，”唐浩欣说，“接下来我",
        "大户提供托管服务，落实粮食",
    ]


def test_only_a_mark_set_before_another_is_squeezed() -> None:
    assert piece_width("更好，”唐浩欣说，“接下来我") == 13.0
    assert piece_width("更好，唐浩欣说，接下来我们还") == text_width("更好，唐浩欣说，接下来我们还") == 14.0
