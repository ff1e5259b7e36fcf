"""Speaker labels of an interview printed as questions and answers (``记者：…`` / ``廖芳雅：…``).

Each turn of an interview is a paragraph opening with its speaker's name and a colon. In text set line under line
(PyMuPDF, pdftotext) a turn whose last line fills the column shows no paragraph end by shape, but the label opening
the next line does, once the same labels open several lines of the body (a dialogue, not a line that happens to
open with ``他说：``).
"""

from __future__ import annotations

import collections
import re

from textclean.clean.chardata import HAN

#: A speaker's label opening a line: one to four Han characters (a name, ``记者``, ``问``) and a colon, after the
#: line break before it (searched in the text with one put before its first line: a pattern opening with a literal
#: is searched for that character, one opening with ``^`` is tried at every character).
SPEAKER_LABEL_RE = re.compile(f"\n([{HAN}]{{1,4}})[：:]")
#: The same label at the start of one line (``问：``, ``答：``, ``记者：``).
SPEAKER_OPENING_RE = re.compile(SPEAKER_LABEL_RE.pattern.replace("\n", "^", 1))
#: What ends a reporter's words quoting someone, not a speaker's label: a speech verb (``他说：``, ``专家指出：``) ...
SPEECH_VERB_ENDS = ("说", "表示", "指出", "强调", "介绍", "认为", "称", "谈到", "坦言", "回忆")
#: ... or what a label never is: a pronoun or an indefinite subject (``有人：``) names no speaker of a dialogue.
PRONOUNS = frozenset(("他", "她", "我", "你", "它", "他们", "她们", "我们", "你们", "有人", "大家"))
#: A label is a speaker's when it opens at least this many lines of the body (an interview's turns recur) ...
MIN_SPEAKER_TURNS = 2
#: ... and at least this many such labels take turns (two speakers: a question and its answer).
MIN_SPEAKERS = 2


def speaker_turns(texts: list[str]) -> frozenset[int]:
    """The lines of a body that open a speaker's turn: they open with a label (:data:`SPEAKER_LABEL_RE`) that
    opens :data:`MIN_SPEAKER_TURNS` lines or more, :data:`MIN_SPEAKERS` such labels at least. The labels are
    found in the body's text at once (most bodies hold none, or one speaker's).

    Before (PyMuPDF): ``记者：有读者说你的作品节奏很慢，你怎么回应？`` (a full line) / ``廖芳雅：我接受这样的评价。…``
    stood in one paragraph; after, the answer opens its own. Not so: a body where one label opens lines (``他说：``).

    >>> speaker_turns(["记者：你好吗？", "廖芳雅：很好。", "记者：为什么？", "廖芳雅：因为", "天气好。"])
    frozenset({0, 1, 2, 3})
    >>> speaker_turns(["他说：好的。", "他说：不行。", "于是大家走了。"])
    frozenset()
    >>> speaker_turns(["他说：好的。", "她说：不行。", "他说：为什么？", "她说：因为。"])
    frozenset()
    """
    text = "\n".join(["", *texts])  # (a line break before each line: the matches start where their lines do, less one)
    found = list(SPEAKER_LABEL_RE.finditer(text))
    counts = collections.Counter(m.group(1) for m in found)
    speakers = {name for name, n in counts.items() if n >= MIN_SPEAKER_TURNS and is_speaker_label(name)}
    if len(speakers) < MIN_SPEAKERS:
        return frozenset()
    return frozenset(text.count("\n", 0, m.start()) for m in found if m.group(1) in speakers)


def is_speaker_label(name: str) -> bool:
    """Whether ``name`` (before a colon opening a line) may label a speaker's turns: a name or a role (``记者``,
    ``廖芳雅``, ``问``), not a pronoun (:data:`PRONOUNS`) nor words ending in a speech verb
    (:data:`SPEECH_VERB_ENDS`): a report quoting ``他说：`` / ``她说：`` in turn is no interview. Before (PyMuPDF): a
    report whose lines open with ``他说：…`` and ``她说：…`` broke before each; after, they run on as the shapes say.

    >>> [is_speaker_label(n) for n in ("记者", "廖芳雅", "问", "他说", "她表示", "有人", "专家指出")]
    [True, True, True, False, False, False, False]
    """
    return name not in PRONOUNS and not name.endswith(SPEECH_VERB_ENDS)
