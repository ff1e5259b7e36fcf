"""Reporters named over a story's text as a provincial daily, a feature weekly and an economy page print them:
a ``报道`` byline on its own line or wrapped into the text, a name run on from its role at a dateline's line break,
a byline behind an ornament glyph, another paper's reporter (bylines.py, chardata.py), and the heads read into
the body above a dateline or a run-in byline (datelineheads.py). The dateline and run-in forms themselves:
test_run_in_bylines.py."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.articles import run_in_dateline
from textclean.clean.bylines import byline_names, byline_run_on, glyph_byline
from textclean.clean.chardata import is_person_name
from textclean.clean.repair import join_paragraph, repair_line
from textclean.clean.roles import shape_role
from textclean.models import Block

#: A story's text in a narrow column, set tight (PyMuPDF).
BODY = (
    "去年，宁远县帮助企业解决用工、融资等难",
    "题90个，实现工业用电量同比增长16.0%。",
    "新增规上工业企业两家，签约招商引资项目",
    "549个，协议金额180亿元。",
)


def test_a_line_break_after_a_name_run_on_from_its_role() -> None:
    joined = join_paragraph(["本报讯（记者王柯毅", "冯燕欣 夏强蕾）今年以来"])
    assert joined == "本报讯（记者王柯毅 冯燕欣 夏强蕾）今年以来"
    assert run_in_dateline([Block("paragraph", joined)])[0] == ["王柯毅", "冯燕欣", "夏强蕾"]
    # (a name's tail on the next line is no name: no space)
    assert join_paragraph(["本报讯（记者王柯", "毅冯燕欣 夏强蕾）"]) == "本报讯（记者王柯毅冯燕欣 夏强蕾）"


def test_a_reported_byline_on_its_own_line_or_wrapped_into_the_text() -> None:
    (story,) = tight_articles("乡村学校迎来“新面孔”", "记者 马露帅 王帅博 报道　", *BODY)
    assert (story.title, story.authors) == ("乡村学校迎来“新面孔”", ["马露帅", "王帅博"])
    (story,) = tight_articles("兴隆市重大项目集中开工", "本报记者杜晨诗、蔡霞报", "道：" + BODY[0], *BODY[1:])
    assert story.authors == ["杜晨诗", "蔡霞"] and story.blocks[0].text.startswith("去年，")
    assert byline_run_on("本报记者史健佳 秦颖", [Block("paragraph", "涛报道：据了解")])[0] == ["史健佳", "秦颖涛"]
    kept = [Block("paragraph", "道路建设加快。")]  # (``道`` opening the text after a byline: no 报道 between them)
    assert byline_run_on("本报记者 杜晨诗", kept) == ([], kept)


def test_a_byline_behind_an_ornament_glyph_is_no_box_marker() -> None:
    assert [shape_role(t) for t in ("□ 周晨昕", "□ 秦璐 石颖", "□韦华欣")] == ["byline"] * 3
    assert repair_line("□ 秦璐 石颖") == "□ 秦璐 石颖"
    (story,) = tight_articles("稳外贸要在“新”字上下功夫", "□ 周晨昕", *BODY)
    assert (story.title, story.authors) == ("稳外贸要在“新”字上下功夫", ["周晨昕"])
    assert [shape_role(t) for t in ("●观点", "●观 点", "●时评")] == ["marker"] * 3
    assert not glyph_byline("【观点】")


def test_another_papers_reporter_and_a_surname_form() -> None:
    assert byline_names("经济日报记者 曹鹏晓") == ["曹鹏晓"]
    assert byline_names("经济日报记者 田明蕾 叶霞英") == ["田明蕾", "叶霞英"]
    (story,) = tight_articles("陕西秋粮颗粒归仓", "经济日报记者 曹鹏晓", *BODY)
    assert story.authors == ["曹鹏晓"]
    assert byline_names("经济日报记者节") is None and byline_names("日报记者 王明") is None
    assert is_person_name("萧阳博")


def test_a_reporter_of_any_paper_the_masthead_rule_knows() -> None:
    """A paper's name ends as a masthead's does (chardata.PAPER_SUFFIXES, shared with masthead.py)."""
    assert byline_names("北京青年报记者 王明") == ["王明"]
    assert byline_names("新民晚报记者 李华 张强") == ["李华", "张强"]
    assert byline_names("青年报记者节") is None


#: The end of a story in a column of 26 em (PyMuPDF), set tight over the next story's head; the next story's text.
STORY_END = (
    "色低碳转型之路。清晨，云阳县的河岸边，几只白鹭在浅",
    "滩上觅食，不时振翅掠过水面。植树节前后，当地组织开",
    "展全民义务植树活动，706余名干部群众参与，栽下各类苗",
    "木293万株。",
)
WIDE_BODY = (
    "增A级旅游景区228家，举办各类文化活动228场，推出精",
    "品旅游线路228条。“这门手艺传了五代人，我希望年轻人",
    "能把它传下去。”",
)


def test_a_head_with_a_lead_and_colon_over_a_dateline_heads_its_story() -> None:
    dateline = "本报讯（记者 郝博辰）截至目前，安宁市各地累计新"
    above, story = tight_articles("绿色发展", *STORY_END, "新塘区：古村落里迎客来", dateline, *WIDE_BODY)
    assert above.blocks[-1].text.endswith("293万株。")
    assert (story.title, story.authors) == ("新塘区：古村落里迎客来", ["郝博辰"])
    assert story.blocks[0].text.startswith("截至目前")
    # (a clause's colon over the dateline: the line is the story above's text, no head)
    (one,) = tight_articles("绿色发展", *STORY_END[:3], "负责人告诉记者：当地苗木", dateline, *WIDE_BODY)
    assert one.title == "绿色发展"


def test_a_head_over_a_run_in_reported_byline_heads_its_story() -> None:
    byline = "本报记者蒋薇报道：走进江洲智能装备集团的生产车"
    above, story = tight_articles("绿色发展", *STORY_END, "东陵市重大项目集中开工", byline, *WIDE_BODY)
    assert above.blocks[-1].text.endswith("293万株。")
    assert (story.title, story.authors) == ("东陵市重大项目集中开工", ["蒋薇"])
    (one,) = tight_articles("绿色发展", *STORY_END, "据新华社报道，今年当地苗木", *WIDE_BODY)  # (no byline: no story)
    assert one.title == "绿色发展"


def _articles(text: str) -> list:
    from textclean import clean_page

    return clean_page("p.txt", text.encode("utf-8")).articles


def test_reports_as_a_verb_or_the_texts_first_word_is_no_byline() -> None:
    (story,) = _articles("全市春耕生产全面展开\n\n记者王明报道了全市春耕的进展。今年以来，全市春耕生产有序推进。\n")
    assert story.authors == [] and story.blocks[0].text.startswith("记者王明报道了全市春耕的进展。")
    (story,) = _articles("全市春耕生产全面展开\n本报记者 史健佳\n\n报道显示，今年以来全市春耕生产有序推进。\n")
    assert story.authors == ["史健佳"] and story.blocks[0].text.startswith("报道显示，")
    kept = [Block("paragraph", "报道显示，今年以来")]
    assert byline_run_on("本报记者 史健佳", kept) == ([], kept)


def test_a_common_word_behind_a_glyph_is_a_box_label_spaced_or_not() -> None:
    assert not any(glyph_byline(t) for t in ("● 关注", "● 焦点", "● 时评", "□ 文化", "● 程序", "●焦点"))
    assert [shape_role(t) for t in ("● 焦点", "● 时评")] == ["marker"] * 2
    assert glyph_byline("□ 鲁迅") and glyph_byline("● 王明")  # (words jieba tags as persons' names)
    page = "全市春耕生产全面展开\n\n　　今年以来，全市春耕生产有序推进。\n\n● 焦点\n\n　　春耕生产关系全年粮食丰收。\n"
    assert all(a.authors == [] for a in _articles(page))


def test_a_posted_correspondent_is_a_reporters_role() -> None:
    """``本报驻罗马记者`` (chardata._POSTED): the posting between the owner and the role word; over a story, the line
    is its byline, not a title and a name (before: title ``本报驻罗马记者``, byline ``宋岚``)."""
    assert byline_names("本报驻罗马记者\u3000宋岚") == ["宋岚"]
    assert byline_names("本报驻巴西记者\u3000韩梅\u3000本报驻里约热内卢记者\u3000贺一鸣") == ["韩梅", "贺一鸣"]
    assert byline_names("新华社驻内罗毕记者 魏晨") == ["魏晨"]
    (story,) = tight_articles("陕西秋粮颗粒归仓", "本报驻罗马记者\u3000宋岚", *BODY)
    assert (story.title, story.authors) == ("陕西秋粮颗粒归仓", ["宋岚"])
    # no owner before the posting: the words of running text, not a role
    assert byline_names("常驻记者 王明") is None and byline_names("驻京记者站 王明") is None


def test_a_head_over_a_dateline_with_no_reporters_bracket_heads_its_story() -> None:
    for dateline in ("据新华社北京5月19日电　截至目前，安宁市各地累计", "本报北京11月3日电　截至目前，安宁市各地累计"):
        above, story = tight_articles("绿色发展", *STORY_END, "“高效办成一件事”提速增效", dateline, *WIDE_BODY)
        assert above.blocks[-1].text.endswith("293万株。")
        assert story.title == "“高效办成一件事”提速增效"
    # (a dateline cited inside a sentence, a comma after ``电``: the line is the story above's text, no head)
    cited = "据新华社北京5月19日电，截至目前，安宁市各地累计"
    (one,) = tight_articles("绿色发展", *STORY_END, "“高效办成一件事”提速增效", cited, *WIDE_BODY)
    assert one.title == "绿色发展"


def test_a_label_over_another_reports_dateline_heads_no_story() -> None:
    # review of reads_bare_dateline: ``另据新华社…电　`` goes on from the story above (a linked item under its box
    # label): no story opens there, the label is no title
    (one,) = tight_articles(
        "绿色发展", *STORY_END, "相关链接", "另据新华社北京5月19日电　截至目前，安宁市各地累计", *WIDE_BODY
    )
    assert one.title == "绿色发展"
