"""Grid search over the reranking weights, with a two-fold check against overfitting.

Usage: python eval/tune_rerank.py [--index DIR]
Prints, for the best few weight settings on the whole set, MRR@10 and
recall@5, and the two-fold result (tuned on one half, scored on the other).
"""

from __future__ import annotations

import argparse
import itertools
from pathlib import Path

from cwgcop_search import evaluation
from cwgcop_search.config import load_settings
from cwgcop_search.engine import Engine
from cwgcop_search.retrieval import RerankWeights, search

GRID = {"sentence": (0.0, 0.3), "coverage": (0.2, 0.4, 0.6, 0.8),
        "hint": (0.0, 0.3, 0.5), "listing": (0.0, 0.3)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path)
    parser.add_argument("--questions", type=Path, default=Path(__file__).with_name("questions.jsonl"))
    args = parser.parse_args()
    engine = Engine(load_settings(overrides={"index_dir": args.index}))
    engine.ensure_index()
    questions = [q for q in evaluation.load_questions(args.questions) if q.answerable]
    reader, embedder = engine.reader(), engine.embedder

    results = {}
    for values in itertools.product(*GRID.values()):
        weights = RerankWeights(**dict(zip(GRID, values)))
        ranks = []
        for q in questions:
            found = search(reader, embedder, q.question, evaluation.TOP, None, engine.settings, weights)
            first, *_ = evaluation.score_ranking([p.text for p in found.passages], q.gold)
            ranks.append(first)
        results[values] = ranks

    def mrr(ranks, idx):
        return sum(1 / ranks[i] for i in idx if ranks[i]) / len(idx)

    everything = range(len(questions))
    halves = [list(range(0, len(questions), 2)), list(range(1, len(questions), 2))]
    best = sorted(results, key=lambda v: -mrr(results[v], everything))[:5]
    print("weights (sentence, coverage, hint, listing) -> MRR@10 all, recall@5 all")
    for values in best:
        ranks = results[values]
        recall = sum(1 for r in ranks if r and r <= 5) / len(ranks)
        print(f"  {values} -> {mrr(ranks, everything):.3f}, {recall:.3f}")
    for fold, (train, test) in enumerate([(halves[0], halves[1]), (halves[1], halves[0])], start=1):
        chosen = max(results, key=lambda v: mrr(results[v], train))
        print(f"fold {fold}: tuned {chosen} on {len(train)} questions: MRR@10 train "
              f"{mrr(results[chosen], train):.3f}, held-out half {mrr(results[chosen], test):.3f}")


if __name__ == "__main__":
    main()
