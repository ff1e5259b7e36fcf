"""News datelines and bylines naming several roles (a national daily's pages)."""

from __future__ import annotations

from helpers import STORY_ABOVE

from textclean.clean.articles import run_in_dateline
from textclean.clean.bylines import byline_names
from textclean.clean.datelineheads import cites_dateline
from textclean.clean.layout import page_elements
from textclean.clean.page import clean_page
from textclean.clean.repair import join_lines, repair_line
from textclean.clean.roles import shape_role
from textclean.config import Config
from textclean.models import Block, Line

NO_TOKENS = Config(tokens=False, keywords_top_k=0)


def test_a_dateline_gives_the_authors_and_leaves_the_paragraph() -> None:
    names, blocks = run_in_dateline(
        [Block("paragraph", "本报北京3月5日电（记者 崔湄 王霏苓）国务院今天召开常务会议。")]
    )
    assert names == ["崔湄", "王霏苓"]
    assert blocks == [Block("paragraph", "国务院今天召开常务会议。")]


def test_a_bracket_or_a_date_that_is_no_dateline_stays_in_the_text() -> None:
    for text in (
        "3月5日电（一）加强组织建设。",
        "3月5日，国务院召开常务会议。",
        "（记者 崔湄）国务院今天召开会议。",
        "本报北京3月5日电（综合报道）国务院今天召开会议。",  # (a dateline whose bracket names no one)
    ):
        names, blocks = run_in_dateline([Block("paragraph", text)])
        assert (names, blocks[0].text) == ([], text)


def test_a_dateline_cited_as_a_source_stays_in_the_text() -> None:
    text = "据新华社北京3月5日电（记者 崔湄）国务院今天召开常务会议。"
    assert run_in_dateline([Block("paragraph", text)]) == ([], [Block("paragraph", text)])
    assert run_in_dateline([Block("paragraph", "另" + text)])[0] == []
    # (the story's own dateline still gives its reporter)
    assert run_in_dateline([Block("paragraph", text[1:])])[0] == ["崔湄"]


def test_a_byline_naming_reporters_of_two_roles_is_a_byline() -> None:
    assert shape_role("本报记者 胡岚骏 郭嵩 本报通讯员 杨蔚钰") == "byline"
    assert byline_names("本报记者 胡岚骏 郭嵩 本报通讯员 杨蔚钰") == ["胡岚骏", "郭嵩", "杨蔚钰"]
    assert shape_role("本报记者 胡岚骏 推进依法治国") == "text"  # (words that are no name: no byline)


def test_a_page_of_news_stories_opening_with_datelines() -> None:
    page = "\n".join(
        [
            "推进职工技能培训",
            "本报北京3月5日电（记者 周明）奋进新征程，建功新时代，职工技能培训是推进产业工人队伍建设改革的重要内容。",
            "各地工会要把技能培训放在突出位置。",
        ]
    )
    (article,) = clean_page("p.txt", page.encode(), NO_TOKENS).articles
    assert article.authors == ["周明"]
    assert article.blocks[0].text.startswith("奋进新征程")


#: A narrow-column news page as PyMuPDF prints it (no blank lines): a story, then the next story's kicker and title
#: read on as lines of its text, and that story's dateline.
_STORY_ABOVE = STORY_ABOVE
_STORY_BELOW = [
    "本报兰州1月10日电",
    "（记者 韦晗 严骥）　通",
    "观全局，今年经济发展要着",
    "重抓好以下几个方面，各地",
    "要把稳增长放在突出位置。",
]


def test_a_headline_read_into_the_text_over_a_dateline_heads_the_dateline_story() -> None:
    page = "\n".join([*_STORY_ABOVE, "凭技能立身。", "聚焦政府工作报告", "促进经济又好又快发展", *_STORY_BELOW])
    above, below = clean_page("p.txt", page.encode(), NO_TOKENS).articles
    assert (above.title, above.blocks[-1].text[-6:]) == ("建设现代化产业体系", "凭技能立身。")
    assert below.title.endswith("促进经济又好又快发展")
    assert (below.authors, below.blocks[0].text[:4]) == (["韦晗", "严骥"], "通观全局")


def test_lines_running_on_from_a_sentence_over_a_dateline_stay_text() -> None:
    # no sentence ends before the lines over the dateline: they are the text going on, not a head
    page = "\n".join([*_STORY_ABOVE, "凭技能立身，各地要把稳增", "长放在突出位置上来抓紧抓", *_STORY_BELOW])
    (article,) = clean_page("p.txt", page.encode(), NO_TOKENS).articles
    assert article.title == "建设现代化产业体系"


def _page_lines(texts: list[str]) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts)]


#: A PyMuPDF page (LAY3 lay3-021) in a 11 em column: the end of an article, a wrapped headline, a dateline wrapped
#: after ``电`` and the story under it.
WRAPPED_DATELINE_PAGE = [
    "财政扶持中小企业发展专", "项资金安排106亿元。对", "部分小型微利企业实行所", "得税优惠政策。中央财政",
    "预算内技术改造专项投资", "要覆盖中小企业，地方政", "府也要加大投入。", "加大统筹城乡发展力度", "强化农业农",
    "村发展基础", "本报郑州2月9日电", "（记者 莫鸿骐）　在连", "续6年增产增收之后，更", "要毫不松懈地抓好“三",
    "农”工作。要按照统筹城", "乡发展的要求，坚持把解", "决好“三农”问题作为全", "部工作的重中之重，进一",
    "步强化强农惠农政策，协", "调推进工业化、城镇化和", "农业农村现代化，巩固和", "发展农业农村好形势。",
]  # fmt: skip


def test_a_wrapped_datelines_first_line_opens_the_body_not_a_headline() -> None:
    els = page_elements(_page_lines(WRAPPED_DATELINE_PAGE))
    kinds = [(e.kind, e.items[0].text) for e in els]
    assert ("title", "本报郑州2月9日电") not in kinds
    assert ("body", "本报郑州2月9日电") in kinds
    assert ("title", "加大统筹城乡发展力度") in kinds


def test_a_headline_over_a_body_with_no_dateline_stays_a_headline() -> None:
    page = [t.replace("本报郑州2月9日电", "各地加快农业发展") for t in WRAPPED_DATELINE_PAGE]
    kinds = [(e.kind, e.items[0].text) for e in page_elements(_page_lines(page))]
    assert ("body", "各地加快农业发展") not in kinds


def test_names_wrapped_inside_a_dateline_keep_their_space() -> None:
    assert join_lines(["本报昆明5月16日", "电（记者 何屾桐", "郭薇溱）香港、澳门回"]) == (
        "本报昆明5月16日电（记者 何屾桐 郭薇溱）香港、澳门回"
    )
    names, _ = run_in_dateline([Block("paragraph", join_lines(["本报昆明5月16日电（记者 何屾桐", "郭薇溱）香港。"]))])
    assert names == ["何屾桐", "郭薇溱"]
    assert join_lines(["我们同何屾桐", "郭薇溱同志谈话。"]) == "我们同何屾桐郭薇溱同志谈话。"


#: PyMuPDF pages (LAY3 lay3-031, lay3-017) in 10-11 em columns: datelines wrapped after ``电`` and after the
#: reporters' bracket (``（记者 …）`` on a line of its own, read as a note, the story's first line as a title), and
#: after the date under a kicker whose last word runs on into the paper (``笔记`` / ``本报``).
DATELINE_ENDING_ITS_LINE = [
    "权威发布", "过去五年工作回顾", "本报南京11月1日电", "（记者 钟莳朗 史鹏玥）", "第十届全国人民代表大会",
    "第一次会议以来的五年，", "是不平凡的五年。在中国", "共产党领导下，各级政府", "和全国各族人民认真贯彻",
    "党的十六大精神，齐心协", "力，顽强拼搏，积极应对", "复杂多变的国际环境，努", "力克服经济社会发展中的",
    "各种困难，战胜了突如其", "来的严重非典疫情和历史", "罕见的自然灾害。",
]  # fmt: skip
DATELINE_UNDER_A_KICKER = [
    "一九五七年经济战线上的", "胜利", "1958年政府工作报告学习笔记", "本报兰州2月16日", "电（记者 孔汐橦）\u3000",
    "一九五七年是我国在各", "个战线上取得伟大胜利", "的一年。经过整风运动", "和反右派斗争，我们在",
    "政治战线和思想战线上", "取得了伟大胜利，这个", "胜利，促进了经济战线", "上的胜利；经济战线上",
    "的胜利，又进一步地巩", "固了政治战线上的胜利。",
]  # fmt: skip


def test_a_dateline_wrapped_into_a_title_and_a_note_opens_the_story() -> None:
    (article,) = clean_page("p.txt", "\n".join(DATELINE_ENDING_ITS_LINE).encode(), NO_TOKENS).articles
    assert (article.title, article.authors) == ("过去五年工作回顾", ["钟莳朗", "史鹏玥"])
    assert article.blocks[0].text.startswith("第十届全国人民代表大会第一次会议以来的五年，")


def test_a_dateline_under_a_kicker_is_no_part_of_the_kicker() -> None:
    (article,) = clean_page("p.txt", "\n".join(DATELINE_UNDER_A_KICKER).encode(), NO_TOKENS).articles
    assert article.authors == ["孔汐橦"]
    assert "本报" not in article.title + (article.kicker or "")
    assert article.blocks[0].text.startswith("一九五七年是我国")


def test_lines_shaped_like_a_split_dateline_but_naming_no_date_stay_heads() -> None:
    page = [t.replace("本报南京11月1日电", "本报南京报道") for t in DATELINE_ENDING_ITS_LINE]
    articles = clean_page("p.txt", "\n".join(page).encode(), NO_TOKENS).articles
    assert all(not a.blocks[0].text.startswith("本报南京") for a in articles)
    # (the bracket under it is no dateline's: a note set over the body, whose names sign it, drafts.body_drafts;
    # before, with no body above it, it was lost)
    assert [a.authors for a in articles] == [["钟莳朗", "史鹏玥"]]


def test_a_letter_spaced_datelines_names_stay_apart() -> None:
    assert repair_line("（ 记 者   莫 樾 楠   赵 碧 昕") == "（记者 莫樾楠 赵碧昕"
    assert repair_line("推 动 简 政   放 权") == "推动简政放权"  # (no reporter named: rejoined whole)


def test_a_dateline_cited_inside_a_sentence_on_a_page_of_spaced_lines_opens_no_story() -> None:
    texts = [
        "经济运行稳中向好",
        "我国经济运行总体平稳，发展质量稳步提升。记者了解到，据",
        "新华社北京3月5日电（记者 王某）国家统计局今天",
        "发布数据显示，全年国内生产总值比上年增长百分",
        "之五。其中，第一产业增加值比上年增长百分之三",
        "点五，第二产业增加值增长百分之四点七，第三产",
        "业增加值增长百分之五点八。",
    ]
    for raw in ("\n\n".join(texts) + "\n", texts[0] + "\n\n" + "\n".join(texts[1:]) + "\n"):
        (article,) = clean_page("p.txt", raw.encode(), NO_TOKENS).articles
        assert (article.title, article.authors) == ("经济运行稳中向好", [])
        assert "据新华社北京3月5日电（记者 王某）国家统计局" in article.blocks[0].text


def test_a_date_in_ordinary_text_opens_no_wrapped_dateline() -> None:
    from textclean.clean.chardata import DATELINE_OPENING_RE

    assert DATELINE_OPENING_RE.match("本报武汉2月10日") and DATELINE_OPENING_RE.match("本报武汉2月10日电（记者")
    assert not DATELINE_OPENING_RE.match("本报今年3月5日起实行新的管理办法")


#: A sports page (PyMuPDF): a one-word column label over a headline the extractor read into its story's body,
#: over a dateline wrapped in a narrow column.
_LABELLED_STORY = [
    "本报青岛6月19日电（记", "者 王明）首节比赛双方你", "来我往，主队凭借外线手感",
    "一度领先9分。第三节，客", "队加强内线冲击，打出一波", "攻击波反超比分。",
]  # fmt: skip


def _labelled(*head: str) -> list[tuple[str, str | None, str]]:
    page = "\n".join([*_STORY_ABOVE, "凭技能立身。", "篮球", *head, *_LABELLED_STORY])
    return [(a.title, a.column, a.blocks[0].text[:4]) for a in clean_page("p.txt", page.encode(), NO_TOKENS).articles]


def test_a_headline_ending_in_a_noun_ending_in_ju_heads_the_dateline_story() -> None:
    # ``数据`` is a noun, not the citing ``据`` (``…据`` / ``本报…电``): the head over the dateline heads its story
    story = _labelled("东队99比97险胜西队", "外援贡献两双数据")[-1]
    assert story == ("东队99比97险胜西队 外援贡献两双数据", "篮球", "首节比赛")


def test_a_line_ending_with_the_citing_ju_cites_the_dateline_under_it() -> None:
    assert [cites_dateline(t) for t in ("记者了解到，据", "另据", "根据", "前两个月经济数据", "有关证据")] == [
        True,
        True,
        True,
        False,
        False,
    ]


def test_a_headline_with_an_exclaimed_lead_heads_the_dateline_story() -> None:
    above, story = _labelled("补时绝杀！东队力克西队")
    assert above[0] == "建设现代化产业体系"
    assert story == ("补时绝杀！东队力克西队", "篮球", "首节比赛")


def test_an_exclamation_in_the_text_over_a_dateline_is_no_head() -> None:
    page = "\n".join([*_STORY_ABOVE, "凭技能立身。", "他高兴地说：“太好了！”", *_STORY_BELOW])
    (article,) = clean_page("p.txt", page.encode(), NO_TOKENS).articles
    assert article.title == "建设现代化产业体系"
