"""Grid search over the reranking weights, with a five-fold cross-validation on dev.

Usage: python eval/tune_rerank.py [--index DIR] [--small | --latent | --meeting | --answer-type] [--across]
Reads the dev questions only (the test half is never tuned on); --across reads the
translations of eval/questions_multilingual_dev.jsonl, English left out. Prints, for
the best few weight settings on all of dev, MRR@10 and recall@5, and for each
fold the weights tuned on the other four fifths and their MRR@10 on the fold.
"""

from __future__ import annotations

import argparse
import itertools
from dataclasses import replace
from pathlib import Path

from cwgcop_search import evaluation
from cwgcop_search.config import load_settings
from cwgcop_search.engine import Engine
from cwgcop_search.calibration import calibration_for
from cwgcop_search.retrieval import search

FOLDS = 5
GRID = {"sentence": (0.0, 0.3, 0.5, 0.8), "coverage": (0.0, 0.2, 0.4, 0.6, 0.8),
        "hint": (0.0, 0.3, 0.5), "listing": (0.0, 0.3), "lexical": (0.5, 1.0)}
# The weights that moved MRR on the full grid, for a run that must be short (--small).
SMALL_GRID = {"sentence": (0.3, 0.5, 0.8), "coverage": (0.6, 1.0, 1.3), "hint": (0.3,), "listing": (0.3,),
              "lexical": (0.5, 1.0)}
# The latent-term ranking's weight alone, the others as calibrated for the model (--latent).
LATENT_GRID = {"latent": (0.0, 0.2, 0.3, 0.5, 0.7, 1.0)}
# The weight of the ranking of passages about a meeting the question names, alone (--meeting).
MEETING_GRID = {"meeting": (0.0, 0.3, 0.5, 0.7, 1.0)}
# The weights for questions in another language than the reports (--across), on the dev translations.
ACROSS_GRID = {"sentence": (0.0, 0.2, 0.5), "coverage": (0.2, 0.6)}
# What a passage holding the kind of answer a who/when/how-many question asks for gains, alone
# (--answer-type; with --across, on the dev translations).
ANSWER_TYPE_GRID = {"answer_type": (0.0, 0.1, 0.2, 0.3, 0.5)}
MULTILINGUAL_DEV = Path(__file__).with_name("questions_multilingual_dev.jsonl")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path)
    parser.add_argument("--questions", type=Path, default=Path(__file__).with_name("questions.jsonl"))
    parser.add_argument("--small", action="store_true", help="search the small grid (8 settings, not 120)")
    parser.add_argument("--latent", action="store_true", help="search the latent-term weight alone")
    parser.add_argument("--meeting", action="store_true", help="search the named-meeting ranking's weight alone")
    parser.add_argument("--across", action="store_true",
                        help="the weights for questions in other languages, on the dev translations (not English)")
    parser.add_argument("--answer-type", action="store_true", help="search the answer-type weight alone")
    args = parser.parse_args()
    grid = LATENT_GRID if args.latent else MEETING_GRID if args.meeting else ANSWER_TYPE_GRID if args.answer_type \
        else ACROSS_GRID if args.across else SMALL_GRID if args.small else GRID
    engine = Engine(load_settings(overrides={"index_dir": args.index}))
    engine.ensure_index()
    calibration = calibration_for(engine.settings.model)
    calibrated = calibration.rerank_across or calibration.rerank if args.across else calibration.rerank
    questions = [q for q in evaluation.split_of(evaluation.load_questions(
        MULTILINGUAL_DEV if args.across else args.questions), "dev") if q.answerable]
    if args.across:
        questions = [q for q in questions if q.lang != "en"]
    reader, embedder = engine.reader(), engine.embedder
    # Every weight setting asks the same questions: embed each once.
    embed_query, vectors = embedder.embed_query, {}
    embedder.embed_query = lambda text: vectors[text] if text in vectors else vectors.setdefault(text, embed_query(text))

    results = {}
    for values in itertools.product(*grid.values()):
        weights = replace(calibrated, **dict(zip(grid, values)))
        ranks = []
        for q in questions:
            found = search(reader, embedder, q.question, evaluation.TOP, None, engine.settings, weights)
            first, *_ = evaluation.score_ranking([p.text for p in found.passages], q.gold)
            ranks.append(first)
        results[values] = ranks

    def mrr(ranks, idx):
        return sum(1 / ranks[i] for i in idx if ranks[i]) / len(idx)

    everything = range(len(questions))
    folds = [list(range(f, len(questions), FOLDS)) for f in range(FOLDS)]
    best = sorted(results, key=lambda v: -mrr(results[v], everything))[:5]
    print(f"model {engine.settings.model}, {len(questions)} answerable dev questions")
    print(f"weights {tuple(grid)} -> MRR@10 all, recall@5 all")
    for values in best:
        ranks = results[values]
        recall = sum(1 for r in ranks if r and r <= 5) / len(ranks)
        print(f"  {values} -> {mrr(ranks, everything):.3f}, {recall:.3f}")
    held_out = []
    for fold, test in enumerate(folds, start=1):
        train = [i for i in everything if i not in test]
        chosen = max(results, key=lambda v: mrr(results[v], train))
        held_out.append(mrr(results[chosen], test))
        print(f"fold {fold}: tuned {chosen} on {len(train)} questions: MRR@10 train "
              f"{mrr(results[chosen], train):.3f}, held-out fold {held_out[-1]:.3f}")
    print(f"cross-validated MRR@10 (mean over folds): {sum(held_out) / len(held_out):.3f}")


if __name__ == "__main__":
    main()
