"""Blocks -> articles (stub: replaced by the real segmentation)."""

from __future__ import annotations

import hashlib

from .models import Article, Block, Page


def article_id(source: str, sha256: str, index: int) -> str:
    """Stable id: same input name and bytes give the same id on every machine.

    >>> len(article_id("a.txt", "00" * 32, 0))
    16
    >>> article_id("a.txt", "00" * 32, 0) == article_id("a.txt", "00" * 32, 0)
    True
    """
    return hashlib.sha256(f"{source}\0{sha256}\0{index}".encode()).hexdigest()[:16]


def build_articles(page: Page) -> list[Article]:
    """Turn a decoded page into articles."""
    lines = [ln for ln in page.lines if not ln.blank]
    if not lines:
        return []
    blocks = [Block("paragraph", ln.text.strip()) for ln in lines[1:]]
    return [
        Article(
            article_id=article_id(page.source, page.sha256, 0),
            source=page.source,
            source_sha256=page.sha256,
            title=lines[0].text.strip(),
            blocks=blocks,
            line_spans=[(lines[0].no, lines[-1].no)],
        )
    ]
