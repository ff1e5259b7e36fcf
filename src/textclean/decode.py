"""Raw bytes -> text: detect the encoding, never silently produce mojibake."""

from __future__ import annotations

import codecs
import hashlib

from charset_normalizer import from_bytes

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Encodings tried for text that is not UTF-8, in order of preference.
CJK_ENCODINGS: tuple[str, ...] = ("gb18030", "big5", "utf_16_le", "utf_16_be")


def sha256_hex(data: bytes) -> str:
    """Hex sha256 of the raw input bytes.

    >>> sha256_hex(b"")[:12]
    'e3b0c44298fc'
    """
    return hashlib.sha256(data).hexdigest()


def decode_bytes(data: bytes) -> tuple[str, str, bool]:
    """Decode a page; return ``(text, encoding, had_undecodable_bytes)``.

    A BOM wins; then strict UTF-8; then the best CJK candidate found by
    charset-normalizer; as a last resort UTF-8 with U+FFFD for bad bytes
    (and the flag set, so the row can say so).

    >>> decode_bytes("工会".encode("utf-8"))
    ('工会', 'utf-8', False)
    >>> decode_bytes(codecs.BOM_UTF8 + "工会".encode("utf-8"))
    ('工会', 'utf-8-sig', False)
    >>> decode_bytes("工會".encode("big5"))[:2]
    ('工會', 'big5')
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc.replace("-sig", "")), enc, False
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8"), "utf-8", False
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=list(CJK_ENCODINGS)).best()
    if best is not None and best.encoding:
        enc = codecs.lookup(best.encoding).name
        try:
            return data.decode(enc), enc, False
        except (UnicodeDecodeError, LookupError):
            pass
    return data.decode("utf-8", errors="replace"), "utf-8", True
