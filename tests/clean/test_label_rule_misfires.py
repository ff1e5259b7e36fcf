"""Ordinary page forms near the column-label and briefs-box rules: a kicker wrapped onto two lines is no band over
a kicker (``ornaments.over_label``), a story's numbered section heads under an ornamented label part no box
(``ownheadbox.own_head_box``, ``boxsplit._item_head``)."""

from __future__ import annotations

from helpers import tight_articles

from textclean import Config, build_tables, clean_page
from textclean.clean.boxsplit import split_box_items
from textclean.clean.ownheadbox import own_head_box
from textclean.clean.roles import Item
from textclean.models import Article, Block, Line, Page

CONFIG = Config(tokens=False, keywords_top_k=0)

#: A front page's top story (pdfminer: a blank line after each printed line): a kicker wrapped onto two lines.
WRAPPED = (
    "1 要闻",
    "2026年3月4日　星期三",
    "坚持稳中求进工作总基调　推动",
    "高质量发展取得新成效",
    "全国政协十四届四次会议开幕",
    "本报北京3月4日电　（记者 王明）全国政协十四届四次会议",
    "4日下午在人民大会堂开幕。2000多名全国政协委员肩负人民",
    "重托，出席大会。",
)

#: A wire story under a label between ornaments, its sections under numbered heads (PyMuPDF).
NUMBERED = (
    "9 经济",
    "2026年3月4日　星期三",
    "●产业观察●",
    "新能源汽车出口再创新高",
    "新华社北京3月3日电（记者 李",
    "明）中国汽车工业协会3日发",
    "布数据，前两月新能源汽车出",
    "口48万辆，同比增长32%。",
    "1.欧洲市场增长最快",
    "对欧洲出口18万辆，增长",
    "41%，占出口总量的37.5%。",
    "2.东南亚市场潜力大",
    "对东南亚出口9万辆，增长",
    "26%，多家车企在当地建厂。",
)


def _pdfminer(lines: tuple[str, ...]) -> list[dict]:
    text = "".join(f"{line}\n\n" for line in lines)
    res = clean_page("p.txt", text.encode(), CONFIG)
    return [dict(a) for a in build_tables([res], CONFIG).articles]


def test_a_kicker_wrapped_onto_two_lines_keeps_its_first_line() -> None:
    (story,) = _pdfminer(WRAPPED)
    assert "坚持稳中求进工作总基调" in (story["kicker"] or "")


def test_numbered_section_heads_under_an_ornamented_label_part_no_box() -> None:
    (story,) = tight_articles(*NUMBERED)
    assert (story.column, story.title) == ("产业观察", "新能源汽车出口再创新高")
    assert "欧洲市场增长最快" in story.body and "东南亚市场潜力大" in story.body


def test_an_interviews_questions_under_a_label_part_no_box() -> None:
    texts = [
        "■ 权威解读",
        "个人养老金制度全面实施",
        "近日，个人养老金制度在全国",
        "全面实施。记者采访了专家。",
        "哪些人可以参加？",
        "参加城镇职工基本养老保险的",
        "劳动者都可以参加，每年缴费",
        "上限为12000元。",
        "能享受哪些优惠？",
        "缴费环节按照每年12000元的",
        "限额予以税前扣除。",
    ]
    page = Page("p", "", "utf-8", tuple(Line(n, t) for n, t in enumerate(texts)))
    para, head = (lambda t: Block("paragraph", t)), (lambda t: Block("heading", t))
    blocks = [
        para("近日，个人养老金制度在全国全面实施。记者采访了专家。"),
        head("哪些人可以参加？"),
        para("参加城镇职工基本养老保险的劳动者都可以参加，每年缴费上限为12000元。"),
        head("能享受哪些优惠？"),
        para("缴费环节按照每年12000元的限额予以税前扣除。"),
    ]
    story = Article("a", "p", "", "个人养老金制度全面实施", blocks, [(1, 10)], column="权威解读")
    assert split_box_items([story], page) == [story]


def test_the_masthead_read_after_a_box_is_no_item() -> None:
    texts = [
        "要闻简报",
        "省残联启动就业帮扶行动",
        "省残联日前启动2026年",
        "就业帮扶行动。（梁静）",
        "云川日报2026年3月19日",
        "新闻热线：0870-6123000",
    ]
    page = Page("p", "", "utf-8", tuple(Line(n, t) for n, t in enumerate(texts)))
    blocks = [
        Block("paragraph", "省残联日前启动2026年就业帮扶行动。（梁静）"),
        Block("heading", texts[4]),
        Block("paragraph", texts[5]),
    ]
    box = Article("a", "p", "", "省残联启动就业帮扶行动", blocks, [(1, 5)], column="要闻简报", authors=["梁静"])
    (item,) = split_box_items([box], page)
    assert (item.title, item.line_spans) == ("省残联启动就业帮扶行动", [(1, 3)])


def _line(text: str) -> Item:
    return Item(0, text, text, float(len(text)), False, False)


def test_a_line_after_a_semicolon_heads_no_brief() -> None:
    story = Article("a", "p.txt", "0" * 64, "老旧小区停车难问题正在逐步解决", [], [], None, column="来信回音")
    lines = ["本报讯（记者 孙佳宁）城南区", "新增泊位约400个；", "同时协调辖区内", "8家单位，在夜间", "开放停车场。"]
    assert own_head_box([_line(t) for t in lines], story, False) == []


def test_one_line_wider_than_the_column_heads_no_brief() -> None:
    story = Article("a", "p.txt", "0" * 64, "柳溪古镇修缮完工重新开街", [], [], None, column="图片新闻")
    lines = [
        "3月14日，历时两年修",
        "缮的古镇重新开街。",
        "修缮后的古镇保留了明清时期",
        "的街巷格局，修复民居",
        "126栋、古桥4座。",
    ]
    assert own_head_box([_line(t) for t in lines], story, False) == []
