"""Head stacks of an economy page (``textclean.clean.restatedbox.label_over_byline``,
``textclean.clean.clausekickers.kicker_over_halves``): a marked label over a byline is the column, not an empty pull
quote; a line over a headline already in two halves is its kicker, not a third half."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.chardata import text_width
from textclean.clean.restatedbox import set_label_roles
from textclean.clean.roles import Item

TOP = ("财经市场", "2026年3月31日　星期二", "本版责任编辑：任晓晨")
BODY = (
    "国家统计局3月9日发布数据，2月份，全国居民消费价",
    "格指数同比上涨0.7%，环比上涨0.2%。工业生产者出厂价",
    "格指数同比下降2.2%，降幅比上月收窄0.3个百分点。",
    "国家统计局城市司首席统计师表示，春节错月等因素",
    "带动服务价格上涨，居民消费价格温和回升。",
)


def test_a_marked_label_over_a_byline_is_the_column() -> None:
    (art,) = tight_articles(*TOP, "【市场观察】", "本报记者　陈立新", "居民消费价格温和回升", *BODY)
    assert (art.column, art.title, art.authors, art.pull_quote) == (
        "市场观察",
        "居民消费价格温和回升",
        ["陈立新"],
        None,
    )


def test_a_quote_marker_or_a_marker_over_running_text_stays_a_marker() -> None:
    # negative: ●观点 over a byline (the quote's word), a label over a byline and running text
    def roles(*texts: str) -> list[str]:
        items = [Item(0, t, t, text_width(t), False, False) for t in texts]
        set_label_roles(items)
        return [it.role for it in items]

    assert roles("●观点", "本报记者　陈立新", "居民消费价格温和回升")[0] == "marker"
    assert roles("■声音", "本报记者　陈立新", "今年以来，全市新增就业岗位")[0] == "marker"
    assert roles("■专家视点", "文／熊立平", "防范化解地方债务风险需标本兼治")[0] == "column"


def test_a_line_over_a_title_in_two_halves_is_its_kicker() -> None:
    head = ("●数据发布●", "国家统计局发布2月份数据", "CPI同比上涨0.7%　PPI降幅收窄", "新华社记者　魏玉坤")
    (art,) = tight_articles(*TOP, *head, *BODY)
    assert (art.column, art.kicker, art.title) == ("数据发布", "国家统计局发布2月份数据", "CPI同比上涨0.7% PPI降幅收窄")


def test_a_short_name_led_in_with_a_colon_heads_the_story() -> None:
    head = ("●区域经济●", "本报记者　潘建国", "浙江义乌：", "“世界超市”跨境电商交易额突破两千亿元")
    (art,) = tight_articles(*TOP, *head, *BODY)
    assert art.column == "区域经济" and art.title.endswith("“世界超市”跨境电商交易额突破两千亿元")
    assert art.authors == ["潘建国"] and art.blocks[0].text.startswith("国家统计局3月9日")
    # negative: a speaker's run-in line, or a short lead over a clause, is running text
    (art,) = tight_articles(*TOP, "●区域经济●", "居民消费价格温和回升", "记者：", "今年消费市场有哪些新特点？", *BODY)
    assert art.kicker is None and "记者：" in art.blocks[0].text


def test_a_short_pull_quote_printed_twice_is_the_quote() -> None:
    from textclean.clean.quotetwice import quote_printed_twice
    from textclean.models import Article, Block

    quote = "作风建设永远在路上。"
    blocks = [Block("paragraph", "本报讯　全省作风建设大会召开。"), Block("paragraph", quote)]
    blocks.append(Block("paragraph", "会议指出，" + quote + "要以钉钉子精神抓落实。"))
    art = quote_printed_twice(Article("a", "s", "h", "题", blocks, []))
    assert art.pull_quote == quote and len(art.blocks) == 2
    # negative: a shorter refrain said again stays in the text
    short = [blocks[0], Block("paragraph", "我们一定能做到。"), Block("paragraph", "他说：我们一定能做到。")]
    assert quote_printed_twice(Article("a", "s", "h", "题", short, [])).pull_quote is None
