"""A person's name, a short head or a subheading is no page banner (review): a letter-spaced name the lexicon
tags as a person's (``textclean.clean.banner``), a byline or a subheading over a date line
(``textclean.clean.pagename``), and a code opening a page whose date line is at its foot
(``textclean.clean.furniture.edition_lines``)."""

from __future__ import annotations

from textclean import clean_page

BODY1 = (
    "　　产业工人是推动高质量发展的重要力",
    "量。要深化产业工人队伍建设改革，畅通",
    "技能人才成长通道，让更多职工凭技能立",
    "身。",
)
BODY2 = (
    "　　家乡的变化让他看到了希望，他愿意",
    "留在这里继续奋斗，为乡亲们多办实事。",
    "如今，越来越多的青年选择回到家乡，在",
    "广阔天地里施展才华，书写精彩人生。",
)
DATE = "2026年5月4日 星期日 第2版 责任编辑：王明"


def _articles(*lines: str) -> list:
    return clean_page("p.txt", ("\n".join(lines) + "\n").encode("utf-8")).articles


def test_a_spaced_name_word_byline_is_no_banner() -> None:
    # ``王明`` and ``海燕`` are lexicon words jieba tags as names: set letter-spaced they are bylines
    first, second = _articles("建设现代化产业体系", "本报记者 周明", *BODY1, "乡村振兴要靠人才支撑", "王 明", *BODY2)
    assert (first.page_banner, second.page_banner, second.authors) == (None, None, ["王明"])
    arts = _articles("海 燕", *BODY2, "建设现代化产业体系", "本报记者 周明", *BODY1)
    assert [a.page_banner for a in arts] == [None, None] and arts[0].authors == ["海燕"]


def test_a_spaced_common_word_opening_the_page_stays_the_banner() -> None:
    # negative: ``国 际`` (a common word, no name) over a body is the page's name
    (article,) = _articles("国 际", "", *BODY1)
    assert article.page_banner == "国际"


def test_a_byline_over_the_date_line_is_no_banner() -> None:
    (article,) = _articles("青川市港开通新航线", "王华", DATE, *BODY1)
    assert (article.page_banner, article.title, article.authors) == (None, "青川市港开通新航线", ["王华"])
    (article,) = _articles("青川市港开通新航线", "记者 王华", DATE, *BODY1)
    assert (article.page_banner, article.authors) == (None, ["王华"])
    first, _ = _articles("春运首日", "王 华", DATE, *BODY1, "乡村振兴要靠人才支撑", "本报记者 李华", *BODY2)
    assert (first.page_banner, first.title, first.authors) == (None, "春运首日", ["王华"])


def test_a_subheading_over_the_date_line_is_no_banner() -> None:
    arts = _articles("乡村振兴要靠人才支撑", "本报记者 李华", *BODY2[:2], "记者手记", DATE, *BODY1)
    assert all(a.page_banner != "记者手记" for a in arts)


def test_a_name_over_the_date_line_stays_the_banner() -> None:
    # negative: ``时政要闻`` over the date line under the first head (pdftotext, a front page)
    arts = _articles("青川市港开通新航线", "——与164个国家和地区通航", "时政要闻", "2026年4月19日 星期日 第2版", *BODY1)
    assert arts[0].page_banner == "时政要闻"


def test_a_code_opening_a_page_dated_at_its_foot_is_kept() -> None:
    arts = _articles(
        "G20", "峰会在里约热内卢开幕", "新华社记者 王明", *BODY1, "乡村振兴要靠人才支撑", "本报记者 李华", *BODY2, DATE
    )
    fields = [f for a in arts for f in (a.page_banner, a.column, a.kicker, a.title, a.subtitle)]
    assert "G20" in fields


def test_a_folio_opening_a_page_dated_at_its_top_is_furniture() -> None:
    # negative: ``第7版`` opening a page whose date line is among its top lines is the folio
    arts = _articles("第7版", "建设现代化产业体系", "2026年5月4日 星期日", "本报记者 周明", *BODY1)
    assert all("第7版" not in (a.page_banner, a.title, a.kicker) for a in arts)
