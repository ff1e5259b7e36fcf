"""Text -> numbered lines: line endings, control and invisible characters, BOMs."""

from __future__ import annotations

import collections
import itertools
import re
from typing import cast

from textclean.clean.glyphforms import fold_glyph_forms
from textclean.models import Line

#: The characters of :data:`CONTROL_RE` in the Basic Multilingual Plane and beyond it.
_BMP_CONTROLS = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\ue000-\uf8ff\ufdd0-\ufdef\ufffe\uffff"
)
_ASTRAL_CONTROLS = (
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U000e0000-\U000e007f\U000f0000-\U0010ffff"
)
#: Characters no text field keeps: C0/C1 controls except tab and newline, zero-width characters and
#: stray BOMs; bidi marks, embeddings, overrides and isolates (they reorder what a reader sees);
#: tag characters; private-use code points (no agreed meaning); noncharacters.
CONTROL_RE = re.compile(f"[{_BMP_CONTROLS}{_ASTRAL_CONTROLS}]")
#: :data:`CONTROL_RE`'s characters of the Basic Multilingual Plane, and those beyond it: a class of the former
#: alone is looked up in a bitmap, several times faster than the whole class; the latter are removed only from a
#: text that holds a character beyond the plane (:func:`beyond_bmp`), and few do.
_BMP_CONTROL_RE = re.compile(f"[{_BMP_CONTROLS}]")
_ASTRAL_CONTROL_RE = re.compile(f"[{_ASTRAL_CONTROLS}]")
#: What breaks a line: CRLF, CR, LF, line and paragraph separators, NEL.
NEWLINE_RE = re.compile(r"\r\n|\r|\n|\u2028|\u2029|\x85")


def normalize_newlines(text: str) -> str:
    """Every line break (:data:`NEWLINE_RE`) as LF; a few plain replacements scan a page far
    faster than the regex.

    >>> normalize_newlines("甲\\r\\n乙\\r丙\\u2028丁\\x85") == NEWLINE_RE.sub("\\n", "甲\\r\\n乙\\r丙\\u2028丁\\x85")
    True
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")  # CRLF first: one break, not two
    return text.replace("\u2028", "\n").replace("\u2029", "\n").replace("\x85", "\n")


def strip_controls(text: str) -> str:
    """Remove control, zero-width, bidi, tag, private-use and noncharacter code points; tabs become spaces.

    >>> strip_controls("工\\x00会\\ufeff\\t组织")
    '工会 组织'
    >>> strip_controls("\\u202e织组会工\\u202c 唐\\u2066鑛\\u2069\\ue000\\U000e0041\\ufdd0")
    '织组会工 唐鑛'
    >>> strip_controls("工会组织")
    '工会组织'
    >>> mixed = "".join(map(chr, [*range(0x2100), *range(0xD800, 0xE000, 64), *range(0xE000, 0x11000), *range(0xE0000, 0x10FFFF, 97)]))
    >>> strip_controls(mixed) == CONTROL_RE.sub("", mixed).replace("\\t", " ")
    True
    """
    return strip_controls_counted(text)[0]


def strip_controls_counted(text: str) -> tuple[str, int]:
    """:func:`strip_controls`, and how many characters it removed (tabs, made spaces, not counted).

    >>> strip_controls_counted("工\\x00会\\U000e0041\\t组织")
    ('工会 组织', 2)
    """
    text, removed = _BMP_CONTROL_RE.subn("", text)
    if beyond_bmp(text):
        text, beyond = _ASTRAL_CONTROL_RE.subn("", text)
        removed += beyond
    return text.replace("\t", " "), removed


def beyond_bmp(text: str) -> bool:
    """Whether ``text`` holds a character beyond the Basic Multilingual Plane (U+10000 and up): one that takes four
    bytes in UTF-16, where every other takes two (lone surrogates too, passed through). Encoding a text of the plane
    to UTF-16 is a copy, several times faster than a regex search for such a character.

    >>> beyond_bmp("工会\\ud800"), beyond_bmp("鑛\\U00020000"), beyond_bmp("")
    (False, True, False)
    """
    return len(text.encode("utf-16-le", "surrogatepass")) != 2 * len(text)


def split_lines(text: str) -> tuple[Line, ...]:
    """Split decoded text into :class:`Line` s numbered from 0 (CRLF, CR and LF all break).

    Trailing white space is stripped, save a run-in head's separator (:func:`strip_line_end`); leading white
    space is kept (it can mark a banner or a logo line).

    >>> [(ln.no, ln.text) for ln in split_lines("甲\\r\\n\\r\\n乙 \\r丙")]
    [(0, '甲'), (1, ''), (2, '乙'), (3, '丙')]
    """
    return split_lines_counted(text)[0]


def split_lines_counted(text: str) -> tuple[tuple[Line, ...], int]:
    """:func:`split_lines`, and how many characters :func:`strip_controls` removed: the invisible, bidi,
    tag, private-use and noncharacter code points and the controls, not counting form feeds (which
    separate printed pages, as a PDF extractor writes them). Radicals and other compatibility forms an extractor
    writes for ordinary characters are folded to them first (:func:`~textclean.clean.glyphforms.fold_glyph_forms`).

    >>> split_lines_counted("\\u202e织组会工\\u202c\\U000e0041\\n\\f乙\\t丙")
    ((Line(no=0, text='织组会工'), Line(no=1, text='乙 丙')), 3)
    """
    stripped, removed = strip_controls_counted(fold_glyph_forms(normalize_newlines(text)))
    ends = _SEPARATOR_END_RE.search(stripped) is not None  # (most pages: no line ends so; C's own rstrip)
    strip = strip_line_end if ends else str.rstrip
    lines = _numbered_lines(list(map(strip, stripped.split("\n"))))
    return lines, removed - text.count("\f") if removed else 0


#: The typesetter's separator after a run-in head (a full-width em space, ``■ 关于教育科技文化建设　我们今后…``):
#: kept where it ends a line (:func:`strip_line_end`). Same character as
#: :data:`~textclean.clean.briefs.HEAD_SEPARATOR` (not imported: lines.py comes first in the pipeline).
RUN_IN_SEPARATOR = "\u3000"
#: The separator followed by nothing but white space to a line's end (one search a page; a page indented with
#: ideographic spaces holds many, at lines' starts).
_SEPARATOR_END_RE = re.compile("\u3000\\s*$", re.M)


def strip_line_end(text: str) -> str:
    """``text`` without its trailing white space, save an ideographic space right after its last character
    (:data:`RUN_IN_SEPARATOR`): where a brief's bold run-in head fills its line, the space that ends the head falls at
    the line's end, and it is the only mark of where the head stops and the text begins
    (:func:`~textclean.clean.briefs.brief_head`). Stripped, the head ran on into the text: before (PyMuPDF, lay5-011),
    ``■ 加强社会主`` / ``义民主和法制建设`` / ``发展社会主义民…`` found no head, and the brief was lost in the box's
    text; after, the line keeps ``义民主和法制建设\\u3000`` and the head is found. An item's text and width drop the
    space again (:func:`~textclean.clean.roles.make_items`); only its raw line keeps it.

    >>> strip_line_end("义民主和法制建设\\u3000"), strip_line_end("乙 \\u3000 "), strip_line_end("丙\\u3000\\u3000"), strip_line_end("  ")
    ('义民主和法制建设\\u3000', '乙', '丙\\u3000', '')
    """
    out = text.rstrip()
    if len(out) < len(text) and out and text[len(out)] == RUN_IN_SEPARATOR:
        return out + RUN_IN_SEPARATOR
    return out


#: Setters of a :class:`Line`'s two slots: :func:`_numbered_lines` fills new lines with them.
_SET_NO, _SET_TEXT = Line.__dict__["no"].__set__, Line.__dict__["text"].__set__


def _numbered_lines(texts: list[str]) -> tuple[Line, ...]:
    """``Line(i, text)`` for each text, at half the cost: the frozen dataclass's ``__init__`` sets each
    field through ``object.__setattr__``; here the lines are made empty, then each slot of all of them is set
    in one loop that runs in C (a page has thousands of lines).

    >>> _numbered_lines(["甲", ""]) == (Line(0, "甲"), Line(1, "")), _numbered_lines(["甲"])
    (True, (Line(no=0, text='甲'),))
    """
    lines = list(map(object.__new__, itertools.repeat(Line, len(texts))))
    collections.deque(map(_SET_NO, lines, itertools.count()), maxlen=0)  # (a deque of no length consumes a map)
    collections.deque(map(_SET_TEXT, lines, texts), maxlen=0)
    return cast(tuple[Line, ...], tuple(lines))
