"""Raw bytes -> text: sniff binary files, detect the encoding, never silently produce mojibake.

Order of decisions (:func:`decode_bytes`):

1. a BOM (UTF-8, UTF-16 LE/BE, UTF-32 LE/BE) names the encoding;
2. strict UTF-8 (which ASCII also is) when the bytes hold no NUL;
3. otherwise every candidate of :data:`CANDIDATES` (UTF-16 without BOM only
   for an even number of bytes) is decoded, undecodable bytes replaced, and
   scored by :func:`text_score`: the share of characters that are usual in a
   Chinese page (ASCII, common Han characters, CJK punctuation).  The best
   score wins, ties go to the earlier candidate.  Big5 bytes read as GB18030
   (or GB18030 read as Big5, or UTF-8 read as either) decode without an error
   but give kana, Cyrillic, box drawing and rare Han characters: a low score.

Undecodable bytes never reach the text: each becomes U+FFFD while decoding and
is then removed; :attr:`Decoded.errors` counts them so that the rows built from
the page can say so (``decode_errors``).  A literal U+FFFD in the input (a
character lost by an earlier conversion) is treated the same way.
"""

from __future__ import annotations

import codecs
import functools
import hashlib
import re
from typing import Any, NamedTuple

import numpy as np

from textclean.clean.frequent_han import FREQUENT_HAN

#: BOMs and the encodings they name (UTF-32 first: its LE BOM starts with UTF-16's).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Encodings tried for bytes that are not strict UTF-8, in order of preference
#: on a tie. GBK and GB2312 are subsets of GB18030 (reported as ``gb18030``);
#: ``cp950`` is Big5 with Microsoft's extensions, tried after plain Big5.
CANDIDATES: tuple[str, ...] = ("utf-8", "gb18030", "big5", "cp950", "utf-16-le", "utf-16-be")

#: Magic numbers of common binary formats (checked at the start of a file).
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd data"),
    (b"\x7fELF", "ELF executable"),
    (b"PAR1", "Parquet file"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "MS Office (OLE2) document"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"RIFF", "RIFF media (WAV, AVI, WebP)"),
)

#: Control characters that plain text does not hold (tab, newlines, form feed and ESC excepted).
BINARY_CONTROLS = frozenset(chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
#: One of :data:`BINARY_CONTROLS` (the regex engine counts them far faster than a loop over the text).
BINARY_CONTROL_RE = re.compile("[" + "".join([re.escape(ch) for ch in sorted(BINARY_CONTROLS)]) + "]")
#: :data:`BINARY_CONTROLS` as bytes (all ASCII): :func:`control_share` counts them among a text's ASCII bytes.
_BINARY_CONTROL_BYTES = bytes(sorted(map(ord, BINARY_CONTROLS)))

#: Characters scored by :func:`text_score` (the rest of a long page decodes the same way).
SCORE_SAMPLE = 50_000


class Decoded(NamedTuple):
    """A decoded page: its text (undecodable bytes removed), the encoding used,
    how many undecodable byte sequences were removed, and the text's score
    (None when a BOM or strict UTF-8 decided and nothing was scored)."""

    text: str
    encoding: str
    errors: int = 0
    score: float | None = None


def sha256_hex(data: bytes) -> str:
    """Hex sha256 of the raw input bytes.

    >>> sha256_hex(b"")[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(data).hexdigest()


#: Characters a file name shown as a text field must not hold: C0 and C1 controls,
#: DEL, line and paragraph separators, BOM, U+FFFD, bidi marks, embeddings, overrides and isolates.
NAME_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ufeff\ufffd]")


def clean_name(name: str) -> str:
    r"""A file name fit for a text field: bytes that are not UTF-8 and control characters as ``\xNN`` escapes.

    Folders made on other systems hold names in GBK or Big5; Python shows their
    bytes as surrogate escapes, which no UTF-8 file can store.

    >>> clean_name("工会.txt")
    '工会.txt'
    >>> print(clean_name("a\rb.txt"))
    a\x0db.txt
    >>> print(clean_name("evil\u202etxt.exe"))
    evil\u202etxt.exe
    >>> print(clean_name("工会.txt".encode("gbk").decode("utf-8", "surrogateescape")))
    \xb9\xa4\xbb\xe1.txt
    """
    if name.isprintable() and not NAME_CONTROL_RE.search(name):  # the usual case: nothing to escape
        return name
    try:
        raw = name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        raw = name.encode("utf-8", "backslashreplace")
    return NAME_CONTROL_RE.sub(_escape, raw.decode("utf-8", "backslashreplace"))


def _escape(match: re.Match[str]) -> str:
    cp = ord(match.group())
    return f"\\x{cp:02x}" if cp < 0x100 else f"\\u{cp:04x}"


def sniff_binary(data: bytes) -> str | None:
    """What binary format ``data`` starts with (by magic number), or None.

    >>> sniff_binary(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
    'PNG image'
    >>> sniff_binary("工会".encode()) is None
    True
    """
    for magic, name in MAGIC:
        if data.startswith(magic):
            return name
    return None


def control_share(text: str) -> float:
    """Share of characters that are control characters plain text does not hold.

    >>> control_share("ab\\x00\\x01")
    0.5
    >>> control_share("甲\\t乙\\r\\n")
    0.0

    They are ASCII: counted among the ASCII characters of the text, encoded to bytes, where deleting them is one
    C loop (a page of Han characters has few ASCII ones); as many as :data:`BINARY_CONTROL_RE` finds.

    >>> sample = "甲\\x00乙\\x7f\\x1b\\t\\ud800丙\\x1f" * 3
    >>> control_share(sample) == len(BINARY_CONTROL_RE.findall(sample)) / len(sample)
    True
    """
    if not text:
        return 0.0
    sample = text[:SCORE_SAMPLE]
    ascii_bytes = sample.encode("ascii", "ignore")
    return (len(ascii_bytes) - len(ascii_bytes.translate(None, _BINARY_CONTROL_BYTES))) / len(sample)


@functools.cache
def common_han() -> frozenset[str]:
    """The common Han characters: GB2312 level 1 (3755 simplified) and Big5 level 1 (5401 traditional).

    Each set is the code block its standard reserves for frequent characters,
    so it is read off the codecs rather than kept as a table.

    >>> {"工", "会", "會", "的"} <= common_han(), "鑛" in common_han()
    (True, False)
    """
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):  # GB2312 level 1: B0A1-D7F9
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):  # Big5 level 1: A440-C67E
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            if (lead << 8 | trail) > 0xC67E:
                break
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


def _char_weight(ch: str, common: frozenset[str]) -> float:
    """How usual a (non-space) character is in a Chinese page: 1 usual, 0.3 a rare Han, 0 odd, -1 undecodable."""
    cp = ord(ch)
    if 0x21 <= cp <= 0x7E or ch in common:
        return 1.0
    if ch == "\ufffd":
        return -1.0
    if (
        0x3000 <= cp <= 0x303F  # CJK punctuation
        or 0xFF01 <= cp <= 0xFF5E  # full-width forms
        or 0x2010 <= cp <= 0x205E  # dashes, quotes, ellipsis
        or 0x2460 <= cp <= 0x24FF  # circled numbers
        or 0x25A0 <= cp <= 0x25FF  # geometric shapes: ● ■ ▲ ◆
        or 0x2605 <= cp <= 0x2606  # stars
        or cp in (0x00B7, 0x00D7, 0x00F7, 0x2103, 0x2116)  # · × ÷ ℃ №
    ):
        return 1.0
    if 0x4E00 <= cp <= 0x9FFF or 0x3400 <= cp <= 0x4DBF or 0x20000 <= cp <= 0x3134F:
        return 0.3
    return 0.0


#: The highest code point :func:`_char_weight` does not give 0 (the end of CJK Extension G).
_LAST_WEIGHED = 0x3134F

#: White space as :meth:`str.isspace` sees it (``\\s`` of a str pattern is the same test).
_SPACE_RE = re.compile(r"\s+")


@functools.cache
def _weight_table() -> np.ndarray[Any, np.dtype[np.float64]]:
    """:func:`_char_weight` of every code point up to :data:`_LAST_WEIGHED`, then one 0 that
    stands for all beyond; built the first time a page is scored."""
    common = common_han()
    weights = [_char_weight(chr(cp), common) for cp in range(_LAST_WEIGHED + 1)]
    return np.array([*weights, 0.0], dtype=np.float64)


def text_score(text: str) -> float:
    """Share of usual characters among the non-space ones (undecodable ones count against).

    A correctly decoded Chinese page scores above 0.9; mojibake well below. The
    weights are looked up all at once (numpy) and added in text order.

    >>> text_score("工会组织，2023年。")
    1.0
    >>> data = "工會組織推進法治建設。".encode("big5")
    >>> text_score(data.decode("big5")) > 0.9 > text_score(data.decode("gb18030"))
    True
    >>> text_score(""), text_score(" \\u3000"), text_score("\\ufffd工")
    (0.0, 0.0, 0.0)
    """
    sample = _SPACE_RE.sub("", text[:SCORE_SAMPLE])
    if not sample:
        return 0.0
    table = _weight_table()
    codes = np.frombuffer(sample.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    weights = table[np.minimum(codes, len(table) - 1)]
    total = float(np.add.accumulate(weights)[-1])  # a running sum: the same rounding as adding one by one
    return max(total / len(sample), 0.0)


def _decode(data: bytes, encoding: str) -> str:
    """Decode with undecodable bytes as U+FFFD (never raises)."""
    return data.decode(encoding, errors="replace")


def _finish(text: str, encoding: str, score: float | None = None) -> Decoded:
    """Remove U+FFFD (undecodable bytes, or characters lost before) and count them."""
    errors = text.count("\ufffd")
    return Decoded(text.replace("\ufffd", "") if errors else text, encoding, errors, score)


def decode_bytes(data: bytes) -> Decoded:
    """Decode a page (see the module docstring for the order of decisions). Never raises.

    >>> decode_bytes("工会".encode("utf-8"))
    Decoded(text='工会', encoding='utf-8', errors=0, score=None)
    >>> decode_bytes(codecs.BOM_UTF8 + "工会".encode("utf-8"))[:2]
    ('工会', 'utf-8-sig')
    >>> decode_bytes("工會組織".encode("big5"))[:3]
    ('工會組織', 'big5', 0)
    >>> decode_bytes("工会组织".encode("gbk"))[:3]
    ('工会组织', 'gb18030', 0)
    >>> decode_bytes("工会\\n".encode("utf-16-le"))[:3]
    ('工会\\n', 'utf-16-le', 0)
    >>> decode_bytes("工会".encode() + b"\\xff" + "组织".encode())[:3]
    ('工会组织', 'utf-8', 1)
    """
    for bom, enc in BOMS:
        if data.startswith(bom):
            return _finish(_decode(data[len(bom) :], enc.removesuffix("-sig")), enc)
    if b"\x00" not in data:
        try:
            return _finish(data.decode("utf-8"), "utf-8")
        except UnicodeDecodeError:
            pass
    best: Decoded | None = None
    for enc in CANDIDATES:
        if enc.startswith("utf-16") and len(data) % 2:
            continue
        text = _decode(data, enc)
        candidate = Decoded(text, enc, 0, text_score(text))
        if best is None or (candidate.score or 0.0) > (best.score or 0.0):
            best = candidate
    assert best is not None  # utf-8 is always a candidate
    mixed = decode_mixed(data, best.encoding) if best.encoding in LEGACY else None
    if mixed is not None and (mixed.score or 0.0) > (best.score or 0.0):
        best = mixed
    return _finish(best.text, best.encoding, best.score)


#: The legacy encodings a page may mix with UTF-8 line by line (one file pasted from two sources).
LEGACY = ("gb18030", "big5", "cp950")
#: Lines of each encoding a page needs before it is read as mixed (one odd line is noise, not a second source).
MIN_MIXED_LINES = 2


def decode_mixed(data: bytes, legacy: str) -> Decoded | None:
    r"""A page whose lines are partly UTF-8 and partly ``legacy``, each line read in its own encoding.

    Decoded whole, such a page keeps one half as mojibake; None when the page is not mixed.

    >>> page = "工会组织\n".encode() * 2 + "法治建设\n".encode("gb18030") * 2
    >>> decode_mixed(page, "gb18030")[:2]
    ('工会组织\n工会组织\n法治建设\n法治建设\n', 'utf-8+gb18030')
    >>> decode_mixed("法治建设\n".encode("gb18030") * 4, "gb18030") is None
    True
    """
    lines, utf8, other = [], 0, 0
    for line in data.split(b"\n"):
        try:
            lines.append(line.decode("utf-8"))
            utf8 += not line.isascii()
        except UnicodeDecodeError:
            lines.append(_decode(line, legacy))
            other += 1
    if utf8 < MIN_MIXED_LINES or other < MIN_MIXED_LINES:
        return None
    text = "\n".join(lines)
    return Decoded(text, f"utf-8+{legacy}", 0, text_score(text))


#: A scored decoding below this share of usual characters is not trusted: the
#: input is quarantined (``undecodable``) rather than cleaned into mojibake.
MIN_TEXT_SCORE = 0.6

#: Decoded text with more control characters than this share is binary data.
MAX_CONTROL_SHARE = 0.05

#: Characters of a page judged for plausibility (mojibake is the same all through a page; a sample says it).
JUDGE_SAMPLE = 4_000
#: A page with fewer Han characters than this is too short for the frequency test below.
MIN_HAN_JUDGED = 50
#: Chinese text in either script has 75-90% of its Han characters among :data:`FREQUENT_HAN`; Korean EUC-KR,
#: Big5 or UTF-8 read as GB18030 (and the reverse) give 4-12%, although every character is a valid Han one.
MIN_FREQUENT_SHARE = 0.4
#: The basic CJK block, whose characters the frequency test counts.
HAN_FIRST, HAN_LAST = 0x4E00, 0x9FFF


@functools.cache
def _frequent_table() -> np.ndarray[Any, np.dtype[np.bool_]]:
    """Whether each code point of the basic CJK block is one of :data:`FREQUENT_HAN` (looked up all at once)."""
    table = np.zeros(HAN_LAST - HAN_FIRST + 1, dtype=np.bool_)
    table[[ord(ch) - HAN_FIRST for ch in FREQUENT_HAN if HAN_FIRST <= ord(ch) <= HAN_LAST]] = True
    return table


def frequent_share(text: str) -> tuple[float, int]:
    """Share of the Han characters of ``text`` (a sample) that are frequent ones, and how many were counted.

    >>> frequent_share("工会组织是职工自愿结合的工人阶级群众组织。")[0] > 0.8
    True
    >>> frequent_share("措茄刮惫篮 刮林傍拳惫捞促")[0] < 0.2  # Korean EUC-KR read as GB18030
    True
    """
    codes = np.frombuffer(text[:JUDGE_SAMPLE].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    han = codes[(codes >= HAN_FIRST) & (codes <= HAN_LAST)]
    if not len(han):
        return 0.0, 0
    return int(_frequent_table()[han - HAN_FIRST].sum()) / len(han), len(han)


def double_encoded(text: str) -> bool:
    """Whether ``text`` is UTF-8 that was read as Latin-1 or cp1252 and encoded again (``å·¥ä¼š`` for 工会).

    >>> double_encoded("工会组织".encode().decode("latin-1")), double_encoded("工会组织")
    (True, False)
    """
    sample = text[:JUDGE_SAMPLE]
    for legacy in ("cp1252", "latin-1"):
        try:
            raw = sample.encode(legacy)
        except UnicodeEncodeError:
            continue
        return text_score(raw.decode("utf-8", "replace")) >= MIN_TEXT_SCORE  # a sequence cut at the end: one U+FFFD
    return False


def implausible(decoded: Decoded) -> str | None:
    """Why ``decoded`` is mojibake, not text, or None: too few usual characters, or Han characters that are
    valid but rarely written (another encoding's bytes read in this one). UTF-8 is judged too.

    >>> implausible(decode_bytes("工会组织".encode().decode("latin-1").encode()))
    'double-encoded UTF-8 (UTF-8 read as Latin-1 and encoded again)'
    >>> implausible(decode_bytes("工会组织是职工自愿结合的工人阶级群众组织。".encode())) is None
    True
    """
    sample = decoded.text[:JUDGE_SAMPLE]
    if decoded.score is None and (not sample or sample.isspace()):
        return None  # nothing but white space: for the caller to say so
    share, counted = frequent_share(sample)
    common_han = counted >= MIN_HAN_JUDGED and share >= MIN_FREQUENT_SHARE
    if decoded.score is None and common_han:
        return None  # UTF-8 that reads as Chinese: plausible without scoring every character
    score = decoded.score if decoded.score is not None else text_score(sample)
    if score < MIN_TEXT_SCORE:
        if double_encoded(decoded.text):
            return "double-encoded UTF-8 (UTF-8 read as Latin-1 and encoded again)"
        return (
            f"no encoding gives plausible text (best {decoded.encoding}: "
            f"{score:.0%} usual characters, {decoded.errors} undecodable sequences)"
        )
    if counted >= MIN_HAN_JUDGED and not common_han:
        return f"{decoded.encoding} gives Han characters that are rarely written ({share:.0%} common): another encoding"
    return None


def unusable_reason(data: bytes, decoded: Decoded) -> tuple[str, str] | None:
    """``(reason, detail)`` when a page is not text worth cleaning, else None.

    >>> unusable_reason(b"GIF89a...", decode_bytes(b"GIF89a..."))
    ('binary', 'GIF image (magic number)')
    >>> unusable_reason(b"abc", decode_bytes(b"abc")) is None
    True
    """
    magic = sniff_binary(data)
    if magic is not None:
        return "binary", f"{magic} (magic number)"
    share = control_share(decoded.text)
    if share > MAX_CONTROL_SHARE:
        return "binary", f"{share:.0%} control characters"
    why = implausible(decoded)
    return None if why is None else ("undecodable", why)
