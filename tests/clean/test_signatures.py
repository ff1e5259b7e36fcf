"""A closing signature ``（记者 X）`` run into a paragraph's end (bylines.run_in_signature)."""

from __future__ import annotations

from textclean.clean.bylines import run_in_signature
from textclean.models import Block


def test_a_signature_leaves_every_paragraph_it_closes() -> None:
    blocks = [
        Block("paragraph", "这是实现经济振兴的必要前提。（记者 史涵）"),
        Block("paragraph", "■ 提高能源的利用效率。"),
    ]
    names, out = run_in_signature(blocks)
    assert out[0] == Block("paragraph", "这是实现经济振兴的必要前提。")
    assert names == []  # (a piece read before the last paragraph: its reporter is not this article's)
    names, out = run_in_signature([Block("paragraph", "甲。"), Block("paragraph", "的必要前提。（记者 史涵）")])
    assert (names, out[-1].text) == (["史涵"], "的必要前提。")


def test_a_bracket_in_running_text_naming_no_one_stays() -> None:
    for text in ("市政府今天召开了发布会。（记者招待会）", "关于该条例。（试行）", "（记者 史涵）今天召开会议。"):
        assert run_in_signature([Block("paragraph", text)]) == ([], [Block("paragraph", text)])
