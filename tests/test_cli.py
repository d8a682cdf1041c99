"""The cwgcop-search command, run end to end as a user would."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPORT_14, REPORT_19, REPORT_22

COMMAND = str(Path(sys.executable).parent / "cwgcop-search")
PASSAGE_KEYS = {"rank", "score", "text", "source", "title", "meeting", "date", "section", "paragraph", "page"}


def run(*args, env=None, cwd=None):
    environment = {**os.environ, **(env or {})}
    return subprocess.run([COMMAND, *args], capture_output=True, text=True, env=environment,
                          cwd=cwd, timeout=300)


@pytest.fixture(scope="module")
def folders(tmp_path_factory):
    """A corpus of three reports; the index is built by the first test that asks."""
    base = tmp_path_factory.mktemp("cli")
    corpus = base / "corpus"
    corpus.mkdir()
    for path in (REPORT_14, REPORT_19, REPORT_22):
        shutil.copy(path, corpus / path.name)
    return corpus, base / "index"


def test_ask_builds_the_index_on_first_use_and_answers_in_json(folders):
    corpus, index = folders
    result = run("ask", "--json", "Who chaired the 19th meeting of CWG-COP?",
                 "--corpus", str(corpus), "--index", str(index))
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert set(answer) == {"id", "question", "answer", "abstained", "citations", "passages", "language"}
    assert answer["abstained"] is False
    first = answer["passages"][0]
    assert PASSAGE_KEYS <= set(first)
    assert (first["source"], first["paragraph"], first["meeting"]) == (
        "CWG-COP-19th-meeting-report-2023.txt", "1.1", 19)
    assert "Index built" in result.stderr
    assert "Traceback" not in result.stderr


def test_index_reports_an_up_to_date_index(folders):
    corpus, index = folders
    result = run("index", "--corpus", str(corpus), "--index", str(index))
    assert result.returncode == 0, result.stderr
    assert "up to date (3 reports" in result.stdout


def test_batch_answers_one_json_line_per_question_in_order(folders, tmp_path):
    corpus, index = folders
    batch = tmp_path / "questions.jsonl"
    batch.write_text("\n".join(json.dumps(q) for q in [
        {"id": "q1", "question": "What did Albania present in 2023?"},
        {"id": 2, "question": "What did Canada say about cell phones in schools?"},
        {"id": "last", "question": "Who presented the I click sensibly campaign?"},
    ]) + "\n", encoding="utf-8")
    result = run("ask", "--batch", str(batch), "--json", "--k", "3",
                 env={"CWGCOP_CORPUS": str(corpus), "CWGCOP_INDEX": str(index)})
    assert result.returncode == 0, result.stderr
    answers = [json.loads(line) for line in result.stdout.splitlines()]
    assert [a["id"] for a in answers] == ["q1", 2, "last"]
    assert [a["passages"][0]["paragraph"] for a in answers] == ["5.9", "7.1", "6.12"]
    assert all(len(a["passages"]) == 3 and a["abstained"] is False for a in answers)


def test_meeting_filter_from_the_command_line(folders):
    corpus, index = folders
    result = run("ask", "--json", "--meeting", "22", "--k", "6", "online safety",
                 "--corpus", str(corpus), "--index", str(index))
    assert result.returncode == 0, result.stderr
    assert {p["meeting"] for p in json.loads(result.stdout)["passages"]} == {22}


def test_text_output_shows_citations(folders):
    corpus, index = folders
    result = run("ask", "What did Albania present in 2023?", "--corpus", str(corpus), "--index", str(index))
    assert result.returncode == 0, result.stderr
    assert "[1] Report of the 19th meeting of CWG-COP, 10 October 2023, para. 5.9" in result.stdout
    assert "(Question in English)" in result.stdout  # the language detected, as the app shows it


def test_text_output_says_once_which_language_the_question_and_quotes_are_in(folders):
    corpus, index = folders
    result = run("ask", "Qu'a présenté l'Albanie en 2023 ?", "--corpus", str(corpus), "--index", str(index))
    assert result.returncode == 0, result.stderr
    assert "Note: Question in French; quoted from the report in English, as written." in result.stdout
    assert "(Question in French)" not in result.stdout


def test_a_missing_corpus_folder_is_a_clear_error(tmp_path):
    result = run("index", "--corpus", str(tmp_path / "nowhere"), "--index", str(tmp_path / "index"))
    assert result.returncode == 1
    assert "corpus folder" in result.stderr and "nowhere" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_missing_model_is_a_clear_error(folders, tmp_path):
    corpus, _ = folders
    result = run("index", "--corpus", str(corpus), "--index", str(tmp_path / "index"),
                 "--model", "no-such-org/no-such-model")
    assert result.returncode == 1
    assert "no-such-org/no-such-model" in result.stderr and "not available offline" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_malformed_batch_line_names_the_line(folders, tmp_path):
    corpus, index = folders
    batch = tmp_path / "bad.jsonl"
    batch.write_text('{"id": 1, "question": "ok"}\nnot json\n', encoding="utf-8")
    result = run("ask", "--batch", str(batch), "--corpus", str(corpus), "--index", str(index))
    assert result.returncode == 1
    assert "bad.jsonl, line 2" in result.stderr


def test_eval_prints_the_metrics(folders, tmp_path):
    corpus, index = folders
    questions = tmp_path / "q.jsonl"
    questions.write_text("\n".join(json.dumps(q) for q in [
        {"id": "a", "type": "fact", "question": "What did Albania present in 2023?",
         "gold": ["first pilot of the ITU's global Child Online Protection program"]},
        {"id": "b", "type": "unanswerable", "question": "What did Brazil present?", "gold": []},
    ]) + "\n", encoding="utf-8")
    result = run("eval", str(questions), "--compare", "dense,default", "--corpus", str(corpus), "--index", str(index))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "2 questions (1 answerable, 1 unanswerable)"
    header = next(line for line in lines if line.startswith("metric"))
    assert header.split() == ["metric", "dense", "default"]
    assert next(line for line in lines if line.startswith("recall@5")).split()[1:] == ["1.000", "1.000"]
    assert next(line for line in lines if line.startswith("abstain_unans")).split()[-1] == "1.000"


def test_abstention_is_in_the_batch_json(folders, tmp_path):
    corpus, index = folders
    batch = tmp_path / "q.jsonl"
    batch.write_text(json.dumps({"id": 7, "question": "What did Japan say about chatbots?"}) + "\n", encoding="utf-8")
    result = run("ask", "--batch", str(batch), "--json", "--corpus", str(corpus), "--index", str(index))
    answer = json.loads(result.stdout)
    assert answer["abstained"] is True and answer["citations"] == [] and answer["passages"]


def test_chat_follows_up_and_starts_again(folders):
    corpus, index = folders
    session = "What did Albania present in 2023?\nAnd Egypt?\n/new\nAnd Egypt?\n/quit\n"
    result = subprocess.run([COMMAND, "chat", "--corpus", str(corpus), "--index", str(index)], input=session,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "[1] Report of the 19th meeting of CWG-COP, 10 October 2023, para. 5.9" in out
    assert "(understood as: What did Egypt present in 2023?)" in out
    assert out.count("understood as") == 1  # after /new, "And Egypt?" is taken as it is


def test_an_empty_question_is_called_empty(folders):
    corpus, index = folders
    result = run("ask", "", "--corpus", str(corpus), "--index", str(index))
    assert result.returncode == 1
    assert "The question is empty" in result.stderr
    assert "--batch" not in result.stderr and "Traceback" not in result.stderr


def test_k_must_be_positive_and_the_message_names_the_flag(folders):
    corpus, index = folders
    result = run("ask", "--k", "0", "teachers", "--corpus", str(corpus), "--index", str(index))
    assert result.returncode == 2
    assert "argument --k: must be 1 or more, got 0" in result.stderr
    assert "settings overrides" not in result.stderr


def test_a_very_long_question_is_refused_with_the_limit(folders):
    corpus, index = folders
    result = run("ask", "teachers " * 5_000, "--corpus", str(corpus), "--index", str(index))
    assert result.returncode == 1
    assert "characters long; the limit is 2,000" in result.stderr
    assert "Traceback" not in result.stderr


def test_status_lists_the_index_and_every_files_verdict(folders):
    corpus, index = folders
    assert run("index", "--quiet", "--corpus", str(corpus), "--index", str(index)).returncode == 0
    result = run("status", "--corpus", str(corpus), "--index", str(index))
    assert result.returncode == 0, result.stderr
    assert "passages, model multilingual-e5-small (384 dimensions)" in result.stdout
    assert "3 files, 3 indexed, 0 skipped:" in result.stdout
    assert "indexed                CWG-COP-19th-meeting-report-2023.txt  (45 paragraphs)" in result.stdout


def test_index_exits_3_when_some_files_were_skipped(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(REPORT_14, corpus / REPORT_14.name)
    (corpus / "scan.pdf").write_bytes(b"%PDF-1.4 damaged")
    result = run("index", "--quiet", "--corpus", str(corpus), "--index", str(tmp_path / "index"))
    assert result.returncode == 3
    assert "skipped (damaged): scan.pdf: the PDF file is damaged" in result.stderr
