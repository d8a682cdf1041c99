"""Questions find the paragraph that answers them, first."""

from __future__ import annotations

import pytest

from cwgcop_search.types import Filters


@pytest.mark.parametrize("question, source_part, paragraph", [
    ("Who chaired the 19th meeting of CWG-COP?", "19th", "1.1"),
    ("What did Albania present in 2023?", "19th", "5.9"),
    ("What did Canada say about cell phones in schools?", "22nd", "7.1"),
    ("Who presented the educational campaign I click sensibly?", "14th", "6.12"),
    ("What did Germany ask about age verification?", "22nd", "7.3"),
    ("What is Sango's Adventure?", "19th", "5.1"),
])
def test_the_right_paragraph_comes_first(shipped_engine, question, source_part, paragraph):
    top = shipped_engine.ask(question).passages[0]
    assert source_part in top.source and top.paragraph == paragraph


def test_passages_carry_their_citation(shipped_engine):
    passage = shipped_engine.ask("Who chaired the 19th meeting of CWG-COP?").passages[0]
    record = passage.to_dict()
    assert record == {**record, "rank": 1, "source": "CWG-COP-19th-meeting-report-2023.txt",
                      "title": "Report of the 19th meeting of CWG-COP", "meeting": 19,
                      "date": "10 October 2023", "section": "1 Introduction", "paragraph": "1.1",
                      "page": None}
    assert "chaired by Mr Abdelaziz Alzarooni (UAE)" in record["text"]
    assert 0 < record["score"] <= 1


def test_meeting_filter_keeps_only_that_meeting(shipped_engine):
    passages = shipped_engine.ask("gap analysis", k=10, filters=Filters(meetings=(22,))).passages
    assert passages and all(22 in p.meetings for p in passages)


def test_year_and_document_filters(shipped_engine):
    by_year = shipped_engine.ask("online safety", k=8, filters=Filters(years=(2018,))).passages
    assert by_year and {p.source for p in by_year} == {"CWG-COP-14th-meeting-report-2018.txt"}
    by_doc = shipped_engine.ask("online safety", filters=Filters(sources=("four-year",))).passages
    assert by_doc and {p.kind for p in by_doc} == {"four-year report"}


def test_a_filter_that_matches_nothing_returns_nothing(shipped_engine):
    answer = shipped_engine.ask("online safety", filters=Filters(meetings=(99,)))
    assert answer.passages == () and answer.abstained


def test_k_sets_the_number_of_passages(shipped_engine):
    assert len(shipped_engine.ask("teachers", k=3).passages) == 3
    assert [p.rank for p in shipped_engine.ask("teachers", k=7).passages] == list(range(1, 8))


def test_a_long_paragraph_cut_into_chunks_is_one_passage_citing_it_once(shipped_engine):
    # Paragraph 5.3 of the 22nd meeting's report is cut into three chunks.
    passages = shipped_engine.search("What is Bulgaria's programme against violence and abuse?").passages
    places = [(p.source, p.paragraph) for p in passages if p.paragraph]
    assert len(places) == len(set(places))
    bulgaria = next(p for p in passages if "Bulgaria" in p.text)
    assert "Be Brave, Be Good" in bulgaria.text and "20% reduction" in bulgaria.text


def test_a_paraphrase_the_similarity_cut_refuses_is_answered_when_its_concepts_match(shipped_engine):
    # No sentence is close enough in the embedding, but the latent terms meet those of the passages.
    assert not shipped_engine.search("Who worried about kids using handsets in class?").abstained


def test_a_question_off_the_reports_subject_is_still_refused(shipped_engine):
    result = shipped_engine.search("How do I bake sourdough bread?")
    assert result.abstained and result.reason == "no passage is close enough to the question"


def test_a_date_the_reports_never_give_is_refused_and_one_they_give_is_answered(shipped_engine):
    refused = shipped_engine.search("On which dates will the World Telecommunication Development Conference "
                                    "in Azerbaijan be held?")
    assert refused.abstained and refused.reason == "no passage gives the date asked for"
    answered = shipped_engine.search("What were the dates of the twenty-first meeting?")
    assert not answered.abstained


def test_what_came_of_an_event_the_reports_announce_is_refused(shipped_engine):
    result = shipped_engine.search("What did stakeholders agree at the Tbilisi Conference in March 2025?")
    assert result.abstained and result.reason == "the passages speak of the Tbilisi Conference only as still to come"

def test_which_councillors_is_refused_where_the_report_only_counts_them(shipped_engine):
    result = shipped_engine.search("Which two councillors wanted CWG-COP to keep its current terms of reference?")
    assert result.abstained and result.reason == "the passages count the councillors but do not name them"

def test_who_is_the_chair_is_answered_with_the_chair_not_the_vice_chair(shipped_engine):
    from cwgcop_search.evaluation import answer_support

    answer = shipped_engine.ask("Who is the Chair of CWG-COP?")
    assert not answer.abstained
    first = answer.answer.split(" [1]")[0]
    assert "Abdelaziz Alzarooni (UAE)" in first and "Vice" not in first
    assert "Abdelaziz Alzarooni (UAE) Chair, CWG-COP" in answer.answer  # the signature, read out as one
    assert "Vice-Chair, CWG-COP" not in answer.answer  # the Vice-Chair's signature is not the Chair's
    total, supported = answer_support(answer)
    assert total == supported >= 1

def test_a_part_opening_in_the_middle_of_a_list_is_joined_to_the_part_holding_its_lead_in(shipped_engine):
    answer = shipped_engine.ask("Are output documents on child online protection publicly accessible "
                                "without password protection?")
    assert "requested the Council: \u2026 to continue to make output documents" in answer.answer
    from cwgcop_search.evaluation import answer_support

    total, supported = answer_support(answer)  # the pieces around "…" are each in the passage cited
    assert total == supported >= 1


def test_a_paragraph_of_the_named_meeting_s_report_need_not_name_the_meeting_again(shipped_engine):
    # "Mr Malcolm Johnson, opened the meeting" answers "Who opened the 14th meeting?" without "14th".
    result = shipped_engine.search("Who opened the 14th meeting?")
    assert "opened the meeting" in result.passages[0].text


def test_a_one_line_passage_is_read_with_its_heading(shipped_engine):
    # "Within the allocated budget 2024-2025." says nothing alone; under "Financial implications" it
    # answers the question, and the report of the two meetings is about them throughout.
    top = shipped_engine.ask("What are the financial implications of the Council report on the 21st and "
                             "22nd CWG-COP meetings?").passages[0]
    assert top.section == ("Financial implications",) and top.text == "Within the allocated budget 2024-2025."


def test_a_one_line_passage_is_read_with_its_heading_when_its_own_words_are_asked_about(shipped_engine):
    # No word of "Financial implications" in the question, but "budget" is the passage's own word.
    passages = shipped_engine.ask("Was any budget set aside for the group's meetings?").passages[:5]
    assert "Within the allocated budget 2024-2025." in [p.text for p in passages]
