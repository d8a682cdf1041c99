"""The index on disk: SQLite (documents, chunks, FTS5) and FAISS vectors.

The only module that touches the index directory. An update never copies
what it does not change, and a crash at any moment leaves the previous
index intact and usable:

- The catalog (SQLite) is changed in place, inside one transaction. In WAL
  mode readers keep the snapshot they opened while a writer works beside
  them.
- The vectors of each version live in a *generation* folder written beside
  the current one: the large base index is hard-linked from the previous
  generation unless it changes; the vectors added since and the ids removed
  since sit in small files beside it (``vectors.Segments``), folded into a
  new base once they grow.
- The catalog's ``meta`` row ``generation`` names the generation that
  matches it, so the commit of the catalog's transaction is the moment an
  update is published: one atomic step for text and vectors alike.
- A full rebuild writes a new catalog and then swaps the one-line
  ``CURRENT`` pointer to it with an atomic rename::

    index/
      CURRENT                  -> "catalog-1732250000000000000.sqlite"
      catalog-....sqlite       documents, chunks, chunks_fts, meta (generation)
      gen-.../vectors.faiss    chunk vectors by chunk id; exact or IVF by size (vectors.py)
      gen-.../vectors.delta.faiss, vectors.removed.npy   changes since that base was written
      gen-.../sentences.*      sentence (and sentence-pair) vectors by sentence id, likewise
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
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

import numpy as np

from . import lexical
from . import vectors as vector_index
from .errors import IndexMissingError, StoreError
from .lexicon import definitions_in, merge_definitions
from .query import case_counts, lexical_text, word_counts
from .types import Chunk, DocumentInfo, Report

if TYPE_CHECKING:
    from .embedder import LatentTerms
    from .query import Vocabulary

SCHEMA_VERSION = 10  # 3: the vocabulary table; 4: the actors table; 5: documents.language;
# 6: vocabulary.passages and the acronyms table (opening reads no chunk text);
# 7: one catalog changed in place, vectors in segments (this module's docstring); 8: the latent table;
# 9: sentences.span (pairs of neighbouring sentences, embedded together);
# 10: vocabulary.lower and vocabulary.capital (how often a word is written in lower case, with a capital)
CATALOG = "catalog.sqlite"  # its name while a full build writes it
VECTORS = "vectors"         # the file stems of each generation's two vector sets
SENTENCE_VECTORS = "sentences"
MANIFEST = "manifest.json"
POINTER = "CURRENT"
CHANGE_LOG = "changes.jsonl"
# Chunks read per latent term of a question: the strongest, as in impact-ordered postings.
LATENT_POSTINGS = 2000  # who added or removed which report, when (the app's library)

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
-- sentence and get back the whole paragraph ("small to big"); and each two
-- neighbouring sentences embedded together (span 2, chunking.sentence_pairs),
-- searched alike but never quoted.
CREATE TABLE sentences (
    sentence_id INTEGER PRIMARY KEY,
    chunk_id    INTEGER NOT NULL REFERENCES chunks(chunk_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    text        TEXT NOT NULL,
    span        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX sentences_chunk ON sentences(chunk_id);
CREATE VIRTUAL TABLE chunks_fts USING fts5(
    text, context, content='', tokenize='{lexical.TOKENIZE}'
);
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- Every word of the embedded text with its count and the number of chunks holding it, kept up
-- to date by each change, so opening an index of a million chunks does not re-read all their text.
CREATE TABLE vocabulary (word TEXT PRIMARY KEY, count INTEGER NOT NULL, passages INTEGER NOT NULL,
                         lower INTEGER NOT NULL DEFAULT 0, capital INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
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
-- Each chunk's strongest latent terms from the model's sparse head (embedder.latent_terms),
-- kept as postings strongest first: a question's terms read the chunks that weigh them most.
CREATE TABLE latent (
    term     INTEGER NOT NULL,
    weight   REAL NOT NULL,
    chunk_id INTEGER NOT NULL REFERENCES chunks(chunk_id) ON DELETE CASCADE,
    PRIMARY KEY (term, weight DESC, chunk_id)
) WITHOUT ROWID;
CREATE INDEX latent_chunk ON latent(chunk_id);
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


def add_to_vocabulary(db: sqlite3.Connection, rows: Iterable[tuple[str, int, int, int, int]]) -> None:
    """Add (word, count, chunks holding it, written in lower case, with a capital) to a catalog's
    vocabulary; negative numbers take away. The one writer of the table, the scale benchmark's too."""
    db.executemany(
        "INSERT INTO vocabulary (word, count, passages, lower, capital) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT (word) DO UPDATE SET count = count + excluded.count, "
        "passages = passages + excluded.passages, lower = lower + excluded.lower, "
        "capital = capital + excluded.capital", rows)


class IndexStore:
    """The index directory: find, open and update its current version."""

    def __init__(self, index_dir: Path, merge_below: int | None = None):
        self.dir = Path(index_dir)
        # Collections smaller than this rewrite their vectors on every update (vectors.py).
        self.merge_below = vector_index.MERGE_BELOW if merge_below is None else merge_below
        self._probe_of: tuple[Path, sqlite3.Connection] | None = None
        self._probe_lock = threading.Lock()

    def catalog(self) -> Path | None:
        """The current catalog file, or None when nothing was built (or only by an older layout)."""
        try:
            name = (self.dir / POINTER).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        # An index of the layout before catalogs were changed in place names a folder here:
        # treated as absent, so it is rebuilt rather than refused.
        path = self.dir / name
        return path if name.startswith("catalog-") and path.is_file() else None

    def current(self) -> Path | None:
        """The current generation's folder, or None when nothing was built."""
        catalog = self.catalog()
        if catalog is None:
            return None
        try:
            row = self._probe(catalog).execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        except sqlite3.Error as exc:
            self._forget_probe()
            raise _damaged(catalog, exc) from exc
        if row is None:
            raise _damaged(catalog, "it names no generation")
        path = self.dir / row[0]
        return path if (path / MANIFEST).is_file() else None

    def _probe(self, catalog: Path) -> sqlite3.Connection:
        """A connection kept for ``current()``: asked before every search, it must cost microseconds.

        In autocommit mode each query sees the last committed version.
        """
        with self._probe_lock:
            if self._probe_of is None or self._probe_of[0] != catalog:
                self._forget_probe()
                self._probe_of = (catalog, sqlite3.connect(f"file:{catalog}?mode=ro", uri=True,
                                                           check_same_thread=False, isolation_level=None))
            return self._probe_of[1]

    def _forget_probe(self) -> None:
        if self._probe_of is not None:
            self._probe_of[1].close()
            self._probe_of = None

    def manifest(self) -> dict | None:
        current = self.current()
        if current is None:
            return None
        try:
            return json.loads((current / MANIFEST).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise _damaged(current / MANIFEST, exc) from exc

    def describe(self) -> dict:
        """The current index's size on disk (bytes) and build time (seconds since the epoch)."""
        current = self.current()
        if current is None:
            return {"size_bytes": 0, "built_at": None}
        catalog = self.catalog()
        files = [p for p in current.iterdir() if p.is_file()]
        files += [p for p in self.dir.glob(f"{catalog.name}*") if p.is_file()]  # with its -wal
        return {"size_bytes": sum(p.stat().st_size for p in files),
                "built_at": (current / MANIFEST).stat().st_mtime}

    def log_change(self, action: str, source: str, who: str = "") -> None:
        """Append one line to the library's change log (changes.jsonl): time, action, file, who."""
        self.dir.mkdir(parents=True, exist_ok=True)
        record = {"time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "action": action, "file": source, "by": who}
        with open(self.dir / CHANGE_LOG, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")

    def open(self) -> "IndexReader":
        if self.current() is None:
            raise IndexMissingError(f"No index in {self.dir}; build it with 'cwgcop-search index'.")
        return IndexReader(self.dir, self.catalog())

    def reader_for(self, current: Path) -> "IndexReader":
        """A reader of the current index (``current`` is what ``current()`` returned).

        The reader follows the catalog's own snapshot, which may already be newer.
        """
        return IndexReader(self.dir, self.catalog())

    def begin(self, fresh: bool) -> "IndexWriter":
        """Start an update of the current catalog, or a new one when ``fresh``."""
        self.dir.mkdir(parents=True, exist_ok=True)
        lock = open(self.dir / ".lock", "w")
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            lock.close()
            raise StoreError(f"Another indexing run is updating {self.dir}; wait for it to finish.") from None
        try:
            self._remove_abandoned_builds()
            return IndexWriter(self, None if fresh else self.catalog(), lock)
        except BaseException:
            fcntl.flock(lock, fcntl.LOCK_UN)
            lock.close()
            raise

    def _remove_abandoned_builds(self) -> None:
        # Left by a run that crashed; safe to delete because we hold the lock.
        for path in self.dir.glob(".building-*"):
            shutil.rmtree(path, ignore_errors=True)

    def _point_to(self, catalog: Path) -> None:
        """Make ``catalog`` the current one: the atomic step of a full rebuild."""
        pointer_tmp = self.dir / f".{POINTER}.tmp"
        with open(pointer_tmp, "w", encoding="utf-8") as handle:
            handle.write(catalog.name + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(pointer_tmp, self.dir / POINTER)
        _fsync_dir(self.dir)

    def _prune(self, keep: set[str]) -> None:
        """Delete every catalog and generation but the ones named in ``keep``.

        The writer keeps the current ones and those just before them, for readers mid-swap.
        Left-overs of a run that crashed after writing a generation it never published go too.
        """
        for path in [*self.dir.glob("gen-*"), *self.dir.glob("catalog-*")]:
            name = path.name.removesuffix("-wal").removesuffix("-shm").removesuffix("-journal")
            if name not in keep:
                shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)


def _damaged(path: Path, reason) -> StoreError:
    return StoreError(f"The index in {path} is damaged and cannot be opened ({reason}); "
                      f"rebuild it with 'cwgcop-search index --rebuild'.")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_file(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _meta(db: sqlite3.Connection, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


def write_vector_set(generation: Path, stem: str, segments: vector_index.Segments, base: bool = True) -> None:
    """Write one vector set's files into a generation folder (the base too unless it is linked)."""
    import faiss

    if base:
        faiss.write_index(segments.base, str(generation / f"{stem}.faiss"))
    faiss.write_index(segments.delta, str(generation / f"{stem}.delta.faiss"))
    np.save(generation / f"{stem}.removed.npy", segments.removed)


def _read_segments(generation: Path, stem: str) -> vector_index.Segments:
    """A generation's vector set: its base (memory-mapped, read-only), delta and removed ids."""
    import faiss

    base = faiss.read_index(str(generation / f"{stem}.faiss"), faiss.IO_FLAG_MMAP | faiss.IO_FLAG_READ_ONLY)
    delta = faiss.read_index(str(generation / f"{stem}.delta.faiss"))
    removed = np.load(generation / f"{stem}.removed.npy")
    return vector_index.Segments(base, delta, removed)


def _document_from_row(row: sqlite3.Row, n_chunks: int = 0) -> DocumentInfo:
    return DocumentInfo(
        doc_id=row["doc_id"], source=row["source"], file_type=row["file_type"],
        title=row["title"], kind=row["kind"], meetings=tuple(json.loads(row["meetings"])),
        dates=tuple(json.loads(row["dates"])), date_text=row["date_text"], chair=row["chair"],
        n_chunks=n_chunks, language=row["language"])


class IndexWriter:
    """One update: a transaction on the catalog and a private folder for the next generation."""

    def __init__(self, store: IndexStore, catalog: Path | None, lock):
        self._store, self._lock = store, lock
        self._stamp = time.time_ns()
        self.path = store.dir / f".building-{self._stamp}"
        self.path.mkdir()
        self._base_catalog = catalog
        self._base_generation: Path | None = None
        self.vectors = self.sentence_vectors = None  # vectors.Segments once there are any
        self._specs: dict = {}  # the kinds of vector index the base generation has
        if catalog is None:
            self._db = sqlite3.connect(self.path / CATALOG)
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.executescript(_SCHEMA)
            self._db.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        else:
            try:
                self._db = sqlite3.connect(catalog)
                self._db.execute("PRAGMA foreign_keys = ON")
                # Taken now, so nothing else can change the catalog between reading it and committing.
                self._db.execute("BEGIN IMMEDIATE")
                if _meta(self._db, "schema_version") != str(SCHEMA_VERSION):
                    raise sqlite3.DatabaseError("it was built by another version")
                self._base_generation = store.dir / _meta(self._db, "generation")
                self._specs = json.loads((self._base_generation / MANIFEST).read_text(encoding="utf-8")
                                         ).get("vector_index", {})
                self.vectors = _read_segments(self._base_generation, VECTORS)
                self.sentence_vectors = _read_segments(self._base_generation, SENTENCE_VECTORS)
            except (sqlite3.Error, RuntimeError, OSError, TypeError, ValueError) as exc:
                self._close_quietly()
                shutil.rmtree(self.path, ignore_errors=True)
                self._release()
                raise _damaged(catalog, exc) from exc
        self._db.row_factory = sqlite3.Row

    def add_document(self, source: str, file_type: str, sha256: str, report: Report,
                     chunks: list[Chunk], vectors: np.ndarray,
                     sentences: list[list[str]], sentence_vectors: np.ndarray,
                     actors: list[tuple] | None = None, latent: list[LatentTerms] | None = None,
                     pairs: list[list[str]] | None = None, pair_vectors: np.ndarray | None = None) -> int:
        """Store one parsed document, its chunks, their sentences and all vectors; returns doc_id.

        ``actors`` holds, per chunk, its ``actors.Mention``s; ``latent`` its latent terms;
        ``pairs`` its neighbouring sentences joined (``chunking.sentence_pairs``), with ``pair_vectors``.
        """
        pairs, pair_vectors = check_lengths(chunks, vectors, sentences, sentence_vectors, pairs, pair_vectors)
        if latent is not None and len(latent) != len(chunks):
            raise ValueError("one set of latent terms per chunk is required")
        cursor = self._db.execute(
            "INSERT INTO documents (source, file_type, sha256, title, body, kind, meetings, dates,"
            " date_text, chair, language) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (source, file_type, sha256, report.title, report.body, report.kind,
             json.dumps(list(report.meetings)), json.dumps(list(report.dates)), report.date_text,
             report.chair, report.language))
        doc_id = cursor.lastrowid
        ids, sentence_ids, pair_ids = [], [], []
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
            if latent is not None:
                terms, weights = latent[position]
                self._db.executemany("INSERT INTO latent (term, chunk_id, weight) VALUES (?,?,?)",
                                     zip(terms.tolist(), [ids[-1]] * len(terms), weights.tolist()))
            context = " ".join([report.title, *chunk.section])
            self._db.execute("INSERT INTO chunks_fts (rowid, text, context) VALUES (?,?,?)",
                             (cursor.lastrowid, lexical_text(chunk.text), lexical_text(context)))
            for number, sentence in enumerate(sentences[position]):
                row = self._db.execute("INSERT INTO sentences (chunk_id, position, text) VALUES (?,?,?)",
                                       (ids[-1], number, sentence))
                sentence_ids.append(row.lastrowid)
            for number, pair in enumerate(pairs[position]):
                row = self._db.execute("INSERT INTO sentences (chunk_id, position, text, span) VALUES (?,?,?,2)",
                                       (ids[-1], number, pair))
                pair_ids.append(row.lastrowid)
        self._count_words([c.embed_text for c in chunks], [c.text for c in chunks], +1)
        if ids:
            self.vectors = _add_vectors(self.vectors, vectors, ids)
        if sentence_ids:
            self.sentence_vectors = _add_vectors(self.sentence_vectors, sentence_vectors, sentence_ids)
        if pair_ids:
            self.sentence_vectors = _add_vectors(self.sentence_vectors, pair_vectors, pair_ids)
        return doc_id

    def known_acronyms(self) -> dict[str, str]:
        """The acronyms the documents now in this update define (``lexicon.merge_definitions``)."""
        return merge_definitions(self._db.execute(
            "SELECT acronym, letters, long_form FROM acronyms ORDER BY chunk_id, position"))

    def remove_document(self, source: str) -> None:
        """Drop a document, its chunks, their text index rows and vectors."""
        row = self._db.execute("SELECT doc_id FROM documents WHERE source = ?", (source,)).fetchone()
        if row is None:
            return
        rows = self._db.execute("SELECT chunk_id, text, section, embed_text FROM chunks WHERE doc_id = ?",
                                (row["doc_id"],)).fetchall()
        self._count_words([chunk["embed_text"] for chunk in rows], [chunk["text"] for chunk in rows], -1)
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

    def _count_words(self, texts: list[str], plain_texts: list[str], sign: int) -> None:
        """Add (+1) or take away (-1) the words of chunks: ``texts`` with their headings, ``plain_texts``
        as written (the case counts: a heading capitalises every word)."""
        counts, passages = word_counts(texts)
        lower, capital = case_counts(plain_texts)
        add_to_vocabulary(self._db, [(word, sign * n, sign * passages[word], sign * lower[word], sign * capital[word])
                                     for word, n in counts.items()])
        if sign < 0:
            self._db.execute("DELETE FROM vocabulary WHERE count <= 0")

    def commit(self, manifest: dict) -> Path:
        """Write the vectors, then publish: commit the catalog (an update) or point to it (a rebuild)."""
        store = self._store
        try:
            dimension = int(manifest["dimension"])
            kinds = {}
            for name, attribute, stem in (("chunks", "vectors", VECTORS),
                                          ("sentences", "sentence_vectors", SENTENCE_VECTORS)):
                segments = getattr(self, attribute) or _empty_segments(dimension)
                spec = vector_index.IndexSpec.from_dict(self._specs[name]) if name in self._specs \
                    else vector_index.spec_of(segments.base)
                written, spec = self._write_vectors(segments, spec, stem)
                setattr(self, attribute, written)
                kinds[name] = spec.to_dict()
            manifest = {**manifest, "schema_version": SCHEMA_VERSION, "vector_count": int(self.vectors.ntotal),
                        "vector_index": kinds}
            (self.path / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True), encoding="utf-8")
            for path in self.path.iterdir():
                if path.name != CATALOG:
                    _fsync_file(path)
            generation = store.dir / f"gen-{self._stamp}"
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('generation', ?)", (generation.name,))
            if self._base_catalog is not None:
                os.rename(self.path, generation)
                _fsync_dir(store.dir)
                self._db.commit()  # published: readers opened from now on see this generation
                self._db.close()
                store._prune({self._base_catalog.name, generation.name, self._base_generation.name})
                return generation
            self._db.commit()
            # WAL: later updates change this catalog in place while readers keep their snapshot.
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.close()
            _fsync_file(self.path / CATALOG)
            catalog = store.dir / f"catalog-{self._stamp}.sqlite"
            previous = store.catalog()
            os.rename(self.path / CATALOG, catalog)
            os.rename(self.path, generation)
            _fsync_dir(store.dir)
            store._point_to(catalog)  # published
            store._prune({catalog.name, generation.name, *_catalog_and_generation(previous)})
            return generation
        finally:
            self._release()

    def _write_vectors(self, segments: vector_index.Segments, spec: vector_index.IndexSpec,
                       stem: str) -> tuple[vector_index.Segments, vector_index.IndexSpec]:
        """One vector set into the new generation: a new base when it is time to merge, else a link."""
        import faiss

        base = f"{stem}.faiss"
        if self._base_generation is None or segments.should_merge(spec, self._store.merge_below):
            # The mapped base cannot change: merge into a copy read into memory.
            writable = segments.base if self._base_generation is None else \
                faiss.read_index(str(self._base_generation / base))
            index, spec = segments.merged(writable, spec)
            segments = vector_index.Segments(index)
            write_vector_set(self.path, stem, segments)
        else:
            os.link(self._base_generation / base, self.path / base)  # unchanged: shared, not copied
            write_vector_set(self.path, stem, segments, base=False)
        return segments, spec

    def abort(self) -> None:
        """Forget this update; the current index stays as it was."""
        try:
            self._close_quietly()  # closing without a commit rolls the transaction back
        finally:
            shutil.rmtree(self.path, ignore_errors=True)
            self._release()

    def _close_quietly(self) -> None:
        try:
            self._db.close()
        except (AttributeError, sqlite3.Error):
            pass

    def _release(self) -> None:
        if not self._lock.closed:
            fcntl.flock(self._lock, fcntl.LOCK_UN)
            self._lock.close()


def check_lengths(chunks: list, vectors: np.ndarray, sentences: list[list[str]], sentence_vectors: np.ndarray,
                  pairs: list[list[str]] | None, pair_vectors: np.ndarray | None
                  ) -> tuple[list[list[str]], np.ndarray]:
    """A document's pairs of sentences and their vectors (none if not given), once each count is checked."""
    if len(chunks) != len(vectors) or len(chunks) != len(sentences):
        raise ValueError("one vector and one sentence list per chunk are required")
    if sum(map(len, sentences)) != len(sentence_vectors):
        raise ValueError("one vector per sentence is required")
    if pairs is None or not any(pairs):
        if pair_vectors is not None and len(pair_vectors):
            raise ValueError("vectors of sentence pairs were given without the pairs")
        return [[] for _ in chunks], np.zeros((0, np.shape(vectors)[-1]), dtype="float32")
    if len(pairs) != len(chunks) or pair_vectors is None or sum(map(len, pairs)) != len(pair_vectors):
        raise ValueError("one list of sentence pairs per chunk and one vector per pair are required")
    return pairs, np.asarray(pair_vectors, dtype="float32")


def _empty_segments(dimension: int) -> vector_index.Segments:
    return vector_index.Segments(vector_index.empty(vector_index.IndexSpec(), dimension))


def _add_vectors(segments: vector_index.Segments | None, vectors: np.ndarray,
                 ids: list[int]) -> vector_index.Segments:
    """Add vectors under the given ids, starting an (exact) index on first use."""
    segments = segments or _empty_segments(vectors.shape[1])
    segments.add_with_ids(vectors, np.array(ids, dtype="int64"))
    return segments


def _catalog_and_generation(catalog: Path | None) -> tuple[str, ...]:
    """The names of a catalog and of the generation it names, as far as they can be read."""
    if catalog is None:
        return ()
    try:
        with closing(sqlite3.connect(f"file:{catalog}?mode=ro", uri=True)) as db:
            return (catalog.name, _meta(db, "generation") or "")
    except sqlite3.Error:
        return (catalog.name,)


class IndexReader:
    """A read-only view of one version of the index; safe to share between threads."""

    def __init__(self, index_dir: Path, catalog: Path | None):
        if catalog is None:
            raise IndexMissingError(f"No index in {index_dir}; build it with 'cwgcop-search index'.")
        try:
            self._db = sqlite3.connect(f"file:{catalog}?mode=ro", uri=True, check_same_thread=False)
            self._db.row_factory = sqlite3.Row
            # One read transaction for the reader's life: it keeps the snapshot of the catalog that
            # matches the generation it names, whatever updates are committed meanwhile.
            self._db.execute("BEGIN")
            if _meta(self._db, "schema_version") != str(SCHEMA_VERSION):
                raise StoreError(f"The index in {catalog} was built by another version; "
                                 f"rebuild it with 'cwgcop-search index --rebuild'.")
            self.path = index_dir / (_meta(self._db, "generation") or "")
            self.manifest = json.loads((self.path / MANIFEST).read_text(encoding="utf-8"))
            # Bases are mapped, not read: opening costs no copy of the vectors, pages come in as
            # searches touch them, and the kernel may drop them again (a 1M index is 2 x 414 MB).
            # A truncated file is still refused here.
            self.vectors = _read_segments(self.path, VECTORS)
            self.sentence_vectors = _read_segments(self.path, SENTENCE_VECTORS)
            kinds = self.manifest.get("vector_index", {})
            for name, segments in (("chunks", self.vectors), ("sentences", self.sentence_vectors)):
                if name in kinds and hasattr(segments.base, "nprobe"):
                    segments.base.nprobe = int(kinds[name]["nprobe"])  # tunable in the manifest
            # SQLite reads a damaged file only when first queried: query it here, inside the guard.
            self._documents = self._load_documents()
        except (OSError, json.JSONDecodeError, RuntimeError, sqlite3.Error, ValueError) as exc:
            raise _damaged(catalog, exc) from exc
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

    def sentence_search(self, vector: np.ndarray, k: int, allowed: np.ndarray | None = None,
                        pairs: bool = True) -> list[tuple[int, float]]:
        """Chunks ranked by their sentence (or pair of sentences) nearest the query: (chunk id, its cosine).

        ``k`` sentences are read; without ``pairs``, ``k`` single sentences (pairs read on the way
        are dropped, and more are read until there are enough).
        """
        allowed_sentences = None
        if allowed is not None:
            allowed_sentences = self._sentence_ids_of(allowed, None if pairs else 1)
        wanted = k
        while True:
            hits = vector_index.nearest(self.sentence_vectors, vector, wanted, allowed_sentences)
            owner = self._sentence_owners([i for i, _ in hits])
            kept = [(owner[i][0], score) for i, score in hits if pairs or owner[i][1] == 1]
            if len(kept) >= k or len(hits) < wanted:
                break
            wanted *= 2
        best: dict[int, float] = {}
        for chunk_id, score in kept[:k]:
            best.setdefault(chunk_id, score)
        return list(best.items())

    def sentences_of(self, chunk_ids: Iterable[int], span: int = 1) -> dict[int, tuple[list[str], np.ndarray]]:
        """Each chunk's sentences in order, with their vectors (one row per sentence); span 2: its pairs."""
        ids = [int(i) for i in chunk_ids]
        if not ids:
            return {}
        texts: dict[int, list[str]] = {}
        vectors: dict[int, list[np.ndarray]] = {}
        for sentence_id, chunk_id, text in self._db.execute(
                f"SELECT sentence_id, chunk_id, text FROM sentences WHERE chunk_id IN {_IDS} AND span = ? "
                f"ORDER BY chunk_id, position", [json.dumps(ids), span]):
            texts.setdefault(chunk_id, []).append(text)
            vectors.setdefault(chunk_id, []).append(self.sentence_vectors.reconstruct(int(sentence_id)))
        return {i: (texts[i], np.vstack(vectors[i])) for i in texts}

    def _sentence_owners(self, sentence_ids: list[int]) -> dict[int, tuple[int, int]]:
        return {i: (chunk_id, span) for i, chunk_id, span in self._db.execute(
            f"SELECT sentence_id, chunk_id, span FROM sentences WHERE sentence_id IN {_IDS}",
            [json.dumps(sentence_ids)])}

    def _sentence_ids_of(self, chunk_ids: np.ndarray, span: int | None = None) -> np.ndarray:
        ids = [int(i) for i in chunk_ids]
        if not ids:
            return np.zeros(0, dtype="int64")
        return np.array([r[0] for r in self._db.execute(
            f"SELECT sentence_id FROM sentences WHERE chunk_id IN {_IDS} AND span IN (?, ?)",
            [json.dumps(ids), span or 1, span or 2])], dtype="int64")

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

    def latent_search(self, terms: LatentTerms, k: int,
                      allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The ``k`` chunks whose latent terms best match a question's (dot product, higher is better).

        Each term reads at most LATENT_POSTINGS of its chunks, those that weigh it most, so a
        question costs the same on five reports as on a million chunks; within ``allowed`` the
        sum is exact.
        """
        ids, weights = terms
        if k <= 0 or len(ids) == 0:
            return []
        pairs = [(int(t), float(w)) for t, w in zip(ids, weights)]
        if allowed is not None:
            sql = (f"SELECT l.chunk_id, SUM(l.weight * json_extract(q.value, '$[1]')) AS score "
                   f"FROM json_each(?) q JOIN latent l ON l.term = json_extract(q.value, '$[0]') "
                   f"WHERE l.chunk_id IN {_IDS} GROUP BY l.chunk_id ORDER BY score DESC, l.chunk_id LIMIT ?")
            rows = self._db.execute(sql, [json.dumps(pairs), json.dumps([int(i) for i in allowed]), k])
            return [(int(i), float(s)) for i, s in rows]
        scores: Counter = Counter()
        for term, weight in pairs:
            for chunk_id, stored in self._db.execute(
                    "SELECT chunk_id, weight FROM latent WHERE term = ? ORDER BY weight DESC LIMIT ?",
                    (term, LATENT_POSTINGS)):
                scores[chunk_id] += stored * weight
        return [(int(i), float(s)) for i, s in sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:k]]

    def latent_terms_of(self, chunk_ids: Iterable[int]) -> dict[int, LatentTerms]:
        """Each chunk's stored latent terms (term ids, weights), strongest first; none for a chunk without."""
        ids = [int(i) for i in chunk_ids]
        grouped: dict[int, list[tuple[int, float]]] = {}
        if ids:
            for chunk_id, term, weight in self._db.execute(
                    f"SELECT chunk_id, term, weight FROM latent WHERE chunk_id IN {_IDS} "
                    f"ORDER BY chunk_id, weight DESC", [json.dumps(ids)]):
                grouped.setdefault(int(chunk_id), []).append((int(term), float(weight)))
        return {i: (np.array([t for t, _ in pairs], dtype="int32"), np.array([w for _, w in pairs], dtype="float32"))
                for i, pairs in grouped.items()}

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

            counts, passages, lower, capital = Counter(), Counter(), Counter(), Counter()
            for word, count, n, low, cap in self._db.execute(
                    "SELECT word, count, passages, lower, capital FROM vocabulary"):
                counts[word], passages[word] = count, n
                if low:
                    lower[word] = low
                if cap:
                    capital[word] = cap
            definitions = self._db.execute(
                "SELECT acronym, letters, long_form FROM acronyms ORDER BY chunk_id, position")
            self._vocabulary = Vocabulary(counts, passages, self.chunk_count, merge_definitions(definitions),
                                          (lower, capital))
        return self._vocabulary

    def close(self) -> None:
        self._db.close()
