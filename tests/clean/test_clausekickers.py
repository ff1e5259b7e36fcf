"""A clause over a statement on a news page is a kicker over its title, not a two-part headline
(``textclean.clean.clausekickers``)."""

from __future__ import annotations

from textclean import clean_page

BODY = (
    "本报讯（记者 王明）今年以来，全省跨境电商",
    "交易额持续攀升，海外仓布局不断完善，外贸",
    "企业订单饱满，进出口总值同比增长两成，开",
    "放型经济发展势头良好。",
)

NEWS = (
    "春耕生产进展顺利",
    "本报讯（记者 李华）连日来，各地抢抓农时，",
    "组织农机手下田作业，农资供应充足，春耕生",
    "产进展顺利，田间地头一派繁忙景象。",
    "文旅消费热度攀升",
    "本报讯（记者 赵强）假期里，各地景区游人如",
    "织，博物馆、美术馆里人头攒动，文旅市场活",
    "力十足，消费热度持续攀升。",
    "城乡居民收入稳步增长",
    "本报讯（记者 孙丽）统计显示，一季度全省城",
    "乡居民人均可支配收入稳步增长，农村居民收",
    "入增速快于城镇居民。",
)

REPORT = (
    "加快发展现代农业",
    "本报讯（记者 李华）要稳定粮食生产，加强农",
    "田水利建设，推进农业科技进步，促进农民持",
    "续增收，巩固和加强农业基础地位。",
    "扩大国内有效需求",
    "本报讯（记者 赵强）要坚持扩大内需战略，增",
    "强消费对经济发展的基础性作用，发挥投资对",
    "优化供给结构的关键作用。",
)


def _head(lines: tuple[str, ...], rest: tuple[str, ...]) -> tuple[str | None, str | None]:
    # PyMuPDF's text: no blank line anywhere; the head over BODY first, two more stories after it
    text = "\n".join(("要闻", *lines, *BODY, *rest)) + "\n"
    a = clean_page("p.txt", text.encode("utf-8")).articles[0]
    return a.kicker, a.title


def test_a_clause_over_a_statement_on_a_news_page_is_its_kicker() -> None:
    # ``推进高水平对外开放`` / ``跨境电商跑出加速度`` were joined as one two-part title
    assert _head(("推进高水平对外开放", "跨境电商跑出加速度"), NEWS) == ("推进高水平对外开放", "跨境电商跑出加速度")


def test_a_clause_over_a_wrapped_statement_on_a_news_page_is_its_kicker() -> None:
    # the title wrapped under its kicker at the kicker's measure (``企业开办“一日办`` / ``结”``)
    got = _head(("打造一流营商环境", "企业开办“一日办", "结”"), NEWS)
    assert got == ("打造一流营商环境", "企业开办“一日办结”")


def test_two_clauses_on_a_news_page_stay_one_two_part_title() -> None:
    # negative: both halves open with their verbs
    assert _head(("优化营商环境", "激发市场活力"), NEWS) == (None, "优化营商环境 激发市场活力")


def test_a_clause_over_a_line_opening_with_an_unclassed_verb_on_a_report_page_stays_one_title() -> None:
    # negative: the page's headlines are clauses (a report's), ``健全`` is no verb by jieba's classes
    got = _head(("完善基本经济制度", "健全现代市场体系"), REPORT)
    assert got == (None, "完善基本经济制度 健全现代市场体系")


def test_a_quoted_word_wrapped_under_a_clause_on_a_news_page_stays_its_end() -> None:
    # negative: ``扩大内需要抓住消费这个`` / ``“牛鼻子”`` is one headline wrapped before its quoted word
    kicker, title = _head(("扩大内需要抓住消费这个", "“牛鼻子”"), NEWS)
    assert (kicker, (title or "").replace(" ", "")) == (None, "扩大内需要抓住消费这个“牛鼻子”")


MEETING = (
    "本报讯（记者 王明）省政府日前召开常务会",
    "议，会议强调，要坚持稳中求进工作总基调，",
    "稳住经济基本盘，常务会议还研究了近期重点",
    "工作，部署稳中求进的各项举措。",
)


def test_a_clause_over_a_statement_both_naming_the_body_is_still_kicker_and_title() -> None:
    # the body says the kicker's words too (``坚持稳中求进工作总基调``): by the body they were one two-part title
    head = ("坚持稳中求进工作总基调", "省政府召开常务会议")
    text = "\n".join(("要闻", *NEWS[:4], *head, *MEETING, *NEWS[4:])) + "\n"
    story = clean_page("p.txt", text.encode("utf-8")).articles[1]
    assert (story.kicker, story.title) == head


def _one_title(lines: tuple[str, ...]) -> tuple[str | None, str]:
    kicker, title = _head(lines, NEWS)
    return kicker, (title or "").replace(" ", "")


def test_a_headline_wrapped_before_a_verbal_noun_on_a_news_page_stays_one_title() -> None:
    # negative: ``现代化`` opens no statement but goes on from the line above (it was split as kicker and title)
    assert _one_title(("加快推进农业农村", "现代化建设步伐")) == (None, "加快推进农业农村现代化建设步伐")


def test_a_three_line_headline_wrapped_at_its_measure_on_a_news_page_stays_one_title() -> None:
    # negative: ``综合试验区和海外仓`` / ``服务体系`` goes on from ``加快建设跨境电商`` (it was kicker and title)
    got = _one_title(("加快建设跨境电商", "综合试验区和海外仓", "服务体系"))
    assert got == (None, "加快建设跨境电商综合试验区和海外仓服务体系")


def test_two_clauses_the_lower_opening_with_a_verbal_noun_stay_one_two_part_title() -> None:
    # negative: ``优化`` is a verbal noun by jieba's classes, the lower half a clause all the same
    assert _one_title(("激发市场活力", "优化营商环境")) == (None, "激发市场活力优化营商环境")


def test_a_name_jieba_lacks_opens_a_statement_not_a_slogan() -> None:
    # negative: ``习`` is a verb by its tag, ``习近平`` a name: a statement over a statement, a two-part headline
    got = _one_title(("习近平同马克龙举行会谈", "中法关系迈入新的甲子"))
    assert got == (None, "习近平同马克龙举行会谈中法关系迈入新的甲子")


def test_a_pronoun_opens_a_statement_not_a_slogan() -> None:
    # negative: ``各地`` is the subject of the upper half, no kicker's verb
    got = _one_title(("各地多措并举稳就业", "高校毕业生就业形势总体稳定"))
    assert got == (None, "各地多措并举稳就业高校毕业生就业形势总体稳定")


def test_a_verb_and_its_complement_cut_as_two_characters_still_open_a_slogan() -> None:
    # ``打``/``好`` are two one-character words: a name jieba lacks runs to three (``习``/``近``/``平``)
    assert _head(("打好外贸“组合拳”", "跨境电商交易额增长两成"), NEWS) == ("打好外贸“组合拳”", "跨境电商交易额增长两成")
