"""News briefs: a box of glyph-led paragraphs with run-in heads parted into its briefs (``textclean.clean.briefs``)."""

from __future__ import annotations

from helpers import articles_of, assert_devpage_title, devpage, tight_articles

from textclean.clean.articles import build_articles
from textclean.clean.briefs import brief_after_brief, brief_starts
from textclean.clean.lines import split_lines
from textclean.clean.page import read_page
from textclean.clean.roles import Item

# a city daily's box of briefs (lay5-005, PyMuPDF): the label once, then each brief ``■ head　text``, the head ended
# by an ideographic space inside a line of a narrow column
BOX = (
    "民生简报",
    "■ 提高能源的利用效",
    "率\u3000能源、交通是当前经",
    "济发展中的薄弱环节。我",
    "国国民经济今后能不能保",
    "持较快的增长速度，在很",
    "大程度上取决于能源。",
    "■ 提高宏观调控水",
    "平，保持经济平稳较快发",
    "展\u3000要继续实施积极的财",
    "政政策和适度宽松的货币",
    "政策，保持政策的连续性",
    "和稳定性。（记者 邓屹焘）",
)


def test_a_box_of_briefs_is_parted_into_articles_titled_by_their_run_in_heads() -> None:
    for read in (articles_of, tight_articles):
        briefs = read(*BOX)
        assert [a.title for a in briefs] == ["提高能源的利用效率", "提高宏观调控水平，保持经济平稳较快发展"]
        assert [a.column for a in briefs] == ["民生简报", "民生简报"]
        assert briefs[0].blocks[0].text.startswith("能源、交通是当前经济发展中的薄弱环节。")
        assert briefs[1].blocks[0].text == "要继续实施积极的财政政策和适度宽松的货币政策，保持政策的连续性和稳定性。"
        assert briefs[1].authors == ["邓屹焘"]


def test_glyph_bullets_without_a_head_separator_stay_in_one_article() -> None:
    # a list inside an article's text: each item opens with a glyph, but no ideographic space ends a head
    lines = (
        "推进经济体制改革",
        "今年要着重抓好以下几项工作，务必",
        "取得实效，各级政府都要认真落实。",
        "■ 坚持改革开放，推进现代化建",
        "设，不断提高人民生活水平。",
        "■ 加强民主法制建设，维护社会",
        "稳定，保障人民当家作主。",
    )
    (article,) = articles_of(*lines)
    assert "■ 坚持改革开放" in article.body and "■ 加强民主法制建设" in article.body


def test_one_glyph_led_head_alone_under_a_headline_is_no_box_of_briefs() -> None:
    (article,) = articles_of("推进经济体制改革", *BOX[1:7])
    assert article.title == "推进经济体制改革"
    assert article.body.startswith("■ 提高能源的利用效率")


def test_one_brief_under_a_box_label_is_a_brief_of_that_column() -> None:
    # pdfminer reads a narrow box's lines with its neighbours' rows and parts the box: under its label one brief
    # is left (lay5-017, lay5-027); the label says it is a box all the same
    for read in (articles_of, tight_articles):
        (brief,) = read(*BOX[:7])
        assert (brief.column, brief.title) == ("民生简报", "提高能源的利用效率")
        assert brief.body.startswith("能源、交通是当前经济发展中的薄弱环节。")


def test_the_brief_after_a_brief_whose_head_was_read_as_its_title_is_parted_from_it_on_a_page() -> None:
    # the box's first head read apart as a headline (lay5-031, pdfminer): the second brief stayed in its text
    assert_devpage_title("pdfminer", "lay5-031", "坚持物质文明和精神文明两手抓 实行依法治国和以德治国相结合")
    _, articles = devpage("pdfminer", "lay5-031")
    (first,) = [a for a in articles if a.title == "新时代新征程中国共产党的使命任务"]
    assert first.body.endswith("伟大复兴。") and "■" not in first.body


def test_a_glyph_led_paragraph_under_a_title_that_is_no_briefs_head_stays_its_text() -> None:
    body = (
        "从现在起，中国共产党的中心任务就是",
        "团结带领全国人民奋斗。",
        "■ 坚持物质文明和精神",
        "文明两手抓\u3000社会主义精",
    )
    assert brief_after_brief([Item(0, t, t.replace("\u3000", " "), 10.0, False, False) for t in body], False) == []
    assert brief_after_brief([Item(0, t, t.replace("\u3000", " "), 10.0, False, False) for t in body], True) != []


def test_brief_starts_needs_a_head_of_a_phrase_ended_by_the_ideographic_space() -> None:
    def mk(raw: str) -> Item:
        return Item(0, raw, raw.replace("\u3000", " "), 10.0, False, False)

    briefs = [mk(t) for t in BOX[1:]]
    assert [s[2] for s in brief_starts(briefs)] == ["提高能源的利用效率", "提高宏观调控水平，保持经济平稳较快发展"]
    # a caption and a byline open with a glyph too: a sentence stop, a role word too short for a head
    assert [
        s[0] for s in brief_starts([mk("▲农户查看长势。本报记者\u3000陈焘嵘 摄"), mk("□ 记者\u3000王雎"), *briefs])
    ] == [2, 8]
    assert brief_starts(briefs[:6]) == []  # one brief alone


def test_a_box_of_briefs_read_into_a_storys_body_is_parted_from_it_under_its_label() -> None:
    # the box's label and briefs read on in the story's body above them (lay5-011, PyMuPDF)
    story = (
        "关于国际形势和外交工作",
        "１９９８年，世界多极化和经济全球化趋势进一步发",
        "展，国际关系特别是大国关系正在调整，国际形势总",
        "体上继续趋向缓和。",
    )
    lead, *briefs = tight_articles(*story, *BOX)
    assert lead.title == "关于国际形势和外交工作" and lead.body.endswith("体上继续趋向缓和。")
    assert [(a.column, a.title) for a in briefs] == [
        ("民生简报", "提高能源的利用效率"),
        ("民生简报", "提高宏观调控水平，保持经济平稳较快发展"),
    ]


def test_a_briefs_head_read_as_a_headline_loses_its_glyph() -> None:
    # pdftotext sets a brief's bold head apart from its text: the head is read as a headline, the glyph is its mark
    (article,) = articles_of(
        "■ 关于工业生产",
        "一九五八年工业总产值计划达到六百四十三亿元，比一九五七",
        "年增长百分之十四点六，钢产量计划达到六百二十四万吨。",
    )
    assert article.title == "关于工业生产"


def page_articles(*lines: str) -> list:
    """The articles of a page read from its text (:func:`~textclean.clean.page.read_page`: split into lines as an
    input is), set tight as PyMuPDF gives it."""
    return build_articles(read_page("p.txt", "\n".join(lines).encode()))


def test_a_briefs_head_that_fills_its_line_keeps_the_separator_at_the_lines_end() -> None:
    # the head fills its line: the ideographic space that ends it falls at the line's end (lay5-011, PyMuPDF)
    first = ("■ 加强社会主", "义民主和法制建设\u3000", "发展社会主义民", "主，健全社会主义", "法制，是建设有中")
    first += ("国特色社会主义的", "重要组成部分。")
    second = ("■ 切实加强政", "府自身建设\u3000在大", "力推进改革开放和", "现代化建设的新情", "况下，进一步加强")
    second += ("政府自身建设特别", "是政风建设，十分", "重要。（记者 杜", "驰）")
    story = (
        "关于国际形势和外交工作",
        "１９９８年，世界多极化和经济全球化趋势进一步发",
        "展，国际关系特别是大国关系正在调整。",
    )
    lead, *briefs = page_articles(*story, "速览", *first, *second)
    assert lead.title == story[0] and lead.body == "".join(story[1:])
    assert [(a.column, a.title) for a in briefs] == [
        ("速览", "加强社会主义民主和法制建设"),
        ("速览", "切实加强政府自身建设"),
    ]
    assert briefs[0].body.startswith("发展社会主义民主，健全社会主义法制，")
    assert [ln.text for ln in split_lines("效率\u3000\n效率 \n效率 \u3000\n\u3000")] == [
        "效率\u3000",
        "效率",
        "效率",
        "",
    ]
    # ASCII spaces at a line's end are the extractor's, no head's separator: no head ends there, the box stays whole
    lead, box = page_articles(*story, "速览", first[0], "义民主和法制建设  ", *first[2:], *second)
    assert box.title == "速览" and box.body.startswith("■ 加强社会主义民主和法制建设发展")


def test_a_box_label_read_as_a_name_is_the_briefs_column() -> None:
    # ``简讯`` opens with a surname: read as the byline over the box (lay5-019, PyMuPDF), it is the box's label
    story = (
        "关于国际形势和外交工作",
        "１９９８年，世界多极化和经济全球化趋势进一步发",
        "展，国际关系特别是大国关系正在调整。",
    )
    for read in (articles_of, tight_articles):
        lead, *briefs = read(*story, "简讯", *BOX[1:])
        assert lead.title == story[0] and lead.authors == []
        assert [(a.column, a.title) for a in briefs] == [
            ("简讯", "提高能源的利用效率"),
            ("简讯", "提高宏观调控水平，保持经济平稳较快发展"),
        ]
        # a byline with its role word names a reporter: no label
        lead, *briefs = read(*story, "记者 王雎", *BOX[1:])
        assert [a.column for a in briefs] == [None, None]


LEAD = ("推进城镇化", "本报记者 张明", "今年以来，我市按照中央部署，扎", "实推进新型城镇化建设，取得明", "显成效。")


def test_a_lead_paragraphs_short_last_line_is_no_label_of_the_box_under_it() -> None:
    # the lead's ``显成效。`` was taken as the box's label and lost (in no field); now the lead keeps its text
    for read in (articles_of, tight_articles):
        texts = "".join(b.text for a in read(*LEAD, *BOX[1:]) for b in a.blocks)
        assert "取得明显成效。" in texts
    # negative: a label set apart over the box is still the briefs' column
    lead, *briefs = articles_of(*LEAD, "速览", *BOX[1:])
    assert lead.blocks[-1].text.endswith("取得明显成效。") and [a.column for a in briefs] == ["速览", "速览"]


def test_a_storys_glyph_led_sections_are_no_briefs() -> None:
    # a story with run-in sections ``■ head　text``: before, each section became an article titled by its head
    story = (
        "加快推进新型城镇化建设",
        "本报记者 张明 李华",
        "今年以来，全市上下坚持规划引领，新型城镇化建设取得新进展。",
        "■ 规划先行引领发展\u3000全市坚持规划先行，完善城镇体系。",
        "■ 产业支撑增强活力\u3000城镇化离不开产业支撑，要培育特色产业。",
    )
    arts = articles_of(*story)
    assert [a.title for a in arts] == ["加快推进新型城镇化建设"] and arts[0].authors == ["张明", "李华"]
    # negative: the same sections headed by a label are a box of briefs
    assert [a.title for a in articles_of("简讯", *story[3:])] == ["规划先行引领发展", "产业支撑增强活力"]


def test_each_brief_spans_its_own_lines() -> None:
    # before, every brief carried the whole box's line spans (the review page gave all lines to the first)
    page = read_page("p.txt", "\n".join(BOX).encode())
    first, second = build_articles(page)
    assert first.line_spans == [(0, 6)] and second.line_spans == [(7, 12)]
