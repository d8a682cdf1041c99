"""Properties of the parser and the chunker on arbitrary text: no crash, no text lost, order kept."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cwgcop_search.chunking import chunk_report
from cwgcop_search.structure import parse_report
from cwgcop_search.types import Block, Paragraph, Report

WORD = st.text(alphabet=st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJéçÉЖжд中文ع"), min_size=1, max_size=9)
PUNCTUATION = st.sampled_from(["", ".", ",", ";", ":", "!", "?", ")", "\""])
PREFIX = st.sampled_from(["", "", "", "1 ", "2.3 ", "4.1.2 ", "· ", "• ", "– ", "a) ", "II. ", "Annex 2 ",
                          "Purpose ", "[bookmark: _x1] ", "____ "])
LINE = st.builds(lambda prefix, words, ends: prefix + " ".join(w + e for w, e in zip(words, ends)),
                 PREFIX, st.lists(WORD, min_size=1, max_size=25), st.lists(PUNCTUATION, min_size=25, max_size=25))
ARBITRARY_LINE = st.one_of(LINE, st.text(max_size=200))


# List and paragraph markers ("a) ", "· ", "II. ") are layout, not text the parser must keep.
MARKER = re.compile(r"^\s*(?:[a-z]\)|[·–•]|[IVXLC]+\.)\s*")


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def output_words(report: Report) -> list[str]:
    found = []
    for paragraph in report.paragraphs:
        found += words(paragraph.number or "") + words(paragraph.text)
    return found


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ARBITRARY_LINE, max_size=40))
def test_the_parser_never_fails_on_any_text(lines):
    parse_report(tuple(Block(line) for line in lines))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(LINE, min_size=1, max_size=40))
def test_the_parser_keeps_every_word_in_reading_order(lines):
    report = parse_report(tuple(Block(line) for line in lines))
    kept = set(output_words(report)) | {w for heading in report.headings for w in words(heading)}
    artefacts = {w for line in lines for w in words(" ".join(re.findall(r"\[bookmark:[^\]]*\]", line)))}
    for line in lines:
        # A list marker after an export artefact ("[bookmark: _x1] a) A") is a marker too.
        for word in words(MARKER.sub("", re.sub(r"\[bookmark:[^\]]*\]\s*", "", line))):
            assert word in kept or word in artefacts, f"{word!r} of {line!r} was lost"
    # The paragraphs' words come in the order of the input's words (a subsequence).
    source = iter(w for line in lines for w in words(line))  # markers included: skipping them is fine
    assert all(any(w == s for s in source) for w in output_words(report))


def _count(text: str) -> int:
    return len(text.split())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(LINE, min_size=1, max_size=6).map(" ".join), min_size=1, max_size=8),
       st.integers(min_value=4, max_value=60))
def test_chunks_lose_no_text_keep_order_and_fit_the_window(paragraph_texts, max_tokens):
    paragraphs = tuple(Paragraph(f"1.{n}", text, ("1 Intro",), ()) for n, text in enumerate(paragraph_texts, 1))
    report = Report("Report", "", "meeting report", (), (), "", None, paragraphs)
    chunks = chunk_report(report, max_tokens, _count)
    for paragraph in paragraphs:
        pieces = [c for c in chunks if c.paragraph == paragraph.number]
        assert [c.part for c in pieces] == list(range(len(pieces)))
        assert " ".join(" ".join(c.text.split()) for c in pieces) == " ".join(paragraph.text.split())
        assert all(_count(c.text) <= max_tokens for c in pieces)
    assert [c.paragraph for c in chunks] == sorted((c.paragraph for c in chunks), key=lambda n: int(n[2:]))
