"""The six UN languages: their codes and names, and which one a text is written in.

Pure. The script decides for Arabic, Russian and Chinese, whose letters no
other of the six shares; English, French and Spanish share the Latin
alphabet, so langdetect's character n-gram profiles decide between them.
"""

from __future__ import annotations

import re

import json
import unicodedata
from functools import lru_cache
from pathlib import Path

from .locale_patterns import folded

LANGUAGES = ("en", "fr", "es", "ru", "ar", "zh")

ENGLISH_NAMES = {"en": "English", "fr": "French", "es": "Spanish",
                 "ru": "Russian", "ar": "Arabic", "zh": "Chinese"}
NATIVE_NAMES = {"en": "English", "fr": "français", "es": "español",
                "ru": "русский", "ar": "العربية", "zh": "中文"}

# langdetect names Chinese "zh-cn"/"zh-tw"; only the Latin-script three are asked of it.
_LATIN_LANGUAGES = ("en", "fr", "es")

# A Han character carries about a word; a Latin, Cyrillic or Arabic letter a fraction
# of one. Weighting Han so keeps "CWG-COP 第十九次会议" Chinese despite its acronym.
_HAN_WEIGHT = 3


def language_name(code: str, native: bool = False) -> str:
    """'fr' -> 'French' (or 'français' with native=True); an unknown code is returned as given."""
    return (NATIVE_NAMES if native else ENGLISH_NAMES).get(code, code)


def _script_of_char(char: str) -> str:
    if not char.isalpha():
        return ""
    point = ord(char)
    if 0x0600 <= point <= 0x06FF or 0x0750 <= point <= 0x077F or 0x08A0 <= point <= 0x08FF \
            or 0xFB50 <= point <= 0xFDFF or 0xFE70 <= point <= 0xFEFF:
        return "arabic"
    if 0x0400 <= point <= 0x052F:
        return "cyrillic"
    if 0x3400 <= point <= 0x4DBF or 0x4E00 <= point <= 0x9FFF or 0xF900 <= point <= 0xFAFF \
            or 0x20000 <= point <= 0x2FA1F:
        return "han"
    if unicodedata.name(char, "").startswith("LATIN"):
        return "latin"
    return "other"


def script_counts(text: str) -> dict[str, int]:
    """Letters of each script in the text: {'latin': 12, 'han': 4}."""
    counts: dict[str, int] = {}
    for char in text:
        script = _script_of_char(char)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return counts


def script_of(text: str) -> str:
    """The script most of the text's letters are written in: 'latin', 'cyrillic', 'arabic', 'han',
    'other', or '' for a text without letters. Han characters count triple (see _HAN_WEIGHT)."""
    counts = script_counts(text)
    if not counts:
        return ""
    weighted = {s: n * (_HAN_WEIGHT if s == "han" else 1) for s, n in counts.items()}
    return max(weighted, key=lambda s: (weighted[s], s == "latin"))


def has_han(text: str) -> bool:
    """Does the text contain any Chinese (Han) character?"""
    return any(_script_of_char(char) == "han" for char in text)


@lru_cache(maxsize=1)
def _latin_detector_factory():
    """A langdetect factory that knows only English, French and Spanish, seeded for repeatable answers."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.utils.lang_profile import LangProfile

    factory = DetectorFactory()
    for index, code in enumerate(_LATIN_LANGUAGES):
        data = json.loads((Path(PROFILES_DIRECTORY) / code).read_text(encoding="utf-8"))
        factory.add_profile(LangProfile(**data), index, len(_LATIN_LANGUAGES))
    factory.set_seed(0)  # langdetect samples n-grams at random; a fixed seed makes it deterministic
    return factory


# pyspellchecker's English frequency list: a word seen this often is a word of the language, not a
# slip of the keyboard. The list keeps rare forms that are mostly slips ("meting", seen 81 times), so
# a floor is needed. The package ships lists for French, Spanish, Russian and Arabic too; only English
# questions are corrected against them so far.
COMMON_COUNT = 100
_SPELLING_LISTS = ("en",)
# A common word is still a slip for a word one letter away that is this many times commoner:
# "polices" (184) for "policies", "currant" for "current"; not "treat" for "threat".
SLIP_RATIO = 20


@lru_cache(maxsize=None)
def _word_frequency(language: str):
    from spellchecker import SpellChecker

    return SpellChecker(language=language).word_frequency


def _count(word: str, language: str) -> int:
    counts = _word_frequency(language)
    return counts[word] if word in counts else 0


def is_common_word(word: str, language: str) -> bool:
    """Is ``word`` (lower case) a word the language uses often: "police", "teach"; not "recieve"?"""
    return language in _SPELLING_LISTS and _count(word, language) >= COMMON_COUNT


# A word among a language's thousand commonest is read as that word before a name it spells
# ("Réunion de février" is a meeting, not the island).
COMMONEST = 1000


@lru_cache(maxsize=None)
def _commonest(language: str) -> frozenset[str]:
    try:
        counts = _word_frequency(language)
    except ValueError:  # no list for this language (Chinese)
        return frozenset()
    commonest = sorted(counts.dictionary, key=counts.dictionary.get, reverse=True)[:COMMONEST]
    return frozenset(folded(w) for w in commonest)  # "reunion" typed without its accent is that word too


def is_commonest_word(word: str, language: str) -> bool:
    """Is ``word`` (lower case, accents or not) among the thousand words ``language`` uses most?"""
    return folded(word) in _commonest(language)


def may_correct(typed: str, fixed: str, language: str) -> bool:
    """May ``typed`` be read as the collection's ``fixed``? Not when it is a common word of its own
    ("police" is no slip for "policies"), unless it is another spelling of it ("behaviors",
    "behaviours") or one letter away from a far commoner word ("polices", "policies")."""
    if not is_common_word(typed, language):
        return True
    if _spelt_alike(typed) == _spelt_alike(fixed):
        return True
    return _one_edit(typed, fixed) and _count(fixed, language) >= SLIP_RATIO * _count(typed, language)


# American and British spellings of one word, folded to one form: "behavior"/"behaviour",
# "center"/"centre", "organize"/"organise", "analyze"/"analyse", "catalog"/"catalogue", "defense"/"defence".
_SPELLINGS = ((re.compile(r"our(?=s?$|ed$|ing$|ful|able|ite)"), "or"), (re.compile(r"tre(?=s?$|d$)"), "ter"),
              (re.compile(r"is(?=e[sd]?$|ing$|ation)"), "iz"), (re.compile(r"ys(?=e[sd]?$|ing$)"), "yz"),
              (re.compile(r"ogue(?=s?$)"), "og"), (re.compile(r"ence(?=s?$)"), "ense"),
              (re.compile(r"ll(?=ed$|ing$|er$)"), "l"))


def _spelt_alike(word: str) -> str:
    for pattern, replacement in _SPELLINGS:
        word = pattern.sub(replacement, word)
    return word


def _one_edit(a: str, b: str) -> bool:
    """Are the words one letter inserted, deleted or changed apart?"""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    at = next((i for i, (x, y) in enumerate(zip(short, long)) if x != y), len(short))
    return short[at:] == long[at + 1:]


def _latin_language(text: str) -> str | None:
    from langdetect.lang_detect_exception import LangDetectException

    detector = _latin_detector_factory().create()
    detector.append(text)
    try:
        ranked = detector.get_probabilities()
    except LangDetectException:  # no letters it knows
        return None
    return ranked[0].lang if ranked else None


def detect_language(text: str, default: str = "en") -> str:
    """Which of the six UN languages the text is written in.

    Args:
        text: a question, a sentence or a whole report (only its first 2,000 characters are read).
        default: what to answer when the text has no letters or none of the six scripts.

    Returns:
        One of LANGUAGES.
    """
    sample = text[:2000]
    script = script_of(sample)
    if script in ("arabic", "cyrillic", "han"):
        return {"arabic": "ar", "cyrillic": "ru", "han": "zh"}[script]
    if script != "latin":
        return default
    if len(sample) <= _SHORT:
        # A few words with no telling function word ("Sango", "albania pilot cop"): only accents
        # that English does not use are evidence enough to call it French or Spanish.
        voted = _by_function_words(sample)
        if voted or not _ROMANCE_MARKS.search(sample):
            return voted or default
    return _latin_language(sample) or default


# Question words and articles that only one of English, French and Spanish uses. A short question
# gives langdetect too few letter n-grams ("Combien de participants ?" came out Spanish); these
# words decide when they point one way.
_FUNCTION_WORDS = {
    "en": {"what", "which", "who", "whom", "how", "when", "where", "why", "the", "did", "does", "was", "were",
           "have", "has", "of", "for", "with", "about", "any", "and", "is", "are"},
    "fr": {"combien", "quel", "quels", "quelle", "quelles", "qu", "qui", "est-ce", "les", "des", "du", "aux",
           "ont", "pour", "dans", "avec", "sur", "une", "où", "comment", "pourquoi", "quand", "sont", "et", "été"},
    "es": {"cuántos", "cuántas", "cuánto", "cuál", "cuáles", "qué", "quién", "quiénes", "dónde", "cómo",
           "cuándo", "los", "las", "del", "para", "con", "sobre", "una", "han", "fue", "fueron", "hay", "por", "y"},
}
_SHORT = 300  # characters: longer texts give langdetect enough n-grams
_ROMANCE_MARKS = re.compile(r"[éèêëàâçùûôîïñ¿¡áíóú]", re.I)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)?")


def _by_function_words(text: str) -> str | None:
    words = [w for w in _WORD.findall(text.lower().replace("’", "'").replace("'", " "))]
    votes = {code: sum(w in found for w in words) for code, found in _FUNCTION_WORDS.items()}
    ranked = sorted(votes.items(), key=lambda item: -item[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if top > second else None
