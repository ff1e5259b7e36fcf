"""An article's numbered sections -> in the order of their numbers.

pdfminer orders the text boxes of a page by where they sit, not by where their text goes on: the columns of
one article come out of order, and with them its numbered sections (``（四）…`` read before ``（一）…``).
Section numbers are the one order the text itself states; :func:`in_section_order` puts the sections back in
it.
"""

from __future__ import annotations

import re

from textclean.clean.chardata import NUMERAL
from textclean.models import Block

#: The numberings of section headings, one family each: ``（一）…``, ``一、…``. A heading's family and number.
SECTION_FAMILIES = (re.compile(f"^（([{NUMERAL}]{{1,3}})）"), re.compile(f"^([{NUMERAL}]{{1,3}})、"))
#: A numbered heading keeps this many paragraphs read right under it as its own, whatever stands after them
#: (:func:`opening_end`): the extractor reads a heading with the text that follows it in its column.
HEADING_KEEPS = 1
#: Numerals listed with a pause mark (``三、四线城市``, ``二、三月份``): a sentence's words, no numbered heading.
_NUMERAL_LIST_RE = re.compile(f"^[{NUMERAL}]{{1,3}}、[{NUMERAL}]")


def opens_later_section(text: str) -> bool:
    """Whether a line opens a numbered section heading past the first (``（三）…``, ``二、…``): no article's text
    opens there (none of the devpages' 437 dev gold articles, nor of the news, opinion and economy families' 622).

    >>> opens_later_section("二、搭建平台，让创新要"), opens_later_section("（四）全面推进依法治国")
    (True, True)
    >>> opens_later_section("一、腾笼换鸟，给新产业"), opens_later_section("二十多年前，临沅高新"), opens_later_section("十多年前")
    (False, False, False)

    Numerals listed (``三、四线城市``, ``二、三产业``, ``二、三月份``) open ordinary text, no section:

    >>> opens_later_section("三、四线城市房价企稳"), opens_later_section("二、三产业融合发展")
    (False, False)
    """
    if _NUMERAL_LIST_RE.match(text):
        return False
    for rx in SECTION_FAMILIES:
        m = rx.match(text)
        if m:
            n = numeral_value(m.group(1))
            return n is not None and n > 1
    return False


def numeral_value(text: str) -> int | None:
    """The value of a Chinese numeral from 1 to 99 (``四`` 4, ``十二`` 12, ``二十`` 20, ``三十五`` 35), else None.

    >>> [numeral_value(t) for t in ("四", "十", "十二", "二十", "三十五", "十十", "")]
    [4, 10, 12, 20, 35, None, None]
    """
    digits = "一二三四五六七八九"
    if len(text) == 1 and text in digits:
        return digits.index(text) + 1
    tens, sep, units = text.partition("十")
    if not sep or len(tens) > 1 or len(units) > 1 or (tens and tens not in digits) or (units and units not in digits):
        return None
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(units) + 1 if units else 0)


#: The numberings a list's items may carry, one family each: ``第一，``, ``一、``, ``（一）``, ``1.`` (as
#: :data:`~textclean.clean.chardata.LIST_NUMBER_RE` finds them).
LIST_FAMILIES = (
    re.compile(f"^第([{NUMERAL}]{{1,3}})[，、,]"),
    re.compile(f"^([{NUMERAL}]{{1,3}})、"),
    re.compile(f"^（([{NUMERAL}]{{1,3}}|\\d{{1,2}})）"),
    re.compile("^(\\d{1,2})[.．、](?!\\d)"),
)


def list_number(text: str) -> tuple[int, int] | None:
    """The numbering family (an index into :data:`LIST_FAMILIES`) and number a line opens with, or None.

    >>> list_number("（二）全面提高公民道德素质。"), list_number("第三，加强团结"), list_number("12. 完善制度")
    ((2, 2), (0, 3), (3, 12))
    >>> list_number("二〇二三年"), list_number("加强团结")
    (None, None)
    """
    for family, rx in enumerate(LIST_FAMILIES):
        m = rx.match(text)
        if m:
            n = int(m.group(1)) if m.group(1).isdigit() else numeral_value(m.group(1))
            return (family, n) if n is not None else None
    return None


def numbers_run_on(upper: str, lower: str) -> bool:
    """Whether two numbered lines read one under the other can be items of one list: unless both numbers are
    read in one family and the lower's is not the next (``（二）`` over ``（四）``, or ``（三）`` over ``（二）``: the
    extractor read the heads of two sections next to each other, out of the text between them). Lines whose
    numbers cannot be read are taken as a list, as before.

    >>> numbers_run_on("（一）甲。", "（二）乙。"), numbers_run_on("（二）甲。", "（四）乙。"), numbers_run_on("一、甲", "（一）乙")
    (True, False, True)
    """
    u, lo = list_number(upper), list_number(lower)
    return u is None or lo is None or u[0] != lo[0] or lo[1] == u[1] + 1


def section_number(block: Block) -> tuple[int, int] | None:
    """A heading block's numbering family (an index into :data:`SECTION_FAMILIES`) and number, or None.

    >>> section_number(Block("heading", "（四）加快金融体制改革。")), section_number(Block("heading", "二、对外开放"))
    ((0, 4), (1, 2))
    >>> section_number(Block("paragraph", "（四）加快金融体制改革。")), section_number(Block("heading", "加快改革"))
    (None, None)
    """
    if block.kind != "heading":
        return None
    for family, rx in enumerate(SECTION_FAMILIES):
        m = rx.match(block.text)
        if m and (n := numeral_value(m.group(1))) is not None:
            return family, n
    return None


def in_section_order(blocks: list[Block]) -> list[Block]:
    """An article's blocks with its numbered sections in the order of their numbers.

    A section is a numbered heading and the blocks under it, up to the next numbered heading; the blocks before
    the first stay first. Reordered only when the headings all share one numbering, their numbers run without a
    gap or a repeat, and they stand out of order: a text numbers its sections in order, so then the extractor
    read them out of it.

    Before (pdfminer, devpages cpc-18-05): ``intro`` / ``（一）…`` / ``a`` / ``（三）…`` / ``c`` / ``（二）…`` / ``b``;
    after: ``intro`` / ``（一）…`` / ``a`` / ``（二）…`` / ``b`` / ``（三）…`` / ``c``. Not moved: sections in order,
    numbers with a gap (``（二）``, ``（四）``: a section may be left out of an excerpt, and then nothing says
    where the pieces go), two numberings (``一、`` over ``（一）``: sections within sections), a number twice.
    The paragraph read right above the first section's heading but under another's goes with the blocks before
    the first heading (:func:`opening_end`).

    >>> mk = lambda *ts: [Block("heading" if t.startswith("（") else "paragraph", t) for t in ts]
    >>> [b.text for b in in_section_order(mk("甲", "（一）一", "a", "（三）三", "c", "（二）二", "b"))]
    ['甲', '（一）一', 'a', '（二）二', 'b', '（三）三', 'c']
    >>> [b.text for b in in_section_order(mk("甲", "（二）二", "b", "（四）四", "d", "（三）"))][1::2]
    ['（二）二', '（三）', 'd']
    >>> [b.text for b in in_section_order(mk("（二）二", "b", "（四）四", "d"))]
    ['（二）二', 'b', '（四）四', 'd']
    >>> [b.text for b in in_section_order(mk("甲", "（五）五", "e", "x", "（四）四", "d"))]
    ['甲', 'x', '（四）四', 'd', '（五）五', 'e']
    """
    heads = [(i, n) for i, b in enumerate(blocks) if (n := section_number(b)) is not None]
    if len(heads) < 2 or len({family for _, (family, _) in heads}) > 1:
        return blocks
    numbers = [number for _, (_, number) in heads]
    if numbers == sorted(numbers) or len(set(numbers)) != len(numbers):
        return blocks
    if max(numbers) - min(numbers) != len(numbers) - 1:
        return blocks
    starts = [i for i, _ in heads]
    opening = list(blocks[: starts[0]])
    if (last := opening_end(blocks, starts, numbers)) is not None:  # (the opening's last paragraph, read later)
        opening.append(blocks[last])
        blocks, starts = [*blocks[:last], *blocks[last + 1 :]], [i if i < last else i - 1 for i in starts]
    sections = [blocks[a:b] for a, b in zip(starts, [*starts[1:], len(blocks)], strict=True)]
    order = sorted(range(len(sections)), key=lambda k: numbers[k])
    return [*opening, *(b for k in order for b in sections[k])]


def opening_end(blocks: list[Block], starts: list[int], numbers: list[int]) -> int | None:
    """The index of the paragraph that ends the article's opening text, read under another section, or None.

    ``starts``: the indices of the numbered headings in ``blocks``, ``numbers`` their numbers. In the text's own
    order, what stands right above the first section's heading is the end of the text before the first section.
    When the extractor read that heading right after a paragraph set under another numbered heading, it read
    the column holding both after that section's: the paragraph is the opening's last, not that section's. It
    is taken only when it is not the first paragraph under that heading (:data:`HEADING_KEEPS`): a section's
    heading is followed by its own text, and a heading with one paragraph under it read before the first
    section's heading is as often a section whose column the extractor read first (measured on the devpages,
    pdfminer: moving that one paragraph too fixed cpc-18-06 in part but broke cpc-17-03 and cpc-16-06, body
    CER -0.06 points instead of -0.17). How far up the column the opening runs is not known; its last paragraph
    is (moving every paragraph after the first under that heading, gov-2018-02 lost its section (三)'s text).

    Before (pdfminer, devpages cpc-19-07): ``opening`` / ``（五）…`` / ``e`` / ``x`` / ``（四）…`` / ``d``, where
    ``x`` ends the opening; sections alone gave ``opening`` / ``（四）…`` / ``d`` / ``（五）…`` / ``e`` / ``x``;
    now ``opening`` / ``x`` / ``（四）…`` / ``d`` / ``（五）…`` / ``e``.

    >>> mk = lambda *ts: [Block("heading" if t.startswith("（") else "paragraph", t) for t in ts]
    >>> opening_end(mk("甲", "（五）五", "e", "x", "（四）四", "d"), [1, 4], [5, 4])
    3
    >>> opening_end(mk("甲", "（五）五", "e", "（四）四", "d"), [1, 3], [5, 4]) is None
    True
    """
    first = min(range(len(starts)), key=lambda k: numbers[k])
    if first == 0:
        return None
    above = starts[first] - 1
    return above if above - starts[first - 1] > HEADING_KEEPS else None
