"""An editor's note (``编者按``) -> an article of its own: no title, the label its column, the note its one paragraph.

A page opens a series or a letters page with an editor's note: a box under a ``【编者按】`` line, or a paragraph with
the label run in (``编者按　本版开设的…``). It is the page's word to its readers, no pull quote of the story under it
and no headline: lay16 keeps it as an article with ``title: ""`` and ``column: "编者按"``.
"""

from __future__ import annotations

from dataclasses import replace

from textclean.clean.roles import Element
from textclean.models import Article, Block

#: The words a paper labels its editor's note with (the box markers of
#: :data:`~textclean.clean.restatedbox.BOX_MARKER_WORDS` that speak for the editors).
EDITOR_NOTE_WORDS = frozenset(("编者按", "编后", "编后语", "编者的话"))
#: The brackets and ornaments a note's label is set between (``【编者按】``, ``■编者按``).
LABEL_MARKS = "【】[]■●◆▲ \u3000"


def note_word(text: str) -> str | None:
    """The editor's-note word ``text`` (a label line) is, without its brackets or ornaments, or None.

    >>> note_word("【编者按】"), note_word("■ 编后语"), note_word("【观点】")
    ('编者按', '编后语', None)
    """
    word = text.strip(LABEL_MARKS)
    return word if word in EDITOR_NOTE_WORDS else None


def note_boxes(elements: list[Element]) -> list[Element]:
    """The page's elements, a box under an editor's-note label (``【编者按】`` over its lines) made a column label and
    a body: the note, an article of its own, not the pull quote of the story under it (lay16 PyMuPDF: the label and
    its body made one body instead, recall .951, this way .973).

    Before (PyMuPDF, a letters page): ``【编者按】`` / ``本版开设的“读者来信”栏目，…`` read as a marked box, the pull
    quote of the first letter; after, an untitled article of column ``编者按``. Not so: a ``●观点`` box.

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t: Item(0, t, t, float(len(t)), False, False)
    >>> box = Element("box", [mk("【编者按】"), mk("本版开设读者来信栏目。")], "本版开设读者来信栏目。")
    >>> [e.kind for e in note_boxes([box])], [e.kind for e in note_boxes([replace(box, items=[mk("●观点"), *box.items[1:]])])]
    (['title', 'body'], ['box'])
    """
    out: list[Element] = []
    for el in elements:
        word = note_word(el.items[0].text) if el.kind == "box" and len(el.items) > 1 else None
        if word is None:
            out.append(el)
            continue
        out.append(Element("title", el.items[:1], word))  # (a head of its own: a label would head the story under it)
        out.append(Element("body", el.items[1:]))
    return out


def untitled_notes(article: Article) -> Article:
    """``article`` as an editor's note when its column is an editor's-note word: no title (a title read off the
    label's line, ``编者按　为深入研讨推进`` → title ``为深入研讨推进``, is the note's first words, put back before its text),
    no pull quote, kicker or authors; or when its text opens with the label (``【编者按】本版开设…``, ``编者按　基层是…``:
    :func:`_run_in_note`), whatever title it took (a label or head under the note, read as the note's title); or
    when its title is the label (``【编者按】`` over the note, :func:`note_boxes`). A signed article is a story (a
    run-in note over its byline, ``山村里的新产业`` / ``编者按：…`` / ``本报记者　周涛``): as it is.

    >>> note = Article("a", "s", "h", "为深入研讨推进", [Block("paragraph", "基层治理，本版邀请专家撰文。")], [], column="编者按")
    >>> untitled_notes(note).title, untitled_notes(note).blocks[0].text
    ('', '为深入研讨推进基层治理，本版邀请专家撰文。')
    >>> boxed = Article("a", "s", "h", "●读者来信●", [Block("paragraph", "【编者按】本版开设读者来信栏目。")], [])
    >>> untitled_notes(boxed).title, untitled_notes(boxed).column, untitled_notes(boxed).blocks[0].text
    ('', '编者按', '本版开设读者来信栏目。')
    >>> signed = replace(boxed, title="山村里的新产业", authors=["周涛"])
    >>> untitled_notes(signed) is signed, untitled_notes(replace(boxed, title="【编者按】")).column
    (True, '编者按')
    """
    blocks = list(article.blocks)
    if (word := note_word(article.title)) is not None:
        return replace(article, title="", column=word, kicker=None, pull_quote=None, authors=[])
    if article.authors:
        return article  # (a signed story under a note: ``title`` / ``编者按：…`` / ``本报记者 …`` / its text)
    if article.column is None and blocks:
        labelled = _run_in_note(article)
        if labelled is not article:
            return replace(labelled, title="", kicker=None, pull_quote=None, authors=[])
    if article.column not in EDITOR_NOTE_WORDS:
        return article
    if article.title and blocks and blocks[0].kind == "paragraph":
        blocks[0] = Block("paragraph", article.title + blocks[0].text)
    elif article.title:
        blocks.insert(0, Block("paragraph", article.title))
    return replace(article, title="", blocks=blocks, kicker=None, pull_quote=None, authors=[])


#: What may follow a note's label run in before its text: a colon, white space (gone once the text is cleaned).
RUN_IN_MARKS = "：:　 "


def _run_in_note(article: Article) -> Article:
    """``article`` (untitled, no column) with the editor's-note label run in at its text's start (``编者按　基层是…``)
    made its column, out of the text; ``article`` as it is when its text opens otherwise.

    >>> note = Article("a", "s", "h", "", [Block("paragraph", "编者按：基层是落脚点。")], [])
    >>> _run_in_note(note).column, _run_in_note(note).blocks[0].text
    ('编者按', '基层是落脚点。')

    Not a label: the word a sentence speaks of, a mark of its clause after it (``编者按，是编辑写给读者的话。``).

    >>> said = Article("a", "s", "h", "", [Block("paragraph", "编者按，是编辑写给读者的话。")], [])
    >>> _run_in_note(said) is said
    True
    """
    first = article.blocks[0]
    opening = first.text.lstrip(LABEL_MARKS)
    word = next((w for w in EDITOR_NOTE_WORDS if opening.startswith(w)), None)
    if word is None or first.kind != "paragraph" or len(opening) <= len(word) or _runs_on(opening[len(word)]):
        return article
    text = opening[len(word) :].lstrip(RUN_IN_MARKS + LABEL_MARKS)
    return replace(article, column=word, blocks=[Block("paragraph", text), *article.blocks[1:]])


def _runs_on(char: str) -> bool:
    """Whether ``char``, after an editor's-note word, goes on with a sentence speaking of it: a clause's or a
    sentence's mark, a closing quote (``编者按，是…``, ``“编者按”里…``), where a label is followed by a colon, a space or
    its text.

    >>> _runs_on("，"), _runs_on("”"), _runs_on("："), _runs_on("基")
    (True, True, False, False)
    """
    return char in RUNS_ON_MARKS


#: The marks after an editor's-note word that speak of the word in a sentence, not a label's.
RUNS_ON_MARKS = "，、。；！？”’）)》"


def untitled_notes_over(articles: list[Article]) -> list[Article]:
    """The page's ``articles``, each an editor's note when it is one (:func:`untitled_notes`); the headline read over
    a run-in note (``山村里的新产业`` / ``编者按：今年以来…`` / ``本报记者　周涛`` / its text) handed to the story under
    it when that one took none: a note is untitled, the story it introduces is not.

    >>> note = Article("a", "s", "h", "山村里的新产业", [Block("paragraph", "编者按：本报推出系列报道。")], [])
    >>> story = Article("b", "s", "h", "", [Block("paragraph", "清晨的青山村。")], ["周涛"])
    >>> [(a.title, a.column) for a in untitled_notes_over([note, story])]
    [('', '编者按'), ('山村里的新产业', None)]
    """
    out = [untitled_notes(a) for a in articles]
    for k in range(1, len(out)):
        was, story = out[k - 1], out[k]
        if story.authors and story.column in EDITOR_NOTE_WORDS and not (was.title or was.column or was.authors):
            out[k - 1], out[k] = replace(was, column=story.column), replace(story, column=None)
    for k in range(len(out) - 1):
        was, now, under = articles[k], out[k], out[k + 1]
        if was.title and not now.title and now.column != was.column and not under.title and not under.column:
            out[k + 1] = replace(under, title=was.title, kicker=under.kicker or was.kicker)
    return out
