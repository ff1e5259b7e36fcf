"""``textclean synth``: write synthetic seed-like raw pages (and their gold), the same bytes for the same seed."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Annotated

import typer

from textclean.clean.decode import clean_name
from textclean.cli.console import EXIT_FAILED, fail, out_console, progress_bar
from textclean.cli.options import check_writable


def synth_command(
    out: Annotated[
        Path,
        typer.Argument(
            metavar="OUT",
            help="Folder to write the pages to (created when missing); it must be empty, or with --force hold "
            "only an earlier synthetic corpus besides files that are not pages.",
            show_default=False,
        ),
    ],
    pages: Annotated[int, typer.Option("--pages", "-n", metavar="N", min=1, help="Number of pages to write.")] = 2000,
    seed: Annotated[
        int, typer.Option("--seed", metavar="S", help="Random seed: the same S and N give the same bytes.")
    ] = 1,
    gold: Annotated[
        Path | None,
        typer.Option(
            "--gold",
            metavar="DIR",
            help="Also write each page's expected articles (synth_NNNN.json, the gold tools/score.py reads) to "
            "DIR; DIR may be OUT.",
        ),
    ] = None,
    force: Annotated[
        bool,
        typer.Option("--force", help="Replace an earlier synthetic corpus (synth_NNNN.txt/.json) in OUT and DIR."),
    ] = False,
) -> None:
    """Write N synthetic raw pages laid out like the seeds (about 25 KB, mostly four articles each).

    The pages recombine the hand-checked gold articles with the seeds' layouts
    and OCR-like noise (textclean.synth): synth_0001.txt ... in OUT, ready for
    `textclean run OUT`. Page i depends only on --seed and i. OUT never
    receives pages next to other *.txt pages, nor gold next to other *.json.
    """
    from textclean.synth import CORPUS_NAME_RE, write_corpus

    same = gold is not None and gold.absolute() == out.absolute()
    stale = corpus_folder(out, {".txt", ".json"} if same else {".txt"}, force, CORPUS_NAME_RE)
    if gold is not None and not same:
        stale += corpus_folder(gold, {".json"}, force, CORPUS_NAME_RE)
    check_writable(out)
    if gold is not None:
        check_writable(gold)
    started = time.monotonic()
    try:
        for path in stale:
            path.unlink()
        with progress_bar() as bar:
            written = write_corpus(
                out,
                pages,
                seed,
                gold_dir=gold,
                with_gold=gold is not None,
                progress=(lambda done, total: bar("writing pages", done, total)) if bar is not None else None,
            )
    except OSError as exc:
        fail(f"cannot write the pages: {exc.strerror or exc}: {exc.filename}", EXIT_FAILED)
    print_corpus(written, out, seed, gold, len(stale), time.monotonic() - started)


def print_corpus(written: list[Path], out: Path, seed: int, gold: Path | None, removed: int, seconds: float) -> None:
    """What ``synth`` wrote: the earlier corpus it removed, the pages (count, size, seed), where the gold is."""
    size = sum(p.stat().st_size for p in written)
    if removed:
        out_console.print(f"removed {removed} file(s) of an earlier synthetic corpus", markup=False)
    out_console.print(
        f"{len(written)} synthetic page(s), {size / 1e6:.1f} MB (seed {seed}) -> {clean_name(str(out))}/ "
        f"({seconds:.1f} s)",
        markup=False,
    )
    if gold is not None:
        out_console.print(f"gold: {clean_name(str(gold))}/ ({len(written)} synth_*.json)", markup=False)


def corpus_folder(folder: Path, suffixes: set[str], force: bool, corpus_name: re.Pattern[str]) -> list[Path]:
    """Check that ``folder`` can take a synthetic corpus; return the files of an earlier one to remove.

    Exit 2 when it is not a folder, when it holds files with one of ``suffixes``
    (pages, gold) that are not a synthetic corpus's, or when it is not empty and
    ``force`` is not given.
    """
    if folder.exists() and not folder.is_dir():
        fail(f"not a folder: {folder}")
    try:
        entries = sorted(folder.iterdir()) if folder.is_dir() else []
    except OSError as exc:
        fail(f"cannot read folder {folder}: {exc.strerror or exc}")
    ours = [e for e in entries if corpus_name.fullmatch(e.name) and e.is_file()]
    others = [e for e in entries if e.suffix in suffixes and e not in ours]
    if others:
        fail(
            f"{folder} holds {len(others)} other {'/'.join(sorted(suffixes))} file(s) (e.g. {others[0].name}); "
            "synthetic pages are written to an empty folder"
        )
    if entries and not force:
        fail(f"{folder} is not empty ({len(entries)} entries); use --force to replace an earlier synthetic corpus")
    return ours
