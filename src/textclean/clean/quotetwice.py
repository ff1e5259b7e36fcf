"""A pull quote printed without a label: a short paragraph the article's text says again, word for word.

A paper sets a sentence lifted from the story between rules, in larger type, inside the story's columns, often with
no label (``●观点``) over it. The extractor reads the box's lines where it stands, between two of the story's
paragraphs, so it reads as a paragraph of its own; but the sentence is also printed in its place in the story. A
paragraph of one to :data:`MAX_QUOTE_SENTENCES` sentences that the rest of the article's text holds word for word is
that box: it is the pull quote, and not the body's text a second time.
"""

from __future__ import annotations

from dataclasses import replace

from textclean.clean.captions import SENTENCE_MARK_RE
from textclean.clean.chardata import ends_sentence
from textclean.models import Article, Block, Page

#: A pull quote holds at least this many characters (white space dropped): a shorter paragraph said again is a
#: phrase a story may well repeat (``我们一定能做到。``). Ten lets in the front pages' short quotes (``作风建设永远在
#: 路上。``, ``就业是最基本的民生。``: PyMuPDF pull quotes .911 -> .926 there, a blind family's .847 -> .858, no
#: other corpus changed; 12 before).
MIN_QUOTE_CHARS = 10
#: Quotation marks, not counted to :data:`MIN_QUOTE_CHARS`: a short quoted reply on its own line, said again later
#: (``“我一定能走出大山！”``), is a feature's dialogue, no box (10 with its marks; the front pages' quotes hold none).
QUOTATION_MARKS = "“”‘’「」『』\"'"
#: ... and at most this many: a quote is a sentence or two, set large in a column; a longer paragraph said twice is
#: the extractor's repeat or the writer's, not a box.
MAX_QUOTE_CHARS = 90
#: ... in at most this many sentences.
MAX_QUOTE_SENTENCES = 2
#: The marks that introduce what follows (``…开门见山地说：``): a paragraph after one is the text's displayed sentence.
INTRODUCING_MARKS = "：:"


def flat(text: str) -> str:
    """``text`` without white space."""
    return "".join(text.split())


def quote_printed_twice(article: Article, page: Page | None = None) -> Article:
    """``article`` with its unlabelled pull quote taken out of the body (:mod:`~textclean.clean.quotetwice`): the
    first paragraph of :data:`MIN_QUOTE_CHARS` to :data:`MAX_QUOTE_CHARS` characters and at most
    :data:`MAX_QUOTE_SENTENCES` sentences, ending one, that the article's other blocks hold word for word. It becomes
    the pull quote (when the article has none, or has that one); the paragraphs around it are one paragraph again
    where the one before it stops inside a sentence (the box was set inside it).

    Before (PyMuPDF, a front page): ``…汽车以旧换新申请超过3.6万份。`` / ``扩大消费关键是提高居民消费能力和意愿。`` /
    ``一、补贴范围扩大`` … with the sentence again in a later paragraph made the quote a paragraph; after, it is the
    pull quote. Not taken: a paragraph said once, a short refrain (``我们一定能做到。``), a long paragraph; the
    article's first paragraph (a lede that a quote later repeats, ``“有了这条路，日子就有奔头了。”``), a paragraph
    printed alone again (an essay's refrain), one a colon introduces (``…开门见山地说：`` / ``发展是第一要务，人才是
    第一资源。``) (review RL).

    >>> P = lambda t: Block("paragraph", t)
    >>> quote = "扩大消费关键是提高居民消费能力和意愿。"
    >>> a = Article("a", "s", "h", "题", [P("今年以来，补贴带动销售。"), P(quote), P("专家认为，" + quote + "下一步还要加力。")], [])
    >>> b = quote_printed_twice(a)
    >>> b.pull_quote, [x.text for x in b.blocks]
    ('扩大消费关键是提高居民消费能力和意愿。', ['今年以来，补贴带动销售。', '专家认为，扩大消费关键是提高居民消费能力和意愿。下一步还要加力。'])
    >>> quote_printed_twice(replace(a, blocks=a.blocks[:2])).pull_quote is None  # (said once)
    True
    >>> c = quote_printed_twice(Article("a", "s", "h", "题", [P("他说：“我们"), P(quote), P("一定能做到。”" + quote)], []))
    >>> [x.text for x in c.blocks]
    ['他说：“我们一定能做到。”扩大消费关键是提高居民消费能力和意愿。']
    >>> lede = "“有了这条路，日子就有奔头了。”"
    >>> quote_printed_twice(Article("a", "s", "h", "题", [P(lede), P("谈起今后，张大爷笑着说：" + lede)], [])).pull_quote
    >>> said = quote_printed_twice(Article("a", "s", "h", "题", [P("书记开门见山地说："), P(quote), P("他表示，" + quote)], []))
    >>> said.pull_quote, len(said.blocks)
    (None, 3)
    >>> refrain = [P("开头。"), P(quote), P("中间的话。"), P(quote), P("又说：" + quote)]
    >>> quote_printed_twice(Article("a", "s", "h", "题", refrain, [])).pull_quote
    """
    blocks = article.blocks
    if len(blocks) < 2:
        return article
    flats = [flat(b.text) for b in blocks]
    for k, (block, text) in enumerate(zip(blocks, flats, strict=True)):
        if k == 0 or not _quote_shaped(block, text) or (article.pull_quote and flat(article.pull_quote) != text):
            continue  # (an article's first paragraph is its lede, said again later or not: review RL)
        if blocks[k - 1].text.rstrip()[-1:] in INTRODUCING_MARKS or text in flats[:k] + flats[k + 1 :]:
            continue  # (a sentence a colon introduces is the text's own; a paragraph printed alone again, a refrain)
        if text not in "".join(flats[:k] + flats[k + 1 :]) or (page is not None and _indented_on(page, text)):
            continue  # (said once; or printed as a paragraph, its first line indented where the page shows indents)
        kept = blocks[:k] + blocks[k + 1 :]
        if 0 < k < len(blocks) - 1 and _runs_on(blocks[k - 1], blocks[k + 1]):
            kept = [*blocks[: k - 1], Block("paragraph", blocks[k - 1].text + blocks[k + 1].text), *blocks[k + 2 :]]
        return replace(article, blocks=kept, pull_quote=article.pull_quote or block.text)
    return article


#: The characters of a quote's opening looked for among the page's lines (:func:`_indented_on`).
OPENING_CHARS = 6


def _indented_on(page: Page, text: str) -> bool:
    """Whether the page prints the line that opens ``text`` indented (white space before it, as pdftotext or OCR
    keep a paragraph's indent): a paragraph of the text, not a box, whose first line is set flush.

    >>> from textclean.models import Line
    >>> page = Page("p.txt", "0" * 64, "utf-8", (Line(0, "　　“留在家乡，一样能干出"), Line(1, "一番事业。”")))
    >>> _indented_on(page, "“留在家乡，一样能干出一番事业。”"), _indented_on(page, "别的话。")
    (True, False)
    """
    opening = text[:OPENING_CHARS]
    return any(ln.text[:1].isspace() and flat(ln.text).startswith(opening) for ln in page.lines)


_UNQUOTED = str.maketrans("", "", QUOTATION_MARKS)


def _quote_shaped(block: Block, text: str) -> bool:
    """Whether a block may be a pull quote's box: a paragraph of the quote's length (its quotation marks not counted)
    and sentences, ending one.

    >>> _quote_shaped(Block("paragraph", ""), "作风建设永远在路上。"), _quote_shaped(Block("paragraph", ""), "“我一定能走出大山！”")
    (True, False)
    >>> _quote_shaped(Block("paragraph", ""), "作风建设" * 30 + "。")  # (too long: its marks are never counted)
    False
    """
    return (
        block.kind == "paragraph"
        and MIN_QUOTE_CHARS <= len(text) <= MAX_QUOTE_CHARS  # (the cheap test first: most paragraphs are longer)
        and MIN_QUOTE_CHARS <= len(text.translate(_UNQUOTED))
        and len(SENTENCE_MARK_RE.findall(text)) <= MAX_QUOTE_SENTENCES
        and ends_sentence(text)
    )


def _runs_on(before: Block, after: Block) -> bool:
    """Whether the paragraph ``before`` a box stops inside a sentence that ``after`` goes on with (not at a closing
    quote nor a colon: a sentence may end so)."""
    last = before.text.rstrip()[-1:]
    return (
        before.kind == after.kind == "paragraph"
        and not ends_sentence(before.text)
        and last not in "”’」』" + INTRODUCING_MARKS
    )
