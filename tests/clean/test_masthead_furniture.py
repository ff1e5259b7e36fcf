"""Page furniture of a daily's masthead, footer, guide box and charts (``textclean.clean.masthead``,
``textclean.clean.guidebox``, ``textclean.clean.charts``, ``textclean.clean.furniture``): the paper's name, a footer of
editor credits printed with colons, a weekly's folio line with its 版次 first, jump lines, a guide box, a chart's lines
and photo credits set without a space are in no article's field; the page's name (版名) read with them is the
banner."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.captions import caption_lines
from textclean.clean.charts import chart_lines
from textclean.clean.furniture import date_line_top, is_date_line
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


def test_a_name_ending_like_a_papers_under_the_masthead_or_in_a_body_stays() -> None:
    body = ("本报讯（记者 胡昀）每周五下午，实验小学的小记者们", "聚在一起采访写稿，编写自己的周报。")
    (piece,) = tight_articles("2026年4月19日 星期日 第6版", "教育", "", "小记者办周报", *body)
    # (a two-character name read right after the whole date line is the page's name: furniture.name_after_date_line)
    assert (piece.title, piece.page_banner) == ("小记者办周报", "教育")
    top = ("2026年4月19日 星期日 第6版", "教育", "关于安全生产")
    (piece,) = tight_articles(
        *top, "本报讯（记者 胡昀）发现隐患后，", "要第一时间向有关", "部门及时报", "告，并做好记录。"
    )
    assert "部门及时报告" in "".join(b.text for b in piece.blocks)
    # positive: the paper's name read with the date line at the page's top goes
    assert paper_name_lines(["东海日报", "教育", "2026年4月19日 星期日", "关于基本建设"], {2}) == {0}
    # positive: read under a front page's guide box (not counted), or a few lines off the date line (pdftotext)
    front = [
        "要闻",
        "2026年4月19日 星期日",
        "导读",
        "▶ 春耕忙（第2版）",
        "▶ 新学期（第3版）",
        "▶ 外贸（第4版）",
        "东海日报",
    ]
    assert paper_name_lines(front, {1}, frozenset({2, 3, 4, 5})) == {6}
    assert paper_name_lines(["东海日报", "关于基本建设", "——答记者问", "教育", "2026年4月19日 星期日"], {4}) == {0}
    # negative: a headline over its subtitle under the masthead
    assert paper_name_lines(["2026年4月19日 星期日", "教育", "小记者办周报", "——孩子们的新闻课"], {0}) == set()


def test_a_closed_guide_entry_takes_no_tail_and_a_bullet_without_a_page_is_no_entry() -> None:
    box = ("今日导读", "▶ 外贸“开门红”成色足（第4版）", "▶ 新学期 新气象　5")
    (piece,) = tight_articles("城市·民生", "2026年5月4日 星期日 第2版", *box, "春耕忙", "本报记者 胡昀镛", *BODY)
    assert (piece.title, "".join(b.text for b in piece.blocks)) == ("春耕忙", "".join(BODY))
    brief = ("导读", "● 外贸开门红成色足　4", "● 全民健身月启动", "　　本报讯 昨日，全民健身月活动启动，")
    assert guide_box_lines([*brief, "全市各区同步开展。"]) == {0, 1}
    # positive: a bullet-led entry whose page is printed on its wrapped tail is the box's
    assert guide_box_lines(["导读", "● 外贸开门红成色", "足（第4版）", "春耕忙"]) == {0, 1, 2}


def test_a_body_line_ending_in_a_bare_file_photo_mark_is_no_caption() -> None:
    text = (
        "关于基本建设",
        "本报讯（记者 胡昀）昨日，老照片展开幕。",
        "展览分为三个部分。现场展出资料图片",
        "200余幅，吸引市民参观。",
    )
    (piece,) = tight_articles(*text)
    assert "现场展出资料图片200余幅" in "".join(b.text for b in piece.blocks)
    # positive: the mark in brackets closing a caption, or bare on a line of its own, is a credit
    assert caption_lines(["图为老照片展的展厅。（资料图片）", "资料图片", "受访者供图"]) == {0, 1, 2}
    assert caption_lines(["村民在大棚里采摘蔬菜。\u3000资料图片", "图为科研人员调试设备。", "资料图片"]) == {0, 1, 2}
