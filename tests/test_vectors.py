"""The vector index is chosen by size, keeps ids through every change, and honours filters."""

from __future__ import annotations

import faiss
import numpy as np
import pytest
from conftest import make_engine

from cwgcop_search import vectors
from cwgcop_search.vectors import IndexSpec


def unit_vectors(n: int, seed: int = 0) -> np.ndarray:
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n, 32)).astype("float32")
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_small_collections_are_searched_exactly_and_large_ones_by_ivf():
    assert vectors.choose(10) == IndexSpec("flat")
    assert vectors.choose(vectors.EXACT_BELOW - 1).kind == "flat"
    big = vectors.choose(1_000_000)
    assert big.kind == "ivf-sq8" and big.nlist == 4096 and big.nprobe == vectors.NPROBE
    assert big.trained_on == 1_000_000


def test_an_ivf_index_is_retrained_only_once_the_collection_has_grown_fourfold():
    spec = vectors.choose(100_000)
    assert not vectors.needs_rebuild(spec, 399_999)
    assert vectors.needs_rebuild(spec, 400_001)
    assert vectors.needs_rebuild(spec, 1_000)  # shrunk back to a flat-sized collection
    assert not vectors.needs_rebuild(IndexSpec(), 1_000)


def test_the_spec_round_trips_through_the_manifest():
    spec = vectors.choose(250_000)
    assert IndexSpec.from_dict(spec.to_dict()) == spec
    assert IndexSpec.from_dict(None) == IndexSpec()


@pytest.mark.parametrize("spec", [IndexSpec(), IndexSpec("ivf-sq8", nlist=16, nprobe=16, trained_on=2000)],
                         ids=["flat", "ivf-sq8"])
def test_ids_survive_add_remove_search_and_reload(spec, tmp_path):
    x = unit_vectors(2000)
    ids = np.arange(2000, dtype="int64") * 10 + 3
    index = vectors.build(spec, x, ids)
    assert [i for i, _ in vectors.nearest(index, x[7], 1)] == [73]
    index.remove_ids(np.array([73], dtype="int64"))
    assert 73 not in [i for i, _ in vectors.nearest(index, x[7], 5)]
    faiss.write_index(index, str(tmp_path / "v.faiss"))
    loaded = faiss.read_index(str(tmp_path / "v.faiss"))
    assert vectors.spec_of(loaded).kind == spec.kind
    held, matrix = vectors.all_vectors(loaded)
    assert len(held) == 1999 and 73 not in held
    assert np.abs(matrix[held.tolist().index(83)] - x[8]).max() < 0.02  # SQ8 is lossy, a little


def test_a_narrow_filter_is_scored_exactly_even_where_the_ivf_would_not_look():
    x = unit_vectors(4000)
    ids = np.arange(4000, dtype="int64")
    index = vectors.build(IndexSpec("ivf-sq8", nlist=64, nprobe=1, trained_on=4000), x, ids)
    # The allowed ids are the ones farthest from the query: no probed cell holds them.
    far = np.argsort(x @ x[0])[:3].astype("int64")
    hits = vectors.nearest(index, x[0], 2, allowed=far)
    expected = sorted(far.tolist(), key=lambda i: -float(x[i] @ x[0]))[:2]
    assert [i for i, _ in hits] == expected


def test_the_store_switches_to_ivf_when_the_collection_outgrows_the_threshold(
        corpus_dir, tmp_path, embedder, monkeypatch):
    engine = make_engine(corpus_dir, tmp_path / "index")
    engine.index()
    assert engine.store.manifest()["vector_index"]["chunks"]["kind"] == "flat"
    before = engine.ask("Who chaired the 19th meeting?").passages[0]

    # Lower the threshold under this small corpus rather than index 50,000 paragraphs.
    n = engine.reader().chunk_count
    monkeypatch.setattr(vectors, "EXACT_BELOW", n - 1)
    monkeypatch.setattr(vectors, "NPROBE", 256)
    engine.index(rebuild=True)
    kinds = engine.store.manifest()["vector_index"]
    assert kinds["chunks"]["kind"] == kinds["sentences"]["kind"] == "ivf-sq8"
    assert kinds["chunks"]["trained_on"] == n
    assert isinstance(engine.reader().vectors.base, faiss.IndexIVF)
    after = engine.ask("Who chaired the 19th meeting?").passages[0]
    assert (after.source, after.paragraph) == (before.source, before.paragraph)


def exact_top(x: np.ndarray, ids: np.ndarray, query: np.ndarray, k: int) -> list[int]:
    return [int(ids[i]) for i in np.argsort(-(x @ query), kind="stable")[:k]]


def test_segments_search_the_base_and_delta_as_one_index_without_removed_ids():
    x = unit_vectors(600, seed=1)
    base = vectors.build(IndexSpec(), x[:500], np.arange(500, dtype="int64"))
    segments = vectors.Segments(base)
    segments.add_with_ids(x[500:], np.arange(500, 600, dtype="int64"))
    segments.remove_ids(np.array([3, 550], dtype="int64"))  # one from the base, one from the delta
    live = np.array([i for i in range(600) if i not in (3, 550)], dtype="int64")
    assert segments.ntotal == 598 and segments.ids().tolist() == live.tolist()
    for query in (x[3], x[550], x[42]):
        assert [i for i, _ in vectors.nearest(segments, query, 10)] == exact_top(x[live], live, query, 10)
    allowed = np.array([3, 7, 520, 599], dtype="int64")  # 3 was removed
    assert {i for i, _ in vectors.nearest(segments, x[7], 5, allowed)} == {7, 520, 599}


def test_an_id_removed_from_the_base_and_added_again_is_read_from_the_delta():
    x = unit_vectors(101, seed=2)
    segments = vectors.Segments(vectors.build(IndexSpec(), x[:100], np.arange(100, dtype="int64")))
    segments.remove_ids(np.array([99], dtype="int64"))
    segments.add_with_ids(x[100:], np.array([99], dtype="int64"))  # SQLite reuses the highest id
    assert np.allclose(segments.reconstruct(99), x[100])
    assert vectors.nearest(segments, x[100], 1)[0][0] == 99
    assert not any(i == 99 for i, _ in vectors.nearest(segments, x[99], 1))
    merged, _ = segments.merged(segments.base, IndexSpec())
    assert merged.ntotal == 100 and np.allclose(merged.reconstruct(99), x[100])


def test_the_delta_is_merged_once_it_holds_a_twentieth_of_a_large_base():
    x = unit_vectors(3000, seed=3)
    segments = vectors.Segments(vectors.build(IndexSpec(), x[:2000], np.arange(2000, dtype="int64")))
    segments.add_with_ids(x[2000:2100], np.arange(2000, 2100, dtype="int64"))
    assert not segments.should_merge(IndexSpec(), merge_below=1000)  # 100 changes: under 5% of 2,000
    segments.remove_ids(np.arange(1, 2, dtype="int64"))
    assert segments.should_merge(IndexSpec(), merge_below=1000)  # 101 changes
    assert segments.should_merge(IndexSpec(), merge_below=10_000)  # small: always rewritten
