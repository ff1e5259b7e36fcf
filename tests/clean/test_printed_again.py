"""A headline line the page prints again as another head, set over a title, is that title's kicker
(``textclean.clean.units._printed_again_over_title``)."""

from __future__ import annotations

from helpers import devpage

from textclean.clean.match import BigramIdf
from textclean.clean.roles import Element, Item
from textclean.clean.units import Unit, join_kickers


def _unit(text: str, at: int, kind: str = "title") -> Unit:
    return Unit([Element(kind, [Item(at, text, text, float(len(text)), True, True)], text)], at, at)  # type: ignore[arg-type]


def _kinds(units: list[Unit]) -> list[list[tuple[str, str]]]:
    return [[(e.kind, e.text) for e in u.elements] for u in units]


#: Two bodies: the first speaks of this year's work, the second of structural change; ``2011年的工作`` names the first.
IDF = BigramIdf(["2011年的工作，是做好今年的工作。", "加快推进经济结构战略性调整，转变发展方式。"])


def test_a_line_printed_again_over_a_title_is_its_kicker() -> None:
    # pdfminer's devpages gov-2011-02: the part's name titles the first article and stands again over a later title
    units = [_unit("2011年的工作", 0), _unit("2011年的工作", 3), _unit("加快推进经济结构战略性调整", 4)]
    assert _kinds(join_kickers(units, IDF)) == [
        [("title", "2011年的工作")],
        [("kicker", "2011年的工作"), ("title", "加快推进经济结构战略性调整")],
    ]


def test_a_line_printed_once_over_a_title_that_names_a_body_stays_a_title() -> None:
    # negative: printed once, the line names a body clearly (the first): a title of its own
    units = [_unit("2011年的工作", 3), _unit("加快推进经济结构战略性调整", 4)]
    assert _kinds(join_kickers(units, IDF)) == [[("title", "2011年的工作")], [("title", "加快推进经济结构战略性调整")]]


def test_a_line_printed_again_as_a_subtitle_over_a_title_under_stacked_labels_stays_a_title() -> None:
    # negative: two labels stacked (heads set side by side, read in a row by pdftotext, devpages cpc-19-04)
    label_a, label_b = _unit("G 读报告", 0, "column"), _unit("G 要点速览", 1, "column")
    line = _unit("坚定文化自信", 2)
    label_b.elements.append(line.elements[0])
    label_b.end = 2
    sub = _unit("——坚定文化自信", 6, "subtitle")
    units = [label_a, label_b, _unit("深化机构改革", 3), _unit("繁荣发展文艺", 5), sub]
    joined = join_kickers(units, BigramIdf(["坚定文化自信，繁荣文艺。", "深化机构改革。"]))
    assert ("kicker", "坚定文化自信") not in [pair for u in _kinds(joined) for pair in u]


def test_a_line_printed_again_over_a_title_on_a_devpage() -> None:
    gold, articles = devpage("pdfminer", "gov-2011-02")
    title = "加快推进经济结构战略性调整"
    assert [a["kicker"] for a in gold if a["title"] == title] == ["2011年的工作"]
    assert [a.kicker for a in articles if a.title == title] == ["2011年的工作"]


def test_a_label_right_above_a_head_given_its_kicker_opens_that_head() -> None:
    # a column label (with a byline) set right above the kicker and title: the label heads that stack
    # (devpages gov-2018-01, pdfminer: the label and byline went to another article)
    label = Unit(
        [
            Element("column", [Item(2, "G 文献选读", "G 文献选读", 5.0, True, True, "column")], "G 文献选读"),
            Element(
                "byline", [Item(3, "本报记者 梁琪博", "本报记者 梁琪博", 8.0, True, True, "byline")], "本报记者 梁琪博"
            ),
        ],
        2,
        3,
    )
    units = [_unit("2011年的工作", 0), label, _unit("2011年的工作", 4), _unit("加快推进经济结构战略性调整", 5)]
    assert _kinds(join_kickers(units, IDF))[1] == [
        ("column", "G 文献选读"),
        ("byline", "本报记者 梁琪博"),
        ("kicker", "2011年的工作"),
        ("title", "加快推进经济结构战略性调整"),
    ]
