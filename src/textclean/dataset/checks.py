"""The named checks of the pandera schemas (:mod:`textclean.dataset.schemas`), registered with pandera on import.

Registered checks are serialisable (they appear by name in ``schemas/*.json``)
and a check's name is the ``reason`` of a row it quarantines. Each is
vectorized: one Python pass over a column, not pandera's per-value wrapper.

A check never raises for a value, whatever it holds: a test that fails with an
exception is that row failing the check (:func:`holds`). An exception escaping a
check would make pandera blame no row, and validation would stop the whole
batch, every article of every page in it, for one bad row.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeGuard

import pandas as pd
from pandera.extensions import register_check_method

from textclean.analysis.script import TEXT_FIELDS


def _is_list(value: object) -> TypeGuard[Sequence[Any]]:
    return isinstance(value, list | tuple)


def holds(ok: Callable[..., bool], *values: Any) -> bool:
    """``ok(*values)``, or False when the test raises (a value of an unexpected type or shape fails it).

    >>> holds(lambda kinds: "paragraph" in frozenset(kinds), [["paragraph"]]), holds(lambda v: v == 1, 1)
    (False, True)
    """
    try:
        return bool(ok(*values))
    except Exception:  # whatever a malformed value makes the test raise, the value fails
        return False


def _each(series: pd.Series, ok: Callable[[Any], bool]) -> pd.Series:
    """``ok`` of every value of ``series`` (False where it raises), as a boolean Series on its index."""
    return pd.Series([holds(ok, v) for v in series.tolist()], index=series.index, dtype=bool)


def _by_row(df: pd.DataFrame, columns: Sequence[str], ok: Callable[..., bool]) -> pd.Series:
    """``ok`` of each row's values of ``columns`` (False where it raises), as a boolean Series on the frame's index."""
    values = zip(*(_values(df, c) for c in columns), strict=True)
    return pd.Series([holds(ok, *row) for row in values], index=df.index, dtype=bool)


def value_check(ok: Callable[[Any], bool]) -> Callable[[Any], bool]:
    """Register ``ok`` (one value -> bool) as the pandera check named like it without its ``_``; return ``ok``.

    ``pa.Check.nonblank()`` then tests every value of a column with
    ``_nonblank``, in one list comprehension: a vectorized check, because
    pandera's element-wise checks go through ``Series.map`` and a wrapper per
    value (slow).
    """

    def check(series: pd.Series) -> pd.Series:
        return _each(series, ok)

    check.__name__ = check.__qualname__ = ok.__name__.lstrip("_")
    check.__doc__ = ok.__doc__
    register_check_method(check_type="vectorized")(check)
    return ok


def _nonblank(value: object) -> bool:
    """A string with at least one non-space character."""
    return isinstance(value, str) and bool(value.strip())


@register_check_method(statistics=["allow_empty"], check_type="vectorized")
def nonblank(series: pd.Series, *, allow_empty: bool = False) -> pd.Series:
    """A string with at least one non-space character; with ``allow_empty``, ``""`` too (never spaces alone).

    ``allow_empty`` is for a field a page may lack though the row stands: an
    article whose page prints no headline has the title ``""``.
    """
    return _each(series, lambda v: _nonblank(v) or (allow_empty and isinstance(v, str) and v == ""))


#: What no text field may hold: C0 controls (the body's newlines aside), DEL,
#: C1 controls, BOM / zero-width no-break space, U+FFFD (textclean drops
#: undecodable bytes and says so in ``decode_errors``).
FORBIDDEN_CHARS_RE = re.compile("[\x00-\x1f\x7f-\x9f\ufeff\ufffd]")


def _clean(value: object, allow_newline: bool = False) -> bool:
    if not isinstance(value, str):
        return False
    return FORBIDDEN_CHARS_RE.search(value.replace("\n", "") if allow_newline else value) is None


@value_check
def _clean_chars(value: object) -> bool:
    """No control character, BOM or U+FFFD in a text (or in any text of a list of names or blocks).

    A text that may span blocks (``body``) may hold newlines.
    """
    if _is_list(value):
        try:  # a list of strings (names, tokens: hundreds a paragraph): one join, no per-item checks
            return _clean("".join(value))
        except TypeError:  # blocks ({kind, text}) or something else
            pass
        texts = [b.get("text") if isinstance(b, Mapping) else b for b in value]
        strings = [t for t in texts if isinstance(t, str)]
        return len(strings) == len(texts) and _clean("".join(strings))  # one search: tokens are many
    return _clean(value)


@value_check
def _clean_chars_multiline(value: object) -> bool:
    """As :func:`_clean_chars`, newlines allowed (the body joins its blocks with them)."""
    return _clean(value, allow_newline=True)


@value_check
def _names_list(value: object) -> bool:
    """A list of non-blank names (may be empty)."""
    return _is_list(value) and all(_nonblank(v) for v in value)


@value_check
def _blocks_well_formed(value: object) -> bool:
    """A list of ``{"kind": str, "text": non-blank str}`` objects."""
    return _is_list(value) and all(
        isinstance(b, Mapping) and set(b) == {"kind", "text"} and isinstance(b["kind"], str) and _nonblank(b["text"])
        for b in value
    )


@register_check_method(statistics=["allowed"], check_type="vectorized")
def block_kinds_in(series: pd.Series, *, allowed: Sequence[str]) -> pd.Series:
    """Every block's kind is one of ``allowed`` (an unhashable kind fails it: :func:`holds`)."""
    kinds = frozenset(allowed)
    return _each(series, lambda v: _is_list(v) and all(isinstance(b, Mapping) and b.get("kind") in kinds for b in v))


@value_check
def _line_spans_well_formed(value: object) -> bool:
    """A non-empty list of ``[first, last]`` 0-based line numbers, first <= last."""
    return (
        _is_list(value)
        and len(value) > 0
        and all(
            _is_list(s)
            and len(s) == 2
            and all(isinstance(n, int) and not isinstance(n, bool) for n in s)
            and 0 <= s[0] <= s[1]
            for s in value
        )
    )


def _texts(blocks: object) -> list[str] | None:
    if not _is_list(blocks):
        return None
    try:
        return [str(b["text"]) for b in blocks]
    except (KeyError, TypeError):
        return None


def _body_of(blocks: object) -> str | None:
    texts = _texts(blocks)
    return None if texts is None else "\n".join(texts)


def _values(df: pd.DataFrame, name: str) -> list[Any]:
    """The values of column ``name`` as a list (the same values iterating the column gives, at
    a fraction of the cost: iterating an Arrow-backed string column converts one value at a time)."""
    return df[name].tolist()


@register_check_method(check_type="vectorized")
def body_joins_blocks(df: pd.DataFrame) -> pd.Series:
    """``body`` is the blocks' texts joined by newlines."""
    return _by_row(df, ("blocks", "body"), lambda blocks, body: _body_of(blocks) == body)


@register_check_method(check_type="vectorized")
def char_count_is_body_length(df: pd.DataFrame) -> pd.Series:
    """``char_count`` is ``len(body)``."""
    return _char_count_is_length_of(df, "body")


@register_check_method(check_type="vectorized")
def paragraph_count_matches_blocks(df: pd.DataFrame) -> pd.Series:
    """``paragraph_count`` is the number of blocks of kind ``paragraph``."""

    def count(blocks: object) -> int | None:
        if not _is_list(blocks):
            return None
        return sum(1 for b in blocks if isinstance(b, Mapping) and b.get("kind") == "paragraph")

    return _by_row(df, ("blocks", "paragraph_count"), lambda blocks, n: count(blocks) == n)


@register_check_method(check_type="vectorized")
def char_count_is_text_length(df: pd.DataFrame) -> pd.Series:
    """``char_count`` is ``len(text)``."""
    return _char_count_is_length_of(df, "text")


def _char_count_is_length_of(df: pd.DataFrame, column: str) -> pd.Series:
    """Row by row: ``char_count`` is the length of the text in ``column``."""
    return _by_row(df, (column, "char_count"), lambda text, n: isinstance(text, str) and len(text) == n)


@value_check
def _tokens_well_formed(value: object) -> bool:
    """A list of tokens: non-empty strings without white space (may be empty)."""
    if not _is_list(value):
        return False
    try:
        joined = "".join(value)  # TypeError unless every token is a string
    except TypeError:
        return False
    return all(value) and not _SPACE_RE.search(joined)  # no empty token; one search over all tokens


_SPACE_RE = re.compile(r"\s")


@value_check
def _keywords_well_formed(value: object) -> bool:
    """A list of ``{"term": non-blank str, "weight": number >= 0}``, distinct terms, heaviest first, ties by term."""
    if not _is_list(value):
        return False
    ok = all(
        isinstance(k, Mapping)
        and set(k) == {"term", "weight"}
        and _nonblank(k["term"])
        and isinstance(k["weight"], int | float)
        and not isinstance(k["weight"], bool)
        and math.isfinite(k["weight"])
        and k["weight"] >= 0
        for k in value
    )
    if not ok:
        return False
    keys = [(-k["weight"], k["term"]) for k in value]
    return keys == sorted(keys) and len({k["term"] for k in value}) == len(value)


def _changed(original: object, value: object) -> bool:
    """An ``*_original`` cell is null, or differs from the converted value."""
    if original is None or (not _is_list(original) and pd.isna(original)):
        return True
    if _is_list(original) and _is_list(value):
        return list(original) != list(value)
    return bool(original != value)


@register_check_method(check_type="vectorized")
def originals_only_when_changed(df: pd.DataFrame) -> pd.Series:
    """Every ``<field>_original`` is null unless conversion changed ``<field>`` (then it differs from it)."""
    ok = [True] * len(df)
    for name in (*TEXT_FIELDS, "text"):
        if f"{name}_original" in df.columns:
            originals, values = _values(df, f"{name}_original"), _values(df, name)
            ok = [k and holds(_changed, o, v) for k, o, v in zip(ok, originals, values, strict=True)]
    return pd.Series(ok, index=df.index, dtype=bool)


@register_check_method(check_type="vectorized")
def token_count_matches_tokens(df: pd.DataFrame) -> pd.Series:
    """``token_count`` is ``len(tokens)``; both are null when tokens are off."""

    def ok(tokens: object, n: object) -> bool:
        if _is_list(tokens):
            return not pd.isna(n) and bool(n == len(tokens))
        return tokens is None and pd.isna(n)

    return _by_row(df, ("tokens", "token_count"), ok)
