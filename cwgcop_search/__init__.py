"""cwgcop-search: ask questions of the CWG-COP reports and get answers you can quote.

The public API (see the README's "Using it from Python")::

    from cwgcop_search import Engine, load_settings
    engine = Engine(load_settings())
    engine.ensure_index()
    answer = engine.ask("When will the gap analysis be discussed?")
"""

from .config import Settings, load_settings
from .conversation import Conversation
from .engine import Engine
from .errors import (ConfigError, CorpusError, CwgcopError, IndexMissingError, ModelNotFoundError,
                     QuestionError, ReaderError, StoreError, UploadError)
from .types import Answer, DocumentInfo, Filters, IndexReport, Passage

__version__ = "0.1.0"

__all__ = [
    "Engine", "Settings", "load_settings", "Conversation",
    "Answer", "Passage", "Filters", "DocumentInfo", "IndexReport",
    "CwgcopError", "ConfigError", "CorpusError", "IndexMissingError", "ModelNotFoundError",
    "QuestionError", "ReaderError", "StoreError", "UploadError",
]
