"""Input files (and a gold folder) -> the review page's HTML and what it found, in one call.

:func:`build_review` is what ``textclean review`` runs: every input traced
(:mod:`~textclean.review.trace`), scored against its gold page when there is one
(:mod:`~textclean.review.gold`), rendered (:mod:`~textclean.review.html`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from textclean.config import Config
from textclean.review.gold import PageScore, load_gold, score_page
from textclean.review.html import render_review
from textclean.review.trace import PageTrace, trace_file
from textclean.run.inputs import collect_inputs

#: ``progress(done, total)`` after each page.
Progress = Callable[[int, int], None]


@dataclass(frozen=True, slots=True)
class ReviewSummary:
    """What a review found: pages, articles, lines dropped, rejected pages; with gold, how well it matched."""

    pages: int
    articles: int
    dropped_lines: int
    rejected: int
    gold_pages: int = 0
    gold_articles: int = 0
    matched: int = 0
    fields_differ: int = 0
    mean_score: float | None = None

    def line(self) -> str:
        """The summary in one line.

        >>> ReviewSummary(2, 8, 0, 0, 2, 8, 8, 1, 0.99).line()
        '2 page(s), 8 article(s), 0 line(s) dropped, 0 rejected; gold: 2 page(s), 8/8 articles matched, mean score 0.990, 1 field(s) differ'
        """
        text = f"{self.pages} page(s), {self.articles} article(s), {self.dropped_lines} line(s) dropped, {self.rejected} rejected"
        if self.mean_score is not None:
            text += (
                f"; gold: {self.gold_pages} page(s), {self.matched}/{self.gold_articles} articles matched, "
                f"mean score {self.mean_score:.3f}, {self.fields_differ} field(s) differ"
            )
        return text


def build_review(
    inputs: Iterable[str | Path],
    gold: str | Path | None = None,
    config: Config | None = None,
    progress: Progress | None = None,
) -> tuple[str, ReviewSummary]:
    """The review page (HTML) of ``inputs`` (files, or folders of ``*.txt``) and its summary.

    With ``gold`` (a folder of gold pages), each page that has one is scored
    and the pages are listed worst first. Raises :class:`FileNotFoundError`
    for a missing input and :class:`ValueError` for a gold file that is not a gold page.
    """
    config = config or Config()
    paths = collect_inputs(inputs)
    golds = load_gold(gold) if gold is not None else None
    traces: list[PageTrace] = []
    for done, path in enumerate(paths, 1):
        traces.append(trace_file(path, config))
        if progress is not None:
            progress(done, len(paths))
    scores = None
    if golds is not None:
        scores = {t.source: score_page(t.source, t.articles, golds[t.source]) for t in traces if t.source in golds}
    summary = summarize(traces, scores)
    return render_review(traces, scores, summary.line()), summary


def summarize(traces: list[PageTrace], scores: dict[str, PageScore] | None) -> ReviewSummary:
    """The :class:`ReviewSummary` of traced pages and their scores."""
    counts = {
        "pages": len(traces),
        "articles": sum(len(t.articles) for t in traces),
        "dropped_lines": sum(t.count("dropped") for t in traces),
        "rejected": sum(1 for t in traces if t.rejects and not t.articles),
    }
    if scores is None:
        return ReviewSummary(**counts)
    scored = list(scores.values())
    return ReviewSummary(
        **counts,
        gold_pages=len(scored),
        gold_articles=sum(s.gold_count for s in scored),
        matched=sum(1 for s in scored for a in s.articles if a.gold is not None),
        fields_differ=sum(s.diff_count for s in scored),
        mean_score=sum(s.score for s in scored) / len(scored) if scored else 0.0,
    )
