"""Furniture of commentary pages: bracketed column labels, the editorial writer's byline, names signing the
body above them (``textclean.clean.restatedbox``, ``textclean.clean.chardata``, ``textclean.clean.bylineheads``)."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.bylines import byline_names
from textclean.clean.page import clean_page
from textclean.config import Config

BODY_A = (
    "我国是工人阶级领导的、以工农联盟为基",
    "础的人民民主专政的社会主义国家，国家一",
    "切权力属于人民。",
)
BODY_B = (
    "建设社会主义新农村，是党的十六届五中全",
    "会提出的重大历史任务，事关全面建设小康",
    "社会和现代化建设全局。",
)


def test_a_bracketed_label_over_a_headline_printed_once_is_the_column() -> None:
    (piece,) = tight_articles("【晨钟】", "发展全过程人民民主", "向言平", *BODY_A)
    assert (piece.column, piece.title, piece.pull_quote, piece.authors) == (
        "晨钟",
        "发展全过程人民民主",
        None,
        ["向言平"],
    )
    (piece,) = tight_articles("【民情直通车】", "发展全过程人民民主", "向言平", *BODY_A)
    assert (piece.column, piece.title) == ("民情直通车", "发展全过程人民民主")
    # negative: a bracketed label over a sentence the body prints again is a pull quote's
    quote = ("【观点】", "国家一切权力属于人民。")
    (piece,) = tight_articles("发展全过程人民民主", "向言平", *BODY_A, *quote, *BODY_B)
    assert (piece.column, piece.pull_quote) == (None, "国家一切权力属于人民。")


def test_the_editorial_writers_byline_names_no_one() -> None:
    (piece,) = tight_articles("发展全过程人民民主", "本报评论员", *BODY_A)
    assert (piece.title, piece.authors) == ("发展全过程人民民主", [])
    assert byline_names("读者 钟峤") == ["钟峤"]
    # negative: the role words run into a label are no byline
    assert (byline_names("评论员文章"), byline_names("读者来信")) == (None, None)


def test_a_name_after_a_body_signs_it_when_the_next_piece_is_signed_too() -> None:
    first, second = tight_articles(
        "发展全过程人民民主", *BODY_A, "读者 钟峤", "扎实推进社会主义新农村建设", *BODY_B, "杨笙驰"
    )
    assert (first.authors, second.authors) == (["钟峤"], ["杨笙驰"])
    # negative: over a piece with no name of its own, the name is that piece's byline (set over its title)
    first, second = tight_articles("发展全过程人民民主", *BODY_A, "钟峤", "扎实推进社会主义新农村建设", *BODY_B)
    assert (first.authors, second.authors) == ([], ["钟峤"])


def test_an_editors_note_in_brackets_is_no_column_label() -> None:
    body = [
        "　　会议强调，要坚持稳中求进工作总基调，完整准确全面贯彻新",
        "发展理念，加快构建新发展格局，着力推动高质量发展，更好统筹",
        "发展和安全，全面深化改革开放，大力提振市场信心。",
    ]
    note = "【编者按】\n今年是全面贯彻党的二十大精神的开局之年，本报\n今起推出系列报道，敬请关注。\n\n"
    raw = "推动高质量发展\n\n" + note + "\n".join(body) + "\n"
    # (an editor's note is an untitled article of its own, ``editornotes.py``; the story keeps its title, no column)
    note_article, article = clean_page("p.txt", raw.encode(), Config(tokens=False, keywords_top_k=0)).articles
    assert (article.title, article.column) == ("推动高质量发展", None)
    assert note_article.title == "" and note_article.body.startswith("今年是全面贯彻") and "今年" not in article.body
