"""A byline of bare names run in at the head of a story's first line: ``□郭航 人民城市人民建，…``.

Commentary and feature pages set a short byline (a name or two, often behind a box glyph or a ``文/`` credit) at the
head of the first paragraph, the story's text after a space; or the extractor joins a byline set on its own line to
the first line of the text beside it (pdfminer, pdftotext). The names then stood in the body and the article had no
author. :func:`run_in_names` reads them off the body's first line: the line as extracted parts the names from the
text with a space, each name reads as a person's (a surname opens it, no common word), and what follows is the
story's text, not a byline's place (``吕向斌 江苏南京``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from textclean.clean.chardata import BOX_GLYPHS, HAN, MAX_BYLINE_NAMES, is_person_name
from textclean.clean.lexicon import first_word, is_common_word, opens_as_clause
from textclean.clean.roles import Item

#: What may stand before a run-in byline's names: a box glyph (``□郭航``) or a writer's credit (``文／段桐``; pdfminer
#: gives the slash as U+2215 ``∕``, and may space it: ``文 ∕ 曹 斌``).
_LEAD = f"(?:[{BOX_GLYPHS}][ \u3000]*|文[ \u3000]*[/／∕][ \u3000]*)?"

#: The names of a run-in byline on the line as extracted: up to :data:`MAX_BYLINE_NAMES` names of two to four Han
#: characters, spaces between them, and a space (never none: ``郭航人民城市`` is a sentence's words) before the text.
RUN_IN_NAMES_RE = re.compile(
    f"^[ \u3000]*({_LEAD})([{HAN}]{{2,4}}(?:[ \u3000]+[{HAN}]{{2,4}}){{0,{MAX_BYLINE_NAMES - 1}}})[ \u3000]+(?=\\S)"
)

#: The longest text after the names that may be a byline's place rather than the story's text (``江苏南京``,
#: ``内蒙古呼和浩特``): Han characters only, no punctuation. A story's text that follows a run-in byline runs longer or
#: holds a mark (``“小院``, ``据统计，``).
MAX_PLACE_CHARS = 7


def run_in_names(items: list[Item]) -> tuple[list[str], list[Item]]:
    """The names of a byline run in at the head of the body's first line (``items[0]``), and the items with them
    taken off that line; ``[]`` and the items as they are when the line opens with none.

    Before (pdftotext): ``城市更新不是大拆大建`` over ``□郭航 人民城市人民建，…``: no author; after, ``['郭航']``.

    >>> mk = lambda t: Item(0, t, t, 20.0, False, False)
    >>> names, rest = run_in_names([mk("□郭航 人民城市人民建，"), mk("群众")]); names, rest[0].text
    (['郭航'], '人民城市人民建，')
    >>> run_in_names([mk("文／段桐 发展乡村产业，既要")])[0], run_in_names([mk("萧凯实 “小院")])[0]
    (['段桐'], ['萧凯实'])

    Not so: names with nothing but a place after them (a byline of its own), a common word (``温度 校毕业生``), a
    line letter-spaced (``有 的 地 方``), names set close against the text.

    >>> run_in_names([mk("吕向斌 江苏南京")])[0], run_in_names([mk("温度 校毕业生规模")])[0]
    ([], [])
    >>> run_in_names([mk("有 的 地 方 搞")])[0], run_in_names([mk("郭航人民城市人民建")])[0]
    ([], [])
    """
    if not items:
        return [], items
    line = unicodedata.normalize("NFKC", items[0].raw)
    m = RUN_IN_NAMES_RE.match(line)
    if not m:
        name, head = glued_glyph_name(line), items[0].text.lstrip()
        if not name or head[1 : 1 + len(name)] != name:
            return [], items
        return [name], [replace(items[0], text=head[1 + len(name) :]), *items[1:]]
    names = m.group(2).split()
    if not all(is_person_name(n) and not is_common_word(n) for n in names) or _place_only(line[m.end() :]):
        return [], items
    spaced = "[ \u3000]*".join(re.escape(ch) for ch in "".join(names))
    own = re.match(f"^[ \u3000]*{_LEAD}{spaced}[ \u3000]*", items[0].text)
    if own is None or own.end() >= len(items[0].text):
        return [], items
    return names, [replace(items[0], text=items[0].text[own.end() :]), *items[1:]]


#: A box glyph set close against a run-in byline's name and the text after it (PyMuPDF sets no space there:
#: ``■黄立桂面对新技术…``): the name is two or three characters.
GLUED_GLYPH_RE = re.compile(f"^[ \u3000]*[{BOX_GLYPHS}]([{HAN}]{{5,}})")


def glued_glyph_name(line: str) -> str:
    """The name of a run-in byline set close between a box glyph and the text (:data:`GLUED_GLYPH_RE`); "" when none.

    The name is the two or three characters (a person's name, no common word) after which the text opens with the
    longest word of the lexicon; "" when both read alike (``■钱慧好的…``: ``好`` and ``的`` are words of one
    character) or neither is a name. Before (PyMuPDF): ``■黄立桂面对新技术带来的新问题`` opened the text and the
    article had no author; after, ``黄立桂`` (``面对``, not ``桂面对``).

    >>> glued_glyph_name("■黄立桂面对新技术带来"), glued_glyph_name("□郭航人民城市人民建"), glued_glyph_name("■钱慧好的制度设计")
    ('黄立桂', '郭航', '')
    >>> glued_glyph_name("■加快社会主义经济建设"), glued_glyph_name("黄立桂面对新技术带来")
    ('', '')
    """
    m = GLUED_GLYPH_RE.match(line)
    if not m:
        return ""
    run = m.group(1)
    fits = {k: len(first_word(run[k:])) for k in (2, 3) if is_person_name(run[:k]) and not is_common_word(run[:k])}
    best = max(fits.values(), default=0)
    found = [k for k, n in fits.items() if n == best]
    return run[: found[0]] if best >= 2 and len(found) == 1 else ""


def _place_only(rest: str) -> bool:
    """Whether the text after a line's names may be a byline's place (:data:`MAX_PLACE_CHARS`), not a story's text.

    >>> _place_only("江苏南京"), _place_only("据统计，去年"), _place_only("生态修复是一项长期"), _place_only("完善农业社")
    (True, False, False, False)
    """
    rest = rest.strip()
    return len(rest) <= MAX_PLACE_CHARS and re.fullmatch(f"[{HAN}]+", rest) is not None and not opens_as_clause(rest)
