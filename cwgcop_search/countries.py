"""Every country, under the names people write: a general resource, not a list of what any report says.

ISO 3166 names come from ``pycountry``; on top of them, the short forms,
former names and adjectives that English prose uses ("UAE", "Türkiye" and
"Turkey", "Kyrgyz Republic", "Albanian"), and the UN M49 region of each
country so that results can be filtered by region. The names in the other UN
languages come from pycountry's translations of ISO 3166, so that a question
asked in French or Chinese can be tied to the country a report names in English.
Capitals and the UN M49 regions below the continents come from ``countryinfo``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .chunking import opens_sentence
from .languages import is_commonest_word
from .locale_patterns import fold, folded

# Common English forms that ISO 3166 does not list, by alpha-2 code.
_ALIASES = {
    "AE": ["UAE", "U.A.E."], "US": ["US", "USA", "U.S.", "U.S.A.", "United States of America"],
    "GB": ["UK", "U.K.", "Great Britain", "Britain"], "RU": ["Russia"], "TR": ["Turkey", "Turkiye"],
    "KR": ["Republic of Korea", "Korea"], "KP": ["DPRK"], "CI": ["Ivory Coast", "Cote d'Ivoire"],
    "CV": ["Cape Verde"], "SZ": ["Swaziland"], "MK": ["Macedonia"], "MM": ["Burma"], "NL": ["Holland"],
    "SA": ["KSA"], "CD": ["DRC", "DR Congo", "Democratic Republic of Congo", "Democratic Republic of the Congo"],
    "CG": ["Republic of Congo"], "VA": ["Holy See", "Vatican"], "LA": ["Lao PDR"], "BN": ["Brunei"],
    "PS": ["Palestine", "State of Palestine"], "CZ": ["Czech Republic"], "TZ": ["Tanzania"],
    "BS": ["The Bahamas"], "GM": ["The Gambia", "Gambia"], "SY": ["Syria"], "VN": ["Vietnam"],
    "MD": ["Moldova"], "BO": ["Bolivia"], "VE": ["Venezuela"], "IR": ["Iran"], "TW": ["Taiwan"],
    "FM": ["Micronesia"], "KG": ["Kyrgyz Republic"], "TL": ["East Timor"],
}

# Adjectives and demonyms, by alpha-2 code ("/" between alternatives). Ambiguous ones ("Korean", "Congolese",
# "Guinean", "American" as in "Latin American") are left out on purpose.
_ADJECTIVES = {
    "AF": "Afghan", "AL": "Albanian", "DZ": "Algerian", "AD": "Andorran", "AO": "Angolan",
    "AR": "Argentine/Argentinian", "AM": "Armenian", "AU": "Australian", "AT": "Austrian",
    "AZ": "Azerbaijani", "BH": "Bahraini", "BD": "Bangladeshi", "BB": "Barbadian", "BY": "Belarusian",
    "BE": "Belgian", "BZ": "Belizean", "BJ": "Beninese", "BT": "Bhutanese", "BO": "Bolivian",
    "BA": "Bosnian", "BW": "Botswanan", "BR": "Brazilian", "BN": "Bruneian", "BG": "Bulgarian",
    "BF": "Burkinabe", "BI": "Burundian", "KH": "Cambodian", "CM": "Cameroonian", "CA": "Canadian",
    "CF": "Central African", "TD": "Chadian", "CL": "Chilean", "CN": "Chinese", "CO": "Colombian",
    "KM": "Comorian", "CR": "Costa Rican", "HR": "Croatian", "CU": "Cuban", "CY": "Cypriot",
    "CZ": "Czech", "DK": "Danish", "DJ": "Djiboutian", "DO": "Dominican", "EC": "Ecuadorian/Ecuadorean",
    "EG": "Egyptian", "SV": "Salvadoran", "ER": "Eritrean", "EE": "Estonian", "ET": "Ethiopian",
    "FJ": "Fijian", "FI": "Finnish", "FR": "French", "GA": "Gabonese", "GE": "Georgian", "DE": "German",
    "GH": "Ghanaian", "GR": "Greek", "GD": "Grenadian", "GT": "Guatemalan", "GY": "Guyanese",
    "HT": "Haitian", "HN": "Honduran", "HU": "Hungarian", "IS": "Icelandic", "IN": "Indian",
    "ID": "Indonesian", "IR": "Iranian", "IQ": "Iraqi", "IE": "Irish", "IL": "Israeli", "IT": "Italian",
    "JM": "Jamaican", "JP": "Japanese", "JO": "Jordanian", "KZ": "Kazakh/Kazakhstani", "KE": "Kenyan",
    "KW": "Kuwaiti", "KG": "Kyrgyz", "LA": "Lao/Laotian", "LV": "Latvian", "LB": "Lebanese",
    "LS": "Basotho", "LR": "Liberian", "LY": "Libyan", "LI": "Liechtensteiner", "LT": "Lithuanian",
    "LU": "Luxembourgish", "MG": "Malagasy", "MW": "Malawian", "MY": "Malaysian", "MV": "Maldivian",
    "ML": "Malian", "MT": "Maltese", "MR": "Mauritanian", "MU": "Mauritian", "MX": "Mexican",
    "MD": "Moldovan", "MC": "Monegasque", "MN": "Mongolian", "ME": "Montenegrin", "MA": "Moroccan",
    "MZ": "Mozambican", "MM": "Burmese", "NA": "Namibian", "NP": "Nepalese/Nepali",
    "NL": "Dutch", "NZ": "New Zealander", "NI": "Nicaraguan", "NE": "Nigerien", "NG": "Nigerian",
    "MK": "Macedonian", "NO": "Norwegian", "OM": "Omani", "PK": "Pakistani", "PA": "Panamanian",
    "PG": "Papua New Guinean", "PY": "Paraguayan", "PE": "Peruvian", "PH": "Philippine/Filipino",
    "PL": "Polish", "PT": "Portuguese", "QA": "Qatari", "RO": "Romanian", "RU": "Russian",
    "RW": "Rwandan", "WS": "Samoan", "SA": "Saudi", "SN": "Senegalese", "RS": "Serbian",
    "SC": "Seychellois", "SL": "Sierra Leonean", "SG": "Singaporean", "SK": "Slovak", "SI": "Slovenian",
    "SO": "Somali", "ZA": "South African", "SS": "South Sudanese", "ES": "Spanish", "LK": "Sri Lankan",
    "SD": "Sudanese", "SR": "Surinamese", "SE": "Swedish", "CH": "Swiss", "SY": "Syrian",
    "TW": "Taiwanese", "TJ": "Tajik", "TZ": "Tanzanian", "TH": "Thai", "TG": "Togolese",
    "TO": "Tongan", "TT": "Trinidadian", "TN": "Tunisian", "TR": "Turkish", "TM": "Turkmen",
    "UG": "Ugandan", "UA": "Ukrainian", "AE": "Emirati", "GB": "British", "UY": "Uruguayan",
    "UZ": "Uzbek", "VU": "Vanuatuan", "VE": "Venezuelan", "VN": "Vietnamese", "YE": "Yemeni",
    "ZM": "Zambian", "ZW": "Zimbabwean", "SB": "Solomon Islander", "TL": "Timorese",
}

# UN M49 regions, by alpha-2 code.
_REGIONS = {
    "Africa": "DZ EG LY MA SD TN EH IO BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS TF UG TZ ZM ZW AO CM "
              "CF TD CG CD GQ GA ST BW SZ LS NA ZA BJ BF CV CI GM GH GN GW LR ML MR NE NG SH SN SL TG",
    "Americas": "AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI BZ CR "
                "SV GT HN MX NI PA AR BO BV BR CL CO EC FK GF GY PY PE GS SR UY VE BM CA GL PM US",
    "Asia": "KZ KG TJ TM UZ CN HK MO KP JP MN KR TW BN KH ID LA MY MM PH SG TH TL VN AF BD BT IN IR MV NP "
            "PK LK AM AZ BH CY GE IQ IL JO KW LB OM QA SA PS SY TR AE YE",
    "Europe": "BY BG CZ HU PL MD RO RU SK UA AX DK EE FO FI GG IS IE IM JE LV LT NO SJ SE GB AL AD BA HR GI "
              "GR VA IT MT ME MK PT SM RS SI ES AT BE FR DE LI LU MC NL CH",
    "Oceania": "AU CX CC HM NZ NF FJ NC PG SB VU GU KI MH FM NR MP PW AS CK PF NU PN WS TK TO TV WF UM",
}
REGIONS = tuple(sorted(_REGIONS))


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166 alpha-2
    name: str  # the short name shown to people
    region: str | None
    names: tuple[str, ...]  # every form that names the country, adjectives included


def _short_name(record) -> str:
    common = getattr(record, "common_name", None)
    if common:
        return common
    name = record.name
    if "," not in name:
        return name
    official = getattr(record, "official_name", None)
    if official:
        return official.removeprefix("the ")
    head, tail = (part.strip() for part in name.split(",", 1))
    return f"{tail[0].upper()}{tail[1:]} {head}"  # "Congo, The Democratic Republic of the" -> "The ... Congo"


@lru_cache(maxsize=1)
def countries() -> tuple[Country, ...]:
    """Every ISO 3166 country with the names it goes by."""
    import pycountry

    region_of = {code: region for region, codes in _REGIONS.items() for code in codes.split()}
    result = []
    for record in pycountry.countries:
        code = record.alpha_2
        names = {record.name, _short_name(record)}
        for attribute in ("common_name", "official_name"):
            value = getattr(record, attribute, None)
            if value:
                names.add(value.removeprefix("the "))
        if "," in record.name:
            names.discard(record.name)  # "Korea, Republic of" is never written in prose
        names.update(_ALIASES.get(code, []))
        names.update(a for a in _ADJECTIVES.get(code, "").split("/") if a)
        result.append(Country(code, _short_name(record).removeprefix("The "), region_of.get(code),
                              tuple(sorted(n for n in names if n))))
    return tuple(result)


# How English shortens and turns into adjectives the names of UN M49 regions ("Eastern Africa":
# "East Africa", "East African").
_COMPASS = {"Eastern": "East", "Western": "West", "Northern": "North", "Southern": "South",
            "South-eastern": "Southeast", "South-Eastern": "Southeast"}
_CONTINENT_ADJECTIVES = {"Africa": "African", "America": "American", "Asia": "Asian", "Europe": "European"}


# Other names English gives an M49 region ("the West Indies" for the Caribbean).
_REGION_NAMES = {"Caribbean": ("West Indies",)}  # not "West Indian": "the South-West Indian Ocean"


@lru_cache(maxsize=1)
def places() -> dict[str, tuple[str, ...]]:
    """Capital cities and UN M49 regions below the continents, each with the alpha-2 codes of the
    countries it stands for, under the forms English writes it: "Cairo" for Egypt, "East African" for
    Kenya, Tanzania and the rest. A question may name a country by them ("the Cairo delegation").

    The data come from the ``countryinfo`` package (offline); a form that is also a country's
    name is left out ("South Africa" is no short form of "Southern Africa").
    """
    try:
        from countryinfo import CountryInfo

        records = list(CountryInfo.all().values())
    except Exception:  # not installed, or its data not as read here: countries keep their names only
        return {}
    country_names = {name.lower() for country in countries() for name in country.names}
    capitals: dict[str, set[str]] = {}
    found: dict[str, set[str]] = {}
    for info in records:
        code = (info.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        named = info.get("capital") or []
        for capital in [named] if isinstance(named, str) else named:  # a list for a few
            capitals.setdefault(capital, set()).add(code)
        for region in (info.get("subregion"), info.get("intermediateregion")):
            # "Latin America and the Caribbean": the Caribbean's countries are its intermediate region.
            for form in _region_forms((region or "").split(" and the ")[0].strip()):
                if form.lower() not in country_names:
                    found.setdefault(form, set()).add(code)
    for region, others in _REGION_NAMES.items():
        for other in others:
            if region in found:
                found.setdefault(other, set()).update(found[region])
    # A capital two countries claim (or a former country's) stands for neither.
    found.update({name: codes for name, codes in capitals.items() if name and len(codes) == 1 and name not in found})
    return {name: tuple(sorted(codes)) for name, codes in found.items() if name}


def _region_forms(region: str) -> list[str]:
    """ "Eastern Africa" -> "Eastern Africa", "East Africa", "Eastern African", "East African"."""
    if not region:
        return []
    first, _, rest = region.partition(" ")
    names = [region] + ([f"{_COMPASS[first]} {rest}"] if first in _COMPASS and rest else [])
    last = region.split()[-1]
    adjective = _CONTINENT_ADJECTIVES.get(last)
    return names + ([name[: -len(last)] + adjective for name in names] if adjective else [])


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern | None:
    names = sorted(places(), key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(n) for n in names) + r")\b", re.I) if names else None


# A city named before an event or a text of its name stands for the event, not the country: "the
# Nairobi summit", "the Paris Call".
_EVENT = re.compile(r"\s+(?:conference|summit|meeting|forum|workshop|symposium|congress|session|event|"
                    r"declaration|convention|call|principles|process|commitments?|agreement|accord|agenda)s?\b",
                    re.I)


def places_named(text: str, any_case: bool = False) -> list[tuple[str, tuple[str, ...], bool]]:
    """The capitals and regions an English text names: (the name, the countries it stands for,
    whether it names an event or a text instead: "the Nairobi summit").

    ``any_case``: for a text typed all in lower case ("the east african country").
    """
    pattern = _place_pattern()
    if pattern is None:
        return []
    known = _places_by_lower_case()
    return [(match.group(0), places()[known[match.group(0).lower()]], bool(_EVENT.match(text, match.end())))
            for match in pattern.finditer(text) if any_case or match.group(0)[0].isupper()]


@lru_cache(maxsize=1)
def _places_by_lower_case() -> dict[str, str]:
    return {name.lower(): name for name in places()}


# pycountry's gettext catalogue for each UN language other than English.
_CATALOGUES = {"fr": "fr", "es": "es", "ru": "ru", "ar": "ar", "zh": "zh_CN"}
# Russian declines names ("Албания", "Албании"; "Египет", "Египте"): a long name matches on
# its stem, the final vowel or soft sign off, followed by at most a case ending.
_RUSSIAN_ENDING = re.compile(r"[аяьйоеиыу]$")


@lru_cache(maxsize=1)
def adjectives() -> dict[str, str]:
    """Each country's English adjectives ("swiss", "dutch"), lower case, with its alpha-2 code."""
    return {form.lower(): code for code, forms in _ADJECTIVES.items() for form in forms.split("/") if form}


@lru_cache(maxsize=1)
def english_names() -> dict[str, str]:
    """Each country's English name by its alpha-2 code."""
    return {country.code: country.name for country in countries()}


@lru_cache(maxsize=8)
def names_in_language(language: str) -> dict[str, tuple[str, ...]]:
    """ISO 3166 names of every country in one of the UN languages, by alpha-2 code.

    "Russie, Fédération de" also gives "Russie": the inverted catalogue form is never
    written in prose. English gives the names of ``countries()``.
    """
    if language == "en":
        return {country.code: country.names for country in countries()}
    if language not in _CATALOGUES:
        return {}
    import gettext

    import pycountry

    try:
        catalogue = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[_CATALOGUES[language]])
    except OSError:  # a pycountry built without its translations
        return {}
    found: dict[str, tuple[str, ...]] = {}
    for record in pycountry.countries:
        names = set()
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(record, attribute, None)
            translated = catalogue.gettext(value) if value else ""
            # In Cyrillic, Arabic and Han script, an English form is an untranslated entry.
            if translated and (translated != value or language in ("fr", "es")):
                names.add(translated)
                names.add(translated.split(",")[0].strip())
        found[record.alpha_2] = tuple(sorted(n for n in names if len(n) >= 2))
    return found


@lru_cache(maxsize=8)
def _name_patterns(language: str) -> tuple[tuple[str, re.Pattern], ...]:
    patterns = []
    for code, names in names_in_language(language).items():
        forms = []
        for name in names:
            name = folded(name)  # lower case, no accents or Arabic vowel marks, as the question is
            if language in ("zh", "ar"):
                # No spaces between words to go by: a name is found inside the text, as long as it
                # is long enough not to be a piece of a word ("مصر", Egypt, has three letters).
                if len(name) >= (2 if language == "zh" else 3):
                    forms.append(re.escape(name))
            else:
                stem = _RUSSIAN_ENDING.sub("", name) if language == "ru" and len(name) >= 5 else name
                forms.append(rf"\b{re.escape(stem)}" + (r"\w{0,3}\b" if language == "ru" else r"\b"))
        if forms:
            patterns.append((code, re.compile("|".join(sorted(forms, key=len, reverse=True)))))
    return tuple(patterns)


def countries_named(text: str, language: str, any_case: bool = False) -> tuple[str, ...]:
    """Alpha-2 codes of the countries a text in ``language`` names, in its own words.

    ``any_case``: for a text typed all in lower case ("did brazil present"), where a name has no capital.
    """
    lowered, where = fold(text)
    spans = []
    for code, pattern in _name_patterns(language):
        for match in pattern.finditer(lowered):
            # In Latin and Cyrillic letters a name starts with a capital: "la réunion" is a
            # meeting, "La Réunion" the island.
            if any_case or language in ("zh", "ar") or text[where[match.start()]].isupper():
                if language != "en" and opens_sentence(text, where[match.start()]) and \
                        is_commonest_word(text[where[match.start()]:where[match.end() - 1] + 1].lower(), language):
                    continue  # "Réunion de février 2025 : ..." opens with a meeting
                spans.append((code, match.start(), match.end()))
    # A name inside a longer one is not named: "Нигерия" (Nigeria) holds "Нигер" (Niger),
    # "几内亚比绍" (Guinea-Bissau) holds "几内亚" (Guinea).
    # Two names matching the same words ("нигер" with a Russian ending, and "нигерия"): the one
    # spelt in full there.
    exact = {(code, start) for code, start, end in spans
             if lowered[start:end] in {folded(n) for n in names_in_language(language).get(code, ())}}

    def inside(code: str, start: int, end: int) -> bool:
        return any(other != code and s <= start and end <= e and
                   (e - s > end - start or (other, s) in exact and (code, start) not in exact)
                   for other, s, e in spans)

    found = [code for code, start, end in spans if not inside(code, start, end)]
    return tuple(dict.fromkeys(found))
