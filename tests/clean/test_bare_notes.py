"""An author's note printed without brackets (``roles.bare_note``), and a note set in a head stack, over its body
(``drafts.body_drafts``: ``Draft.head_note``)."""

from __future__ import annotations

import pytest
from helpers import articles_of, tight_articles

from textclean.clean.barenotes import bare_note

TITLE = "营商环境只有更好没有最好"
BODY = (
    "一位个体工商户说，过去办事要跑好几个部门，现在一个窗口就能办好，",
    "营商环境的改善让企业家们更有信心了。",
)
NEXT = (
    "水利工作会议部署今年任务",
    "本报讯 近日，省水利厅召开全省水利工作会议，会议回顾了去年的工作，安排部署了今年的主要任务，",
    "要求全力抓好防汛抗旱和水资源保护工作，确保人民群众生命财产安全。",
)


@pytest.mark.parametrize("note", [("作者系某某研究院高级研", "究员"), ("作者单位：某省社会科学院经济", "研究所")])
@pytest.mark.parametrize("read", [tight_articles, articles_of])
def test_a_note_under_the_byline_is_the_note_of_the_body_below(read, note: tuple[str, str]) -> None:
    arts = read(*NEXT, TITLE, "潘涵桐", *note, *BODY)
    assert [(a.title, a.author_note) for a in arts] == [(NEXT[0], None), (TITLE, "".join(note))]
    assert arts[1].authors == ["潘涵桐"] and arts[1].body.startswith("一位个体工商户")


def test_a_note_in_the_first_head_stack_is_kept() -> None:
    (art,) = tight_articles(TITLE, "潘涵桐", "（作者系某某研究院高级研", "究员）", *BODY)
    assert art.author_note == "作者系某某研究院高级研究员"


@pytest.mark.parametrize("read", [tight_articles, articles_of])
def test_a_note_without_brackets_after_the_text_closes_it(read) -> None:
    arts = read(TITLE, "潘涵桐", *BODY, "作者系某某大学经济学院教授", *NEXT)
    assert [(a.title, a.author_note) for a in arts] == [(TITLE, "作者系某某大学经济学院教授"), (NEXT[0], None)]


def test_text_opening_with_the_author_is_no_note() -> None:
    assert not bare_note("作者系统梳理了改革开放以来的经验")
    assert not bare_note("作者为我们描绘了一幅乡村振兴的画卷")  # (no place of work or post)
    assert not bare_note("作者为某某大学教授。他在书中写道，乡村振兴离不开人才。")
    arts = tight_articles(TITLE, "潘涵桐", BODY[0], "作者系统梳理了改革开放以来的经验，", BODY[1])
    assert "作者系统梳理" in arts[0].body and arts[0].author_note is None


def test_a_byline_over_a_head_note_stays_with_the_body_under_the_note() -> None:
    # (lay10 pl-34, PyMuPDF: a subtitle's wrapped tail read as a body above the byline took the title; the byline
    # over the note was then set over no body and went nowhere)
    letter = ("据统计，当地今年", "计划改造老旧小区87", "个，惠及居民38万户。", "湖南岳阳\u3000孙志华")
    stack = ("一家言", "生态文明建设笔谈", "把青山绿水留给", "子孙后代", "——谈谈如何让低碳生活成为习", "惯", "贾曦")
    body = (
        "没有调查就没有发言权，决策之",
        "前多到基层走走看看，很有必要。改",
        "革越往深处走，越要听取各方面的意",
        "见，凝聚最大共识。",
    )
    arts = tight_articles("村小里的读书会", *letter, *stack, "作者为某某师范大学教育学部博士生导师", *body)
    (own,) = [a for a in arts if a.body.startswith("没有调查")]
    assert (own.authors, own.author_note) == (["贾曦"], "作者为某某师范大学教育学部博士生导师")


def test_a_bracketed_note_under_a_byline_stays_the_closing_note_of_the_piece_above() -> None:
    # (pdfminer reads a closing note after the next piece's head; the studied families lost authors and notes when
    # it went to the body below: review RF's F7, measured)
    arts = tight_articles(TITLE, "潘涵桐", *BODY, NEXT[0], "李志远", "（作者系某某大学经济学院教授）", *NEXT[1:])
    assert [(a.title, a.author_note) for a in arts] == [(TITLE, "作者系某某大学经济学院教授"), (NEXT[0], None)]


def test_no_note_is_lost_review_rf() -> None:
    # F5: a head note and a closing note of one body are both kept
    (art,) = tight_articles(TITLE, "潘涵桐", "作者系某某大学经济学院教授", *BODY, "（本报记者 李华 整理）")
    assert art.author_note == "作者系某某大学经济学院教授 本报记者 李华 整理"
    # F6: a note left with no body under it goes to the last body
    (art,) = articles_of(*BODY, TITLE, "潘涵桐", "（作者系某某大学经济学院教授）")
    assert art.author_note == "作者系某某大学经济学院教授"


def test_a_line_opening_with_the_author_inside_a_paragraph_is_text_review_rf() -> None:
    review = ("读《乡土中国》有感", "王晓明", "《乡土中国》是一部研究中", "国农村社会结构的经典之作。该书")
    rest = ("作者为北京大学教授费孝通，他在", "书中提出了“差序格局”的概念，", "深刻揭示了乡土社会的特点。")
    (art,) = tight_articles(*review, *rest)
    assert art.author_note is None and "费孝通，他在书中" in art.body
    (art,) = tight_articles(*review[:3], "国农村社会结构的经典之作。", "作者为北京大学教授费孝通，他在", *rest[1:])
    assert art.author_note is None and "费孝通，他在书中" in art.body
