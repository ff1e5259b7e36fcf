"""run, watch and serve take the same options for what a run writes, defined once, and pass them on alike."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer.main

from textclean.cli import app
from textclean.cli import watch as watch_module

SHARED = {
    "--max-bytes",
    "--convert",
    "--protect",
    "--tokens",
    "--userdict",
    "--keywords",
    "--tokenizer",
    "--follow-symlinks",
    "--input-timeout",
}


def options_of(name: str) -> dict[str, Any]:
    command = typer.main.get_command(app).commands[name]  # type: ignore[attr-defined]
    return {opt: param for param in command.params for opt in param.opts}


@pytest.mark.parametrize("name", ["run", "watch", "serve"])
def test_every_command_that_runs_the_flow_takes_the_shared_options(name: str) -> None:
    options = options_of(name)
    assert SHARED <= set(options)
    run_options = options_of("run")
    assert all(options[o].help == run_options[o].help for o in SHARED)  # one definition


def test_watch_passes_the_shared_options_to_every_run(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A watch after `run --convert t2s` keeps converting (it used to rebuild the dataset without)."""
    import textclean.flows.clean_flow as flow_module

    seen: list[dict[str, Any]] = []

    def fake_flow(inputs: list[str], out: str, **parameters: Any) -> Any:
        seen.append(parameters)
        raise RuntimeError("stop here")

    monkeypatch.setattr(flow_module, "clean_flow", fake_flow)
    protect = tmp_path / "names.txt"
    protect.write_text("唐鑛\n", encoding="utf-8")
    parameters = watch_module.analysis_parameters(
        1000, "t2s", protect, False, None, 3, "jieba", follow_symlinks=True, input_timeout=5
    )
    watch_module.watched_run(1, "start", paths=[tmp_path], out=tmp_path / "o", parameters=parameters, temporary=False)
    assert seen == [
        {
            "max_bytes": 1000,
            "script_mode": "t2s",
            "protect": ["唐鑛"],
            "tokens": False,
            "keywords_top_k": 3,
            "user_dict": None,
            "tokenizer": "jieba",
            "follow_symlinks": True,
            "input_timeout": 5,
        }
    ]
