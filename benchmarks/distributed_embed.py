"""Embedding a collection on several machines with Dask, then one writer builds the index.

Usage:
    python benchmarks/distributed_embed.py                       # a local cluster of 2 workers
    python benchmarks/distributed_embed.py --scheduler tcp://host:8786   # an existing Dask cluster

The expensive step, embedding, is spread over Dask workers: each worker
loads the model once (``load_embedder`` caches it per process) and turns
whole files into parsed, chunked and embedded documents. The driver then
adds them to the index with the one writer the index allows
(``IndexStore.begin``, or a Milvus server with ``store_uri``), exactly as
``cwgcop-search index`` does. Workers need the corpus files at the same
path (a shared volume or object store mount) and this package installed.

Prints the wall time with the cluster beside the same work in this process
alone, and checks that the two indexes answer alike.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cwgcop_search.chunking import chunk_report  # noqa: E402
from cwgcop_search.config import Settings  # noqa: E402
from cwgcop_search.embedder import EmbeddedChunks, embed_chunks, load_embedder  # noqa: E402
from cwgcop_search.engine import Engine, scan_corpus, sha256_of  # noqa: E402
from cwgcop_search.ingest import Limits, parse_file  # noqa: E402
from cwgcop_search.lexicon import mine_acronyms  # noqa: E402
from cwgcop_search.types import Report  # noqa: E402


@dataclass(frozen=True)
class Prepared:
    """One file read, parsed, chunked and embedded: everything the writer needs."""

    source: str
    file_type: str
    sha256: str
    report: Report
    embedded: EmbeddedChunks  # chunks, sentences and pairs of sentences, with their vectors


def prepare(path: str, source: str, model: str, max_tokens: int, batch_size: int,
            acronyms: dict[str, str]) -> Prepared:
    """Runs on a worker: the model is loaded once per worker process and reused."""
    embedder = load_embedder(model)
    text = parse_file(Path(path), Limits())
    report = text.report
    chunks = chunk_report(report, max_tokens, embedder.count_tokens)
    return Prepared(source, text.file_type, sha256_of(Path(path)), report,
                    embed_chunks(chunks, embedder, batch_size, acronyms=acronyms))


def collection_acronyms(paths: list[str], model: str, max_tokens: int) -> dict[str, str]:
    """On the driver, before any embedding: the acronyms every report defines, as ``Engine.index``
    mines them (from the chunks), since each worker spells out those of the whole collection."""
    embedder = load_embedder(model)
    return mine_acronyms(c.embed_text for path in paths
                         for c in chunk_report(parse_file(Path(path), Limits()).report, max_tokens,
                                               embedder.count_tokens))


def warm(model: str) -> int:
    """Load the model on a worker; returns its dimension (the model itself stays there)."""
    return load_embedder(model).dimension


def write(settings: Settings, prepared: list[Prepared]) -> None:
    """The single writer: add every prepared document and publish the index."""
    engine = Engine(settings)
    writer = engine.store.begin(fresh=True)
    try:
        files = {}
        for p in prepared:
            e = p.embedded
            writer.add_document(p.source, p.file_type, p.sha256, p.report, e.chunks, e.vectors, e.sentences,
                                e.sentence_vectors, pairs=e.pairs, pair_vectors=e.pair_vectors)
            files[p.source] = {"sha256": p.sha256, "chunks": len(e.chunks)}
        writer.commit({**engine._index_parameters(), "dimension": int(prepared[0].embedded.vectors.shape[1]),
                       "files": files, "failed": {}})
    except BaseException:
        writer.abort()
        raise


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scheduler", help="address of an existing Dask scheduler; default: a local cluster")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    args = parser.parse_args()
    from dask.distributed import Client, LocalCluster

    work = Path(tempfile.mkdtemp(prefix="cwgcop-dask-"))
    settings = Settings(corpus_dir=args.corpus, index_dir=work / "index")
    files, _ = scan_corpus(settings.corpus_dir)
    paths = [str(f.path.resolve()) for f in files]
    acronyms = collection_acronyms(paths, settings.model, settings.max_tokens)
    jobs = [(path, f.source, settings.model, settings.max_tokens, settings.batch_size, acronyms)
            for path, f in zip(paths, files)]
    try:
        cluster = None if args.scheduler else LocalCluster(n_workers=args.workers, threads_per_worker=1,
                                                           processes=True, dashboard_address=None)
        with Client(args.scheduler or cluster) as client:
            client.run(warm, settings.model)  # load the model on every worker before timing
            start = time.perf_counter()
            futures = [client.submit(prepare, *job, pure=False) for job in jobs]
            prepared = sorted(client.gather(futures), key=lambda p: p.source)
            embedded = time.perf_counter() - start
            write(settings, prepared)
            total = time.perf_counter() - start
        if cluster is not None:
            cluster.close()
        load_embedder(settings.model)
        start = time.perf_counter()
        alone = [prepare(*job) for job in jobs]
        single = time.perf_counter() - start
        texts = sum(len(p.embedded.chunks) + len(p.embedded.sentence_vectors) + len(p.embedded.pair_vectors)
                    for p in prepared)
        same = all(a.source == b.source and np.allclose(a.embedded.vectors, b.embedded.vectors, atol=1e-4) and
                   np.allclose(a.embedded.sentence_vectors, b.embedded.sentence_vectors, atol=1e-4) and
                   np.allclose(a.embedded.pair_vectors, b.embedded.pair_vectors, atol=1e-4)
                   for a, b in zip(prepared, sorted(alone, key=lambda p: p.source)))
        answer = Engine(settings).ask("Who chaired the 19th meeting of CWG-COP?")
        print(f"{len(files)} files, {texts} texts embedded by {args.workers if not args.scheduler else 'the'} "
              f"Dask workers in {embedded:.1f} s ({total:.1f} s with the index written); "
              f"the same work in this process alone: {single:.1f} s")
        print(f"vectors identical to the single-process run: {same}; answer from the index built this way: "
              f"{answer.answer[:90]}...")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
