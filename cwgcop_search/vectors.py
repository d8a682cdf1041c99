"""Which FAISS index for how many vectors, and how to search it.

Small collections get an exact inner-product index: nothing to train,
perfect recall, and a flat scan of a few tens of thousands of vectors takes
a millisecond or two. Past ``EXACT_BELOW`` vectors an inverted file with
8-bit scalar quantisation (IVF-SQ8) takes over: a quarter of the memory of
the float vectors, a scan of ``nprobe`` of ``nlist`` cells per query, and,
unlike HNSW, it removes vectors in place, so a changed report is replaced
without rebuilding the index. The figures behind the choices are in
benchmarks/README.md (``python benchmarks/ann.py``).

Vectors are keyed by chunk (or sentence) id whatever the kind: the flat
index is wrapped in an ``IndexIDMap2``; the IVF index keeps the ids itself
and a hash table from id to position, so vectors are added, removed and
read back by id.
The chosen parameters are persisted in the manifest (``IndexSpec.to_dict``).

A large index is not rewritten for every change: ``Segments`` keeps the
index as written (the *base*), a small exact index of the vectors added
since (the *delta*) and the base ids removed since, and searches all three
as one. ``should_merge`` says when the delta has grown enough that the
next update folds it into a new base.
"""

from __future__ import annotations

import math
import os
from dataclasses import asdict, dataclass

import numpy as np

# Below this many vectors an exact scan is fast enough (about 2 ms at 50,000 x 384 on one
# core, measured) and an IVF index would have too few vectors per cell to train well.
EXACT_BELOW = 50_000
# An IVF index trained on n vectors is retrained when the collection has grown to this
# many times n: its cells would otherwise hold too many vectors each and search slows.
RETRAIN_GROWTH = 4.0
# Cells scanned per query (benchmarks/ann.py, synthetic vectors made from the default e5 model's):
# at 1M vectors in 4,096 cells recall@10 is 0.899 at 48, 0.931 at 96, 0.959 at 192 (p95 2.6 ms)
# and 0.967 at 384 (p95 4.6 ms); at 100k in 1,024 cells, 0.958 at 192.
NPROBE = 192
# Up to this many allowed ids (a metadata filter), they are scored exactly instead of
# searching the IVF cells: a filter to one report must not miss what the cells skip.
# Reading an SQ8 vector back costs about 2 us, so 5,000 of them cost about 10 ms.
EXACT_FILTER_BELOW = 5_000
# A single query over a small index: threads cost more than they save.
SINGLE_THREAD_BELOW = 200_000
# Below this many vectors every update rewrites the whole index (a fraction of a second);
# above it, changes go to the delta until it holds this share of the base: an exact scan of
# 5% of a million vectors costs about 2 ms per query, rewriting both 1M bases 1.6 to 2.3 s
# (benchmarks/README.md).
MERGE_BELOW = EXACT_BELOW
DELTA_SHARE = 0.05


@dataclass(frozen=True)
class IndexSpec:
    """The kind of index and its parameters, as persisted in the manifest."""

    kind: str = "flat"       # "flat" (exact inner product) or "ivf-sq8"
    nlist: int = 0           # IVF cells
    nprobe: int = 0          # IVF cells scanned per query
    trained_on: int = 0      # vectors in the collection when the IVF was trained

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict | None) -> "IndexSpec":
        return cls(**data) if data else cls()


def choose(n_vectors: int) -> IndexSpec:
    """The index for a collection of ``n_vectors``."""
    if n_vectors < EXACT_BELOW:
        return IndexSpec()
    # About 4 * sqrt(n) cells (FAISS's rule of thumb), a power of two, each holding
    # at least 39 training vectors so k-means is well posed.
    nlist = 2 ** round(math.log2(4 * math.sqrt(n_vectors)))
    nlist = max(1, min(nlist, n_vectors // 39))
    return IndexSpec("ivf-sq8", nlist=nlist, nprobe=min(NPROBE, nlist), trained_on=n_vectors)


def needs_rebuild(current: IndexSpec, n_vectors: int) -> bool:
    """Has the collection outgrown (or shrunk below) the kind of index it has?"""
    wanted = choose(n_vectors)
    if wanted.kind != current.kind:
        return True
    return current.kind == "ivf-sq8" and n_vectors > RETRAIN_GROWTH * current.trained_on


def empty(spec: IndexSpec, dimension: int):
    """An untrained (IVF) or empty (flat) index of the given kind, keyed by id."""
    import faiss

    if spec.kind == "flat":
        return faiss.index_factory(dimension, "IDMap2,Flat", faiss.METRIC_INNER_PRODUCT)
    if spec.kind != "ivf-sq8":
        raise ValueError(f"unknown vector index kind {spec.kind!r}")
    index = faiss.index_factory(dimension, f"IVF{spec.nlist},SQ8", faiss.METRIC_INNER_PRODUCT)
    # A hash table from id to list position: lets vectors be read back and removed by id.
    index.set_direct_map_type(faiss.DirectMap.Hashtable)
    index.nprobe = spec.nprobe
    return index


def build(spec: IndexSpec, vectors: np.ndarray, ids: np.ndarray, train_sample: int = 100_000,
          seed: int = 0):
    """A new index of the given kind holding ``vectors`` under ``ids``."""
    vectors = np.ascontiguousarray(vectors, dtype="float32")
    index = empty(spec, vectors.shape[1])
    if spec.kind != "flat":
        rng = np.random.default_rng(seed)
        train_sample = max(train_sample, 40 * spec.nlist)  # k-means wants >= 39 points per cell
        sample = vectors if len(vectors) <= train_sample else \
            vectors[np.sort(rng.choice(len(vectors), train_sample, replace=False))]
        index.train(sample)
    if len(vectors):
        index.add_with_ids(vectors, np.ascontiguousarray(ids, dtype="int64"))
    return index


def all_ids(index) -> np.ndarray:
    """Every id an index holds."""
    import faiss

    if isinstance(index, Segments):
        return index.ids()
    if isinstance(index, faiss.IndexIVF):
        lists = index.invlists
        parts = [faiss.rev_swig_ptr(lists.get_ids(i), lists.list_size(i)).copy()
                 for i in range(index.nlist) if lists.list_size(i)]
        return np.sort(np.concatenate(parts)).astype("int64") if parts else np.zeros(0, dtype="int64")
    return faiss.vector_to_array(index.id_map).astype("int64")


def all_vectors(index) -> tuple[np.ndarray, np.ndarray]:
    """Every (id, vector) an index holds, for rebuilding it as another kind."""
    ids = all_ids(index)
    if len(ids) == 0:
        return ids, np.zeros((0, index.d), dtype="float32")
    return ids, index.reconstruct_batch(ids)


def spec_of(index) -> IndexSpec:
    """The parameters of a loaded index (for indexes written before specs were persisted)."""
    import faiss

    if isinstance(index, faiss.IndexIVF):
        return IndexSpec("ivf-sq8", nlist=int(index.nlist), nprobe=int(index.nprobe),
                         trained_on=int(index.ntotal))
    return IndexSpec()


def resize(index, spec: IndexSpec) -> tuple[object, IndexSpec]:
    """The index, rebuilt as the kind its size now calls for when it has outgrown its own."""
    if not needs_rebuild(spec, int(index.ntotal)):
        return index, spec
    ids, vectors = all_vectors(index)
    wanted = choose(len(ids))
    return build(wanted, vectors, ids), wanted


def nearest(index, query: np.ndarray, k: int, allowed: np.ndarray | None = None,
            excluded: np.ndarray | None = None) -> list[tuple[int, float]]:
    """The ``k`` nearest ids by inner product, optionally only among ``allowed`` ids
    or never among ``excluded`` ones."""
    import faiss

    if isinstance(index, Segments):
        return index.nearest(query, k, allowed)
    if index.ntotal == 0 or k <= 0 or (allowed is not None and len(allowed) == 0):
        return []
    query = np.ascontiguousarray(query.reshape(1, -1), dtype="float32")
    if allowed is not None and len(allowed) <= EXACT_FILTER_BELOW:
        return _exact_among(index, query[0], k, allowed)
    faiss.omp_set_num_threads(1 if index.ntotal < SINGLE_THREAD_BELOW else os.cpu_count() or 1)
    params = selector = None
    fraction = 1.0
    if allowed is not None:
        selector, fraction = faiss.IDSelectorBatch(allowed), len(allowed) / index.ntotal
    elif excluded is not None and len(excluded):
        inner = faiss.IDSelectorBatch(np.ascontiguousarray(excluded, dtype="int64"))
        selector = faiss.IDSelectorNot(inner)
        selector.referenced = inner  # the wrapper does not keep the selector it negates alive
    if selector is not None:
        params = faiss.SearchParametersIVF(sel=selector, nprobe=filtered_nprobe(
            index.nprobe, index.nlist, fraction)) \
            if isinstance(index, faiss.IndexIVF) else faiss.SearchParameters(sel=selector)
    scores, ids = index.search(query, min(k, int(index.ntotal)), params=params)
    return [(int(i), float(s)) for i, s in zip(ids[0], scores[0]) if i >= 0]


def filtered_nprobe(nprobe: int, nlist: int, fraction: float) -> int:
    """Cells to scan when only ``fraction`` of the vectors may be returned.

    A filter keeping 1% of the vectors leaves few of them in the usual cells;
    scanning 1/sqrt(fraction) times more cells (10x here) finds enough of them
    (recall measured by benchmarks/ann.py) at a fraction of a full scan.
    """
    return int(min(nlist, math.ceil(nprobe / math.sqrt(max(fraction, 1e-6)))))


def _exact_among(index, query: np.ndarray, k: int, allowed: np.ndarray) -> list[tuple[int, float]]:
    """Score the allowed ids one by one: exact, and fast for a few thousand of them."""
    allowed = np.ascontiguousarray(allowed, dtype="int64")
    vectors = index.reconstruct_batch(allowed)
    scores = vectors @ query
    top = np.argsort(-scores, kind="stable")[:k]
    return [(int(allowed[i]), float(scores[i])) for i in top]


class Segments:
    """One collection's vectors as a base index, a delta of later additions and removed base ids.

    Quacks like the FAISS index it wraps where the store and retrieval use one: ``ntotal``,
    ``d``, ``add_with_ids``, ``remove_ids``, ``reconstruct``, ``reconstruct_batch``; and
    ``nearest`` searches it. An id removed from the base and added again (SQLite reuses the
    highest ids) lives in the delta, which is always asked first.
    """

    def __init__(self, base, delta=None, removed: np.ndarray | None = None):
        self.base = base
        self.delta = delta if delta is not None else empty(IndexSpec(), base.d)
        self.removed = np.unique(np.asarray(removed if removed is not None else [], dtype="int64"))
        self._delta_ids = set(all_ids(self.delta).tolist())
        self._delta_sorted: np.ndarray | None = None  # the same ids as an array, made when first needed

    @property
    def d(self) -> int:
        return int(self.base.d)

    @property
    def ntotal(self) -> int:
        return int(self.base.ntotal) - len(self.removed) + int(self.delta.ntotal)

    def ids(self) -> np.ndarray:
        base = all_ids(self.base)
        live = base[~np.isin(base, self.removed)]
        return np.union1d(live, all_ids(self.delta)).astype("int64")

    def add_with_ids(self, vectors: np.ndarray, ids: np.ndarray) -> None:
        self.delta.add_with_ids(np.ascontiguousarray(vectors, dtype="float32"),
                                np.ascontiguousarray(ids, dtype="int64"))
        self._delta_ids.update(int(i) for i in ids)
        self._delta_sorted = None

    def remove_ids(self, ids: np.ndarray) -> None:
        ids = np.asarray(ids, dtype="int64")
        in_delta = self._in_delta(ids)
        if in_delta.any():
            self.delta.remove_ids(ids[in_delta])
            self._delta_ids.difference_update(int(i) for i in ids[in_delta])
            self._delta_sorted = None
        self.removed = np.union1d(self.removed, ids[~in_delta]).astype("int64")

    def _in_delta(self, ids: np.ndarray) -> np.ndarray:
        """Which of ``ids`` the delta holds (a filter may allow tens of thousands of ids per search)."""
        if not self._delta_ids:
            return np.zeros(len(ids), dtype=bool)
        if self._delta_sorted is None:
            self._delta_sorted = np.sort(np.fromiter(self._delta_ids, dtype="int64", count=len(self._delta_ids)))
        return np.isin(ids, self._delta_sorted)

    def reconstruct(self, vector_id: int) -> np.ndarray:
        owner = self.delta if int(vector_id) in self._delta_ids else self.base
        return owner.reconstruct(int(vector_id))

    def reconstruct_batch(self, ids: np.ndarray) -> np.ndarray:
        ids = np.asarray(ids, dtype="int64")
        out = np.empty((len(ids), self.d), dtype="float32")
        in_delta = self._in_delta(ids)
        if in_delta.any():
            out[in_delta] = self.delta.reconstruct_batch(ids[in_delta])
        if (~in_delta).any():
            out[~in_delta] = self.base.reconstruct_batch(ids[~in_delta])
        return out

    def nearest(self, query: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        if allowed is None:
            hits = nearest(self.base, query, k, excluded=self.removed) + nearest(self.delta, query, k)
        else:
            # ``allowed`` holds live ids (the catalog's): each is either in the delta or a base id
            # not removed. Removed ones are dropped all the same, as an unfiltered search drops them.
            allowed = np.asarray(allowed, dtype="int64")
            in_delta = self._in_delta(allowed)
            in_base = ~in_delta & ~np.isin(allowed, self.removed)
            hits = nearest(self.base, query, k, allowed[in_base]) + nearest(self.delta, query, k, allowed[in_delta])
        return sorted(hits, key=lambda hit: -hit[1])[:k]

    def should_merge(self, spec: IndexSpec, merge_below: int = MERGE_BELOW) -> bool:
        """Is it time to fold the delta and the removals into a new base?"""
        changed = int(self.delta.ntotal) + len(self.removed)
        return (self.ntotal < merge_below or changed > DELTA_SHARE * int(self.base.ntotal)
                or needs_rebuild(spec, self.ntotal))

    def merged(self, writable_base, spec: IndexSpec) -> tuple[object, IndexSpec]:
        """One index of every live vector, of the kind its size calls for.

        ``writable_base`` is the base read into memory (a mapped one cannot change).
        """
        if len(self.removed):
            writable_base.remove_ids(self.removed)
        ids, vectors = all_vectors(self.delta)
        if len(ids):
            writable_base.add_with_ids(vectors, ids)
        return resize(writable_base, spec)
