"""A row of two columns of half a measure the page also sets (LAY2 lay2-005: 9 em beside 18 em)."""

from textclean.clean.joinedrows import column_parts


def test_a_row_of_two_half_measure_columns_is_split():
    assert column_parts("作。国务院准备陆续 一步推动群众制订街", [9, 18]) == [
        "作。国务院准备陆续",
        "一步推动群众制订街",
    ]


def test_a_full_line_spaced_within_a_quote_or_after_an_opening_mark_is_not_split():
    assert column_parts("干部队伍。用好“劳模工匠进学校 思政教师进", [14, 20]) is None
    assert column_parts("统，全面贯彻农业“ 八字宪法", [7, 14]) is None


def test_a_line_as_wide_as_a_measure_standing_alone_is_not_split():
    """A line between blank lines as wide as one of the page's measures is a head set on its own (a two-part
    headline of enumerations reads as two columns' lines), not a row of two columns set tight in their text."""
    row = "作。国务院准备陆续 一步推动群众制订街"
    assert column_parts(row, [9, 18], alone=True) is None
    assert column_parts(row, [9, 18], alone=False) == ["作。国务院准备陆续", "一步推动群众制订街"]
