"""One exception tree. Messages name the file involved and what to do."""


class CwgcopError(Exception):
    """Base class for every error the library raises on purpose."""


class ConfigError(CwgcopError):
    """A setting is missing, misspelt or has a bad value."""


class ReaderError(CwgcopError):
    """A source file could not be read; ``reason`` names why in one word, for its verdict.

    Reasons: unsupported, empty, damaged, encrypted, scanned, too_large, too_many_pages,
    timeout, unreadable.
    """

    def __init__(self, message: str, reason: str = "damaged"):
        super().__init__(message)
        self.reason = reason


class ModelNotFoundError(CwgcopError):
    """The embedding model is not installed where the settings point."""


class StoreError(CwgcopError):
    """The index on disk is missing, damaged or from another version."""


class IndexMissingError(StoreError):
    """No index has been built yet in the index directory."""


class CorpusError(CwgcopError):
    """The corpus directory is missing or holds no readable documents."""


class UploadError(CwgcopError):
    """A file given to the library was refused (type, size, name)."""


class QuestionError(CwgcopError):
    """A question cannot be asked as given (empty, too long)."""
