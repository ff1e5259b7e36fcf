"""The orders of a stretch's columns, weighed all at once.

:func:`~textclean.clean.rowread.read_columns` puts a stretch of columns read row by row back column by column, in the
order whose breaks read best of all ``k!`` orders of its ``k`` columns (up to
:data:`~textclean.clean.rowgate.MAX_COLUMNS`: 5040 orders). The orders are made once for each ``k``
(:func:`order_table`) and scored in one pass (:func:`order_scores`), each order's sum added float for float as one
order at a time would add it, so the best order and its ties are the same.
"""

from __future__ import annotations

import functools
import itertools

import numpy as np

from textclean.clean.columnbands import rotations_first


@functools.cache
def order_table(k: int, boxes: bool) -> tuple[np.ndarray, np.ndarray]:
    """The orders :func:`~textclean.clean.rowread.read_columns` weighs for ``k`` columns, one a row (of pdfminer's
    ``boxes``, the order read first, then its rotations: :func:`~textclean.clean.columnbands.rotations_first`; else
    in permutation order), and each column's place in each order; made once for each ``k`` (read-only).

    >>> orders, places = order_table(3, True)
    >>> orders.tolist()[:3], places.tolist()[1]
    ([[0, 1, 2], [1, 2, 0], [2, 0, 1]], [2, 0, 1])
    """
    orders = np.array(rotations_first(k) if boxes else list(itertools.permutations(range(k))), dtype=np.intp)
    places = np.argsort(orders, axis=1)
    orders.flags.writeable = places.flags.writeable = False
    return orders, places


def order_scores(orders: np.ndarray, opening: np.ndarray, fit: np.ndarray, closing: np.ndarray) -> np.ndarray:
    """Each order's score (one a row of ``orders``): the opening of its first column, the fit of each break
    (``fit[a, b]``: from column ``a`` into ``b``) and the closing of its last column, added in that order (the sum
    of one order, float for float, as added one order at a time: the breaks first, left to right).

    >>> orders = np.array([[0, 1, 2], [2, 1, 0]])
    >>> fit = np.array([[0, 2.0, 0], [0.5, 0, 1.0], [0, -1.0, 0]])
    >>> order_scores(orders, np.array([1.0, 0.0, 0.0]), fit, np.array([0.0, 0.0, -1.0])).tolist()
    [3.0, -0.5]
    """
    breaks = fit[orders[:, 0], orders[:, 1]]
    for j in range(1, orders.shape[1] - 1):
        breaks = breaks + fit[orders[:, j], orders[:, j + 1]]
    return (opening[orders[:, 0]] + breaks) + closing[orders[:, -1]]


def left_to_right(orders: np.ndarray, places: np.ndarray, right: list[tuple[int, int]]) -> np.ndarray:
    """The ``orders`` of a stretch's columns (one a row; ``places``: each column's place in each) that put no
    column ``a`` before a column ``b`` it stands right of (``(a, b)`` in ``right``), in the order given; all of
    them where none is left (the columns' pieces tell no order that holds).

    >>> orders, places = order_table(2, False)
    >>> left_to_right(orders, places, [(1, 0)]).tolist(), left_to_right(orders, places, []).tolist()
    ([[0, 1]], [[0, 1], [1, 0]])
    >>> left_to_right(orders, places, [(1, 0), (0, 1)]).tolist()  # (no order keeps both)
    [[0, 1], [1, 0]]
    """
    keep = np.ones(len(orders), dtype=bool)
    for a, b in right:
        keep &= places[:, a] > places[:, b]
    return orders[keep] if keep.any() else orders
