"""Warm search latency against the time to embed the query alone.

Usage: python benchmarks/latency.py [--index DIR] [--questions FILE] [--rounds N]
Runs every question of the set once to warm up, then N rounds timed, and
prints the median per-query time of embedding alone, of the whole search,
and of an extractive-answer-ready ask, and the ratio search / embedding.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from cwgcop_search import evaluation
from cwgcop_search.config import load_settings
from cwgcop_search.engine import Engine

from timing import time_calls  # benchmarks/timing.py: run as python benchmarks/<script>.py


def per_query(fn, questions, rounds):
    times = time_calls(fn, questions, rounds)
    return statistics.median(times) * 1000, statistics.mean(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path)
    parser.add_argument("--questions", type=Path, default=Path("eval/questions.jsonl"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    engine = Engine(load_settings(overrides={"index_dir": args.index}))
    engine.ensure_index()
    questions = [q.question for q in evaluation.load_questions(args.questions)]
    for question in questions:  # warm up: model, index, caches
        engine.ask(question)
    embed = per_query(engine.embedder.embed_query, questions, args.rounds)
    search = per_query(engine.search, questions, args.rounds)
    ask = per_query(engine.ask, questions, args.rounds)
    print(f"{len(questions)} questions x {args.rounds} rounds, {engine.reader().chunk_count} passages indexed")
    print(f"embed query only : median {embed[0]:6.1f} ms   mean {embed[1]:6.1f} ms")
    print(f"search (top 5)   : median {search[0]:6.1f} ms   mean {search[1]:6.1f} ms")
    print(f"ask (answer)     : median {ask[0]:6.1f} ms   mean {ask[1]:6.1f} ms")
    print(f"search / embed   : median {search[0] / embed[0]:.2f}x   mean {search[1] / embed[1]:.2f}x")


if __name__ == "__main__":
    main()
