"""Precision and recall of attribution (actors.py) on paragraphs labelled by hand.

Usage: python eval/attribution.py [--details] [--corpus DIR]

``attribution.jsonl`` holds one labelled paragraph a line: the report, the
paragraph number, who presents or speaks in it (``presenters``) and every
other country or organisation it names (``mentioned``). Labelling rules
(see eval/README.md): a country counts wherever its name, a usual short
form or its adjective appears ("Egyptian", "KSA"), inside an organisation's
name too; an organisation is a named body (ministry, authority, company,
NGO, UN body, the ITU's bureaux, secretariat, sectors, study groups and
regional offices), never the ITU itself, its Council or the working group;
events, laws, programmes and campaigns are not actors. A presenter is the
one whose document or presentation it is, who speaks, or who submitted it.

Each report is attributed the way indexing does it (the lexicon built from
the whole report), with each paragraph taken whole. Two scores are given:
``actors`` (every actor named, whatever its role) and ``presenters``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from cwgcop_search.actors import FIELD_BODIES, PRESENTER, _fold, attribute_report, build_lexicon, merge_actors
from cwgcop_search.countries import countries
from cwgcop_search.readers import read_document
from cwgcop_search.structure import parse_report

HERE = Path(__file__).resolve().parent


def label_key(name: str, lexicon) -> str:
    """The key a labelled name stands for: a country code, a field body, an acronym, or the name folded."""
    for country in countries():
        if name in country.names or name == country.name:
            return f"country:{country.code}"
    for key, aliases in FIELD_BODIES:
        if name == key or name in aliases:
            return key
    acronym = re.search(r"\(([^)]+)\)$", name)
    if acronym:
        return acronym.group(1).upper()
    known = lexicon.knows(name)
    return known.key if known is not None else _fold(name)


def attribute(source: Path):
    """Per paragraph number (first occurrence), the predicted (presenter keys, all keys) and the lexicon."""
    report = parse_report(read_document(source).blocks)
    units = [(p.number, p.section, 0, p.text) for p in report.paragraphs]
    mentions = attribute_report(units)
    lexicon = build_lexicon([p.text for p in report.paragraphs])
    names: dict[str, list[str]] = defaultdict(list)
    kinds: dict[str, str] = {}
    for found in mentions:
        for m in found:
            names[m.key].append(m.name)
            kinds[m.key] = m.kind
    merged = merge_actors(dict(names), kinds)
    predicted = {}
    for paragraph, found in zip(report.paragraphs, mentions):
        if paragraph.number and paragraph.number not in predicted:
            predicted[paragraph.number] = ({merged[m.key].key for m in found if m.role == PRESENTER},
                                           {merged[m.key].key for m in found})
    return predicted, lexicon, merged


def score(pairs: list[tuple[set, set]]) -> tuple[float, float, int, int, int]:
    tp = sum(len(p & g) for p, g in pairs)
    fp = sum(len(p - g) for p, g in pairs)
    fn = sum(len(g - p) for p, g in pairs)
    return (tp / (tp + fp) if tp + fp else 1.0, tp / (tp + fn) if tp + fn else 1.0, tp, fp, fn)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--labels", type=Path, default=HERE / "attribution.jsonl")
    parser.add_argument("--corpus", type=Path, default=HERE.parent / "corpus")
    parser.add_argument("--details", action="store_true", help="list every wrong or missed attribution")
    args = parser.parse_args()
    labels = [json.loads(line) for line in args.labels.read_text(encoding="utf-8").splitlines() if line.strip()]
    cache = {}
    actors_pairs, presenter_pairs, errors = [], [], []
    for item in labels:
        if item["source"] not in cache:
            cache[item["source"]] = attribute(args.corpus / item["source"])
        predicted, lexicon, merged = cache[item["source"]]
        if item["paragraph"] not in predicted:
            raise SystemExit(f"{item['source']} has no paragraph {item['paragraph']}")
        gold_presenters = {label_key(n, lexicon) for n in item["presenters"]}
        gold_all = gold_presenters | {label_key(n, lexicon) for n in item["mentioned"]}
        gold_presenters = {merged[k].key if k in merged else k for k in gold_presenters}
        gold_all = {merged[k].key if k in merged else k for k in gold_all}
        got_presenters, got_all = predicted[item["paragraph"]]
        presenter_pairs.append((got_presenters, gold_presenters))
        actors_pairs.append((got_all, gold_all))
        where = f"{item['source'].split('-report')[0]} {item['paragraph']}"
        for kind, got, gold in (("actor", got_all, gold_all), ("presenter", got_presenters, gold_presenters)):
            errors += [f"{where}: {kind} wrongly found: {k}" for k in sorted(got - gold)]
            errors += [f"{where}: {kind} missed: {k}" for k in sorted(gold - got)]
    print(f"{len(labels)} labelled paragraphs from {len(cache)} reports\n")
    print("| what | precision | recall | right | wrong | missed |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, pairs in (("actors named", actors_pairs), ("presenters", presenter_pairs)):
        p, r, tp, fp, fn = score(pairs)
        print(f"| {name} | {p:.3f} | {r:.3f} | {tp} | {fp} | {fn} |")
    if args.details:
        print("\n" + "\n".join(errors))


if __name__ == "__main__":
    main()
