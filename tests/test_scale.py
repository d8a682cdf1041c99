"""What keeps a large index fast: a vocabulary kept up to date, the commonest query words left out of BM25 past a postings budget;
the scale benchmark's hand-written generations still open."""

from __future__ import annotations

import shutil
from collections import Counter

import numpy as np
from conftest import REPORT_22, ROOT, make_engine

from cwgcop_search import lexical
from cwgcop_search.query import tokens
from cwgcop_search.store import IndexStore


def test_the_stored_vocabulary_matches_the_text_after_adds_and_removals(corpus_dir, tmp_path, embedder):
    engine = make_engine(corpus_dir, tmp_path / "index")
    engine.index()
    shutil.copy(REPORT_22, corpus_dir / REPORT_22.name)
    engine.index()
    assert "andorra" in engine.reader().vocabulary()
    (corpus_dir / REPORT_22.name).unlink()
    engine.index()
    reader = engine.reader()
    recounted = Counter(w for (text,) in reader._db.execute("SELECT embed_text FROM chunks") for w in tokens(text))
    assert reader.vocabulary().counts == recounted
    assert "andorra" not in reader.vocabulary()  # only the removed report names Andorra


def test_match_terms_round_trip():
    match = '"chaired" OR "19th" OR "child online protection"'
    assert lexical.terms_of(match) == ["chaired", "19th", "child online protection"]
    assert lexical.match_of(lexical.terms_of(match)) == match


def test_every_term_is_searched_while_their_costs_fit_the_budget():
    costs = {"chaired": 10, "albania": 300, "meeting": 90_000}
    terms = ["meeting", "chaired", "albania"]
    assert lexical.within_budget(terms, costs, budget=100_000) == terms


def test_the_commonest_terms_are_left_out_when_their_costs_overrun_the_budget():
    costs = {"chaired": 10, "albania": 300, "meeting": 90_000, "child": 70_000}
    terms = ["chaired", "albania", "meeting", "child"]
    assert lexical.within_budget(terms, costs, budget=30_000) == ["chaired", "albania"]


def test_a_query_inside_the_budget_is_sent_whole():
    costs = {"chaired": 10, "19th": 300, "meeting": 900}
    assert lexical.expressions_for(["chaired", "19th", "meeting"], costs) == ['"chaired" OR "19th" OR "meeting"']


def test_past_the_budget_the_chunks_holding_all_of_the_rarest_terms_are_searched_too():
    costs = {"georgia": 5_000, "present": 400_000, "meeting": 900_000, "19th": 20_000}
    assert lexical.expressions_for(["georgia", "present", "meeting", "19th"], costs) == [
        '"georgia" OR "19th"', '"georgia" AND "19th" AND "present"']


def test_when_every_term_is_common_only_their_conjunction_is_searched():
    costs = {"meeting": 90_000, "child": 70_000, "online": 80_000}
    assert lexical.expressions_for(["meeting", "child", "online"], costs) == ['"child" AND "online" AND "meeting"']
    assert lexical.expressions_for(["meeting"], costs) == []


def test_the_tokeniser_stems_words_as_the_full_text_index_does():
    tokeniser = lexical.Tokeniser()
    assert tokeniser.tokens(["presentations", "Café", "e-safety", ""]) == \
        [("present",), ("cafe",), ("e", "safeti"), ()]


def test_a_stem_costs_the_chunks_of_every_word_it_stands_for():
    # FTS5 finds "presented" and "presentation" for "present": the cost must count them.
    tokeniser = lexical.Tokeniser()
    postings = lexical.postings_by_term({"presented": 700, "presentation": 300, "albania": 15}, tokeniser)
    costs = lexical.query_costs(["present", "albania", "zzyzx"], postings, tokeniser)
    assert costs == {"present": 1000, "albania": 15, "zzyzx": 0}


def test_a_phrase_costs_as_much_as_its_rarest_word():
    tokeniser = lexical.Tokeniser()
    postings = lexical.postings_by_term({"child": 70_000, "online": 80_000, "protection": 20_000}, tokeniser)
    assert lexical.query_costs(["child online protection"], postings, tokeniser) == {
        "child online protection": 20_000}


def write_benchmark_generation(index_dir, monkeypatch, n: int, sentences: list[str]) -> np.ndarray:
    """A generation of n chunks written as benchmarks/ann.py writes its large ones (random 8-d vectors)."""
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import ann

    x = np.random.default_rng(0).normal(size=(n, 8)).astype("float32")
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    ann.write_generation(index_dir, x, sentences)
    return x


def test_a_search_scores_no_more_chunks_than_the_budget_allows(tmp_path, monkeypatch):
    # Every chunk holds "presented", found by "present": past the budget the search sends the rarer terms only.
    write_benchmark_generation(tmp_path, monkeypatch, 400, [
        "Delegates presented the lighthouse.", "Delegates presented harbours.",
        "Delegates presented ports.", "Delegates presented pilots.",
        "Delegates presented ships."])
    reader = IndexStore(tmp_path).open()
    match = '"present" OR "lighthouse" OR "harbours"'
    assert len(reader.lexical_search(match, 500)) == 400
    monkeypatch.setattr(lexical, "POSTINGS_BUDGET", 600)
    found = reader.lexical_search(match, 500)
    assert 0 < len(found) < 400
    holding = {chunk_id for (chunk_id,) in reader._db.execute(
        "SELECT chunk_id FROM chunks WHERE text LIKE '%lighthouse%' OR text LIKE '%harbours%'")}
    assert {chunk_id for chunk_id, _ in found} == holding


def test_the_scale_benchmark_writes_a_generation_the_store_opens_and_searches(tmp_path, monkeypatch):
    # benchmarks/ann.py writes its large generations by hand, for speed: it must keep up with the schema.
    x = write_benchmark_generation(tmp_path, monkeypatch, 300, [
        "Lighthouse keepers repair lamps.", "Harbours need pilots.", "Pilots guide ships into port."])
    reader = IndexStore(tmp_path).open()
    assert reader.chunk_count == 300 and len(reader.documents()) == 2
    assert reader.lexical_search('"lighthouse"', 5, None)
    assert [i for i, _ in reader.dense_search(x[7], 1, None)] == [8]
