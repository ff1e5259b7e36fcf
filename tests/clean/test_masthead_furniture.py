"""Page furniture of a daily's masthead, footer, guide box and charts (``textclean.clean.masthead``,
``textclean.clean.guidebox``, ``textclean.clean.charts``, ``textclean.clean.furniture``): the paper's name, a footer of
editor credits printed with colons, a weekly's folio line with its 版次 first, jump lines, a guide box, a chart's lines
and photo credits set without a space are in no article's field; the page's name (版名) read with them is the
banner."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.charts import chart_lines
from textclean.clean.furniture import caption_lines, date_line_top, is_date_line
from textclean.clean.guidebox import guide_box_lines
from textclean.clean.masthead import paper_name_lines
from textclean.models import Line

BODY = (
    "按照一九五八年发展国民经济的主要任务，在投资",
    "的分配上，增加了农业部门特别是水利建设部门的",
    "投资，增加了重工业部门的投资。",
)
FOOTER = "责任编辑：田熠　　版式设计：石曜　　校对：胡昀"


def lines_of(*texts: str) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts)]


def test_the_papers_name_in_the_masthead_is_no_banner_and_the_page_name_is() -> None:
    (piece,) = tight_articles("东海日报", "城市·民生", "2026年5月4日 星期日 第2版", FOOTER, "关于基本建设", *BODY)
    assert (piece.page_banner, piece.column, piece.kicker, piece.title) == ("城市·民生", None, None, "关于基本建设")
    assert date_line_top(lines_of("2026年5月4日 星期日 第2版", "城市·民生", "东海日报", "关于基本建设")) == 1


def test_a_papers_name_without_a_date_line_or_with_more_words_stays() -> None:
    assert paper_name_lines(["东海日报", "关于基本建设"], set()) == set()
    assert paper_name_lines(["东海日报评论员文章", "东海日报记者 胡昀"], {5}) == set()


def test_a_footer_of_editor_credits_with_colons_is_no_part_of_the_title() -> None:
    (piece,) = tight_articles("城市·民生", "2026年5月4日 星期日 第2版", "关于基本建设", *BODY, FOOTER)
    assert (piece.title, "".join(b.text for b in piece.blocks)) == ("关于基本建设", "".join(BODY))
    assert is_date_line(FOOTER) and is_date_line("第14版　2026年2月9日 星期四")
    # negative: a sentence naming the roles, or a role run on to words, is no footer
    assert not is_date_line("责任编辑：要把好每一道关，") and not is_date_line("校对：版式设计的工作要细致")
    assert not is_date_line("版式设计")


def test_a_jump_line_is_no_kicker_of_the_headline_under_it() -> None:
    other = ("今年春耕以来，全省农机合作社统一组织机耕机播，", "粮食播种面积稳中有增，夏粮长势总体良好。")
    top = ("城市·民生", "2026年5月4日 星期日 第2版", "关于基本建设", "本报记者 胡昀镛")
    first, second = tight_articles(*top, *BODY, "（下转第3版）", "关于农业生产", "本报记者 田熠", *other)
    assert (first.title, second.title, second.kicker) == ("关于基本建设", "关于农业生产", None)


def test_a_charts_labels_unit_and_source_are_dropped() -> None:
    chart = ("单位：%", "5.6", "2020", "9.7", "2021", "数据来源：国家统计局")
    (piece,) = tight_articles("城市·民生", "2026年5月4日 星期日 第2版", "关于基本建设", *BODY[:2], *chart, BODY[2])
    assert (piece.title, "".join(b.text for b in piece.blocks)) == ("关于基本建设", "".join(BODY))
    # negative: a body line over the chart, a bare 来源 line, or a label read apart (a blank line between) stays
    assert chart_lines(lines_of(BODY[2], "5.6", "数据来源：国家统计局")) == {1, 2}
    assert chart_lines(lines_of("来源：人民网", "关于基本建设")) == set()
    assert chart_lines(lines_of("经济热点", "2020", "", "9.7", "数据来源：国家统计局")) == {3, 4}


def test_photo_credits_run_on_wrapped_or_alone_are_captions() -> None:
    caption = ["▲社区的城市书房里，读者正在安静阅读。　本报记者 胡昀摄", "图为孩子们在博物馆里参观。　石曜", "摄"]
    assert caption_lines([*caption, "（受访者供图）", "田熠 摄", "资料图片"]) == {0, 1, 2, 3, 4, 5}
    # negative: body lines with 摄 or a credit word run on stay
    assert caption_lines(["我们。他说要拍摄", "记者随后赶到现场拍摄", "他说：“要拍摄。”"]) == set()


def test_a_guide_box_is_no_article_and_the_headline_under_it_heads_the_story() -> None:
    box = ("本报今日导读", "▶ 春耕生产全面铺开", "（第11版）", "● 新学期　新气象　5", "5版　职业教育助力学子成", "才")
    (piece,) = tight_articles("城市·民生", "2026年5月4日 星期日 第2版", *box, "关于基本建设", "本报记者 胡昀镛", *BODY)
    assert (piece.title, piece.kicker, piece.authors) == ("关于基本建设", None, ["胡昀镛"])
    assert "".join(b.text for b in piece.blocks) == "".join(BODY)
    # negative: a head with no entry under it, or a line naming 导读, stays
    assert guide_box_lines(["导读", "关于基本建设", *BODY]) == set()
    assert guide_box_lines(["导读栏目", "▶ 春耕生产全面铺开（第11版）"]) == set()
