"""Reports in French, Spanish, Russian, Arabic and Chinese parse to the same structure as English ones."""

from __future__ import annotations

import pytest

from cwgcop_search.locale_patterns import dates_in, meetings_in
from cwgcop_search.structure import parse_report
from cwgcop_search.types import Block


def _report_of(text: str):
    """Blocks as the TXT reader makes them: one per non-empty line."""
    return parse_report(tuple(Block(line) for line in text.strip().splitlines() if line.strip()))


def numbered(report):
    return [p.number for p in report.paragraphs if p.number]


ENGLISH = """
Document CWG-COP-19/4-E
Purpose
This report summarizes the main results of the nineteenth meeting of the Council Working Group on Child Online Protection (CWG-COP), held on 10 October 2023.
1 Introduction
1.1 The meeting was opened by the Chair, who welcomed the participants from Member States and Sector Members.
1.2 The agenda was adopted without changes.
5 Presentations
5.9 Albania presented its national strategy for the protection of children online and its helpline.
"""

FRENCH = """
Document CWG-COP-19/4-F
Objet
Le présent rapport résume les principaux résultats de la dix-neuvième réunion du Groupe de travail du Conseil sur la protection en ligne des enfants (GTC-POE), tenue le 10 octobre 2023 à Genève.
1 Introduction
1.1 La réunion a été ouverte par le Président, qui a souhaité la bienvenue aux participants des États Membres et des Membres de Secteur.
1.2 L'ordre du jour a été adopté sans modification.
5 Présentations
5.9 L'Albanie a présenté sa stratégie nationale de protection des enfants en ligne ainsi que sa ligne d'assistance.
Abdelaziz Alzarooni
Président, GTC-POE
"""

SPANISH = """
Objeto
Este informe resume los principales resultados de la vigésima segunda reunión del Grupo de Trabajo del Consejo sobre la Protección de la Infancia en Línea (GTC-PIL), celebrada el 12 y 13 de febrero de 2025 en Ginebra.
1 Introducción
1.1 La reunión fue inaugurada por la Vicepresidenta, que dio la bienvenida a los participantes de los Estados Miembros.
1.2 Se aprobó el orden del día sin modificaciones.
5 Presentaciones
5.1 Albania presentó su estrategia nacional para la protección de la infancia en línea y su línea de ayuda.
5.2 La colaboración intersectorial siguió siendo una piedra angular de la labor del Grupo.
Stella C. Erebor
Vicepresidenta, GTC-PIL
"""

RUSSIAN = """
Цель
В настоящем отчете кратко излагаются основные результаты 19-го собрания Рабочей группы Совета по защите ребенка в онлайновой среде (РГС-ЗРИ), состоявшегося 10 октября 2023 года в Женеве.
1 Введение
1.1 Собрание открыл Председатель, который приветствовал участников от Государств-Членов и Членов Секторов.
1.2 Повестка дня была принята без изменений.
5 Выступления
5.9 Албания представила свою национальную стратегию защиты детей в онлайновой среде и свою телефонную линию помощи.
"""

ARABIC = """
الغرض
يلخص هذا التقرير النتائج الرئيسية للاجتماع التاسع عشر لفريق العمل التابع للمجلس المعني بحماية الأطفال على الإنترنت (CWG-COP)، المعقود في ١٠ أكتوبر ٢٠٢٣ في جنيف.
1 مقدمة
1.1 افتتح الرئيس الاجتماع ورحب بالمشاركين من الدول الأعضاء وأعضاء القطاعات.
1.2 اعتُمد جدول الأعمال دون تغيير.
5 العروض
٥٫٩ قدمت ألبانيا استراتيجيتها الوطنية لحماية الأطفال على الإنترنت وخط المساعدة الخاص بها.
5.10 وقدمت الإمارات العربية المتحدة مبادرتها الوطنية بشأن السلامة على الإنترنت.
"""

CHINESE = """
目的
本报告概述了理事会儿童在线保护工作组（CWG-COP）第十九次会议的主要成果，该会议于2023年10月10日在日内瓦举行。
1 引言
1.1 主席宣布会议开幕，并欢迎来自成员国和部门成员的与会者。
1.2 会议通过了议程，未作修改。
5 介绍
5.9 阿尔巴尼亚介绍了其保护儿童在线安全的国家战略及其求助热线。
５．１０　阿拉伯联合酋长国介绍了其关于网络安全的国家倡议。
"""


@pytest.mark.parametrize("text, language, meetings, dates, date_text, numbers", [
    (FRENCH, "fr", (19,), ("2023-10-10",), "10 octobre 2023", ["1.1", "1.2", "5.9"]),
    (SPANISH, "es", (22,), ("2025-02-12",), "12 y 13 de febrero de 2025", ["1.1", "1.2", "5.1", "5.2"]),
    (RUSSIAN, "ru", (19,), ("2023-10-10",), "10 октября 2023 года", ["1.1", "1.2", "5.9"]),
    (ARABIC, "ar", (19,), ("2023-10-10",), "١٠ أكتوبر ٢٠٢٣", ["1.1", "1.2", "5.9", "5.10"]),
    (CHINESE, "zh", (19,), ("2023-10-10",), "2023年10月10日", ["1.1", "1.2", "5.9", "5.10"]),
])
def test_a_report_in_each_language_gives_its_language_meetings_dates_and_paragraphs(
        text, language, meetings, dates, date_text, numbers):
    report = _report_of(text)
    assert report.language == language
    assert (report.meetings, report.dates, report.date_text) == (meetings, dates, date_text)
    assert report.kind == "meeting report"
    assert numbered(report) == numbers


def test_an_english_report_is_english():
    assert _report_of(ENGLISH).language == "en"


def test_two_renditions_of_one_report_get_the_same_title_meetings_and_paragraph_numbers():
    english, french = _report_of(ENGLISH), _report_of(FRENCH)
    assert french.title == english.title == "Report of the 19th meeting of CWG-COP"
    assert (french.meetings, french.dates, french.kind) == (english.meetings, english.dates, english.kind)
    assert numbered(french) == numbered(english)


def test_without_a_document_symbol_the_group_is_named_as_the_report_names_it():
    report = _report_of(SPANISH)
    assert (report.body, report.title) == ("GTC-PIL", "Report of the 22nd meeting of GTC-PIL")


def test_a_chinese_report_names_its_group_by_the_acronym_in_full_width_brackets():
    assert _report_of(CHINESE).body == "CWG-COP"


def test_paragraph_text_stays_in_the_reports_language_without_its_number():
    paragraph = next(p for p in _report_of(CHINESE).paragraphs if p.number == "5.10")
    assert paragraph.text == "阿拉伯联合酋长国介绍了其关于网络安全的国家倡议。"
    assert paragraph.section == ("5 介绍",)


def test_arabic_indic_paragraph_numbers_are_cited_in_ascii_digits():
    paragraph = next(p for p in _report_of(ARABIC).paragraphs if p.number == "5.9")
    assert paragraph.text.startswith("قدمت ألبانيا")
    assert paragraph.section == ("5 العروض",)


def test_the_chair_and_vice_chair_are_read_from_the_signature():
    assert _report_of(FRENCH).chair == "Abdelaziz Alzarooni"
    assert _report_of(SPANISH).chair == "Stella C. Erebor, Vicepresidenta"


def test_a_french_report_to_council_on_two_meetings():
    report = _report_of("""
Résumé
Le présent rapport rend compte des résultats des vingt et unième et vingt-deuxième réunions du Groupe de travail du Conseil sur la protection en ligne des enfants (GTC-POE), tenues du 30 septembre au 1er octobre 2024 et les 12 et 13 février 2025.
Suite à donner par le Conseil
Le Conseil est invité à prendre note du présent rapport.
1 Introduction
1.1 Les deux réunions ont eu lieu à Genève.
""")
    assert report.kind == "report to Council"
    assert report.meetings == (21, 22)
    assert report.dates == ("2024-09-30", "2025-02-12")
    assert report.title == "Report to Council on the 21st and 22nd meetings of GTC-POE"


@pytest.mark.parametrize("language, phrase, expected", [
    ("fr", "Rapport de la dix-neuvième réunion du GTC-POE", [19]),
    ("fr", "la 19e réunion", [19]),
    ("es", "Informe de la 22ª reunión", [22]),
    ("es", "la vigésima segunda reunión", [22]),
    ("es", "la decimonovena reunión", [19]),
    ("ru", "Отчет о 19-м собрании", [19]),
    ("ru", "девятнадцатого собрания", [19]),
    ("ru", "двадцать первого и двадцать второго собраний", [21, 22]),
    ("ar", "الاجتماع التاسع عشر", [19]),
    ("ar", "الاجتماعين الحادي والعشرين والثاني والعشرين", [21, 22]),
    ("zh", "第十九次会议", [19]),
    ("zh", "第二十一次和第二十二次会议", [21, 22]),
    ("fr", "aucun numéro de réunion", []),
])
def test_meeting_numbers_from_ordinal_words_and_digits(language, phrase, expected):
    assert meetings_in(phrase, language) == expected


@pytest.mark.parametrize("language, expression, expected", [
    ("fr", "du 30 septembre au 1er octobre 2024 et le 12 février 2025", ["2024-09-30", "2025-02-12"]),
    ("es", "el 12 y 13 de febrero de 2025", ["2025-02-12"]),
    ("ru", "30 сентября – 1 октября 2024 г. и 12–13 февраля 2025 г.", ["2024-09-30", "2025-02-12"]),
    ("ar", "٣٠ سبتمبر - ١ أكتوبر ٢٠٢٤ و١٢ فبراير ٢٠٢٥", ["2024-09-30", "2025-02-12"]),
    ("zh", "2024年9月30日至10月1日和2025年2月12日至13日", ["2024-09-30", "2025-02-12"]),
])
def test_dates_of_one_meeting_or_two(language, expression, expected):
    found, _ = dates_in(expression, language)
    assert [d.isoformat() for d in found] == expected


def test_a_chinese_paragraph_may_follow_its_number_without_a_space_under_a_numbered_heading():
    report = _report_of("""
第十九次会议报告，于2023年10月10日举行
一、引言
5.9阿尔巴尼亚介绍了其保护儿童在线安全的国家战略及其求助热线。
""")
    paragraph = next(p for p in report.paragraphs if p.number == "5.9")
    assert paragraph.text.startswith("阿尔巴尼亚")
    assert paragraph.section == ("一 引言",)


def test_a_translation_that_kept_its_summary_in_english_still_gets_its_meeting():
    report = _report_of("""
This report summarizes the main results of the fifth meeting of the Council Working Group on Harbour Safety (CWG-HS), held on 3 March 2021.
1 Introducción
1.1 La reunión fue inaugurada por la Presidenta, que dio la bienvenida a los participantes de los Estados Miembros y de los Miembros de Sector.
1.2 Se aprobó el orden del día sin modificaciones y se examinaron las contribuciones presentadas por los Estados Miembros.
""")
    assert report.language == "es"
    assert (report.meetings, report.dates, report.date_text) == ((5,), ("2021-03-03",), "3 March 2021")
