"""Extractive answers: short, cited sentence by sentence, true to the text."""

from __future__ import annotations

import re

import pytest

from cwgcop_search.conversation import Conversation, resolve, subjects
from cwgcop_search.evaluation import answer_support

CITED = re.compile(r"(?:^|(?<=\s))(?:- )?(.+?) \[(\d+)\](?=\s|$)", re.S)


@pytest.mark.parametrize("question", [
    "Who chaired the 19th meeting of CWG-COP?",
    "What have countries done to train teachers on online safety?",
    "When will the gap analysis be discussed?",
    "What did Albania present in 2023?",
])
def test_every_sentence_is_copied_from_the_passage_it_cites(shipped_engine, question):
    answer = shipped_engine.ask(question)
    sentences = CITED.findall(answer.answer)
    assert 1 <= len(sentences) <= 6  # four sentences, or five sources for examples, antecedents included
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
    assert answer.citations[0]["paragraph"] == "5.9"  # Albania's teacher training, first
    conversation.clear()
    fresh = shipped_engine.ask("what about Albania?", conversation=conversation)
    assert fresh.resolved_question == "what about Albania?"


def test_a_question_naming_a_meeting_is_answered_from_that_meeting(shipped_engine):
    answer = shipped_engine.ask("How many contributions did the nineteenth meeting receive?")
    assert not answer.abstained and "24 contributions" in answer.answer
    assert {c["meeting"] for c in answer.citations} == {19}


def test_a_meeting_named_by_its_month_is_that_meeting(shipped_engine):
    answer = shipped_engine.ask("How many participants did the February 2025 meeting have?")
    assert "191" in answer.answer and "129" not in answer.answer


def test_without_material_on_the_named_meeting_the_answer_says_so_and_cites_nothing(shipped_engine):
    answer = shipped_engine.ask("How many contributions did the 21st meeting receive?")
    assert answer.abstained and answer.citations == ()
    assert "21st meeting" in answer.answer and "24" not in answer.answer
    assert answer.passages  # what the reports say elsewhere, labelled as the nearest passages


@pytest.mark.parametrize("sentence, dependent", [
    ("However, it emphasized that the internet was not designed for children.", True),
    ("Their vision is to create a digital world without fear.", True),
    ("It also immediately identifies previously released materials.", True),
    ("The Tech Coalition introduced their alliance of 35 technology companies.", False),
    ("Italy presented its plan.", False),
])
def test_sentences_leaning_on_the_one_before_are_recognised(sentence, dependent):
    from cwgcop_search.answer import depends_on_previous

    assert depends_on_previous(sentence) is dependent


def test_a_dependent_sentence_brings_its_antecedent_and_one_without_any_is_dropped():
    from cwgcop_search.answer import _with_antecedents
    from cwgcop_search.types import Passage

    passage = Passage(rank=1, score=0.9, chunk_id=7, text="", source="r.txt", title="R", kind="report",
                      meetings=(19,), date_text="", section=(), paragraph="5.23", pages=())
    sentences = {7: [("Save the Children presented Huippula.", 0.5), ("It helps children.", 0.6),
                     ("However, the internet was not designed for them.", 0.8)]}
    chosen = _with_antecedents([("However, the internet was not designed for them.", passage, 2)], sentences)
    assert sorted(at for _, _, at in chosen) == [0, 1, 2]
    assert _with_antecedents([("They said so.", passage, 0)], {7: [("They said so.", 0.9)]}) == []


_SENTENCE_OPENING = re.compile(r"^(?:- )?[\"“‘(•]?[A-Z0-9À-Þ#]")


@pytest.mark.parametrize("question", [
    "Which online game did ITU launch for children aged 9 to 12?",
    "Did anyone say the internet was not built with children in mind?",
    "What did Snap present?",
    "What has the PoP initiative achieved?",
])
def test_answer_sentences_are_whole_sentences(shipped_engine, question):
    answer = shipped_engine.ask(question)
    assert not answer.abstained
    for sentence, _ in CITED.findall(answer.answer):
        sentence = sentence.strip().removeprefix("- ")
        assert _SENTENCE_OPENING.match(sentence), sentence
        assert sentence.rstrip("\"”’)").endswith((".", "!", "?")), sentence
        assert not re.match(r"(?i)(however|it|their|this|they)\b", sentence), sentence


def test_requests_for_examples_are_a_cited_list_one_line_per_source(shipped_engine):
    answer = shipped_engine.ask("any good examples of games or playful tools to teach kids about online safety?")
    lines = answer.answer.split("\n")
    assert len(lines) >= 3 and all(re.match(r"- .+ \[\d+\]$", line) for line in lines)
    sources = [re.findall(r"\[(\d+)\]", line) for line in lines]
    assert all(len(set(found)) == 1 for found in sources)  # each line cites its own source
    assert len({found[0] for found in sources}) == len(lines)
    assert any("game" in line.lower() for line in lines)
