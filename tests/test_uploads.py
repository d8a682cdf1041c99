"""Uploads through the library: names, sizes and races never cost a report already there."""

from __future__ import annotations

import pytest
from conftest import make_engine

from cwgcop_search.engine import safe_filename
from cwgcop_search.errors import UploadError


def test_a_long_name_is_shortened_but_keeps_its_type():
    name = safe_filename("a" * 300 + ".pdf")
    assert name.endswith(".pdf") and len(name) == 150


def test_a_dot_inside_a_long_name_is_not_taken_for_a_type():
    name = safe_filename("Report v1." + "b" * 200)
    assert len(name) == 150 and name.startswith("Report v1.")


def test_the_size_is_checked_before_the_bytes_are_read(tmp_path):
    engine = make_engine(tmp_path / "corpus", tmp_path / "index", max_upload_mb=1)
    with pytest.raises(UploadError, match="the file is 3.0 MB; the limit is 1 MB"):
        engine.check_upload("big.pdf", 3 * 1024 * 1024)
    assert engine.check_upload("fine.pdf", 1000) == "fine.pdf"


def test_an_upload_racing_another_sessions_never_overwrites_it(tmp_path, monkeypatch):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    engine = make_engine(corpus, tmp_path / "index")
    checked = engine.check_upload

    def check_then_lose_the_race(filename, size):
        name = checked(filename, size)
        (corpus / name).write_bytes(b"the other session's report")  # lands between check and save
        return name

    monkeypatch.setattr(engine, "check_upload", check_then_lose_the_race)
    with pytest.raises(UploadError, match="already in the library"):
        engine.add_file("minutes.txt", b"my report")
    assert (corpus / "minutes.txt").read_bytes() == b"the other session's report"
    assert [p.name for p in corpus.iterdir()] == ["minutes.txt"]  # no partial file left behind
