"""What happened to each raw line of a page: the article it went to and the part it became.

:func:`trace_page` cleans a page with the public pieces of :mod:`textclean.clean`
(decode and lines, :func:`~textclean.clean.layout.page_elements` for the kind
of layout element each line was read as, and
:func:`~textclean.clean.page.clean_page` for the articles and their
``line_spans``), then gives every raw line a :data:`Role`. A line's article is
the one whose spans hold it; its role comes from its element kind, made exact
by finding the line's text again in that article's fields and body blocks (a
headline line read as a title may have become the kicker or the subtitle, a
body line a heading, an attribution or the title).

Nothing here changes how a page is cleaned: the trace only reads what the
cleaning path returns.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

from textclean.clean.chardata import DASHES
from textclean.clean.decode import clean_name, decode_bytes
from textclean.clean.layout import page_elements
from textclean.clean.lines import split_lines
from textclean.clean.page import clean_page
from textclean.clean.roles import ElementKind
from textclean.config import Config
from textclean.models import Article, Line, PageResult, Reject
from textclean.run.inputs import read_input

#: What a raw line became. ``dropped``: a printed line no article holds (page furniture, or lost);
#: ``blank``: an empty line.
Role = Literal[
    "banner",
    "column",
    "kicker",
    "title",
    "subtitle",
    "byline",
    "note",
    "pull_quote",
    "heading",
    "paragraph",
    "attribution",
    "dropped",
    "blank",
]
ROLES: tuple[str, ...] = get_args(Role)

#: Rejects whose page still has lines worth showing (the text decoded, no article came of it).
SHOWN_REJECTS = frozenset({"no_text", "whitespace_only"})

#: White space, which cleaning removes or moves between lines; texts are compared without it.
SPACE_RE = re.compile(r"\s+")
#: A body line is looked for first this close (characters) after where the previous one ended.
NEAR_SLACK = 8


@dataclass(frozen=True, slots=True)
class TracedLine:
    """One raw line: its number, text, the article it went to (index on the page) and its role.

    ``block`` is the index of the body block a body line went into.
    """

    no: int
    raw: str
    article: int | None
    role: Role
    block: int | None = None


@dataclass(slots=True)
class PageTrace:
    """A page's lines as traced, with the articles built from them (or why none was)."""

    source: str
    lines: list[TracedLine]
    articles: list[Article]
    rejects: list[Reject] = field(default_factory=list)
    encoding: str | None = None

    def count(self, role: Role) -> int:
        return sum(1 for ln in self.lines if ln.role == role)


def nows(text: str | None) -> str:
    """``text`` without white space (None as "").

    >>> nows(" 苏炜  刘景芝 ")
    '苏炜刘景芝'
    """
    return SPACE_RE.sub("", text or "")


def trace_page(source: str, data: bytes, config: Config | None = None) -> PageTrace:
    """Clean ``data`` and trace every raw line to the article and role it ended in.

    >>> t = trace_page("p.txt", "推进职工技能培训\\n\\n周明\\n\\n奋进新征程，建功新时代，职工技能培训是\\n\\n推进产业工人队伍建设。".encode())
    >>> [(ln.no, ln.article, ln.role) for ln in t.lines]
    [(0, 0, 'title'), (1, 0, 'blank'), (2, 0, 'byline'), (3, 0, 'blank'), (4, 0, 'paragraph'), (5, 0, 'blank'), (6, 0, 'paragraph')]
    """
    config = config or Config()
    result = clean_page(source, data, config)
    return trace_result(result, data if len(data) <= config.max_bytes else None)


def trace_result(result: PageResult, data: bytes | None) -> PageTrace:
    """The trace of a page already cleaned into ``result`` from ``data`` (None: its bytes are not shown)."""
    shown = data is not None and (result.articles or any(r.reason in SHOWN_REJECTS for r in result.rejects))
    lines = split_lines(decode_bytes(data).text) if shown and data is not None else ()
    traced = trace_lines(lines, result.articles)
    return PageTrace(result.source, traced, result.articles, result.rejects, result.encoding)


def trace_file(path: str | Path, config: Config | None = None) -> PageTrace:
    """:func:`trace_page` of a file; one that cannot be read is a trace with an ``unreadable`` reject."""
    config = config or Config()
    source = clean_name(Path(path).name)
    try:
        data, _, size = read_input(path, config.max_bytes)
    except OSError as exc:
        return PageTrace(source, [], [], [Reject(source, "read", "unreadable", str(exc.strerror or exc))])
    if data is None:
        reject = Reject(source, "read", "too_large", f"{size} bytes > {config.max_bytes}")
        return PageTrace(source, [], [], [reject])
    return trace_page(Path(path).name, data, config)


def trace_lines(lines: tuple[Line, ...] | list[Line], articles: list[Article]) -> list[TracedLine]:
    """Every line of ``lines`` with its article and role (see the module's docstring)."""
    kinds: dict[int, ElementKind] = {}
    texts: dict[int, str] = {}
    for el in page_elements(lines) if lines else []:
        for it in el.items:
            kinds[it.no] = el.kind
            texts[it.no] = nows(it.text)
    owner: dict[int, int] = {}
    for position, article in enumerate(articles):
        for first, last in article.line_spans:
            for no in range(first, last + 1):
                owner.setdefault(no, position)
    body_lines: dict[int, list[int]] = {i: [] for i in range(len(articles))}
    for no, holder in sorted(owner.items()):
        if kinds.get(no) == "body":
            body_lines[holder].append(no)
    body_roles = {i: _body_roles(a, body_lines[i], texts) for i, a in enumerate(articles)}
    banner = nows(articles[0].page_banner) if articles else ""
    out: list[TracedLine] = []
    for ln in lines:
        index = owner.get(ln.no)
        if ln.blank:
            out.append(TracedLine(ln.no, ln.text, index, "blank"))
        elif index is None:
            text = texts.get(ln.no, "")
            role: Role = "banner" if text and banner and text in banner else "dropped"
            out.append(TracedLine(ln.no, ln.text, None, role))
        elif ln.no in body_roles[index]:
            role, block = body_roles[index][ln.no]
            out.append(TracedLine(ln.no, ln.text, index, role, block))
        else:
            role = _headline_role(kinds.get(ln.no), texts.get(ln.no, ""), articles[index])
            out.append(TracedLine(ln.no, ln.text, index, role))
    return out


#: The role of a line read as an element of each kind, when its text is not found in a more telling field.
KIND_ROLES: dict[str, Role] = {
    "box": "pull_quote",
    "note": "note",
    "byline": "byline",
    "column": "column",
    "title": "title",
    "subtitle": "subtitle",
    "kicker": "kicker",
    "body": "paragraph",
}


def _headline_role(kind: ElementKind | None, text: str, article: Article) -> Role:
    """The role of a line of a headline element of ``kind``: the field of ``article`` that holds its text.

    A line read as a title may have been given to the article as its kicker,
    subtitle or column; one no element holds (it repaired to nothing) went nowhere.
    """
    if kind is None or not text:
        return "dropped"
    if kind in ("title", "subtitle", "kicker"):
        fields: tuple[tuple[Role, str | None], ...] = (
            ("title", article.title),
            ("kicker", article.kicker),
            ("subtitle", article.subtitle),
            ("column", article.column),
        )
        for role, value in fields:
            if value and _holds(nows(value), text):
                return role
    return KIND_ROLES.get(kind, "dropped")


def _holds(field_text: str, line_text: str) -> bool:
    """Whether a field's text holds a line's (a subtitle line also holds its field: it keeps its dashes).

    >>> _holds("推进职工技能培训", "技能培训"), _holds("加强监督", "——加强监督"), _holds("甲乙", "丙")
    (True, True, False)
    """
    return line_text in field_text or (bool(field_text) and line_text.lstrip(DASHES) == field_text)


def _body_roles(article: Article, nos: list[int], texts: dict[int, str]) -> dict[int, tuple[Role, int | None]]:
    """Body lines ``nos`` of ``article`` (in page order) -> (role, block index), found in its blocks in order.

    The body's blocks are read as one text; each line is looked for where the
    previous one ended (give or take :data:`NEAR_SLACK` characters), then in the
    title (a body's first line may have become it), then anywhere further on
    (a line repeated in the body goes to the right block). A line found in none
    was dropped.
    """
    joined = "".join(nows(b.text) for b in article.blocks)
    starts = list(itertools.accumulate((len(nows(b.text)) for b in article.blocks), initial=0))[:-1]
    title = nows(article.title)
    out: dict[int, tuple[Role, int | None]] = {}
    pos = 0
    for no in nos:
        text = texts.get(no, "")
        at = joined.find(text, pos, pos + len(text) + NEAR_SLACK) if text else -1
        if at < 0 and text and text in title:
            out[no] = ("title", None)
            continue
        if at < 0 and text:
            at = joined.find(text, pos)
        if at < 0:
            out[no] = ("dropped", None)
            continue
        pos = at + len(text)
        block = bisect.bisect_right(starts, at) - 1
        kind = article.blocks[block].kind
        out[no] = ("paragraph" if kind == "paragraph" else kind, block)
    return out
