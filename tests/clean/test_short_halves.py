"""A two-part headline's short upper half read apart from its lower half (a title line of its own, the last line
of the kicker above, a byline) joins it again when the body under them says its words (shorthalves.py)."""

from __future__ import annotations

from helpers import STORY_ABOVE

from textclean.clean.chardata import text_width
from textclean.clean.page import clean_page
from textclean.clean.roles import Element, Item
from textclean.clean.shorthalves import body_says, join_short_halves
from textclean.config import Config

NO_TOKENS = Config(tokens=False, keywords_top_k=0)

BODY = [
    "近期，我省进入流感高发季节，各大医院发热门诊就诊量明显上升。",
    "不少市民出现发烧、咳嗽等症状，如何区分流感和感冒？记者就此",
    "采访了该院感染科主任。",
]


def _el(kind: str, *texts: str, start: int = 0) -> Element:
    items = [Item(start + k, t, t, text_width(t), False, False, "text") for k, t in enumerate(texts)]
    return Element(kind, items, (" " if kind == "byline" else "").join(texts))


def _heads(*parts: Element) -> list[tuple[str, str]]:
    above = _el("body", "上一篇报道的正文。")  # (a story above: no half is read at the page's top, a banner's place)
    body = _el("body", *BODY, start=20)
    return [(e.kind, e.text) for e in join_short_halves([above, *parts, body])][1:-1]


def test_a_short_title_line_the_body_speaks_of_is_the_upper_half() -> None:
    heads = _heads(_el("title", "发烧咳嗽", start=1), _el("title", "是不是流感", start=2))
    assert heads == [("title", "发烧咳嗽 是不是流感")]


def test_the_half_comes_off_the_kicker_it_was_wrapped_into() -> None:
    heads = _heads(_el("title", "秋冬季防病", "发烧咳嗽", start=1), _el("title", "是不是流感", start=3))
    assert heads == [("title", "秋冬季防病"), ("title", "发烧咳嗽 是不是流感")]


def test_a_half_read_as_a_name_comes_off_the_byline() -> None:
    byline = _el("byline", "本报记者 王明", "发烧咳嗽", start=1)
    heads = _heads(byline, _el("title", "是不是流感", start=3))
    assert heads == [("byline", "本报记者 王明"), ("title", "发烧咳嗽 是不是流感")]


def test_a_label_the_body_does_not_speak_of_stays_apart() -> None:
    heads = _heads(_el("title", "健康课堂", start=1), _el("title", "是不是流感", start=2))
    assert heads == [("title", "健康课堂"), ("title", "是不是流感")]


def test_a_narrow_title_wrapped_inside_a_word_keeps_its_lines() -> None:
    heads = _heads(_el("title", "谨防流感市民出", "现发烧", start=1), _el("title", "是不是流感", start=3))
    assert heads == [("title", "谨防流感市民出现发烧"), ("title", "是不是流感")]  # (出现: one word)


def test_a_label_over_a_title_far_wider_than_it_stays_apart() -> None:
    heads = _heads(_el("title", "发烧咳嗽", start=1), _el("title", "流感疫苗接种工作在全省各地陆续启动", start=2))
    assert heads == [("title", "发烧咳嗽"), ("title", "流感疫苗接种工作在全省各地陆续启动")]


def test_no_half_is_read_above_the_first_body() -> None:
    parts = [_el("title", "发烧咳嗽", start=1), _el("title", "是不是流感", start=2), _el("body", *BODY, start=20)]
    assert [e.text for e in join_short_halves(parts)][:2] == ["发烧咳嗽", "是不是流感"]


def test_body_says_counts_the_pairs() -> None:
    assert body_says("发烧咳嗽", "".join(BODY)) and not body_says("健康课堂", "".join(BODY))


def test_a_page_joins_the_short_half() -> None:
    page = "\n".join([*STORY_ABOVE, "凭技能立身。", "发烧咳嗽", "是不是流感", "本报记者 王明", *BODY])
    story = clean_page("p.txt", page.encode(), NO_TOKENS).articles[-1]
    assert story.title == "发烧咳嗽 是不是流感"
