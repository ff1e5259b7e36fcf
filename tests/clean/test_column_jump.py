"""A column read to its foot inside a sentence, then the next column with no blank line: another article's
paragraph opening in another measure is cut off (measures.paragraph_opens_other_column)."""

from __future__ import annotations

from helpers import devpage

from textclean.clean.roles import Item


def _column(width: int, n: int, first: int | None = None, gap: bool = False) -> list[Item]:
    """``n`` full lines of ``width`` em that end no sentence, the first ``first`` em wide (a paragraph's opening)."""
    widths = [width if first is None else first] + [width] * (n - 1)
    return [Item(k, "文" * w, "文" * w, float(w), gap and k == 0, False) for k, w in enumerate(widths)]


def _spaced_body(*columns: list[Item]) -> list[Item]:
    """The columns one after another, opening with a paragraph that ends and a blank-line block over it (as
    pdftotext prints them: blank lines mark blocks, none between paragraphs)."""
    ended = Item(0, "文文文文。", "文文文文。", 5.0, False, False)
    lines = [*_column(36, 3, first=34), ended]
    for c in columns:
        lines += c
    return [Item(k, it.text, it.text, it.width, it.gap_before, it.gap_after) for k, it in enumerate(lines)]


def test_a_paragraph_opening_in_another_measure_inside_a_sentence_is_another_articles_column() -> None:
    from textclean.clean.innerheads import split_inner_heads

    # a 36 em column stops inside a sentence; the next line, 20 em, opens a paragraph of a 22 em column
    cut = split_inner_heads(_spaced_body(_column(36, 6), _column(22, 6, first=20)))
    assert [(h, len(p)) for h, p in cut] == [(False, 10), (False, 6)]
    # negative: the opening of a paragraph in the same measure (no column's change)
    kept = split_inner_heads(_spaced_body(_column(36, 6), _column(36, 6, first=34)))
    assert [(h, len(p)) for h, p in kept] == [(False, 16)]
    # negative: the column's last lines before a blank line measure no column
    short = _spaced_body(_column(36, 6), _column(22, 2, first=20), _column(36, 6, gap=True))
    assert next(len(p) for _, p in split_inner_heads(short)) != 10


def test_the_next_articles_column_read_on_inside_a_sentence_on_a_devpage() -> None:
    # pdftotext, devpages gov-1997-01: ``…甘肃疏勒河农`` (36 em) / ``今年要保持国民经济持续…`` (22 em column): the
    # second article's opening paragraphs were read into the first one's body
    gold, articles = devpage("pdftotext", "gov-1997-01")
    by_title = {a.title: "".join(b.text for b in a.blocks) for a in articles}
    first, second = "１９９６年国内工作的回顾", "保持国民经济发展的良好势头"
    assert {first, second} <= {g["title"] for g in gold}
    assert "今年要保持国民经济持续" not in by_title[first]
    assert by_title[second].startswith("今年要保持国民经济持续")
