"""A headline line ending on a year, the copula or an open adverb goes on in the line under it (dangling.ends_on_year,
wrapped.left_open; dangling.modifier_wraps, wrapped.wrapped_halves); a kicker ending on a complete phrase does not."""

import pytest

from textclean import clean_page
from textclean.clean.dangling import ends_on_modifier
from textclean.clean.layout import page_elements
from textclean.clean.page import read_page

BODY = [
    "各方面取得了巨大的成績。我们的工作是有成绩的，",
    "也有一些缺点和错误。在党和政府的领导下，全国",
    "人民团结一致，克服了各种困难，完成了各项任务。",
    "今后我们还要继续努力，争取更大的胜利和成绩。",
]


def _heads(head: list[str]) -> list[tuple[str, str]]:
    page = read_page("p.txt", "\n".join([*head, *BODY, ""]).encode())
    return [(e.kind, e.text) for e in page_elements(page.lines) if e.kind != "body"]


def test_a_subtitle_wrapped_after_its_year_is_one_subtitle() -> None:
    heads = _heads(["关于社", "会主义", "革命", "——解读1957年", "政府工作报告", "邵潇骐"])
    assert ("subtitle", "——解读1957年政府工作报告") in heads
    assert ("title", "政府工作报告") not in heads


def test_a_subtitle_ending_on_its_own_words_keeps_the_title_under_it() -> None:
    heads = _heads(["关于社", "会主义", "革命", "——解读1957年报告", "政府工作报告", "邵潇骐"])
    assert ("subtitle", "——解读1957年报告政府工作报告") not in heads


def test_a_title_wrapped_after_an_adverb_is_one_title() -> None:
    heads = _heads(["城市观察", "停车收费要“透明”更", "要“合理”", "邵潇骐"])
    assert ("title", "停车收费要“透明”更要“合理”") in heads  # (one clause: no halves' space)


def test_a_title_wrapped_after_its_copula_is_one_title() -> None:
    heads = _heads(["城市观察", "网购“低价”往往是", "个“陷阱”", "邵潇骐"])
    assert ("title", "网购“低价”往往是个“陷阱”") in heads


def test_a_line_ending_on_a_word_or_a_negation_is_no_open_end() -> None:
    assert not ends_on_modifier("坚持到底")  # (an adverb of two characters ends a phrase)
    assert not ends_on_modifier("敢于说不")
    assert not ends_on_modifier("登记事项变更")
    assert ends_on_modifier("改革步子要更")


#: Titles wrapped after 是, an adverb of the closed set or a correlative pair's second adverb: one title.
WRAPPED_TITLES = [
    ("课后服务要“提质”更", "要“减负”"),
    ("交通大动脉越织越", "密"),
    ("绿色转型既要积极又", "要稳妥"),
]
#: Kickers ending on a complete phrase whose last character jieba cuts alone as an adverb (``之|都``, ``一|绝``,
#: ``国|是``): kicker and title, never one title (reviewer CS's pairs).
KICKERS_OVER_TITLES = [
    ("哈尔滨全力打造国际冰雪之都", "冰城迎来旅游热"),
    ("老字号的糕点手艺堪称一绝", "百年老店焕新颜"),
    ("代表委员畅谈国是", "凝心聚力谋发展"),
    ("两会时间·代表委员心系国是", "民生实事暖人心"),
    ("全民阅读活动月与春天有约", "书香飘满城"),
    ("以严的基调营造风清气正", "纪检监察工作综述"),
    ("山区孩子的航天梦想成真", "走进发射场"),
    ("勇立潮头敢为人先", "特区四十年"),
    ("关键时刻党员先", "抗洪一线党旗红"),
]


@pytest.mark.parametrize(("upper", "lower"), WRAPPED_TITLES)
def test_a_title_wrapped_after_an_open_adverb_is_one_title(upper: str, lower: str) -> None:
    assert ("title", upper + lower) in _heads([upper, lower, "邵潇骐"])


@pytest.mark.parametrize(("upper", "lower"), KICKERS_OVER_TITLES)
@pytest.mark.parametrize("label", [[], ["城市观察"]])
def test_a_kicker_ending_on_a_complete_phrase_stays_apart(label: list[str], upper: str, lower: str) -> None:
    titles = [t for k, t in _heads([*label, upper, lower, "邵潇骐"]) if k == "title"]
    assert upper + lower not in titles


def test_a_copula_wrapped_over_a_wider_line_stays_apart() -> None:
    heads = _heads(["好老师是", "学校最好的名片", "邵潇骐"])  # (the lower line is wider: a head over its title)
    assert ("title", "好老师是学校最好的名片") not in heads


def test_a_kicker_over_its_title_on_a_page() -> None:
    text = "\n".join(
        ["2026年1月8日　星期四", "第5版", "哈尔滨全力打造国际冰雪之都", "冰城迎来旅游热", "本报记者 王明远", *BODY, ""]
    )
    for page in (text, text.replace("\n", "\n\n")):  # (PyMuPDF, pdfminer)
        (article,) = clean_page("p.txt", page.encode()).articles
        assert (article.kicker, article.title) == ("哈尔滨全力打造国际冰雪之都", "冰城迎来旅游热")
