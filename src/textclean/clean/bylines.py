"""A byline's names: the line's role words and credits dropped, a closing note that names only its writers.

:func:`byline_names` reads a line as a byline (``本报记者 柳朗澜 冯琪黛`` -> ``['柳朗澜', '冯琪黛']``) or as none;
:func:`closing_names` reads a closing note that holds only a byline (``（蒋悦哲）``).
"""

from __future__ import annotations

import re

from textclean.clean.bylineforms import label_words_after, padded_names
from textclean.clean.chardata import (
    BOX_MARKER_RE,
    BYLINE_CREDIT_RE,
    BYLINE_NAME_RE,
    BYLINE_RE,
    BYLINE_ROLE_RE,
    BYLINE_SPLIT_RE,
    HAN,
    MAX_BYLINE_NAMES,
    OPINION_ROLE_RE,
    REPORTER_RANKS,
    ROLE_WORD_RE,
    is_person_name,
    names_between_roles,
)
from textclean.clean.lexicon import is_common_word, is_name_word, is_one_word, is_word_of_class, words_of
from textclean.models import Block

#: A credit set after the names, apart (``王明　文``, ``王明 图文``, ``王明 文/图``): the names wrote the text (and took
#: the pictures); dropped before the names are read.
TRAILING_CREDIT_RE = re.compile("[ \u3000]+(?:文|图文|文图|文[/／]图)$")
#: A byline of names and such a credit (no role word): a line of names closed by ``文`` set apart.
CREDITED_NAMES_RE = re.compile(
    f"^[{HAN}]{{2,4}}(?:[ \u3000、]+[{HAN}]{{2,4}}){{0,3}}[ \u3000]+(?:文|图文|文图|文[/／]图)$"
)

#: A role word among a byline's names set close against the name it heads (``梁婷玉 通讯员姜帅彬``): it opens a
#: piece, and a Han character follows it (:func:`byline_names` puts the space that parts them after it).
GLUED_ROLE_RE = re.compile(f"(?:^|(?<=[ \u3000、]))(?:{ROLE_WORD_RE.pattern})(?=[{HAN}])")

#: A role word set close against the name before it as well as the one after (``记者毛琪通讯员朱帆丽``): the line break
#: that parted them inside a dateline's bracket is lost when an extractor joins the lines (pdfminer, pdftotext), or
#: the paper set none. Han characters on both sides (:func:`parted_glued_roles` puts spaces around it).
INNER_ROLE_RE = re.compile(f"(?<=[{HAN}])(?:(?:本报)?(?:{REPORTER_RANKS})?(?:记者|通讯员)|实习生)(?=[ \u3000]*[{HAN}])")

#: The ``报道`` ("reports") closing a byline of a role and names on a line of its own (``记者 马露帅 王帅博 报道``): the
#: story's text goes on under it (:func:`run_in_reports_byline` reads it run into the text).
REPORTED_TAIL_RE = re.compile(f"(?<=[{HAN}])[ \u3000]*报道[：:]?[ \u3000]*$")

#: Most characters of the place a reporter files from, printed close before ``报道`` (``本报记者 王海 北京报道``): a
#: city or a county of two or three characters (a longer word there is no place name the lexicon would hold alone).
MAX_FILED_PLACE_CHARS = 3


def without_filed_place(names: str) -> str:
    """A role byline's words before its ``报道`` (``names``, the ``报道`` set close after them) without the place the
    reporter files from: business papers print ``本报记者 王海 北京报道``. The place is the last word, after at least
    one name, set close against ``报道``, a common word of the lexicon (:func:`~textclean.clean.lexicon.is_common_word`)
    that no name could be (:func:`~textclean.clean.chardata.is_person_name`: no common surname opens it). A word a
    name could be stays a name, place or not (``于洋``, ``江山``, ``宁波``: a second reporter is as likely), as does a
    name set off from ``报道`` by a space, and a run set close throughout (``记者崔舟英于洋报道``).

    Before: ``本报记者 王海 北京报道`` gave the authors ``['王海', '北京']``; after, ``['王海']``.

    >>> without_filed_place("本报记者 王海 北京"), without_filed_place("记者 王明 高峰"), without_filed_place("记者 北京")
    ('本报记者 王海', '记者 王明 高峰', '记者 北京')
    >>> without_filed_place("记者 崔舟英 于洋"), without_filed_place("记者 周海 宁波"), without_filed_place("记者王海北京")
    ('记者 崔舟英 于洋', '记者 周海 宁波', '记者王海北京')
    """
    role = BYLINE_ROLE_RE.match(names)
    words = names[role.end() :].split() if role else []
    last = words[-1] if len(words) >= 2 else ""
    if len(last) <= MAX_FILED_PLACE_CHARS and is_common_word(last) and not is_person_name(last):
        return names[: len(names) - len(last)].rstrip(" \u3000")
    return names


#: China's provinces, autonomous regions and municipalities: a reader signs a letter with the place written
#: from its province down (``江西九江 陶桂东``, ``浙江湖州读者 史伟瑶``, ``吕向斌 江苏南京``).
PROVINCE_RE = re.compile(
    "北京|天津|上海|重庆|河北|山西|辽宁|吉林|黑龙江|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|海南|四川|贵州|"
    "云南|陕西|甘肃|青海|台湾|内蒙古|广西|西藏|宁夏|新疆|香港|澳门"
)
#: A reader's place in a signature, before the names (a province, up to :data:`MAX_PLACE_TAIL` more characters, and
#: ``读者``) or after them, set apart by a space.
MAX_PLACE_TAIL = 5
#: The characters at least before a lone division's suffix (``南湖市``): one is a two-character name's (``李州``).
MIN_DIVISION_NAME = 2
#: Before the names the place goes below its province (a city, a county: ``江西九江``) or is a reader's
#: (``浙江读者``): a province alone over a place is a photo's or a section's heading (``福建 武夷山``, ``西藏 林芝``).
#: Or the place is written with its divisions' suffixes, one to three of them (``南湖市``, ``西岭省青石县``; lay16's
#: letters). A lone division has two characters before its suffix, 旗/盟 close a place only under another: a name
#: may end as one (``李州 王明``, ``张红旗 李明`` are two names; lay16's lone places are all ``东川市``-shaped).
ADMIN_PLACE = f"(?:[{HAN}]{{{MIN_DIVISION_NAME},{MAX_PLACE_TAIL}}}?[省市县区州]|(?:[{HAN}]{{1,{MAX_PLACE_TAIL}}}?[省市县区州旗盟]){{2,3}})"
#: The suffixes a division's name ends with: a name under a place ends with none (``某县 城关镇`` names two places).
_ADMIN_TAIL = "省市县区州旗盟镇乡村"
READER_PLACE_RE = re.compile(
    f"^(?:{PROVINCE_RE.pattern})(?:[{HAN}]{{1,{MAX_PLACE_TAIL}}}?(?:读者)?|读者)[ \u3000]+(?=[{HAN}])"
    f"|^{ADMIN_PLACE}(?:读者)?[ \u3000]+(?=[{HAN}]{{2,4}}$(?<![{_ADMIN_TAIL}]))"
    f"|(?<=[{HAN}])[ \u3000]+(?:{PROVINCE_RE.pattern})[{HAN}]{{0,{MAX_PLACE_TAIL}}}$"
)
#: A reader's signature on a line of its own, the place before one name (the line's shape, :mod:`~textclean.clean.roles`).
READER_SIGNATURE_RE = re.compile(
    f"^(?:{PROVINCE_RE.pattern})(?:[{HAN}]{{1,{MAX_PLACE_TAIL}}}?(?:读者)?|读者)[ \u3000]+[{HAN}]{{2,4}}$"
    f"|^{ADMIN_PLACE}(?:读者)?[ \u3000]+[{HAN}]{{2,4}}$(?<![{_ADMIN_TAIL}])"
)
#: The shapes of a line that signs a piece (:mod:`~textclean.clean.roles` reads them as bylines): a reader's
#: signature, names with a text credit (:data:`CREDITED_NAMES_RE`).
SIGNED_SHAPES = (READER_SIGNATURE_RE, CREDITED_NAMES_RE)


def unplaced(text: str) -> str:
    """A reader's signature without its place (:data:`READER_PLACE_RE`); ``text`` as it is when it names none.

    Before (pdfminer, a commentary page's letters): ``江西九江 陶桂东`` read as no byline (``江西九江`` is no name) and
    stayed a line of text; after, the byline ``陶桂东``.

    >>> unplaced("江西九江 陶桂东"), unplaced("浙江湖州读者 史伟瑶"), unplaced("吕向斌 江苏南京"), unplaced("苏炜 刘景芝")
    ('陶桂东', '史伟瑶', '吕向斌', '苏炜 刘景芝')

    A place written with its divisions' suffixes (lay16's letters, ``南湖市　王晓燕`` gave the authors ``['南湖市',
    '王晓燕']``): the name alone. Not a place: a name under it ending as one (``青石县 城关镇``).

    >>> unplaced("南湖市　王晓燕"), unplaced("西岭省青石县 刘桂兰"), unplaced("青石县 城关镇")
    ('王晓燕', '刘桂兰', '青石县 城关镇')
    >>> unplaced("李州　王明"), unplaced("张红旗 李明"), unplaced("刘市 王县")  # (two names each)
    ('李州　王明', '张红旗 李明', '刘市 王县')
    """
    return READER_PLACE_RE.sub("", text).strip() or text


def byline_names(text: str, glued: bool = False) -> list[str] | None:
    """The names of a byline line, without the reporters' role words; None when the line is no byline. ``glued``:
    the context already says byline (a dateline's or a signature's bracket, a byline closed by ``报道``, the line's
    own or the caller's), and a run of names set close after the role word may be parted (:func:`glued_names`); a
    line alone is never parted so (``记者来到位于城郊`` opens a paragraph, no names ``['来到位', '于城郊']``).

    A line of the role alone (PyMuPDF sets ``本报记者``, each name on a line of its own) names no one; a reader's place
    is no name (:func:`unplaced`); a rank, padded names (:mod:`~textclean.clean.bylineforms`) are read.

    >>> byline_names("苏炜 刘景芝"), byline_names("本报记者 柳朗澜 冯琪黛"), byline_names("本报通讯员")
    (['苏炜', '刘景芝'], ['柳朗澜', '冯琪黛'], [])
    >>> byline_names("规范化"), byline_names("记者会上的发言"), byline_names("读者 来信"), byline_names("读者 钟珏")
    (None, None, None, ['钟珏'])

    A role word among the names heads the names after it (:func:`~textclean.clean.chardata.names_between_roles`, not
    a name); what a byline credits first is dropped (:data:`~textclean.clean.chardata.BYLINE_CREDIT_RE`).

    >>> byline_names("本报记者 周昀篁 实习生 贺骁葭"), byline_names("记者 胡昀镛 通讯员 李明")
    (['周昀篁', '贺骁葭'], ['胡昀镛', '李明'])
    >>> byline_names("□ 本报记者 梁炜淇"), byline_names("文/图 记者 方溪煦"), byline_names("文/记者 付苒 图/记者 卢锴湘")
    (['梁炜淇'], ['方溪煦'], ['付苒', '卢锴湘'])
    >>> byline_names("□ 关于教育科技文化建设"), byline_names("图/表"), byline_names("周昀篁 实习生 贺骁葭")
    (None, None, None)

    A role word after the first set close against its name (:data:`GLUED_ROLE_RE`) heads it as well: before (PyMuPDF,
    lay6-002), the dateline ``本报讯（记者梁婷玉 通讯员姜帅彬）`` named no one and stayed in the text; after,
    ``['梁婷玉', '姜帅彬']``.

    >>> byline_names("记者梁婷玉 通讯员姜帅彬"), byline_names("通讯员 姜岩 记者杨涛"), byline_names("记者 崔湄 记者会上")
    (['梁婷玉', '姜帅彬'], ['姜岩', '杨涛'], None)

    A role's byline may close with ``报道`` (:data:`REPORTED_TAIL_RE`; not a line of names alone), and another paper
    may be named with its reporter (``经济日报记者``, :data:`~textclean.clean.chardata.BYLINE_ROLE_RE`):

    >>> byline_names("记者 马露帅 王帅博 报道"), byline_names("本报记者 陈晨 报道："), byline_names("王帅博 报道")
    (['马露帅', '王帅博'], ['陈晨'], None)
    >>> byline_names("经济日报记者 曹鹏晓"), byline_names("经济日报记者节"), byline_names("日报记者 王明")
    (['曹鹏晓'], None, None)
    >>> byline_names("记者王柯毅冯燕欣", glued=True), byline_names("记者王柯毅冯燕欣"), byline_names("记者宋航莫红报道")
    (['王柯毅', '冯燕欣'], None, ['宋航', '莫红'])
    """
    text = uncredited(text)
    text = unplaced(text)  # (a reader's place: ``江西九江 陶桂东``)
    role = BYLINE_ROLE_RE.match(text)
    if role and "报道" in text:
        reported = REPORTED_TAIL_RE.sub("", text)  # (``记者 马露帅 王帅博 报道``, the story's text on the next line)
        reported = without_filed_place(reported) if text.startswith("报道", len(reported)) else reported
        glued, text = glued or reported != text, reported  # (``记者宋航莫红报道``: closed by 报道, a byline)
    rest = GLUED_ROLE_RE.sub(r"\g<0> ", text[role.end() :]) if role else text
    if not rest:
        return [] if role else None
    if role and not OPINION_ROLE_RE.match(text) and (padded := padded_names(rest)) is not None:
        return padded
    if not BYLINE_RE.match(rest) or (role and any(map(ROLE_WORD_RE.fullmatch, BYLINE_SPLIT_RE.split(rest)))):
        if not role:
            return None
        return names_between_roles(rest) or parted_glued_roles(rest) or (glued_names(rest) if glued else None)
    names = [t for t in BYLINE_SPLIT_RE.split(rest) if t]
    words = role is not None and not label_words_after(role[0], text, names)  # (``读者 来信``: a label)
    return names if not words and all(is_person_name(t) for t in names) else None


def uncredited(text: str) -> str:
    """A byline's text without what it credits (:data:`~textclean.clean.chardata.BYLINE_CREDIT_RE`: ``文/``, a glyph)
    and without a text credit set after its names (:data:`CREDITED_NAMES_RE`; the words left must still read as
    names: ``美文 赏析`` names no one).

    >>> uncredited("文/图 记者 方溪煦"), uncredited("王明　文"), uncredited("王明 李华 图文"), uncredited("美文 赏析 文")
    ('记者 方溪煦', '王明', '王明 李华', '美文 赏析')
    >>> uncredited("本报记者　邢晓丽　文／摄")  # (wrote and took the photo: lay17's features)
    '本报记者　邢晓丽'
    """
    text = BYLINE_CREDIT_RE.sub(" ", text).strip() if BYLINE_CREDIT_RE.search(text) else text
    return TRAILING_CREDIT_RE.sub("", text) if CREDITED_NAMES_RE.match(text) else text


def parted_glued_roles(rest: str) -> list[str] | None:
    """The names of a byline's words after its first role (``rest``) where a later role word is set close against
    the name before it (:data:`INNER_ROLE_RE`); None when there is no such role word or the words around it are not
    all names (:func:`~textclean.clean.chardata.names_between_roles` reads them).

    Before (pdftotext, lay6-007): the dateline ``本报讯（记者毛琪`` / ``通讯员朱帆丽）`` joined to
    ``（记者毛琪通讯员朱帆丽）`` named no one and stayed in the text; after, ``['毛琪', '朱帆丽']``.

    >>> parted_glued_roles("毛琪通讯员朱帆丽"), parted_glued_roles("钟怡通讯员 严帆露"), parted_glued_roles("郝华本报通讯员毛勇斌")
    (['毛琪', '朱帆丽'], ['钟怡', '严帆露'], ['郝华', '毛勇斌'])
    >>> parted_glued_roles("毛琪朱帆丽"), parted_glued_roles("会上记者招待会"), parted_glued_roles("毛琪通讯员")
    (None, None, None)
    """
    parted = INNER_ROLE_RE.sub(r" \g<0> ", rest)
    return names_between_roles(parted) if parted != rest else None


#: Fewest characters of a run of names set close together after a role word (:func:`glued_names`): two names of two.
MIN_GLUED_CHARS = 4
#: Most characters of such a run: four names of three (a longer run is text, and is not parted at all).
MAX_GLUED_CHARS = 12
#: A credit's closing word (photographed, drawn, compiled, ...): a run ending so is a credit, ``李建华摄``, whose
#: last character would otherwise open a fake name (``['李建', '华摄']``).
CREDIT_TAIL_RE = re.compile("(?:摄影?|制图|整理|采写|供图|绘)$")


def glued_names(rest: str) -> list[str] | None:
    """The names of a byline's run of Han characters after its role word, set close together with no space
    (``记者王柯毅冯燕欣夏强蕾``: pdfminer joins a dateline's lines with no gap), when the run parts one way only into
    two to four names of two or three characters, each opening with a common surname
    (:func:`~textclean.clean.chardata.is_person_name`); None when it parts no way or several ways, or its pieces
    read as words: one a verb or another word of a class no name has, or all common words of the lexicon.

    Before (pdfminer, lay6-039): ``本报讯（记者王柯毅冯燕欣夏强蕾）`` named no one and stayed in the text; after,
    ``['王柯毅', '冯燕欣', '夏强蕾']``.

    >>> glued_names("王柯毅冯燕欣夏强蕾"), glued_names("崔舟英于洋")
    (['王柯毅', '冯燕欣', '夏强蕾'], ['崔舟英', '于洋'])
    >>> glued_names("从会上获悉"), glued_names("陈华金林强"), glued_names("王明"), glued_names("王柯 冯燕")
    (None, None, None, None)
    >>> glued_names("高度关注"), glued_names("方面石油")
    (None, None)

    A run closing with a credit word (:data:`CREDIT_TAIL_RE`) is a photo's or a chart's credit, and a run one of
    whose common words (:func:`spans_a_word`) straddles two names is text: before, ``（本报记者 李建华摄）`` named
    ``['李建', '华摄']`` and ``记者向有关部门求证`` ``['向有', '关部', '门求证']``; after, neither is a byline.

    >>> glued_names("李建华摄"), glued_names("王明华整理"), glued_names("向有关部门求证"), glued_names("来到位于城郊")
    (None, None, None, None)
    """
    if not MIN_GLUED_CHARS <= len(rest) <= MAX_GLUED_CHARS or not re.fullmatch(f"[{HAN}]+", rest):
        return None
    if CREDIT_TAIL_RE.search(rest):
        return None  # (``李建华摄``: a photo's credit)
    ways = [w for w in _partitions(rest) if 2 <= len(w) <= MAX_BYLINE_NAMES]
    if len(ways) != 1 or any(map(is_word_of_class, ways[0])) or spans_a_word(rest, ways[0]):
        return None  # (``高度关注``: a verb is no name; ``向有 关部``: ``有关`` straddles the pieces)
    return None if all(is_one_word(w) and not is_name_word(w) for w in ways[0]) else ways[0]


def spans_a_word(run: str, pieces: list[str]) -> bool:
    """Whether a common word of the lexicon (:func:`~textclean.clean.lexicon.is_common_word`) in ``run``, cut as
    jieba cuts it (:func:`~textclean.clean.lexicon.words_of`), straddles the boundary between two of ``pieces``.

    >>> spans_a_word("向有关部门求证", ["向有", "关部", "门求证"]), spans_a_word("王柯毅冯燕欣", ["王柯毅", "冯燕欣"])
    (True, False)
    """
    cuts, at = set(), 0
    for piece in pieces[:-1]:
        at += len(piece)
        cuts.add(at)
    start = 0
    for word in words_of(run):
        end = start + len(word)
        if len(word) >= 2 and any(start < c < end for c in cuts) and is_common_word(word):
            return True
        start = end
    return False


def _partitions(run: str) -> list[list[str]]:
    """Every way to part ``run`` into pieces of two or three characters that are each a person's name."""
    if not run:
        return [[]]
    return [
        [run[:k], *rest] for k in (2, 3) if len(run) >= k and is_person_name(run[:k]) for rest in _partitions(run[k:])
    ]


def glyph_byline(text: str) -> bool:
    """Whether a line shaped as a pull-quote box's marker (:data:`~textclean.clean.chardata.BOX_MARKER_RE`, a glyph
    and one to four characters) is a byline: the glyph is a byline's ornament (``□ 周晨昕``, a commentary's or a
    feature's writer) when every word after it is a person's name and none is a common word of the lexicon
    (:func:`~textclean.clean.lexicon.is_one_word`), the glyph set apart from it or not: ``●观点``, ``●观 点``,
    ``● 焦点``, ``● 时评`` label a box, though 焦 and 时 are surnames. A word jieba tags as a person's name
    (:func:`~textclean.clean.lexicon.is_name_word`: ``□ 鲁迅``) is a writer's name.

    Before (PyMuPDF, an economy page's commentary): ``□ 周晨昕`` under the title was a box marker, the article had
    no author; after, a byline, authors ``['周晨昕']``. ``● 焦点`` over a box's text stays a marker.

    >>> glyph_byline("□ 周晨昕"), glyph_byline("□ 秦璐 石颖"), glyph_byline("□ 鲁迅"), glyph_byline("□韦华欣")
    (True, True, True, True)
    >>> glyph_byline("●观 点"), glyph_byline("●观点"), glyph_byline("●时评"), glyph_byline("● 焦点"), glyph_byline("【观点】")
    (False, False, False, False, False)
    """
    m = BOX_MARKER_RE.match(text)
    words = BYLINE_SPLIT_RE.split(m.group(1).strip()) if m and m.group(1) else []
    return bool(words) and all(is_person_name(w) and (is_name_word(w) or not is_one_word(w)) for w in words)


def closing_names(text: str) -> list[str]:
    """The names of a closing note that holds only a byline, ``（蒋悦哲）``; [] for any other text.

    >>> closing_names("（蒋悦哲）"), closing_names("（王玲逸 周璐琛）"), closing_names("（规范化）"), closing_names("（一）")
    (['蒋悦哲'], ['王玲逸', '周璐琛'], [], [])
    """
    if len(text) < 2 or text[0] not in "（(" or text[-1] not in "）)":
        return []
    names = byline_names(text[1:-1].strip(), glued=True)
    return names or []


#: A signature run into a paragraph's end, after its last sentence: ``…作用。（记者 钱澍）``.
RUN_IN_SIGNATURE_RE = re.compile("(?<=[。！？!?”’」』])[（(][^（）()]{2,30}[）)]$")
#: Where the pattern may end (``$`` also before a final newline): tested first, most paragraphs end with none.
_SIGNATURE_ENDS = ("）", ")", "）\n", ")\n")


def run_in_signature(blocks: list[Block]) -> tuple[list[str], list[Block]]:
    """The names an article signs a paragraph with, after its last sentence (``（记者 钱澍）``, ``（梁岚）``: a paper
    sets a reporter's or author's name so when it prints no byline), and the blocks without any such signature;
    ``[]`` and the blocks as they are when there is none (:func:`~textclean.clean.bylines.closing_names` reads the
    names). Only the last paragraph's signature gives names: it closes the article, one before the last paragraph
    closes another piece read into it (a news brief and the brief after it in a box, another column's lines), whose
    reporter is not this article's (measured: names from the first signature gave one article of LAY the
    neighbouring piece's reporter and one of LAY5 the previous brief's).

    Before (PyMuPDF, a second layout): ``…发挥好城镇化对现代化的支撑作用。（记者 钱澍）`` kept the signature in the
    text and the article had no author; after, authors ``['钱澍']``. Not so: a bracket that names no one
    (``（试行）``, ``（一）``, ``（记者招待会）``), one inside a sentence, one that opens the paragraph.

    Each paragraph's signature (:func:`signed_paragraph`), not only the last one's, leaves the text: before (PyMuPDF,
    a city daily's brief box), ``…的必要前提。（记者 史涵）`` / ``■ 关于…`` kept the first brief's signature in the
    text of the briefs read as one article; after, the paragraph ends ``…的必要前提。``.

    >>> run_in_signature([Block("paragraph", "甲。"), Block("paragraph", "支撑作用。（记者 钱澍）")])
    (['钱澍'], [Block(kind='paragraph', text='甲。'), Block(kind='paragraph', text='支撑作用。')])
    >>> run_in_signature([Block("paragraph", "必要前提。（记者 史涵）"), Block("paragraph", "乙。")])
    ([], [Block(kind='paragraph', text='必要前提。'), Block(kind='paragraph', text='乙。')])
    >>> run_in_signature([Block("paragraph", "关于该条例。（试行）")])[0], run_in_signature([Block("paragraph", "（梁岚）")])[0]
    ([], [])
    >>> run_in_signature([Block("paragraph", "市政府召开了发布会。（记者招待会）")])[0]
    []
    """
    names: list[str] = []
    out: list[Block] = []
    for block in blocks:
        names, text = signed_paragraph(block)
        out.append(Block(block.kind, text) if names else block)
    return names, out


def signed_paragraph(block: Block) -> tuple[list[str], str]:
    """The names a paragraph's closing signature gives (:data:`RUN_IN_SIGNATURE_RE`,
    :func:`~textclean.clean.bylines.closing_names`) and its text without it; ``[]`` and the text as it is when it
    has none or is no paragraph.

    >>> signed_paragraph(Block("paragraph", "的必要前提。（记者 史涵）")), signed_paragraph(Block("heading", "甲。（记者 史涵）"))[0]
    ((['史涵'], '的必要前提。'), [])
    """
    closes = block.kind == "paragraph" and block.text.endswith(_SIGNATURE_ENDS)
    m = RUN_IN_SIGNATURE_RE.search(block.text) if closes else None
    names = closing_names(m.group(0)) if m else []
    return (names, block.text[: m.start()]) if m and names else ([], block.text)


#: A byline run in at the head of a story's first paragraph and closed by ``报道`` ("reports"), where the story prints
#: no dateline: ``记者 马露帅 王帅博 报道　去年，…``, ``本报记者于艳、曾桂霞报道：科技金融…``. The role word opens it;
#: the names (:func:`byline_names`) hold no clause punctuation and no bracket. ``报道`` closes a byline when a space
#: sets it off from the names, or a colon, a space or the line's end follows it: set close on both sides it is the
#: verb of a sentence (``记者王明报道了全市春耕的进展``, ``…报道显示``).
REPORTS_BYLINE_RE = re.compile(
    "^((?:本报|新华社)?(?:特约)?记者[^，。；：:！？“”（）()]{2,30}?)"
    "(?:[ \u3000]+报道[：:]?|报道(?:[：:]|(?=[ \u3000])|$))[ \u3000]*"
)


def run_in_reports_byline(text: str) -> tuple[list[str], str]:
    """The names of a run-in byline closed by ``报道`` (:data:`REPORTS_BYLINE_RE`) opening ``text``, and the text
    after it; ``[]`` and the text as it is when there is none, or the words before ``报道`` are no byline.

    Before (PyMuPDF, lay6-000): ``记者 马露帅 王帅博 报道去年，安宁市…`` kept the byline in the text and the article
    had no author; after, ``['马露帅', '王帅博']`` and the paragraph opens ``去年，…``.

    >>> run_in_reports_byline("记者 马露帅 王帅博 报道　去年，安宁市"), run_in_reports_byline("本报记者于艳、曾桂霞报道：科技")
    ((['马露帅', '王帅博'], '去年，安宁市'), (['于艳', '曾桂霞'], '科技'))
    >>> run_in_reports_byline("记者从会上获悉，报道称"), run_in_reports_byline("记者在采访中报道了此事")
    (([], '记者从会上获悉，报道称'), ([], '记者在采访中报道了此事'))
    >>> run_in_reports_byline("记者王明报道了全市春耕的进展"), run_in_reports_byline("记者 王明 报道去年，")[0]
    (([], '记者王明报道了全市春耕的进展'), ['王明'])
    """
    m = REPORTS_BYLINE_RE.match(text)
    filed = text.startswith("报道", m.end(1)) if m else False  # (``宁波报道``: the place set close against 报道)
    names = byline_names(without_filed_place(m.group(1)) if filed else m.group(1), glued=True) if m else None
    return (names, text[m.end() :]) if m and names else ([], text)


#: How many of a name's characters the first paragraph's line may open with before the ``报道`` that closes a byline
#: wrapped over it (``秦颖`` / ``涛报道：``): a Chinese name has two to four characters, at least one on the byline's
#: line; more and the paragraph's ``报道`` is its own (``报道显示``, ``据新华社报道``).
NAME_TAIL_CHARS = 2


def byline_run_on(byline: str, blocks: list[Block]) -> tuple[list[str], list[Block]]:
    """The names of a run-in byline closed by ``报道`` (:func:`run_in_reports_byline`) that a narrow column wrapped
    over the byline's line (``byline``) and the first paragraph's first line, and the blocks without its tail;
    ``[]`` and the blocks as they are when the two read as none, or ``报道`` closes the byline's own line. The line
    alone reads as a byline of a name cut short (``本报记者史健佳 秦颖`` / ``涛报道：据了解…``), or with ``报`` as a
    name's last character.

    Before (PyMuPDF): ``本报记者杜晨诗、蔡霞报`` / ``道：去年，宁远县…`` gave authors ``['杜晨诗', '蔡霞报']`` and the
    paragraph opened ``道：去年``; after, ``['杜晨诗', '蔡霞']`` and ``去年，…``.

    >>> byline_run_on("本报记者杜晨诗、蔡霞报", [Block("paragraph", "道：去年，宁远县")])
    (['杜晨诗', '蔡霞'], [Block(kind='paragraph', text='去年，宁远县')])
    >>> byline_run_on("本报记者史健佳 秦颖", [Block("paragraph", "涛报道：据了解")])[0]
    ['史健佳', '秦颖涛']
    >>> byline_run_on("本报记者 史健佳", [Block("paragraph", "据新华社报道：")])[0], byline_run_on("本报记者 史健佳", [])[0]
    ([], [])
    >>> byline_run_on("本报记者 史健佳", [Block("paragraph", "报道显示，")])[0], byline_run_on("记者 王明", [Block("paragraph", "等媒体报道：")])[0]
    ([], [])
    """
    if not blocks or blocks[0].kind != "paragraph":
        return [], blocks
    m = REPORTS_BYLINE_RE.match(byline + blocks[0].text)
    if not m or m.end() <= len(byline) or m.end(1) - len(byline) > NAME_TAIL_CHARS:
        return [], blocks  # (no byline, ``报道`` closes the byline's own line, or it is the paragraph's own word)
    names, rest = run_in_reports_byline(byline + blocks[0].text)
    return (names, [Block(blocks[0].kind, rest), *blocks[1:]]) if names else ([], blocks)


#: The widest gap, in half-width spaces (an ideographic space counts two), a paper sets between a run-in byline's
#: ``报道`` and the story's text: one em. A wider run of spaces is the gutter between two columns the extractor read
#: as one line (``记者 胡立新 报道　　　　　　农民增收有了新路子``), and what follows it is no part of the story's text.
MAX_RUN_IN_GAP = 2


def opens_with_run_in_byline(text: str, raw: str | None = None) -> bool:
    """Whether ``text`` opens with a run-in byline closed by ``报道`` and goes on with the story's text
    (:func:`run_in_reports_byline`): a paragraph's first line, never a headline's, however short a narrow column
    sets it. ``raw``: the line as extracted, its spaces as printed (``text`` by default).

    Before (PyMuPDF, lay6-008): ``记者 周文 魏明斌 报道　在东`` / ``陵市综合保税区，…``: the short first line, no
    clause mark in it, was read as a head line, and the article lost its authors and its text's first characters;
    after, it opens the body, its names the authors. Not so: a byline alone on its line (``记者 周文 报道``), a
    sentence whose ``报道`` is a verb (``记者王明报道了全市春耕的进展``), a byline going on with another credit
    (``本报记者 胡立新 报道 实习生 王明``, :func:`credit_line`), a gutter after ``报道`` (:data:`MAX_RUN_IN_GAP`).

    >>> opens_with_run_in_byline("记者 周文 魏明斌 报道　在东"), opens_with_run_in_byline("记者 周文 报道")
    (True, False)
    >>> opens_with_run_in_byline("记者王明报道了全市春耕的进展"), opens_with_run_in_byline("促进经济又好又快发展")
    (False, False)
    >>> opens_with_run_in_byline("本报记者 胡立新 报道 实习生 王明"), opens_with_run_in_byline("记者 胡立新 报道　　　农民增收")
    (False, False)
    """
    if "报道" not in text:
        return False
    names, rest = run_in_reports_byline(text)
    if not names or not rest.strip() or credit_line(rest.strip()):
        return False
    line = text if raw is None else raw
    after = line[line.find("报道") + 2 :]
    gap = after[: len(after) - len(after.lstrip(" \u3000"))]
    return len(gap) + gap.count("\u3000") <= MAX_RUN_IN_GAP


def credit_line(text: str) -> bool:
    """Whether ``text`` reads as a byline or a credit of its own (:func:`byline_names`; a role word, ``实习生`` too,
    and a person's names after it; a credit's ``文/``, ``图/`` or box glyph), not as a story's text.

    >>> credit_line("实习生 王明"), credit_line("通讯员李岚"), credit_line("胡立新 冯晓岚"), credit_line("图/王明")
    (True, True, True, True)
    >>> credit_line("为了让"), credit_line("记者近日从"), credit_line("在东")
    (False, False, False)
    """
    if BYLINE_CREDIT_RE.match(text) or byline_names(text) is not None:
        return True
    role = ROLE_WORD_RE.match(text)
    words = [w for w in BYLINE_SPLIT_RE.split(text[role.end() :]) if w] if role else []
    return bool(words) and all(BYLINE_NAME_RE.fullmatch(w) and is_person_name(w) for w in words)
