"""Words across a line break (``textclean.clean.lexicon``): jieba's dictionary decides where words end."""

from __future__ import annotations

import pytest

from textclean.clean.lexicon import breaks_a_word, first_word, opens_as_label, opens_with_date, word_ends


def test_word_ends_cut_as_jieba_cuts() -> None:
    assert sorted(word_ends("一定要搞好整党整风")) == [2, 3, 5, 7, 9]  # 一定 要 搞好 整党 整风
    assert word_ends("") == set()


@pytest.mark.parametrize(
    ("upper", "lower"),
    [
        ("一定要搞好整党整", "风，加强党的建设"),
        ("一定要把党的各级领", "导班子整顿好、建设好"),
        ("提高党的领", "导水平和执政水平"),
        ("1998年工作回顾和19", "99年工作的总体要求"),  # inside a number
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


@pytest.mark.parametrize(
    "line",
    ["1957年政府工作报告摘编", "１９５６年的国家预算", "今后五年的主要任务", "关于政治体制改革", "党的十二大报告摘编"],
)
def test_a_line_opening_with_a_number_a_time_word_a_preposition_or_a_word_and_de_opens_as_a_label(line: str) -> None:
    assert opens_as_label(line)


@pytest.mark.parametrize(
    "line",
    [
        "加快发展现代农业",
        "一定要发扬民主",
        "千方百计扩大就业",
        "坚定不移推进改革",
        "深化改革和扩大开放",
        "",
        "——写在前面",
    ],
)
def test_a_line_opening_with_a_verb_or_an_adverb_does_not(line: str) -> None:
    assert not opens_as_label(line)


def test_the_first_word_is_cut_as_jieba_cuts() -> None:
    assert [first_word(t) for t in ("和政策取向", "和平发展", "与时俱进", "2019年", "")] == [
        "和",
        "和平",
        "与时俱进",
        "",
        "",
    ]


def test_the_word_class_file_holds_the_classes_that_open_labels_and_clauses_only() -> None:
    from importlib.resources import files

    rows = [
        line.split() for line in (files("textclean.clean") / "data" / "wordclass.txt").read_text("utf-8").splitlines()
    ]
    tags = {"m", "t", "p", "v", "ad", "d", "r", "nr", "nrfg", "nrt", "vn"}  # (and names, and verbal nouns)
    assert {tag for _, tag in rows} == tags
    assert {"关于": "p", "今后": "t", "十二": "m", "加快": "v", "我们": "r", "鲁迅": "nr"}.items() <= dict(rows).items()
    assert dict(rows)["发展"] == "vn" and "经济" not in dict(rows)  # (a verbal noun: a predicate's word, no noun)
    from textclean.clean.lexicon import is_word_of_class, opens_as_clause

    assert not opens_as_clause("发展总体要求和政策取向") and not is_word_of_class("发展")  # (no clause's opener)


def test_a_name_over_a_clause_reads_as_kicker_and_title_not_as_one_wrapped_headline() -> None:
    from textclean.clean.lexicon import name_over_clause, opens_as_clause

    assert [opens_as_clause(t) for t in ("加强社会建设", "深入实施科教兴国战略", "关于基本建设", "时期的总任务")] == [
        True,
        True,
        True,
        False,
    ]
    assert name_over_clause("1958年政府工作报告摘登", "关于基本建设")
    assert name_over_clause("党的九大报告", "关于党的整顿和建设")
    # negatives: a clause over a clause (two halves), a name over a line opening mid-phrase (one title wrapped)
    assert not name_over_clause("加强生态文明建设", "推进绿色低碳发展")
    assert not name_over_clause("三年来的斗争和新", "时期的总任务")


def test_a_line_opens_with_a_date_or_a_count_but_not_with_a_preposition_or_a_word_and_de() -> None:
    assert [
        opens_with_date(t) for t in ("2021年工作回顾", "１９５５年国家决算", "当前的经济形势", "今后五年的主要任务")
    ] == [True] * 4
    assert [opens_with_date(t) for t in ("关于外交工作", "时期的总任务", "在工会系统落地见效", "加快发展")] == [
        False
    ] * 4


def test_a_label_over_a_clause_is_told_from_a_box_first_line() -> None:
    from textclean.clean.lexicon import label_over_clause

    assert label_over_clause("深度阅读", "促进祖国")
    assert label_over_clause("学思践悟", "在知识分")
    assert label_over_clause("政策速递", "关于外交工作")
    assert not label_over_clause("必须努力", "做到财政")  # (an adverb opens a clause)
    assert not label_over_clause("加大节能减", "排和环境保")  # (a lone verb: the end of 节能减排)
    assert not label_over_clause("党的建设", "新的伟大工程")  # (no clause under it)
    assert not label_over_clause("1994年政府工作报告", "保持国民")  # (longer than a label)
