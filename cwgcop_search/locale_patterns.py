"""How French, Spanish, Russian, Arabic and Chinese reports say what structure.py reads.

General-language knowledge only: ordinal words, month names, the words for
"meeting", "held on", "chair" and the usual front-matter headings. Patterns
match a folded text (lower case, accents and Arabic vowel marks dropped,
Arabic-Indic and full-width digits made ASCII), so one table covers "réunion"
and "reunion", "أكتوبر" and "اكتوبر"; fold() keeps a map back to the original
so a date can be quoted as the report writes it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

# --------------------------------------------------------------------- folding

_DIGITS = {**{0x0660 + i: str(i) for i in range(10)},   # Arabic-Indic ٠-٩
           **{0x06F0 + i: str(i) for i in range(10)},   # Extended Arabic-Indic ۰-۹
           **{0xFF10 + i: str(i) for i in range(10)},   # full-width ０-９
           0x066B: ".", 0xFF0E: ".", 0x060C: ",", 0xFF0C: ",", 0x061B: ";", 0xFF1B: ";",
           0x0640: ""}                                   # tatweel, a stretch with no letter


def ascii_number(number: str) -> str:
    """'٥٫٩' or '５．９' -> '5.9': paragraph numbers compare the same in every script."""
    return number.translate(_DIGITS)


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char.translate(_DIGITS).lower())
    return "".join(part for part in decomposed if not unicodedata.combining(part))


def fold(text: str) -> tuple[str, list[int]]:
    """Lower case without accents or Arabic vowel marks, ASCII digits; and each folded character's
    index in the original text."""
    out: list[str] = []
    where: list[int] = []
    for i, char in enumerate(text):
        part = _fold_char(char)
        out.append(part)
        where.extend([i] * len(part))
    return "".join(out), where


def folded(text: str) -> str:
    return fold(text)[0]


def _alternatives(words) -> str:
    return "(?:" + "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True)) + ")"


# -------------------------------------------------------------------- ordinals

def _french_ordinals() -> dict[str, int]:
    units = ["premier", "deuxieme", "troisieme", "quatrieme", "cinquieme", "sixieme", "septieme",
             "huitieme", "neuvieme"]
    teens = ["dixieme", "onzieme", "douzieme", "treizieme", "quatorzieme", "quinzieme", "seizieme",
             "dix-septieme", "dix-huitieme", "dix-neuvieme"]
    words = {w: i for i, w in enumerate(units, start=1)}
    words.update({"premiere": 1, "second": 2, "seconde": 2})
    words.update({w: 10 + i for i, w in enumerate(teens)})
    for value, (cardinal, ordinal) in {20: ("vingt", "vingtieme"), 30: ("trente", "trentieme"),
                                       40: ("quarante", "quarantieme"),
                                       50: ("cinquante", "cinquantieme")}.items():
        words[ordinal] = value
        words[f"{cardinal} et unieme"] = words[f"{cardinal}-et-unieme"] = value + 1
        for i, unit in enumerate(units[1:], start=2):
            words[f"{cardinal}-{unit}"] = words[f"{cardinal} {unit}"] = value + i
    return words


def _spanish_ordinals() -> dict[str, int]:
    units = ["primer", "segund", "tercer", "cuart", "quint", "sext", "septim", "octav", "noven"]
    words: dict[str, int] = {"primer": 1, "tercer": 3, "setima": 7, "setimo": 7,
                             "undecima": 11, "undecimo": 11, "duodecima": 12, "duodecimo": 12}
    for i, stem in enumerate(units, start=1):
        for end in "ao":
            words[stem + end] = i
    for value, stem in {10: "decim", 20: "vigesim", 30: "trigesim", 40: "cuadragesim",
                        50: "quincuagesim"}.items():
        for end in "ao":
            words[stem + end] = value
            for i, unit in enumerate(units, start=1):
                for unit_end in "ao":
                    # "vigésima segunda", "vigesimosegunda", "decimonovena", "decimoctava"
                    words[f"{stem}{end} {unit}{unit_end}"] = value + i
                    words[f"{stem}o{unit}{unit_end}"] = value + i
                    if unit.startswith("o"):  # "decimoctava": the two o's run together
                        words[f"{stem}{unit}{unit_end}"] = value + i
    return words


_RUSSIAN_STEMS = {"перв": 1, "втор": 2, "трет": 3, "четверт": 4, "пят": 5, "шест": 6, "седьм": 7,
                  "восьм": 8, "девят": 9, "десят": 10, "одиннадцат": 11, "двенадцат": 12,
                  "тринадцат": 13, "четырнадцат": 14, "пятнадцат": 15, "шестнадцат": 16,
                  "семнадцат": 17, "восемнадцат": 18, "девятнадцат": 19, "двадцат": 20,
                  "тридцат": 30, "сороков": 40, "пятидесят": 50}
_RUSSIAN_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50}
# Ordinal adjective endings in every case and gender ("третьего" takes the soft ones).
_RUSSIAN_ENDING = r"(?:ьего|ьему|ого|ому|ыми|ьим|ьем|ьей|ьих|ый|ой|ий|ая|ое|ые|ым|ом|ую|ых|ья|ье|ью|ьи)"


def _russian_ordinal_pattern() -> str:
    """'19-м', 'девятнадцатого', 'двадцать второго': digits with a case ending, or words."""
    stems = _alternatives(_RUSSIAN_STEMS)
    units = _alternatives([s for s, v in _RUSSIAN_STEMS.items() if v < 10])
    tens = _alternatives(_RUSSIAN_TENS)
    return rf"(?:\d{{1,3}}-[а-я]{{1,3}}|{tens}\s+{units}{_RUSSIAN_ENDING}|{stems}{_RUSSIAN_ENDING})"


_ARABIC_UNITS = {"الاول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5,
                 "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9}
_ARABIC_TENS = {"العشرون": 20, "العشرين": 20, "الثلاثون": 30, "الثلاثين": 30, "الاربعون": 40,
                "الاربعين": 40, "الخمسون": 50, "الخمسين": 50}


def _arabic_ordinals() -> dict[str, int]:
    words = {w: v for w, v in _ARABIC_UNITS.items() if w != "الحادي"}
    words["العاشر"] = 10
    for unit, value in _ARABIC_UNITS.items():
        if unit != "الاول":
            words[f"{unit} عشر"] = 10 + value
        for ten, ten_value in _ARABIC_TENS.items():
            words[ten] = ten_value
            if unit != "الاول":
                words[f"{unit} و{ten}"] = ten_value + value  # الثاني والعشرون
    return words


FRENCH_ORDINALS = _french_ordinals()
SPANISH_ORDINALS = _spanish_ordinals()
ARABIC_ORDINALS = _arabic_ordinals()
_CHINESE_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6,
                   "七": 7, "八": 8, "九": 9}


def chinese_number(text: str) -> int:
    """'十九' -> 19, '二十二' -> 22, '19' -> 19."""
    if text.isdigit():
        return int(text)
    total, current = 0, 0
    for char in text:
        if char in _CHINESE_DIGITS:
            current = _CHINESE_DIGITS[char]
        elif char == "十":
            total += (current or 1) * 10
            current = 0
        elif char == "百":
            total += (current or 1) * 100
            current = 0
    return total + current


def _russian_value(token: str) -> int:
    token = " ".join(token.split())
    if token[0].isdigit():
        return int(re.match(r"\d+", token).group(0))
    value = 0
    parts = token.split(" ")
    if len(parts) == 2:
        value, token = _RUSSIAN_TENS[parts[0]], parts[1]
    stem = max((s for s in _RUSSIAN_STEMS if token.startswith(s)), key=len)
    return value + _RUSSIAN_STEMS[stem]


def _table_value(table: dict[str, int]) -> Callable[[str], int]:
    """An ordinal's value: its digits ("19e", "22.ª", "الـ19") or its words looked up in the table."""
    def value(token: str) -> int:
        digits = re.search(r"\d+", token)
        return int(digits.group(0)) if digits else table[" ".join(token.split())]
    return value


# --------------------------------------------------------------------- locales

@dataclass(frozen=True)
class Locale:
    """What one language's reports say, as patterns over folded text."""

    meetings: re.Pattern       # group 1: a list of ordinals naming meetings
    ordinal: re.Pattern        # one ordinal within that list
    ordinal_value: Callable[[str], int]
    held: re.Pattern           # the words before the dates of a meeting ("tenue le")
    date: re.Pattern           # groups day, month, year (zh: year, month, day)
    months: dict[str, int]
    same_meeting: re.Pattern   # text between two dates of one meeting ("au", "至")
    summary: re.Pattern        # the sentence that says which meetings the report covers
    four_year: re.Pattern
    council: re.Pattern        # front matter only a report to Council has
    group: re.Pattern          # group 1: the acronym the group names itself by
    chaired_by: re.Pattern     # group 1: the chair as named ("M. X (Pays)")
    year_first: bool = False


_FRENCH_MONTHS = ["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
                  "octobre", "novembre", "decembre"]
_SPANISH_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                   "septiembre", "octubre", "noviembre", "diciembre"]
_RUSSIAN_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                   "сентября", "октября", "ноября", "декабря"]
# The Gregorian month names of Egypt and the Maghreb, then those of the Levant and Iraq.
_ARABIC_MONTHS = ["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر",
                  "اكتوبر", "نوفمبر", "ديسمبر"]
_ARABIC_LEVANT_MONTHS = ["كانون الثاني", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب",
                         "ايلول", "تشرين الاول", "تشرين الثاني", "كانون الاول"]


def _months(*lists: list[str], extra: dict[str, int] | None = None) -> dict[str, int]:
    months = {m: i for names in lists for i, m in enumerate(names, start=1)}
    months.update(extra or {})
    return months


def _list_of(ordinal: str, joiners: str) -> str:
    return rf"({ordinal}(?:\s*(?:,|{joiners})\s*{ordinal})*)"


_FR_ORD = rf"(?:\d{{1,3}}\s?(?:ere|eme|er|re|e)\b|{_alternatives(FRENCH_ORDINALS)})"
_ES_ORD = rf"(?:\d{{1,3}}\.?\s?[ao]\b|{_alternatives(SPANISH_ORDINALS)})"
_RU_ORD = _russian_ordinal_pattern()
_AR_ORD = rf"(?:(?:ال)?\s?\d{{1,3}}|{_alternatives(ARABIC_ORDINALS)})"
_ZH_ORD = r"第\s*([〇零一二三四五六七八九十百两\d]+)\s*次"

_FR_MONTHS = _months(_FRENCH_MONTHS)
_ES_MONTHS = _months(_SPANISH_MONTHS, extra={"setiembre": 9})
_RU_MONTHS = _months(_RUSSIAN_MONTHS)
_AR_MONTHS = _months(_ARABIC_MONTHS, _ARABIC_LEVANT_MONTHS,
                     extra={"يونيه": 6, "يوليه": 7, "ابريل": 4, "افريل": 4, "جانفي": 1, "فيفري": 2,
                            "جويلية": 7, "اوت": 8, "ماي": 5, "جوان": 6})

_DASH = r"(?:-|–|—)"

LOCALES: dict[str, Locale] = {
    "fr": Locale(
        meetings=re.compile(rf"\b{_list_of(_FR_ORD, 'et|&')}\s+(?:reunion|session|seance)s?\b"),
        ordinal=re.compile(_FR_ORD),
        ordinal_value=_table_value(FRENCH_ORDINALS),
        held=re.compile(r"\b(?:tenue?s?|deroulee?s?|organisee?s?|qui a eu lieu|qui ont eu lieu)\b"),
        date=re.compile(rf"\b(\d{{1,2}})(?:er)?(?:\s*(?:{_DASH}|et|au)\s*\d{{1,2}}(?:er)?)?\s+"
                        rf"({_alternatives(_FR_MONTHS)})(?:\s+(\d{{4}}))?"),
        months=_FR_MONTHS,
        same_meeting=re.compile(rf"^\s*(?:au|a|jusqu'au|{_DASH})\s*$"),
        summary=re.compile(r"\bresume\b|\bprincipaux resultats\b|\brend compte\b"),
        four_year=re.compile(r"\bquadriennal|\bsur quatre ans\b|\bquatre annees\b"),
        council=re.compile(r"suite a donner par le conseil|incidences financieres|"
                           r"liens? (?:pertinents? )?avec le plan strategique"),
        group=re.compile(r"\b(?:groupe|commission|comite)\b[^()\n]{0,160}?\(([a-z][a-z0-9&/-]{1,30})\)"),
        chaired_by=re.compile(r"presidee? par (?:le |la )?(?:vice-)?(?:president|presidente)?,?\s*"
                              r"((?:m|mme|mlle|dr|pr)\.?\s+[^,()]+?\s*,?\s*\([^)]+\))"),
    ),
    "es": Locale(
        meetings=re.compile(rf"\b{_list_of(_ES_ORD, 'y|e')}\s+(?:reunion|reuniones|sesion|sesiones)\b"),
        ordinal=re.compile(_ES_ORD),
        ordinal_value=_table_value(SPANISH_ORDINALS),
        held=re.compile(r"\b(?:celebrad[ao]s?|realizad[ao]s?|que tuvo lugar|que tuvieron lugar)\b"),
        date=re.compile(rf"\b(\d{{1,2}})(?:\s*(?:{_DASH}|y|al)\s*\d{{1,2}})?\s+de\s+"
                        rf"({_alternatives(_ES_MONTHS)})(?:\s+(?:de|del)\s+(\d{{4}}))?"),
        months=_ES_MONTHS,
        same_meeting=re.compile(rf"^\s*(?:al|a|hasta el|{_DASH})\s*$"),
        summary=re.compile(r"\bresume\b|\bresumen\b|\bprincipales resultados\b"),
        four_year=re.compile(r"\bcuadrienal|\bcuatrienal|\bcuatro anos\b"),
        council=re.compile(r"(?:decision|medida|accion) (?:solicitada|que se solicita) (?:al|del) consejo|"
                           r"repercusiones financieras|vinculos? (?:pertinentes? )?con el plan estrategico"),
        group=re.compile(r"\b(?:grupo|comision|comite)\b[^()\n]{0,160}?\(([a-z][a-z0-9&/-]{1,30})\)"),
        chaired_by=re.compile(r"presidida por (?:el |la )?(?:vice)?(?:presidente|presidenta)?,?\s*"
                              r"((?:sr|sra|srta|dr|dra)\.?\s+[^,()]+?\s*,?\s*\([^)]+\))"),
    ),
    "ru": Locale(
        meetings=re.compile(rf"{_list_of(_RU_ORD, 'и')}\s+(?:собрани|заседани|совещани)[а-я]{{0,3}}"),
        ordinal=re.compile(_RU_ORD),
        ordinal_value=_russian_value,
        held=re.compile(r"(?:состоявш|прошедш|проведенн|проходивш)[а-я]*"),
        date=re.compile(rf"\b(\d{{1,2}})(?:\s*(?:{_DASH}|и|по)\s*\d{{1,2}})?\s+({_alternatives(_RU_MONTHS)})"
                        r"(?:\s+(\d{4})(?:\s*(?:года|г\.))?)?"),
        months=_RU_MONTHS,
        same_meeting=re.compile(rf"^\s*(?:по|до|{_DASH})\s*$"),
        summary=re.compile(r"кратко|основные результаты|резюмир|излагаются"),
        four_year=re.compile(r"четырехгодичн|четырехлетн|за четыре года"),
        council=re.compile(r"(?:решение|действия),? (?:которое|которые) (?:предлагается|необходимо)|"
                           r"необходимые действия совета|финансовые последствия|"
                           r"связь со стратегическим планом"),
        group=re.compile(r"(?:группа|группы|группе|комисси[а-я]|комитет[а-я]*)[^()\n]{0,160}?"
                         r"\(([a-zа-я][a-zа-я0-9&/-]{1,30})\)"),
        chaired_by=re.compile(r"под председательством\s+([^,()]+?\s*,?\s*\([^)]+\))"),
    ),
    "ar": Locale(
        # The noun comes first: "الاجتماع التاسع عشر", "الاجتماعين الحادي والعشرين والثاني والعشرين".
        meetings=re.compile(rf"\w*اجتماع\w*\s+{_list_of(_AR_ORD, 'و')}"),
        ordinal=re.compile(_AR_ORD),
        ordinal_value=_table_value(ARABIC_ORDINALS),
        held=re.compile(r"(?:المعقود\w*|المنعقد\w*|الذي عقد|التي عقدت|الذي انعقد|عقد في|عقدت في|عقدا في)"),
        date=re.compile(rf"(?<!\d)(\d{{1,2}})(?:\s*(?:{_DASH}|و|الى)\s*\d{{1,2}})?\s+(?:من\s+)?"
                        rf"({_alternatives(_AR_MONTHS)})(?:\s+(\d{{4}}))?"),
        months=_AR_MONTHS,
        same_meeting=re.compile(rf"^\s*(?:الى|حتى|{_DASH})\s*$"),
        summary=re.compile(r"يلخص|يوجز|ملخص|النتائج الرئيسية|اهم نتائج|يعرض"),
        four_year=re.compile(r"اربع سنوات|الرباعي"),
        council=re.compile(r"الاجراء المطلوب من المجلس|الاثار المالية|الصلة بالخطة الاستراتيجية"),
        group=re.compile(r"(?:فريق|لجنة)[^()\n]{0,160}?\(([a-z][a-z0-9&/-]{1,30}|[^\s()]{2,30})\)"),
        chaired_by=re.compile(r"برئاسة\s+([^،,()]+?\s*\([^)]+\))"),
    ),
    "zh": Locale(
        meetings=re.compile(rf"({_ZH_ORD}(?:\s*[、,和及与]\s*{_ZH_ORD})*)\s*(?:会议|会)"),
        ordinal=re.compile(_ZH_ORD),
        ordinal_value=lambda token: chinese_number(token.strip("第次 ")),
        # "于2023年10月10日举行", or the date straight before 举行: "2023年10月10日举行的".
        held=re.compile(r"于(?=\s*\d{4}\s*年)|(?=\d{4}\s*年[^。]{0,20}?举行)"),
        date=re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:至|到|-|–)\s*\d{1,2}\s*日)?"),
        months={str(i): i for i in range(1, 13)},
        same_meeting=re.compile(rf"^\s*(?:至|到|~|～|{_DASH})\s*$"),
        summary=re.compile(r"概述|总结|综述|主要成果|主要结果"),
        four_year=re.compile(r"四年期报告|四年报告|四年期间"),
        council=re.compile(r"需要理事会采取的行动|请理事会|财务影响|与战略规划的(?:相关)?联系"),
        group=re.compile(r"(?:工作组|研究组|专家组|委员会)\s*[(]\s*([^()\s]{2,30})\s*[)]"),
        chaired_by=re.compile(r"由\s*([^,()]+?\s*\([^)]+\))\s*(?:主持|担任主席)"),
        year_first=True,
    ),
}

# Front matter headings a report to Council or a meeting report opens with, folded.
FRONT_MATTER = {
    "objet", "resume", "suite a donner", "suite a donner par le conseil", "references",
    "incidences financieres", "introduction",
    "objeto", "resumen", "referencias", "introduccion", "repercusiones financieras",
    "medida solicitada", "accion solicitada", "accion solicitada al consejo",
    "цель", "резюме", "справочные материалы", "введение", "финансовые последствия",
    "необходимые действия", "необходимые действия совета",
    "الغرض", "ملخص", "الملخص", "المراجع", "مقدمة", "الاثار المالية", "الاجراء المطلوب من المجلس",
    "目的", "摘要", "概要", "参考文献", "参考资料", "引言", "导言", "财务影响", "需要理事会采取的行动",
}

ANNEX = re.compile(r"^\s*(?:Annexe|Anexo|Apéndice|Appendice|Adjunto|Приложение|الملحق|ملحق|附件|附录)(?!\w)")
# "Président, GTC-POE", "Председатель РГС-ЗРИ", "رئيس فريق العمل", "主席，CWG-COP".
SIGNATURE_ROLE = re.compile(
    r"^\s*((?:Vice-?\s?)?Pr[ée]sident[e]?|Vicepresident[ea]|Presidente|Presidenta|"
    r"(?:Заместитель\s+)?Председател[ья]|(?:نائب\s+)?(?:ال)?رئيس(?:ة)?|副?主席)"
    r"\s*[,，،]?\s*[^\W_][\w&/-]{1,30}\s*$")
VICE = re.compile(r"^(?:vice|заместитель|نائب|副)", re.I)


# ----------------------------------------------------------------- extraction

_PLENARY = re.compile(r"\s*(?:plenier|plenari|пленарн|العام|全体)")


def meetings_in(text: str, language: str) -> list[int]:
    """Meeting numbers named in a phrase like 'dix-neuvième réunion' or '第十九次会议'."""
    locale = LOCALES[language]
    found: list[int] = []
    plain = folded(text)
    for match in locale.meetings.finditer(plain):
        if _PLENARY.match(plain, match.end()):
            continue  # "la septième séance plénière du Conseil": another body's sitting, as in English
        for token in locale.ordinal.finditer(match.group(1)):
            value = locale.ordinal_value(token.group(0))
            if value and value not in found:
                found.append(value)
    return found


# A month and its year without a day is how a question names a meeting by when it met:
# "la réunion de septembre 2024", "в сентябре 2024 года", "2024年9月的会议".
def _month_stems(language: str) -> dict[str, int]:
    months = LOCALES[language].months
    # Russian lists the genitive ("сентября"); "в сентябре" is the locative: the stem serves both.
    return {name[:-1]: n for name, n in months.items()} if language == "ru" else dict(months)


_MEETING_NOUN = {"fr": r"\b(?:reunion|session|seance)", "es": r"\b(?:reunion|sesion)",
                 "ru": r"(?:собрани|заседани|совещани)", "ar": r"اجتماع", "zh": r"会议|会上|次会"}


def months_in(text: str, language: str) -> list[tuple[int, int]]:
    """(year, month) of each meeting a text names by its month and year, in the text's language.

    As in English ("the meeting in September 2024"), only a text that speaks of a
    meeting: "depuis janvier 2020" names no meeting.
    """
    if not re.search(_MEETING_NOUN[language], folded(text)):
        return []
    if language == "zh":
        pattern = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")
    else:
        stems = _month_stems(language)
        pattern = re.compile(rf"({_alternatives(stems)})[a-zа-я]{{0,2}}\s+(?:(?:de|del)\s+)?(\d{{4}})")
    found = []
    for match in pattern.finditer(folded(text)):
        if language == "zh":
            year, month = int(match.group(1)), int(match.group(2))
        else:
            month, year = stems[match.group(1)], int(match.group(2))
        if 1 <= month <= 12 and (year, month) not in found:
            found.append((year, month))
    return found


def _date_of(match: re.Match, locale: Locale) -> tuple[int | None, int, int]:
    if locale.year_first:
        year, month, day = match.groups()
    else:
        day, month, year = match.groups()
    return (int(year) if year else None), locale.months[month], int(day)


def dates_in(text: str, language: str) -> tuple[list[date], str]:
    """The start date of each meeting in a date expression, and the expression as written.

    Dates joined by a range word ("au", "至") are one meeting; a date without a year
    takes the next year given (Chinese: the last one given).
    """
    locale = LOCALES[language]
    text_folded, where = fold(text)
    matches = list(locale.date.finditer(text_folded))
    if not matches:
        return [], ""
    parsed = [_date_of(m, locale) for m in matches]
    result: list[date] = []
    for i, (year, month, day) in enumerate(parsed):
        if i and locale.same_meeting.match(text_folded[matches[i - 1].end():matches[i].start()]):
            continue
        later = [y for y, _, _ in parsed[i:] if y]
        earlier = [y for y, _, _ in reversed(parsed[:i]) if y]
        # Chinese writes the year first, so a date without one shares the one before it.
        years = earlier + later if locale.year_first else later + earlier
        if not years:
            continue
        try:
            result.append(date(year or years[0], month, day))
        except ValueError:
            continue
    quoted = text[where[matches[0].start()]:where[matches[-1].end() - 1] + 1]
    return result, " ".join(quoted.split())


def held_dates(text: str, language: str) -> tuple[int, list[date], str] | None:
    """Where 'held on' is said in the text (its start in the folded text), the dates that follow and
    their wording; None when the text says no such thing."""
    locale = LOCALES[language]
    text_folded, where = fold(text)
    held = locale.held.search(text_folded)
    if not held:
        return None
    # The dates run on from the marker until the sentence ends (Russian "г." is not an end).
    start = where[held.end()] if held.end() < len(where) else len(text)
    rest = text[start:start + 240]
    end = re.search(r"(?<!г)[.。](?:\s|$)|[;；]", rest)
    found, quoted = dates_in(rest[:end.start()] if end else rest, language)
    return where[held.start()], found, quoted


def _quote(pattern: re.Pattern, text: str) -> str:
    """Group 1 of the pattern's first match in the folded text, as the original text writes it."""
    text_folded, where = fold(text)
    match = pattern.search(text_folded)
    if not match:
        return ""
    return text[where[match.start(1)]:where[match.end(1) - 1] + 1]


def group_acronym(text: str, language: str) -> str:
    """The acronym of the first group the text names with one, as the text writes it."""
    return _quote(LOCALES[language].group, text)


def chaired_by(text: str, language: str) -> str:
    """The chair named in 'présidée par M. X (Pays)' and the like, or ''."""
    return " ".join(_quote(LOCALES[language].chaired_by, text).replace(" ,", ",").split())


_EN_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
             r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
# A day of a month in English ("12 February", "March 10", "1st of October"; capitalised, so that
# "may 5" is not May) or in figures ("12/02/2025").
_EN_DAY = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH}\b|\b{_EN_MONTH}\s+\d{{1,2}}\b|"
                     r"\b\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})\b|\b\d{4}-\d{2}-\d{2}\b|"
                     # a named day of a given year: "on Safer Internet Day 2020", "World Children's Day 2023"
                     r"\b[A-Z][\w'’]*\s+(?:[A-Z][\w'’]*\s+)*Day\s+(?:19|20)\d\d\b")


def gives_day(text: str) -> bool:
    """Does the text give a day of a month, written the way any of the six languages writes one?

    A month and a year alone ("in March 2025") do not: they do not answer "on which date".
    """
    plain = folded(text)
    return bool(_EN_DAY.search(text)) or any(locale.date.search(plain) for locale in LOCALES.values())


# A time limit, in the six languages (lower case; accents folded or not): "the deadline is", "no later
# than", "submitted by 1 March", "avant le", "a más tardar", "не позднее", "في موعد أقصاه", "截止".
_DEADLINE = re.compile(
    r"\bdeadlines?\b|\bdue\s+(?:by|on|date)\b|\bno(?:t)?\s+later\s+than\b|\bclosing\s+date\b|"
    r"\b(?:by|before|until)\s+(?:the\s+)?\d|\b(?:by|before|until)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"\bdates?\s+limites?\b|\bau\s+plus\s+tard\b|\bavant\s+le\b|\bd['’]ici\s+(?:le|au)\b|\bjusqu['’]au\b|"
    r"\bplazos?\b|\ba\s+mas\s+tardar\b|\bantes\s+del?\b|\bfechas?\s+limites?\b|\bhasta\s+el\b|"
    r"\bсрок\w*|\bне\s+позднее\b|\bдо\s+\d|"
    r"الموعد\s+النهائي|موعد\s+أقصاه|\bقبل\b|\bحتى\b|"
    r"截止|之前|以前")


def gives_deadline(text: str) -> bool:
    """Does the text give a day as a time limit ("Contributions are due by 1 March 2025")?

    The dates a meeting was held on do not answer "What is the deadline for contributions?".
    """
    # Folding drops Arabic hamzas ("أقصاه"), so the text is read as written too.
    return gives_day(text) and bool(_DEADLINE.search(folded(text)) or _DEADLINE.search(text.lower()))


def says_summary(text: str, language: str) -> bool:
    """Does the paragraph say it summarises the report ('résume', '概述')?"""
    locale, text = LOCALES[language], folded(text)
    return bool(locale.summary.search(text) or locale.held.search(text))


def kind_of(full_text: str, language: str) -> str | None:
    """'four-year report' or 'report to Council' when the folded text says so, else None."""
    locale, text = LOCALES[language], folded(full_text)
    if locale.four_year.search(text):
        return "four-year report"
    if locale.council.search(text):
        return "report to Council"
    return None


# An event spoken of as still to come ("which is to be held on March 10", "se tiendra", "состоится"),
# and as past ("was held", "a eu lieu", "se celebró", "состоялся"), in the six languages, on folded text.
_EVENT_TO_COME = re.compile(
    r"\b(?:will|shall)\s+(?:be\s+(?:held|hosted|organi[sz]ed|convened)|take\s+place|convene)\b|"
    r"\b(?:is|are)\s+(?:to\s+be\s+held|to\s+take\s+place|due\s+to\s+(?:be\s+held|take\s+place)|"
    r"scheduled|planned)\b|\bto\s+be\s+held\b|\bupcoming\b|\bforthcoming\b|"
    r"\b(?:se\s+tiendra|aura\s+lieu|sera\s+organise)|\bprevue?s?\s+(?:pour|le|du|en)\b|"
    r"\b(?:se\s+celebrara|tendra\s+lugar|sera\s+organizad)|\bprevist[oa]s?\s+para\b|"
    r"\bсостоится\b|\bбудет\s+проведен|\bпредстоящ\w*|"
    r"(?:سيعقد|ستعقد|سيقام|ستقام|المقبل|القادم)|"
    r"(?:将于|将在|即将|将举行|将召开)")
_EVENT_PAST = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been)\s+(?:held|hosted|convened|organi[sz]ed)\b|\btook\s+place\b|"
    r"\ba\s+eu\s+lieu\b|\bs['’]est\s+tenue?\b|\bse\s+(?:celebro|realizo)\b|\btuvo\s+lugar\b|"
    r"\bсостоял(?:ся|ась|ось|ись)\b|\bпрош(?:ел|ла|ло|ли)\b|(?<![سيت])عقد|(?:举行了|召开了|已举行)")


def speaks_of_event_to_come(sentence: str) -> bool:
    """Does the sentence speak of an event as still to come, and not also as past?"""
    plain = folded(sentence)
    return bool(_EVENT_TO_COME.search(plain)) and not _EVENT_PAST.search(plain)
