"""A column label printed between ornaments or in other brackets, over a headline -> a column label.

Papers print a column's label between two ornaments alike (``●今日关注●``, ``·记者观察·``, ``——经济观察——``) or in
square or tortoise-shell brackets (``［民生在线］``, ``〔关注〕``) as often as in lenticular ones (``【民情直通车】``,
:data:`~textclean.clean.chardata.BRACKET_LABEL_RE`). Read as text, the label ran into the title under it. The same
shapes head a box's text (``·记者手记·``, ``［编后］``), number a story's sections (``·一·``, ``［一］``) and name a
brief's place (``［合肥］``); a profile's subtitle has dashes both sides (``——记全国劳模王明——``). A line so shaped
is a column label only over a headline (:func:`ornament_label_over_head`).
"""

from __future__ import annotations

import re

from textclean.clean.chardata import BOX_GLYPHS, BRACKET_LABEL_RE, CLAUSE_PUNCT_RE, COLUMN_RE, HAN, NUMERAL
from textclean.clean.clausekickers import colon_lead
from textclean.clean.roles import Element, Item
from textclean.clean.typesetting import is_column_label

#: The ornaments a column label is printed between, the same one on both sides: a box glyph or a middle dot.
LABEL_ORNAMENTS = BOX_GLYPHS + "·•"
#: A label between two ornaments alike (:data:`LABEL_ORNAMENTS`), dashes, or square, tortoise-shell or white
#: lenticular brackets, on a line of its own; the label is the group ``label``.
ORNAMENT_LABEL_RE = re.compile(
    f"^(?:[［〔〖]|(?P<ornament>[{LABEL_ORNAMENTS}])|(?P<dash>—{{1,2}}|-{{2}}))\\s*"
    f"(?P<label>(?:[{HAN}]\\s*){{1,8}})(?:[］〕〗]|(?P=ornament)|(?P=dash))$"
)
#: A label of numerals alone numbers a section (``·一·``, ``［三］``), it names no column.
_NUMBER_LABEL_RE = re.compile(f"^[{NUMERAL}百零〇0-9]+$")
#: What a profile's or an interview's subtitle opens with between dashes (``——记全国劳模王明——``, ``——访…——``).
_SUBTITLE_OPENERS = ("记", "访", "致", "写在")
#: Most lines of the headline under a label (a kicker, a title wrapped once).
MAX_HEAD_LINES = 3
#: A label's head stack may set the writer's line (or two: writer and photographer) between label and headline.
MAX_LABEL_BYLINES = 2
#: A headline's line is at most this share of the width of the body's line under it: a head is set larger, fewer
#: characters fill its line, and a body's line runs the whole measure (a label's box text opens at full measure).
HEAD_WIDTH_SHARE = 0.8
_HAN_RUN_RE = re.compile(f"[{HAN}]{{2}}")
#: A kicker wrapped onto two lines sets its second line right under the first: at most this many lines on (pdfminer
#: prints a blank line between two lines of separate boxes).
WRAP_GAP = 2
#: A label opened by a box glyph alone (``■ 高质量发展在云川``, ``■产业动态``): the glyph, then a name of two to eight
#: Han characters and nothing else (the longest column labels of the studied families hold 8; a brief's glyph-led
#: head is a headline of a verb and its object, mostly longer, and is read apart from kickers).
GLYPH_LABEL_RE = re.compile(f"^[{BOX_GLYPHS}]\\s*(?P<label>[{HAN}]{{2,8}})$")


def label_of(text: str) -> str | None:
    """The label a line between ornaments or in other brackets holds (:data:`ORNAMENT_LABEL_RE`), white space
    dropped; None for any other line.

    >>> label_of("●今日关注●"), label_of("［民生 在线］"), label_of("——经济观察——"), label_of("●今日关注◆")
    ('今日关注', '民生在线', '经济观察', None)
    """
    m = ORNAMENT_LABEL_RE.match(text.strip())
    return re.sub(r"\s+", "", m.group("label")) if m else None


def marked_label(text: str) -> bool:
    """Whether a headline line is printed as a column label by its ornaments: between two ornaments alike or in
    brackets (:func:`label_of`, not numerals alone, or lenticular ones:
    :data:`~textclean.clean.chardata.BRACKET_LABEL_RE`), opened by a box glyph before a short name
    (:data:`GLYPH_LABEL_RE`) or by a logo letter (:data:`~textclean.clean.chardata.COLUMN_RE`). A kicker is a phrase printed plain: the studied families print none with an ornament,
    their labels ``●国际观察●``, ``■ 高质量发展在云川`` all so (PyMuPDF read them as kickers over the title).

    >>> marked_label("●国际观察●"), marked_label("■ 高质量发展在云川"), marked_label("■产业动态"), marked_label("·一·")
    (True, True, True, False)
    >>> marked_label("【读者来信】"), marked_label("P 读者来信"), marked_label("东川市")
    (True, True, False)
    >>> marked_label("以旧换新政策持续显效"), marked_label("■省委巡视工作领导小组召开会议"), marked_label("■ 长端品种，受青睐")
    (False, False, False)
    """
    label = label_of(text)
    if label is not None:
        return not _NUMBER_LABEL_RE.match(label)
    text = text.strip()
    return any(r.match(text) is not None for r in (GLYPH_LABEL_RE, BRACKET_LABEL_RE, COLUMN_RE))


#: A label between ornaments glued to the headline after it (``●人民时评●绿色低碳生活从点滴做起``; pdfminer and
#: PyMuPDF read the label's box and the title as one line, the first ornament sometimes apart): the label is the
#: group ``label``, the headline ``title``.
GLUED_LABEL_RE = re.compile(
    f"^(?P<open>[{LABEL_ORNAMENTS}])?\\s*(?P<label>[{HAN}]{{2,8}})(?P<close>[{LABEL_ORNAMENTS}])\\s*(?P<title>.*)$"
)


def glued_label(title: str) -> tuple[str, str] | None:
    """A column label between ornaments at the start of a title, glued to it or alone: ``(label, rest of the
    title)``, else None. The ornaments must match when both are printed; an ornament closes no headline's word.

    >>> glued_label("●人民时评●绿色低碳生活从点滴做起"), glued_label("网言网语●"), glued_label("●人民时评◆让")
    (('人民时评', '绿色低碳生活从点滴做起'), ('网言网语', ''), None)
    >>> glued_label("绿色低碳生活从点滴做起"), glued_label("■全省退役军人就业创业招聘会举行"), glued_label("中国·东盟博览会开幕")
    (None, None, None)

    A whole label between middle dots alone as the title (``·记者手记·``) is read where labels are (a box's label
    over its text inside a story is no column: tests/clean/test_ornamented_labels.py); between box glyphs it is the
    column of the piece under it (lay16: dropping those cost column/kicker accuracy .022 on pdfminer):

    >>> glued_label("·记者手记·"), glued_label("●人民时评●")
    (None, ('人民时评', ''))
    """
    m = GLUED_LABEL_RE.match(title.strip())
    if m is None or (m.group("open") and m.group("open") != m.group("close")):
        return None
    if m.group("open") and m.group("open") not in BOX_GLYPHS and not m.group("title").strip():
        return None  # (between middle dots alone: a box's label in a story; ``●X●`` alone heads its column's piece)
    if not m.group("open") and m.group("close") not in BOX_GLYPHS:
        return None  # (a middle dot inside a headline parts two names: ``中国·东盟博览会开幕``)
    return m.group("label"), m.group("title").strip()


def over_label(el: Element, elements: list[Element]) -> bool:
    """Whether ``el``, a headline element given an article, is a kicker read from a line above the article's column
    label or above another kicker (a ``column`` or ``kicker`` element set lower): a label opens its head stack, and
    one kicker stands under it, over the title; a line over the label or the kicker is the page's band
    (``新时代新征程新作为`` / ``●人民时评●`` / title, lay16; ``一季度经济观察`` / ``优化营商环境　激发市场活力`` / title,
    lay15). A label-shaped kicker is the label itself (:func:`marked_label`,
    :func:`~textclean.clean.typesetting.is_column_label`).

    >>> mk = lambda kind, t, no: Element(kind, [Item(no, t, t, float(len(t)), True, True)], t)
    >>> band, label, kicker = mk("kicker", "新时代新征程新作为", 3), mk("kicker", "●人民时评●", 4), mk("kicker", "专题学习心得", 5)
    >>> over_label(band, [band, label]), over_label(kicker, [label, kicker]), over_label(band, [band])
    (True, False, False)
    >>> wide = mk("kicker", "优化营商环境　激发市场活力", 5)
    >>> over_label(band, [band, wide]), over_label(label, [label, wide])
    (True, False)

    Not a band: the first line of a kicker wrapped onto two (wider than the line under it: a wrapped line fills
    the measure), nor one set in the same block as the kicker under it (no blank line between them where the
    extractor parts blocks so: pdfminer, pdftotext).

    >>> upper, lower = mk("kicker", "坚持稳中求进工作总基调　推动", 3), mk("kicker", "高质量发展取得新成效", 4)
    >>> over_label(upper, [upper, lower])
    False
    >>> tight = Element("kicker", [Item(3, "全面深化改革开放", "全面深化改革开放", 8.0, True, False)], "全面深化改革开放")
    >>> over_label(tight, [tight, mk("kicker", "激发市场主体活力", 4)]), over_label(tight, [tight, label])
    (False, True)

    Nor a headline with another part between it and the label or kicker under it (``乡村振兴路上的青年力量`` / ``本报记者
    王明`` / ``【核心阅读】``; a report's title / its ``——`` subtitle / the subtitle's tail read as a kicker): the band
    stands right over the label.

    >>> byline = Element("byline", [Item(4, "本报记者 王明", "本报记者 王明", 7.0, True, True)], "本报记者 王明")
    >>> over_label(band, [band, byline, mk("kicker", "【核心阅读】", 5)])
    False
    """
    if el.kind != "kicker" or not el.items or is_column_label(el.text) or marked_label(el.text):
        return False
    last = el.items[-1]
    below = [o for o in elements if o is not el and o.items and o.items[0].no > last.no]
    if not below:
        return False
    o = min(below, key=lambda o: o.items[0].no)  # (the part right under it: a byline or subtitle between, no band)
    return _label_shaped(o) or (o.kind == "kicker" and _band_over(last, o, elements))


def _label_shaped(el: Element) -> bool:
    """Whether a headline element is a column label: read so, or a kicker shaped as one."""
    return el.kind == "column" or (el.kind == "kicker" and (is_column_label(el.text) or marked_label(el.text)))


def _band_over(last: Item, kicker: Element, elements: list[Element]) -> bool:
    """Whether the line ``last`` stands apart over the ``kicker`` as a band: far above it (more than
    :data:`WRAP_GAP` lines), or no wider than the kicker's first line (a wrapped kicker's first line fills the
    measure) and, where the page's blocks are parted by blank lines (some
    headline line has one after it), set off by one (lines of one block are one kicker)."""
    under = kicker.items[0]
    if under.no - last.no > WRAP_GAP:
        return True  # (a line far above: no part of that kicker, lay16 op-04's band over a stray line)
    if last.width > under.width:
        return False
    blocked = any(it.gap_after for e in elements for it in e.items)
    return last.gap_after or not blocked


def ornament_label_over_head(items: list[Item], i: int) -> bool:
    """Whether ``items[i]``, a label between ornaments or in other brackets (:func:`label_of`), is a column label: not
    numerals alone, not a subtitle's dashes (opening ``记``, ``访``: :data:`_SUBTITLE_OPENERS`), and set over a
    headline, one to :data:`MAX_HEAD_LINES` text lines with no clause mark that end no sentence, under which stands
    a byline or another part, or a body whose line is wider (:data:`HEAD_WIDTH_SHARE`).

    Before (PyMuPDF, a hand-made page): ``●今日关注●`` / ``小城故事多`` / ``本报记者 王明`` made the title
    ``今日关注● 小城故事多``; after, column ``今日关注``. A box's label over its text (``·记者手记·`` / ``群众用电满意度的
    提升，``) stays in the text.

    >>> mk = lambda t, role="text": Item(0, t, t, float(len(t)), True, True, role)
    >>> ornament_label_over_head([mk("●今日关注●"), mk("小城故事多"), mk("本报记者 王明", "byline")], 0)
    True
    >>> ornament_label_over_head([mk("·记者手记·"), mk("群众用电满意度的提升，"), mk("离不开电网建设的持续投入")], 0)
    False
    >>> ornament_label_over_head([mk("·一·"), mk("加快项目建设"), mk("本报记者 王明", "byline")], 0)
    False
    >>> ornament_label_over_head([mk("奋斗者的足迹"), mk("——记全国劳模——"), mk("本报记者 王明", "byline")], 1)
    False

    A byline may stand between the label and the headline (PyMuPDF, a front page: ``●聚焦两会●`` / ``本报记者　林晓燕`` /
    ``代表委员履职故事`` / ``把群众的“小心愿”带上会`` / ``农村养老服务的建议。”3月11``): a head stack whatever the widths.

    >>> ornament_label_over_head([mk("●聚焦两会●"), mk("本报记者 林晓燕", "byline"), mk("代表委员履职故事"),
    ...                           mk("把群众的“小心愿”带上会"), mk("农村养老服务的建议。”3月11")], 0)
    True
    """
    label = label_of(items[i].text)
    if label is None or _NUMBER_LABEL_RE.match(label):
        return False
    if items[i].text.lstrip().startswith(("—", "-")) and label.startswith(_SUBTITLE_OPENERS):
        return False
    top = i + 1
    while top < len(items) and items[top].role == "byline" and top - i <= MAX_LABEL_BYLINES:
        top += 1  # (the writer's line set between the label and the headline: label / byline / kicker / title)
    k = top + (top + 1 < len(items) and colon_lead(items[top:]))  # (a kicker led in with a colon: ``浙江义乌：``)
    while k < len(items) and k - top < MAX_HEAD_LINES and _head_line(items[k]):
        k += 1
    if k == top or k >= len(items) or _head_line(items[k]):
        return False  # (no headline, nothing under it, or more lines than a headline's: a list, verse)
    below = items[k]
    widest = max(it.width for it in items[top:k])
    return top > i + 1 or below.role != "text" or widest <= HEAD_WIDTH_SHARE * below.width


def _head_line(item: Item) -> bool:
    """A line that may be a headline's: text with two Han characters together, no clause mark, no sentence end."""
    return (
        item.role == "text"
        and not item.ends
        and not CLAUSE_PUNCT_RE.search(item.text)
        and _HAN_RUN_RE.search(item.text) is not None
    )
