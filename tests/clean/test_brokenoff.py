"""A body cut where a column breaks off inside a sentence that resumes in a later piece (brokenoff.py)."""

from helpers import devpage

from textclean.clean.brokenoff import cut_broken_off
from textclean.clean.roles import Element, Item

FULL = ("甲乙丙丁戊己庚辛壬癸子丑寅卯",) * 4


def body(*texts: str) -> Element:
    return Element("body", [Item(k, t, t, float(len(t)), True, True) for k, t in enumerate(texts)])


def sizes(elements: list[Element]) -> list[int]:
    return [len(e.items) for e in elements]


def test_a_column_broken_off_inside_a_sentence_is_cut_from_the_next_articles_column() -> None:
    # ``…以加`` (a full line) over ``国有企业是…`` (an indent short): the sentence goes on in a later piece
    above = body(*FULL, "过资产重组和结构调整，以加", "国有企业是我国国民经济的", *FULL)
    assert sizes(cut_broken_off([above, body("强重点，提高国有资产的整体", *FULL)])) == [5, 5, 5]
    # negative: the sentence resumes nowhere (the paragraph's first line is the sentence's own)
    assert sizes(cut_broken_off([above, body("提高国有资产的整体质量和", *FULL)])) == [10, 5]
    # negative: the resuming piece is read before the junction (the order of pieces tells nothing then)
    assert sizes(cut_broken_off([body("强重点，提高国有资产的整体", *FULL), above])) == [5, 10]
    # negative: two pieces finish the word (a word's halves met twice tell nothing)
    twice = [above, body("强重点，提高国有资产的整体", *FULL), body("强化管理，提高国有资产的效", *FULL)]
    assert sizes(cut_broken_off(twice)) == [10, 5, 5]
    # negative: the words go on across the junction (``…以加`` / ``强…``, one word)
    on = body(*FULL, "过资产重组和结构调整，以加", "强重点提高国有资产的", *FULL)
    assert sizes(cut_broken_off([on, body("速度，提高国有资产的整体质", *FULL)])) == [10, 5]


def test_the_next_articles_column_read_inside_a_sentence_opens_its_article_on_a_devpage() -> None:
    # pdftotext's text of devpages cpc-18-01: ``…建设社会主义市场经`` / ``以经济建设为中心是`` (9 em of an 11 em
    # column), the sentence resuming in ``济、社会主义民主政治…``; before, the next article's first paragraph ran on in
    # the article above, and its title went to another body
    gold, articles = devpage("pdftotext", "cpc-18-01")
    title = "加快完善社会主义市场经济体制和加快转变经济发展方式"
    assert title in [a["title"] for a in gold]
    mine = [a for a in articles if a.title == title]
    assert mine and "以经济建设为中心是" in "".join(b.text for b in mine[0].blocks)
    others = [a for a in articles if a.title != title]
    assert not any("以经济建设为中心是" in "".join(b.text for b in a.blocks) for a in others)
