"""A city daily's undated dateline ``本报讯（记者 X）`` read as the national daily's dated one (chardata.UNDATED_MARK)."""

from __future__ import annotations

from helpers import STORY_ABOVE

from textclean.clean.articles import run_in_dateline
from textclean.clean.page import clean_page
from textclean.clean.repair import join_lines
from textclean.config import Config
from textclean.models import Block

NO_TOKENS = Config(tokens=False, keywords_top_k=0)


def test_an_undated_dateline_gives_the_authors_and_leaves_the_paragraph() -> None:
    names, blocks = run_in_dateline([Block("paragraph", "本报讯（记者 胡昀镛）按照一九五八年发展国民经济的主要任务，")])
    assert (names, blocks) == (["胡昀镛"], [Block("paragraph", "按照一九五八年发展国民经济的主要任务，")])
    names, blocks = run_in_dateline([Block("paragraph", "本报讯（记者 陶芊 通讯员 韩钊泓）我国第一个五年计划。")])
    assert (names, blocks[0].text) == (["陶芊", "韩钊泓"], "我国第一个五年计划。")


def test_a_bracket_naming_no_one_after_the_mark_or_in_running_text_stays() -> None:
    for text in (
        "本报讯（记者招待会）今天在市政府召开。",  # (no role word and names: no byline)
        "本报讯（综合报道）国务院今天召开会议。",
        "市政府今天召开（记者招待会），介绍本报讯息。",
        "（记者 崔湄）国务院今天召开会议。",  # (a bracket with no paper before it opens no dateline)
    ):
        names, blocks = run_in_dateline([Block("paragraph", text)])
        assert (names, blocks[0].text) == ([], text)


def test_names_wrapped_inside_an_undated_dateline_keep_their_space() -> None:
    text = join_lines(["本报讯（记者 段琨筠 谭琨", "通讯员 陶溪沅）坚持以人民为", "中心的发展思想。"])
    assert text == "本报讯（记者 段琨筠 谭琨 通讯员 陶溪沅）坚持以人民为中心的发展思想。"
    assert run_in_dateline([Block("paragraph", text)])[0] == ["段琨筠", "谭琨", "陶溪沅"]


def test_a_narrow_column_story_opening_with_an_undated_dateline() -> None:
    page = "\n".join(
        [
            "第一个五年计划概要",
            "本报讯（记者 陶芊 通讯",
            "员 韩钊泓）我国第一个五年",
            "计划的基本任务，是根据国家",
            "在过渡时期的总任务提出来的。",
        ]
    )
    (article,) = clean_page("p.txt", page.encode(), NO_TOKENS).articles
    assert (article.title, article.authors) == ("第一个五年计划概要", ["陶芊", "韩钊泓"])
    assert article.blocks[0].text.startswith("我国第一个五年计划")


#: A narrow-column page as PyMuPDF prints it: a story, then the next story's title read on as a line of its text,
#: and that story's undated dateline.
_STORY_ABOVE = [*STORY_ABOVE, "凭技能立身。"]


def test_a_headline_read_into_the_text_over_an_undated_dateline_heads_its_story() -> None:
    below = [
        "本报讯（记者 韦晗 严骥）",
        "通观全局，今年经济发展要着",
        "重抓好以下几个方面，各地",
        "要把稳增长放在突出位置。",
    ]
    page = "\n".join([*_STORY_ABOVE, "促进经济又好又快发展", *below])
    above, story = clean_page("p.txt", page.encode(), NO_TOKENS).articles
    assert above.blocks[-1].text.endswith("凭技能立身。")
    assert (story.title, story.authors) == ("促进经济又好又快发展", ["韦晗", "严骥"])
    assert story.blocks[0].text.startswith("通观全局")


def test_a_photo_caption_read_in_over_the_dateline_leaves_the_text_with_it() -> None:
    text = "图为工人在生产线上忙碌。记者 王荻芊 摄本报讯（记者 陶漾）社会主义协商民主是我国人民民主的重要形式。"
    names, blocks = run_in_dateline([Block("paragraph", text)])
    assert (names, blocks[0].text) == (["陶漾"], "社会主义协商民主是我国人民民主的重要形式。")
    archive = "工人在生产线上忙碌。（资料图片）本报讯（记者 陶漾）社会主义协商民主。"
    assert run_in_dateline([Block("paragraph", archive)])[0] == ["陶漾"]
    # (a sentence of text before the paper, no credit: no caption, no dateline at the paragraph's head)
    for other in (
        "今年经济发展很快。本报讯（记者 陶漾）社会主义。",
        "图为工人在生产线上忙碌。记者 王荻芊 摄（记者招待会）召开。",
    ):
        assert run_in_dateline([Block("paragraph", other)]) == ([], [Block("paragraph", other)])


def test_a_datelines_reporters_come_before_a_byline_read_over_the_story() -> None:
    page = "\n".join(
        [
            "2026年5月24日 星期三　A05　责任编辑 许茗昀　美术编辑 贺泓筠",
            "１９５６年的国家预算",
            "本报讯（记者 薛焘暄 秦渊峤 通讯员 孟若驰）１９５６年是我国发展国民经济的第一个五年计划的第四年。",
            "同时是我国农业、手工业和资本主义工商业的社会主义改造取得决定性胜利以后的第一年。",
        ]
    )
    articles = clean_page("p.txt", page.encode(), NO_TOKENS).articles
    assert articles[-1].authors == ["薛焘暄", "秦渊峤", "孟若驰"]
    assert articles[-1].blocks[0].text.startswith("１９５６年是我国")


def test_a_datelines_reporters_win_over_another_pieces_byline_read_over_the_story() -> None:
    # a byline read over a dated story (the piece beside it, read in by the extractor) gave the story its names
    page = "\n".join(
        [
            "推进城镇化建设",
            "本报记者 王立",
            "本报讯（记者 张明）今年以来，我市扎实推进新型城镇化建设，取得明显成效。",
        ]
    )
    assert clean_page("p.txt", page.encode(), NO_TOKENS).articles[-1].authors == ["张明"]
    # negative: a story with a byline and no dateline keeps the byline's names
    plain = page.replace("本报讯（记者 张明）", "")
    assert clean_page("p.txt", plain.encode(), NO_TOKENS).articles[-1].authors == ["王立"]


def test_a_head_read_into_the_text_over_a_dated_xun_dateline_heads_its_story() -> None:
    below = ["本报云溪1月24日讯（记", "者 姚婷琪 孙杰岚）一位外资企", "业负责人表示，看好中国市场", "的发展前景。"]
    page = "\n".join([*_STORY_ABOVE, "“国际客商”纷至沓来", *below])
    above, story = clean_page("p.txt", page.encode(), NO_TOKENS).articles
    assert above.blocks[-1].text.endswith("凭技能立身。")
    assert (story.title, story.authors) == ("“国际客商”纷至沓来", ["姚婷琪", "孙杰岚"])
