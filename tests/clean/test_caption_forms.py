"""Caption credits in the forms papers print them (``captions.PHOTO_CREDIT``, ``captions.FILE_PHOTO_MARK``): a slash
before 摄, the credit's word first, a supplier or a source named; each caption is furniture wherever it stands."""

from __future__ import annotations

import pytest
from helpers import articles_of, tight_articles

from textclean.clean.captions import caption_lines

TOP = "第5版 要闻 2026年3月5日 星期四"
TITLE = "老街焕新颜"
BODY = (
    "近日，记者走进城东老街，只见青石板路干净整洁，沿街商铺错落有致，老街焕然一新。",
    "居民们纷纷表示，老街改造让生活更方便了，也留住了老街的味道和记忆，大家都很满意。",
    "据介绍，老街改造工程历时两年，共修缮房屋120余栋，新增停车位300个。",
)
CAPTIONS = (
    "老街改造后的新貌。\u3000王明/摄",
    "老街改造后的新貌。\u3000摄影 王明",
    "老街改造后的新貌。\u3000图片来源：视觉中国",
    "老街改造后的新貌。（图片由受访者提供）",
)


@pytest.mark.parametrize("caption", CAPTIONS)
@pytest.mark.parametrize("read", [tight_articles, articles_of])
def test_a_caption_with_its_credit_in_another_form_is_furniture(read, caption: str) -> None:
    for lines in ((TITLE, "本报记者 李华", BODY[0], caption, *BODY[1:]), (caption, TITLE, "本报记者 李华", *BODY)):
        (art,) = read(TOP, *lines)
        assert (art.title, art.authors) == (TITLE, ["李华"])
        assert "新貌" not in art.body and art.body.endswith("停车位300个。")


def test_a_body_line_naming_a_photographer_or_a_source_is_no_caption() -> None:
    texts = [
        "摄影家王明说，老街的每一块石板都有故事。",
        "据了解，图片来源于市档案馆，",
        "记者王明/李华",
        "他举起相机，对准老街拍摄",
    ]
    assert caption_lines(texts) == set()
