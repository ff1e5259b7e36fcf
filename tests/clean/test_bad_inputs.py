"""Inputs from folders nobody checked: every encoding, line ending and kind of damage is either
cleaned (the same articles as the clean page) or quarantined with a reason. Library only, no Prefect."""

from __future__ import annotations

import codecs
import gzip
import json
import os
import random
import re
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest

from textclean.clean.decode import decode_bytes
from textclean.clean.page import clean_page
from textclean.config import Config
from textclean.dataset.assemble import write_dataset
from textclean.dataset.files import ARTICLES_JSONL, ARTICLES_PARQUET, REJECTS_JSONL
from textclean.dataset.read import read_dataset, read_jsonl, read_records
from textclean.dataset.rows import build_tables
from textclean.dataset.validate import validate_dataset
from textclean.models import Article, Block, PageResult
from textclean.run.inputs import clean_file, clean_files, collect_inputs

#: What no text field may hold (the body's newlines between blocks aside).
FORBIDDEN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\ufeff\ufffd\r]")
TEXT_FIELDS = (
    "source",
    "page_banner",
    "column",
    "kicker",
    "title",
    "subtitle",
    "author_note",
    "affiliation",
    "pull_quote",
)


def texts_of(record: dict[str, Any]) -> list[str]:
    """Every text an article record holds."""
    texts = [record[f] for f in TEXT_FIELDS if record[f] is not None]
    texts += list(record["authors"]) + [b["text"] for b in record["blocks"]]
    return [*texts, *record["body"].split("\n")]


def assert_clean_texts(records: list[dict[str, Any]]) -> None:
    for record in records:
        for text in texts_of(record):
            assert not FORBIDDEN.search(text), (record["article_id"], text[:80])


def content(result: PageResult) -> list[tuple[Any, ...]]:
    """What the articles say (not where they came from: ids and sha256 follow the input bytes)."""
    return [
        (
            (a.title, a.page_banner, a.column, a.kicker, a.subtitle, tuple(a.authors), a.author_note, a.pull_quote),
            tuple((b.kind, b.text) for b in a.blocks),
        )
        for a in result.articles
    ]


@pytest.fixture(scope="session")
def seed_text(seed_paths: list[Path]) -> str:
    return seed_paths[0].read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reference(seed_text: str) -> PageResult:
    result = clean_page("page.txt", seed_text.encode("utf-8"))
    assert len(result.articles) >= 2
    return result


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize(
    ("codec", "prefix", "reported"),
    [
        ("utf-8", b"", "utf-8"),
        ("utf-8", codecs.BOM_UTF8, "utf-8-sig"),
        ("utf-16-le", codecs.BOM_UTF16_LE, "utf-16-le"),
        ("utf-16-be", codecs.BOM_UTF16_BE, "utf-16-be"),
        ("utf-16-le", b"", "utf-16-le"),  # no BOM: found by its NUL bytes
        ("utf-16-be", b"", "utf-16-be"),
        ("utf-32-le", codecs.BOM_UTF32_LE, "utf-32-le"),
        ("gb18030", b"", "gb18030"),
        ("gbk", b"", "gb18030"),  # GBK is a subset of GB18030
    ],
)
def test_simplified_page_in_every_encoding(
    codec: str, prefix: bytes, reported: str, seed_text: str, reference: PageResult
) -> None:
    result = clean_page("page.txt", prefix + seed_text.encode(codec))
    assert result.encoding == reported
    assert content(result) == content(reference)
    assert result.decode_errors == 0 and not any(a.decode_errors for a in result.articles)


@pytest.mark.parametrize(("codec", "reported"), [("utf-8", "utf-8"), ("big5", "big5"), ("utf-16", "utf-16-le")])
def test_traditional_page(codec: str, reported: str, traditional_page: str) -> None:
    """Big5 bytes also decode as GB18030 without an error, into mojibake: the score picks Big5."""
    data = traditional_page.encode(codec)
    result = clean_page("trad.txt", data)
    assert result.encoding == reported
    assert result.articles and result.decode_errors == 0
    body = "".join(a.body for a in result.articles)
    assert "工會工作是黨治國理政" in body  # traditional characters kept, never converted
    assert content(result) == content(clean_page("trad.txt", traditional_page.encode("utf-8")))


def test_big5_is_not_read_as_gb18030(traditional_page: str) -> None:
    data = traditional_page.encode("big5")
    data.decode("gb18030")  # decodes without an error ...
    assert decode_bytes(data).text == traditional_page  # ... but is not taken


def test_encoding_of_each_input_is_in_the_manifest(seed_text: str, traditional_page: str, tmp_path: Path) -> None:
    pages = {
        "a_utf8.txt": seed_text.encode("utf-8"),
        "b_bom.txt": codecs.BOM_UTF8 + seed_text.encode("utf-8"),
        "c_utf16.txt": seed_text.encode("utf-16"),
        "d_gbk.txt": seed_text.encode("gbk"),
        "e_big5.txt": traditional_page.encode("big5"),
    }
    for name, data in pages.items():
        (tmp_path / name).write_bytes(data)
    manifest = write_dataset(tmp_path / "out", build_tables(clean_files(collect_inputs([tmp_path]))))
    assert {i["source"]: i["encoding"] for i in manifest["inputs"]} == {
        "a_utf8.txt": "utf-8",
        "b_bom.txt": "utf-8-sig",
        "c_utf16.txt": "utf-16-le",
        "d_gbk.txt": "gb18030",
        "e_big5.txt": "big5",
    }
    assert all(i["decode_errors"] == 0 and i["status"] == "processed" for i in manifest["inputs"])
    assert validate_dataset(tmp_path / "out") == []


# ---------------------------------------------------------------- line endings, controls, damage


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_endings(newline: str, seed_text: str, reference: PageResult) -> None:
    result = clean_page("page.txt", seed_text.replace("\n", newline).encode("utf-8"))
    assert content(result) == content(reference)
    assert [a.line_spans for a in result.articles] == [a.line_spans for a in reference.articles]
    assert_clean_texts([a.to_record() for a in result.articles])


def sprinkle(text: str, junk: list[str], every: int, seed: int = 1) -> str:
    """``text`` with a piece of ``junk`` put in after every ``every``-th character."""
    rng = random.Random(seed)
    return "".join(ch + (rng.choice(junk) if i % every == every - 1 else "") for i, ch in enumerate(text))


def test_nul_and_other_control_characters_are_removed(seed_text: str, reference: PageResult) -> None:
    junk = ["\x00", "\x01", "\x07", "\x08", "\x1b", "\x7f", "\x9b", "\ufeff", "\u200b", "\x0c"]
    data = sprinkle(seed_text, junk, every=40).encode("utf-8")
    assert b"\x00" in data
    result = clean_page("page.txt", data)
    assert result.encoding == "utf-8" and result.decode_errors == 0
    assert content(result) == content(reference)
    assert_clean_texts([a.to_record() for a in result.articles])


def test_invalid_utf8_in_the_middle(seed_text: str, reference: PageResult) -> None:
    """Bad bytes between characters: dropped, the rest of the page cleaned as before, every row flagged."""
    raw = seed_text.encode("utf-8")
    cuts = [i for i, ch in enumerate(seed_text) if ch == "。"][5:40:7]
    pieces, last = [], 0
    for n, cut in enumerate(cuts):
        at = len(seed_text[:cut].encode("utf-8"))
        pieces += [raw[last:at], [b"\xff", b"\xc3", b"\xe4\xbd", b"\x80\x80", b"\xf8\x88"][n % 5]]
        last = at
    data = b"".join([*pieces, raw[last:]])
    result = clean_page("page.txt", data)
    assert result.encoding == "utf-8"
    assert result.decode_errors >= len(cuts)  # a run of bad bytes may count as one or several
    assert content(result) == content(reference)
    assert all(a.decode_errors for a in result.articles)
    records = [a.to_record() for a in result.articles]
    assert_clean_texts(records)
    assert all(r["decode_errors"] is True for r in records)


def test_damaged_gb18030_page_is_still_gb18030(seed_text: str, reference: PageResult) -> None:
    data = bytearray(seed_text.encode("gb18030"))
    data[len(data) // 2 : len(data) // 2] = b"\xff\xff"
    result = clean_page("page.txt", bytes(data))
    assert result.encoding == "gb18030" and result.decode_errors >= 1
    assert len(result.articles) == len(reference.articles)


def test_one_line_of_a_megabyte(seed_text: str) -> None:
    sentence = "".join(seed_text.split())[:500]
    line = (sentence * (1_000_000 // len(sentence.encode()) + 1)).encode("utf-8")[:1_000_000]
    line = line.decode("utf-8", "ignore").encode("utf-8")
    result = clean_page("long.txt", line)
    assert result.articles and not result.rejects
    assert sum(a.char_count for a in result.articles) > 300_000
    assert_clean_texts([a.to_record() for a in result.articles])


# ---------------------------------------------------------------- quarantined inputs


def tiny_png() -> bytes:
    """A real 1x1 PNG image."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0\0\0\0")) + chunk(b"IEND", b"")
    )


def test_bad_inputs_are_quarantined_with_a_reason(seed_paths: list[Path], tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    seed = seed_paths[0].read_bytes()
    rng = random.Random(7)
    files = {
        "a_empty.txt": (b"", "empty"),
        "b_blank.txt": (b"  \r\n\t\n\xe3\x80\x80\n", "whitespace_only"),
        "c_bom_only.txt": (codecs.BOM_UTF8 + b"\n\n", "whitespace_only"),
        "d_image.txt": (tiny_png(), "binary"),
        "e_doc.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "binary"),
        "f_page.txt.gz.txt": (gzip.compress(seed, mtime=0), "binary"),
        "g_noise.txt": (bytes(rng.randrange(256) for _ in range(5000)), "binary"),
        "h_nuls.txt": (b"\x00" * 300, "binary"),
        "i_big.txt": (seed, "too_large"),
        "j_ok.TXT": (seed, None),  # the extension in any case
    }
    for name, (data, _) in files.items():
        (src / name).write_bytes(data)
    (src / "k_folder.txt").mkdir()
    (src / "l_broken.txt").symlink_to(src / "nowhere")
    os.mkfifo(src / "m_fifo.txt")  # must be rejected, never opened for a blocking read
    (src / "notes.md").write_text("not an input", encoding="utf-8")

    paths = collect_inputs([src])
    assert [p.name for p in paths] == sorted([*files, "k_folder.txt", "l_broken.txt", "m_fifo.txt"])
    config = Config(max_bytes=len(seed) - 1)
    results = [clean_file(p, config if p.name == "i_big.txt" else Config()) for p in paths]
    out = tmp_path / "out"
    manifest = write_dataset(out, build_tables(results), paths=[str(p) for p in paths])

    expected = {name: reason for name, (_, reason) in files.items() if reason}
    expected |= {"k_folder.txt": "unreadable", "l_broken.txt": "unreadable", "m_fifo.txt": "unreadable"}
    rejects = read_jsonl(out / REJECTS_JSONL)
    assert {r["source"]: r["reason"] for r in rejects} == expected
    assert all(r["detail"] for r in rejects)
    assert manifest["counts"]["rejected"] == len(expected) == manifest["counts"]["rejects"]
    assert sum(manifest["counts"]["rejects_by_reason"].values()) == len(expected)
    status = {i["source"]: i["status"] for i in manifest["inputs"]}
    assert status == {name: ("processed" if name == "j_ok.TXT" else "rejected") for name in status}
    assert {a["source"] for a in read_records(out / ARTICLES_PARQUET)} == {"j_ok.TXT"}
    assert validate_dataset(out) == []
    details = {r["source"]: r["detail"] for r in rejects}
    assert details["d_image.txt"] == "PNG image (magic number)"
    assert details["m_fifo.txt"].startswith("not a regular file")


def test_too_large_files_are_never_read_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes("工会".encode() * 400_000)  # 2.4 MB
    result = clean_file(big, Config(max_bytes=1000))
    assert result.rejects[0].reason == "too_large"
    assert result.sha256 == __import__("hashlib").sha256(big.read_bytes()).hexdigest()
    assert result.rejects[0].detail == f"{big.stat().st_size} bytes > 1000"


def test_rows_failing_a_check_are_quarantined_with_its_name(seed_results: list[PageResult], tmp_path: Path) -> None:
    page = seed_results[0]
    dirty = Article(
        article_id="x" * 16,
        source=page.source,
        source_sha256=page.sha256,
        title="标题\x07有控制字符",
        blocks=[Block("paragraph", "正文")],
        line_spans=[(0, 0)],
    )
    results = [PageResult(page.source, page.sha256, "utf-8", articles=[*page.articles, dirty])]
    manifest = write_dataset(tmp_path, build_tables(results))
    (reject,) = read_jsonl(tmp_path / REJECTS_JSONL)
    assert (reject["reason"], reject["stage"]) == ("clean_chars", "validate")
    assert "title" in reject["detail"]
    assert manifest["counts"]["rejects_by_reason"] == {"clean_chars": 1}
    assert "x" * 16 not in {a["article_id"] for a in read_jsonl(tmp_path / ARTICLES_JSONL)}


def test_file_names_that_are_not_utf8(seed_paths: list[Path], tmp_path: Path) -> None:
    """Names from a GBK system, or with control characters: escaped, never a crash when writing."""
    src = tmp_path / "in"
    src.mkdir()
    gbk = os.fsdecode("工会.txt".encode("gbk"))
    (src / gbk).write_bytes(seed_paths[0].read_bytes())
    (src / "a\rb.txt").write_bytes(seed_paths[1].read_bytes())
    paths = collect_inputs([src])
    out = tmp_path / "out"
    manifest = write_dataset(out, build_tables(clean_files(paths)), paths=[str(p) for p in paths])
    assert [i["source"] for i in manifest["inputs"]] == ["\\xb9\\xa4\\xbb\\xe1.txt", "a\\x0db.txt"]
    assert validate_dataset(out) == []
    data = read_dataset(out)
    assert set(data.articles["source"]) == {"\\xb9\\xa4\\xbb\\xe1.txt", "a\\x0db.txt"}
    json.dumps(manifest, ensure_ascii=False).encode("utf-8")


# ---------------------------------------------------------------- determinism


def test_same_inputs_give_byte_identical_files(seed_paths: list[Path], traditional_page: str, tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_bytes(seed_paths[0].read_text(encoding="utf-8").encode("gb18030"))
    (src / "b.txt").write_bytes(traditional_page.encode("big5"))
    (src / "c.txt").write_bytes(seed_paths[1].read_bytes()[:3000] + b"\xff" + seed_paths[1].read_bytes()[3000:])
    (src / "d.txt").write_bytes(tiny_png())

    def run(out: Path) -> dict[str, bytes]:
        paths = collect_inputs([src])
        write_dataset(out, build_tables(clean_files(paths)), paths=[str(p) for p in paths])
        return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if not p.name.startswith(".")}

    first = run(tmp_path / "one")
    assert first == run(tmp_path / "two") == run(tmp_path / "one")
