"""Photo captions: the lines under a photo that belong to no article (:func:`caption_lines`).

A caption is one sentence or two under a photo and a photographer's credit (``图为市民在社区服务中心办理业务。记者 许溪
摄``, ``▲农户在田间查看作物长势。本报记者 陈焘嵘 摄``), or the label ``图说：``, or the archive mark
(``工人在生产线上忙碌。（资料图片）``), possibly wrapped over two or three lines. Kept, a caption ran into a body or
opened an article, and its photographer was taken for an author. Only the newspaper register's closed vocabulary
is used (:data:`CAPTION_OPENERS`, :data:`PHOTO_CREDIT`, :data:`FILE_PHOTO`): every Chinese daily prints these words
the same way; a body sentence holding 摄 is no caption (a credit is ``摄`` closing the line after a name set apart).
:func:`~textclean.clean.furniture.furniture_lines` drops them with the page's other furniture.
"""

from __future__ import annotations

import itertools
import re

from textclean.clean.chardata import HAN, ends_sentence, text_width
from textclean.clean.lexicon import breaks_a_word

#: Words opening a photo caption: ``图为`` (the picture shows), the caption label ``图说：``, and the ``▲`` pointing
#: at the photo above. ``▲`` alone also marks a pull quote (``▲摘句``), so an opener needs a closer
#: (:data:`CAPTION_CLOSER_RE`), except the label ``图说``, which names a caption whatever follows.
CAPTION_OPENERS = "图为|▲"
CAPTION_LABEL_RE = re.compile("^图说[：:]")
CAPTION_OPENER_RE = re.compile(f"^(?:{CAPTION_OPENERS})")
#: A photographer's credit closing a caption: ``记者 X 摄``, ``X 摄``, ``（本报记者 X 摄）``: a name set apart by a space
#: or a slash (``X/摄``); or the credit's word first (``摄影　X``, ``摄影：X``).
PHOTO_CREDIT = (
    f"(?:[{HAN}]{{2,4}}(?:[ \u3000]+|[ \u3000]*[/／][ \u3000]*)摄|摄影(?:[ \u3000]+|[：:])[{HAN}]{{2,4}})[）)]?"
)
#: The mark of a photo from the archive (资料图片/资料照片) or one supplied (``受访者供图``, ``某公司供图``,
#: ``图片由受访者提供``, ``图片来源：视觉中国``).
FILE_PHOTO_MARK = f"(?:资料(?:图片|照片)|[{HAN}]{{0,6}}供图|图片由[{HAN}]{{1,8}}提供|图片来源[：:][{HAN}]{{2,8}})"
#: A caption's closing mark for such a photo, in brackets (``…。（资料图片）``, ``（受访者供图）``): bare, a body line
#: ends so (``现场展出资料图片`` / ``200余幅``); a bare mark is a credit only on a line of its own
#: (:data:`CREDIT_LINE_RE`).
FILE_PHOTO = f"[（(]{FILE_PHOTO_MARK}[）)]"
#: A credit set apart from the caption's sentence by a space, its name run on to the 摄 (``。　本报记者 江军摄``; a
#: credit wrapped over two lines, ``唐朗国`` / ``摄``, reads so once its lines are joined).
SET_APART_CREDIT = f"[ \u3000]+[^。！？]{{0,12}}?[{HAN}]{{2,4}}摄[）)]?"
#: A bare archive or supplier mark set apart from the caption's sentence by a space (``。　资料图片``); a body's line
#: runs the words on (``现场展出资料图片``).
SET_APART_FILE_PHOTO = f"[ \u3000]+{FILE_PHOTO_MARK}"
#: The end of a caption an opener starts (``图为…``, :data:`CAPTION_OPENERS`), wrapped: its sentence end, then the
#: bare archive mark on the next line (``图为科研人员在实验室调试设备。`` / ``资料图片``); the opener tells it from a body.
OPENED_FILE_PHOTO_RE = re.compile(f"[。！？][ \u3000]*{FILE_PHOTO_MARK}$")
#: The end of a caption: a sentence end, then the credit or the archive mark (a few words of role between).
CAPTION_CLOSER_RE = re.compile(
    f"[。！？](?:[^。！？]{{0,12}}?(?:{PHOTO_CREDIT}|{FILE_PHOTO})|{SET_APART_CREDIT}|{SET_APART_FILE_PHOTO})$"
)
#: A chart's credit: who drew the chart or the table (``制图：王明``, ``王明　制图``, ``（制表：王明）``).
CHART_CREDIT = f"[（(]?(?:(?:制图|制表)[：:][ \u3000]*[{HAN}]{{2,4}}|[{HAN}]{{2,4}}[ \u3000]+(?:制图|制表))[）)]?"
#: A credit on a line of its own (a caption's last line, or the credit of a photo with no caption): ``江洋远 摄``,
#: ``（本报记者 苏鑫 摄）``, ``（受访者供图）``, ``资料图片``, the archive mark before the photographer's credit
#: (``资料图片　本报记者　范涛　摄``), or a chart's (:data:`CHART_CREDIT`).
CREDIT_LINE_RE = re.compile(
    f"^(?:[（(]?(?:{FILE_PHOTO_MARK}[ \u3000]+)?[（(]?(?:(?:本报|新华社|特约)?(?:摄影)?记者[ \u3000]*)?[{HAN}]{{2,4}}[ \u3000]+摄[）)]?"
    f"|[（(]?{FILE_PHOTO_MARK}[）)]?"
    f"|{CHART_CREDIT})$"
)
#: A cartoon's caption on a line of its own: the cartoon's title in book-title marks, its artist's name set apart,
#: then ``绘`` (drawn by) set apart (``《层层加码》　张文子　绘``): an opinion page prints it under the drawing, and it
#: belongs to no article; kept, it stood as a kicker or ran into a title under it. A body sentence holding 绘
#: (``挑选一本绘本``) opens with no 《…》 and sets no name apart.
CARTOON_CREDIT_RE = re.compile(f"^《[^《》]{{1,12}}》[ \u3000]+[{HAN}]{{2,4}}[ \u3000]+绘$")
#: What every caption holds (its lines joined as :func:`caption_lines` joins them): a credit's ``摄``, the archive
#: mark's ``资料``, a supplier's ``供图`` or ``图片…``, the label ``图说``, a cartoon's ``绘`` or a chart's ``制图``; a
#: page holding none has no caption (one search a page).
CAPTION_CUES = ("摄", "资料", "供图", "图片", "图说", "绘", "制图", "制表")
#: The marks ending a line that introduces a list (``名单如下：``): the lines under it are the list's items.
LIST_INTRO_ENDS = ("：", ":")


def lone_cartoon_credit(texts: list[str], i: int) -> bool:
    """Whether line ``i`` of ``texts`` is a cartoon's caption (:data:`CARTOON_CREDIT_RE`) standing alone: a caption
    is printed under its one drawing, so a line in a run of such lines, or under a line that introduces a list
    (:data:`LIST_INTRO_ENDS`), is an item of a list of works in a body (an award list: ``名单如下：`` /
    ``《层层加码》　张文子　绘`` / ``《打卡》　向燕　绘``), kept with its body.

    >>> lone_cartoon_credit(["观点", "《层层加码》　张文子　绘", "一家言"], 1)
    True
    >>> lone_cartoon_credit(["名单如下：", "《层层加码》　张文子　绘", "一家言"], 1)
    False
    >>> lone_cartoon_credit(["获奖作品", "《层层加码》　张文子　绘", "《打卡》　向燕　绘"], 1)
    False
    """
    if not CARTOON_CREDIT_RE.match(texts[i].strip()):
        return False
    above = texts[i - 1].strip() if i > 0 else ""
    below = texts[i + 1].strip() if i + 1 < len(texts) else ""
    return not (above.endswith(LIST_INTRO_ENDS) or CARTOON_CREDIT_RE.match(above) or CARTOON_CREDIT_RE.match(below))


#: A line :func:`caption_lines` may take or open a caption at holds a credit's or a mark's cue (every closer and
#: credit line holds ``摄``, ``资料``, ``供图`` or ``绘``) or opens with an opener or the label: the others are
#: passed over.
_CAPTION_LINE_RE = re.compile(f"摄|资料|供图|图片由|图片来源|绘$|制图|制表|^\\s*(?:图说|{CAPTION_OPENERS})")

#: Most lines a caption is wrapped over: captions are one or two sentences under a photo of one or two columns.
MAX_CAPTION_LINES = 3
#: Most characters of a caption (all its lines): one or two short sentences and a credit; longer is a paragraph.
MAX_CAPTION_CHARS = 60


def caption_lines(texts: list[str]) -> set[int]:
    """The lines of photo captions, as indexes of ``texts`` (non-blank lines, in order).

    A caption is one line, or up to :data:`MAX_CAPTION_LINES` lines that an opener (``图为``, ``▲``, ``图说：``) starts
    and a closer ends, of at most :data:`MAX_CAPTION_CHARS` characters; it ends with a sentence end and a credit
    (``记者 X 摄``) or the archive mark (``（资料图片）``), or it opens with the label ``图说：``. Before:
    ``图为学生在新建成的图书`` / ``馆阅读。记者 林嵘 摄`` ran into the body under it; after, both lines are dropped.
    Body lines with 摄 (``记者在现场拍摄。``) are not captions:

    >>> caption_lines(["图为学生在新建成的图书", "馆阅读。记者 林嵘 摄", "按照一九五八年发展国民经济的主要任务，"])
    {0, 1}
    >>> caption_lines(["工人在生产线上忙碌。（资料图片）", "记者在现场拍摄。", "▲摘句", "图说：环卫工人清扫街道。"])
    {0, 3}
    >>> caption_lines(["资料图片　本报记者　范涛　摄", "资料图片显示，本报记者 范涛 摄", "（资料图片　本报记者　范涛　摄）"])
    {0, 2}

    A cartoon's caption (:data:`CARTOON_CREDIT_RE`) is one too; a body line ending in 绘 is not:

    >>> caption_lines(["《层层加码》　张文子　绘", "她都会精心挑选一本绘", "《打卡》 向燕 绘"])
    {0, 2}

    So is a chart's credit on a line of its own; a body line about drawing maps is not:

    >>> caption_lines(["王明　制图", "制图：李华", "测绘人员加紧制图，", "（制表：张强）"])
    {0, 1, 3}
    """
    out: set[int] = set()
    joined = "".join(map(str.strip, texts))
    if not any(cue in joined for cue in CAPTION_CUES):
        return out  # (most pages: no credit, archive mark or caption label anywhere)
    for i in itertools.compress(itertools.count(), map(_CAPTION_LINE_RE.search, texts)):  # (found in C)
        line = texts[i].strip()
        if i in out or len(line) > MAX_CAPTION_CHARS:
            continue
        if (
            CAPTION_LABEL_RE.match(line)
            or CAPTION_CLOSER_RE.search(line)
            or CREDIT_LINE_RE.match(line)
            or lone_cartoon_credit(texts, i)
        ):
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


#: A sentence's end mark, anywhere in a line (:func:`wrapped_caption_lines` reads where a caption's one sentence
#: ends; :func:`~textclean.clean.chardata.ends_sentence` reads whether a line ends one).
SENTENCE_MARK_RE = re.compile("[。！？]")
#: The roles a caption's credit may name before the photographer (``本报记者``, ``通讯员``, ``新华社记者``, ``实习生``).
CREDIT_ROLE = "(?:本报|新华社|特约)?(?:摄影)?(?:记者|通讯员)|实习生"
#: The end of a caption wrapped over two lines with no opener (:func:`wrapped_caption_lines`), the lines joined: its
#: one sentence end, white space setting the credit apart from it, the credit (a role, a name, ``摄``) and nothing
#: else. The space is what a caption prints and a paragraph never does (a paragraph's last line over a photo's lone
#: credit line, ``…发展。`` / ``江洋远 摄``, joins to ``…发展。江洋远 摄``, with none).
WRAPPED_CAPTION_END_RE = re.compile(
    f"^[^。！？]*[。！？][ \u3000]+(?:(?:{CREDIT_ROLE})[ \u3000]*)?[{HAN}]{{2,4}}[ \u3000]*摄[）)]?$"
)
#: A run of white space parting two columns' pieces on one line (pdftotext sets a row of columns so): a caption's
#: line with one is no caption's line alone.
COLUMN_GAP_RE = re.compile("[ \u3000]{2,}")


def wrapped_caption_lines(texts: list[str], found: set[int]) -> set[int]:
    """The lines of captions wrapped over two lines that no opener starts (``图为``, ``▲``: a caption's first line
    needs one for :func:`caption_lines`), as indexes of ``texts``; ``found``: the caption lines already found.

    A line and the next one joined are a caption when they hold one sentence end and close with a credit set apart
    from it (:data:`WRAPPED_CAPTION_END_RE`), and they are short (:data:`MAX_CAPTION_CHARS`); when the sentence ends
    on the next line, the line is full, as wide as the sentence's rest there at least (a wrapped line is; a head's
    last line over a caption whole on its line is not). Before (PyMuPDF): ``法官在巡回法庭向村民讲解民法`` / ``典。　马娟蕾 摄`` dropped the
    credit's line and left ``法官在巡回法庭向村民讲解民法`` to open the article under it; ``医务人员在社区为老人测量血
    压。　通讯员 杨`` / ``文芳 摄`` ran into a title. After, both lines are dropped.

    >>> wrapped_caption_lines(["法官在巡回法庭向村民讲解民法", "典。　马娟蕾 摄", "近日，法院审结了这起案件。"], {1})
    {0, 1}
    >>> wrapped_caption_lines(["医务人员在社区为老人测量血压。　通讯", "员 刘萍 摄"], set())
    {0, 1}

    Not so: a paragraph's last line over a lone credit (no white space after its sentence end), two sentences, a
    caption whole on its line (the line above is another piece's).

    >>> wrapped_caption_lines(["全市新增学位两千余个，惠及万余名学生。", "江洋远 摄"], {1})
    set()
    >>> wrapped_caption_lines(["骗案", "志愿者向市民发放反诈宣传手册。　夏磊涛 摄"], {1})
    set()
    """
    out: set[int] = set()
    if "摄" not in "".join(texts):
        return out  # (most pages: no credit at all, found in C)
    for j in range(1, len(texts)):
        last = texts[j].strip()
        if j - 1 in found or not last.endswith(("摄", "摄）", "摄)")):
            continue
        pair = texts[j - 1].lstrip().rstrip("\r\n") + last  # (the white space after the sentence end kept)
        if (
            len(pair.strip()) <= MAX_CAPTION_CHARS
            and WRAPPED_CAPTION_END_RE.match(pair)
            and wraps_on(texts[j - 1], last)
            and not (j in found and whole_on_its_line(last))
            and not (j > 1 and ends_a_paragraph(texts[j - 2], texts[j - 1]))
        ):
            out.update((j - 1, j))
    return out


#: Most characters of a caption's sentence wrapped onto its credit's line (``典。　马娟蕾 摄``, ``在安静阅读。　本报记者
#: 闫晨摄``: 1 to 5 on the dev pages): a line holding more of it before the credit is a caption whole on its line.
WRAPPED_REST_CHARS = 6


def whole_on_its_line(last: str) -> bool:
    """Whether a caption's credit line ``last`` (:func:`caption_lines` found it) holds its whole sentence: more than
    :data:`WRAPPED_REST_CHARS` characters before the sentence's end. The line above is then another piece's, though
    the break between them falls inside a word (``带动周边农`` / ``村民在新建的文化广场上跳舞。　记者 李强 摄``).

    >>> whole_on_its_line("村民在新建的文化广场上跳舞。　记者 李强 摄"), whole_on_its_line("典。　马娟蕾 摄")
    (True, False)
    """
    end = SENTENCE_MARK_RE.search(last)
    return end is not None and end.start() > WRAPPED_REST_CHARS


def ends_a_paragraph(above: str, first: str) -> bool:
    """Whether ``first``, a line closing with a sentence end and white space only, is the last line of the paragraph
    ``above`` runs on into: ``above`` ends no sentence (:func:`~textclean.clean.chardata.ends_sentence`) and is
    wider than ``first``, a full line of a text over its short last line. A caption's first line stands under
    another piece's end (``…无处下手。``) or under a head narrower than it (``完成``).

    >>> ends_a_paragraph("今年以来，我市持续推进美丽乡村建设，带动周边农", "户增收致富，全市农村面貌焕然一新。\u3000")
    True
    >>> ends_a_paragraph("才能让骗子无处下手。", "医务人员在社区为老人测量血压。\u3000"), ends_a_paragraph("完成", "医务人员在社区为老人测量血压。")
    (False, False)
    """
    above, first = above.strip(), first.strip()
    if not SENTENCE_MARK_RE.search(first[-1:]) or ends_sentence(above):
        return False
    return text_width(above) > text_width(first)


def wraps_on(first: str, last: str) -> bool:
    """Whether a caption's sentence goes on from line ``first`` to line ``last`` (:func:`wrapped_caption_lines`: the
    two joined close with a credit). ``first`` is one column's line (no :data:`COLUMN_GAP_RE` before its sentence's
    end). Where it ends the sentence, only the credit is carried over. Otherwise the break falls inside a word
    (:func:`~textclean.clean.lexicon.breaks_a_word`: ``测量血`` / ``压。``), and ``first`` is at least as wide as the
    sentence's rest on ``last``: a line the extractor interleaved from the next column
    (``从2019年起，我省设立科技重大专项，`` over ``据。　记者 白娟海 摄``) ends between words, and a head's last line over a
    caption whole on its line (``骗案``) is short.

    >>> wraps_on("医务人员在社区为老人测量血压。　通讯员 杨", "文芳 摄"), wraps_on("医务人员在社区为老人测量血", "压。　杨文芳 摄")
    (True, True)
    >>> wraps_on("从2019年起，我省设立科技重大专项，", "据。　白娟海 摄"), wraps_on("骗案", "志愿者向市民发放反诈宣传手册。　夏磊涛 摄")
    (False, False)
    """
    first = first.strip()
    own = SENTENCE_MARK_RE.search(first)
    if COLUMN_GAP_RE.search(first[: own.start()] if own else first):
        return False  # (two columns' pieces on one line: the caption's line is only one of them)
    end = SENTENCE_MARK_RE.search(last)
    return bool(own) or (end is not None and len(first) >= end.start() and breaks_a_word(first, last))
