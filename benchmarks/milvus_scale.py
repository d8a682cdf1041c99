"""The Milvus backend (milvus-lite) at 100k synthetic chunks: insert, dense and BM25 search, hybrid.

Usage: python benchmarks/milvus_scale.py [--size 100000] [--work DIR] [--json]

The chunks are made as `ann.py` makes them: vectors are the shipped corpus's
real e5 vectors mixed pairwise with noise at the corpus's own spread, texts
are three real sentences each, 200 chunks to a report. They go in through the
backend's own writer (`MilvusWriter.add_document`, one sentence per chunk),
so what is timed is what `cwgcop-search index` would do without embedding.
Then, over the 217 evaluation questions: vector search (top 50) with its
recall@10 against exact search, Milvus BM25 (top 50), and the whole hybrid
search (`retrieval.search`). Memory is this process's peak: milvus-lite runs
inside it, beside the synthetic vectors.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import ann  # noqa: E402  (the same synthetic material as the FAISS benchmark)
from timing import peak_rss_mb, time_calls  # noqa: E402

from cwgcop_search import retrieval  # noqa: E402
from cwgcop_search.config import Settings  # noqa: E402
from cwgcop_search.embedder import load_embedder  # noqa: E402
from cwgcop_search.milvus_store import MilvusStore  # noqa: E402
from cwgcop_search.query import plan_query  # noqa: E402
from cwgcop_search.types import Chunk, Paragraph, Report  # noqa: E402

REPORT_CHUNKS = 200


def synthetic_report(d: int, texts: list[str]) -> tuple[Report, list[Chunk]]:
    meeting = d % 50 + 1
    chunks = [Chunk(paragraph=f"{i % 9 + 1}.{i % 17 + 1}", section=(f"{i % 9 + 1} Section",), pages=(1,),
                    part=0, text=t, embed_text=t) for i, t in enumerate(texts)]
    report = Report(title=f"Report of the {meeting}th meeting", body="CWG-COP", kind="meeting",
                    meetings=(meeting,), dates=(f"{2000 + d % 26}-01-15",), date_text=f"15 January {2000 + d % 26}",
                    chair=None, paragraphs=tuple(Paragraph(c.paragraph, c.text, c.section) for c in chunks))
    return report, chunks


def insert(store: MilvusStore, x: np.ndarray, sentences: list[str], seed: int = 2) -> dict:
    rng = np.random.default_rng(seed)
    n = len(x)
    writer = store.begin(fresh=True)
    start = time.perf_counter()
    for d, first in enumerate(range(0, n, REPORT_CHUNKS)):
        rows = range(first, min(n, first + REPORT_CHUNKS))
        picks = [rng.integers(0, len(sentences), 3) for _ in rows]
        texts = [" ".join(sentences[p] for p in pick) for pick in picks]
        report, chunks = synthetic_report(d + 1, texts)
        block = x[first:first + len(texts)]
        writer.add_document(f"synthetic/report-{d + 1:06d}.txt", "txt", "0" * 64, report, chunks, block,
                            [[sentences[pick[0]]] for pick in picks], block)
    prepared = time.perf_counter() - start
    settings = Settings()
    start = time.perf_counter()
    writer.commit({"model": settings.model, "dimension": int(x.shape[1]), "files": {}, "failed": {}})
    return {"prepare_s": round(prepared, 1), "commit_s": round(time.perf_counter() - start, 1)}


def step(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def measure(store: MilvusStore, x: np.ndarray, questions: list[str], query_vectors: np.ndarray) -> dict:
    settings = Settings(store_uri=store.uri)
    embedder = load_embedder(settings.model)
    embedder.embed_query("warm up")
    step("opening")
    start = time.perf_counter()
    reader = store.open()
    reader.vocabulary()
    opened = time.perf_counter() - start
    plans = [plan_query(q, reader.vocabulary()) for q in questions]
    truth = ann.exact_top(x, query_vectors, 10) + 1  # chunk ids start at 1
    step("recall against exact search")
    found = [[i for i, _ in reader.dense_search(v, 10)] for v in query_vectors]
    recall = float(np.mean([len(set(f) & set(t.tolist())) / 10 for f, t in zip(found, truth)]))
    result = {"open_s": round(opened, 1), "recall_at_10": round(recall, 3)}
    step("vector search")
    result["vector_search"] = ann.percentiles(time_calls(lambda v: reader.dense_search(v, 50), list(query_vectors), 2))
    step("BM25 search")
    result["bm25_search"] = ann.percentiles(time_calls(lambda p: reader.lexical_search(p.match_expression(), 50),
                                                       plans, 2))
    step("hybrid search")
    result["hybrid_search"] = ann.percentiles(time_calls(
        lambda q: retrieval.search(reader, embedder, q, 5, None, settings), questions, 1))
    result["this_process_peak_mb"] = round(peak_rss_mb())
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="cwgcop-milvus-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        base, sentences, questions, query_vectors = ann.real_material(work)
        x = ann.synthetic_vectors(base, args.size)
        db = work / f"milvus-{args.size}.db"
        if db.exists():
            db.unlink()
        store = MilvusStore(str(db))
        step(f"inserting {args.size:,} chunks")
        result = {"n": args.size, "insert": insert(store, x, sentences)}
        result.update(measure(store, x, questions, query_vectors))
        result["on_disk_mb"] = round(sum(p.stat().st_size for p in db.rglob("*") if p.is_file()) / 1e6)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print(f"Milvus (milvus-lite), {result['n']:,} synthetic chunks x {x.shape[1]}")
    i = result["insert"]
    print(f"  insert: {i['prepare_s']} s preparing rows, {i['commit_s']} s writing them; {result['on_disk_mb']} MB")
    print(f"  opened in {result['open_s']} s")
    for name in ("vector_search", "bm25_search", "hybrid_search"):
        print(f"  {name.replace('_', ' ')}: p50 {result[name]['p50_ms']} ms, p95 {result[name]['p95_ms']} ms")
    print(f"  vector recall@10 against exact: {result['recall_at_10']}")
    print(f"  memory: this process's peak {result['this_process_peak_mb']} MB (milvus-lite runs inside it, "
          f"beside the synthetic vectors and the exact search's matrix)")


if __name__ == "__main__":
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    main()
