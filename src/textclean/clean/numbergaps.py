"""A space next to a number that parts two columns' full lines of a joined row (pdftotext).

Extraction spaces a run of digits off the Han text around it (``社会固定资产投资增长 25.8%，增幅比一季度回落``: one
line), so a space next to a digit parts no two column lines as a rule
(:func:`~textclean.clean.joinedrows.column_parts`). But a column line ends on a number, or the next column's
line opens with one, as often as anywhere else: ``12月份，70个大中城市中新建商品住宅销售 1.4%，制造业增长14.5%，电力、热力、燃气及``
is a row of two columns' full lines, and left whole it scrambles both columns and every row read across them
(:func:`~textclean.clean.rowread.read_columns`). The space parts them where the printed line is wider than any
line of the page's body measures and the pieces on both sides of it are each a full line of the measure
(:func:`parts_full_lines`): a number spaced off inside one line leaves a piece short of a line on one side.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from textclean.clean.chardata import HAN_RE, text_width
from textclean.clean.lexicon import breaks_a_word
from textclean.clean.roles import Item
from textclean.clean.typesetting import FULL_LINE_SLACK

#: Characters each piece beside the space holds at least: a column line holds 8 or more (the narrowest newspaper
#: column, ``joinedrows.MIN_MEASURE``); a number spaced off inside a line often sits beside a word or two.
MIN_PIECE = 8
#: How many of the page's body measures (most common first) a line must be wider than, by
#: :data:`~textclean.clean.typesetting.FULL_LINE_SLACK`, for a space next to a number to part it: the main body
#: measures of a page (a wide lead, its columns, a box's); a line no wider than one of them may be one line of it.
WIDEST_OF = 3
#: Beside a line a space next to a number parts, the line above or below is a full line of one of the page's main
#: measures (within this much, em) or a row of joined lines wider than the line's widest part: a row of columns is set
#: among the columns' lines and rows, while a wide lead over them (``今年的报告提出，城乡居民医保补助 320元提高到380元，…``)
#: stands under a title and over its own second line.
NEIGHBOUR_SLACK = FULL_LINE_SLACK


def beside_number(before: str, after: str) -> bool:
    """Whether the space between pieces ``before`` and ``after`` stands next to a digit, with a digit or a Han
    character on its other side, and both pieces hold :data:`MIN_PIECE` characters or more (no measure needed:
    the cheap look before a page's measures are counted).

    >>> beside_number("12月份，70个大中城市中新建商品住宅销售", "1.4%，制造业增长14.5%，电力")
    True
    >>> beside_number("增长", "25.8%，增幅比一季度回落"), beside_number("峰时放电。”Meridian", "Chips项目经理朱鸣介绍。")
    (False, False)
    """
    if min(len(before), len(after)) < MIN_PIECE:
        return False
    a, b = before[-1], after[0]
    return (a.isdigit() and (b.isdigit() or bool(HAN_RE.match(b)))) or (b.isdigit() and bool(HAN_RE.match(a)))


def parts_full_lines(before: str, after: str, measure: int) -> bool:
    """Whether a space next to a number (:func:`beside_number`) parts two full lines of ``measure`` (em): each
    piece within :data:`~textclean.clean.typesetting.FULL_LINE_SLACK` of it, and no word across the space
    (:func:`~textclean.clean.lexicon.breaks_a_word`).

    >>> parts_full_lines("12月份，70个大中城市中新建商品住宅销售", "1.4%，制造业增长14.5%，电力、热力、燃气及", 20)
    True
    >>> parts_full_lines("制造业PMI为48.5%，全年", "9月份，制造业采购经理", 20)
    False
    """
    if not beside_number(before, after) or breaks_a_word(before, after):
        return False
    return min(text_width(before), text_width(after)) >= measure - FULL_LINE_SLACK


def wider_than_measures(total: float, measures: list[int]) -> bool:
    """Whether a line ``total`` em wide is wider than a line of any of the page's :data:`WIDEST_OF` main body
    ``measures`` (most common first): no one line, whatever a space next to a number in it says.

    >>> wider_than_measures(39.5, [21, 19, 20, 29]), wider_than_measures(22.0, [24, 12])
    (True, False)
    """
    return total > max(measures[:WIDEST_OF]) + FULL_LINE_SLACK


def with_number_gaps(may_part: Callable[[str, str], bool], measure: int) -> Callable[[str, str], bool]:
    """``may_part`` (where a space may part two column lines of a row), and besides it a space next to a number
    between two full lines of ``measure`` (:func:`parts_full_lines`).

    >>> with_number_gaps(lambda before, after: False, 20)("12月份，70个大中城市中新建商品住宅销售", "1.4%，制造业增长14.5%，电力、热力、燃气及")
    True
    """
    return lambda before, after: may_part(before, after) or parts_full_lines(before, after, measure)


def backed_number_gap(
    items: list[Item], k: int, parts: list[str], measures: list[int], may_part: Callable[[str, str], bool]
) -> bool:
    """Whether ``parts``, the column lines ``items[k]`` parts into, stand: they part nowhere at a space next to a
    number that ``may_part`` alone would not part, or a line next to ``items[k]`` is set in columns
    (:data:`NEIGHBOUR_SLACK`): a full line of one of the :data:`WIDEST_OF` main ``measures``, or a line wider than
    the widest part holding a space (a row).

    Before (pdftotext): a title, then a lead over two 16 em columns, ``今年的报告提出，城乡居民医保补助 320元提高到380元，
    减轻群众的负担，`` / ``同时，提高基本公共卫生服务经费补助标准。``, parted at ``补助 320元`` into two column lines and its
    second line read with the columns; after, the lead is one line (neither its title nor its second line is a
    16 em column's line).

    >>> mk = lambda t: Item(0, t, t, text_width(t.replace(" ", "")), True, True)
    >>> parts = ["全省一季度进出口总值同比增长了", "18.5%，占全国外贸总值的比重提高"]
    >>> row = mk(" ".join(parts))
    >>> no = lambda before, after: False
    >>> backed_number_gap([mk("育经费支出占国内生产总值的比例"), row], 1, parts, [15], no)
    True
    >>> backed_number_gap([mk("推进民生改善"), row, mk("同时，提高基本公共卫生服务经费补助标准。")], 1, parts, [15], no)
    False
    """
    edges = [(a.split()[-1], b.split()[0]) for a, b in itertools.pairwise(parts)]  # (the pieces beside each split)
    if not any(beside_number(a, b) and not may_part(a, b) for a, b in edges):
        return True  # (most splits: a clause mark or a column's edge parts them, no number)
    widest = max(text_width(p.replace(" ", "")) for p in parts)
    for near in items[max(k - 1, 0) : k] + items[k + 1 : k + 2]:
        full = any(abs(near.width - m) <= NEIGHBOUR_SLACK for m in measures[:WIDEST_OF])
        if full or (" " in near.raw.strip() and near.width > widest):
            return True
    return False
