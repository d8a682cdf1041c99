"""The lexical weight for questions in a language no report is written in, tried on the dev translations.

Usage: python eval/tune_languages.py [--index DIR] [--weights 0,0.3,0.6,1]
Reads eval/questions_multilingual_dev.jsonl only (the test translations are never tuned on) and
prints recall@5 and MRR@10 per language for each weight of retrieval.CROSS_LINGUAL_LEXICAL.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from cwgcop_search import evaluation, retrieval
from cwgcop_search.config import load_settings
from cwgcop_search.engine import Engine


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path)
    parser.add_argument("--questions", type=Path,
                        default=Path(__file__).with_name("questions_multilingual_dev.jsonl"))
    parser.add_argument("--weights", default="0,0.3,0.6,1")
    args = parser.parse_args()
    engine = Engine(load_settings(overrides={"index_dir": args.index}))
    engine.ensure_index()
    questions = [q for q in evaluation.split_of(evaluation.load_questions(args.questions), "dev")
                 if q.lang != "en"]
    for weight in (float(w) for w in args.weights.split(",")):
        retrieval.CROSS_LINGUAL_LEXICAL = weight
        outcomes = evaluation.evaluate(lambda text: engine.ask(text, k=evaluation.TOP), questions)
        rows = evaluation.by_language(outcomes)
        cells = ", ".join(f"{lang} {m['recall@5']:.3f}/{m['mrr@10']:.3f}" for lang, m in rows.items())
        overall = evaluation.summarise(outcomes)
        print(f"weight {weight}: all {overall['recall@5']:.3f}/{overall['mrr@10']:.3f}; {cells}", flush=True)


if __name__ == "__main__":
    main()
