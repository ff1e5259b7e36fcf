"""How each page was cleaned, for people: ``textclean review`` (pure, no Prefect).

* :mod:`~textclean.review.trace`: every raw line of a page -> the article it went to and the role it got
  (title, kicker, byline, paragraph, ... or dropped);
* :mod:`~textclean.review.gold`: predicted articles matched to hand-checked gold ones by body content;
  a score per article, the fields that differ, the gold articles missed;
* :mod:`~textclean.review.html`: one self-contained HTML file (:mod:`~textclean.review.assets`: its CSS and
  JavaScript) that shows one page at a time: raw lines tinted by article beside the articles built from them.
"""
