"""Who a passage is about and who presents it: attribution, the who/timeline/practices tools, the actor filter."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import REPORT_14, REPORT_19, REPORT_22, ROOT

from cwgcop_search.actors import PRESENTER, attribute, attribute_report, build_lexicon
from cwgcop_search.countries import countries
from cwgcop_search.readers import read_document
from cwgcop_search.structure import parse_report
from cwgcop_search.types import Filters


def paragraph_mentions(path, number):
    """The mentions of one numbered paragraph, the report attributed as indexing does it."""
    report = parse_report(read_document(path).blocks)
    mentions = attribute_report([(p.number, p.section, 0, p.text) for p in report.paragraphs])
    return next(m for p, m in zip(report.paragraphs, mentions) if p.number == number)


def presenters(mentions) -> set[str]:
    return {m.name for m in mentions if m.role == PRESENTER}


def countries_named(mentions) -> set[str]:
    return {m.name for m in mentions if m.kind == "country"}


# Section 4.1 of the 22nd meeting's report lists every information document and who sent it.
SECTION_4_1_SENDERS = [
    "ITU Secretariat", "Bulgaria", "Egypt", "Pakistan", "Chad", "Tanzania", "Bahamas",
    "Caribbean Telecommunications Union (CTU)", "Organization of Eastern Caribbean States (OECS)", "Andorra",
    "Commission Nationale de l'Informatique et des Libertés", "European Commission", "CGITC", "UN Committee on the Rights of the Child", "UNICEF",
    "Council of Europe", "Kindernothilfe", "Voice of Children", "SWGfL", "Scort Foundation",
    "5Rights Foundation", "eWorldwide Group", "WISE KIDS", "ICMEC", "Terre des Hommes", "WeProtect Global Alliance",
]


def test_every_sender_in_section_4_1_of_the_22nd_report_is_attributed_as_presenter():
    found = " | ".join(presenters(paragraph_mentions(REPORT_22, "4.1")))
    missing = [name for name in SECTION_4_1_SENDERS if name not in found]
    assert missing == []
    # The Caribbean union's seat, in brackets, is where it is, not a sender.
    assert "Trinidad and Tobago" not in found


@pytest.mark.parametrize("name, paragraph", [
    ("Bulgaria", "5.3"), ("Egypt", "5.4"), ("Pakistan", "5.5"), ("Chad", "5.6"), ("Tanzania", "5.7"),
    ("Bahamas", "5.8"), ("Caribbean Telecommunications Union", "5.8"), ("Eastern Caribbean States", "5.8"),
    ("Andorra", "5.9"), ("CNIL", "5.10"), ("European Commission", "5.11"), ("CGITC", "5.12"),
    ("UN Committee on the Rights of the Child", "5.13"), ("UNICEF", "5.14"), ("Council of Europe", "5.15"),
    ("SWGfL", "5.17"), ("Scort Foundation", "5.18"),
    ("WeProtect Global Alliance", "5.19"), ("5Rights Foundation", "5.20"), ("WISE KIDS", "5.22"),
    ("ICMEC", "5.23"), ("Terre des Hommes", "5.24"),
])
def test_each_information_document_of_the_22nd_meeting_is_found_under_its_sender(shipped_engine, name, paragraph):
    actor, found = shipped_engine.who(name)
    places = [(c.passage.source, c.passage.paragraph) for c in found]
    assert (REPORT_22.name, paragraph) in places
    assert (REPORT_22.name, "4.1") in places  # and the listing of the document


def test_the_uaes_presentations_are_found_across_the_14th_and_19th_meetings(shipped_engine):
    actor, found = shipped_engine.who("UAE")
    assert actor.name == "United Arab Emirates"
    places = [(c.passage.source, c.passage.paragraph) for c in found]
    assert (REPORT_14.name, "6.1") in places  # "the representative from the UAE presented"
    assert (REPORT_19.name, "5.6") in places  # "The contribution from the United Arab Emirates presented"
    assert (REPORT_19.name, "4.1") in places  # "Presentation by the United Arab Emirates (ECA)"
    assert all(c.role == PRESENTER for c in found)


def test_polands_contributions_come_in_date_order_from_2018_and_2023(shipped_engine):
    actor, found = shipped_engine.who("Poland")
    years = [c.date[:4] for c in found]
    assert years == sorted(years)
    assert {"2018", "2023"} <= set(years)
    by_place = {(c.passage.source, c.passage.paragraph): c for c in found}
    assert by_place[(REPORT_14.name, "6.12")].summary.startswith("The contribution from UKE in Poland")
    assert by_place[(REPORT_19.name, "5.12")].summary.startswith("Poland's contribution provided")


@pytest.mark.parametrize("path, paragraph", [
    (REPORT_22, "3.1"),   # The Agenda was adopted as drafted.
    (REPORT_14, "2.1"),   # the Deputy Secretary-General opened the meeting
    (REPORT_19, "9.1"),   # the chair underscored the event's success
    (REPORT_22, "8.5"),   # the meeting reconfirmed the importance of engaging stakeholders
])
def test_no_country_is_invented_where_none_is_named(path, paragraph):
    assert countries_named(paragraph_mentions(path, paragraph)) == set()


def test_words_that_are_also_countries_in_lower_case_name_no_country():
    lexicon = build_lexicon(["The chair thanked participants; turkey and chad were on the menu."])
    assert attribute("The chair thanked participants; turkey and chad were on the menu.", lexicon) == ()


@pytest.mark.parametrize("text, country", [
    ("The delegate from Türkiye raised a question.", "Türkiye"),
    ("The delegate from Turkey raised a question.", "Türkiye"),
    ("The proposal was submitted by the Kyrgyz Republic.", "Kyrgyzstan"),
    ("The Republic of the Philippines presented a draft resolution.", "Philippines"),
    ("The Albanian authority explained its pilot.", "Albania"),
    ("The Georgian National Communication Commission provided an overview.", "Georgia"),
    ("The representative from the UAE presented.", "United Arab Emirates"),
])
def test_countries_are_known_by_their_usual_forms_and_adjectives(text, country):
    assert country in countries_named(attribute(text, build_lexicon([text])))


def test_a_report_the_user_adds_has_its_own_organisations_found():
    texts = ["5.1 The information document by Kenya described its helpline.",
             "5.2 The presentation by the Lakeside Digital Safety Trust (LDST) outlined its school programme.",
             "5.3 LDST also trains teachers in Kenyan schools.",
             "5.4 The representative from Brightpath Learning stated that parents need guidance."]
    mentions = attribute_report([(None, (), 0, t) for t in texts])
    assert presenters(mentions[0]) == {"Kenya"}
    assert presenters(mentions[1]) == {"Lakeside Digital Safety Trust (LDST)"}
    assert {m.name for m in mentions[2]} == {"Lakeside Digital Safety Trust (LDST)", "Kenya"}
    assert presenters(mentions[3]) == {"Brightpath Learning"}


def test_variants_of_one_body_are_merged_across_reports(shipped_engine):
    # "Commission Nationale Informatique & Libertés (CNIL)" in 2023, "French Data Protection Authority (CNIL)"
    # and "Commission Nationale de l'Informatique et des Libertés" in 2025 are one actor.
    actor, found = shipped_engine.who("Commission Nationale de l'Informatique et des Libertés")
    assert actor.key == "CNIL"
    assert {(c.passage.source, c.passage.paragraph) for c in found} >= {
        (REPORT_19.name, "5.13"), (REPORT_22.name, "5.10"), (REPORT_22.name, "4.1")}
    assert shipped_engine.who("Endviolence.org")[0] == shipped_engine.who("End Violence")[0]


def test_an_unknown_name_is_an_error_that_says_what_to_do(shipped_engine):
    from cwgcop_search.actor_index import UnknownActorError

    with pytest.raises(UnknownActorError, match="No indexed report attributes anything to Peru"):
        shipped_engine.who("Peru")
    with pytest.raises(UnknownActorError, match="'cwgcop-search who' lists every actor"):
        shipped_engine.who("Zzyzx Institute")


def test_the_actor_filter_keeps_only_passages_naming_the_actor(shipped_engine):
    answer = shipped_engine.ask("digital literacy initiatives", filters=Filters(actors=("Egypt",)))
    assert answer.passages
    for passage in answer.passages:
        assert "Egypt" in passage.text or "Egyptian" in passage.text


def test_every_actor_is_listed_with_counts_per_meeting(shipped_engine):
    labels, counts = shipped_engine.actors()
    assert labels[0] == "14" and "22" in labels
    by_name = {c.actor.name: c for c in counts}
    assert by_name["Egypt"].per_meeting == {"14": 2, "22": 2}
    assert by_name["United Arab Emirates"].per_meeting["19"] >= 2


def test_a_topic_across_meetings_has_a_first_appearance_and_a_latest_position(shipped_engine):
    timeline = shipped_engine.timeline("phones in schools")
    meetings = [p.meeting for p in timeline.points]
    assert meetings == ["14", "22"]
    assert (timeline.first.source, timeline.first.paragraph) == (REPORT_14.name, "6.12")
    assert (timeline.latest.source, timeline.latest.paragraph) == (REPORT_22.name, "7.1")


def test_good_practices_are_one_passage_per_actor_and_filter_by_region(shipped_engine):
    found = shipped_engine.practices("training teachers")
    names = [p.actor.name for p in found]
    assert len(names) == len(set(names))
    assert {"Egypt", "Andorra"} <= set(names)
    europe = shipped_engine.practices("training teachers", region="Europe")
    assert europe and all(p.actor.region == "Europe" for p in europe)
    assert "Andorra" in [p.actor.name for p in europe]


def run_cli(engine, *args):
    settings = engine.settings
    return subprocess.run([sys.executable, "-m", "cwgcop_search.cli", *args, "--corpus", str(settings.corpus_dir),
                           "--index", str(settings.index_dir)], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)


def test_who_on_the_command_line_in_text_and_json(shipped_engine):
    result = run_cli(shipped_engine, "who", "Egypt")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Egypt (country, Africa): 4 passages")
    assert "[Report of the 22nd meeting of CWG-COP, 12 and 13 February 2025, para. 5.4]" in result.stdout
    data = json.loads(run_cli(shipped_engine, "who", "--json", "Egypt").stdout)
    assert data["actor"] == "Egypt"
    assert [c["meeting"] for c in data["contributions"]] == ["14", "14", "22", "22"]
    assert data["contributions"][1]["passage"]["paragraph"] == "6.10"


def test_timeline_and_practices_on_the_command_line(shipped_engine):
    data = json.loads(run_cli(shipped_engine, "timeline", "--json", "age verification").stdout)
    assert data["first_appearance"]["citation"].startswith("Report of the 22nd meeting")
    assert [m["meeting"] for m in data["meetings"]] == ["22"]
    result = run_cli(shipped_engine, "practices", "--region", "Europe", "training", "teachers")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Europe\n")
    unknown = run_cli(shipped_engine, "who", "Zzyzx Institute")
    assert unknown.returncode == 1 and "lists every actor" in unknown.stderr


def test_every_country_has_a_name_and_all_but_antarctica_a_region():
    listed = countries()
    assert len(listed) == 249
    assert [c.code for c in listed if c.region is None] == ["AQ"]


def test_a_document_that_was_not_presented_has_no_presenter():
    mentions = paragraph_mentions(REPORT_22, "5.21")  # "... by eWorldwide Group was not presented"
    assert presenters(mentions) == set()
    assert {m.name for m in mentions} == {"eWorldwide Group"}


def test_countries_taking_part_in_a_discussion_are_mentioned_not_presenters():
    text = ("Following the presentation of the Republic of the Philippines of resolutions, several countries, "
            "including Russia, Iran, Canada and South Africa, engaged in discussions.")
    mentions = attribute(text, build_lexicon([text]))
    assert presenters(mentions) == set()
    assert {"Iran", "Canada", "South Africa"} <= {m.name for m in mentions}
    alone = "Canada raised concerns about the abusive use of cell phones in schools."
    assert presenters(attribute(alone, build_lexicon([alone]))) == {"Canada"}


def test_what_a_country_only_discussed_is_not_given_as_what_it_presented(shipped_engine):
    result = shipped_engine.search("What did Iran present at the 19th meeting?")
    assert result.abstained and result.reason == "the passages found do not record Iran presenting at the 19th meeting"
