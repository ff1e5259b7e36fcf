"""A subtitle's dash in the forms extractors give it (``chardata.DASHES``): the full-width hyphen-minus twice, the
two-em dash once."""

from __future__ import annotations

import pytest
from helpers import articles_of, tight_articles

BODY = ("近日，全省能源工作会议在", "省城召开，会议总结了过去一年的", "工作成绩，部署了今年的重点任务。")


@pytest.mark.parametrize("dash", ["——", "－－", "⸺", "──"])
@pytest.mark.parametrize("read", [tight_articles, articles_of])
def test_a_subtitle_opens_with_any_form_of_the_dash(read, dash: str) -> None:
    (art,) = read("老街焕新颜", dash + "一个村庄的蝶变之路", "本报记者 王明", *BODY)
    assert (art.title, art.subtitle, art.column) == ("老街焕新颜", "一个村庄的蝶变之路", None)


def test_one_hyphen_minus_or_a_minus_sign_opens_no_subtitle() -> None:
    (art,) = tight_articles("老街焕新颜", "本报记者 王明", *BODY[:2], "－3℃的清晨，工人们已经上岗。")
    assert art.subtitle is None and "－3℃" in art.body
