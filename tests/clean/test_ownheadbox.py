"""Boxes of briefs whose heads stand on lines of their own, parted into briefs (``textclean.clean.ownheadbox``)."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.ownheadbox import own_head_box
from textclean.clean.roles import Item
from textclean.models import Article

# an international page's briefs box (PyMuPDF): its label, then each brief's bold head on a line of its own over a
# one-paragraph text in a narrow column, some closed by the writer's name in brackets; no glyph, no em space
BOX = (
    "国际",
    "2026年5月4日 星期一 第17版",
    "环球速览",
    "气象机构发布粮食报告",
    "某机构16日发布报告说，全球约6亿人面临严",
    "重粮食不安全。（马舟）",
    "某国央行下调利率",
    "某国央行23日宣布将基准利率下调25个基点。",
    "某国举行议会选举",
    "某国9月8日举行议会选举，投票率约为60%。",
    "计票工作正在进行。",
    "两国签署能源协议",
    "两国21日签署一项为期3年的天然气供应协议。（邵琳秀）",
)
TITLES = ["气象机构发布粮食报告", "某国央行下调利率", "某国举行议会选举", "两国签署能源协议"]


def test_a_box_of_briefs_with_heads_on_their_own_lines_is_parted_into_briefs() -> None:
    arts = tight_articles(*BOX)
    assert [a.title for a in arts] == TITLES
    assert [a.column for a in arts] == ["环球速览"] * 4
    assert [a.authors for a in arts] == [["马舟"], [], [], ["邵琳秀"]]
    assert arts[2].body == "某国9月8日举行议会选举，投票率约为60%。计票工作正在进行。"


def test_a_commentary_under_its_column_label_keeps_its_subheadings() -> None:
    # sections of a commentary run longer than a brief (MAX_PIECE_CHARS): here 191 characters each
    para = "，".join(["各国在多边框架内加强对话与合作"] * 12) + "。"
    text = [para[i : i + 20] for i in range(0, len(para), 20)]
    lines = ("国际", "2026年5月4日 星期一 第17版", "国际锐评", "合作共赢才是正道", *text)
    (article,) = tight_articles(*lines, "开放合作是潮流", *text, "互利共赢是方向", *text)
    assert article.title == "合作共赢才是正道"
    assert "开放合作是潮流" in article.body


def test_no_box_under_a_byline_or_without_a_column_label() -> None:
    mk = lambda raw: Item(0, raw, raw, 10.0, False, False)  # noqa: E731
    items = [mk(line) for line in BOX[4:]]
    labelled = Article("a", "p.txt", "0" * 64, TITLES[0], [], [], None, column="环球速览")
    assert [s[2] for s in own_head_box(items, labelled, False)] == TITLES[1:]
    assert own_head_box(items, labelled, True) == []
    assert own_head_box(items, Article("a", "p.txt", "0" * 64, TITLES[0], [], [], None), False) == []


def test_a_head_wrapped_onto_the_next_line_ends_at_its_run_in_separator() -> None:
    # an economy page's data box (PyMuPDF): a run-in head too long for the narrow column wraps, and its last
    # characters stand before the ideographic space on the next line
    lines = ("经济", "2026年5月4日 星期一 第8版", "数说经济", "港口吞吐量稳步回升", "截至9月末，某港完成集装箱吞")
    lines += ("吐量812万标准箱，同比增长", "6.3%。", "广东出台稳外贸十条措", "施\u3000广东近日出台稳外贸十")
    lines += ("条措施，从出口信用保险、", "跨境融资等方面加大支持力", "度。", "全国新设经营主体增长")
    lines += ("11.2%\u3000前三季度全国新设", "经营主体3316万户，同比增", "长11.2%。")
    arts = tight_articles(*lines)
    assert [a.title for a in arts] == ["港口吞吐量稳步回升", "广东出台稳外贸十条措施", "全国新设经营主体增长11.2%"]
    assert arts[1].body == "广东近日出台稳外贸十条措施，从出口信用保险、跨境融资等方面加大支持力度。"
