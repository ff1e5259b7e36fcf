"""textclean.analysis.script: script detection and traditional -> simplified conversion that spares names."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textclean.analysis.script import (
    RARE_RE,
    TEXT_FIELDS,
    Converter,
    article_script,
    convert_article,
    convert_paragraphs,
    detect_script,
    load_protect_file,
    script_counts,
)
from textclean.clean.page import clean_page
from textclean.dataset.rows import paragraph_records
from textclean.dataset.schemas import articles_frame, validate_articles

# A page set in traditional characters, in the raw shape of the seeds (hard-wrapped
# lines with blank lines between), by an author whose name has the rare 鑛.
TRADITIONAL_PAGE = """以數字技術賦能職工技能培訓

唐鑛

近年來，各級工會積極推動職工技能培訓數

字化轉型，開發線上學習平臺，讓廣大職工

隨時隨地學習新知識、掌握新技能。

實踐證明，數字化培訓既降低了學習成本，

也擴大了覆蓋範圍。下一步，要繼續完善課

程體系，加強師資隊伍建設。

（作者單位：中國勞動關係學院）
"""

EXT_B = "\U00020bb7"  # 𠮷, CJK Extension B
EXT_A_MAPPED = "\u346e"  # 㑮, CJK Extension A: OpenCC's table maps it to an Extension B character


def tables_opencc_t2s(text: str) -> str:
    return str(opencc.OpenCC("t2s").convert(text))


def newer_tables_t2s(text: str) -> str:
    """OpenCC's t2s as newer character tables have it, where 鑛 becomes 矿."""
    return tables_opencc_t2s(text).replace("鑛", "矿")


@pytest.fixture(scope="module")
def traditional_article() -> dict:
    result = clean_page("trad.txt", TRADITIONAL_PAGE.encode("utf-8"))
    assert len(result.articles) == 1, result.rejects
    return result.articles[0].to_record()


# ---------------------------------------------------------------- detection


def test_seed_articles_are_simplified(seed_results) -> None:
    records = [a.to_record() for r in seed_results for a in r.articles]
    assert records and {article_script(r) for r in records} == {"simplified"}


def test_traditional_page_is_detected(traditional_article: dict) -> None:
    assert article_script(traditional_article) == "traditional"
    assert detect_script(traditional_article["body"]) == "traditional"


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("职工学习贯彻会议精神", "simplified"),
        ("職工學習貫徹會議精神", "traditional"),
        ("這個學校 这个学校", "mixed"),
        ("工人", "unknown"),  # characters both scripts share
        ("ABC 123，。", "unknown"),
        ("", "unknown"),
        ("皇后", "unknown"),  # 后 is also traditional (empress): it counts for neither
        ("后来的发展" * 10 + "唐鑛的學", "simplified"),  # a traditional character or two in a simplified text
    ],
)
def test_detect_script(text: str, script: str) -> None:
    assert detect_script(text) == script


def test_script_counts() -> None:
    assert script_counts("這是學校") == (2, 0)
    assert script_counts("这是学校") == (0, 2)


# ---------------------------------------------------------------- conversion


def test_default_mode_changes_nothing(traditional_article: dict) -> None:
    converter = Converter()
    assert converter.mode == "none"
    for text in (TRADITIONAL_PAGE, "唐鑛", EXT_B, EXT_A_MAPPED, "这是学校"):
        assert converter.convert(text) == text
    out = convert_article(traditional_article, converter)
    assert {k: out[k] for k in traditional_article} == traditional_article
    assert out["script"] == "traditional"
    assert all(out[f"{k}_original"] is None for k in TEXT_FIELDS)


def test_t2s_converts(traditional_article: dict) -> None:
    converter = Converter("t2s")
    assert converter.convert("這是學校") == "这是学校"
    assert converter.convert("这是学校") == "这是学校"


def test_auto_converts_traditional_only() -> None:
    converter = Converter("auto")
    assert converter.convert("職工學習") == "职工学习"
    assert converter.convert("职工学习") == "职工学习"
    mixed = "這個學校 这个学校"
    assert converter.convert(mixed) == mixed
    assert converter.convert(mixed, script="traditional") == "这个学校 这个学校"
    assert converter.converts("traditional") and not converter.converts("mixed")
    assert Converter("t2s").converts("simplified") and not Converter().converts("traditional")


def test_unknown_mode_is_an_error() -> None:
    with pytest.raises(ValueError, match="mode"):
        Converter("s2t")  # type: ignore[arg-type]


def test_protected_names_are_never_converted() -> None:
    plain = Converter("t2s", t2s=newer_tables_t2s)
    assert plain.convert("唐鑛談鑛業") == "唐矿谈矿业"  # a name not in the protect list may be converted
    protected = Converter("t2s", protect={"唐鑛"}, t2s=newer_tables_t2s)
    assert protected.convert("唐鑛談鑛業") == "唐鑛谈矿业"
    assert Converter("t2s", protect={"臺灣"}).convert("臺灣學校") == "臺灣学校"
    # the longer of two overlapping names wins
    both = Converter("t2s", protect={"唐鑛", "唐鑛業"}, t2s=newer_tables_t2s)
    assert both.convert("唐鑛業會") == "唐鑛業会"


def test_rare_characters_are_kept() -> None:
    assert tables_opencc_t2s(EXT_A_MAPPED) != EXT_A_MAPPED  # OpenCC alone would change it
    converter = Converter("t2s")
    for text in (f"{EXT_B}野家的學生", f"{EXT_A_MAPPED}與{EXT_B}", "唐鑛"):
        out = converter.convert(text)
        assert len(out) == len(text)
        assert [c for c in out if RARE_RE.fullmatch(c)] == [c for c in text if RARE_RE.fullmatch(c)]
    assert converter.convert(f"{EXT_B}野家的學生") == f"{EXT_B}野家的学生"
    assert converter.convert("唐鑛") == "唐鑛"


TRADITIONAL_CHARS = "這個學校職工會議發展後來臺灣鑛礦乾隆頭髮"
TEXT = st.text(
    alphabet=st.sampled_from(
        [*TRADITIONAL_CHARS, *"这个学校职工会议发展后来", *"，。“”（） \n", EXT_B, EXT_A_MAPPED, "\U0002a6a5", "\uf900"]
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_conversion_keeps_length_and_rare_characters(text: str) -> None:
    out = Converter("t2s", protect={"唐鑛"}).convert(text)
    assert len(out) == len(text)
    for a, b in zip(text, out, strict=True):
        if RARE_RE.fullmatch(a) or a.isspace() or a in "，。“”（）":
            assert a == b
    assert Converter("t2s").convert(out) == out  # converting twice changes nothing more


def test_load_protect_file(tmp_path: Path) -> None:
    path = tmp_path / "protect.txt"
    path.write_text("\ufeff# names to keep\n唐鑛\n\n  臺灣  # a place\n#唐矿\n唐鑛\n", encoding="utf-8")
    assert load_protect_file(path) == frozenset({"唐鑛", "臺灣"})


# ---------------------------------------------------------------- records


def test_traditional_article_converted_with_originals(traditional_article: dict) -> None:
    out = convert_article(traditional_article, Converter("auto", protect=frozenset({"唐鑛"})))
    assert out["script"] == "traditional"
    assert out["title"] == "以数字技术赋能职工技能培训"
    assert out["title_original"] == "以數字技術賦能職工技能培訓"
    assert out["authors"] == ["唐鑛"] and out["authors_original"] is None
    assert out["author_note"] == "作者单位：中国劳动关系学院"
    assert out["author_note_original"] == "作者單位：中國勞動關係學院"
    assert out["body_original"] == traditional_article["body"]
    assert out["body"].startswith("近年来，各级工会积极推动职工技能培训数字化转型")
    assert script_counts(out["body"])[0] == 0
    assert out["body"] == "\n".join(b["text"] for b in out["blocks"])
    assert out["char_count"] == len(out["body"]) == len(traditional_article["body"])
    # the converted article still passes every schema check
    valid, rejects = validate_articles(articles_frame([out]))  # keywords (added later by the writer): null
    assert rejects == [] and len(valid) == 1

    paragraphs = convert_paragraphs(paragraph_records(traditional_article), out)
    assert [p["text"] for p in paragraphs] == [b["text"] for b in out["blocks"]]
    assert [p["text_original"] for p in paragraphs] == [b["text"] for b in traditional_article["blocks"]]


def test_simplified_article_untouched_in_auto(seed_results) -> None:
    record = seed_results[0].articles[0].to_record()
    out = convert_article(record, Converter("auto"))
    assert {k: out[k] for k in record} == record
    assert out["script"] == "simplified" and out["body_original"] is None
