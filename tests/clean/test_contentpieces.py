"""Short untitled pieces joined to the titled draft whose body shares their rare words (contentpieces)."""

from __future__ import annotations

from helpers import devpage

from textclean.clean.contentpieces import content_pieces
from textclean.clean.drafts import Draft
from textclean.clean.match import BigramIdf
from textclean.clean.roles import Element, Item


def test_a_short_piece_read_before_its_head_goes_on_from_the_article_on_a_devpage() -> None:
    # pdfminer's text of devpages gov-1959-02: ``第一，在工商业方面…`` (4 lines, read before the head of its
    # article, a little narrower than its measure) stood as an untitled article; after, it opens 关于国家的政治生活
    gold, articles = devpage("pdfminer", "gov-1959-02")
    assert len(articles) == len(gold)
    home = next(a for a in articles if a.title == "关于国家的政治生活")
    assert "第一，在工商业方面" in "".join(b.text for b in home.blocks)


def _draft(texts: list[str], first: float = 9.0) -> Draft:
    widths = [first] + [9.0] * (len(texts) - 1)
    return Draft(
        [Element("body", [Item(k, t, t, w, True, True) for k, (t, w) in enumerate(zip(texts, widths, strict=True))])]
    )


def test_a_piece_under_a_head_of_its_own_or_restating_a_body_is_not_joined() -> None:
    body = ["工商业的社会主义改造", "手工业合作化基本完成"] * 3
    drafts = [_draft(body), _draft(["农业生产合作社发展"] * 6), _draft(["手工业的改造，工商", "业的改造完成"], 7.0)]
    idf = BigramIdf([d.body_text() for d in drafts])
    assert content_pieces(drafts, {0, 1}, {}, idf, [set(), set(), set()]) == {2: 0}
    # negative: a paragraph's opening (first line indented) under a byline of its own is another article's
    assert content_pieces(drafts, {0, 1}, {}, idf, [set(), set(), {"byline"}]) == {}
    # negative: a piece that restates the body is a headline's or a pull quote's copy, no piece of it
    drafts[2] = _draft(["工商业的社会主义改", "造"])
    assert content_pieces(drafts, {0, 1}, {}, BigramIdf([d.body_text() for d in drafts]), [set()] * 3) == {}
