"""How long a crafted page of many headlines takes to clean: the issue's "1,600 headlines in seconds".

    .venv/bin/python bench/many_headlines.py [--headlines 200 400 800 1600] [--repeat R]

Each page is N blocks of a 12-character headline, a byline and three body
lines (blank lines between, as pdfminer sets them), built from the gold
articles in ``tests/fixtures/gold`` by ``tests/clean/test_many_headlines.py``
(1,600 blocks: about 400 KB). Prints, per page: headlines, KB, the parts it is
cleaned in (:func:`textclean.clean.page.page_parts`: one part up to
:data:`~textclean.clean.page.MANY_LINES` non-blank lines, else windows of
:data:`~textclean.clean.page.TITLES_PER_WINDOW` titles), articles, and the
best of R timings of ``clean_page``. Asserts nothing (timings depend on the machine).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from textclean.clean.lines import split_lines
from textclean.clean.page import clean_page, form_feed_lines, page_parts

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "clean"))
from test_many_headlines import many_headlines_page  # the test's page, built the same way


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--headlines", type=int, nargs="+", default=[200, 400, 800, 1600])
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    for n in args.headlines:
        data = many_headlines_page(n)
        text = data.decode()
        parts = len(page_parts(split_lines(text), form_feed_lines(text)))
        best, articles = float("inf"), 0
        for _ in range(args.repeat):
            started = time.perf_counter()
            articles = len(clean_page("headlines.txt", data).articles)
            best = min(best, time.perf_counter() - started)
        print(
            f"{n:5d} headlines  {len(data) / 1024:6.0f} KB  {parts:3d} part(s)  {articles:5d} articles  {best:6.2f} s"
        )


if __name__ == "__main__":
    main()
