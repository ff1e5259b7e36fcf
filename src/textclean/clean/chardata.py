"""Character classes, tables and compiled regexes used by the cleaning rules.

Kept apart from the rules (``repair.py``, ``roles.py``, ``blocks.py``) the way
ftfy keeps ``chardata.py`` apart from ``fixes.py``.  Nothing here is specific
to one page: these are properties of Chinese typesetting.
"""

from __future__ import annotations

import re

#: Han ideographs: URO, extension A, compatibility, and the supplementary planes (B onwards): rare 鑛 counts as Han.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
HAN_RE = re.compile(f"[{HAN}]")

#: The papers and agencies a dateline opens with.
_PAPERS = "本报|新华社|中新社"
#: A dateline another paper or agency filed, cited as the source of what follows (``据新华社北京3月5日电``): it
#: opens no story and names none of this story's reporters.
_CITED = "(?!据|另据)"
#: The dated dateline's ``电`` as a city daily prints it for its own news, ``本报东陵5月20日讯（记者 郝远雨）``: the
#: undated dateline's ``讯`` (:data:`UNDATED_MARK`) after the place and date.
DATED_NEWS_MARK = "讯"
#: A dateline's opening up to ``电`` (or ``讯``): the paper or agency, the place (at most 8 characters, and where a head's
#: last line runs into the dateline, that line too: :mod:`~textclean.clean.datelineheads`), the date.
_DATED_HEAD = f"(?:{_PAPERS})?[{HAN}]{{0,8}}?[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日(?:电|{DATED_NEWS_MARK})"
#: The mark of an undated dateline: the paper's own news, ``本报讯`` (a city daily files its local stories so; 讯
#: "news" after the paper or agency is the register's closed form, every Chinese paper prints it). Unlike the
#: dated opening no head's line may run into it: measured, allowing 8 characters before it as there changes no
#: output (LAY5), and a text holding ``本报讯`` further on is then no dateline.
UNDATED_MARK = "讯"
_UNDATED_HEAD = f"(?:{_PAPERS}){UNDATED_MARK}"
#: The undated dateline: ``本报讯（记者 胡昀镛）按照一九五八年…`` reads as ``本报北京3月5日电（记者 X）`` does (the paper,
#: no place or date, then the reporters' bracket), so every dateline rule reads both.
_DATELINE_HEAD = f"^{_CITED}(?:{_DATED_HEAD}|{_UNDATED_HEAD})"
#: What every dateline's opening holds (``电`` of the dated one, ``讯`` of the undated one): a line holding neither
#: within a few lines opens none (:func:`~textclean.clean.datelineheads._near_dian`).
DATELINE_MARKS = ("电", UNDATED_MARK)
#: A dateline opening an article's first paragraph: the paper or agency, the place, the date, ``电`` and the
#: reporters in brackets, ``本报北京3月5日电（记者 崔湄 王霏苓）`` (the date keeps a place name from matching
#: ordinary text that opens with a bracket).
DATELINE_RE = re.compile(f"{_DATELINE_HEAD}([（(][^（）()]{{2,40}}[）)])[ \u3000]*")

#: Full-width CJK punctuation as it appears in running text.
CJK_PUNCT = "，。、；：？！…—·“”‘’（）《》〈〉【】「」『』〔〕．"

#: Characters that are "CJK" for spacing purposes: Han plus CJK punctuation
#: plus the full-width forms block.
CJK = f"{HAN}{CJK_PUNCT}\u3000-\u303f\uff00-\uffef"
CJK_RE = re.compile(f"[{CJK}]")

#: A sentence ends with one of these (possibly followed by closing quotes or brackets).
SENTENCE_END = "。！？…"
CLOSERS = "”’）」』》〕】"
SENTENCE_END_RE = re.compile(f"[{SENTENCE_END}][{CLOSERS}]*(?:[（(][^（）()。！？]{{1,30}}[）)])?$|[；;]$")
#: A sentence end and a bracketed signature or remark after it, closing the line (``…团结。（梁岚）``,
#: ``…作用。（记者 钱澍）``): the text ends with the sentence, the bracket signs it.
_SIGNED_END_RE = re.compile(f"[{SENTENCE_END}][{CLOSERS}]*[（(][^（）()。！？]{{1,30}}[）)]$")
_SENTENCE_END_CHARS = tuple(SENTENCE_END)
#: The last characters :func:`ends_sentence` looks past or at, white space included: a line ending in any
#: other character (most lines end inside a sentence) ends none. A string, not a set: ``in`` finds the last
#: character of a line in it without hashing it (the characters :meth:`str.isspace` holds for all lie below U+3001).
END_TAIL = SENTENCE_END + CLOSERS + "；;" + "".join([c for c in map(chr, range(0x3001)) if c.isspace()])

#: Clause punctuation: a line holding any of these is running text, not a headline.
CLAUSE_PUNCT_RE = re.compile("[，、；：。！？,;!?]")

#: Openers that start an enumerated paragraph: 第一， 一是 首先， ``1.`` ...; not a decimal figure (``3.2%；…``, lay17 ec-12)
NUMERAL = "一二三四五六七八九十"
ENUM_OPENER_RE = re.compile(
    f"^(第[{NUMERAL}]+[，、,]|[{NUMERAL}]+是|首先[，,]|其次[，,]|再次[，,]|最后[，,]|另外[，,]|此外[，,]|同时[，,]"
    f"|[{NUMERAL}]+、|（[{NUMERAL}]+）|\\d+[.．、](?!\\d))"
)

#: The openers of :data:`ENUM_OPENER_RE` that start a paragraph even on a full line after a sentence end;
#: not ``一是``, which enumerates inside a paragraph as often (``…。二是…。三是…``), nor ``同时，`` ("at the same
#: time"), which ties its sentence to the one before: of the gold sentences opening with it, 136 run on inside a
#: paragraph and 7 open one (devpages and the second layout's reports; the seeds 1:1). Before (pdfminer, devpages
#: gov-2001-01, a line per box): ``处理好其他矛盾提供了基础。`` / ``同时，坚持两手抓、两手都要`` (both full lines) stood
#: as two paragraphs; after, one.
NEW_PARAGRAPH_OPENER_RE = re.compile(
    f"^(第[{NUMERAL}]+[，、,]|首先[，,]|其次[，,]|再次[，,]|最后[，,]|另外[，,]|此外[，,]"
    f"|[{NUMERAL}]+、|（[{NUMERAL}]+）|\\d+[.．、](?!\\d))"
)

#: Openers of an enumerated *paragraph* (never of a subheading): 一是 第一， 首先， — the connectives with their
#: comma: without it they are a heading's words (``最后说到文教战线上的情况``, devpages gov-1958-01).
PARAGRAPH_OPENER_RE = re.compile(f"^(第[{NUMERAL}]+[，、,]|[{NUMERAL}]+是|(首先|其次|再次|最后|另外|此外)[，,])")

#: A numbered subheading: 一、… （一）… 1. …
NUMBERED_HEADING_RE = re.compile(f"^([{NUMERAL}]+、|（[{NUMERAL}]+）|\\d+[.．、])")

#: The number of a report's section or subsection, which may open a subheading: 一、… （一）… 第一，…
SECTION_NUMBER_RE = re.compile(f"^(第[{NUMERAL}]+[，、,]|[{NUMERAL}]+、|（[{NUMERAL}]+）)")

#: A numbered line of any kind (section numbers, ``（1）``, ``1.``): a run of them is a list.
LIST_NUMBER_RE = re.compile(f"^(第[{NUMERAL}]+[，、,]|[{NUMERAL}]+、|（[{NUMERAL}\\d]+）|\\d+[.．、](?!\\d))")

#: The glyphs that open a pull-quote box's marker: a bullet, a geometric shape, a star, an arrowhead.
BOX_GLYPHS = "●■◆▲★◎▶◇□△☆"
#: The pull-quote box marker, e.g. ``●观 点`` (a glyph of :data:`BOX_GLYPHS` and a short label), or a short label in
#: lenticular brackets (``【观点】``).
BOX_MARKER_RE = re.compile(f"^(?:[{BOX_GLYPHS}]\\s*((?:[{HAN}]\\s*){{1,4}})|【\\s*(?:[{HAN}]\\s*){{1,4}}】)$")

#: A column label in lenticular brackets on a line of its own, ``【民情直通车】``: the label is group 1. One of one to
#: four characters is also a pull-quote box's marker (:data:`BOX_MARKER_RE`, ``【观点】``); longer, it names a column.
BRACKET_LABEL_RE = re.compile(f"^【\\s*((?:[{HAN}]\\s*){{1,8}})】$")

#: A column label: a logo glyph (one Latin letter) then a short Han label: ``G 前沿观察``.
COLUMN_RE = re.compile(f"^[A-Za-z]\\s+([{HAN}]{{2,8}})$")

#: A byline: one to four Han names of 2-4 characters separated by spaces (or 、).
BYLINE_RE = re.compile(
    f"^[{HAN}]{{2,3}}$|^[{HAN}]{{2,4}}(?:(?:[ \u3000]+|[ \u3000]*、[ \u3000]*)[{HAN}]{{2,4}}){{1,3}}$"
)
BYLINE_SPLIT_RE = re.compile("[ \u3000、]+")
#: A reporter's role printed before the names of a byline (not a name): ``本报记者 柳朗澜``.
#: An editorial writer (``本报评论员``, the paper's institutional byline naming no one) and a letter's ``读者`` are
#: roles as well: the line names no one, or the names after the role word.
#: Those two only before a space or the line's end (``评论员文章``, ``读者来信`` are column labels).
PAPER_SUFFIXES = "日报|晚报|晨报|早报|时报|商报|周报|青年报|都市报|法治报"  # (a paper's name's end: ``经济日报``)
_OWNER = f"(?:本报|新华社|中新社|[{HAN}]{{2,4}}(?:{PAPER_SUFFIXES}))"  # (another paper's reporter: ``经济日报记者 X``)
_POSTED = f"(?:{_OWNER}驻[{HAN}]{{1,6}}?|{_OWNER})"  # (a posting after an owner: 本报驻柏林记者; 常驻记者 no role)
REPORTER_RANKS = "特约|见习|实习|首席|特派|全媒体|融媒体"  # (a rank before the role: ``特约记者``, ``全媒体记者``)
_ROLE = f"(?:{_POSTED}?(?:{REPORTER_RANKS})?(?:记者|通讯员)|(?:本报|新华社)?(?:特约)?评论员(?=[ \u3000]|$)|读者(?=[ \u3000]|$))"
BYLINE_ROLE_RE = re.compile(f"^{_ROLE}[ \u3000]*")
#: Role words that sign opinion pieces and letters (``本报评论员``, ``读者``): ordinary words too (``读者 来信``, ``评论员
#: 文章`` in a label), so the names after them must be no word of the lexicon (:func:`~textclean.clean.bylines.byline_names`).
OPINION_ROLE_RE = re.compile("^(?:(?:本报|新华社)?(?:特约)?评论员|读者)[ \u3000]*")
#: What a byline credits before its role or names, dropped before they are read (:func:`~textclean.clean.bylines.byline_names`):
#: an ornament glyph (``□ 本报记者 梁炜淇``), and what each person named did, ``文/`` (the text), ``图/`` (the pictures),
#: ``摄影/``, or both at once (``文/图 记者 方溪煦``, ``文/记者 付苒 图/记者 卢锴湘``, after the names ``文／摄``: lay17's
#: features): city papers' habits; the slash keeps ordinary words out (``文图``, ``图表``).
BYLINE_CREDIT_RE = re.compile(f"^[{BOX_GLYPHS}][ \u3000]*|(?:文|图|摄影|摄) ?[/／] ?(?:图|文|摄)?[ \u3000]*")
#: A reporter's role word standing between the names of a byline that names several roles: ``本报记者 崔湄 本报通讯员 王霏苓``.
ROLE_WORD_RE = re.compile(f"{_ROLE}|实习生")
#: One name of a byline (:data:`BYLINE_RE`'s names: two to four Han characters).
BYLINE_NAME_RE = re.compile(f"[{HAN}]{{2,4}}")
#: Most names a byline holds (:data:`BYLINE_RE`: one to four).
MAX_BYLINE_NAMES = 4

#: A logo glyph printed on a line of its own before a column label (PyMuPDF sets ``G`` / ``学习园地`` apart).
LOGO_LINE_RE = re.compile("^[A-Za-z]$")
#: A column label on its own line, as :data:`COLUMN_RE`'s label.
COLUMN_LABEL_RE = re.compile(f"^[{HAN}]{{2,8}}$")

#: Common Chinese surnames (single and compound).  A byline name starts with one;
#: this keeps a short headline fragment such as ``规范化`` from being read as a name.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "傅洪萧"  # (of the hundred commonest, missing before: 洪翊煜 was read as a title's line; 萧, 肖's other form)
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阎戈"
    # the same surnames in traditional characters (OpenCC s2t of the list above), so that
    # bylines of traditional-script pages are recognised too
    "來儲劉勞區厲叢吳呂喬單嚴國塗婁孫宮寧嶽帥師張強慄應於時晉楊榮樂樓樸權欒歐湯溫滿畢盤盧竇範簡紀練繆羅聞聶荊莊華萬葉蓋蔣藍藺蘆蘇蘭衛計許談諶謝譚豐費賀賈趙車農連遊遲邊鄒鄔鄧鄭鄺錢鍾門閆閔閻關闞陳陸陽雲鞏韋韓項顏顧餘饒馬馮駱鬱魯鮑麥黃黨齊龍龐龔"
) | frozenset(
    {
        "欧阳",
        "司马",
        "上官",
        "诸葛",
        "东方",
        "皇甫",
        "尉迟",
        "公孙",
        "慕容",
        "长孙",
        "宇文",
        "司徒",
        "夏侯",
        "令狐",
        "端木",
        "呼延",
    }
    | {"公孫", "司馬", "尉遲", "東方", "歐陽", "諸葛", "長孫"}
)


def is_person_name(token: str) -> bool:
    """A Han name: 2-3 characters starting with a common surname, or 3-4 starting with a
    compound one.

    >>> is_person_name("刘景芝"), is_person_name("欧阳修远"), is_person_name("规范化")
    (True, True, False)
    >>> is_person_name("全面落实")
    False
    """
    if 3 <= len(token) <= 4 and token[:2] in SURNAMES:
        return True
    return 2 <= len(token) <= 3 and token[0] in SURNAMES


#: The dashes a subtitle or an attribution line opens with (``——形势和任务``, ``——单位职务 姓名``): the em dash, its
#: box-drawing look-alike, the full-width hyphen-minus, the two-em dash ``⸺`` (both in one), the hyphen (last).
DASHES = "—─－⸺-"
#: An attribution line: ``——单位职务 姓名`` (a dash twice, or the two-em dash once).
ATTRIBUTION_RE = re.compile("^(" + "|".join([d * 2 for d in DASHES]) + "|⸺)")

#: A closing note: ``（作者单位：…）`` ``（作者系…）`` ``（张菁 整理）``.
NOTE_OPEN_RE = re.compile("^[（(]")
#: What a compiler did, in simplified and traditional characters: ``张菁 整理``.
_COMPILED = "整理|编译|編譯|供稿|采写|採寫"
NOTE_BODY_RE = re.compile(f"^(作者|本文作者|[{HAN}]{{2,4}}(?:[ \u3000]+[{HAN}]{{2,4}})*[ \u3000]*({_COMPILED}|摄|攝))")

#: Prefix of an author note that names the institution (作者单位 / 作者單位).
AFFILIATION_RE = re.compile("^作者[单單]位[：:]\\s*(.+)$")

#: The compilers named in a note such as ``张菁 整理``.
COMPILER_RE = re.compile(f"^([{HAN}][{HAN} \u3000、]{{1,40}}?)[ \u3000]*({_COMPILED})$")


def char_width(ch: str) -> float:
    """Printed width of one character in em: Han and full-width forms 1, ASCII 0.5, spaces 0.

    >>> char_width("工"), char_width("，"), char_width("9"), char_width(" ")
    (1.0, 1.0, 0.5, 0.0)
    """
    if ch in " \u3000\t":
        return 0.0
    return 0.5 if ord(ch) < 0x2E80 and ch not in CJK_PUNCT else 1.0


_SPACE_CHARS_RE = re.compile("[ \u3000\t]")
_HALF_WIDTH_RE = re.compile(f"[^ \u3000\t\u2e80-\U0010ffff{re.escape(CJK_PUNCT)}]")
#: A character :func:`char_width` does not count as a full em (half-width or a space).
NARROW_RE = re.compile(f"[^\u2e80-\u2fff\u3001-\U0010ffff{re.escape(CJK_PUNCT)}]")


def text_width(text: str) -> float:
    """Printed width of a line in em: the sum of :func:`char_width` over its characters.

    >>> text_width("1907年，中国")
    6.0
    >>> text_width("——研究员 王文珍") == sum(char_width(c) for c in "——研究员 王文珍")
    True
    """
    if not NARROW_RE.search(text):
        return float(len(text))  # (most lines: every character a full em)
    half = len(_HALF_WIDTH_RE.findall(text))
    spaces = len(_SPACE_CHARS_RE.findall(text)) if " " in text or "\u3000" in text or "\t" in text else 0
    return float(len(text) - spaces - half) + 0.5 * half


#: Opening brackets and quotes, each with the mark that closes it.
BRACKET_PAIRS = (
    ("（", "）"),
    ("(", ")"),
    ("《", "》"),
    ("“", "”"),
    ("‘", "’"),
    ("【", "】"),
    ("〔", "〕"),
    ("「", "」"),
    ("『", "』"),
)
#: The opening and the closing marks: ``isdisjoint`` of a line tells, in C, whether it holds none (most lines).
_OPENERS, _CLOSERS = frozenset(o for o, _ in BRACKET_PAIRS), frozenset(c for _, c in BRACKET_PAIRS)


def leaves_bracket_open(text: str) -> bool:
    """True when the line opens a bracket or quote it does not close: its text runs on into the next line.

    A headline is a whole phrase and closes what it opens; a line of running
    text broke wherever the column ended.

    >>> leaves_bracket_open("《社会保险经办条例》（以下简称《条")
    True
    >>> leaves_bracket_open("打造“五型”工会 做实做好维权服务"), leaves_bracket_open("例》）于今年9月正式公布")
    (False, False)
    """
    if _OPENERS.isdisjoint(text):
        return False
    return any(text.count(o) > text.count(c) for o, c in BRACKET_PAIRS)


def closes_bracket_above(text: str) -> bool:
    """True when the line closes a bracket or quote it does not open: it ends a text begun above it.

    A headline closes only what it opens; ``百二十三页）`` finishes the citation
    ``（《列宁全集》中文版，第三十一卷，第四`` of the line above.

    >>> closes_bracket_above("百二十三页）"), closes_bracket_above("关于“一国两制”（草案）"), closes_bracket_above("推进改革")
    (True, False, False)
    """
    if _CLOSERS.isdisjoint(text):
        return False
    return any(text.count(c) > text.count(o) for o, c in BRACKET_PAIRS)


_HALVES_SPACE_RE = re.compile(f"[{HAN}”’》][ \u3000]+[{HAN}“‘《]|%[ \u3000]+[A-Z]")


def has_halves_space(text: str) -> bool:
    """Whether a space stands between two Han words of the text (after spacing repair).

    Running text never spaces two Han characters; a two-part headline (``打造“五型”工会 做实做好维权服务``, or a
    figure's ``%`` before a Latin word: ``CPI同比上涨0.7% PPI降幅收窄``), a byline and an attribution do.

    >>> [has_halves_space(t) for t in ("打造“五型”工会 做实做好维权服务", "CPI上涨0.7% PPI降幅收窄", "推进5G 网络建设")]
    [True, True, False]
    >>> has_halves_space("在全面建成小康社会、实现第一个百年奋斗目")
    False
    """
    return bool(_HALVES_SPACE_RE.search(text))


_ASCII_DIGITS_RE = re.compile("[0-9]")


def width_with_wide_digits(text: str, width: float) -> float:
    """A line's width (``width``, from :func:`text_width`) with its ASCII digits counted as wide as Han.

    Fonts set digits anywhere from half an em to nearly a full one, so a
    line full to the column may measure short when it holds digits; this is
    the upper bound of its printed width.

    >>> text_width("今年9月正式公布，并将于12月"), width_with_wide_digits("今年9月正式公布，并将于12月", 13.5)
    (13.5, 15.0)
    >>> width_with_wide_digits("法治是治国理政", 7.0)
    7.0
    """
    return width + 0.5 * len(_ASCII_DIGITS_RE.findall(text))  # the ASCII characters isdigit() holds for


#: The punctuation type squeezes in a justified line (CJK punctuation less dashes, ellipses and dots).
_PUNCT_MARKS_RE = re.compile(f"[{re.escape(CJK_PUNCT.translate(str.maketrans('', '', '…—·．')))}]")


def set_width(text: str, width: float) -> float:
    """A line's width (``width``, from :func:`text_width`) with its punctuation marks set half an em wide.

    Justified Chinese type squeezes punctuation so that a line holding
    several marks fits as many characters more in the same column: on the
    seed pages lines with two or more marks measure about 2 em wider (at
    1 em a mark) than lines with none. This is the width such a line takes
    with its marks squeezed, comparable across lines.

    >>> set_width("为推动现代职业教育体系建设，提供了法律保障。", 22.0)
    21.0
    >>> set_width("推进职业教育高质量发展", 11.0)
    11.0
    """
    return width - 0.5 * len(_PUNCT_MARKS_RE.findall(text))


def ends_sentence(text: str) -> bool:
    """True when the text ends a sentence (。！？… maybe followed by closing quotes, and a bracketed signature), or
    with ；.

    What :data:`SENTENCE_END_RE` matches, read off the end of the text (this
    runs for nearly every line, and a ``$`` search scans the whole line).

    >>> ends_sentence("发展。"), ends_sentence("“五一”。”"), ends_sentence("法治是治国理政")
    (True, True, False)
    >>> ends_sentence("目标；"), ends_sentence("”"), ends_sentence("")
    (True, False, False)
    >>> ends_sentence("巩固军政军民团结。（梁岚）"), ends_sentence("关于该条例的决定（草案）")
    (True, False)
    >>> samples = ["发展。”）", "发展。x", "a;", "； ", "”", "。】 ", "？！", "。\\u2029", "发展\\x1f", "团结。（梁岚）", "（草案）"]
    >>> all(ends_sentence(t) == bool(SENTENCE_END_RE.search(t.rstrip())) for t in samples)
    True
    >>> all(c in END_TAIL for c in map(chr, range(0x110000)) if c.isspace())
    True
    """
    if text[-1:] not in END_TAIL:
        return False  # (the cheap test first; "" is in every string and goes on to the full test)
    text = text.rstrip()
    if text.endswith(("；", ";")) or text.rstrip(CLOSERS).endswith(_SENTENCE_END_CHARS):
        return True
    return text.endswith(("）", ")")) and bool(_SIGNED_END_RE.search(text))


#: A year printed in a line (``1981年``, ``１９５５年``, ``一九五七年``): a label's mark (``学习1981年政府工作报告``), which
#: no upper half of a two-part headline holds (none of the devpages' 92; their kickers, 71 times).
YEAR_RE = re.compile("(?:[0-9]{4}|[０-９]{4}|[〇○零一二三四五六七八九]{4})年")


def year_alone(text: str) -> bool:
    """Whether ``text`` is a year and nothing else (``2014年``): no label, which names a report or a section
    (``2014年重点工作``; none of the gold kickers, labels or banners of either layout is a bare year), but a
    headline's first line in a narrow box, its phrase going on under it (``2014年`` / ``工作回`` / ``顾``).

    >>> year_alone("2014年"), year_alone(" １９９４年 "), year_alone("2014年重点工作"), year_alone("关于1998年")
    (True, True, False, False)
    """
    return YEAR_RE.fullmatch(text.strip()) is not None


def names_between_roles(rest: str) -> list[str] | None:
    """The names of a byline that names reporters of several roles, after its first role (``rest``): each role
    word (:data:`ROLE_WORD_RE`) stands before the names it heads (the last may head none: its names wrapped to the
    next line; measured, refusing it costs LAY3 titles and authors); None when the words between are not all names
    and roles, or no role stands between them.

    Before: ``本报记者 崔湄 本报通讯员 王霏苓`` was no byline (a title of two halves); after, ``['崔湄', '王霏苓']``.

    >>> names_between_roles("崔湄 本报通讯员 王霏苓"), names_between_roles("崔湄 实习生 王霏苓 李岚")
    (['崔湄', '王霏苓'], ['崔湄', '王霏苓', '李岚'])
    >>> names_between_roles("崔湄 王霏苓"), names_between_roles("崔湄 本报通讯员 规范化管理"), names_between_roles("崔湄 本报通讯员")
    (None, None, ['崔湄'])
    """
    words = [w for w in BYLINE_SPLIT_RE.split(rest) if w]
    names = [w for w in words if not ROLE_WORD_RE.fullmatch(w)]
    if not names or len(names) == len(words) or len(names) > MAX_BYLINE_NAMES:
        return None
    return names if all(BYLINE_NAME_RE.fullmatch(w) and is_person_name(w) for w in names) else None


#: A dateline is wrapped over at most this many lines of a narrow column (``本报昆明5月16日`` / ``电（记者 何屾桐``
#: / ``郭薇溱）…`` in a 10 em column). Measured: 4 changes no output (LAY, LAY2, LAY3, devpages, SYN, NB, seeds).
MAX_DATELINE_LINES = 3
#: Spaces dropped before a dateline is read across lines (an extractor may space a line's characters apart).
_DATELINE_SPACES_RE = re.compile("[ \u3000]")

#: The paper or agency a printed line opens a dateline with (:func:`opens_dateline`).
DATELINE_PAPER_RE = re.compile(f"^(?:{_PAPERS})")
#: The papers and agencies themselves (a text holding none of them opens no dateline: a test in C).
DATELINE_PAPERS = tuple(_PAPERS.split("|"))
#: A dateline's first line as a narrow column wraps it: the paper or agency, the place and the date
#: (``本报武汉2月10日``), ``电`` and the reporters' bracket maybe on the next line; the date ends the line or ``电``
#: follows it (``本报今年3月5日起实行`` opens no dateline); or the undated ``本报讯``, its bracket opening after it
#: or on the next line.
DATELINE_OPENING_RE = re.compile(
    f"^(?:{_PAPERS})(?:[{HAN}]{{0,8}}?[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日(?:电|{DATED_NEWS_MARK}|$)|{UNDATED_MARK}(?:[（(]|$))"
)
#: A dateline's bracket left open after a reporter's name at a line end: ``…电（记者 何屾桐`` (the next line
#: holds the next name, ``郭薇溱）…``).
DATELINE_OPEN_NAME_RE = re.compile(f"{_DATELINE_HEAD}[（(][^（）()]{{0,10}}([ \u3000]|记者|通讯员)([{HAN}]{{2,4}})$")
#: A reporter's name opening a line, the next name or the dateline's closing bracket after it.
NAME_RUN_ON_RE = re.compile(f"^[{HAN}]{{2,4}}[ \u3000）)]")


def reads_dateline(texts: list[str]) -> bool:
    """Whether the printed lines ``texts``, joined and their spaces dropped, open with a dateline
    (:data:`DATELINE_RE`): the one test :func:`opens_dateline` and
    :func:`~textclean.clean.datelineheads.dateline_starts_at` share.

    >>> reads_dateline(["本报昆明5月16日", "电（记者 何屾桐", "郭薇溱）香港"]), reads_dateline(["会创造力本报北京1月22日电", "（记者 罗桐樾）"])
    (True, True)
    >>> reads_dateline(["本报昆明5月16日", "电（记者 何屾桐"]), reads_dateline(["本报记者 何屾桐", "香港、澳门回归以来"])
    (False, False)

    The undated dateline (:data:`UNDATED_MARK`) reads the same; before, ``本报讯（记者 陶芊 通讯`` / ``员 韩钊泓）…``
    read as none:

    >>> reads_dateline(["本报讯（记者 陶芊 通讯", "员 韩钊泓）我国第一个五年"]), reads_dateline(["本报讯（记者招待会）"])
    (True, True)
    >>> reads_dateline(["本报讯息显示（记者 陶芊）"]), reads_dateline(["（记者 陶芊）我国"])
    (False, False)
    """
    return DATELINE_RE.match(_DATELINE_SPACES_RE.sub("", "".join(texts))) is not None


def opens_dateline(texts: list[str]) -> bool:
    """Whether the printed lines ``texts`` (a line and those read under it) open with a dateline
    (:func:`reads_dateline`) that the first line begins with the paper or agency: a narrow column wraps it over two
    or three lines (a head's line run into it, as :func:`~textclean.clean.datelineheads.dateline_starts_at` allows,
    opens with no paper).

    >>> opens_dateline(["本报昆明5月16日", "电（记者 何屾桐", "郭薇溱）香港、澳门回"])
    True
    >>> opens_dateline(["本报记者 何屾桐", "香港、澳门回归以来"]), opens_dateline(["5月16日电（一）", "加强组织建设"])
    (False, False)
    """
    return bool(texts) and bool(DATELINE_PAPER_RE.match(texts[0])) and reads_dateline(texts)


def dateline_lines(texts: list[str]) -> tuple[int, bool]:
    """How many of the printed lines ``texts`` the dateline opening them takes (:func:`opens_dateline`, the fewest
    that read it; 0: none), and whether it ends its last line (the story's text opens the next line). No paragraph
    ends inside those lines, nor after a dateline that ends its line: the story's first paragraph goes on under it.

    >>> dateline_lines(["本报兰州5月20日电", "（记者 史晏峄 孙桐翎", "董奕）我们党同王张江姚"])
    (3, False)
    >>> dateline_lines(["本报南京11月1日电", "（记者 钟莳朗 史鹏玥）", "第十届全国人民代表大会"]), dateline_lines(["本报记者 钟莳朗"])
    ((2, True), (0, False))
    """
    texts = texts[:MAX_DATELINE_LINES]
    n = next((k for k in range(1, len(texts) + 1) if opens_dateline(texts[:k])), 0)
    return n, n > 0 and texts[n - 1].rstrip(" \u3000").endswith(("）", ")"))


def splits_dateline_names(before: str, after: str) -> bool:
    """Whether a line break falls between two reporters' names inside a dateline's bracket: ``before`` (the
    paragraph's text up to the break) leaves it open after a name, ``after`` opens with the next name. Joining
    the lines keeps a space there, else the names run together (``何屾桐郭薇溱``).

    >>> splits_dateline_names("本报昆明5月16日电（记者 何屾桐", "郭薇溱）香港、澳门回")
    True
    >>> splits_dateline_names("本报昆明5月16日电（记者 何屾", "桐 郭薇溱）香港"), splits_dateline_names("香港、澳门回归以来", "郭薇溱）")
    (False, False)

    The piece before a break inside a role word is no name (PyMuPDF, lay6-000: ``本报讯（记者梁帆婷 通讯`` / ``员雷思博）``
    was joined ``通讯 员``): ``splits_dateline_names("本报讯（记者梁帆婷 通讯", "员雷思博）")`` is False. A name may run on
    from its role when both sides are a person's name: ``("本报讯（记者王柯毅", "冯燕欣 夏强蕾）")`` -> True.
    """
    m, n = DATELINE_OPEN_NAME_RE.match(before), NAME_RUN_ON_RE.match(after)
    if not (m and n) or ROLE_WORD_RE.match(_DATELINE_SPACES_RE.split(before)[-1] + after):
        return False
    return not m.group(1).strip() or (is_person_name(m.group(2)) and is_person_name(n.group(0)[:-1]))
