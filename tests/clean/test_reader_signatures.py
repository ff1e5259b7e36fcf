"""A reader's letter signed with the place before or after the name (``江西九江 陶桂东``, ``bylines.unplaced``)."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.bylines import byline_names
from textclean.clean.roles import shape_role

# a commentary page's letters box (PyMuPDF): two letters, each a headline over its text, signed under it with the
# reader's place and name
PAGE = (
    "观点",
    "2026年3月2日 星期一 第5版",
    "盼望回乡出份力",
    "作为一名普通读者，我每天都会看看评论版，它让我对很多社会问题有了更深的思考。",
    "最后，祝贵报越办越好！",
    "江西九江 陶桂东",
    "好评论说出心里话",
    "希望在推进数字化的同时，能给我们老年人多留一扇门。",
    "浙江湖州读者 陶云",
)


def test_a_readers_place_and_name_sign_the_letter_above() -> None:
    arts = tight_articles(*PAGE)
    assert [a.title for a in arts] == ["盼望回乡出份力", "好评论说出心里话"]
    assert [a.authors for a in arts] == [["陶桂东"], ["陶云"]]
    assert "陶桂东" not in arts[0].body and "江西九江" not in arts[0].body


def test_a_place_alone_or_a_name_of_no_surname_is_no_signature() -> None:
    assert byline_names("吕向斌 江苏南京") == ["吕向斌"]
    assert byline_names("江苏南京") is None and shape_role("江苏南京") == "text"
    assert byline_names("江西九江 发展") is None  # (no person's name after the place)
    assert byline_names("浙江经济 稳中有进") is None


def test_a_province_over_a_place_is_a_heading_not_a_signature() -> None:
    # (review: ``福建 武夷山`` over a photo story's text was read as a reader's signature, the title lost)
    for head in ("福建 武夷山", "西藏 林芝"):
        assert byline_names(head) is None and shape_role(head) != "byline"
        (art,) = tight_articles(
            "要闻", "2026年3月2日 星期一 第4版", head, "茶园春色美，游客纷至沓来。近日，当地迎来旅游旺季。"
        )
        assert (art.title, art.authors) == (head, [])
    assert byline_names("浙江读者 史伟瑶") == ["史伟瑶"]
