"""A label set over a head wrapped in a narrow box, as wide as the box's lines: the box breaks a word between its
own lines, the label breaks none into it, so the label is no first line of the title
(boxed.label_over_broken_box, asked by wrapped._label_over_box)."""

from helpers import tight_articles

from textclean.clean.boxed import label_over_broken_box
from textclean.clean.roles import Element, Item

FIRST = (
    "理论",
    "2026年9月15日　星期日",
    "把握文化传承发展的辩证法",
    "方鸣",
    "文化传承发展是一项系统工程，既要守正，也要创新，更要在实践中不断深化认识，",
    "把握规律，推动中华优秀传统文化创造性转化、创新性发展。",
)
STORY = (
    "人与自然是生命共同体。推进人与自然和谐共生，必须站在人与",
    "自然和谐共生的高度谋划发展，坚持节约优先、保护优先、自然",
    "恢复为主的方针，守护好绿水青山。",
)


def _el(*texts: str) -> Element:
    return Element(
        "title", [Item(k, t, t, float(len(t)), False, False, "text") for k, t in enumerate(texts)], "".join(texts)
    )


def test_a_label_over_a_box_that_breaks_a_word_stands_apart() -> None:
    head = ("学思践悟", "论人与自", "然和谐共", "生的三重", "维度", "马向杰")
    arts = tight_articles(*FIRST, *head, *STORY)
    art = next(a for a in arts if a.body.startswith("人与自然"))
    assert art.title == "论人与自然和谐共生的三重维度"
    assert "学思践悟" in (art.column, art.kicker)


def test_a_first_line_breaking_a_word_into_the_box_is_the_titles() -> None:
    assert not label_over_broken_box(_el("推进数字中"), _el("国建设需处", "理好几对关", "系"))
    assert not label_over_broken_box(_el("数字化转"), _el("型要让老", "人跟得上"))


def test_a_box_whose_lines_end_between_words_tells_nothing() -> None:
    assert not label_over_broken_box(_el("继续推动"), _el("区域协调", "发展"))


def test_a_line_wider_than_a_label_is_no_label() -> None:
    assert not label_over_broken_box(_el("深化医药卫生体制改革"), _el("大医院专家沉到县", "医院"))


def test_a_first_line_ending_on_a_word_cut_short_is_the_titles() -> None:
    # 节能减排 is no lexicon word: the break reads clean, but 减 alone after 节能 is a word cut short
    assert not label_over_broken_box(_el("加大节能减"), _el("排和环境保", "护力度"))


def test_a_first_line_reading_on_into_the_box_is_the_titles() -> None:
    # a modifier and its verb, a verb wanting its object, the box's subject: the title's first words (review RI, F4)
    for top, box in (
        ("奋力谱写", ("中国式现", "代化新篇", "章")),
        ("深刻领会", ("中国式现", "代化的本", "质要求")),
        ("全面推进", ("美丽中国", "建设的重", "大意义")),
        ("民营经济", ("高质量发", "展的对策")),
    ):
        assert not label_over_broken_box(_el(top), _el(*box)), top
        arts = tight_articles(*FIRST, top, *box, "马向杰", *STORY)
        art = next(a for a in arts if a.body.startswith("人与自然"))
        assert art.title.startswith(top + box[0]), top
        assert top not in (art.column, art.kicker), top
