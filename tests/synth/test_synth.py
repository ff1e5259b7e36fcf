"""The synthetic page generator: deterministic, valid gold, and gold text that is really on the page."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from textclean import synth
from textclean.synth import layout

ARTICLE_FIELDS = synth.ARTICLE_FIELDS
HAN_RUN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]+")
WS = re.compile(r"\s+")


@pytest.fixture(scope="module")
def pool() -> list[dict]:
    return synth.load_pool()


@pytest.fixture(scope="module")
def pages(pool: list[dict]) -> list[tuple[str, dict]]:
    return [synth.generate_page(random.Random(seed), pool, source=f"p{seed}.txt") for seed in range(60)]


def test_pool_is_the_shipped_gold(pool: list[dict]) -> None:
    assert len(pool) == 8
    assert all(a["title"] and a["blocks"] for a in pool)


def test_same_seed_same_bytes(tmp_path: Path) -> None:
    first = synth.write_corpus(tmp_path / "a", pages=6, seed=3)
    second = synth.write_corpus(tmp_path / "b", pages=6, seed=3)
    assert [p.name for p in first] == [f"synth_{i:04d}.txt" for i in range(1, 7)]
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes()
        assert a.with_suffix(".json").read_bytes() == b.with_suffix(".json").read_bytes()
    other = synth.write_corpus(tmp_path / "c", pages=6, seed=4)
    assert [p.read_bytes() for p in other] != [p.read_bytes() for p in first]


def test_gold_dir_and_source_names(tmp_path: Path) -> None:
    raw = synth.write_corpus(tmp_path / "raw", pages=3, seed=1, gold_dir=tmp_path / "gold")
    for path in raw:
        gold = json.loads((tmp_path / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert gold["source"] == path.name


def test_gold_has_the_fields_of_the_seed_gold(pages: list[tuple[str, dict]]) -> None:
    for _raw, gold in pages:
        json.loads(json.dumps(gold, ensure_ascii=False))
        assert set(gold) == {"source", "page_banner", "articles"}
        assert 1 <= len(gold["articles"]) <= 4
        for a in gold["articles"]:
            assert tuple(a) == ARTICLE_FIELDS
            assert a["page_banner"] == gold["page_banner"]
            assert isinstance(a["title"], str) and a["title"]
            assert isinstance(a["authors"], list) and all(isinstance(n, str) and n for n in a["authors"])
            assert a["blocks"] and a["blocks"][0]["kind"] == "paragraph"
            assert all(
                set(b) == {"kind", "text"} and b["kind"] in ("paragraph", "heading", "attribution") for b in a["blocks"]
            )


def test_credit_fields_agree(pages: list[tuple[str, dict]]) -> None:
    for _raw, gold in pages:
        for a in gold["articles"]:
            note = a["author_note"]
            assert note and not note.startswith("（")
            if note.startswith("作者单位："):
                assert a["affiliation"] == note.removeprefix("作者单位：")
            else:
                assert a["affiliation"] is None
            if note.endswith(" 整理"):
                assert a["authors"] == [note.removesuffix(" 整理")]


def _squeeze(text: str) -> str:
    return WS.sub("", text)


def test_gold_text_is_on_the_page(pages: list[tuple[str, dict]]) -> None:
    for raw, gold in pages:
        page = _squeeze(raw)
        texts = [b["text"] for a in gold["articles"] for b in a["blocks"]]
        texts += [a["title"] for a in gold["articles"]] + [a["pull_quote"] or "" for a in gold["articles"]]
        texts += [a["author_note"] for a in gold["articles"]] + [a["kicker"] or "" for a in gold["articles"]]
        texts += [a["column"] or "" for a in gold["articles"]] + [n for a in gold["articles"] for n in a["authors"]]
        texts.append(gold["page_banner"] or "")
        for text in texts:
            for run in HAN_RUN.findall(text):
                assert run in page, (gold["source"], run)


def test_legitimate_spaces_are_printed_once(pages: list[tuple[str, dict]]) -> None:
    """A space that belongs to the text (byline, two-part title, attribution, body) is printed as one space."""
    for raw, gold in pages:
        lines = [ln.strip() for ln in raw.split("\n")]
        joined = "".join(lines)
        for a in gold["articles"]:
            if a["authors"] and not a["author_note"].endswith(" 整理"):
                assert " ".join(a["authors"]) in lines, (gold["source"], a["authors"])
            texts = [a["title"], a["author_note"]] + [b["text"] for b in a["blocks"]]
            for text in texts:
                for m in re.finditer(" ", text):
                    around = text[max(0, m.start() - 2) : m.end() + 2]
                    assert around in joined, (gold["source"], around)


def test_digits_spaced_and_letter_spacing_happen(pages: list[tuple[str, dict]]) -> None:
    """The noise the cleaner must undo really occurs somewhere in a modest corpus."""
    raw_all = "\n".join(raw for raw, _ in pages)
    assert re.search("[0-9] [\u4e00-\u9fff]", raw_all)
    assert re.search("(?m)^(?:[\u4e00-\u9fff] ){5}", raw_all)
    assert "●观 点" in raw_all


def test_page_layout_basics(pages: list[tuple[str, dict]]) -> None:
    for raw, gold in pages:
        assert "\r" not in raw
        first = next(ln for ln in raw.split("\n") if ln.strip())
        if gold["page_banner"]:
            assert first.strip() == gold["page_banner"]
            assert raw.lstrip(" ").split("\n")[1] == ""


@pytest.mark.parametrize("width", [12, 14, 16, 18])
def test_subheadings_wrap_to_fit_a_narrow_column(width: int) -> None:
    """Set larger than the body, a subheading line holds at most 0.8 of the column's characters."""
    heading = "二、以满足职工美好生活需要为目标，构建工会法律制度体系"
    style = synth.Style(dense=False, width=width, digit_p=0.0)
    for seed in range(5):
        lines = layout._heading_lines(random.Random(seed), heading, style)
        assert "".join(lines) == heading
        assert all(len(ln) <= int(layout.HEADING_SCALE * width) for ln in lines), lines


def test_a_short_subheading_stays_on_one_line_in_a_wide_column() -> None:
    style = synth.Style(dense=False, width=22, digit_p=0.0)
    assert layout._heading_lines(random.Random(0), "完善基层工会劳动法律监督的建议", style) == [
        "完善基层工会劳动法律监督的建议"
    ]


def test_columns_of_other_widths() -> None:
    """``columns`` sets the widths drawn; by default they are the seeds' (16-22 em sparse, 23-28 dense)."""
    narrow = synth.Columns((12, 13), (15, 15))
    rng = random.Random(0)
    styles = [synth.Style.draw(rng, narrow) for _ in range(200)]
    assert {s.width for s in styles if not s.dense} == {12, 13}
    assert {s.width for s in styles if s.dense} == {15}
    rng = random.Random(0)
    assert {synth.Style.draw(rng).width for _ in range(200)} <= set(range(16, 29))
