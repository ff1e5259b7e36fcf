"""The dataset card's YAML header: what HuggingFace ``datasets`` reads of a dataset folder before its files.

``configs`` names the tables, so ``load_dataset(DIR)`` loads the articles and
``load_dataset(DIR, "paragraphs")`` the paragraphs; ``dataset_info`` gives
each table's features (its columns' types, in the YAML form ``datasets``
writes with ``Features._to_yaml_list``) and its split's row count, which
``datasets`` checks when it loads. The features come from the Arrow schemas
(:func:`textclean.dataset.arrow.hf_features`), the very types of the Parquet
files, so the header says what the files hold (a test checks it against the
features ``datasets`` infers from the files).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any

from textclean.dataset.arrow import ARTICLES_ARROW, PARAGRAPHS_ARROW, hf_features

__all__ = ["HF_CONFIGS", "front_matter", "yaml_features"]

#: The tables ``datasets.load_dataset(DIR)`` finds by name (the first is its default), their files and schemas.
HF_CONFIGS = (("articles", "articles.parquet", ARTICLES_ARROW), ("paragraphs", "paragraphs.parquet", PARAGRAPHS_ARROW))


def yaml_feature(feature: Any) -> dict[str, Any]:
    """One feature (as ``Features.to_dict()`` writes it) in the card's YAML form (as ``_to_yaml_list`` writes it).

    >>> yaml_feature({"dtype": "int64", "_type": "Value"})
    {'dtype': 'int64'}
    >>> yaml_feature({"feature": {"dtype": "string", "_type": "Value"}, "_type": "List"})
    {'list': 'string'}
    >>> yaml_feature({"feature": {"term": {"dtype": "string", "_type": "Value"}}, "_type": "List"})
    {'list': [{'name': 'term', 'dtype': 'string'}]}
    """
    kind = feature.get("_type")
    if kind == "Value":
        return {"dtype": feature["dtype"]}
    if kind == "List":
        inner = yaml_feature(feature["feature"])
        if list(inner) == ["dtype"]:
            return {"list": inner["dtype"]}  # a list of values: `list: string`
        if list(inner) == ["struct"]:
            return {"list": inner["struct"]}  # a list of structs: `list:` then their fields
        return {"list": inner}
    if kind is None:  # a struct: its fields by name
        return {"struct": [{"name": name, **yaml_feature(sub)} for name, sub in feature.items()]}
    raise ValueError(f"no YAML form for feature type {kind!r}")


def yaml_features(schema: Any) -> list[dict[str, Any]]:
    """A table's columns as the card's ``features`` list: ``name`` and its type, in column order."""
    return [{"name": name, **yaml_feature(feature)} for name, feature in hf_features(schema).items()]


def front_matter(rows: Mapping[str, int]) -> list[str]:
    """The card's YAML header (``---`` lines included): ``configs`` and ``dataset_info`` of each table.

    ``rows``: the number of rows of each table (``articles``, ``paragraphs``),
    the ``num_examples`` of its one split, ``train``.

    >>> print("\\n".join(front_matter({"articles": 13, "paragraphs": 117})[:7]))
    ---
    configs:
    - config_name: articles
      data_files:
      - split: train
        path: articles.parquet
      default: true
    """
    configs = [
        {"config_name": name, "data_files": [{"split": "train", "path": path}], **({"default": True} if i == 0 else {})}
        for i, (name, path, _) in enumerate(HF_CONFIGS)
    ]
    infos = [
        {
            "config_name": name,
            "features": yaml_features(schema),
            "splits": [{"name": "train", "num_examples": int(rows[name])}],
        }
        for name, _, schema in HF_CONFIGS
    ]
    return ["---", *yaml_lines({"configs": configs, "dataset_info": infos}), "---"]


PLAIN = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*\Z")


def _scalar(value: object) -> str:
    """A YAML scalar: ``true``/``false``, a number, a plain name, else a JSON string (valid YAML).

    >>> _scalar(True), _scalar(3), _scalar("articles.parquet"), _scalar("true"), _scalar("a: b")
    ('true', '3', 'articles.parquet', '"true"', '"a: b"')
    """
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    plain = PLAIN.match(text) and text.lower() not in ("true", "false", "yes", "no", "on", "off", "null")
    return text if plain else json.dumps(text, ensure_ascii=False)


def yaml_lines(value: Any, pad: str = "") -> list[str]:
    """Mappings and lists as block-style YAML lines (a list under a key at the key's indentation, as HF writes it).

    >>> print("\\n".join(yaml_lines({"a": [{"b": 1, "c": {"d": "x"}}], "e": ["f"]})))
    a:
    - b: 1
      c:
        d: x
    e:
    - f
    """
    lines: list[str] = []
    if isinstance(value, list):
        for item in value:
            if isinstance(item, Mapping | list):
                inner = yaml_lines(item, pad + "  ")
                lines += [f"{pad}- {inner[0][len(pad) + 2 :]}", *inner[1:]]
            else:
                lines.append(f"{pad}- {_scalar(item)}")
        return lines
    for key, item in value.items():
        if isinstance(item, Mapping):
            lines += [f"{pad}{key}:", *yaml_lines(item, pad + "  ")]
        elif isinstance(item, list):
            lines += [f"{pad}{key}:", *yaml_lines(item, pad)]
        else:
            lines.append(f"{pad}{key}: {_scalar(item)}")
    return lines
