"""``python -m textclean.cli``: the same as the ``textclean`` command."""

from textclean.cli import app

app(prog_name="textclean")
