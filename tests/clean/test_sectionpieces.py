"""A piece titled by a numbered section head joined to the article whose numbered sections it continues."""

from __future__ import annotations

from dataclasses import replace

from textclean.clean.sectionpieces import section_pieces, section_title
from textclean.models import Article, Block


def _article(title: str, *heads: str, authors: list[str] | None = None) -> Article:
    blocks = [Block("paragraph", f"{title}的导语。")]
    for h in heads:
        blocks += [Block("heading", h), Block("paragraph", f"{h}一节的正文。")]
    return Article("id", "p.txt", "0" * 64, title, blocks, [(0, 1)], authors=authors or [])


def _piece(title: str, authors: list[str] | None = None) -> Article:
    return Article(
        "id", "p.txt", "0" * 64, title, [Block("paragraph", f"{title}一节的正文。")], [(5, 6)], authors=authors or []
    )


def test_section_pieces_join_the_article_holding_the_neighbouring_number() -> None:
    # pdfminer's lay7-22 (a feature weekly): 社区食堂烟火气 held ``（二）把账算在明处``; ``（三）难题怎么破`` and
    # ``（一）风雨之后见彩虹`` stood as articles of their own, and so did ``（二）修书如修心`` of 城市书房亮到深夜,
    # which held ``（一）书香满城``
    articles = [
        _article("社区食堂烟火气", "（二）把账算在明处"),
        _piece("（三）难题怎么破"),
        _article("城市书房亮到深夜", "（一）书香满城"),
        _piece("（二）修书如修心"),
        _piece("（一）风雨之后见彩虹"),
    ]
    out = section_pieces(articles)
    assert [a.title for a in out] == ["社区食堂烟火气", "城市书房亮到深夜"]
    assert [b.text for b in out[0].blocks if b.kind == "heading"] == [
        "（一）风雨之后见彩虹",
        "（二）把账算在明处",
        "（三）难题怎么破",
    ]
    assert [b.text for b in out[1].blocks if b.kind == "heading"] == ["（一）书香满城", "（二）修书如修心"]
    assert "难题怎么破一节的正文。" in out[0].body
    assert out[0].line_spans == [(0, 1), (5, 6)]


def test_a_section_piece_brings_its_byline_and_pull_quote_to_an_article_that_has_none() -> None:
    # pdfminer's lay7-30: the byline and the pull quote were read over ``（三）十年磨一剑``, the head over ``（一）``
    # and ``（二）``
    piece = replace(_piece("（三）十年磨一剑", ["汪颖"]), pull_quote="科普，是科研工作者的另一份责任")
    out = section_pieces([_article("让科学走近大众", "（一）守住伦理底线", "（二）向深海进发"), piece])
    assert len(out) == 1 and out[0].authors == ["汪颖"]
    assert out[0].pull_quote == "科普，是科研工作者的另一份责任"


def test_section_pieces_left_alone_without_one_neighbouring_host() -> None:
    # negative: no article holds a section of that numbering (``一、…`` on a page with no ``二、``)
    articles = [_article("主标题", "（一）甲"), _piece("一、各方期待务实成果")]
    assert section_pieces(articles) == articles
    # negative: two articles hold the neighbouring number: nothing tells which one the piece goes on
    articles = [_article("甲文", "（二）乙"), _article("乙文", "（四）丁"), _piece("（三）丙")]
    assert section_pieces(articles) == articles
    # negative: the article already holds that number (another article's section of the same numbering)
    articles = [_article("甲文", "（一）甲", "（二）乙"), _piece("（二）丙")]
    assert section_pieces(articles) == articles


def test_section_title_is_a_short_numbered_head() -> None:
    assert section_title(_piece("（二）修书如修心")) == (0, 2)
    assert section_title(_piece("二、修书如修心")) == (1, 2)
    # negative: a title with no number, a numbered sentence (a list item), a long line
    assert section_title(_piece("修书如修心")) is None
    assert section_title(_piece("一、加强党的领导。")) is None
    assert section_title(_piece("（二）" + "长" * 30)) is None
