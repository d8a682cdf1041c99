"""A million paragraphs on one machine: vector index, full-text search and filters at scale.

Usage: python benchmarks/ann.py [--sizes 100000 1000000] [--work DIR] [--json]

For each size N it makes N synthetic chunks that look like the real ones:
each vector is a mix of two real paragraph or sentence vectors of the
shipped corpus plus Gaussian noise (so they cluster like real embeddings,
unlike uniform random vectors), and each text is three real sentences of
the corpus. The queries are the 103 evaluation questions, embedded by the
real model. It prints, per index kind:

- build time, p50/p95 latency of one query at a time, recall@10 against
  exact search, and the index's size in memory;

then it writes a real index generation of N chunks (SQLite catalog with
FTS5, the chosen vector index, manifest) and, in a fresh process, opens it
as the app would and times: opening, the first query (vocabulary built),
vector search, FTS5 search, a metadata filter, the whole hybrid search
(``retrieval.search``: embedding, three rankings, fusion, reranking), and
adding one report to it; with the process's resident memory.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cwgcop_search import vectors  # noqa: E402
from cwgcop_search.config import Settings  # noqa: E402

from timing import peak_rss_mb, time_calls  # benchmarks/timing.py: run as python benchmarks/<script>.py

TEXT_DOCS = 200  # chunks per synthetic document
# Noise per dimension, as a share of the real vectors' spread around their mean. A fixed amount
# would not do: e5's vectors sit in a narrow cone (per-dimension spread 0.021, random pairs at
# cosine 0.82), where 0.045 drowned their structure (random pairs at 0.48, nearest neighbours
# at 0.62 against 0.93 in the corpus). At 0.9 of the spread the synthetic e5 set has nearest
# neighbours at 0.88 and random pairs at 0.76, a gap like the corpus's own (0.12 against 0.11).
NOISE_SHARE = 0.9


def rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 1e6


def percentiles(times: list[float]) -> dict:
    times = sorted(times)
    return {"p50_ms": round(1000 * statistics.median(times), 2),
            "p95_ms": round(1000 * times[int(0.95 * (len(times) - 1))], 2)}


def real_material(work: Path):
    """The shipped corpus's chunk and sentence vectors and texts, and the questions' vectors."""
    from cwgcop_search import evaluation
    from cwgcop_search.engine import Engine

    engine = Engine(Settings(corpus_dir=ROOT / "corpus", index_dir=work / "shipped-index"))
    engine.ensure_index()
    reader = engine.reader()
    _, chunk_vectors = vectors.all_vectors(reader.vectors)
    sentence_ids, sentence_vectors = vectors.all_vectors(reader.sentence_vectors)
    sentences = [t for (t,) in reader._db.execute("SELECT text FROM sentences WHERE span = 1")]
    questions = [q.question for q in evaluation.load_questions(ROOT / "eval" / "questions.jsonl")]
    query_vectors = engine.embedder.embed(questions)
    return np.vstack([chunk_vectors, sentence_vectors]), sentences, questions, query_vectors


def synthetic_vectors(base: np.ndarray, n: int, seed: int = 1) -> np.ndarray:
    rng = np.random.default_rng(seed)
    noise = NOISE_SHARE * float((base - base.mean(axis=0)).std())
    out = np.empty((n, base.shape[1]), dtype="float32")
    for start in range(0, n, 100_000):
        m = min(100_000, n - start)
        a, b = rng.integers(0, len(base), m), rng.integers(0, len(base), m)
        w = rng.uniform(0.5, 1.0, (m, 1)).astype("float32")
        x = w * base[a] + (1 - w) * base[b] + rng.normal(0, noise, (m, base.shape[1])).astype("float32")
        out[start:start + m] = x / np.linalg.norm(x, axis=1, keepdims=True)
    return out


def exact_top(x: np.ndarray, queries: np.ndarray, k: int = 10) -> np.ndarray:
    scores = queries @ x.T
    top = np.argpartition(-scores, k, axis=1)[:, :k]
    return np.take_along_axis(top, np.argsort(-np.take_along_axis(scores, top, axis=1), axis=1), axis=1)


def time_queries(index, queries: np.ndarray, k: int = 10, rounds: int = 3) -> tuple[list[float], np.ndarray]:
    found = np.zeros((len(queries), k), dtype="int64")
    times = []
    for r in range(rounds):
        for i, q in enumerate(queries):
            start = time.perf_counter()
            hits = vectors.nearest(index, q, k)
            times.append(time.perf_counter() - start)
            if r == 0:
                found[i, :len(hits)] = [h for h, _ in hits]
    return times, found


def recall(found: np.ndarray, truth: np.ndarray) -> float:
    return float(np.mean([len(set(f) & set(t)) / len(t) for f, t in zip(found, truth)]))


def index_size_mb(index) -> float:
    import faiss

    return len(faiss.serialize_index(index)) / 1e6


def compare_indexes(x: np.ndarray, queries: np.ndarray) -> list[dict]:
    """Exact against IVF-SQ8 (as chosen, and with other nprobe) on the same vectors."""
    n = len(x)
    ids = np.arange(n, dtype="int64")
    truth = exact_top(x, queries)
    rows = []
    start = time.perf_counter()
    flat = vectors.build(vectors.IndexSpec(), x, ids)
    built = time.perf_counter() - start
    times, found = time_queries(flat, queries)
    rows.append({"index": "flat (exact)", "build_s": round(built, 1), **percentiles(times),
                 "recall_at_10": round(recall(found, truth), 3), "memory_mb": round(index_size_mb(flat))})
    del flat
    spec = vectors.choose(max(n, vectors.EXACT_BELOW))
    start = time.perf_counter()
    ivf = vectors.build(spec, x, ids)
    built = time.perf_counter() - start
    memory = round(index_size_mb(ivf))
    for nprobe in sorted({16, 32, spec.nprobe, 96, 192, 384}):
        ivf.nprobe = nprobe
        times, found = time_queries(ivf, queries)
        rows.append({"index": f"ivf-sq8 nlist={spec.nlist} nprobe={nprobe}" +
                     (" (chosen)" if nprobe == spec.nprobe else ""),
                     "build_s": round(built, 1), **percentiles(times),
                     "recall_at_10": round(recall(found, truth), 3), "memory_mb": memory})
    return rows


_SCHEMA_INSERTS = {
    "documents": "INSERT INTO documents VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
    "chunks": "INSERT INTO chunks VALUES (?,?,?,?,?,?,?,?,?)",
    "sentences": "INSERT INTO sentences (sentence_id, chunk_id, position, text) VALUES (?,?,?,?)",
    "fts": "INSERT INTO chunks_fts (rowid, text, context) VALUES (?,?,?)",
}


def write_generation(index_dir: Path, x: np.ndarray, sentences: list[str], seed: int = 2) -> dict:
    """A real index (catalog and generation) of len(x) synthetic chunks; returns timings."""
    from cwgcop_search import store
    from cwgcop_search.chunking import CHUNKER_VERSION
    from cwgcop_search.query import tokens

    rng = np.random.default_rng(seed)
    n = len(x)
    generation = index_dir / "gen-1"
    generation.mkdir(parents=True)
    catalog = index_dir / "catalog-1.sqlite"
    db = sqlite3.connect(catalog)
    db.executescript(store._SCHEMA)
    db.executemany("INSERT INTO meta VALUES (?, ?)",
                   [("schema_version", str(store.SCHEMA_VERSION)), ("generation", generation.name)])
    start = time.perf_counter()
    n_docs = (n + TEXT_DOCS - 1) // TEXT_DOCS
    db.executemany(_SCHEMA_INSERTS["documents"], (
        (d, f"synthetic/report-{d:06d}.txt", "txt", "0" * 64, f"Report of the {d % 50 + 1}th meeting",
         "CWG-COP", "meeting", json.dumps([d % 50 + 1]), json.dumps([f"{2000 + d % 26}-01-15"]),
         f"15 January {2000 + d % 26}", None, "en") for d in range(1, n_docs + 1)))
    picked = np.zeros(len(sentences), dtype="int64")
    for start_row in range(0, n, 50_000):
        rows, fts, sents = [], [], []
        for i in range(start_row, min(n, start_row + 50_000)):
            picks = rng.integers(0, len(sentences), 3)
            picked[picks] += 1
            text = " ".join(sentences[p] for p in picks)
            doc = i // TEXT_DOCS + 1
            section = json.dumps([f"{i % 9 + 1} Section"])
            rows.append((i + 1, doc, i % TEXT_DOCS, f"{i % 9 + 1}.{i % 17 + 1}", section, "[]", 0, text,
                         text))
            fts.append((i + 1, text, f"Report of the {doc % 50 + 1}th meeting {i % 9 + 1} Section"))
            sents.append((i + 1, i + 1, 0, sentences[picks[0]]))
        db.executemany(_SCHEMA_INSERTS["chunks"], rows)
        db.executemany(_SCHEMA_INSERTS["fts"], fts)
        db.executemany(_SCHEMA_INSERTS["sentences"], sents)
    # The vocabulary the writer keeps: each sentence's words, times the chunks it went into; the
    # chunks holding a word are counted once per sentence (a chunk whose three sentences share a
    # word counts it up to three times: close enough for timing). No acronym definitions.
    counts: Counter = Counter()
    passages: Counter = Counter()
    for sentence, times in zip(sentences, picked):
        for word, k in Counter(tokens(sentence)).items():
            counts[word] += k * int(times)
            passages[word] += int(times)
    # No case counts (0 lower, 0 capital): every capitalised word of a question stays a name, which
    # costs the search no more than the real counts would.
    store.add_to_vocabulary(db, ((w, n, passages[w], 0, 0) for w, n in counts.items()))
    db.commit()
    db.execute("PRAGMA journal_mode = WAL")  # as the store leaves a catalog it built
    db.close()
    catalog_s = time.perf_counter() - start
    # One sentence per chunk, with the chunk's vector: the sentence index is the same index.
    spec = vectors.choose(n)
    start = time.perf_counter()
    index = vectors.build(spec, x, np.arange(1, n + 1, dtype="int64"))
    for stem in (store.VECTORS, store.SENTENCE_VECTORS):
        store.write_vector_set(generation, stem, vectors.Segments(index))
    vectors_s = time.perf_counter() - start
    settings = Settings()
    manifest = {"model": settings.model, "dimension": int(x.shape[1]), "schema_version": store.SCHEMA_VERSION,
                "chunking": {"max_tokens": settings.max_tokens, "version": CHUNKER_VERSION},
                "files": {}, "failed": {}, "vector_count": n,
                "vector_index": {"chunks": spec.to_dict(), "sentences": spec.to_dict()}}
    (generation / store.MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    (index_dir / store.POINTER).write_text(catalog.name + "\n", encoding="utf-8")
    size = sum(p.stat().st_size for p in [*generation.iterdir(), catalog]) / 1e6
    return {"catalog_build_s": round(catalog_s, 1), "vector_build_s": round(vectors_s, 1),
            "on_disk_mb": round(size)}


def measure_generation(index_dir: Path, questions: list[str]) -> dict:
    """Run in a fresh process: open the generation as the app would, then time searches."""
    from cwgcop_search import retrieval
    from cwgcop_search.embedder import load_embedder
    from cwgcop_search.query import plan_query
    from cwgcop_search.store import IndexStore
    from cwgcop_search.types import Filters

    settings = Settings(index_dir=index_dir)
    embedder = load_embedder(settings.model)
    embedder.embed_query("warm up")
    model_rss = rss_mb()
    start = time.perf_counter()
    reader = IndexStore(index_dir).open()
    opened = time.perf_counter() - start
    start = time.perf_counter()
    reader.vocabulary()
    vocabulary_s = time.perf_counter() - start
    open_rss = rss_mb()
    query_vectors = [embedder.embed_query(q) for q in questions]
    plans = [plan_query(q, reader.vocabulary()) for q in questions]

    resident: dict[str, int] = {}

    def timed(fn, items, rounds=2):
        times = time_calls(fn, items, rounds)
        resident[str(len(resident))] = round(peak_rss_mb())
        return percentiles(times)

    doc_ids = retrieval.allowed_documents(reader, Filters(meetings=(19,)))
    allowed = reader.chunk_ids_of(doc_ids)
    figures = {
        "open_s": round(opened, 2), "vocabulary_s": round(vocabulary_s, 1),
        "embed_query": timed(embedder.embed_query, questions),
        "vector_search": timed(lambda v: reader.dense_search(v, 50), query_vectors),
        "fts5_search": timed(lambda p: reader.lexical_search(p.match_expression(), 50), plans),
        "filter_to_ids": timed(lambda _: reader.chunk_ids_of(
            retrieval.allowed_documents(reader, Filters(meetings=(19,)))), questions[:20]),
        "filtered_vector_search": timed(lambda v: reader.dense_search(v, 50, allowed), query_vectors),
        "filtered_fts5_search": timed(lambda p: reader.lexical_search(p.match_expression(), 50, doc_ids), plans),
        "hybrid_search": timed(lambda q: retrieval.search(reader, embedder, q, 5, None, settings), questions),
        "filter_fraction": round(len(allowed) / reader.chunk_count, 4),
        "filtered_recall_at_10": round(float(np.mean([
            len({i for i, _ in reader.dense_search(v, 10, allowed)} &
                {i for i, _ in vectors._exact_among(reader.vectors, v, 10, allowed)}) / 10
            for v in query_vectors])), 3),
    }
    figures["rss_after_model_mb"] = round(model_rss)
    figures["rss_after_open_mb"] = round(open_rss)
    figures["rss_peak_mb"] = round(peak_rss_mb())
    figures["rss_peak_after_each_mb"] = list(resident.values())
    reader.close()
    figures["add_one_report"] = add_one_report(index_dir, embedder)
    return figures




def add_one_report(index_dir: Path, embedder) -> dict:
    """Time adding one shipped report to the big index, as `cwgcop-search index` would."""
    from cwgcop_search.chunking import chunk_report
    from cwgcop_search.embedder import embed_chunks
    from cwgcop_search.readers import read_document
    from cwgcop_search.store import IndexStore
    from cwgcop_search.structure import parse_report

    path = ROOT / "corpus" / "CWG-COP-19th-meeting-report-2023.txt"
    store = IndexStore(index_dir)
    start = time.perf_counter()
    writer = store.begin(fresh=False)  # a transaction on the catalog, the base vectors mapped
    opened = time.perf_counter() - start
    text = read_document(path)
    report = parse_report(text.blocks)
    chunks = chunk_report(report, 200, embedder.count_tokens)
    e = embed_chunks(chunks, embedder)  # chunks, sentences and pairs of sentences, as the engine does
    start_add = time.perf_counter()
    writer.add_document(f"added-{time.time_ns()}/" + path.name, "txt", "1" * 64, report, chunks, e.vectors,
                        e.sentences, e.sentence_vectors, pairs=e.pairs, pair_vectors=e.pair_vectors)
    added = time.perf_counter() - start_add
    manifest = store.manifest()
    start_commit = time.perf_counter()
    writer.commit(manifest)
    committed = time.perf_counter() - start_commit
    return {"begin_s": round(opened, 2), "add_s": round(added, 2), "commit_s": round(committed, 2),
            "total_without_embedding_s": round(opened + added + committed, 1), "chunks_added": len(chunks)}


def run_size(n: int, work: Path, base, sentences, questions, query_vectors, compare: bool = True,
             keep: bool = False) -> dict:
    x = synthetic_vectors(base, n)
    result = {"n": n, "dimension": int(x.shape[1]),
              "indexes": compare_indexes(x, query_vectors) if compare else []}
    index_dir = work / f"gen-{n}"
    shutil.rmtree(index_dir, ignore_errors=True)
    result["generation"] = write_generation(index_dir, x, sentences)
    del x
    out = subprocess.run([sys.executable, __file__, "--measure", str(index_dir)], capture_output=True,
                         text=True, check=True)
    result["served"] = json.loads(out.stdout.strip().splitlines()[-1])
    if keep:
        result["kept"] = str(index_dir)
    else:
        shutil.rmtree(index_dir, ignore_errors=True)
    return result


def show(result: dict) -> None:
    n = result["n"]
    print(f"\n== {n:,} chunks x {result['dimension']} dimensions (synthetic, clustered like the corpus) ==")
    print(f"{'index':44} {'build s':>8} {'p50 ms':>8} {'p95 ms':>8} {'recall@10':>10} {'memory MB':>10}")
    for row in result["indexes"]:
        print(f"{row['index']:44} {row['build_s']:8} {row['p50_ms']:8} {row['p95_ms']:8} "
              f"{row['recall_at_10']:10} {row['memory_mb']:10}")
    g, s = result["generation"], result["served"]
    print(f"generation written: catalog + FTS5 {g['catalog_build_s']} s, vector index {g['vector_build_s']} s, "
          f"{g['on_disk_mb']} MB on disk")
    print(f"served (fresh process): open {s['open_s']} s, vocabulary {s['vocabulary_s']} s; RSS "
          f"{s['rss_after_model_mb']} MB with the model, {s['rss_after_open_mb']} MB with the index open, "
          f"peak {s['rss_peak_mb']} MB")
    for key in ("embed_query", "vector_search", "fts5_search", "filter_to_ids", "filtered_vector_search",
                "filtered_fts5_search", "hybrid_search"):
        print(f"  {key:24} p50 {s[key]['p50_ms']:8} ms   p95 {s[key]['p95_ms']:8} ms")
    a = s["add_one_report"]
    print(f"  filter keeps {s['filter_fraction']:.2%} of the chunks, filtered recall@10 "
          f"{s['filtered_recall_at_10']}; adding one report "
          f"({a['chunks_added']} chunks): begin {a['begin_s']} s, add {a['add_s']} s, "
          f"commit {a['commit_s']} s")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--work", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--served-only", action="store_true", help="skip the index comparison")
    parser.add_argument("--keep", action="store_true",
                        help="keep each generation under --work, to time other queries against it")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        from cwgcop_search import evaluation

        questions = [q.question for q in evaluation.load_questions(ROOT / "eval" / "questions.jsonl")]
        print(json.dumps(measure_generation(args.measure, questions)))
        return
    work = args.work or Path(tempfile.mkdtemp(prefix="cwgcop-ann-"))
    work.mkdir(parents=True, exist_ok=True)
    base, sentences, questions, query_vectors = real_material(work)
    results = []
    for n in args.sizes:
        results.append(run_size(n, work, base, sentences, questions, query_vectors, not args.served_only,
                                args.keep and args.work is not None))
        if not args.json:
            show(results[-1])
    if args.json:
        print(json.dumps(results, indent=2))
    if not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
