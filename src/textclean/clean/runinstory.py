"""Whether run-in heads inside a draft part it into a box's pieces or head the sections of one story
(:func:`signed_as_one`, :func:`untitled_box`; asked by :func:`~textclean.clean.articles.runin_articles`).

A box of run-in pieces and a story whose sections open with run-in heads (``产业兴旺　…``, ``生态宜居　…``) look
alike line by line; what tells them apart is the evidence around them: a story is signed once at its end, a box
is labelled.
"""

from __future__ import annotations

from textclean.clean.bylines import RUN_IN_SIGNATURE_RE, closing_names
from textclean.clean.roles import Item
from textclean.models import Article

#: A box of pieces read apart holds at least this many (as :data:`~textclean.clean.runinpieces.MIN_LABELLED_PIECES`).
MIN_BOX_PIECES = 2


def signed_as_one(note_names: list[str], items: list[Item]) -> bool:
    """Whether a closing note at the draft's end (``note_names``: ``（本报记者 李华）``) signs the whole story: it
    names someone, and no line of the body before it carries a signature of its own (a box's briefs are each
    signed at their end, ``…作用。（记者 钱澍）``, the last one's note closing the draft).

    Before (PyMuPDF): a story titled ``山乡新貌`` whose sections open ``产业兴旺　…`` and ``生态宜居　…``, signed
    ``（本报记者 李华）`` at its end, was parted into three items; after, one story by 李华. Not so: no closing note,
    or briefs signed one by one.

    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> body = [mk("走进青山村，村民们笑了。"), mk("产业兴旺\\u3000合作社带动增收。")]
    >>> signed_as_one(["李华"], body), signed_as_one([], body), signed_as_one(["李华"], [*body, mk("新风。（记者 钱澍）")])
    (True, False, False)
    """
    if not note_names:
        return False
    return not any(_signs(it.text.strip()) for it in items)


def _signs(text: str) -> bool:
    """Whether a body line is or ends in a signature naming someone (``（记者 钱澍）``)."""
    run_in = RUN_IN_SIGNATURE_RE.search(text) if text[-1:] in "）)" else None
    return bool(closing_names(text) or (run_in and closing_names(run_in.group(0))))


def untitled_box(article: Article, starts: list[tuple[int, int, str, str]]) -> bool:
    """Whether an untitled draft whose paragraphs open with run-in heads is a box whose items were read apart:
    it has a column (the box's label) and at least :data:`MIN_BOX_PIECES` pieces. Without a label, an untitled
    text so headed is a story's sections (a story continued from another page, ``（上接第一版）``, its title
    printed there), and stays whole.

    >>> art = lambda title="", column=None: Article("a", "p", "", title, [], [], column=column)
    >>> starts = [(0, 0, "产业兴旺", ""), (4, 4, "生态宜居", "")]
    >>> untitled_box(art(column="简讯"), starts), untitled_box(art(), starts), untitled_box(art("标题", "简讯"), starts)
    (True, False, False)
    """
    return not article.title and article.column is not None and len(starts) >= MIN_BOX_PIECES
