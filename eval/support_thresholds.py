"""How well the generative-answer support check separates supported from unsupported sentences.

Usage: python eval/support_thresholds.py [--index DIR]
Reads the dev questions only (the test half is never tuned on).
For each answerable question, the sentence holding its first gold quote is a
claim. Supported pair: a shortened restatement of the claim (its first and
last two words dropped, as a model trims a sentence) and the passage it comes
from. Unsupported pair: the same restatement and the best-ranked retrieved
passage that does not hold it (a hard negative: same topic, wrong source).
Prints both score distributions and the share each threshold pair accepts.
No model paraphrases are available offline, so the supported side is a
stand-in: the thresholds are set to reject wrong-passage citations.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np

from cwgcop_search import evaluation, generate
from cwgcop_search.chunking import split_sentences
from cwgcop_search.config import load_settings
from cwgcop_search.engine import Engine


def scores(embedder, claim: str, passage: str) -> tuple[float, float]:
    units = split_sentences(passage) or [passage]
    vectors = embedder.embed([claim] + units)
    return float((vectors[1:] @ vectors[0]).max()), generate.word_overlap(claim, passage)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path)
    args = parser.parse_args()
    engine = Engine(load_settings(overrides={"index_dir": args.index, "abstain_below": 0.0}))
    engine.ensure_index()
    positives, negatives = [], []
    for q in evaluation.split_of(evaluation.load_questions(Path(__file__).with_name("questions.jsonl")), "dev"):
        if not q.answerable:
            continue
        passages = engine.search(q.question, k=10).passages
        source = next((p for p in passages if evaluation.holds(p.text, q.gold[0])), None)
        other = next((p for p in passages if not any(evaluation.holds(p.text, g) for g in q.gold)), None)
        if source is None or other is None:
            continue
        claim = next((s for s in split_sentences(source.text) if evaluation.holds(s, q.gold[0])), None)
        if claim is None:
            continue
        words = claim.lstrip("\u2022 ").split()
        if len(words) < 8:
            continue
        restated = " ".join(words[2:-2])
        positives.append(scores(engine.embedder, restated, source.text))
        negatives.append(scores(engine.embedder, restated, other.text))

    def accepted(pairs, cosine=generate.SUPPORT_COSINE, overlap=generate.SUPPORT_OVERLAP):
        return sum(c >= cosine or o >= overlap for c, o in pairs) / len(pairs)

    print("cosine  overlap  supported accepted  unsupported accepted")
    for cosine in (0.6, 0.7, 0.75, 0.8, 0.85):
        for overlap in (0.7, 0.8, 0.9):
            print(f"{cosine:6.2f}  {overlap:7.2f}  {accepted(positives, cosine, overlap):18.3f}  "
                  f"{accepted(negatives, cosine, overlap):20.3f}")

    for name, pairs in (("supported (restated)", positives), ("unsupported (wrong passage)", negatives)):
        cos, ovl = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
        print(f"{name}: n={len(pairs)}  cosine p10/p50/p90 = {np.percentile(cos, 10):.2f}/"
              f"{np.percentile(cos, 50):.2f}/{np.percentile(cos, 90):.2f}  overlap p10/p50/p90 = "
              f"{np.percentile(ovl, 10):.2f}/{np.percentile(ovl, 50):.2f}/{np.percentile(ovl, 90):.2f}  "
              f"accepted at cosine>={generate.SUPPORT_COSINE} or overlap>={generate.SUPPORT_OVERLAP}: "
              f"{accepted(pairs):.3f}")


if __name__ == "__main__":
    main()
