"""What ``wraparound.wraps_round`` must not join (PyMuPDF, printed tight): a short news item of several sentences
under its head before the next story's measure (either way round), one closing on a credit, one over a head holding
clause punctuation, a continued tail at the page's top, an item over the next story's lead set across its columns;
a closing line made wide by its full-em quotes (``wraparound.half_quoted_width``)."""

from helpers import tight_articles

TOP = ["2026年5月24日　星期二", "第10版"]
PUNCT = "，。、；：？！”）"
BRIEF = "今年五一假期，全市共接待游客三百二十万人次，同比增长百分之十二点五。各景区秩序井然，未发生安全事故。市文旅局提醒，端午假期将至，游客出行前请提前预约。"
ROAD = [
    "连日来，市交通部门组织力量对全市主干道的破损路面进行集中修补，截至目前已修复坑槽两千余处，受到沿线市民和出租车司机的普遍欢迎。",
    "据了解，此次修补工作采用了新型快速修补材料，施工完成后两小时即可恢复通车，最大限度减少了对交通的影响。",
    "市交通部门有关负责人表示，下一步将建立路面巡查长效机制，发现问题及时处置，确保道路安全畅通。",
]


def wrap(paras: list[str], width: int, indent: int = 2) -> list[str]:
    """Paragraphs set in lines of ``width`` characters (the first less ``indent``), punctuation hung at line end."""
    out: list[str] = []
    for p in paras:
        first = True
        while p:
            n = width - indent if first else width
            out.append(p[:n])
            p, first = p[n:], False
            while p and p[0] in PUNCT:
                out[-1], p = out[-1] + p[0], p[1:]
    return out


def _stories(*lines: str) -> list[tuple[str, str, list[str]]]:
    return [(a.title, a.body, list(a.authors)) for a in tight_articles(*TOP, *lines)]


def test_a_short_item_before_a_wider_measure_is_its_own_story() -> None:
    stories = _stories("假期旅游市场平稳有序", *wrap([BRIEF], 11), *wrap(ROAD, 18))
    assert len(stories) == 2 and stories[0][1].endswith("提前预约。") and stories[1][1].startswith("连日来")


def test_a_short_item_of_several_sentences_over_narrower_columns_is_its_own_story() -> None:
    stories = _stories("假期旅游市场平稳有序", *wrap([BRIEF], 22), *wrap(ROAD, 12))
    assert len(stories) == 2 and stories[1][1].startswith("连日来")


def test_an_item_closing_on_a_credit_keeps_it() -> None:
    stories = _stories(
        "假期旅游市场平稳有序",
        *wrap([BRIEF.replace("。各", "，各").replace("。市", "，市") + "（记者 张华）"], 22),
        *wrap(ROAD, 12),
    )
    assert len(stories) == 2 and stories[0][2] == ["张华"]


def test_a_head_holding_a_comma_at_the_break_is_a_head() -> None:
    stories = _stories("假期旅游市场平稳有序", *wrap([BRIEF], 11), "补短板，路面修补提速", *wrap(ROAD, 18))
    assert [t for t, _, _ in stories] == ["假期旅游市场平稳有序", "补短板，路面修补提速"]


def test_a_short_line_of_clause_punctuation_may_be_a_head() -> None:
    from textclean.clean.roles import make_items
    from textclean.clean.wraparound import head_at
    from textclean.models import Line

    lines = ["补短板，路面修补提速", "连日来，市交通部门组织力量对全", "市主干道的破损路面进行集中修补，"]
    items = make_items([Line(i, t) for i, t in enumerate(lines)])
    assert head_at(items, 0, 17.0) and not head_at(items, 1, 17.0)


def test_a_continued_tail_at_the_page_top_opens_no_lead() -> None:
    tail = "此外，市里还将加快推进城市更新行动，统筹推进老旧小区、老旧街区和城中村改造，完善公共服务设施配套，"
    tail += "加快补齐养老托育、停车充电等民生短板，持续提升城市管理精细化水平，让居民生活更方便、更舒心、更美好。"
    stories = _stories("（上接第一版）", *wrap([tail], 28, 0), *wrap(ROAD, 12))
    assert len(stories) == 2 and stories[1][1].startswith("连日来")


def test_an_item_over_the_next_story_s_lead_is_its_own_story() -> None:
    lines = [
        "主干道破损路面集中修补",
        "假期旅游市场平稳有序",
        *wrap([BRIEF], 20),
        *wrap(ROAD[:1], 34),
        *wrap(ROAD[1:], 12),
    ]
    stories = _stories(*lines)
    assert len(stories) == 2 and stories[0][1].endswith("提前预约。")


def test_a_closing_line_wide_by_its_quotes_is_no_line_under_a_picture() -> None:
    opening = [
        "中午十一点半，幸福里社区的食堂门口已经排起了长队，老人们端着餐盘有说有笑，饭菜的香味飘满了小院。",
        "社区负责人介绍，食堂由街道出资建设，委托专业公司运营，日均接待三百多人，下一步还将增设助餐点。",
    ]
    closing = ["居民们说，以前一个", "人在家做饭不方便，现在", "每天都来这里吃饭，大家", "称作“幸福食堂”“暖心”。"]
    stories = _stories("社区食堂开到家门口", "本报记者 王明远", *wrap(opening, 11), *closing, *wrap(ROAD[:2], 20))
    assert len(stories) == 2 and stories[0][1].endswith("“暖心”。") and stories[1][1].startswith("连日来")


def test_a_piece_closing_on_a_bracket_is_no_lone_sentence() -> None:
    from textclean.clean.roles import make_items
    from textclean.clean.wraparound import lone_sentence
    from textclean.models import Line

    lines = [
        "今年五一假期，全市共接待游客三百二十万人",
        "次，游客出行前请提前预约（记者 张华）",
        "连日来，市交通部门组",
    ]
    items = make_items([Line(i, t) for i, t in enumerate(lines)])
    assert not lone_sentence(items, 0, 2)
    assert lone_sentence(
        make_items([Line(i, t) for i, t in enumerate([*lines[:1], "次，游客出行前请提前预约。", lines[2]])]), 0, 2
    )
