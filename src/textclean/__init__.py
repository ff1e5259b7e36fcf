"""textclean: turn raw OCR-like Chinese newspaper pages into clean article datasets.

The public API (imported lazily, so ``import textclean`` stays cheap)::

    >>> from textclean import clean_page
    >>> page = clean_page("p.txt", "打造“五型”工会\\n\\n　　工会工作要做实做好维权服务。\\n".encode())
    >>> [a.title for a in page.articles]
    ['打造“五型”工会']

* :func:`clean_page`: one raw page (bytes) -> its articles, or the reason it was rejected;
* :func:`build_tables`: cleaned pages -> validated article and paragraph rows plus rejects;
* :func:`write_dataset`: those rows -> a dataset folder, atomically;
* :func:`read_dataset`, :func:`validate_dataset`: a written dataset folder, read or re-checked;
* :class:`Config`: the settings of a run.
"""

from __future__ import annotations

from importlib import import_module
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

try:
    __version__ = version("textclean")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

#: Public name -> the module that defines it.
_API = {
    "Config": "textclean.config",
    "Article": "textclean.models",
    "Block": "textclean.models",
    "PageResult": "textclean.models",
    "Reject": "textclean.models",
    "clean_page": "textclean.clean.page",
    "build_tables": "textclean.dataset.rows",
    "write_dataset": "textclean.dataset.assemble",
    "read_dataset": "textclean.dataset.read",
    "validate_dataset": "textclean.dataset.validate",
}

__all__ = [
    "Article",
    "Block",
    "Config",
    "PageResult",
    "Reject",
    "__version__",
    "build_tables",
    "clean_page",
    "read_dataset",
    "validate_dataset",
    "write_dataset",
]

if TYPE_CHECKING:
    from textclean.clean.page import clean_page
    from textclean.config import Config
    from textclean.dataset.assemble import write_dataset
    from textclean.dataset.read import read_dataset
    from textclean.dataset.rows import build_tables
    from textclean.dataset.validate import validate_dataset
    from textclean.models import Article, Block, PageResult, Reject


def __getattr__(name: str) -> Any:
    """Import a public name's module on first use (PEP 562)."""
    if name not in _API:
        raise AttributeError(f"module 'textclean' has no attribute {name!r}")
    value = getattr(import_module(_API[name]), name)
    globals()[name] = value
    return value
