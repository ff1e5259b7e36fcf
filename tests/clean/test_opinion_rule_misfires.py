"""Ordinary forms near the opinion-page rules' conditions that those rules must leave be (review of lay16's rules):
two names the first of which ends as a division does (``bylines.ADMIN_PLACE``)."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.bylines import byline_names

BODY = ("基层是政策落地的最后一公里。近年来，各地持续为基层减负，取得了明显成效。",)


def test_two_names_the_first_ending_as_a_division_are_both_authors() -> None:
    (art,) = tight_articles("让基层减负落到实处", "李州　王明", *BODY)
    assert art.authors == ["李州", "王明"]
    assert byline_names("张红旗 李明") == ["张红旗", "李明"]
    assert byline_names("本报记者 刘市 王县") == ["刘市", "王县"]
    assert byline_names("南湖市　王晓燕") == ["王晓燕"]  # (a place of its own, the name under it)
