"""Traced pages (and their gold scores) -> one self-contained HTML review page.

The file holds everything it needs: the stylesheet and script of
:mod:`~textclean.review.assets` inline, system fonts, no link to anything
outside it. The pages travel as JSON in a ``<script type="application/json">``
element, with ``<``, ``>`` and ``&`` written as ``\\u003c`` ... so that no text
of a page can close the element or open a tag; the script renders the selected
page only, so a review of hundreds of pages opens at once.

:data:`MARKER` in the page's head says that a file is a textclean review page:
the CLI overwrites only such a file.
"""

from __future__ import annotations

import html
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from textclean.models import Article
from textclean.review.assets import CSS, JS
from textclean.review.gold import PageScore
from textclean.review.trace import ROLES, PageTrace

#: What marks a file as a textclean review page (in its head, within :data:`MARKER_BYTES` of the start).
MARKER = '<meta name="generator" content="textclean review">'
MARKER_BYTES = 4096

#: Characters written as JSON escapes inside the embedded data (none of them may appear in it raw).
_SCRIPT_SAFE = str.maketrans({"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"})

TEMPLATE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
{marker}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{css}</style>
</head>
<body class="noblank">
<header>
<h1>textclean review</h1>
<span class="summary">{summary}</span>
<label><input type="checkbox" id="blank"> blank lines</label>
<div class="legend" id="legend"></div>
</header>
<main>
<nav><input type="search" id="filter" placeholder="filter pages" aria-label="filter pages">
<ul id="pagelist"></ul></nav>
<div id="view"><div id="raw"></div><div id="arts"></div></div>
</main>
<script id="review-data" type="application/json">{data}</script>
<script>{js}</script>
</body>
</html>
"""


def script_json(value: Any) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element (and still the same JSON).

    >>> script_json({"t": "</script><b>&"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    >>> json.loads(script_json({"t": "</script>"})) == {"t": "</script>"}
    True
    """
    return json.dumps(value, ensure_ascii=False).translate(_SCRIPT_SAFE)


def article_data(article: Article, score: Any = None) -> dict[str, Any]:
    """What the page shows of one article (with its gold score and differing fields when scored)."""
    return {
        "title": article.title,
        "kicker": article.kicker,
        "subtitle": article.subtitle,
        "column": article.column,
        "page_banner": article.page_banner,
        "authors": list(article.authors),
        "author_note": article.author_note,
        "affiliation": article.affiliation,
        "pull_quote": article.pull_quote,
        "blocks": [[b.kind, b.text] for b in article.blocks],
        "spans": [[a, b] for a, b in article.line_spans],
        "gold": score.gold if score is not None else None,
        "score": round(score.score, 4) if score is not None else None,
        "diffs": [[d.field, d.predicted, d.gold] for d in score.diffs] if score is not None else [],
        "part_of": score.part_of if score is not None else None,
    }


def page_data(trace: PageTrace, score: PageScore | None = None) -> dict[str, Any]:
    """One page as the script reads it: its lines, articles and gold results.

    Each line is ``[text, article, role, block]`` (its number is its place in the list; ``role`` an index in
    :data:`~textclean.review.trace.ROLES`, which the data carries as ``roles``): a page's lines are most of a review.
    """
    role_index = {r: i for i, r in enumerate(ROLES)}
    by_article = {s.article: s for s in score.articles} if score is not None else {}
    return {
        "source": trace.source,
        "encoding": trace.encoding,
        "status": "rejected" if trace.rejects and not trace.articles else "processed",
        "rejects": [f"{r.reason}: {r.detail}" if r.detail else r.reason for r in trace.rejects],
        "lines": [[ln.raw, ln.article, role_index[ln.role], ln.block] for ln in trace.lines],
        "dropped": trace.count("dropped"),
        "articles": [article_data(a, by_article.get(i)) for i, a in enumerate(trace.articles)],
        "score": round(score.score, 4) if score is not None else None,
        "diffs": score.diff_count if score is not None else 0,
        "missed": score.missed if score is not None else [],
    }


def worst_first(pages: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Pages by how much a reader should look at them: scored pages by score (to two decimals: a
    whole article wrong, not a character), then by fields that differ; rejected pages first,
    unscored pages last, each group by name.

    >>> [p["source"] for p in worst_first([
    ...     {"source": "a", "score": 1.0, "diffs": 0, "status": "processed"},
    ...     {"source": "b", "score": 0.999, "diffs": 3, "status": "processed"},
    ...     {"source": "c", "score": None, "diffs": 0, "status": "processed"},
    ...     {"source": "d", "score": 0.5, "diffs": 0, "status": "processed"}])]
    ['d', 'b', 'a', 'c']
    """

    def key(p: dict[str, Any]) -> tuple[int, float, int, str]:
        if p["status"] == "rejected":
            return (0, 0.0, 0, p["source"])
        if p["score"] is None:
            return (2, 0.0, 0, p["source"])
        return (1, round(p["score"], 2), -p["diffs"], p["source"])

    return sorted(pages, key=key)


def render_review(traces: list[PageTrace], scores: dict[str, PageScore] | None = None, summary: str = "") -> str:
    """The review page of ``traces`` (in the order given; with ``scores`` worst first): one HTML string."""
    pages = [page_data(t, scores.get(t.source) if scores is not None else None) for t in traces]
    if scores is not None:
        pages = worst_first(pages)
    data = {"pages": pages, "gold": scores is not None, "roles": list(ROLES)}
    return TEMPLATE.format(
        marker=MARKER,
        title=html.escape(f"textclean review: {len(pages)} page(s)"),
        css=CSS,
        summary=html.escape(summary),
        data=script_json(data),
        js=JS,
    )


def is_review_page(path: str | Path) -> bool:
    """Whether ``path`` is a file that a review wrote (:data:`MARKER` near its start)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(MARKER_BYTES)
    except OSError:
        return False
    return MARKER.encode() in head


def write_review(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically: a reader sees the old file or the new one, never half of one."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
