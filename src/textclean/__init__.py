"""textclean: turn raw OCR-like Chinese newspaper pages into clean article datasets."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("textclean")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"

__all__ = ["__version__"]
