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
import itertools

from textclean.clean.articles import build_articles
from textclean.clean.decode import clean_name, decode_bytes, sha256_hex, unusable_reason
from textclean.clean.layout import page_elements
from textclean.clean.lines import normalize_newlines, split_lines, split_lines_counted
from textclean.clean.roles import Element
from textclean.config import Config
from textclean.models import Article, Line, Page, PageResult, Reject

#: Non-blank lines of a printed page: a broadsheet holds a few hundred (the devpages: 40 to 600). An input with
#: more is several pages run together: it is split into parts (:func:`page_parts`); a shorter one is one page,
#: whatever form feeds it holds (a stray one is junk), and costs nothing more.
MANY_LINES = 2_000
#: Titles of a part cleaned on its own. A printed page carries a few dozen at most; an input with more is several
#: pages run together without form feeds, or crafted. Matching headlines to bodies grows faster than linearly with
#: the headlines compared, so such an input is cleaned in windows of this many titles: bounded work per window.
TITLES_PER_WINDOW = 30
#: A part of more non-blank lines than this (a long printed page) is read for its titles: with more than
#: :data:`MANY_TITLES` of them it is cleaned in windows too, however short of :data:`MANY_LINES` it is.
TITLES_COUNTED_LINES = 600
#: More titles than a printed page carries (the devpages: at most a dozen): cleaned whole, a part of
#: 666 one-line articles in 2,000 lines took 18 s.
MANY_TITLES = 2 * TITLES_PER_WINDOW


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
    lines, removed = split_lines_counted(decoded.text)
    if all(line.blank for line in lines) and (unusable is None or unusable[0] == "undecodable"):
        # no text at all: not binary, and no encoding can be judged on it (BOMs and spaces score nothing)
        detail = f"{len(data)} bytes of white space or control characters"
        return rejected("decode", "whitespace_only", detail, decoded.encoding, decoded.errors)
    if unusable is not None:
        return rejected("decode", *unusable)
    page = Page(source, sha, decoded.encoding, lines, decoded.errors)
    articles: list[Article] = []
    parts, elements = _parts(lines, form_feed_lines(decoded.text))
    for offset, part in parts:
        built = build_articles(dataclasses.replace(page, lines=part), len(articles), elements)
        articles += [shift_spans(a, offset) for a in built] if offset else built
    if not articles:
        return rejected("segment", "no_text", "no text line survived cleaning", page.encoding, page.decode_errors)
    if page.decode_errors:
        articles = [dataclasses.replace(a, decode_errors=True) for a in articles]
    return PageResult(source, sha, page.encoding, articles, decode_errors=page.decode_errors, removed_chars=removed)


def form_feed_lines(text: str) -> list[int]:
    """Where the printed pages of an input begin (line numbers): at a line that opens with a form feed,
    after one that ends with it.

    >>> form_feed_lines("甲\\n\\f乙\\n丙\\f\\n"), form_feed_lines("甲\\n乙")
    ([1, 3], [])
    """
    if "\f" not in text:
        return []
    text = normalize_newlines(text)
    out: list[int] = []
    line_no = line_start = 0  # the number of the last line holding a form feed, and where it starts
    at = text.find("\f")
    while at >= 0:  # each line that holds one, found without splitting the text into lines (form feeds are few)
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        line_no += text.count("\n", line_start, start)
        line_start = start
        out.append(line_no + text[start:end].rstrip(" \t").endswith("\f"))
        at = text.find("\f", end)
    return out


def page_parts(lines: tuple[Line, ...], breaks: list[int]) -> list[tuple[int, tuple[Line, ...]]]:
    """The parts of an input of over :data:`TITLES_COUNTED_LINES` lines cleaned on their own, each as ``(offset,
    lines numbered from 0)``: its printed pages (:func:`form_feed_lines`), and in a part over :data:`MANY_LINES`
    lines with more than :data:`TITLES_PER_WINDOW` titles, or over :data:`TITLES_COUNTED_LINES` lines with more
    than :data:`MANY_TITLES`, windows of :data:`TITLES_PER_WINDOW` titles. A part is cleaned as a page of its own (its
    top line may be a banner); ``offset`` turns its line numbers back into the input's.

    >>> lines = tuple(Line(i, t) for i, t in enumerate(["甲", "乙", "丙"] * (MANY_LINES // 2)))
    >>> [(offset, len(part)) for offset, part in page_parts(lines, [3])]
    [(0, 3), (3, 2997)]
    >>> page_parts(lines[:3], [1]) == [(0, lines[:3])]
    True
    """
    return _parts(lines, breaks)[0]


def _parts(
    lines: tuple[Line, ...], breaks: list[int]
) -> tuple[list[tuple[int, tuple[Line, ...]]], list[Element] | None]:
    """:func:`page_parts`, and the layout elements of the whole input when it is one part and they were read
    to count its titles (cleaning it need not read them again)."""
    if len(lines) <= TITLES_COUNTED_LINES or _nonblank(lines) <= TITLES_COUNTED_LINES:
        return [(0, lines)], None
    starts = sorted({0, *breaks} - {len(lines)})
    bounds = list(itertools.pairwise([*starts, len(lines)]))
    read: dict[tuple[int, int], list[Element]] = {}
    windows = [w for a, b in bounds for w in _title_windows(lines, a, b, read)]
    if len(windows) == 1:
        return [(0, lines)], read.get((0, len(lines)))
    parts = [
        (a, tuple(Line(ln.no - a, ln.text) for ln in lines[a:b]))
        for a, b in windows
        if not all(ln.blank for ln in lines[a:b])
    ]
    return parts, None


def _nonblank(lines: tuple[Line, ...]) -> int:
    """How many of ``lines`` hold text (:attr:`~textclean.models.Line.blank`): all but the empty ones and those of
    white space alone, counted in C (most lines hold text or are empty).

    >>> _nonblank((Line(0, "甲"), Line(1, ""), Line(2, " \\u3000"), Line(3, " 乙")))
    2
    """
    texts = [ln.text for ln in lines]
    return len(texts) - texts.count("") - sum(map(str.isspace, texts))


def shift_spans(article: Article, offset: int) -> Article:
    """``article`` of a part whose lines start at ``offset``, its line spans made the input's.

    >>> from textclean.models import Block
    >>> shift_spans(Article("id", "p.txt", "0", "t", [Block("paragraph", "x")], [(0, 2)]), 10).line_spans
    [(10, 12)]
    """
    return dataclasses.replace(article, line_spans=[(a + offset, b + offset) for a, b in article.line_spans])


def _title_windows(
    lines: tuple[Line, ...], first: int, end: int, read: dict[tuple[int, int], list[Element]]
) -> list[tuple[int, int]]:
    """Lines ``first`` to ``end`` as windows of :data:`TITLES_PER_WINDOW` titles each (one window when few);
    the layout elements read to count the titles are kept in ``read``."""
    nonblank = _nonblank(lines[first:end])
    if nonblank <= TITLES_COUNTED_LINES:
        return [(first, end)]
    read[first, end] = elements = page_elements(lines[first:end])
    titles = [el.first for el in elements if el.kind == "title"]
    if nonblank <= MANY_LINES and len(titles) <= MANY_TITLES:
        return [(first, end)]
    cuts = [first, *titles[TITLES_PER_WINDOW::TITLES_PER_WINDOW], end]
    return list(itertools.pairwise(cuts))
