"""Articles from a page: a title from the body's first line (``textclean.clean.articles``)."""

from __future__ import annotations

from helpers import articles_of


def test_a_body_left_without_a_headline_takes_its_first_line_when_it_reads_as_one() -> None:
    # the first line is much shorter than a paragraph's first line (the column less the indent): no body line
    # is so short without ending a sentence, and no headline is left for this body: it is the title
    body = ("产业工人是推动高质量发展的重要力量，要深", "化产业工人队伍建设改革，畅通技能人才成长", "通道。")
    (article,) = articles_of("推动产业工人队伍建设", *body)
    assert article.title == "推动产业工人队伍建设"
    assert [b.text for b in article.blocks] == ["".join(body)]


def test_a_titleless_body_keeps_a_first_line_as_wide_as_a_paragraphs_first_line() -> None:
    # exactly as wide as a paragraph's first line above a full line: the body's own first line (on the devpages
    # 80 times in 86); the article keeps it and is written untitled
    body = (
        "推动产业工人队伍建设改革走深走实了",
        "产业工人是推动高质量发展的重要力量，要深",
        "化产业工人队伍建设改革，畅通技能人才成长",
        "通道。",
    )
    (article,) = articles_of(*body)
    assert article.title == ""
    assert "".join(b.text for b in article.blocks) == "".join(body)


def test_a_first_line_ending_no_sentence_over_a_paragraphs_indented_first_line_is_the_title() -> None:
    # PyMuPDF's text of devpages gov-1998-01 (tests/pages/devpages): the body cut where the measure changes opens
    # with the title 关于1998年政府工作的建议 (12 em) over the paragraph's first line 1998年是全面贯彻中国共
    # (11 em, the indent short of the 14 em column, a full line under it). As wide as a paragraph's first line,
    # the title stood as the body's first line; it ends no sentence, so it ends no paragraph: it is a head.
    import json
    from pathlib import Path

    from textclean import clean_page

    root = Path(__file__).resolve().parents[1] / "pages" / "devpages"
    gold = json.loads((root / "gold" / "gov-1998-01.json").read_text(encoding="utf-8"))["articles"]
    page = root / "pymupdf" / "gov-1998-01.txt"
    got = [a.to_record() for a in clean_page(page.name, page.read_bytes()).articles]
    assert "关于1998年政府工作的建议" in [a["title"] for a in got]
    assert all(not a["body"].startswith("关于1998年政府工作的建议") for a in got)
    assert "关于1998年政府工作的建议" in [a["title"] for a in gold]


def test_an_untitled_bodys_one_unnumbered_subheading_is_its_title() -> None:
    # devpages cpc-15-04 (PyMuPDF) and gov-1958-02 (pdfminer): the extractor read a title after its body's first
    # lines, where it stands as a subheading; the article, no headline matched to it, was written untitled. A text
    # parted into sections is parted more than once, or numbered: one unnumbered subheading is its title.
    import json
    from pathlib import Path

    from textclean import clean_page

    root = Path(__file__).resolve().parents[1] / "pages" / "devpages"
    for ext, name, titles in (
        ("pymupdf", "cpc-15-04", ("推进祖国和平统一", "面向新世纪的中国共产党")),
        ("pdfminer", "gov-1958-02", ("关于文化教育",)),
    ):
        gold = {a["title"]: a for a in json.loads((root / "gold" / f"{name}.json").read_text("utf-8"))["articles"]}
        page = root / ext / f"{name}.txt"
        got = {a.title: a for a in clean_page(page.name, page.read_bytes()).articles}
        for title in titles:
            assert title in gold and title in got, (name, title)
            assert got[title].blocks[0].text[:10] == gold[title]["blocks"][0]["text"][:10]
            assert title not in [b.text for b in got[title].blocks]


def test_an_untitled_body_with_several_unnumbered_subheadings_stays_untitled() -> None:
    # negative: subheadings that part a text more than once are its sections, not its title
    from textclean.clean.articles import title_from_sole_heading
    from textclean.models import Block

    blocks = [Block("paragraph", "甲。"), Block("heading", "鼓励企业承担主体责任"), Block("paragraph", "乙。")]
    assert title_from_sole_heading(blocks)[0] == "鼓励企业承担主体责任"
    blocks += [Block("heading", "畅通技能人才职业发展通道"), Block("paragraph", "丙。")]
    assert title_from_sole_heading(blocks) == ("", blocks)


def test_a_titleless_body_keeps_a_first_line_of_running_text() -> None:
    # a first line with a comma is running text: the article keeps it (and is written untitled)
    body = ("产业工人是推动高质量发展的重要，力量", "化产业工人队伍建设改革，畅通技能人才成长", "通道。")
    (article,) = articles_of(*body)
    assert article.title == ""
    assert [b.text for b in article.blocks] == ["".join(body)]


def test_authors_of_a_byline_leave_out_the_role_words() -> None:
    body = ("产业工人是推动高质量发展的重要力量，要深", "化产业工人队伍建设改革，畅通技能人才成长", "通道。")
    (article,) = articles_of("推动产业工人队伍建设改革", "本报记者 柳朗澜 冯琪黛", *body)
    assert article.title == "推动产业工人队伍建设改革"
    assert article.authors == ["柳朗澜", "冯琪黛"]
    # negative: a byline of names alone gives every name
    (article,) = articles_of("推动产业工人队伍建设改革", "柳朗澜 冯琪黛", *body)
    assert article.authors == ["柳朗澜", "冯琪黛"]


BODY_A = ("产业工人是推动高质量发展的重要力量，要深", "化产业工人队伍建设改革，畅通技能人才成长", "通道。")
BODY_B = ("要把学习宣传贯彻改革精神作为首要任务，在全", "面学习、全面把握、全面落实上下功夫，推动工", "作落地。")


def test_a_closing_name_in_brackets_is_the_author_not_a_title() -> None:
    # ``（蒋悦哲）`` closes the article: its author, no note (it was read as text, then as a title)
    (article,) = articles_of("推动产业工人队伍建设改革", *BODY_A, "（蒋悦哲）")
    assert (article.title, article.authors, article.author_note) == ("推动产业工人队伍建设改革", ["蒋悦哲"], None)
    # negative: a bracketed phrase that is no name stays text of the article
    (article,) = articles_of("推动产业工人队伍建设改革", *BODY_A, "（完）")
    assert article.authors == []


def test_a_byline_after_the_last_body_is_that_bodys() -> None:
    # the extractor moved the second article's byline after its body: it went to the page's first article
    arts = articles_of(
        "推动产业工人队伍建设改革", *BODY_A, "（作者单位：某某大学）", "学习宣传贯彻改革精神", *BODY_B, "柳朗澜"
    )
    assert [a.authors for a in arts] == [[], ["柳朗澜"]]
    # negative: a byline directly above a body stays with that body
    arts = articles_of(
        "推动产业工人队伍建设改革", *BODY_A, "（作者单位：某某大学）", "学习宣传贯彻改革精神", "柳朗澜", *BODY_B
    )
    assert [a.authors for a in arts] == [[], ["柳朗澜"]]


def test_a_titleless_body_keeps_a_short_first_line_whose_words_carry_on() -> None:
    # 开 / 放: the word runs across the break, so the short first line is the text's, not a title
    body = ("扩大高水平对外开", "放，推动贸易和投资自由化便利化，建设更高", "水平开放型经济新体制。")
    (article,) = articles_of(*body)
    assert article.title == ""
    assert "".join(b.text for b in article.blocks) == "".join(body)
    # negative: the same line ending where a word ends is the body's title
    (article,) = articles_of("扩大高水平对外开放", *body[1:])
    assert article.title == "扩大高水平对外开放"


def test_line_spans_hold_the_lines_an_article_was_built_from_not_those_read_between_them() -> None:
    # pdfminer's text of devpages gov-1959-02: a quote read line by line with the column beside it; the box keeps
    # raw lines 0, 2, 6, 10, 14 (its marker and its own lines), not the column's 4, 8, 12 between them
    from textclean.clean.articles import _spans
    from textclean.clean.roles import Element, Item
    from textclean.models import Line, Page

    texts = [
        "●观 点",
        "巩固同苏联的团结，巩固",
        "第一，在工商业方面",
        "同一切社会主义国家的团",
        "代替了生产资料的",
        "结，这是我国的根本方",
        "而基本上解决了",
        "针。",
    ]
    page: list[Line] = []
    for t in texts:
        page += [Line(len(page), t), Line(len(page) + 1, "")]
    box = Element("box", [Item(k, texts[k // 2], texts[k // 2], 10.0, True, True) for k in (0, 2, 6, 10, 14)])
    whole = Page("p.txt", "0" * 64, "utf-8", tuple(page))
    assert _spans(whole, [box]) == [(0, 2), (6, 6), (10, 10), (14, 14)]
    # negative: an element whose lines follow one another, blank lines between, is one span
    body = Element("body", [Item(k, texts[k // 2], texts[k // 2], 10.0, True, True) for k in (4, 6, 8)])
    assert _spans(whole, [body]) == [(4, 8)]


def test_a_title_read_beside_another_column_of_the_article_above_goes_to_the_body_of_the_measure_no_title_has() -> None:
    # pdftotext's text of devpages gov-1957-01: 关于社会主义建设 was read between two 13 em columns of the article
    # above (关于社会主义革命, 13 em too), so it headed that article's second column, and its own body (32 em, a
    # measure no titled body had) was written untitled; the second column then stood as an article of its own.
    import json
    from pathlib import Path

    from textclean import clean_page

    root = Path(__file__).resolve().parents[1] / "pages" / "devpages"
    gold = {a["title"]: a for a in json.loads((root / "gold" / "gov-1957-01.json").read_text("utf-8"))["articles"]}
    page = root / "pdftotext" / "gov-1957-01.txt"
    got = {a.title: a for a in clean_page(page.name, page.read_bytes()).articles}
    assert sorted(got) == sorted(gold)  # (three articles, each titled)
    for title in ("关于社会主义建设", "关于社会主义革命"):
        assert got[title].blocks[0].text[:10] == gold[title]["blocks"][0]["text"][:10]
    assert "1956年，由于城市和乡村的" in "".join(b.text for b in got["关于社会主义革命"].blocks)


def test_a_first_line_of_two_clauses_over_a_paragraphs_first_line_is_the_title() -> None:
    # devpages gov-1992-01 (pdfminer): the title 抓紧有利时机，加快经济发展 holds a comma, so it was no headline-like
    # line; over the paragraph's first line (the column less its indent, a full line under it) it is the title
    body = (
        "现在，我国国内条件具备，国际环境有",
        "利，再加上发挥社会主义制度能够集中力量办",
        "大事的优势，在今后现代化建设的长过程中，",
        "出现若干个发展速度比较快、效益比较好的阶",
        "段，是必要的，也是能够办到的。机不可失，",
    )
    above = ("些问题有些是多年积累下来的，有些", "是近年来产生的，是现实经济生活中", "诸多矛盾的综合反映。我们必须作长")
    above += ("期坚持不懈的努力，通过深化改革、", "扩大开放和加快经济的发展，使这些", "问题逐步得到解决。")
    titles = [a.title for a in articles_of("关于经济形势", *above, "抓紧有利时机，加快经济发展", *body)]
    assert titles == ["关于经济形势", "抓紧有利时机，加快经济发展"]
    # negative: a numbered subheading of two clauses stays in the body
    titles = [a.title for a in articles_of("关于经济形势", *above, "第七，积极推进政府机构改革", *body)]
    assert "第七，积极推进政府机构改革" not in titles


def test_numbered_sections_read_out_of_order_are_put_back_in_the_order_of_their_numbers() -> None:
    # pdfminer's text of devpages cpc-18-05 reads the columns of one article out of order, and with them its
    # numbered sections: （一）, （三）, （二）
    page = (
        "大力推进生态文明建设",
        "建设生态文明，是关系人民福祉、关乎民族未来的长远大计。",
        "（一）优化国土空间开发格局。",
        "国土是生态文明建设的空间载体，要珍惜每一寸国土。",
        "（三）加大自然生态系统和环境保护力度。",
        "良好生态环境是人和社会持续发展的根本基础。",
        "（二）全面促进资源节约。",
        "节约资源是保护生态环境的根本之策。",
    )
    (article,) = articles_of(*page)
    heads = [b.text[:3] for b in article.blocks if b.kind == "heading"]
    assert heads == ["（一）", "（二）", "（三）"]
    assert article.blocks[-1].text == "良好生态环境是人和社会持续发展的根本基础。"
    # negative: numbers with a gap (a section left out of the excerpt) stay in the order read
    gap = [t.replace("（三）", "（四）") for t in page]
    (article,) = articles_of(*gap)
    assert [b.text[:3] for b in article.blocks if b.kind == "heading"] == ["（一）", "（四）", "（二）"]


def test_the_paragraph_read_right_above_the_first_section_under_another_closes_the_opening() -> None:
    # pdfminer's text of devpages cpc-19-07 reads 建设高素质专业化干部队伍 as: opening / （五） / its text /
    # the opening's last paragraph / （四） / its text; by numbers alone that paragraph stayed under （五）
    import json
    from pathlib import Path

    from textclean import clean_page

    root = Path(__file__).resolve().parents[1] / "pages" / "devpages"
    title = "建设高素质专业化干部队伍"
    (gold,) = [
        a for a in json.loads((root / "gold" / "cpc-19-07.json").read_text("utf-8"))["articles"] if a["title"] == title
    ]
    page = root / "pdfminer" / "cpc-19-07.txt"
    (got,) = [a for a in clean_page(page.name, page.read_bytes()).articles if a.title == title]
    assert [b.text for b in got.blocks] == [b["text"] for b in gold["blocks"]]
    # the same, set out: the paragraph above （四） goes before it, after the blocks before the first heading
    opening = "党的干部是党和国家事业的中坚力量。"
    five, own = "（五）持之以恒正风肃纪。", "我们党来自人民。"
    last, four, text = (
        "人才是实现民族振兴的战略资源。",
        "（四）加强基层组织建设。",
        "党的基层组织是确保党的路线方针政策落实的基础。",
    )
    (article,) = articles_of("建设高素质专业化干部队伍", opening, five, own, last, four, text)
    assert [b.text for b in article.blocks] == [opening, last, four, text, five, own]
    # negative: a heading's one paragraph stays its own (the extractor read that section's column first)
    (article,) = articles_of("建设高素质专业化干部队伍", opening, five, own, four, text)
    assert [b.text for b in article.blocks] == [opening, four, text, five, own]


def test_a_plain_column_label_given_as_a_kicker_is_the_column() -> None:
    # the second layout sets its column labels plain (no logo letter): a label over a kicker over a title was read
    # as two kicker lines, joined into one kicker (``史料钩沉 1982年政府工作报告选读``)
    from textclean.clean.articles import _collect_parts
    from textclean.clean.roles import Element

    def kinds(*parts: tuple[str, str]) -> dict[str, str]:
        return {k: e.text for k, e in _collect_parts([Element(kind, [], t) for kind, t in parts]).items()}

    assert kinds(("kicker", "史料钩沉"), ("kicker", "1982年政府工作报告选读"), ("title", "关于经济建设")) == {
        "column": "史料钩沉",
        "kicker": "1982年政府工作报告选读",
        "title": "关于经济建设",
    }
    # negatives: a report's name is a kicker; a label under a logo column stays the kicker it was read as
    assert kinds(("kicker", "党的十九大报告摘编"), ("title", "关于经济建设"))["kicker"] == "党的十九大报告摘编"
    assert kinds(("column", "G 学习园地"), ("kicker", "理论视点"))["kicker"] == "理论视点"


def test_a_pull_quote_marker_left_without_its_quote_is_no_pull_quote_and_the_article_is_kept() -> None:
    # pdfminer's text of devpages gov-2023-03: two pull-quote markers (●观 点) in a row; the first, its quote read
    # with the second, was given to an article as a pull quote of no text: pull_quote="" failed the schema's
    # nonblank check and the whole article (1,953 characters of body) was quarantined
    from pathlib import Path

    from textclean import Config, build_tables, clean_page

    page = Path(__file__).resolve().parents[1] / "pages" / "devpages" / "pdfminer" / "gov-2023-03.txt"
    config = Config(tokens=False, keywords_top_k=0)
    result = clean_page(page.name, page.read_bytes(), config)
    tables = build_tables([result], config)
    assert tables.rejects == [] and len(tables.articles) == len(result.articles) == 4
    assert all(a.pull_quote is None or a.pull_quote.strip() for a in result.articles)
    # negative: the marker that has its quote gives it
    assert any(a.pull_quote and a.pull_quote.startswith("开放的中国大市场") for a in result.articles)


def test_a_title_read_as_another_articles_subheading_titles_the_untitled_article_it_names() -> None:
    # pdfminer's text of devpages gov-2007-04: the title 加强政府自身改革和建设, set between two columns of another
    # article in the same measure, was read as that article's subheading, its own article left untitled
    import json
    from pathlib import Path

    from textclean import clean_page

    root = Path(__file__).resolve().parents[1] / "pages" / "devpages"
    gold = json.loads((root / "gold" / "gov-2007-04.json").read_text("utf-8"))["articles"]
    page = root / "pdfminer" / "gov-2007-04.txt"
    articles = clean_page(page.name, page.read_bytes()).articles
    title = "加强政府自身改革和建设"
    assert title in [a["title"] for a in gold]
    assert title in [a.title for a in articles]
    assert title not in [b.text for a in articles for b in a.blocks]  # (nor a subheading any more)
    # its line moved with it: no raw line claimed twice
    lines = [k for a in articles for first, last in a.line_spans for k in range(first, last + 1)]
    assert len(lines) == len(set(lines))


def test_a_numbered_subheading_is_never_taken_as_an_untitled_articles_title() -> None:
    from textclean.clean.strayheads import title_untitled
    from textclean.models import Article, Block, Line, Page

    page = Page("p.txt", "0" * 64, "utf-8", tuple(Line(k, t) for k, t in enumerate(["（四）推进改革", "甲", "乙"])))
    host = Article(
        "a", "p.txt", "0" * 64, "推进", [Block("heading", "（四）推进改革"), Block("paragraph", "推进。")], [(0, 1)]
    )
    untitled = Article("b", "p.txt", "0" * 64, "", [Block("paragraph", "推进改革，推进改革。")], [(2, 2)])
    assert [a.title for a in title_untitled([host, untitled], page)] == ["推进", ""]
    # the same subheading unnumbered names the untitled body: it becomes its title, and its line goes with it
    page = Page("p.txt", "0" * 64, "utf-8", tuple(Line(k, t) for k, t in enumerate(["推进改革", "甲", "乙"])))
    host = Article(
        "a", "p.txt", "0" * 64, "推进", [Block("heading", "推进改革"), Block("paragraph", "推进。")], [(0, 1)]
    )
    out = title_untitled([host, untitled], page)
    assert [(a.title, a.line_spans) for a in out] == [("推进", [(1, 1)]), ("推进改革", [(0, 0), (2, 2)])]


def test_a_title_read_as_the_kicker_of_the_title_under_it_titles_the_untitled_article_on_a_devpage() -> None:
    # pdfminer, devpages cpc-20-04: 增进民生福祉，提高人民生活品质 read stacked over 推进国家安全体系和能力现代化 was
    # made its kicker, and the article 江山就是人民… left untitled
    from helpers import devpage

    gold, articles = devpage("pdfminer", "cpc-20-04")
    title = "增进民生福祉，提高人民生活品质"
    assert title in [a["title"] for a in gold]
    assert [a.kicker for a in articles if a.title == title] == [None]
    assert title not in [a.kicker for a in articles]


def test_a_name_or_a_repeated_head_stays_a_kicker_though_an_article_is_untitled() -> None:
    from dataclasses import replace

    from textclean.clean.match import BigramIdf
    from textclean.clean.strayheads import kickers_to_untitled
    from textclean.models import Article, Block, Line, Page

    texts = ["增进民生福祉", "推进国家安全", "甲", "乙"]
    page = Page("p.txt", "0" * 64, "utf-8", tuple(Line(k, t) for k, t in enumerate(texts)))

    def arts(kicker: str, *more: Article) -> list[Article]:
        host = Article("a", "p.txt", "0" * 64, "推进国家安全", [Block("paragraph", "国家安全。")], [(0, 2)])
        untitled = Article("b", "p.txt", "0" * 64, "", [Block("paragraph", "民生福祉。")], [(3, 3)])
        return [replace(host, kicker=kicker), untitled, *more]

    idf = BigramIdf(["国家安全。", "民生福祉。"])
    out = kickers_to_untitled(arts("增进民生福祉"), page, idf)
    assert [(a.title, a.kicker, a.line_spans) for a in out] == [
        ("推进国家安全", None, [(1, 2)]),
        ("增进民生福祉", None, [(0, 0), (3, 3)]),
    ]
    # negative: a report's name is the kicker the articles share; so is a head the page prints as a title too
    out = kickers_to_untitled(arts("党的二十大报告摘登"), page, idf)
    assert [a.kicker for a in out] == ["党的二十大报告摘登", None]
    twice = Article("c", "p.txt", "0" * 64, "增进民生福祉", [], [])
    out = kickers_to_untitled(arts("增进民生福祉", twice), page, idf)
    assert [(a.title, a.kicker) for a in out[:2]] == [("推进国家安全", "增进民生福祉"), ("", None)]
