"""Ordinary forms near the opinion-page rules' conditions that those rules must leave be (review of lay16's rules):
two names the first of which ends as a division does (``bylines.ADMIN_PLACE``), a narrow pull quote under a
glyph label (``restatedbox.head_over_paragraph``), a
story's contact lines over the page's editor line (``footers.foot_band``), an editor's note over a signed story
or spoken of in a sentence (``editornotes``)."""

from __future__ import annotations

from helpers import tight_articles

from textclean.clean.bylines import byline_names

BODY = ("基层是政策落地的最后一公里。近年来，各地持续为基层减负，取得了明显成效。",)


def test_two_names_the_first_ending_as_a_division_are_both_authors() -> None:
    (art,) = tight_articles("让基层减负落到实处", "李州　王明", *BODY)
    assert art.authors == ["李州", "王明"]
    assert byline_names("张红旗 李明") == ["张红旗", "李明"]
    assert byline_names("本报记者 刘市 王县") == ["刘市", "王县"]
    assert byline_names("南湖市　王晓燕") == ["王晓燕"]  # (a place of its own, the name under it)


# a story in a 10 em column with a pull quote set narrower (7 em) under a glyph label the story does not restate
STORY = (
    "乡村振兴要激活人才引擎",
    "◎ 周立平",
    "乡村振兴，关键在",
    "人。近年来，各地出台",
    "一系列政策措施，吸引",
    "大学生、退役军人、进",
    "城务工人员返乡创业。",
)
VOICE = ("■声音", "人才是乡村振兴的", "第一资源，要让", "他们引得进、留", "得住、用得好。")
REST = (
    "留住人才，既要",
    "靠政策，也要靠环境。",
    "要完善住房、医疗、子",
    "女教育等配套服务，让",
    "返乡人才安心扎根。",
)


def test_a_narrow_quote_under_a_glyph_label_is_no_headline_over_a_paragraph() -> None:
    arts = tight_articles(*STORY, *VOICE, *REST)
    assert all(a.column != "声音" for a in arts)
    assert any(a.pull_quote == "人才是乡村振兴的第一资源，要让他们引得进、留得住、用得好。" for a in arts)


def test_a_service_storys_contact_lines_over_the_editors_line_stay_its_text() -> None:
    story = (
        "市图书馆推出周末亲子阅读活动",
        "本报讯（记者 孙悦）3月起，",
        "市图书馆每周六上午推出亲",
        "子阅读活动，家长可通过图",
        "书馆微信公众号预约。",
        "活动地址：市图书馆少儿部",
        "咨询电话：0551-62345678",
        "责任编辑：李明",
    )
    (art,) = tight_articles(*story)
    assert "活动地址" in art.body and art.body.endswith("0551-62345678") and "责任编辑" not in art.body


TOP = ("要闻", "2026年3月8日　星期日", "第3版")
STORY_TEXT = ("清晨的青山村，雾气还未散", "去，村民们已经在茶园里忙碌", "起来，村民的腰包越来越鼓。")


def test_a_boxed_editors_note_over_a_signed_story_leaves_the_story_whole() -> None:
    boxed = ("【编者按】", "今年以来，本报记者深入基层一线，走进田", "间地头，今起推出系列报道，敬请关注。")
    note, story = tight_articles(*TOP, *boxed, "山村里的新产业", "本报记者　周涛　李华", *STORY_TEXT)
    assert (note.title, note.column) == ("", "编者按") and note.body.startswith("今年以来")
    assert (story.title, story.authors, story.column) == ("山村里的新产业", ["周涛", "李华"], None)
    assert story.pull_quote is None


def test_a_run_in_note_over_a_byline_hands_its_headline_to_the_story() -> None:
    run_in = ("编者按：今年以来，本报记者深入基层一线，", "走进田间地头，今起推出系列报道，敬请关注。")
    note, story = tight_articles(*TOP, "山村里的新产业", *run_in, "本报记者　周涛　李华", *STORY_TEXT)
    assert (note.title, note.column) == ("", "编者按")
    assert (story.title, story.authors) == ("山村里的新产业", ["周涛", "李华"])


def test_an_essay_on_editors_notes_keeps_its_headline_and_author() -> None:
    essay = (
        "读懂“编者按”里的温度",
        "◎ 李文",
        "编者按，是编辑写给读者的",
        "话。一段好的编者按，能帮助",
        "读者把握文章要义。",
    )
    (art,) = tight_articles(*TOP, *essay)
    assert (art.title, art.column, art.authors) == ("读懂“编者按”里的温度", None, ["李文"])
    assert art.body.startswith("编者按，是编辑")
