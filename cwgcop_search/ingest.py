"""Reading and parsing source files safely: limits, a time budget, a verdict for every file.

Third-party parsers can hang or crash on a pathological file. Each file is
read and parsed in a worker process that is stopped when it overruns its
time budget, so one bad file costs its own verdict and nothing else. The
worker is started once per indexing run and replaced only after a timeout
or crash.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from dataclasses import dataclass
from multiprocessing.connection import Connection
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


def _serve(requests, replies) -> None:
    """The worker's loop: a (path, limits) in, ("ok", ParsedFile) or ("error", message, reason) out."""
    while True:
        try:
            request = requests.recv()
        except EOFError:
            return
        if request is None:
            return
        path, limits = request
        try:
            replies.send(("ok", parse_file(path, limits)))
        except ReaderError as exc:
            replies.send(("error", str(exc), exc.reason))
        except OSError as exc:
            replies.send(("error", f"{Path(path).name}: cannot be read ({exc}).", "unreadable"))


class ParseWorker:
    """A child process that parses files one at a time within a time budget.

    Use as a context manager; ``parse`` raises ReaderError (reason "timeout"
    when the budget ran out, "damaged" when the parser crashed the process).
    The child is a fresh interpreter running ``worker_main``, not a
    multiprocessing child: those re-run the parent's main script, which under
    Streamlit is the app itself.
    """

    def __init__(self, limits: Limits):
        self.limits = limits
        self._process: subprocess.Popen | None = None
        self._requests = self._replies = None

    def __enter__(self) -> "ParseWorker":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def _start(self) -> None:
        # Imported, not run as __main__, so its classes pickle under their real module name.
        self._process = subprocess.Popen([sys.executable, "-c", "from cwgcop_search.ingest import worker_main; "
                                                                "worker_main()"],
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_child_environment())
        self._requests = Connection(os.dup(self._process.stdin.fileno()), readable=False)
        self._replies = Connection(os.dup(self._process.stdout.fileno()), writable=False)
        self._process.stdin.close()
        self._process.stdout.close()

    def parse(self, path: Path) -> ParsedFile:
        if self._process is None or self._process.poll() is not None:
            self._start()
        try:
            self._requests.send((str(path), self.limits))
            ready = self._replies.poll(self.limits.timeout)
            reply = self._replies.recv() if ready else None
        except (EOFError, OSError):
            self._stop()
            raise ReaderError(f"{Path(path).name}: the reader crashed on this file; it is probably damaged. "
                              f"Re-save or re-export it.", "damaged") from None
        if not ready:
            self._stop()
            raise ReaderError(f"{Path(path).name}: reading it took longer than {self.limits.timeout:g} s "
                              f"(setting parse_timeout); it was stopped.", "timeout")
        if reply[0] == "error":
            raise ReaderError(reply[1], reply[2])
        return reply[1]

    def _stop(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait(10)
        for connection in (self._requests, self._replies):
            if connection is not None:
                connection.close()
        self._process = self._requests = self._replies = None

    def close(self) -> None:
        if self._process is not None and self._process.poll() is None:
            try:
                self._requests.send(None)
                self._process.wait(5)
            except (OSError, subprocess.TimeoutExpired):
                pass
        self._stop()


def _child_environment() -> dict:
    """This environment, with this package importable in the child wherever it was imported from."""
    here = str(Path(__file__).resolve().parent.parent)
    inherited = os.environ.get("PYTHONPATH")
    return {**os.environ, "PYTHONPATH": here + (os.pathsep + inherited if inherited else "")}


def worker_main() -> None:
    """The worker process's entry point: serve parse requests on stdin, replies on stdout."""
    # The replies own file descriptor 1; anything a library prints goes to stderr instead.
    # pypdf logs every oddity of a damaged file; the verdict already says what matters.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    requests = Connection(os.dup(0), writable=False)
    replies = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)
    _serve(requests, replies)

