"""The lines next to a photo caption with no opener (captions.wrapped_caption_lines): a body line over a caption
whole on its line, and a paragraph's last line with a trailing space over a lone credit, stay in the body; a
caption wrapped over two lines is still dropped whole."""

from __future__ import annotations

from helpers import STORY_ABOVE

from textclean.clean.captions import ends_a_paragraph, whole_on_its_line, wrapped_caption_lines
from textclean.clean.page import clean_page
from textclean.config import Config

NO_TOKENS = Config(tokens=False, keywords_top_k=0)
HEAD = ("美丽乡村建设取得新进展", "本报记者 王明")


def _last_body(*lines: str, blank: bool = False) -> str:
    page = ("\n\n" if blank else "\n").join([*STORY_ABOVE, "凭技能立身。", *HEAD, *lines])
    return clean_page("p.txt", page.encode(), NO_TOKENS).articles[-1].body.replace("\n", "")


def test_a_body_line_over_a_caption_whole_on_its_line_stays() -> None:
    # (reviewer F3: ``农`` / ``村`` make a word, so the body's line ``…带动周边农`` was dropped with the caption)
    body = _last_body(
        "今年以来，我市持续推进美丽乡村建设，带动周边农",
        "村民在新建的文化广场上跳舞。\u3000记者 李强 摄",
        "户增收致富，全市农村面貌焕然一新。",
    )
    assert body == "今年以来，我市持续推进美丽乡村建设，带动周边农户增收致富，全市农村面貌焕然一新。"


def test_a_body_line_over_a_caption_whole_on_its_line_stays_pdfminer() -> None:
    # (the same, a blank line after each line as pdfminer gives them)
    body = _last_body(
        "今年以来，我市持续推进老旧小区改造，不少老旧社",
        "区居民在新建的健身广场上锻炼。\u3000记者 李强 摄",
        "区面貌焕然一新，居民生活更加便利。",
        blank=True,
    )
    assert body.startswith("今年以来，我市持续推进老旧小区改造，不少老旧社")
    assert "锻炼" not in body


def test_a_paragraphs_last_line_with_a_trailing_space_over_a_credit_stays() -> None:
    # (reviewer F5: the trailing full-width space read as the space setting a credit apart from its caption)
    body = _last_body(
        "今年以来，我市持续推进美丽乡村建设，带动周边农",
        "户增收致富，全市农村面貌焕然一新。\u3000",
        "记者 李强 摄",
        "据介绍，明年我市将继续加大投入。",
    )
    assert body.startswith("今年以来，我市持续推进美丽乡村建设，带动周边农户增收致富，全市农村面貌焕然一新。")
    assert body.endswith("据介绍，明年我市将继续加大投入。")


def test_captions_wrapped_or_under_another_pieces_end_are_still_dropped() -> None:
    # positive (lay12: a caption's first line under a story's last sentence or a head's last line, and a caption
    # whose sentence leaves a word on the credit's line)
    for above in ("才能让骗子无处下手。", "完成"):
        texts = [above, "医务人员在社区为老人测量血压。\u3000", "本报记者 罗刚 摄"]
        assert wrapped_caption_lines(texts, {2}) == {1, 2}
    texts = ["近日，法院审结了这起案件，", "法官在巡回法庭向村民讲解民法", "典。\u3000马娟蕾 摄"]
    assert wrapped_caption_lines(texts, {2}) == {1, 2}
    assert whole_on_its_line("村民在新建的文化广场上跳舞。\u3000记者 李强 摄")
    assert not whole_on_its_line("典。\u3000马娟蕾 摄")
    assert not ends_a_paragraph("完成", "医务人员在社区为老人测量血压。\u3000")
