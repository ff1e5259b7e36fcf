"""Column labels by their printed forms: a band line over a label is no kicker (``ornaments.over_label``), a
label between ornaments glued to its headline is the column (``ornaments.glued_label``)."""

from __future__ import annotations

from helpers import tight_articles

#: An opinion page's top (PyMuPDF, lay16 op-14): folio, the page's band, a label between ornaments, the title.
TOP = ("观点", "2026年5月8日　星期五", "第14版", "新时代新征程新作为")
BODY = (
    "“上有老、下有",
    "小”，是许多中年人的",
    "真实写照。老人需要",
    "照护，孩子需要看",
    "护，两头牵挂的压力",
    "常常让年轻家庭分身",
    "乏术。解决好“一老",
    "一小”问题，是一道",
    "必须答好的民生考",
    "题。",
)


def test_a_band_over_a_column_label_is_not_the_kicker() -> None:
    (story,) = tight_articles(*TOP, "●人民时评●", "让“一老一小”过上更好生活", "杨帆", *BODY)
    assert (story.column, story.kicker, story.title) == ("人民时评", None, "让“一老一小”过上更好生活")


def test_a_line_over_a_title_with_no_label_stays_in_its_head() -> None:
    (story,) = tight_articles(*TOP, "让“一老一小”过上更好生活", "杨帆", *BODY)
    assert story.column is None and "新时代新征程新作为" in f"{story.kicker} {story.title}"


def test_a_label_between_ornaments_glued_to_its_title_is_the_column() -> None:
    (story,) = tight_articles(*TOP[:3], "●人民时评●让“一老一小”过上更好生活", "杨帆", *BODY)
    assert (story.column, story.title) == ("人民时评", "让“一老一小”过上更好生活")
