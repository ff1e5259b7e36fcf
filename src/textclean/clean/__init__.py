"""Where a page is cleaned: raw bytes -> one page's articles. Pure functions, no I/O, no Prefect.

The modules, in pipeline order:

1. :mod:`~textclean.clean.decode`: bytes -> text (BOM, UTF-8, GB18030, Big5, UTF-16; binary and mojibake refused);
2. :mod:`~textclean.clean.lines`: text -> numbered :class:`~textclean.models.Line` s;
3. :mod:`~textclean.clean.repair`: glyph and digit spacing inside a line;
4. :mod:`~textclean.clean.roles`: lines -> items with roles -> layout elements (headline, byline, body...);
5. :mod:`~textclean.clean.blocks`: a body's lines -> paragraphs, subheadings, attribution lines;
6. :mod:`~textclean.clean.articles`: elements -> :class:`~textclean.models.Article` s, headlines matched
   to bodies by content (:mod:`~textclean.clean.match`);
7. :mod:`~textclean.clean.page`: the whole path for one input, :func:`~textclean.clean.page.clean_page`.

Character classes and regexes live in :mod:`~textclean.clean.chardata`.
"""
