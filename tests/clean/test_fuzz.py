"""Fuzzing the library path (clean_page -> build_tables -> write_dataset), no Prefect: random bytes
and random damage to the seed pages never raise, and every input ends up as articles or a reject."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from textclean.clean.page import clean_page
from textclean.config import Config
from textclean.dataset.assemble import write_dataset
from textclean.dataset.read import read_dataset
from textclean.dataset.rows import build_tables
from textclean.dataset.validate import validate_dataset
from textclean.models import PageResult

ROOT = Path(__file__).resolve().parents[2]
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]

#: What no text field may hold (newlines only between the body's blocks).
FORBIDDEN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\ufffd\r]")
REASONS = {"empty", "whitespace_only", "binary", "undecodable", "too_large", "no_text", "duplicate_source"}


def seed_bytes() -> list[bytes]:
    """The seed pages in the encodings users have, plus a slice of each (short pages decode differently)."""
    out = []
    for text in SEED_TEXTS:
        out += [
            text.encode("utf-8"),
            codecs.BOM_UTF8 + text.encode("utf-8"),
            text.encode("gb18030"),
            text.encode("utf-16"),
            text.encode("utf-16-be"),
            text.replace("\n", "\r\n").encode("utf-8"),
            text[:300].encode("utf-8"),
        ]
    return out


SEEDS = seed_bytes()
JUNK = [b"\x00", b"\r", b"\r\n", b"\xff", b"\xfe\xff", b"\xef\xbb\xbf", b"\x1b[0m", b"\xe4\xbd", b"\x89PNG", b"\x0c"]


@st.composite
def mutated_pages(draw: st.DrawFn) -> bytes:
    """A seed page with a few random edits: inserted junk or random bytes, deletions, flips, truncation."""
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(0, 6))):
        at = draw(st.integers(0, len(data)))
        op = draw(st.sampled_from(["junk", "bytes", "delete", "flip", "truncate", "repeat"]))
        if op == "junk":
            data[at:at] = draw(st.sampled_from(JUNK)) * draw(st.integers(1, 50))
        elif op == "bytes":
            data[at:at] = draw(st.binary(min_size=1, max_size=64))
        elif op == "delete":
            del data[at : at + draw(st.integers(1, 2000))]
        elif op == "flip" and data:
            data[min(at, len(data) - 1)] ^= draw(st.integers(1, 255))
        elif op == "truncate":
            del data[at:]
        elif op == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 500))] * draw(st.integers(1, 4))
    return bytes(data)


inputs = st.one_of(st.binary(max_size=3000), mutated_pages())


def check_result(result: PageResult) -> None:
    """Accounted for: articles, or exactly one reject with a known reason; clean text in every field."""
    assert bool(result.articles) != bool(result.rejects), result
    if result.rejects:
        (reject,) = result.rejects
        assert reject.reason in REASONS and reject.detail
    for article in result.articles:
        record = article.to_record()
        assert record["decode_errors"] == (result.decode_errors > 0)
        texts = [record[k] for k in ("title", "page_banner", "column", "kicker", "subtitle", "author_note")]
        texts += [record["pull_quote"], record["affiliation"], *record["authors"]]
        texts += [b["text"] for b in record["blocks"]] + record["body"].split("\n")
        for text in texts:
            assert text is None or not FORBIDDEN.search(text), text


@settings(max_examples=300, deadline=None)
@given(data=inputs)
def test_clean_page_never_raises_and_accounts_for_the_input(data: bytes) -> None:
    check_result(clean_page("fuzz.txt", data, Config(max_bytes=200_000)))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pages=st.lists(inputs, min_size=1, max_size=4))
def test_a_run_of_damaged_pages_writes_a_valid_dataset(pages: list[bytes], tmp_path_factory) -> None:
    results = [clean_page(f"p{i}.txt", data) for i, data in enumerate(pages)]
    for result in results:
        check_result(result)
    tables = build_tables(results)
    out = tmp_path_factory.mktemp("fuzz")
    manifest = write_dataset(out, tables)
    entries = manifest["inputs"]
    assert [e["source"] for e in entries] == [f"p{i}.txt" for i in range(len(pages))]
    for entry in entries:  # every input: articles written, or a reject with a reason
        assert (entry["status"] == "processed") == (entry["articles"] > 0), entry
        assert entry["articles"] > 0 or entry["rejects"] > 0, entry
    counts = manifest["counts"]
    assert counts["processed"] + counts["rejected"] == len(pages)
    assert validate_dataset(out) == []
    data = read_dataset(out)
    assert len(data.articles) == counts["articles"] and len(data.rejects) == counts["rejects"]


@pytest.mark.parametrize("seed", range(len(SEEDS)))
def test_every_seed_variant_is_cleaned(seed: int) -> None:
    """The unmutated variants all decode: none is quarantined."""
    result = clean_page("seed.txt", SEEDS[seed])
    assert result.articles and not result.rejects and result.decode_errors == 0
