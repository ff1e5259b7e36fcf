"""A commentary's subtitle read as the second half of a two-part title: the half that opens as a subtitle does.

PyMuPDF gives a title and the subtitle printed under it without ``——`` as two headline lines set tight, the shape
of a two-part headline's halves (:mod:`~textclean.clean.measures` joins them with a space); nothing in the text's
shape tells them apart. Its words do: an opinion piece's subtitle says what the piece discusses or where it sets
out from (``谈…``, ``兼论…``, ``从…说起``), which a headline's half never opens with.
"""

from __future__ import annotations

import re
from dataclasses import replace

from textclean.clean.chardata import HAN
from textclean.models import Article

#: How a commentary's subtitle opens, the dashes dropped: a verb of discussing (``谈…``, ``谈谈…``, ``也谈…``,
#: ``浅谈…``, ``兼论…``, ``兼评…``) before the topic, or ``从…说起`` ("starting from …") whole. Of the dev pages'
#: two-part titles (seven families, dev split: 68 on the devpages, 162 on the others) no half opens so; of the
#: opinion family's 54 subtitles, 28 do.
SUBTITLE_OPENING_RE = re.compile(f"^(?:(?:谈谈?|也谈|再谈|浅谈|兼论|兼评)[{HAN}“《]|从[^ ]{{2,16}}说起$)")
#: The title's halves: the headline, one space, the subtitle.
HALVES = 2


def subtitle_half(article: Article) -> Article:
    """``article``, its title's second half made its subtitle when that half opens as a commentary's subtitle
    (:data:`SUBTITLE_OPENING_RE`) and the article has no subtitle yet.

    Before (PyMuPDF, an opinion page): ``非遗传承重在“见人见物见生活”`` / ``谈传统文化的创造性转化`` (the subtitle
    printed without ``——``) gave the title ``非遗传承重在“见人见物见生活” 谈传统文化的创造性转化``; after, the title
    and its subtitle. Not so: a two-part headline (``课后两小时 学校变成“兴趣乐园”``), a title of one phrase, or an
    article that has a subtitle.

    >>> mk = lambda t, s=None: Article("a", "p.txt", "0" * 64, t, [], [], subtitle=s)
    >>> a = subtitle_half(mk("非遗传承重在“见人见物见生活” 谈传统文化的创造性转化"))
    >>> (a.title, a.subtitle)
    ('非遗传承重在“见人见物见生活”', '谈传统文化的创造性转化')
    >>> subtitle_half(mk("新农人带来新气象 从青龙村的返乡青年说起")).subtitle
    '从青龙村的返乡青年说起'
    >>> [subtitle_half(mk(t)).subtitle for t in ("课后两小时 学校变成“兴趣乐园”", "谈心谈话要走心")]
    [None, None]
    """
    if article.subtitle is not None:
        return article
    halves = article.title.split(" ")
    if len(halves) != HALVES or not halves[0] or SUBTITLE_OPENING_RE.match(halves[1]) is None:
        return article
    return replace(article, title=halves[0], subtitle=halves[1])


def subtitle_halves(articles: list[Article]) -> list[Article]:
    """Each of ``articles`` with its subtitle read as a title's half parted off (:func:`subtitle_half`)."""
    return [subtitle_half(a) for a in articles]
