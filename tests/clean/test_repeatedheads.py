"""A kicker set over a later article and taken for a title repeats an earlier title: its piece goes on from the
titled piece of its measure (titledpieces.repeated_head_pieces, assign._join_repeated_heads)."""

from __future__ import annotations

from helpers import devpage


def test_a_repeated_title_over_the_next_column_is_the_next_articles_kicker() -> None:
    # pdftotext: 学习笔记 / 全面提高党的建设科学化水平 (the kicker of the article after) was read above the second
    # column of the article of that title, and headed it as a second article of the same title
    gold, articles = devpage("pdftotext", "cpc-18-06")
    assert len(articles) == len(gold) == 3
    titled = {a.title: a for a in articles}
    assert titled["深化干部人事制度改革，建设高素质执政骨干队伍"].kicker == "全面提高党的建设科学化水平"
    assert [a.title for a in articles].count("全面提高党的建设科学化水平") == 1


def test_a_repeated_title_over_an_opening_yields_to_the_title_over_its_next_column() -> None:
    # pdfminer: the kicker 加快社会主义经济建设 (an earlier article's title) headed the opening of 全国动员，大办农业,
    # whose title headed its next column, a piece of its own
    gold, articles = devpage("pdfminer", "gov-1978-02")
    assert len(articles) == len(gold)
    titled = {a.title: a for a in articles}
    assert titled["全国动员，大办农业"].kicker == "加快社会主义经济建设"
    assert titled["全国动员，大办农业"].authors == ["钟俊澜"]


def test_articles_printed_under_one_name_in_their_own_measures_stay_apart() -> None:
    # negative: three articles of one report, each titled with its name, set in three measures
    gold, articles = devpage("pdftotext", "gov-1960-01")
    assert [a.title for a in articles] == [a["title"] for a in gold] == ["1960年政府工作报告"] * 3
