"""Pull quotes set flush between a story's indented paragraphs (``textclean.clean.flushquotes``)."""

from __future__ import annotations

from helpers import articles_of, tight_articles

# an opinion page's story in a 10 em column (PyMuPDF: no blank line): paragraphs open indented (8 em), the box's
# sentence opens with a line as wide as the column and is printed nowhere else
HEAD = ("以系统观念推进县域治理现代化", "◎ 韩立新")
ABOVE = (
    "县一级处在承上启",
    "下的关键环节，是发展",
    "经济、保障民生、维护",
    "稳定的重要基础。进入",
    "新发展阶段，县域治理",
    "面对的问题更加综合。",
    "县域发展的短板，",
    "往往不在某一个领域，",
    "而在领域之间的衔接",
    "处，要从全局出发编制",
    "规划，做到规划一张图",
    "、建设一盘棋、管理一",
    "张网。",
)
BOX = ("县域治理既要看“盆", "景”，更要看“风景”，", "关键在于把分散的资源", "拧成一股绳。")
BELOW = (
    "近年来，一些地方",
    "探索建立县级统筹议事",
    "机制，由县委牵头，发",
    "改、财政等部门定期会",
    "商，重大项目先算“综",
    "合账”再上马。实践表",
    "明，这种做法减少了部",
    "门间推诿扯皮，也让有",
    "限的财政资金用在了刀",
    "刃上。",
)
QUOTE = "".join(BOX)


def test_a_flush_one_sentence_box_between_indented_paragraphs_is_the_pull_quote() -> None:
    (article,) = tight_articles(*HEAD, *ABOVE, *BOX, *BELOW)
    assert article.pull_quote == QUOTE
    assert all(QUOTE not in b.text for b in article.blocks)
    assert "".join(BELOW) in [b.text for b in article.blocks]


def test_a_flush_sentence_run_on_from_a_full_line_stays_in_its_paragraph() -> None:
    # the line above ends a sentence but is full (the paragraph runs on): no box opens under it
    above = (*ABOVE[:-2], "、建设一盘棋、管理一张网。")
    (article,) = tight_articles(*HEAD, *above, *BOX, *BELOW)
    assert not article.pull_quote
    assert any(b.text.endswith(QUOTE) for b in article.blocks)


def test_a_page_with_blank_lines_is_not_read_for_flush_boxes() -> None:
    (article,) = articles_of(*HEAD, *ABOVE, *BOX, *BELOW)
    assert not article.pull_quote


# review RV1: flush one-sentence text of other forms between indented paragraphs stays in the body


def test_an_interviews_question_set_flush_is_no_pull_quote() -> None:
    question = ("您认为县域治理最需要", "破解的难题是什么？")
    (article,) = tight_articles(*HEAD, *ABOVE, *question, *BELOW)
    assert not article.pull_quote
    assert "".join(question) in [b.text for b in article.blocks]


def test_a_sections_flush_first_sentence_under_its_heading_is_no_pull_quote() -> None:
    (article,) = tight_articles(*HEAD, *ABOVE, "二、把资源拧成一股绳", *BOX, *BELOW)
    assert not article.pull_quote
    assert any(QUOTE in b.text for b in article.blocks)


def test_a_caption_over_a_photos_credit_is_no_pull_quote() -> None:
    caption = ("县级统筹议事会议现场，", "各部门负责人商议项目。")
    (article,) = tight_articles(*HEAD, *ABOVE, *caption, "本报记者 王明 摄", *BELOW)
    assert not article.pull_quote


def test_a_paragraphs_tail_after_a_caption_set_inside_it_is_no_pull_quote() -> None:
    # the caption cuts 衔|接: the flush line under it goes on with the paragraph's word
    head = ("县域发展的短板，", "往往不在某一个领域，", "而在于各个领域之间衔")
    caption = ("图为县级统筹议事会议", "现场。")
    tail = ("接不畅，要从全局出发", "编制规划，做到规划一", "张图、管理一张网。")
    (article,) = tight_articles(*HEAD, *ABOVE[:6], *head, *caption, *tail, *BELOW)
    assert not article.pull_quote
    assert any("".join(tail) in b.text for b in article.blocks)


def test_a_flush_sentence_in_a_story_with_another_flush_opening_stays_in_the_body() -> None:
    # a second paragraph opens flush too (its indent dropped): a flush opening tells no box there
    other = ("这种做法值得在更大范", "围内推广和借鉴。")
    (article,) = tight_articles(*HEAD, *ABOVE, *BOX, *BELOW, *other, *BELOW)
    assert not article.pull_quote
