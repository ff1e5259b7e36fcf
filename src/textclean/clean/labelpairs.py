"""Two labels stacked over a title: a column label and a kicker, one head with the title, whatever their words.

:func:`~textclean.clean.boxed.set_as_label` keeps two label-width lines over a full title from being joined as a
narrow box's wrapped headline; :func:`join_label_pairs` then makes them one head unit with the title, before
:func:`~textclean.clean.units.join_kickers` weighs the lines by the bodies their words name (a column label the
body repeats names that body, and would stand as a title of its own).
"""

from __future__ import annotations

from textclean.clean.boxed import labels_open_stack
from textclean.clean.roles import Element
from textclean.clean.tails import two_labels_over
from textclean.clean.units import Unit


def join_label_pairs(units: list[Unit]) -> list[Unit]:
    """Join three head units set tight, two one-line titles over a unit that opens with a title, into one head:
    column label, kicker and title, when the two are labels opening a head stack over a full title
    (:func:`~textclean.clean.boxed.labels_open_stack`, :func:`~textclean.clean.tails.two_labels_over`).

    Before (PyMuPDF, the commentary family): ``学思践悟`` / ``民生观察`` / ``城市更新不是大拆大建``, the body opening
    ``学思践悟，知行合一。``: the label, naming that body, stood as a title, took it, and pushed the real head
    onto the article above; after, one head: column ``学思践悟``, kicker ``民生观察``, title under them. Not so: a
    one-character line (``治水`` / ``记``), a short line under the two (a narrow head column), a headline line set
    tight over them (the lines of a headline), the page's top line (its name, over a label: ``科教新闻`` /
    ``科教时评``).

    >>> from textclean.clean.roles import Item
    >>> mk = lambda t: Element("title", [Item(0, t, t, float(len(t)), False, False)], t)
    >>> units = [Unit([mk(t)], at, at) for at, t in enumerate(["学思践悟", "民生观察", "城市更新不是大拆大建"], 1)]
    >>> [[(e.kind, e.text) for e in u.elements] for u in join_label_pairs(units)]
    [[('column', '学思践悟'), ('kicker', '民生观察'), ('title', '城市更新不是大拆大建')]]
    >>> units = [Unit([mk(t)], at, at) for at, t in enumerate(["治水", "记", "我省生态环境质量持续改善"], 1)]
    >>> len(join_label_pairs(units))
    3
    >>> units = [Unit([mk(t)], at, at) for at, t in enumerate(["科教新闻", "科教时评", "让科研人员把心思放在创新上"])]
    >>> len(join_label_pairs(units))
    3
    """
    out: list[Unit] = []
    k = 0
    while k < len(units):
        if k + 2 < len(units) and _label_pair(out[-1] if out else None, *units[k : k + 3]):
            label, kicker, head = units[k : k + 3]
            column, line = label.elements[0], kicker.elements[0]
            pair = [Element("column", column.items, column.text), Element("kicker", line.items, line.text)]
            out.append(Unit([*pair, *head.elements], label.start, head.end))
            k += 3
            continue
        out.append(units[k])
        k += 1
    return out


def _label_pair(above: Unit | None, label: Unit, kicker: Unit, head: Unit) -> bool:
    """Whether ``label`` and ``kicker``, one one-line title each, set tight over ``head``, are two labels opening
    its head stack (``above``: the unit before them, if set right over them, may be a headline line)."""
    if label.start == 0 or label.end + 1 != kicker.start or kicker.end + 1 != head.start:
        return False  # (the page's top line may be its name, over a label: the banner is found later)
    if [e.kind for e in label.elements] != ["title"] or [e.kind for e in kicker.elements] != ["title"]:
        return False
    upper, lower, title = label.elements[0], kicker.elements[0], head.elements[0]
    line = above.elements[-1] if above is not None and above.end + 1 == label.start else None
    return labels_open_stack(upper, lower, title, line) and two_labels_over([upper, lower], title)
