"""A headline line PyMuPDF ends with the ideographic gap between a two-part headline's halves goes on in the line
under it (tails.ends_at_halves_gap)."""

from __future__ import annotations

from helpers import STORY_ABOVE

from textclean.clean.page import clean_page
from textclean.config import Config

NO_TOKENS = Config(tokens=False, keywords_top_k=0)

BELOW = [
    "本报讯（记者 韦晗 严骥）",
    "通观全局，今年经济发展要着",
    "重抓好以下几个方面，各地",
    "要把稳增长放在突出位置。",
]


def _story(head: list[str]) -> tuple[str | None, str | None]:
    page = "\n".join([*STORY_ABOVE, "凭技能立身。", *head, *BELOW])
    story = clean_page("p.txt", page.encode(), NO_TOKENS).articles[-1]
    return story.kicker, story.title


def test_a_line_ending_at_the_halves_gap_is_the_upper_half_of_the_title() -> None:
    kicker, title = _story(["牢牢端稳中国饭碗", "石泉县：小田并大田\u3000", "种粮更省心"])
    assert (kicker, title) == ("牢牢端稳中国饭碗", "石泉县：小田并大田 种粮更省心")


def test_without_the_gap_the_kicker_is_not_joined_to_the_lower_line() -> None:
    _, title = _story(["牢牢端稳中国饭碗", "石泉县：小田并大田", "种粮更省心"])
    assert title != "石泉县：小田并大田 种粮更省心"
