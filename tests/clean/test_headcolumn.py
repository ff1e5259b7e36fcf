"""The next article's first column, read before its head stack, moved after that head (headcolumn.py)."""

from textclean.clean.headcolumn import column_before_head
from textclean.clean.roles import Element, Item

ABOVE = ("甲乙丙丁戊己庚辛壬癸子丑寅卯戊",) * 5  # (15 em: the article above's column)
COLUMN = ("甲乙丙丁戊己庚辛壬癸子丑寅卯",) * 4  # (14 em: the next article's)


def body(*texts: str) -> Element:
    return Element("body", [Item(k, t, t, float(len(t)), True, True) for k, t in enumerate(texts)])


def head(title: str) -> list[Element]:
    return [Element("title", [], title), Element("byline", [], "记者 甲乙")]


def kinds_sizes(elements: list[Element]) -> list[tuple[str, int]]:
    return [(e.kind, len(e.items)) for e in elements]


def test_a_column_read_before_its_head_moves_after_it() -> None:
    # ``…吨。`` ends the article above (15 em); the 14 em column under it breaks off in ``…占总装机的比`` before the
    # next article's head stack, and the text after the head finishes the word (``重超过…``: 比重)
    column = body(*ABOVE, "甲乙丙丁吨。", "广东新型储能装机规模突破", *COLUMN, "量达245亿千瓦，占总装机的比")
    after = body("重超过8.1%。迎峰度冬期间，电网", *COLUMN, "甲乙。")
    out = column_before_head([*head("海铁联运"), column, *head("新型储能驶入快车道"), after])
    assert kinds_sizes(out) == [("title", 0), ("byline", 0), ("body", 6), ("title", 0), ("byline", 0), ("body", 12)]
    assert out[-1].items[0].text == "广东新型储能装机规模突破"
    # negative: the text after the head opens no word the column broke off (``…的比`` / ``超过…``)
    other = body("超过8.1%。迎峰度冬期间，电网最高", *COLUMN, "甲乙。")
    assert kinds_sizes(column_before_head([*head("海铁联运"), column, *head("新型储能"), other]))[2] == ("body", 12)
    # negative: the body above has no title of its own (drafts.body_drafts joins it across the head)
    assert kinds_sizes(column_before_head([column, *head("新型储能"), after]))[0] == ("body", 12)
    # negative: one measure throughout (no column of the next article's measure to tell where it starts)
    same = body(*COLUMN, "甲乙丙丁吨。", "广东新型储能装机规模突破", *COLUMN, "量达245亿千瓦，占总装机的比")
    assert kinds_sizes(column_before_head([*head("海铁联运"), same, *head("新型储能"), after]))[2] == ("body", 11)


def test_a_story_read_across_another_heads_head_keeps_its_column_when_that_story_opens_further_on() -> None:
    # the column above breaks off in a word the text after the head finishes, but that text goes on from the story
    # above: the head's own story opens further on, at its dateline (review: a story jumping across another's head)
    column = body(*ABOVE, "甲乙丙丁吨。", "广东新型储能装机规模突破", *COLUMN, "量达245亿千瓦，占总装机的比")
    after = body("重超过8.1%。迎峰度冬期间，电网", *COLUMN, "甲乙。", "本报讯\u3000日前，市文化馆举办的非遗", *COLUMN)
    out = column_before_head([*head("海铁联运"), column, *head("新型储能驶入快车道"), after])
    assert kinds_sizes(out)[2] == ("body", 12)
    assert out[-1].items[0].text.startswith("重超过")
