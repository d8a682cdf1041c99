"""Shared fixtures: the real model once per run, a built index of the shipped corpus."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/documents.py

from cwgcop_search.config import Settings  # noqa: E402
from cwgcop_search.embedder import load_embedder  # noqa: E402
from cwgcop_search.engine import Engine  # noqa: E402

REPORT_19 = CORPUS / "CWG-COP-19th-meeting-report-2023.txt"
REPORT_22 = CORPUS / "CWG-COP-22nd-meeting-report-2025.txt"
REPORT_14 = CORPUS / "CWG-COP-14th-meeting-report-2018.txt"
FOUR_YEAR = CORPUS / "CWG-COP-four-year-report-to-PP-22.txt"
COUNCIL = CORPUS / "Council-report-CWG-COP-21st-22nd-meetings-2025.txt"


@pytest.fixture(scope="session")
def embedder():
    """The real default model, loaded once for the whole run."""
    return load_embedder(Settings().model)


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
