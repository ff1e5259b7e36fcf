"""Run-in datelines and bylines of a city daily: ``本报X月X日讯``, role words set close against names, ``记者 X 报道``."""

from __future__ import annotations

from textclean.clean.articles import run_in_dateline
from textclean.clean.bylines import byline_names, run_in_reports_byline
from textclean.clean.page import clean_page
from textclean.clean.repair import join_lines
from textclean.config import Config
from textclean.models import Block

NO_TOKENS = Config(tokens=False, keywords_top_k=0)


def _opening(text: str) -> tuple[list[str], str]:
    names, blocks = run_in_dateline([Block("paragraph", text)])
    return names, blocks[0].text


def test_a_dated_dateline_closed_by_xun_gives_the_authors() -> None:
    assert _opening("本报东陵5月20日讯（记者 郝远雨）为回应企业关切，") == (["郝远雨"], "为回应企业关切，")
    assert _opening("本报云溪2月22日讯（记者 范娟勇、贾杰军）据了解，") == (["范娟勇", "贾杰军"], "据了解，")


def test_a_date_before_xun_in_running_text_is_no_dateline() -> None:
    for text in ("今年5月20日讯息传来，全市振奋。", "本报5月20日讯（综合报道）国务院…"):
        assert _opening(text) == ([], text)


def test_a_role_word_set_close_against_its_name_heads_it() -> None:
    assert _opening("本报讯（记者梁婷玉 通讯员姜帅彬）在沙洲区") == (["梁婷玉", "姜帅彬"], "在沙洲区")
    assert _opening("本报讯（通讯员 姜岩 记者杨涛）医保部门") == (["姜岩", "杨涛"], "医保部门")
    assert byline_names("记者 崔湄 记者会上") is None  # (``记者会上`` is no role and name)


def test_a_break_inside_a_role_word_of_a_dateline_is_no_gap_between_names() -> None:
    text = join_lines(["本报讯（记者梁帆婷 通讯", "员雷思博）截至目前，当地新"])
    assert text == "本报讯（记者梁帆婷 通讯员雷思博）截至目前，当地新"
    assert _opening(text) == (["梁帆婷", "雷思博"], "截至目前，当地新")


def test_a_run_in_byline_closed_by_reports_gives_the_authors() -> None:
    assert _opening("记者 马露帅 王帅博 报道\u3000去年，安宁市") == (["马露帅", "王帅博"], "去年，安宁市")
    assert _opening("本报记者于艳、曾桂霞报道：科技金融") == (["于艳", "曾桂霞"], "科技金融")


def test_words_before_reports_that_are_no_byline_stay_in_the_text() -> None:
    for text in ("记者从会上获悉，报道称", "记者在采访中报道了此事。", "据报道，记者 王刚 报道"):
        assert run_in_reports_byline(text) == ([], text)
        assert _opening(text) == ([], text)


def test_a_story_opening_with_a_run_in_byline_closed_by_reports() -> None:
    page = "\n".join(
        [
            "乡村学校迎来新面孔",
            "记者 马露帅 王帅博 报道去年，安",
            "宁市累计新增中小学学位256个，",
            "新建标准化学校食堂256所。",
        ]
    )
    (article,) = clean_page("p.txt", page.encode(), NO_TOKENS).articles
    assert (article.title, article.authors) == ("乡村学校迎来新面孔", ["马露帅", "王帅博"])
    assert article.blocks[0].text.startswith("去年，安宁市")


def test_a_role_word_glued_to_the_name_before_it_parts_the_names() -> None:
    # (pdftotext joins ``本报讯（记者毛琪`` / ``通讯员朱帆丽）`` with no gap: before, the dateline named no one)
    assert _opening("本报讯（记者毛琪通讯员朱帆丽）港口方面，") == (["毛琪", "朱帆丽"], "港口方面，")
    assert _opening("本报讯（记者 钟怡通讯员 严帆露）“十四五”") == (["钟怡", "严帆露"], "“十四五”")
    assert byline_names("记者郝华本报通讯员毛勇斌") == ["郝华", "毛勇斌"]


def test_a_glued_role_word_among_words_that_are_no_names_makes_no_byline() -> None:
    for text in ("本报讯（记者招待会记者会上）今天召开。", "本报讯（记者高度关注通讯员积极参与）今天召开。"):
        assert _opening(text) == ([], text)
    assert byline_names("记者 推进改革通讯员 加强建设") is None


def test_names_run_together_after_a_role_word_part_where_they_part_one_way() -> None:
    # (pdfminer joins ``本报讯（记者王柯毅`` / ``冯燕欣 夏强蕾）`` with no gap: before, the dateline named no one)
    assert _opening("本报讯（记者王柯毅冯燕欣夏强蕾）今年以来，") == (["王柯毅", "冯燕欣", "夏强蕾"], "今年以来，")
    assert _opening("本报记者崔舟英于洋报道：“小时候") == (["崔舟英", "于洋"], "“小时候")


def test_a_run_after_a_role_word_that_parts_several_ways_or_into_words_is_no_byline() -> None:
    assert byline_names("本报记者高度关注") is None  # (``关注`` is a verb)
    assert byline_names("记者陈华金林强") is None  # (``陈华 金林强`` or ``陈华金 林强``)
    assert byline_names("记者从会上获悉") is None


def test_a_photo_credit_after_a_role_word_names_no_one() -> None:
    # (review: ``李建华摄`` parted into ``['李建', '华摄']``; a run closing with a credit word is a credit)
    assert byline_names("本报记者 李建华摄") is None
    assert byline_names("新华社记者 陈晓明摄", glued=True) is None
    assert _opening("本报讯（本报记者 李建华摄）昨日，") == ([], "本报讯（本报记者 李建华摄）昨日，")
    page = "城市新闻\n2025年4月9日 星期三 第3版\n老旧小区改造提速\n本报记者 王明\n今年以来，改造工程全面提速。\n"
    page += "图为改造后的小区一角。\n本报记者 李建华摄\n春季植树活动启动\n昨日，全市春季植树活动启动。\n"
    assert all("华摄" not in a.authors for a in clean_page("p.txt", page.encode(), NO_TOKENS).articles)


def test_a_body_line_opening_with_a_role_word_is_no_run_of_glued_names() -> None:
    # (review: ``记者来到位于城郊`` read as a byline ``['来到位', '于城郊']`` cut the article and dropped its words)
    for line in (
        "记者来到位于城郊",
        "本报记者向有关部门求证",
        "记者向公安机关",
        "记者宋老师介绍",
        "记者石家庄市各区县",
    ):
        assert byline_names(line) is None
        assert byline_names(line, glued=True) is None
    assert byline_names("记者宋航莫红报道") == ["宋航", "莫红"]  # (a line closed by 报道 is a byline: parted)
    page = "城市新闻\n2025年4月9日 星期三 第3版\n老旧小区改造提速\n本报记者 王明\n今年以来，我市老旧小区改造工\n"
    page += (
        "程全面提速，已有三十余个小区\n完成改造，惠及居民一万余户。\n记者来到位于城郊\n的一处安置小区，看到新铺的道\n"
    )
    page += "路平整宽阔，楼道焕然一新。\n"
    (article,) = clean_page("p.txt", page.encode(), NO_TOKENS).articles
    assert article.authors == ["王明"]
    assert "记者来到位于城郊" in "".join(b.text for b in article.blocks)


def test_the_place_a_reporter_files_from_is_no_name() -> None:
    # (``本报记者 王海 北京报道`` gave the authors ``['王海', '北京']``: the city before 报道 read as a second name)
    assert byline_names("本报记者 王海 北京报道") == ["王海"]
    assert run_in_reports_byline("记者 王海 深圳报道　今年以来") == (["王海"], "今年以来")
    assert _opening("本报记者 王海 上海报道：今年以来") == (["王海"], "今年以来")
    # (not a name set off from 报道, nor one that is no common word, nor a run set close throughout, nor a common
    # word a name could be: review, ``于洋``, ``江山``, ``黄河`` are reporters' names as often)
    assert byline_names("记者 崔舟英 于洋 报道") == ["崔舟英", "于洋"]
    assert byline_names("记者 王明 高峰报道") == ["王明", "高峰"]
    assert byline_names("记者 陈晨 李海宁报道") == ["陈晨", "李海宁"]
    assert byline_names("本报记者崔舟英于洋报道") == ["崔舟英", "于洋"]
    for second in ("于洋", "江山", "黄河", "金星", "江南"):
        assert byline_names(f"本报记者 崔舟英 {second}报道") == ["崔舟英", second]
