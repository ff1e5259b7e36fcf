"""Mojibake never passes as text, UTF-8 included; invisible and bidi controls never reach a text field."""

from __future__ import annotations

from pathlib import Path

import pytest

from textclean.clean.decode import clean_name, decode_bytes, unusable_reason
from textclean.clean.page import clean_page

ROOT = Path(__file__).resolve().parents[2]
SEED = (ROOT / "seeds" / "000_341eea174fccb12b.txt").read_text(encoding="utf-8")
KOREAN = (
    "대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다. "
    "노동조합은 근로자의 권익을 보호하기 위하여 조직된 단체이다. 정부는 경제 발전을 위하여 노력하여야 한다.\n"
) * 4


def reason_of(data: bytes) -> tuple[str, str] | None:
    return unusable_reason(data, decode_bytes(data))


def test_double_encoded_utf8_is_quarantined() -> None:
    data = SEED.encode("utf-8").decode("latin-1").encode("utf-8")  # valid UTF-8, every character wrong
    result = clean_page("p.txt", data)
    assert not result.articles
    assert result.rejects[0].reason == "undecodable"
    assert "double-encoded" in result.rejects[0].detail


def test_korean_euc_kr_read_as_gb18030_is_quarantined() -> None:
    data = KOREAN.encode("euc-kr")  # every byte pair is a valid GB18030 Han character
    assert decode_bytes(data).encoding == "gb18030"
    reason = reason_of(data)
    assert reason is not None and reason[0] == "undecodable"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "big5"])
def test_real_chinese_pages_stay_plausible(encoding: str) -> None:
    text = SEED if encoding != "big5" else SEED.translate(str.maketrans("会组织为国", "會組織為國"))
    assert reason_of(text.encode(encoding, "ignore")) is None


def test_a_page_half_utf8_half_gb18030_is_read_line_by_line() -> None:
    lines = SEED.splitlines(keepends=True)
    half = len(lines) // 2
    data = "".join(lines[:half]).encode("utf-8") + "".join(lines[half:]).encode("gb18030")
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8+gb18030"
    assert decoded.text == SEED and decoded.errors == 0
    assert reason_of(data) is None


BIDI = "\u202e\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u200e\u200f"
INVISIBLE = BIDI + "\ue000\U000f0001\U000e0041\U000e007f\ufdd0\uffff\U0001fffe"


def test_bidi_tags_private_use_and_noncharacters_never_reach_a_text_field() -> None:
    page = "\u202e打造“五型”工会\u202c\n\n　　工会\u2066工作\u2069要做实\ue000做好\U000e0041维权\ufdd0服务。\u200f\n"
    result = clean_page("p.txt", page.encode())
    assert [a.title for a in result.articles] == ["打造“五型”工会"]
    record = result.articles[0].to_record()
    text = "".join(str(v) for v in record.values())
    assert not set(text) & set(INVISIBLE)
    assert record["body"] == "工会工作要做实做好维权服务。"


def test_rare_han_characters_are_kept() -> None:
    result = clean_page("p.txt", "唐鑛谈工会\n\n　　唐鑛说，工会工作要做实做好维权服务。\n".encode())
    assert "唐鑛" in result.articles[0].body


def test_a_file_name_with_a_bidi_override_is_escaped() -> None:
    assert clean_name("evil\u202etxt.exe") == "evil\\u202etxt.exe"
    assert clean_name("工会.txt") == "工会.txt"
