"""The Streamlit app, driven by Streamlit's AppTest (same process, real engine)."""

from __future__ import annotations

import shutil

import pytest
from conftest import REPORT_19, ROOT
from streamlit.testing.v1 import AppTest

APP = str(ROOT / "app.py")


@pytest.fixture
def app(shipped_engine, monkeypatch):
    monkeypatch.setenv("CWGCOP_CORPUS", str(shipped_engine.settings.corpus_dir))
    monkeypatch.setenv("CWGCOP_INDEX", str(shipped_engine.settings.index_dir))
    return AppTest.from_file(APP, default_timeout=120).run()


def shown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def test_the_front_page_says_what_is_inside(app):
    assert not app.exception and not app.error
    assert app.title[0].value == "CWG-COP search"
    assert "5 reports" in app.caption[0].value and "meetings 14, 15, 16, 17, 18, 19, 21, 22" in app.caption[0].value
    assert len(app.button) == 3


def test_asking_shows_passages_with_their_citations(app):
    app.text_input(key="question").input("What did Albania present in 2023?").run()
    assert not app.exception
    assert "Report of the 19th meeting of CWG\\-COP, 10 October 2023, para\\. 5\\.9" in shown(app)


def test_an_example_question_can_be_asked_with_one_click(app):
    app.button[0].click().run()
    assert app.text_input(key="question").value == "Who chaired the 19th meeting of CWG-COP?"
    assert "para\\. 1\\.1" in shown(app)


def test_the_meeting_filter_restricts_the_passages(app):
    app.sidebar.multiselect[0].select(22).run()
    app.text_input(key="question").input("online safety").run()
    citations = [m.value for m in app.markdown if m.value.startswith("**[")]
    assert citations and all("22nd meeting" in c or "21st and 22nd" in c for c in citations)


def test_first_run_builds_the_index(tmp_path, monkeypatch, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(REPORT_19, corpus / REPORT_19.name)
    monkeypatch.setenv("CWGCOP_CORPUS", str(corpus))
    monkeypatch.setenv("CWGCOP_INDEX", str(tmp_path / "index"))
    at = AppTest.from_file(APP, default_timeout=120).run()
    assert not at.exception and not at.error
    assert at.caption[0].value.startswith("1 report of the ITU Council Working Group")
    assert (tmp_path / "index" / "CURRENT").is_file()


def test_a_missing_corpus_is_shown_as_an_error_not_a_traceback(tmp_path, monkeypatch):
    monkeypatch.setenv("CWGCOP_CORPUS", str(tmp_path / "nowhere"))
    monkeypatch.setenv("CWGCOP_INDEX", str(tmp_path / "index"))
    at = AppTest.from_file(APP, default_timeout=60).run()
    assert not at.exception
    assert "nowhere" in at.error[0].value
