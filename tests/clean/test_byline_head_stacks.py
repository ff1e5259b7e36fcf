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


# Review fixes: a byline naming the dateline's own reporter, or over a head when the body above is signed already,
# stays with the head under it; a short title over a byline over a head whose body closes signed is no label; a
# run-in ``报道`` byline going on with another credit, or with a gutter, opens no body.

SIGNED_STORY = (
    "女排苦战五局惜败",
    "本报大连11月23日电（记者 宋云锋）从近几年",
    "的成绩看，这支年轻的队伍正在稳步成长。技术",
    "统计显示，主队全场失误5次，比对手少了近一",
    "半。",
)
BODY_ABOVE = (
    "首节比赛双方你来我往，客队凭借外线手感一度",
    "领先9分，主场球迷的加油声始终没有停下。",
    "第三节，主队加强内线冲击，打出一波攻击波",
)


def test_a_byline_naming_the_datelines_own_reporter_stays_over_its_head() -> None:
    articles = tight_articles(
        "体育", "新赛季揭幕战主队取胜", *BODY_ABOVE, "反超比分。", "本报记者　宋云锋", *SIGNED_STORY
    )
    assert [a.authors for a in articles] == [[], ["宋云锋"]]


def test_a_byline_over_a_head_stays_when_the_body_above_has_a_byline_of_its_own() -> None:
    page = (
        "体育",
        "本报记者　冯晓岚",
        "新赛季揭幕战主队取胜",
        *BODY_ABOVE,
        "反超比分。",
        "本报记者　胡立新",
        *SIGNED_STORY,
    )
    articles = tight_articles(*page)
    assert articles[0].authors == ["冯晓岚"]


def test_a_byline_over_a_head_stays_when_the_body_above_closes_signed() -> None:
    page = ("体育", "新赛季揭幕战主队取胜", *BODY_ABOVE, "反超比分。（记者 冯晓岚）", "本报记者　胡立新", *SIGNED_STORY)
    articles = tight_articles(*page)
    assert articles[0].authors == ["冯晓岚"]


SHORT_TITLE_PAGE = (
    "副刊",
    "春天的约定",
    "□ 王晓明",
    "又是一年春来到，院子里的桃花开了，母亲说",
    "今年的花开得比往年都早。我站在树下，想起",
    "小时候在这里嬉戏的情景，心里满是温暖。",
    "守望",
    "□ 李秋华",
    "故乡的那条河",
    "小时候，我常在故乡的那条河边摸鱼捉虾，河水清得能看见水底的石子，",
    "夏天的傍晚，孩子们在那条河里游泳、打水仗。如今那条河还在，只是",
    "少了孩童的笑声，多了几分寂静。那条河，流淌着我童年的记忆。",
    "（赵春生）",
    "父亲在村口守望了一辈子，守着那几亩薄田，",
    "也守着我们回家的路。每逢过年，他总是早早",
    "站在村口的老槐树下，守望着远方的路口。",
)


def test_a_short_title_over_a_byline_over_a_head_whose_body_closes_signed_is_no_label() -> None:
    articles = tight_articles(*SHORT_TITLE_PAGE)
    got = {a.title: (a.column, a.authors) for a in articles}
    assert got["故乡的那条河"] == (None, ["赵春生"])
    assert got["守望"] == (None, ["李秋华"])


def test_a_label_over_a_byline_over_a_head_whose_body_closes_unsigned_stays_one_head() -> None:
    page = [*SHORT_TITLE_PAGE[:12], *SHORT_TITLE_PAGE[13:]]
    articles = tight_articles(*page)
    assert [(a.column, a.title, a.authors) for a in articles if a.column] == [("守望", "故乡的那条河", ["李秋华"])]


WIDE_PAGE = (
    "要闻",
    "春耕备耕有序推进",
    "本报讯（记者 陶文静）连日来，各地抢抓农时，组织农户开展春耕生产。",
    "农业部门派出技术人员深入田间地头，指导农户科学施肥、合理灌溉。",
    "乡村振兴　产业先行",
    "",  # (the line under the head: a byline, read as a head line over the body)
    "为了让农产品卖得更好，宁远县建设了冷链仓储中心和电商服务站，",
    "打通了农产品进城的通道。",
)


def _wide_page(line: str) -> list:
    return tight_articles(*WIDE_PAGE[:5], line, *WIDE_PAGE[6:])


def test_a_run_in_byline_going_on_with_another_credit_opens_no_body() -> None:
    articles = _wide_page("本报记者 胡立新 报道 实习生 王明")
    assert all("实习生" not in a.body for a in articles)


def test_a_run_in_byline_with_a_gutter_after_it_opens_no_body() -> None:
    articles = _wide_page("记者 胡立新 报道" + "\u3000" * 8 + "农民增收有了新路子")
    assert all("农民增收" not in a.body for a in articles)


def test_a_run_in_byline_going_on_with_the_story_opens_the_body() -> None:
    articles = _wide_page("记者 胡立新 报道　为了让")
    assert articles[1].authors == ["胡立新"]
    assert articles[1].body.startswith("为了让")
