"""Finding the passages that answer a question.

Takes an open index and the embedding model; returns ranked, citable
passages. Filters restrict the search to documents by source, meeting,
year, date range or kind.
"""

from __future__ import annotations

import re

from .embedder import Embedder
from .store import ChunkRow, IndexReader
from .types import DocumentInfo, Filters, Passage


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
    return True


def _source_matches(source: str, wanted: str) -> bool:
    wanted = wanted.lower()
    name = source.lower()
    return name == wanted or name.rsplit("/", 1)[-1] == wanted or wanted in name


def allowed_documents(reader: IndexReader, filters: Filters | None) -> list[int] | None:
    """Document ids the filters allow, or None when nothing is filtered."""
    if filters is None or filters.empty:
        return None
    return [d.doc_id for d in reader.documents() if matches(d, filters)]


# Words that carry no meaning for lexical matching.
STOPWORDS = frozenset("""
a about above after again all also am an and any are as at be been before being between both but by
can could did do does doing during each few for from further had has have having he her here hers
him his how i if in into is it its itself just me more most my no nor not now of off on once only or
other our out over own same she should so some such than that the their them then there these they
this those through to too under until up very was we were what when where which while who whom why
will with would you your yours tell give show say said please anything something
""".split())
_TOKEN = re.compile(r"[\w][\w'’-]*", re.UNICODE)


def lexical_query(question: str) -> str:
    """An FTS5 expression matching any meaningful word of the question."""
    terms = []
    for token in _TOKEN.findall(question.lower()):
        token = re.sub(r"['’]s$", "", token)
        for part in re.split(r"[-'’]", token):
            if part and part not in STOPWORDS and part not in terms:
                terms.append(part)
    return " OR ".join(f'"{t}"' for t in terms)


def reciprocal_rank_fusion(rankings: list[list[int]], k: int = 60) -> list[tuple[int, float]]:
    """Fuse ranked id lists: each list adds 1/(k + rank) to an id's score."""
    scores: dict[int, float] = {}
    for ranking in rankings:
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))


def to_passage(rank: int, score: float, row: ChunkRow) -> Passage:
    doc = row.document
    return Passage(
        rank=rank, score=score, chunk_id=row.chunk_id, text=row.text, source=doc.source,
        title=doc.title, kind=doc.kind, meetings=doc.meetings, date_text=doc.date_text,
        section=row.section, paragraph=row.paragraph, pages=row.pages)


# How many candidates each retriever contributes before fusion.
CANDIDATES = 50


def search(reader: IndexReader, embedder: Embedder, question: str, k: int,
           filters: Filters | None = None) -> list[Passage]:
    """The ``k`` best passages: dense and lexical rankings fused.

    Each passage's score is its cosine similarity to the question, so
    scores mean the same whichever retriever found the passage.
    """
    doc_ids = allowed_documents(reader, filters)
    allowed = None if doc_ids is None else reader.chunk_ids_of(doc_ids)
    vector = embedder.embed_query(question)
    dense = reader.dense_search(vector, max(k, CANDIDATES), allowed)
    lexical = reader.lexical_search(lexical_query(question), max(k, CANDIDATES), doc_ids)
    fused = reciprocal_rank_fusion([[i for i, _ in dense], [i for i, _ in lexical]])[:k]
    similarity = dict(dense)
    similarity.update(reader.similarity(vector, [i for i, _ in fused if i not in similarity]))
    rows = reader.chunks(chunk_id for chunk_id, _ in fused)
    return [to_passage(rank, similarity[chunk_id], rows[chunk_id])
            for rank, (chunk_id, _) in enumerate(fused, start=1)]
