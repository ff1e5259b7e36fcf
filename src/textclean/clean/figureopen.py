"""Whether a line opens a numbered paragraph under the line over it (:func:`opens_numbered`, asked by
:func:`~textclean.clean.roles.over_first_line`): a list number or connective always does; a decimal figure
(``1.2万亿元，…``, ``3.2%；…``), no list number, does only under a short line holding no clause mark (a head).
"""

from __future__ import annotations

import re

from textclean.clean.chardata import CLAUSE_PUNCT_RE, NEW_PARAGRAPH_OPENER_RE

#: A line opening with a decimal figure (``3.2%``, ``1.2万亿元``): no list number (``1.``), and no opener of
#: :data:`~textclean.clean.chardata.NEW_PARAGRAPH_OPENER_RE` (a bare value, ``6.0``, neither: tried as a list
#: number still, lay17 pdfminer lost .005 article recall, .011 paragraph F1).
DECIMAL_OPENER_RE = re.compile("^[0-9０-９]+[.．][0-9０-９]")
#: A line over a decimal figure this much (em) short of the column or more is no running text wrapped into the
#: figure: justified lines end within an em of the column (typesetting.FULL_LINE_SLACK); a head is set short
#: (``数字背后的产业跃升``, 9 em over a column of 13). Two em: a wrapped line breaking early before a figure it
#: may not split still comes within one or two characters of the column.
HEAD_SHORTFALL = 2.0


def opens_numbered(text: str, above: str, above_width: float, column: float) -> bool:
    """Whether the line ``text``, under the line ``above`` (``above_width`` em wide in a column of ``column``
    em), opens a numbered paragraph or section: a list number or connective
    (:data:`~textclean.clean.chardata.NEW_PARAGRAPH_OPENER_RE`) whatever is above it; a decimal figure
    (:data:`DECIMAL_OPENER_RE`) only under a line holding no clause mark and :data:`HEAD_SHORTFALL` short of the
    column: a subheading over a paragraph opening on a figure.

    Before (PyMuPDF, lay17 ec-12): ``报23958.71点，周内累计上涨`` / ``3.2%；恒生科技指数报``: the figure counted as a
    list number, the running line over it as a head, and a body line over that as the article's title; after,
    running text. Not so: a decimal figure under a short head line (``数字背后的产业跃升`` / ``1.2万亿元，这是…``)
    still opens the paragraph under the head (the head is not run into it).

    >>> opens_numbered("3.2%；恒生科技指数报", "报23958.71点，周内累计上涨", 13.0, 13.0)
    False
    >>> opens_numbered("1.2万亿元，这是前三季度全", "数字背后的产业跃升", 9.0, 13.0)
    True
    >>> opens_numbered("5.2%，高于预期", "国内生产总值同比增长", 12.5, 13.0), opens_numbered("3.坚持稳中求进", "工作。", 3.0, 13.0)
    (False, True)
    """
    if DECIMAL_OPENER_RE.match(text):
        return CLAUSE_PUNCT_RE.search(above) is None and above_width <= column - HEAD_SHORTFALL
    return NEW_PARAGRAPH_OPENER_RE.match(text) is not None
