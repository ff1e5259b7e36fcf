"""Window measures of one run of body lines, worked out once a run (speed: output the same as measuring each time).

:func:`~textclean.clean.innerheads.split_inner_heads` asks at every sentence end of a run for the column of the
lines above and below it (:func:`~textclean.clean.roles.column_of`), the widths that tell each side's measure
(:func:`~textclean.clean.measures.changes_column`) and the blocks the sentence may resume in
(:func:`~textclean.clean.measures.resumes_elsewhere`); the places' windows overlap (the column above a line is asked
by several rules). :class:`BodyWindows` keeps each window's measure once it is worked out, and reads the lines'
shapes once a run, not once a window. The run's lines must not change while it is asked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar, cast

from textclean.clean.headsalike import SPACED_BULLET_RE
from textclean.clean.roles import Item, column_of

#: A run's own head lines, read at its top over its text (:attr:`BodyWindows.lead`).
Heads = Sequence[Item]
#: What a measure of a whole run gives (:meth:`BodyWindows.once`).
T = TypeVar("T")


class BodyWindows:
    """What the rules measure over windows ``body[lo:hi]`` of one run of lines, each window worked out once.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> body = [mk("甲" * 12), mk("甲" * 12), mk("甲乙丙。"), mk("乙" * 14)]
    >>> w = BodyWindows(body)
    >>> w.column(0, 3) == column_of(body[0:3]), w.telling(1, 4)
    (True, [12.0, 14.0])
    >>> w.block_starts()  # (a blank line before each line here: the line after ``甲乙丙。`` opens a block)
    [3]
    """

    __slots__ = ("_block_starts", "_columns", "_cut", "_lead", "_once", "_widths", "body")

    def __init__(self, body: list[Item], lead: Heads = (), cut: list[tuple[bool, list[Item]]] | None = None) -> None:
        self.body = body
        self._lead, self._cut = lead, cut if cut is not None else []
        self._columns: dict[tuple[int, int], tuple[float, float]] = {}
        #: each line's width where it tells its column's measure (a text line ending no sentence), else None
        self._widths = [it.width if it.role == "text" and not it.ends else None for it in body]
        self._block_starts: list[int] | None = None
        self._once: dict[Callable[[list[Item]], object], object] = {}

    def column(self, lo: int, hi: int) -> tuple[float, float]:
        """:func:`~textclean.clean.roles.column_of` of ``body[lo:hi]`` (``lo`` >= 0)."""
        key = (lo, hi)
        col = self._columns.get(key)
        if col is None:
            col = self._columns[key] = column_of(self.body[lo:hi])
        return col

    @property
    def lead(self) -> list[Item]:
        """The run's own head lines, read over ``body``, and the heads cut from it so far that open with a bullet set
        apart (``cut``: the pieces :func:`~textclean.clean.innerheads.split_inner_heads` has found, a list it goes on
        adding to): the heads a head in the text is told from (:func:`~textclean.clean.headsalike.heads_alike`). A
        head cut for its shape alone may be a subheading misread; taken to tell, it took the next one with it (lay16
        op-29, PyMuPDF: ``推动创造性转化、创`` / ``新性发展`` cut, then ``在交流互鉴中讲好中`` / ``国故事``).

        >>> mk = lambda t: Item(0, t, t, float(len(t)), False, True)
        >>> cut = [(False, [mk("甲。")])]
        >>> w = BodyWindows([mk("甲。"), mk("■ 乙"), mk("丙。")], [mk("■ 丁")], cut)
        >>> cut.extend([(True, [mk("■ 乙")]), (True, [mk("戊")])])
        >>> [it.text for it in w.lead]
        ['■ 丁', '■ 乙']
        """
        cut = [piece for head, piece in self._cut if head and any(SPACED_BULLET_RE.match(it.text) for it in piece)]
        return [*self._lead, *(it for piece in cut for it in piece)]

    def telling(self, lo: int, hi: int) -> list[float]:
        """:func:`~textclean.clean.measures.telling_widths` of ``body[lo:hi]`` (``lo`` >= 0): a new list."""
        return [w for w in self._widths[lo:hi] if w is not None]

    def once(self, measure: Callable[[list[Item]], T]) -> T:
        """``measure(body)``, a measure of the whole run (the same wherever it is asked), worked out once."""
        if measure not in self._once:
            self._once[measure] = measure(self.body)
        return cast(T, self._once[measure])

    def block_starts(self) -> list[int]:
        """The lines ``k`` >= 1 after a blank line whose line above ends a sentence or is no text, in order: where a
        sentence broken off inside a word may resume (:func:`~textclean.clean.measures.resumes_elsewhere`)."""
        if self._block_starts is None:
            body = self.body
            self._block_starts = [
                k
                for k in range(1, len(body))
                if body[k].gap_before and (body[k - 1].ends or body[k - 1].role != "text")
            ]
        return self._block_starts
