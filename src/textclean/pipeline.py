"""One input, start to finish: bytes -> :class:`~textclean.models.PageResult`.

This is the library's entry point for the flow: it never raises for bad
input; what cannot be cleaned comes back as a :class:`Reject` with a reason.
"""

from __future__ import annotations

from .articles import build_articles
from .config import Config
from .decode import decode_bytes, sha256_hex
from .lines import split_lines
from .models import Page, PageResult, Reject


def read_page(source: str, data: bytes) -> Page:
    """Decode raw bytes into a :class:`Page` of numbered lines."""
    text, encoding, bad = decode_bytes(data)
    return Page(source=source, sha256=sha256_hex(data), encoding=encoding, lines=split_lines(text), had_undecodable=bad)


def clean_page(source: str, data: bytes, config: Config | None = None) -> PageResult:
    """Clean one input page; bad input gives a rejected result, never an exception."""
    config = config or Config()
    sha = sha256_hex(data)
    if len(data) > config.max_bytes:
        return PageResult(source, sha, None, rejects=[Reject(source, "read", "too_large", f"{len(data)} bytes > {config.max_bytes}")])
    if not data.strip():
        return PageResult(source, sha, None, rejects=[Reject(source, "read", "empty", f"{len(data)} bytes, no text")])
    page = read_page(source, data)
    articles = build_articles(page)
    if not articles:
        return PageResult(source, sha, page.encoding, rejects=[Reject(source, "segment", "no_text", "no text line survived cleaning")])
    return PageResult(source, sha, page.encoding, articles=articles)
