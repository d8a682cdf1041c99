"""Which of the six UN languages a question or a report is written in."""

from __future__ import annotations

import time

import pytest

from cwgcop_search.languages import (
    LANGUAGES, detect_language, has_han, language_name, script_of,
)


@pytest.mark.parametrize("text, expected", [
    ("The meeting discussed national strategies for the protection of children online.", "en"),
    ("La réunion a examiné les stratégies nationales de protection des enfants en ligne.", "fr"),
    ("La reunión examinó las estrategias nacionales de protección de la infancia en línea.", "es"),
    ("На собрании были рассмотрены национальные стратегии защиты детей в онлайновой среде.", "ru"),
    ("ناقش الاجتماع الاستراتيجيات الوطنية لحماية الأطفال على الإنترنت.", "ar"),
    ("会议讨论了保护儿童在线安全的国家战略。", "zh"),
])
def test_a_sentence_in_each_language(text, expected):
    assert detect_language(text) == expected


@pytest.mark.parametrize("question, expected", [
    ("What did Albania present?", "en"),
    ("Who chaired the meeting?", "en"),
    ("Qu'a présenté l'Albanie ?", "fr"),
    ("Qui a présidé la réunion ?", "fr"),
    ("¿Qué hizo Albania en 2023?", "es"),
    ("¿Quién presidió la reunión?", "es"),
    ("Что представила Албания?", "ru"),
    ("ماذا قدمت ألبانيا؟", "ar"),
    ("阿尔巴尼亚介绍了什么？", "zh"),
])
def test_a_short_question_in_each_language(question, expected):
    assert detect_language(question) == expected


def test_an_acronym_does_not_outweigh_the_chinese_around_it():
    assert detect_language("CWG-COP第十九次会议") == "zh"


@pytest.mark.parametrize("text", ["", "   ", "2023 ?", "5.9", "αβγ δεζ"])
def test_a_text_in_none_of_the_six_scripts_gets_the_default(text):
    assert detect_language(text, default="fr") == "fr"


def test_the_same_text_gets_the_same_answer_every_time():
    question = "Protection en ligne"
    assert len({detect_language(question) for _ in range(20)}) == 1


def test_a_question_takes_well_under_ten_milliseconds_once_loaded():
    detect_language("warm up the profiles")
    start = time.perf_counter()
    for _ in range(20):
        detect_language("Quels pays ont parlé de l'éducation numérique ?")
    assert (time.perf_counter() - start) / 20 < 0.010


def test_scripts_and_han():
    assert [script_of(t) for t in ("Albania", "Албания", "ألبانيا", "阿尔巴尼亚", "2023")] == \
           ["latin", "cyrillic", "arabic", "han", ""]
    assert has_han("CWG-COP 会议") and not has_han("CWG-COP meeting")


def test_every_language_has_an_english_and_a_native_name():
    assert [language_name(code) for code in LANGUAGES] == \
           ["English", "French", "Spanish", "Russian", "Arabic", "Chinese"]
    assert language_name("fr", native=True) == "français"
    assert language_name("zh", native=True) == "中文"


def test_a_short_question_is_told_by_its_function_words():
    # Too few letters for n-gram statistics: "de" and "participants" are French and Spanish alike.
    assert detect_language("Combien de participants ?") == "fr"
    assert detect_language("¿Cuántos participantes?") == "es"


def test_search_box_keywords_without_accents_stay_in_the_default_language():
    assert detect_language("Sango") == "en"
    assert detect_language("albania pilot cop") == "en"
