"""A headline set apart (blank lines around it) beside rows of narrow columns keeps whole: its halves are as wide
as the narrow columns' lines, but pdftotext prints those rows tight (rowmeasures.apart_from_rows)."""

from textclean.clean.joinedrows import column_parts, split_joined_rows
from textclean.clean.roles import make_items
from textclean.models import Line

#: Under a page's banner (pdftotext, lay16 op-48): rows of six 5- and 6-em columns, printed tight,
#: and a story of 8-em columns below.
PAGE = [
    "",
    "倾听群众呼声 回应社会关切",
    "",
    "科 技 是 的 必 然 选 距。要建立 需求。要支 77%，企业 事 者 有 机",
    "第 一 生 产 择。",
    "稳定支持与 持龙头企业 正在成为名 会、干成事",
    "力，创新是 ■ 强化基础 竞争性支持 牵头组建创 副其实的创 者有激励；",
    "第一动力。 研究的源头 相协调的投 新联合体， 新主体。 要加强知识",
    "当前，新一 供给",
    "入机制，鼓 承担国家重 ■ 营造良好 产权保护，",
    "轮科技革命 基 础 研 励科研人员 大 科 技 项 创新生态 让创新成果",
    "和产业变革 究是整个科 “十年磨一 目；完善研 创 新 离 得到应有回",
    "深入发展， 学体系的源 剑”，在原创 发费用加计 不开良好的 报；要弘扬",
    "科技创新已 头。我国基 性、引领性 扣 除 等 政 制度环境。 科 学 家 精",
    "成为国际战 础研究投入 成果上实现 策，让中小 要深化科技 神，营造鼓",
    "略博弈的主 占研发经费 更多突破。 企业敢于投 评价改革， 励探索、宽",
    "要战场。实 的比重已由 ■ 突出企业 入研发。据 破除“唯论 容失败的社",
    "现高水平科 过去的5%左 科技创新主 统计，企业 文 、 唯 职 会氛围。",
    "技 自 立 自 右 提 高 到 体地位",
    "研发投入占 称 、 唯 学 （作者系",
    "强，是把握 6.9%，但与 企 业 最 全社会研发 历 、 唯 奖 云岭科技大学",
    "发展主动权 创新型国家 贴近市场， 投入的比重 项”，让能干 科技战略研究",
    "院研究员）",
    "相比仍有差 最了解技术 已 超 过",
    "",
    "青年人才要“引得来”更要“留得住” 生态产品价值实现的路径探索",
    "——以南方某山区县为例",
    "观察者说",
    "",
    "每到毕业季， 平的晋升通道，租 “住”的难题；可 ◎ 黄志强 李婉清",
    "各地纷纷推出人才 房是否便利，通勤 以搭建青年创新创 绿水青山就是 ◆ 摸清家底，开展 ◆ 创新机制，推动",
    "新政，住房补贴、 是否顺畅，孩子能 业平台，为他们提 金山银山。如何把 生态产品价值核算 生态资源市场化交",
    "生活补助、落户便 否上好学校，这些 供 施 展 才 华 的 舞 生态优势转化为发 2024年起，该 易",
    "利等政策一个比一 都是青年人才认真 台；还可以丰富城 展优势，是山区县 县委托科研机构对 该县探索设立",
    "个 有 吸 引 力 。 不 掂量的问题。",
    "市文化生活，增强 普遍面临的课题。 全县森林、湿地、 “生态资源收储中",
    "过，一些地方也出",
    "青年人的归属感。 笔者近期在南方某 河流等生态系统开 心”，将零散的山",
    "城市之间的人才竞",
    "现了“来得快、走 争，正在从拼补贴 留住人才，就 山区县调研发现， 展价值核算，测算 林、闲置农房等资",
    "得也快”的现象： 转向拼环境、拼生 是 留 住 城 市 的 未 当地森林覆盖率达 出生态系统生产总 源集中收储、整体",
    "补贴发放完毕，人 态。",
    "来 。 以 真 心 换 真 78.3%，但长期以 值约为地区生产总 打包，再引入社会",
    "才随之流失。",
    "心，青年人才自然 来“守着金饭碗过 值的4.6倍。核算结 资 本 开 发 森 林 康",
    "人才是否愿意 因此，引才政 会把这里当成“第 穷日子”，生态价值 果不仅让干部群众 养、精品民宿等项",
    "对“绿色家底”有 目。村集体以资源",
    "留下来，最终看的 策应从“一次性补 二故乡”。",
    "难以变现。",
    "（吴昊）",
]


def _texts(lines: list[str]) -> list[str]:
    return [it.text for it in split_joined_rows(make_items([Line(i, t) for i, t in enumerate(lines)]))]


def test_a_two_part_headline_set_apart_beside_narrow_rows_stays_whole() -> None:
    assert "倾听群众呼声 回应社会关切" in _texts(PAGE)


def test_a_letter_spaced_kicker_set_apart_beside_narrow_rows_stays_whole() -> None:
    texts = _texts([PAGE[0], "记 者 手 记 让数据多跑路 群众少跑腿", *PAGE[2:]])
    assert not {"让数据多跑路", "群众少跑腿"} & set(texts)


def test_the_narrow_rows_set_tight_are_still_split() -> None:
    texts = _texts(PAGE)
    assert ["稳定支持与", "持龙头企业", "正在成为名", "会、干成事"] == texts[texts.index("稳定支持与") :][:4]


def test_a_page_of_narrow_rows_alone_is_read() -> None:
    """(narrow measures and no cell measure: mixed_rows is given none)"""
    texts = _texts(PAGE[3:9] * 2)
    assert ["稳定支持与", "持龙头企业", "正在成为名", "会、干成事"] == texts[texts.index("稳定支持与") :][:4]


def test_a_letter_spaced_kicker_before_a_headline_half_is_no_row() -> None:
    """(a run of 2 to 4 letter-spaced glyphs and no clause mark: no column line set loose)"""
    assert column_parts("一 线 视 角 聚焦基层治理", [5, 8, 6]) is None
    assert column_parts("春 风 十 里 不如你的笑容", [5, 8, 6]) is None
    assert column_parts("用 好 红 色 资 物背后的人物和细", [8]) == ["用 好 红 色 资", "物背后的人物和细"]
