"""A story's dateline opening its second paragraph, under another story's paragraph read in before it."""

from __future__ import annotations

from textclean.clean.page import clean_page
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


def test_a_dateline_under_a_stray_paragraph_with_another_dated_paragraph_below_gives_none() -> None:
    # (review: a box of briefs read as one article was credited to its second brief's reporter alone)
    later = Block("paragraph", "本报讯（记者 赵强 通讯员 孙丽）日前，市第一人民医院开设夜间门诊。")
    blocks = [STRAY, DATED, later]
    assert dateline_after_stray(blocks) == ([], blocks)
    page = "城市新闻\n2025年4月9日 星期三 第3版\n市图书馆推出夜间阅读服务。即日起，市图书\n馆每周五、周六开放至晚上九点。\n"
    page += "本报讯（记者 李华）昨日，全市春季植树活动\n启动，共栽植各类苗木两万余株。\n"
    page += "本报讯（记者 赵强 通讯员 孙丽）日前，市第\n一人民医院开设夜间门诊，方便上班族就医。\n"
    page += "老旧小区改造提速\n本报记者 王明\n今年以来，我市老旧小区改造工程全面提速，\n已有三十余个小区完成改造。\n"
    assert all(a.authors != ["李华"] for a in clean_page("p.txt", page.encode()).articles)
