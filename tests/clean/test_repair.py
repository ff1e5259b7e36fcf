"""The spacing repairs: golden cases from ``cases/repair.json`` and Hypothesis properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textclean.clean import repair
from textclean.clean.chardata import HAN_RE

CASES = json.loads((Path(__file__).parent / "cases" / "repair.json").read_text(encoding="utf-8"))


def _param(case: dict) -> object:
    marks = [pytest.mark.xfail(reason=case["xfail"], strict=True)] if "xfail" in case else []
    return pytest.param(case, id=case["name"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_repair_case(case: dict) -> None:
    fn = getattr(repair, case["rule"])
    assert fn(case["before"]) == case["after"]


def test_cases_include_negative_ones() -> None:
    negatives = [c for c in CASES if c["before"] == c["after"]]
    assert len(negatives) >= 5


# Text drawn from the characters the pages are made of: Han (including an
# extension-block character), CJK punctuation, digits, Latin letters and spaces.
_ALPHABET = "工会法治建设劳动者唐鑛𠀋，。、“”（）《》：；0123456789ab  \u3000"
lines = st.text(alphabet=_ALPHABET, max_size=60)


def _han(text: str) -> list[str]:
    return HAN_RE.findall(text)


@settings(max_examples=300, deadline=None)
@given(lines)
def test_repair_never_gains_or_loses_han(text: str) -> None:
    assert _han(repair.repair_line(text)) == _han(text)


@settings(max_examples=300, deadline=None)
@given(lines)
def test_repair_is_idempotent(text: str) -> None:
    once = repair.repair_line(text)
    assert repair.repair_line(once) == once


@settings(max_examples=200, deadline=None)
@given(st.lists(lines, max_size=6))
def test_join_lines_keeps_every_han(parts: list[str]) -> None:
    assert _han(repair.join_lines(parts)) == _han("".join(parts))


@settings(max_examples=200, deadline=None)
@given(lines)
def test_repair_keeps_full_width_punctuation(text: str) -> None:
    out = repair.repair_line(text)
    for ch in "，。、“”（）《》：；":
        assert out.count(ch) == text.count(ch)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_text_width_is_the_sum_of_char_widths(text: str) -> None:
    from textclean.clean.chardata import char_width, text_width

    assert text_width(text) == sum(char_width(ch) for ch in text)
