"""Measuring retrieval on a question set with gold quotes.

Pure metric functions over ranked passage texts, plus a runner that asks an
engine every question. A passage is a hit for a question when it holds one
of the question's gold quotes, or most of one when chunking cut it.
"""

from __future__ import annotations

import json
import math
import re
import time
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Callable, Iterable

from .errors import CwgcopError

TOP = 10
READER_BUDGET = 2000  # characters a reader sees before giving up
PARTIAL_MATCH = 0.6  # share of a gold quote that must survive a chunk cut


@dataclass(frozen=True)
class Question:
    id: str
    type: str
    question: str
    gold: tuple[str, ...]
    split: str = "dev"  # "dev": tuning may read it; "test": frozen, only measured
    lang: str = "en"  # the language the question is asked in; the gold quotes stay in the reports' language

    @property
    def answerable(self) -> bool:
        return bool(self.gold)


@dataclass
class Outcome:
    """What happened to one question."""

    question: Question
    abstained: bool
    first_hit: int | None  # 1-based rank of the first passage holding a gold quote
    ndcg: float
    coverage: float
    hit_in_budget: bool
    seconds: float
    top_texts: list[str] = field(default_factory=list)
    answer_sentences: int = 0
    supported_sentences: int = 0
    evidence: bool = False  # the answer text itself holds a gold quote, or most of one
    fragments: int = 0  # answer sentences that cannot be read out alone (answer_fragments)


def read_json_lines(path: Path, expected: str) -> Iterable[tuple[int, dict]]:
    """(line number, object) for each non-blank line; errors name the file, the line and the shape wanted."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CwgcopError(f"{path}: cannot be read ({exc.strerror}).") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            record = None
        if not isinstance(record, dict):
            raise CwgcopError(f"{path}, line {number}: expected a JSON object like {expected}.")
        yield number, record


def load_questions(path: Path) -> list[Question]:
    """Read a JSON-lines question set; errors name the line."""
    shape = '{"id", "type", "question", "gold": [...], "lang": "fr"}'
    questions = []
    for number, record in read_json_lines(path, shape):
        if not isinstance(record.get("question"), str) or "id" not in record:
            raise CwgcopError(f"{path}, line {number}: expected a JSON object like {shape}.")
        split = record.get("split", "dev")
        if split not in SPLITS:
            raise CwgcopError(f"{path}, line {number}: split must be one of {', '.join(SPLITS)}, got {split!r}.")
        lang = record.get("lang", "en")
        if lang not in LANGUAGES:
            raise CwgcopError(f"{path}, line {number}: lang must be one of {', '.join(LANGUAGES)}, got {lang!r}.")
        questions.append(Question(str(record["id"]), record.get("type", "other"), record["question"],
                                  tuple(record.get("gold", ())), split, lang))
    return questions


SPLITS = ("dev", "test")
# The six UN languages a question may be asked in; English, the language of the shipped reports, first.
LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")


def split_of(questions: list[Question], split: str) -> list[Question]:
    """The questions of one split; tuning scripts call this with "dev" only."""
    return [q for q in questions if q.split == split]


def _norm(text: str) -> str:
    return " ".join(text.replace("\u2022", " ").split()).lower()


def holds(passage: str, quote: str) -> bool:
    """Does the passage hold the quote, or most of it when a chunk boundary cut it?"""
    passage, quote = _norm(passage), _norm(quote)
    if quote in passage:
        return True
    match = SequenceMatcher(None, passage, quote, autojunk=False).find_longest_match(
        0, len(passage), 0, len(quote))
    return match.size >= PARTIAL_MATCH * len(quote)


def score_ranking(texts: list[str], gold: tuple[str, ...]) -> tuple[int | None, float, float, bool]:
    """First hit rank, nDCG@10, gold coverage@10 and hit within the reader budget."""
    texts = texts[:TOP]
    relevant = [any(holds(t, g) for g in gold) for t in texts]
    first = next((i + 1 for i, r in enumerate(relevant) if r), None)
    dcg = sum(1 / math.log2(i + 2) for i, r in enumerate(relevant) if r)
    ideal = sum(1 / math.log2(i + 2) for i in range(min(len(gold), TOP)))
    covered = sum(any(holds(t, g) for t in texts) for g in gold) / len(gold)
    seen, in_budget = 0, False
    for text, rel in zip(texts, relevant):
        if seen >= READER_BUDGET:
            break
        in_budget = in_budget or rel
        seen += len(text)
    return first, min(1.0, dcg / ideal) if ideal else 0.0, covered, in_budget


_CITED_SENTENCE = re.compile(r"(?:^|(?<=\s))(?:- )?(.+?) \[(\d+)\](?=\s|$)", re.S)


def _cited(answer, number: str) -> list:
    """The passages the marker [number] of an answer cites."""
    citation = next((c for c in answer.citations if c["n"] == int(number)), None)
    passage = None if citation is None else answer.cited_passage(citation)
    return [] if passage is None else [passage]


def _quoted_sentences(answer) -> list[tuple[str, str, list]]:
    """(sentence as quoted, marker number, passages cited) for each cited sentence of an answer.

    A line of a list of examples may open with who presents it (``answer.presenter_label``):
    the quote is what follows.
    """
    from .answer import presenter_label

    found = []
    for sentence, number in _CITED_SENTENCE.findall(answer.answer):
        cited = _cited(answer, number)
        labels = [presenter_label(p.presenters) for p in cited if p.presenters]
        label = next((label for label in labels if sentence.startswith(label)), "")
        found.append((sentence[len(label):], number, cited))
    return found


def answer_support(answer) -> tuple[int, int]:
    """(sentences in the answer, sentences found word for word in the passage their marker cites).

    A sentence with "…" is found when each of its pieces is.
    """
    if answer.abstained:
        return 0, 0
    total = supported = 0
    for sentence, _, cited in _quoted_sentences(answer):
        total += 1
        if not cited:
            continue
        # "…" marks words left out (a list's lead-in, then its item): each piece must be there.
        pieces = [piece for piece in (_norm(x) for x in sentence.split("\u2026")) if piece]
        supported += any(all(piece in _norm(p.text) for piece in pieces) for p in cited)
    return total, supported


# A sentence opening mid-thought: lower case, or a closing quote, bracket or punctuation mark.
_MID_THOUGHT = re.compile(r"^[a-z\u201d\u2019\"')\],;:.]")


def answer_fragments(answer) -> int:
    """Answer sentences a delegate could not read out on their own.

    A fragment opens mid-thought ("Discover Online Safety," designed for ..."), has fewer than
    four words, or opens with a pronoun or connective ("However", "It") without the sentence
    before it, from the same passage, just before it in the answer. A paragraph may open with
    "The presentation on ...": what it reports on, which its citation names.
    """
    from .answer import opens_with_noun
    from .chunking import depends_on_previous

    if answer.abstained:
        return 0
    openings = [_norm(p.text)[:80] for p in answer.passages]
    found, previous = 0, None
    for sentence, number, _ in _quoted_sentences(answer):
        sentence = sentence.strip()
        opens_paragraph = opens_with_noun(sentence) and any(o and _norm(sentence).startswith(o[:40]) for o in openings)
        lone = depends_on_previous(sentence) and previous != number and not opens_paragraph
        found += bool(_MID_THOUGHT.match(sentence) or len(sentence.split()) < 4 or lone)
        previous = number
    return found


def answer_holds_evidence(answer_text: str, gold: tuple[str, ...]) -> bool:
    """Does the answer a user reads (markers removed) hold a gold quote, or most of one?"""
    text = _MARKER.sub(" ", answer_text)
    return any(holds(text, g) for g in gold)


_MARKER = re.compile(r"\s*\[\d+\]")


def check_gold(questions: Iterable[Question], corpus_text: str) -> list[str]:
    """Gold quotes that are not in the corpus: a broken question set."""
    corpus = _norm(corpus_text)
    return [f"{q.id}: {g!r}" for q in questions for g in q.gold if _norm(g) not in corpus]


def evaluate(ask: Callable[[str], object], questions: list[Question]) -> list[Outcome]:
    """Ask every question; ``ask`` returns an Answer with passages (at least TOP)."""
    outcomes = []
    for question in questions:
        start = time.perf_counter()
        answer = ask(question.question)
        seconds = time.perf_counter() - start
        texts = [p.text for p in answer.passages]
        if question.answerable:
            first, ndcg, coverage, in_budget = score_ranking(texts, question.gold)
        else:
            first, ndcg, coverage, in_budget = None, 0.0, 0.0, False
        total, supported = answer_support(answer)
        evidence = question.answerable and not answer.abstained and answer_holds_evidence(answer.answer, question.gold)
        outcomes.append(Outcome(question, answer.abstained, first, ndcg, coverage, in_budget, seconds, texts[:3],
                                total, supported, evidence, answer_fragments(answer)))
    return outcomes


def summarise(outcomes: list[Outcome]) -> dict[str, float]:
    """The headline metrics for a list of outcomes."""
    answerable = [o for o in outcomes if o.question.answerable]
    unanswerable = [o for o in outcomes if not o.question.answerable]
    result: dict[str, float] = {"questions": len(outcomes)}
    if answerable:
        n = len(answerable)
        result.update({
            "recall@5": sum(o.first_hit is not None and o.first_hit <= 5 for o in answerable) / n,
            "mrr@10": sum(1 / o.first_hit for o in answerable if o.first_hit) / n,
            "ndcg@10": sum(o.ndcg for o in answerable) / n,
            "coverage@10": sum(o.coverage for o in answerable) / n,
            "recall@2000ch": sum(o.hit_in_budget for o in answerable) / n,
            "false_abstain": sum(o.abstained for o in answerable) / n,
        })
        answered = [o for o in answerable if not o.abstained]
        if answered:
            result["evidence"] = sum(o.evidence for o in answered) / len(answered)
    if unanswerable:
        result["abstain_unans"] = sum(o.abstained for o in unanswerable) / len(unanswerable)
    sentences = sum(o.answer_sentences for o in outcomes)
    if sentences:
        result["supported"] = sum(o.supported_sentences for o in outcomes) / sentences
        result["fragments"] = sum(o.fragments for o in outcomes) / sentences
    abstained_unanswered = [o for o in unanswerable if o.abstained]
    if unanswerable:
        # an abstained answer must not cite anything
        result["cited_when_abstained"] = sum(o.answer_sentences for o in abstained_unanswered)
    result["ms/query"] = 1000 * sum(o.seconds for o in outcomes) / max(1, len(outcomes))
    return result


METRICS = ("recall@5", "mrr@10", "ndcg@10", "coverage@10", "recall@2000ch", "evidence", "abstain_unans",
           "false_abstain", "supported", "fragments", "cited_when_abstained", "ms/query")


def by_type(outcomes: list[Outcome]) -> dict[str, dict[str, float]]:
    """The headline metrics per question type, in the order the types first appear."""
    return _grouped(outcomes, lambda q: q.type)


def by_language(outcomes: list[Outcome]) -> dict[str, dict[str, float]]:
    """The headline metrics per question language, English first."""
    groups = _grouped(outcomes, lambda q: q.lang)
    return {lang: groups[lang] for lang in LANGUAGES if lang in groups}


def _grouped(outcomes: list[Outcome], key: Callable[[Question], str]) -> dict[str, dict[str, float]]:
    groups: dict[str, list[Outcome]] = {}
    for outcome in outcomes:
        groups.setdefault(key(outcome.question), []).append(outcome)
    return {name: summarise(items) for name, items in groups.items()}


# Named retrieval configurations to compare; each is a set of Settings overrides.
_PLAIN = {"sentence_search": False, "expand_query": False, "collapse_duplicates": False, "diversify": False,
          "rerank": False, "latent_search": False}
CONFIGURATIONS: dict[str, dict] = {
    "dense": {**_PLAIN, "retrieval": "dense"},
    "dense+sentences": {**_PLAIN, "retrieval": "dense", "sentence_search": True},
    "lexical": {**_PLAIN, "retrieval": "lexical"},
    "hybrid-plain": {**_PLAIN, "retrieval": "hybrid"},
    "hybrid+sentences": {**_PLAIN, "retrieval": "hybrid", "sentence_search": True},
    "hybrid+expand": {**_PLAIN, "retrieval": "hybrid", "sentence_search": True, "expand_query": True},
    "hybrid+collapse": {**_PLAIN, "retrieval": "hybrid", "sentence_search": True, "expand_query": True,
                        "collapse_duplicates": True},
    "hybrid+rerank": {**_PLAIN, "retrieval": "hybrid", "sentence_search": True, "expand_query": True,
                      "collapse_duplicates": True, "rerank": True},
    "no-latent": {"latent_search": False},
    "default": {},
}


def format_table(columns: dict[str, dict[str, float]], metrics: Iterable[str] = METRICS) -> str:
    """A plain-text table: one row per metric, one column per configuration."""
    names = list(columns)
    width = max([14] + [len(n) + 2 for n in names])
    lines = ["metric".ljust(16) + "".join(n.rjust(width) for n in names)]
    for metric in metrics:
        if not any(metric in columns[n] for n in names):
            continue
        cells = []
        for name in names:
            value = columns[name].get(metric)
            cells.append(("-" if value is None else f"{value:.1f}" if metric == "ms/query" else f"{value:.3f}")
                         .rjust(width))
        lines.append(metric.ljust(16) + "".join(cells))
    return "\n".join(lines)
