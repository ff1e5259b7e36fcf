"""Page furniture of a city daily (``textclean.clean.furniture``): the date/edition line under the banner and photo
captions are in no article's field and no article's body; body sentences holding 星期 or 摄 stay."""

from __future__ import annotations

from helpers import articles_of, tight_articles

from textclean.clean.captions import caption_lines
from textclean.clean.furniture import furniture_lines, is_date_line
from textclean.models import Line

DATE_LINE = "2026年5月8日 星期四　A13　责任编辑 曹屹峤　美术编辑 范岚"
BODY = (
    "按照一九五八年发展国民经济的主要任务，在投资",
    "的分配上，增加了农业部门特别是水利建设部门的",
    "投资，增加了重工业部门的投资。",
)


def test_the_date_line_under_the_banner_is_no_kicker_and_its_editor_no_author() -> None:
    (piece,) = tight_articles("本地新闻", DATE_LINE, "关于基本建设", "本报记者 胡昀镛", *BODY)
    assert (piece.page_banner, piece.kicker, piece.title, piece.authors) == (
        "本地新闻",
        None,
        "关于基本建设",
        ["胡昀镛"],
    )


def test_a_date_line_cut_into_pieces_by_the_extractor_is_dropped_whole() -> None:
    pieces = ("2026年7月17日 星期二", "A13", "责任编辑 高葭", "美术编辑 肖荻湘")
    (piece,) = articles_of("社会新闻", *pieces, "关于基本建设", "本报记者 胡昀镛", "".join(BODY))
    assert (piece.title, piece.authors) == ("关于基本建设", ["胡昀镛"])
    assert "A13" not in "".join(b.text for b in piece.blocks)


def test_a_photo_caption_under_the_head_is_in_no_body_and_its_photographer_no_author() -> None:
    caption = ("图为学生在新建成的图书", "馆阅读。记者 林嵘 摄")
    (piece,) = tight_articles("关于基本建设", "本报记者 胡昀镛", *caption, *BODY)
    text = "".join(b.text for b in piece.blocks)
    assert (piece.title, piece.authors, text) == ("关于基本建设", ["胡昀镛"], "".join(BODY))


def test_body_sentences_with_a_weekday_or_a_photo_word_stay() -> None:
    body = ("星期四上午，市民在社区服务中心办理业务，", "记者在现场拍摄了办事群众排队的情况。")
    (piece,) = tight_articles("关于基本建设", "本报记者 胡昀镛", *body, *BODY)
    assert "".join(b.text for b in piece.blocks) == "".join(body + BODY)
    assert not is_date_line(body[0])
    assert caption_lines([*body, "▲摘句"]) == set()


def test_furniture_lines_names_each_kind() -> None:
    page = ["本地新闻", DATE_LINE, "工人在生产线上忙碌。（资料图片）", "▲农户在田间查看作物长势。本报记者 陈焘嵘 摄"]
    assert sorted(furniture_lines([Line(i, t) for i, t in enumerate(page)])) == [1, 2, 3]


def test_a_page_opening_with_its_date_line_prints_no_banner() -> None:
    (piece,) = tight_articles(DATE_LINE, "深入推进重点领域改革", "更大激发市场主体活力", "□ 记者 孟杲泓 蔡嵘", *BODY)
    assert (piece.page_banner, piece.kicker, piece.title, piece.authors) == (
        None,
        "深入推进重点领域改革",
        "更大激发市场主体活力",
        ["孟杲泓", "蔡嵘"],
    )


def test_the_name_read_among_the_date_line_pieces_is_the_banner() -> None:
    top = ("2026年5月4日 星期日", "城市·民生", "A08", "责任编辑 田熠 美术编辑 石曜")
    (piece,) = articles_of(*top, "关注2024年政府工作报告", "关于基本建设", "本报记者 胡昀镛", "".join(BODY))
    assert (piece.page_banner, piece.kicker, piece.title) == ("城市·民生", "关注2024年政府工作报告", "关于基本建设")


def test_a_body_line_opening_with_an_editors_role_word_stays() -> None:
    # a narrow column's line ``责任编辑李明说`` matched the date line's editor piece once white space was dropped
    # and was lost from its paragraph; a date line sets the role apart from the name
    for text in ("责任编辑李明说", "版式设计", "校对工作", "美编小王"):
        assert not is_date_line(text)
    lines = ["关于出版工作", "", "这本新书的出版，凝聚了编辑部的心血。", "责任编辑李明说，", "这本书历时三年完成。"]
    assert furniture_lines([Line(i, t) for i, t in enumerate(lines)]) == set()
    # negative: the editors' piece of a date line, spaced, is furniture
    assert is_date_line("责任编辑 曹屹峤　美术编辑 范岚")


def test_a_jump_line_between_two_stories_is_in_no_body_and_no_title() -> None:
    first = tight_articles(
        "关于基本建设", "本报记者 胡昀镛", *BODY, "（下转第二版）", "发展轻工业", "本报记者 韦晗", *BODY
    )
    assert [p.title for p in first] == ["关于基本建设", "发展轻工业"]
    assert [p.kicker for p in first] == [None, None]
    assert not any("转第" in b.text for p in first for b in p.blocks)


def test_a_jump_cited_inside_a_sentence_stays_in_the_text() -> None:
    texts = ["取得实效。", "（下转第2版）", "（上接第一版）", "详见本报（第8版）报道", "取得实效。（下转第2版）"]
    assert furniture_lines([Line(i, t) for i, t in enumerate(texts)]) == {1, 2}


def test_a_footer_of_editors_set_off_by_colons_is_no_kicker() -> None:
    footer = "责任编辑：莫一\u3000\u3000版式设计：白晨凯\u3000\u3000校对：段怡"
    (piece,) = tight_articles("本地新闻", footer, "关于基本建设", "本报记者 胡昀镛", *BODY)
    assert (piece.kicker, piece.title, piece.authors) == (None, "关于基本建设", ["胡昀镛"])
    assert not is_date_line("责任编辑：要把好政治关。")


def test_a_date_line_printing_the_edition_first_is_furniture() -> None:
    (piece,) = tight_articles("观察周刊", "第14版\u30002026年2月9日 星期四", "关于基本建设", "本报记者 胡昀镛", *BODY)
    assert (piece.kicker, piece.title) == (None, "关于基本建设")


def test_a_date_line_in_figures_and_the_page_editors_are_no_head() -> None:
    """A date in figures parted by dots (``2026.06.27``), ``本版编辑`` naming two editors, a bare ``编辑：X`` after the
    date: before, they ran into the title (``…本版编辑：X Y关于基本建设``) or stood as its kicker."""
    for pieces in (
        ("2026.06.27\u3000星期三\u3000第7版", "本版编辑：陈晨强\u3000苏雅"),
        ("2026年4月16日\u3000星期一\u3000编辑：严平",),
        ("2026年4月16日\u3000星期一", "编辑：严平"),
    ):
        (piece,) = tight_articles("本地新闻", *pieces, "关于基本建设", "本报记者 胡昀镛", *BODY)
        assert (piece.kicker, piece.title, piece.authors) == (None, "关于基本建设", ["胡昀镛"])
    assert not is_date_line("编辑部的故事") and not is_date_line("2026.06.27")


def test_a_page_name_read_right_after_the_whole_date_line_is_the_banner() -> None:
    """(furniture.name_after_date_line) the name set right of the date line, which PyMuPDF reads after it: before,
    ``国际`` (a byline: 国 opens surnames) or ``文化`` stood under an unnamed page's date line; after, the banner."""
    for name in ("国际", "文化"):
        (piece,) = tight_articles(DATE_LINE, name, "关于基本建设", "本报记者 胡昀镛", *BODY)
        assert (piece.page_banner, piece.column, piece.title, piece.authors) == (name, None, "关于基本建设", ["胡昀镛"])
    # a longer line there is a column label or a kicker of a page without a name
    (piece,) = tight_articles(DATE_LINE, "深度调查", "关于基本建设", "本报记者 胡昀镛", *BODY)
    assert piece.page_banner is None


def test_a_column_named_with_a_bare_editor_word_is_no_date_line() -> None:
    """(furniture.BARE_EDITOR) a bare ``编辑`` names the page's editor only with its colon, beside the date or the
    版次 or right after the date line: before, ``编辑　手记`` (a column's name, 编辑 set apart from a Han word) was
    read as a date-line piece and dropped, its text lost."""
    page = (
        "建设现代化产业体系",
        "本报记者 周明",
        *BODY,
        "编辑\u3000手记",
        "好新闻要沾泥土",
        "\u3000\u3000一篇好新闻，离不开记者的脚力。",
    )
    text = " ".join(f"{a.title} {a.body}" for a in tight_articles(*page))
    assert "手记" in text and "好新闻要沾泥土" in text
    for line in ("编辑 手记", "编辑\u3000寄语", "编辑 推荐", "A3 编辑手记", "编辑：您好 我想", "编辑：严平"):
        assert not is_date_line(line), line
    assert is_date_line("A3 编辑：严平") and is_date_line("2026年4月16日 编辑：严平")


def test_a_caption_wrapped_with_no_opener_over_a_head_is_in_no_field_and_no_body() -> None:
    # (PyMuPDF, lay12: ``医务人员在社区为老人测量血压。　通讯`` / ``员 刘萍 摄`` over the head: before, the credit's line
    # was read as a title; ``法官在巡回法庭向村民讲解民法`` / ``典。　马娟蕾 摄``: the first line opened the article)
    for caption in (
        ("医务人员在社区为老人测量血压。\u3000通讯", "员 刘萍 摄"),
        ("法官在巡回法庭向村民讲解民法", "典。\u3000马娟蕾 摄"),
    ):
        (piece,) = tight_articles("本地新闻", *caption, "关于基本建设", "本报记者 胡昀镛", *BODY)
        assert (piece.title, piece.authors) == ("关于基本建设", ["胡昀镛"])
        assert "".join(b.text for b in piece.blocks) == "".join(BODY)


def test_a_paragraph_over_a_lone_credit_or_a_head_over_a_whole_caption_stays() -> None:
    # negative: a paragraph's last line over a photo's lone credit (no white space after the sentence end), and a
    # head's last line over a caption set whole on its line, are no caption's first line
    texts = [
        "全市新增学位两千余个，惠及万余名学生。",
        "江洋远 摄",
        "骗案",
        "志愿者向市民发放反诈宣传手册。\u3000夏磊涛 摄",
    ]
    assert furniture_lines([Line(i, t) for i, t in enumerate(texts)]) == {1, 3}


def test_a_bare_jump_line_is_furniture_and_a_page_cited_in_a_sentence_stays() -> None:
    # (lay12: ``下转第9版`` set bare on its own line became a title)
    texts = ["取得实效。", "下转第9版", "上接第2版", "转第9版", "详见第9版", "下转第9版以案说法"]
    assert furniture_lines([Line(i, t) for i, t in enumerate(texts)]) == {1, 2}


def test_jump_lines_with_an_arrow_a_place_on_the_page_or_the_story_named_are_furniture() -> None:
    for jump in ("▶下转第3版", "（下接第2版）", "（下转第4版左下）", "（本文下转第三版）"):
        first = tight_articles("关于基本建设", "本报记者 胡昀镛", *BODY, jump, "发展轻工业", "本报记者 韦晗", *BODY)
        assert [(p.title, p.kicker) for p in first] == [("关于基本建设", None), ("发展轻工业", None)], jump
        assert not any("第" in b.text and "版" in b.text for p in first for b in p.blocks)
    # negative: a serial's bracket is no jump, nor a page cited with other words
    texts = ["取得实效。", "（接上期）", "（下转第4版的报道）"]
    assert furniture_lines([Line(i, t) for i, t in enumerate(texts)]) == set()
