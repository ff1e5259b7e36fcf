"""Pull quotes placed by position before the titles: a box set over the body that quotes it."""

from __future__ import annotations

from textclean.clean.drafts import Draft
from textclean.clean.match import BigramIdf, containment
from textclean.clean.units import Unit

#: A pull quote is placed when the body right below it restates at least this share of it (near verbatim: a box
#: quotes its own article; a looser echo is a shared phrase of one report's excerpts).
ANCHOR_BOX_CONTAINMENT = 0.9
#: ... and no other body restates more than this share of it (a box two bodies quote waits for the content pass).
MAX_OTHER_CONTAINMENT = 0.2
#: ... and the title set right above the box, if any, covers the quoted body at least this share of its best body's
#: cover (:meth:`~textclean.clean.match.BigramIdf.coverage`): a head shares a few words with its own body (gov-1981-02's
#: lower title covers the body its box quotes 0.13 against 0.58 for the other); a neighbour's title over a box quoting
#: another story's second column shares none of them, and is left to the words.
MIN_ANCHORED_TITLE_SHARE = 0.1
#: ... when its best body it covers at least this much: a title sharing less with every body (a figurative head,
#: ``春风化雨``) names none clearly, and the box's place stands (case 17's after-school title covers its body 0.41).
MIN_CLEAR_TITLE_COVER = 0.3


def boxes_quoting_body_below(units: list[Unit], drafts: list[Draft], where: dict[int, int], idf: BigramIdf) -> None:
    """A pull-quote unit set directly above a body that restates it near verbatim, and no other body does, goes to
    that body (``where``: element index -> draft), before titles are matched by content.

    It then marks its place: a title set right above it is set above its article (:data:`~textclean.clean.assign.
    CHAIN_BONUS`), where a box between a title and its body left the title no position evidence and the words of
    one report's excerpts (sharing their vocabulary) chose. Before (pdfminer, devpages gov-1981-02): ``提高能源的利用效率``
    / ``有重点有步骤地进行技术改造`` / a box quoting the reform body / that body: the lower title went to the energy
    body, which shares its words; after, it heads the body its box quotes, the upper title the other. A box over a
    body it does not quote (two boxes stacked, read in another order than their bodies) places nothing, nor one
    under a title whose words name another body (:func:`title_names_other_body`): ``课后服务解家长之忧`` / a box
    quoting the housing story's second column / that column / the after-school story stays the after-school title.
    """
    bodies = [d.body_text() for d in drafts]
    for u in units:
        box, below = u.get("box"), where.get(u.end + 1)
        if u.draft is not None or box is None or u.kinds() != {"box"} or below is None:
            continue
        shares = [containment(box.text, b) for b in bodies]
        others = max((s for k, s in enumerate(shares) if k != below), default=0.0)
        if shares[below] >= ANCHOR_BOX_CONTAINMENT and others <= MAX_OTHER_CONTAINMENT:
            if not title_names_other_body(units, u, below, idf):
                u.draft = below


def title_names_other_body(units: list[Unit], box: Unit, below: int, idf: BigramIdf) -> bool:
    """Whether the title set right above the ``box`` unit covers body ``below`` less than
    :data:`MIN_ANCHORED_TITLE_SHARE` of its best body's cover, itself at least :data:`MIN_CLEAR_TITLE_COVER`: its
    words name another story.

    >>> from textclean.clean.roles import Element, Item
    >>> mk = lambda kind, t, at: Unit([Element(kind, [Item(at, t, t, 1.0, True, True)], t)], at, at)
    >>> units = [mk("title", "课后服务解家长之忧", 0), mk("box", "问需于民", 1)]
    >>> idf = BigramIdf(["社区坚持问需于民", "课后服务解了家长之忧"])
    >>> title_names_other_body(units, units[1], 0, idf), title_names_other_body(units, units[1], 1, idf)
    (True, False)
    """
    for v in units:
        title = v.get("title") if v.end + 1 == box.start else None
        if title is not None:
            best = max(idf.coverage(title.text, d) for d in range(idf.n))
            return best >= MIN_CLEAR_TITLE_COVER and idf.coverage(title.text, below) < MIN_ANCHORED_TITLE_SHARE * best
    return False
