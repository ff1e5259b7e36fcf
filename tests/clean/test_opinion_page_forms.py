"""Forms of an opinion page read by PyMuPDF (lay16): a paragraph set flush between indented paragraphs that the
story does not restate stays text (a pull quote is lifted from its story's text), a glyph label over a piece's headline and indented text (``restatedbox.head_over_paragraph``), a
headline wrapped inside its quote (``headfit.wrapped_quote_tail``), a band of notices at the page's foot
(``footers.foot_band``), a reader's place written with its divisions' suffixes (``bylines.unplaced``)."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.bylines import byline_names
from textclean.clean.footers import foot_band

# a commentary in a 10 em column: paragraphs open indented (8 em), the box's sentence is set flush between two of them
STORY = (
    "以系统观念推进县域治理",
    "◎ 韩立新",
    "县一级处在承上启",
    "下的关键环节，是发展",
    "经济、保障民生、维护",
    "稳定的重要基础。进入",
    "新发展阶段，县域治理",
    "面对的问题更加综合。",
    "县域发展的短板，",
    "往往不在某一个领域，",
    "而在领域之间的衔接",
    "处。要从全局出发编制",
    "规划，做到规划一张图",
    "、管理一张网。",
)
QUOTE = ("县域治理既要看“盆", "景”，更要看“风景”，", "关键在于把分散的资源", "拧成一股绳。")
REST = (
    "近年来，一些地方",
    "探索建立县级统筹议事",
    "机制，由县委牵头，各",
    "部门定期会商，重大项",
    "目先算“综合账”再上",
    "马。",
    "协同的前提是权责",
    "清晰。要梳理县乡两级",
    "职责清单，该下放的事",
    "项放到位，防止层层甩",
    "锅。",
)


def test_a_flush_paragraph_restated_nowhere_stays_text_near_its_storys_end() -> None:
    # (tried: such a paragraph as the pull quote helped an opinion family whose boxes restate nothing, but cost the
    # devpages' held-out pull quotes, which are lifted from their story's text. Since flushquotes (MUPDF) such a
    # paragraph standing inside a long story, 10 lines of it above and below, is its box (test_flush_quotes); review
    # RV1: one nearer the story's end, as here with 6 lines under it, stays text)
    (art,) = tight_articles(*STORY, *QUOTE, *REST[:6])
    assert art.pull_quote is None
    assert "县域治理既要看“盆景”，更要看“风景”" in art.body and art.body.endswith("再上马。")


# a piece under a glyph label, its headline wrapped inside its quote, its text indented under it (a 10 em column)
PIECE = (
    "■今日谈",
    "春耕时节看“新农",
    "具”",
    "走进青石县的田间",
    "地头，植保无人机在空",
    "中盘旋，北斗导航拖拉",
    "机在田里自动驾驶。一",
    "位种粮大户算了一笔账",
    "，每亩能省六十多元。",
    "农业现代化，关键",
    "是农业科技现代化。让",
    "更多农民用得上、用得",
    "好新农具，丰收才更有",
    "底气。",
    "（韦一鸣）",
)


def test_a_glyph_label_over_a_headline_and_indented_text_labels_a_piece() -> None:
    arts = tight_articles(*STORY, *REST, *PIECE)
    assert arts[0].pull_quote is None
    piece = arts[-1]
    assert (piece.column, piece.title) == ("今日谈", "春耕时节看“新农具”")
    assert piece.body.startswith("走进青石县的田间地头")


def test_a_band_of_notices_under_the_editors_line_is_furniture() -> None:
    band = ("责任编辑：马骏驰", "欢迎读者来信：东川市新华路88号 邮编 100001")
    arts = tight_articles(*PIECE, *band)  # (a signature over the editor's line: it ends no sentence)
    assert len(arts) == 1 and arts[0].body.endswith("丰收才更有底气。")
    assert foot_band(["……欢迎踊跃投稿。", "投稿邮箱：news@paper.cn"]) == set()  # (no page's line over it)


def test_a_readers_place_with_its_divisions_suffixes_is_no_name() -> None:
    letter = ("孩子的作业负担减轻了", "作为一名初中生的家长，我明显感到孩子的作业负担减轻了。", "南湖市　王晓燕")
    (art,) = tight_articles(*letter)
    assert art.authors == ["王晓燕"]
    assert byline_names("西岭省青石县 刘桂兰") == ["刘桂兰"]
    assert byline_names("青石县 城关镇") is None  # (two places)


LETTER = (
    "●读者来信●",
    "孩子的作业负担确实减轻了",
    "作为一名初",
    "中生的家长，我明显感到孩子的作业负担减轻了。",
    "南湖市　王晓燕",
)


def test_an_editors_note_is_an_untitled_article_of_its_own() -> None:
    top = ("读者来信", "2026年3月1日　星期日", "第6版")
    boxed = ("【编者按】", "本版开设的“读者来信”栏目，旨在倾听群众心声、反映", "社情民意。欢迎广大读者来信来稿。")
    note, letter = tight_articles(*top, *boxed, *LETTER)
    assert (note.title, note.column, note.pull_quote) == ("", "编者按", None)
    assert note.body.startswith("本版开设的") and letter.pull_quote is None
    run_in = ("编者按　基层是各项工作", "的落脚点。怎样让基层干部从", "繁文缛节中解脱出来？本期刊发一组文章。")
    note, _ = tight_articles(*top, "（作者单位：南湖师范学院）", *run_in, *LETTER)
    assert (note.title, note.column) == ("", "编者按") and note.body.startswith("基层是各项工作的落脚点")
