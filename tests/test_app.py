"""The Streamlit app, driven by Streamlit's AppTest (same process, real engine)."""

from __future__ import annotations

import shutil

import pytest
from conftest import APP, REPORT_19, plain
from streamlit.testing.v1 import AppTest


def ask(at, question):
    at.chat_input[0].set_value(question).run()
    assert not at.exception, at.exception
    return at


def shown(at) -> str:
    return "\n".join(m.value for m in at.markdown)


def labels(at) -> list[str]:
    return [plain(e.label) for e in at.expander]


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


def test_each_unnumbered_citation_is_labelled_with_its_own_heading(app):
    ask(app, "What are the financial implications of the Council report on the 21st and 22nd CWG-COP meetings?")
    cited = [label for label in labels(app) if label.startswith("[")]
    assert cited[0] == "[1] Report to Council on the 21st and 22nd meetings of CWG-COP, 2024-2025, Financial implications"
    assert len(set(cited)) == len(cited) >= 2


def test_an_example_question_can_be_asked_with_one_click(app):
    next(b for b in app.button if b.label == "What did Albania present in 2023?").click().run()
    assert any("para. 5.9" in label for label in labels(app))


def test_a_follow_up_is_understood_and_shown(app):
    ask(app, "What have countries done to train teachers on online safety?")
    ask(app, "what about Albania?")
    assert any(plain(c.value) == "Understood as: What has Albania done to train teachers on online safety?"
               for c in app.caption)
    assert len(app.chat_message) == 4  # two questions, two answers, all kept


def test_the_meeting_filter_restricts_the_sources(app):
    app.sidebar.multiselect[0].select(22).run()
    ask(app, "What was said about online safety?")
    cited = [label for label in labels(app) if label.startswith("[")]
    assert cited and all("22nd" in label for label in cited)


def test_when_the_reports_are_silent_it_says_so_and_labels_the_nearest_passages(app):
    ask(app, "What did Brazil present at CWG-COP?")
    assert plain(app.info[0].value).startswith("The reports don't say (the reports never mention Brazil).")
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


def test_a_citation_opens_the_whole_report_at_the_cited_paragraph(app):
    ask(app, "Who chaired the 19th meeting of CWG-COP?")
    next(b for b in app.button if b.label == "Open the whole report").click().run()
    assert not app.exception
    assert plain(app.subheader[0].value) == "Report of the 19th meeting of CWG-COP"
    assert plain(app.info[0].value) == "Cited: paragraph 1.1 in 1 Introduction"
    assert "**Approximately 120 participants" in app.success[0].value  # the quoted sentence, highlighted
    assert any(b.label == "Download the original" for b in app.get("download_button"))
    next(b for b in app.button if b.label == "Back to the chat").click().run()
    assert len(app.chat_message) == 2


def test_the_conversation_can_be_exported(app):
    ask(app, "What did Albania present in 2023?")
    labels_ = [b.label for b in app.sidebar.get("download_button")]
    assert labels_ == ["Conversation as Markdown", "Conversation as Word (DOCX)"]


@pytest.fixture
def small_library(tmp_path, monkeypatch, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(REPORT_19, corpus / REPORT_19.name)
    monkeypatch.setenv("CWGCOP_CORPUS", str(corpus))
    monkeypatch.setenv("CWGCOP_INDEX", str(tmp_path / "index"))
    monkeypatch.setenv("CWGCOP_ADMIN_PASSWORD", ADMIN_PASSWORD)
    return corpus


ADMIN_PASSWORD = "correct horse battery staple"


def unlocked(at, password=ADMIN_PASSWORD):
    """The app with the library unlocked by the admin password."""
    box = next(t for t in at.text_input if t.label == "Admin password")
    box.input(password)
    next(b for b in at.button if b.label == "Unlock the library").click().run()
    return at


def test_an_uploaded_report_is_indexed_and_answered(small_library):
    at = unlocked(AppTest.from_file(APP, default_timeout=180).run())
    report = (REPORT_19.parent / "CWG-COP-22nd-meeting-report-2025.txt").read_bytes()
    at.file_uploader[0].set_value(("22nd meeting.txt", report, "text/plain")).run()
    next(b for b in at.button if b.label == "Add to the library").click().run()
    assert not at.exception and not at.error
    assert plain(at.success[0].value) == "Added 22nd meeting.txt: it can now be asked about."
    assert (small_library / "22nd meeting.txt").is_file()
    ask(at, "What did Canada say about cell phones in schools?")
    assert labels(at)[0].startswith("[1] Report of the 22nd meeting of CWG-COP")


def test_an_upload_never_overwrites_and_refuses_other_types(small_library):
    at = unlocked(AppTest.from_file(APP, default_timeout=180).run())
    at.file_uploader[0].set_value((REPORT_19.name, b"other text", "text/plain")).run()
    next(b for b in at.button if b.label == "Add to the library").click().run()
    assert "already in the library" in at.error[0].value
    assert REPORT_19.read_bytes() == (small_library / REPORT_19.name).read_bytes()


def test_a_report_can_be_removed(small_library):
    at = unlocked(AppTest.from_file(APP, default_timeout=180).run())
    at.selectbox[0].select(REPORT_19.name).run()
    next(b for b in at.button if b.label == "Remove from the library").click().run()
    assert not at.exception
    assert not (small_library / REPORT_19.name).exists()


def test_generative_mode_streams_and_shows_the_checked_answer(shipped_engine, monkeypatch, scripted_endpoint):
    monkeypatch.setenv("CWGCOP_CORPUS", str(shipped_engine.settings.corpus_dir))
    monkeypatch.setenv("CWGCOP_INDEX", str(shipped_engine.settings.index_dir))
    monkeypatch.setenv("CWGCOP_LLM_BASE_URL", scripted_endpoint)
    at = AppTest.from_file(APP, default_timeout=120).run()
    at.sidebar.radio[0].set_value("Generative (language model, checked)").run()
    ask(at, "What did Albania present in 2023?")
    assert "first pilot of the ITU's global Child Online Protection program\\. \\[1\\]" in shown(at)
    assert any(plain(c.value).startswith("1 sentence of the model's answer removed") for c in at.caption)


def test_an_upload_over_the_limit_is_refused_before_it_is_written(small_library, monkeypatch):
    monkeypatch.setenv("CWGCOP_MAX_UPLOAD_MB", "0.001")
    at = unlocked(AppTest.from_file(APP, default_timeout=180).run())
    at.file_uploader[0].set_value(("big.txt", b"x" * 5000, "text/plain")).run()
    next(b for b in at.button if b.label == "Add to the library").click().run()
    assert "the limit is 0.001 MB" in plain(at.error[0].value)
    assert not (small_library / "big.txt").exists()


def test_without_an_admin_password_the_library_cannot_be_changed(small_library, monkeypatch):
    monkeypatch.delenv("CWGCOP_ADMIN_PASSWORD")
    at = AppTest.from_file(APP, default_timeout=180).run()
    assert not at.file_uploader and not any(b.label == "Remove from the library" for b in at.button)
    assert any("Adding and removing reports is off on this server" in c.value for c in at.caption)


def test_the_library_opens_only_to_the_right_password_and_logs_changes(small_library, tmp_path):
    at = AppTest.from_file(APP, default_timeout=180).run()
    assert not at.file_uploader
    unlocked(at, "guess")
    assert plain(at.error[0].value) == "Wrong password."
    assert not at.file_uploader
    unlocked(at)
    assert at.file_uploader
    at.selectbox[0].select(REPORT_19.name).run()
    next(b for b in at.button if b.label == "Remove from the library").click().run()
    assert not (small_library / REPORT_19.name).exists()
    log = (tmp_path / "index" / "changes.jsonl").read_text(encoding="utf-8")
    assert f'"action": "removed", "file": "{REPORT_19.name}", "by": "app session ' in log


def test_guessing_the_password_is_slowed_down(small_library):
    at = AppTest.from_file(APP, default_timeout=180).run()
    for _ in range(5):
        unlocked(at, "guess")
    assert "Too many wrong passwords" in plain(at.error[0].value)
    unlocked(at)  # even the right one, while locked out
    assert "Too many wrong passwords" in plain(at.error[0].value) and not at.file_uploader


def test_the_library_lists_every_file_with_its_verdict(small_library):
    (small_library / "empty.txt").write_bytes(b"")
    (small_library / "slides.pptx").write_bytes(b"PK")
    at = AppTest.from_file(APP, default_timeout=180).run()
    table = at.dataframe[0].value
    rows = {r["file"]: (r["status"], r["why"]) for r in table.to_dict("records")}
    assert rows[REPORT_19.name] == ("indexed", "")
    assert rows["empty.txt"][0] == "skipped" and "empty" in rows["empty.txt"][1]
    assert rows["slides.pptx"][0] == "skipped" and "not supported" in rows["slides.pptx"][1]


def test_a_question_full_of_markup_and_control_characters_is_shown_as_typed(app):
    ask(app, "What did **Albania** present\x07 in 2023? <b>now</b> [x](http://evil.example)")
    question = app.chat_message[0].markdown[0].value
    assert "\\*\\*Albania\\*\\*" in question and "\\<b\\>" in question and "\\[x\\]" in question
    assert any("para. 5.9" in label for label in labels(app))  # and it was answered


def test_an_empty_or_huge_question_gets_a_message_not_a_traceback(app):
    ask(app, "   ")
    ask(app, "teachers " * 20_000)
    assert "characters long; the limit is 2,000" in plain(app.error[0].value)
