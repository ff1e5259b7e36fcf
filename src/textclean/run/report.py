"""What a run did, for people: a table of its inputs and a short markdown summary.

The flow publishes both as Prefect artifacts (visible on the flow run's page in
the Prefect UI); the functions here only shape data (no Prefect).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from textclean.dataset.files import Record

#: An input's status as a run reports it, in the order counts are printed.
STATUSES = ("processed", "reused", "rejected")


def run_inputs(manifest: Mapping[str, Any], up_to_date: bool) -> list[Record]:
    """The manifest's inputs as this run saw them: all ``reused`` when the run found nothing to do.

    >>> manifest = {"inputs": [{"source": "a.txt", "status": "processed"}, {"source": "b.txt", "status": "rejected"}]}
    >>> [i["status"] for i in run_inputs(manifest, up_to_date=True)]
    ['reused', 'reused']
    >>> [i["outcome"] for i in run_inputs(manifest, up_to_date=True)]
    ['processed', 'rejected']
    """
    inputs = [dict(i) for i in manifest.get("inputs", [])]
    for entry in inputs:
        entry.setdefault("outcome", entry.get("status"))
        if up_to_date:
            entry["status"] = "reused"
    return inputs


def status_counts(inputs: Iterable[Mapping[str, Any]]) -> dict[str, int]:
    """Inputs by status, every status named.

    >>> status_counts([{"status": "reused"}, {"status": "processed"}, {"status": "reused"}])
    {'processed': 1, 'reused': 2, 'rejected': 0}
    """
    counts = Counter(i.get("status") for i in inputs)
    return {status: counts[status] for status in STATUSES}


def input_rows(inputs: Sequence[Mapping[str, Any]], rejects: Iterable[Mapping[str, Any]]) -> list[Record]:
    """One row per input: source, status, outcome, articles, rejects and their reasons.

    >>> rows = input_rows([{"source": "a.txt", "status": "reused", "outcome": "rejected", "articles": 0, "rejects": 1}],
    ...                   [{"source": "a.txt", "reason": "binary"}])
    >>> rows[0]["reasons"]
    'binary'
    """
    reasons: dict[str, Counter[str]] = {}
    for reject in rejects:
        reasons.setdefault(str(reject.get("source")), Counter())[str(reject.get("reason"))] += 1
    rows = []
    for entry in inputs:
        found = reasons.get(str(entry.get("source")), Counter())
        rows.append(
            {
                "source": entry.get("source"),
                "status": entry.get("status"),
                "outcome": entry.get("outcome", entry.get("status")),
                "articles": entry.get("articles", 0),
                "rejects": entry.get("rejects", 0),
                "reasons": ", ".join(f"{r} {n}" if n > 1 else r for r, n in sorted(found.items())),
            }
        )
    return rows


#: Rows at most in the inputs table of a run (a Prefect artifact): the server refuses events over
#: about 1.5 MB, and a table of every input of a large corpus helps nobody.
MAX_INPUT_ROWS = 500


def artifact_rows(rows: Sequence[Record], limit: int = MAX_INPUT_ROWS) -> list[Record]:
    """At most ``limit`` of the inputs table's rows: what this run did (cleaned or rejected) first, then reused
    inputs, in input order within each; a last row says how many were left out (all are in ``manifest.json``).

    >>> rows = [{"source": f"{i}.txt", "status": "reused" if i % 2 else "processed"} for i in range(5)]
    >>> [r["source"] for r in artifact_rows(rows, limit=3)]
    ['0.txt', '2.txt', '4.txt', '(2 more inputs: see manifest.json)']
    """
    if len(rows) <= limit:
        return list(rows)
    chosen = sorted(range(len(rows)), key=lambda i: (rows[i].get("status") == "reused", i))[:limit]
    kept = [rows[i] for i in sorted(chosen, key=lambda i: (rows[i].get("status") == "reused", i))]
    return [*kept, {"source": f"({len(rows) - limit} more inputs: see manifest.json)"}]


def summary_markdown(
    out: str, manifest: Mapping[str, Any], inputs: Sequence[Mapping[str, Any]], up_to_date: bool
) -> str:
    """A short markdown summary of a run: where, what it did with its inputs, what it wrote.

    >>> manifest = {"counts": {"inputs": 1, "articles": 3, "paragraphs": 9, "rejects": 0, "rejects_by_reason": {}},
    ...             "rules_version": "1", "code_digest": "ab" * 32}
    >>> print(summary_markdown("data", manifest, [{"status": "processed"}], up_to_date=False))
    # textclean run: `data`
    <BLANKLINE>
    | inputs | processed | reused | rejected | articles | paragraph rows | rejects |
    |---:|---:|---:|---:|---:|---:|---:|
    | 1 | 1 | 0 | 0 | 3 | 9 | 0 |
    <BLANKLINE>
    Rules version 1, code abababababab.
    """
    counts = manifest["counts"]
    by_status = status_counts(inputs)
    lines = [f"# textclean run: `{out}`", ""]
    if up_to_date:
        lines += ["The dataset was already current for these inputs: nothing was cleaned or written.", ""]
    lines += [
        "| inputs | processed | reused | rejected | articles | paragraph rows | rejects |",
        "|---:|---:|---:|---:|---:|---:|---:|",
        f"| {counts['inputs']} | {by_status['processed']} | {by_status['reused']} | {by_status['rejected']} "
        f"| {counts['articles']} | {counts['paragraphs']} | {counts['rejects']} |",
        "",
    ]
    reasons = counts.get("rejects_by_reason") or {}
    if reasons:
        lines += ["Rejects by reason: " + ", ".join(f"`{r}` {n}" for r, n in reasons.items()) + ".", ""]
    lines.append(f"Rules version {manifest.get('rules_version')}, code {str(manifest.get('code_digest'))[:12]}.")
    return "\n".join(lines)
