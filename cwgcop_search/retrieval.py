"""Finding the passages that answer a question.

Takes an open index and the embedding model; returns ranked, citable
passages. Filters restrict the search to documents by source, meeting,
year, date range or kind.
"""

from __future__ import annotations

import numpy as np

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


def allowed_chunks(reader: IndexReader, filters: Filters | None) -> np.ndarray | None:
    """Chunk ids the filters allow, or None when nothing is filtered."""
    if filters is None or filters.empty:
        return None
    docs = [d.doc_id for d in reader.documents() if matches(d, filters)]
    return reader.chunk_ids_of(docs)


def to_passage(rank: int, score: float, row: ChunkRow) -> Passage:
    doc = row.document
    return Passage(
        rank=rank, score=score, chunk_id=row.chunk_id, text=row.text, source=doc.source,
        title=doc.title, kind=doc.kind, meetings=doc.meetings, date_text=doc.date_text,
        section=row.section, paragraph=row.paragraph, pages=row.pages)


def search(reader: IndexReader, embedder: Embedder, question: str, k: int,
           filters: Filters | None = None) -> list[Passage]:
    """The ``k`` passages closest in meaning to the question."""
    allowed = allowed_chunks(reader, filters)
    hits = reader.dense_search(embedder.embed_query(question), k, allowed)
    rows = reader.chunks(chunk_id for chunk_id, _ in hits)
    return [to_passage(rank, score, rows[chunk_id])
            for rank, (chunk_id, score) in enumerate(hits, start=1)]
