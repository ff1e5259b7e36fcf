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
