"""A line of figures set tight under a headline of two lines is its subtitle, not its title under a kicker
(``textclean.clean.seriesheads.figures_under_headline``)."""

from __future__ import annotations

from textclean import clean_page

BODY = (
    "本报讯（记者 王明）今年以来，全省持续深化",
    "“放管服”改革，新设经营主体同比增长两成，",
    "企业开办时间压缩至一个工作日以内，群众和",
    "企业办事更加便捷高效，营商环境持续向好。",
)

MORE = (
    "春耕备耕有序推进",
    "本报讯（记者 李华）连日来，各地抢抓农时，",
    "组织农机手下田作业，农资供应充足，春耕生",
    "产进展顺利，田间地头一派繁忙景象。",
    "文旅消费持续升温",
    "本报讯（记者 赵强）假期里，各地景区游人如",
    "织，博物馆、美术馆里人头攒动，文旅市场活",
    "力十足，消费热度持续攀升。",
)


def _article(lines: tuple[str, ...]) -> tuple[str | None, str | None, str | None]:
    # PyMuPDF's text: no blank line anywhere; two more stories whose titles state no figure
    text = "\n".join(("要闻", *lines, *BODY, *MORE)) + "\n"
    a = clean_page("p.txt", text.encode("utf-8")).articles[0]
    return a.kicker, a.title, a.subtitle


def test_figures_under_a_two_line_headline_are_its_subtitle() -> None:
    # ``全省民营经济发展信心`` / ``持续增强`` over ``今年为企业减负超过254亿元`` were the kicker and the title
    got = _article(("全省民营经济发展信心", "持续增强", "今年为企业减负超过254亿元"))
    assert got[2] == "今年为企业减负超过254亿元"
    assert got[0] is None


def test_short_parallel_halves_over_a_wider_line_of_figures_stay_a_kicker_over_its_title() -> None:
    # a slogan kicker, ``奋进新征程`` / ``建功新时代``, was made a title over ``我省新增高新技术企业1200家``
    got = _article(("奋进新征程", "建功新时代", "我省新增高新技术企业1200家"))
    assert got == ("奋进新征程 建功新时代", "我省新增高新技术企业1200家", None)


def test_a_line_without_figures_under_a_two_line_headline_is_not_made_a_subtitle() -> None:
    # negative: no figure, no subtitle by this rule
    got = _article(("全省民营经济发展信心", "持续增强", "营商环境持续向好"))
    assert got[2] != "营商环境持续向好"


def test_a_dateline_a_date_or_a_caption_under_a_two_line_headline_is_no_subtitle_of_figures() -> None:
    # ``新华社长沙5月3日电``, ``5月3日``, ``5月3日，市民在城郊义务植树`` were made the headline's subtitle
    for line in ("新华社长沙5月3日电", "5月3日", "5月3日，市民在城郊义务植树"):
        got = _article(("全省春季植树造林工作", "全面启动", line))
        assert got[2] != line, line
