"""Headlines wrapped in head stacks, read whole (PyMuPDF's tight lines): a line ending on an adverb and a modal verb
(dangling.ends_on_modifier), a lone glyph the extractor split off a line (boxed.over_narrower_box), a box's pieces
the words joined (boxfill.fills_into), a two-part headline's second half cut by the line's end
(gapwraps.second_half_wraps); and a name under a line closing its question is a byline (namestack.closes_sentence)."""

from helpers import heads_over_report

from textclean.clean.dangling import ends_on_modifier


def test_a_title_wrapped_after_an_adverb_and_a_modal_verb_is_one_title() -> None:
    heads = heads_over_report(["法眼观察", "课后服务要“提质”更要", "“减负”", "□何洋海"])
    assert ("title", "课后服务要“提质”更要“减负”") in heads


def test_a_modal_verb_after_another_word_ends_no_line_open() -> None:
    assert ends_on_modifier("课后服务要“提质”更要") and ends_on_modifier("基层减负也能")
    assert not ends_on_modifier("全市工作会议纪要")  # (a word: 纪要)
    assert not ends_on_modifier("群众说可")  # (a verdict: no adverb before it)


def test_a_lone_glyph_split_off_a_headline_line_is_no_narrow_box() -> None:
    heads = heads_over_report(["法治护航青春", "法治副校长", "走", "进课堂", "□本报记者 李英华"])
    assert ("title", "法治副校长走进课堂") in heads
    assert ("title", "法治护航青春") in heads  # (the kicker stays apart)


def test_a_label_over_a_narrow_box_stays_a_label() -> None:
    heads = heads_over_report(["深度阅读", "大力抓", "好农业", "□本报记者 李英华"])
    assert ("title", "大力抓好农业") in heads
    assert ("title", "深度阅读大力抓好农业") not in heads


def test_a_name_under_a_question_closing_a_narrow_stack_is_its_byline() -> None:
    heads = heads_over_report(
        ["法官说法", "劳动者权益保护", "员工签了“放弃社保承诺书”", "公司就能", "不缴吗", "何春新", "案情"]
    )
    assert ("byline", "何春新") in heads
    assert not any("不缴吗何春新" in text for _, text in heads)


def test_a_name_inside_a_narrow_stack_stays_headline_text() -> None:
    heads = heads_over_report(["坚持以", "邓小平", "理论为", "指导"])
    assert ("byline", "邓小平") not in heads


def test_the_pieces_of_one_narrow_box_are_one_title_under_a_wider_kicker() -> None:
    heads = heads_over_report(["今日谈", "高质量发展笔谈", "让科研人", "员把精力", "放在科研", "上", "袁红斌 郭勇远"])
    assert ("title", "让科研人员把精力放在科研上") in heads
    assert ("title", "高质量发展笔谈") in heads


def test_a_second_half_cut_by_the_line_end_goes_on_in_the_line_under_it() -> None:
    heads = heads_over_report(
        [
            "一线调研",
            "稳增长政策效应持续显现",
            "高标准农田里的丰收账\u3000农村电",
            "商激活“田间经济”",
            "——赣州推动产业升级",
        ]
    )
    assert ("title", "高标准农田里的丰收账 农村电商激活“田间经济”") in heads


def test_two_halves_of_like_width_take_no_line_under_them() -> None:
    heads = heads_over_report(["一线调研", "明白账\u3000暖人心", "乡村新变化", "□本报记者 李英华"])
    assert not any("暖人心乡村新变化" in text for _, text in heads)


def test_a_word_and_an_open_adverb_shaped_as_a_name_is_a_headline_piece() -> None:
    heads = heads_over_report(["推动职业教育高质量发展", "职业院校学生“订单式”培养", "毕业就", "能上岗", "程禾瑶"])
    assert ("byline", "毕业就") not in heads
    assert ("byline", "程禾瑶") in heads
