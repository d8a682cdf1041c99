"""What keeps a large index fast: a vocabulary kept up to date, common words left out of BM25 at scale;
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


def test_common_words_are_left_out_only_on_a_large_collection():
    counts = {"chaired": 10, "albania": 300, "meeting": 90_000, "child": 70_000}
    terms = ["chaired", "albania", "meeting", "child"]
    assert lexical.prune_common(terms, counts, lexical.PRUNE_ABOVE) == terms
    assert lexical.prune_common(terms, counts, 1_000_000) == ["chaired", "albania"]


def test_the_rarest_terms_are_kept_even_when_every_term_is_common():
    counts = {"meeting": 90_000, "child": 70_000, "online": 80_000}
    assert lexical.prune_common(["meeting", "child", "online"], counts, 1_000_000) == ["child", "online"]


def test_the_scale_benchmark_writes_a_generation_the_store_opens_and_searches(tmp_path, monkeypatch):
    # benchmarks/ann.py writes its large generations by hand, for speed: it must keep up with the schema.
    monkeypatch.syspath_prepend(str(ROOT / "benchmarks"))
    import ann

    rng = np.random.default_rng(0)
    x = rng.normal(size=(300, 8)).astype("float32")
    x /= np.linalg.norm(x, axis=1, keepdims=True)
    ann.write_generation(tmp_path, x, ["Lighthouse keepers repair lamps.", "Harbours need pilots.",
                                       "Pilots guide ships into port."])
    reader = IndexStore(tmp_path).open()
    assert reader.chunk_count == 300 and len(reader.documents()) == 2
    assert reader.lexical_search('"lighthouse"', 5, None)
    assert [i for i, _ in reader.dense_search(x[7], 1, None)] == [8]
