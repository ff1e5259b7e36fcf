"""Items of a briefs box read as one article are parted at their heads and all carry the box's label
(``boxsplit.split_box_items``, ``boxitems.label_box_items``); an ornamented label read as a kicker is the column
(``ornaments.marked_label``)."""

from __future__ import annotations

from helpers import tight_articles

#: The end of a story in a narrow column, then a briefs box under its label (PyMuPDF, lay17 ec-01): the fourth
#: item's head ``首批科创债ETF上市交易`` was read as a subheading of the third item's text.
PAGE = (
    "着节后企业集中复工复",
    "产，制造业生产经营活",
    "动明显加快，市场预期",
    "总体向好。但也要看",
    "到，部分企业反映市场",
    "需求不足、资金周转偏",
    "紧等问题仍较突出，经",
    "济回升的基础仍需进一",
    "步巩固。",
    "产经速递",
    "12家银行获批开展科技企业并购贷",
    "款试点",
    "本报讯\u3000国家金融监督管理总局",
    "日前批复12家银行在18个城市开展科",
    "技企业并购贷款试点，将并购贷款占",
    "并购交易价款的比例上限由60%提高",
    "至80%，贷款期限由7年延长至10",
    "年。",
    "新加坡下调今年经济增长预期",
    "据新华社电\u3000新加坡贸工部日前",
    "将今年经济增长预期由1%至3%下调",
    "至0%至2%。贸工部表示，全球贸易",
    "紧张局势可能削弱外部需求，新加坡",
    "制造业和批发贸易等外向型行业将受",
    "到较大冲击。",
    "沪深交易所优化再融资审核机制",
    "本报讯（记者\u3000冯佳）上海证券",
    "交易所、深圳证券交易所3月13日分",
    "别发布通知，对再融资审核作出优化",
    "安排，支持优质上市公司合理融资，",
    "对于运作规范、信息披露质量高的公",
    "司，审核时限进一步压缩。",
    "首批科创债ETF上市交易",
    "首批10只科创债交易型开放式指",
    "数基金3月12日在沪深交易所上市交",
    "易，首日合计成交额达86亿元。科创",
    "债ETF主要投资于科技创新公司债",
    "券，为投资者参与支持科技创新提供",
    "了便捷工具。（韩露）",
    "央行开展5000亿元买断式逆回购操",
    "作",
    "本报讯\u3000中国人民银行3月14日",
    "公告称，为保持银行体系流动性充",
    "裕，将于3月17日以固定数量、利率",
    "招标、多重价位中标方式开展5000亿",
    "元买断式逆回购操作，期限为3个",
    "月。这是央行本月第二次开展买断式",
)


def test_every_item_of_a_briefs_box_is_an_article_of_the_box_label() -> None:
    items = tight_articles(*PAGE)[1:]
    assert [a.title for a in items][2:] == [
        "沪深交易所优化再融资审核机制",
        "首批科创债ETF上市交易",
        "央行开展5000亿元买断式逆回购操作",
    ]
    assert {a.column for a in items} == {"产经速递"}
    assert items[3].authors == ["韩露"] and items[3].body.startswith("首批10只")


def test_a_story_with_a_subheading_under_a_label_stays_whole() -> None:
    story = (
        "学思践悟",
        "让数字经济更好惠及民生",
        "本报评论员",
        "数字经济正在深刻改变人们的生产",
        "生活方式，如何让发展成果更多更",
        "公平惠及全体人民，是必须回答好",
        "的时代课题，需要久久为功。",
        "把握发展机遇",
        "发展数字经济，要坚持以人民为中",
        "心，既要做大蛋糕，也要分好蛋糕，",
        "让群众有实实在在的获得感。",
    )
    arts = tight_articles(*PAGE[:9], *story)
    assert len([a for a in arts if a.title == "让数字经济更好惠及民生"]) == 1


def test_a_label_between_ornaments_read_as_a_kicker_is_the_column() -> None:
    top = ("第13版　环球经济", "经济参考报", "2026年3月24日　星期二", "本版责任编辑：任晓晨　付蔷")
    head = ("●国际观察●", "东盟多国加快数字贸易合作　跨境电商规模连续三年超", "30%", "本报驻曼谷记者　林舟")
    text = (
        "东盟多国近日密集出台",
        "数字贸易便利化措施，跨",
        "境电商交易规模持续扩大",
        "，区域数字经济合作迈上",
        "新台阶。业内人士认为，",
    )
    (story,) = tight_articles(*top, *head, *text, "这将为区域经济增长注入", "新动能。")
    assert (story.column, story.kicker) == ("国际观察", None)
