"""The trace: every raw line of a page gets the article it went to and a role."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from textclean.clean.lines import split_lines
from textclean.clean.page import clean_page
from textclean.review.trace import ROLES, nows, trace_file, trace_lines, trace_page

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
SEED_PAGES = sorted(SEEDS.glob("*.txt"))

#: A page with one article and a line of page furniture (a page number) after it.
SMALL_PAGE = "推进职工技能培训\n\n周明\n\n奋进新征程，建功新时代，职工技能培训是\n\n推进产业工人队伍建设。\n\n第 3 版\n"


@pytest.mark.parametrize("path", SEED_PAGES, ids=lambda p: p.name)
def test_every_line_of_a_seed_page_gets_a_role(path: Path) -> None:
    trace = trace_file(path)
    raw_lines = path.read_text(encoding="utf-8").splitlines()
    assert [ln.no for ln in trace.lines] == list(range(len(trace.lines)))
    assert len(trace.lines) in (len(raw_lines), len(raw_lines) + 1)  # a final newline may end the last line
    assert all(ln.role in ROLES for ln in trace.lines)
    assert all((ln.role == "blank") == (not ln.raw.strip()) for ln in trace.lines)
    for ln in trace.lines:
        if ln.article is not None and ln.role != "blank":
            spans = trace.articles[ln.article].line_spans
            assert any(a <= ln.no <= b for a, b in spans), ln
    roles = {ln.role for ln in trace.lines}
    assert {"title", "byline", "note", "pull_quote", "paragraph", "heading"} <= roles


@pytest.mark.parametrize("path", SEED_PAGES, ids=lambda p: p.name)
def test_a_seed_articles_title_lines_are_labelled_title_and_belong_to_it(path: Path) -> None:
    trace = trace_file(path)
    titled = [(i, a) for i, a in enumerate(trace.articles) if a.title]
    assert titled
    for i, article in titled:
        lines = [ln for ln in trace.lines if ln.role == "title" and ln.article == i]
        assert lines, article.title
        assert "".join(nows(ln.raw) for ln in lines) == nows(article.title)
    assert all(ln.article is not None for ln in trace.lines if ln.role == "title")


def test_the_seed_banner_is_shared_and_belongs_to_no_article() -> None:
    trace = trace_file(SEEDS / "003_8c893aaa77b15d1c.txt")
    banner = [ln for ln in trace.lines if ln.role == "banner"]
    assert [ln.no for ln in banner] == [0]
    assert banner[0].article is None
    assert nows(banner[0].raw) == nows(trace.articles[0].page_banner)


def test_body_lines_know_their_block() -> None:
    trace = trace_file(SEED_PAGES[0])
    for ln in trace.lines:
        if ln.role in ("paragraph", "heading", "attribution"):
            assert ln.article is not None and ln.block is not None
            block = trace.articles[ln.article].blocks[ln.block]
            assert nows(ln.raw) in nows(block.text) or ln.role == "paragraph"
            assert block.kind == ln.role


def test_a_line_no_article_holds_is_marked_dropped() -> None:
    path = SEED_PAGES[0]
    data = path.read_bytes()
    result = clean_page(path.name, data)
    lines = split_lines(data.decode("utf-8"))
    before = trace_lines(lines, result.articles)
    k = next(ln.no for ln in before if ln.role == "paragraph" and ln.article == 0)
    # Take that body line out of its article's spans, as if the cleaning had left it out.
    spans = [
        part
        for a, b in result.articles[0].line_spans
        for part in (((a, k - 1), (k + 1, b)) if a <= k <= b else ((a, b),))
        if part[0] <= part[1]
    ]
    cut = [dataclasses.replace(result.articles[0], line_spans=spans), *result.articles[1:]]
    after = {ln.no: ln for ln in trace_lines(lines, cut)}
    assert after[k].role == "dropped" and after[k].article is None
    assert sum(1 for ln in after.values() if ln.role == "dropped") == 1
    assert [ln.role for ln in before if ln.no != k] == [ln.role for ln in after.values() if ln.no != k]


def test_furniture_after_the_last_article_is_dropped_or_kept_but_always_traced() -> None:
    trace = trace_page("p.txt", SMALL_PAGE.encode())
    last = [ln for ln in trace.lines if ln.raw.strip()][-1]
    assert last.raw == "第 3 版"
    assert last.role in ROLES and last.role != "blank"
    assert (last.article is None) == (last.role in ("dropped", "banner"))


def test_a_rejected_page_is_traced_with_its_reason() -> None:
    trace = trace_page("x.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    assert trace.lines == [] and trace.articles == []
    assert trace.rejects[0].reason == "binary"
    blank = trace_page("w.txt", b" \n\n\t\n")
    assert blank.rejects[0].reason == "whitespace_only"
    assert {ln.role for ln in blank.lines} == {"blank"}


def test_an_unreadable_input_is_traced_as_a_reject(tmp_path: Path) -> None:
    folder = tmp_path / "a.txt"
    folder.mkdir()
    trace = trace_file(folder)
    assert trace.rejects[0].reason == "unreadable"
