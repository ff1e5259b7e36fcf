"""One input, start to finish: bytes -> :class:`~textclean.models.PageResult`.

This is the library's entry point for the flow: it never raises for bad
input; what cannot be cleaned comes back as a :class:`Reject` with a reason:

* ``too_large``: more bytes than ``Config.max_bytes``;
* ``empty``: no bytes at all;
* ``binary``: a known binary format (PNG, PDF, ZIP, ... by magic number), or
  decoded text with too many control characters;
* ``undecodable``: no encoding gives plausible text (it would be mojibake);
* ``whitespace_only``: nothing but white space, BOMs and control characters;
* ``no_text``: no article could be built from the lines.
"""

from __future__ import annotations

import dataclasses

from textclean.clean.articles import build_articles
from textclean.clean.decode import clean_name, decode_bytes, sha256_hex, unusable_reason
from textclean.clean.lines import split_lines
from textclean.config import Config
from textclean.models import Page, PageResult, Reject


def read_page(source: str, data: bytes) -> Page:
    """Decode raw bytes into a :class:`Page` of numbered lines."""
    decoded = decode_bytes(data)
    return Page(
        source=source,
        sha256=sha256_hex(data),
        encoding=decoded.encoding,
        lines=split_lines(decoded.text),
        decode_errors=decoded.errors,
    )


def too_large(source: str, sha256: str, size: int, config: Config) -> PageResult:
    """The result for an input of ``size`` bytes, over ``config.max_bytes``."""
    source = clean_name(source)
    detail = f"{size} bytes > {config.max_bytes}"
    return PageResult(source, sha256, None, rejects=[Reject(source, "read", "too_large", detail)])


def clean_page(source: str, data: bytes, config: Config | None = None, sha256: str | None = None) -> PageResult:
    """Clean one input page; bad input gives a rejected result, never an exception.

    ``source`` (the file name) is made fit for a text field (:func:`~textclean.clean.decode.clean_name`);
    ``sha256`` of ``data`` may be passed when already known.

    >>> clean_page("x.txt", b"\\x89PNG\\r\\n\\x1a\\n").rejects[0].reason
    'binary'
    >>> clean_page("x.txt", " \\r\\n\\t\\ufeff\\u3000".encode()).rejects[0].reason
    'whitespace_only'
    """
    config = config or Config()
    source = clean_name(source)
    sha = sha256 or sha256_hex(data)

    def rejected(stage: str, reason: str, detail: str, encoding: str | None = None, errors: int = 0) -> PageResult:
        return PageResult(source, sha, encoding, rejects=[Reject(source, stage, reason, detail)], decode_errors=errors)

    if len(data) > config.max_bytes:
        return too_large(source, sha, len(data), config)
    if not data:
        return rejected("read", "empty", "0 bytes")
    decoded = decode_bytes(data)
    unusable = unusable_reason(data, decoded)
    lines = split_lines(decoded.text)
    if all(line.blank for line in lines) and (unusable is None or unusable[0] == "undecodable"):
        # no text at all: not binary, and no encoding can be judged on it (BOMs and spaces score nothing)
        detail = f"{len(data)} bytes of white space or control characters"
        return rejected("decode", "whitespace_only", detail, decoded.encoding, decoded.errors)
    if unusable is not None:
        return rejected("decode", *unusable)
    page = Page(source, sha, decoded.encoding, lines, decoded.errors)
    articles = build_articles(page)
    if not articles:
        return rejected("segment", "no_text", "no text line survived cleaning", page.encoding, page.decode_errors)
    if page.decode_errors:
        articles = [dataclasses.replace(a, decode_errors=True) for a in articles]
    return PageResult(source, sha, page.encoding, articles=articles, decode_errors=page.decode_errors)
