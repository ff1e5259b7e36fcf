"""Page-level properties of the cleaning, over synthetic seed-like pages drawn by Hypothesis.

Whatever the layout: no raw line is claimed by two articles (the banner
aside), no Han character of the page is lost or invented (fields derived
from others, such as authors taken from a ``整理`` note, may repeat some), and cleaning the
same bytes twice gives the same rows.
"""

from __future__ import annotations

import random
from collections import Counter

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from textclean import synth
from textclean.clean.chardata import HAN_RE
from textclean.clean.page import clean_page

POOL = synth.load_pool()


def _page(seed: int) -> bytes:
    raw, _gold = synth.generate_page(random.Random(seed), POOL, source="p.txt")
    return raw.encode("utf-8")


def _text_fields(rec: dict) -> str:
    keys = ("title", "subtitle", "kicker", "column", "pull_quote", "author_note", "body")
    return "".join(rec[k] or "" for k in keys) + "".join(rec["authors"])


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=10**6))
def test_no_raw_line_claimed_twice(seed: int) -> None:
    seen: set[int] = set()
    for art in clean_page("p.txt", _page(seed)).articles:
        for first, last in art.line_spans:
            lines = set(range(first, last + 1))
            assert not lines & seen
            seen |= lines


def _repeats(text: str) -> list[str]:
    """Each non-blank line the page prints again, once for each time after the first."""
    seen: set[str] = set()
    out = []
    for ln in text.splitlines():
        if ln.strip() and ln in seen:
            out.append(ln)
        seen.add(ln)
    return out


def test_a_line_printed_twice_is_counted_once_more() -> None:
    assert _repeats(" G 工作研究\n\n正文\n G 工作研究\n正文二\n") == [" G 工作研究"]
    assert _repeats("甲\n\n乙\n\n") == []


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=0, max_value=10**6))
@example(seed=53210)  # (a column label printed twice on the page, both over pieces read as one article's)
def test_no_han_character_lost_or_gained(seed: int) -> None:
    data = _page(seed)
    recs = [a.to_record() for a in clean_page("p.txt", data).articles]
    got = Counter(HAN_RE.findall("".join(_text_fields(r) for r in recs)))
    if recs and recs[0]["page_banner"]:
        got.update(HAN_RE.findall(recs[0]["page_banner"]))
    page = Counter(HAN_RE.findall(data.decode("utf-8")))
    # a column label loses its logo letter only; the box marker label (观点) is not text
    page.subtract(Counter(HAN_RE.findall("".join(ln for ln in data.decode("utf-8").splitlines() if "●" in ln))))
    # a head line the page prints again for one article (its pieces joined) is said once (articles._collect_parts)
    page.subtract(Counter(HAN_RE.findall("".join(_repeats(data.decode("utf-8"))))))
    assert not (page - got), "Han characters lost"
    assert set(got) <= set(page), "Han characters invented"  # authors may repeat a name from the note


@settings(max_examples=10, deadline=None)
@given(st.integers(min_value=0, max_value=10**6))
def test_cleaning_is_deterministic(seed: int) -> None:
    data = _page(seed)
    first = [a.to_record() for a in clean_page("p.txt", data).articles]
    second = [a.to_record() for a in clean_page("p.txt", data).articles]
    assert first == second


@settings(max_examples=15, deadline=None)
@given(st.integers(min_value=0, max_value=10**6))
def test_every_article_passes_validation(seed: int) -> None:
    # an optional field is null or holds text (an empty pull quote quarantined its whole article once)
    from textclean import Config, build_tables

    config = Config(tokens=False, keywords_top_k=0)
    result = clean_page("p.txt", _page(seed), config)
    tables = build_tables([result], config)
    assert [r.reason for r in tables.rejects] == []
    assert len(tables.articles) == len(result.articles)


@pytest.mark.xfail(
    strict=True,
    reason="known: a title's wrapped line (工会系统落地见效) read as a band over a kicker, dropped (ornaments.over_label)",
)
def test_no_han_character_lost_on_a_wrapped_title_page() -> None:
    """Found by a random draw of :func:`test_no_han_character_lost_or_gained` (seed 4675); open, kept apart."""
    data = _page(4675)
    recs = [a.to_record() for a in clean_page("p.txt", data).articles]
    got = "".join(_text_fields(r) for r in recs)
    assert "工会系统落地见效" in got or "在工会系统落地见效" in got.replace("\n", "")
