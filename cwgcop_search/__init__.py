"""cwgcop-search: ask questions of the CWG-COP reports and get answers you can quote.

The public API (see the README's "Using it from Python")::

    from cwgcop_search import Engine, load_settings
    engine = Engine(load_settings())
    engine.ensure_index()
    answer = engine.ask("When will the gap analysis be discussed?")
"""

from importlib import import_module

# Exported names and the module each comes from, imported on first use: the parse worker
# imports cwgcop_search.ingest and should not pay for the engine, numpy and the store.
_EXPORTS = {
    "Engine": "engine", "Settings": "config", "load_settings": "config", "Conversation": "conversation",
    "Answer": "types", "Passage": "types", "Filters": "types", "DocumentInfo": "types", "IndexReport": "types",
    **{name: "errors" for name in ("CwgcopError", "ConfigError", "CorpusError", "IndexMissingError",
                                   "ModelNotFoundError", "QuestionError", "ReaderError", "StoreError",
                                   "UploadError")},
}


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


__version__ = "0.1.0"

__all__ = list(_EXPORTS)
