"""The few typed records that flow through the pipeline.

raw bytes -> :class:`Page` (decoded :class:`Line` s) -> :class:`Block` s ->
:class:`Article` s -> tables.  Every module takes one of these and gives the
next, so the path is visible in the file list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "heading", "attribution"]
BLOCK_KINDS: tuple[str, ...] = ("paragraph", "heading", "attribution")


@dataclass(frozen=True, slots=True)
class Line:
    """One raw line of a page: its 0-based number in the input and its text.

    ``text`` is the decoded line with control characters removed and trailing
    white space stripped, save an ideographic space right after the last character (a run-in head's
    separator: :func:`~textclean.clean.lines.strip_line_end`); nothing else is changed.
    """

    no: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class Page:
    """A decoded input page."""

    source: str
    sha256: str
    encoding: str
    lines: tuple[Line, ...]
    #: Undecodable byte sequences removed while decoding (0 for a clean decode).
    decode_errors: int = 0


@dataclass(frozen=True, slots=True)
class Block:
    """One block of an article body, in reading order."""

    kind: BlockKind
    text: str

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "text": self.text}


@dataclass(slots=True)
class Article:
    """One article as the contract describes it (``CONTRACT.md``)."""

    article_id: str
    source: str
    source_sha256: str
    title: str
    blocks: list[Block]
    line_spans: list[tuple[int, int]]
    page_banner: str | None = None
    column: str | None = None
    kicker: str | None = None
    subtitle: str | None = None
    authors: list[str] = field(default_factory=list)
    author_note: str | None = None
    affiliation: str | None = None
    pull_quote: str | None = None
    #: Some bytes of the input page could not be decoded and were dropped
    #: (set for every article of such a page; text fields never hold U+FFFD).
    decode_errors: bool = False

    @property
    def body(self) -> str:
        return "\n".join(b.text for b in self.blocks)

    @property
    def char_count(self) -> int:
        return len(self.body)

    @property
    def paragraph_count(self) -> int:
        return sum(1 for b in self.blocks if b.kind == "paragraph")

    def to_record(self) -> dict[str, object]:
        """The article as a plain dict in the contract's field order."""
        body = self.body  # joined once for body and char_count
        return {
            "article_id": self.article_id,
            "source": self.source,
            "source_sha256": self.source_sha256,
            "page_banner": self.page_banner,
            "column": self.column,
            "kicker": self.kicker,
            "title": self.title,
            "subtitle": self.subtitle,
            "authors": list(self.authors),
            "author_note": self.author_note,
            "affiliation": self.affiliation,
            "pull_quote": self.pull_quote,
            "blocks": [b.to_dict() for b in self.blocks],
            "body": body,
            "char_count": len(body),
            "paragraph_count": self.paragraph_count,
            "line_spans": [[a, b] for a, b in self.line_spans],
            "decode_errors": self.decode_errors,
        }


@dataclass(frozen=True, slots=True)
class Reject:
    """An input or row set aside, with the reason why (``rejects.jsonl``)."""

    source: str
    stage: str
    reason: str
    detail: str = ""

    def to_record(self) -> dict[str, str]:
        return {"source": self.source, "stage": self.stage, "reason": self.reason, "detail": self.detail}


@dataclass(frozen=True, slots=True)
class InputFile:
    """An input as the manifest records it: its path, its file name (the rows' ``source``), sha256 and size."""

    path: str
    source: str
    sha256: str
    size: int


@dataclass(slots=True)
class PageResult:
    """What cleaning one input gives: its articles or the reason it was rejected."""

    source: str
    sha256: str
    encoding: str | None
    articles: list[Article] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    #: Undecodable byte sequences dropped while decoding the page.
    decode_errors: int = 0
    #: Invisible characters removed from the text of a cleaned page: controls (not form feeds), zero-width and
    #: bidi controls, tag characters, private-use code points, noncharacters (:func:`~textclean.clean.lines.split_lines_counted`).
    removed_chars: int = 0

    @property
    def status(self) -> str:
        return "rejected" if self.rejects and not self.articles else "processed"
