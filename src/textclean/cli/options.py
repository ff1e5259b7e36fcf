"""Options several commands share, and the checks that turn a bad one into a usage error (exit 2)."""

from __future__ import annotations

import importlib.util
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any, Literal, cast

import typer

from textclean.analysis.script import load_protect_file
from textclean.cli.console import fail
from textclean.config import DEFAULT_INPUT_TIMEOUT, Mode
from textclean.run.inputs import collect_inputs, missing_input, path_to_param

Segmenter = Literal["jieba", "rjieba", "auto"]

TokenizerOption = Annotated[
    str,
    typer.Option(
        "--tokenizer",
        metavar="jieba|rjieba|auto",
        help="Word segmenter: jieba (reference), rjieba (same algorithm in Rust, ~25x faster; the `fast` "
        "extra), auto (rjieba when installed). The manifest records the one used.",
    ),
]
InputsArgument = Annotated[
    list[Path] | None,
    typer.Argument(
        metavar="INPUT",
        show_default="seeds/",
        help="Raw page files, or folders whose *.txt files are read (listed again at every run).",
    ),
]
OutOption = Annotated[Path, typer.Option("--out", "-o", metavar="DIR", help="Dataset folder to write.")]
MaxBytesOption = Annotated[
    int, typer.Option("--max-bytes", metavar="BYTES", min=1, help="Quarantine inputs larger than this (too_large).")
]
# The options of what a run writes, shared by run, watch and serve (defined once here; analysis_parameters reads them).
ConvertOption = Annotated[
    Mode,
    typer.Option(
        "--convert",
        help="Traditional -> simplified: none (text as it is), t2s (every article), auto (articles detected "
        "as traditional); originals kept in *_original.",
    ),
]
ProtectOption = Annotated[
    Path | None,
    typer.Option("--protect", metavar="FILE", help="Names conversion never changes, one a line (# comments)."),
]
TokensOption = Annotated[
    bool, typer.Option("--tokens/--no-tokens", help="Add each paragraph's words (tokens, token_count).")
]
UserDictOption = Annotated[
    Path | None,
    typer.Option(
        "--userdict", metavar="FILE", help="A jieba user dictionary: a word, optionally its frequency and tag, a line."
    ),
]
KeywordsOption = Annotated[
    int, typer.Option("--keywords", metavar="K", min=0, help="TF-IDF keywords per article; 0: none.")
]
InputTimeoutOption = Annotated[
    float,
    typer.Option(
        "--input-timeout",
        metavar="SECONDS",
        min=0,
        help="Quarantine an input (timeout) whose cleaning takes longer than this, and clean it again next run; "
        "0: no limit.",
    ),
]
FollowSymlinksOption = Annotated[
    bool,
    typer.Option("--follow-symlinks", help="Read inputs that are symbolic links to files outside the input folders."),
]


def analysis_parameters(
    max_bytes: int,
    convert: Mode,
    protect: Path | None,
    tokens: bool,
    user_dict: Path | None,
    keywords: int,
    tokenizer: str,
    follow_symlinks: bool,
    input_timeout: float = DEFAULT_INPUT_TIMEOUT,
) -> dict[str, Any]:
    """The cleaning flow's parameters from the options run, watch and serve share; exit 2 at a bad one.

    One place, so that a ``watch`` or ``serve`` writes the same dataset a ``run`` with the same options does.
    """
    segmenter = check_tokenizer(tokenizer, user_dict)
    if user_dict is not None and not user_dict.is_file():
        fail(f"jieba user dictionary not found: {user_dict}")
    return {
        "max_bytes": max_bytes,
        "script_mode": convert,
        "protect": read_protect_file(protect) if protect is not None else [],
        "tokens": tokens,
        "keywords_top_k": keywords,
        "user_dict": path_to_param(user_dict) if user_dict is not None else None,
        "tokenizer": segmenter,
        "follow_symlinks": follow_symlinks,
        "input_timeout": input_timeout,
    }


def check_writable(out: Path) -> None:
    """Create ``out`` if needed and make sure a file can be written in it, or exit 2 naming it."""
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out):
            pass
    except OSError as exc:
        fail(f"cannot write to output folder {out}: {exc.strerror or exc}")


def check_tokenizer(tokenizer: str, user_dict: Path | None = None) -> Segmenter:
    """``--tokenizer``'s segmenter; exits with a usage error when it names none, or one that cannot be used here."""
    if tokenizer not in ("jieba", "rjieba", "auto"):
        fail(f"--tokenizer {tokenizer}: expected jieba, rjieba or auto")
    if tokenizer == "rjieba":
        if importlib.util.find_spec("rjieba") is None:
            fail("--tokenizer rjieba: rjieba is not installed (pip install 'textclean[fast]')")
        if user_dict is not None:
            fail("--tokenizer rjieba cannot load a --userdict (use jieba)")
    return cast(Segmenter, tokenizer)


def checked_inputs(inputs: list[Path] | None, out: Path) -> list[Path]:
    """INPUTs as given (default ``seeds/``), made absolute; exit 2 when one is missing or DIR cannot be written."""
    given = inputs or [Path("seeds")]
    missing = missing_input(given)
    if missing is not None:
        fail(f"input not found: {missing}")
    check_output(out, given)
    check_writable(out)
    return [p.absolute() for p in given]


def check_output(out: Path, given: Sequence[Path], allow_empty: bool = True) -> None:
    """Exit 2, with one line naming DIR, before anything is written, when a run must not write there.

    DIR must be missing, empty or a textclean dataset; it must not be or lie
    inside an input folder, nor hold an input; and, unless ``allow_empty``, a
    run that finds no input pages must not replace the dataset DIR holds.
    """
    from textclean.dataset.ownership import folder_problem, holds_dataset, overlap_problem

    problem = overlap_problem(out, given) or folder_problem(out)
    if problem is not None:
        fail(f"refusing to write to {out}: {problem}")
    if not allow_empty and holds_dataset(out) and not collect_inputs(given):
        fail(
            f"refusing to write to {out}: no input pages in {', '.join(map(str, given))} "
            "(pages are *.txt files; subfolders are not read); --allow-empty replaces the dataset with an empty one"
        )


def read_protect_file(path: Path) -> list[str]:
    """The protected names of ``path``, sorted; exit 2 naming the file when it cannot be read."""
    try:
        return sorted(load_protect_file(path))
    except FileNotFoundError:
        fail(f"protect file not found: {path}")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read protect file {path}: {getattr(exc, 'strerror', None) or exc}")
