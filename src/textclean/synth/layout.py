"""How an article's text is printed: column widths and style, then its body, subheadings and closing note.

Bodies are *sparse* (a blank line after every printed line) or *dense* (boxed
pieces: single line breaks, a blank line between paragraphs); subheadings sit
on their own line(s), long ones wrapped to fit the column; attribution lines
(``——单位职务 姓名``) follow their paragraph; the closing note is ``（…）``.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from textclean.synth.typeset import adjust_break, letter_space, space_digits, split_two, wrap

#: Layout probabilities.
P_DENSE = 0.25  # a body is a dense boxed piece
P_LETTER_SPACED = 0.03  # a printed body or box line is letter-spaced
HEADING_WRAP_AT = 16  # subheadings longer than this are wrapped
HEADING_SCALE = 0.8  # a subheading line holds at most this share of the column's characters (larger type)
_ASCII = re.compile("[ -~]")  # a line holding a space, digit or Latin letter is never letter-spaced


@dataclass(frozen=True)
class Columns:
    """Column widths (em, lowest and highest) drawn for sparse and for dense pieces."""

    sparse: tuple[int, int]
    dense: tuple[int, int]


#: The seed pages' columns: sparse pieces 16-22 em, dense (boxed) ones 23-28 em.
SEED_COLUMNS = Columns((16, 22), (23, 28))


@dataclass
class Style:
    """How one article's text is printed."""

    dense: bool
    width: int
    digit_p: float

    @classmethod
    def draw(cls, rng: random.Random, columns: Columns = SEED_COLUMNS) -> Style:
        dense = rng.random() < P_DENSE
        width = rng.randint(*columns.dense) if dense else rng.randint(*columns.sparse)
        return cls(dense, width, rng.choice((0.0, 0.3, 0.6)))


def noisy(rng: random.Random, line: str, style: Style) -> str:
    """A printed text line with digit spacing or, rarely, letter-spacing."""
    if rng.random() < P_LETTER_SPACED and not _ASCII.search(line):
        return letter_space(rng, line)
    return space_digits(rng, line, style.digit_p)


def spread(lines: list[str], dense: bool) -> list[str]:
    """Lines as printed: a blank line after each in sparse style, none in dense style."""
    if dense:
        return list(lines)
    out: list[str] = []
    for ln in lines:
        out += [ln, ""]
    return out[:-1]


def render_body(rng: random.Random, blocks: list[dict], style: Style) -> list[str]:
    """The body's printed lines (no leading or trailing blank line)."""
    out: list[str] = []
    for b in blocks:
        if b["kind"] == "paragraph":
            lines = [noisy(rng, ln, style) for ln in wrap(rng, b["text"], style.width)]
            chunk, tight = spread(lines, style.dense), False
        elif b["kind"] == "heading":
            chunk, tight = _heading_lines(rng, b["text"], style), False
        else:
            chunk, tight = [b["text"]], rng.random() < 0.3
        if out and not tight:
            out.append("")
        out += chunk
    return out


def _heading_lines(rng: random.Random, text: str, style: Style) -> list[str]:
    """A subheading: one line, or more lines with no blank between when it is long.

    Subheadings are set larger than the body: one longer than
    ``HEADING_SCALE`` of the column's characters wraps; past
    ``HEADING_WRAP_AT`` characters one mostly wraps (as on the seed pages)
    and always does when wider than the column.
    """
    if " " in text:
        return [text]
    fits = min(HEADING_WRAP_AT, int(HEADING_SCALE * style.width))
    wraps = (len(text) > style.width or rng.random() < 0.85) if len(text) > HEADING_WRAP_AT else len(text) > fits
    if not wraps:
        return [text]
    lines = split_two(rng, text, min(13, fits - 2), min(15, fits))
    while len(lines[-1]) > fits:  # too long for two lines of a narrow column: three or more
        rest = split_two(rng, lines[-1], fits // 2, fits)
        if len(rest) == 1:
            break
        lines[-1:] = rest
    return lines


def render_note(rng: random.Random, note: str, style: Style) -> list[str]:
    """The closing note ``（…）``: a long one is wrapped over two lines, one a little wider than the column sometimes."""
    text = f"（{note}）"
    if " " not in text and (len(text) > style.width + 6 or (len(text) > style.width - 2 and rng.random() < 0.5)):
        j = adjust_break(text, 0, rng.randint(style.width - 3, style.width))
        return spread([text[:j], text[j:]] if j < len(text) else [text], style.dense)
    return [text]
