"""Blocks of lines read row by row -> read column by column.

Where side-by-side columns are set tight, pdfminer and pdftotext may group a
few lines of one column into a block, print it, then the block beside it in the
next column, and so on across the row, a blank line after each block: the first
three lines of each column, then the next three of each. Every block comes out
right, but no block goes on in the block after it. :func:`read_block_rows`
reads the blocks as :func:`~textclean.clean.rowread.read_columns` reads lines:
each block stands for one line, opening with its first line and ending with its
last, and the stretches found are put back column by column. A page holds a
third as many blocks as lines: the quick look for rows asks every pair of
blocks, not every third.
"""

from __future__ import annotations

import itertools
import operator
import statistics

from textclean.clean.joinedrows import split_joined_rows
from textclean.clean.roles import Item
from textclean.clean.rowgrid import read_row_grids
from textclean.clean.rowread import read_columns
from textclean.clean.tailbeside import last_line_after
from textclean.clean.typesetting import FULL_LINE_SLACK, INDENT, INDENTED_LINE

#: Blocks of more than one line a page needs before its blocks are read as rows: with fewer, the blocks are
#: the page's lines (pdfminer's blank line after every line), which :func:`read_columns` reads itself.
MIN_BLOCKS_OF_LINES = 6
#: A block whose widest line is narrower (em) is a head's or a box's, never a column's: it stands between the
#: stretches read (a broadsheet's narrowest body column holds about ten characters; side heads, labels, pull-quote
#: boxes and bylines 2-6).
MIN_COLUMN_EM = 8.0
#: Of a run of blocks, at least this share must hold more than one line for the blocks to be read as rows: where
#: nearly all blocks are single lines, the lines are read row by row (:func:`read_columns` reads them), and a block
#: of two may hold two columns' lines. Measured (body CER, LAY pdfminer / pdftotext, LAY2 pdfminer / pdftotext):
#: .2843 / .3448 / .4812 / .5390 at 0.1, .2881 / .3441 / .4754 / .5376 at 0.2, .2882 / .3441 / .4779 / .5451 at
#: 0.3 (two titles fewer lost than at 0.2), .2890 / .3439 / .4815 / .5553 at 0.5, .2890 / .3439 / .4831 / .5742
#: at 0.7; the devpages never change.
CHUNKED_SHARE = 0.3
#: Whether a line stands after a blank line (read in C).
GAP_BEFORE = operator.attrgetter("gap_before")


def reading_order(items: list[Item]) -> list[Item]:
    """A page's ``items`` in reading order: a row of columns pdftotext printed as one line split into the
    columns' lines (:func:`~textclean.clean.joinedrows.split_joined_rows`) and runs of such rows read column by
    column (:func:`~textclean.clean.rowgrid.read_row_grids`), blocks read row by row put back
    (:func:`read_block_rows`), then lines read row by row (:func:`~textclean.clean.rowread.read_columns`)."""
    return read_columns(read_block_rows(last_line_after(read_row_grids(split_joined_rows(items)))))


def read_block_rows(items: list[Item]) -> list[Item]:
    """``items`` with each stretch of blocks read row by row put back column by column.

    Before (three columns, pdfminer reading three lines of each in turn): ``要坚持党的领导，牢固树`` …
    ``平同志为核心的党中央权威，`` / ``执行工作责任制，特别是对重`` … / ``国防和军队改革。强化海空边`` … /
    ``自觉在思想上政治上行动上同`` …; after: ``…党中央权威，`` / ``自觉在思想上政治上行动上同`` …, each column's
    blocks in turn.
    """
    if blocks_of_lines(items) < MIN_BLOCKS_OF_LINES:
        return items  # (counted in C: about half the pages)
    blocks = tight_blocks(items)
    out: list[Item] = []
    for column_blocks, run in itertools.groupby(blocks, key=_may_be_column):
        run_blocks = list(run)
        if not column_blocks or sum(len(b) > 1 for b in run_blocks) < CHUNKED_SHARE * len(run_blocks):
            out.extend(it for b in run_blocks for it in b)
            continue
        run_blocks = _rejoin_split_chunks(run_blocks)
        stand_ins = [_stand_in(b) for b in run_blocks]
        # (read_columns reorders the items it is given and makes none: each stand-in maps back to its block)
        by_id = {id(s): b for s, b in zip(stand_ins, run_blocks, strict=True)}
        out.extend(it for s in read_columns(stand_ins, gate_step=1) for it in by_id[id(s)])
    return out


def _rejoin_split_chunks(blocks: list[list[Item]]) -> list[list[Item]]:
    """``blocks`` with a block that ends a paragraph joined to the next where that one opens a paragraph (its
    first line short of its widest by about an indent) and the two together hold no more lines than the run's
    blocks do (the median): pdfminer opens a new block at a paragraph's first line, so one column's lines of a
    row come out as two blocks, and the row looks a block longer than the others.

    Before (pdfminer, three columns read three lines at a time): ``更好为人民服务。`` / (blank) /
    ``坚持依法全面履职。各级`` / ``政府及其工作人员要深入贯彻`` / (blank) / the next column's three lines; after: the
    first column's three lines in one block.

    >>> mk = lambda t, gap: Item(0, t, t, float(len(t)), gap, True)
    >>> full = [[mk("要坚持党的领导，牢固树立", True), mk("四个意识，坚决维护以习近", False), mk("平同志为核心的党中央权威", False)]] * 3
    >>> split = [[mk("更好为人民服务。", True)], [mk("坚持依法全面履职。各", True), mk("政府及其工作人员要深入贯", False)]]
    >>> [len(b) for b in _rejoin_split_chunks(full + split + full)]
    [3, 3, 3, 3, 3, 3, 3]
    >>> [len(b) for b in _rejoin_split_chunks(full + split[1:] + full)]  # (no paragraph end before it)
    [3, 3, 3, 2, 3, 3, 3]
    """
    height = statistics.median(map(len, blocks))
    out = [blocks[0]]
    for block in blocks[1:]:
        last = out[-1]
        if last[-1].ends and len(last) + len(block) <= height and _opens_paragraph(block):
            out[-1] = last + block
        else:
            out.append(block)
    return out


def _opens_paragraph(block: list[Item]) -> bool:
    """Whether a ``block`` of two lines or more opens with a paragraph's first line: short of its widest line by
    about an indent (:data:`~textclean.clean.typesetting.INDENTED_LINE` to
    :data:`~textclean.clean.typesetting.INDENT` and an em)."""
    widest = max(it.width for it in block)
    return len(block) > 1 and widest - INDENT - FULL_LINE_SLACK <= block[0].width <= widest - INDENTED_LINE


def _may_be_column(block: list[Item]) -> bool:
    """Whether a ``block`` may be a column's lines: one line (a column's, a head's or a byline's, as
    :func:`read_columns` weighs lines), or lines as wide as a column (:data:`MIN_COLUMN_EM`), not a side head's or
    a box's stacked short lines."""
    return len(block) == 1 or max(it.width for it in block) >= MIN_COLUMN_EM


def tight_blocks(items: list[Item]) -> list[list[Item]]:
    """The runs of ``items`` set tight (no blank line between them), in order.

    >>> mk = lambda t, gap: Item(0, t, t, float(len(t)), gap, True)
    >>> [[it.text for it in b] for b in tight_blocks([mk("甲", True), mk("乙", False), mk("丙", True)])]
    [['甲', '乙'], ['丙']]
    """
    blocks: list[list[Item]] = []
    for it in items:
        if it.gap_before or not blocks:
            blocks.append([it])
        else:
            blocks[-1].append(it)
    return blocks


def blocks_of_lines(items: list[Item]) -> int:
    """How many of the :func:`tight_blocks` of ``items`` hold more than one line, counted in C without making the
    blocks: each is a block's first line (the page's first, or one after a blank line) with a line set tight
    under it. Test: ``tests/clean/test_fastpaths.py``.

    >>> mk = lambda t, gap: Item(0, t, t, float(len(t)), gap, True)
    >>> blocks_of_lines([mk("甲", False), mk("乙", False), mk("丙", True), mk("丁", True), mk("戊", False)])
    2
    """
    starts = b"\x01" + bytes(map(operator.truth, map(GAP_BEFORE, items[1:])))  # (1: the line opens a block)
    return starts.count(b"\x01\x00")


def _stand_in(block: list[Item]) -> Item:
    """One line standing for a ``block``: its text the block's, its width the block's widest line's (a block of
    a column is as wide as the column; a head's is narrower)."""
    first = block[0]
    if len(block) == 1:
        return first
    return Item(
        first.no,
        "".join([it.raw for it in block]),
        "".join([it.text for it in block]),
        max(it.width for it in block),
        first.gap_before,
        block[-1].gap_after,
        first.role,
    )
