"""The index updates only what changed and survives a crash mid-update."""

from __future__ import annotations

import json
import shutil

import pytest
from conftest import REPORT_22, make_engine
from documents import report_lines, write_pdf

from cwgcop_search.errors import IndexMissingError, StoreError
from cwgcop_search import vectors
from cwgcop_search.store import IndexStore


def sources(engine):
    return [d.source for d in engine.documents()]


def test_first_build_indexes_every_report(corpus_dir, tmp_path, embedder):
    engine = make_engine(corpus_dir, tmp_path / "index")
    report = engine.index()
    assert report.rebuilt and sorted(report.added) == sorted(p.name for p in corpus_dir.iterdir())
    assert sources(engine) == sorted(p.name for p in corpus_dir.iterdir())
    manifest = engine.store.manifest()
    assert manifest["model"] == "multilingual-e5-small" and manifest["dimension"] == 384
    assert manifest["chunking"]["max_tokens"] == 200
    assert set(manifest["files"]) == set(sources(engine))
    assert all(len(entry["sha256"]) == 64 for entry in manifest["files"].values())
    assert manifest["vector_count"] == report.n_chunks == engine.reader().chunk_count


def test_second_run_changes_nothing(corpus_dir, tmp_path, embedder):
    engine = make_engine(corpus_dir, tmp_path / "index")
    engine.index()
    generation = engine.store.current()
    report = engine.index()
    assert not report.changed and len(report.unchanged) == 2
    assert engine.store.current() == generation
    assert not engine.is_stale()


def test_adding_changing_and_deleting_files_touch_only_those(corpus_dir, tmp_path, embedder):
    engine = make_engine(corpus_dir, tmp_path / "index")
    engine.index()
    names = sorted(p.name for p in corpus_dir.iterdir())

    shutil.copy(REPORT_22, corpus_dir / REPORT_22.name)
    assert engine.is_stale()
    report = engine.index()
    assert report.added == (REPORT_22.name,) and not report.updated and not report.rebuilt
    assert sorted(report.unchanged) == names
    assert engine.ask("Canada concerns about cell phones in schools").passages[0].source == REPORT_22.name

    changed = corpus_dir / names[0]
    changed.write_text(changed.read_text(encoding="utf-8") +
                       "\n10 Late addition\n10.1 Atlantis announced a lighthouse for online safety.\n",
                       encoding="utf-8")
    report = engine.index()
    assert report.updated == (names[0],) and not report.added
    top = engine.ask("Atlantis lighthouse").passages[0]
    assert (top.source, top.paragraph) == (names[0], "10.1")

    (corpus_dir / REPORT_22.name).unlink()
    report = engine.index()
    assert report.removed == (REPORT_22.name,)
    assert REPORT_22.name not in sources(engine)
    assert all(p.source != REPORT_22.name for p in engine.ask("cell phones in schools", k=20).passages)
    assert engine.reader().chunk_count == sum(d.n_chunks for d in engine.documents())


def test_a_touched_but_identical_file_is_not_reindexed(corpus_dir, tmp_path, embedder):
    engine = make_engine(corpus_dir, tmp_path / "index")
    engine.index()
    path = next(corpus_dir.iterdir())
    path.write_bytes(path.read_bytes())  # new mtime, same bytes
    report = engine.index()
    assert not report.changed


def test_changing_the_chunk_size_rebuilds(corpus_dir, tmp_path, embedder):
    make_engine(corpus_dir, tmp_path / "index").index()
    engine = make_engine(corpus_dir, tmp_path / "index", max_tokens=120)
    assert engine.is_stale()
    report = engine.index()
    assert report.rebuilt and engine.store.manifest()["chunking"]["max_tokens"] == 120


def test_a_crash_mid_update_leaves_the_previous_index_usable(corpus_dir, tmp_path, embedder):
    engine = make_engine(corpus_dir, tmp_path / "index")
    engine.index()
    before = engine.store.current()
    shutil.copy(REPORT_22, corpus_dir / REPORT_22.name)

    def crash(stage, done, total):
        if stage == "embed":
            raise KeyboardInterrupt  # the user pressed Ctrl-C while embedding

    with pytest.raises(KeyboardInterrupt):
        engine.index(progress=crash)
    assert engine.store.current() == before
    assert REPORT_22.name not in sources(make_engine(corpus_dir, tmp_path / "index"))
    assert not list((tmp_path / "index").glob(".building-*"))
    assert engine.index().added == (REPORT_22.name,)  # and the next run finishes the job


def test_a_build_abandoned_by_a_killed_process_is_cleaned_up(corpus_dir, tmp_path, embedder):
    engine = make_engine(corpus_dir, tmp_path / "index")
    engine.index()
    leftover = tmp_path / "index" / ".building-123"
    leftover.mkdir()
    (leftover / "catalog.sqlite").write_bytes(b"half written")
    assert sources(engine)  # readers ignore it
    shutil.copy(REPORT_22, corpus_dir / REPORT_22.name)
    engine.index()
    assert not leftover.exists()


def test_only_one_indexing_run_at_a_time(tmp_path):
    store = IndexStore(tmp_path / "index")
    writer = store.begin(fresh=True)
    try:
        with pytest.raises(StoreError, match="Another indexing run"):
            store.begin(fresh=True)
    finally:
        writer.abort()


def test_an_unreadable_file_is_reported_and_the_rest_indexed(corpus_dir, tmp_path, embedder):
    (corpus_dir / "broken.pdf").write_bytes(b"%PDF-1.4 not really")
    (corpus_dir / "notes.xlsx").write_bytes(b"PK")
    engine = make_engine(corpus_dir, tmp_path / "index")
    report = engine.index()
    assert len(report.added) == 2
    assert any(m.startswith("broken.pdf:") for m in report.skipped)
    assert any(m.startswith("notes.xlsx:") and "not supported" in m for m in report.skipped)
    assert not engine.is_stale()  # a known-bad file is not retried until it changes
    assert json.loads(json.dumps(engine.store.manifest()["failed"]))["broken.pdf"]["reason"]


def test_pdf_and_txt_of_a_report_index_alike(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_pdf(report_lines(REPORT_22), corpus / "report22.pdf", header="CWG-COP – CWG-COP-22-report")
    engine = make_engine(corpus, tmp_path / "index")
    engine.index()
    top = engine.ask("When will the gap analysis report be discussed?").passages[0]
    assert (top.paragraph, top.meetings) == ("8.4", (22,))
    from pypdf import PdfReader

    page_text = PdfReader(str(corpus / "report22.pdf")).pages[top.pages[0] - 1].extract_text()
    assert "The Vice Chair expressed the expectation that the gap" in " ".join(page_text.split())
    assert top.to_dict()["page"] == top.pages[0]


def test_asking_before_building_says_how_to_build(tmp_path):
    engine = make_engine(tmp_path, tmp_path / "index")
    with pytest.raises(IndexMissingError, match="cwgcop-search index"):
        engine.ask("anything")


def test_adding_a_file_checks_name_type_and_size(corpus_dir, tmp_path, embedder):
    from cwgcop_search.engine import safe_filename
    from cwgcop_search.errors import UploadError

    engine = make_engine(corpus_dir, tmp_path / "index", max_upload_mb=0.01)
    assert safe_filename("../../etc/pass wd.txt") == "pass wd.txt"
    assert safe_filename("C:\\\\Users\\\\me\\\\report<1>.pdf") == "report_1_.pdf"
    with pytest.raises(UploadError, match="only .docx, .md, .pdf, .txt"):
        engine.add_file("slides.pptx", b"PK")
    with pytest.raises(UploadError, match="the limit is 0.01 MB"):
        engine.add_file("big.txt", b"x" * 20_000)
    with pytest.raises(UploadError, match="not a usable file name"):
        engine.add_file("...", b"text")
    assert sorted(p.name for p in corpus_dir.iterdir()) == sorted(
        [REPORT_22.name.replace("22nd", "19th").replace("2025", "2023"), "CWG-COP-14th-meeting-report-2018.txt"])


def test_removing_a_file_drops_it_from_the_index(corpus_dir, tmp_path, embedder):
    engine = make_engine(corpus_dir, tmp_path / "index")
    engine.index()
    report = engine.remove_file("CWG-COP-14th-meeting-report-2018.txt")
    assert report.removed == ("CWG-COP-14th-meeting-report-2018.txt",)
    assert sources(engine) == ["CWG-COP-19th-meeting-report-2023.txt"]


SHORT_REPORT = """Report of the first meeting of the Working Group on Example Matters

1 Opening
1.1 The meeting was opened by the chair, who welcomed the delegates from Canada and Kenya.

2 Contributions
2.1 Kenya presented its national plan for keeping children safe on mobile phones in schools.
"""


def add_short_report(corpus_dir) -> str:
    """A two-paragraph report: a small change next to the two reports already indexed."""
    (corpus_dir / "short-report.txt").write_text(SHORT_REPORT, encoding="utf-8")
    return "short-report.txt"


def test_an_update_changes_the_catalog_in_place_and_links_the_unchanged_vectors(corpus_dir, tmp_path, embedder):
    engine = make_engine(corpus_dir, tmp_path / "index")
    engine.store.merge_below = 0  # behave as a large index does: no rewrite of the base vectors
    engine.index()
    catalog, before = engine.store.catalog(), engine.store.current()
    source = add_short_report(corpus_dir)
    assert engine.index().added == (source,)
    after = engine.store.current()
    assert after != before and engine.store.catalog() == catalog  # no new catalog was written
    assert (after / "vectors.faiss").stat().st_ino == (before / "vectors.faiss").stat().st_ino
    reader = engine.reader()
    new_ids = reader.chunk_ids_of([d.doc_id for d in reader.documents() if d.source == source])
    assert len(new_ids) and sorted(vectors.all_ids(reader.vectors.delta).tolist()) == sorted(new_ids.tolist())
    rebuilt = make_engine(corpus_dir, tmp_path / "rebuilt")
    rebuilt.index()
    for question in ("Kenya national plan for mobile phones in schools", "Who chaired the 19th meeting?"):
        assert engine.ask(question).passages[:3] == rebuilt.ask(question).passages[:3]


def test_a_reader_keeps_its_version_while_an_update_is_published(corpus_dir, tmp_path, embedder):
    engine = make_engine(corpus_dir, tmp_path / "index")
    engine.store.merge_below = 0
    engine.index()
    old = engine.reader()
    source = add_short_report(corpus_dir)
    engine.index()
    assert source not in [d.source for d in old.documents()]
    vector = engine.embedder.embed_query("Kenya national plan for mobile phones in schools")
    old_ids = set(old.chunk_ids_of([d.doc_id for d in old.documents()]).tolist())
    assert {i for i, _ in old.dense_search(vector, 20)} <= old_ids
    assert set(old.chunks(old_ids)) == old_ids  # its catalog snapshot still holds every chunk it finds
    assert source in sources(engine)


def test_an_index_of_the_layout_before_in_place_updates_is_rebuilt(corpus_dir, tmp_path, embedder):
    index = tmp_path / "index"
    (index / "gen-1").mkdir(parents=True)
    (index / "gen-1" / "manifest.json").write_text("{}", encoding="utf-8")
    (index / "CURRENT").write_text("gen-1\n", encoding="utf-8")
    engine = make_engine(corpus_dir, index)
    assert engine.store.current() is None and engine.is_stale()
    assert engine.ensure_index().rebuilt
    assert len(sources(engine)) == 2 and not (index / "gen-1").exists()


def test_a_report_removed_from_a_large_index_is_never_found_again(corpus_dir, tmp_path, embedder):
    source = add_short_report(corpus_dir)
    engine = make_engine(corpus_dir, tmp_path / "index")
    engine.store.merge_below = 0
    engine.index()
    reader = engine.reader()
    gone = set(reader.chunk_ids_of([d.doc_id for d in reader.documents() if d.source == source]).tolist())
    (corpus_dir / source).unlink()
    assert engine.index().removed == (source,)
    reader = engine.reader()
    assert set(reader.vectors.removed.tolist()) == gone  # marked, not rewritten
    assert reader.chunk_count == engine.store.manifest()["vector_count"] == sum(
        d.n_chunks for d in reader.documents())
    vector = engine.embedder.embed_query("Kenya national plan for mobile phones in schools")
    assert not gone & {i for i, _ in reader.dense_search(vector, 50)}
    assert not gone & {i for i, _ in reader.sentence_search(vector, 50)}
    terms = engine.embedder.latent_terms(["Kenya national plan for mobile phones in schools"])[0]
    assert not gone & {i for i, _ in reader.latent_search(terms, 50)}


USES_AN_ACRONYM = """Report of the first meeting of the Working Group on Example Matters

1 Contributions
1.1 Kenya proposed sessions on COP related matters. The sessions would be held twice a year.
"""


def test_a_pair_of_sentences_is_embedded_with_the_acronyms_another_report_defines(corpus_dir, tmp_path, embedder):
    from cwgcop_search.lexicon import spell_out

    (corpus_dir / "uses-an-acronym.txt").write_text(USES_AN_ACRONYM, encoding="utf-8")
    engine = make_engine(corpus_dir, tmp_path / "index")
    engine.index()
    reader = engine.reader()
    assert reader.vocabulary().acronyms["cop"] == "child online protection"  # defined by the 14th meeting's report
    (doc,) = [d for d in reader.documents() if d.source == "uses-an-acronym.txt"]
    (chunk_id,) = [i for i, row in reader.chunks(reader.chunk_ids_of([doc.doc_id]).tolist()).items()
                   if "COP related" in row.text]
    (pair,), pair_vectors = reader.sentences_of([chunk_id], span=2)[chunk_id]
    (first, _), sentence_vectors = reader.sentences_of([chunk_id])[chunk_id]
    assert "(child online protection)" not in pair  # stored as written
    spelt = embedder.embed([spell_out(pair, reader.vocabulary().acronyms)])[0]
    assert spelt @ pair_vectors[0] > 0.999 > embedder.embed([pair])[0] @ pair_vectors[0]
    # A single sentence, which serves questions in every language, is embedded as written.
    assert embedder.embed([first])[0] @ sentence_vectors[0] > 0.999
    # The chunk, like the pair, is stored as written and embedded with the acronym spelt out.
    (embed_text,) = reader._db.execute("SELECT embed_text FROM chunks WHERE chunk_id = ?", (chunk_id,)).fetchone()
    chunk_vector = reader.vectors_of([chunk_id])[chunk_id]
    spelt_chunk = spell_out(embed_text, reader.vocabulary().acronyms)
    assert "(child online protection)" not in embed_text and "(child online protection)" in spelt_chunk
    assert embedder.embed([spelt_chunk])[0] @ chunk_vector > 0.999 > embedder.embed([embed_text])[0] @ chunk_vector


def test_a_chunk_whose_spelt_out_text_would_overflow_the_window_is_embedded_as_written(embedder):
    from cwgcop_search.embedder import _spelt_within_window
    from cwgcop_search.lexicon import spell_out

    acronyms = {"cop": "child online protection"}
    short = "Sessions on COP related matters."
    assert _spelt_within_window(short, acronyms, embedder) == "Sessions on COP (child online protection) related matters."
    words = 1
    while embedder.fits_window(spell_out(f"Sessions on COP {'matters ' * words}", acronyms)):
        words += 1
    long = f"Sessions on COP {'matters ' * words}"
    assert embedder.fits_window(long)  # it fits as written, not spelt out
    assert _spelt_within_window(long, acronyms, embedder) == long


def test_a_text_that_fits_the_window_is_read_to_its_end_and_no_further():
    from cwgcop_search.embedder import MINILM, load_embedder

    embedder = load_embedder(MINILM)  # it cuts a longer text off at its window
    words = 1
    while embedder.fits_window("matters " * words):
        words += 1
    longest = "matters " * (words - 1)
    assert embedder.count_tokens(longest) == embedder.max_seq_length - 2
    cut_off, kept = embedder.embed([longest + "zebra giraffe", longest])
    assert cut_off @ kept > 0.9999  # nothing past the window is read



def test_latent_terms_find_the_passage_a_question_paraphrases(corpus_dir, tmp_path, embedder):
    source = add_short_report(corpus_dir)
    engine = make_engine(corpus_dir, tmp_path / "index")
    engine.index()
    reader = engine.reader()
    kenya = [r for r in reader.document_chunks(next(d.doc_id for d in reader.documents() if d.source == source))
             if "Kenya presented" in r.text]
    # No word of the question is in the paragraph; the latent terms share its concepts.
    terms = engine.embedder.latent_terms(["protecting youngsters who carry cellphones in class"])[0]
    found = reader.latent_search(terms, 5)
    assert kenya[0].chunk_id in [i for i, _ in found]
    assert all(a >= b for (_, a), (_, b) in zip(found, found[1:]))  # best first
    only = reader.chunk_ids_of([kenya[0].doc_id])
    assert {i for i, _ in reader.latent_search(terms, 50, only)} <= set(only.tolist())


def test_with_latent_search_off_the_index_holds_no_latent_terms_and_still_answers(corpus_dir, tmp_path, embedder):
    engine = make_engine(corpus_dir, tmp_path / "index", latent_search=False)
    engine.index()
    terms = engine.embedder.latent_terms(["mobile phones in schools"])[0]
    assert engine.reader().latent_search(terms, 10) == []
    assert not engine.ask("Who chaired the 19th meeting of CWG-COP?").abstained
