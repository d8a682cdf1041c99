"""The index survives damage, kills and many users at once."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import REPORT_14, REPORT_19, REPORT_22, make_engine

from cwgcop_search.errors import StoreError

QUESTIONS = [
    "Who chaired the 19th meeting of CWG-COP?",
    "What did Albania present in 2023?",
    "When will the gap analysis be discussed?",
    "What have countries done to train teachers on online safety?",
    "What was said about phones in schools?",
    "Who chaired the 14th meeting?",
    "What did the UAE present?",
    "What did Brazil present at CWG-COP?",
]


def fingerprint(answer):
    return (answer.answer, answer.abstained, tuple((p.source, p.paragraph) for p in answer.passages))


def test_thirty_two_threads_get_the_answers_one_thread_gets(shipped_engine):
    questions = (QUESTIONS * 4)[:32]
    sequential = [fingerprint(shipped_engine.ask(q)) for q in questions]
    barrier = threading.Barrier(32)

    def ask(question):
        barrier.wait()  # all 32 at once
        return fingerprint(shipped_engine.ask(question))

    with ThreadPoolExecutor(max_workers=32) as pool:
        concurrent = list(pool.map(ask, questions))
    assert concurrent == sequential


def test_questions_during_index_updates_are_answered_from_a_whole_generation(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(REPORT_19, corpus / REPORT_19.name)
    engine = make_engine(corpus, tmp_path / "index")
    engine.index()
    question = "What did countries say about phones in schools?"
    before = fingerprint(engine.ask(question))
    shutil.copy(REPORT_22, corpus / REPORT_22.name)
    engine.index()
    after = fingerprint(engine.ask(question))
    assert before != after  # the 22nd report changes the answer, so the test can tell them apart

    stop, seen, errors = threading.Event(), [], []

    def keep_asking():
        while not stop.is_set():
            try:
                seen.append(fingerprint(engine.ask(question)))
            except Exception as exc:  # noqa: BLE001 - any error at all is the failure looked for
                errors.append(repr(exc))

    threads = [threading.Thread(target=keep_asking) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        for _ in range(3):  # remove and add the 22nd report back: three index updates each way
            (corpus / REPORT_22.name).unlink()
            engine.index()
            shutil.copy(REPORT_22, corpus / REPORT_22.name)
            engine.index()
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert errors == []
    assert seen and set(seen) <= {before, after}


def test_a_damaged_catalog_is_reported_with_the_fix(corpus_dir, tmp_path, embedder):
    engine = make_engine(corpus_dir, tmp_path / "index")
    engine.index()
    catalog = engine.store.catalog()
    catalog.write_bytes(b"this is not a database" * 100)
    fresh = make_engine(corpus_dir, tmp_path / "index")
    with pytest.raises(StoreError, match="damaged.*cwgcop-search index --rebuild"):
        fresh.ask("Who chaired the 19th meeting?")
    shutil.copy(REPORT_22, corpus_dir / REPORT_22.name)
    with pytest.raises(StoreError, match="damaged.*cwgcop-search index --rebuild"):
        fresh.index()  # an incremental update starts from the damaged catalog
    assert fresh.index(rebuild=True).rebuilt
    assert fresh.ask("Who chaired the 19th meeting?").citations


def test_a_sigkill_while_indexing_leaves_the_previous_index_and_the_next_run_finishes(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(REPORT_14, corpus / REPORT_14.name)
    index = tmp_path / "index"
    engine = make_engine(corpus, index)
    engine.index()
    before = fingerprint(engine.ask("Who chaired the 14th meeting?"))
    for n in range(6):  # enough new text that the kill lands mid-update
        (corpus / f"copy-{n}.txt").write_text(REPORT_19.read_text(encoding="utf-8"), encoding="utf-8")
    command = [str(Path(sys.executable).parent / "cwgcop-search"), "index", "--quiet",
               "--corpus", str(corpus), "--index", str(index)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.time() + 120
    while not list(index.glob(".building-*")) and time.time() < deadline and process.poll() is None:
        time.sleep(0.05)
    assert process.poll() is None, "the indexer finished before it could be killed"
    time.sleep(0.5)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()

    survivor = make_engine(corpus, index)
    assert [d.source for d in survivor.documents()] == [REPORT_14.name]
    assert fingerprint(survivor.ask("Who chaired the 14th meeting?")) == before
    finished = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert finished.returncode == 0, finished.stderr
    assert len(make_engine(corpus, index).documents()) == 7
    assert not list(index.glob(".building-*"))


def test_a_second_indexer_waits_its_turn_with_a_clear_message(corpus_dir, tmp_path):
    from cwgcop_search.store import IndexStore

    store = IndexStore(tmp_path / "index")
    writer = store.begin(fresh=True)
    try:
        with pytest.raises(StoreError, match="Another indexing run is updating"):
            make_engine(corpus_dir, tmp_path / "index").index()
    finally:
        writer.abort()
