"""Reports and questions in the six UN languages: small reports written here, the real model and index."""

from __future__ import annotations

import json
import re

import pytest
from conftest import APP, make_engine, plain, vocabulary

from cwgcop_search.cli import main as cli_main
from cwgcop_search.countries import countries_named
from cwgcop_search.locale_patterns import months_in
from cwgcop_search.query import Vocabulary, lexical_text, names_known_alike, names_written_alike, plan_query, tokens
from cwgcop_search.retrieval import about_meetings_ranking
from cwgcop_search.types import Filters

ENGLISH = """Summary
This report summarizes the main results of the nineteenth meeting of the Council Working Group on Child Online Protection (CWG-COP), held on 10 October 2023.
1\tOpening of the meeting
1.1\tThe meeting was chaired by Ms Jane Roe (Canada). About 80 participants attended, in the room and online.
2\tContributions
2.1\tKenya presented its national helpline for children, which received 12,000 calls in its first year of operation.
2.2\tPeru described a board game that teaches primary school pupils how to keep their passwords secret.
"""

# The same report as the working group publishes it in French.
FRENCH = """Résumé
Le présent rapport résume les principaux résultats de la dix-neuvième réunion du Groupe de travail du Conseil sur la protection en ligne des enfants (GTC-POE), tenue le 10 octobre 2023.
1\tOuverture de la réunion
1.1\tLa réunion était présidée par Mme Jane Roe (Canada). Environ 80 participants y ont assisté, dans la salle et en ligne.
2\tContributions
2.1\tLe Kenya a présenté sa ligne d'assistance nationale pour les enfants, qui a reçu 12 000 appels au cours de sa première année de fonctionnement.
2.2\tLe Pérou a décrit un jeu de société qui apprend aux élèves du primaire à garder leurs mots de passe secrets.
"""

CHINESE = """摘要
本报告总结了理事会儿童在线保护工作组第十九次会议的主要成果，会议于2023年10月10日举行。
1\t会议开幕
1.1\t会议由张伟先生（中国）主持，约80名代表出席。
2\t文稿
2.1\t蒙古介绍了面向家长的网络安全培训项目，共有三千名家长参加。
2.2\t秘鲁介绍了学校网络欺凌举报热线，学生可以匿名举报。
"""


def _engine(tmp_path_factory, name: str, reports: dict[str, str], **overrides):
    base = tmp_path_factory.mktemp(name)
    corpus = base / "corpus"
    corpus.mkdir()
    for file_name, text in reports.items():
        (corpus / file_name).write_text(text, encoding="utf-8")
    engine = make_engine(corpus, base / "index", **overrides)
    engine.index()
    return engine


@pytest.fixture(scope="module")
def english_only(tmp_path_factory, embedder):
    return _engine(tmp_path_factory, "en", {"report-19-en.txt": ENGLISH})


@pytest.fixture(scope="module")
def french_only(tmp_path_factory, embedder):
    return _engine(tmp_path_factory, "fr", {"rapport-19-fr.txt": FRENCH})


@pytest.fixture(scope="module")
def both(tmp_path_factory, embedder):
    return _engine(tmp_path_factory, "en-fr", {"report-19-en.txt": ENGLISH, "rapport-19-fr.txt": FRENCH})


def test_chinese_runs_become_character_pairs_for_the_lexical_index():
    assert lexical_text("网络欺凌") == " 网络 络欺 欺凌 "
    assert tokens("秘鲁介绍了 CWG-COP") == ["秘鲁", "鲁介", "介绍", "绍了", "cwg", "cop"]


def test_each_report_is_stored_with_its_language(both):
    assert {d.source: d.language for d in both.documents()} == {"report-19-en.txt": "en", "rapport-19-fr.txt": "fr"}


def test_an_english_question_is_answered_from_a_french_report(french_only):
    answer = french_only.ask("How many calls did the Kenyan helpline for children receive?")
    assert not answer.abstained, answer.answer
    assert answer.passages[0].paragraph == "2.1" and answer.passages[0].language == "fr"
    assert "12 000 appels" in answer.answer
    assert answer.note and "French" in answer.note


def test_a_french_question_is_answered_from_an_english_report_and_says_so(english_only):
    answer = english_only.ask("Combien d'appels la ligne d'assistance du Kenya a-t-elle reçus ?")
    assert not answer.abstained, answer.answer
    assert answer.language == "fr"
    assert answer.passages[0].paragraph == "2.1" and answer.passages[0].language == "en"
    assert "12,000 calls" in answer.answer
    assert answer.note == "Question in French; quoted from the report in English, as written."


def test_a_question_in_the_reports_language_gets_no_language_note(english_only):
    answer = english_only.ask("How many calls did the Kenyan helpline receive?")
    assert not answer.abstained and answer.note is None and answer.language == "en"


def test_an_english_question_is_answered_from_a_chinese_report(tmp_path_factory, embedder):
    engine = _engine(tmp_path_factory, "zh-only", {"report-19-zh.txt": CHINESE})
    answer = engine.ask("How many parents took part in Mongolia's online safety training?")
    assert not answer.abstained, answer.answer
    assert answer.passages[0].paragraph == "2.1" and answer.passages[0].language == "zh"
    assert "三千名家长" in answer.answer
    assert answer.note == "Question in English; quoted from the report in Chinese, as written."


def test_a_language_no_report_is_written_in_is_named_when_filtered_on(english_only):
    answer = english_only.ask("Who chaired the meeting?", filters=Filters(languages=("fr",)))
    assert answer.abstained and not answer.passages
    assert answer.answer == "The reports don't say (no report in French is indexed; the reports are in English)."


def test_an_answer_cites_the_other_rendition_of_its_paragraph(both):
    answer = both.ask("Which country presented a board game about keeping passwords secret?")
    first = answer.citations[0]
    assert first["paragraph"] == "2.2"
    other = "rapport-19-fr.txt" if first["source"] == "report-19-en.txt" else "report-19-en.txt"
    twin = next(p for p in both.documents() if p.source == other)
    assert first["also"] and first["also"][0].startswith(twin.title) and "para. 2.2" in first["also"][0]


def test_a_model_answer_in_the_question_language_is_checked_against_the_english_report(english_only):
    from cwgcop_search.calibration import calibration_for
    from cwgcop_search.generate import check

    passages = english_only.search("How many calls did the Kenyan helpline receive?").passages
    sentences = {p.chunk_id: [s for s, _ in english_only.search("Kenya helpline calls").sentences.get(p.chunk_id, ())]
                 for p in passages}
    output = ("La ligne d'assistance du Kenya a reçu 12 000 appels au cours de sa première année. [1] "
              "Le Kenya a interdit les téléphones portables dans toutes les écoles en 2020. [1]")
    kept, dropped = check(output, passages, english_only.embedder.embed, sentences,
                          calibration_for(english_only.settings.model).support_cosine)
    assert [n for _, n in kept] == [1] and kept[0][0].startswith("La ligne d'assistance du Kenya")
    assert dropped == ["Le Kenya a interdit les téléphones portables dans toutes les écoles en 2020."]


def test_a_chinese_question_is_matched_through_the_lexical_side(tmp_path_factory, embedder):
    engine = _engine(tmp_path_factory, "zh", {"report-19-zh.txt": CHINESE, "report-19-en.txt": ENGLISH},
                     retrieval="lexical")
    result = engine.search("学校网络欺凌举报热线")
    assert result.passages[0].paragraph == "2.2" and result.passages[0].language == "zh"


def test_one_paragraph_in_two_languages_is_one_passage_citing_both(both):
    passages = both.search("Which country presented a board game about keeping passwords secret?").passages
    first = passages[0]
    assert first.paragraph == "2.2"
    assert [(p.paragraph, p.language) for p in first.also] == [("2.2", "fr" if first.language == "en" else "en")]
    assert sum(p.paragraph == "2.2" for p in passages) == 1


def test_the_language_filter_keeps_only_reports_in_that_language(both):
    passages = both.search("board game passwords", filters=Filters(languages=("fr",))).passages
    assert passages and {p.language for p in passages} == {"fr"}


def test_the_cli_filters_by_language(both, monkeypatch, capsys):
    monkeypatch.setenv("CWGCOP_CORPUS", str(both.settings.corpus_dir))
    monkeypatch.setenv("CWGCOP_INDEX", str(both.settings.index_dir))
    assert cli_main(["ask", "--json", "--lang", "fr", "Who chaired the meeting?"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["passages"] and {p["language"] for p in record["passages"]} == {"fr"}
    assert record["passages"][0]["source"] == "rapport-19-fr.txt"


def test_the_cli_refuses_an_unknown_language_code(both, monkeypatch, capsys):
    monkeypatch.setenv("CWGCOP_CORPUS", str(both.settings.corpus_dir))
    monkeypatch.setenv("CWGCOP_INDEX", str(both.settings.index_dir))
    with pytest.raises(SystemExit) as stop:
        cli_main(["ask", "--lang", "xx", "Who chaired the meeting?"])
    assert stop.value.code == 2
    assert "'xx' is not one of en, fr, es, ru, ar, zh" in capsys.readouterr().err


def test_the_app_filters_by_language(both, monkeypatch):
    from streamlit.testing.v1 import AppTest

    monkeypatch.setenv("CWGCOP_CORPUS", str(both.settings.corpus_dir))
    monkeypatch.setenv("CWGCOP_INDEX", str(both.settings.index_dir))
    app = AppTest.from_file(APP, default_timeout=120).run()
    chooser = next(m for m in app.sidebar.multiselect if m.label == "Language of the report")
    assert chooser.options == ["English", "French"]
    chooser.select("fr").run()
    app.chat_input[0].set_value("Who chaired the meeting?").run()
    assert not app.exception
    answers = [plain(m.value) for m in app.markdown]
    assert any("présidée par Mme Jane Roe" in a for a in answers), answers
    assert not any("chaired by Ms Jane Roe" in a for a in answers)
    assert any(c.value.startswith("Question in English") for c in app.caption)  # the language detected, shown


def test_a_language_model_is_asked_to_answer_in_the_question_language(english_only):
    from cwgcop_search.generate import build_messages

    passages = english_only.search("Combien d'appels la ligne d'assistance du Kenya a-t-elle reçus ?").passages
    system = build_messages("Combien d'appels ?", passages, "fr")[0]["content"]
    assert "Write the answer in French" in system
    assert "Write the answer in" not in build_messages("How many calls?", passages, "en")[0]["content"]


def test_a_year_is_read_from_a_chinese_question():
    from cwgcop_search.query import Vocabulary, plan_query

    assert plan_query("阿尔巴尼亚在2023年介绍了什么？", Vocabulary.from_texts(["albania"])).years == (2023,)


def readme_examples() -> list[str]:
    """The questions of the README's six-language examples, as a user would copy them."""
    from conftest import ROOT

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Questions and reports in six languages", 1)[1].split("\n## ", 1)[0]
    return re.findall(r'^cwgcop-search ask "(.+)"$', section, re.M)


# What each example's answer must quote, by the question's language.
README_ANSWERS = {"en": "Albania", "fr": "Albania", "es": "Abdelaziz Alzarooni",
                  "ru": "mobile phones in schools", "ar": "Ibrahim Al Dabal", "zh": "Abdelaziz Alzarooni"}


def test_the_readme_examples_in_six_languages_are_answered_from_the_shipped_reports(shipped_engine):
    examples = readme_examples()
    assert len(examples) == 6
    for question in examples:
        answer = shipped_engine.ask(question)
        assert not answer.abstained, (question, answer.answer)
        assert README_ANSWERS[answer.language] in answer.answer, (question, answer.answer)
    assert sorted(shipped_engine.ask(q).language for q in examples) == sorted(README_ANSWERS)


def test_the_language_note_counts_reports_not_sentences():
    from cwgcop_search.answer import language_note
    from cwgcop_search.types import Passage

    def passage(source: str, language: str) -> Passage:
        return Passage(1, 0.9, 1, "text", source, "title", "meeting report", (19,), "10 October 2023", (), "2.1",
                       (), language=language)

    one = [passage("a.txt", "en"), passage("a.txt", "en")]
    assert language_note("fr", one) == "Question in French; quoted from the report in English, as written."
    two = [passage("a.txt", "en"), passage("b.txt", "es")]
    assert language_note("fr", two) == "Question in French; quoted from the reports in English and Spanish, as written."
    assert language_note("en", one) is None


def test_a_who_question_in_another_language_is_answered_by_the_sentence_naming_someone(english_only):
    for question in ("Qui a présidé la réunion ?", "谁主持了会议？", "¿Quién presidió la reunión?"):
        answer = english_only.ask(question)
        assert answer.answer.startswith("The meeting was chaired by Ms Jane Roe (Canada)."), (question, answer.answer)
        assert "80 participants" not in answer.answer, (question, answer.answer)


def test_countries_are_recognised_in_the_questions_own_language():
    assert countries_named("Qu'a présenté l'Albanie en 2023 ?", "fr") == ("AL",)
    assert countries_named("Что сказала делегация Албании?", "ru") == ("AL",)  # declined: "Албании"
    assert countries_named("ماذا اقترحت المملكة العربية السعودية؟", "ar") == ("SA",)
    assert countries_named("秘鲁介绍了什么？", "zh") == ("PE",)


def test_a_common_word_opening_a_sentence_is_that_word_not_a_country():
    # "Réunion" is a meeting there, as "réunion" in lower case is; the island keeps its article's capital.
    assert countries_named("Réunion de février 2025 : qu'a proposé le Canada ?", "fr") == ("CA",)
    assert countries_named("Reunión de 2024: ¿qué dijo Chile?", "es") == ("CL",)
    assert countries_named("Qu'a fait La Réunion ?", "fr") == ("RE",)
    assert countries_named("China presentó su estrategia.", "es") == ("CN",)
    assert countries_named("Reunion de fevrier 2025 : qu'a propose le Canada ?", "fr") == ("CA",)  # no accents typed


def test_a_country_whose_name_holds_another_s_is_that_country_alone():
    assert countries_named("Что представила Нигерия?", "ru") == ("NG",)  # "Нигерия" holds "Нигер"
    assert countries_named("Что представил Нигер?", "ru") == ("NE",)
    assert countries_named("几内亚比绍介绍了什么？", "zh") == ("GW",)  # Guinea-Bissau holds Guinea


def test_what_a_country_presented_is_refused_in_any_language_where_it_only_was_mentioned(shipped_engine):
    for question in ("Qu'a présenté le Nigeria lors de la vingt-deuxième réunion ?",
                     "尼日利亚在第二十二次会议上介绍了什么？"):
        answer = shipped_engine.ask(question)
        assert answer.abstained and "do not record Nigeria presenting at the 22nd meeting" in answer.answer, question
    assert not shipped_engine.ask("¿Qué presentó la India en la 19.ª reunión?").abstained


def test_a_meeting_is_not_taken_for_the_island_of_la_reunion():
    assert countries_named("Qui a présidé la 19e réunion ?", "fr") == ()


def test_a_country_named_in_french_is_looked_up_under_the_collections_name_for_it():
    plan = plan_query("Qu'a présenté le Pérou ?", Vocabulary.from_texts([ENGLISH]))
    assert "peru" in plan.terms and plan.places == ("Peru",) and plan.place_words == ("peru",)


def test_a_meeting_named_in_french_is_looked_up_under_the_collections_ordinal_word():
    plan = plan_query("Qui a présidé la dix-neuvième réunion ?", Vocabulary.from_texts([ENGLISH]))
    assert "nineteenth" in plan.terms
    assert plan.dense_question.endswith("(19th meeting)")


def test_a_chinese_question_naming_a_country_finds_the_english_paragraph_through_the_lexical_side(english_only):
    lexical = make_engine(english_only.settings.corpus_dir, english_only.settings.index_dir, retrieval="lexical")
    assert lexical.search("秘鲁介绍了什么？").passages[0].paragraph == "2.2"


def test_a_question_in_another_language_about_a_country_the_reports_never_name_is_refused(english_only):
    answer = english_only.ask("Что представила Бразилия?")
    assert answer.abstained and "Brazil" in answer.answer


@pytest.mark.parametrize("question", ["Что представила компания Roblox?", "Roblox在2024年介绍了什么？",
                                      "ماذا قدمت شركة Roblox؟"])
def test_a_name_written_in_latin_letters_in_another_script_is_looked_for_as_it_is(english_only, question):
    answer = english_only.ask(question)
    assert answer.abstained and "Roblox" in answer.answer


def test_names_a_question_in_another_language_writes_as_the_reports_do_are_looked_for():
    words = vocabulary("snap", "inc", "web", "age", "verification")
    assert names_known_alike(plan_query("Qu'a annoncé Snap Inc. en 2025 ?", words), words) == ("snap",)
    assert names_known_alike(plan_query("Snap Inc.在2025年宣布了什么？", words), words) == ("snap",)
    assert names_known_alike(plan_query("A-t-on créé un endroit unique sur le Web ?", words), words) == ()


def test_what_a_company_announced_in_a_year_no_passage_of_that_year_names_it_is_refused_in_french(shipped_engine):
    answer = shipped_engine.ask("Qu'a annoncé Snap Inc. en 2025 au sujet de la vérification de l'âge ?")
    assert answer.abstained and "snap" in answer.answer.lower()


def test_french_and_spanish_capitalised_titles_are_not_taken_for_names():
    words = vocabulary("itu", "secretary", "general")
    assert names_written_alike(plan_query("¿Quién es el Secretario General de la UIT?", words), words) == ()
    assert names_written_alike(plan_query("Что представила компания Roblox?", words), words) == ("Roblox",)
    sg17 = vocabulary("itu", "t", "sg17")  # "ITU-T SG17", as a report writes it
    assert names_written_alike(plan_query("ITU-T SG17 在儿童在线保护方面做了什么？", sg17), sg17) == ()


def test_a_meeting_named_by_its_month_in_another_language_is_that_meeting(english_only):
    assert months_in("Что происходило на собрании в сентябре 2024 года?", "ru") == [(2024, 9)]
    assert months_in("2024年9月的会议上发生了什么？", "zh") == [(2024, 9)]
    assert months_in("Quelles mesures depuis janvier 2020 ?", "fr") == []  # no meeting named
    result = english_only.search("Qu'a-t-on dit lors de la réunion d'octobre 2023 ?")
    assert result.plan.meetings == (19,)


def test_a_meeting_named_in_chinese_is_answered_from_that_meetings_paragraph(shipped_engine):
    # "When was the fifteenth meeting held?": no word of it is in the English reports.
    answer = shipped_engine.ask("第十五次会议是什么时候举行的？")
    assert not answer.abstained
    assert "26 September 2019" in answer.answer
    assert any(p.paragraph == "2.1" and "fifteenth" in p.text for p in answer.passages[:5])


def test_the_ranking_of_a_named_meeting_holds_only_passages_about_it(shipped_engine):
    reader = shipped_engine.reader()
    vector = shipped_engine.embedder.embed_query("when was it held")
    found = about_meetings_ranking(reader, (15,), vector, 20, None)
    rows = reader.chunks(found)
    assert found and all(15 in rows[i].document.meetings and "fifteenth" in rows[i].text.lower() for i in found)
    one_meeting = about_meetings_ranking(reader, (19,), vector, 20, None)
    assert one_meeting and {reader.chunks(one_meeting)[i].document.meetings for i in one_meeting} == {(19,)}


def test_what_countries_have_done_asks_for_examples_in_every_language():
    words = Vocabulary.from_texts([ENGLISH])
    for question in ("Qu'ont fait les pays pour former les enseignants ?",
                     "¿Qué han hecho los países para formar a los docentes?",
                     "Что сделали страны для обучения учителей?",
                     "ماذا فعلت البلدان لتدريب المعلمين؟",
                     "各国为培训教师做了哪些工作？"):
        assert plan_query(question, words).wants_examples, question
    assert not plan_query("Quand la réunion a-t-elle eu lieu ?", words).wants_examples


def test_what_came_of_an_event_still_to_come_is_refused_in_another_language(shipped_engine):
    # The question shares no word with the English passage: its nearest sentence is the one about the event.
    result = shipped_engine.search("¿Qué acordaron las partes interesadas en la Conferencia de Tiflis de marzo de 2025?")
    assert result.abstained and result.reason == "the passages speak of the event only as still to come"


def test_a_plenary_sitting_of_another_body_names_no_meeting_of_the_group():
    from cwgcop_search.locale_patterns import meetings_in

    assert meetings_in("Lors de la septième séance plénière du Conseil de 2022", "fr") == []
    assert meetings_in("la séptima sesión plenaria del Consejo", "es") == []
    assert meetings_in("Lors de la septième réunion du groupe", "fr") == [7]


@pytest.mark.parametrize("question", ["Qu'a dit le Canada lors de la réunion de février 2025 ?",
                                      "¿Qué dijo Canadá en la reunión de febrero de 2025?"])
def test_a_country_named_with_a_meeting_s_date_in_another_language_is_found_by_its_name(shipped_engine, question):
    # The year matched every passage dated 2025; the country's own ranking finds its paragraph.
    answer = shipped_engine.ask(question)
    assert answer.answer.startswith("Canada raised concerns about the abusive use of cell phones in schools")
    assert answer.citations[0]["paragraph"] == "7.1"


def test_a_title_written_the_french_way_is_not_read_as_an_unknown_instrument(shipped_engine):
    # "La Convention" was taken for the title of a convention no report names.
    answer = shipped_engine.ask("La Convention de Lanzarote compte combien d'États parties à ce jour ?")
    assert not answer.abstained
    assert "currently has 48 State parties" in answer.answer


def test_what_was_requested_in_chinese_is_no_question_of_what_a_text_requires(shipped_engine):
    # "提出了什么要求": what did they ask for. Answered by "called for", not refused for want of "required".
    answer = shipped_engine.ask("在2022年理事会第七次全体会议上，理事们就与ICANN的合作提出了什么要求？")
    assert not answer.abstained
    assert "called for greater cooperation with the Internet Corporation for Assigned Names" in answer.answer


def test_what_a_text_requires_of_providers_is_still_asked_in_chinese():
    from cwgcop_search.abstention import outcome_missing
    from cwgcop_search.query import plan_query

    # "提供商" (providers) holds 提 before 要求, but nothing was "put forward": a requirement is asked for.
    plan = plan_query("坦桑尼亚2024年《网络犯罪法》修正案对互联网服务提供商有哪些要求？", vocabulary("tanzania"))
    assert outcome_missing(plan, ["The law was amended in 2024."]) == "要求"
