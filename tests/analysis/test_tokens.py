"""textclean.analysis.tokens: jieba tokens with a private dictionary (and the keywords it gives)."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from textclean.analysis import tokens
from textclean.analysis.keywords import keywords_of_tokens
from textclean.analysis.tokens import TokenConfig, Tokenizer
from textclean.analysis.words import Memo, interned_word, is_word
from textclean.dataset.rows import KEYWORD_DIGITS, keywords

PHRASE = "中国工运研究所的研究人员认真学习贯彻党的二十大精神"
PHRASE_TOKENS = ["中国", "工运", "研究所", "的", "研究", "人员", "认真学习", "贯彻", "党", "的", "二十大", "精神"]


@pytest.fixture(scope="module")
def tok() -> Tokenizer:
    return Tokenizer().load()


@pytest.fixture(scope="module")
def seed_texts(seed_results) -> list[str]:
    return [b.text for r in seed_results for a in r.articles for b in a.blocks]


def test_known_tokens(tok: Tokenizer) -> None:
    assert tok.tokenize(PHRASE) == PHRASE_TOKENS


def test_punctuation_and_spaces_are_not_tokens(tok: Tokenizer) -> None:
    text = "“五型”工会——做实 维权服务。●观点"
    assert "“" in tok.segment(text) and " " in tok.segment(text)
    words = tok.tokenize(text)
    assert words == ["五型", "工会", "做实", "维权", "服务", "观点"]
    assert all(is_word(w) for w in words)


def test_segment_keeps_every_character(tok: Tokenizer, seed_texts: list[str]) -> None:
    for text in seed_texts:
        assert "".join(tok.segment(text)) == text


def test_numbers_and_latin_are_words(tok: Tokenizer) -> None:
    assert tok.tokenize("1897年8月 AI应用") == ["1897", "年", "8", "月", "AI", "应用"]


def test_user_dictionary_stays_private(tmp_path: Path) -> None:
    word = "法治工会理念"
    user_dict = tmp_path / "user.txt"
    user_dict.write_text(f"{word} 100 n\n", encoding="utf-8")
    text = f"根植{word}"
    custom = Tokenizer(TokenConfig(user_dict=user_dict, cache_dir=tmp_path / "cache"))
    assert word in custom.tokenize(text)
    assert word not in Tokenizer(TokenConfig(cache_dir=tmp_path / "cache")).tokenize(text)
    import jieba

    assert word not in jieba.dt.FREQ  # the global tokenizer never saw it


def test_missing_user_dictionary_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="user dictionary"):
        Tokenizer(TokenConfig(user_dict=tmp_path / "none.txt")).tokenize("工会")


def test_cache_in_cache_dir_not_cwd_and_quiet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    cache = tmp_path / "cache"
    assert Tokenizer(TokenConfig(cache_dir=cache)).tokenize("工会") == ["工会"]
    assert (cache / "jieba.cache").is_file()
    assert list(cwd.iterdir()) == []
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""


def test_default_cache_dir_is_in_the_temp_dir() -> None:
    import tempfile

    assert tokens.default_cache_dir().parent == Path(tempfile.gettempdir())


def test_keywords_of_a_seed_article(tok: Tokenizer, seed_results) -> None:
    article = next(a for r in seed_results for a in r.articles if "法治" in a.title)
    found = tok.keywords(article.body)
    terms = [t for t, _ in found]
    assert len(found) == 10
    assert {"法治", "工会"} <= set(terms[:3])
    assert all(w > 0 for _, w in found)
    assert found == sorted(found, key=lambda tw: (-tw[1], tw[0]))
    # the same terms jieba's own TF-IDF gives with this tokenizer
    jieba_terms = tok._keyword_extractor().extract_tags(article.body, topK=10)
    assert set(terms) == set(jieba_terms)


def test_keywords_ties_by_term_and_top_k(tok: Tokenizer) -> None:
    # 编译 and 拖住 have the same IDF in jieba's table: equal weights, so term order, not text order
    (first, w1), (second, w2) = tok.keywords("编译，拖住")
    assert w1 == w2 and [first, second] == ["拖住", "编译"]
    assert tok.keywords("工会维权，工会服务职工。", top_k=None)[:1] == tok.keywords("工会维权，工会服务职工。", top_k=1)
    assert tok.keywords("，。 ——") == [] and tok.keywords("") == []


def test_name_version(tok: Tokenizer) -> None:
    assert tok.name_version() == ("jieba", "0.42.1")


def test_tokenize_many_in_order(tok: Tokenizer, seed_texts: list[str]) -> None:
    assert tok.tokenize_many(seed_texts) == [tok.tokenize(t) for t in seed_texts]
    assert tok.tokenize_many([]) == []


def test_tokenize_many_in_worker_processes(
    tok: Tokenizer, seed_texts: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tokens, "PARALLEL_MIN_CHARS", 0)
    assert tok.tokenize_many(seed_texts, workers=2) == [tok.tokenize(t) for t in seed_texts]


def test_chunks_cover_items_in_order() -> None:
    items = ["a" * n for n in (5, 1, 7, 3, 3, 9, 2)]
    chunks = tokens._chunks(items, 3)
    assert [t for c in chunks for t in c] == items and 1 < len(chunks) <= 4 and all(chunks)


def test_pickles_without_its_dictionary(tok: Tokenizer) -> None:
    copy = pickle.loads(pickle.dumps(tok))
    assert copy._jieba is None and copy.tokenize(PHRASE) == PHRASE_TOKENS


def test_backend_choice(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="backend"):
        Tokenizer(TokenConfig(backend="spacy"))  # type: ignore[arg-type]
    user_dict = tmp_path / "user.txt"
    user_dict.write_text("工运 10\n", encoding="utf-8")
    assert Tokenizer(TokenConfig(user_dict=user_dict, backend="auto")).backend == "jieba"
    with pytest.raises(ValueError, match="user dictionary"):
        _ = Tokenizer(TokenConfig(user_dict=user_dict, backend="rjieba")).backend


def test_rjieba_gives_the_same_tokens_on_the_seeds(tok: Tokenizer, seed_texts: list[str]) -> None:
    pytest.importorskip("rjieba")
    fast = Tokenizer(TokenConfig(backend="rjieba"))
    assert fast.backend == "rjieba" and fast.name_version()[0] == "rjieba"
    assert fast.tokenize(PHRASE) == PHRASE_TOKENS
    assert [fast.segment(t) for t in seed_texts] == [tok.segment(t) for t in seed_texts]


@pytest.fixture(scope="module")
def fast_tok() -> Tokenizer:
    pytest.importorskip("rjieba")
    return Tokenizer(TokenConfig(backend="rjieba")).load()


def test_fast_extra_is_the_pinned_rjieba(fast_tok: Tokenizer) -> None:
    """`make` installs the `fast` extra: rjieba as pinned, and backend "auto" then picks it."""
    assert fast_tok.name_version() == ("rjieba", "0.2.2")
    assert Tokenizer(TokenConfig(backend="auto")).backend == "rjieba"
    assert Tokenizer().backend == "jieba"  # the default never depends on what is installed


@pytest.mark.parametrize(("page", "n_paragraphs"), [("000_341eea174fccb12b.txt", 28), ("003_8c893aaa77b15d1c.txt", 40)])
def test_rjieba_and_jieba_give_the_same_tokens_on_every_seed_paragraph(
    tok: Tokenizer, fast_tok: Tokenizer, seed_results, page: str, n_paragraphs: int
) -> None:
    """Every cleaned paragraph of both seed pages: the same words with either backend (none differs)."""
    result = next(r for r in seed_results if r.source == page)
    paragraphs = [b.text for a in result.articles for b in a.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == n_paragraphs
    differ = [
        (i, text[:20], tok.tokenize(text), fast_tok.tokenize(text))
        for i, text in enumerate(paragraphs)
        if tok.tokenize(text) != fast_tok.tokenize(text)
    ]
    assert differ == []
    assert sum(len(tok.tokenize(t)) for t in paragraphs) > 10 * n_paragraphs


#: Where rjieba 0.2.2 (jieba-rs, HMM on) and jieba 0.42.1 part ways: ASCII letters or digits joined
#: by "-", "_" or a "." that is not a decimal point are one word for rjieba and split by jieba.
#: No seed paragraph holds such a run (above); text that does gets other tokens with --tokenizer rjieba.
RJIEBA_DIFFERS = {
    "5-6月": (["5", "6", "月"], ["5-6", "月"]),
    "covid-19疫情": (["covid", "19", "疫情"], ["covid-19", "疫情"]),
    "3.5.1版本": (["3.5", "1", "版本"], ["3.5.1", "版本"]),
    "x_y工会": (["x", "y", "工会"], ["x_y", "工会"]),
    "e-mail地址test@example.com": (
        ["e", "mail", "地址", "test", "example", "com"],
        ["e-mail", "地址", "test", "example.com"],
    ),
}


@pytest.mark.parametrize("text", list(RJIEBA_DIFFERS))
def test_rjieba_joins_ascii_runs_that_jieba_splits(tok: Tokenizer, fast_tok: Tokenizer, text: str) -> None:
    assert (tok.tokenize(text), fast_tok.tokenize(text)) == RJIEBA_DIFFERS[text]


@pytest.mark.parametrize(
    "text", ["1897年8月 AI应用", "1.5倍", "50%以上", "C++语言", "AT&T公司", "v2.0版", "工会-职工", "１-２"]
)
def test_rjieba_agrees_on_decimals_symbols_and_han_joined_by_hyphens(
    tok: Tokenizer, fast_tok: Tokenizer, text: str
) -> None:
    assert fast_tok.segment(text) == tok.segment(text)


# ---------------------------------------------------------------- keywords from tokens, shared tokenizers


def test_keywords_of_an_article_from_its_paragraph_tokens(tok: Tokenizer, seed_results) -> None:
    """The writer takes an article's keywords from its blocks' tokens: the same as cutting its body again."""
    for article in (a for r in seed_results for a in r.articles):
        from_blocks = keywords_of_tokens([t for b in article.blocks for t in tok.tokenize(b.text)], top_k=None)
        assert from_blocks == tok.keywords(article.body, top_k=None)


def test_shared_tokenizer_is_built_once_per_configuration(tmp_path: Path) -> None:
    assert tokens.shared_tokenizer() is tokens.shared_tokenizer(TokenConfig())
    user_dict = tmp_path / "user.txt"
    user_dict.write_text("法治工会理念 100 n\n", encoding="utf-8")
    config = TokenConfig(user_dict=user_dict, cache_dir=tmp_path / "cache")
    first = tokens.shared_tokenizer(config)
    assert first is tokens.shared_tokenizer(config) and first is not tokens.shared_tokenizer()
    user_dict.write_text("法治工会 100 n\n", encoding="utf-8")  # edited: a long-running process rebuilds
    assert tokens.shared_tokenizer(config) is not first


def test_tokenizer_info_names_the_user_dictionary_by_name_and_sha256(tmp_path: Path) -> None:
    import hashlib

    user_dict = tmp_path / "my words.txt"
    user_dict.write_text("工运 10\n", encoding="utf-8")
    info = tokens.tokenizer_info(TokenConfig(user_dict=user_dict, cache_dir=tmp_path / "a"))
    assert info == {
        "name": "jieba",
        "version": "0.42.1",
        "hmm": True,
        "user_dict": {"name": "my words.txt", "sha256": hashlib.sha256(user_dict.read_bytes()).hexdigest()},
    }
    assert str(tmp_path) not in repr(info)
    with pytest.raises(FileNotFoundError, match="user dictionary"):
        tokens.tokenizer_info(TokenConfig(user_dict=tmp_path / "none.txt"))


# ---------------------------------------------------------------- the dataset's keywords


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(["工会", "职工", "维权", "服务", "的", "，", "ab", "The", "二十大", "研究所", "劳模"]),
        max_size=60,
    ),
    st.integers(min_value=1, max_value=12),
)
def test_the_top_keywords_are_those_of_ranking_every_term(words: list[str], top_k: int) -> None:
    """writer.keywords only rounds the terms near the k-th weight: the same rows as rounding and ranking them all."""
    everything = sorted(
        ((term, round(w, KEYWORD_DIGITS)) for term, w in keywords_of_tokens(words, top_k=None)),
        key=lambda tw: (-tw[1], tw[0]),
    )
    assert keywords(words, top_k) == [{"term": t, "weight": w} for t, w in everything[:top_k]]


def test_tokens_are_interned(tok: Tokenizer) -> None:
    """A batch's rows hold every token until they are written: equal words share one string."""
    first, second = tok.tokenize("工会维护职工权益。"), tok.tokenize("职工信赖工会。")
    assert "工会" in first and "工会" in second
    assert first[first.index("工会")] is second[second.index("工会")]


def test_the_word_memo_drops_non_words_and_empties_itself_when_full() -> None:
    """tokenize's memo: a word maps to itself (interned), punctuation and spaces to ""; bounded."""
    words = Memo(interned_word, limit=3)
    assert [words[t] for t in ["工会", "，", " ", "2023"]] == ["工会", "", "", "2023"]
    assert len(words) == 1  # emptied when the fourth token came, then remembered it
    assert words["工会"] == "工会" and len(words) == 2
