"""A ``——`` subtitle wrapped in its head's measure: its short last line, read as a title between the subtitle and
the story, is the subtitle's end (bodyheads.subtitle_tails)."""

from helpers import tight_articles

from textclean.clean.bodyheads import subtitle_tail, subtitle_tails
from textclean.clean.chardata import text_width
from textclean.clean.roles import Element, Item

FIRST = (
    "科技周刊",
    "校园食堂迎来“明厨亮灶”",
    "本报记者 王明",
    "近日，全省市场监管部门启动校园食品安全专项检查，重点检查学校食堂和校园",
    "周边食品经营者，督促落实食品安全主体责任。",
)
STORY = (
    "近日，合肥市人民检察院依法对叶某等8人以涉嫌侵犯公民个人信息罪提起公诉。",
    "经查，2022年以来，叶某利用在某快递网点工作的便利，私自导出客户姓名、电话",
    "等信息，再通过网络出售给他人。",
)


def _el(kind: str, *texts: str, at: int = 0) -> Element:
    items = [Item(at + k, t, t, text_width(t), False, False, "text") for k, t in enumerate(texts)]
    return Element(kind, items, "".join(texts))  # type: ignore[arg-type]


BYLINE = _el("byline", "本报记者 王明")


def test_a_wrapped_subtitles_last_line_ends_the_subtitle_not_a_title() -> None:
    head = ("个人信息“裸奔”背后的", "黑色产业链", "——检察官提醒：快递单、证件照不要", "随意丢弃", "本报记者 李华")
    arts = tight_articles(*FIRST, *head, *STORY)
    art = next(a for a in arts if a.body.startswith("近日，合肥"))
    assert art.title == "个人信息“裸奔”背后的黑色产业链"
    assert art.subtitle == "检察官提醒：快递单、证件照不要随意丢弃"
    assert art.kicker is None


def test_the_tail_joins_the_subtitle_element() -> None:
    els = [_el("title", "产教融合让技", "能人才更吃香"), _el("subtitle", "——滁州职业技术学院与43家企业共建", at=2)]
    els += [_el("title", "产业学院", at=3), _el("body", "本报讯（记者 史晨敏）在滁州职业技术学院的", at=4)]
    assert [(e.kind, e.text) for e in subtitle_tails(els)][1:] == [
        ("subtitle", "——滁州职业技术学院与43家企业共建产业学院"),
        ("body", "本报讯（记者 史晨敏）在滁州职业技术学院的"),
    ]


def test_a_title_over_text_of_its_own_is_no_tail() -> None:
    head, sub = _el("title", "楼上扔下一只花盆", "法院判了"), _el("subtitle", "——男子从20楼扔花盆被判刑", at=2)
    assert not subtitle_tail(head, sub, [_el("title", "案情回顾", at=3), _el("body", "今年4月，刘某与家人", at=4)])
    dated = _el("body", "本报北京12月16日电　西安海关相关负责人", at=7)  # (a chart's unit and source dropped between)
    assert not subtitle_tail(head, sub, [_el("title", "制造业走势", at=3), dated])


def test_a_title_wider_than_the_subtitles_line_is_a_title_of_its_own() -> None:
    head, sub = _el("title", "一座小城的十年蜕变"), _el("subtitle", "——记者手记")
    assert not subtitle_tail(head, sub, [_el("title", "科技赋能乡村振兴"), BYLINE])


def test_a_title_over_another_head_is_the_next_storys() -> None:
    head, sub = _el("title", "一座小城的十年蜕变"), _el("subtitle", "——东津市基层治理见闻与思考")
    assert not subtitle_tail(head, sub, [_el("title", "短评"), _el("title", "一部电梯的协商")])
    assert not subtitle_tail(head, sub, [_el("title", "短评"), _el("column", "时评")])


def test_a_numbered_line_or_a_dateline_under_the_subtitle_is_no_tail() -> None:
    head, sub = _el("title", "高血压患者 吃盐有讲究"), _el("subtitle", "——我省成人高血压患病率约为27%左右")
    assert not subtitle_tail(head, sub, [_el("title", "（一）每天吃盐别超过5克"), BYLINE])
    assert not subtitle_tail(head, sub, [_el("title", "新华社上海1月24日电"), BYLINE])


def test_a_subtitle_with_no_title_over_it_takes_no_tail() -> None:
    sub = _el("subtitle", "——检察官提醒：快递单、证件照不要")
    assert not subtitle_tail(_el("body", "上一篇的正文。"), sub, [_el("title", "随意丢弃"), BYLINE])
    assert not subtitle_tail(None, sub, [_el("title", "随意丢弃"), BYLINE])


def test_a_title_as_wide_as_most_of_the_subtitles_line_is_a_title_of_its_own() -> None:
    head, sub = _el("title", "关于社会主义革命"), _el("subtitle", "——解读1957年报告")
    assert not subtitle_tail(head, sub, [_el("title", "政府工作报告"), BYLINE])


BANNER_STORY = ("本报记者 李华", *STORY)


def _story_head(*lines: str) -> tuple[str | None, str | None]:
    art = next(a for a in tight_articles(*FIRST, *lines, *BANNER_STORY) if a.body.startswith("近日，合肥"))
    return art.title, art.subtitle


def test_a_banners_complete_dash_line_over_the_first_storys_title_keeps_the_title() -> None:
    # a banner or kicker with its whole ``——`` line, the first story's own short title under it (review RI, F1)
    for banner, dash, title in (
        ("殷殷嘱托 催人奋进", "——习近平总书记考察湖南纪实", "幸福的笑脸"),
        ("新时代新征程新伟业", "——中国式现代化的生动实践", "江河安澜"),
        ("走基层 看变化", "——来自一线的蹲点调研报告", "山村的年味"),
        ("绿色发展在行动", "——沿黄生态保护系列报道之三", "绿色走廊"),
    ):
        assert _story_head(banner, dash, title) == (title, dash.lstrip("—")), dash


def test_a_source_or_an_attribution_under_a_head_takes_no_title() -> None:
    # a chart's source line, a quote's attribution: complete, whatever stands under them (review RI, F2, F3)
    for head, dash, title in (
        ("前三季度全国居民人均可支配收入", "——数据来源：国家统计局", "秋粮丰收"),
        ("人民对美好生活的向往，就是我们的奋斗目标", "——摘自习近平在中外记者见面会上的讲话", "民生无小事"),
    ):
        assert _story_head(head, dash, title)[0] == title, dash


def test_a_subtitle_runs_on_only_with_evidence_across_its_break() -> None:
    head = _el("title", "一座小城的十年蜕变")
    tails = {
        "——专家认为全年目标": "有望顺利实现",  # a predicate under its subject
        "——记者走访广西多家": "重点企业",  # a count wanting its noun
        "——读长篇小说《旧港": "边的人》",  # a bracket left open
    }
    for dash, tail in tails.items():
        assert subtitle_tail(head, _el("subtitle", dash), [_el("title", tail), BYLINE]), dash
    assert not subtitle_tail(head, _el("subtitle", "——聚焦2024年全国两会"), [_el("title", "创新"), BYLINE])
    assert not subtitle_tail(head, _el("subtitle", "——对话国家级非遗传承人"), [_el("title", "匠心"), BYLINE])
