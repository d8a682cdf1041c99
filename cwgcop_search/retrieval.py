"""Finding the passages that answer a question, and knowing when none do.

Dense (FAISS) and lexical (SQLite FTS5, BM25) rankings are fused by
reciprocal rank fusion, nudged towards the meetings or years the question
names, spread over different sources for example-seeking questions, and
near-duplicates are collapsed into one passage that cites every place the
text appears. A confidence score and the rules of ``abstention`` decide
whether the passages answer.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from .abstention import INSTRUMENT_TITLE, NOT_CLOSE, answer_type, assess, idf_coverage, mentions_named, on_topic, subject_term
from .calibration import RerankWeights, calibration_for
from .chunking import is_list_item, item_with_lead_in, join_sentences, lead_ins
from .config import Settings
from .embedder import Embedder, LatentTerms
from .languages import language_name
from .locale_patterns import speaks_of_event_to_come
from .query import (STOPWORDS, QueryPlan, has_word, meeting_words, names_known_alike, names_written_alike, plan_query,
                    tokens)
from .structure import meetings_in
from .store import ChunkRow, IndexReader
from .types import DocumentInfo, Filters, Passage

# How many candidates each retriever contributes before fusion.
CANDIDATES = 50
# Passages considered for collapsing and diversity before cutting to k.
POOL = 30
# ... and, whatever their fused rank, each ranking's first few: a passage the lexical or latent
# ranking puts fifth but the two dense rankings far down falls below the fused cut, unread.
POOL_EACH = 5
# A near-duplicate shares this much of the shorter passage's word 5-grams.
DUPLICATE_CONTAINMENT = 0.7
# Trade-off between relevance and novelty for example-seeking questions (MMR).
MMR_LAMBDA = 0.75


@dataclass(frozen=True)
class SearchResult:
    passages: tuple[Passage, ...]
    confidence: float
    abstained: bool
    plan: QueryPlan
    reason: str | None = None  # why the reports are taken not to answer
    # For each returned passage: its sentences and their cosine to the question.
    sentences: dict[int, list[tuple[str, float]]] = field(default_factory=dict)


def matches(document: DocumentInfo, filters: Filters) -> bool:
    """Does a document pass every filter that is set?"""
    if filters.sources and not any(_source_matches(document.source, s) for s in filters.sources):
        return False
    if filters.meetings and not set(filters.meetings) & set(document.meetings):
        return False
    years = {int(d[:4]) for d in document.dates}
    if filters.years and not set(filters.years) & years:
        return False
    if filters.kinds and document.kind.lower() not in {k.lower() for k in filters.kinds}:
        return False
    if filters.date_from and not any(d >= filters.date_from for d in document.dates):
        return False
    if filters.date_to and not any(d <= filters.date_to for d in document.dates):
        return False
    if filters.languages and document.language not in filters.languages:
        return False
    return True


def _source_matches(source: str, wanted: str) -> bool:
    wanted, name = wanted.lower(), source.lower()
    return name == wanted or name.rsplit("/", 1)[-1] == wanted or wanted in name


def none_match(filters: Filters, documents: list[DocumentInfo]) -> str:
    """Why a filtered search has no report to search, naming the filter when it is the language."""
    if filters.languages and not any(d.language in filters.languages for d in documents):
        wanted = " or ".join(language_name(code) for code in filters.languages)
        held = ", ".join(language_name(code) for code in sorted({d.language for d in documents}))
        return f"no report in {wanted} is indexed; the reports are in {held}"
    return "no report matches the filters"


def allowed_documents(reader: IndexReader, filters: Filters | None) -> list[int] | None:
    """Document ids the filters allow, or None when nothing is filtered."""
    if filters is None or filters.empty:
        return None
    return [d.doc_id for d in reader.documents() if matches(d, filters)]


def reciprocal_rank_fusion(rankings: list[list[int]], k: int,
                           weights: list[float] | None = None) -> dict[int, float]:
    """Fuse ranked id lists: each list adds weight/(k + rank) to an id's score (weight 1 by default).

    ``k`` has no default: the setting (``Settings.rrf_k``) owns it.
    """
    scores: dict[int, float] = {}
    for ranking, weight in zip(rankings, weights or [1.0] * len(rankings)):
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return scores


def to_passage(rank: int, score: float, row: ChunkRow, before: frozenset[int] = frozenset()) -> Passage:
    doc = row.document
    return Passage(
        rank=rank, score=score, chunk_id=row.chunk_id, text=row.text, source=doc.source,
        title=doc.title, kind=doc.kind, meetings=doc.meetings, date_text=doc.date_text,
        section=row.section, paragraph=row.paragraph, pages=row.pages, language=doc.language,
        meetings_before=tuple(sorted(before)))


def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1))}


def key_term_coverage(plan: QueryPlan, words: set[str]) -> float:
    """Share of the question's key words (or their corrections) found among ``words``.

    A long word also counts when the text has a word with the same stem
    ("trained" for "training"); see ``query.has_word``. A year the question names is left to
    ``about_hinted``: counted here too, "in 2023" weighed as much as "Albania" in "What did
    Albania present in 2023?", and a passage dated 2023 without Albania came first.
    """
    years = {str(y) for y in plan.years}
    terms = [t for t in plan.key_terms if t not in years]
    if not terms:
        return 0.0
    fixes = dict(plan.corrected)
    found = sum(1 for t in terms if has_word(words, t) or fixes.get(t, "\0") in words)
    return found / len(terms)


def about_hinted(plan: QueryPlan, row: ChunkRow, before: frozenset[int] = frozenset()) -> bool:
    """Is the passage about a meeting or year that the question names?

    A report of one meeting is about that meeting throughout; in a report
    covering several, only passages that name the meeting, or follow one that does
    (``before``, see ``meetings_before``), are.
    """
    doc = row.document
    if plan.meetings and about_meeting(plan.meetings, doc.meetings, row.text, before):
        return True
    if plan.years:
        years = {int(d[:4]) for d in doc.dates}
        if len(years) == 1 and years & set(plan.years):
            return True
        # A heading may date its passages: "Annex 1: Extract of the Summary Records of ... the Council 2022".
        if any(str(y) in text for y in plan.years for text in (row.text, *row.section)):
            return True
    return False


def meetings_held_in(documents: list[DocumentInfo], months: tuple[tuple[int, int], ...]) -> tuple[int, ...]:
    """The meetings held in the given (year, month)s, from the reports' own dates."""
    found = []
    for doc in documents:
        if len(doc.dates) != len(doc.meetings):
            continue  # which date belongs to which meeting is unknown
        for iso, meeting in zip(doc.dates, doc.meetings):
            if (int(iso[:4]), int(iso[5:7])) in months and meeting not in found:
                found.append(meeting)
    return tuple(found)


@lru_cache(maxsize=8192)
def meetings_named(text: str) -> frozenset[int]:
    """The meetings a passage names (``structure.meetings_in``), remembered.

    Its pattern tries every ordinal word at every word boundary, which made it
    the largest cost of a search after embedding; the same passages come back
    question after question.
    """
    return frozenset(meetings_in(text))


def about_meeting(meetings: tuple[int, ...], report_meetings: tuple[int, ...], text: str,
                  before: frozenset[int] | tuple[int, ...] = frozenset()) -> bool:
    """Is a passage about one of the named meetings?

    A report of one meeting is about it throughout, and so is a report of several to a question naming
    them all ("the Council report on the 21st and 22nd meetings": its "Financial implications" too);
    otherwise a passage of a report covering several is about the meetings it names, or when it
    names none, the last named before it in its section (``before``).
    """
    if report_meetings and set(report_meetings) <= set(meetings):
        return True
    return bool((meetings_named(text) or set(before)) & set(meetings))


def meetings_before(reader: IndexReader, rows: dict[int, ChunkRow]) -> dict[int, frozenset[int]]:
    """For each passage of a report covering several meetings that names none of them: the meetings
    named last before it under the same top heading (a sub-heading keeps the context; a heading that
    names meetings starts its own).

    A report of two meetings says "2.3 In the twenty-first meeting, the Group of 129 participants
    discussed ..." and then "2.4 The main results of the meeting were: ...": 2.4 is about the
    twenty-first. Each such report is read once per reader.
    """
    found = {}
    for chunk_id, row in rows.items():
        doc = row.document
        if len(doc.meetings) < 2 or meetings_named(row.text):
            continue
        by_report = _MEETINGS_BEFORE.setdefault(reader, {})
        if doc.doc_id not in by_report:
            by_report[doc.doc_id] = _read_meetings_before(reader, doc)
        if by_report[doc.doc_id].get(chunk_id):
            found[chunk_id] = by_report[doc.doc_id][chunk_id]
    return found


_ANNOUNCES = re.compile(r"\b(?:would|will|shall)\s+(?:be\s+held|take\s+place|meet)\b|\bnext\s+(?:meeting|session)\b",
                        re.I)


def _read_meetings_before(reader: IndexReader, doc: DocumentInfo) -> dict[int, frozenset[int]]:
    context: dict[int, frozenset[int]] = {}
    last, heading = frozenset(), None
    for chunk in reader.document_chunks(doc.doc_id):
        if chunk.section != heading:
            # A heading naming meetings starts their context ("3 Twenty-second meeting"); a new
            # sub-heading under the same top heading keeps it; another top heading ends it.
            titled = meetings_named(" ".join(chunk.section)) & set(doc.meetings)
            if titled:
                last = frozenset(titled)
            elif heading is None or chunk.section[:1] != heading[:1]:
                last = frozenset()
            heading = chunk.section
        named = meetings_named(chunk.text) & set(doc.meetings)
        if not named:
            context[chunk.chunk_id] = last
        elif not (speaks_of_event_to_come(chunk.text) or _ANNOUNCES.search(chunk.text)):
            last = frozenset(named)  # not "the twenty-second meeting would be held in Geneva"
    return context


_MEETINGS_BEFORE: "weakref.WeakKeyDictionary[IndexReader, dict[int, dict[int, frozenset[int]]]]" = \
    weakref.WeakKeyDictionary()


def about_meetings_ranking(reader: IndexReader, meetings: tuple[int, ...], vector: np.ndarray, k: int,
                           doc_ids: list[int] | None) -> list[int]:
    """The passages about the named meetings, nearest the question first.

    A question naming "the fifteenth meeting" in another language than the reports shares
    no word with "fifteenth", and the passages on that meeting can stay out of the pool the
    reranker reads however much it would favour them. Only the reports of those meetings are
    searched, so the cost follows the number of meetings named, not the collection's size.
    """
    wanted, permitted = set(meetings), None if doc_ids is None else set(doc_ids)
    reports = [d.doc_id for d in reader.documents() if wanted & set(d.meetings)
               and (permitted is None or d.doc_id in permitted)]
    if not reports:
        return []
    hits = reader.dense_search(vector, k * 3, reader.chunk_ids_of(reports))
    rows = reader.chunks(i for i, _ in hits)
    before = meetings_before(reader, rows)
    return [i for i, _ in hits if i in rows
            and about_meeting(meetings, rows[i].document.meetings, rows[i].text, before.get(i, ()))][:k]


def is_listing(text: str) -> bool:
    """A list of short bullet items, such as the documents on an agenda."""
    lines = text.split("\n")
    bullets = [line for line in lines if line.startswith("\u2022")]
    return len(bullets) >= 3 and len(bullets) >= 0.6 * len(lines) and \
        sum(map(len, bullets)) / len(bullets) < 160


def spread_from_best(scores: dict[int, float], pool) -> dict[int, float]:
    """Each candidate's score as 1 minus its distance below the pool's best, in three standard deviations.

    e5's cosines sit in a narrow band (the pool's nearest sentences span 0.80 to 0.87), so
    a raw cosine added to the rank score hardly moved anything: a paraphrase's one close
    sentence lost to passages the other rankings agreed on. On this scale the best is 1
    whatever the model, and a passage three spreads below it 0.
    """
    values = [scores.get(i, 0.0) for i in pool]
    if not values:
        return {}
    best, spread = max(values), float(np.std(values))
    return {i: 1.0 - (best - v) / (3 * spread) if spread else 1.0 for i, v in zip(pool, values)}


def rerank(plan: QueryPlan, fused: dict[int, float], rows: dict[int, ChunkRow], words: dict[int, set[str]],
           sentence_scores: dict[int, float], weights: RerankWeights,
           across: QueryPlan | None = None, before: dict[int, frozenset[int]] | None = None) -> dict[int, float]:
    """Combine the fused rank score with passage-level evidence.

    ``across`` is the plan for passages in another language than the question's
    (see ``across_languages``): there only the words the two share can be looked for.
    ``before``: the meetings a passage follows when it names none (``meetings_before``).
    """
    before = before or {}
    top = max(fused.values())
    sentence_scores = spread_from_best(sentence_scores, fused)
    scores = {}
    # A paragraph of the named meeting's report seldom names the meeting again: "Mr Johnson
    # opened the meeting" answers "Who opened the 14th meeting?" without "14th".
    naming = meeting_words(plan.meetings) if plan.meetings else frozenset()
    wanted = answer_type(plan.question) if weights.answer_type else None  # "who": a passage naming someone
    for chunk_id, value in fused.items():
        row = rows[chunk_id]
        own = plan if across is None or row.document.language == plan.language else across
        about = naming and about_meeting(plan.meetings, row.document.meetings, row.text, before.get(chunk_id, ()))
        scores[chunk_id] = (value / top
                            + weights.sentence * sentence_scores.get(chunk_id, 0.0)
                            + weights.coverage * key_term_coverage(own, words[chunk_id] | naming if about
                                                                   else words[chunk_id])
                            + weights.hint * about_hinted(plan, row, before.get(chunk_id, frozenset()))
                            + weights.answer_type * bool(wanted and wanted(row.text))
                            - weights.listing * is_listing(row.text))
    return scores


def _mmr(order: list[int], relevance: dict[int, float], vectors: dict[int, np.ndarray],
         rows: dict[int, ChunkRow], k: int) -> list[int]:
    """Maximal marginal relevance: relevant, but unlike what is already chosen."""
    top = max(relevance.values()) or 1.0
    chosen: list[int] = []
    remaining = list(order)
    while remaining and len(chosen) < k:
        def value(i: int) -> float:
            novelty = max((float(vectors[i] @ vectors[j]) for j in chosen), default=0.0)
            same_place = any(rows[i].doc_id == rows[j].doc_id and rows[i].paragraph == rows[j].paragraph
                             for j in chosen)
            return MMR_LAMBDA * relevance[i] / top - (1 - MMR_LAMBDA) * novelty - 0.2 * same_place
        best = max(remaining, key=value)
        chosen.append(best)
        remaining.remove(best)
    return chosen


# The parts of a long paragraph ranked among the first this many lengthen its passage, however many
# results are shown: the answer, and whether the reports answer at all, must not depend on how many
# sources the user asks to see (5 by default, 10 in the evaluation).
JOINED_WITHIN = 20


def _join_parts(order: list[int], rows: dict[int, ChunkRow], k: int) -> tuple[list[int], dict[int, list[int]]]:
    """Keep one place per paragraph: a long paragraph is cut into several chunks, and two of
    them in the results would fill two places with one citation.

    Returns the order with each paragraph's first-ranked chunk only, and for it the chunks of
    its paragraph found (itself included), in reading order.
    """
    first: dict[tuple[int, int], int] = {}
    parts: dict[int, list[int]] = {}
    kept = []
    for rank, chunk_id in enumerate(order):
        row = rows[chunk_id]
        paragraph = (row.doc_id, row.position - row.part)  # the parts of a paragraph are consecutive
        if paragraph in first:
            if rank < k:  # a part ranked lower would not have been read: it does not lengthen the passage
                parts[first[paragraph]].append(chunk_id)
        else:
            first[paragraph] = chunk_id
            parts[chunk_id] = [chunk_id]
            kept.append(chunk_id)
    for chunk_id, found in parts.items():
        found.sort(key=lambda i: rows[i].position)
    return kept, {i: found for i, found in parts.items() if len(found) > 1}


def _with_lead_in_parts(order: list[int], parts: dict[int, list[int]], rows: dict[int, ChunkRow],
                        reader: IndexReader) -> dict[int, list[int]]:
    """Join the part before a returned part that opens in the middle of a list: its lead-in is there.

    "... Resolution 179 requested the Council:" ends one chunk and "– to continue to make output
    documents ... accessible" opens the next; the item alone cannot be read out. The parts of a
    paragraph are stored one after the other, so the part before has the chunk id before.
    ``rows`` gains the parts read.
    """
    wanted = {}
    for chunk_id in order:
        first = parts.get(chunk_id, [chunk_id])[0]
        if rows[first].part > 0 and is_list_item(rows[first].text):
            wanted[chunk_id] = first - 1
    if not wanted:
        return parts
    found = reader.chunks([i for i in wanted.values() if i not in rows])
    joined = dict(parts)
    for chunk_id, before in wanted.items():
        row = found.get(before) or rows.get(before)
        first = rows[parts.get(chunk_id, [chunk_id])[0]]
        if row is None or row.doc_id != first.doc_id or row.position != first.position - 1:
            continue
        rows[before] = row
        joined[chunk_id] = [before, *parts.get(chunk_id, [chunk_id])]
    return joined


def joined_text(found: list[int], rows: dict[int, ChunkRow]) -> str:
    """The text of a paragraph's chunks in reading order; "…" where a part between them was not found."""
    text = rows[found[0]].text
    for before, chunk_id in zip(found, found[1:]):
        gap = rows[chunk_id].position - rows[before].position > 1
        text = join_sentences([text, ("… " if gap else "") + rows[chunk_id].text])
    return text


def renditions(a: ChunkRow, b: ChunkRow) -> bool:
    """One numbered paragraph of one report in two languages (the same meetings, kind and number)?"""
    first, second = a.document, b.document
    return (first.language != second.language and a.paragraph is not None and a.paragraph == b.paragraph
            and a.part == b.part and bool(first.meetings) and first.meetings == second.meetings
            and first.kind == second.kind)


def _collapse(order: list[int], rows: dict[int, ChunkRow], vectors: dict[int, np.ndarray], near: float,
              limit: int | None = None) -> tuple[list[int], dict[int, list[int]]]:
    """Fold near-duplicates, and one paragraph's renditions in other languages, into the first of them.

    Only pairs whose vectors have a cosine of at least ``near`` are compared word by word
    (``ModelCalibration.near_duplicate``). With ``limit``, once
    that many passages are kept the rest are only looked at as twins of those: they would not
    be returned, and comparing every pair of the pool cost a search several milliseconds.
    """
    kept: list[int] = []
    folded: dict[int, list[int]] = {}
    shingles: dict[int, set] = {}

    def contained(a: int, b: int) -> bool:
        for i in (a, b):
            if i not in shingles:
                shingles[i] = _shingles(rows[i].text)
        small, large = sorted((shingles[a], shingles[b]), key=len)
        return bool(small) and len(small & large) / len(small) >= DUPLICATE_CONTAINMENT

    def same_meetings(a: int, b: int) -> bool:
        # "The main results of the fifteenth meeting" and "... sixteenth meeting" share their wording,
        # not their meaning: passages naming different meetings are never one.
        return meetings_named(rows[a].text) == meetings_named(rows[b].text)

    for chunk_id in order:
        twin = next((j for j in kept if renditions(rows[chunk_id], rows[j]) or (
            float(vectors[chunk_id] @ vectors[j]) >= near and same_meetings(chunk_id, j)
            and contained(chunk_id, j))), None)
        if twin is None:
            if limit is None or len(kept) < limit:
                kept.append(chunk_id)
        else:
            folded.setdefault(twin, []).append(chunk_id)
    return kept, folded


def read_with_lead_ins(sentences: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """A passage's (sentence, score) pairs with each list item (bulleted or not) read after its lead-in, as the checks
    of what the passages give read them: the date in "The main outcomes of the seventeenth meeting,
    held on 26 January 2021, were:" is that of every outcome listed under it."""
    texts = [text for text, _ in sentences]
    return [(text if lead is None else item_with_lead_in(texts, lead, position), score)
            for position, ((text, score), lead) in enumerate(zip(sentences, lead_ins(texts)))]


def sentences_elsewhere(plan: QueryPlan, evidence: list[int], parts: dict[int, list[int]],
                        scored: dict[int, list[tuple[str, float]]], reader: IndexReader) -> frozenset[str]:
    """The sentences of the evidence passages that do not mention everyone the question names."""
    if not plan.names:
        return frozenset()
    chunks = {i: parts.get(i, [i]) for i in evidence}
    words = reader.words_of([j for found in chunks.values() for j in found])
    found = set()
    for chunk_id, members in chunks.items():
        passage_words = set().union(*(words[j] for j in members))
        if not all(mentions_named(plan, name, passage_words) for name in plan.names):
            found.update(text for text, _ in scored.get(chunk_id, ()))
    return frozenset(found)


# Weight of the lexical ranking for a question in a language no report is written in: set with
# eval/tune_languages.py on the dev translations (recall@5 0.768 at 0.3, 0.800 at 0.6, 0.776 at 1).
CROSS_LINGUAL_LEXICAL = 0.6
# A word in this share of the passages or more is among the collection's commonest ("safety", "children",
# "online", "meeting": 0.19 to 0.85 of the shipped corpus's 192): sharing it ties no number to the
# question. Only in a collection of some size: in a few passages every word is frequent.
COMMON_SHARE = 0.18
COMMON_AMONG = 50


def common_terms(plan: QueryPlan, vocabulary) -> frozenset[str]:
    """The question's key words that are among the collection's commonest (``COMMON_SHARE``)."""
    if vocabulary.documents < COMMON_AMONG:
        return frozenset()
    return frozenset(t for t in plan.key_terms
                     if vocabulary.document_counts.get(t, 0) >= COMMON_SHARE * vocabulary.documents)


def across_languages(plan: QueryPlan, vocabulary) -> QueryPlan:
    """The plan for checking passages written in another language than the question.

    Its words cannot be looked up in them ("Albanie" is "Albania" there): only
    numbers and the countries it names, in the collection's words, count as names
    the passages must contain, and only the words the collection shares with the
    question (names, acronyms) as key words.
    """
    shared = tuple(t for t in plan.key_terms if t in vocabulary and len(t) > 1)
    return replace(plan, names=tuple(dict.fromkeys(plan.place_words + names_known_alike(plan, vocabulary))),
                   unknown_names=tuple(n for n in plan.unknown_names if n.isdigit()) + plan.unknown_places
                   + names_written_alike(plan, vocabulary),
                   key_terms=tuple(dict.fromkeys(shared + plan.place_words)))


def latent_terms_of_question(embedder: Embedder, plan: QueryPlan) -> LatentTerms | None:
    """The question's latent terms (None for a model without a sparse head)."""
    terms = embedder.latent_terms([plan.dense_question])
    return None if terms is None else terms[0]


# "What did X present?": the question asks what an actor put before the group.
_WHAT_DID_PRESENT = re.compile(
    r"^\s*what (?:did|has|have|does) (?:the )?(.+?)\s+(?:present|propose|submit|introduce|share|report|"
    r"announce|raise|highlight)\w*\b", re.I)


# The same question in the other UN languages: "Qu'a présenté X ?", "¿Qué presentó X?", "Что представила X?",
# "ماذا قدّمت X؟", "X介绍了什么？". There the actor is the one country the question names.
_PRESENTED_ELSEWHERE = re.compile(
    r"^\s*qu['’](?:est-ce qu['’]?)?.*\b(?:présenté|proposé|soumis)|"
    r"^\s*¿?\s*qué\b.*\b(?:present[óo]|propuso|expuso)|"
    r"^\s*что\b.*\b(?:представил\w*|предложил\w*)|"
    r"^\s*(?:ماذا|ما الذي)\s.*(?:قدم|قدّم|عرض|اقترح)|"
    r"(?:介绍|提出|提交|展示)了(?:什么|哪些)", re.I)


def presenter_asked(plan: QueryPlan) -> str | None:
    """The name in a "what did X present" question, or None for any other question."""
    if plan.language == "en":
        match = _WHAT_DID_PRESENT.match(plan.question)
        return match.group(1) if match else None
    return plan.places[0] if len(plan.places) == 1 and _PRESENTED_ELSEWHERE.search(plan.question) else None


def resolve_actor(name: str, directory) -> object | None:
    """The actor the index knows by ``name``, or None (a name no report uses is the unknown-name rule's)."""
    from .actor_index import UnknownActorError

    try:
        return directory.resolve(name)
    except UnknownActorError:
        return None


def _is_actor(actor, row) -> bool:
    """Is the directory's row about the actor? A country acts through its own bodies too: "the
    Georgian National Communications Commission" presenting is Georgia presenting (its name
    names the country; a first few letters in common made "United Nations" the UAE's)."""
    from .actor_index import is_country
    from .countries import countries_named

    return row.actor.key == actor.key or is_country(actor) and actor.key.split(":")[-1] in countries_named(row.name, "en")


def presents_in(actor, chunk_ids: list[int], directory) -> bool:
    """Does any of the passages record the actor presenting (not merely being mentioned)?"""
    from .actors import PRESENTER

    return any(row.role == PRESENTER and _is_actor(actor, row) for i in chunk_ids for row in directory.actors_of(i))


def year_unmet(plan: QueryPlan, evidence: list[int], parts: dict[int, list[int]], rows: dict[int, ChunkRow],
               before: dict[int, frozenset[int]]) -> int | None:
    """The one year a question asks about ("When will the group meet in 2026?") when no passage found is
    about it, else None: the meeting of 2025 does not answer it. A question naming a meeting is
    answered by that meeting's passages (see ``about_meeting``)."""
    if plan.point_year is None or len(plan.years) != 1 or plan.meetings or not evidence:
        return None
    if any(about_hinted(plan, rows[j], before.get(j, frozenset())) for i in evidence for j in parts.get(i, [i])):
        return None
    return plan.point_year


def named_in_year(plan: QueryPlan, evidence: list[int], parts: dict[int, list[int]], rows: dict[int, ChunkRow],
                  reader: IndexReader) -> bool:
    """Does a passage about the year the question names mention everyone it names? True for other questions.

    "What did Snap Inc. announce in 2025?": the reports have Snap at the 2023 meeting and others
    on age verification in 2025; neither answers it, and the answer would put a 2025 passage
    not naming Snap forward as the answer.
    """
    if not (plan.years and plan.names) or plan.meetings:
        return True
    hinted = replace(plan, meetings=())
    about = [i for i in evidence if about_hinted(hinted, rows[i])]
    words = reader.words_of([j for i in about for j in parts.get(i, [i])])
    return any(all(mentions_named(plan, name, set().union(*(words[j] for j in parts.get(i, [i])))) for name in plan.names)
               for i in about)


# "What did X say about Y?": the question asks for an actor's words on a topic.
_SAID_ABOUT = re.compile(
    r"^\s*(?:[^?,]+,\s*)?what (?:did|has|have|does|do) (?P<actor>(?:the )?.+?)\s+(?:say|said|present|propose|submit|share|"
    r"report|highlight|stress|suggest|note|mention|announce)\w*\s+(?:about|on|regarding|concerning|in relation to)\s+"
    r"(?P<topic>.+?)\s*\??\s*$", re.I)
# "... about AI at the 22nd meeting", "... on cyberbullying in 2023": when, not what.
_WHEN_CLAUSE = re.compile(r"\s*\b(?:in|at|during|since|before|after)\s+(?:the\s+)?"
                          r"(?:(?:\d+(?:st|nd|rd|th)|last|first|next|previous|latest|this|[a-z]+(?:th|st|nd|rd))\s+)*"
                          r"(?:(?:january|february|march|april|may|june|july|august|september|october|november|"
                          r"december)\s+)?(?:(?:19|20)\d\d|meetings?|sessions?)\b(?:\s+(?:and|or|to)\s+\S+)*\s*$",
                          re.I)


def body_names(reader: IndexReader) -> tuple[str, ...]:
    """What the collection calls the body whose meetings its reports record: the acronyms in the
    meeting reports' titles ("CWG-COP") that the reports define, and the long forms they give.

    Read once for each reader (a fixed snapshot of the index): it reads every document's title.
    """
    if reader not in _BODY_NAMES:
        _BODY_NAMES[reader] = _read_body_names(reader)
    return _BODY_NAMES[reader]


_BODY_NAMES: "weakref.WeakKeyDictionary[IndexReader, tuple[str, ...]]" = weakref.WeakKeyDictionary()


def _read_body_names(reader: IndexReader) -> tuple[str, ...]:
    acronyms = reader.vocabulary().acronyms
    names: set[str] = set()
    for document in reader.documents():
        if document.meetings:
            for word in re.findall(r"[A-Z][A-Za-z0-9&/-]*[A-Z0-9]", document.title):
                if long_form := acronyms.get(word.lower()):
                    names |= {word, long_form}
    return tuple(sorted(names, key=len, reverse=True))


def instruments_never_named(question: str, reader: IndexReader) -> list[str]:
    """The laws and instruments a question names by their capitalised title that no passage names.

    A title is named when the passages hold it, or its last two or more words ("Lanzarote
    Convention" for "the Council of Europe's Lanzarote Convention"). Only the passages that
    match its words are read, so this is cheap on any collection.
    """
    missing = []
    for match in INSTRUMENT_TITLE.finditer(question):
        title = match.group(1).split()
        while title and title[0].lower() in STOPWORDS:  # "Which Convention ...?", "Is the Law ...": no title
            title.pop(0)
        words = tokens(" ".join(title))
        if len(words) < 2:
            continue
        found = reader.chunks([i for i, _ in reader.lexical_search(" OR ".join(f'"{w}"' for w in words[-2:]), 200)])
        texts = [" ".join(tokens(row.text)) for row in found.values()]
        if not any(re.search(rf"\b{re.escape(' '.join(words[-2:]))}\b", text) for text in texts):
            missing.append(" ".join(title))
    return missing


@dataclass(frozen=True)
class SaidAbout:
    """What "What did X say about Y?" asks: X and Y as written, and the words of Y to look for."""

    actor: str
    topic: str
    topic_terms: tuple[str, ...]


def actor_and_topic(plan: QueryPlan, vocabulary) -> SaidAbout | None:
    """What a "What did X say about Y?" question asks; None for other questions, or when Y is only a time."""
    match = _SAID_ABOUT.match(plan.question) if plan.language == "en" else None
    if not match:
        return None
    topic = _WHEN_CLAUSE.sub("", match["topic"]).strip()
    left_out = set(tokens(match["actor"])) | meeting_words(plan.meetings) | STOPWORDS
    words = [t for t in tokens(topic) if len(t) > 1 and not t.isdigit() and t not in left_out]
    # "AI and children": "children" is in every report; it would let any passage of the actor's through.
    words = [t for t in words if not vocabulary.is_generic(t)] or words
    fixes = dict(plan.corrected)  # a misspelt topic word is looked for as corrected too
    words += [fixes[t] for t in words if t in fixes]
    return SaidAbout(match["actor"], topic, tuple(dict.fromkeys(words))) if words else None


def spoken_on(asked: SaidAbout | None, evidence: list[int], parts: dict[int, list[int]], reader: IndexReader,
              embedder: Embedder, similarity: float) -> str | None:
    """Why no passage answers "What did X say about Y?", or None when one naming X speaks of Y.

    "What did Egypt say about artificial intelligence?" found Egypt's digital citizenship
    initiative and put it forward as the answer; nothing of Egypt's in the reports is on AI.
    X must be a country or organisation the reports name (any of its names: "the UAE" is "the
    United Arab Emirates"); other questions are left to the other rules. A passage naming X
    speaks of Y when it holds one of Y's words (by stem, an acronym the reports define for
    them, or a correction), or when one of its sentences is as close to Y as a sentence on a
    topic is (``similarity``, the model's calibrated topic cosine): a topic is often
    paraphrased. Only then is Y embedded.
    """
    if asked is None:
        return None
    from .actor_index import directory_for
    from .actors import _fold

    directory = directory_for(reader)
    actor = resolve_actor(asked.actor, directory)
    # Only one of the actor's own names: the directory also takes a unique piece of a name, and
    # "the government" would be the one body with "Government" in its name.
    written = _fold(re.sub(r"^the\s+", "", asked.actor, flags=re.I))
    if actor is None or written not in {_fold(v) for v in directory.variants(actor)}:
        return None
    vocabulary = reader.vocabulary()
    topic = set(asked.topic_terms)
    # An acronym counts for its whole long form ("AI" for "artificial intelligence"), and the
    # long form's first word for an acronym ("artificial" for "AI").
    wanted = topic | {a for a, long in vocabulary.acronyms.items() if set(tokens(long)) <= topic} \
        | {w for t in topic for w in tokens(vocabulary.acronyms.get(t, ""))[:1]}
    naming = []
    for i in evidence:
        found = parts.get(i, [i])
        if not any(_is_actor(actor, row) for j in found for row in directory.actors_of(j)):
            continue
        words = set().union(*reader.words_of(found).values())
        if any(has_word(words, w) for w in wanted):
            return None
        naming += found
    if naming:
        # "its members" is the actor's own: embedded alone it is close to nothing.
        owner = re.match(r"(?:its|their|his|her)\s+", asked.topic, re.I)
        vector = embedder.embed_query(f"{actor.name} {asked.topic[owner.end():]}" if owner else asked.topic)
        if any(float((matrix @ vector).max()) >= similarity for _, matrix in reader.sentences_of(naming).values()):
            return None
    return f"no passage records {asked.actor} on {asked.topic}"


def with_presenters(passages: list[Passage], parts: dict[int, list[int]], reader: IndexReader) -> list[Passage]:
    """The passages, each with the countries and organisations recorded presenting in it (three at most).

    A list of examples has a line per passage; "Key success stories include trainers from
    Qalyubia, Aswan and Daqahliyah" does not say it is Egypt's.
    """
    from .actor_index import directory_for
    from .actors import PRESENTER

    directory = directory_for(reader)
    named = []
    for passage in passages:
        names = dict.fromkeys(row.actor.name for i in parts.get(passage.chunk_id, [passage.chunk_id])
                              for row in directory.actors_of(i) if row.role == PRESENTER)
        named.append(replace(passage, presenters=tuple(names)[:3]) if names else passage)
    return named


def search(reader: IndexReader, embedder: Embedder, question: str, k: int,
           filters: Filters | None = None, settings: Settings | None = None,
           weights: RerankWeights | None = None) -> SearchResult:
    """The ``k`` best passages for a question, with a confidence and an abstention verdict."""
    settings = settings or Settings()
    plan = plan_query(question, reader.vocabulary(), expand=settings.expand_query, bodies=body_names(reader))
    if plan.months and not plan.meetings:
        plan = replace(plan, meetings=meetings_held_in(reader.documents(), plan.months))
    doc_ids = allowed_documents(reader, filters)
    if doc_ids == []:
        return SearchResult((), 0.0, True, plan, none_match(filters, reader.documents()))
    allowed = None if doc_ids is None else reader.chunk_ids_of(doc_ids)
    if filters is not None and filters.actors:
        from .actor_index import directory_for

        naming = directory_for(reader).chunk_ids_naming(filters.actors)
        allowed = naming if allowed is None else np.intersect1d(allowed, naming)
    vector = embedder.embed_query(plan.dense_question)
    width = max(k, CANDIDATES)
    calibrated = calibration_for(settings.model)
    # A question in a language none of the reports is written in shares few words with them:
    # its lexical matches are accidents (a number, a word spelt alike), so they weigh less.
    foreign = plan.language not in {d.language for d in reader.documents()}
    weights = weights or (calibrated.rerank_across if foreign and calibrated.rerank_across else calibrated.rerank)
    across = across_languages(plan, reader.vocabulary())  # for passages not in the question's language
    rankings, fusion = [], []
    if settings.retrieval in ("hybrid", "dense"):
        rankings.append([i for i, _ in reader.dense_search(vector, width, allowed)])
        if settings.sentence_search:
            # Pairs of sentences help a paraphrase in the reports' language; across languages
            # they cost (dev MRR@10 fr 0.656 -> 0.625, zh 0.625 -> 0.610; eval/README.md).
            rankings.append([i for i, _ in reader.sentence_search(vector, width * 3, allowed, pairs=not foreign)])
    fusion = [1.0] * len(rankings)
    # The latent terms find passages that share a question's concepts but not its words. A question
    # naming someone is found by the name itself, and there the concepts of a short question, mostly
    # generic ("presented", "2023"), pushed other passages above the one about its subject.
    question_terms = None  # the question's latent terms, once computed
    if settings.retrieval == "hybrid" and settings.latent_search and weights.latent and not (plan.names or plan.places):
        question_terms = latent_terms_of_question(embedder, plan)
        if question_terms is not None:
            rankings.append([i for i, _ in reader.latent_search(question_terms, width, allowed)])
            fusion.append(weights.latent)
    if settings.retrieval == "hybrid" and plan.meetings and weights.meeting:
        rankings.append(about_meetings_ranking(reader, plan.meetings, vector, width, doc_ids))
        fusion.append(weights.meeting)
    if settings.retrieval in ("hybrid", "lexical"):
        lexical = reader.lexical_search(plan.match_expression(), width if allowed is None else width * 4, doc_ids)
        keep = None if allowed is None else set(allowed.tolist())
        rankings.append([i for i, _ in lexical if keep is None or i in keep][:width])
        fusion.append((weights.lexical if settings.rerank else 1.0) * (CROSS_LINGUAL_LEXICAL if foreign else 1.0))
        # The countries a question in another language names, in the collection's words, are the
        # certain part of its lexical match: on their own they are not drowned by a year or a
        # false friend ("Qu'a dit le Canada en 2025 ?" matched every passage giving 2025). So are
        # the countries of a region a question names ("an east african government": Kenya, Tanzania).
        countries = list(dict.fromkeys(plan.place_words + tuple(f for _, forms in plan.regions for f in forms)))
        if countries:
            placed = reader.lexical_search(" OR ".join(f'"{w}"' for w in countries),
                                           width if allowed is None else width * 4, doc_ids)
            rankings.append([i for i, _ in placed if keep is None or i in keep][:width])
            fusion.append(weights.lexical if settings.rerank else 1.0)
    fused = reciprocal_rank_fusion(rankings, settings.rrf_k, fusion)
    if not fused:
        return SearchResult((), 0.0, True, plan, "no passage matches the question")

    pool = sorted(fused, key=lambda i: (-fused[i], i))[:POOL]
    fused_pool = set(pool)
    pool += [i for i in dict.fromkeys(i for ranking in rankings for i in ranking[:POOL_EACH]) if i not in fused_pool]
    fused = {i: fused[i] for i in pool}
    rows = reader.chunks(pool)
    before = meetings_before(reader, rows) if plan.meetings else {}
    pool_sentences = reader.sentences_of(pool) if settings.rerank and weights.sentence else {}
    if settings.rerank:
        nearest = {i: float((matrix @ vector).max()) for i, (_, matrix) in pool_sentences.items()}
        for i, (_, matrix) in (reader.sentences_of(pool, span=2) if pool_sentences and not foreign else {}).items():
            nearest[i] = max(nearest.get(i, -1.0), float((matrix @ vector).max()))
        # An unnumbered passage of one sentence is what its heading says: "Within the allocated budget
        # 2024-2025." under "Financial implications". Its own vector, embedded with the heading, reads it so.
        # Only when the question asks about its heading or its own words: the vector also holds the
        # report's title.
        headed = [i for i, (texts, _) in pool_sentences.items()
                  if len(texts) == 1 and rows[i].paragraph is None
                  and set(tokens(" ".join((*rows[i].section, rows[i].text)))) & set(plan.key_terms)]
        for i, found in reader.vectors_of(headed).items():
            nearest[i] = max(nearest[i], float(found @ vector))
        fused = rerank(plan, fused, rows, reader.words_of(pool), nearest, weights, across, before)
    order = sorted(fused, key=lambda i: (-fused[i], i))
    vectors = reader.vectors_of(order)

    order, parts = _join_parts(order, rows, JOINED_WITHIN)
    folded: dict[int, list[int]] = {}
    if settings.collapse_duplicates:
        # Requests for examples choose among more passages than they return (``_mmr``).
        order, folded = _collapse(order, rows, vectors, calibrated.near_duplicate,
                                  None if settings.diversify and plan.wants_examples else k)
    if settings.diversify and plan.wants_examples:
        order = _mmr(order, fused, vectors, rows, k)
    order = order[:k]

    parts = _with_lead_in_parts(order, parts, rows, reader)
    similarity = {i: max(float(vectors[j] @ vector) for j in parts.get(i, [i]) if j in vectors) for i in order}
    # The returned passages are in the pool: their sentences were read for reranking.
    returned = {j for i in order for j in parts.get(i, [i])}
    sentences = {i: v for i, v in pool_sentences.items() if i in returned} if pool_sentences \
        else reader.sentences_of(sorted(returned))
    sentences.update(reader.sentences_of(sorted(returned - set(sentences))))
    scored = {chunk_id: list(zip(texts, (float(x) for x in matrix @ vector)))
              for chunk_id, (texts, matrix) in sentences.items()}
    for chunk_id, found in parts.items():  # a paragraph's sentences, in reading order
        if chunk_id in scored:
            scored[chunk_id] = [s for j in found for s in scored.get(j, ())]
    # A question naming a meeting is answered from that meeting's passages or not at all.
    evidence = [i for i in order[:5] if not plan.meetings
                or about_meeting(plan.meetings, rows[i].document.meetings, rows[i].text, before.get(i, ()))]
    read = {chunk_id: read_with_lead_ins(scored.get(chunk_id, [])) for chunk_id in evidence}
    ranked_sentences = sorted(((score, text) for chunk_id in evidence for text, score in read[chunk_id]),
                              reverse=True)
    best_sentence = ranked_sentences[0][0] if ranked_sentences else 0.0
    passages = []
    for rank, chunk_id in enumerate(order, start=1):
        passage = to_passage(rank, similarity[chunk_id], rows[chunk_id], before.get(chunk_id, frozenset()))
        if chunk_id in parts:
            found = parts[chunk_id]
            passage = replace(passage, text=joined_text(found, rows),
                              pages=tuple(sorted({p for j in found for p in rows[j].pages})))
        twins = tuple(to_passage(rank, similarity.get(t, 0.0), rows[t]) for t in folded.get(chunk_id, ()))
        passages.append(replace(passage, also=twins) if twins else passage)
    if plan.wants_examples:
        passages = with_presenters(passages, parts, reader)
    best = passages[0]
    same_language = best.language == plan.language
    said = actor_and_topic(plan, reader.vocabulary())  # read from the question's own plan
    if not same_language:
        plan = across
    best_parts = parts.get(best.chunk_id, [best.chunk_id])
    best_words = set().union(*reader.words_of(best_parts).values(), tokens(best.title))
    coverage = idf_coverage(plan, reader.vocabulary(), best_words)
    confidence, reason = assess(plan, best_sentence, [t for _, t in ranked_sentences[:5]],
                                [p.text for p in passages[:5]], coverage,
                                settings.abstain_below if settings.abstain_below >= 0 else
                                calibrated.cut(same_language), tuple(t for _, t in ranked_sentences[5:]),
                                subject_term(plan, reader.vocabulary(), across=not same_language),
                                sentences_elsewhere(plan, evidence, parts, read, reader), same_language,
                                common_terms(plan, reader.vocabulary()))
    if reason == NOT_CLOSE and ranked_sentences and settings.latent_search \
            and calibrated.latent_on_topic is not None:
        # Paraphrases share few words and no close sentence with their passage ("Who worried about
        # kids using handsets in class?"), but their concepts; questions off the reports' subject
        # share neither. The passages' latent terms are stored; the question's may need computing.
        if question_terms is None:
            question_terms = latent_terms_of_question(embedder, plan)
        stored = reader.latent_terms_of([j for p in passages[:3] for j in parts.get(p.chunk_id, [p.chunk_id])])
        if on_topic(question_terms, list(stored.values()), calibrated.latent_on_topic):
            reason = None
    asked = presenter_asked(plan) if reason is None else None
    if asked is not None:  # only then is the actor directory built (once per index version)
        from .actor_index import directory_for

        directory = directory_for(reader)
        actor = resolve_actor(asked, directory)
        if actor is not None and not presents_in(actor, [j for i in evidence for j in parts.get(i, [i])], directory):
            where = f" at the {plan.ordinal_meetings()} meeting" if plan.meetings else ""
            reason = f"the passages found do not record {actor.name} presenting{where}"
    if plan.meetings and not evidence and reason is None:
        reason = f"nothing on this for the {plan.ordinal_meetings()} meeting; the passages below are from others"
    if reason is None and (year := year_unmet(plan, evidence, parts, rows, before)):
        reason = f"no passage found is about {year}"
    if reason is None:
        reason = spoken_on(said, evidence, parts, reader, embedder, calibrated.topic_similarity)
    # Titles are read the English way ("the Lanzarote Convention"): "La Convention de Lanzarote" is no title.
    if reason is None and plan.language == "en" and (never := instruments_never_named(question, reader)):
        reason = f"the reports never mention the {' or the '.join(never)}"
    if reason is None and not named_in_year(plan, evidence, parts, rows, reader):
        # The passages shown may be of that year without the name, or name it in another year.
        runs = re.findall(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", question)  # "Snap Inc", as the question writes it
        named = [r for r in runs if set(tokens(r)) & set(plan.names)] or list(plan.names)
        reason = f"no passage about {' or '.join(map(str, plan.years))} mentions {' or '.join(named)}"
    return SearchResult(tuple(passages), confidence, reason is not None, plan, reason, scored)
