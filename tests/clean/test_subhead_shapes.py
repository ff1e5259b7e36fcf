"""Subheadings in text printed tight (PyMuPDF) told by the column's type: its digits, a head's number or spaced
halves (``textclean.clean.subheads``)."""

from __future__ import annotations

from textclean.clean.blocks import body_blocks
from textclean.clean.roles import Item, make_items
from textclean.models import Block, Line


def dense(*texts: str) -> list[Item]:
    """Lines set one under the other, as PyMuPDF returns them."""
    return make_items([Line(i, t) for i, t in enumerate(texts)])


def kinds(blocks: list[Block]) -> list[tuple[str, str]]:
    return [(b.kind, b.text[:4]) for b in blocks]


#: PyMuPDF's text of a 10 em column (lay6 lay6-005): a two-part subheading, its halves spaced, as wide as a
#: paragraph's first line (8 em), over a first line (8 em) and the full lines of its paragraph.
SPACED_HEAD = (
    "后，影像资料通过远程",
    "系统实时传到县人民医",
    "院，专家很快给出了诊",
    "断意见。",
    "多措并举 促进增收",
    "医保部门持续推进",
    "药品和医用耗材集中带",
    "量采购，平均降价幅度",
    "超过一成，切实减轻了",
    "患者负担。",
)


def test_a_spaced_head_as_wide_as_a_first_line_over_one_is_a_subheading() -> None:
    # before, its width (a first line's) made it a paragraph of its own; after, a subheading
    blocks = body_blocks(dense(*SPACED_HEAD))
    assert kinds(blocks) == [("paragraph", "后，影像"), ("heading", "多措并举"), ("paragraph", "医保部门")]


def test_a_numbered_head_as_wide_as_a_first_line_is_a_subheading() -> None:
    # a list number (``2.``) no section-number rule reads: before, a paragraph of its own; after, a subheading
    lines = list(SPACED_HEAD)
    lines[4] = "2.多措并举促进"
    assert kinds(body_blocks(dense(*lines)))[1] == ("heading", "2.多措")


def test_a_head_shaped_line_over_a_line_indented_itself_is_a_subheading() -> None:
    # thirty-eighth session: no number nor spaced halves, but the line under it is short by the indent too, so the
    # paragraph opens there (a paragraph's second line fills the column); before, the head ran into the paragraph
    lines = list(SPACED_HEAD)
    lines[4] = "多措并举促进增收"
    assert kinds(body_blocks(dense(*lines)))[1] == ("heading", "多措并举")


def test_a_first_line_wide_line_without_a_heads_type_is_running_text() -> None:
    # negatives: no number nor spaced halves over a full line (a first line of running text), or a line over a
    # paragraph's short last line (a two-line paragraph, not a first line over its full lines)
    lines = list(SPACED_HEAD)
    lines[4:6] = ["多措并举促进增收", "医保部门持续推进药品"]
    assert not any(b.kind == "heading" for b in body_blocks(dense(*lines)))
    lines = list(SPACED_HEAD)
    lines[5:] = [
        "医保部门持续推进。",
        "药品和医用耗材集中带",
        "量采购，平均降价幅度",
        "超过一成，切实减轻了",
        "患者负担。",
    ]
    assert not any(b.kind == "heading" for b in body_blocks(dense(*lines)))
    lines = list(SPACED_HEAD)
    lines[4] = "本报（记者 钱涛"  # (a bracket left open: a dateline's names spaced, not a head's halves)
    assert not any(b.kind == "heading" for b in body_blocks(dense(*lines)))


#: A 16 em column set like lay12 jk-34's (PyMuPDF), whose sections open with a full line: a numbered head after
#: a sentence end over the section's first line, not indented.
NUMBERED_OVER_FULL = (
    "研究表明户外活动是预防近视最经济",
    "有效的方法自然光可以促进视网膜分",
    "泌多巴胺。",
    "2.控制电子产品使用时间",
    "非学习目的使用电子产品单次不宜超",
    "过一刻钟每天累计不宜超过一小时。",
    "看屏幕时遵循远眺原则每看二十分钟",
    "就向远处眺望至少二十秒钟的时间。",
)


def test_a_numbered_head_over_a_full_first_line_is_a_subheading() -> None:
    # before, the full line under it (no indent) made it open the paragraph; after, a subheading
    blocks = body_blocks(dense(*NUMBERED_OVER_FULL))
    assert kinds(blocks) == [("paragraph", "研究表明"), ("heading", "2.控制"), ("paragraph", "非学习目")]


def test_a_numbered_line_over_the_next_item_or_its_own_words_is_no_subheading() -> None:
    # negatives: a list's next item under it, or a line its words go on into (``…孩子的`` / ``使用…``)
    lines = list(NUMBERED_OVER_FULL)
    lines[4] = "3.定期检查每半年到正规医院检查一次"
    assert not any(b.kind == "heading" for b in body_blocks(dense(*lines)))
    lines = list(NUMBERED_OVER_FULL)
    lines[3:5] = ["2.控制孩子的", "使用电子产品时间单次不宜超过一刻"]
    assert not any(b.kind == "heading" for b in body_blocks(dense(*lines)))


def test_a_stray_space_or_a_date_line_as_wide_as_a_first_line_is_no_subheading() -> None:
    # review CU: a space pdftotext left in running text, or a diary's date line, is no head's spaced halves
    for line in ("他说 这是好事情啊", "3月5日 星期三 晴"):
        lines = list(SPACED_HEAD)
        lines[4] = line
        assert not any(b.kind == "heading" for b in body_blocks(dense(*lines))), line


def test_a_decimal_figure_over_running_text_is_no_numbered_subheading() -> None:
    # review CU: a data box's figure (``3.6万亿元``) opens with digits and a point, no list number
    lines = list(NUMBERED_OVER_FULL)
    lines[3] = "3.6万亿元"
    assert not any(b.kind == "heading" for b in body_blocks(dense(*lines)))
