"""The page's banner among the lines read with it (``textclean.clean.bannerlines``): a letter-spaced name read
below the top over a title (the page's only spaced label), a name read in one head with the first article's
column label (beside the date line, or two label lines at the page's top), a spread dateline that is no name."""

from __future__ import annotations

from textclean.clean.articles import build_articles
from textclean.clean.assign import assign_headlines
from textclean.clean.bannerlines import name_parted
from textclean.clean.roles import Element, ElementKind, Item
from textclean.models import Line, Page

DATE = ("2026年1月25日　星期六", "第5版")
COMMENT = ("让科研人员把心思放", "在创新上")
COMMENT_BODY = (
    "科研创新从来不是一帆风顺的，一项成果的背后，往往是成百上千次的失",
    "败。然而在一些地方，科研评价仍然偏重论文数量和短期产出，让不少青",
    "年科研人员不敢碰“硬骨头”。",
)
STORY = ("守护“头顶上的安全”",)
STORY_BODY = (
    "今年4月，董刚与家人发生争吵后，一气之下将阳台上的一个陶瓷花盆从12",
    "楼扔了下去。花盆砸在楼下的电动车棚上，碎片溅落到人行道，所幸当时没",
    "有行人经过。",
)


def page_of(*lines: str) -> list:
    """The articles of a page of ``lines`` as given (``""`` a blank line)."""
    return build_articles(Page("p.txt", "0" * 64, "utf-8", tuple(Line(i, t) for i, t in enumerate(lines))))


def spaced(*blocks: tuple[str, ...]) -> list[str]:
    """pdfminer's page: each block's lines set tight, a blank line after each block."""
    return [line for block in blocks for line in (*block, "")]


def test_the_pages_only_spaced_label_set_apart_over_a_title_is_its_banner() -> None:
    # pdfminer (a science page, lay12 kj-02): the page opens with its whole date line, the name set large and
    # spread is read below the column labels, over the commentary's title
    lines = spaced(DATE, ("科教时评",), ("科 教 新 闻",), COMMENT, ("陈鸣凯",), COMMENT_BODY)
    (piece,) = page_of(*lines)
    assert (piece.page_banner, piece.column, piece.title) == ("科教新闻", "科教时评", "让科研人员把心思放在创新上")


def test_a_spaced_label_is_no_banner_where_the_page_spaces_two_or_its_title_runs_on() -> None:
    # negative: a page printing no date line (the second layout spaces its labels as its banner)
    lines = spaced(("科教时评",), ("科 教 新 闻",), COMMENT, ("陈鸣凯",), COMMENT_BODY)
    assert "科教新闻" not in {a.page_banner for a in page_of(*lines)}
    # negative: a page spacing two labels over titles spaces its labels (each its title's)
    lines = spaced(DATE, ("科 教 时 评",), COMMENT, ("陈鸣凯",), COMMENT_BODY, ("法 官 说 法",), STORY, STORY_BODY)
    assert {a.page_banner for a in page_of(*lines)} == {None}
    # negative: a spaced label over a line of running text (a box's label, lay7's ``数 说 变 化``)
    lines = spaced(DATE, ("科教时评",), COMMENT, ("陈鸣凯",), COMMENT_BODY, ("数 说 变 化",), COMMENT_BODY)
    assert {a.page_banner for a in page_of(*lines)} == {None}


def test_a_name_read_in_one_head_with_a_column_label_after_the_date_line_is_the_banner() -> None:
    # pdftotext (a culture weekly, lay7-35): the date line, then the name and the label (longer than a label's
    # shape) in one block over the title; PyMuPDF's law page (lay12 fz-32) read ``政法`` and ``法官说法`` so once a
    # caption between them was dropped (line 3 the name, by the date line)
    def el(kind: ElementKind, *texts: str, at: int = 0) -> Element:
        items = [Item(at + k, t, t, float(len(t)), False, False) for k, t in enumerate(texts)]
        return Element(kind, items, "".join(texts))

    page = [
        el("title", "副刊·文化周刊", "文化周刊·非遗", at=3),
        el("title", *STORY, at=6),
        el("body", *STORY_BODY, at=7),
    ]
    _, _, banner = assign_headlines(page, 3)
    assert banner is not None and banner.text == "副刊·文化周刊"
    # negative: a head opening with a line no date line names is left whole
    page = [el("title", "政法", "法官说法", at=3), el("title", *STORY, at=6), el("body", *STORY_BODY, at=7)]
    assert [e.text for e in name_parted(page, 6)] == ["政法法官说法", STORY[0], "".join(STORY_BODY)]


def test_two_label_lines_at_the_top_are_the_name_and_the_first_articles_label() -> None:
    # pdftotext (a law page, lay12 fz-20): the name and the label printed in one block over the title
    (piece,) = page_of("法治", "普法讲堂", "", *STORY, "", *STORY_BODY)
    assert (piece.page_banner, piece.column, piece.title) == ("法治", "普法讲堂", "守护“头顶上的安全”")
    # negative: a title set one glyph a line is no name over a label
    (piece,) = page_of("亲", "子", "", *STORY, "", *STORY_BODY)
    assert piece.page_banner is None


def test_a_spread_dateline_below_the_top_is_no_banner() -> None:
    # pdftotext (a health page, lay12 jk-37): a dateline justified over a narrow column, its glyphs set apart
    lines = spaced(("健康提醒",), STORY, ("本 报 2 月 18 日 讯",), STORY_BODY)
    assert {a.page_banner for a in page_of(*lines)} != {"本报2月18日讯"}


def test_a_letter_spaced_top_line_is_the_banner_before_a_label_read_over_the_date_line() -> None:
    # pdfminer (a health page, lay12 jk-08): the name spread at the top, the first head, then a column label read
    # right over the date line (which date_line_top names as the page's name)
    top = (("卫 生 健 康",), ("高温天", "谨防“热射病”"), ("科技前沿",), (*DATE, "责任编辑：梁远晨　美编：吕红"))
    pieces = page_of(*spaced(*top, COMMENT, ("陈鸣凯",), COMMENT_BODY))
    assert {a.page_banner for a in pieces} == {"卫生健康"}
    # negative: the top line set tight (no spacing) leaves the name the date line gives
    top = (("卫生健康",), ("高温天", "谨防“热射病”"), ("科技前沿",), (*DATE, "责任编辑：梁远晨　美编：吕红"))
    assert "卫生健康" not in {a.page_banner for a in page_of(*spaced(*top, COMMENT, ("陈鸣凯",), COMMENT_BODY))}


def test_a_short_two_line_headline_over_its_byline_is_no_name_over_a_label() -> None:
    # review F1 (pdftotext): a short headline of two label-shaped lines opening the page, over its byline, parted
    # into a banner and a column left the story without a title
    for head in (("春耕", "正当时"), ("千年古城", "焕新颜")):
        (piece,) = page_of(*head, "", "本报记者 王明", "", *STORY_BODY)
        assert (piece.page_banner, piece.column, piece.title) == (None, None, "".join(head))
    # the date line first: the head is still one title
    (piece,) = page_of("2026年3月5日 星期四 A03", "", "千年古城", "焕新颜", "", "本报记者 王明", "", *STORY_BODY)
    assert (piece.column, piece.title) == (None, "千年古城焕新颜")
    # positive: a label over a commentary's byline over its title (pdftotext, lay12 kj-04) is still parted
    (piece,) = page_of("科技周刊", "科教时评", "□廖桂", "", *COMMENT, "", *COMMENT_BODY)
    assert (piece.page_banner, piece.column, piece.title) == ("科技周刊", "科教时评", "".join(COMMENT))


def test_a_sidebar_boxs_spaced_head_is_no_banner() -> None:
    # review F2 (pdfminer): a date-line page's only letter-spaced label, the head of a side box, was every
    # article's banner
    box = ("什么是高空抛物罪",)
    for label in ("相 关 链 接", "小 贴 士", "背 景"):
        lines = spaced(
            ("2026年1月25日　星期六", "第5版"), STORY, ("本报记者 王明",), STORY_BODY, (label,), box, COMMENT_BODY
        )
        pieces = page_of(*lines)
        assert {a.page_banner for a in pieces} == {None}
        assert pieces[-1].title == box[0]


def test_a_two_line_headline_after_the_date_line_keeps_its_first_line() -> None:
    # review F4 (pdftotext): a headline whose first line (two glyphs) follows the whole date line lost that line
    # to the banner
    (piece,) = page_of("2026年3月5日 星期四 A03", "", "春耕", "正当时", "", "本报记者 王明", "", *STORY_BODY)
    assert (piece.page_banner, piece.title) == (None, "春耕正当时")

    # positive: a name and a label printed apart (a caption, the date line dropped between them) are parted
    def el(kind: ElementKind, *texts: str, at: int = 0, step: int = 1) -> Element:
        items = [Item(at + step * k, t, t, float(len(t)), False, False) for k, t in enumerate(texts)]
        return Element(kind, items, "".join(texts))

    page = [
        el("title", "经济", "产经观察", at=3, step=3),
        el("byline", "本报记者 王明", at=9),
        el("body", *STORY_BODY, at=10),
    ]
    assert [e.text for e in name_parted(page, 3)][:2] == ["经济", "产经观察"]
