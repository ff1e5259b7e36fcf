"""The review page: one self-contained file, no network, page text never read as markup."""

from __future__ import annotations

import json
import re
from pathlib import Path

from textclean.review.build import build_review
from textclean.review.html import MARKER, is_review_page, render_review
from textclean.review.trace import ROLES, trace_page

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"

HOSTILE = (
    "<script>alert('x')</script>标题\n\n周明\n\n"
    "奋进新征程，</script><img src=x onerror=alert(1)>建功新时代，职工技能培训是\n\n推进产业工人队伍建设。&amp; <!--\n"
)


def embedded_data(html: str) -> dict:
    m = re.search(r'<script id="review-data" type="application/json">(.*?)</script>', html, flags=re.S)
    assert m is not None
    return json.loads(m.group(1))


def test_the_page_needs_no_network(gold_dir: Path) -> None:
    html, _ = build_review([SEEDS], gold_dir)
    assert not re.search(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", html, flags=re.I)
    assert "http://" not in html and "https://" not in html
    assert "<link" not in html and "@import" not in html and "url(" not in html
    assert html.count("<script") == 2  # the data and the script, both inline
    assert html.startswith("<!DOCTYPE html>") and MARKER in html[:1000]


def test_page_text_is_escaped() -> None:
    trace = trace_page("<b>evil</b>.txt", HOSTILE.encode())
    html = render_review([trace])
    assert html.count("<script") == 2 and html.count("</script>") == 2
    assert "<img" not in html and "<b>evil" not in html and "<!--" not in html
    data = embedded_data(html)
    page = data["pages"][0]
    assert page["source"] == "<b>evil</b>.txt"
    assert page["lines"][0][0] == "<script>alert('x')</script>标题"  # the same text, once parsed
    assert "innerHTML" not in html and "outerHTML" not in html and "document.write" not in html


def test_the_data_holds_every_line_with_its_role() -> None:
    trace = trace_page("p.txt", HOSTILE.encode())
    page = embedded_data(render_review([trace]))["pages"][0]
    assert len(page["lines"]) == len(trace.lines)
    assert [ROLES[r] for _, _, r, _ in page["lines"]] == [ln.role for ln in trace.lines]
    assert embedded_data(render_review([trace]))["roles"] == list(ROLES)


def test_a_review_page_is_recognised(tmp_path: Path) -> None:
    page = tmp_path / "r.html"
    page.write_text(render_review([]), encoding="utf-8")
    other = tmp_path / "o.html"
    other.write_text("<html><head><title>mine</title></head></html>", encoding="utf-8")
    assert is_review_page(page)
    assert not is_review_page(other)
    assert not is_review_page(tmp_path / "missing.html")
