"""A briefs box whose bold heads PyMuPDF glued to their text (no glyph, no separator) is parted into its briefs,
each head told by the text restating its subject (``textclean.clean.ownheadbox.glued_head_box``)."""

from __future__ import annotations

from helpers import PORT_OPENING, tight_articles

from textclean.clean.ownheadbox import glued_head

#: The end of a commentary above the box, its closing note last, set tight (PyMuPDF).
ABOVE = (*PORT_OPENING, "（作者单位：某大学国际关系学院）")
BOX = (
    "环球速览",
    "日内瓦遭遇强降雨日内瓦近日遭遇强降雨，部分地区",
    "发生洪涝，已有2000余人被转移安置。",
    "加拿大央行下调利率加拿大央行6日宣布将基准利率",
    "下调25个基点至8.3%。（梁佳昊）",
    "新加坡举行议会选举新加坡4月16日举行议会选举，",
    "投票率约为9.7%。计票工作正在进行。",
)


def test_a_box_of_glued_heads_is_parted_into_its_briefs() -> None:
    # the box was one article titled with its label, the heads glued to the text of its one paragraph
    briefs = tight_articles(*ABOVE, *BOX)[1:]
    assert [(b.title, b.column) for b in briefs] == [
        ("日内瓦遭遇强降雨", "环球速览"),
        ("加拿大央行下调利率", "环球速览"),
        ("新加坡举行议会选举", "环球速览"),
    ]
    assert briefs[1].authors == ["梁佳昊"]
    assert briefs[1].blocks[0].text == "加拿大央行6日宣布将基准利率下调25个基点至8.3%。"


def test_a_box_with_a_paragraph_restating_nothing_stays_whole() -> None:
    # negative: one line under a sentence end that restates no head (a story's paragraph): nothing is parted
    box = (*BOX, "分析人士认为，这一趋势短期内难以逆转。")
    assert len(tight_articles(*ABOVE, *box)) == 2


def test_a_glued_head_is_no_word_the_text_repeats_nor_a_clause() -> None:
    # negative: the restated characters too close (a word), or a clause mark before them
    assert glued_head("越南越南6月26日举行") is None
    assert glued_head("全国游泳冠军赛开赛，全国") is None
    assert glued_head("新加坡举行议会选举新加坡4月16日") == ("新加坡举行议会选举", "新加坡4月16日")


def test_short_stanzas_under_a_short_title_are_no_box_of_briefs() -> None:
    # negative (review): a short title (read as a label) over stanzas whose lines open alike (anaphora) or report no
    # news was parted into briefs titled with each stanza's first words
    short = (
        "小城故事",
        "小城的清晨小城的人们早早起来，",
        "开始了一天的忙碌。",
        "小城的夜晚小城的灯火次第亮起，",
        "街头巷尾热闹非凡。",
    )
    verse = ("春之歌", "一朵花开了一朵花谢了。", "一片叶绿了一片叶黄了。", "一条河流过一条河干了。")
    for lines in (short, verse):
        (essay,) = tight_articles(*ABOVE, *lines)[1:]
        assert essay.title == lines[0]
