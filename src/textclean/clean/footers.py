"""A page's footer lines -> page furniture: what the page prints for itself, under or beside its stories.

Under its last story (or in a band at its foot) a page prints a line for its readers: where to write
(``本版邮箱：…``, ``来稿请寄：…　本版文章仅代表作者个人观点``), whom to call (``新闻热线：0551-…``), the paper's address
and licence, who took the page's pictures (``（本版图片均由受访者提供）``), its editors with a telephone number. Such a
line belongs to no article; read into the last story's body, it was its last paragraph (:func:`footer_lines`).

Only the register's closed vocabulary is used: ``本版`` (the page speaking of itself), the paper's service lines'
names and the words of a contact or a credit (:data:`FOOTER_CUE_RE`).
"""

from __future__ import annotations

import itertools
import re

from textclean.clean.captions import SENTENCE_MARK_RE
from textclean.clean.chardata import HAN, ends_sentence
from textclean.clean.folios import DATE
from textclean.clean.lexicon import breaks_a_word
from textclean.clean.mastline import EDITOR_ROLES

#: A footer line's opening that names it alone (white space dropped, after an opening bracket): a service line of
#: the paper, its address, its licence.
FOOTER_OPENING_RE = re.compile("^[（(]?(?:(?:新闻|报料|读者|服务|广告|本报)热线|本报地址|社址|广告(?:经营)?许可证)")
#: What a footer line speaking of ``本版`` (the page) or of its editors (:data:`~textclean.clean.mastline.EDITOR_ROLES`)
#: holds besides: a way to reach the paper, a credit for the page's pictures, the page's disclaimer, its editors.
FOOTER_CUE_RE = re.compile(
    f"邮箱|信箱|[Ee]-?mail|@|电话|热线|传真|地址|邮编|图片|照片|仅代表|请注明|请寄|{EDITOR_ROLES}"
)
#: Words one of which every footer line holds (its opening or ``本版``; an editor's line is found by the date line's
#: cues): a page holding none has no footer, and its lines are not asked one by one.
FOOTER_PAGE_CUES = ("本版", "热线", "地址", "许可证")
#: A line that may be a footer line holds one of these (searched first: most lines hold none).
_MAY_FOOTER_RE = re.compile(f"本版|热线|地址|许可证|{EDITOR_ROLES}")
#: A line speaking of the page (``本版``) or opening with an editor's role word (``责任编辑：王明　电话：…``).
_PAGE_RE = re.compile(f"本版|^[（(]?(?:{EDITOR_ROLES})")
#: The longest footer line (characters, white space dropped): a page's service line holds a clause or two; a
#: longer line is a story's text.
MAX_FOOTER_CHARS = 60
#: The words of a notice the page prints as an item of its own, with its text (a correction, a notice, a
#: statement): never a footer, whatever contact it gives.
_NOTICE_WORDS_RE = re.compile("更正|启事|声明|公告|通知|征稿|征集")
#: A footer stands in the page's last lines (a band at its foot): a line shaped as one above them is the last
#: line of a story or notice that gives its own contact (``…服务热线：0551-…``), unless it holds two of the page's
#: notices (:data:`FOOTER_CUE_RE`, ``本版邮箱：…　来稿请注明…``: pdfminer may read the band anywhere).
FOOTER_BAND_LINES = 3
#: Most characters of the paper's name before a date line over a band of notices (``云川日报　2026年3月19日``: a
#: daily's name is 2-6 characters; 8 leaves room for ``XX日报社``-like forms, a headline is longer).
MAX_FOOT_NAME_CHARS = 8
_FOOT_DATE_RE = re.compile(f"^(?:[{HAN}]{{2,{MAX_FOOT_NAME_CHARS}}})?{DATE}$")
_WHITE_RE = re.compile(r"\s+")
#: A notice's shape: a label and its colon (``新闻热线：``, ``本版邮箱：``, ``本版责编：``) or a bracket round the line
#: (``（本版图片均由受访者提供）``). A paragraph's first line speaking of the page runs on with neither
#: (``读者可拨打本版热线电话…反映老街改造中遇到的`` / ``问题，…``).
_NOTICE_SHAPE_RE = re.compile(f"^[（(]?[{HAN}]{{2,6}}[：:]|^[（(].*[）)]$")


def is_footer_line(text: str) -> bool:
    """Whether ``text`` is a page's footer line: it opens with a service line's name, the paper's address or licence
    (:data:`FOOTER_OPENING_RE`), or it speaks of the page (``本版``) or opens with an editor's role and holds a
    contact or a credit (:data:`FOOTER_CUE_RE`); at most :data:`MAX_FOOTER_CHARS`, no sentence's end in it (a
    notice is set without one: :data:`~textclean.clean.captions.SENTENCE_MARK_RE`), no notice's word
    (:data:`_NOTICE_WORDS_RE`: ``更正：本版3月4日刊发的照片…``).

    Before (PyMuPDF, an opinion page): the last story ended ``…来稿请注明真实姓名、工作单位及联系方式`` (the page's
    ``本版邮箱：…`` line read as its last paragraph); after, the footer line is furniture.

    >>> is_footer_line("本版邮箱：pinglun@xinbao-daily.cn　　来稿请注明真实姓名、工作单位及联系方式")
    True
    >>> [is_footer_line(t) for t in ("新闻热线：0551-12345678", "（本版图片均由受访者提供）", "责任编辑：王明 电话：010-6536")]
    [True, True, True]
    >>> [is_footer_line(t) for t in ("本版今起推出“走进实验室”系列报道，敬请关注。", "投稿邮箱：news@paper.cn", "热线电话")]
    [False, False, False]
    >>> is_footer_line("本版图片由新华社发。读者可拨打热线电话反映情况。"), is_footer_line("更正：本版3月4日刊发的照片有误")
    (False, False)
    """
    compact = _WHITE_RE.sub("", text)
    if (
        not compact
        or len(compact) > MAX_FOOTER_CHARS
        or SENTENCE_MARK_RE.search(compact)
        or _NOTICE_WORDS_RE.search(compact)
    ):
        return False
    if FOOTER_OPENING_RE.match(compact):
        return True
    return bool(_PAGE_RE.search(compact)) and FOOTER_CUE_RE.search(compact) is not None


def footer_lines(texts: list[str]) -> set[int]:
    """The indices of the footer lines among ``texts`` (the page's lines holding text): each a line of its own
    (:func:`is_footer_line`), shaped as a notice (:data:`_NOTICE_SHAPE_RE`) or the page's last line, under a line
    that ends a sentence, at the page's top, or under another footer line (a band of two or three); in the page's
    last :data:`FOOTER_BAND_LINES` lines, or holding two of the page's notices. A footer line's wrapped end on the
    page's last line goes with it. A line inside a paragraph (the line above runs on into it) is the paragraph's.

    >>> texts = ["……占计划的六成以上。", "本版邮箱：pinglun@xinbao-daily.cn", "读者来信请寄本报。"]
    >>> sorted(footer_lines(texts))
    [1]
    >>> sorted(footer_lines(["有关部门表示，如有问题可拨打", "新闻热线：0551-12345678", "反映。"]))
    []
    >>> sorted(footer_lines(["……六成以上。", "读者可拨打本版热线电话0551-1234反映遇到的", "问题。", "本版图片由新华社发"]))
    [3]
    >>> sorted(footer_lines(["……六成以上。", "新闻热线：0551-12345678", "本报地址：合肥市政务区天鹅湖路1号"]))
    [1, 2]
    >>> sorted(footer_lines(["……六成以上。", "新闻热线：0551-1234 本报地址：合", "肥市政务区天鹅湖路1号"]))
    [1, 2]
    >>> sorted(footer_lines(["……六成以上。", "服务热线：0551-6361", "老街焕新颜", "近日，记者走进城东老街，", "只见青石板路。"]))
    []
    """
    out: set[int] = set()
    last = len(texts) - 1
    # (the lines that may be a footer's found in C: most lines hold none of its words)
    for i in itertools.compress(itertools.count(), map(_MAY_FOOTER_RE.search, texts)):
        t = texts[i]
        if not is_footer_line(t):
            continue
        above = texts[i - 1].strip() if i else ""
        placed = not above or ends_sentence(above) or i - 1 in out
        shaped = i == last or _NOTICE_SHAPE_RE.match(t.strip()) is not None
        banded = i > last - FOOTER_BAND_LINES or i - 1 in out or len(FOOTER_CUE_RE.findall(t)) >= 2
        if placed and shaped and banded:
            out.add(i)
            if i + 1 == last and _wrapped_end(t, texts[last]):
                out.add(last)  # (its wrapped end: ``本报地址：合`` / ``肥市政务区…``)
    return out | foot_band(texts)


def foot_band(texts: list[str]) -> set[int]:
    """The indices of the page's last lines (:data:`FOOTER_BAND_LINES` at most) that are a band of notices at its
    foot: each shaped as a notice (a label and its colon, :data:`_NOTICE_SHAPE_RE`) giving a contact, a credit or an
    editor (:data:`FOOTER_CUE_RE`; no sentence, no notice's word, :data:`MAX_FOOTER_CHARS` at most), from the first
    footer line of its own (:func:`is_footer_line`: the page's editors, its mail box) down. A contact line that names no
    page (``来稿邮箱：…``, ``欢迎读者来信：…　邮编 100001``) is the page's under its editor's line; alone under a story
    it may be the story's (a call for papers).

    Before (PyMuPDF, an opinion page): ``…值得推广。（曹晓东）`` / ``责任编辑：马骏驰`` / ``欢迎读者来信：东川市新华路88号
    邮编 100001``: the last line was an article of its own (the editor's line above it no footer either: the signature
    over it ends no sentence); after, both are furniture.

    >>> sorted(foot_band(["广。（曹晓东）", "责任编辑：马骏驰", "欢迎读者来信：东川市新华路88号 邮编 100001"]))
    [1, 2]
    >>> sorted(foot_band(["……欢迎踊跃投稿。", "投稿邮箱：news@paper.cn"]))
    []

    Over the page's line, such lines are the last story's (a service story's ``活动地址：…`` / ``咨询电话：…`` over
    ``责任编辑：李明``): the band opens with its first footer line.

    >>> sorted(foot_band(["……公众号预约。", "活动地址：市图书馆少儿部", "咨询电话：0551-62345678", "责任编辑：李明"]))
    [3]

    The paper's name and date right over the band are its folio (:func:`_dated_folio`): left, the line would end
    the story above it (``…岗位补贴。（梁静）`` / ``云川日报　2026年3月19日``, its closing signature no longer last):

    >>> sorted(foot_band(["补贴。（梁静）", "云川日报　2026年3月19日", "新闻热线：0870-6123000", "本版编辑：王明"]))
    [1, 2, 3]
    >>> sorted(foot_band(["3月19日，记者来到2026年3月19日", "新闻热线：0870-6123000", "本版编辑：王明"]))
    [1, 2]
    """
    band: list[int] = []
    for i in range(len(texts) - 1, max(len(texts) - 1 - FOOTER_BAND_LINES, -1), -1):
        compact = _WHITE_RE.sub("", texts[i])
        if (
            not _NOTICE_SHAPE_RE.match(compact)
            or FOOTER_CUE_RE.search(compact) is None
            or len(compact) > MAX_FOOTER_CHARS
            or SENTENCE_MARK_RE.search(compact)
            or _NOTICE_WORDS_RE.search(compact)
        ):
            break
        band.append(i)
    top = min((i for i in band if is_footer_line(texts[i])), default=len(texts))
    if top == len(texts):
        return set()
    return {i for i in band if i >= top} | ({top - 1} if top and _dated_folio(texts[top - 1]) else set())


def _dated_folio(text: str) -> bool:
    """Whether ``text`` is a folio's date, alone or after the paper's name set apart by white space (a name of at
    most :data:`MAX_FOOT_NAME_CHARS`; a sentence's date runs on from its words).

    >>> _dated_folio("云川日报　2026年3月19日"), _dated_folio("2026.03.19"), _dated_folio("会议定于2026年3月19日")
    (True, True, False)
    """
    parts = text.split()
    return (
        len(parts) <= 2
        and _FOOT_DATE_RE.match("".join(parts)) is not None
        and (len(parts) == 2 or parts[0][:1].isdigit())
    )


def _wrapped_end(line: str, tail: str) -> bool:
    """Whether ``tail``, the page's last line, is the wrapped end of the footer ``line`` above it: no sentence in it,
    no footer of its own, and the break falls inside a word (``合`` / ``肥市``) or it gives a contact too.

    >>> _wrapped_end("新闻热线：0551-1234 本报地址：合", "肥市政务区天鹅湖路1号"), _wrapped_end("本版邮箱：a@b.cn", "读者来信请寄本报。")
    (True, False)
    """
    line, tail = line.strip(), tail.strip()
    if ends_sentence(line) or SENTENCE_MARK_RE.search(tail) or is_footer_line(tail) or len(tail) > MAX_FOOTER_CHARS:
        return False
    return breaks_a_word(line, tail) or FOOTER_CUE_RE.search(tail) is not None
