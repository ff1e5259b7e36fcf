"""Compatibility code points an extractor writes for ordinary characters, folded back to them.

A CJK font draws 长 and the radical ⻓ (U+2ED3) with one glyph, 人 and the Kangxi radical ⼈ (U+2F08) with one
glyph; an extractor that reads the font's character map backwards (pdfminer) may write the radical's code point
for every 长 and 人 of the page. Such a page reads the same, but no Han rule (datelines, bylines, the lexicon) and
no comparison finds its words, and a space beside a radical is not a space between two Han characters, so the
spacing repairs keep it (``45 ⼩ 时``). The same extractor writes the font's em space (U+2003) where others write
the ideographic space, and the two-em dash (U+2E3A) where the text has ``——``.

:func:`fold_glyph_forms` maps each such code point to the character it stands for: a radical to its equivalent
unified ideograph (Unicode's ``EquivalentUnifiedIdeograph.txt``; the Kangxi radicals through NFKC; ``⼾`` on a page in
simplified characters to ``户``, the character a simplified-Chinese font draws it as), the em space
to the ideographic space, the two- and three-em dashes to two and three em dashes, a Latin ligature to its
letters. A Chinese text never writes a radical's code point for a character of its running text.
"""

from __future__ import annotations

import re
import unicodedata

#: The CJK Radicals Supplement (U+2E81-U+2EF3) and the unified ideograph each is equivalent to, as hexadecimal
#: code point pairs: Unicode's ``EquivalentUnifiedIdeograph.txt`` (14.0, Ken Lunde); U+2E80 and U+2E9A have none.
RADICAL_SUPPLEMENT_PAIRS = (
    "2E81:5382 2E82:4E5B 2E83:4E5A 2E84:4E59 2E85:4EBB 2E86:5182 2E87:20628 2E88:5200 2E89:5202 2E8A:535C "
    "2E8B:353E 2E8C:5C0F 2E8D:5C0F 2E8E:5140 2E8F:5C23 2E90:5C22 2E91:21BC2 2E92:5DF3 2E93:5E7A 2E94:5F51 "
    "2E95:5F50 2E96:5FC4 2E97:5FC3 2E98:624C 2E99:6535 2E9B:65E1 2E9C:65E5 2E9D:6708 2E9E:6B7A 2E9F:6BCD "
    "2EA0:6C11 2EA1:6C35 2EA2:6C3A 2EA3:706C 2EA4:722B 2EA5:722B 2EA6:4E2C 2EA7:725B 2EA8:72AD 2EA9:738B "
    "2EAA:24D14 2EAB:76EE 2EAC:793A 2EAD:793B 2EAE:25AD7 2EAF:7CF9 2EB0:7E9F 2EB1:7F53 2EB2:7F52 2EB3:34C1 "
    "2EB4:5197 2EB5:2626B 2EB6:7F8A 2EB7:2634C 2EB8:2634B 2EB9:8002 2EBA:8080 2EBB:807F 2EBC:8089 2EBD:26951 "
    "2EBE:8279 2EBF:8279 2EC0:8279 2EC1:864E 2EC2:8864 2EC3:8980 2EC4:897F 2EC5:89C1 2EC6:89D2 2EC7:278B2 "
    "2EC8:8BA0 2EC9:8D1D 2ECA:27FB7 2ECB:8F66 2ECC:8FB6 2ECD:8FB6 2ECE:8FB6 2ECF:9091 2ED0:9485 2ED1:9577 "
    "2ED2:9578 2ED3:957F 2ED4:95E8 2ED5:28E0F 2ED6:961D 2ED7:96E8 2ED8:9752 2ED9:97E6 2EDA:9875 2EDB:98CE "
    "2EDC:98DE 2EDD:98DF 2EDE:2967F 2EDF:98E0 2EE0:9963 2EE1:29810 2EE2:9A6C 2EE3:9AA8 2EE4:9B3C 2EE5:9C7C "
    "2EE6:9E1F 2EE7:5364 2EE8:9EA6 2EE9:9EC4 2EEA:9EFE 2EEB:6589 2EEC:9F50 2EED:6B6F 2EEE:9F7F 2EEF:7ADC "
    "2EF0:9F99 2EF1:9F9C 2EF2:4E80 2EF3:9F9F"
)
#: The Kangxi radicals (U+2F00-U+2FD5): NFKC maps each to its unified ideograph.
KANGXI_RADICALS = range(0x2F00, 0x2FD6)
#: The Latin ligatures (U+FB00-U+FB06, ``ﬁ``): NFKC spells each out in its letters.
LATIN_LIGATURES = range(0xFB00, 0xFB07)
#: The em space a CJK font sets as its full-width space, and the ideographic space the other extractors write
#: for it (the run-in separator of a dateline or a brief's head: :data:`~textclean.clean.lines.RUN_IN_SEPARATOR`).
EM_SPACE, IDEOGRAPHIC_SPACE = "\u2003", "\u3000"
#: The two- and three-em dashes (one glyph for the text's ``——``, the subtitle's and the attribution's dash).
EM_DASH_RUNS = {"\u2e3a": "——", "\u2e3b": "———"}


def _fold_table() -> dict[int, str]:
    """The code point -> replacement table of :func:`fold_glyph_forms`."""
    table = {int(a, 16): chr(int(b, 16)) for a, b in (pair.split(":") for pair in RADICAL_SUPPLEMENT_PAIRS.split())}
    table.update({cp: unicodedata.normalize("NFKC", chr(cp)) for cp in (*KANGXI_RADICALS, *LATIN_LIGATURES)})
    table.update({ord(dash): run for dash, run in EM_DASH_RUNS.items()})
    table[ord(EM_SPACE)] = IDEOGRAPHIC_SPACE
    return table


#: Code point -> what it stands for (:func:`fold_glyph_forms`).
FOLD_TABLE = _fold_table()
#: Kangxi radicals a simplified-Chinese font draws with the glyph of another character than their equivalent
#: ideograph: ``⼾`` (U+2F3E) is equivalent to the traditional ``戶``, and Noto Serif/Sans CJK SC draws it as ``户``
#: (pdfminer, lay6-lay8: 690 ``⼾`` where PyMuPDF and the gold write ``户``, ``522万户``, ``农户``; never ``戶``).
SIMPLIFIED_KANGXI = {0x2F3E: "户"}
#: :data:`FOLD_TABLE` for a page in simplified characters (:func:`simplified_page`).
SIMPLIFIED_FOLD_TABLE = FOLD_TABLE | SIMPLIFIED_KANGXI
#: Frequent characters only simplified text writes, and their traditional forms, in the same order: which of the two
#: a page holds more of tells its script (a traditional page, set in a TC font, draws ``⼾`` as ``戶``).
SIMPLIFIED_CUES = "们这国会为说发经进对"
TRADITIONAL_CUES = "們這國會為說發經進對"
#: Any code point of :data:`FOLD_TABLE` (one search a page: most pages hold none).
FOLDED_RE = re.compile("[" + "".join(map(chr, sorted(FOLD_TABLE))) + "]")


def fold_glyph_forms(text: str) -> str:
    """``text`` with every radical, em space, multi-em dash and Latin ligature (:data:`FOLD_TABLE`) written as the
    character it stands for; a text that holds none is returned as it is. Line breaks are untouched.

    Before (pdfminer, lay6-000): ``⸺⽆⼈机植保覆盖率超过25.9%`` (a subtitle no rule read: no ``——``, no 无人),
    ``⻓坪市``; after, ``——无人机植保覆盖率超过25.9%``, ``长坪市``.

    >>> fold_glyph_forms("⸺⽆⼈机植保覆盖率"), fold_glyph_forms("⻓坪市⺠营经济"), fold_glyph_forms("电\\u2003今年")
    ('——无人机植保覆盖率', '长坪市民营经济', '电\\u3000今年')
    >>> fold_glyph_forms("工会 ﬁnance"), fold_glyph_forms("人民——长江")
    ('工会 finance', '人民——长江')
    >>> fold_glyph_forms("新设经营主体522万⼾，我们"), fold_glyph_forms("新設經營主體522萬⼾，我們")
    ('新设经营主体522万户，我们', '新設經營主體522萬戶，我們')
    """
    found = set(FOLDED_RE.findall(text))
    if not found:
        return text
    table = SIMPLIFIED_FOLD_TABLE if simplified_page(text) else FOLD_TABLE
    for ch in found:  # (a page holds a few distinct ones, and no replacement holds one: as ``str.translate``, faster)
        text = text.replace(ch, table[ord(ch)])
    return text


def simplified_page(text: str) -> bool:
    """Whether ``text`` is written in simplified characters: it holds at least as many of :data:`SIMPLIFIED_CUES`
    as of their traditional forms (:data:`TRADITIONAL_CUES`). Asked only of a page that holds a code point to fold.

    >>> simplified_page("我们这里的农户"), simplified_page("我們這裡的農戶"), simplified_page("")
    (True, False, True)
    """
    simplified = sum(map(text.count, SIMPLIFIED_CUES))
    return simplified >= sum(map(text.count, TRADITIONAL_CUES))
