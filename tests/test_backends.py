"""One conformance suite, two index backends: SQLite + FTS5 + FAISS, and Milvus (milvus-lite).

Every test runs against both: the same documents, the same searches, the
same filters and the same updates must give the same answers.
"""

from __future__ import annotations

import shutil

import numpy as np
import pytest
from conftest import REPORT_14, REPORT_19, REPORT_22, make_engine

from cwgcop_search.lexicon import spell_out
from cwgcop_search.query import Vocabulary

BACKENDS = ["sqlite-faiss", "milvus-lite"]


def backend_engine(backend: str, folder, **overrides):
    corpus = folder / "corpus"
    if not corpus.exists():
        corpus.mkdir(parents=True)
        for path in (REPORT_19, REPORT_14):
            shutil.copy(path, corpus / path.name)
    if backend == "milvus-lite":
        overrides["store_uri"] = str(folder / "milvus.db")
    return make_engine(corpus, folder / "index", **overrides)


@pytest.fixture(scope="module", params=BACKENDS)
def indexed(request, tmp_path_factory, embedder):
    """Two reports indexed once per backend; these tests only read."""
    engine = backend_engine(request.param, tmp_path_factory.mktemp(request.param))
    engine.index()
    return engine


@pytest.fixture(params=BACKENDS)
def fresh(request, tmp_path, embedder):
    """An engine of its own per test, free to change."""
    return backend_engine(request.param, tmp_path)


def built_from_stored_texts(engine) -> Vocabulary:
    """The vocabulary built from every chunk's texts in chunk id order, as the backend stored them."""
    if engine.settings.store_uri:
        from cwgcop_search.milvus_store import _all_rows

        rows = _all_rows(engine.store, "chunks", ["chunk_id", "embed_text", "text"])
    else:
        rows = engine.reader()._db.execute("SELECT chunk_id, embed_text, text FROM chunks").fetchall()
    rows = sorted(rows, key=lambda r: r["chunk_id"])
    return Vocabulary.from_texts([r["embed_text"] for r in rows], [r["text"] for r in rows])


def vocabulary_fields(vocabulary) -> tuple:
    # Acronyms as a list: which long form wins, and in which order, depends on reading order.
    return (dict(vocabulary.counts), dict(vocabulary.document_counts), vocabulary.documents,
            list(vocabulary.acronyms.items()), dict(vocabulary.lower_case), dict(vocabulary.capitalised))


def chunk_of(engine, source_part: str, paragraph: str) -> int:
    reader = engine.reader()
    doc = next(d for d in reader.documents() if source_part in d.source)
    return next(r.chunk_id for r in reader.document_chunks(doc.doc_id) if r.paragraph == paragraph)


def test_documents_are_listed_with_their_citation_fields(indexed):
    reader = indexed.reader()
    docs = reader.documents()
    assert [d.source for d in docs] == sorted([REPORT_14.name, REPORT_19.name])
    nineteenth = docs[1]
    assert nineteenth.meetings == (19,) and nineteenth.dates == ("2023-10-10",)
    assert nineteenth.chair == "Abdelaziz Alzarooni (UAE)"
    assert sum(d.n_chunks for d in docs) == reader.chunk_count == indexed.store.manifest()["vector_count"]
    chunks = reader.document_chunks(nineteenth.doc_id)
    assert [c.position for c in chunks] == list(range(len(chunks)))
    assert chunks[0].document == nineteenth


def test_dense_and_sentence_search_find_the_paragraph(indexed):
    reader = indexed.reader()
    vector = indexed.embedder.embed_query("Who chaired the 19th meeting of CWG-COP?")
    expected = chunk_of(indexed, "19th", "1.1")
    dense = reader.dense_search(vector, 5)
    assert expected in [i for i, _ in dense[:3]]
    assert [s for _, s in dense] == sorted((s for _, s in dense), reverse=True)
    sentences = reader.sentence_search(vector, 15)
    assert sentences[0][0] == expected
    stored = reader.vectors_of([expected])[expected]
    assert float(stored @ vector) == pytest.approx(dict(dense)[expected], abs=1e-4)


def test_lexical_search_ranks_by_bm25(indexed):
    reader = indexed.reader()
    hits = reader.lexical_search('"georgian" OR "literacy"', 5)
    assert hits[0][0] == chunk_of(indexed, "19th", "5.10")
    scores = [s for _, s in hits]
    assert all(s > 0 for s in scores) and scores == sorted(scores, reverse=True)
    assert reader.lexical_search('"zanzibarian"', 5) == []


def test_latent_search_ranks_by_the_concepts_shared_with_the_question(indexed):
    reader = indexed.reader()
    terms = indexed.embedder.latent_terms(["Who chaired the 19th meeting of CWG-COP?"])[0]
    hits = reader.latent_search(terms, 10)
    assert chunk_of(indexed, "19th", "1.1") in [i for i, _ in hits[:3]]
    scores = [s for _, s in hits]
    assert all(s > 0 for s in scores) and scores == sorted(scores, reverse=True)
    fourteenth = next(d for d in reader.documents() if "14th" in d.source)
    allowed = reader.chunk_ids_of([fourteenth.doc_id])
    assert {i for i, _ in reader.latent_search(terms, 10, allowed)} <= set(allowed.tolist())


def test_stored_latent_terms_are_the_ones_the_model_gives_the_chunk(indexed):
    reader = indexed.reader()
    chunk_id = chunk_of(indexed, "19th", "1.1")
    text = reader.chunks([chunk_id])[chunk_id].text
    ids, weights = indexed.embedder.latent_terms([text])[0]
    stored = reader.latent_terms_of([chunk_id, 10**9])
    assert list(stored) == [chunk_id]  # an unknown id has none
    stored_ids, stored_weights = stored[chunk_id]
    assert list(stored_weights) == sorted(stored_weights, reverse=True)
    assert dict(zip(stored_ids.tolist(), stored_weights.tolist())) == pytest.approx(
        dict(zip(ids.tolist(), weights.tolist())), rel=1e-5)


def test_filters_keep_only_the_allowed_documents(indexed):
    reader = indexed.reader()
    fourteenth = next(d for d in reader.documents() if "14th" in d.source)
    allowed = reader.chunk_ids_of([fourteenth.doc_id])
    assert len(allowed) == fourteenth.n_chunks
    vector = indexed.embedder.embed_query("Albania pilot of the child online protection programme")
    assert set(i for i, _ in reader.dense_search(vector, 10, allowed)) <= set(allowed.tolist())
    assert set(i for i, _ in reader.sentence_search(vector, 10, allowed)) <= set(allowed.tolist())
    lexical = reader.lexical_search('"albania" OR "training"', 10, [fourteenth.doc_id])
    assert lexical and set(i for i, _ in lexical) <= set(allowed.tolist())
    assert reader.dense_search(vector, 10, np.zeros(0, dtype="int64")) == []
    assert reader.lexical_search('"albania"', 10, []) == []


def test_sentences_come_back_in_order_with_their_vectors(indexed):
    reader = indexed.reader()
    chunk_id = chunk_of(indexed, "19th", "1.1")
    texts, matrix = reader.sentences_of([chunk_id])[chunk_id]
    assert texts[0] == "The nineteenth meeting of CWG-COP was held on 10 October 2023 in a hybrid format."
    assert texts[1].startswith("Approximately 120 participants")
    assert matrix.shape == (len(texts), 384)
    assert np.allclose(matrix[0], indexed.embedder.embed([texts[0]])[0], atol=1e-4)
    assert "alzarooni" in reader.words_of([chunk_id])[chunk_id]
    assert reader.vocabulary().counts["albania"] > 0


def test_neighbouring_sentences_are_kept_as_pairs_apart_from_the_sentences(indexed):
    reader = indexed.reader()
    chunk_id = chunk_of(indexed, "19th", "1.1")
    texts, _ = reader.sentences_of([chunk_id])[chunk_id]
    pairs, matrix = reader.sentences_of([chunk_id], span=2)[chunk_id]
    assert pairs == [f"{a} {b}" for a, b in zip(texts, texts[1:])]
    # Embedded with the collection's acronyms spelt out ("CWG-COP (council working group on ...)").
    spelt = spell_out(pairs[0], reader.vocabulary().acronyms)
    assert spelt != pairs[0] and np.allclose(matrix[0], indexed.embedder.embed([spelt])[0], atol=1e-4)


def test_pairs_of_sentences_are_searched_unless_left_out(indexed):
    reader = indexed.reader()
    chunk_id = chunk_of(indexed, "19th", "1.1")
    pair = reader.sentences_of([chunk_id], span=2)[chunk_id][0][0]
    vector = indexed.embedder.embed([spell_out(pair, reader.vocabulary().acronyms)])[0]  # nearest of all: the pair
    assert reader.sentence_search(vector, 5)[0] == (chunk_id, pytest.approx(1.0, abs=1e-3))
    allowed = reader.chunk_ids_of([next(d.doc_id for d in reader.documents() if "19th" in d.source)])
    for found in (reader.sentence_search(vector, 5, pairs=False), reader.sentence_search(vector, 5, allowed, False),
                  reader.sentence_search(vector, 1, pairs=False)):  # the one nearest single sentence
        assert found and all(score < 0.99 for _, score in found)


def test_the_vocabulary_kept_at_write_time_equals_one_built_from_the_texts(indexed):
    stored = indexed.reader().vocabulary()
    assert stored.acronyms and stored.document_counts and stored.lower_case  # the comparison compares something
    assert vocabulary_fields(stored) == vocabulary_fields(built_from_stored_texts(indexed))


def test_the_same_question_gets_the_same_cited_answer(indexed):
    answer = indexed.ask("Who chaired the 19th meeting of CWG-COP?")
    assert "Abdelaziz Alzarooni (UAE)" in answer.answer
    assert (answer.passages[0].paragraph, answer.passages[0].source) == ("1.1", REPORT_19.name)


def test_adding_and_removing_a_report_updates_every_part(fresh):
    fresh.index()
    corpus = fresh.settings.corpus_dir
    shutil.copy(REPORT_22, corpus / REPORT_22.name)
    report = fresh.index()
    assert report.added == (REPORT_22.name,)
    reader = fresh.reader()
    assert len(reader.documents()) == 3 and "andorra" in reader.vocabulary()
    top = fresh.ask("Canada concerns about cell phones in schools").passages[0]
    assert top.source == REPORT_22.name

    (corpus / REPORT_22.name).unlink()
    fresh.index()
    reader = fresh.reader()
    assert [d.source for d in reader.documents()] == sorted([REPORT_14.name, REPORT_19.name])
    assert "andorra" not in reader.vocabulary()
    ids = set(reader.chunk_ids_of([d.doc_id for d in reader.documents()]).tolist())
    vector = fresh.embedder.embed_query("Canada concerns about cell phones in schools")
    assert {i for i, _ in reader.dense_search(vector, 50)} <= ids
    assert {i for i, _ in reader.lexical_search('"phones" OR "canada"', 50)} <= ids


def test_removing_a_report_takes_its_counts_and_acronyms_out_of_the_vocabulary(fresh):
    fresh.index()
    before = fresh.reader().vocabulary()
    (fresh.settings.corpus_dir / REPORT_14.name).unlink()
    fresh.index()
    after = fresh.reader().vocabulary()
    assert after.documents < before.documents and set(after.acronyms) < set(before.acronyms)
    assert vocabulary_fields(after) == vocabulary_fields(built_from_stored_texts(fresh))


def test_an_update_knows_the_acronyms_of_the_reports_it_keeps(fresh):
    fresh.index()
    writer = fresh.store.begin(fresh=False)
    try:
        assert writer.known_acronyms() == fresh.reader().vocabulary().acronyms
        assert "cop" in writer.known_acronyms()  # "Child Online Protection (COP)", in the 14th meeting's report
        writer.remove_document(REPORT_14.name)
        assert "cop" not in writer.known_acronyms()
    finally:
        writer.abort()


def test_an_aborted_update_changes_nothing(fresh):
    fresh.index()
    before = fresh.store.manifest()
    writer = fresh.store.begin(fresh=False)
    writer.remove_document(REPORT_19.name)
    writer.abort()
    assert fresh.store.manifest() == before
    assert len(fresh.reader().documents()) == 2
