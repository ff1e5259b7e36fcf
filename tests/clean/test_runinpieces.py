"""Boxes of short pieces with run-in heads and no glyph, parted into their pieces (``textclean.clean.runinpieces``)."""

from __future__ import annotations

from helpers import tight_articles

from textclean import clean_page
from textclean.clean.glyphforms import fold_glyph_forms
from textclean.clean.roles import Item
from textclean.clean.runinpieces import label_heads, own_line_heads, runin_head, runin_pieces

# an economy page's tinted box (PyMuPDF): its label, a first piece whose head stands on its own line, then pieces
# that open with a bold head ended by an ideographic space, in a narrow column
BOX = (
    "经济",
    "2024年6月17日 星期五 第8版",
    "市场快报",
    "港口吞吐量稳步回升",
    "截至9月末，某港完成集装箱吞吐量812万",
    "标准箱，同比增长6.3%。",
    "跨境结算量增长11.2%\u3000前8个月，经常项",
    "目跨境人民币结算金额增长14.8%，使用范围",
    "持续扩大。",
    "家电零售额增长4.6%\u3000国庆假期，重点商",
    "圈家电零售额同比增长4.6%，以旧换新拉动",
    "明显。",
)
TITLES = ["港口吞吐量稳步回升", "跨境结算量增长11.2%", "家电零售额增长4.6%"]


def test_a_box_of_run_in_pieces_is_parted_into_articles_of_the_box_label() -> None:
    arts = tight_articles(*BOX)
    assert [a.title for a in arts] == TITLES
    assert [a.column for a in arts] == ["市场快报"] * 3
    assert arts[1].body == "前8个月，经常项目跨境人民币结算金额增长14.8%，使用范围持续扩大。"
    assert arts[0].body == "截至9月末，某港完成集装箱吞吐量812万标准箱，同比增长6.3%。"


def test_an_ascii_space_ends_the_head_on_a_page_that_prints_no_em_space() -> None:
    # pdftotext prints an ASCII space for the ideographic one; pdfminer an em space (U+2003), folded to the
    # ideographic space when a page's lines are split (glyphforms)
    for space in (" ", "\u2003"):
        arts = tight_articles(*(fold_glyph_forms(line.replace("\u3000", space)) for line in BOX))
        assert [a.title for a in arts] == TITLES


def test_an_ascii_space_is_no_head_end_on_a_page_that_prints_em_spaces() -> None:
    lines = [line.replace("\u3000", " ") for line in BOX]
    arts = tight_articles(lines[0], "2024年6月17日\u3000星期五", *lines[2:])
    assert all("跨境结算量增长11.2%" != a.title for a in arts)


def test_a_head_on_its_own_line_inside_a_box_opens_a_piece() -> None:
    lines = (*BOX, "前三季度快递业务量突破千亿件", "据监测，全国快递业务量累计完成", "1120亿件，同比增长8.1%。")
    arts = tight_articles(*lines)
    assert [a.title for a in arts] == [*TITLES, "前三季度快递业务量突破千亿件"]
    assert arts[-1].body == "据监测，全国快递业务量累计完成1120亿件，同比增长8.1%。"


def test_a_story_whose_long_paragraphs_open_with_run_in_heads_stays_whole() -> None:
    para = "，".join(["今年以来各地持续推进产业升级"] * 12) + "。"
    lines = ("产业升级观察", f"龙头企业带动\u3000{para[:18]}", para[18:], f"配套能力提升\u3000{para[:18]}", para[18:])
    (article,) = tight_articles(*lines)
    assert article.title == "产业升级观察"
    assert article.body.startswith("龙头企业带动")


def test_a_dateline_or_a_byline_is_no_run_in_head() -> None:
    mk = lambda raw: Item(0, raw, raw.replace("\u3000", " ").strip(), 10.0, False, False)  # noqa: E731
    assert runin_head(mk("本报北京3月5日电\u3000国家统计局"), False) is None
    assert runin_head(mk("本报记者 周明"), True) is None
    assert runin_head(mk("跨境结算量增长11.2%\u3000前8个月"), False) == ("跨境结算量增长11.2%", "前8个月")


def test_one_run_in_head_makes_a_box_only_under_a_short_piece_of_a_labelled_article() -> None:
    mk = lambda raw: Item(0, raw, raw.replace("\u3000", " ").strip(), 10.0, False, False)  # noqa: E731
    items = [mk(line) for line in BOX[4:9]]
    assert [s[2] for s in runin_pieces(items, False, True)] == ["跨境结算量增长11.2%"]
    assert runin_pieces(items, False, False) == []
    assert own_line_heads([mk("增长6.3%。"), mk("前三季度快递业务量突破千亿件"), mk("据监测，…")], 0)[0][2] == (
        "前三季度快递业务量突破千亿件"
    )


def test_a_narrow_column_broken_by_gaps_is_no_box() -> None:
    # pdftotext of a narrow column (a page with no em space): a year parted from its word, and a line that ends a
    # word's first half over its second, are no heads
    mk = lambda raw: Item(0, raw, raw, 10.0, False, False)  # noqa: E731
    assert runin_head(mk("2004 年我们提出用三年时"), True) is None
    assert runin_head(mk("国民经济发展质量提 高。国内生产"), True) is None
    lines = [mk("间解决拖欠工程款问题。"), mk("加强社会保障体系建"), mk("设。在东北三省试点的基础"), mk("上，扩大了。")]
    assert own_line_heads(lines, 0) == []
    assert runin_pieces([mk("2004 年我们提出用三年时"), *lines[:1]], True, True) == []


# two sidebar boxes stacked in a rail beside a story (PyMuPDF, lay7): each headed by a short word, read as one
SIDEBARS = (
    "相关链接",
    "古籍修复常用的材料包括宣纸、皮纸、竹纸等。",
    "市图书馆馆藏古籍8969余册，其中善本4962册。",
    "背景",
    "青禾县现有市级以上非物质文化遗产代表性项目2项，代表",
    "性传承人32名。",
)


def test_a_second_sidebar_box_under_the_first_is_an_article_of_its_own() -> None:
    arts = tight_articles("文化周刊", "2026年4月26日 星期日", *SIDEBARS)
    assert [a.title for a in arts] == ["相关链接", "背景"]
    assert arts[1].body == "青禾县现有市级以上非物质文化遗产代表性项目2项，代表性传承人32名。"


def test_a_short_subheading_under_a_story_headline_stays_in_the_story() -> None:
    mk = lambda raw: Item(0, raw, raw, 10.0, False, False)  # noqa: E731
    body = [mk(line) for line in SIDEBARS[1:]]
    assert label_heads(body, "古籍修复让旧书重获新生") == []
    assert label_heads(body, "相关链接") == [(2, 2, "背景", "")]


# a feature under a short title, its sections under 2-character subheads (reviewer's case): no sidebar boxes
FEATURE = (
    "守夜人\n\n　　凌晨两点，老李打着手电筒走过厂区，这是他值守的第二十个年头。\n"
    "　　二十年前，厂区只有三排平房和一条土路。\n变化\n"
    "　　二十年来，厂区的路修宽了，监控装上了，老李的手电筒却一直没换。\n未来\n"
    "　　老李说，明年退休后，他想回老家种地。\n"
)


def test_a_features_short_subheads_under_its_short_title_stay_in_its_body() -> None:
    page = clean_page("p.txt", FEATURE.encode())
    assert [a.title for a in page.articles] == ["守夜人"]
    assert "变化" in page.articles[0].body and "老李说" in page.articles[0].body


def test_a_box_head_holds_a_sidebar_word_and_each_box_but_the_last_is_short() -> None:
    mk = lambda raw: Item(0, raw, raw, 10.0, False, False)  # noqa: E731
    body = [mk(line) for line in SIDEBARS[1:]]
    assert label_heads(body, "守夜人") == []  # (a short title, no sidebar word)
    assert label_heads([body[0], mk("变化"), *body[2:]], "相关链接") == []  # (a short subhead, no sidebar word)
    long_box = [mk("古籍修复常用的材料包括宣纸。" * 5)] * 6
    assert label_heads([*body[:2], mk("链接"), *long_box, mk("数说"), *body[3:]], "背景") == []  # (a long box between)
    assert label_heads([*body, mk("数说"), *body[3:]], "相关链接") == [(2, 2, "背景", ""), (5, 5, "数说", "")]


def test_a_latin_name_s_space_is_no_run_in_separator_of_a_head_on_its_own_line() -> None:
    # an economy page's data box (PyMuPDF): a headless first item, then heads on lines of their own, one naming a
    # firm in Latin letters (``Nova Tech``), the last a run-in head before an ideographic space
    lines = (
        "经济",
        "2024年6月17日 星期五 第8版",
        "财经速递",
        "9月份，制造业采购经理指数为",
        "49.6%，比上月回升0.7个百分",
        "点。",
        "移动用户规模持续扩大",
        "截至12月末，移动电话用户达",
        "144亿户，比上年末净增612万户。",
        "Nova Tech发布2022年报",
        "Nova Tech（000821）近日发",
        "布年报，实现营业收入5753.7亿",
        "元，同比增长24.2%。",
        "某港开通新航线\u3000某港日前",
        "开通至东南亚的集装箱直航航线，每",
        "周一班，航行时间缩短16小时。",
    )
    arts = tight_articles(*lines)
    assert [a.title for a in arts][1:] == ["移动用户规模持续扩大", "Nova Tech发布2022年报", "某港开通新航线"]
    assert arts[2].body == "Nova Tech（000821）近日发布年报，实现营业收入5753.7亿元，同比增长24.2%。"
    mk = lambda raw: Item(0, raw, raw, 10.0, False, False)  # noqa: E731
    assert own_line_heads([mk("增长。"), mk("甲乙丙丁 戊己庚"), mk("据监测，增长。")], 0) == []  # (a Han gap)
