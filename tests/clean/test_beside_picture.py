"""A story opening in paragraphs beside its picture, under its head, then going on under the picture in the full
measure stays one article, printed tight (PyMuPDF: ``wraparound.beside_picture``). Still cut: a one-paragraph item
(``test_wraparound_guards.py``), a box's items set flush, the next story opening narrow (a head at the break)."""

from helpers import tight_articles

TOP = ["2026年2月18日　星期三", "第12版"]
HEAD = ["大学生团队研发智能药盒", "本报记者 邓文"]
#: two paragraphs in 7 em beside the photo, each opening indented
BESIDE = [
    "按时提醒、",
    "自动分药、漏服",
    "报警，这款智能",
    "药盒出自一群大",
    "学生之手。",
    "团队负责人",
    "是生物医学工程",
    "专业大三学生，",
    "她说，想法源于",
    "自己的外婆。",
]
#: the story under the photo, 19 em
UNDER = [
    "“外婆要同时吃七种药，经常忘吃或者",
    "重复吃，家里人都很担心。”团队用了一年",
    "多时间，先后迭代了八个版本，从最初笨重",
    "的塑料盒子，到现在巴掌大小的成品。指导",
    "老师介绍，药盒内置称重传感器和蓝牙模块，",
    "能够判断药品是否被取出。",
]


def test_a_story_opening_beside_its_picture_stays_one_article() -> None:
    arts = tight_articles(*TOP, *HEAD, *BESIDE, *UNDER)
    assert len(arts) == 1 and arts[0].body.startswith("按时提醒") and arts[0].body.endswith("是否被取出。")


def test_a_box_s_flush_items_are_cut_from_the_story_under_them() -> None:
    items = ["据测算，每投", "入一元可带动产", "出约八元。", "耐盐碱水稻能", "在含盐土壤中正", "常生长。"]
    arts = tight_articles(*TOP, "背景", *items, *UNDER)
    assert len(arts) == 2 and arts[1].body.startswith("“外婆要同时吃")
