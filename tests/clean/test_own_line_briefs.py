"""A briefs box whose heads stand on lines of their own, the first head read as the box's headline: each signed
brief is its own article (``textclean.clean.briefs.own_briefs_after_brief``), titled without its glyph."""

from __future__ import annotations

from helpers import tight_articles

# a front page's briefs box (PyMuPDF, set tight): the label, then each brief's glyph-led head on its own line, the
# text under it signed ``（X）``
BOX = (
    "全省春耕生产有序推进",
    "本报讯 记者从省农业农村厅获悉，全省春耕生产有序推进，各地抢抓农时，",
    "做好农资供应、农机调度和技术指导，确保粮食播种面积稳定在合理水平。",
    "省农业农村厅有关负责人表示，将组织专家深入田间地头开展技术服务。",
    "要闻简报",
    "◆全省开展打击欺诈骗保专项整治",
    "省医保局近日联合部署开展医保基金违法违规",
    "问题专项整治，重点查处虚假就医等行为。（郑玲）",
    "◆白河市建成首批智慧农贸市场",
    "白河市首批8家智慧农贸市场近日投入使用，",
    "消费者扫码即可查看商品产地。（宋雨）",
    "◆省委巡视工作领导小组召开会议",
    "3月16日，省委巡视工作领导小组召开会议，",
    "研究部署下一轮巡视工作。",
    "（周建平）",
)


def test_each_own_line_brief_after_the_first_is_an_article_of_the_box() -> None:
    briefs = [a for a in tight_articles(*BOX) if a.column == "要闻简报"]
    assert [a.title for a in briefs] == [
        "全省开展打击欺诈骗保专项整治",
        "白河市建成首批智慧农贸市场",
        "省委巡视工作领导小组召开会议",
    ]
    assert [a.authors for a in briefs] == [["郑玲"], ["宋雨"], ["周建平"]]
    assert briefs[1].body == "白河市首批8家智慧农贸市场近日投入使用，消费者扫码即可查看商品产地。"


def test_a_story_s_glyph_led_sections_stay_whole() -> None:
    story = (
        "生态产品价值实现的路径探索",
        "黄志强",
        "绿水青山就是金山银山。如何把生态优势转化为发展优势，是山区县普遍面临的课题。",
        "◆ 摸清家底，开展价值核算",
        "让好山好水变成好价钱，需要在确权、核算、交易各环节打通堵点。",
        "◆ 创新机制，推动市场化交易",
        "该县探索设立生态资源收储中心，将零散的山林资源集中收储。",
    )
    articles = tight_articles(*story)
    assert len(articles) == 1
    assert articles[0].title == "生态产品价值实现的路径探索"


# a front page's 要闻简报 box (PyMuPDF, lay15 fr-03) under a story's last lines and a photo caption
SIGNED_BOX = (
    "16.2%，以旧换新政策效果持",
    "续显现。",
    "春节期间，全省重点监测",
    "的商贸企业销售额同比增长",
    "7.4% ，重点景区接待游客",
    "1260万人次。省商务厅有关负",
    "责人表示，将持续开展“乐购",
    "云川”系列促消费活动，推动",
    "餐饮、文旅、体育等服务消费",
    "扩容提质。",
    "图为新建成的服务中心。　本报记者　李娜　摄",
    "要闻简报",
    "■省政府与省总工会召开联席会议",
    "3月12日，省政府与省总工会召开第十二次联",
    "席会议，研究解决职工群众关心的就业、欠薪治",
    "理、新就业形态劳动者权益保障等问题，会议确定",
    "今年将新建户外劳动者服务站点300个。（许晨）",
    "■青溪市新增城市绿道120公里",
    "青溪市今年将新建城市绿道120公里，串联沿",
    "江公园、城市湿地和历史街区。目前，全市绿道总",
    "里程已达到560公里，市民出门“300米见绿、500",
    "米见园”的目标基本实现。（宋雨）",
    "■安澜市开通首批定制公交线路",
    "安澜市日前开通首批6条定制公交线路，主要",
    "服务工业园区通勤、学生上下学等出行需求。市民",
    "可通过手机小程序提出线路需求和预约座位，公交",
    "企业根据预约情况灵活调整班次，做到“一人一",
)


def test_briefs_under_a_box_label_are_titled_without_their_glyph() -> None:
    briefs = [a for a in tight_articles(*SIGNED_BOX) if a.column == "要闻简报"]
    assert [a.title for a in briefs] == [
        "省政府与省总工会召开联席会议",
        "青溪市新增城市绿道120公里",
        "安澜市开通首批定制公交线路",
    ]
    assert [a.authors for a in briefs[:2]] == [["许晨"], ["宋雨"]]
