"""A headline whose count wrapped onto a line of its own (``textclean.clean.tails.figure_tail``) is one title; a title
that is one quotation stands under its kicker (``textclean.clean.tails.quoted_title``)."""

from __future__ import annotations

from textclean import clean_page

BODY = (
    "本报讯（记者 王明）今年以来，全省持续深化",
    "“放管服”改革，新设经营主体同比增长两成，",
    "企业开办时间压缩至一个工作日以内，群众和",
    "企业办事更加便捷高效，营商环境持续向好。",
)
BODY2 = (
    "本报记者 李华 截至目前，全省风电、光伏等",
    "可再生能源装机规模持续扩大，清洁能源发电",
    "量稳步提升，能源结构绿色转型步伐加快，电",
    "力供应保障能力不断增强，成效明显。",
)


def _titles(first: tuple[str, ...], second: tuple[str, ...]) -> list[tuple[str | None, str | None]]:
    # PyMuPDF's text: no blank line anywhere, the halves' gap (U+3000) kept inside a line
    lines = ("要闻", *first, *BODY, *second, *BODY2)
    articles = clean_page("p.txt", ("\n".join(lines) + "\n").encode("utf-8")).articles
    return [(a.kicker, a.title) for a in articles]


def test_a_count_wrapped_alone_under_a_headline_ends_it() -> None:
    # ``可再生能源装机占比超过`` / ``22.1%`` were a kicker and a title of a count
    titles = _titles(("优化营商环境\u3000激发市场活力",), ("可再生能源装机占比超过", "22.1%"))
    assert titles[1] == (None, "可再生能源装机占比超过22.1%")


def test_a_bare_number_under_a_headline_is_no_tail() -> None:
    # negative: a number without unit or share sign (a page reference, a chart's axis) does not end a headline
    titles = _titles(("优化营商环境\u3000激发市场活力",), ("可再生能源装机占比超过", "22"))
    assert all(t != "可再生能源装机占比超过22" for _, t in titles)


def test_a_date_a_year_or_a_page_under_a_headline_is_no_tail() -> None:
    # ``一座小城的十年蝶变`` / ``2013年`` was one title ``一座小城的十年蝶变2013年``; a month, a day, an hour, a page too
    for tail in ("2013年", "5月", "10日", "18时", "4版", "95后"):
        titles = _titles(("优化营商环境\u3000激发市场活力",), ("一座小城的十年蝶变", tail))
        assert all(t != "一座小城的十年蝶变" + tail for _, t in titles), tail


def _interview(kicker: str, title: str) -> list[tuple[str | None, str | None]]:
    # PyMuPDF's text of a sports page: an interview's title quoting its subject under a line naming him
    lines = ("体育", kicker, title, *BODY, "新能源发展势头强劲", *BODY2)
    articles = clean_page("p.txt", ("\n".join(lines) + "\n").encode("utf-8")).articles
    return [(a.kicker, a.title) for a in articles]


def test_a_line_over_a_title_that_is_one_quotation_is_its_kicker() -> None:
    # ``专访马拉松选手董娟超`` / ``“每一步都要跑得踏实”`` were joined as a two-part headline
    got = _interview("专访马拉松选手董娟超", "“每一步都要跑得踏实”")
    assert got[0] == ("专访马拉松选手董娟超", "“每一步都要跑得踏实”")


def test_a_quoted_word_narrower_than_the_line_over_it_is_no_title() -> None:
    # negative: ``“加速度”`` is the wrapped end of the line over it, no title of its own under a kicker
    got = _interview("海铁联运跑出", "“加速度”")
    assert got[0][0] != "海铁联运跑出"


def test_a_quoted_word_as_wide_as_the_line_over_it_is_its_wrapped_end() -> None:
    # ``老手艺玩出`` / ``“新花样”`` (5 em each) were a label and a title; before the quotation rule, one title
    got = _interview("老手艺玩出", "“新花样”")
    assert got[0] == (None, "老手艺玩出 “新花样”")
    assert _interview("马拉松选手董娟超", "“每一步都要跑得踏实”")[0] == ("马拉松选手董娟超", "“每一步都要跑得踏实”")
