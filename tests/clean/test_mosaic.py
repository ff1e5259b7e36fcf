"""A mosaic page's pieces: the measure alone joins no piece across another article's head."""

from __future__ import annotations

from textclean.clean.drafts import Draft, continuation_targets
from textclean.clean.mosaic import MOSAIC_DRAFTS, measure_alone_across_title
from textclean.clean.roles import Element, Item


def _draft(width: int, lines: int) -> Draft:
    """A draft of running text: ``lines`` full lines of ``width`` em, the last inside a sentence."""
    texts = ["文" * width] * lines
    return Draft([Element("body", [Item(k, t, t, float(width), True, True) for k, t in enumerate(texts)])])


def test_piece_read_after_other_heads_on_a_mosaic_page_stands_apart() -> None:
    # a 21 em titled draft, ten other titled articles of 11 em read after it, then an untitled 21 em piece
    drafts = [_draft(21, 6)] + [_draft(11, 6) for _ in range(MOSAIC_DRAFTS - 2)] + [_draft(21, 5)]
    titled = set(range(len(drafts) - 1))
    assert continuation_targets(drafts, titled, [set()] * len(drafts)) == {}


def test_piece_next_to_its_draft_on_a_mosaic_page_still_joins() -> None:
    drafts = [_draft(11, 6) for _ in range(MOSAIC_DRAFTS - 2)] + [_draft(21, 6), _draft(21, 5)]
    titled = set(range(len(drafts) - 1))
    assert continuation_targets(drafts, titled, [set()] * len(drafts)) == {len(drafts) - 1: len(drafts) - 2}


def test_report_page_of_few_pieces_joins_across_a_head() -> None:
    drafts = [_draft(21, 6), _draft(11, 6), _draft(11, 6), _draft(11, 6), _draft(21, 5)]
    assert continuation_targets(drafts, {0, 1, 2, 3}, [set()] * len(drafts)) == {4: 0}


def test_across_title_needs_a_title_between() -> None:
    lines = [_draft(21, 6).body_lines() for _ in range(MOSAIC_DRAFTS)]
    assert measure_alone_across_title(3, 0, {0, 1, 2}, lines, 21.0)
    assert not measure_alone_across_title(3, 0, {0}, lines, 21.0)
    assert not measure_alone_across_title(3, 0, {0, 1, 2}, lines[:-1], 21.0)


def _ending(width: int, lines: int) -> Draft:
    """A draft of ``lines`` full lines of ``width`` em whose last line ends a sentence (a brief)."""
    texts = ["文" * width] * (lines - 1) + ["文" * (width - 1) + "。"]
    return Draft([Element("body", [Item(k, t, t, float(width), True, True) for k, t in enumerate(texts)])])


def test_lead_broken_by_one_sidebar_brief_on_a_mosaic_page_joins() -> None:
    # review CR: a 24 em lead stops inside a sentence (``…有关负责人``), one 16 em titled brief is read, then the
    # lead's untitled rest opens inside that sentence (``表示，今年全省…``); nine more briefs fill the page
    drafts = [_draft(24, 6), _ending(16, 5), _draft(24, 6)] + [_ending(16, 5) for _ in range(MOSAIC_DRAFTS - 3)]
    titled = set(range(len(drafts))) - {2}
    assert continuation_targets(drafts, titled, [set()] * len(drafts)) == {2: 0}


def test_lead_ending_a_sentence_or_two_briefs_away_stays_apart_on_a_mosaic_page() -> None:
    briefs = [_ending(16, 5) for _ in range(MOSAIC_DRAFTS - 3)]
    drafts = [_ending(24, 6), _ending(16, 5), _draft(24, 6), *briefs]  # (the lead ends a sentence)
    titled = set(range(len(drafts))) - {2}
    assert continuation_targets(drafts, titled, [set()] * len(drafts)) == {}
    drafts = [_draft(24, 6), _ending(16, 5), _ending(16, 5), _draft(24, 6), *briefs]  # (two heads between)
    titled = set(range(len(drafts))) - {3}
    assert continuation_targets(drafts, titled, [set()] * len(drafts)) == {}
