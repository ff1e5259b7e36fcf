"""The page's banner among the lines read with it: a name read in one head with a column label, a letter-spaced
name read below the top, a justified line of running text that is no name.

:func:`~textclean.clean.banner.spread_banner` asks :func:`spread_running_text` and :func:`lone_spread_label` of
the letter-spaced lines below the page's top; :func:`~textclean.clean.assign.assign_headlines` parts the name
:func:`~textclean.clean.furniture.date_line_top` found from the lines read with it (:func:`name_parted`).
"""

from __future__ import annotations

from textclean.clean.chardata import CLAUSE_PUNCT_RE, DATELINE_OPENING_RE
from textclean.clean.folios import QUANTITY_OPENING_RE
from textclean.clean.furniture import DateLineTop
from textclean.clean.lexicon import label_shaped
from textclean.clean.mastline import masthead_parts
from textclean.clean.repair import is_letter_spaced
from textclean.clean.roles import Element, Item
from textclean.clean.runinpieces import is_box_head

#: A letter-spaced line whose last piece sets this many characters tight is two lines joined, a justified one and
#: a tight one beside it (:func:`spread_running_text`): a spaced name sets each glyph apart; pdftotext's joined
#: lines on the third layout left 9 or more tight.
TIGHT_TAIL_CHARS = 8
#: How many letter-spaced labels over a title a page may print for the one to be its name
#: (:func:`lone_spread_label`): a layout that spaces its column labels as its banner spaces each of them.
LONE_SPREAD_LABELS = 1
#: The mark that parts a column label's words (``文化周刊·非遗``): a line holding it under a name is a label.
LABEL_PART = "·"
#: How many elements after a name's line are looked at for the head a column label stands over: a byline
#: between them (a commentary's, set over its title), then the title.
LABEL_LOOKAHEAD = 2
#: The lines of a head at the page's top that reads as the page's name over a column label
#: (:func:`stacked_labels_parted`): one each.
STACKED_LABEL_LINES = 2
#: The fewest characters of each of those lines: a head set one glyph a line (``亲`` / ``子``) is a title.
MIN_STACKED_LABEL_CHARS = 2


def spread_running_text(raw: str) -> bool:
    """Whether the letter-spaced line ``raw`` is a justified line of running text, not a name: it holds clause
    punctuation (:data:`~textclean.clean.chardata.CLAUSE_PUNCT_RE`) or opens with a bracket (a closing
    attribution, ``（本报通讯员``) or a dateline (``本 报 2 月 18 日 讯``:
    :data:`~textclean.clean.chardata.DATELINE_OPENING_RE`), or its spacing stops part way (:data:`TIGHT_TAIL_CHARS` characters set tight
    after the spaced ones: pdftotext joins a justified line with the line of the column beside it).

    A page's name read below its top is a phrase set alone (``理 论 周 刊``); a paper that justifies its columns
    glyph by glyph spaces body lines too, and a short one with no clause mark before it reads as a headline line.
    Before (pdfminer, the third layout): ``合 理 ， 投 资 反 弹 的 压 力 比 较`` and ``（ 本 报 通 讯 员`` in the body
    became the page's banner, given to every article; after, no banner read below the top (the body keeps its
    line); pdftotext's ``本 报 2 月 18 日 讯`` (a dateline justified over a narrow column, a health page) likewise.
    Not so: a name spaced glyph by glyph (``学 习 贯 彻 全 国 两 会 精 神``).

    >>> spread_running_text("合 理 ， 投 资 反 弹 的 压 力 比 较"), spread_running_text("（ 本 报 通 讯 员")
    (True, True)
    >>> spread_running_text("企 业 技 术 开 发 和 生 产 营 建立石油等战略资源的储"), spread_running_text("本 报 2 月 18 日 讯")
    (True, True)
    >>> spread_running_text("学 习 贯 彻 全 国 两 会 精 神"), spread_running_text("理 论 周 刊")
    (False, False)
    """
    core = raw.strip()
    if CLAUSE_PUNCT_RE.search(core) or core[:1] in "（(" or DATELINE_OPENING_RE.match(core.replace(" ", "")):
        return True
    tail = core.rsplit(" ", 1)[-1]
    return len(tail) >= TIGHT_TAIL_CHARS


def lone_spread_label(labels: int, elements: list[Element], k: int) -> bool:
    """Whether a letter-spaced label-shaped line read below the page's top (``elements[k]``) over the title after
    it is the page's name all the same: the page spaces no other label over a title (``labels``, the count of
    such lines, is :data:`LONE_SPREAD_LABELS`), and the title stands apart from it (a blank line: another box of
    pdfminer's) and reads as a head (no clause punctuation in its first line, which a box's running text has).

    pdfminer keeps the letter spacing of a name set large and spread, and reads it where its layout analysis puts
    it, often over the head of an article below it; a layout that spaces its column labels as its banner spaces
    each of them, and reads each in one box with its title. Of the letter-spaced label lines over a title below
    the top of the dev pages (six families), the page's only one set apart was the page's name 15 times in 17.
    Asked only of a page that prints a date line (:func:`~textclean.clean.banner.spread_banner`): a page so headed
    prints its name; the second layout's pages, their labels spaced as their banner, may print none.
    Before (pdfminer, a science page): ``2026年1月25日 星期六`` / ``第5版`` ∅ ``科教时评`` ∅ ``名医坐诊`` ∅
    ``科 教 新 闻`` ∅ ``让科研人员把心思放`` … made ``科教新闻`` the commentary's column and left the page without a
    banner; after, the banner. Not so: two such labels on the page, a label set tight over its title, a label
    over a line of running text (``数 说 变 化`` ∅ ``云岭镇现有…26项，代表性``: a box's label), or a sidebar box's
    head (``相 关 链 接`` ∅ ``什么是高空抛物罪``: :func:`~textclean.clean.runinpieces.is_box_head`).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t, gb=True: Element("title", [Item(0, t, t, float(len(t)), gb, True)], t.replace(" ", ""))
    >>> on = lambda n, label, t, gb=True: lone_spread_label(n, [mk("甲"), mk(label), mk(t, gb)], 1)
    >>> on(1, "科 教 新 闻", "让科研人员把心思放"), on(2, "科 教 新 闻", "让科研人员把心思放")
    (True, False)
    >>> on(1, "科 教 新 闻", "让科研人员把心思放", False), on(1, "科 教 新 闻", "云岭镇现有项目26项，代表性")
    (False, False)
    >>> on(1, "相 关 链 接", "什么是高空抛物罪")
    False
    """
    label, head = elements[k], elements[k + 1].items[0]
    if labels != LONE_SPREAD_LABELS or not head.gap_before or CLAUSE_PUNCT_RE.search(head.text) is not None:
        return False
    return not is_box_head(label.text.replace(" ", ""))  # (a sidebar box's head: ``相 关 链 接``)


def _label_over_head(rest: list[Item], after: list[Element]) -> bool:
    """Whether the lines ``rest`` left under a name are a column label over a head: one line over a title (the
    first of the elements ``after`` them that is no byline: a label may stand over the byline of a commentary
    set over its title; or a sidebar box's head, :func:`~textclean.clean.runinpieces.is_box_head`, over the
    box's text), or several opening with a label (:func:`~textclean.clean.lexicon.label_shaped`, or
    parted by ``·``: ``文化周刊·非遗``) over the title's lines. A headline of two lines reads as one phrase over
    its byline and body (``春耕`` / ``正当时`` ∅ ``本报记者 王明`` ∅ body).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> el = lambda kind, t: Element(kind, [mk(t)], t)
    >>> _label_over_head([mk("法官说法")], [el("title", "守护")]), _label_over_head([mk("科教时评")], [el("byline", "□廖桂"), el("title", "让")])
    (True, True)
    >>> _label_over_head([mk("正当时")], [el("byline", "本报记者 王明"), el("body", "今年")]), _label_over_head([mk("老旧小区改造")], [])
    (False, False)
    >>> _label_over_head([mk("文化周刊·非遗"), mk("守护")], []), _label_over_head([mk("老旧小区改造"), mk("难在哪")], [])
    (True, False)
    """
    if len(rest) > 1:
        return label_shaped(rest[0].text) or LABEL_PART in rest[0].text
    if len(rest) == 1 and is_box_head(rest[0].text):
        return True  # (a sidebar box's head over the box's text: ``深度`` / ``链接`` ∅ …)
    heads = [e for e in after if e.kind != "byline"]
    return len(rest) == 1 and bool(heads) and heads[0].kind == "title"


def name_parted(elements: list[Element], dated: DateLineTop | None) -> list[Element]:
    """``elements``, the one opening with the line ``dated`` names the page's name
    (:func:`~textclean.clean.furniture.date_line_top`) parted into that line and the lines read with it: the
    name heads no article, what follows it does.

    An extractor reads a 版名 set beside the date line right after it; once a photo caption between them is
    dropped, the name stands tight over the column label of the first article and is read in one head with it.
    Of the dev pages' heads so opening with a named line (six families, three extractors), each of the 7 opened
    with the page's name. Before (PyMuPDF, a law page): ``第3版`` / ``责任编辑：…`` / ``政法`` / caption /
    ``法官说法`` / ``守护“头顶上的安全”`` made ``政法法官说法`` one headline and left the page without a banner;
    after, ``政法`` the banner and ``法官说法`` the article's label. Not so: a head opening with any other line,
    a name read alone (already a line of its own), or a headline of two lines set tight over a byline and a body
    (``春耕`` / ``正当时`` ∅ ``本报记者 王明``): the name is parted when the lines read with it were printed apart
    from it (a blank or a dropped line between them: the caption, the date line) or are a label over a head
    (:func:`_label_over_head`).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda *ts: Element("title", [Item(k, t, t, float(len(t)), k == 0, True) for k, t in enumerate(ts)], "".join(ts))
    >>> [e.text for e in name_parted([mk("政法", "法官说法"), mk("守护")], 0)], [e.text for e in name_parted([mk("政法", "法官说法")], 5)]
    (['政法', '法官说法', '守护'], ['政法法官说法'])
    >>> [e.text for e in name_parted([mk("春耕", "正当时"), Element("byline", [], "本报记者 王明")], 0)]
    ['春耕正当时', '本报记者 王明']
    """
    if not isinstance(dated, int):
        return elements  # (most pages: no name beside a date line)
    for k, e in enumerate(elements):
        if e.first == dated and len(e.items) > 1:
            name, rest = e.items[:1], e.items[1:]
            apart = rest[0].gap_before or rest[0].no != name[0].no + 1  # (lines or a blank dropped between them)
            if not (apart or _label_over_head(rest, elements[k + 1 : k + 1 + LABEL_LOOKAHEAD])):
                return elements  # (a headline of two lines set tight, one phrase over its byline and body)
            parted = [Element(e.kind, name, name[0].text), Element(e.kind, rest, "".join([it.text for it in rest]))]
            return [*elements[:k], *parted, *elements[k + 1 :]]
    return elements


def stacked_labels_parted(elements: list[Element]) -> list[Element]:
    """``elements``, the page's first one parted when it is a headline of two lines, each shaped as a column label
    (:func:`~textclean.clean.lexicon.label_shaped`, :data:`MIN_STACKED_LABEL_CHARS` characters or more): the
    page's name over the column label of the article under it, the name a title line of its own (the banner),
    the label a ``column``.

    A headline's lines are a clause's pieces, not two labels; a 版名 set over or beside the first article's
    label is read in one block with it (pdftotext prints the two tight). Of the dev pages' first heads of two
    such lines (six families, three extractors), each of the 10 opened with the page's name. Before (pdftotext,
    a law page): ``法治`` / ``普法讲堂`` ∅ ``检察机关依法惩治…`` made ``法治普法讲堂`` a headline and left the page
    without a banner; after, ``法治`` the banner and ``普法讲堂`` the first article's column. Not so: a head of
    more lines (``亲`` / ``子`` / ``读`` / ``书``: a title set one glyph a line), a line longer than a label, a
    byline's names, such a head below the page's top, or one with no title under it (``春耕`` / ``正当时`` ∅
    ``本报记者 王明``: a short headline over its byline, which parted would leave its article no title;
    :func:`_label_over_head`).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda *ts: Element("title", [Item(k, t, t, float(len(t)), k == 0, True) for k, t in enumerate(ts)], "".join(ts))
    >>> [(e.kind, e.text) for e in stacked_labels_parted([mk("法治", "普法讲堂"), mk("个人信息")])]
    [('title', '法治'), ('column', '普法讲堂'), ('title', '个人信息')]
    >>> [e.text for e in stacked_labels_parted([mk("法治", "个人信息“裸奔”")])], len(stacked_labels_parted([mk("亲", "子")]))
    (['法治个人信息“裸奔”'], 1)
    >>> len(stacked_labels_parted([mk("春耕", "正当时"), Element("byline", [], "本报记者 王明")]))
    2

    The name may be printed after the page's number (pdftotext, lay17 ec-11: ``2 经济新闻`` / ``经济简讯`` ∅
    ``央行开展5000亿元买断式逆回购操作``, one kicker ``2经济新闻经济简讯`` of the first brief, the box's label lost):

    >>> [(e.kind, e.text) for e in stacked_labels_parted([mk("2 经济新闻", "经济简讯"), mk("央行开展逆回购操作")])]
    [('title', '经济新闻'), ('column', '经济简讯'), ('title', '央行开展逆回购操作')]

    Only a page number is so cut (:func:`name_after_folio`): ``AI 时代``, ``24 小时`` are names of their own.

    >>> [e.text for e in stacked_labels_parted([mk("AI 时代", "数字生活"), mk("央行开展逆回购操作")])]
    ['AI 时代数字生活', '央行开展逆回购操作']
    """
    if not elements or elements[0].kind != "title" or len(elements[0].items) != STACKED_LABEL_LINES:
        return elements  # (most pages)
    name, label = elements[0].items
    named = name_after_folio(name.raw) or name.text  # (``2 经济新闻``: the page's number beside its name, raw)
    if not all(label_shaped(t) and len(t.strip()) >= MIN_STACKED_LABEL_CHARS for t in (named, label.text)):
        return elements
    if not _label_over_head([label], elements[1 : 1 + LABEL_LOOKAHEAD]):
        return elements  # (a short headline of two lines over its byline or body: the article's title)
    return [Element("title", [name], named), Element("column", [label], label.text), *elements[1:]]


def name_after_folio(raw: str) -> str | None:
    """The 版名 of a line printing the page's number (or 版次) set apart before it (``2 经济新闻``, ``A3 要闻``), else
    None: a name whose first word is a measure word keeps its figure (``24 小时``, ``8 小时以外``:
    :data:`~textclean.clean.folios.QUANTITY_OPENING_RE`), and a Latin word before a name is the name's own (``AI
    时代``, ``CN 视点``: no page number). Review RV2: the masthead's reading (any piece but the name) cut those.

    >>> name_after_folio("2 经济新闻"), name_after_folio("A3 要闻"), name_after_folio("经济新闻")
    ('经济新闻', '要闻', None)
    >>> name_after_folio("AI 时代"), name_after_folio("24 小时"), name_after_folio("2 经济新闻 2026年3月5日")
    (None, None, None)
    """
    parsed = masthead_parts(raw)
    if parsed is None or parsed[0] is None or parsed[1] != ("code",) or not raw.split()[-1] == parsed[0]:
        return None
    return None if QUANTITY_OPENING_RE.match(parsed[0]) else parsed[0]


def name_under_spread_top(elements: list[Element], dated: DateLineTop | None) -> DateLineTop | None:
    """What the date line says of the banner (``dated``, :func:`~textclean.clean.furniture.date_line_top`), unless
    it names a line below a letter-spaced headline line opening the page: that line is the page's name (None: the
    top line is asked as any page's, :func:`~textclean.clean.banner.find_banner`).

    pdfminer keeps the spacing of a name set large and spread across the page's top; a line read right over the
    date line is a name only when nothing names the page above it (:func:`~textclean.clean.pagename.name_over_date_line`
    reads a column label so). On the devpages each letter-spaced line opening the page was its banner. Before
    (pdfminer, a health page): ``卫 生 健 康`` ∅ ``高温天`` / ``谨防“热射病”`` ∅ ``科技前沿`` ∅ date line … made the
    column label ``科技前沿`` the banner of every article; after, ``卫生健康``. Not so: a top line set tight, or
    a name read at the top itself.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda no, t: Element("title", [Item(no, t, t.replace(" ", ""), float(len(t)), True, True)], t.replace(" ", ""))
    >>> name_under_spread_top([mk(0, "卫 生 健 康"), mk(5, "科技前沿")], 5), name_under_spread_top([mk(0, "卫生健康"), mk(5, "科技前沿")], 5)
    (None, 5)
    """
    if not isinstance(dated, int) or not elements or elements[0].first == dated:
        return dated
    top = elements[0]
    spread = top.kind == "title" and len(top.items) == 1 and is_letter_spaced(top.items[0].raw)
    return None if spread else dated
