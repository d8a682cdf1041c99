"""Extractive answers: short, cited sentence by sentence, true to the text."""

from __future__ import annotations

import re

import pytest

from cwgcop_search.conversation import Conversation, resolve, subjects
from cwgcop_search.evaluation import answer_support

CITED = re.compile(r"(.+?) \[(\d+)\](?: |$)")


@pytest.mark.parametrize("question", [
    "Who chaired the 19th meeting of CWG-COP?",
    "What have countries done to train teachers on online safety?",
    "When will the gap analysis be discussed?",
    "What did Albania present in 2023?",
])
def test_every_sentence_is_copied_from_the_passage_it_cites(shipped_engine, question):
    answer = shipped_engine.ask(question)
    sentences = CITED.findall(answer.answer)
    assert 1 <= len(sentences) <= 4
    assert answer_support(answer) == (len(sentences), len(sentences))
    numbers = sorted({int(n) for _, n in sentences})
    assert numbers == [c["n"] for c in answer.citations] == list(range(1, len(numbers) + 1))


def test_who_questions_are_answered_with_the_sentence_naming_someone(shipped_engine):
    answer = shipped_engine.ask("Who chaired the 19th meeting of CWG-COP?")
    assert "chaired by Mr Abdelaziz Alzarooni (UAE). [1]" in answer.answer
    citation = answer.citations[0]
    assert (citation["source"], citation["paragraph"], citation["meeting"], citation["date"]) == (
        "CWG-COP-19th-meeting-report-2023.txt", "1.1", 19, "10 October 2023")
    assert "chaired by Mr Abdelaziz Alzarooni" in citation["quote"]


def test_example_questions_quote_several_sources(shipped_engine):
    answer = shipped_engine.ask("What have countries done to train teachers on online safety?")
    assert len({c["source"] for c in answer.citations}) >= 2
    assert len({(c["source"], c["paragraph"]) for c in answer.citations}) >= 3


def test_no_answer_and_no_citation_when_the_reports_are_silent(shipped_engine):
    answer = shipped_engine.ask("What did Japan say about generative AI chatbots?")
    assert answer.abstained and answer.citations == () and "[1]" not in answer.answer


def test_subjects_are_the_capitalised_runs():
    assert subjects("What did the European Commission present in 2025?") == ["European Commission"]
    assert subjects("Who chaired the meeting?") == []


@pytest.mark.parametrize("follow_up, previous, expected", [
    ("what about Albania?", "What have countries done to train teachers on online safety?",
     "What has Albania done to train teachers on online safety?"),
    ("And Egypt?", "What did Albania present in 2023?", "What did Egypt present in 2023?"),
    ("what did they recommend?", "What did ECPAT International present?", "what did ECPAT International recommend?"),
    ("what did their campaign achieve?", "What did Poland present in 2018?", "what did Poland's campaign achieve?"),
    ("what about the 22nd meeting?", "Who chaired the 19th meeting of CWG-COP?", "Who chaired the 22nd meeting of CWG-COP?"),
    ("Who chaired the 14th meeting?", "What did Albania present in 2023?", "Who chaired the 14th meeting?"),
])
def test_follow_ups_are_resolved(follow_up, previous, expected):
    assert resolve(follow_up, [previous]) == expected


def test_a_first_question_is_left_alone():
    assert resolve("what about Albania?", []) == "what about Albania?"


def test_a_conversation_carries_the_subject_and_shows_what_it_understood(shipped_engine):
    conversation = Conversation()
    shipped_engine.ask("What have countries done to train teachers on online safety?", conversation=conversation)
    answer = shipped_engine.ask("what about Albania?", conversation=conversation)
    assert answer.question == "what about Albania?"
    assert answer.resolved_question == "What has Albania done to train teachers on online safety?"
    assert answer.to_dict()["resolved_question"] == answer.resolved_question
    assert {c["paragraph"] for c in answer.citations} == {"5.9"}
    conversation.clear()
    fresh = shipped_engine.ask("what about Albania?", conversation=conversation)
    assert fresh.resolved_question == "what about Albania?"
