"""Words across a line break (``textclean.clean.lexicon``): jieba's dictionary decides where words end."""

from __future__ import annotations

import pytest

from textclean.clean.lexicon import breaks_a_word, word_ends


def test_word_ends_cut_as_jieba_cuts() -> None:
    assert sorted(word_ends("一定要搞好整党整风")) == [2, 3, 5, 7, 9]  # 一定 要 搞好 整党 整风
    assert word_ends("") == set()


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("一定要搞好整党整", "风，加强党的建设"),
        ("一定要把党的各级领", "导班子整顿好、建设好"),
        ("提高党的领", "导水平和执政水平"),
    ],
)
def test_a_break_inside_a_word_is_found(upper: str, lower: str) -> None:
    assert breaks_a_word(upper, lower)


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("党的十一大报告摘登", "一定要强化人民的国家机器"),  # a kicker over its title
        ("中共一大文献摘登", "在知识分子中的宣传工作"),
        ("加快构建新发展格局", "着力推动高质量发展"),  # a two-part headline: between words, nothing said
        ("推进改革，", "促进发展"),  # punctuation at the break: between words
        ("2019年", "政府工作报告"),
        ("", "政府工作报告"),
    ],
)
def test_a_break_between_words_is_not(upper: str, lower: str) -> None:
    assert not breaks_a_word(upper, lower)


def test_the_lexicon_file_is_what_its_tool_makes_of_jiebas_dictionary() -> None:
    import subprocess
    import sys
    from pathlib import Path

    tool = Path(__file__).resolve().parents[2] / "tools" / "lexicon.py"
    done = subprocess.run([sys.executable, str(tool), "--check"], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
