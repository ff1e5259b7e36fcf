"""Cleaned pages -> validated rows: the articles and paragraphs tables, their tokens and keywords, the rejects.

:func:`build_tables` converts each article's script as configured, validates
the rows against the pandera schemas (:mod:`textclean.dataset.schemas`: a row
that fails is quarantined as a reject, it never stops a run), then adds
tokens and keywords (:func:`add_tokens`). A row is quarantined alone: the
other articles of its page are written.
"""

from __future__ import annotations

import operator
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from textclean.analysis.keywords import keyword_weights
from textclean.analysis.script import Converter, convert_article, convert_paragraphs
from textclean.analysis.tokens import shared_tokenizer
from textclean.config import Config
from textclean.dataset.files import Record
from textclean.dataset.schemas import articles_frame, paragraphs_frame, validate_articles, validate_paragraphs
from textclean.models import Article, PageResult, Reject

#: Weights of keywords are rounded to this many decimals (the same on every machine).
KEYWORD_DIGITS = 6
#: A ``malformed_article`` reject's detail is cut to this many characters (an exception may quote a long value).
MAX_DETAIL = 300
#: Reasons that say how a run went rather than what an input is (cleaning ran past ``--input-timeout``):
#: such a result is not kept for reuse, the next run cleans the input again (:func:`retried`).
RETRIED_REASONS = frozenset({"timeout"})


@dataclass
class Tables:
    """Validated rows of a dataset, ready to write."""

    articles: list[Record] = field(default_factory=list)
    paragraphs: list[Record] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)
    #: One entry per input: source, sha256, encoding, decode_errors, removed_chars, status, articles, rejects.
    inputs: list[Record] = field(default_factory=list)


def paragraph_records(article: Mapping[str, Any]) -> list[Record]:
    """The paragraphs-table rows of one article record: one per block.

    >>> paragraph_records({"article_id": "a1", "source": "p.txt", "blocks": [{"kind": "heading", "text": "一、总则"}]})
    [{'article_id': 'a1', 'source': 'p.txt', 'block_index': 0, 'kind': 'heading', 'text': '一、总则', 'char_count': 4}]
    """
    return [
        {
            "article_id": article["article_id"],
            "source": article["source"],
            "block_index": i,
            "kind": block["kind"],
            "text": block["text"],
            "char_count": len(block["text"]),
        }
        for i, block in enumerate(article["blocks"])
    ]


def build_tables(
    results: Sequence[PageResult], config: Config | None = None, duplicates: Sequence[bool] | None = None
) -> Tables:
    """Turn cleaned pages into validated article and paragraph rows plus rejects.

    Results keep their order. A second input with an already seen file name is
    rejected (``duplicate_source``): the source name is what ids and joins key on.
    ``duplicates`` says which results are such repeats when the caller knows
    more inputs than ``results`` (a batch of a larger run); by default, repeats
    within ``results``.
    Each article is converted as ``config.script_mode`` says (``script`` and
    ``<field>_original`` added, :func:`~textclean.analysis.script.convert_article`)
    before validation; rows failing a schema check are quarantined with that
    check's name, an article that cannot be made a row as ``malformed_article``
    (:func:`article_row`): each alone, its page's other articles are kept. The
    valid rows then get their tokens and keywords (:func:`add_tokens`).
    """
    config = config or Config()
    converter = Converter(config.script_mode, config.protect)
    originals: list[Record] = []
    records: list[Record] = []
    malformed: list[Reject] = []
    seen: set[str] = set()
    duplicate: list[bool] = []
    for i, result in enumerate(results):
        duplicate.append(duplicates[i] if duplicates is not None else result.source in seen)
        if not duplicate[-1]:
            seen.add(result.source)
            for article in result.articles:
                row = article_row(article, converter, result.source)
                if isinstance(row, Reject):
                    malformed.append(row)
                else:
                    originals.append(row[0])
                    records.append(row[1])

    valid, row_rejects = validate_articles(articles_frame(records))
    row_rejects = malformed + row_rejects
    articles = [records[i] for i in valid.index]
    paragraphs = [row for i in valid.index for row in convert_paragraphs(paragraph_records(originals[i]), records[i])]
    add_tokens(articles, paragraphs, config)
    valid_paragraphs, paragraph_rejects = validate_paragraphs(paragraphs_frame(paragraphs))
    if paragraph_rejects:  # an article whose paragraphs fail is quarantined whole, so the tables always agree
        bad_ids = {paragraphs[i]["article_id"] for i in range(len(paragraphs)) if i not in valid_paragraphs.index}
        articles = [a for a in articles if a["article_id"] not in bad_ids]
        paragraphs = [p for p in paragraphs if p["article_id"] not in bad_ids]
        row_rejects += paragraph_rejects

    tables = Tables(articles=articles, paragraphs=paragraphs)
    tables.inputs, tables.rejects = _input_entries(results, duplicate, articles, row_rejects)
    return tables


def article_row(article: Article, converter: Converter, source: str) -> tuple[Record, Record] | Reject:
    """An article's record and its converted row, or a ``malformed_article`` reject of input ``source``.

    Cleaning gives well-formed articles; one that is not (a block whose text
    is not a string, authors that are not a list...) would raise while its row
    is made, and stop the whole batch. It is quarantined alone instead, as a
    row failing validation is.

    >>> from textclean.models import Block
    >>> bad = Article("a1", "p.txt", "00" * 32, "", [Block("paragraph", None)], [(0, 1)])  # type: ignore[arg-type]
    >>> article_row(bad, Converter(), "p.txt").reason
    'malformed_article'
    """
    try:
        record = article.to_record()
        return record, convert_article(record, converter)
    except Exception as exc:  # whatever a malformed article makes conversion raise, only its row is set aside
        detail = f"articles article_id={article.article_id}: {type(exc).__name__}: {exc}"
        return Reject(source, "validate", "malformed_article", detail[:MAX_DETAIL])


def _input_entries(
    results: Sequence[PageResult], duplicate: Sequence[bool], articles: Sequence[Record], row_rejects: Sequence[Reject]
) -> tuple[list[Record], list[Reject]]:
    """Each input's entry (its rows counted in ``articles``) and every input's rejects, input after input.

    An input flagged in ``duplicate`` gets one ``duplicate_source`` reject and no rows.
    """
    kept = Counter(a["source"] for a in articles)
    rows_rejected: dict[str, list[Reject]] = {}
    for reject in row_rejects:
        rows_rejected.setdefault(reject.source, []).append(reject)
    inputs: list[Record] = []
    all_rejects: list[Reject] = []
    for result, dup in zip(results, duplicate, strict=True):
        if dup:
            rejects = [
                Reject(result.source, "read", "duplicate_source", "another input has this file name; kept the first")
            ]
        else:
            rejects = [*result.rejects, *rows_rejected.get(result.source, [])]
        n_articles = 0 if dup else kept[result.source]
        entry: Record = {
            "source": result.source,
            "sha256": result.sha256,
            "encoding": result.encoding,
            "decode_errors": result.decode_errors,
            "removed_chars": result.removed_chars,
            "status": "processed" if n_articles or not rejects else "rejected",
            "articles": n_articles,
            "rejects": len(rejects),
        }
        if retried(rejects):
            entry["key"] = ""  # no key: never reused, and the dataset is never current while it is there
        inputs.append(entry)
        all_rejects.extend(rejects)
    return inputs, all_rejects


def retried(rejects: Sequence[Reject]) -> bool:
    """Whether an input with these rejects is cleaned again by the next run (:data:`RETRIED_REASONS`).

    >>> retried([Reject("p.txt", "segment", "timeout")]), retried([Reject("p.txt", "decode", "binary")])
    (True, False)
    """
    return any(r.reason in RETRIED_REASONS for r in rejects)


def add_tokens(articles: Sequence[Record], paragraphs: Sequence[Record], config: Config) -> None:
    """Add ``tokens`` and ``token_count`` to paragraph rows and ``keywords`` to article rows, in place.

    Each paragraph is tokenised once (the slow part; ``config.workers``
    processes for a large input); an article's keywords come from its paragraphs' tokens
    (:func:`~textclean.analysis.keywords.keywords_of_tokens`), weights rounded to
    :data:`KEYWORD_DIGITS` decimals. Columns that are off are null.
    """
    top_k = config.keywords_top_k
    token_lists: list[list[str]] = []
    if (config.tokens or top_k) and paragraphs:
        tokenizer = shared_tokenizer(config.token_config)
        token_lists = tokenizer.tokenize_many([p["text"] for p in paragraphs], workers=config.workers)
    by_article: dict[str, list[str]] = {}
    for i, row in enumerate(paragraphs):
        tokens = token_lists[i] if token_lists else None
        row["tokens"] = tokens if config.tokens else None
        row["token_count"] = len(tokens) if config.tokens and tokens is not None else None
        if tokens is not None:
            by_article.setdefault(row["article_id"], []).extend(tokens)
    for article in articles:
        article["keywords"] = keywords(by_article.get(article["article_id"], []), top_k) if top_k else None


def keywords(tokens: Sequence[str], top_k: int) -> list[Record]:
    """The ``top_k`` keywords of a text given as its tokens, as ``{term, weight}`` rows; weights rounded.

    >>> keywords(["工会", "维权", "工会"], 1)
    [{'term': '工会', 'weight': 5.616143}]
    """
    heaviest = sorted(keyword_weights(tokens).items(), key=operator.itemgetter(1), reverse=True)
    if len(heaviest) > top_k:
        # Rounding keeps the order of weights (it may only tie them), so the rounded top k are
        # among the terms within one rounding unit of the k-th largest weight.
        least = round(heaviest[top_k - 1][1], KEYWORD_DIGITS) - 10**-KEYWORD_DIGITS
        end = top_k
        while end < len(heaviest) and heaviest[end][1] >= least:
            end += 1
        del heaviest[end:]
    ranked = sorted(((term, round(w, KEYWORD_DIGITS)) for term, w in heaviest), key=lambda tw: (-tw[1], tw[0]))
    return [{"term": term, "weight": weight} for term, weight in ranked[:top_k]]  # ties by term
