"""The abstention threshold sweep: how many questions abstain at each confidence cut.

Usage: python eval/calibrate.py [--index DIR] [--budget 0.05]
Reads the dev questions only (the test half is never tuned on).
Rules that do not depend on the threshold (a name the reports never
mention, no number for a quantity question, a name the best passages miss)
abstain at every cut. The suggested threshold is the midpoint of the widest
cut that keeps wrongly abstained answerable questions within the budget.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cwgcop_search import evaluation
from cwgcop_search.config import load_settings
from cwgcop_search.engine import Engine


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path)
    parser.add_argument("--questions", type=Path, default=Path(__file__).with_name("questions.jsonl"))
    parser.add_argument("--budget", type=float, default=0.05, help="largest share of false abstentions")
    parser.add_argument("--across", action="store_true",
                        help="only questions in another language than English (the cut across languages; "
                             "use with --questions eval/questions_multilingual_dev.jsonl)")
    args = parser.parse_args()
    engine = Engine(load_settings(overrides={"index_dir": args.index, "abstain_below": 0.0}))
    engine.ensure_index()
    questions = evaluation.split_of(evaluation.load_questions(args.questions), "dev")
    if args.across:
        questions = [q for q in questions if q.lang != "en"]
    scored = []
    for q in questions:
        result = engine.search(q.question, k=evaluation.TOP)
        scored.append((q, result.confidence, result.reason is not None))
    answerable = [(c, ruled) for q, c, ruled in scored if q.answerable]
    unanswerable = [(c, ruled) for q, c, ruled in scored if not q.answerable]

    def rates(cut: float) -> tuple[float, float]:
        return (sum(ruled or c < cut for c, ruled in unanswerable) / len(unanswerable),
                sum(ruled or c < cut for c, ruled in answerable) / len(answerable))

    print(f"model {engine.settings.model}: {len(answerable)} answerable, {len(unanswerable)} unanswerable dev questions")
    print("threshold  unanswerable abstained  answerable wrongly abstained")
    # Each model has its own scale (e5's confidences sit higher and closer together): sweep its range.
    low = min(c for c, ruled in answerable + unanswerable if not ruled)
    high = sorted(c for c, _ in answerable)[len(answerable) // 3]
    for cut in [0.0] + [round(low + (high - low) * i / 8, 3) for i in range(9)]:
        u, a = rates(cut)
        print(f"{cut:9.2f}  {u:23.3f}  {a:28.3f}")
    free = sorted(c for c, ruled in answerable if not ruled)
    allowed = int(args.budget * len(answerable)) - sum(ruled for _, ruled in answerable)
    if 0 <= allowed < len(free):
        cut = (free[allowed - 1] + free[allowed]) / 2 if allowed > 0 else free[0] / 2
        u, a = rates(cut)
        print(f"widest cut within the budget {cut:.3f}: unanswerable abstained {u:.3f}, answerable wrongly "
              f"abstained {a:.3f}")
    # The cut worth having is the lowest one that abstains as often as the widest: beyond it,
    # only answerable questions are lost.
    best = max(rates(c)[0] for c in [0.0] + free if rates(c)[1] <= args.budget)
    lowest = min(c for c in [0.0] + free if rates(c)[0] >= best)
    u, a = rates(lowest)
    print(f"suggested {lowest:.3f}: unanswerable abstained {u:.3f}, answerable wrongly abstained {a:.3f}")


if __name__ == "__main__":
    main()
