"""Column labels read in a row -> the heads they open, in order (:func:`label_rows`)."""

from __future__ import annotations

from textclean.clean.units import Unit


def label_rows(units: list[Unit]) -> list[Unit]:
    """Column labels read one right after the other head the titles that follow, in order.

    Heads set side by side: an extractor reading across the page prints their labels in a row, then their titles.
    Before (pdftotext, devpages cpc-19-04): ``G 读报告`` ∅ ``G 要点速览`` ∅ ``坚定文化自信，…`` ∅
    ``深化机构和行政体制改革``: the first label stood alone (a leftover), the second opened the first title's head;
    after, the first heads the first title, the second the second (devpages, pdftotext and pdfminer: 10 of 22 such
    labels so paired right, 3 by the last label opening the head under it; PyMuPDF reads none so). Left as read
    when fewer titles without a label follow than labels. The units are changed in place (their elements move):
    the caller holds no other reference to them.

    >>> from textclean.clean.roles import Element, Item
    >>> mk = lambda kind, t: Element(kind, [Item(0, t, t, float(len(t)), True, True)], t)
    >>> els = [mk("column", "G 读报告"), mk("column", "G 要点速览"), mk("title", "坚定文化自信"), mk("title", "深化改革")]
    >>> units = [Unit(els[:1], 0, 0), Unit(els[1:3], 1, 2), Unit(els[3:], 3, 3)]
    >>> [[e.text for e in u.elements] for u in label_rows(units)]
    [['G 读报告', '坚定文化自信'], ['G 要点速览', '深化改革']]
    >>> units = [Unit(els[:1], 0, 0), Unit(els[1:3], 1, 2)]  # (one title for two labels)
    >>> [[e.text for e in u.elements] for u in label_rows(units)]
    [['G 读报告'], ['G 要点速览', '坚定文化自信']]
    """
    out = list(units)
    i = 0
    while i < len(out):
        run = _run_at(out, i)
        if len(run) < 2:
            i += 1
            continue
        last = out[i + len(run) - 1]
        heads = [last] if last.get("title") is not None and len(last.elements) > 1 else []
        after = i + len(run)
        heads += [v for v in out[after:] if v.get("title") is not None and "column" not in v.kinds()]
        if len(heads) < len(run):
            i += len(run)
            continue
        labels = [u.elements[0] for u in run]
        if len(last.elements) > 1:
            last.elements.pop(0)
            last.start += 1
            lone = run[:-1]
        else:
            lone = run
        for label, head in zip(labels, heads[: len(labels)], strict=True):
            head.elements.insert(0, label)
        for u in lone:
            u.elements = []
        i = after
    return [u for u in out if u.elements]


def _run_at(units: list[Unit], i: int) -> list[Unit]:
    """The units from ``i`` that open with a column label, each right after the one before, all but the last a
    lone label."""
    run: list[Unit] = []
    for u in units[i:]:
        if u.elements[0].kind != "column" or (run and u.start != run[-1].end + 1):
            break
        run.append(u)
        if len(u.elements) > 1:
            break
    return run
