"""The one frozen configuration object, built by the CLI or the flow.

Library functions read no environment variables or files: everything they
need to know comes in a :class:`Config`.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Version of the cleaning rules. Bump it whenever a rule changes its output,
#: so incremental runs know cached results are stale.
RULES_VERSION = "1"

#: Version of the output schemas (``schemas/``).
SCHEMA_VERSION = "2"


#: Default of :attr:`Config.max_bytes` (20 MiB: a newspaper page is tens of kilobytes).
DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Config:
    """Settings of one run, with their defaults.

    max_bytes: inputs larger than this are quarantined (``too_large``).
    strict: a run with any reject exits non-zero.
    """

    max_bytes: int = DEFAULT_MAX_BYTES
    strict: bool = False
