"""The small interface every index backend implements, and the choice between them.

Two backends: the default on-disk index (SQLite + FTS5 + FAISS, ``store.py``)
and Milvus (``milvus_store.py``): milvus-lite in a local file, or a Milvus
standalone or cluster server shared by several app replicas. The engine and
retrieval only call what is listed here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Protocol

import numpy as np

from .config import Settings
from .types import Chunk, DocumentInfo, Report

if TYPE_CHECKING:
    from .query import Vocabulary
    from .store import ChunkRow


class Reader(Protocol):
    """A read-only view of the index, shared by the threads answering questions."""

    chunk_count: int

    def documents(self) -> list[DocumentInfo]: ...
    def chunks(self, chunk_ids: Iterable[int]) -> dict[int, "ChunkRow"]: ...
    def document_chunks(self, doc_id: int) -> list["ChunkRow"]: ...
    def chunk_ids_of(self, doc_ids: Iterable[int]) -> np.ndarray: ...
    def dense_search(self, vector: np.ndarray, k: int,
                     allowed: np.ndarray | None = None) -> list[tuple[int, float]]: ...
    def sentence_search(self, vector: np.ndarray, k: int,
                        allowed: np.ndarray | None = None) -> list[tuple[int, float]]: ...
    def lexical_search(self, match: str, k: int,
                       doc_ids: Iterable[int] | None = None) -> list[tuple[int, float]]: ...
    def sentences_of(self, chunk_ids: Iterable[int]) -> dict[int, tuple[list[str], np.ndarray]]: ...
    def vectors_of(self, chunk_ids: Iterable[int]) -> dict[int, np.ndarray]: ...
    def words_of(self, chunk_ids: Iterable[int]) -> dict[int, set[str]]: ...
    def vocabulary(self) -> "Vocabulary": ...
    def close(self) -> None: ...


class Writer(Protocol):
    """One update of the index; nothing is visible to readers before ``commit``."""

    def add_document(self, source: str, file_type: str, sha256: str, report: Report, chunks: list[Chunk],
                     vectors: np.ndarray, sentences: list[list[str]], sentence_vectors: np.ndarray) -> int: ...
    def remove_document(self, source: str) -> None: ...
    def commit(self, manifest: dict) -> Any: ...
    def abort(self) -> None: ...


class Store(Protocol):
    """Where the index lives: its manifest, its current version, readers and writers."""

    def current(self) -> Any | None: ...
    def manifest(self) -> dict | None: ...
    def open(self) -> Reader: ...
    def reader_for(self, current: Any) -> Reader: ...
    def begin(self, fresh: bool) -> Writer: ...


def open_store(settings: Settings) -> Store:
    """The default on-disk index, or Milvus when ``store_uri`` names one."""
    if settings.store_uri:
        from .milvus_store import MilvusStore

        return MilvusStore(settings.store_uri, settings.store_collection)
    from .store import IndexStore

    return IndexStore(settings.index_dir)
