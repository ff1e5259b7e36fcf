"""Fast paths of the cleaning, each the same as the plain rule it stands for (speed work: output byte-identical).

The pages read are the test pages and the row reader's own (``tests/pages``); each check compares the fast path
with the rule spelt out, on every line, pair of lines or state.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from pathlib import Path

import pytest

from textclean.clean.blockrows import blocks_of_lines, tight_blocks
from textclean.clean.briefs import brief_starts
from textclean.clean.charts import chart_lines
from textclean.clean.furniture import (
    EDITOR_CUES,
    cue_lines,
    date_lines,
    is_date_line,
    may_hold_date_line,
    name_and_date_piece,
    names_off_date_lines,
)
from textclean.clean.glyphforms import FOLD_TABLE, SIMPLIFIED_FOLD_TABLE, fold_glyph_forms
from textclean.clean.guidebox import guide_box_lines
from textclean.clean.junctions import (
    UNSEEN_ODDS,
    junction,
    junctions_apart,
    junctions_apart_each,
    page_pairs,
    rough_ends,
)
from textclean.clean.lexicon import WINDOW, _inner_pairs, breaks_a_word, word_ends
from textclean.clean.match import TITLE_NGRAM, BigramIdf, content_chars, ngrams
from textclean.clean.measures import _set_to_measure, changes_column, telling_widths
from textclean.clean.opening import GAPPED_BODY_SHARE, gapped_body
from textclean.clean.page import read_page
from textclean.clean.roles import Item, column_of, fuller_median, make_items, measured_column
from textclean.clean.rowgate import GATE_GAIN, GATE_ROWS, MAX_COLUMNS, _run_on_later
from textclean.clean.rowread import _fit, _page_fits
from textclean.clean.runinlabels import MIN_LABEL_REPEATS, _unsaid_prefixes, repeated_labels
from textclean.clean.runinpieces import box_label_at, labelled_box, runin_pieces
from textclean.clean.windows import BodyWindows
from textclean.models import Article, Block, Line

PAGES = Path(__file__).resolve().parents[1] / "pages"


def _page_items() -> list[list[Item]]:
    """The items of every test page (the row reader's pages read row by row among them)."""
    paths = sorted(PAGES.rglob("*.txt"))
    return [make_items(read_page(p.name, p.read_bytes()).lines) for p in paths]


@pytest.fixture(scope="module")
def pages() -> list[list[Item]]:
    items = [page for page in _page_items() if len(page) > MAX_COLUMNS]
    assert len(items) >= 10
    return items


def test_junctions_apart_is_junction(pages: list[list[Item]]) -> None:
    for items in pages:
        pairs = page_pairs(items)
        for k in range(1, MAX_COLUMNS + 1):
            assert junctions_apart(items, k, pairs) == [
                junction(a, b, pairs) for a, b in zip(items, items[k:], strict=False)
            ]


def test_junctions_apart_each_is_each_step(pages: list[list[Item]]) -> None:
    """The breaks of every step worked out at once are those of each step alone."""
    for items in pages:
        pairs = page_pairs(items)
        steps = range(1, MAX_COLUMNS + 1)
        assert junctions_apart_each(items, steps, pairs) == [junctions_apart(items, k, pairs) for k in steps]


def _runs_on_later_plainly(items: list[Item], starts: list[int]) -> bool:
    """The row gate's look from ``starts`` spelt out: from a start ``i``, the lines of the next :data:`GATE_ROWS`
    rows of ``k`` columns (after the first row; none past the lines looked at), each line's gain read a row later
    over read on, summed exactly, at least :data:`GATE_GAIN` a line."""
    end = min(len(items), starts[-1] + GATE_ROWS * MAX_COLUMNS)
    tails, heads = rough_ends(items)
    for i in starts:
        for k in range(2, MAX_COLUMNS + 1):
            lines = range(i + k, min(end, i + GATE_ROWS * k))
            gains = [tails[j - k].get(heads[j], UNSEEN_ODDS) - tails[j - 1].get(heads[j], UNSEEN_ODDS) for j in lines]
            if gains and math.fsum(gains) >= GATE_GAIN * len(gains):
                return True
    return False


def test_run_on_later_is_its_windows_summed(pages: list[list[Item]]) -> None:
    """The row gate weighs whole windows by running sums in C, the windows the page's end cuts short one by one:
    the same as summing every window (starts at every third line, and near the page's end)."""
    told: Counter[bool] = Counter()
    for items in pages:
        n = len(items)
        for first in range(0, n, 20):
            for starts in (list(range(first, min(n, first + 30), 3)), list(range(max(0, n - 40 + first % 7), n, 2))):
                if starts:
                    said = _run_on_later(items, starts)
                    assert said == _runs_on_later_plainly(items, starts)
                    told[said] += 1
    assert told[True] and told[False]


def test_blocks_of_lines_counts_the_tight_blocks(pages: list[list[Item]]) -> None:
    """The blocks of more than one line counted in C are those :func:`tight_blocks` makes, whatever the blank
    lines (each page as read, and with every third line set tight under the line above)."""
    for items in [*pages, []]:
        tight = [
            Item(it.no, it.raw, it.text, it.width, it.gap_before and k % 3 != 1, True) for k, it in enumerate(items)
        ]
        for page in (items, tight, items[:1], tight[:2]):
            assert blocks_of_lines(page) == sum(len(b) > 1 for b in tight_blocks(page))


def test_bigram_weights_at_once_are_each_alone(pages: list[list[Item]]) -> None:
    """A text's bigrams weighed at once (:meth:`BigramIdf.coverage`) weigh what the rule says of each (the bodies
    whose content characters hold it, counted), and its coverage of a body is the exact sum of the weights of the
    bigrams the body holds, over all of them."""
    for items in pages:
        texts = [it.text for it in items]
        bodies = ["".join(texts[k : k + 12]) for k in range(0, len(texts), 12)]
        contents = [content_chars(b) for b in bodies]
        idf = BigramIdf(bodies)
        for head in texts[::5]:
            grams = ngrams(head, TITLE_NGRAM)
            weight = {g: math.log(1.0 + (len(bodies) + 1) / (1.0 + sum(g in c for c in contents))) for g in grams}
            for d, content in enumerate(contents):
                total, held = math.fsum(weight.values()), math.fsum(w for g, w in weight.items() if g in content)
                assert idf.coverage(head, d) == (held / total if grams else 0.0)
            assert all(idf.weight(g) == w for g, w in weight.items())


def test_page_fits_are_fit(pages: list[list[Item]]) -> None:
    """Each line's fit in each state of the row reader's Viterbi, worked out a ``k`` at a time, is :func:`_fit`'s
    (``(k, 1)``; ``(k, 0)`` and ``(k, 2)`` to ``(k, k)``, alike; ``(k, k + 1)``)."""
    for items in pages:
        pairs = page_pairs(items)
        seq = junctions_apart(items, 1, pairs)
        fits = _page_fits(items, seq, pairs)
        for j in range(1, len(items)):
            assert fits[0][0][j] == _fit(items, seq, pairs, j, 0, 0)
            for k in range(2, MAX_COLUMNS + 1):
                assert fits[k][0][j] == _fit(items, seq, pairs, j, k, 1)
                assert fits[k][1][j] == _fit(items, seq, pairs, j, k, 2) == _fit(items, seq, pairs, j, k, 0)
                assert fits[k][2][j] == _fit(items, seq, pairs, j, k, k + 1)


def test_pairs_no_word_holds_end_a_word(pages: list[list[Item]]) -> None:
    """Where the two characters across a break are no pair of the lexicon's words (:func:`_inner_pairs`), the
    most probable cut ends a word between them: :func:`breaks_a_word` need not cut the text. Every pair of lines
    of the pages, one after the other and a few apart."""
    inner, looked = _inner_pairs(), 0
    for items in pages:
        texts = [it.text for it in items]
        for upper, lower in itertools.chain(*(zip(texts, texts[k:], strict=False) for k in (1, 2, 5))):
            a, b = upper.rstrip()[-WINDOW:], lower.lstrip()[:WINDOW]
            if a and b and a[-1] + b[0] not in inner:
                assert len(a) in word_ends(a + b)
                looked += 1
    assert looked > 1000


def test_breaks_a_word_pairs() -> None:
    """The pair test passes over no break inside a word, and keeps a break between words between words."""
    assert breaks_a_word("一定要搞好整党整", "风，加强党的建设")
    assert not breaks_a_word("党的十一大报告摘登", "一定要强化人民的国家机器")
    assert "整风" in _inner_pairs() and "登一" not in _inner_pairs()


#: Date-line pieces and lines that hold one of their cue characters and are none (:func:`cue_lines`).
DATE_PIECES = [
    "2026年5月8日 星期四　A13　责任编辑 曹屹峤　美术编辑 范岚",
    "A 1 3 责 任 编 辑 曹 屹 峤",
    "2026年5月8日 星 期四",
    "校对：段怡",
    "本版编辑：闫晨强　袁雅",
    "科技周刊 责任编辑：覃雪 版式设计：徐磊远",
    "专题·深度报道　2026年2月3日 星期二",
    "星期四上午，市民在社区服务中心办理业务。",
    "编辑部的故事",
]


def test_date_lines_hold_a_cue(pages: list[list[Item]]) -> None:
    """Every line :func:`is_date_line` or :func:`name_and_date_piece` accepts holds a cue character
    (:func:`cue_lines`): the date-line rules need ask no other line, and say the same as when they ask every line."""
    texts = [it.text for items in pages for it in items] + DATE_PIECES
    cued = set(cue_lines(texts))
    assert {i for i, t in enumerate(texts) if is_date_line(t) or name_and_date_piece(t)} <= cued
    assert {i for i, t in enumerate(DATE_PIECES, len(texts) - len(DATE_PIECES)) if is_date_line(t)} <= cued
    assert date_lines(DATE_PIECES) == {i for i, t in enumerate(DATE_PIECES) if is_date_line(t)} == {0, 1, 2, 3, 4}
    lines = [Line(k, t) for k, t in enumerate(DATE_PIECES)]
    assert [ln.text for ln in names_off_date_lines(lines)] == [name_and_date_piece(t) or t for t in DATE_PIECES]


def test_may_hold_date_line_is_its_words_in_the_compact_text(pages: list[list[Item]]) -> None:
    """One search for ``星期`` or an editor's word with white space allowed between the characters finds what the
    text with its white space dropped holds."""
    texts = [it.text for items in pages for it in items] + DATE_PIECES
    pieces = [
        *texts,
        "\n".join(texts),
        "星\n期四",
        "责 任\u3000编\t辑",
        "责任\u2003编辑",
        "星 早期",
        "编 者",
        "版\n\n式",
    ]
    for text in pieces:
        compact = "".join(text.split())
        assert may_hold_date_line(text) == ("星期" in compact or any(cue in compact for cue in EDITOR_CUES))
    assert may_hold_date_line("星\n期四") and not may_hold_date_line("星 早期")


def test_fold_glyph_forms_is_translate() -> None:
    """Replacing the distinct code points a text holds is ``str.translate`` with the fold table: no replacement
    holds a code point of the table (one replaced later would be folded twice)."""
    for table in (FOLD_TABLE, SIMPLIFIED_FOLD_TABLE):
        assert not set("".join(table.values())) & set(map(chr, table))
    every = "".join(map(chr, sorted(FOLD_TABLE)))
    for text in (every + "我们的农户", every + "我們的農戶", "工会 ﬁnance\u2003人民⸺长江", "推进改革。"):
        table = SIMPLIFIED_FOLD_TABLE if "们" in text else FOLD_TABLE
        assert fold_glyph_forms(text) == text.translate(table)


def test_box_glyph_and_label_prefilters(pages: list[list[Item]]) -> None:
    """:func:`brief_starts` marks the lines opening with a glyph (none blank), :func:`labelled_box` asks only lines
    of a label's length (:data:`~textclean.clean.typesetting.COLUMN_LABEL_CHARS`): the same as asking every line."""
    for items in pages:
        asked = [i for i in range(1, len(items) - 1) if box_label_at(items, i + 1)]
        assert all(len(items[i].text.strip()) <= 5 for i in asked)
    mk = lambda raw: Item(0, raw, raw.replace("\u3000", " "), 10.0, False, False)  # noqa: E731
    story = [mk("甲" * 80), mk("经济增速在4%—7%区间。")]
    box = [
        mk("跨境结算量增长14.1%\u30001—5月，"),
        mk("结算金额增长。"),
        mk("制造业PMI为48.5%\u3000 9月份，"),
        mk("为49.9%。"),
    ]
    assert [s[0] for s in labelled_box([*story, mk("财经速递"), *box], False)] == [3, 5]
    assert [s[0] for s in runin_pieces(box, False, True, True)] == [0, 2]
    glyphed = [
        mk("■ 促进区域协调"),
        mk("发展\u3000深入实施区域"),
        mk("战略。"),
        mk("■ 提高能源的利用效"),
        mk("率\u3000能源"),
    ]
    assert [s[0] for s in brief_starts([mk(""), *glyphed])] == [1, 4]


def test_repeated_labels_asks_titles_opening_alike() -> None:
    """A label is looked for only in titles whose first two characters open :data:`MIN_LABEL_REPEATS` titles: the
    same columns and titles as when every title's label-shaped words are counted."""
    mk = lambda title: Article("a", "p.txt", "0" * 64, title, [Block("paragraph", "正文。")], [], None)  # noqa: E731
    titles = [
        "读者之声积极推进祖国和平统一大业",
        "读者之声关于国际形势和外交工作",
        "读者之声关于社会主义革命",
        "读者来信谈改革开放新成就",
        "新时代新征程新伟业",
        "新时代的工会工作",
        " 学习园地推进改革发展",
        "学习园地关于基本建设",
    ]
    articles = [mk(t) for t in titles]
    prefixes = [_unsaid_prefixes(a) for a in articles]  # (every title asked)
    counts = Counter(itertools.chain.from_iterable(prefixes))
    expected = []
    for a, said in zip(articles, prefixes, strict=True):
        found = [p for p in said if counts[p] >= MIN_LABEL_REPEATS]
        label = max(found, key=len) if found else None
        expected.append((label, a.title[len(label) :].strip() if label else a.title))
    assert [(a.column, a.title) for a in repeated_labels(articles)] == expected
    assert expected[0] == ("读者之声", "积极推进祖国和平统一大业") and expected[4][0] is None


def test_page_gates_read_words_across_white_space() -> None:
    """The one-search gates of the guide box and chart rules find their word as the lines' text with white space
    dropped holds it (a head ``导 读``), and the chart's source line is looked for only on lines holding ``源``."""
    assert guide_box_lines(["本报今日导 读", "▶ 为经营主体减负松绑", "（第11版）", "优化营商环境"]) == {0, 1, 2}
    assert guide_box_lines(["导\n读", "▶ 为经营主体减负松绑", "（第11版）"]) == {0, 1, 2}
    page = ["贸易顺差进一步扩大。", "单位：%", "5.6", "2020", "数据来 源：国家邮政局", "其他来源。"]
    assert sorted(chart_lines([Line(i, t) for i, t in enumerate(page)])) == [1, 2, 3, 4]
    assert chart_lines([Line(i, t) for i, t in enumerate(page[:5])]) == set()  # (no line holds the word whole)


def test_body_windows_are_the_plain_measures(pages: list[list[Item]]) -> None:
    """A run's window measures (:class:`~textclean.clean.windows.BodyWindows`: the column above and below each line,
    the widths telling a measure, the blocks a sentence may resume in, the run's set measure) are the plain rules',
    and so is :func:`changes_column` asked with them; :func:`column_of` reading a line's squeezed width once worked
    out, its full width alone (:func:`measured_column`) and :func:`gapped_body` counting in C, too."""
    for items in pages:
        windows, n = BodyWindows(items), len(items)
        for i in range(n + 1):
            for lo, hi in ((max(0, i - 6), i), (i + 1, i + 4), (i, i + 6)):
                lines = items[lo:hi]
                full = [it for it in lines if it.role == "text" and not it.ends]
                plain = (fuller_median([it.squeezed for it in full]), fuller_median([it.width for it in full]))
                assert windows.column(lo, hi) == column_of(lines) == plain
                assert measured_column(lines) == plain[1]
                assert windows.telling(lo, hi) == telling_widths(lines)
                assert gapped_body(lines) == (sum(it.gap_after for it in lines) >= GAPPED_BODY_SHARE * len(lines))
        starts = [k for k in range(1, n) if items[k].gap_before and (items[k - 1].ends or items[k - 1].role != "text")]
        assert windows.block_starts() == starts
        assert windows.once(_set_to_measure) == _set_to_measure(items)
        for i in range(1, n):
            for start in (0, max(0, i - 3)):
                assert changes_column(items, i, start, windows) == changes_column(items, i, start)
