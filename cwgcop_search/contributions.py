"""Tools for preparing an intervention: who said what, a topic across meetings, good practices.

Each works on the opened index: the actors found at index time
(actor_index.py) and the ordinary search (retrieval.py). Results are plain
frozen dataclasses with ``to_dict`` for ``--json``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, replace

from .actor_index import ActorDirectory, directory_for
from .actors import COUNTRY, MENTIONED, PRESENTER, Actor
from .chunking import split_sentences
from .query import tokens
from .retrieval import SearchResult, key_term_coverage, to_passage
from .store import ChunkRow, IndexReader
from .structure import meetings_in
from .types import DocumentInfo, Passage

# A passage counts as being on a topic when it holds this share of the topic's key words ...
TOPIC_COVERAGE = 0.75
# ... or is this close to it in meaning (cosine of its nearest sentence; each model has its own
# scale, so the value comes from calibration.topic_similarity; this is MiniLM's).
TOPIC_SIMILARITY = 0.55
# A practice may touch the topic more loosely ("Training of Trainers for education staff").
PRACTICE_COVERAGE = 0.5


def meeting_label(document: DocumentInfo) -> str:
    """'22', or '21-22' for a report covering several meetings; '' when unknown."""
    meetings = document.meetings
    if not meetings:
        return ""
    return str(meetings[0]) if len(meetings) == 1 else f"{meetings[0]}-{meetings[-1]}"


def _first_date(document: DocumentInfo) -> str:
    return document.dates[0] if document.dates else "9999"


def summary_sentence(text: str, names: set[str], presenter: bool = False) -> str:
    """One sentence that says what the passage is about for this actor.

    A presenter's paragraph is summed up by its first sentence; a list, or a
    passage that only mentions the actor, by the first item or sentence naming it.
    """
    is_list = "\n•" in text or text.startswith("•")
    pieces = [s for line in text.split("\n") for s in split_sentences(line.lstrip("• ").strip()) if s]
    if presenter and not is_list and pieces:
        return pieces[0]
    if is_list:
        pieces = [line.lstrip("• ").strip() for line in text.split("\n") if line.strip()]
    for piece in pieces:
        if any(re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", piece) for n in names if n):
            return piece
    return pieces[0] if pieces else text


def _to_dict_passage(passage: Passage) -> dict:
    record = passage.to_dict()
    record.pop("rank", None)
    record.pop("score", None)
    return record


# ----------------------------------------------------------------- who

@dataclass(frozen=True)
class Contribution:
    """One thing an actor presented or said (or, with mentions, a passage naming it)."""

    actor: Actor
    role: str
    summary: str
    passage: Passage
    date: str  # ISO date of the meeting, for ordering

    def to_dict(self) -> dict:
        return {"actor": self.actor.name, "role": self.role, "meeting": meeting_label_of(self.passage),
                "date": self.passage.date_text, "summary": self.summary, "citation": self.passage.citation,
                "passage": _to_dict_passage(self.passage)}


def meeting_label_of(passage: Passage) -> str:
    meetings = passage.meetings
    return "" if not meetings else str(meetings[0]) if len(meetings) == 1 else f"{meetings[0]}-{meetings[-1]}"


def contributions(reader: IndexReader, name: str, include_mentions: bool = False) -> tuple[Actor, list[Contribution]]:
    """Everything an actor presented or said, in date order, one entry per paragraph."""
    directory = directory_for(reader)
    actor = directory.resolve(name)
    roles = (PRESENTER, MENTIONED) if include_mentions else (PRESENTER,)
    rows = directory.rows_of(actor, roles)
    chunks = reader.chunks([r.chunk_id for r in rows])
    names = directory.variants(actor)
    seen: set[tuple] = set()
    found: list[tuple[tuple, Contribution]] = []
    for row in rows:
        chunk = chunks[row.chunk_id]
        place = (chunk.doc_id, chunk.paragraph, chunk.section, row.role) if chunk.paragraph else (chunk.chunk_id,)
        if place in seen:
            continue
        seen.add(place)
        passage = to_passage(0, 0.0, chunk)
        order = (_first_date(chunk.document), chunk.document.source, chunk.position, row.role != PRESENTER)
        summary = summary_sentence(chunk.text, names, row.role == PRESENTER)
        found.append((order, Contribution(actor, row.role, summary, passage,
                                          _first_date(chunk.document))))
    found.sort(key=lambda item: item[0])
    return actor, [c for _, c in found]


@dataclass(frozen=True)
class ActorCount:
    """An actor with how many paragraphs it presented in, per meeting."""

    actor: Actor
    per_meeting: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.per_meeting.values())

    def to_dict(self) -> dict:
        return {"actor": self.actor.name, "kind": self.actor.kind, "region": self.actor.region,
                "total": self.total, "per_meeting": self.per_meeting}


def actor_counts(reader: IndexReader) -> tuple[list[str], list[ActorCount]]:
    """Every actor that presented or spoke, with counts per meeting; the meeting labels in date order."""
    directory = directory_for(reader)
    chunks = reader.chunks([row.chunk_id for row in directory.rows if row.role == PRESENTER])
    counted: dict[str, Counter] = defaultdict(Counter)
    actors: dict[str, Actor] = {}
    seen = set()
    for row in directory.rows:
        if row.role != PRESENTER:
            continue
        chunk = chunks[row.chunk_id]
        place = (row.actor.key, chunk.doc_id, chunk.paragraph or chunk.chunk_id, chunk.section)
        if place in seen:
            continue
        seen.add(place)
        counted[row.actor.key][meeting_label(chunk.document)] += 1
        actors[row.actor.key] = row.actor
    documents = sorted(reader.documents(), key=_first_date)
    labels = list(dict.fromkeys(meeting_label(d) for d in documents))
    result = [ActorCount(actors[k], {label: c[label] for label in labels if c[label]}) for k, c in counted.items()]
    result.sort(key=lambda a: (-a.total, a.actor.name.lower()))
    return labels, result


# ----------------------------------------------------------------- timeline

@dataclass(frozen=True)
class MeetingPoint:
    """The passages on a topic in one report (one meeting, or several for a summary report)."""

    meeting: str
    date: str  # ISO, first day
    date_text: str
    title: str
    passages: tuple[Passage, ...]

    def to_dict(self) -> dict:
        return {"meeting": self.meeting, "date": self.date_text, "title": self.title, "count": len(self.passages),
                "passages": [{"citation": p.citation, "score": round(p.score, 4), "summary": _lead(p.text),
                              "passage": _to_dict_passage(p)} for p in self.passages]}


@dataclass(frozen=True)
class Timeline:
    topic: str
    points: tuple[MeetingPoint, ...]

    @property
    def first(self) -> Passage | None:
        """Where the topic first appears: the best passage of the earliest report."""
        return self.points[0].passages[0] if self.points else None

    @property
    def latest(self) -> Passage | None:
        """The latest position: the best passage of the most recent report."""
        return self.points[-1].passages[0] if self.points else None

    def to_dict(self) -> dict:
        return {"topic": self.topic,
                "first_appearance": {"citation": self.first.citation, "summary": _lead(self.first.text)}
                if self.first else None,
                "latest_position": {"citation": self.latest.citation, "summary": _lead(self.latest.text)}
                if self.latest else None,
                "meetings": [p.to_dict() for p in self.points]}


def _lead(text: str) -> str:
    pieces = split_sentences(text.replace("\n", " ").replace("•", ""))
    return pieces[0] if pieces else text


def on_topic(result: SearchResult, passage: Passage, words: set[str], coverage: float = TOPIC_COVERAGE,
             similarity: float = TOPIC_SIMILARITY) -> bool:
    """Is a retrieved passage about the topic, not just the nearest thing to it?"""
    nearest = max((score for _, score in result.sentences.get(passage.chunk_id, ())), default=passage.score)
    return key_term_coverage(result.plan, words) >= coverage or nearest >= similarity


def timeline(reader: IndexReader, result: SearchResult, topic: str,
             similarity: float = TOPIC_SIMILARITY) -> Timeline:
    """The passages of a search grouped by report, in date order."""
    passages = [p for p in result.passages]
    words = reader.words_of([p.chunk_id for p in passages])
    kept, places = [], set()
    for p in passages:  # one entry per paragraph: its pieces are one passage to a reader
        place = (p.source, p.paragraph, p.section) if p.paragraph else (p.chunk_id,)
        if on_topic(result, p, words[p.chunk_id], similarity=similarity) and place not in places:
            places.add(place)
            kept.append(p)
    documents = {d.source: d for d in reader.documents()}
    grouped: dict[str, list[Passage]] = defaultdict(list)
    for passage in kept:
        grouped[passage.source].append(passage)
        for twin in passage.also:  # the same text repeated in another report is on the topic there too
            grouped[twin.source].append(replace(twin, score=passage.score))
    # One point per meeting, whichever report tells of it (the Council report repeats the 22nd meeting).
    by_meeting: dict[str, list[Passage]] = defaultdict(list)
    for source, items in grouped.items():
        for passage in items:
            by_meeting[_meeting_of(documents[source], passage)].append(passage)
    points = []
    for meeting, items in by_meeting.items():
        items.sort(key=lambda p: -p.score)
        # Dated and titled by the meeting's own report when it is indexed.
        own = [d for d in documents.values() if meeting_label(d) == meeting and d.source in grouped] or \
              [documents[items[0].source]]
        date, date_text = _meeting_date(own[0], meeting)
        points.append(MeetingPoint(meeting, date, date_text, own[0].title, tuple(items)))
    points.sort(key=lambda p: (p.date, p.meeting))
    return Timeline(topic, tuple(points))


def _meeting_of(document: DocumentInfo, passage: Passage) -> str:
    """In a report on several meetings, the one meeting a passage names ("At the twenty-second meeting")."""
    if len(document.meetings) > 1:
        named = [m for m in meetings_in(passage.text) if m in document.meetings]
        if len(named) == 1:
            return str(named[0])
    return meeting_label(document)


def _meeting_date(document: DocumentInfo, meeting: str) -> tuple[str, str]:
    if meeting.isdigit() and len(document.meetings) > 1 and int(meeting) in document.meetings \
            and len(document.dates) == len(document.meetings):
        return document.dates[document.meetings.index(int(meeting))], f"meeting of {_day(document, meeting)}"
    return _first_date(document), document.date_text


def _day(document: DocumentInfo, meeting: str) -> str:
    from datetime import date

    day = date.fromisoformat(document.dates[document.meetings.index(int(meeting))])
    return f"{day.day} {day:%B %Y}"


# ----------------------------------------------------------------- practices

@dataclass(frozen=True)
class Practice:
    """The best passage of one actor on a topic."""

    actor: Actor
    passage: Passage
    summary: str  # the passage's sentence nearest the topic

    def to_dict(self) -> dict:
        return {"actor": self.actor.name, "kind": self.actor.kind, "region": self.actor.region,
                "summary": self.summary, "citation": self.passage.citation, "score": round(self.passage.score, 4),
                "passage": _to_dict_passage(self.passage)}


def group_label(actor: Actor) -> str:
    """Countries by UN region, organisations together."""
    if actor.kind == COUNTRY:
        return actor.region or "Other countries"
    return "Organisations"


def practices(reader: IndexReader, result: SearchResult, region: str | None = None,
              limit: int = 12, similarity: float = TOPIC_SIMILARITY) -> list[Practice]:
    """The best on-topic passage per presenting actor, best first."""
    directory: ActorDirectory = directory_for(reader)
    words = reader.words_of([p.chunk_id for p in result.passages])
    chosen: dict[str, Practice] = {}
    for passage in result.passages:
        if not on_topic(result, passage, words[passage.chunk_id], PRACTICE_COVERAGE, similarity):
            continue
        rows = directory.actors_of(passage.chunk_id)
        speakers = [r.actor for r in rows if r.role == PRESENTER]
        for actor in dict.fromkeys(speakers):
            if region and (actor.kind != COUNTRY or (actor.region or "").lower() != region.lower()):
                continue
            if actor.key not in chosen:
                scored = result.sentences.get(passage.chunk_id, [])
                # The sentence holding most of the topic's words, the nearest in meaning among those.
                best = max(scored, key=lambda s: (round(key_term_coverage(result.plan, words_in(s[0])), 2), s[1]))[0] \
                    if scored else _lead(passage.text)
                chosen[actor.key] = Practice(actor, passage, best)
        if len(chosen) >= limit:
            break
    return list(chosen.values())


def words_in(text: str) -> set[str]:
    return set(tokens(text))


__all__ = ["Contribution", "ActorCount", "MeetingPoint", "Timeline", "Practice", "contributions", "actor_counts",
           "timeline", "practices", "group_label", "meeting_label", "summary_sentence", "ChunkRow"]
