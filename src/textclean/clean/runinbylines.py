"""A byline run in at the head of a piece's first paragraph behind an ornament or a credit: a commentary prints its
writer's name in bold before the text (``■钱慧　好的制度设计…``, ``文／段桐　发展乡村产业…``), parted from it by a
gap no character marks. pdfminer and pdftotext print a space there; PyMuPDF prints the name and the text close
together (``■钱慧好的制度设计…``), and where the name ends is read from the words of the text after it
(:func:`glued_name_length`). :func:`~textclean.clean.articles._article` takes the names off the paragraph,
:mod:`~textclean.clean.bylineheads` counts such a body as signed.
"""

from __future__ import annotations

import re

from textclean.clean.briefs import brief_head
from textclean.clean.bylineforms import word_free_name
from textclean.clean.chardata import HAN, SURNAMES, is_person_name
from textclean.clean.lexicon import cut_log_prob, is_common_word, is_one_word, word_ends
from textclean.clean.roles import Item
from textclean.models import Block

#: A writer's credit before the name (``文／``, ``文/图``; pdfminer's ``∕``), alone or after an ornament.
CREDIT = "文[/／∕](?:图[ \u3000]*)?"
#: A byline's ornament or credit opening a paragraph's first line (``□``, ``■``, ``文／``, ``■文／``): the line opens
#: with a writer's name, not with the text. Other glyphs open news briefs' heads and pull-quote boxes.
RUN_IN_ORNAMENT_RE = re.compile(f"^(?:[□■][ \u3000]*(?:{CREDIT})?|{CREDIT})[ \u3000]*")
#: A name set apart from the text by a space (pdfminer, pdftotext): two to four Han characters, then the gap.
SPACED_NAME_RE = re.compile(f"([{HAN}]{{2,4}})[ \u3000]+(?=[^ \u3000])")
#: A surname and a form of address (``刘先生``, ``张女士``, ``王大爷``, ``李某``): a vox pop's speaker or a story's
#: subject, never a writer's byline.
ADDRESSED_RE = re.compile(f"[{HAN}]{{1,2}}(?:先生|女士|小姐|大爷|大妈|大娘|阿姨|老师|师傅|书记|同志|某)")
#: A paper's name before its run-in credit (``■钱江晚报讯 近日…``, ``■常德日报讯``, ``■钱报讯``): the text after a
#: place's name, which is no writer's; a photo's credit (``文/王明 摄``).
PAPER_RE = re.compile("[晚日早商时]报|都市报|报讯|^[ \u3000]*摄")
#: How far past a name a paper's credit is looked for (:data:`PAPER_RE`): ``钱江`` + ``晚报讯``.
PAPER_WINDOW = 3
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
    """The writers' names a paragraph's first ``line`` opens with behind an ornament or a credit
    (:data:`RUN_IN_ORNAMENT_RE`) and the line's text after them; ``[]`` and the line as it is when there is none. The
    names are set apart by a space (:func:`spaced_names`, every name up to the text) or one is glued to the text
    (:func:`glued_name_length`); a name is a person's and no word of the lexicon, no place (``□高新区高标准农田…``
    opens a brief), no one addressed (:data:`ADDRESSED_RE`), no paper's (:data:`PAPER_RE`).

    Before (PyMuPDF, an opinion page's short commentary): ``■钱慧好的制度设计，应当…`` kept the byline in the text and
    the article had no author; after, ``['钱慧']`` and ``好的制度设计，应当…``. Not so: a line with no ornament
    (``钱慧好的…``: a name or the text's first words), a brief's head behind its glyph, a vox pop (``■ 刘先生 我觉得``).

    >>> run_in_byline("■钱慧好的制度设计，应当"), run_in_byline("□郭航 人民城市人民建，")
    ((['钱慧'], '好的制度设计，应当'), (['郭航'], '人民城市人民建，'))
    >>> run_in_byline("■石一颖完善农业社"), run_in_byline("文／段桐发展乡村产业")[0], run_in_byline("■任燕振好的创新")[0]
    ((['石一颖'], '完善农业社'), ['段桐'], ['任燕振'])
    >>> run_in_byline("钱慧好的制度设计"), run_in_byline("□高新区高标准农田"), run_in_byline("■ 提高能源的利用效率")
    (([], '钱慧好的制度设计'), ([], '□高新区高标准农田'), ([], '■ 提高能源的利用效率'))
    >>> run_in_byline("文／王明 李华 近日，杭州"), run_in_byline("■文／王明 近日，")[0], run_in_byline("■文/图 王明 近日")[0]
    ((['王明', '李华'], '近日，杭州'), ['王明'], ['王明'])
    >>> run_in_byline("■ 刘先生 我觉得")[0], run_in_byline("■钱江晚报讯近日")[0], run_in_byline("□余杭区 日前")[0]
    ([], [], [])
    >>> run_in_byline("■钱报讯 近日")[0], run_in_byline("文/王明 摄")[0]
    ([], [])
    """
    mark = RUN_IN_ORNAMENT_RE.match(line)
    if not mark:
        return [], line
    rest = line[mark.end() :]
    if ADDRESSED_RE.match(rest):
        return [], line
    if SPACED_NAME_RE.match(rest):
        names, k = spaced_names(rest)
    else:
        k = glued_name_length(rest)
        names = [rest[:k]] if k else []
    if not names or PAPER_RE.search(rest[: k + PAPER_WINDOW]) or PAPER_RE.match(rest[k:]):
        return [], line
    return names, rest[k:]


def spaced_names(text: str) -> tuple[list[str], int]:
    """The names ``text`` opens with, each set apart by a space (:data:`SPACED_NAME_RE`), up to the first token that
    is no name (a person's name, no word of the lexicon but a name, no place's: :data:`PLACE_TAILS`), and where the
    text after them opens; ``([], 0)`` when the first is no name.

    >>> spaced_names("王明 李华 近日，杭州"), spaced_names("余杭区 日前"), spaced_names("郭航 人民城市")
    ((['王明', '李华'], 6), ([], 0), (['郭航'], 3))
    """
    names: list[str] = []
    at = 0
    while (m := SPACED_NAME_RE.match(text, at)) is not None:
        name = m.group(1)
        if not (is_person_name(name) and word_free_name(name)) or name[-1] in PLACE_TAILS:
            break
        names.append(name)
        at = m.end()
    return names, at


def glued_name_length(text: str) -> int:
    """How many of ``text``'s first characters are a writer's name glued to the text after it (PyMuPDF prints a
    run-in byline's gap as nothing); 0 when none is. A name has two or three characters after a surname (three or
    four after a compound one); of the two lengths, the longer is read when its last character does not read as
    the text's first (:data:`TEXT_CHAR_LOG_PROB`, the words of the text after it: ``钱慧|好的制度`` against
    ``石一颖|完善``), or the text opens with a mark (``王明“小院…``).

    >>> glued_name_length("钱慧好的制度设计"), glued_name_length("石一颖完善农业"), glued_name_length("郭航人民城市")
    (2, 3, 2)
    >>> glued_name_length("钱慧“小院经济”"), glued_name_length("欧阳明辉发展乡村"), glued_name_length("发展乡村产业")
    (2, 4, 0)
    """
    short = 3 if text[:2] in SURNAMES else 2  # (a compound surname's name: ``欧阳明辉``)
    ends = word_ends(text[: short + 1 + TEXT_WINDOW])
    fits = [k for k in (short, short + 1) if len(text) > k and k in ends and glued_name(text[:k], text[k])]
    fits = [k for k in fits if k == short or re.match(f"[{HAN}]", text[short])]  # (a mark after ``钱慧``: no third)
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
    """Whether ``name``, glued to the character ``after`` it, may be a writer's name: Han characters, a person's
    name, no word of the lexicon, a name's neither (``孔子``, ``焦裕禄``, ``雷锋``: a famous one is the text's subject,
    ``■孔子学院…``, ``■焦裕禄精神…``), its given name none (:func:`common_given_name`, ``向群众``), opening with none
    (``海关关员``), no place's (:data:`PLACE_TAILS`, ``石泉县``: neither its end nor the character after it), not
    followed by a colon or a clause mark (:data:`NO_NAME_MARKS`).

    >>> glued_name("钱慧", "好"), glued_name("石泉县", "："), glued_name("石泉", "县"), glued_name("王明", "，")
    (True, False, False, False)
    >>> glued_name("海关关", "员"), glued_name("石一颖", "完"), glued_name("孔子", "学"), glued_name("向群众", "学")
    (False, True, False, False)
    >>> glued_name("王1", "号"), glued_name("文／", "王")
    (False, False)
    """
    if not re.fullmatch(f"[{HAN}]+", name) or is_one_word(name) or common_given_name(name):
        return False  # (a glued name is read on the lexicon alone: a word of it, even a name, is the text's)
    opens_word = len(name) > 2 and name[:2] not in SURNAMES and is_common_word(name[:2])  # (not ``欧阳``)
    if not (is_person_name(name) and word_free_name(name)) or opens_word:
        return False
    return name[-1] not in PLACE_TAILS and after not in PLACE_TAILS and after not in NO_NAME_MARKS


def common_given_name(name: str) -> bool:
    """Whether the two characters after ``name``'s surname are a common word (``向群众``: ``向`` a surname and a
    preposition, ``群众`` a word; ``于细微``): a phrase that opens the text, not a name (measured: 9 of 1,444 names of
    the studied families' gold read so, ``韩秀丽``, and those are read only when spaced apart from the text).

    >>> common_given_name("向群众"), common_given_name("石一颖"), common_given_name("钱慧")
    (True, False, False)
    """
    given = name[2:] if name[:2] in SURNAMES else name[1:]
    return len(given) == 2 and is_common_word(given)


#: How many of a body's first lines are read for its run-in byline's name named again as a place's
#: (``□余杭 日前，余杭区召开…``): the first sentence or two.
PLACE_LINES = 3


def run_in_names(items: list[Item]) -> list[str]:
    """The names of the run-in byline opening a body of lines ``items`` (:func:`run_in_byline` on its first line),
    ``[]`` when the body is a list, a box of briefs or of voices: another of its lines opens with the same ornament
    (:func:`ornament_repeated`), or the first line opens a brief's run-in head (a head ended by an ideographic space,
    :func:`~textclean.clean.briefs.brief_head`: ``■ 雷锋精神代代传　3月5日…``), or the name is a place's named again
    in the text (``□余杭 日前，余杭区…``). A commentary's byline opens it once.

    Before (PyMuPDF, a box of briefs): ``■ 钟南山院士获授共`` / ``和国勋章　日前，…`` / ``■ 袁隆平…`` gave authors
    ``['钟南山']`` and one article; after, no run-in byline, and two briefs.

    >>> mk = lambda t: Item(0, t, t.replace("\u3000", " "), float(len(t)), False, False)
    >>> run_in_names([mk("■钱慧好的制度设计，应当"), mk("让守规矩者不吃亏。")])
    ['钱慧']
    >>> run_in_names([mk("■ 钟南山院士获授共"), mk("和国勋章\u3000日前")]), run_in_names([mk("□郭航 人民"), mk("□王明 城市")])
    ([], [])
    >>> run_in_names([mk("□余杭 日前，余杭区召开")])
    []
    """
    if not items:
        return []
    names, rest = run_in_byline(items[0].text.strip())
    if not names or not rest.strip() or ornament_repeated(items):
        return []
    head = brief_head(items, 0)
    if head is not None and head[1] != "".join(names):
        return []  # (a brief's run-in head, the name opening it)
    text = "".join([it.text for it in items[:PLACE_LINES]])
    return [] if any(name + tail in text for name in names for tail in PLACE_TAILS) else names


def ornament_repeated(items: list[Item]) -> bool:
    """Whether a line of ``items`` after the first opens with the glyph the first opens with (``□``, ``■``): a list,
    a box of briefs or a vox pop, whose items each open with it.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> ornament_repeated([mk("■ 刘先生 我觉得"), mk("事。"), mk("■ 张女士 垃圾")]), ornament_repeated([mk("■钱慧好"), mk("的。")])
    (True, False)
    """
    glyph = items[0].text.lstrip()[:1]
    return glyph in "□■" and any(it.text.lstrip()[:1] == glyph for it in items[1:])


def run_in_byline_off(blocks: list[Block], items: list[Item]) -> tuple[list[str], list[Block]]:
    """The names of a run-in byline opening the first paragraph of ``blocks``, the text of body lines ``items``
    (:func:`run_in_names`, read on the first line as printed, its spaces kept) and the blocks without it; ``[]`` and
    the blocks as they are when there is none, or the paragraph does not open with that line's byline or ends on
    that line, no sentence ended (a glyph-led line alone is a head or a list's item).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> run_in_byline_off([Block("paragraph", "□郭航人民城市人民建，人民城市为人民。")], [mk("□郭航 人民城市人民建，")])
    (['郭航'], [Block(kind='paragraph', text='人民城市人民建，人民城市为人民。')])
    >>> run_in_byline_off([Block("paragraph", "■钱慧民生无小事")], [mk("■钱慧民生无小事")])[0]
    []
    >>> run_in_byline_off([Block("paragraph", "人民城市人民建。")], [mk("□郭航 人民城市人民建，")])[0]
    []
    >>> run_in_byline_off([Block("paragraph", "文／王明 李华 近日，杭州。好。")], [mk("文／王明 李华 近日，杭州。")])[0]
    ['王明', '李华']
    """
    names = run_in_names(items)
    if not names or not blocks or blocks[0].kind != "paragraph":
        return [], blocks
    text = blocks[0].text
    mark = RUN_IN_ORNAMENT_RE.match(text)
    if not mark:
        return [], blocks
    at = mark.end()
    for name in names:
        if not text.startswith(name, at):
            return [], blocks
        at += len(name)
        at += len(text[at:]) - len(text[at:].lstrip(" \u3000"))
    body = text[at:]
    if not items[0].ends and len(body) <= len(run_in_byline(items[0].text.strip())[1].strip()):
        return [], blocks  # (a glyph-led line alone, ``■易地搬迁``: a head or an item, no commentary's opening)
    return names, [Block("paragraph", body), *blocks[1:]]
