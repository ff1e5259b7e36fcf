"""The review page in a real headless browser (Debian's chromium): what a person sees once its script ran.

The page is opened with ``chromium --headless --dump-dom`` (after the script
has run, ``--virtual-time-budget``) and the DOM it prints is read back: a
page's numbered lines with their roles, an article's title, a field that
differs from the gold. Without a chromium binary the tests skip locally; in CI
(``CI=true``, or ``TEXTCLEAN_REQUIRE_BROWSER=1`` as ``.ci/run`` sets it after
installing chromium) they fail instead (``tests/browser.py``).
"""

from __future__ import annotations

import json
import subprocess
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest
from browser import FLAGS, chromium

from textclean.review.build import build_review
from textclean.review.html import render_review, write_review
from textclean.review.trace import nows, trace_file, trace_page

pytestmark = pytest.mark.slow

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
PAGE = "003_8c893aaa77b15d1c.txt"
OTHER = "000_341eea174fccb12b.txt"
WRONG_TITLE = "一个错误的标题"
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Node:
    tag: str
    attrs: dict[str, str]
    children: list[Node | str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text for c in self.children)

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        out = []
        for c in self.children:
            if isinstance(c, Node):
                if (tag is None or c.tag == tag) and (cls is None or cls in c.classes):
                    out.append(c)
                out.extend(c.find_all(tag, cls))
        return out

    def by_id(self, ident: str) -> Node | None:
        return next((n for n in self.find_all() if n.attrs.get("id") == ident), None)


class TreeBuilder(HTMLParser):
    """The DOM chromium dumps (well-formed: it serialises its own tree) as :class:`Node` s."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def open_in_browser(page: Path, tmp_path: Path, fragment: str = "") -> Node:
    """The DOM of ``page`` (a file) once its script ran, as chromium shows it."""
    cmd = [
        chromium(),
        *FLAGS,
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
        "--virtual-time-budget=5000",
        "--dump-dom",
        page.absolute().as_uri() + fragment,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    builder = TreeBuilder()
    builder.feed(done.stdout)
    return builder.root


@pytest.fixture
def seeds_review(tmp_path: Path, gold_dir: Path) -> Path:
    """The seeds' review page against their gold, one gold title deliberately wrong."""
    path = gold_dir / PAGE.replace(".txt", ".json")
    gold = json.loads(path.read_text(encoding="utf-8"))
    gold["articles"][0]["title"] = WRONG_TITLE
    path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    html, _ = build_review([SEEDS], gold_dir)
    out = tmp_path / "review.html"
    write_review(out, html)
    return out


def test_a_person_sees_the_worst_page_its_lines_titles_and_the_mismatch(seeds_review: Path, tmp_path: Path) -> None:
    dom = open_in_browser(seeds_review, tmp_path)
    items = dom.find_all("li")
    names = [li.find_all(cls="name")[0].text for li in items if li.find_all(cls="name")]
    assert names == [PAGE, OTHER]  # worst first: the page whose gold now differs
    assert "sel" in items[0].classes

    trace = trace_file(SEEDS / PAGE)
    raw = dom.by_id("raw")
    assert raw is not None and PAGE in raw.find_all("h2")[0].text
    rows = raw.find_all("div", "ln")
    assert len(rows) == len(trace.lines)
    for ln in trace.lines:
        row = dom.by_id(f"L{ln.no}")
        assert row is not None
        spans = {c: row.find_all("span", c)[0].text for c in ("no", "role", "art", "text")}
        assert spans["no"] == str(ln.no) and spans["text"] == ln.raw
        assert spans["art"] == (f"A{ln.article + 1}" if ln.article is not None else "")
        assert spans["role"] == ln.role.replace("_", " ")

    arts = dom.by_id("arts")
    assert arts is not None
    titles = [h.text for h in arts.find_all("h3")]
    assert titles == [a.title or "(no title)" for a in trace.articles]
    first_title = next(ln for ln in trace.lines if ln.role == "title")
    assert nows(first_title.raw) in nows(titles[first_title.article or 0])

    diffs = [[c.text for c in tr.find_all() if c.tag in ("th", "td")] for tr in arts.find_all("tr", "diff")]
    assert any(d[0] == "title" and d[2] == WRONG_TITLE and d[1] in titles for d in diffs), diffs
    assert any("field(s) differ" in p.text for p in arts.find_all("span", "pill"))


def test_the_address_selects_a_page(seeds_review: Path, tmp_path: Path) -> None:
    dom = open_in_browser(seeds_review, tmp_path, "#" + OTHER)
    raw = dom.by_id("raw")
    assert raw is not None and OTHER in raw.find_all("h2")[0].text
    trace = trace_file(SEEDS / OTHER)
    texts = [row.find_all("span", "text")[0].text for row in raw.find_all("div", "ln")]
    assert texts == [ln.raw for ln in trace.lines]
    selected = [li for li in dom.find_all("li") if "sel" in li.classes]
    assert len(selected) == 1 and OTHER in selected[0].text


def test_markup_in_a_page_is_shown_as_text(tmp_path: Path) -> None:
    hostile = (
        "<script>document.title='pwned'</script>标题\n\n<img src=x onerror=\"document.title='pwned'\">\n\n正文。\n"
    )
    out = tmp_path / "hostile.html"
    write_review(out, render_review([trace_page("<i>x</i>.txt", hostile.encode())]))
    dom = open_in_browser(out, tmp_path)
    assert dom.find_all("img") == [] and dom.find_all("i") == []
    assert [t.text for t in dom.find_all("title")] == ["textclean review: 1 page(s)"]
    shown = [row.find_all("span", "text")[0].text for row in dom.find_all("div", "ln")]
    assert shown[0] == "<script>document.title='pwned'</script>标题"
    assert "<i>x</i>.txt" in [n.text for n in dom.find_all("span", "name")]
