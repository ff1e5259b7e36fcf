"""Fast paths that look only at the lines holding a rule's cue, each the same as the rule spelt out line by line
(speed work: output byte-identical).

The lines read are the test pages' (``tests/pages``) and a few made to reach each branch.
"""

from __future__ import annotations

import copy
import itertools
import random
from pathlib import Path

import pytest

from textclean.clean.bylines import byline_names
from textclean.clean.captions import (
    CAPTION_CLOSER_RE,
    CAPTION_LABEL_RE,
    CAPTION_OPENER_RE,
    CREDIT_LINE_RE,
    MAX_CAPTION_CHARS,
    MAX_CAPTION_LINES,
    OPENED_FILE_PHOTO_RE,
    caption_lines,
    wrapped_caption_lines,
)
from textclean.clean.chardata import (
    BRACKET_PAIRS,
    BYLINE_ROLE_RE,
    ROLE_WORD_RE,
    closes_bracket_above,
    leaves_bracket_open,
    text_width,
)
from textclean.clean.joinedrows import STACK_REACH, _may_be_a_row, cell_measures, mixed_rows
from textclean.clean.mixedrows import mixed_parts
from textclean.clean.page import read_page
from textclean.clean.repair import _HAN_SPACE_HAN_RE, ATTRIBUTION_DASH, _enclosed, _lists_names, close_stretch_spaces
from textclean.clean.roles import Item, make_items, set_roles
from textclean.clean.wrappedbylines import MAX_WRAP_CHARS, join_wrapped_bylines

PAGES = Path(__file__).resolve().parents[1] / "pages"

#: Lines made to reach each branch of the rules below.
MADE = [
    "图为学生在新建成的图书",
    "馆阅读。记者 林嵘 摄",
    "  图说：环卫工人清扫街道。",
    "▲摘句",
    "工人在生产线上忙碌。（资料图片）",
    "（受访者供图）",
    "江洋远 摄",
    "图为科研人员在实验室调试设备。",
    "资料图片",
    "法官在巡回法庭向村民讲解民法",
    "典。\u3000马娟蕾 摄",
    "本报记者 汪竹帅 韦颖俊 汪然 通讯",
    "员 范霞强",
    "记者在现场看到，工作人",
    "员正忙着核对数据",
    "用好“劳模工匠进学校 思政教师进企业”",
    "《社会保险经办条例》（以下简称《条",
    "韦翊翊 孙桐翎）分别 推进",
    "要河湖、近岸海域污染 防",
]


@pytest.fixture(scope="module")
def texts() -> list[list[str]]:
    """The non-blank lines of every test page, and the made lines in several orders."""
    pages = [
        [ln.text for ln in read_page(p.name, p.read_bytes()).lines if ln.text.strip()]
        for p in sorted(PAGES.rglob("*.txt"))
    ]
    rng = random.Random(7)
    made = [rng.sample(MADE, len(MADE)) for _ in range(40)]
    return [*pages, *made]


def _caption_lines_plainly(texts: list[str]) -> set[int]:
    """:func:`caption_lines` asking every line (its page-wide cue test left out: it only passes pages over)."""
    out: set[int] = set()
    for i, text in enumerate(texts):
        line = text.strip()
        if i in out or len(line) > MAX_CAPTION_CHARS:
            continue
        if CAPTION_LABEL_RE.match(line) or CAPTION_CLOSER_RE.search(line) or CREDIT_LINE_RE.match(line):
            out.add(i)
        if not (CAPTION_OPENER_RE.match(line) or CAPTION_LABEL_RE.match(line)) or CAPTION_CLOSER_RE.search(line):
            continue
        joined = line
        for j in range(i + 1, min(i + MAX_CAPTION_LINES, len(texts))):
            joined += texts[j].strip()
            if len(joined) > MAX_CAPTION_CHARS:
                break
            if CAPTION_CLOSER_RE.search(joined) or OPENED_FILE_PHOTO_RE.search(joined):
                out.update(range(i, j + 1))
                break
    return out


def test_caption_lines_asks_only_cue_lines(texts: list[list[str]]) -> None:
    """Only lines holding a credit's or a mark's cue, or opening with an opener or the label, are asked: the same
    captions as asking every line; and wrapped captions are the same whether or not a page holds ``摄``."""
    found = 0
    for page in texts:
        captions = caption_lines(page)
        assert captions == _caption_lines_plainly(page)
        found += len(captions)
        assert wrapped_caption_lines(page, captions) == wrapped_caption_lines([*page, "摄"], captions)
    assert found


def _join_wrapped_bylines_plainly(items: list[Item]) -> None:
    """:func:`join_wrapped_bylines` stepping through every line (its page-wide cue test left out)."""
    i = 0
    while i < len(items) - 1:
        it, nxt = items[i], items[i + 1]
        if it.role == "text" == nxt.role and BYLINE_ROLE_RE.match(it.text) and len(nxt.text) <= MAX_WRAP_CHARS:
            joined = it.text + nxt.text
            if byline_names(joined):
                items[i] = Item(it.no, it.raw + nxt.raw, joined, it.width, it.gap_before, nxt.gap_after, "byline")
                del items[i + 1]
        i += 1


def _shown(items: list[Item]) -> list[tuple[int, str, str, str, bool, bool]]:
    return [(it.no, it.raw, it.text, it.role, it.gap_before, it.gap_after) for it in items]


def test_wrapped_bylines_join_as_line_by_line(texts: list[list[str]]) -> None:
    """Looking only at lines that open with a role word (each line's index kept across the joins made) joins the
    same lines as stepping through them all, wherever joins follow each other."""
    rng = random.Random(11)
    pairs = [
        MADE[11],
        MADE[12],
        MADE[13],
        MADE[14],
        "记者 李明",
        "通讯员 王刚",
        "本报记者",
        "张三",
        "本报记者 刘",
        "洋",
    ]
    made = [[rng.choice(pairs) for _ in range(rng.randint(1, 8))] for _ in range(2000)]
    joins = 0
    for page in [*texts, *made]:
        items = [Item(k, t, t, float(len(t)), k % 2 == 0, k % 3 == 0) for k, t in enumerate(page)]
        set_roles(items)
        fast, plain = copy.copy(items), copy.copy(items)
        join_wrapped_bylines(fast)
        _join_wrapped_bylines_plainly(plain)
        assert _shown(fast) == _shown(plain)
        joins += len(items) - len(fast)
    assert joins


def test_bracket_tests_are_the_counts(texts: list[list[str]]) -> None:
    """The set look-up that passes lines over holding no bracket says what the counts say."""
    for line in itertools.chain.from_iterable(texts):
        assert leaves_bracket_open(line) == any(line.count(o) > line.count(c) for o, c in BRACKET_PAIRS)
        assert closes_bracket_above(line) == any(line.count(c) > line.count(o) for o, c in BRACKET_PAIRS)


def test_stretch_spaces_closed_as_each_space_asked(texts: list[list[str]]) -> None:
    """A line holding no quote mark nor bracket has every stretch space closed, as asking each whether it is
    enclosed does."""
    for line in itertools.chain.from_iterable(texts):
        plain = line
        if not (
            " " not in line or ROLE_WORD_RE.search(line) or line.startswith(ATTRIBUTION_DASH) or _lists_names(line)
        ):
            plain = _HAN_SPACE_HAN_RE.sub(lambda m, line=line: m.group(0) if _enclosed(line, m.start()) else "", line)
        assert close_stretch_spaces(line) == plain


def _mixed_rows_plainly(items: list[Item], measures: list[int]) -> dict[int, list[str]]:
    """:func:`mixed_rows` (nothing split yet) asking every line."""
    found = {k: parts for k, it in enumerate(items) if _may_be_a_row(it) and (parts := mixed_parts(it.raw, measures))}
    return {
        k: v for k, v in found.items() if any(j in found for j in range(k - STACK_REACH, k + STACK_REACH + 1) if j != k)
    }


def test_mixed_rows_asks_only_spaced_lines() -> None:
    """Mixed rows are looked for only in lines holding a space: the same rows as asking every line."""
    row, text = "在机器人社团，学生们正在调试自己编写 公司，担任销售员。入职时，公", "甲" * 18
    made = [[row, row, text], [row, text, text, text, row], [text, row, text, row, text]]
    pages = [[Item(k, t, t, text_width(t), False, False) for k, t in enumerate(page)] for page in made]
    for path in sorted(PAGES.rglob("*.txt")):
        pages.append(make_items(read_page(path.name, path.read_bytes()).lines))
    found = 0
    for k, items in enumerate(pages):
        set_roles(items)
        measures = [18, 14] if k < len(made) else cell_measures(items)
        rows = mixed_rows(items, {}, measures)
        assert rows == _mixed_rows_plainly(items, measures)
        found += len(rows)
    assert found
