"""Headline material given to its body: kickers over titles (``textclean.clean.assign``)."""

from __future__ import annotations

from helpers import BODY_7, articles_of, assert_devpage_title, devpage, tight_articles

from textclean.clean.assign import assign_headlines
from textclean.clean.banner import label_read_second
from textclean.clean.drafts import Draft, piece_order
from textclean.clean.roles import Element, ElementKind, Item

SKILLS_BODY = (
    "奋进新征程，建功新时代，职工技能培训是",
    "推进产业工人队伍建设的重要一环，要健全",
    "职工技能培训体系，推进职工技能培训常态",
    "化，让职工在奋进新征程中建功新时代。",
)
LAW_BODY = (
    "奋进新征程，建功新时代，工会法治建设是",
    "维护职工权益的重要保障，要深化工会法治",
    "建设，完善劳动法律监督，在奋进新征程中",
    "建功新时代。",
)
AFFILIATION = "（作者单位：中国工运研究所）"


def test_a_slogan_under_a_column_label_is_the_kicker_of_the_title_below_it() -> None:
    # the slogan's words are in both bodies, the title's only in the first: the slogan is the kicker, and
    # the second body's title, set apart at the foot of the page, is not pushed aside by it
    page = ("G 工作研究", "奋进新征程建功新时代", "推进职工技能培训", *SKILLS_BODY, AFFILIATION, *LAW_BODY, AFFILIATION)
    skills, law = articles_of(*page, "深化工会法治建设")
    assert (skills.column, skills.kicker, skills.title) == ("工作研究", "奋进新征程建功新时代", "推进职工技能培训")
    assert (law.column, law.kicker, law.title) == (None, None, "深化工会法治建设")
    # negative: two stacked titles that each name their own body stay two articles' titles
    skills, law = articles_of(
        "G 工作研究", "深化工会法治建设", "推进职工技能培训", *SKILLS_BODY, AFFILIATION, *LAW_BODY
    )
    assert (skills.column, skills.kicker, skills.title) == (None, None, "推进职工技能培训")
    assert (law.column, law.kicker, law.title) == ("工作研究", None, "深化工会法治建设")


def test_a_lone_slogan_over_a_title_away_from_its_body_is_that_titles_kicker() -> None:
    # the second article's headline, set apart at the foot of the page: a slogan both bodies speak of, then
    # a title only the second names. Read apart, the slogan fits the second body as well as the title does
    law_title = "深化工会法治建设完善劳动法律监督"
    page = ("推进职工技能培训", "周明", *SKILLS_BODY, AFFILIATION, *LAW_BODY, AFFILIATION)
    skills, law = articles_of(*page, "奋进新征程建功新时代", law_title)
    assert (skills.kicker, skills.title) == (None, "推进职工技能培训")
    assert (law.kicker, law.title) == ("奋进新征程建功新时代", law_title)
    # negative: a line that names one body is a title, even set right above another
    skills, law = articles_of("深化工会法治建设", "推进职工技能培训", "周明", *SKILLS_BODY, AFFILIATION, *LAW_BODY)
    assert (skills.kicker, skills.title) == (None, "推进职工技能培训")
    assert (law.kicker, law.title) == (None, "深化工会法治建设")
    # negative: the page's first line is left to the banner test (a page with more headlines than bodies)
    skills, law = articles_of("奋进新征程建功新时代", *page, law_title)
    assert (skills.page_banner, skills.kicker, skills.title) == ("奋进新征程建功新时代", None, "推进职工技能培训")


def test_of_two_equally_vague_headline_lines_the_upper_is_the_kicker() -> None:
    from textclean.clean.match import BigramIdf
    from textclean.clean.roles import Element, Item
    from textclean.clean.units import Unit, join_kickers

    def unit(text: str, at: int) -> Unit:
        return Unit([Element("title", [Item(at, text, text, len(text), True, True)], text)], at, at)

    # both lines' words are in both bodies: neither tells them apart (margins exactly 0, on every run)
    both = BigramIdf(["奋进新征程，推进法治建设。", "推进法治建设，奋进新征程。"])
    joined = join_kickers([unit("奋进新征程", 1), unit("推进法治建设", 2)], both)
    assert [[(e.kind, e.text) for e in u.elements] for u in joined] == [
        [("kicker", "奋进新征程"), ("title", "推进法治建设")]
    ]
    # negative: an upper line that names one body, over a line that names none, is a title of its own
    one = BigramIdf(["奋进新征程，推进法治建设。", "奋进新征程，服务职工。"])
    apart = join_kickers([unit("推进法治建设", 1), unit("奋进新征程", 2)], one)
    assert [[e.kind for e in u.elements] for u in apart] == [["title"], ["title"]]


BODY_SKILLS = ("各地要推进职工技能培训，把学习宣传工作同", "技能培训结合起来，让职工凭技能立身，改革", "精神落到实处。")
BODY_SPIRIT = ("要把学习宣传改革精神作为首要任务，推进职", "工培训，在全面把握、全面落实上下功夫，推", "动工作落地。")


def test_a_title_set_above_its_body_stays_when_a_neighbour_shares_its_words() -> None:
    # each body repeats some words of the other's title: content alone swapped the two titles
    page = ("学习宣传改革精神", *BODY_SKILLS, "（作者单位：某某大学）", "推进职工技能培训", *BODY_SPIRIT)
    assert [a.title for a in articles_of(*page)] == ["学习宣传改革精神", "推进职工技能培训"]
    # negative: titles whose words are in the other body, hardly any in the one under them, go there
    page = ("推进职工技能培训", *LAW_BODY, "（作者单位：某某大学）", "深化工会法治建设", *SKILLS_BODY)
    assert [a.title for a in articles_of(*page)] == ["深化工会法治建设", "推进职工技能培训"]


def test_a_letter_spaced_line_at_the_top_of_the_page_is_its_banner() -> None:
    # as many headline lines as bodies, so only the spacing tells the banner: a banner is spread across the page
    page = ("推进职工技能培训", *SKILLS_BODY, AFFILIATION, *LAW_BODY, AFFILIATION)
    skills, law = articles_of("奋 进 新 征 程 建 功 新 时 代", *page)
    assert (skills.page_banner, skills.title) == ("奋进新征程建功新时代", "推进职工技能培训")
    assert law.page_banner == "奋进新征程建功新时代"
    # negative: set tight, the same line is a headline of the page's articles, no banner
    skills, law = articles_of("奋进新征程建功新时代", *page)
    assert skills.page_banner is None and law.page_banner is None


QUOTE = ("●观 点", "工会法治建设是维护职工", "权益的重要保障。")


def test_a_box_after_a_sentence_end_opens_the_next_article() -> None:
    # title, body, then a pull-quote box and a second body: the box heads the second article
    skills, law = articles_of("推进职工技能培训", *SKILLS_BODY, *QUOTE, *LAW_BODY)
    assert skills.title == "推进职工技能培训" and "工会法治" not in "".join(b.text for b in skills.blocks)
    assert "".join(b.text for b in law.blocks).startswith("奋进新征程，建功新时代，工会法治")
    assert law.pull_quote == "工会法治建设是维护职工权益的重要保障。"
    # negative: a box set inside a sentence interrupts one body, which reads on after it
    cut = (*SKILLS_BODY[:2], "职工技能培训体系，推进职工技能培训常态")
    (one,) = articles_of("推进职工技能培训", *cut, *QUOTE, "化，让职工在奋进新征程中建功新时代。")
    assert one.pull_quote == "工会法治建设是维护职工权益的重要保障。"
    assert "".join(b.text for b in one.blocks).endswith("技能培训常态化，让职工在奋进新征程中建功新时代。")


def test_a_column_label_bonds_with_the_title_under_it_not_the_line_above_it() -> None:
    # a banner line, then the column label and title of the article: the label heads the article's stack
    (skills,) = tight_articles("理论周刊", "G 工作研究", "推进职工技能培训", *SKILLS_BODY)
    assert (skills.page_banner, skills.column, skills.kicker, skills.title) == (
        "理论周刊",
        "工作研究",
        None,
        "推进职工技能培训",
    )
    # negative: a line under the label is the article's, as before
    # (a dated label over the title: two short tight clauses would be one title's halves by shape)
    title = "推进职工技能培训工作走深走实"
    (skills,) = tight_articles("G 工作研究", "2023年工作回顾", title, *SKILLS_BODY)
    assert (skills.column, skills.title) == ("工作研究", title)


def _draft(*lines: str) -> Draft:
    from textclean.clean.roles import Element, Item

    return Draft([Element("body", [Item(k, t, t, float(len(t)), True, True) for k, t in enumerate(lines)])])


def test_a_numbered_subheading_cut_off_its_text_opens_the_draft_after_it() -> None:
    from textclean.clean.drafts import join_lone_subheads

    # the extractor broke the column after the subheading: alone, it was an article of one line
    drafts, where = join_lone_subheads(
        [_draft(*LAW_BODY), _draft("（五）维护安定团结。"), _draft(*SKILLS_BODY)], {2: 0, 4: 1, 6: 2}
    )
    assert [d.body_text() for d in drafts] == ["".join(LAW_BODY), "（五）维护安定团结。" + "".join(SKILLS_BODY)]
    assert where == {2: 0, 4: 1, 6: 1}
    # negative: a one-line draft that is no numbered line stays apart, and so does the page's last draft
    drafts, _ = join_lone_subheads([_draft("党的十六大报告摘登"), _draft(*SKILLS_BODY)], {2: 0, 4: 1})
    assert len(drafts) == 2
    drafts, _ = join_lone_subheads([_draft(*SKILLS_BODY), _draft("（五）维护安定团结。")], {2: 0, 4: 1})
    assert len(drafts) == 2


def test_numbered_subheadings_cut_off_in_a_row_open_the_draft_after_them_in_page_order() -> None:
    from textclean.clean.drafts import join_lone_subheads

    drafts, _ = join_lone_subheads(
        [_draft("（四）加强法治建设。"), _draft("（五）维护安定团结。"), _draft(*SKILLS_BODY)], {2: 0, 4: 1, 6: 2}
    )
    assert [d.body_text() for d in drafts] == ["（四）加强法治建设。（五）维护安定团结。" + "".join(SKILLS_BODY)]


def test_a_vague_headline_line_over_a_vaguer_title_is_its_kicker() -> None:
    from textclean.clean.match import BigramIdf
    from textclean.clean.roles import Element, Item
    from textclean.clean.units import Unit, join_kickers

    def unit(text: str, at: int) -> Unit:
        return Unit([Element("title", [Item(at, text, text, len(text), True, True)], text)], at, at)

    # the report's name leans a little to one body, the title under it names none: the upper line is still
    # a kicker (report excerpts share their words: a title may name its body less clearly than its kicker)
    idf = BigramIdf(["政府工作报告：推进三农工作。", "政府工作的报告，推进三农工作。", "推进三农工作，政府报告。"])
    joined = join_kickers([unit("政府工作报告", 1), unit("推进三农工作", 2)], idf)
    assert [[(e.kind, e.text) for e in u.elements] for u in joined] == [
        [("kicker", "政府工作报告"), ("title", "推进三农工作")]
    ]
    # negative: a line that names one body clearly is a title of its own
    idf = BigramIdf(["政府工作报告。", "推进三农工作。", "推进三农工作。"])
    apart = join_kickers([unit("政府工作报告", 1), unit("推进三农工作", 2)], idf)
    assert [[e.kind for e in u.elements] for u in apart] == [["title"], ["title"]]


def test_two_headline_lines_that_name_the_same_body_are_the_halves_of_one_title() -> None:
    from textclean.clean.match import BigramIdf
    from textclean.clean.roles import Element, Item
    from textclean.clean.units import Unit, join_kickers

    def unit(text: str, at: int, gap: bool = False) -> Unit:
        return Unit([Element("title", [Item(at, text, text, len(text), gap, gap)], text)], at, at)

    # PyMuPDF gives a two-part headline's halves, set side by side, as two lines (no blank line between them,
    # as on all its pages): both name the same body
    idf = BigramIdf(["适时适度调控经济，促进经济平稳快速发展。", "加强法制建设，维护社会稳定。"])
    joined = join_kickers([unit("适时适度调控", 1), unit("促进经济平稳快速发展", 2)], idf)
    assert [[(e.kind, e.text) for e in u.elements] for u in joined] == [
        [("title", "适时适度调控 促进经济平稳快速发展")]
    ]
    # negative: two lines that name two bodies are two articles' titles
    apart = join_kickers([unit("加强法制建设", 1), unit("促进经济平稳快速发展", 2)], idf)
    assert [[e.text for e in u.elements] for u in apart] == [["加强法制建设"], ["促进经济平稳快速发展"]]
    # negative: a title that has its two halves already takes no third; the line over it is its kicker
    # (clausekickers.kicker_over_halves: no gold title of the devpages or the studied families has three parts)
    halves = join_kickers([unit("适时适度调控", 1), unit("促进经济 平稳快速发展", 2)], idf)
    assert [[(e.kind, e.text) for e in u.elements] for u in halves] == [
        [("kicker", "适时适度调控"), ("title", "促进经济 平稳快速发展")]
    ]
    # negative: across a blank line (pdfminer, pdftotext) the two lines are two heads
    assert len(join_kickers([unit("适时适度调控", 1, True), unit("促进经济平稳快速发展", 2, True)], idf)) == 2


def test_a_headlines_upper_half_over_its_wrapped_lower_half_is_one_title() -> None:
    from textclean.clean.match import BigramIdf
    from textclean.clean.roles import Element, Item
    from textclean.clean.units import Unit, join_kickers

    def unit(lines: list[str], at: int) -> Unit:
        items = [Item(at + k, t, t, float(len(t)), False, False) for k, t in enumerate(lines)]
        return Unit([Element("title", items, "".join(lines))], at, at)

    # PyMuPDF's text of devpages cpc-19-02: the lower half, wider than the headline's measure, wraps; both
    # halves name the same body. Before, the upper half was read as the kicker of a title of two lines.
    idf = BigramIdf(["决胜全面建成小康社会，开启全面建设社会主义现代化国家新征程。", "加强法制建设，维护社会稳定。"])
    upper, lower = unit(["决胜全面建成小康社会"], 1), unit(["开启全面建设社会主义现代化", "国家新征程"], 2)
    joined = join_kickers([upper, lower], idf)
    assert [[(e.kind, e.text) for e in u.elements] for u in joined] == [
        [("title", "决胜全面建成小康社会 开启全面建设社会主义现代化国家新征程")]
    ]
    # negative: an upper line that opens with a date is a label over the title, its kicker, not a half
    idf = BigramIdf(["2008年主要任务：开启全面建设现代化国家新征程。", "加强法制建设，维护社会稳定。"])
    dated = join_kickers([unit(["2008年主要任务"], 1), unit(["开启全面建设现代化", "国家新征程"], 2)], idf)
    assert [e.kind for u in dated for e in u.elements] != ["title"]
    one = join_kickers([unit(["2008年主要任务"], 1), unit(["开启全面建设现代化国家新征程"], 2)], idf)
    assert "2008年主要任务 开启全面建设现代化国家新征程" not in [e.text for u in one for e in u.elements]
    # negative: halves of three lines are no wrapped half (:data:`MAX_HALF_LINES`)
    idf = BigramIdf(["决胜全面建成小康社会，开启全面建设社会主义现代化国家新征程。", "加强法制建设，维护社会稳定。"])
    three = unit(["开启全面建设", "社会主义现代化", "国家新征程"], 2)
    assert len(join_kickers([unit(["决胜全面建成小康社会"], 1), three], idf)) == 2


def test_a_two_part_headline_with_a_wrapped_half_on_a_devpage() -> None:
    assert_devpage_title("pymupdf", "cpc-19-02", "决胜全面建成小康社会 开启全面建设社会主义现代化国家新征程")


def test_the_pages_top_line_over_a_title_naming_the_same_body_is_its_upper_half_not_the_banner() -> None:
    from textclean.clean.assign import assign_headlines
    from textclean.clean.roles import Element, Item

    def line(kind: str, t: str, at: int) -> Element:
        return Element(kind, [Item(at, t, t, float(len(t)), False, False)], t)

    def body(at: int, *ts: str) -> Element:
        return Element("body", [Item(at + k, t, t, float(len(t)), False, False) for k, t in enumerate(ts)])

    farming = body(2, "强化农业农村发展基础，推动城乡发展一体化。", "农业农村发展基础不断强化，城乡发展一体化。")
    law = body(5, "加强法制建设，维护社会稳定。", "法制建设得到加强，社会稳定。")
    # PyMuPDF (no blank line on the page): a two-part headline at the top of the page, both halves naming
    # the body under them; the page has one headline more than bodies, which made the upper half its banner
    page = [line("title", "强化农业农村发展基础", 0), line("title", "推动城乡发展一体化", 1), farming]
    page += [line("title", "加强法制建设", 4), law]
    _, units, banner = assign_headlines(page)
    assert banner is None
    assert [u.get("title").text for u in units] == ["强化农业农村发展基础 推动城乡发展一体化", "加强法制建设"]
    # negative: a top line that names no body is the page's banner
    page[0] = line("title", "理论周刊", 0)
    _, units, banner = assign_headlines(page)
    assert banner is not None and banner.text == "理论周刊"
    assert [u.get("title").text for u in units] == ["推动城乡发展一体化", "加强法制建设"]
    # negative: on a page of spaced lines (pdftotext), a top line set tight over a title is the banner
    spaced = Element("body", [Item(6, "法制建设得到加强。", "法制建设得到加强。", 9.0, True, True)])
    page = [line("title", "强化农业农村发展基础", 0), line("title", "推动城乡发展一体化", 1), farming, law, spaced]
    _, _, banner = assign_headlines(page)
    assert banner is not None and banner.text == "强化农业农村发展基础"


def test_a_head_read_inside_a_word_of_the_text_leaves_one_body_with_that_head() -> None:
    from textclean.clean.assign import assign_headlines
    from textclean.clean.roles import Element, Item

    def body(*ts: str) -> Element:
        return Element("body", [Item(0, t, t, float(len(t)), True, True) for t in ts])

    def line(kind: str, t: str) -> Element:
        return Element(kind, [Item(0, t, t, float(len(t)), True, True, "byline" if kind == "byline" else "text")], t)

    upper = body("生活中如何正确地发挥领导作用，都作了马克", "思主义的规定。新党章对党员和党的干部在思")
    lower = body("想上、政治上和组织上的要求，比过去历次党", "章的规定都更加严格。它对党员的义务，写了")
    head = [line("byline", "单阳澜"), line("title", "党的建设")]
    drafts, units, _ = assign_headlines([upper, *head, lower])
    # 思 / 想 is one word: the byline and title were read inside the text, which runs on past them
    assert len(drafts) == 1 and drafts[0].body_text().endswith(
        "党员和党的干部在思想上、政治上和组织上的要求，比过去历次党章的规定都更加严格。它对党员的义务，写了"
    )
    assert {u.draft for u in units} == {0}
    # negative: under a title of its own, the upper body holds the start of the head's article: two drafts
    drafts, _, _ = assign_headlines([line("title", "改革开放"), upper, *head, lower])
    assert len(drafts) == 2


#: An article set in a 19 em column, another in an 11 em one, and a column of 19 em with no headline.
REFORM = (
    "深化国有企业改革",
    "  国有企业是国民经济的支柱，搞好国有",
    "企业改革对建立社会主义市场经济体制具有",
    "重要意义，要把国有企业改革同改组、改造",
    "和加强管理结合起来，推进现代企业制度建",
    "设。",
)
FARMING = (
    "发展农业",
    "  农业是国民经济的基础，",
    "要稳定党在农村的基本政",
    "策，深化农村改革，增加",
    "农业投入，提高农业综合",
    "生产能力，让农民增收。",
)
GROUPS = (
    "  以资本为纽带，通过市场形成具有较强",
    "竞争力的跨地区、跨行业的大企业集团，实",
    "行鼓励兼并、规范破产、下岗分流的办法，",
    "形成企业优胜劣汰的竞争机制，稳步推进。",
)


def test_an_untitled_column_goes_on_from_the_one_titled_article_of_its_measure() -> None:
    reform, farming = articles_of(*REFORM, "", *FARMING, "", *GROUPS)
    assert (reform.title, farming.title) == ("深化国有企业改革", "发展农业")
    assert reform.to_record()["body"].split("\n") == [
        "".join(line.strip() for line in REFORM[1:]),
        "".join(line.strip() for line in GROUPS),
    ]
    # negative: a second titled article of that measure: the column could be either's and stays apart, untitled
    steady = (
        "稳定农业",
        "本报记者 王明",
        "  农业是国民经济的基础，要稳定党在农",
        "村的基本政策，深化农村改革，增加农业投",
        "入，提高农业综合生产能力，推进农业现代",
        "化，让农民持续增收。",
        "（作者单位：某省农业科学院）",
    )
    got = articles_of(*REFORM, "", *FARMING, "", *steady, "", *GROUPS)
    assert [a.title for a in got] == ["深化国有企业改革", "发展农业", "稳定农业", ""]
    # negative: a page with one titled article, of another measure: the column goes on from none of it; the two
    # untitled pieces of one measure no titled article has are one article (drafts.untitled_pieces)
    got = articles_of(*REFORM[1:], "", *FARMING, "", *GROUPS)
    assert [a.title for a in got] == ["", "发展农业"]
    assert got[0].to_record()["body"].split("\n") == reform.to_record()["body"].split("\n")


def test_of_two_pieces_of_one_article_the_one_stopping_inside_a_sentence_goes_first() -> None:
    def piece(line: int, *texts: str) -> Draft:
        return Draft([Element("body", [Item(line + k, t, t, float(len(t)), True, True) for k, t in enumerate(texts)])])

    later = piece(10, "要把国有企业改革同改组、改造和加强管理", "结合起来。")
    start = piece(40, "国有企业是国民经济的支柱，搞好国有企业", "改革对建立社会主义市场经济体制具有重要")
    assert [p.bodies[0].first for p in piece_order([later, start])] == [40, 10]
    # negative: both end a sentence: the page's order stands
    ended = piece(40, "国有企业是国民经济的支柱，搞好国有企业", "改革意义重大。")
    assert [p.bodies[0].first for p in piece_order([later, ended])] == [10, 40]


def test_on_a_spaced_page_a_vague_line_set_tight_over_a_title_is_its_first_half() -> None:
    from textclean.clean.match import BigramIdf
    from textclean.clean.roles import Element, Item
    from textclean.clean.units import Unit, join_kickers

    def unit(text: str, at: int, gap: bool) -> Unit:
        return Unit([Element("title", [Item(at, text, text, len(text), gap, True)], text)], at, at)

    # the upper line names no body in particular (both speak of 改革): without blank lines it is a kicker
    idf = BigramIdf(["深化改革，激发市场活力。", "深化改革，维护社会稳定。"])

    def tight() -> list[Unit]:  # (fresh units each time: the join edits them)
        return [unit("坚定不移深化改革", 1, True), unit("更大激发市场活力", 2, False)]

    assert [[(e.kind, e.text) for e in u.elements] for u in join_kickers(tight(), idf, spaced=True)] == [
        [("title", "坚定不移深化改革 更大激发市场活力")]
    ]
    # a line wrapped inside its second half joins without a second space
    wrapped = [unit("坚定不移深化改革 更大激发", 1, True), unit("市场活力", 2, False)]
    assert [e.text for u in join_kickers(wrapped, idf, spaced=True) for e in u.elements] == [
        "坚定不移深化改革 更大激发市场活力"
    ]
    # negative: set apart by a blank line, the vague line is the title's kicker
    apart = [unit("坚定不移深化改革", 1, True), unit("更大激发市场活力", 2, True)]
    assert [e.kind for u in join_kickers(apart, idf, spaced=True) for e in u.elements] == ["kicker", "title"]
    # negative: on a page with no blank line, set tight says nothing: the vague line is a kicker
    assert [e.kind for u in join_kickers(tight(), idf, spaced=False) for e in u.elements] == ["kicker", "title"]
    # negative: a line opening with a date is a label, a kicker, set tight or not (pdfminer reads a kicker in one
    # block with its title on a page set at tight leading)
    dated = [unit("2008年主要任务", 1, True), unit("更大激发市场活力", 2, False)]
    assert [e.kind for u in join_kickers(dated, idf, spaced=True) for e in u.elements] == ["kicker", "title"]


#: pdfminer's text of devpages gov-1960-01 (a blank line after each line): the page's banner, set spread across
#: the page, read under the first article's title.
PDFMINER_SPREAD_BANNER_BELOW = (
    "1960年政府工作报告",
    "理 论 周 刊",
    "一九五六年到一九六七年全国农业发展纲要，是中共中央政治",
    "局根据毛泽东同志的倡议提出的，在一九五六年一月以草案形式公",
    "布。一九五七年九月，中共八届三中全会，根据草案公布以后将近",
    "两年中情况的变化和工作的发展，作了一些必要的修改和补充，在",
    "同年十月间公布了纲要的修正草案。",
)


def test_a_letter_spaced_headline_line_below_the_pages_top_is_its_banner() -> None:
    from helpers import articles_of

    [article] = articles_of(*PDFMINER_SPREAD_BANNER_BELOW)
    assert (article.title, article.page_banner) == ("1960年政府工作报告", "理论周刊")
    # negative: the same line set tight, longer than a column label, is no banner (a headline line of the page;
    # a label of a few characters read so is the banner: label_read_second)
    tight = [t.replace(" ", "") + ("专版" if i == 1 else "") for i, t in enumerate(PDFMINER_SPREAD_BANNER_BELOW)]
    [article] = articles_of(*tight)
    assert article.page_banner != "理论周刊专版"


def test_a_letter_spaced_line_whose_words_carry_on_below_is_no_banner() -> None:
    from textclean.clean.banner import spread_banner
    from textclean.clean.roles import Element, Item

    def el(kind: str, raw: str) -> Element:
        text = raw.replace(" ", "")
        return Element(kind, [Item(0, raw, text, float(len(text)), True, True)], text)

    # pdfminer's devpages gov-2016-02: a justified line of a pull-quote box, read as a headline line; its
    # words carry on into the next line (清 / 单: 清单): the box's text, not the page's banner
    page = [
        el("title", "稳定和完善宏观经济政策"),
        el("title", "地 方 政 府 权 力 和 责 任 清"),
        el("body", "单，在部分地区试行市场"),
    ]
    assert spread_banner(page) is None
    page[2] = el("body", "在部分地区试行市场准入负面清单制度。")
    assert spread_banner(page) is page[1]


def test_a_justified_line_of_running_text_below_the_top_is_no_banner() -> None:
    from textclean.clean.banner import spread_banner
    from textclean.clean.roles import Element, Item

    def el(kind: str, raw: str) -> Element:
        text = raw.replace(" ", "")
        return Element(kind, [Item(0, raw, text, float(len(text)), True, True)], text)

    # pdfminer's and pdftotext's text of the third layout (lay2-013, -021, -033): a paper that justifies its columns glyph by glyph;
    # a body line holding a comma, a closing attribution's opening, read as headline lines, were the banner
    for raw in (
        "合 理 ， 投 资 反 弹 的 压 力 比 较",
        "（ 本 报 通 讯 员",
        "企 业 技 术 开 发 和 生 产 营 建立石油等战略资源的储",
    ):
        page = [el("title", "关于经济形势"), el("body", "今年经济运行总体平稳。"), el("title", raw), el("body", "大。")]
        assert spread_banner(page) is None, raw
    # negative: a name spaced glyph by glyph over a body is the banner read late
    page = [
        el("title", "关于经济形势"),
        el("body", "今年经济运行总体平稳。"),
        el("title", "理 论 周 刊"),
        el("body", "大。"),
    ]
    assert spread_banner(page) is page[2]


def test_a_letter_spaced_top_line_with_a_byline_set_tight_under_it_is_the_banner_and_the_byline_stays() -> None:
    from textclean.clean.articles import build_articles
    from textclean.models import Line, Page

    # pdfminer's text of devpages gov-1978-01: the byline, set tight under the banner, bonded with it
    lines = ["政 府 工 作 报 告 摘 编", "本报记者 雷朗昕 鲍岑璐", "", "三年来的斗争和新", "时期的总任务", ""]
    lines += [x for t in PDFMINER_SPREAD_BANNER_BELOW[2:] for x in (t, "")]
    page = Page("p.txt", "0" * 64, "utf-8", tuple(Line(i, t) for i, t in enumerate(lines)))
    [article] = build_articles(page)
    assert (article.page_banner, article.title, article.authors) == (
        "政府工作报告摘编",
        "三年来的斗争和新时期的总任务",
        ["雷朗昕", "鲍岑璐"],
    )
    # negative: a top line set tight, a byline under it over the body, is the article's title (with a title
    # under the byline, the byline is that title's and the top line the banner: over_titled_byline)
    tight = [t.replace(" ", "") if i == 0 else t for i, t in enumerate(lines) if i not in (3, 4, 5)]
    [article] = build_articles(Page("p.txt", "0" * 64, "utf-8", tuple(Line(i, t) for i, t in enumerate(tight))))
    assert (article.page_banner, article.title) == (None, "政府工作报告摘编")


def test_a_top_line_with_its_digits_spread_is_the_banner_even_over_a_body() -> None:
    # PyMuPDF's text of devpages gov-2008-04: the banner, letter-spaced, keeps the spaces between its digits only;
    # set over the first article's body (its headline is elsewhere), it was read as that body's title
    from textclean.clean.layout import page_elements
    from textclean.models import Line

    body = ["进一步落实和完善文化", "体制改革政策措施，推动文", "化创新，加强文化建设，保", "障人民基本文化权益，繁荣"]
    body += ["文化市场，满足人民日益增", "长的、多样的文化需求。"]
    head = ["G", "报告摘编", "2008年主要任务", "深化文化体制改革，推动文化大发展大繁荣"]
    text2 = [
        "行政管理体制改革是深化改革的重要环节，是政治",
        "体制改革的重要内容，是完善社会主义市场经济",
        "体制的必然要求。",
    ]
    for top, banner in (("2 0 0 8 年政府工作报告", "2008年政府工作报告"), ("2008年政府工作报告", None)):
        lines = [top, *body, *head, *text2]
        _, _, got = assign_headlines(page_elements([Line(i, t) for i, t in enumerate(lines)]))
        assert (got.text if got is not None else None) == banner  # (negative: set tight, a title of its own)


def test_two_bylines_each_set_apart_are_two_articles_bylines_not_one() -> None:
    # pdfminer's devpages cpc-16-04: the byline printed after one article's body and the next article's byline,
    # each a block of its own, were read as one byline of three names and given to the next article
    first = ("深化财税体制改革", *BODY_7)
    second = (
        "坚持引进来和走出去相结合",
        "全面提高对外开放水平，积极参与全球经济",
        "治理，推动建设开放型世界经济，维护多边",
        "贸易体制。",
    )
    arts = articles_of(*first, "本报记者 康岑婷", "黄彤岚 董悦煜", *second)
    assert [(a.title, a.authors) for a in arts] == [
        ("深化财税体制改革", ["康岑婷"]),
        ("坚持引进来和走出去相结合", ["黄彤岚", "董悦煜"]),
    ]
    # negative: a role line over the names, each apart, is one byline (set after the first body: that article's)
    arts = articles_of(*first, "本报记者", "黄彤岚 董悦煜", *second)
    assert [a.authors for a in arts] == [["黄彤岚", "董悦煜"], []]


def test_of_two_titles_set_one_over_the_other_above_a_body_the_words_choose_its_title() -> None:
    # pdfminer's devpages gov-2022-03: two articles' titles stand one over the other at the page's top; the lower
    # one, set right above the first body, took it by position, though its words are the other body's
    import json
    from pathlib import Path

    from textclean import clean_page

    root = Path(__file__).resolve().parents[1] / "pages" / "devpages"
    gold = {a["title"]: a for a in json.loads((root / "gold" / "gov-2022-03.json").read_text("utf-8"))["articles"]}
    page = root / "pdfminer" / "gov-2022-03.txt"
    got = {a.title.replace(" ", ""): a for a in clean_page(page.name, page.read_bytes()).articles}
    for title in ("深入实施创新驱动发展战略，巩固壮大实体经济根基", "大力抓好农业生产 促进乡村全面振兴"):
        text = "".join(b.text for b in got[title.replace(" ", "")].blocks)
        assert gold[title]["blocks"][0]["text"][:10] in text[:200], title


def test_a_title_right_above_a_body_with_no_title_over_it_keeps_the_body_by_position() -> None:
    # negative: with no title stacked over it, the title right above a body takes it though its words are weak
    from textclean.clean.assign import assign_headlines
    from textclean.clean.roles import Element, Item

    def body(*ts: str) -> Element:
        return Element("body", [Item(0, t, t, float(len(t)), True, True) for t in ts])

    def title(t: str) -> Element:
        return Element("title", [Item(0, t, t, float(len(t)), True, True)], t)

    first = body("要大力抓好农业生产，稳定粮食播种面积，促", "进乡村全面振兴，让农民的日子越过越好。")
    second = body("实体经济是发展的根基，要深入实施创新驱动", "发展战略，推动农业生产和产业升级。")
    units = assign_headlines([title("重要文献"), first, title("抓好农业生产"), second])[1]
    assert {u.elements[0].text: u.draft for u in units}["抓好农业生产"] == 1


def test_a_top_line_printed_again_over_another_title_is_a_kicker_not_the_banner() -> None:
    # devpages cpc-11-02 (pdfminer): the page's top line 党的十一大报告摘登, set over the first title, is printed again
    # over the second: a label the two articles share, not the page's banner
    page = (
        "  党的十一大报告摘登",
        "推进职工技能培训",
        *SKILLS_BODY,
        "党的十一大报告摘登",
        "深化工会法治建设",
        *LAW_BODY,
    )
    skills, law = articles_of(*page)
    assert (skills.page_banner, law.page_banner) == (None, None)
    assert (skills.kicker, law.kicker) == ("党的十一大报告摘登", "党的十一大报告摘登")
    # negative: printed again as a title with its own body, the centred top line stays the banner
    page = ("  党的十一大报告摘登", "推进职工技能培训", *SKILLS_BODY, "党的十一大报告摘登", *LAW_BODY)
    assert {a.page_banner for a in articles_of(*page)} == {"党的十一大报告摘登"}


def test_an_untitled_opening_before_two_titled_bodies_of_its_measure_goes_on_into_the_first() -> None:
    # devpages cpc-15-04 (pdftotext): 实现祖国完全统一，… (a paragraph's first line opens it) was read before the
    # title 推进祖国和平统一 and the rest of its body; the next article shares the measure, so it stood untitled
    from textclean.clean.drafts import continuation_targets

    def body(n: int, first: float) -> Draft:
        lines = [Item(k, "文" * 20 + "。", "文" * 20 + "。", first if k == 0 else 21.0, True, True) for k in range(n)]
        return Draft([Element("body", lines)])

    opening, rest, other = body(5, 19.0), body(6, 21.0), body(6, 21.0)
    assert continuation_targets([opening, rest, other], {1, 2}, [set()] * 3) == {0: 1}
    # negative: read after both, it goes on from neither
    assert continuation_targets([rest, other, opening], {0, 1}, [set()] * 3) == {}


def test_a_piece_goes_on_from_the_article_of_its_measure_though_a_box_narrowed_that_articles_lines() -> None:
    # pdftotext's devpages gov-1957-03: a piece of 19 em whose article's first piece held a pull-quote box, most of
    # its lines set beside it at 17 em; by the median that article measured 17 em, and the piece went to none
    from textclean.clean.drafts import continuation_targets

    def draft(*widths: int) -> Draft:
        items = [Item(k, "文" * w, "文" * w, float(w), False, False) for k, w in enumerate(widths)]
        return Draft([Element("body", items)])

    boxed = draft(17, 17, 17, 17, 17, 19, 19, 19, 19, 9)
    drafts = [boxed, draft(15, 15, 15, 15, 15, 9), draft(19, 19, 19, 19, 19, 12)]
    assert continuation_targets(drafts, {0, 1}, [set()] * 3) == {2: 0}
    # negative: a piece of a measure neither titled draft fills goes to none
    drafts[2] = draft(23, 23, 23, 23, 23, 12)
    assert continuation_targets(drafts, {0, 1}, [set()] * 3) == {}


def test_a_byline_after_a_body_over_a_title_with_its_own_byline_is_the_body_aboves() -> None:
    # PyMuPDF's devpages gov-1982-02 (no blank line anywhere): body / 本报记者 俞睿瑾 / title / 邵澜逸 金玲澜 / body.
    # The first byline and the title made one head; the second byline took the body under it alone, and the
    # title, barred from a body that had a byline, went to the next article
    first = (
        "工会组织要把学习宣传贯彻党的二十大精神作为",
        "当前和今后一个时期的首要政治任务，在全面把",
        "握、全面落实上下功夫，推动工作落地见效。",
    )
    second = (
        "产业工人是推动高质量发展的重要力量，要深",
        "化产业工人队伍建设改革，畅通技能人才成长",
        "通道，让更多职工凭技能立身。",
    )
    third = ("推动社保经办服务规范化，是增进民生福祉", "的重要举措，要让群众办事更加方便快捷。")
    page = ("推进工会工作", *first, "本报记者 俞睿瑾", "推进产业工人队伍建设", "邵澜逸 金玲澜", *second)
    arts = tight_articles(*page, "推动社保经办服务规范化", *third)
    by_body = {next(k for k in ("首要政治", "产业工人", "社保经办") if k in a.body): a for a in arts}
    assert by_body["产业工人"].title == "推进产业工人队伍建设"
    assert by_body["产业工人"].authors == ["邵澜逸", "金玲澜"]
    assert by_body["首要政治"].authors == ["俞睿瑾"]
    # negative: a byline over a title with no byline under it stays that title's
    page = ("推进工会工作", *first, "本报记者 俞睿瑾", "推进产业工人队伍建设", *second)
    arts = tight_articles(*page, "推动社保经办服务规范化", *third)
    assert next(a for a in arts if "产业工人" in a.body).authors == ["俞睿瑾"]


def test_a_bare_piece_goes_on_from_the_one_titled_draft_of_its_measure() -> None:
    # pdftotext's pages cut at blocks of another measure: a page of one titled article and a bare piece of its
    # column (no headline part, no note) read after another article's; the piece stood untitled
    from textclean.clean.drafts import continuation_targets

    def draft(*widths: int) -> Draft:
        items = [Item(k, "文" * w, "文" * w, float(w), False, False) for k, w in enumerate(widths)]
        return Draft([Element("body", items)])

    drafts = [draft(19, 19, 19, 19, 19, 9), draft(15, 15, 15, 15, 15, 9), draft(19, 19, 19, 19, 19, 12)]
    assert continuation_targets(drafts, {0}, [set(), set(), set()]) == {2: 0}
    # negative: a piece given a headline part of its own (a pull quote) is an article of its own
    assert continuation_targets(drafts, {0}, [set(), set(), {"box"}]) == {}


def test_a_top_line_no_body_holds_a_word_of_is_the_page_banner() -> None:
    # PyMuPDF's text of the second layout (no blank line, no letter spacing kept): the page's name over the first
    # article's title, on a page with as many headlines as bodies (an untitled body after a closing note), was
    # that article's title
    body = (
        "推动供给结构和需求结构相适应，释放国内需求",
        "潜力，增强内需对经济增长的持久拉动作用，促",
        "进消费稳定增长。",
    )
    other = (
        "加快发展服务消费，开展新一轮服务业综合改革",
        "试点，支持社会力量提供教育、文化、养老、医",
        "疗等服务，推动服务业模式创新和跨界融合。",
    )
    page = ("进一步释放国内需求潜力", *body, "（作者单位：某某大学经济学院）", *other)
    first = tight_articles("深度阅读", *page)[0]
    assert (first.page_banner, first.title) == ("深度阅读", "进一步释放国内需求潜力")
    # negative: a top line whose words the bodies hold is no banner
    assert tight_articles("释放需求潜力", *page)[0].page_banner is None


def test_a_narrow_run_restating_the_body_is_the_pull_quote_though_no_marker_opens_it() -> None:
    # PyMuPDF's text of the second layout: a pull-quote box printed without a marker (9 em lines in a 13 em column),
    # between two paragraphs; its sentence ran in the body, printed there twice
    col = ("积极稳妥地分类推进事业单位改革，按照", "政事分开、事企分开、管办分开的要求推", "进改革。")
    said = ("要大力发展文化建设。扶持公益性文化事", "业，加强文化遗产保护、利用和传承。繁", "荣发展文化事业。")
    box = ("扶持公益性文化事", "业，加强文化遗产保", "护、利用和传承。")
    (art,) = tight_articles("大力发展文化建设", *col, *box, *said)
    assert art.pull_quote == "扶持公益性文化事业，加强文化遗产保护、利用和传承。"
    assert art.body.count("扶持公益性文化事业") == 1
    # negative: the same narrow lines saying what the body does not say again stay in the body
    (art,) = tight_articles("大力发展文化建设", *col, *box, *said[:1], "业，加强文化遗产保护和利用。繁", said[2])
    assert art.pull_quote is None


def test_a_signature_run_into_the_last_paragraph_names_the_author() -> None:
    # the second layout: a reporter's name set after the last sentence, in the last line, and no byline
    body = ("以解决三个1亿人问题为着力点，发挥好城镇", "化对现代化的支撑作用。（记者 钱澍）")
    (art,) = tight_articles("推进新型城镇化", *BODY_SKILLS, *body)
    assert art.authors == ["钱澍"]
    assert art.body.endswith("支撑作用。")
    # negative: a bracket that names no one stays in the text
    (art,) = tight_articles("推进新型城镇化", *BODY_SKILLS, body[0], "化对现代化的支撑作用。（试行）")
    assert art.authors == [] and art.body.endswith("（试行）")


def test_a_named_label_with_a_byline_under_it_is_the_kicker_of_the_title_below() -> None:
    from textclean.clean.match import BigramIdf
    from textclean.clean.units import Unit, join_kickers

    def unit(*parts: tuple[str, str], at: int) -> Unit:
        els = [Element(k, [Item(at + i, t, t, len(t), True, True)], t) for i, (k, t) in enumerate(parts)]  # type: ignore[arg-type]
        return Unit(els, at, at + len(els) - 1)

    # pdftotext's text of devpages cpc-19-07: 党的十九大报告摘编 ∅ 邵思黛 黎毅颖 ∅ 建设高素质专业化干部队伍 made the
    # kicker and byline a head of their own (the kicker then a title, taking a piece of the article's text)
    idf = BigramIdf(["建设高素质专业化干部队伍，党的干部。", "全面增强执政本领，党的本领。"])
    head = [
        unit(("title", "党的十九大报告摘编"), ("byline", "邵思黛 黎毅颖"), at=0),
        unit(("title", "建设高素质专业化干部队伍"), at=2),
    ]
    joined = join_kickers(head, idf)
    assert [[(e.kind, e.text) for e in u.elements] for u in joined] == [
        [("kicker", "党的十九大报告摘编"), ("byline", "邵思黛 黎毅颖"), ("title", "建设高素质专业化干部队伍")]
    ]
    # negative: a clause with its byline (a title, opening with a preposition) over the next article's head
    head = [
        unit(("title", "以法治化建设推进工作"), ("byline", "徐海荣"), at=0),
        unit(("title", "全面增强执政本领"), at=2),
    ]
    assert [len(u.elements) for u in join_kickers(head, idf)] == [2, 1]
    # negative: the title under it has a byline of its own
    head = [
        unit(("title", "党的十九大报告摘编"), ("byline", "邵思黛"), at=0),
        unit(("title", "建设高素质专业化干部队伍"), ("byline", "黎毅颖"), at=2),
    ]
    assert [len(u.elements) for u in join_kickers(head, idf)] == [2, 2]


def test_untitled_pieces_of_a_measure_no_titled_article_has_are_one_article() -> None:
    from textclean.clean.drafts import continuation_targets

    def piece(width: int, lines: int, first: int) -> Draft:
        items = [Item(first + k, "文" * width, "文" * width, float(width), True, True) for k in range(lines)]
        return Draft([Element("body", items)])

    # pdftotext's text of devpages gov-1984-02: the title 关于外交工作 ran into a line of the article above; its two
    # pieces (23 em), read apart with another article between them, stood as two untitled articles
    drafts = [piece(12, 6, 0), piece(23, 6, 10), piece(28, 6, 20), piece(23, 6, 30)]
    assert continuation_targets(drafts, {0, 2}, [set(), {"byline"}, set(), set()]) == {3: 1}
    # negative: each piece with a byline of its own is another article
    assert continuation_targets(drafts, {0, 2}, [set(), {"byline"}, set(), {"byline"}]) == {}
    # negative: pieces of two measures
    drafts[3] = piece(19, 6, 30)
    assert continuation_targets(drafts, {0, 2}, [set(), {"byline"}, set(), set()]) == {}


def test_a_title_over_the_next_articles_report_name_is_no_kicker_of_it() -> None:
    from textclean.clean.match import BigramIdf
    from textclean.clean.units import Unit, join_kickers

    def unit(text: str, at: int) -> Unit:
        return Unit([Element("title", [Item(at, text, text, len(text), True, True)], text)], at, at)

    # pdftotext's text of devpages gov-1985-01: a title read after its body (关于经济形势), then the next article's
    # kicker and title. The title names no body in particular (report excerpts share their words), so it was made
    # the kicker of the report's name under it, and that name the title
    idf = BigramIdf(["经济形势很好，经济体制改革。", "经济体制改革，经济形势好。"])
    units = [unit("关于经济形势", 1), unit("1985年政府工作报告摘编", 2), unit("关于经济体制改革", 3)]
    joined = join_kickers(units, idf)
    assert [[(e.kind, e.text) for e in u.elements] for u in joined] == [
        [("title", "关于经济形势")],
        [("kicker", "1985年政府工作报告摘编"), ("title", "关于经济体制改革")],
    ]
    # negative: a slogan over a title is its kicker still
    joined = join_kickers([unit("奋进新征程", 1), unit("关于经济体制改革", 2)], idf)
    assert [[e.kind for e in u.elements] for u in joined] == [["kicker", "title"]]


def test_a_title_given_a_kicker_takes_its_lower_half_set_tight_under_it() -> None:
    from textclean.clean.match import BigramIdf
    from textclean.clean.units import Unit, join_kickers

    def unit(text: str, at: int, gap: bool) -> Unit:
        return Unit([Element("title", [Item(at, text, text, len(text), gap, True)], text)], at, at)

    # pdftotext's text of devpages cpc-16-08: kicker ∅ upper half / lower half (set tight). Once the report's name
    # was the upper half's kicker, the lower half stood as a title of its own
    idf = BigramIdf(["做好基层党建工作，增强党的阶级基础。", "加强作风建设，开展反腐败斗争。"])
    units = [
        unit("党的十六大报告摘编", 1, True),
        unit("切实做好基层党建工作", 2, True),
        unit("增强党的阶级基础", 3, False),
    ]
    joined = join_kickers(units, idf, spaced=True)
    assert [[(e.kind, e.text) for e in u.elements] for u in joined] == [
        [("kicker", "党的十六大报告摘编"), ("title", "切实做好基层党建工作 增强党的阶级基础")]
    ]
    # negative: a body's first line read as a title (a comma: running text) is no lower half
    units[2] = unit("１９８５年，是贯彻党", 3, False)
    assert len(join_kickers(units, idf, spaced=True)) == 2


def test_a_column_label_read_inside_another_articles_sentence_heads_the_next_title() -> None:
    # pdftotext's text of devpages cpc-16-03: the third article's label, set atop a column, was read before the rest
    # of the second article's column beside it (…G 读报告 / 质，改善经济增长质量…); it went to the second article
    import json
    from pathlib import Path

    from textclean import clean_page

    root = Path(__file__).resolve().parents[1] / "pages" / "devpages"
    gold = json.loads((root / "gold" / "cpc-16-03.json").read_text("utf-8"))["articles"]
    page = root / "pdftotext" / "cpc-16-03.txt"
    got = [(a.column, a.title) for a in clean_page(page.name, page.read_bytes()).articles]
    assert [(a["column"], a["title"]) for a in gold] == got
    # negative (the rule's own cases, doctests of labelheads.labels_over_later_titles): a label over text that opens a
    # paragraph, or before a title with a label of its own, stays where it was
    assert ("读报告", "经济建设和经济体制改革") not in got


def test_the_pages_top_line_over_a_byline_over_a_title_is_its_banner() -> None:
    from textclean.clean.articles import build_articles
    from textclean.models import Line, Page

    def tight(*lines: str) -> list:  # (PyMuPDF: no blank line on the page)
        return build_articles(Page("p.txt", "0" * 64, "utf-8", tuple(Line(k, t) for k, t in enumerate(lines))))

    # a byline sits over its title or under it: here the title's, so the line above both heads no article.
    # Before, the page's name, bonded with the byline, became the article's kicker and the page had no banner
    (law,) = tight("文献周刊", "谢霖榕", "深化工会法治建设", *LAW_BODY, AFFILIATION)
    assert (law.page_banner, law.kicker, law.title, law.authors) == ("文献周刊", None, "深化工会法治建设", ["谢霖榕"])
    # negative: a title over its byline over its body is the article's title, no banner
    (law,) = tight("深化工会法治建设", "谢霖榕", *LAW_BODY, AFFILIATION)
    assert (law.page_banner, law.title, law.authors) == (None, "深化工会法治建设", ["谢霖榕"])
    # negative: a two-part headline with its byline under it, over the next article's head, is no banner
    first = tight("奋进新征程 建功新时代", "谢霖榕", "深化工会法治建设", *LAW_BODY, AFFILIATION)[0]
    assert first.page_banner is None


def test_a_byline_in_a_block_of_its_own_over_a_title_is_that_titles() -> None:
    # pdftotext's devpages gov-1987-02 (a blank line between blocks only): …家。 ∅ 许怡昕 ∅ 继续发展各种横向经济联合 /
    # body. The name, alone, went to the article above as its trailing byline; pdfminer and PyMuPDF read it with the
    # title under it
    from textclean.clean.articles import build_articles
    from textclean.models import Line, Page

    def blocks(*blocks: tuple[str, ...]) -> list:
        lines: list[Line] = []
        for block in blocks:
            lines += [Line(len(lines) + k, t) for k, t in enumerate(block)] + [Line(len(lines) + len(block), "")]
        return build_articles(Page("p.txt", "0" * 64, "utf-8", tuple(lines)))

    law, skills = ("深化工会法治建设", *LAW_BODY), ("推进职工技能培训", *SKILLS_BODY)
    arts = blocks(law, ("许怡昕",), skills)
    assert [(a.title, a.authors) for a in arts] == [("深化工会法治建设", []), ("推进职工技能培训", ["许怡昕"])]
    # negative: set tight under the body's last line, the byline ends that article
    arts = blocks((*law, "许怡昕"), skills)
    assert [(a.title, a.authors) for a in arts] == [("深化工会法治建设", ["许怡昕"]), ("推进职工技能培训", [])]
    # negative: on a page that sets its body lines apart (pdfminer's loose boxes), a byline apart says nothing
    assert articles_of(*law, "许怡昕", *skills)[0].authors == ["许怡昕"]


def test_a_byline_after_a_body_broken_off_inside_a_sentence_heads_the_title_under_it() -> None:
    # pdfminer's devpages gov-1987-02 (a blank line after each line): …要广泛实行厂长任期目标责任制和任期 ∅ 许怡昕 ∅
    # 继续发展各种横向经济联合 / body. The body above goes on elsewhere, so the name is not printed at its end; it
    # went to that body as its trailing byline
    law = ("深化工会法治建设", *LAW_BODY[:-1])  # (its last line breaks off inside a sentence)
    skills = ("推进职工技能培训", *SKILLS_BODY)
    arts = articles_of(*law, "许怡昕", *skills)
    assert [(a.title, a.authors) for a in arts] == [("深化工会法治建设", []), ("推进职工技能培训", ["许怡昕"])]
    # negative: after a body that ends a sentence, the byline may end that article: it stays there
    arts = articles_of(*law, LAW_BODY[-1], "许怡昕", *skills)
    assert [(a.title, a.authors) for a in arts] == [("深化工会法治建设", ["许怡昕"]), ("推进职工技能培训", [])]
    # negative: the title under it has a byline of its own set right under it: the first is the body's above
    arts = articles_of(*law, "许怡昕", skills[0], "谢霖榕", *skills[1:])
    assert [(a.title, a.authors) for a in arts] == [("深化工会法治建设", ["许怡昕"]), ("推进职工技能培训", ["谢霖榕"])]


def test_a_piece_stopping_inside_a_sentence_goes_before_the_titled_piece_of_its_measure_opening_inside_one() -> None:
    from textclean.clean.drafts import continuation_targets

    def piece(width: int, n: int, first: float, end: str) -> Draft:
        texts = ["文" * width] * (n - 1) + ["文" * (width - 1) + end]
        widths = [first] + [float(width)] * (n - 1)
        return Draft(
            [
                Element(
                    "body", [Item(k, t, t, w, True, True) for k, (t, w) in enumerate(zip(texts, widths, strict=True))]
                )
            ]
        )

    # devpages gov-1983-01 (pdftotext): an untitled 32 em piece stops inside a sentence (``…为了``); of the two
    # titled pieces of its measure, ``关于经济建设`` opens inside a paragraph (``在今后五年内保证…``, a full line)
    stops, indented, opener = piece(32, 6, 30.0, "了"), piece(32, 6, 30.0, "。"), piece(32, 6, 32.0, "。")
    assert continuation_targets([indented, opener, stops], {0, 1}, [set()] * 3) == {2: 1}
    # both titled pieces open inside a paragraph: nothing tells which one it goes on into
    assert continuation_targets([opener, opener, stops], {0, 1}, [set()] * 3) == {}


def test_two_titled_pieces_of_one_article_join_under_the_stronger_title_on_a_devpage() -> None:
    import json
    from pathlib import Path

    from textclean import clean_page

    # pdftotext's text of devpages gov-2014-02: the page's name (学习园地) with the pull quote set under it titled
    # the article's first column, which stops inside a word (加快投融资体制改); its own title headed the second
    # column (革，推进投资主体多元化，…). Before, two articles; after, one, the page's name its banner.
    root = Path(__file__).resolve().parents[1] / "pages" / "devpages"
    gold = json.loads((root / "gold" / "gov-2014-02.json").read_text("utf-8"))["articles"]
    page = root / "pdftotext" / "gov-2014-02.txt"
    got = clean_page(page.name, page.read_bytes()).articles
    assert [(a.title, a.page_banner) for a in got] == [(a["title"], a["page_banner"]) for a in gold]
    assert "".join(b.text for b in got[0].blocks).replace(" ", "").startswith("扩大内需是经济增长的主要动力")


def test_two_titled_pieces_each_titled_by_its_own_words_stay_two() -> None:
    from textclean.clean.drafts import Draft
    from textclean.clean.roles import Element, Item
    from textclean.clean.titledpieces import titled_joins

    def piece(text: str, last: float) -> Draft:
        widths = [20.0] * 5 + [last]
        return Draft([Element("body", [Item(k, text, text, w, True, True) for k, w in enumerate(widths)])])

    drafts = [
        piece("扩大内需，发挥消费的基础作用和投资的关键", 20.0),
        piece("作用，加快投融资体制改革，推进投资主体", 12.0),
    ]
    # the upper piece titled with the page's name (its words in no body): it yields, the two join
    assert titled_joins(drafts, {0: "学习园地", 1: "增强内需拉动经济的主引擎作用"}, [set(), set()]) == [(0, 1, 0)]
    # negative: each title's words fit its own text (two articles set in one measure): no join
    assert titled_joins(drafts, {0: "扩大内需发挥消费作用", 1: "加快投融资体制改革"}, [set(), set()]) == []
    # negative: the upper piece ends short of the column (a paragraph's last line, or a signature): no join
    short = [piece("扩大内需，发挥消费的基础作用和投资的关键", 14.0), drafts[1]]
    assert titled_joins(short, {0: "学习园地", 1: "增强内需拉动经济的主引擎作用"}, [set(), set()]) == []


def test_an_unmarked_quote_cut_off_as_a_body_between_two_pieces_of_its_article_joins_them() -> None:
    from textclean.clean.drafts import body_drafts
    from textclean.clean.quotes import lift_restated_quotes

    # PyMuPDF's text of the second layout (lay-033): a pull quote printed with no marker, 11 em in a 15 em column,
    # read as a body of its own measure between two pieces of its article; the next piece then stood as an article
    # of its own and took the first one's byline
    def body(*texts: str, width: float = 15.0) -> Element:
        return Element("body", [Item(k, t, t, width, False, False) for k, t in enumerate(texts)])

    said = "我们加大三农工作力度，及时作出部署，保护种粮积极性。"
    above = body("我们坚持扩大内需方针，实施积极的财政政", "策。" + said, "缓解煤电油运供应紧张状况。")
    below = body("我们积极推进经济结构战略性调整，抓紧一", "批重点项目建设。")
    quote = body("我们加大三农工作力度，", "及时作出部署，保护", "种粮积极性。", width=11.0)
    elements = lift_restated_quotes([above, quote, below])
    assert [e.kind for e in elements] == ["body", "box", "body"]
    assert elements[1].text == said
    drafts, _ = body_drafts(elements)
    assert len(drafts) == 1 and drafts[0].bodies == [above, below]
    # negative: a box quoting the body below it opens that body's article (its pull quote), as before
    other = body("我们推进西部大开发，加快水利能源交通等", "项目的建设。")
    box = Element("box", [], "我们积极推进经济结构战略性调整，抓紧一批重点项目建设。")
    assert len(body_drafts([other, box, below])[0]) == 2
    # negative: the same narrow lines saying what no body says again stay a body
    assert [
        e.kind for e in lift_restated_quotes([above, body("我们加大西部开发力度，", "保护生态。", width=11.0), below])
    ] == [
        "body",
        "body",
        "body",
    ]


def test_a_body_read_after_a_box_that_opens_a_paragraph_in_another_measure_is_another_articles() -> None:
    # pdftotext's devpages gov-1995-01: ``…二期工程提`` (14 em) / box / ``在１９９５年的经济工作中，…`` (a 24 em
    # column's first line): the next article's first column went on from the article above the box
    gold, got = devpage("pdftotext", "gov-1995-01")
    review = next(a for a in got if a.title == "１９９４年国内工作的回顾")
    assert "在１９９５年的经济工作中" not in "".join(b.text for b in review.blocks)
    opening = gold[1]["blocks"][0]["text"][:12]
    assert any(opening in "".join(b.text for b in a.blocks) for a in got if a.title != review.title)


def test_a_sentence_broken_by_a_box_goes_on_in_the_body_under_it() -> None:
    # negative: the body under the box finishes the word the sentence broke off (资本主 / 义), or opens a
    # paragraph in the draft's own measure: one article's body across the box
    from textclean.clean.drafts import body_drafts

    def body(*ts: str) -> Element:
        return Element("body", [Item(k, t, t, float(len(t)), True, True) for k, t in enumerate(ts)])

    box = Element("box", [], "●观点")
    above = body(*["乙" * 14] * 4, "无产阶级专政，复辟资本主")
    for below in (body("义。在国内，他们要", *["甲" * 16] * 4), body("在国内，他们要把", *["甲" * 14] * 4)):
        drafts, _ = body_drafts([above, box, below])
        assert len(drafts) == 1
    drafts, _ = body_drafts([above, box, body("在国内，他们要把", *["甲" * 16] * 4)])
    assert len(drafts) == 2


def test_a_title_read_inside_a_sentence_that_resumes_in_another_block_on_a_devpage() -> None:
    # pdftotext: ``…积极开`` / ∅ / two title lines as wide as the column / the next article's body / … / ∅ /
    # ``展多种经营。…``: the sentence resumes in another block, so the title lines open a block of their own
    gold, articles = devpage("pdftotext", "gov-1981-01")
    title = "把消费品工业的发展放到重要地位 进一步调整重工业的服务方向"
    assert title in [a["title"] for a in gold]
    got = [a.title.replace(" ", "") for a in articles]
    assert title.replace(" ", "") in got
    assert "依靠政策和科学 加快农业的发展" in [a.title for a in articles]


def test_title_lines_inside_a_sentence_that_resumes_in_a_later_block_are_a_head() -> None:
    from textclean.clean.innerheads import split_inner_heads
    from textclean.clean.roles import Item

    def mk(t: str, gap: bool = False) -> Item:
        return Item(0, t, t, float(len(t)), gap, False)

    # pdftotext, devpages gov-1981-01: title lines as wide as the column above, set over the next article's body
    full = [mk("甲乙丙丁戊己庚辛壬癸子丑寅卯。"), *[mk("甲乙丙丁戊己庚辛壬癸子丑寅卯辰")] * 3]
    head = [mk("把消费品工业的发展放到重要地位", True), mk("进一步调整重工业的服务方向")]
    text = [mk("农村形势越来越好，农业向轻工业提"), *[mk("供的原料愈来愈多，城乡人民的货币收入")] * 6]
    ends = [mk("安定团结政治局面的巩固。"), mk("就越主动。")]
    far = [*full, mk("决不放松粮食生产，积极开"), *head, *text, *ends, mk("展多种经营。", True), *full]
    assert [(h, len(p)) for h, p in split_inner_heads(far)][:2] == [(False, 5), (True, 2)]
    # no block finishes the word the sentence broke off: nothing says where it resumes, the lines stay in it
    nowhere = [*far[:-5], mk("多种经营。", True), *full]
    assert [(h, len(p)) for h, p in split_inner_heads(nowhere)][:2] != [(False, 5), (True, 2)]


def test_a_reports_name_read_beside_a_title_is_a_kicker_not_the_title_of_a_piece_on_a_devpage() -> None:
    """pdftotext, devpages cpc-16-05: ``党的十六大报告摘编`` read over ``千方百计扩大就业 不断改善人民生活`` titled that
    article's second column; now it is the article's kicker and the two columns one article. Negative: the vague
    clause title beside, ``政治建设和政治体制改革``, keeps its article."""
    gold, articles = devpage("pdftotext", "cpc-16-05")
    assert len(articles) == len(gold) == 3
    first = next(a for a in articles if a.title == "千方百计扩大就业 不断改善人民生活")
    assert first.kicker == "党的十六大报告摘编"
    assert "发展经济的根本目的" in "".join(b.text for b in first.blocks)
    assert "政治建设和政治体制改革" in [a.title for a in articles]


def test_a_top_line_over_a_second_head_of_the_first_body_is_the_banner_when_a_body_has_no_head() -> None:
    # PyMuPDF's devpages gov-2021-03: the page's name over the first article's title over its body; a second body
    # read under the first, with no head of its own, made as many bodies as titles, and the name titled it
    from textclean import clean_page

    gold, articles = devpage("pymupdf", "gov-2021-03")
    assert {a["page_banner"] for a in gold} == {a.page_banner for a in articles} == {"文献与研究"}
    assert "切实增进民生福祉 不断提高社会建设水平" in [a.title for a in articles]
    # negative: a top line that opens as a report's name (as often the first article's kicker) is no banner so
    from pathlib import Path

    page = Path(__file__).resolve().parents[1] / "pages" / "devpages" / "pymupdf" / "gov-2021-03.txt"
    text = page.read_text("utf-8").replace("文献与研究", "2021年政府工作报告摘编", 1)
    assert {a.page_banner for a in clean_page(page.name, text.encode("utf-8")).articles} == {None}


def test_a_short_piece_read_before_its_head_goes_on_into_the_titled_draft_of_its_measure() -> None:
    from textclean.clean.drafts import Draft, short_pieces
    from textclean.clean.roles import Element, Item

    # pdfminer reads the first two lines of 着力改善民生… before its head: they stood as an untitled article
    gold, articles = devpage("pdfminer", "gov-2010-01")
    opening = "在应对国际金融危机的困难情况下"
    assert any(a["title"] == "着力改善民生，加快发展社会事业" for a in gold)
    assert [a.title for a in articles if opening in "".join(b.text for b in a.blocks)] == [
        "着力改善民生，加快发展社会事业"
    ]

    def mk(w: int, n: int) -> Draft:
        return Draft([Element("body", [Item(k, "文" * w, "文" * w, float(w), True, True) for k in range(n)])])

    # negative: an untitled draft of that measure too (an article whose title went elsewhere): not joined
    assert short_pieces([mk(21, 6), mk(11, 6), mk(21, 2)], {0, 1}, [21.0, 11.0, 0.0], [set()] * 3) == {2: 0}
    assert short_pieces([mk(21, 6), mk(21, 6), mk(21, 2)], {0}, [21.0, 21.0, 0.0], [set()] * 3) == {}


def test_a_short_piece_measured_an_em_narrow_goes_on_by_its_widest_line_on_a_devpage() -> None:
    from textclean.clean.drafts import Draft, short_pieces
    from textclean.clean.roles import Element, Item

    # pdftotext's text of devpages gov-1988-03: 7 lines of 切实搞好政府机构改革 (21 em) read after the next
    # article's column, 21, 21, 20, 20, 20, 20, 2 em wide (measured 20): they stood as an untitled article
    gold, articles = devpage("pdftotext", "gov-1988-03")
    piece = "专业管理部门和综合部门内的专业机构"
    assert any(a["title"] == "切实搞好政府机构改革" for a in gold)
    assert [a.title for a in articles if piece in "".join(b.text for b in a.blocks)] == ["切实搞好政府机构改革"]
    assert len(articles) == len(gold)

    def mk(*widths: int) -> Draft:
        return Draft(
            [Element("body", [Item(k, "文" * w, "文" * w, float(w), True, True) for k, w in enumerate(widths)])]
        )

    titled = [mk(*[21] * 6), mk(*[11] * 6)]
    loose = mk(21, 21, 20, 20, 20, 20, 2)
    assert short_pieces([*titled, loose], {0, 1}, [21.0, 11.0, 20.0], [set()] * 3) == {2: 0}
    # negative: measured at its widest line (continuation_targets decides), or 8 lines and more: not joined here
    assert short_pieces([*titled, mk(21, 21, 21, 21, 21, 2)], {0, 1}, [21.0, 11.0, 21.0], [set()] * 3) == {}
    longer = mk(21, 21, 20, 20, 20, 20, 20, 2)
    assert short_pieces([*titled, longer], {0, 1}, [21.0, 11.0, 20.0], [set()] * 3) == {}
    # negative: its widest line the measure of two drafts
    assert short_pieces([*titled, mk(*[21] * 6), loose], {0, 1}, [21.0, 11.0, 21.0, 20.0], [set()] * 4) == {}


def test_a_label_read_under_the_first_title_is_the_page_banner_on_a_devpage() -> None:
    # pdfminer's text of devpages gov-2006-02: the banner 重要文献, set at the page's top corner, read after the
    # title beside it; it was the article's title and the title its kicker
    gold, articles = devpage("pdfminer", "gov-2006-02")
    [article] = articles
    assert (article.page_banner, article.title, article.kicker) == (gold[0]["page_banner"], gold[0]["title"], None)


def test_a_label_read_under_the_first_title_and_printed_again_is_no_banner() -> None:
    def el(kind: str, t: str) -> Element:
        return Element(kind, [Item(0, t, t, float(len(t)), True, True)], t)

    page = [
        el("title", "社会主义初级阶段"),
        el("title", "学习贯彻"),
        el("body", "正确认识我国社会现在所处的历史阶段。"),
    ]
    assert label_read_second(page) is page[1]
    page.append(el("title", "学习贯彻"))  # (a column label each article carries)
    assert label_read_second(page) is None
    page[2:] = [
        el("byline", "本报记者 杨芮茜"),
        el("title", "2011年工作回顾"),
    ]  # (a label over the next title's byline)
    assert label_read_second(page) is None


def test_a_letter_spaced_label_set_over_a_title_is_its_column_label_not_the_page_banner() -> None:
    from textclean.clean.articles import build_articles
    from textclean.models import Line, Page

    def heads(lines: list[str]) -> list[tuple[str | None, str | None, str]]:
        page = Page("p.txt", "0" * 64, "utf-8", tuple(Line(i, t) for i, t in enumerate(lines)))
        return [(a.page_banner, a.column, a.title) for a in build_articles(page)]

    # pdfminer's text of a page of the second layout, whose labels are letter-spaced as a banner is: the top
    # label read in one box with the title under it (no blank line), another label lower down over its title
    first = ["搞好宏观调", "控，保持经济", "平稳较快发展", ""]
    body = [
        "根据国内外经济形势和宏观调",
        "控任务的要求，今年要实行稳",
        "健的财政政策和从紧的货币政",
        "策，保持经济平稳较快发展。",
        "",
    ]
    second = [
        "加强农业基础建设",
        "",
        "要加大对农业的投入力度，促",
        "进农业发展和农民增收，巩固",
        "和发展农业农村的好形势。",
        "",
    ]
    assert heads(["思 想 理 论", *first, *body, "学 思 践 悟", "", *second]) == [
        (None, "思想理论", "搞好宏观调控，保持经济平稳较快发展"),
        (None, "学思践悟", "加强农业基础建设"),
    ]
    # below the top: the label over its title (it was the page's banner, spread_banner)
    assert heads(["搞好宏观调控", "", *body, "权 威 解 读", "", *second]) == [
        (None, None, "搞好宏观调控"),
        (None, "权威解读", "加强农业基础建设"),
    ]
    # negative: the top line parted from the title by a blank line is a box of its own: the page's banner
    assert heads(["思 想 理 论", "", *first, *body, "学 思 践 悟", "", *second]) == [
        ("思想理论", None, "搞好宏观调控，保持经济平稳较快发展"),
        ("思想理论", "学思践悟", "加强农业基础建设"),
    ]


def test_a_name_under_a_column_label_right_over_a_title_is_its_kicker() -> None:
    from textclean.clean.match import BigramIdf
    from textclean.clean.units import Unit, join_kickers

    def el(kind: str, text: str, at: int) -> Element:
        return Element(kind, [Item(at, text, text, float(len(text)), True, True)], text)

    # the section's name shares its words with the one excerpt of that section: it names that body by more
    # than a kicker's margin, yet a name under a label, right over a title, is that title's kicker
    idf = BigramIdf(["一年来工作回顾：我们适时适度调控经济，促进经济平稳快速发展。", "加强法制建设，维护社会稳定。"])
    head = Unit([el("column", "G 理论学习", 0), el("title", "一年来工作回顾", 1)], 0, 1)
    title = Unit([el("title", "适时适度调控促进经济平稳快速发展", 2)], 2, 2)
    joined = join_kickers([head, title], idf)
    assert [[e.kind for e in u.elements] for u in joined] == [["column", "kicker", "title"]]
    # negative: a label over a clause is a head of its own (two articles' titles stacked)
    clause = Unit([el("column", "G 回顾与展望", 0), el("title", "加强法制建设", 1)], 0, 1)
    assert len(join_kickers([clause, Unit([el("title", "适时适度调控促进经济平稳快速发展", 2)], 2, 2)], idf)) == 2
    # negative: a label and name with a byline under them are a head of their own
    bylined = Unit([el("column", "G 理论学习", 0), el("title", "一年来工作回顾", 1), el("byline", "杨玲婷", 2)], 0, 2)
    assert len(join_kickers([bylined, Unit([el("title", "加强法制建设", 3)], 3, 3)], idf)) == 2


def test_a_name_under_a_column_label_on_a_devpage() -> None:
    # devpages gov-1975-01: ``G 学习笔记`` ∅ ``1975年政府工作报告摘编`` ∅ ``1975年政府工作报告``; before, label and
    # name were a head of their own (a leftover given to another article), the title without them
    for extractor in ("pdftotext", "pymupdf"):
        _, articles = devpage(extractor, "gov-1975-01")
        got = [(a.column, a.kicker) for a in articles if a.title == "1975年政府工作报告"]
        assert got == [("学习笔记", "1975年政府工作报告摘编")]


def test_column_labels_read_in_a_row_head_the_titles_that_follow_in_order() -> None:
    # pdftotext, devpages cpc-19-04: two heads set side by side, read across: ``G 读报告`` ∅ ``G 要点速览`` ∅
    # ``坚定文化自信，…`` ∅ ``深化机构和行政体制改革``; before, the second label went to the first title
    _, articles = devpage("pdftotext", "cpc-19-04")
    got = {a.title: a.column for a in articles}
    assert got["坚定文化自信，推动社会主义文化繁荣兴盛"] == "读报告"
    assert got["深化机构和行政体制改革"] == "要点速览"


def test_column_labels_in_a_row_with_too_few_titles_stay_as_read() -> None:
    from textclean.clean.labelrows import label_rows
    from textclean.clean.units import Unit

    def el(kind: str, text: str) -> Element:
        return Element(kind, [Item(0, text, text, float(len(text)), True, True)], text)

    # negative: one title under two labels: the lower label keeps it, the upper stays alone
    els = [el("column", "G 读报告"), el("column", "G 要点速览"), el("title", "坚定文化自信")]
    units = label_rows([Unit(els[:1], 0, 0), Unit(els[1:], 1, 2)])
    assert [[e.text for e in u.elements] for u in units] == [["G 读报告"], ["G 要点速览", "坚定文化自信"]]
    # negative: a label alone, not in a row, is left to the other rules
    lone = label_rows([Unit(els[:1], 0, 0), Unit(els[2:], 2, 2)])
    assert [[e.text for e in u.elements] for u in lone] == [["G 读报告"], ["坚定文化自信"]]


def test_titles_stacked_over_a_byline_given_to_a_body_are_as_near_to_it() -> None:
    # pdfminer, devpages gov-1957-01: ``关于社会主义建设`` / ``1957年政府工作报告摘编 关于教育改革问题`` / byline /
    # body; only the lower title was near the byline's body and took it, the page's three titles went round
    gold, articles = devpage("pdfminer", "gov-1957-01")
    got = {a.title: a.blocks[0].text for a in articles if a.blocks}
    want = {a["title"]: a["blocks"][0]["text"] for a in gold}
    for title in ("关于社会主义革命", "关于社会主义建设", "关于教育改革问题"):
        assert got[title] == want[title]
    # negative: a title over a title (not a byline) already given to a body is not drawn to it
    from textclean.clean.assign import _leads_to
    from textclean.clean.units import Unit

    def unit(kind: ElementKind, at: int, draft: int | None) -> Unit:
        v = Unit([Element(kind, [Item(at, "关于", "关于", 2.0, True, True)], "关于")], at, at)
        v.draft = draft
        return v

    upper, lower = unit("title", 0, None), unit("title", 1, 0)
    assert not _leads_to(upper, 0, [upper, lower], {2: 0})
    assert _leads_to(upper, 0, [upper, unit("byline", 1, 0)], {2: 0})


def _element(kind: ElementKind, *lines: str) -> Element:
    return Element(kind, [Item(0, t, t, float(len(t)), True, True) for t in lines], "".join(lines))


REFORM_BODY = (
    "对现有企业进行设备更新，既能改变任务不足的状况，",
    "又能提高经济效益。应该发动广大职工群众，提合理化建议，",
    "实现生产技术的革新。",
)
ENERGY_BODY = (
    "能源、交通是当前经济发展中的薄弱环节，要有重点有步骤地",
    "进行节约，有重点有步骤地开发，提高利用效率。",
)


def test_a_title_over_a_box_quoting_the_body_below_heads_that_body() -> None:
    # pdfminer's devpages gov-1981-02: two heads stacked over a pull quote set over its own body; the lower
    # title's words recur more in the other body, which took it; the box quoting the body below places the title
    heads = [_element("title", "提高能源的利用效率"), _element("title", "有重点有步骤地进行技术改造")]
    box = _element("box", "应该发动广大职工群众，提合理化建议，实现生产技术的革新。")
    units = assign_headlines([*heads, box, _element("body", *REFORM_BODY), _element("body", *ENERGY_BODY)])[1]
    got = {u.elements[0].text: u.draft for u in units}
    assert got["有重点有步骤地进行技术改造"] == 0
    assert got["提高能源的利用效率"] == 1


def test_a_box_quoting_another_body_places_no_title() -> None:
    # negative: the box set over the first body quotes the second; it is no evidence of the first body's title
    heads = [_element("title", "提高能源的利用效率"), _element("title", "有重点有步骤地进行技术改造")]
    box = _element("box", "能源、交通是当前经济发展中的薄弱环节")
    units = assign_headlines([*heads, box, _element("body", *REFORM_BODY), _element("body", *ENERGY_BODY)])[1]
    got = {u.elements[0].text: u.draft for u in units}
    assert got["有重点有步骤地进行技术改造"] == 1


def test_a_neighbours_title_over_a_box_quoting_another_storys_column_keeps_its_own_body() -> None:
    # negative of the gov-1981-02 rule: the box quotes the housing story's second column, read next; the title right
    # above it names the after-school story below, whose words it holds, and heads that
    from textclean.clean.page import clean_page

    page = "\n".join(
        (
            "要闻",
            "2025年4月9日 星期三 第3版",
            "",
            "老旧小区焕新颜",
            "",
            "今年以来，我市加快推进老旧小区改造，",
            "已完成改造项目一百二十个，惠及居民三",
            "万余户。",
            "",
            "课后服务解家长之忧",
            "",
            "●观点",
            "社区坚持问需于民，",
            "先后召开居民议事会",
            "六十余场。",
            "",
            "改造中，社区坚持问需于民，先后召开居",
            "民议事会六十余场，加装电梯一百多部，",
            "居民满意度明显提升。",
            "",
            "本报记者 张三",
            "",
            "全市中小学今秋起全面推行课后服务，每",
            "天延长两小时，学校提供作业辅导、兴趣",
            "小组等多种服务，家长普遍欢迎。",
        )
    )
    arts = clean_page("p.txt", page.encode()).articles
    titled = {a.title: a for a in arts}
    assert "课后服务" in titled["课后服务解家长之忧"].body
    assert "加装电梯" not in titled["课后服务解家长之忧"].body
