"""Subheadings in PyMuPDF's tight text: a head in larger type as wide as the column."""

from __future__ import annotations

from helpers import tight_articles

# an opinion page's story in a 10 em column: paragraphs open indented (8 em)
HEAD = ("以全过程人民民主凝聚社会共识", "石明辉")
OPENING = (
    "全过程人民民主是",
    "全链条、全方位、全覆",
    "盖的民主，不仅有完整",
    "的制度程序，而且有完",
    "整的参与实践。",
)
SECTION = (
    "从立法草案公开征",
    "求意见，到基层立法联",
    "系点直接听取群众声音",
    "，数万条意见建议被研",
    "究吸纳。",
)


def test_a_head_as_wide_as_the_column_over_an_indented_opener_is_a_heading() -> None:
    # 民主贯穿决策全链条: 9 em of a 10 em column (bold, larger type), under a paragraph's short last line, over a
    # paragraph's indented first line (8 em) that ends no sentence, over a full line
    (article,) = tight_articles(*HEAD, *OPENING, "民主贯穿决策全链条", *SECTION)
    assert ("heading", "民主贯穿决策全链条") in [(b.kind, b.text) for b in article.blocks]


def test_a_wide_line_under_a_full_line_ending_a_sentence_runs_on() -> None:
    # the line above is full (it ends a sentence by chance): the wide line goes on with the paragraph
    opening = (*OPENING[:-1], "整的参与实践和探索。")
    (article,) = tight_articles(*HEAD, *opening, "民主贯穿决策全链条", *SECTION)
    assert "heading" not in [b.kind for b in article.blocks]


def test_a_bulleted_head_as_wide_as_an_opening_is_a_heading() -> None:
    # ■ 实行项目责任清单制度: the bullet's space is no gap between a headline's halves; the words after it are read
    opening = ("全省各地征集到群众建", "议1.3万余条，其中关于养", "老、托育和道路出行的建议最", "多。")
    section = ("为确保民生实事落到实", "处，省里将实行项目责任清单", "制度，每件实事明确一名省领", "导牵头负责。")
    (article,) = tight_articles(
        "今年省级十件民生实事出炉", "本报记者 梁静", *opening, "■ 实行项目责任清单制度", *section
    )
    assert "heading" in [b.kind for b in article.blocks]


def test_a_datelines_opening_on_a_line_of_its_own_is_no_wide_head() -> None:
    # review RV1: a dateline set alone on a full line over the paragraph's indented words opens that paragraph
    section = ("记者从国家发展改", "革委获悉，今年以来全", "国重大项目建设加快推", "进。")
    (article,) = tight_articles(*HEAD, *OPENING, "新华社北京三月五日电", *section)
    assert "heading" not in [b.kind for b in article.blocks]
