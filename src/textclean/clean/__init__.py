"""Where a page is cleaned: raw bytes -> one page's articles. Pure functions, no I/O, no Prefect.

The modules, in pipeline order:

1. :mod:`~textclean.clean.decode`: bytes -> text (BOM, UTF-8, GB18030, Big5, UTF-16; binary and mojibake refused);
2. :mod:`~textclean.clean.lines`: text -> numbered :class:`~textclean.models.Line` s;
3. :mod:`~textclean.clean.repair`: glyph and digit spacing inside a line;
4. :mod:`~textclean.clean.roles`: lines -> items with a role from their shape (marker, column label, byline,
   note, attribution, text); the item and element records and their kinds;
5. :mod:`~textclean.clean.layout`: items -> layout elements in page order (box, note, byline, column label,
   title, subtitle, body), wrapped headlines joined again (:mod:`~textclean.clean.wrapped`, with the words across
   a break read by :mod:`~textclean.clean.lexicon`);
6. :mod:`~textclean.clean.assign`: headline material given to the bodies it belongs to (grouped into drafts by
   :mod:`~textclean.clean.drafts`), by structure, by content (:mod:`~textclean.clean.match`) and leftovers;
7. :mod:`~textclean.clean.blocks`: a body's lines -> paragraphs, subheadings (found by
   :mod:`~textclean.clean.subheads`), attribution lines;
8. :mod:`~textclean.clean.articles`: bodies and their headlines -> :class:`~textclean.models.Article` s;
9. :mod:`~textclean.clean.page`: the whole path for one input, :func:`~textclean.clean.page.clean_page`.

What the rules share: :mod:`~textclean.clean.typesetting` (how a column is set: indent, full lines,
headline width, banner lines, each threshold with its reason) and :mod:`~textclean.clean.chardata`
(character classes, widths and regexes).
"""
