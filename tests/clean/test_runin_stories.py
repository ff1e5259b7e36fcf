"""A story's sections opened by run-in heads stay in the story: a closing note signs it whole
(``runinstory.signed_as_one``), an untitled text so headed with no box label is no box (``runinstory.untitled_box``),
its short title over a lead longer than an item is no box label (``runinpieces.label_titled_box``); a separately
bylined story under a labelled item takes no box label (``boxitems.is_box_item``)."""

from __future__ import annotations

from helpers import PORT_STORY, PORT_TOP, tight_articles

FIRST = (*PORT_TOP, *PORT_STORY)
SECTIONS = (
    "产业兴旺\u3000村里建起茶叶合作社，带动",
    "一百多户茶农增收，去年人均收入增长",
    "一成以上。",
    "生态宜居\u3000村里完成改厕改厨，河道",
    "清澈见底，成为远近闻名的网红村。",
)


def test_a_story_signed_at_its_end_keeps_its_run_in_sections() -> None:
    lead = (
        "山乡新貌",
        "走进青山村，平整的水泥路通到家家户",
        "户门口，白墙黛瓦的民居错落有致，村",
        "民们的脸上洋溢着笑容。",
    )
    arts = tight_articles(*FIRST, *lead, *SECTIONS, "（本报记者 李华）")
    assert [a.title for a in arts] == ["港口城市迎来转运高峰", "山乡新貌"]
    assert arts[1].authors == ["李华"]
    assert "网红村" in arts[1].body and "茶叶合作社" in arts[1].body


def test_an_unsigned_labelled_box_of_run_in_pieces_is_still_parted() -> None:
    # (negative: no closing note signs it, and a label heads it: a box, its pieces apart)
    arts = tight_articles(*FIRST, "市场快报", *SECTIONS)
    assert [a.title for a in arts][-2:] == ["产业兴旺", "生态宜居"]


def test_an_untitled_story_continued_with_run_in_sections_stays_one_article() -> None:
    more = ("乡风文明\u3000村里修订了村规民约，评", "选好媳妇好婆婆，文明新风吹遍山乡。")
    for jump in (("（上接第一版）",), ()):
        arts = tight_articles("要闻", "2025年4月9日 星期三 第2版", *jump, *SECTIONS, *more)
        assert len(arts) == 1 and not arts[0].title and arts[0].column is None
        assert "茶叶合作社" in arts[0].body and "文明新风" in arts[0].body


def test_a_short_title_over_a_two_paragraph_lead_is_no_box_label() -> None:
    lead = (
        "山乡新貌",
        "走进青山村，平整的水泥路通到家家户",
        "户门口，白墙黛瓦的民居错落有致，村",
        "民们的脸上洋溢着笑容。十年前，这里",
        "还是有名的贫困村。",
        "  转变从村里换了新班子开始。新班子",
        "带领村民修路、种茶、搞民宿，一步一",
        "个脚印，把穷山沟变成了金山银山。",
    )
    arts = tight_articles(*FIRST, *lead, *SECTIONS)
    assert "山乡新貌" in [a.title for a in arts]
    assert all(a.column != "山乡新貌" for a in arts)


def test_a_bylined_story_under_a_labelled_item_takes_no_box_label() -> None:
    page = (
        *FIRST,
        "图片新闻",
        "春耕时节农机忙",
        "近日，河南省滑县农民驾驶农机在田间",
        "作业，抢抓农时开展春耕生产。",
        "我国首列氢能货运列车试运行",
        "本报记者 张晓",
        "记者从国铁集团获悉，我国首列氢能",
        "货运列车日前在内蒙古完成试运行，",
        "各项性能指标良好。",
    )
    arts = {a.title: a for a in tight_articles(*page)}
    assert arts["春耕时节农机忙"].column == "图片新闻"
    assert arts["我国首列氢能货运列车试运行"].column is None
    assert arts["我国首列氢能货运列车试运行"].authors == ["张晓"]


def test_a_labelled_box_of_briefs_its_compiler_signing_at_the_end_is_still_parted() -> None:
    # (the box's label taken as the draft's column: a compiler's closing note signs the box, not one story)
    briefs = (
        "市场快报",
        "汽车消费\u3000一季度全市新能源汽车销量",
        "同比增长四成，充电桩新增两千个。",
        "家电以旧换新\u3000全市累计发放补贴",
        "一点二亿元，带动家电销售九亿元。",
        "餐饮市场\u3000清明假期全市餐饮收入",
        "同比增长一成半，夜间消费活跃。",
    )
    for note in ("（本报记者 李华 整理）", "（李华）"):
        arts = tight_articles(*FIRST, *briefs, note)
        assert len(arts) == 4, note
        assert all(a.column == "市场快报" for a in arts[1:])
