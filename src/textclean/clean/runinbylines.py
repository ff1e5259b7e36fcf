"""A byline run in at the head of a piece's first paragraph behind an ornament or a credit: a commentary prints its
writer's name in bold before the text (``■钱慧　好的制度设计…``, ``文／段桐　发展乡村产业…``), parted from it by a
gap no character marks. pdfminer and pdftotext print a space there; PyMuPDF prints the name and the text close
together (``■钱慧好的制度设计…``), and where the name ends is read from the words of the text after it
(:func:`glued_name_length`). :func:`~textclean.clean.articles._article` takes the names off the paragraph,
:mod:`~textclean.clean.bylineheads` counts such a body as signed.
"""

from __future__ import annotations

import re

from textclean.clean.bylineforms import word_free_name
from textclean.clean.chardata import HAN, SURNAMES, is_person_name
from textclean.clean.lexicon import cut_log_prob, is_common_word, word_ends
from textclean.models import Block

#: A byline's ornament or credit opening a paragraph's first line (``□``, ``■``, ``文／``; pdfminer's ``∕``): the
#: line opens with a writer's name, not with the text. Other glyphs open news briefs' heads and pull-quote boxes.
RUN_IN_ORNAMENT_RE = re.compile("^(?:[□■]|文[/／∕])[ \u3000]*")
#: A name set apart from the text by a space (pdfminer, pdftotext): two to four Han characters, then the gap.
SPACED_NAME_RE = re.compile(f"^([{HAN}]{{2,4}})[ \u3000]+(?=[^ \u3000])")
#: Characters of the text read after a glued name's last candidate character: jieba's words are rarely longer
#: than four, and a short window keeps the reading about the name's end.
TEXT_WINDOW = 8
#: How much less probable (log, nats) running text may read with a character set before it than without it for that
#: character to still be the text's first, not the name's last: a word at least one in three thousand of the
#: lexicon's (``让``, ``好``) opens the text; a rarer one (``振``, ``颖``, ``桂``) ends the name. Measured on 979
#: names of the studied families' gold, each glued before another article's first paragraph: 95% read right
#: (2-character names 89%, 3-character 98%); -7 and -9 read 932 and 869 right.
TEXT_CHAR_LOG_PROB = -8.0


def run_in_byline(line: str) -> tuple[list[str], str]:
    """The writer's name a paragraph's first ``line`` opens with behind an ornament or a credit
    (:data:`RUN_IN_ORNAMENT_RE`) and the line's text after it; ``[]`` and the line as it is when there is none. The
    name is set apart by a space (:data:`SPACED_NAME_RE`) or glued to the text (:func:`glued_name_length`); it is a
    person's name and no word of the lexicon, no place (``□高新区高标准农田…`` opens a brief).

    Before (PyMuPDF, an opinion page's short commentary): ``■钱慧好的制度设计，应当…`` kept the byline in the text and
    the article had no author; after, ``['钱慧']`` and ``好的制度设计，应当…``. Not so: a line with no ornament
    (``钱慧好的…``: a name or the text's first words), a brief's head behind its glyph.

    >>> run_in_byline("■钱慧好的制度设计，应当"), run_in_byline("□郭航 人民城市人民建，")
    ((['钱慧'], '好的制度设计，应当'), (['郭航'], '人民城市人民建，'))
    >>> run_in_byline("■石一颖完善农业社"), run_in_byline("文／段桐发展乡村产业")[0], run_in_byline("■任燕振好的创新")[0]
    ((['石一颖'], '完善农业社'), ['段桐'], ['任燕振'])
    >>> run_in_byline("钱慧好的制度设计"), run_in_byline("□高新区高标准农田"), run_in_byline("■ 提高能源的利用效率")
    (([], '钱慧好的制度设计'), ([], '□高新区高标准农田'), ([], '■ 提高能源的利用效率'))
    """
    mark = RUN_IN_ORNAMENT_RE.match(line)
    if not mark:
        return [], line
    rest = line[mark.end() :]
    spaced = SPACED_NAME_RE.match(rest)
    if spaced:
        name = spaced.group(1)
        return ([name], rest[spaced.end() :]) if is_person_name(name) and word_free_name(name) else ([], line)
    k = glued_name_length(rest)
    return ([rest[:k]], rest[k:]) if k else ([], line)


def glued_name_length(text: str) -> int:
    """How many of ``text``'s first characters are a writer's name glued to the text after it (PyMuPDF prints a
    run-in byline's gap as nothing); 0 when none is. A name has two or three characters after a surname (three or
    four after a compound one); of the two lengths, the longer is read when its last character does not read as
    the text's first (:data:`TEXT_CHAR_LOG_PROB`, the words of the text after it: ``钱慧|好的制度`` against
    ``石一颖|完善``), or the text opens with a mark (``王明“小院…``).

    >>> glued_name_length("钱慧好的制度设计"), glued_name_length("石一颖完善农业"), glued_name_length("郭航人民城市")
    (2, 3, 2)
    >>> glued_name_length("王明“小院经济”"), glued_name_length("欧阳明辉发展乡村"), glued_name_length("发展乡村产业")
    (2, 4, 0)
    """
    short = 3 if text[:2] in SURNAMES else 2  # (a compound surname's name: ``欧阳明辉``)
    ends = word_ends(text[: short + 1 + TEXT_WINDOW])
    fits = [k for k in (short, short + 1) if len(text) > k and k in ends and glued_name(text[:k], text[k])]
    fits = [k for k in fits if k == short or re.match(f"[{HAN}]", text[short])]  # (a mark after ``王明``: no third)
    if len(fits) < 2:
        return fits[0] if fits else 0
    if not re.match(f"[{HAN}]", text[short + 1]):
        return short + 1
    window = text[short : short + TEXT_WINDOW]
    opens_text = cut_log_prob(window) - cut_log_prob(window[1:]) > TEXT_CHAR_LOG_PROB
    return short if opens_text else short + 1


#: The last characters of a place's name (a province, a city, a county, a district, a township, a village): a
#: head opening with a place (``石泉县：…``, ``白河市重大项目…``) is no writer's name, though a surname opens it.
PLACE_TAILS = frozenset("省市县区乡镇村")
#: Marks no run-in name is followed by: a head's colon after its subject (``石泉县：``), a clause's comma.
NO_NAME_MARKS = frozenset("：:，,、；;")


def glued_name(name: str, after: str) -> bool:
    """Whether ``name``, glued to the character ``after`` it, may be a writer's name: a person's name, no word of the
    lexicon and opening with none (``海关关员``), no place's (:data:`PLACE_TAILS`, ``石泉县``: neither its end nor the
    character after it), not followed by a colon or a clause mark (:data:`NO_NAME_MARKS`).

    >>> glued_name("钱慧", "好"), glued_name("石泉县", "："), glued_name("石泉", "县"), glued_name("王明", "，")
    (True, False, False, False)
    >>> glued_name("海关关", "员"), glued_name("石一颖", "完")
    (False, True)
    """
    opens_word = len(name) > 2 and name[:2] not in SURNAMES and is_common_word(name[:2])  # (not ``欧阳``)
    if not (is_person_name(name) and word_free_name(name)) or opens_word:
        return False
    return name[-1] not in PLACE_TAILS and after not in PLACE_TAILS and after not in NO_NAME_MARKS


def run_in_byline_off(blocks: list[Block], first_line: str) -> tuple[list[str], list[Block]]:
    """The names of a run-in byline opening the first paragraph of ``blocks`` (:func:`run_in_byline`, read on the
    paragraph's ``first_line`` as printed, its spaces kept) and the blocks without it; ``[]`` and the blocks as they
    are when there is none, or the paragraph does not open with that line's byline.

    >>> run_in_byline_off([Block("paragraph", "□郭航人民城市人民建，人民城市为人民。")], "□郭航 人民城市人民建，")
    (['郭航'], [Block(kind='paragraph', text='人民城市人民建，人民城市为人民。')])
    >>> run_in_byline_off([Block("paragraph", "人民城市人民建。")], "□郭航 人民城市人民建，")[0]
    []
    """
    if not blocks or blocks[0].kind != "paragraph":
        return [], blocks
    names, rest = run_in_byline(first_line.strip())
    text = blocks[0].text
    mark = RUN_IN_ORNAMENT_RE.match(text)
    if not names or not mark or not text.startswith(names[0], mark.end()):
        return [], blocks
    body = text[mark.end() + len(names[0]) :].lstrip(" \u3000")
    return (names, [Block("paragraph", body), *blocks[1:]]) if body and rest.strip() else ([], blocks)
