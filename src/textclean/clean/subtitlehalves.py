"""A commentary's subtitle read as the second half of a two-part title: the half that opens as a subtitle does.

PyMuPDF gives a title and the subtitle printed under it without ``——`` as two headline lines set tight, the shape
of a two-part headline's halves (:mod:`~textclean.clean.measures` joins them with a space); nothing in the text's
shape tells them apart. Its words do: an opinion piece's subtitle says what the piece discusses or where it sets
out from (``谈…``, ``兼论…``, ``从…说起``), which a headline's half never opens with.
"""

from __future__ import annotations

import re
from dataclasses import replace

from textclean.clean.chardata import BYLINE_ROLE_RE, HAN
from textclean.clean.lexicon import words_of
from textclean.models import Article, Page

#: How a commentary's subtitle opens, the dashes dropped: a verb of discussing (``谈…``, ``谈谈…``, ``也谈…``,
#: ``浅谈…``, ``兼论…``, ``兼评…``) before the topic, or ``从…说起`` ("starting from …") whole. Of the dev pages'
#: two-part titles (seven families, dev split: 68 on the devpages, 162 on the others) no half opens so; of the
#: opinion family's 54 subtitles, 28 do.
SUBTITLE_OPENING_RE = re.compile(f"^(?:(?:谈谈?|也谈|再谈|浅谈|兼论|兼评)[{HAN}“《]|从[^ ]{{2,16}}说起$)")
#: What may stand before ``谈`` in a commentary subtitle's opening (``也谈``, ``再谈``, ``浅谈``).
TALK_PREFIXES = "也再浅"
#: The words of discussing a subtitle opens with, each a word of its own (``谈判``, ``谈话``, ``谈心``, ``谈笑``
#: open headlines: :func:`discusses`).
TALK_WORDS = frozenset({"谈", "谈谈"})
#: A reporter's byline (``本报记者 王明``) signs a news story, whose two-part headline a ``谈…`` half may end
#: (``院士走进中学课堂`` / ``谈科学精神与家国情怀``); an opinion piece is signed with the author's name.
REPORTER_WORD = "记者"
#: The title's halves: the headline, one space, the subtitle.
HALVES = 2


def subtitle_half(article: Article, page: Page | None = None) -> Article:
    """``article``, its title's second half made its subtitle when that half opens as a commentary's subtitle
    (:data:`SUBTITLE_OPENING_RE`) and the article has no subtitle yet.

    Before (PyMuPDF, an opinion page): ``非遗传承重在“见人见物见生活”`` / ``谈传统文化的创造性转化`` (the subtitle
    printed without ``——``) gave the title ``非遗传承重在“见人见物见生活” 谈传统文化的创造性转化``; after, the title
    and its subtitle. Not so: a two-part headline (``课后两小时 学校变成“兴趣乐园”``), a title of one phrase, an
    article that has a subtitle, a half opening with a word of ``谈`` (``谈判将于下月…``: :func:`discusses`), and,
    given the ``page``, a title printed in one line (:func:`one_printed_line`) or a reporter's story
    (:func:`reported`).

    >>> mk = lambda t, s=None: Article("a", "p.txt", "0" * 64, t, [], [], subtitle=s)
    >>> a = subtitle_half(mk("非遗传承重在“见人见物见生活” 谈传统文化的创造性转化"))
    >>> (a.title, a.subtitle)
    ('非遗传承重在“见人见物见生活”', '谈传统文化的创造性转化')
    >>> subtitle_half(mk("新农人带来新气象 从青龙村的返乡青年说起")).subtitle
    '从青龙村的返乡青年说起'
    >>> [subtitle_half(mk(t)).subtitle for t in ("课后两小时 学校变成“兴趣乐园”", "谈心谈话要走心", "磋商取得进展 谈判将于下月继续")]
    [None, None, None]
    """
    if article.subtitle is not None:
        return article
    halves = article.title.split(" ")
    if len(halves) != HALVES or not halves[0] or SUBTITLE_OPENING_RE.match(halves[1]) is None:
        return article
    if not discusses(halves[1]) or (page is not None and (one_printed_line(article, page) or reported(article, page))):
        return article
    return replace(article, title=halves[0], subtitle=halves[1])


def discusses(half: str) -> bool:
    """Whether ``half``, opening as :data:`SUBTITLE_OPENING_RE` matches, opens with a verb of discussing: ``谈``
    (after one of :data:`TALK_PREFIXES`) is a word of its own (:data:`TALK_WORDS`,
    :func:`~textclean.clean.lexicon.words_of`), not the first character of ``谈判``, ``谈话``, ``谈心``, ``谈笑``.

    >>> discusses("谈传统文化的创造性转化"), discusses("谈谈新就业形态"), discusses("也谈读书"), discusses("兼论城市更新")
    (True, True, True, True)
    >>> discusses("谈判将于下月在华盛顿继续"), discusses("谈心谈话拉近干群距离"), discusses("谈笑间锁定小组第一")
    (False, False, False)
    """
    core = half[1:] if half[:1] in TALK_PREFIXES else half
    if not core.startswith("谈"):
        return True  # (``兼论…``, ``兼评…``, ``从…说起``)
    words = words_of(core)
    return bool(words) and words[0] in TALK_WORDS


def _lines_of(article: Article, page: Page) -> list[str]:
    """The page's lines ``article`` was read from."""
    last = len(page.lines)
    return [page.lines[n].text for a, b in article.line_spans for n in range(a, min(b + 1, last))]


def one_printed_line(article: Article, page: Page) -> bool:
    """Whether ``article``'s title is one line of the page, its space printed (``代表委员 谈新质生产力``): a
    headline set in one line with a space, not two lines joined (the subtitle is a line of its own).

    >>> from textclean.models import Line
    >>> page = Page("p.txt", "0" * 64, "utf-8", (Line(0, "代表委员 谈新质生产力"), Line(1, "代表委员")))
    >>> mk = lambda t, n: Article("a", "p.txt", "0" * 64, t, [], [(n, n)])
    >>> one_printed_line(mk("代表委员 谈新质生产力", 0), page), one_printed_line(mk("代表委员 谈新质生产力", 1), page)
    (True, False)
    """
    title = "".join(article.title.split())
    return any("".join(t.split()) == title for t in _lines_of(article, page))


def reported(article: Article, page: Page) -> bool:
    """Whether ``article`` is signed by a reporter (a byline line opening with a role word holding
    :data:`REPORTER_WORD`, :data:`~textclean.clean.chardata.BYLINE_ROLE_RE`): a news story, no commentary.

    >>> from textclean.models import Line
    >>> page = Page("p.txt", "0" * 64, "utf-8", (Line(0, "本报记者 王明"), Line(1, "任华春　田建")))
    >>> mk = lambda n: Article("a", "p.txt", "0" * 64, "t", [], [(n, n)])
    >>> reported(mk(0), page), reported(mk(1), page)
    (True, False)
    """
    for text in _lines_of(article, page):
        role = BYLINE_ROLE_RE.match(text.strip())
        if role is not None and REPORTER_WORD in role.group():
            return True
    return False


def subtitle_halves(articles: list[Article], page: Page | None = None) -> list[Article]:
    """Each of ``articles`` with its subtitle read as a title's half parted off (:func:`subtitle_half`)."""
    return [subtitle_half(a, page) for a in articles]
