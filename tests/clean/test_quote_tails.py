"""A pull quote box read as the last sentence of the paragraph above it (``textclean.clean.quotetails``): the
sentence, opening a printed line and said again in a later paragraph, is the pull quote, not body text twice."""

from __future__ import annotations

from textclean.clean.quotetails import quote_tail
from textclean.models import Article, Block, Line, Page

QUOTE = "要把全国两会精神转化为推动云川高质量发展的强大动力和具体行动。"
LINES = (
    "本报讯　3月14日，省委常委会召开扩大会议。",
    "会议指出，要迅速掀起学习宣传贯彻热潮。",
    "要把全国两会精神转化为推动云川",
    "高质量发展的强大动力和具体行动。",
    "会议强调，要把全国两会精神转化",
    "为推动云川高质量发展的强大动力和具体行动。要着力扩大有效需求。",
)
PAGE = Page("p.txt", "0" * 64, "utf-8", tuple(Line(i, t) for i, t in enumerate(LINES)))


def article(*paragraphs: str) -> Article:
    return Article("a", "s", "h", "题", [Block("paragraph", p) for p in paragraphs], [])


def test_a_box_read_into_the_paragraph_above_is_the_pull_quote() -> None:
    art = quote_tail(article(LINES[0], LINES[1] + QUOTE, "会议强调，" + QUOTE + "要着力扩大有效需求。"), PAGE)
    assert art.pull_quote == QUOTE and art.blocks[1].text == LINES[1]


def test_a_sentence_said_once_or_read_inside_a_line_stays() -> None:
    # negative: no other paragraph says it again; the sentence opens no printed line; the first paragraph's end
    assert quote_tail(article(LINES[0], LINES[1] + QUOTE, "会议要求，要抓落实。"), PAGE).pull_quote is None
    inside = Page("p.txt", "0" * 64, "utf-8", (Line(0, LINES[1] + QUOTE), Line(1, "会议强调，" + QUOTE)))
    assert (
        quote_tail(article(LINES[0], LINES[1] + QUOTE, "会议强调，" + QUOTE + "要抓落实。"), inside).pull_quote is None
    )
    assert quote_tail(article(LINES[1] + QUOTE, "会议强调，" + QUOTE + "要抓落实。"), PAGE).pull_quote is None
