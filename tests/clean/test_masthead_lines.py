"""Masthead lines read piece by piece (``textclean.clean.mastline``): the date, the weekday, the 版次, the editors,
the paper's name and the page's name (版名) in any order, one line or several, at the page's top. The 版名 is the
banner; no piece is an article's field."""

from __future__ import annotations

import pytest
from helpers import tight_articles

from textclean.clean.masthead import paper_name
from textclean.clean.mastline import masthead_lines, masthead_name, masthead_parts

HEADS = ("全省能源工作会议召开", "部署今年重点任务 推动绿色低碳转型")
PAGE = (
    "全省能源工作会议召开",
    "本报讯（记者 王明）近日，全省能源工作会议在省城召开，会议总结了过去一年的工作成绩，部署了今年的重点任务，",
    "要求各地各部门坚持稳中求进工作总基调，扎实推进能源绿色低碳转型，确保能源安全稳定供应。",
    "　　会议指出，过去一年，全省新增新能源装机容量创历史新高，电网建设取得新突破，能源保供能力显著增强。",
    "部署今年重点任务",
    "推动绿色低碳转型",
    "本报讯 近日，省水利厅召开全省水利工作会议，会议回顾了去年的工作，安排部署了今年的主要任务，",
    "要求全力抓好防汛抗旱和水资源保护工作，确保人民群众生命财产安全。",
)


@pytest.mark.parametrize(
    "top",
    [
        ("能源周刊", "中国能源报　2026年3月5日 星期四", "05"),
        ("2026年3月5日 星期四　第5版　能源周刊　责任编辑：李华　美编：张强",),
        ("05　能源周刊　2026年3月5日",),
        ("中国能源报", "能源周刊", "2026年3月5日 第5版"),
        ("责任编辑：李华 校对：王伟　能源周刊", "2026年3月5日　星期四", "A06"),
        ("5", "能源周刊", "农民日报", "2026年3月5日"),
        ("中国能源报　A06　2026年3月5日　责任编辑：李华 美编：张强　能源周刊",),
        ("能源周刊　湘楚日报", "5", "2026年3月5日 星期四"),
        ("5", "能源周刊", "2026年3月5日", "农民日报　A06"),
    ],
)
def test_the_page_name_among_masthead_pieces_in_any_order_is_the_banner(top: tuple[str, ...]) -> None:
    articles = tight_articles(*top, *PAGE)
    assert [a.title for a in articles] == list(HEADS)
    assert {a.page_banner for a in articles} == {"能源周刊"}
    assert all(a.column is None and a.kicker is None and a.subtitle is None for a in articles)
    assert [a.authors for a in articles] == [["王明"], []]


def test_the_lead_head_read_before_the_masthead_keeps_its_fields() -> None:
    """PyMuPDF reads the lead's head before the masthead: ``title`` / ``——subtitle`` / ``5`` / ``要闻`` / date line /
    body: the name between the pieces is the banner, the number no title."""
    head, body = PAGE[0], PAGE[1:]
    articles = tight_articles(head, "——写在全省能源工作会议召开之际", "5", "要闻", "2026年3月5日 星期四", *body)
    assert [a.title for a in articles] == list(HEADS)
    assert {a.page_banner for a in articles} == {"要闻"}
    assert articles[0].subtitle == "写在全省能源工作会议召开之际" and articles[0].kicker is None


def test_a_masthead_with_no_page_name_gives_no_banner_and_no_field() -> None:
    (first, second) = tight_articles("中国能源报　2026年3月5日　05", *PAGE)
    assert (first.page_banner, first.kicker, first.column, first.title) == (None, None, None, HEADS[0])
    assert second.title == HEADS[1]


def test_a_name_and_a_date_under_the_top_are_text() -> None:
    """A notice's signature (``某某公司 2026年3月5日``) under the page's top is its article's text, not a masthead."""
    notice = ("关于暂停供水的通知", "因管网检修，3月6日8时至18时城东片区暂停供水，请用户提前储水。", "特此通知。")
    signed = tight_articles(*notice, *PAGE[1:4], *notice[1:], "城东水务 2026年3月5日")
    assert any("城东水务" in "".join(b.text for b in a.blocks) for a in signed)
    assert all(a.page_banner is None for a in signed)


def test_masthead_parts_read_pieces_and_one_name_only() -> None:
    assert masthead_parts("2026年3月5日 星期四  第5版  能源周刊  责任编辑 李华") == (
        "能源周刊",
        ("date", "weekday", "code", "editor"),
    )
    assert masthead_parts("本版编辑：闫晨强　袁雅") == (None, ("editor", "editor"))  # (two editors, no name)
    assert masthead_parts("要闻 经济 2026年3月5日") is None  # (two names: a headline's halves or labels)
    assert masthead_parts("春节假期 全国铁路发送旅客超亿人次") is None
    assert masthead_parts("编辑 手记") is None  # (a column's words, no editor's role and name)


def test_masthead_lines_need_a_date_or_an_editor_and_stay_at_the_top() -> None:
    texts = ["第5版", "能源周刊", "2026年3月5日", "全省能源工作会议召开"]
    assert (masthead_lines(texts), masthead_name(texts)) == ({0, 2}, 1)  # (the name between two pieces' lines)
    column = ["2026年3月5日 星期四", "深度调查", "全省能源工作会议召开"]
    assert masthead_name(column) is None  # (a label over a head under the masthead: a column's, as often)
    assert masthead_lines(["12", "理论", "会议召开"]) == set()  # (no date nor editor: a count, a label)
    below = ["甲", "乙", "丙", "丁", "戊", "己", "庚", "05　能源周刊　2026年3月5日"]
    assert masthead_lines(below) == set() and masthead_name(below) is None  # (under the page's top lines)


def test_a_trade_papers_name_is_a_paper_and_a_kind_of_report_is_not() -> None:
    assert [paper_name(t) for t in ("中国能源报", "中国水利报", "湘楚日报")] == [True, True, True]
    assert [paper_name(t) for t in ("经济快报", "工作简报", "能源周刊", "年报")] == [False, False, False, False]


def test_a_page_name_printed_again_beside_the_folio_leaves_the_folio_furniture() -> None:
    """``国际`` / ``03　国际`` / date line: the name alone is the banner, the folio line no field and no article."""
    articles = tight_articles("国际", "03　国际", "2026年3月14日　星期五　编辑：闫舟明", *PAGE)
    assert [a.title for a in articles] == list(HEADS)
    assert {a.page_banner for a in articles} == {"国际"}
    assert all(a.kicker is None and a.column is None for a in articles)


def test_a_boxs_label_under_the_masthead_is_no_page_name_when_the_name_is_over_it() -> None:
    """``观点`` / folio line / editors / ``编者按`` over its text: the name over the pieces is the banner, the label
    under them a box's (the label alone under the pieces is the name only when it is the one name by them)."""
    note = "科技成果“躺在抽屉里”，是长期困扰科研院所的难题。打通成果转化的堵点，需要协同发力。"
    top = ("观点", "第15版　2026.01.24", "责任编辑：沈丽思　美术编辑：韦卫云", "编者按", note)
    articles = tight_articles(*top, *PAGE)
    assert {a.page_banner for a in articles} == {"观点"}
    assert HEADS[0] in [a.title for a in articles]


BODY_RA = (
    "本报讯（记者 王明）近日，全省能源工作会议在省城召开，会议总结了过去一年的工作成绩，部署了今年的重点任务。",
    "部署今年重点任务",
    "本报讯 近日，省水利厅召开全省水利工作会议，会议回顾了去年的工作，安排部署了今年的主要任务。",
)


@pytest.mark.parametrize(
    ("top", "title"),
    [
        (("要闻", "2026年3月5日 星期四 第5版", "坚守的回报"), "坚守的回报"),
        (("要闻", "2026年3月5日 星期四 第5版", "G20 峰会"), "G20峰会"),
        (("要闻", "2026年3月5日 星期四 第5版", "农历新年 全球同庆"), "农历新年全球同庆"),
        (("要闻", "2026年3月5日 星期四 第5版", "编辑部启事"), "编辑部启事"),
        (("要闻", "2026年3月5日 星期四 第5版", "经济日报 社论"), "经济日报社论"),
        (("体育", "2026年3月5日 星期四", "F1 中国大奖赛"), "F1中国大奖赛"),
    ],
)
def test_a_headline_under_the_masthead_is_no_piece_and_no_page_name(top: tuple[str, ...], title: str) -> None:
    """Review RA: a headline ending like a trade paper's name (``回报``), a number or code and a word (``G20 峰会``), a
    lunar word (``农历新年``), a role word glued to no name (``编辑部启事``) or a paper's name and a word read under the
    masthead stay the first article's title, and the name over the date line stays the banner."""
    first = tight_articles(*top, *BODY_RA)[0]
    assert (first.title.replace(" ", ""), first.page_banner) == (title, top[0])


def test_a_date_and_a_name_under_the_pages_top_are_no_masthead() -> None:
    """A notice's signature (``城东水务 2026年3月5日``) on the page's third line is no 版名 line."""
    top = ("公告", "本公司定于3月18日召开股东大会。", "城东水务 2026年3月5日", "全省能源工作会议召开")
    assert all(a.page_banner != "城东水务" for a in tight_articles(*top, *BODY_RA))
