"""The commands for preparing an intervention: who, timeline, practices. Parsing and printing only."""

from __future__ import annotations

import argparse
import json

from .contributions import group_label
from .countries import REGIONS
from .types import Filters


def add_commands(commands, common: argparse.ArgumentParser) -> None:
    who = commands.add_parser("who", parents=[common],
                              help="what a country or organisation presented or said, in date order")
    who.add_argument("name", nargs="*", help="a country or organisation; none lists every actor with counts")
    who.add_argument("--mentions", action="store_true", help="also the passages that only mention it")
    who.add_argument("--json", action="store_true", help="print JSON instead of text")

    timeline = commands.add_parser("timeline", parents=[common], help="a topic across meetings")
    timeline.add_argument("topic", nargs="+", help="the topic, e.g. 'age verification'")
    timeline.add_argument("--actor", action="append", metavar="NAME", help="only passages naming this actor")
    timeline.add_argument("--json", action="store_true", help="print JSON instead of text")

    practices = commands.add_parser("practices", parents=[common],
                                    help="the best passage per country or organisation on a topic")
    practices.add_argument("topic", nargs="+", help="the topic, e.g. 'training teachers'")
    practices.add_argument("--region", choices=REGIONS, help="only countries of this UN region")
    practices.add_argument("--limit", type=int, default=12, metavar="N", help="at most N actors (default 12)")
    practices.add_argument("--json", action="store_true", help="print JSON instead of text")


def run(engine, args: argparse.Namespace) -> int:
    for name in ("name", "topic"):  # unquoted words are one name or topic
        if isinstance(getattr(args, name, None), list):
            setattr(args, name, " ".join(getattr(args, name)))
    return {"who": _who, "timeline": _timeline, "practices": _practices}[args.command](engine, args)


def _print_json(value) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


def _who(engine, args: argparse.Namespace) -> int:
    if not args.name:
        labels, counts = engine.actors()
        if args.json:
            _print_json({"meetings": labels, "actors": [c.to_dict() for c in counts]})
            return 0
        width = max([len(c.actor.name) for c in counts] + [5])
        print(f"{'actor':<{width}}  " + "  ".join(f"{m:>5}" for m in labels) + "  total")
        for c in counts:
            print(f"{c.actor.name:<{width}}  " + "  ".join(f"{c.per_meeting.get(m, 0) or '':>5}" for m in labels)
                  + f"  {c.total:>5}")
        print("\nPassages in which each actor presented or spoke, per meeting ('21-22': a report on both).")
        return 0
    actor, found = engine.who(args.name, args.mentions)
    if args.json:
        _print_json({"actor": actor.name, "kind": actor.kind, "region": actor.region,
                     "contributions": [c.to_dict() for c in found]})
        return 0
    where = f", {actor.region}" if actor.region else ""
    print(f"{actor.name} ({actor.kind}{where}): {len(found)} passage{'s' if len(found) != 1 else ''}\n")
    for c in found:
        role = "" if c.role == "presenter" else " (mentioned)"
        print(f"- {c.summary}{role}\n  [{c.passage.citation}]")
    return 0


def _timeline(engine, args: argparse.Namespace) -> int:
    result = engine.timeline(args.topic, Filters(actors=tuple(args.actor or ())))
    if args.json:
        _print_json(result.to_dict())
        return 0
    if not result.points:
        print(f"No passage of the reports is on '{args.topic}'.")
        return 0
    print(f"'{args.topic}' across meetings\n")
    print(f"First appears: {result.first.citation}")
    print(f"Latest position: {result.latest.citation}\n")
    for point in result.points:
        label = f"meeting {point.meeting}" if point.meeting else point.title
        print(f"{label} ({point.date_text}): {len(point.passages)} passage{'s' if len(point.passages) != 1 else ''}"
              f"  {'#' * len(point.passages)}")
        for passage in point.passages:
            print(f"  - {passage.citation}")
    return 0


def _practices(engine, args: argparse.Namespace) -> int:
    found = engine.practices(args.topic, args.region, limit=args.limit)
    if args.json:
        _print_json({"topic": args.topic, "region": args.region, "practices": [p.to_dict() for p in found]})
        return 0
    if not found:
        print(f"No country or organisation presented on '{args.topic}'"
              + (f" in {args.region}." if args.region else "."))
        return 0
    groups: dict[str, list] = {}
    for practice in found:
        groups.setdefault(group_label(practice.actor), []).append(practice)
    for label, items in groups.items():
        print(f"{label}\n")
        for practice in items:
            print(f"  {practice.actor.name}: {practice.summary}\n    [{practice.passage.citation}]")
        print()
    return 0
