"""Which Chinese script a text is in, and traditional -> simplified conversion that spares names.

Detection (:func:`detect_script`) counts the characters that OpenCC's
character tables (``opencc-python-reimplemented``) always change: a
*traditional-only* character is one whose every simplified reading differs
from it (``這``, ``學``), a *simplified-only* one the reverse (``这``, ``学``).
Characters that are valid in both scripts (``后`` in ``皇后``, ``乾``, ``著``)
count for neither. The verdict is ``"traditional"`` or ``"simplified"`` when
at most :data:`MINORITY_SHARE` of the counted characters belong to the other
script, ``"mixed"`` when both are frequent, and ``"unknown"`` when no
character tells (no Han text, or only characters the scripts share).

Conversion (:class:`Converter`) is off by default (mode ``"none"``: text
comes back exactly as it went in). Mode ``"t2s"`` converts every text, mode
``"auto"`` only text detected (or declared by the caller) as traditional.
Conversion never touches:

* protected names (``protect``, e.g. from :func:`load_protect_file`): ``唐鑛``
  stays ``唐鑛`` although a character table may map ``鑛`` to ``矿``. Names
  *not* in the protect list may be converted like any other text;
* rare and extension-block Han characters (CJK Extension A, B and later,
  compatibility ideographs) and anything outside the Basic Multilingual Plane:
  they pass through unchanged, so a name written with one is never damaged.

Conversion preserves the number of characters (OpenCC's tables map a
character or phrase to one of the same length; a segment whose conversion
would not is left as it was), so ``char_count`` and character offsets stay
valid. Keeping the original text is the caller's choice: :func:`convert_article`
returns the converted record with ``<field>_original`` beside each field it
changed.
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.resources
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

import numpy as np

from textclean.config import MODES, Mode

Script = Literal["simplified", "traditional", "mixed", "unknown"]
SCRIPTS: tuple[str, ...] = ("simplified", "traditional", "mixed", "unknown")

#: The other script's share of the counted characters up to which a text still
#: counts as one script (a simplified page quoting a traditional name or two).
MINORITY_SHARE = 0.1

#: Rare Han characters and everything outside the BMP: never converted.
#: CJK Extension A, compatibility ideographs, and all supplementary planes
#: (Extensions B-I, compatibility supplement, and any other astral character).
RARE_RE = re.compile("[\u3400-\u4dbf\uf900-\ufaff\U00010000-\U0010ffff]+")

#: The package whose character tables and converter are used, for metadata.
OPENCC_DIST = "opencc-python-reimplemented"


# ---------------------------------------------------------------- detection


def _read_table(name: str) -> dict[str, tuple[str, ...]]:
    """One of OpenCC's tables: key -> its possible readings."""
    text = (importlib.resources.files("opencc") / "dictionary" / name).read_text(encoding="utf-8")
    table: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        key, _, values = line.partition("\t")
        if key and values:
            table[key] = tuple(values.split(" "))
    return table


@functools.cache
def script_characters() -> tuple[frozenset[str], frozenset[str]]:
    """(traditional-only, simplified-only) characters from OpenCC's character tables.

    >>> traditional, simplified = script_characters()
    >>> "這" in traditional, "这" in simplified, "后" in simplified, "中" in traditional | simplified
    (True, True, False, False)
    """
    to_simplified = _read_table("TSCharacters.txt")
    to_traditional = _read_table("STCharacters.txt")
    traditional = {c for c, readings in to_simplified.items() if len(c) == 1 and c not in readings}
    simplified = {c for c, readings in to_traditional.items() if len(c) == 1 and c not in readings}
    shared = traditional & simplified
    return frozenset(traditional - shared), frozenset(simplified - shared)


@functools.cache
def _script_table() -> np.ndarray[Any, np.dtype[np.uint8]]:
    """Each code point's class: 1 traditional-only, 2 simplified-only, 0 neither (the last entry
    stands for every code point beyond the table)."""
    traditional, simplified = script_characters()
    table = np.zeros(max(map(ord, traditional | simplified)) + 2, dtype=np.uint8)
    table[[ord(c) for c in traditional]] = 1
    table[[ord(c) for c in simplified]] = 2
    return table


def script_counts(text: str) -> tuple[int, int]:
    """(traditional-only, simplified-only) characters in ``text``, each occurrence counted.

    Every character's class is looked up at once in :func:`_script_table` (an
    article body holds thousands of characters; a loop over them was the
    slowest part of building the tables).

    >>> script_counts("這是學校，这是学校")
    (2, 2)
    >>> script_counts(""), script_counts("學\\U00020000\\ud800")  # astral characters, lone surrogates: neither
    ((0, 0), (1, 0))
    """
    table = _script_table()
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    counts = np.bincount(table[np.minimum(codes, len(table) - 1)], minlength=3)
    return int(counts[1]), int(counts[2])


def detect_script(text: str) -> Script:
    """``"simplified"``, ``"traditional"``, ``"mixed"`` or ``"unknown"`` (see the module's doc).

    >>> detect_script("工会组织职工学习贯彻会议精神"), detect_script("工會組織職工學習貫徹會議精神")
    ('simplified', 'traditional')
    >>> detect_script("中国人"), detect_script("中國人"), detect_script("工人"), detect_script("abc")
    ('simplified', 'traditional', 'unknown', 'unknown')
    >>> detect_script("這個學校 这个学校")
    'mixed'
    """
    traditional, simplified = script_counts(text)
    counted = traditional + simplified
    if not counted:
        return "unknown"
    if traditional <= MINORITY_SHARE * counted:
        return "simplified"
    if simplified <= MINORITY_SHARE * counted:
        return "traditional"
    return "mixed"


# ---------------------------------------------------------------- conversion


def load_protect_file(path: str | Path) -> frozenset[str]:
    """Names that conversion must never change: one a line; ``#`` starts a comment; blank lines skipped.

    The file is UTF-8 (a byte-order mark is allowed); spaces around a name are dropped.
    """
    names = set()
    for line in Path(path).read_text(encoding="utf-8-sig").splitlines():
        name = line.split("#", 1)[0].strip()
        if name:
            names.add(name)
    return frozenset(names)


class Converter:
    """Traditional -> simplified conversion by mode, sparing protected names and rare characters.

    ``t2s``: the function that converts a segment of free text; by default
    OpenCC's ``t2s`` (``opencc-python-reimplemented``). Protected names and
    rare characters never reach it.

    >>> Converter().convert("這是唐鑛的學校")  # mode "none", the default: nothing changes
    '這是唐鑛的學校'
    >>> Converter("t2s", protect=frozenset({"學校"})).convert("這是唐鑛的學校")
    '这是唐鑛的學校'
    """

    def __init__(
        self, mode: Mode = "none", protect: Iterable[str] = frozenset(), t2s: Callable[[str], str] | None = None
    ) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown conversion mode {mode!r}; expected one of {', '.join(MODES)}")
        self.mode: Mode = mode
        self.protect: frozenset[str] = frozenset(n for n in protect if n)
        names = sorted(self.protect, key=lambda n: (-len(n), n))  # longest first: 唐鑛山 before 唐鑛
        kept = [re.escape(n) for n in names] + [RARE_RE.pattern]
        self._kept_re = re.compile("(" + "|".join(kept) + ")")
        self._t2s_fn = t2s

    def __repr__(self) -> str:
        return f"Converter(mode={self.mode!r}, protect=<{len(self.protect)} names>)"

    def converts(self, script: Script) -> bool:
        """Whether text of this script is converted in this mode."""
        return self.mode == "t2s" or (self.mode == "auto" and script == "traditional")

    def convert(self, text: str, script: Script | None = None) -> str:
        """``text`` converted as the mode says.

        ``script``: the script of the whole document the text belongs to (an
        article, say), so that in mode ``"auto"`` all its fields go the same
        way; by default it is detected from ``text`` itself.
        """
        if self.mode == "none" or not text:
            return text
        if self.mode == "auto" and not self.converts(script or detect_script(text)):
            return text
        parts = self._kept_re.split(text)
        # re.split with one group: even items are free text, odd items the kept names/characters.
        return "".join(part if i % 2 else self._t2s(part) for i, part in enumerate(parts))

    def _t2s(self, segment: str) -> str:
        if not segment:
            return segment
        if self._t2s_fn is None:
            import opencc

            self._t2s_fn = opencc.OpenCC("t2s").convert
        converted: str = self._t2s_fn(segment)
        return converted if len(converted) == len(segment) else segment

    @staticmethod
    def name_version() -> tuple[str, str]:
        """The converter package and its version, e.g. ``("opencc-python-reimplemented", "0.1.7")``."""
        return OPENCC_DIST, _opencc_version()


@functools.cache
def _opencc_version() -> str:
    return importlib.metadata.version(OPENCC_DIST)


# ---------------------------------------------------------------- records

#: Article fields that conversion changes, in record order. ``blocks`` is
#: converted block by block and ``body`` is then their join, as the schema requires.
TEXT_FIELDS: tuple[str, ...] = (
    "page_banner",
    "column",
    "kicker",
    "title",
    "subtitle",
    "authors",
    "author_note",
    "affiliation",
    "pull_quote",
    "body",
)


def article_script(record: Mapping[str, Any]) -> Script:
    """The script of an article record, detected on its title and body together."""
    return detect_script("\n".join(str(record.get(k) or "") for k in ("title", "body")))


def convert_article(record: Mapping[str, Any], converter: Converter) -> dict[str, Any]:
    """A converted copy of an article record, with ``script`` and ``<field>_original`` added.

    ``script`` is the article's detected script (:func:`article_script`); in
    mode ``"auto"`` every field follows the article's script, not its own.
    For each of :data:`TEXT_FIELDS`, ``<field>_original`` holds the value
    before conversion when conversion changed it, else ``None``; blocks keep
    their kinds and ``body`` is the join of the converted blocks.

    >>> record = {"title": "學習", "authors": ["唐鑛"], "blocks": [{"kind": "paragraph", "text": "這是"}], "body": "這是"}
    >>> out = convert_article(record, Converter("auto", protect={"唐鑛"}))
    >>> out["title"], out["authors"], out["body"], out["script"], out["title_original"], out["authors_original"]
    ('学习', ['唐鑛'], '这是', 'traditional', '學習', None)
    """
    script = article_script(record)
    out = dict(record)
    out["script"] = script
    changed: dict[str, Any] = {}
    if converter.converts(script):

        def conv(value: str) -> str:
            return converter.convert(value, script)

        if isinstance(record.get("blocks"), list):
            out["blocks"] = [{**b, "text": conv(b["text"])} for b in record["blocks"]]
            out["body"] = "\n".join(b["text"] for b in out["blocks"])
        elif isinstance(record.get("body"), str):
            out["body"] = conv(record["body"])
        for key in TEXT_FIELDS:
            value = record.get(key)
            if key == "body":
                pass
            elif isinstance(value, str):
                out[key] = conv(value)
            elif isinstance(value, list):
                out[key] = [conv(v) for v in value]
        changed = {k: record.get(k) for k in TEXT_FIELDS if k in record and out.get(k) != record.get(k)}
    for key in TEXT_FIELDS:
        if key in record:
            out[f"{key}_original"] = changed.get(key)
    return out


def convert_paragraphs(rows: Sequence[Mapping[str, Any]], article: Mapping[str, Any]) -> list[dict[str, Any]]:
    """Paragraph rows of ``article`` (a :func:`convert_article` result) with ``text`` and ``text_original``.

    ``rows`` are the paragraph rows built from the *unconverted* article; the
    converted text is taken from the converted article's blocks so both tables agree.
    """
    blocks = article["blocks"]
    out = []
    for row in rows:
        text = blocks[row["block_index"]]["text"]
        out.append({**row, "text": text, "text_original": row["text"] if text != row["text"] else None})
    return out
