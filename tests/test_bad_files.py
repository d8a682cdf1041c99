"""Bad files get a verdict each; they never stop the good ones nor damage the index."""

from __future__ import annotations

import random
import shutil
import zipfile

import pytest
from conftest import REPORT_14, make_engine
from documents import report_lines, write_docx, write_pdf

from cwgcop_search.errors import ReaderError
from cwgcop_search.ingest import Limits, ParseWorker

GOOD = "CWG-COP-14th-meeting-report-2018.txt"


def small_pdf(path, lines=None):
    write_pdf(lines or report_lines(REPORT_14)[:25], path, "CWG-COP/14")
    return path.read_bytes()


def encrypted_pdf(path):
    from pypdf import PdfReader, PdfWriter

    plain = path.with_name("plain-for-encryption.pdf")
    small_pdf(plain)
    writer = PdfWriter()
    for page in PdfReader(str(plain)).pages:
        writer.add_page(page)
    writer.encrypt("secret")
    with open(path, "wb") as handle:
        writer.write(handle)
    plain.unlink()


def image_only_pdf(path):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.rect(72, 72, 400, 600, fill=1)
    c.showPage()
    c.save()


def junk_docx(path):
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("junk.bin", bytes(random.Random(1).randrange(256) for _ in range(2000)))


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory, embedder):
    """A corpus of good and bad files, indexed once."""
    base = tmp_path_factory.mktemp("mixed")
    corpus = base / "corpus"
    corpus.mkdir()
    shutil.copy(REPORT_14, corpus / GOOD)
    rng = random.Random(7)
    (corpus / "random.pdf").write_bytes(bytes(rng.randrange(256) for _ in range(5000)))
    whole = small_pdf(base / "whole.pdf")
    (corpus / "truncated.pdf").write_bytes(whole[: len(whole) // 3])
    encrypted_pdf(corpus / "encrypted.pdf")
    image_only_pdf(corpus / "image-only.pdf")
    (corpus / "empty.txt").write_bytes(b"")
    junk_docx(corpus / "junk.docx")
    (corpus / "latin1.txt").write_bytes(
        "1 Réunion\n1.1 La réunion s'est tenue à Genève; le président a salué les délégués.\n".encode("latin-1"))
    (corpus / "notes.xlsx").write_bytes(b"PK\x03\x04")
    engine = make_engine(corpus, base / "index")
    return engine, engine.index()


def by_source(report):
    return {v.source: v for v in report.verdicts}


def test_every_file_gets_the_verdict_its_fault_deserves(mixed_folder):
    _, report = mixed_folder
    verdicts = by_source(report)
    assert {s: (v.status, v.reason) for s, v in verdicts.items()} == {
        GOOD: ("indexed", ""),
        "latin1.txt": ("indexed with warnings", ""),
        "random.pdf": ("skipped", "damaged"),
        "truncated.pdf": ("skipped", "damaged"),
        "encrypted.pdf": ("skipped", "encrypted"),
        "image-only.pdf": ("skipped", "scanned"),
        "empty.txt": ("skipped", "empty"),
        "junk.docx": ("skipped", "damaged"),
        "notes.xlsx": ("skipped", "unsupported"),
    }
    assert verdicts[GOOD].paragraphs > 20
    assert "not valid UTF-8" in verdicts["latin1.txt"].warnings[0]
    assert "password-protected" in verdicts["encrypted.pdf"].message
    assert "probably scanned" in verdicts["image-only.pdf"].message


def test_the_good_files_are_searchable_beside_the_bad(mixed_folder):
    engine, _ = mixed_folder
    answer = engine.ask("Who chaired the 14th meeting?")
    assert answer.citations and answer.citations[0]["source"] == GOOD
    assert "Genève" in engine.search("réunion Genève président", k=3).passages[0].text


def test_verdicts_are_stored_and_listed_by_status(mixed_folder):
    engine, report = mixed_folder
    status = engine.status()
    assert status["model"] == engine.settings.model and status["passages"] == report.n_chunks
    assert status["size_bytes"] > 0 and status["built_at"] is not None
    assert (status["files"], status["skipped"]) == (9, 7)
    assert {v["source"]: v["reason"] for v in status["verdicts"]}["junk.docx"] == "damaged"


def test_the_index_command_exit_status_tells_partial_success(mixed_folder):
    from cwgcop_search.cli import EXIT_PARTIAL, _index_exit_status

    assert _index_exit_status(mixed_folder[1]) == EXIT_PARTIAL


def test_an_upload_named_to_escape_the_corpus_stays_inside_it(tmp_path, embedder):
    corpus = tmp_path / "library" / "corpus"
    corpus.mkdir(parents=True)
    engine = make_engine(corpus, tmp_path / "index")
    engine.add_file("../../escape.txt", b"1 Intro\n1.1 The meeting was held.\n")
    assert (corpus / "escape.txt").is_file()
    assert not (tmp_path / "escape.txt").exists() and not (tmp_path / "library" / "escape.txt").exists()


def test_a_file_over_its_time_budget_is_stopped_and_the_next_is_read(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_text("".join(f"{n}.1 Paragraph {n} says something about the meeting.\n"
                            for n in range(200_000)), encoding="utf-8")
    fine = tmp_path / "fine.txt"
    fine.write_text("1 Intro\n1.1 The meeting was held in Geneva.\n", encoding="utf-8")
    with ParseWorker(Limits(timeout=0.5)) as worker:
        worker.parse(fine)  # the worker is up before the clock matters
        with pytest.raises(ReaderError, match="took longer than 0.5 s") as caught:
            worker.parse(huge)
        assert caught.value.reason == "timeout"
        assert worker.parse(fine).report.paragraphs[0].number == "1.1"


def test_limits_on_size_and_pages_are_verdicts(tmp_path):
    pdf = tmp_path / "long.pdf"
    small_pdf(pdf, report_lines(REPORT_14))
    with ParseWorker(Limits(max_pages=1)) as worker:
        with pytest.raises(ReaderError, match="the limit is 1 \\(setting max_pages\\)"):
            worker.parse(pdf)
    with ParseWorker(Limits(max_file_mb=0.001)) as worker:
        with pytest.raises(ReaderError, match="setting max_file_mb") as caught:
            worker.parse(pdf)
        assert caught.value.reason == "too_large"


def corruptions(data: bytes, count: int, seed: int):
    """``count`` damaged copies of ``data``: bytes overwritten, cut short or spliced with noise."""
    rng = random.Random(seed)
    for _ in range(count):
        damaged = bytearray(data)
        how = rng.choice(("flip", "truncate", "splice"))
        if how == "flip":
            for _ in range(rng.randint(1, 40)):
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        elif how == "truncate":
            damaged = damaged[: rng.randrange(1, len(damaged))]
        else:
            at = rng.randrange(len(damaged))
            damaged[at:at + rng.randint(1, 500)] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 500)))
        yield bytes(damaged)


@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_randomly_damaged_files_only_ever_give_verdicts(tmp_path, kind):
    source = tmp_path / f"good.{kind}"
    if kind == "pdf":
        small_pdf(source)
    else:
        write_docx(report_lines(REPORT_14)[:25], source)
    path = tmp_path / f"damaged.{kind}"
    outcomes = {"read": 0}
    with ParseWorker(Limits(timeout=20)) as worker:
        for damaged in corruptions(source.read_bytes(), 120, seed=len(kind)):
            path.write_bytes(damaged)
            try:
                worker.parse(path)
                outcomes["read"] += 1
            except ReaderError as exc:  # anything else escaping fails the test
                outcomes[exc.reason] = outcomes.get(exc.reason, 0) + 1
    assert sum(outcomes.values()) == 120
    assert outcomes.get("damaged", 0) > 0  # the corruptions did reach the parsers


def test_indexing_a_folder_of_damaged_files_finishes_with_a_verdict_for_each(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    good = tmp_path / "good.docx"
    write_docx(report_lines(REPORT_14)[:25], good)
    for n, damaged in enumerate(corruptions(good.read_bytes(), 12, seed=3)):
        (corpus / f"damaged-{n:02}.docx").write_bytes(damaged)
    shutil.copy(REPORT_14, corpus / GOOD)
    report = make_engine(corpus, tmp_path / "index").index()
    assert len(report.verdicts) == 13
    assert by_source(report)[GOOD].status == "indexed"
