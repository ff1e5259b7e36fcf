"""Invisible characters removed from a page's text are counted in the manifest: per input and for the run,
reused inputs included."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from textclean.clean.page import clean_page
from textclean.dataset.assemble import write_dataset
from textclean.dataset.files import ARTICLES_JSONL, MANIFEST_JSON
from textclean.dataset.rows import build_tables
from textclean.flows.clean_flow import clean_flow
from textclean.run.inputs import clean_files

#: A right-to-left override (it would show 会工 for 工会) and a tag character (an invisible "A").
RLO, TAG = "\u202e", "\U000e0041"


def tampered(seed: Path) -> bytes:
    """The seed page with U+202E inserted into its first text line and a tag character into a later one."""
    lines = seed.read_text(encoding="utf-8").split("\n")
    first = next(i for i, line in enumerate(lines) if line.strip())
    lines[first] = RLO + lines[first]
    last = max(i for i, line in enumerate(lines) if len(line.strip()) > 4)
    lines[last] = lines[last][:2] + TAG + lines[last][2:]
    return "\n".join(lines).encode("utf-8")


def manifest_of(out: Path) -> dict:
    return json.loads((out / MANIFEST_JSON).read_text(encoding="utf-8"))


def test_a_page_with_a_bidi_override_and_a_tag_counts_two(seed_paths: list[Path], tmp_path: Path) -> None:
    page = tmp_path / "bidi.txt"
    page.write_bytes(tampered(seed_paths[0]))
    result = clean_page("bidi.txt", page.read_bytes())
    plain = clean_page(seed_paths[0].name, seed_paths[0].read_bytes())
    assert (result.removed_chars, plain.removed_chars) == (2, 0)
    assert [a.body for a in result.articles] == [a.body for a in plain.articles]  # the text without them

    out = tmp_path / "data"
    paths = [str(page), str(seed_paths[1])]
    write_dataset(out, build_tables(clean_files(paths)), paths=paths)
    manifest = manifest_of(out)
    assert [(i["source"], i["removed_chars"]) for i in manifest["inputs"]] == [
        ("bidi.txt", 2),
        (seed_paths[1].name, 0),
    ]
    assert manifest["counts"]["removed_chars"] == 2
    text = (out / ARTICLES_JSONL).read_text(encoding="utf-8")
    assert RLO not in text and TAG not in text and "\\u202e" not in text


def test_form_feeds_between_printed_pages_are_not_counted() -> None:
    page = "工会组织\n\n　　工会工作要做实做好维权服务。\n\f推进法治建设\n\n　　法治是治国之重器。\n"
    assert clean_page("p.txt", page.encode()).removed_chars == 0
    assert clean_page("p.txt", page.replace("工会组织", "工\u200b会组织").encode()).removed_chars == 1


def test_a_reused_input_keeps_its_count(prefect_harness: None, seed_paths: list[Path], tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "bidi.txt").write_bytes(tampered(seed_paths[0]))
    shutil.copy(seed_paths[1], folder / "other.txt")
    out = tmp_path / "data"
    first = clean_flow([str(folder)], str(out), workers=1, tokens=False, keywords_top_k=0)
    assert first.manifest["counts"]["removed_chars"] == 2
    (folder / "other.txt").write_bytes(seed_paths[1].read_bytes() + "\n\u2066补记\u2069\n".encode())  # 2 more
    again = clean_flow([str(folder)], str(out), workers=1, tokens=False, keywords_top_k=0)
    entries = {i["source"]: i for i in manifest_of(out)["inputs"]}
    assert (entries["bidi.txt"]["status"], entries["bidi.txt"]["removed_chars"]) == ("reused", 2)
    assert (entries["other.txt"]["status"], entries["other.txt"]["removed_chars"]) == ("processed", 2)
    assert again.manifest["counts"]["removed_chars"] == manifest_of(out)["counts"]["removed_chars"] == 4
