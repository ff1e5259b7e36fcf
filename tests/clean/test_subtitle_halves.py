"""A commentary's dash-less subtitle read as a two-part title's second half (``textclean.clean.subtitlehalves``)."""

from __future__ import annotations

from helpers import tight_articles

TOP = ("评论", "今日谈")
BYLINE = "任华春　田建"
BODY = (
    "对待传统文化，要有礼敬的态度，也要有创新的勇气。非遗不是博物馆里的",
    "标本，而是活在百姓日常中的生活方式，传承的关键在于让它回到生活。",
)


def test_a_line_opening_as_a_commentarys_subtitle_under_the_title_is_its_subtitle() -> None:
    # PyMuPDF (an opinion page, lay10 gd-18): the subtitle printed without ``——`` under the title, set tight,
    # was the title's second half
    (piece,) = tight_articles(*TOP, "非遗传承重在“见人见物见生活”", "谈传统文化的创造性转化", BYLINE, *BODY)
    assert (piece.title, piece.subtitle) == ("非遗传承重在“见人见物见生活”", "谈传统文化的创造性转化")
    (piece,) = tight_articles(*TOP, "新农人带来新气象", "从青龙村的返乡青年说起", BYLINE, *BODY)
    assert (piece.title, piece.subtitle) == ("新农人带来新气象", "从青龙村的返乡青年说起")


def test_a_two_part_headline_stays_one_title() -> None:
    # negative: two halves of a headline, the lower opening as no subtitle does (the devpages' convention)
    (piece,) = tight_articles(*TOP, "非遗传承重在“见人见物见生活”", "传统文化要活起来", BYLINE, *BODY)
    assert (piece.title, piece.subtitle) == ("非遗传承重在“见人见物见生活” 传统文化要活起来", None)


def test_a_half_opening_with_a_word_of_tan_or_a_one_line_title_or_a_reporters_story_keeps_its_title() -> None:
    # review F3: ``谈判``/``谈心``/``谈笑`` open headline halves; ``代表委员 谈新质生产力`` is one printed line; a
    # reporter's story may end its two-part headline with a ``谈…`` half
    for half in ("谈判将于下月在华盛顿继续", "谈心谈话拉近干群距离", "谈笑间锁定小组第一"):
        (piece,) = tight_articles(*TOP, "中美经贸磋商取得积极进展", half, BYLINE, *BODY)
        assert (piece.title, piece.subtitle) == (f"中美经贸磋商取得积极进展 {half}", None)
    (piece,) = tight_articles(*TOP, "代表委员 谈新质生产力", BYLINE, *BODY)
    assert (piece.title, piece.subtitle) == ("代表委员 谈新质生产力", None)
    (piece,) = tight_articles(*TOP, "院士走进中学课堂", "谈科学精神与家国情怀", "本报记者 王明", *BODY)
    assert (piece.title, piece.subtitle) == ("院士走进中学课堂 谈科学精神与家国情怀", None)
