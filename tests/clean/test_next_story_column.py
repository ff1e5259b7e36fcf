"""A headless story opening after a sentence end in the same grid column and widening under its own picture is
the next article, not the story above set round a picture (measures.changes_column; reviewer CS's page G)."""

from textclean import clean_page

TOP = ["2026年5月24日　星期二", "第10版"]
CANTEEN = [
    "社区食堂开到家门口",
    "本报记者 王明远",
    "本报5月24日讯 中午十一",
    "点半，幸福里社区的食堂",
    "门口已经排起了长队，老",
    "人们端着餐盘有说有笑，",
    "饭菜的香味飘满了小院。",
    "社区负责人介绍，食",
    "堂由街道出资建设，委托",
    "专业公司运营，日均接待",
    "三百多人，下一步还将增",
    "设助餐点。",
]
ROAD = [
    "连日来，市交通部门",
    "组织力量对全市主干道的",
    "破损路面进行集中修补，",
    "截至目前已修复坑槽两千",
    "余处，受到沿线市民和出租车司机的普遍欢迎。据了",
    "解，此次修补工作采用了新型快速修补材料，施工完",
    "成后两小时即可恢复通车，最大限度减少了对交通的",
    "影响。",
]
ROAD_HEAD = ["主干道破损路面集中修补", "本报记者 李晓东"]


def _articles(lines: list[str], gapped: bool) -> list:
    text = "\n".join([*lines, ""])
    return clean_page("p.txt", (text.replace("\n", "\n\n") if gapped else text).encode()).articles


def test_the_next_story_widening_under_its_picture_is_another_article() -> None:
    for gapped in (False, True):  # (PyMuPDF, pdfminer)
        arts = _articles([*TOP, *CANTEEN, *ROAD], gapped)
        assert len(arts) == 2
        assert arts[0].title == "社区食堂开到家门口" and arts[0].body.endswith("设助餐点。")
        assert arts[1].body.startswith("连日来")


def test_the_next_story_keeps_its_head_printed_elsewhere() -> None:
    for gapped in (False, True):
        arts = _articles([*TOP, *ROAD_HEAD, *CANTEEN, *ROAD], gapped)
        assert len(arts) == 2
        assert {a.title for a in arts} == {"主干道破损路面集中修补", "社区食堂开到家门口"}
        assert all(len(a.authors) == 1 for a in arts)
