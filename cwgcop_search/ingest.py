"""Reading and parsing source files safely: limits, a time budget, a verdict for every file.

Third-party parsers can hang or crash on a pathological file. Each file is
read and parsed in a worker process that is stopped when it overruns its
time budget, so one bad file costs its own verdict and nothing else. The
worker is started once per indexing run and replaced only after a timeout
or crash.
"""

from __future__ import annotations

import multiprocessing
from dataclasses import dataclass
from pathlib import Path

from .errors import ReaderError
from .readers import read_document
from .structure import parse_report
from .types import Report


@dataclass(frozen=True)
class Limits:
    """What one file may cost before it is refused."""

    max_file_mb: float = 200.0
    max_pages: int = 3000
    timeout: float = 120.0  # seconds to read and parse one file


@dataclass(frozen=True)
class ParsedFile:
    """A file read and parsed: its report, the reader's kind, warnings and page count."""

    report: Report
    file_type: str
    warnings: tuple[str, ...]
    pages: int


def parse_file(path: Path, limits: Limits) -> ParsedFile:
    """Read and parse one file in this process; raises ReaderError with the file's reason."""
    path = Path(path)
    size = path.stat().st_size
    if size > limits.max_file_mb * 1024 * 1024:
        raise ReaderError(f"{path.name}: the file is {size / 1048576:.1f} MB; the limit is "
                          f"{limits.max_file_mb:g} MB (setting max_file_mb).", "too_large")
    source = read_document(path, limits.max_pages)
    report = parse_report(source.blocks)
    if not report.paragraphs:
        raise ReaderError(f"{path.name}: no text found in the file.", "empty")
    pages = max((page for block in source.blocks for page in block.pages), default=0)
    return ParsedFile(report, source.file_type, source.warnings, pages)


def _serve(connection) -> None:
    """The worker's loop: a (path, limits) in, ("ok", ParsedFile) or ("error", message, reason) out."""
    while True:
        try:
            request = connection.recv()
        except EOFError:
            return
        if request is None:
            return
        path, limits = request
        try:
            connection.send(("ok", parse_file(path, limits)))
        except ReaderError as exc:
            connection.send(("error", str(exc), exc.reason))
        except OSError as exc:
            connection.send(("error", f"{Path(path).name}: cannot be read ({exc}).", "unreadable"))


class ParseWorker:
    """A child process that parses files one at a time within a time budget.

    Use as a context manager; ``parse`` raises ReaderError (reason "timeout"
    when the budget ran out, "damaged" when the parser crashed the process).
    """

    def __init__(self, limits: Limits):
        self.limits = limits
        # forkserver: children start from a small clean process, not a copy of this one
        # with its model and threads.
        self._context = multiprocessing.get_context("forkserver")
        self._process = None
        self._connection = None

    def __enter__(self) -> "ParseWorker":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def _start(self) -> None:
        parent, child = self._context.Pipe()
        self._process = self._context.Process(target=_serve, args=(child,), daemon=True,
                                              name="cwgcop-parse")
        self._process.start()
        child.close()
        self._connection = parent

    def parse(self, path: Path) -> ParsedFile:
        if self._process is None or not self._process.is_alive():
            self._start()
        self._connection.send((str(path), self.limits))
        if not self._connection.poll(self.limits.timeout):
            self._stop()
            raise ReaderError(f"{Path(path).name}: reading it took longer than {self.limits.timeout:g} s "
                              f"(setting parse_timeout); it was stopped.", "timeout")
        try:
            reply = self._connection.recv()
        except EOFError:
            self._stop()
            raise ReaderError(f"{Path(path).name}: the reader crashed on this file; it is probably damaged. "
                              f"Re-save or re-export it.", "damaged") from None
        if reply[0] == "error":
            raise ReaderError(reply[1], reply[2])
        return reply[1]

    def _stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join(5)
        if self._connection is not None:
            self._connection.close()
        self._process = self._connection = None

    def close(self) -> None:
        if self._process is not None and self._process.is_alive():
            try:
                self._connection.send(None)
                self._process.join(5)
            except (OSError, ValueError):
                pass
        self._stop()
