"""The index on disk: SQLite (documents, chunks, FTS5) and FAISS vectors.

The only module that touches the index directory. Every update writes a
complete new *generation* beside the current one and then swaps a one-line
``CURRENT`` pointer with an atomic rename, so a crash at any moment leaves
the previous index intact and usable::

    index/
      CURRENT              -> "gen-1732250000000000000"
      gen-.../catalog.sqlite   documents, chunks, chunks_fts
      gen-.../vectors.faiss    chunk vectors by chunk id; exact or IVF by size (vectors.py)
      gen-.../sentences.faiss  sentence vectors by sentence id, likewise
      gen-.../manifest.json    schema, model, dimension, chunking, file hashes, index kinds
      .lock                    held by the one indexing run allowed at a time
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import sqlite3
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import numpy as np

from . import lexical
from . import vectors as vector_index
from .errors import IndexMissingError, StoreError
from .lexicon import definitions_in, merge_definitions
from .query import lexical_text, word_counts
from .types import Chunk, DocumentInfo, Report

if TYPE_CHECKING:
    from .query import Vocabulary

SCHEMA_VERSION = 6  # 3: the vocabulary table; 4: the actors table; 5: documents.language;
# 6: vocabulary.passages and the acronyms table (opening reads no chunk text)
CATALOG = "catalog.sqlite"
VECTORS = "vectors.faiss"
SENTENCE_VECTORS = "sentences.faiss"
MANIFEST = "manifest.json"
POINTER = "CURRENT"
CHANGE_LOG = "changes.jsonl"  # who added or removed which report, when (the app's library)
KEEP_GENERATIONS = 2  # the current one and the one before, for readers mid-swap

_SCHEMA = f"""
CREATE TABLE documents (
    doc_id     INTEGER PRIMARY KEY,
    source     TEXT NOT NULL UNIQUE,
    file_type  TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    title      TEXT NOT NULL,
    body       TEXT NOT NULL,
    kind       TEXT NOT NULL,
    meetings   TEXT NOT NULL,   -- JSON list of ints
    dates      TEXT NOT NULL,   -- JSON list of ISO dates
    date_text  TEXT NOT NULL,
    chair      TEXT,
    language   TEXT NOT NULL    -- ISO 639-1 code (languages.py)
);
CREATE TABLE chunks (
    chunk_id   INTEGER PRIMARY KEY,
    doc_id     INTEGER NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,   -- reading order within the document
    paragraph  TEXT,
    section    TEXT NOT NULL,      -- JSON list, outermost heading first
    pages      TEXT NOT NULL,      -- JSON list of ints
    part       INTEGER NOT NULL,
    text       TEXT NOT NULL,
    embed_text TEXT NOT NULL
);
CREATE INDEX chunks_doc ON chunks(doc_id, position);
-- Each chunk's sentences, embedded on their own so a question can match one
-- sentence and get back the whole paragraph ("small to big").
CREATE TABLE sentences (
    sentence_id INTEGER PRIMARY KEY,
    chunk_id    INTEGER NOT NULL REFERENCES chunks(chunk_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL
);
CREATE INDEX sentences_chunk ON sentences(chunk_id);
CREATE VIRTUAL TABLE chunks_fts USING fts5(
    text, context, content='', tokenize='{lexical.TOKENIZE}'
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- Every word of the embedded text with its count and the number of chunks holding it, kept up
-- to date by each change, so opening an index of a million chunks does not re-read all their text.
CREATE TABLE vocabulary (word TEXT PRIMARY KEY, count INTEGER NOT NULL, passages INTEGER NOT NULL) WITHOUT ROWID;
-- Each chunk's acronym definitions, "Long Form (LF)" (lexicon.py), in reading order; merged at
-- opening, for the same reason.
CREATE TABLE acronyms (
    chunk_id  INTEGER NOT NULL REFERENCES chunks(chunk_id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    acronym   TEXT NOT NULL,
    letters   TEXT NOT NULL,
    long_form TEXT NOT NULL,
    PRIMARY KEY (chunk_id, position)
) WITHOUT ROWID;
-- Who each chunk is about and who presents in it (actors.py), found at index time.
CREATE TABLE actors (
    chunk_id INTEGER NOT NULL REFERENCES chunks(chunk_id) ON DELETE CASCADE,
    key      TEXT NOT NULL,      -- "country:AE" or an organisation's key
    name     TEXT NOT NULL,
    kind     TEXT NOT NULL,      -- "country" or "organisation"
    role     TEXT NOT NULL       -- "presenter" or "mentioned"
);
CREATE INDEX actors_key ON actors(key);
"""


# A list of ids bound as one JSON parameter: no limit on its length (SQLite caps the number
# of "?" parameters, which a filter over a large collection would exceed).
_IDS = "(SELECT value FROM json_each(?))"


@dataclass(frozen=True)
class ChunkRow:
    """A stored chunk joined with its document's citation fields."""

    chunk_id: int
    doc_id: int
    position: int
    paragraph: str | None
    section: tuple[str, ...]
    pages: tuple[int, ...]
    part: int
    text: str
    document: DocumentInfo


class IndexStore:
    """The index directory: find, open and update its current generation."""

    def __init__(self, index_dir: Path):
        self.dir = Path(index_dir)

    def current(self) -> Path | None:
        """The current generation's folder, or None when nothing was built."""
        try:
            name = (self.dir / POINTER).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        path = self.dir / name
        return path if (path / MANIFEST).is_file() else None

    def manifest(self) -> dict | None:
        current = self.current()
        if current is None:
            return None
        try:
            return json.loads((current / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise StoreError(f"{current / MANIFEST} is damaged ({exc}); rebuild with "
                             f"'cwgcop-search index --rebuild'.") from exc

    def describe(self) -> dict:
        """The current generation's size on disk (bytes) and build time (seconds since the epoch)."""
        current = self.current()
        if current is None:
            return {"size_bytes": 0, "built_at": None}
        size = sum(p.stat().st_size for p in current.iterdir() if p.is_file())
        return {"size_bytes": size, "built_at": (current / MANIFEST).stat().st_mtime}

    def log_change(self, action: str, source: str, who: str = "") -> None:
        """Append one line to the library's change log (changes.jsonl): time, action, file, who."""
        self.dir.mkdir(parents=True, exist_ok=True)
        record = {"time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "action": action, "file": source, "by": who}
        with open(self.dir / CHANGE_LOG, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    def open(self) -> "IndexReader":
        current = self.current()
        if current is None:
            raise IndexMissingError(f"No index in {self.dir}; build it with 'cwgcop-search index'.")
        return IndexReader(current)

    def reader_for(self, current: Path) -> "IndexReader":
        """A reader of the generation ``current()`` returned."""
        return IndexReader(current)

    def begin(self, fresh: bool) -> "IndexWriter":
        """Start an update: a copy of the current generation, or an empty one."""
        self.dir.mkdir(parents=True, exist_ok=True)
        lock = open(self.dir / ".lock", "w")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            raise StoreError(f"Another indexing run is updating {self.dir}; wait for it to finish.") from None
        self._remove_abandoned_builds()
        base = None if fresh else self.current()
        return IndexWriter(self, base, lock)

    def _remove_abandoned_builds(self) -> None:
        # Left by a run that crashed; safe to delete because we hold the lock.
        for path in self.dir.glob(".building-*"):
            shutil.rmtree(path, ignore_errors=True)

    def _publish(self, built: Path) -> Path:
        final = self.dir / built.name.replace(".building-", "gen-")
        os.rename(built, final)
        _fsync_dir(self.dir)
        pointer_tmp = self.dir / f".{POINTER}.tmp"
        with open(pointer_tmp, "w", encoding="utf-8") as handle:
            handle.write(final.name + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(pointer_tmp, self.dir / POINTER)
        _fsync_dir(self.dir)
        self._prune(final)
        return final

    def _prune(self, keep: Path) -> None:
        generations = sorted(self.dir.glob("gen-*"), key=lambda p: p.name)
        for old in [g for g in generations if g != keep][: -(KEEP_GENERATIONS - 1) or None]:
            shutil.rmtree(old, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _add_vectors(index, vectors: np.ndarray, ids: list[int]):
    """Add vectors under the given ids, creating an (exact) index on first use."""
    if index is None:
        index = vector_index.empty(vector_index.IndexSpec(), vectors.shape[1])
    index.add_with_ids(np.ascontiguousarray(vectors, dtype="float32"), np.array(ids, dtype="int64"))
    return index


def _document_from_row(row: sqlite3.Row, n_chunks: int = 0) -> DocumentInfo:
    return DocumentInfo(
        doc_id=row["doc_id"], source=row["source"], file_type=row["file_type"],
        title=row["title"], kind=row["kind"], meetings=tuple(json.loads(row["meetings"])),
        dates=tuple(json.loads(row["dates"])), date_text=row["date_text"], chair=row["chair"],
        n_chunks=n_chunks, language=row["language"])


class IndexWriter:
    """Builds the next generation in a private folder; ``commit`` publishes it."""

    def __init__(self, store: IndexStore, base: Path | None, lock):
        import faiss

        self._store, self._lock = store, lock
        self.path = store.dir / f".building-{time.time_ns()}"
        self.path.mkdir()
        self._db = sqlite3.connect(self.path / CATALOG)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA foreign_keys = ON")
        self.vectors = self.sentence_vectors = None
        self._specs: dict = {}  # the kinds of vector index the base generation has
        if base is not None:
            try:
                self._specs = json.loads((base / MANIFEST).read_text(encoding="utf-8")).get("vector_index", {})
                with sqlite3.connect(f"file:{base / CATALOG}?mode=ro", uri=True) as source:
                    source.backup(self._db)
                self.vectors = faiss.read_index(str(base / VECTORS))
                self.sentence_vectors = faiss.read_index(str(base / SENTENCE_VECTORS))
            except (sqlite3.Error, RuntimeError, OSError, json.JSONDecodeError) as exc:
                self._db.close()
                shutil.rmtree(self.path, ignore_errors=True)
                self._release()
                raise StoreError(f"The index in {base} is damaged ({exc}); rebuild it with "
                                 f"'cwgcop-search index --rebuild'.") from exc
        else:
            self._db.executescript(_SCHEMA)
            self._db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))

    def add_document(self, source: str, file_type: str, sha256: str, report: Report,
                     chunks: list[Chunk], vectors: np.ndarray,
                     sentences: list[list[str]], sentence_vectors: np.ndarray,
                     actors: list[tuple] | None = None) -> int:
        """Store one parsed document, its chunks, their sentences and all vectors; returns doc_id.

        ``actors`` holds, per chunk, its ``actors.Mention``s.
        """
        if len(chunks) != len(vectors) or len(chunks) != len(sentences):
            raise ValueError("one vector and one sentence list per chunk are required")
        if sum(map(len, sentences)) != len(sentence_vectors):
            raise ValueError("one vector per sentence is required")
        cursor = self._db.execute(
            "INSERT INTO documents (source, file_type, sha256, title, body, kind, meetings, dates,"
            " date_text, chair, language) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (source, file_type, sha256, report.title, report.body, report.kind,
             json.dumps(list(report.meetings)), json.dumps(list(report.dates)), report.date_text,
             report.chair, report.language))
        doc_id = cursor.lastrowid
        ids, sentence_ids = [], []
        for position, chunk in enumerate(chunks):
            cursor = self._db.execute(
                "INSERT INTO chunks (doc_id, position, paragraph, section, pages, part, text, embed_text)"
                " VALUES (?,?,?,?,?,?,?,?)",
                (doc_id, position, chunk.paragraph, json.dumps(list(chunk.section)),
                 json.dumps(list(chunk.pages)), chunk.part, chunk.text, chunk.embed_text))
            ids.append(cursor.lastrowid)
            self._db.executemany("INSERT INTO acronyms VALUES (?,?,?,?,?)",
                                 [(ids[-1], n, *d) for n, d in enumerate(definitions_in(chunk.embed_text))])
            self._db.executemany("INSERT INTO actors (chunk_id, key, name, kind, role) VALUES (?,?,?,?,?)",
                                 [(ids[-1], m.key, m.name, m.kind, m.role)
                                  for m in (actors[position] if actors else ())])
            context = " ".join([report.title, *chunk.section])
            self._db.execute("INSERT INTO chunks_fts (rowid, text, context) VALUES (?,?,?)",
                             (cursor.lastrowid, lexical_text(chunk.text), lexical_text(context)))
            for number, sentence in enumerate(sentences[position]):
                row = self._db.execute("INSERT INTO sentences (chunk_id, position, text) VALUES (?,?,?)",
                                       (ids[-1], number, sentence))
                sentence_ids.append(row.lastrowid)
        self._count_words([c.embed_text for c in chunks], +1)
        if ids:
            self.vectors = _add_vectors(self.vectors, vectors, ids)
        if sentence_ids:
            self.sentence_vectors = _add_vectors(self.sentence_vectors, sentence_vectors, sentence_ids)
        return doc_id

    def remove_document(self, source: str) -> None:
        """Drop a document, its chunks, their text index rows and vectors."""
        row = self._db.execute("SELECT doc_id FROM documents WHERE source = ?", (source,)).fetchone()
        if row is None:
            return
        rows = self._db.execute("SELECT chunk_id, text, section, embed_text FROM chunks WHERE doc_id = ?",
                                (row["doc_id"],)).fetchall()
        self._count_words([chunk["embed_text"] for chunk in rows], -1)
        title = self._db.execute("SELECT title FROM documents WHERE doc_id = ?", (row["doc_id"],)).fetchone()[0]
        for chunk in rows:
            # A contentless FTS5 table forgets a row only when told its exact values.
            context = " ".join([title, *json.loads(chunk["section"])])
            self._db.execute("INSERT INTO chunks_fts (chunks_fts, rowid, text, context) "
                             "VALUES ('delete', ?, ?, ?)",
                             (chunk["chunk_id"], lexical_text(chunk["text"]), lexical_text(context)))
        if rows and self.vectors is not None:
            self.vectors.remove_ids(np.array([c["chunk_id"] for c in rows], dtype="int64"))
        sentence_ids = [r[0] for r in self._db.execute(
            "SELECT sentence_id FROM sentences JOIN chunks USING (chunk_id) WHERE doc_id = ?", (row["doc_id"],))]
        if sentence_ids and self.sentence_vectors is not None:
            self.sentence_vectors.remove_ids(np.array(sentence_ids, dtype="int64"))
        self._db.execute("DELETE FROM chunks WHERE doc_id = ?", (row["doc_id"],))
        self._db.execute("DELETE FROM documents WHERE doc_id = ?", (row["doc_id"],))

    def _count_words(self, texts: list[str], sign: int) -> None:
        counts, passages = word_counts(texts)
        self._db.executemany(
            "INSERT INTO vocabulary (word, count, passages) VALUES (?, ?, ?) "
            "ON CONFLICT (word) DO UPDATE SET count = count + excluded.count, "
            "passages = passages + excluded.passages",
            [(word, sign * n, sign * passages[word]) for word, n in counts.items()])
        if sign < 0:
            self._db.execute("DELETE FROM vocabulary WHERE count <= 0")

    def commit(self, manifest: dict) -> Path:
        """Write everything, then atomically make this generation the current one."""
        import faiss

        try:
            self._db.commit()
            self._db.close()
            dimension = int(manifest["dimension"])
            kinds = {}
            for name, attribute in (("chunks", "vectors"), ("sentences", "sentence_vectors")):
                index = getattr(self, attribute) or vector_index.empty(vector_index.IndexSpec(), dimension)
                # The collection may have grown past what its kind of index serves well.
                spec = vector_index.IndexSpec.from_dict(self._specs[name]) if name in self._specs \
                    else vector_index.spec_of(index)
                index, spec = vector_index.resize(index, spec)
                setattr(self, attribute, index)
                kinds[name] = spec.to_dict()
            faiss.write_index(self.vectors, str(self.path / VECTORS))
            faiss.write_index(self.sentence_vectors, str(self.path / SENTENCE_VECTORS))
            manifest = {**manifest, "schema_version": SCHEMA_VERSION,
                        "vector_count": int(self.vectors.ntotal), "vector_index": kinds}
            (self.path / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
            for name in (CATALOG, VECTORS, SENTENCE_VECTORS, MANIFEST):
                _fsync_file(self.path / name)
            return self._store._publish(self.path)
        finally:
            self._release()

    def abort(self) -> None:
        """Forget this update; the current generation stays as it was."""
        try:
            self._db.close()
        finally:
            shutil.rmtree(self.path, ignore_errors=True)
            self._release()

    def _release(self) -> None:
        if not self._lock.closed:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()


class IndexReader:
    """A read-only view of one generation; safe to share between threads."""

    def __init__(self, generation: Path):
        import faiss

        self.path = generation
        try:
            self.manifest = json.loads((generation / MANIFEST).read_text(encoding="utf-8"))
            self._db = sqlite3.connect(f"file:{generation / CATALOG}?mode=ro", uri=True,
                                       check_same_thread=False)
            self._db.row_factory = sqlite3.Row
            # Mapped, not read: opening costs no copy of the vectors, pages come in as searches
            # touch them, and the kernel may drop them again (a 1M index is 2 x 414 MB).
            # A truncated file is still refused here.
            mapped = faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY
            self.vectors = faiss.read_index(str(generation / VECTORS), mapped)
            self.sentence_vectors = faiss.read_index(str(generation / SENTENCE_VECTORS), mapped)
            kinds = self.manifest.get("vector_index", {})
            for name, index in (("chunks", self.vectors), ("sentences", self.sentence_vectors)):
                if name in kinds and isinstance(index, faiss.IndexIVF):
                    index.nprobe = int(kinds[name]["nprobe"])  # tunable in the manifest without a rebuild
            if self.manifest.get("schema_version") != SCHEMA_VERSION:
                raise StoreError(f"The index in {generation} was built by another version; "
                                 f"rebuild it with 'cwgcop-search index --rebuild'.")
            # SQLite reads a damaged file only when first queried: query it here, inside the guard.
            self._documents = self._load_documents()
        except (OSError, json.JSONDecodeError, RuntimeError, sqlite3.Error) as exc:
            raise StoreError(f"The index in {generation} is damaged and cannot be opened ({exc}); "
                             f"rebuild it with 'cwgcop-search index --rebuild'.") from exc
        self._vocabulary = None
        self._words: dict[int, set[str]] = {}
        self._tokeniser = lexical.Tokeniser()
        self._postings_by_term: Counter | None = None
        self._postings_lock = threading.Lock()

    def _load_documents(self) -> dict[int, DocumentInfo]:
        counts = dict(self._db.execute("SELECT doc_id, COUNT(*) FROM chunks GROUP BY doc_id").fetchall())
        rows = self._db.execute("SELECT * FROM documents ORDER BY source").fetchall()
        return {r["doc_id"]: _document_from_row(r, counts.get(r["doc_id"], 0)) for r in rows}

    def documents(self) -> list[DocumentInfo]:
        return sorted(self._documents.values(), key=lambda d: d.source)

    @property
    def chunk_count(self) -> int:
        return int(self.vectors.ntotal)

    def chunks(self, chunk_ids: Iterable[int]) -> dict[int, ChunkRow]:
        """Stored chunks by id, with their documents."""
        ids = [int(i) for i in chunk_ids]
        if not ids:
            return {}
        rows = self._db.execute(f"SELECT * FROM chunks WHERE chunk_id IN {_IDS}", [json.dumps(ids)]).fetchall()
        return {r["chunk_id"]: ChunkRow(
            chunk_id=r["chunk_id"], doc_id=r["doc_id"], position=r["position"], paragraph=r["paragraph"],
            section=tuple(json.loads(r["section"])), pages=tuple(json.loads(r["pages"])), part=r["part"],
            text=r["text"], document=self._documents[r["doc_id"]]) for r in rows}

    def document_chunks(self, doc_id: int) -> list[ChunkRow]:
        """All chunks of one document in reading order."""
        ids = [r[0] for r in self._db.execute(
            "SELECT chunk_id FROM chunks WHERE doc_id = ? ORDER BY position", (doc_id,))]
        rows = self.chunks(ids)
        return [rows[i] for i in ids]

    def chunk_ids_of(self, doc_ids: Iterable[int]) -> np.ndarray:
        ids = [int(d) for d in doc_ids]
        if not ids:
            return np.zeros(0, dtype="int64")
        rows = self._db.execute(f"SELECT chunk_id FROM chunks WHERE doc_id IN {_IDS}", [json.dumps(ids)]).fetchall()
        return np.array([r[0] for r in rows], dtype="int64")

    def dense_search(self, vector: np.ndarray, k: int,
                     allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The ``k`` nearest chunks by inner product (cosine on normalised vectors)."""
        return vector_index.nearest(self.vectors, vector, k, allowed)

    def sentence_search(self, vector: np.ndarray, k: int,
                        allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """Chunks ranked by their sentence nearest the query: (chunk id, that sentence's cosine)."""
        allowed_sentences = None
        if allowed is not None:
            allowed_sentences = self._sentence_ids_of(allowed)
        hits = vector_index.nearest(self.sentence_vectors, vector, k, allowed_sentences)
        if not hits:
            return []
        owner = self._sentence_owners([i for i, _ in hits])
        best: dict[int, float] = {}
        for sentence_id, score in hits:
            best.setdefault(owner[sentence_id], score)
        return list(best.items())

    def sentences_of(self, chunk_ids: Iterable[int]) -> dict[int, tuple[list[str], np.ndarray]]:
        """Each chunk's sentences in order, with their vectors (one row per sentence)."""
        ids = [int(i) for i in chunk_ids]
        if not ids:
            return {}
        texts: dict[int, list[str]] = {}
        vectors: dict[int, list[np.ndarray]] = {}
        for sentence_id, chunk_id, text in self._db.execute(
                f"SELECT sentence_id, chunk_id, text FROM sentences WHERE chunk_id IN {_IDS} "
                f"ORDER BY chunk_id, position", [json.dumps(ids)]):
            texts.setdefault(chunk_id, []).append(text)
            vectors.setdefault(chunk_id, []).append(self.sentence_vectors.reconstruct(int(sentence_id)))
        return {i: (texts[i], np.vstack(vectors[i])) for i in texts}

    def _sentence_owners(self, sentence_ids: list[int]) -> dict[int, int]:
        return dict(self._db.execute(
            f"SELECT sentence_id, chunk_id FROM sentences WHERE sentence_id IN {_IDS}", [json.dumps(sentence_ids)]))

    def _sentence_ids_of(self, chunk_ids: np.ndarray) -> np.ndarray:
        ids = [int(i) for i in chunk_ids]
        if not ids:
            return np.zeros(0, dtype="int64")
        return np.array([r[0] for r in self._db.execute(
            f"SELECT sentence_id FROM sentences WHERE chunk_id IN {_IDS}", [json.dumps(ids)])], dtype="int64")

    def lexical_search(self, match: str, k: int,
                       doc_ids: Iterable[int] | None = None) -> list[tuple[int, float]]:
        """The ``k`` best chunks for an FTS5 MATCH expression, by BM25 (higher is better).

        On a large collection the expression is cut to its postings budget and the chunks holding
        all of its rarest terms are searched as well (lexical.py); the best of both are returned.
        """
        if not match or k <= 0:
            return []
        terms = lexical.terms_of(match)
        costs = lexical.query_costs(terms, self._postings(), self._tokeniser)
        expressions = lexical.expressions_for(terms, costs)
        sql = "SELECT chunks_fts.rowid, bm25(chunks_fts, 1.0, 0.3) AS rank FROM chunks_fts"
        params: list = []
        if doc_ids is None:
            sql += " WHERE chunks_fts MATCH ?"
        else:
            ids = [int(d) for d in doc_ids]
            if not ids:
                return []
            sql += (f" JOIN chunks ON chunks.chunk_id = chunks_fts.rowid WHERE chunks_fts MATCH ?"
                    f" AND chunks.doc_id IN {_IDS}")
            params.append(json.dumps(ids))
        sql += " ORDER BY rank LIMIT ?"
        best: dict[int, float] = {}
        for expression in expressions:
            try:
                rows = self._db.execute(sql, [expression, *params, k]).fetchall()
            except sqlite3.OperationalError:
                continue  # a query FTS5 cannot parse finds nothing lexically
            for chunk_id, rank in rows:
                best[int(chunk_id)] = max(best.get(int(chunk_id), float("-inf")), -float(rank))
        return sorted(best.items(), key=lambda item: -item[1])[:k]

    def _postings(self) -> Counter:
        """Chunks per index term (upper bounds), from the stored vocabulary; computed once per reader."""
        with self._postings_lock:
            if self._postings_by_term is None:
                self._postings_by_term = lexical.postings_by_term(self.vocabulary().document_counts,
                                                                  self._tokeniser)
        return self._postings_by_term

    def actor_rows(self) -> list[tuple[int, str, str, str, str]]:
        """Every stored (chunk_id, key, name, kind, role), in reading order."""
        return [tuple(r) for r in self._db.execute(
            "SELECT a.chunk_id, a.key, a.name, a.kind, a.role FROM actors a JOIN chunks c USING (chunk_id) "
            "ORDER BY c.doc_id, c.position")]

    def vectors_of(self, chunk_ids: Iterable[int]) -> dict[int, np.ndarray]:
        """The stored (normalised) vectors of given chunks."""
        return {int(i): self.vectors.reconstruct(int(i)) for i in chunk_ids}

    def words_of(self, chunk_ids: Iterable[int]) -> dict[int, set[str]]:
        """The words of each chunk's text and headings, remembered after the first look."""
        from .query import passage_words

        missing = [int(i) for i in chunk_ids if int(i) not in self._words]
        for chunk_id, row in self.chunks(missing).items():
            self._words[chunk_id] = passage_words(row.text, row.section)
        return {int(i): self._words[int(i)] for i in chunk_ids}

    def vocabulary(self) -> "Vocabulary":
        """Every word of the indexed text with its counts, and the acronyms it defines; built once per reader.

        From the statistics the writer keeps, without reading any chunk text; the same as
        ``Vocabulary.from_texts`` over the chunks in id order.
        """
        if self._vocabulary is None:
            from .query import Vocabulary

            counts, passages = Counter(), Counter()
            for word, count, n in self._db.execute("SELECT word, count, passages FROM vocabulary"):
                counts[word], passages[word] = count, n
            definitions = self._db.execute(
                "SELECT acronym, letters, long_form FROM acronyms ORDER BY chunk_id, position")
            self._vocabulary = Vocabulary(counts, passages, self.chunk_count, merge_definitions(definitions))
        return self._vocabulary

    def close(self) -> None:
        self._db.close()
