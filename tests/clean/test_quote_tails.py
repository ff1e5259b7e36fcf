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


def test_a_refrain_the_story_says_again_stays_in_its_paragraph() -> None:
    # negative (a feature's song line, PyMuPDF): the line ends a paragraph, opens a printed line and is quoted
    # again later, but it wraps at the column's width: the writer's sentence, no box set in larger type
    lines = (
        "在村里的文化礼堂，",
        "老人们又唱起了那首熟",
        "悉的歌。",
        "歌声响起，台下的孩子",
        "们也跟着哼唱起来。",
        "我和我的祖国，一刻也",
        "不能分割。",
        "八十岁的王奶奶说，她",
        "年轻时就会唱这首歌。",
        "“我和我的祖国，一刻",
        "也不能分割。”这句歌",
        "词她记了一辈子。",
    )
    page = Page("p.txt", "0" * 64, "utf-8", tuple(Line(i, t) for i, t in enumerate(lines)))
    song = "我和我的祖国，一刻也不能分割。"
    art = article(
        "在村里的文化礼堂，老人们又唱起了那首熟悉的歌。",
        "歌声响起，台下的孩子们也跟着哼唱起来。" + song,
        "八十岁的王奶奶说，她年轻时就会唱这首歌。“" + song + "”这句歌词她记了一辈子。",
    )
    assert quote_tail(art, page).pull_quote is None
