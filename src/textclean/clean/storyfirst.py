"""Which column of a stretch of pdfminer's one-line boxes opens the one story the stretch reads.

pdfminer may read a story's rows from any of its columns (``c3 c4 c1 c2``): the column whose first line opens the
story's dateline or run-in credit (:func:`~textclean.clean.columnbands.opens_story`) then goes first
(:data:`~textclean.clean.columnbands.STORY_OPENING`, :func:`~textclean.clean.rowread.read_columns`). A stretch may
as well hold two stories side by side, one's lower part or its first columns beside the other's start: then the
opening tells where the second story begins, not where the stretch's text does, and the order read stands.
:func:`story_first` gives the column only where nothing on the page reads as a second story.
"""

from __future__ import annotations

import re
from collections import Counter

from textclean.clean.chardata import CLAUSE_PUNCT_RE, HAN
from textclean.clean.columnbands import opens_paragraph, opens_story
from textclean.clean.junctions import junction
from textclean.clean.roles import Item
from textclean.clean.rowheads import SHORT_SLACK

#: A story's opening in any form a paper prints, the strict forms :func:`~textclean.clean.columnbands.opens_story`
#: reads and the looser ones it leaves (``据新华社电 …``, ``人民网北京3月5日电``, ``本报讯 近日，…``): a news source
#: (a word ending 社, 网, 报 or 台, cited with 据 or not), a place and date or none, then 电 or 讯 and a break. Only to
#: tell that a stretch holds a second story (a false match keeps the order read).
LOOSE_OPENING_RE = re.compile(
    f"^(?:另?据)?[{HAN}]{{0,6}}?[社网报台][{HAN}]{{0,8}}?(?:[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日)?[电讯](?:[ \u3000（(：:，,]|$)"
)
#: Lines read before a stretch looked at for a story opened there (:func:`_lead`): a head's lines (a kicker, a
#: title, a subtitle) and the line before them.
LEAD_LINES = 4
#: The end of a line citing a source whose dateline opens the next line (``…推广水稻据`` / ``新华社北京3月5日电，…``):
#: the dateline goes on a sentence, it opens no story.
CITING_END_RE = re.compile("据$")


def story_first(
    cols: list[list[Item]], lead: list[Item], after: Item | None, measure: float, pairs: Counter[str]
) -> int | None:
    """The column of a stretch's columns ``cols`` (pdfminer's one-line boxes) that opens the one story they read,
    or None: none opens one, or the stretch holds two stories (:func:`_second_story`). ``lead``: the lines read
    just before the stretch; ``after``: the line read after it.

    Before (a story's lower part in the left column, the next story's ``本报讯（记者 张明）`` opening the right one,
    its head read in a row with the left's line): the right column went first, the left story's text ran on into
    it mid-sentence; after, the order read.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> late = [[mk("超过25亿元。相关负责人表示，")], [mk("本报讯（记者 钟怡）今年以来，")]]
    >>> story_first(late, [], None, 16.0, Counter()), story_first([late[0], late[0]], [], None, 16.0, Counter())
    (1, None)
    """
    openings = [c for c, col in enumerate(cols) if opens_story(col[0])]
    if len(openings) != 1:
        return None
    first = openings[0]
    if _second_story(cols, first, lead, after, measure, pairs):
        return None
    return first


def _second_story(
    cols: list[list[Item]], first: int, lead: list[Item], after: Item | None, measure: float, pairs: Counter[str]
) -> bool:
    """Whether the stretch ``cols`` reads another story besides the one column ``first`` opens (or that column's
    opening goes on a sentence): another column opens one in a looser form (:data:`LOOSE_OPENING_RE`); the column
    before it ends citing it (:data:`CITING_END_RE`); a story opened in the lines read just before (``lead``) and
    ``first`` opens a full dateline of its own; the column ``first`` runs on past the stretch (:func:`_runs_on_after`);
    the column read first opens a paragraph (a story with no dateline may begin there: :func:`_may_open_there`)."""
    if any(LOOSE_OPENING_RE.match(col[0].text) for c, col in enumerate(cols) if c != first):
        return True
    if first > 0 and CITING_END_RE.search(cols[first - 1][-1].text):
        return True
    if any(
        opens_story(it) or LOOSE_OPENING_RE.match(it.text) for it in _lead(lead, measure)
    ) and LOOSE_OPENING_RE.match(cols[first][0].text):
        return True
    return _runs_on_after(cols, first, after, measure, pairs) or (first > 0 and _may_open_there(cols, measure))


def _runs_on_after(cols: list[list[Item]], first: int, after: Item | None, measure: float, pairs: Counter[str]) -> bool:
    """Whether the column ``first`` runs on in the line ``after`` the stretch, a column's line (about the stretch's
    ``measure``, no paragraph's or story's opening): its last line ends no sentence, and every other column's
    does, or the words run on across into ``after`` better than from any other column. Read from a later column, a
    story's first column goes on in its second, inside the stretch; one that runs on past it is the right story's
    start beside the left one's lower part, which ended in the stretch (pdfminer read the left story's line beside
    the right one's head, then the rows from the left).

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> cols = [[mk("助标准由35元提高到40元，增。")], [mk("入开展法治宣传教育，加强人民调解")]]
    >>> _runs_on_after(cols, 1, mk("工作，完善法律援助制度，落实重。"), 16.0, Counter())
    True
    >>> _runs_on_after(cols, 1, mk("加强社会治理"), 16.0, Counter())
    False
    """
    last = cols[first][-1]
    if after is None or last.ends or after.width < measure - SHORT_SLACK:
        return False
    if opens_paragraph(after, measure) or opens_story(after) or LOOSE_OPENING_RE.match(after.text):
        return False
    others = [col[-1] for c, col in enumerate(cols) if c != first]
    if all(it.ends for it in others):
        return True
    own = junction(last, after, pairs)
    return own > 0 and all(own > junction(it, after, pairs) for it in others)


def _may_open_there(cols: list[list[Item]], measure: float) -> bool:
    """Whether the column read first may open a story with no dateline: its first line is shaped as a paragraph's
    first line and holds a clause mark (:data:`~textclean.clean.chardata.CLAUSE_PUNCT_RE`: not a headline's line read in the stretch). Two
    stories' heads in one row, the left one's columns read before the right one's dateline column: the left story
    opens there. (A story read from a later column has a column's top there, a paragraph's first line by chance.)

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> _may_open_there([[mk("加快健全基本医疗卫生制度。完")]], 16.0), _may_open_there([[mk("一季度工业投资同比增长13.5%")]], 16.0)
    (True, False)
    """
    top = cols[0][0]
    return bool(opens_paragraph(top, measure)) and CLAUSE_PUNCT_RE.search(top.text) is not None


def _lead(lines: list[Item], measure: float) -> list[Item]:
    """The last of ``lines`` (read before a stretch of columns of ``measure``) back to the last one of about that
    measure (a column's line, not a head's: within :data:`~textclean.clean.rowheads.SHORT_SLACK`), that one too.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), True, True)
    >>> [it.text for it in _lead([mk("甲乙丙丁戊己庚辛"), mk("本报讯（记者 赵丽）加快健全"), mk("社会治理有新招")], 16.0)]
    ['本报讯（记者 赵丽）加快健全', '社会治理有新招']
    """
    for x in range(len(lines) - 1, -1, -1):
        if lines[x].width >= measure - SHORT_SLACK:
            return lines[x:]
    return lines
