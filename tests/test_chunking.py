"""Chunks fit the model's window, keep their paragraph number and lose no text."""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS

from cwgcop_search.chunking import chunk_report, lead_ins, sentence_pairs, split_sentences
from cwgcop_search.readers import read_document
from cwgcop_search.structure import parse_report
from cwgcop_search.types import Paragraph, Report


def squash(text: str) -> str:
    return re.sub(r"[\s•]+", " ", text).strip()


@pytest.mark.parametrize("path", sorted(CORPUS.glob("*.txt")), ids=lambda p: p.name)
def test_no_sentence_of_a_report_is_lost(path, embedder):
    report = parse_report(read_document(path).blocks)
    chunks = chunk_report(report, 200, embedder.count_tokens)
    chunk_text = squash(" ".join(c.text for c in chunks))
    headings = report.headings
    for line in path.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"\[bookmark:[^\]]*\]", "", line)
        line = re.sub(r"^\s*(\d+(\.\d+)*\.?|[IVX]+\.|[a-z]\)|[·–])\s*", "", line)
        line = squash(line)
        if not line or set(line) <= set("_ "):
            continue
        for sentence in split_sentences(line):
            in_text = squash(sentence) in chunk_text
            in_heading = any(squash(sentence).rstrip(":") in squash(h) for h in headings)
            assert in_text or in_heading, f"lost from {path.name}: {sentence!r}"


def test_every_chunk_fits_the_window(embedder):
    for path in CORPUS.glob("*.txt"):
        for chunk in chunk_report(parse_report(read_document(path).blocks), 200, embedder.count_tokens):
            assert embedder.count_tokens(chunk.text) <= 200
            assert embedder.count_tokens(chunk.embed_text) <= embedder.max_seq_length - 2


def test_a_long_paragraph_is_split_at_sentences_and_keeps_its_number(embedder):
    sentences = [f"Sentence number {i} says that teachers in country {i} were trained." for i in range(40)]
    report = Report("Report of the 19th meeting of CWG-COP", "CWG-COP", "meeting report", (19,),
                    ("2023-10-10",), "10 October 2023", None,
                    (Paragraph("5.9", " ".join(sentences), ("5 Presentations",), (4, 5)),))
    chunks = chunk_report(report, 60, embedder.count_tokens)
    assert len(chunks) > 1
    assert [c.part for c in chunks] == list(range(len(chunks)))
    assert {c.paragraph for c in chunks} == {"5.9"} and {c.pages for c in chunks} == {(4, 5)}
    assert " ".join(c.text for c in chunks) == " ".join(sentences)
    assert all(c.text.startswith("Sentence number") and c.text.endswith("trained.") for c in chunks)


def test_embedded_text_carries_report_date_and_section(embedder):
    report = parse_report(read_document(CORPUS / "CWG-COP-19th-meeting-report-2023.txt").blocks)
    chunk = next(c for c in chunk_report(report, 200, embedder.count_tokens) if c.paragraph == "5.9")
    assert chunk.embed_text.startswith(
        "Report of the 19th meeting of CWG-COP | 10 October 2023 | 5 Presentations\n5.9 The Albanian")
    assert chunk.text.startswith("The Albanian National Authority")


def test_sentences_split_in_any_script_and_keep_abbreviations_quotes_and_list_numbers_whole():
    assert split_sentences("La réunion a eu lieu. État des lieux présenté.") == [
        "La réunion a eu lieu.", "État des lieux présenté."]
    assert split_sentences('He said "It works." Then Mr. Smith spoke on No. 5 of the list.') == [
        'He said "It works."', "Then Mr. Smith spoke on No. 5 of the list."]
    assert split_sentences("The goals: 1. Engage partners. 2. Invest in access.") == [
        "The goals: 1. Engage partners.", "2. Invest in access."]
    assert split_sentences("See e.g. the annex. Done.") == ["See e.g. the annex.", "Done."]


def test_a_full_stop_inside_brackets_that_close_soon_ends_no_sentence():
    # A stray full stop in a citation ("Rev. Bucharest. 2022") left "2022) of the ..." as a sentence.
    assert split_sentences("Resolution 179 (Rev. Bucharest. 2022) of the Conference applies. Next.") == [
        "Resolution 179 (Rev. Bucharest. 2022) of the Conference applies.", "Next."]
    # Brackets left open by a sentence do not swallow the ones after it.
    assert split_sentences("A note (in 2020. It went on for a long while before it closed) here. Next.")[0] == \
        "A note (in 2020."


def test_a_colon_inside_a_title_does_not_cut_the_sentence():
    text = 'ITU introduced an online game, "Sango’s Adventure: Discover Online Safety," designed for children.'
    assert split_sentences(text) == [text]


def test_a_list_item_opens_with_a_dash_a_bullet_or_a_word_in_lower_case_throughout():
    from cwgcop_search.chunking import is_list_item

    for item in ("\u2013 to continue the work of the group;", "\u2022 to encourage youth consultations", "to keep"):
        assert is_list_item(item), item
    for sentence in ("eSafety Commissioner spoke.", "iPhone use rose.", "The Chair opened the meeting."):
        assert not is_list_item(sentence), sentence


def test_each_two_neighbouring_sentences_make_a_pair():
    assert sentence_pairs(["One.", "Two.", "Three."]) == ["One. Two.", "Two. Three."]
    assert sentence_pairs(["Alone."]) == []


def test_each_list_item_knows_its_lead_in_and_a_sentence_after_the_list_has_none():
    sentences = ["The main outcomes of the meeting, held on 26 January 2021, were:",
                 "- approval of the agenda;",
                 "• The Kingdom of Saudi Arabia proposed information sessions.",
                 "The Chair closed the meeting."]
    assert lead_ins(sentences) == [None, 0, 0, None]


def test_an_item_whose_lead_in_is_in_another_paragraph_has_none():
    assert lead_ins(["- approval of the agenda;", "- the report of the last meeting."]) == [None, None]
