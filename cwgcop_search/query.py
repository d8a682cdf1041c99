"""Understanding a question before searching: terms, corrections, hints.

Pure: takes the question and the corpus vocabulary and returns a QueryPlan.
The plan says which words to look up lexically (with spelling slips fixed
and acronyms expanded with the long forms the collection itself defines), which meetings or years the question
names, whether it asks for examples, and which of its key terms appear
nowhere in the reports (a sign the reports cannot answer it).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from difflib import get_close_matches
from functools import lru_cache

from . import locale_patterns
from .chunking import opens_sentence
from .countries import adjectives, countries, countries_named, english_names, names_in_language, places_named
from .languages import LANGUAGES, detect_language, may_correct
from .lexicon import mine_acronyms
from .structure import ORDINALS, meetings_in

# Words that carry no meaning for lexical matching.
STOPWORDS = frozenset("""
a about above after again all also am an and any are as at be been before being between both but by
can could did do does doing during each few for from further had has have having he her here hers
him his how i if in into is it its itself just me more most my no nor not now of off on once only or
other our out over own same she should so some such than that the their them then there these they
this those through to too under until up very was we were what when where which while who whom why
will with would you your yours tell give show say said please anything something whether there
""".split())

# Words people use to ask rather than to name a topic ("what did X present", "examples of").
QUESTION_WORDS = frozenset("""
present presented presentation presentations say said says done do did new way ways work use used people
example examples many much mention mentioned talk talked anyone anybody someone thing things kind kinds
""".split())
# A word found in at least this share of the indexed passages is too common to show what a
# question is about ("meeting" in a collection of meeting reports).
GENERIC_SHARE = 0.2
# A capitalised word that the collection writes in lower case in at least this share of its uses in
# mid-sentence is a common noun capitalised by custom ("Member States", "the Internet"), not a name
# the passages must hold: "Did Member States ask for ...?" is answered by "Several councillors called ...".
COMMON_NOUN_SHARE = 0.25

_TOKEN = re.compile(r"[\w][\w'’/+.-]*\w|\w", re.UNICODE)
# Not "in which countries does the project run?" nor "which countries is it in?", where one thing is:
# no request for examples.
_EXAMPLES = re.compile(
    r"\b(examples?|best practices?|good practices?|what (?:have|did) (?:countries|members|member states|"
    r"organi[sz]ations|states)|(?<!\bin )which (?:countries|organi[sz]ations)(?!\s+(?:is|does|did|was|has)\s+(?:it|this|that)\b)|"
    r"how (?:have|did) (?:countries|"
    r"organi[sz]ations|states)|initiatives)\b", re.I)
# The same cues in the other UN languages (no \b: Chinese has no word boundaries): examples, good
# practices, and "what have countries done", "which countries/organisations", "initiatives".
_EXAMPLES_ELSEWHERE = re.compile(
    r"exemples?|bonnes pratiques|ejemplos?|buenas pr[aá]cticas|пример|передов\w* практик|"
    r"例子|实例|范例|良好做法|最佳做法|أمثلة|مثال|ممارسات جيدة|أفضل الممارسات|"
    r"qu'?ont fait les (?:pays|[ée]tats|organisations)|quels pays|quelles organisations|initiatives|"
    r"qu[eé] (?:han|hicieron) (?:hecho )?los (?:pa[ií]ses|estados)|qu[eé] pa[ií]ses|qu[eé] organizaciones|iniciativas|"
    r"что (?:сделали|делают) (?:страны|государства|организации)|какие (?:страны|организации)|инициатив|"
    r"ماذا فعلت (?:البلدان|الدول)|ما الذي فعلته (?:البلدان|الدول)|أي (?:البلدان|الدول)|مبادرات|"
    r"各国.{0,20}做了|哪些国家|哪些组织|哪些举措", re.I)
# "How many" in the six languages. Russian declines it ("в скольких школах"); Chinese counts with a
# measure word ("几所学校", but "哪几位" is "which", "举几个例子" asks for examples); "cuanto" alone is also "en cuanto a" (as to).
HOW_MANY = re.compile(r"\bhow (?:many|much)\b|\bcombien\b|\bcuánt[oa]s?\b|\bcuant[oa]s\b|\bскольк\w*|多少|"
                      r"(?<![哪举列说])(?<!列出|举出|说出|给出)几[个名所次位家项种份座](?!例)|^\s*كم\s|\sكم\s", re.I)
# "Which/what (is the)" before a quantity's or a share's noun, in French, Spanish, Russian and Arabic.
_QUEL = r"quel(?:le)?s?\s+(?:est\s+|était\s+|sont\s+|étaient\s+)?(?:l[ae]\s+|l['’]|les\s+)?"
_CUAL = r"(?:qué|cuál(?:es)?)\s+(?:es\s+|era\s+|fue\s+|son\s+|eran\s+)?(?:el\s+|la\s+|los\s+|las\s+)?"
_KAKOY = r"(?:как(?:ой|ая|ое|ие|ую|им|ого)|каков\w*|на\s+какую)\s+(?:был\w*\s+)?(?:точн\w+\s+|общ\w+\s+)?"
_MA = r"ما\s+(?:هو\s+|هي\s+)?(?:ال)?"
# And, as ``_QUANTITY`` in English, "what share", "which fines", "what is the budget" in the other
# five: "Quelle proportion ...", "¿Qué multas ...?", "Какая доля ...", "ما نسبة", "哪些罚款".
_QUANTITY_ELSEWHERE = re.compile(
    rf"\b{_QUEL}(?:âge|nombre|part|montant|budget|amendes?|pénalités?|coût|somme|taux)s?\b|"
    rf"\b{_CUAL}(?:edad|número|monto|importe|presupuesto|multas?|costo|coste|precio|suma|tasa)\b|"
    rf"\b{_KAKOY}(?:возраст|число|количество|сумм\w*|бюджет\w*|штраф\w*|стоимост\w*|размер\w*)|"
    rf"{_MA}(?:عدد|مبلغ|قيمة|ميزانية|تكلفة|غرامات|غرامة|عقوبات|معدل)|"
    r"哪些罚款|什么罚款|罚款是|预算是", re.I)  # and a share asked for: see SHARE
_YEAR = re.compile(r"(?<![A-Za-z0-9])(20[0-4]\d)(?!\d)")  # also "2023年" and "2023-го", where \b finds no edge
# Questions whose answer is a quantity: the answer sentence must hold a number.
_QUANTITY = re.compile(r"\bhow old\b|"
                       r"\b(how (?:many|much)|what (?:was |is |were |are )?(?:the )?"
                       r"(?:minimum |maximum |total |exact |precise |approximate |overall |annual )?(?:size of (?:the |its )?)?"
                       r"(?:age|number|percentage|amount|budget|fine|penalty|penalties|cost|price|sum|rate|figure)s?)\b|"
                       # "How big was the fine?", "how large is the budget": a sum asked with an adjective of size.
                       r"\bhow (?:big|large|high|steep|heavy|substantial|generous)\s+(?:was|is|were|are|will be)\s+"
                       r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?(?:fines?|penalt(?:y|ies)|budgets?|costs?|grants?|"
                       r"sums?|amounts?|funding|donations?)\b|"
                       # A search-box query counts with "numbers": "user numbers of the platform".
                       r"\b(?:user|visitor|participant|attendance|download|subscriber|enrol(?:l)?ment|"
                       r"student|pupil|viewer)\s+(?:numbers|figures|counts?)\b",
                       re.I)  # a share asked for ("what share", "what proportion") is a quantity too: see SHARE
# "checking how old users are", "a tool to verify how old they are" say what a tool does: no age asked.
_CHECKING = re.compile(r"\b(?:check|verif|determin|establish|assess|estimat|confirm|prov|detect|guess|predict|"
                       r"infer)\w*\s+$", re.I)


def asks_quantity(question: str) -> bool:
    """Does an English question ask for a quantity ("how many", "what is the budget", "how old")?"""
    return any(not (m.group(0).lower() == "how old" and _CHECKING.search(question[:m.start()]))
               for m in _QUANTITY.finditer(question))


# Questions asking for a sum of money, whose answer must name a currency: a quantity asked about
# a budget, cost or fine ("How much did the campaign cost?"), or one asked for without "how much"
# ("What was the budget of the programme?", "Quel était le budget ...?", "¿Cuál fue el presupuesto ...?").
_MONEY_WORD = re.compile(r"\b(?:how much (?:money|funding)|budget|cost|fines?|penalt(?:y|ies)|price|funding|"
                         r"financ\w+ (?:amount|sum)|amendes?|coût|montant|multas?|presupuesto|costo|coste|monto|"
                         r"importe|бюджет\w*|штраф\w*|стоимост\w*|сумм\w*)\b|غرام|ميزاني|تكلف|مبلغ|罚款|罚金|预算|费用|金额",
                         re.I)
# A currency the asked part names: "What was the amount in Swiss francs?" asks for a sum.
# A currency, in the six languages: a question asking in one ("the amount in Swiss francs") asks for a
# sum, and a sentence naming one gives a sum. Not a word it starts ("Euro-Mediterranean", "EUR-Lex",
# "франкоязычных", "الفرنكوفونية", Europol "اليوروبول", Ljubljana "卢布尔雅那"), nor "Mr Yuan" or "Ms Yen".
CURRENCY = re.compile(r"[$€£¥]|\b(?:USD|EUR|CHF|GBP|RUB|JPY|CNY|dollars?|euros?|francs?|pounds sterling|"
                      r"d[oó]lares|francos|rublos|r(?:o)?ubles?|(?-i:yen|yenes|yuan|yuanes)|доллар(?:ов|а|ы|ах)?|"
                      r"евро|франк(?:ов|а|и|ах)?|рубл(?:ей|ях|я|ь|ями|ём|и))(?![\w-])|"
                      r"دولار|يورو(?!ب)|فرنك(?!و)|روبل|美元|欧元|日元|法郎|卢布(?!尔)|人民币", re.I)
_SUM = re.compile(
    # The money word ends the thing asked for: "the budget for 2024", not "the budget process".
    r"^\s*what (?:is|was|were|are|will be) (?:the |its |their )?(?:[\w'’-]+ ){0,2}(?:budget|cost|price|fines?|"
    r"penalt(?:y|ies)|funding)(?![\w-])(?!\s+(?:process|procedures?|polic(?:y|ies)|requests?|cycle|planning|"
    r"discussions?|debates?|proposals?|structure|framework|model|issues?|matters?|cuts?)\b)|^\s*quel(?:le)?s? (?:est|était|sont|étaient|sera) (?:le |la |les )?(?:budget|coût|"
    r"montant|amendes?)\b|^\s*¿?\s*cu[aá]l(?:es)? (?:es|era|fue|son|eran|será) (?:el |la |los |las )?(?:presupuesto|"
    r"costo|coste|multas?|monto)\b|^\s*(?:каков|какова|каковы|какой|какая) (?:был\w* )?(?:бюджет|стоимость|штраф)|"
    r"ما (?:هي|هو|كانت|كان) (?:ميزانية|تكلفة|غرامة)|预算是|费用是|罚款是", re.I)
# Questions asking for a share, whose answer must give one ("42%", "one-third of", "one in five"), not
# any count: "What share of the children had been bullied?" is not answered by "two projects".
SHARE = re.compile(
    r"\bwhat (?:(?:is|was|were) the )?(?:share|proportion|percentage|fraction)\b|"
    r"\bhow (?:large|big) a (?:share|proportion)\b|\bper ?cent(?:age)? of\b|"
    rf"\b{_QUEL}(?:pourcentage|proportion)s?\b|\b{_QUEL}part\s+(?:de|des|du|d['’])|"
    rf"\b{_CUAL}(?:porcentaje|proporción)\b|\b{_KAKOY}(?:процент|дол[яюи])|{_MA}نسبة|"
    r"多大比例|百分之几|比例是多少|占多少", re.I)
_MEETING_NUMBER = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:meeting|session)\b", re.I)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
# The months a season names, in the northern hemisphere, where the English words are used of a year's
# meetings ("the autumn 2024 session"); a winter is that of the year's start and end.
_SEASONS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11), "fall": (9, 10, 11),
            "winter": (1, 2, 12)}
_WHEN = rf"(?:{'|'.join(_MONTHS)}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?|{'|'.join(_SEASONS)})"
# "the February 2025 meeting", "the meeting in Oct 2023", "the autumn 2024 session": a meeting named by
# its month or season.
_MONTH_MEETING = re.compile(rf"\b({_WHEN})\s+(?:of\s+)?(20\d\d)\s+(?:meeting|session)\b|"
                            rf"\b(?:meeting|session)\s+(?:in|of|held in)\s+(?:the\s+)?({_WHEN})\s+(?:of\s+)?"
                            rf"(20\d\d)\b", re.I)


# Where a question places itself at a meeting: "at the February 2025 WG-X meeting", "during its 19th session".
_MEETING_PHRASE = re.compile(r"\b(?:at|in|during|from|for|to)\s+(?:the\s+|its\s+|their\s+)?"
                             r"(?:(?!(?:at|in|during|from|for|to)\b)[\w'’-]+\s+){0,4}?(?:meeting|session)s?\b", re.I)


def without_meeting_phrase(question: str) -> str:
    """The question without the phrase placing it at a meeting named by its number, ordinal or month
    ("What did Canada raise at the February 2025 meeting?" -> "What did Canada raise?"); a phrase
    naming no meeting stays ("in response to the proposal", "awareness-raising sessions")."""
    def drop(match: re.Match) -> str:
        phrase = match.group(0)
        named = meetings_in(phrase) or _MONTH_YEAR.search(phrase) or re.search(r"\d", phrase)
        return " " if named else phrase

    text = re.sub(r"\s+", " ", _MEETING_PHRASE.sub(drop, question))
    text = re.sub(r"\s+([?.!,;:])", r"\1", text)
    text = re.sub(r"\s+(?:and|or)\s*([?.!]|$)", r"\1", text)  # "... spoke and in which session?"
    return re.sub(r"^[\s,;:]+", "", text).strip()


@dataclass(frozen=True)
class QueryPlan:
    question: str
    terms: tuple[str, ...]  # lexical search terms, corrections and expansions included
    corrected: tuple[tuple[str, str], ...]  # (as typed, as corrected)
    key_terms: tuple[str, ...]  # the words that carry the question's topic
    names: tuple[str, ...]  # capitalised words after the first: who or what the question is about
    unknown_names: tuple[str, ...]  # names or numbers in the question that no report mentions
    meetings: tuple[int, ...]
    years: tuple[int, ...]
    wants_examples: bool
    wants_quantity: bool
    wants_sum: bool = False  # a sum of money: the answer names a currency
    wants_share: bool = False  # a share: the answer gives a percentage or a fraction
    months: tuple[tuple[int, int], ...] = ()  # (year, month) of meetings named by date ("the 2020 meeting": every month of 2020)
    counted: str = ""  # what a "how many" question counts: "contributions"
    language: str = "en"  # the question's language (ISO 639-1), detected
    # Countries a question in another language names ("le Pérou", "秘鲁"): their English names,
    # and for each the collection's own word for it ("peru"); those it never names apart.
    places: tuple[str, ...] = ()
    place_words: tuple[str, ...] = ()
    unknown_places: tuple[str, ...] = ()
    # Regions an English question names ("an East African country"), each with the collection's forms
    # of its countries ("kenya", "south africa"): a passage answering it names one of them.
    regions: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # Countries an English question gives by an adjective ("the Swiss charity", "a Dutch lottery"),
    # in the collection's words: the answer prefers passages naming them, but need not.
    described: tuple[str, ...] = ()
    # The one year asked about as a point in time ("in 2026"; not "since 2020"), if the question has one.
    point_year: int | None = None
    # Names that are acronyms the collection defines, each with the key words of its long form: a
    # passage saying "Safety for Children and their Rights Online" speaks of the "SCROL" asked about.
    spelt_names: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def dense_question(self) -> str:
        """What is embedded: a question not in English with, in English, the countries and meetings it names;
        one in English naming someone at a meeting, without the meeting.

        The multilingual model ties "quinzième réunion" to "fifteenth meeting" only loosely;
        the numbers and names are certain, so they are spelt out for it.
        """
        if self.language == "en":
            if self.meetings and self.names:
                # "What did Canada raise at the February 2025 meeting?": the meeting is found by its own
                # ranking; embedded, its phrase drew the passages on when and where the meeting was held.
                return without_meeting_phrase(self.question) or self.question
            return self.question
        hints = list(self.places) + [f"{ordinal(n)} meeting" for n in self.meetings]
        return f"{self.question} ({', '.join(hints)})" if hints else self.question

    @property
    def corrected_question(self) -> str:
        """The question with its slips of the keyboard corrected: "recomendations" is read as the
        English word it misspells, not as a Spanish verb. Another form of a word ("finalised" for the
        collection's "finalize") is kept as typed."""
        text = self.question
        for typed, fixed in self.corrected:
            if is_slip(typed, fixed):
                text = re.sub(rf"(?<!\w){re.escape(typed)}(?!\w)", fixed, text, flags=re.I)
        return text

    def ordinal_meetings(self) -> str:
        """The named meetings as a reader writes them: "19th", "21st and 22nd"."""
        return " and ".join(ordinal(n) for n in self.meetings)

    def match_expression(self) -> str:
        """An FTS5 query matching any of the terms."""
        return " OR ".join(f'"{t}"' for t in self.terms)


# Words of at least this length also match on a crude stem ("raise"/"raised", "trained"/"training").
STEM = 5
_SUFFIX = re.compile(r"(?:ing|ed|es|s|d)$")


def stem_key(word: str) -> str:
    """The entry under which a long word's stem is kept in a word set: suffix off, six letters."""
    return "~" + _SUFFIX.sub("", word)[:6]


def has_word(words: set[str], term: str) -> bool:
    """Is ``term``, or a word sharing its stem, among ``words`` (built with stem keys)?"""
    return term in words or (len(term) >= STEM and stem_key(term) in words)


# Chinese (and Japanese kanji) runs: written without spaces, so FTS5's unicode61 tokeniser would
# make one "word" of a whole clause. Overlapping character pairs are the usual unit for Chinese
# full-text search: "儿童在线保护" matches "在线" and "保护" wherever they occur.
_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def _pairs(match: re.Match) -> str:
    run = match.group(0)
    return " " + " ".join(run[i:i + 2] for i in range(max(1, len(run) - 1))) + " "


def lexical_text(text: str) -> str:
    """Text as the lexical index stores it: Han runs split into overlapping character pairs."""
    return _HAN_RUN.sub(_pairs, text) if _HAN_RUN.search(text) else text


_POSSESSIVE = re.compile(r"['’]s$")
_JOINER = re.compile(r"['’/+.-]")


def tokens(text: str) -> list[str]:
    """Lower-case words as the lexical index sees them (possessive 's dropped; Chinese as character pairs)."""
    words = []
    for token in _TOKEN.findall(lexical_text(text).lower()):
        if token.isalnum():  # most words: nothing to drop or split
            words.append(token)
            continue
        token = _POSSESSIVE.sub("", token)
        words.extend(part for part in _JOINER.split(token) if part)
    return words


def word_counts(texts: list[str]) -> tuple[Counter, Counter]:
    """How often each word occurs in the texts, and in how many of them."""
    counts: Counter = Counter()
    passages: Counter = Counter()
    for text in texts:
        words = tokens(text)
        counts.update(words)
        passages.update(set(words))
    return counts, passages


def case_counts(texts: list[str]) -> tuple[Counter, Counter]:
    """How often each word is written in mid-sentence in lower case, and with a capital.

    "Member States" and "the Internet" are capitalised by custom, but the texts also write
    "member states" and "internet": such a word names no one. A word opening a sentence
    is not counted: there any word has a capital.
    """
    lower: Counter = Counter()
    capital: Counter = Counter()
    for text in texts:
        for match in _CASED_WORD.finditer(text):
            word, start = match.group(0), match.start()
            # The sentence's opening is never far back: a window keeps this linear in the text.
            if opens_sentence(text[max(0, start - 40):start], min(start, 40)):
                continue
            if word.islower():
                lower[word] += 1
            elif word[0].isupper():
                capital[word.lower()] += 1
    return lower, capital


_CASED_WORD = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")


def passage_words(text: str, section: tuple[str, ...]) -> set[str]:
    """The words of a passage and its headings, with their stems: what reranking matches against."""
    words = set(tokens(" ".join([text, *section])))
    return words | {stem_key(w) for w in words if len(w) >= STEM}


class Vocabulary:
    """The collection's words with counts, the acronyms it defines, and a spelling corrector.

    Everything here is learnt from the indexed text, so a report added later
    brings its own words and acronyms.
    """

    def __init__(self, counts: Counter, document_counts: Counter | None = None, documents: int = 0,
                 acronyms: dict[str, str] | None = None, cases: tuple[Counter, Counter] | None = None):
        self.counts = counts
        self.document_counts = document_counts or Counter()
        self.documents = documents
        self.acronyms = acronyms or {}
        self.lower_case, self.capitalised = cases or (Counter(), Counter())  # ``case_counts``
        self._total = sum(counts.values())
        self._by_initial: dict[str, list[str]] = {}
        for word in counts:
            if word.isalpha() and len(word) >= 3:
                self._by_initial.setdefault(word[0], []).append(word)

    @classmethod
    def from_texts(cls, texts: list[str], plain_texts: list[str] | None = None) -> "Vocabulary":
        """Counts, passage frequencies and acronym pairs of the indexed passages; ``plain_texts``, the
        passages without their headings, for the case counts (a heading capitalises every word)."""
        counts, document_counts = word_counts(texts)
        cases = tuple(Counter({w: n for w, n in found.items() if w in counts})  # as the index keeps them
                      for found in case_counts(texts if plain_texts is None else plain_texts))
        return cls(counts, document_counts, len(texts), mine_acronyms(texts), cases)

    def written_in_lower_case(self, word: str) -> bool:
        """Does the collection write the word in lower case in mid-sentence, often enough to be no name?"""
        lower = self.lower_case.get(word, 0)
        return lower >= 2 and lower >= COMMON_NOUN_SHARE * (lower + self.capitalised.get(word, 0))

    def __contains__(self, word: str) -> bool:
        return word in self.counts

    def is_generic(self, word: str) -> bool:
        """Too common in the collection, or a word of asking, to tell what a question is about."""
        if word in QUESTION_WORDS:
            return True
        if any(c.isdigit() for c in word):
            return False  # years and meeting numbers are hints, however common
        return bool(self.documents) and self.document_counts.get(word, 0) >= GENERIC_SHARE * self.documents

    def long_forms(self) -> dict[str, str]:
        """Long form -> acronym, for searching "CSAM" when the question spells it out."""
        return {long: short for short, long in self.acronyms.items()}

    def rarity(self, word: str) -> float:
        """Inverse document frequency-like weight: rare words count more."""
        total = self._total or 1
        return math.log(1 + total / (1 + self.counts.get(word, 0)))

    def has_prefix(self, prefix: str) -> bool:
        return any(w.startswith(prefix) for w in self._by_initial.get(prefix[0], ()))

    def correct(self, word: str) -> str | None:
        """The closest corpus word to a misspelt one, or None."""
        if word in self.counts or len(word) < 4 or not word.isalpha():
            return None
        candidates = [w for w in self._by_initial.get(word[0], ()) if abs(len(w) - len(word)) <= 2]
        found = get_close_matches(word, candidates, n=1, cutoff=0.8)
        return found[0] if found else None


def is_slip(typed: str, fixed: str) -> bool:
    """Is ``typed`` ``fixed`` with one letter left out, added, changed or two swapped, before the word's
    last three letters (where another form of the word differs: "merged", "merge")?"""
    a, b = typed.lower(), fixed.lower()
    at = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))
    if at >= max(len(a), len(b)) - 3:
        return False
    return a[at + 1:] == b[at:] or a[at:] == b[at + 1:] or a[at + 1:] == b[at + 1:] or (
        a[at:at + 2] == b[at:at + 2][::-1] and a[at + 2:] == b[at + 2:])


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


# "How many were there?", "how many of them": a verb or a pronoun after "how many" counts nothing
# named; "how many of the countries" counts countries.
_COUNTED = re.compile(r"\bhow many (?:of (?:the|these|those|its|their) )?(?!(?:are|were|was|is|did|do|does|have|"
                      r"has|had|will|would|can|could|of|there|they|them|we|you|in|at|actually|really|exactly|"
                      r"still|now|more|ever|already|currently|so)\b)([^\W\d_][\w-]*)", re.I)


# "number of participants 17th meeting", "What was the number of ...?" count too ("a number of" is
# several, not a question). French and Spanish count as English does ("combien de contributions",
# "cuántas contribuciones"): the noun is often a cognate of the reports' word, matched on its first
# letters (``abstention.counts``).
_NOT_COUNTED_FR_ES = r"(?!(?:de|del|des|los|las|les|la|le|se|en|entre|eux|elles|hay|hubo|ha|han|fue|fueron|veces|fois)\b)"
_NUMBER_OF = re.compile(rf"(?:^\W*|\bthe\s+)(?:total\s+)?number of ([^\W\d_][\w-]*)|\bcombien\s+d(?:e\s+|['’])"
                        rf"{_NOT_COUNTED_FR_ES}([^\W\d_][\w-]*)|\bcu[aá]nt[oa]s\s+{_NOT_COUNTED_FR_ES}([^\W\d_][\w-]*)",
                        re.I)


# "How many" with nothing named after it: "the regulator's recommendations - how many did they publish?",
# "... a lot of submissions. How many were there?".
_HOW_MANY_ALONE = re.compile(r"\bhow many\b(?!\s+of\b)", re.I)


def _counted(question: str) -> str:
    """The noun a question counts: "how many contributions", "how many primary school pupils" (pupils)."""
    match = _COUNTED.search(question) or _NUMBER_OF.search(question)
    if not match:
        alone = _HOW_MANY_ALONE.search(question)
        if not alone:
            return ""
        # In its own sentence first ("commission recommendations - how many did they publish?"), else in
        # the one before when "how many" opens its sentence ("... a lot of submissions. How many were there?").
        before = question[:alone.start()]
        sentences = re.split(r"(?<=[.?!])\s+", before.strip())
        own = sentences[-1] if before.strip() and not re.search(r"[.?!]\s*$", before) else ""
        return _counted_before(own) or (_counted_before(sentences[-1]) if not own and sentences[-1] else "")
    group = next(i for i, g in enumerate(match.groups(), 1) if g)
    first = match.group(group).lower()
    # Words before the counted noun describe it ("primary school pupils", "young volunteers"): the first
    # plural among the next words is the noun, if no function word comes before it.
    following = re.findall(r"[^\W\d_][\w'’-]*", question[match.start(group):])[:6]
    for word in (w.lower() for w in following):
        if word in STOPWORDS:
            break
        if re.search(r"['’]s?$", word):
            continue  # an owner describes what is counted: "the union's partners", "children's helplines"
        if _PLURAL.search(word):
            return word
    return first


def _counted_before(sentence: str) -> str:
    """What a "how many" that names nothing counts: the first plural of the sentence before it that is
    a common noun: not a function word, an owner ("children's"), a name ("the Philippines") or the verb
    after a question word ("Who funds helplines?")."""
    for match in re.finditer(r"[^\W\d_][\w'’-]*", sentence):
        word = match.group(0)
        before = sentence[:match.start()].split()
        if word.lower() in STOPWORDS or len(word) < 4 or re.search(r"['’]s?$", word) or \
                word[0].isupper() and before or before and before[-1].lower() in _ASKING_WORDS:
            continue
        if _PLURAL.search(word.lower()):
            return word.lower()
    return ""


# Question words and pronouns: the word after them is a verb ("Who funds ...", "What happens ...").
_ASKING_WORDS = frozenset("who what which where when how it he she they this that".split())


# English plurals, regular and the irregular ones of people counted; not "analysis", "status", "news".
_PLURAL = re.compile(r"(?<![suiw])s$|^(?:children|people|men|women)$")


_MONTH_YEAR = re.compile(rf"\b({_WHEN})\s+(?:of\s+)?((?:19|20)\d\d)\b", re.I)


def _months_of(word: str) -> tuple[int, ...]:
    """The months a month's name, its short form or a season stands for."""
    word = word.lower().rstrip(".")
    return _SEASONS.get(word) or (next(i for i, m in enumerate(_MONTHS, 1) if m.startswith(word[:3])),)


def month_years(text: str) -> set[tuple[int, int]]:
    """(year, month) of every month a text names with its year: "April 2025", "Apr. 2025", "spring 2025"."""
    return {(int(m.group(2)), month) for m in _MONTH_YEAR.finditer(text) for month in _months_of(m.group(1))}


def month_year_words(text: str) -> set[str]:
    """The words of the months and years a text names together ("april", "2025")."""
    return {w for m in _MONTH_YEAR.finditer(text) for w in tokens(m.group(0))}


def months_named(question: str) -> tuple[tuple[int, int], ...]:
    """(year, month) of each meeting the question names by its month or season."""
    found = []
    for match in _MONTH_MEETING.finditer(question):
        word, year = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
        found += [(int(year), month) for month in _months_of(word)]
    return tuple(dict.fromkeys(found))


# "the 2020 meeting", "its meeting in 2020": the body's meetings of that year; not "the 2022 session of
# Council" or "the 2018 Plenipotentiary meeting", other bodies' sittings.
_YEAR_MEETING = re.compile(r"\b((?:19|20)\d\d)\s+(?:meeting|session)s?\b(?!\s+of\s+(?:the\s+)?(?:Council|Plenipotentiary))|"
                           r"\b(?:meeting|session)s?\s+(?:in|of|held in)\s+((?:19|20)\d\d)\b", re.I)
# Another body's sitting: "the Council's 2024 session", "the General Assembly's 2024 session".
_OTHER_BODY = re.compile(r"\b(?:Council|Plenipotentiary|Assembly|Conference|Summit|Forum)(?:['’]s)?\s+$", re.I)


# A year asked about as a point in time: "in 2026", "the 2020 meeting"; not "since 2020", "between 2019 and
# 2021", "the 2030 Agenda".
_IN_YEAR = re.compile(r"\b(?:in|during)\s+(?:early\s+|late\s+|mid-)?((?:19|20)\d\d)\b(?!\s*(?:-|–|/|to|and|or)\s*\d)|"
                      r"\b((?:19|20)\d\d)\s+(?:meeting|session)s?\b", re.I)


def point_year(question: str) -> int | None:
    """The one year a question asks about as a point in time ("When will the group meet in 2026?"), else None."""
    years = {int(m.group(1) or m.group(2)) for m in _IN_YEAR.finditer(question)}
    return years.pop() if len(years) == 1 else None


def years_of_meetings(question: str) -> tuple[int, ...]:
    """The years whose meetings an English question asks about: "What was agreed at the 2020 meeting?"."""
    return tuple(dict.fromkeys(int(m.group(1) or m.group(2)) for m in _YEAR_MEETING.finditer(question)
                               if not _OTHER_BODY.search(question[max(0, m.start() - 20):m.start()])))


def plan_query(question: str, vocabulary: Vocabulary, expand: bool = True, bodies: tuple[str, ...] = ()) -> QueryPlan:
    """Work out how to search for ``question``.

    ``bodies``: what the collection calls the body whose meetings its reports record.
    """
    words = tokens(question)
    # "the working group", as the question calls that body, tells no passage from another: every
    # report is that body's. Its words are not searched for.
    naming_body = body_words_named(question, bodies)
    content = [w for w in words if w not in STOPWORDS and w not in naming_body]
    terms: list[str] = []
    corrected: list[tuple[str, str]] = []

    def add(term: str) -> None:
        if term and term not in STOPWORDS and term not in terms:
            terms.append(term)

    language = detect_language(question)
    for word in content:
        add(word)
        if not expand:
            continue
        # A word of general English the collection happens not to use ("police", "teach") is no slip:
        # "corrected" to the nearest word the collection has ("policies", "tech") it searches for
        # something else.
        fix = vocabulary.correct(word)
        fix = fix if fix and may_correct(word, fix, language) else None
        if fix:
            corrected.append((word, fix))
            add(fix)
        for part in vocabulary.acronyms.get(word, "").split():
            add(part)
    if expand:
        joined = " ".join(words)
        for phrase, acronym in vocabulary.long_forms().items():
            if phrase in joined:
                add(acronym)
    key_terms = tuple(w for w in content if not vocabulary.is_generic(w))
    fixed = {typed for typed, _ in corrected}
    # "la dix-neuvième réunion", "第十九次会议": meetings named in the question's own language.
    named = meetings_in(question) + (locale_patterns.meetings_in(question, language)
                                     if language in locale_patterns.LOCALES else [])
    meetings = tuple(dict.fromkeys(named + [int(n) for n in _MEETING_NUMBER.findall(question)]))
    if not meetings and bodies:
        meetings = meetings_named_with_body(question, bodies)
    if language != "en":  # the question's own words cannot be looked up in English reports
        for term in meeting_terms(meetings, vocabulary):
            add(term)
    asked = without_asker_context(question)  # "I teach in Wales. What ...?" is not about Wales
    unknown, renamed, regions, described, acting = unknown_names(asked, vocabulary, fixed), {}, [], [], []
    if language == "en":
        reading = countries_known_otherwise(asked, unknown, vocabulary)
        unknown, renamed, regions, described = reading.unknown, reading.renamed, reading.regions, reading.described
        acting = reading.acting
        for form in reading.search:
            add(form)
    places, place_words, unknown_places = [], [], []
    for _, english, forms in countries_in(question, language, vocabulary):
        places.append(english)
        for form in forms:
            add(form)
        if not forms:
            unknown_places.append(english)
        elif word := place_word(english, forms, vocabulary):
            place_words.append(word)
    share = bool(SHARE.search(question))
    counted = _counted(question)
    quantity = bool(asks_quantity(question) or HOW_MANY.search(question) or _NUMBER_OF.search(question) or share
                    or language != "en" and _QUANTITY_ELSEWHERE.search(question))
    # The passages name a country as the collection does: "uk" for the question's "Britain".
    names = [w for w in (renamed.get(n, n) for n in names_in(asked, vocabulary)) if w]
    if language == "en":
        names += countries_opening_or_in_lower_case(asked, names, vocabulary) + acting
    # A long form of one word would make any passage holding that word speak of the acronym.
    spelt_names = tuple((name, long_words) for name in dict.fromkeys(names)
                        if len(long_words := tuple(w for w in tokens(vocabulary.acronyms.get(name, ""))
                                                   if w not in STOPWORDS)) >= 2)
    return QueryPlan(
        question=question, terms=tuple(terms), corrected=tuple(corrected),
        key_terms=key_terms,
        names=tuple(dict.fromkeys(names)),
        unknown_names=unknown,
        meetings=meetings, years=tuple(int(y) for y in _YEAR.findall(question)),
        wants_examples=bool(_EXAMPLES.search(question) or language != "en" and _EXAMPLES_ELSEWHERE.search(question)),
        # Not when the money word is what is counted: "the number of fines issued" asks for a count.
        wants_sum=bool(_SUM.search(question) or quantity and not share and any(
            m.group(0).lower() != counted for m in _MONEY_WORD.finditer(asked)) or CURRENCY.search(asked)),
        wants_quantity=quantity,
        wants_share=share,
        months=tuple(dict.fromkeys(months_named(without_body(question, bodies)) + tuple(
            locale_patterns.months_in(question, language) if language in locale_patterns.LOCALES else ()) + tuple(
            (year, month) for year in years_of_meetings(question) for month in range(1, 13)))),
        counted=counted, language=language,
        places=tuple(places), place_words=tuple(place_words), unknown_places=tuple(unknown_places),
        regions=tuple(regions), described=tuple(dict.fromkeys(described)), point_year=point_year(question),
        spelt_names=spelt_names)


def meeting_forms(number: int) -> list[str]:
    """The ways English writes a meeting's number as an ordinal: "19th", "nineteenth", "twenty-second"."""
    return [ordinal(number)] + [word for word, n in ORDINALS.items() if n == number]


def meeting_words(meetings: tuple[int, ...]) -> frozenset[str]:
    """Every word an English question may name the meetings with: "19th", "19", "nineteenth", "twenty", "second"."""
    forms = [form for n in meetings for form in [*meeting_forms(n), str(n)]]
    return frozenset(w for form in forms for w in tokens(form))


def meeting_terms(meetings: tuple[int, ...], vocabulary: Vocabulary) -> list[str]:
    """The meetings in the collection's words ("fifteenth", "15th"), for a question in another language."""
    found = []
    for number in meetings:
        for form in meeting_forms(number):
            words = tokens(form)
            if words and all(w in vocabulary for w in words):
                found.append(" ".join(words))
    return found


def place_word(english: str, forms: list[str], vocabulary: Vocabulary) -> str | None:
    """The one word that stands for a country in the passages: the collection's most used
    one-word form of it, a word of its English name when counts tie ("saudi" over "ksa")."""
    single = [f for f in forms if " " not in f]
    own = set(tokens(english))
    return max(single, key=lambda f: (vocabulary.counts.get(f, 0), f in own)) if single else None


def countries_in(question: str, language: str, vocabulary: Vocabulary) -> list[tuple[str, str, list[str]]]:
    """The countries a question not in English names: (code, English name, the collection's words for it).

    The words are each name of the country, in any of the six languages, whose
    words all occur in the collection ("peru", "united arab emirates", "uae"),
    so a French or Chinese question finds the English report's paragraph on it.
    """
    if language == "en":
        return []  # English names are the question's own words
    english = english_names()
    return [(code, english.get(code, code), collection_forms(code, vocabulary))
            for code in countries_named(question, language)]


def collection_forms(code: str, vocabulary: Vocabulary) -> list[str]:
    """Each name of a country, in any of the six languages, whose words all occur in the collection."""
    english = english_names()
    forms = []  # the short English name first: it stands for the country when counts tie
    for lang in LANGUAGES:
        for name in ((english.get(code, ""),) if lang == "en" else ()) + names_in_language(lang).get(code, ()):
            words = tokens(name)
            if words and all(w in vocabulary for w in words):
                forms.append(" ".join(words))
    return list(dict.fromkeys(forms))


@dataclass
class CountryReading:
    """What ``countries_known_otherwise`` makes of the places an English question names."""

    unknown: tuple[str, ...]  # the names no report holds, under any name of a country either
    search: list[str]  # the collection's forms of the countries named otherwise, to search for
    renamed: dict[str, str | None]  # the question's word for a country: the collection's word (None: not needed)
    regions: list[tuple[str, tuple[str, ...]]]  # (region, the collection's word for each of its countries)
    described: list[str]  # countries the question gives by an adjective: the collection's word, the adjective
    # Countries whose delegation, government or ministry the question asks about ("the Kenyan
    # government"): the collection's word; the passages must name them, as a country named outright.
    acting: list[str] = field(default_factory=list)


def countries_known_otherwise(question: str, unknown: tuple[str, ...], vocabulary: Vocabulary) -> CountryReading:
    """An English question's unknown names once its countries are looked up under all their names.

    "Britain" is a country the reports call "United Kingdom" or "UK": not unknown, and those are
    searched for. A question typed in lower case names countries without a capital: "did brazil
    present" names Brazil, which the reports never name. A capital the reports never name stands for
    its country ("the Cairo delegation"), unless it names an event held there ("the Nairobi summit"),
    and a region for its countries ("an East African country").
    """
    unknown, search, renamed, regions, described, acting = list(unknown), [], {}, [], [], []
    english = english_names()
    lower_case = question == question.lower()
    named_by = {name: countries_named(name, "en", any_case=True) for name in unknown}  # read once per name
    for code in countries_named(question, "en", any_case=lower_case):
        forms = collection_forms(code, vocabulary)
        said = [name for name in unknown if code in named_by.get(name, ())]
        if forms:
            unknown = [name for name in unknown if name not in said]
            search += forms if said else []
            word = place_word(english.get(code, code), forms, vocabulary)
            renamed.update({t: word for name in said for t in tokens(name)})
        elif lower_case and _names_country(question, code):
            unknown.append(english.get(code, code))
    # "the Swiss charity", "a Dutch lottery": an adjective is no name the passages must hold (see
    # ``describes``), but the answer prefers passages naming the country.
    for match in re.finditer(r"[^\W\d_]+", question):
        code = adjectives().get(match.group(0).lower())
        if not code or not (lower_case or match.group(0)[0].isupper()):
            continue
        state = _STATE_BODY.match(question, match.end()) and _DETERMINER_ONLY.search(question[:match.start()])
        if forms := collection_forms(code, vocabulary):
            # The passages may say "French" as the question does, or "France" ("United Kingdom": no one word).
            word = place_word(english.get(code, code), forms, vocabulary)
            described += [w for w in (word, match.group(0).lower()) if w]
            if state and word:
                acting.append(word)
        elif state and match.group(0).lower() not in vocabulary:
            # "the Brazilian delegation" is Brazil itself, which no report names; "a Swiss charity" may be
            # in a passage that never says Switzerland.
            unknown.append(english.get(code, code))
    for place, codes, event in places_named(question, any_case=lower_case):
        words = tokens(place)
        forms = {code: collection_forms(code, vocabulary) for code in codes}
        if not any(forms.values()) or len(codes) == 1 and (event or all(w in vocabulary for w in words)):
            continue  # none of its countries is in the reports; a city they name; an event held there
        unknown = [name for name in unknown if not set(tokens(name)) & set(words)]
        search += [form for found in forms.values() for form in found]
        if len(codes) == 1:  # the capital's country, by its one word if the collection has one
            only = place_word(english.get(codes[0], codes[0]), forms[codes[0]], vocabulary)
            renamed.update({w: only for w in words})
        else:  # a passage must name one of the region's countries, in any of the collection's forms
            renamed.update({w: None for w in words})
            regions.append((place, tuple(form for found in forms.values() for form in found)))
    return CountryReading(tuple(unknown), search, renamed, regions, described, acting)


def countries_opening_or_in_lower_case(question: str, names: list[str], vocabulary: Vocabulary) -> list[str]:
    """The collection's words for the countries a question names where a capital does not mark a name:
    opening it ("Egypt committee struggling ...") or typed in lower case ("what did peru present").
    The question is about them as much as about a country named mid-sentence. Not a country that only
    places another ("a country bordering Egypt", "near kenya"), nor part of a longer place's name
    ("northern ireland")."""
    lower_case = question == question.lower()
    english = english_names()
    folded = " ".join(tokens(question))
    found = []
    for code in countries_named(question, "en", any_case=lower_case):
        spelt = [" ".join(tokens(name)) for name in names_in_language("en").get(code, ())
                 if tokens(name) and not describes(name) and not name.isupper()
                 and " ".join(tokens(name)) not in _EVERYDAY]
        where = [m for name in spelt for m in re.finditer(rf"\b{re.escape(name)}\b", folded)]
        where = [m for m in where if not _PLACES_ANOTHER.search(folded[:m.start()])]
        if not where:
            continue
        if not lower_case and not any(m.start() == 0 for m in where):
            continue  # named mid-sentence with its capital: ``names_in`` reads it, with its exceptions
        forms = collection_forms(code, vocabulary)
        word = place_word(english.get(code, code), forms, vocabulary) if forms else None
        if word and word not in names and not set(tokens(english.get(code, ""))) & set(names):
            found.append(word)
    return found


# Words before a country's name that make it a landmark or part of another place's name.
_PLACES_ANOTHER = re.compile(r"\b(?:bordering|borders|near|nearby|neighbou?ring|next to|close to|"
                             r"northern|southern|eastern|western)\s+$")


# "the Brazilian delegation": an article right before the adjective, so it is not part of a longer
# place's adjective ("the Northern Irish government", "the South Sudanese delegation").
_DETERMINER_ONLY = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.I)
# What a country's adjective names the country itself by: its delegation, government, ministry.
_STATE_BODY = re.compile(r"\s+(?:delegation|delegates?|government|ministry|minister|representatives?|authorit(?:y|ies)|"
                         r"regulators?|parliament|presidency|administration|embassy|mission)\b", re.I)


# Country names that are also everyday English words: in a question typed in lower case, "is there a
# guinea pig study?" or "keep us safe" names no country. General language, not this collection's.
_EVERYDAY = frozenset("chad turkey guinea jersey jordan georgia man".split())


def _names_country(question: str, code: str) -> bool:
    """Does a question in lower case name the country by one of its English names?

    Not by an adjective ("japanese"), an abbreviation ("us") or a name that is an everyday word.
    """
    folded_question = " ".join(tokens(question))
    return any(re.search(rf"\b{re.escape(' '.join(tokens(name)))}\b", folded_question)
               for name in names_in_language("en").get(code, ())
               if tokens(name) and not describes(name) and not name.isupper()
               and " ".join(tokens(name)) not in _EVERYDAY)


# Capitalised words that describe rather than name: nationality and regional adjectives ("British",
# "Maltese", "Pyrenean", "Japanese-style") and compass points ("North African"). A question put in
# plain words ("the North African national committee") uses them for a country the reports name
# otherwise, so their absence from the reports says nothing. English word endings, not a list of names.
_DESCRIPTIVE = re.compile(r"^(?:north|south|east|west|central|northern|southern|eastern|western)$|"
                          r"(?:an|ese|ish|ic)$")


def describes(word: str) -> bool:
    """Is the capitalised word an adjective of nationality or region, a compass point (not a country:
    "Japan", "Iran" end like adjectives), or where something is based ("the Virginia-based nonprofit")?"""
    if word.lower().endswith("-based"):
        return True
    first = _JOINER.split(_POSSESSIVE.sub("", word.lower()))[0]
    return first in adjectives() or len(first) > 3 and bool(_DESCRIPTIVE.search(first)) and first not in _country_words()


@lru_cache(maxsize=1)
def _country_words() -> frozenset[str]:
    """Countries whose English name is one word ("japan", "iran"): names, however they end."""
    return frozenset(country.name.lower() for country in countries() if len(tokens(country.name)) == 1)


def known_ordinal(word: str, vocabulary: Vocabulary) -> bool:
    """"17th" when the reports write "seventeenth": the same meeting, in the collection's words."""
    match = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", word.lower())
    return bool(match) and any(n == int(match.group(1)) and all(p in vocabulary for p in tokens(w))
                               for w, n in ORDINALS.items())


def body_words_named(question: str, bodies: tuple[str, ...]) -> set[str]:
    """The words of a body's name that the question writes two or more in a row ("the working group")."""
    words = tokens(question)
    named: set[str] = set()
    for body in bodies:
        parts = tokens(body)
        if len(parts) < 3:
            continue  # an acronym: generic already, as every passage of its reports holds it
        for size in range(len(parts), 1, -1):
            for start in range(len(parts) - size + 1):
                run = parts[start:start + size]
                if any(words[i:i + size] == run for i in range(len(words) - size + 1)):
                    named |= set(run)
    return named


def _body_pattern(body: str) -> str:
    return r"\s+".join(map(re.escape, body.split()))


def without_body(question: str, bodies: tuple[str, ...]) -> str:
    """The question with the body's names taken out: "the February 2025 WG-X meeting" -> "the February 2025 meeting"."""
    for body in bodies:
        question = re.sub(r"\s+", " ", re.sub(rf"(?<![\w-]){_body_pattern(body)}(?![\w-])", " ", question, flags=re.I))
    return question


def meetings_named_with_body(question: str, bodies: tuple[str, ...]) -> tuple[int, ...]:
    """Meetings named with the body's name in the way: "the twentieth WG-X meeting", "WG-X 19", "WG-X-19/12".

    ``bodies``: the names the collection gives the body whose meetings its reports record (see
    ``retrieval.body_names``), so "the 2nd WSIS session" names no meeting of it.
    """
    found: list[int] = []
    for body in bodies:
        name = _body_pattern(body)
        without = without_body(question, (body,))
        if without != question:
            found += meetings_in(without) + [int(n) for n in _MEETING_NUMBER.findall(without)]
        # "WG-X 19?", "WG-X-19/12", "WG-X meeting 19"; not "the WG-X 5 priorities" (a count).
        found += [int(n) for pair in re.findall(
            rf"(?<![\w-]){name}(?:[\s\u2010-\u2013-]*(\d{{1,2}})(?=\s*(?:[?.!,;:)/]|$))|\s+(?:meeting|session)\s+"
            rf"(\d{{1,2}})\b)", question, re.I) for n in pair if n]
    return tuple(dict.fromkeys(found))




# A sentence in which the asker speaks of themselves before asking: "I teach secondary school in
# Wales.", "I'm with a helpline.", "We're planning our travel budget.", "As a parent, ...". Its names
# say who asks, not what about. A greeting may open it: "Hi, I'm researching NGO-led projects."
# It ends at a full stop, or at a dash the question follows: "I'm a teacher in England - did ...?"; not
# at a dash opening an aside ("I'm a teacher - a secondary one - in Kenya. What ...?").
_DASH_THEN_QUESTION = r"(?:\s[-\u2013\u2014]\s|\s?[\u2013\u2014]\s?|\s?--\s?)(?=[^.!]*\?)"
_ASKER_SAYS = re.compile(
    r"(?:^|(?<=[.!?]))\s*(?:(?:hi|hello|hey|dear\s+\w+|good\s+(?:morning|afternoon|evening))(?:\s+(?:there|all|team))?"
    r"\s*[,!.]?\s*)?(?:(?:I|We)\s+(?:teach|work|study|represent|volunteer|run|lead|coordinate)|"
    r"(?:I['’]m|I am|We['’]re|We are)\s+(?:a|an|with|from|at|in|researching|planning|preparing|working|writing|"
    r"drafting|organi[sz]ing|studying|compiling|mapping|updating|reviewing)|As an?)\b"
    rf"(?:(?!{_DASH_THEN_QUESTION})[^.!?]|\.(?=\w))*(?:[.!]|{_DASH_THEN_QUESTION})", re.I)


def without_asker_context(question: str) -> str:
    """The question with the sentences in which the asker speaks of themselves blanked out (the
    same length, so positions hold), when a question follows them."""
    blanked = question
    for match in _ASKER_SAYS.finditer(question):
        if "?" in question[match.end():] or re.search(r"\b(?:what|which|who|when|where|how)\b",
                                                      question[match.end():], re.I):
            # What the asker works on is what they ask about: "I'm writing a case study on Kenya's pilot."
            # The preposition stays, so the topic's first word does not open a sentence; who the asker
            # is and where ("at the University of X", "for our minister in Y") stay blanked.
            topic = _WORK_TOPIC.search(question, match.start(), match.end())
            # After a kept topic the full stop stays: the question after it opens a sentence.
            kept, stop = (topic.span(1), match.end() - 1) if topic else ((match.end(),) * 2, match.end())
            for start, end in ((match.start(), kept[0]), (kept[1], stop)):
                blanked = blanked[:start] + " " * (end - start) + blanked[end:]
    return blanked


# The asker's work, what they make of it, and its topic up to where or for whom: "I'm writing a case study
# on X at ...", "We're preparing a briefing about X for ...". Not "preparing for a meeting on Monday" nor
# "writing on behalf of a ministry".
_WORK_TOPIC = re.compile(
    r"\b(?:researching|preparing|writing|drafting|compiling|studying|reviewing|updating|working|work|planning|"
    r"mapping|organi[sz]ing)(?:\s+(?!for\b|to\b)[\w'’-]+){0,5}?\s+((?:on(?!\s+behalf\b)|about|regarding|"
    r"concerning|into)\s.*?)(?=\s+(?:for|at|in|from|with|during|because|as|since)\s|[,;]|[.!?](?!\w)|$)", re.I)


# The asker: "I", "I'm", "I've" never name anyone asked about.
_ASKER = re.compile(r"I(?:['’](?:m|ve|d|ll))?")
# A name before a part of what it names: "the UN telecom agency" is one of its agencies, which the
# passages name by its own name.
_PART_OF = re.compile(r"(?:['’]s)?\s+(?:(?!(?:the|its|their|a|an|his|her|our)\b)[a-z][\w'’-]*\s+){0,2}"
                      r"(?:agency|agencies|body|bodies|branch|wing)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[a-z][\w-]*\s+)?$", re.I)  # "the (whole) UN telecom agency"
# A word before one of these is a thing's name ("the Glimworth campaign"), not a region.
_NAMED_THING = re.compile(r"(?:['’]s)?\s+(?:campaign|conference|summit|initiative|programme|program|project|"
                          r"declaration|statement|forum|meeting|network|alliance|foundation|group|committee|"
                          r"council|commission|act|law|charter|convention|report|study|survey|platform|app|"
                          r"toolkit|event|workshop|webinar|session|strategy|plan|fund|centre|center)\b", re.I)
# A place a country is described by: "a country in the Pyrenees", "a Gulf country", "Baltic nations",
# "the provinces along the Nile". A country lies in a region, so the word after "a country in" is no
# country the passages must name; a landmark something is near or along is not its name either.
_REGION_AFTER = re.compile(r"\b(?:(?:countr(?:y|ies)|nations?)\s+(?:in|on|by)|near|along|bordering|around|beside)"
                           r"\s+(?:the\s+)?$", re.I)
_REGION_BEFORE = re.compile(r"(?:['’]s)?\s+(?:countr(?:y|ies)|nations?)\b")


# "in the Caucasus", "in the Balkans": few countries take "the" (the collection's country names are
# known), so a word the collection does not know after "in the" is a region, not a name to look for.
_IN_THE = re.compile(r"\bin\s+the\s+$", re.I)


def _month_before_a_date(question: str, match: re.Match) -> bool:
    """A month's name or short form before a year or a day ("(Jan 2021)", "May 2024"), or before another
    month that is ("Sept/Oct 2024", "May or June 2024"): no one's name."""
    return bool(re.fullmatch(_WHEN, match.group(0), re.I)) and bool(
        re.match(rf"\.?(?:\s*(?:/|-|–|\s(?:or|and|to)\s)\s*{_WHEN})*\.?\s+(?:of\s+)?\d", question[match.end():], re.I))


def written_as_name(question: str, match: re.Match) -> bool:
    """Is the capitalised word at ``match`` a name the passages must hold: opening no sentence, not an
    adjective or compass point, not the asker, not a month ("Jan"), not a part's owner or a region that
    describes?"""
    word = match.group(0)
    return word[0].isupper() and not opens_sentence(question, match.start()) and not describes(word) \
        and not _ASKER.fullmatch(word) and not _month_before_a_date(question, match) \
        and not (_ARTICLE_BEFORE.search(question[:match.start()]) and _PART_OF.match(question, match.end())) \
        and not (_REGION_AFTER.search(question[:match.start()]) and not _NAMED_THING.match(question, match.end())) \
        and not _REGION_BEFORE.match(question, match.end())


def _unknown_region(question: str, match: re.Match, vocabulary: Vocabulary) -> bool:
    """An unknown word after "in the" that names no country ("in the Caucasus")."""
    return bool(_IN_THE.search(question[:match.start()])) and not _NAMED_THING.match(question, match.end()) \
        and _unknown(match.group(0), vocabulary) and not countries_named(match.group(0), "en")


def names_in(question: str, vocabulary: Vocabulary | None = None) -> tuple[str, ...]:
    """Lower-cased capitalised words that open no sentence, minus the collection's everyday words and
    the words it writes in lower case too ("Member States")."""
    found = []
    for match in re.finditer(r"[\w][\w'’-]*", question):
        word = match.group(0)
        if written_as_name(question, match) and not names_a_kind(word, vocabulary) \
                and not (vocabulary and _unknown_region(question, match, vocabulary)):
            found.extend(t for t in tokens(word) if t not in STOPWORDS and len(t) > 1 and not t.isdigit()
                         and not (vocabulary and (vocabulary.is_generic(t) or vocabulary.written_in_lower_case(t))))
    return tuple(dict.fromkeys(found))


_ACRONYM = re.compile(r"([A-Z]{2,})(s?)(?:['’]s)?")


def names_a_kind(word: str, vocabulary: Vocabulary | None = None) -> bool:
    """Is an acronym a kind of thing rather than one thing's name, as "NGO" is: written in the plural
    by the question ("NGOs") or by the collection? "Which NGO's project ...?" asks which one, and a
    passage on it need not say "NGO"; no one writes of "ITUs"."""
    match = _ACRONYM.fullmatch(word)
    # The collection's plural must be written with capitals: "its" is no plural of "IT".
    return bool(match) and (bool(match.group(2)) or vocabulary is not None
                            and vocabulary.capitalised.get(f"{match.group(1).lower()}s", 0) > 0)


def unknown_names(question: str, vocabulary: Vocabulary, corrected: set[str] = frozenset()) -> tuple[str, ...]:
    """Capitalised words (not opening a sentence) and numbers that no report contains.

    "Brazil", "Japan", "23rd": if the reports never name it, they cannot say
    what it did. A word the reports start ("Snapchat" for "Snap") or that was
    a spelling slip does not count.
    """
    found = []
    for match in re.finditer(r"[\w][\w'’-]*", question):
        word = match.group(0)
        named = written_as_name(question, match) and not _unknown_region(question, match, vocabulary) \
            or any(c.isdigit() for c in word)
        if named and _unknown(word, vocabulary, corrected):
            found.append(re.sub(r"['’]s$", "", word))
    return tuple(found)


def _unknown(word: str, vocabulary: Vocabulary, corrected: set[str] = frozenset()) -> bool:
    """No report holds the word, an ordinal for it, a word it is a slip for, or one it starts."""
    if known_ordinal(word, vocabulary):
        return False
    parts = tokens(word)
    if not parts or all(p in vocabulary or p in corrected or _other_number(p) in vocabulary for p in parts):
        return False
    return not any(len(p) >= 4 and vocabulary.has_prefix(p[:4]) for p in parts if p not in vocabulary)


def _other_number(word: str) -> str:
    """The word in the other grammatical number, for "NGO" and "NGOs", "under-18s" and "18": the
    reports may write either."""
    return word[:-1] if word.endswith("s") and len(word) > 2 else word + "s"


# Languages written in Latin letters.
_LATIN_SCRIPT = frozenset({"en", "fr", "es", "pt", "de", "it"})


def names_written_alike(plan: QueryPlan, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The names a question in Russian, Arabic or Chinese writes in Latin letters that no report contains.

    Such a question keeps a name as it is ("TikTok", "NCMEC"), so a report in any language would
    write it alike; its other words cannot be looked for in reports in another language. French
    and Spanish capitalise translated titles ("la Alianza Mundial", "la UIT"): not names to look for.
    """
    if plan.language in _LATIN_SCRIPT:
        return ()
    return tuple(m.group(0) for m in _LATIN_RUN.finditer(plan.question) if _unknown(m.group(0), vocabulary))


def names_known_alike(plan: QueryPlan, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The names a question in another language than the reports writes as they do ("Snap", "Meta").

    A French or Spanish question's capitalised words that the collection holds as they are, a
    Russian, Arabic or Chinese one's words in Latin letters: the passages about them name them.
    """
    if plan.language in _LATIN_SCRIPT:
        words = plan.names
    else:
        words = tuple(t for m in _LATIN_RUN.finditer(plan.question) for t in tokens(m.group(0))
                      if len(t) > 1 and t not in STOPWORDS and not vocabulary.is_generic(t))
    # Short words are more often common nouns capitalised ("le Web") than names.
    return tuple(dict.fromkeys(t for t in words if t in vocabulary and len(t) >= 4))


_LATIN_RUN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9'’-]+")  # "SG17" whole, as the reports write it

