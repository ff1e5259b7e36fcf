"""Forms of news, economy, front and opinion pages read on whole pages set tight (as PyMuPDF prints them).

Each test's page fails on the rules before the thirty-eighth session: bare datelines under brief heads
(``datelineheads.BARE_DATELINE_RE``), the ``本版责任编辑`` line, a table over its source line (``charts``), an archive
mark before a photo credit (``captions``), a label over a headline said in part again (``restatedbox``), an unlabelled
pull quote (``quotetwice``), briefs with heads on their own lines (``briefs.own_line_head``), subheadings in narrow
tight columns (``subheads``), a masthead's register lines (``mastline.REGISTER``), an ornament label over a byline
(``ornaments``), a head signed past a pull quote's box (``bylineheads``) and a piece under a box (``quotes``).
"""

from __future__ import annotations

from helpers import tight_articles

FOLIO = ("经济新闻", "2026年3月4日　星期三", "第10版")


def _by_title(arts: list) -> dict:
    return {a.title: a for a in arts}


def test_brief_heads_over_bare_datelines_open_briefs() -> None:
    arts = tight_articles(
        *FOLIO,
        "产经速递",
        "12家银行获批开展科技企业并购贷",
        "款试点",
        "本报讯　国家金融监督管理总局",
        "日前批复12家银行开展科技企业",
        "并购贷款试点，贷款期限延长至10",
        "年。",
        "央行开展5000亿元买断式逆回购操",
        "作",
        "本报讯　中国人民银行3月14日",
        "公告称，将开展5000亿元买断式逆",
        "回购操作，期限为3个月。",
    )
    titles = [a.title for a in arts]
    assert "央行开展5000亿元买断式逆回购操作" in titles
    (brief,) = [a for a in arts if a.title == "央行开展5000亿元买断式逆回购操作"]
    assert brief.body.startswith("本报讯")


def test_the_page_editors_line_is_no_kicker_nor_byline() -> None:
    arts = tight_articles(
        "10 区域经济",
        "2026年3月4日　星期三",
        "本版责任编辑：任晓晨　付蔷",
        "东北装备制造“智改数转”提速",
        "本报记者　于洪涛",
        "近年来，东北三省加快推",
        "进装备制造业智能化改造和",
        "数字化转型，去年共完成改",
        "造项目2400余个。",
    )
    (art,) = arts
    assert art.kicker is None and art.authors == ["于洪涛"]


STORY = (
    "恒生指数本周累计上涨3.2%",
    "——科技股领涨　南向资金净流入",
    "本报驻香港记者　冼文杰",
    "香港股市本周震荡上行。截至3",
    "月14日收盘，恒生指数报23958.71",
    "点，周内累计上涨3.2%；恒生科技",
    "指数报5928.36点，周内上涨5.6%。",
)


def test_a_glyph_label_over_a_headline_its_story_says_in_part_is_the_column() -> None:
    (art,) = [a for a in tight_articles(*FOLIO, "■港股通", *STORY) if a.body]
    assert (art.column, art.title, art.pull_quote) == ("港股通", "恒生指数本周累计上涨3.2%", None)


def test_a_table_over_its_source_line_and_an_archive_credit_are_furniture() -> None:
    table = (
        "资料图片　本报记者　范涛　摄",
        "1至2月份主要经济指标增速",
        "单位：%",
        "规模以上工业增加",
        "值",
        "6.1",
        "固定资产投资",
        "3.9",
        "数据来源：国家统计局",
    )
    arts = tight_articles(*FOLIO, *STORY, *table)
    assert all(a.title not in ("3.9", "资料图片 本报记者 范涛 摄") for a in arts)
    assert not any("6.1" in a.body or "固定资产投资" in a.body for a in arts)


def test_a_pull_quote_printed_without_a_label_leaves_the_body() -> None:
    quote = ("扩大消费关键是提高居", "民消费能力和意愿。")
    (art,) = tight_articles(
        *FOLIO,
        "“以旧换新”带旺春季消费市场",
        "本报记者　许晨",
        "今年以来，我省持续实",
        "施消费品以旧换新政策，前",
        "两个月带动销售额38亿元。",
        *quote,
        "专家表示，扩大消费关",
        "键是提高居民消费能力和意",
        "愿。下一步还要持续加力。",
    )
    assert art.pull_quote == "扩大消费关键是提高居民消费能力和意愿。"
    assert art.body.count("扩大消费关键是提高居民消费能力和意愿。") == 1


def test_briefs_with_heads_on_their_glyph_lines_under_a_box_label() -> None:
    arts = tight_articles(
        *FOLIO,
        "云州地铁5号线全线贯通",
        "本报记者　许晨",
        "3月10日，云州地铁5号线",
        "最后一台盾构机顺利始发，",
        "全线实现贯通。",
        "要闻简报",
        "■全省退役军人就业创业招聘会举行",
        "3月14日，全省退役军人就业创业专场招聘",
        "会在云州举行，200余家企业提供岗位。（梁静）",
        "■我省发布首批“无证明城市”建设清单",
        "日前，省政府办公厅印发首批建设事项清",
        "单，取消58项证明材料。（陈立）",
    )
    briefs = _by_title(arts)
    assert briefs["全省退役军人就业创业招聘会举行"].column == "要闻简报"
    assert briefs["我省发布首批“无证明城市”建设清单"].authors == ["陈立"]


def test_a_glyph_subheading_wrapped_in_a_narrow_tight_column() -> None:
    (art,) = tight_articles(
        *FOLIO,
        "职业教育要对准产业需求",
        "文／沈一帆",
        "职业院校要对接产业，",
        "不少地方已有探索，但供",
        "需错位，说明衔接还不够",
        "紧密。",
        "◆ 专业设置要跟着产",
        "业走",
        "职业院校要建立专",
        "业动态调整机制，定期",
        "评估专业与产业的匹配",
        "度，及时增设新专业。",
    )
    assert [b.text for b in art.blocks if b.kind == "heading"] == ["◆ 专业设置要跟着产业走"]


def test_a_subheading_as_wide_as_a_first_line_over_an_indented_opener() -> None:
    (art,) = tight_articles(
        *FOLIO,
        "国际油价周内涨逾4%",
        "本报记者　孙海峰",
        "受中东局势紧张影响，",
        "国际油价本周大幅上涨，时",
        "隔两个月重回80美元上方。",
        "供应端收紧预期升温",
        "石油输出国组织（欧",
        "佩克）与非欧佩克产油国",
        "宣布，将自愿减产措施延",
        "长至二季度末。",
    )
    assert [b.text for b in art.blocks if b.kind == "heading"] == ["供应端收紧预期升温"]


def test_a_dailys_register_lines_are_masthead_furniture() -> None:
    arts = tight_articles(
        "云川日报",
        "中共云川省委机关报　YUNCHUAN DAILY",
        "2026年3月17日　星期二",
        "今日16版　第25815号",
        "国内统一连续出版物号　CN 53-0001",
        "邮发代号　63-1　　云川日报网　www.ycrb.cn",
        "“以旧换新”带旺春季消费市场",
        "本报记者　许晨",
        "今年以来，我省持续实",
        "施消费品以旧换新政策，前",
        "两个月带动销售额38亿元。",
    )
    (art,) = arts
    assert art.kicker is None and art.page_banner is None


def test_a_signed_head_under_a_bracketed_label_is_no_quote() -> None:
    (art,) = tight_articles(
        "评论",
        "2026年5月22日　星期五",
        "第9版",
        "【今日谈】",
        "小切口推动大变化",
        "文／沈一帆",
        "老旧小区加装电梯，",
        "一部电梯连着几十户人家",
        "的出行。实践证明，以小切",
        "口推动大变化，民生才能更",
        "加殷实。",
    )
    assert (art.column, art.title, art.pull_quote) == ("今日谈", "小切口推动大变化", None)


def test_an_ornament_label_over_a_byline_and_a_head() -> None:
    (art,) = tight_articles(
        *FOLIO,
        "●聚焦两会●",
        "本报记者　林晓燕",
        "代表委员履职故事",
        "把群众的“小心愿”带上会",
        "“今年我带来了一份关于",
        "农村养老服务的建议。”3月11",
        "日，省人大代表、柳溪县村",
        "党支部书记李红说。",
    )
    assert art.column == "聚焦两会" and art.title == "把群众的“小心愿”带上会"


def test_a_closing_byline_after_a_quote_box_and_a_short_piece_signs_the_story_above() -> None:
    arts = tight_articles(
        *FOLIO,
        "百川物流加码智慧仓储网络",
        "百川物流集团日前发布的年报显示，集团去年实现营业收",
        "入1036亿元，同比增长11.4%，首次突破千亿元。",
        "“物流行业的竞争，已经从拼价格转向拼效率、拼服务。”他",
        "说。",
        "【观点】",
        "物流行业的竞争，已经从拼价格转向拼效率、拼服务。",
        "在国际业务方面，集团去年新开通至中亚、中东欧的跨境",
        "陆运线路9条，国际物流收入同比增长36%。",
        "本报记者　蔡文静",
        "光伏企业加快出清落后产能",
        "在经历了近两年的价格深度调整后，光伏行业正迎来产",
        "能出清的关键期，行业龙头亏损面明显收窄。",
        "●观点",
        "行业只有把无序竞争降下来，才能走出周期低谷。",
        "业内人士认为，行业只有把无序竞争降下来，才能走出周",
        "期低谷，今年转换效率有望突破26%。",
        "本报记者　石磊",
    )
    first = _by_title(arts)["百川物流加码智慧仓储网络"]
    assert first.authors == ["蔡文静"] and first.body.endswith("国际物流收入同比增长36%。")


def test_a_piece_opening_inside_a_sentence_goes_on_from_the_piece_that_broke_it_off() -> None:
    # devpages cpc-12-01 (pdfminer): ``…战略步骤和方针`` (untitled), the title over ``我们党和国家的各级…`` and its
    # note, then ``政策。党中央坚决相信，…`` (untitled, its first line full): before, the third piece stood alone as
    # an untitled article; after, it goes on from the first (``sentencechains.sentence_pieces``), in chain order
    from helpers import devpage

    gold, articles = devpage("pdfminer", "cpc-12-01")
    (art,) = [a for a in articles if a.title == "历史性的转变和新的伟大任务"]
    assert "战略步骤和方针政策。党中央坚决相信" in art.body.replace("\n", "")
    assert art.title in [g["title"] for g in gold]
    assert "" not in [a.title for a in articles]
