"""Grid search over how answer sentences are picked, with a five-fold cross-validation on dev.

Usage: python eval/tune_answer.py [--index DIR]
Reads the dev questions only (the test half is never tuned on). Retrieval runs
once per question; each setting of answer.Picking then composes every answer
from the same passages. Prints, for the best few settings on all of dev,
evidence (the answer text holds a gold quote, as `cwgcop-search eval` counts
it) and the mean answer length, and for each fold the setting tuned on the
other four fifths and its evidence on the fold.
"""

from __future__ import annotations

import argparse
import itertools
import re
from pathlib import Path

from cwgcop_search import answer as answers
from cwgcop_search import evaluation
from cwgcop_search.config import load_settings
from cwgcop_search.engine import Engine, clean_question

FOLDS = 5
GRID = {"window": (0.02, 0.04, 0.06, 0.08, 0.12, 0.2), "max_sentences": (2, 3, 4),
        "rank_penalty": (0.0, 0.02, 0.05, 0.1), "coverage": (0.0, 0.15, 0.3, 0.5),
        "lead_from_top": (False, True)}
_MARKER = re.compile(r"\s*\[\d+\]")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path)
    parser.add_argument("--questions", type=Path, default=Path(__file__).with_name("questions.jsonl"))
    args = parser.parse_args()
    engine = Engine(load_settings(overrides={"index_dir": args.index}))
    engine.ensure_index()
    dev = [q for q in evaluation.split_of(evaluation.load_questions(args.questions), "dev") if q.answerable]
    # As the eval asks: the same cleaning and search; abstention does not depend on the answer's sentences,
    # so the questions answered are the same under every setting.
    results = []
    for q in dev:
        question = clean_question(q.question, engine.settings.max_question_chars)
        results.append((q, question, engine.search(question, evaluation.TOP)))
    answered = [(q, question, r) for q, question, r in results if r.passages and not r.abstained]

    scores: dict[tuple, list[tuple[bool, int, int]]] = {}
    for values in itertools.product(*GRID.values()):
        picking = answers.Picking(**dict(zip(GRID, values)))
        rows = []
        for q, question, r in answered:
            answer = answers.compose(question, r.passages, r.sentences, r.plan, picking=picking)
            sentences, _ = evaluation.answer_support(answer)
            rows.append((evaluation.answer_holds_evidence(answer.answer, q.gold), sentences,
                         len(_MARKER.sub("", answer.answer))))
        scores[values] = rows

    def evidence(values, idx):
        return sum(scores[values][i][0] for i in idx) / len(idx)

    def length(values, idx):
        rows = [scores[values][i] for i in idx]
        return sum(r[1] for r in rows) / len(rows), sum(r[2] for r in rows) / len(rows)

    def ranked(idx):
        # Higher evidence first; among equals, the shorter answer (it is read out).
        return sorted(scores, key=lambda v: (-evidence(v, idx), length(v, idx)[1]))

    everything = range(len(answered))
    folds = [list(range(f, len(answered), FOLDS)) for f in range(FOLDS)]
    current = tuple(getattr(answers.Picking(), name) for name in GRID)
    print(f"model {engine.settings.model}, {len(dev)} answerable dev questions, {len(answered)} answered, "
          f"{len(scores)} settings")
    print(f"setting {tuple(GRID)} -> evidence, mean sentences, mean characters")
    for label, values in [("current", current)] + [("", v) for v in ranked(everything)[:10]]:
        sentences, characters = length(values, everything)
        print(f"  {label:8}{values} -> {evidence(values, everything):.3f}, {sentences:.2f}, {characters:.0f}")
    print("each parameter alone, the others as now -> evidence, mean sentences, mean characters")
    for at, name in enumerate(GRID):
        cells = []
        for value in GRID[name]:
            values = current[:at] + (value,) + current[at + 1:]
            sentences, characters = length(values, everything)
            cells.append(f"{value}: {evidence(values, everything):.3f} {sentences:.2f} {characters:.0f}")
        print(f"  {name}: " + "; ".join(cells))
    held_out = []
    for fold, test in enumerate(folds, start=1):
        train = [i for i in everything if i not in test]
        chosen = ranked(train)[0]
        held_out.append(evidence(chosen, test))
        print(f"fold {fold}: tuned {chosen} on {len(train)} questions: evidence train {evidence(chosen, train):.3f}, "
              f"held-out fold {held_out[-1]:.3f} (current {evidence(current, test):.3f})")
    print(f"cross-validated evidence (mean over folds): {sum(held_out) / len(held_out):.3f}; "
          f"current setting {sum(evidence(current, f) for f in folds) / len(folds):.3f}")


if __name__ == "__main__":
    main()
