"""Shared fixtures: the real model once per run, a built index of the shipped corpus."""

from __future__ import annotations

import re
import shutil
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/documents.py

from cwgcop_search.config import Settings  # noqa: E402
from cwgcop_search.embedder import load_embedder  # noqa: E402
from cwgcop_search.engine import Engine  # noqa: E402
from cwgcop_search.query import Vocabulary  # noqa: E402

REPORT_19 = CORPUS / "CWG-COP-19th-meeting-report-2023.txt"
REPORT_22 = CORPUS / "CWG-COP-22nd-meeting-report-2025.txt"
REPORT_14 = CORPUS / "CWG-COP-14th-meeting-report-2018.txt"
FOUR_YEAR = CORPUS / "CWG-COP-four-year-report-to-PP-22.txt"
COUNCIL = CORPUS / "Council-report-CWG-COP-21st-22nd-meetings-2025.txt"
APP = str(ROOT / "app.py")


@pytest.fixture(scope="session")
def embedder():
    """The real default model, loaded once for the whole run."""
    return load_embedder(Settings().model)


def vocabulary(*words) -> Vocabulary:
    """A collection vocabulary holding these words, each as often as it is given."""
    from collections import Counter

    return Vocabulary(Counter(words))


def make_engine(corpus: Path, index: Path, **overrides) -> Engine:
    return Engine(Settings(corpus_dir=corpus, index_dir=index, **overrides))


@pytest.fixture
def corpus_dir(tmp_path) -> Path:
    """A private copy of two shipped reports, free to change."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    for path in (REPORT_19, REPORT_14):
        shutil.copy(path, folder / path.name)
    return folder


@pytest.fixture(scope="session")
def shipped_engine(tmp_path_factory, embedder) -> Engine:
    """An engine over the whole shipped corpus, indexed once; tests only read it."""
    base = tmp_path_factory.mktemp("shipped")
    corpus = base / "corpus"
    shutil.copytree(CORPUS, corpus)
    engine = make_engine(corpus, base / "index")
    engine.index()
    return engine


@pytest.fixture
def scripted_endpoint():
    """A stand-in OpenAI-compatible server whose reply is fixed by the test (the real small model's
    replies cannot be predicted): it cites the passage holding "first pilot" and adds one claim
    that no passage supports, streamed word by word as server-sent events."""
    import json
    import re
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):  # noqa: N802 - http.server's name
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            prompt = body["messages"][-1]["content"]
            blocks = re.split(r"\n\n(?=\[\d+\] )", prompt.split("Passages:\n\n", 1)[1])
            n = next(i for i, b in enumerate(blocks, start=1) if "first pilot" in b)
            reply = (f"Albania became the first pilot of the ITU's global Child Online Protection program [{n}]. "
                     f"Albania also sent a rocket to the moon [{n}].")
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.end_headers()
            for word in reply.split(" "):
                event = {"choices": [{"delta": {"content": word + " "}}]}
                self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
            self.wfile.write(b"data: [DONE]\n\n")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()


def plain(markdown: str) -> str:
    """What a reader sees of Markdown whose special characters the app escaped."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


@pytest.fixture
def app(shipped_engine, monkeypatch):
    """The app over the shipped corpus, first page drawn (Streamlit's AppTest, same process)."""
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("CWGCOP_CORPUS", str(shipped_engine.settings.corpus_dir))
    monkeypatch.setenv("CWGCOP_INDEX", str(shipped_engine.settings.index_dir))
    return AppTest.from_file(APP, default_timeout=120).run()
