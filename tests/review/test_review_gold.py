"""Gold: predicted articles matched to the seeds' hand-checked articles; what differs is shown."""

from __future__ import annotations

import json
from pathlib import Path

from textclean.models import Article, Block
from textclean.review.build import build_review
from textclean.review.gold import load_gold, score_page
from textclean.review.html import page_data
from textclean.review.trace import trace_file

SEEDS = Path(__file__).resolve().parent.parent.parent / "seeds"
PAGE = "003_8c893aaa77b15d1c.txt"


def edit_gold(gold_dir: Path, source: str, change) -> dict:
    path = gold_dir / source.replace(".txt", ".json")
    page = json.loads(path.read_text(encoding="utf-8"))
    change(page)
    path.write_text(json.dumps(page, ensure_ascii=False), encoding="utf-8")
    return page


def test_the_seeds_match_their_gold(gold_dir: Path) -> None:
    gold = load_gold(gold_dir)
    assert sorted(gold) == sorted(p.name for p in SEEDS.glob("*.txt"))
    for path in sorted(SEEDS.glob("*.txt")):
        trace = trace_file(path)
        score = score_page(trace.source, trace.articles, gold[trace.source])
        assert score.missed == []
        assert score.gold_count == len(gold[trace.source]["articles"])
        assert all(a.gold is not None and a.score > 0.9 for a in score.articles)


def test_a_wrong_gold_field_shows_as_a_mismatch(gold_dir: Path) -> None:
    trace = trace_file(SEEDS / PAGE)
    before = score_page(PAGE, trace.articles, load_gold(gold_dir)[PAGE])
    page = edit_gold(gold_dir, PAGE, lambda p: p["articles"][0].update(title="一个错误的标题", authors=["无名氏"]))
    after = score_page(PAGE, trace.articles, load_gold(gold_dir)[PAGE])
    scored = next(a for a in after.articles if a.gold == 0)
    new = {d.field: d for d in scored.diffs}
    old = {d.field for a in before.articles if a.gold == 0 for d in a.diffs}
    assert {"title", "authors"} <= set(new) - old
    assert new["title"].gold == "一个错误的标题"
    assert new["title"].predicted == trace.articles[scored.article].title
    assert new["authors"].gold == "无名氏"
    assert scored.score > 0.9  # the body still matches: the fields differ, not the article
    shown = page_data(trace, after)["articles"][scored.article]
    assert ["title", trace.articles[scored.article].title, "一个错误的标题"] in shown["diffs"]
    assert page["articles"][0]["title"] == "一个错误的标题"


def test_a_gold_article_no_prediction_matches_is_missed(gold_dir: Path) -> None:
    extra = {
        "title": "并不存在的文章",
        "blocks": [{"kind": "paragraph", "text": "天地玄黄，宇宙洪荒。日月盈昃，辰宿列张。"}],
    }
    edit_gold(gold_dir, PAGE, lambda p: p["articles"].append(extra))
    trace = trace_file(SEEDS / PAGE)
    score = score_page(PAGE, trace.articles, load_gold(gold_dir)[PAGE])
    assert score.missed == [{"title": "并不存在的文章", "chars": 20, "in": None}]
    assert score.score < 1.0


def test_with_gold_the_worst_page_is_listed_first(gold_dir: Path) -> None:
    edit_gold(gold_dir, PAGE, lambda p: p["articles"].pop())  # one predicted article has no gold now
    html, summary = build_review([SEEDS], gold_dir)
    assert summary.gold_pages == 2 and summary.matched == summary.gold_articles
    first = html.index(PAGE)
    assert all(first < html.index(p.name) for p in SEEDS.glob("*.txt") if p.name != PAGE)


def test_an_article_cut_off_a_gold_article_names_it() -> None:
    body = "天地玄黄，宇宙洪荒。日月盈昃，辰宿列张。寒来暑往，秋收冬藏。闰余成岁，律吕调阳。"
    half = len(body) // 2
    gold = {"articles": [{"title": "千字文", "blocks": [{"kind": "paragraph", "text": body}]}]}
    articles = [
        Article("a", "p.txt", "0", "千字文", [Block("paragraph", body[:half])], [(0, 1)]),
        Article("b", "p.txt", "0", "", [Block("paragraph", body[half:])], [(2, 3)]),
        Article("c", "p.txt", "0", "别的", [Block("paragraph", "云腾致雨，露结为霜。金生丽水，玉出昆冈。")], [(4, 5)]),
    ]
    score = score_page("p.txt", articles, gold)
    assert [a.gold for a in score.articles] == [0, None, None]
    assert [a.part_of for a in score.articles] == [None, "千字文", None]
    assert score.missed == []


def test_a_gold_article_merged_into_another_names_the_article_it_went_into() -> None:
    first, second = "天地玄黄，宇宙洪荒。日月盈昃，辰宿列张。", "寒来暑往，秋收冬藏。闰余成岁，律吕调阳。"
    gold = {
        "articles": [
            {"title": "上", "blocks": [{"kind": "paragraph", "text": first + first}]},
            {"title": "下", "blocks": [{"kind": "paragraph", "text": second}]},
        ]
    }
    merged = Article("a", "p.txt", "0", "上", [Block("paragraph", first + first), Block("paragraph", second)], [(0, 3)])
    score = score_page("p.txt", [merged], gold)
    assert [a.gold for a in score.articles] == [0]
    assert score.missed == [{"title": "下", "chars": 20, "in": 0}]
