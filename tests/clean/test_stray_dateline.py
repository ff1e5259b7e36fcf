"""A story's dateline opening its second paragraph, under another story's paragraph read in before it."""

from __future__ import annotations

from textclean.clean.rundatelines import dateline_after_stray
from textclean.models import Block

STRAY = Block("paragraph", "今年前两个月，永和县有关部门累计新增外贸备案企业97家。")
DATED = Block("paragraph", "本报讯（记者 周娥、薛竹岚）去年，白河市各地带动783户农户户均增收151元。")


def test_a_dateline_under_a_stray_paragraph_gives_the_authors() -> None:
    names, blocks = dateline_after_stray([STRAY, DATED])
    assert names == ["周娥", "薛竹岚"]
    assert blocks == [STRAY, Block("paragraph", "去年，白河市各地带动783户农户户均增收151元。")]
    names, _ = dateline_after_stray([STRAY, Block("paragraph", "本报记者夏斌帅 高倩丽报道：眼下正值春耕。")])
    assert names == ["夏斌帅", "高倩丽"]


def test_a_dateline_further_down_or_under_a_heading_or_a_dated_paragraph_gives_none() -> None:
    for blocks in (
        [STRAY, STRAY, DATED],  # (two stories run together: the dateline is the second story's)
        [Block("heading", "一、深层矛盾难以回避"), DATED],
        [Block("paragraph", "本报讯（记者 王岚）今年以来，"), DATED],  # (the first paragraph has its own)
        [DATED],
    ):
        assert dateline_after_stray(blocks) == ([], blocks)
