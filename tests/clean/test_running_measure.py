"""A column of short paragraphs measured by its running lines, not by its paragraphs' first lines."""

from __future__ import annotations

from textclean.clean.blocks import body_blocks
from textclean.clean.columns import running_measures
from textclean.clean.roles import Item, make_items
from textclean.models import Line


def dense(*texts: str) -> list[Item]:
    """Lines set one under the other, as pdftotext and PyMuPDF return them."""
    return make_items([Line(i, t) for i, t in enumerate(texts)])


#: A 20 em column (lay10-like, PyMuPDF) of paragraphs of two or three lines: each first line is 18 em (its indent
#: lost), each last line nearly full, and only three lines (``RUNNING``) run on from a line above that runs on.
PARAGRAPHS = [
    [
        "基层治理千头万绪，说到底是千家万户的",
        "事情，只有把群众的冷暖放在心上，工作才能",
        "做到群众的心坎上，赢得群众的信任支持。",
    ],
    ["口袋公园面积不大，却让市民出门就能见", "绿、推窗见景，居民幸福感明显提升了。"],
    [
        "没有调查就没有发言权，决策前多到基层",
        "走一走看一看，听听群众怎么说，看实际怎样",
        "再拿出办法来，这样的决策才经得起检验。",
    ],
    ["发展普惠托育需要政府、企业、社区多方", "参与，切实降低家庭育儿成本和养育负担。"],
    ["城市更新不是简单的大拆大建，而是要在", "保护中发展、在发展中保护，留住城市的记忆", "和居民的乡愁与归属感。"],
    ["老旧小区改造既是民生工程，也是民心工", "程，改什么、怎么改，应当听取居民意见。"],
]


def test_short_paragraphs_break_where_the_running_lines_tell_the_measure() -> None:
    # lay10 gd-28 / lay8 econ-02 (PyMuPDF): half the fuller lines are first lines 2 em short, so the column read off
    # them was the first lines' width, and a first line under a nearly full last line looked full: one paragraph
    texts = [b.text for b in body_blocks(dense(*(line for p in PARAGRAPHS for line in p)))]
    assert texts == ["".join(p) for p in PARAGRAPHS]


def test_one_running_line_tells_no_measure() -> None:
    # negative: with one running line (fewer than RUNNING_LINES: the others end a sentence, last lines), the column
    # stays the fuller lines' and the paragraphs under nearly full last lines run on as before
    paragraphs = [list(p) for p in PARAGRAPHS]
    paragraphs[2][1] = "走一走看一看，听听群众怎么说，看实际怎样。"
    paragraphs[4][1] = "保护中发展、在发展中保护，留住城市的记忆。"
    texts = [b.text for b in body_blocks(dense(*(line for p in paragraphs for line in p)))]
    assert "".join(paragraphs[1]) not in texts
    assert len(texts) < len(paragraphs)


#: The seeds' layout (seed 000, a ragged column printed with a blank line after each paragraph): running lines stop
#: anywhere between 25 and 28 em, so no measure is read off them.
RAGGED = [
    "方街镇提供相应人员和经费，人员不足、流动性大、经办效",
    "能低等成为制约基层服务能力提升的障碍。",
    "",
    "未来，要实现《条例》提出的目标要求，更好地服务参保",
    "人员，应从以下几方面着力做好社保经办服务。第一，加快",
    "数据共享。一方面，在省内加快实现人社系统内部跨层级数",
    "据集中管理、实时共享，合理设置市、县及基层社保窗口的数",
    "据共享权限。另一方面，打破部门、行业的数据壁垒，按照分",
    "级分类的原则，有序推进政务数据共享，不断充实社会保险经",
    "办大数据资源池。在合法合规和确保信息安全前提下，以更",
    "加开放的姿态推进跨系统、跨部门涉社保数据的集中和共享。",
    "",
    "第二，扩大社保平台的开放性和有效性。加强地方平台",
    "与国家平台的有效衔接，发挥地方平台的数据资源池和枢纽",
    "作用，为各地市社保经办服务提供公共入口、公共通道和公",
    "共支撑，加强省、市、县经办业务有机协同。加快全国统一的",
    "社保公共服务平台建设，优先推动跨省业务的跨省通办。",
    "",
    "第三，加强社保经办与地方政务平台的融合。社保经",
    "办机构要在保障数据安全和个人隐私的前提下，主动推进",
    "社保数据资源开放共享，积极参与政务服务一体化建设。",
    "主动将社保公共服务融入政务服务的协同体系，加强市县",
    "社保经办机构与基层平台的工作衔接。",
]


def test_a_ragged_body_whose_blank_lines_part_its_paragraphs_reads_no_measure_off_its_running_lines() -> None:
    # negative: the running lines' median (26 em) is an em over the ragged column's; read as its measure, the 25 em
    # line under a sentence end looked like a first line and parted the seed's third paragraph
    texts = [b.text for b in body_blocks(dense(*RAGGED))]
    parts = "\n".join(RAGGED).split("\n\n")
    assert texts == [p.replace("\n", "") for p in parts]


def test_a_ragged_body_set_tight_reads_no_measure_off_its_running_lines() -> None:
    # review CU: the seed's ragged lines set tight (PyMuPDF) or with a blank line inside a sentence (pdftotext):
    # its running lines stop anywhere between 25 and 28 em and do not agree, so the 25 em line ending
    # ``…一体化建设。`` is no paragraph's last line
    lines = [t for t in RAGGED[3:] if t]
    texts = [b.text for b in body_blocks(dense(*lines))]
    assert any("一体化建设。主动将社保公共服务" in t for t in texts)
    texts = [b.text for b in body_blocks(dense(*lines[:3], "", *lines[3:]))]
    assert any("一体化建设。主动将社保公共服务" in t for t in texts)
    texts = [b.text for b in body_blocks(dense(*lines[:8], *lines[13:]))]  # (two of its paragraphs)
    assert any("一体化建设。主动将社保公共服务" in t for t in texts)


#: Review CU: a part in a 17-18 em measure (one long paragraph) over the 20 em column of short paragraphs, read as
#: one body: the wider part's running lines are in the narrower part's window.
TWO_MEASURES = [
    "城市更新要坚持留改拆并举，以保留保",
    "护为主，不搞大拆大建，注重历史文化传",
    "承，留住城市的记忆和居民的乡愁。",
    "要完善社区配套设施，补齐养老托育等",
    "短板，打造宜居宜业的完整社区，增强",
    "群众的获得感，让城市更有温度更具活力。",
    "老城区道路狭窄停车难，要因地制宜增",
    "加停车泊位，优化交通组织方便出行。",
    "要加强城市精细化管理，提升城市品质",
    "和治理水平，让群众生活更方便舒心。",
]


def test_a_narrower_parts_full_lines_are_not_read_short_against_a_wider_parts() -> None:
    lines = TWO_MEASURES + [line for p in PARAGRAPHS[:4] for line in p]
    texts = [b.text for b in body_blocks(dense(*lines))]
    assert any("优化交通组织方便出行。要加强城市精细化管理" in t for t in texts)


def test_running_lines_too_far_apart_for_any_window_are_read_as_the_bodys() -> None:
    # two running lines in the body, no window holding two: the body's own figures decide (no window's), and a
    # body of no such window must not fail (numpy's percentiles of no rows come out flat)
    mk = lambda t, w: Item(0, t, t, w, False, False)  # noqa: E731
    lines = (
        [mk("甲，乙", 20.0), mk("丙，丁", 20.0)] + [mk("戊。", 18.0)] * 27 + [mk("己，庚", 20.0), mk("辛，壬", 20.0)]
    )
    cols = [18.5] * len(lines)
    got = running_measures(lines, [it.text.endswith("。") for it in lines], cols)
    assert got == [20.0] * len(lines)
