"""Radicals, em spaces and multi-em dashes an extractor writes for ordinary characters (glyphforms)."""

from __future__ import annotations

import unicodedata

from textclean.clean.glyphforms import FOLD_TABLE, fold_glyph_forms
from textclean.clean.lines import split_lines
from textclean.clean.page import clean_page
from textclean.config import Config

NO_TOKENS = Config(tokens=False, keywords_top_k=0)

#: A page as PyMuPDF prints it, and as pdfminer does from the same PDF: radicals for 长 民 见 门 人 无,
#: an em space after the dateline, a two-em dash before the subtitle.
PAGE = [
    "长坪市民营经济发展见成效",
    "——无人机植保覆盖率超过25.9%",
    "本报讯（记者 陶芊）长坪市各地",
    "民营企业开门迎客，人气旺盛。",
]
PDFMINER = [
    "\u2ed3坪市\u2ea0营经济发展\u2ec5成效",
    "\u2e3a\u2f46\u2f08机植保覆盖率超过25.9%",
    "本报讯（记者 陶芊）\u2ed3坪市各地",
    "\u2ea0营企业开\u2ed4迎客，\u2f08气旺盛。",
]


def test_radicals_and_dashes_read_as_the_characters_they_stand_for() -> None:
    assert fold_glyph_forms("\n".join(PDFMINER)) == "\n".join(PAGE)
    assert [ln.text for ln in split_lines("\n".join(PDFMINER))] == PAGE
    assert fold_glyph_forms("电\u2003今年") == "电\u3000今年"


def test_a_page_of_radicals_cleans_as_the_page_of_ideographs() -> None:
    want = [a.to_record() for a in clean_page("p.txt", "\n".join(PAGE).encode(), NO_TOKENS).articles]
    got = [a.to_record() for a in clean_page("p.txt", "\n".join(PDFMINER).encode(), NO_TOKENS).articles]
    strip = lambda recs: [{k: v for k, v in r.items() if k not in ("article_id", "source_sha256")} for r in recs]  # noqa: E731
    assert strip(got) == strip(want)
    assert want[0]["subtitle"] == "无人机植保覆盖率超过25.9%"


def test_text_of_ordinary_characters_is_left_as_it_is() -> None:
    text = "人民——长江 ﬀ\u3000工会 the 1st"
    assert fold_glyph_forms(text.replace("ﬀ", "ff")) == text.replace("ﬀ", "ff")
    for line in PAGE:
        assert fold_glyph_forms(line) is line


def test_every_radical_folds_to_a_unified_ideograph() -> None:
    for cp, out in FOLD_TABLE.items():
        if 0x2E80 <= cp < 0x2FE0:
            assert len(out) == 1 and unicodedata.name(out).startswith("CJK UNIFIED IDEOGRAPH"), hex(cp)


def test_the_door_radical_is_the_simplified_hu_on_a_simplified_page() -> None:
    # (pdfminer writes ⼾ for every 户 of a page set in a simplified-Chinese font; its equivalent ideograph is the
    # traditional 戶, which no simplified page, gold or dictionary word holds: ``522万戶``, ``农戶`` before)
    page = "\n".join(["本报讯（记者 陶芊）当地新设经营主体522万\u2f3e，", "带动农\u2f3e增收，我们还要继续加把劲。"])
    lines = [ln.text for ln in split_lines(page)]
    assert lines == ["本报讯（记者 陶芊）当地新设经营主体522万户，", "带动农户增收，我们还要继续加把劲。"]
    assert "戶" not in "".join(lines)
    # a page in traditional characters keeps the equivalent ideograph, the form a traditional font draws
    assert (
        split_lines("新設經營主體522萬\u2f3e，我們還要繼續加把勁。")[0].text
        == "新設經營主體522萬戶，我們還要繼續加把勁。"
    )
