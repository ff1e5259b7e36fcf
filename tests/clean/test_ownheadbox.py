"""Boxes of briefs whose heads stand on lines of their own, parted into briefs (``textclean.clean.ownheadbox``)."""

from __future__ import annotations

from dataclasses import replace

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


def test_a_dateline_under_a_short_head_opens_the_brief_not_the_head() -> None:
    # a head well short of the box's measure ends on its own line, and a dateline before an ideographic space
    # (新华社电, 本报讯) is the brief's text: neither is run on into the head
    box = (*BOX[:6], BOX[6], "新华社电\u3000" + BOX[7], BOX[8], "本报讯\u3000" + BOX[9], *BOX[10:])
    arts = tight_articles(*box)
    assert [a.title for a in arts] == TITLES
    assert arts[1].body.startswith("新华社电")
    assert arts[2].body.startswith("本报讯")


def test_a_short_commentary_under_its_column_label_keeps_its_subheadings() -> None:
    # a commentary's short sections hold no date, figure or bracketed name: no briefs box
    page = ("评论", "2026年5月4日 星期一 第5版", "人民时评", "让城市更有温度")
    page += ("　　城市是人民的城市。建设宜居城市，既要有高楼大厦，也要有烟火气息。", "街巷更干净")
    page += ("　　老旧小区改造后，道路平整了，垃圾分类做起来了，居民出门心情也好了。", "服务更贴心")
    page += ("　　社区食堂、托育中心开到家门口，老人孩子都有了去处，年轻人更安心。", "治理更精细")
    page += ("　　城市治理要绣花功夫，把每一件小事办好，让群众感受到实实在在的变化。",)
    (article,) = tight_articles(*page)
    assert article.title == "让城市更有温度"
    assert [b.text for b in article.blocks][1::2] == ["街巷更干净", "服务更贴心", "治理更精细"]


def test_a_story_with_a_subtitle_keeps_its_short_sections_under_their_subheadings() -> None:
    # an economy page's data story (PyMuPDF, lay17 ec-11): column label, title, ``——`` subtitle, then short
    # sections with figures under own-line subheadings in a narrow column: a story, not a box of briefs
    lines = (
        "经济",
        "2026年5月4日 星期一 第3版",
        "数据发布",
        "前两月全市工业增加值增长6.1%",
        "——社会消费品零售总额同比增长4.0%",
        "本报讯 市统计局17日发",
        "布的数据显示，前两月全",
        "市规模以上工业增加值同",
        "比增长6.1%，比上年全",
        "年加快0.3个百分点。",
        "消费市场平稳回升",
        "前两月，全市社会消",
        "费品零售总额837亿元，",
        "同比增长4.0%。其中，",
        "家用电器类零售额增长",
        "12.6%。",
        "投资结构继续优化",
        "前两月，全市固定资",
        "产投资526亿元，同比增",
        "长3.9%。其中，制造业",
        "投资增长8.1%。",
    )
    (article,) = tight_articles(*lines)
    assert article.title == "前两月全市工业增加值增长6.1%"
    assert article.subtitle == "社会消费品零售总额同比增长4.0%"
    assert "投资结构继续优化" in article.body


def test_no_box_of_unsigned_briefs_under_a_subtitled_headline() -> None:
    mk = lambda raw: Item(0, raw, raw, 10.0, False, False)  # noqa: E731
    items = [mk(line.replace("（马舟）", "").replace("（邵琳秀）", "")) for line in BOX[4:]]
    labelled = Article("a", "p.txt", "0" * 64, TITLES[0], [], [], None, column="环球速览")
    assert own_head_box(items, labelled, False) != []
    assert own_head_box(items, replace(labelled, subtitle="全年增长4.0%"), False) == []


def test_a_box_whose_first_brief_has_a_subtitle_is_parted_into_briefs() -> None:
    # a briefs box (PyMuPDF) whose first brief's head has a ``——`` line under it: its signed briefs are a box's
    arts = tight_articles(*BOX[:4], "——全球约6亿人面临严重粮食不安全", *BOX[4:])
    assert [a.title for a in arts] == TITLES
    assert arts[0].subtitle == "全球约6亿人面临严重粮食不安全"
    assert [a.authors for a in arts] == [["马舟"], [], [], ["邵琳秀"]]
