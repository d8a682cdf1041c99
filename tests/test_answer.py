"""Extractive answers: short, cited sentence by sentence, true to the text."""

from __future__ import annotations

import re

import pytest

from cwgcop_search.conversation import Conversation, resolve, subjects
from cwgcop_search.evaluation import answer_support
from cwgcop_search.types import citation_line, where_cited

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


def test_a_share_asked_for_is_answered_by_the_sentence_giving_one_whichever_passage_holds_it(shipped_engine):
    # The nearest passage (the secretariat's update) gives no share; the second one does.
    answer = shipped_engine.ask("What fraction of people on the web are under-18s, according to the Nordic "
                                "kids' charity that presented its app?")
    assert not answer.abstained
    assert "approximately one-third of internet users being children. [1]" in answer.answer
    assert answer.citations[0]["paragraph"] == "5.23"


def test_which_countries_is_answered_with_the_sentence_naming_them(shipped_engine):
    answer = shipped_engine.ask("In which countries does the Terre des Hommes Safety for Children and their "
                                "Rights Online initiative operate?")
    assert "Cambodia, Nepal, the Philippines, and Kenya" in answer.answer


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
    ("The organization has a system called ICCAM.", True),
    ("The representative from Egypt presented the committee's activities.", False),
    ("Also, ITU had launched its COP mascot on Safer Internet Day 2020.", True),  # a connective, whatever follows
])
def test_sentences_leaning_on_the_one_before_are_recognised(sentence, dependent):
    from cwgcop_search.chunking import depends_on_previous

    assert depends_on_previous(sentence) is dependent


def test_a_pronoun_after_a_chain_of_leaning_sentences_is_quoted_from_where_the_chain_starts(shipped_engine):
    answer = shipped_engine.ask("there was a cartoon character that kids drew up themselves to help families "
                                "understand internet dangers - whats the story behind it?")
    assert "Also, ITU had launched its COP mascot, Sangophone" in answer.answer
    assert "It had been created and designed by children" in answer.answer


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


def _plan(question, key_terms, names=()):
    from cwgcop_search.query import QueryPlan

    return QueryPlan(question=question, terms=key_terms, corrected=(), key_terms=key_terms, names=names,
                     unknown_names=(), meetings=(), years=(), wants_examples=False, wants_quantity=False)


def _passage(chunk_id, text, paragraph):
    from cwgcop_search.types import Passage

    return Passage(rank=chunk_id, score=0.9, chunk_id=chunk_id, text=text, source="r.txt", title="R",
                   kind="report", meetings=(22,), date_text="", section=(), paragraph=paragraph, pages=())


def test_a_paragraph_that_opens_with_what_it_reports_on_is_quoted_from_its_first_sentence():
    from cwgcop_search.answer import select_sentences

    first = "The presentation outlined the Alliance's mission to tackle exploitation online."
    passage = _passage(1, first, "5.26")
    chosen = select_sentences(_plan("What has the Alliance presented?", ("alliance",)), (passage,),
                              {1: [(first, 0.9)]})
    assert [text for text, _, _ in chosen] == [first]


def test_the_pieces_of_a_paragraph_that_names_the_subject_once_are_about_it():
    from cwgcop_search.answer import select_sentences

    opening = "The information document by Bulgaria introduced its programme for the prevention of violence."
    outcome = "Expected outcomes include a 20% reduction in violence."
    elsewhere = "Andorra expects fewer cases of violence next year."
    passages = (_passage(1, opening, "5.3"), _passage(2, outcome, "5.3"), _passage(3, elsewhere, "5.9"))
    sentences = {1: [(opening, 0.80)], 2: [(outcome, 0.82)], 3: [(elsewhere, 0.83)]}
    plan = _plan("What reduction in violence does Bulgaria expect?", ("reduction", "violence", "bulgaria"),
                 names=("bulgaria",))
    chosen = {text for text, _, _ in select_sentences(plan, passages, sentences)}
    assert chosen == {opening, outcome}


def test_a_sentence_is_about_the_name_its_paragraph_holds():
    from cwgcop_search.answer import select_sentences

    texts = ["The information document by Pakistan summarized its initiatives.",
             "PTA established the nationwide digital literacy initiative Digital Hifazat."]
    passage = _passage(1, " ".join(texts), "5.5")
    plan = _plan("What has Pakistan done?", ("pakistan",), names=("pakistan",))
    chosen = select_sentences(plan, (passage,), {1: [(texts[0], 0.90), (texts[1], 0.88)]})
    assert [text for text, _, _ in chosen] == texts


def test_the_sentence_limit_counts_the_sentences_brought_in_for_their_subject():
    from cwgcop_search.answer import Picking, select_sentences

    texts = ["Save the Children presented Huippula.", "It helps children stay safe online.",
             "Italy presented its plan for safe online games."]
    passage = _passage(1, " ".join(texts), "5.23")
    plan = _plan("What helps children stay safe online?", ("helps", "children", "safe", "online"))
    chosen = select_sentences(plan, (passage,), {1: [(texts[0], 0.70), (texts[1], 0.90), (texts[2], 0.85)]},
                              Picking(max_sentences=2))
    assert sorted(at for _, _, at in chosen) == [0, 1]  # the third would make three sentences


def test_a_list_lead_in_holding_the_date_answers_when():
    from cwgcop_search.answer import select_sentences

    lead_in = "The main results of the fifteenth meeting, held on 26 September 2019, were:"
    item = "The Chair encouraged more responses from young people."
    passage = _passage(1, f"{lead_in} {item}", None)
    chosen = select_sentences(_plan("When was the fifteenth meeting held?", ("fifteenth", "held")), (passage,),
                              {1: [(lead_in, 0.80), (item, 0.85)]})
    assert [text for text, _, _ in chosen] == [lead_in]


def test_a_who_question_is_answered_from_the_best_passage_when_it_names_no_one_the_usual_way():
    from cwgcop_search.answer import select_sentences

    best = "IWF works to equip resource-poor countries with a simple way of reporting abuse images."
    other = "The information document by Bulgaria introduced its national programme against violence."
    passages = (_passage(1, best, "5.8"), _passage(2, other, "5.3"))
    plan = _plan("Who helps poorer nations report abuse images?", ("helps", "poorer", "report", "abuse", "images"))
    chosen = select_sentences(plan, passages, {1: [(best, 0.86)], 2: [(other, 0.80)]})
    assert chosen[0][0] == best
    # When the best passage has a sentence naming someone ("by ..."), the answer leads with it.
    named = "The hotline portal was set up by Internet Watch Foundation staff."
    passages = (_passage(1, f"{best} {named}", "5.8"), passages[1])
    chosen = select_sentences(plan, passages, {1: [(best, 0.86), (named, 0.80)], 2: [(other, 0.80)]})
    assert chosen[0][0] == named


def test_a_list_item_is_read_out_with_its_lead_in_and_not_without_it():
    from cwgcop_search.answer import select_sentences

    lead_in = "Resolution 179 requested the Council:"
    items = ["\u2013 to continue the work of the group;", "\u2013 to keep its documents publicly accessible."]
    passage = _passage(1, " ".join([lead_in, *items]), "1.3")
    plan = _plan("Are the documents publicly accessible?", ("documents", "publicly", "accessible"))
    chosen = select_sentences(plan, (passage,), {1: [(lead_in, 0.70), (items[0], 0.72), (items[1], 0.90)]})
    assert [text for text, _, _ in chosen][0] == ("Resolution 179 requested the Council: \u2026 "
                                                  "to keep its documents publicly accessible.")
    alone = _passage(2, items[1], "1.3")  # the lead-in is in a part not given
    assert select_sentences(plan, (alone,), {2: [(items[1], 0.90)]}) == []


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
    cited = CITED.findall(answer.answer)
    for at, (sentence, marker) in enumerate(cited):
        sentence = sentence.strip().removeprefix("- ")
        assert _SENTENCE_OPENING.match(sentence), sentence
        assert sentence.rstrip("\"”’)").endswith((".", "!", "?")), sentence
        if re.match(r"(?i)(however|it|their|this|they)\b", sentence):
            # never alone: right after the sentence before it in its paragraph
            before = cited[at - 1][0].strip().removeprefix("- ") if at else ""
            quote = answer.citations[int(marker) - 1]["quote"]
            assert at and cited[at - 1][1] == marker and f"{before} {sentence}" in quote, sentence


def test_requests_for_examples_are_a_cited_list_one_line_per_source(shipped_engine):
    answer = shipped_engine.ask("any good examples of games or playful tools to teach kids about online safety?")
    lines = answer.answer.split("\n")
    assert len(lines) >= 3 and all(re.match(r"- .+ \[\d+\]$", line) for line in lines)
    sources = [re.findall(r"\[(\d+)\]", line) for line in lines]
    assert all(len(set(found)) == 1 for found in sources)  # each line cites its own source
    assert len({found[0] for found in sources}) == len(lines)
    assert any("game" in line.lower() for line in lines)


def test_a_line_of_examples_names_who_presents_it_when_its_sentence_does_not():
    from dataclasses import replace

    from cwgcop_search.answer import compose

    plan = replace(_plan("Examples of teacher training?", ("teacher", "training")), wants_examples=True)
    egypt = replace(_passage(1, "Key success stories include trainers and teachers from Aswan.", "5.4"),
                    presenters=("Egypt",))
    malta = replace(_passage(2, "The Malta Foundation trained teachers and social workers.", "5.11"),
                    presenters=("Malta Foundation",))
    answer = compose(plan.question, (egypt, malta), {1: [(egypt.text, 0.9)], 2: [(malta.text, 0.9)]}, plan)
    assert answer.answer.split("\n") == [
        "- Egypt: Key success stories include trainers and teachers from Aswan. [1]",
        "- The Malta Foundation trained teachers and social workers. [2]"]


def test_examples_passages_carry_who_presents_them(shipped_engine):
    answer = shipped_engine.ask("What have countries done to train teachers on online safety?")
    presented = [p for p in answer.passages if p.presenters]
    assert presented and presented[0].to_dict()["presenters"] == list(presented[0].presenters)  # in the JSON too


@pytest.mark.parametrize("line,presenters,labelled", [
    ("The UAE presented its plan.", ("UAE",), False),  # a short name is a name too
    ("The presentation by CTU covered schools.", ("Caribbean Telecommunications Union (CTU)",), False),
    ("Huippula helps children online.", ("Save the Children",), True),  # "children" is not the name
    ("The United States launched a plan.", ("United Arab Emirates",), True),  # one word of a name is not it
    ("The contribution from Malta Foundation covered schools.", ("Malta Foundation for the Well-being of Society",),
     False),  # the capitalised words a name opens with
])
def test_a_line_of_examples_is_labelled_unless_it_names_who_presents_it(line, presenters, labelled):
    from cwgcop_search.answer import _labelled, presenter_label

    assert _labelled(line, presenters) == (presenter_label(presenters) + line if labelled else line)


def test_a_labelled_line_opening_mid_thought_is_still_a_fragment():
    from dataclasses import replace

    from cwgcop_search.evaluation import answer_fragments
    from cwgcop_search.types import Answer

    egypt = replace(_passage(1, "The game was designed for children aged 9 to 12.", "5.4"), presenters=("Egypt",))
    malta = _passage(2, "Malta trained teachers in schools.", "5.11")
    answer = Answer("Examples?", "- Egypt: designed for children aged 9 to 12. [1]\n"
                    "- Malta trained teachers in schools. [2]", False, (egypt, malta),
                    ({"n": 1, "source": "r.txt", "paragraph": "5.4", "chunk_id": 1},
                     {"n": 2, "source": "r.txt", "paragraph": "5.11", "chunk_id": 2}))
    assert answer_fragments(answer) == 1


def test_a_labelled_line_of_examples_counts_as_quoted_word_for_word():
    from dataclasses import replace

    from cwgcop_search.answer import compose
    from cwgcop_search.evaluation import answer_support

    plan = replace(_plan("Examples of teacher training?", ("teacher", "training")), wants_examples=True)
    egypt = replace(_passage(1, "Key success stories include trainers and teachers from Aswan.", "5.4"),
                    presenters=("Egypt",))
    other = _passage(2, "Teachers were trained in Malta.", "5.11")
    answer = compose(plan.question, (egypt, other), {1: [(egypt.text, 0.9)], 2: [(other.text, 0.9)]}, plan)
    assert answer.answer.startswith("- Egypt: ") and answer_support(answer) == (2, 2)


def test_the_answer_does_not_depend_on_how_many_sources_are_shown(shipped_engine):
    # The second part of a long paragraph ranked seventh once lengthened its passage at ten
    # sources and not at five, so the answer changed with the slider.
    question = "How do football coaches help protect kids on the internet?"
    answers = {shipped_engine.ask(question, k=k).answer.split("\n")[0] for k in (5, 10, 15)}
    assert len(answers) == 1


def test_a_count_of_another_place_does_not_answer_a_question_about_a_described_one(shipped_engine):
    # Poland's campaign involved 41,000 children; the Bulgarian passage gives no such count.
    answer = shipped_engine.ask("How many children did the Bulgarian campaign reach?")
    assert "41,000" not in answer.answer


def test_a_phone_number_asked_for_is_answered_by_the_sentence_giving_it(shipped_engine):
    # The helpline's number is the paragraph's sixth sentence, far in words from the question.
    answer = shipped_engine.ask("does tanzania have a phone number kids can ring day or night if something happens online")
    assert not answer.abstained
    assert answer.answer.startswith("The 116-child helpline provides confidential, 24/7 support")


def test_passages_without_a_number_are_cited_by_their_own_heading(shipped_engine):
    # Three front-matter passages of one report, none numbered: each citation names its heading
    # and leads to its own passage (the app once labelled all three with the last one's heading).
    answer = shipped_engine.ask("What are the financial implications of the Council report on the 21st "
                                "and 22nd CWG-COP meetings?")
    first = answer.citations[0]
    assert first["paragraph"] is None and first["section"] == "Financial implications"
    assert citation_line(first).endswith(", 2024-2025, Financial implications")
    cited = [answer.cited_passage(c) for c in answer.citations]
    assert all(cited) and len({p.chunk_id for p in cited}) == len(cited) >= 2
    assert cited[0].text == "Within the allocated budget 2024-2025."


def test_a_citation_record_without_its_chunk_still_finds_its_passage_by_paragraph():
    from cwgcop_search.types import Answer

    first, second = _passage(1, "Malta trained teachers.", "5.11"), _passage(2, "Egypt built a game.", "5.4")
    answer = Answer("Examples?", "Egypt built a game. [1]", False, (first, second),
                    ({"n": 1, "source": "r.txt", "paragraph": "5.4"},))
    assert answer.cited_passage(answer.citations[0]) is second


def test_a_citation_spanning_pages_prints_their_range():
    citation = {"title": "R", "date": "2023", "paragraph": "5.9", "section": "", "page": 3, "pages": [3, 4]}
    assert citation_line(citation) == "R, 2023, para. 5.9, p. 3-4"


def test_a_numbered_paragraph_is_cited_by_number_and_page():
    assert where_cited("Report of the 19th meeting", "10 October 2023", "5.9", "5 Contributions", 3) == (
        "Report of the 19th meeting, 10 October 2023, para. 5.9, p. 3")
    assert where_cited("Report", None, None, "", None) == "Report, front matter"


def test_a_count_asked_for_is_read_from_the_sentence_counting_it_whichever_passage_holds_it():
    from dataclasses import replace

    from cwgcop_search.answer import select_sentences

    other = "The research, involving nearly 500 children across 15 countries, found risks are seen as normal."
    named = "The charity presented the initiative called Safety Online."
    counting = "This three-year initiative, running from 2022 to 2025, operates in four countries."
    passages = (_passage(1, other, "5.24"), _passage(2, f"{named} {counting}", "5.19"))
    plan = replace(_plan("How many years does the initiative run?", ("years", "initiative", "run")),
                   wants_quantity=True, counted="years")
    chosen = select_sentences(plan, passages, {1: [(other, 0.90)], 2: [(named, 0.80), (counting, 0.85)]})
    # The best passage's numbers count children and countries, not years.
    assert [text for text, _, _ in chosen] == [named, counting]
