"""Bylines between a body and a head: a column label over a byline over a title is one head stack
(bylineheads.label_byline_over_head), and a byline over a head whose story is signed by its dateline signs the
body above (bylineheads.opens_with_signed_dateline)."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.bylineheads import bylines_over_heads
from textclean.clean.roles import Element, Item
from textclean.clean.units import Unit


def _el(kind: str, text: str) -> Element:
    return Element(kind, [Item(0, text, text, float(len(text)), False, True)], text)


def test_a_label_over_a_byline_over_a_title_is_one_head() -> None:
    body = _el("body", "会议期间，各方就共同关心的问题深入交换了意见。")
    label, byline, title = (
        _el("title", "环球视点"),
        _el("byline", "本报驻德国记者 胡立新"),
        _el("title", "干旱之下的城市"),
    )
    elements = [body, label, byline, title, body]
    units = bylines_over_heads([Unit([label, byline], 1, 2), Unit([title], 3, 3)], elements)
    assert [[e.kind for e in u.elements] for u in units] == [["column", "byline", "title"]]
    assert units[0].elements[0].text == "环球视点"


def test_a_title_with_its_byline_under_it_stays_apart_from_the_next_title() -> None:
    body = _el("body", "会议期间，各方就共同关心的问题深入交换了意见。")
    upper, byline, title = (
        _el("title", "以对话化解分歧才是正道"),
        _el("byline", "胡立新"),
        _el("title", "干旱之下的城市"),
    )
    elements = [body, upper, byline, title, body]
    units = bylines_over_heads([Unit([upper, byline], 1, 2), Unit([title], 3, 3)], elements)
    assert [[e.kind for e in u.elements] for u in units] == [["title", "byline"], ["title"]]


def test_a_byline_over_a_head_whose_dateline_names_its_reporters_signs_the_body_above() -> None:
    articles = tight_articles(
        "体育",
        "新赛季揭幕战主队取胜",
        "首节比赛双方你来我往，客队凭借外线手感一度",
        "领先9分，主场球迷的加油声始终没有停下。",
        "第三节，主队加强内线冲击，打出一波攻击波",
        "反超比分，最终锁定胜局。",
        "本报记者　胡立新　冯晓岚",
        "女排苦战五局惜败",
        "本报大连11月23日电（记者 宋云锋）从近几年",
        "的成绩看，这支年轻的队伍正在稳步成长。技术",
        "统计显示，主队全场失误5次，比对手少了近一",
        "半。",
    )
    assert [a.title for a in articles] == ["新赛季揭幕战主队取胜", "女排苦战五局惜败"]
    assert [a.authors for a in articles] == [["胡立新", "冯晓岚"], ["宋云锋"]]


def test_a_byline_over_a_head_whose_story_opens_without_a_dateline_stays_its() -> None:
    articles = tight_articles(
        "体育",
        "新赛季揭幕战主队取胜",
        "首节比赛双方你来我往，客队凭借外线手感一度",
        "领先9分，主场球迷的加油声始终没有停下。",
        "第三节，主队加强内线冲击，打出一波攻击波",
        "反超比分，最终锁定胜局。",
        "本报记者　胡立新　冯晓岚",
        "女排苦战五局惜败",
        "从近几年的成绩看，这支年轻的队伍正在稳步成",
        "长。技术统计显示，主队全场失误5次，比对手少",
        "了近一半。",
    )
    assert [a.authors for a in articles] == [[], ["胡立新", "冯晓岚"]]


RUN_IN_PAGE = (
    "要闻",
    "春耕备耕有序推进",
    "本报讯（记者 陶文静）连日来，各地抢抓",
    "农时，组织农户开展春耕生产。农业部门",
    "派出技术人员深入田间地头，指导农户科",
    "学施肥、合理灌溉。",
    "乡村振兴　产业先行",
    "记者 胡立新 报道　为了让",
    "农产品卖得更好，宁远县建设了",
    "冷链仓储中心和电商服务站，打",
    "通了农产品进城的通道。",
)


def test_a_short_first_line_opening_with_a_run_in_byline_opens_the_body() -> None:
    articles = tight_articles(*RUN_IN_PAGE)
    assert [a.title for a in articles] == ["春耕备耕有序推进", "乡村振兴 产业先行"]
    assert articles[1].authors == ["胡立新"]
    assert articles[1].blocks[0].text.startswith("为了让农产品卖得更好")


def test_a_run_in_byline_alone_on_its_line_stays_a_byline() -> None:
    page = [*RUN_IN_PAGE[:7], "记者 胡立新 报道", "为了让农产品卖得更好，宁远县建", *RUN_IN_PAGE[9:]]
    articles = tight_articles(*page)
    assert articles[1].authors == ["胡立新"]
    assert articles[1].blocks[0].text.startswith("为了让农产品卖得更好")
