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


def ask(at, question):
    at.chat_input[0].set_value(question).run()
    assert not at.exception, at.exception
    return at


def shown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def labels(at) -> list[str]:
    return [e.label for e in at.expander]


def test_the_front_page_says_what_is_inside(app):
    assert not app.exception and not app.error
    assert app.title[0].value == "CWG-COP search"
    caption = app.caption[0].value
    assert caption.startswith("5 reports") and "meetings 14, 15, 16, 17, 18, 19, 21, 22" in caption
    assert [b.label for b in app.button if b.label in (
        "Who chaired the 19th meeting of CWG-COP?", "What did Albania present in 2023?",
        "When will the gap analysis be discussed?")] and len(app.chat_input) == 1


def test_asking_gives_a_cited_answer_whose_source_opens(app):
    ask(app, "Who chaired the 19th meeting of CWG-COP?")
    assert "chaired by Mr Abdelaziz Alzarooni \\(UAE\\)\\. \\[1\\]" in shown(app)
    assert labels(app)[0] == "[1] Report of the 19th meeting of CWG-COP, 10 October 2023, para. 1.1"
    # the supporting sentence is highlighted inside the cited passage
    assert "**Approximately 120 participants" in shown(app)


def test_an_example_question_can_be_asked_with_one_click(app):
    next(b for b in app.button if b.label == "What did Albania present in 2023?").click().run()
    assert any("para. 5.9" in label for label in labels(app))


def test_a_follow_up_is_understood_and_shown(app):
    ask(app, "What have countries done to train teachers on online safety?")
    ask(app, "what about Albania?")
    assert any(c.value == "Understood as: What has Albania done to train teachers on online safety?"
               for c in app.caption)
    assert len(app.chat_message) == 4  # two questions, two answers, all kept


def test_the_meeting_filter_restricts_the_sources(app):
    app.sidebar.multiselect[0].select(22).run()
    ask(app, "What was said about online safety?")
    cited = [label for label in labels(app) if label.startswith("[")]
    assert cited and all("22nd" in label for label in cited)


def test_when_the_reports_are_silent_it_says_so_and_labels_the_nearest_passages(app):
    ask(app, "What did Brazil present at CWG-COP?")
    assert app.info[0].value.startswith("The reports don't say.")
    assert labels(app) and all(label.startswith("Nearest passage (not an answer)") for label in labels(app))


def test_new_conversation_clears_the_history(app):
    ask(app, "What did Albania present in 2023?")
    next(b for b in app.sidebar.button if b.label == "New conversation").click().run()
    assert len(app.chat_message) == 0


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
