"""A byline too long for its column, wrapped onto a second line: read as one line, it is a byline.

A narrow column sets a long byline on two lines, the break falling inside a name or a role word::

    本报记者 汪竹帅 韦颖俊 汪然 通讯
    员 范霞强

Apart, neither line is a byline (``通讯`` and ``员`` are no names), so the headline over them and the byline stayed
in the text of the story above. :func:`join_wrapped_bylines` joins such a pair into one byline line.
"""

from __future__ import annotations

import itertools
import re

from textclean.clean.bylines import byline_names
from textclean.clean.chardata import BYLINE_ROLE_RE
from textclean.clean.roles import Item

#: A wrapped byline's second line holds the end of a name or a role and a few names: shorter than a column's line.
MAX_WRAP_CHARS = 16
#: The role words :data:`~textclean.clean.chardata.BYLINE_ROLE_RE` opens with one of: a page none of whose lines holds
#: one has no wrapped byline.
ROLE_WORDS = ("记者", "通讯员", "评论员", "读者")
#: A photo's caption closes with its credit, a name and ``摄`` set off by a space (``本报记者 薛毅静 摄``).
PHOTO_CREDIT_END_RE = re.compile("[ \u3000]摄[ \u3000]*$")


def join_wrapped_bylines(items: list[Item]) -> None:
    """Join in place each pair of text lines that opens with a reporter's role word (:data:`BYLINE_ROLE_RE`) and,
    read as one line (the break inside a word: no space added), is a byline naming someone
    (:func:`~textclean.clean.bylines.byline_names`); the pair becomes one item of the byline role, the first's.

    Before (PyMuPDF, lay6-036): ``本报记者 汪竹帅 韦颖俊 汪然 通讯`` / ``员 范霞强`` were two text lines in the story
    above; after, one byline ``本报记者 汪竹帅 韦颖俊 汪然 通讯员 范霞强``. A line of text that opens with a role
    word (``记者在现场看到，…``) is left: joined with the next it names no one.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> items = [mk("本报记者 汪竹帅 韦颖俊 汪然 通讯"), mk("员 范霞强"), mk("今年一季度，")]
    >>> join_wrapped_bylines(items)
    >>> [(it.text, it.role) for it in items]
    [('本报记者 汪竹帅 韦颖俊 汪然 通讯员 范霞强', 'byline'), ('今年一季度，', 'text')]
    >>> items = [mk("记者在现场看到，工作人"), mk("员正忙着核对数据")]
    >>> join_wrapped_bylines(items)
    >>> len(items)
    2
    """
    texts = [it.text for it in items]
    text = "".join(texts)
    if not any(word in text for word in ROLE_WORDS):
        return  # (no role word on the page: most pages; no line of it to look at)
    gone, joined_at = 0, -2  # (how many lines were joined to the line above, and the last such line's own index)
    for k in itertools.compress(itertools.count(), map(BYLINE_ROLE_RE.match, texts)):  # (found in C)
        i = k - gone  # (where line ``k`` stands now)
        if k == joined_at + 1 or i >= len(items) - 1:
            continue  # (joined to the line above it already, or the last line)
        it, nxt = items[i], items[i + 1]
        if it.role == "text" == nxt.role and len(nxt.text) <= MAX_WRAP_CHARS:
            joined = it.text + nxt.text
            if byline_names(joined):
                items[i] = Item(it.no, it.raw + nxt.raw, joined, it.width, it.gap_before, nxt.gap_after, "byline")
                del items[i + 1]
                gone, joined_at = gone + 1, k


def ends_caption(item: Item) -> bool:
    """Whether a line closes a photo's caption with its credit (:data:`PHOTO_CREDIT_END_RE`): like a sentence's
    end, it ends the text over a head (:func:`~textclean.clean.layout.head_over_byline`).

    >>> mk = lambda t: Item(0, t, t.replace(" ", ""), float(len(t)), False, False)
    >>> ends_caption(mk("者 薛毅静 摄")), ends_caption(mk("工作人员正在拍摄"))
    (True, False)
    """
    return PHOTO_CREDIT_END_RE.search(item.raw) is not None


def another_byline(above: Item, line: Item, before: Item | None = None) -> bool:
    """Whether byline ``line``, under byline line ``above``, is another article's byline: both hold names (a role line
    alone, ``本报记者``, heads the names under it) and a blank line sets it apart (each its own block of text) or both
    open with the same role word under a body's last sentence (``before``, the line over the bylines: PyMuPDF's
    ``…众的心。`` / ``本报记者 白军`` / ``本报记者 夏航超`` over a head are the body's signature and the head's byline).
    Under a head or a subtitle (a line ending no sentence), lines of one role are one story's reporters, each
    set on a line of its own (:func:`same_role_signature`).

    Before (pdfminer): ``…使金融更好为发展服务。`` ∅ ``本报记者 康岑婷`` ∅ ``黄彤岚 董悦煜`` ∅ ``坚持“引进来”和…`` gave one
    byline of three names to the next article; after, the first byline ends the article above (its byline set
    after its body) and the second heads the next. Not so: lines set tight (one byline wrapped), a role line over names.

    >>> mk = lambda t, gap: Item(0, t, t, float(len(t)), gap, True, "byline")
    >>> another_byline(mk("本报记者 康岑婷", True), mk("黄彤岚 董悦煜", True))
    True
    >>> another_byline(mk("本报记者 康岑婷", True), mk("黄彤岚 董悦煜", False)), another_byline(mk("本报记者", True), mk("黄彤岚", True))
    (False, False)
    >>> body, head = Item(0, "众的心。", "众的心。", 4.0, False, False), Item(0, "今日谈", "今日谈", 3.0, False, False)
    >>> another_byline(mk("本报记者 白军", False), mk("本报记者 夏航超", False), body)
    True
    >>> another_byline(mk("本报记者 白军", False), mk("本报记者 夏航超", False), head)
    False
    >>> another_byline(mk("本报记者 白军", False), mk("本报通讯员 夏航超", False), body)
    False
    """
    if not (bool(byline_names(above.text)) and bool(byline_names(line.text))):
        return False
    return line.gap_before or same_role_signature(above, line, before)


def same_role_signature(above: Item, line: Item, before: Item | None) -> bool:
    """Whether byline lines ``above`` and ``line`` open with the same role word (a paper prints one role word once
    before all its reporters of a role) and the line ``before`` them is text that ends a sentence: the first signs
    the body over it, the second heads the story under it. Under a head or a subtitle (``社区食堂何以受欢迎`` /
    ``本报记者 王明`` / ``本报记者 李华``) they are one story's two reporters, each on a line of its own.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False, "byline")
    >>> body, head = Item(0, "众的心。", "众的心。", 4.0, False, False), Item(0, "今日谈", "今日谈", 3.0, False, False)
    >>> same_role_signature(mk("本报记者 王明"), mk("本报记者 李华"), body), same_role_signature(mk("本报记者 王明"), mk("本报记者 李华"), head)
    (True, False)
    >>> same_role_signature(mk("本报记者 王明"), mk("本报记者 李华"), None)
    False
    """
    if before is None or before.role != "text" or not before.ends:
        return False  # (a head, a subtitle, a kicker over the bylines, or the page's top: one story's reporters)
    role, again = BYLINE_ROLE_RE.match(above.text), BYLINE_ROLE_RE.match(line.text)
    return role is not None and again is not None and role[0].strip() == again[0].strip()
