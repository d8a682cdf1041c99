"""Who a passage is about, and who presented or said it.

Pure: text in, mentions out. A report is read in two passes. The first
builds the report's *lexicon*: every country (see countries.py), the
field's well-known bodies, and the organisations the report itself
introduces: a name with its acronym in brackets, a name after
"information document by", "presentation by", "contribution from",
"the representative from", or a run of capitalised words ending in a word
such as Foundation, Ministry or Alliance. The second pass finds the
lexicon's names in each passage and decides who is speaking: the subject
of a sentence whose verb is one of reporting ("presented", "highlighted",
"raised"), the name after "information document by" and the like, and the
submitters of a document ("submitted by ...").

The ITU itself and the working group are the host of every report and are
never counted as actors; the ITU's bureaux, sectors, secretariat and
regional offices are.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .countries import countries

COUNTRY, ORGANISATION, HOST = "country", "organisation", "host"
PRESENTER, MENTIONED = "presenter", "mentioned"
# Bump when who is counted as presenting changes: the roles are stored, so the index rebuilds.
ATTRIBUTION_VERSION = 2

# The field's bodies: (key and name shown, other names). Entries starting with
# "re:" are regular expressions. General knowledge of child online protection,
# not a list of what any report says.
FIELD_BODIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ITU Secretariat", ("ITU Secretariat", "ITU secretariat", "ITU’s Secretariat", "Secretariat", "secretariat")),
    ("BDT", ("BDT", "ITU BDT", "ITU’s BDT", "ITU's BDT", "Telecommunication Development Bureau",
             "ITU Development Bureau", "Development Bureau of the ITU")),
    ("ITU-D", ("re:ITU-D(?: (?:Study Group|SG) ?\\d+(?: (?:Question|Q) ?\\d+/\\d+)?)?",)),
    ("ITU-T", ("re:ITU-T(?: (?:Study Group|SG) ?\\d+)?",)),
    ("ITU Regional Offices", (
        "re:ITU (?:Regional )?Offices?(?: for (?:the )?(?:Africa|Americas|Arab Region|Asia and the Pacific|"
        "Europe|European Region|Commonwealth of Independent States))?",)),
    ("UNICEF", ("UNICEF", "United Nations Children's Fund", "United Nations Children’s Fund", "UN Children's Fund")),
    ("WeProtect Global Alliance", ("WeProtect Global Alliance", "WePROTECT Global Alliance", "WeProtect")),
    ("INHOPE", ("INHOPE", "INHOPE Foundation", "International Association of Internet Hotlines")),
    ("ECPAT International", ("ECPAT International", "ECPAT")),
    ("Internet Watch Foundation", ("Internet Watch Foundation", "IWF")),
    ("Council of Europe", ("Council of Europe", "CoE")),
    ("European Commission", ("European Commission",)),
    ("European Union", ("European Union", "EU")),
    ("INTERPOL", ("INTERPOL", "Interpol")),
    ("Europol", ("Europol", "EUROPOL")),
    ("UNODC", ("UNODC", "United Nations Office on Drugs and Crime")),
    ("UNESCO", ("UNESCO",)),
    ("UNHCR", ("UNHCR",)),
    ("OECD", ("OECD", "Organisation for Economic Co-operation and Development")),
    ("World Health Organization", ("World Health Organization", "WHO")),
    ("GSMA", ("GSMA", "GSM Association", "Global System for Mobile Association")),
    ("NCMEC", ("NCMEC", "National Center for Missing & Exploited Children",
               "National Center for Missing and Exploited Children")),
    ("ICMEC", ("ICMEC", "International Centre for Missing & Exploited Children",
               "International Centre for Missing and Exploited Children")),
    ("End Violence Partnership", ("End Violence Partnership", "End Violence", "Endviolence.org", "End Violence.org",
                                  "Global Partnership to End Violence Against Children")),
    ("Tech Coalition", ("Tech Coalition", "Technology Coalition")),
    ("5Rights Foundation", ("5Rights Foundation", "5Rights")),
    ("Save the Children", ("Save the Children", "Save The Children")),
    ("Terre des Hommes", ("Terre des Hommes",)),
    ("Child Helpline International", ("Child Helpline International",)),
    ("UN Committee on the Rights of the Child", ("UN Committee on the Rights of the Child",
                                                "Committee on the Rights of the Child", "UNCRC", "CRC")),
    ("UN Special Representative on Violence against Children", (
        "UNSRVAC", "SRSG-VAC",
        "re:(?:Office of the )?Special Representative (?:of the Secretary-General )?on Violence against Children")),
    ("United Nations", ("United Nations", "UN")),
    ("ICANN", ("ICANN", "Internet Corporation for Assigned Names and Numbers")),
    ("Meta", ("Meta", "Meta Platforms")),
    ("Google", ("Google",)),
    ("Microsoft", ("Microsoft",)),
    ("TikTok", ("TikTok",)),
    ("Snap Inc.", ("Snap Inc.", "Snap Inc", "Snap.Inc", "Snap", "Snapchat")),
    ("Roblox", ("Roblox",)),
)
# The host of every report: recognised so they are not mistaken for new organisations, never reported.
HOST_NAMES = ("ITU", "International Telecommunication Union", "ITU’s", "ITU's", "ITU Council", "Council",
              "re:CWG[- ]?COP", "Council Working Group on Child Online Protection",
              "Council Working Group on child online protection", "Plenipotentiary Conference")

_HEAD_WORDS = {
    "foundation", "alliance", "coalition", "union", "commission", "committee", "council", "authority", "agency",
    "institute", "institution", "centre", "center", "organisation", "organization", "fund", "group", "office",
    "ministry", "association", "network", "federation", "bureau", "front", "partnership", "corporation",
    "company", "inc", "inc.", "ltd", "trust", "board", "university", "department", "regulator",
    "commissioner", "ombudsman", "international", "secretariat", "hotline",
}
_CONNECTORS = {"of", "for", "the", "and", "de", "des", "du", "la", "le", "et", "&", "against", "to"}
_TOKEN = r"(?:[A-Z0-9][\w’'.\-&+]*|[a-z]{1,2}[A-Z][\w’'.\-&+]*|l[’']\w+|d[’']\w+)"  # "eWorldwide", "l'Informatique"
_CAP_RUN = re.compile(rf"{_TOKEN}(?:\s+(?:(?:of|for|the|and|de|des|du|la|le|et|&|against|to|on|in)\s+)*{_TOKEN})*")
_ACRONYM = re.compile(r"\(([A-Za-z][A-Za-z0-9&+\-]{1,9})\)")
_INTRO = re.compile(
    r"\b(?:[Jj]oint\s+)?(?:[Ii]nformation\s+[Dd]ocuments?|[Cc]ontributions?|[Pp]resentations?|[Pp]roposals?|"
    r"[Ss]tatements?)\s+(?:(?:by|from)\s+)?(?:the\s+)?(?=[A-Z0-9]|[a-z]{1,2}[A-Z])")
_SPEAKER = re.compile(r"\b(?:[Rr]epresentatives?|[Dd]elegates?|[Dd]elegations?|[Ss]peakers?)\s+(?:from|of)\s+"
                      r"(?:the\s+)?(?=[A-Z0-9])")
_SUBMITTED = re.compile(r"\b(?:presented|proposed|submitted|co-sponsored|sponsored)\s+by\s+(?:the\s+)?(?=[A-Z0-9])")
_LEAD_CLAUSE = re.compile(r"^(?:(?:Following|After|During|In addition|Additionally|Furthermore|Moreover|Finally|"
                          r"Then|Subsequently)\b[^,]*|In (?:their|its|his|her) \w+),\s*")
_REPORTING_VERB = re.compile(
    r"\b(?:presented|introduced|discussed|highlighted|summari[sz]ed|covered|reaffirmed|emphasi[sz]ed|provided|"
    r"outlined|addressed|underscored|illustrated|explained|stated|raised|inquired|enquired|made|gave|shared|"
    r"proposed|reported|expressed|welcomed|noted|suggested|recommended|demonstrated|focus(?:s)?ed|aimed|brought|"
    r"engaged|asked|called|confirmed|mentioned|informed|announced|opened|described|requested|invited|supported|"
    r"submitted|delivered|elaborated|proceeded|advocated|urged|stressed|acknowledged|underlined|reviewed|"
    r"showcased|spoke|thanked|encouraged|recalled|offered|pointed|added|agreed|objected|opposed|questioned|"
    r"answered|replied|responded|commented|intervened|congratulated|updated|said|was aimed)\b")
# Words allowed in a speaker's subject besides the names: "The information document by", "Poland's contribution".
_SUBJECT_WORDS = {"the", "a", "an", "also", "then", "further", "its", "their", "his", "her", "joint", "information",
                  "document", "documents", "contribution", "contributions", "presentation", "presentations", "by",
                  "from", "of", "and", "representative", "representatives", "delegate", "delegates", "delegation",
                  "through", "were", "was", "in", "with", "on", "behalf", "'s", "’s", "statement", "for", "&",
                  "proposal", "further", "later", "subsequently", "finally", "firstly", "first", "secretariat",
                  "de", "des", "du", "la", "le", "et", "several", "countries", "including", "such", "as", "namely",
                  "many", "some", "other", "delegations", "member", "states", "participants", "together", "jointly"}
_SOME_OF_MANY = re.compile(r"\b(?:several|many|some|other|various|numerous|a number of)\s+(?:\w+\s+)?"
                           r"(?:countries|delegations|member states|states|participants|councillors|members)"
                           r"\s*,?\s*(?:including|such as|namely|among them)\b", re.I)
_NOT_PRESENTED = re.compile(r"\b(?:was|were) not (?:presented|introduced|delivered)\b")
# A list item naming a document: "CWG-COP-14/3: Proposal on revision ... from Russian Federation, Armenia".
_LISTED_DOCUMENT = re.compile(r"^(?:[\w\-/]+:\s*)?(?:Joint\s+)?(?:Information|Contribution|Presentation|Proposal|"
                              r"Update|Statement|Report)", re.I)
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bInc)(?<!\bNo)(?<!\bRev)\.\s+(?=[A-Z“\"])")


@dataclass(frozen=True)
class Mention:
    """One actor named by a passage, and whether it is the one presenting or speaking."""

    key: str  # "country:AE", or the organisation's key (its acronym or its name folded)
    name: str  # as shown to people
    kind: str  # "country" or "organisation"
    role: str  # "presenter" or "mentioned"


@dataclass(frozen=True)
class _Entry:
    key: str
    name: str
    kind: str


@dataclass
class Lexicon:
    """The names a report's passages are searched for, each leading to one actor."""

    entries: dict[str, _Entry] = field(default_factory=dict)  # surface form -> actor
    patterns: list[tuple[str, _Entry]] = field(default_factory=list)  # regular expressions -> actor
    _compiled: re.Pattern | None = None
    _patterns: re.Pattern | None = None
    _folded: re.Pattern | None = None

    def add(self, surface: str, entry: _Entry) -> None:
        surface = surface.strip()
        if surface.startswith("re:"):
            self.patterns.append((surface[3:], entry))
        elif surface and surface not in self.entries:
            self.entries[surface] = entry
        self._compiled = self._folded = None

    def knows(self, surface: str) -> _Entry | None:
        surface = surface.strip()
        found = self.entries.get(surface) or self._folded_entries().get(_fold(surface))
        if found:
            return found
        for pattern, entry in self.patterns:
            if re.fullmatch(pattern, surface):
                return entry
        return None

    def _folded_entries(self) -> dict[str, _Entry]:
        return {_fold(s): e for s, e in self.entries.items() if len(s.split()) > 1 or e.kind == ORGANISATION}

    def find(self, text: str) -> list[tuple[int, int, _Entry]]:
        """Every name in the text, longest first where names overlap."""
        if self._compiled is None:
            self._compile()
        spans = []
        for regex in (self._compiled, self._patterns, self._folded):
            for match in regex.finditer(text):
                entry = self._entry_for(match.group(0))
                if entry is not None:
                    spans.append((match.start(), match.end(), entry))
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
        chosen, end = [], -1
        for span in spans:
            if span[0] >= end:
                chosen.append(span)
                end = span[1]
        return chosen

    def _entry_for(self, surface: str) -> _Entry | None:
        if surface in self.entries:
            return self.entries[surface]
        return self.knows(surface)

    def _compile(self) -> None:
        # Single words and countries are matched with their case ("Chad", not "chad");
        # organisations of several words also in another case ("European commission").
        exact = sorted(self.entries, key=len, reverse=True)
        self._compiled = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(s) for s in exact) +
                                    r")(?![\w\-]|’\w\w|\.\w)")
        self._patterns = re.compile(r"(?<![\w\-])(?:" + ("|".join(p for p, _ in self.patterns) or "(?!)") +
                                    r")(?![\w\-])")
        folded = [re.escape(s) for s in exact if len(s.split()) > 1 and self.entries[s].kind != COUNTRY]
        self._folded = re.compile(r"(?<![\w\-])(?:" + ("|".join(folded) or "(?!)") + r")(?![\w\-])", re.I)


def _fold(name: str) -> str:
    """A key that merges spelling variants: case, accents, 'the', punctuation, '.org', centre/center."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"\.org\b", "", text).replace("center", "centre").replace("organization", "organisation")
    return re.sub(r"[^a-z0-9]+", "", text)


def _initials(name: str) -> str:
    """'Commission Nationale de l'Informatique et des Libertés' -> 'CNIL'; 'SouthWest Grid for Learning' -> 'SWGL'."""
    letters = []
    for word in name.split():
        word = re.sub(r"^[ld][’']", "", word)
        if word[:1].isupper():
            letters.extend(c for c in word if c.isupper())
    return "".join(letters)


def _base_lexicon() -> Lexicon:
    lexicon = Lexicon()
    for key, names in FIELD_BODIES:
        entry = _Entry(key, key, ORGANISATION)
        for name in (key, *names):
            lexicon.add(name, entry)
    host = _Entry("ITU", "ITU", HOST)
    for name in HOST_NAMES:
        lexicon.add(name, host)
    for country in countries():
        entry = _Entry(f"country:{country.code}", country.name, COUNTRY)
        for name in country.names:
            lexicon.add(name, entry)
    return lexicon


_DOCUMENT_WORDS = {"presentation", "presentations", "contribution", "contributions", "information", "document",
                   "documents", "joint", "by", "from", "proposal", "statement"}


def _clean_name(run: str) -> str:
    run = re.sub(r"\s*\([^)]*\)", "", run).strip(" ,;:-–")
    words = run.split()
    while words and (words[0].lower() in _CONNECTORS | _DOCUMENT_WORDS or re.search(r"[’']s$", words[0])):
        words = words[1:]
    while words and words[-1].lower() in _CONNECTORS:
        words = words[:-1]
    return " ".join(words).rstrip(".,")


def _names_after(text: str, start: int) -> list[tuple[str, str | None]]:
    """The names listed from ``start``: 'Kindernothilfe, Voice of Children (Nepal), and Center for ...'.

    Returns (name, acronym in brackets right after it, if any).
    """
    token = rf"(?:{_TOKEN}|\([^)]{{1,60}}\))"
    joiner = r"(?:(?:\s+(?:of|for|the|and|de|des|du|la|le|et|&|against|to))+\s+|\s+|,\s+(?:and\s+)?(?:the\s+)?)"
    match = re.match(rf"{token}(?:{joiner}{token})*", text[start:])
    if not match:
        return []
    run = match.group(0)
    # Split at commas outside brackets: "Voice of Children (Nepal), and Center for ... (Yayasan PKPA, Indonesia)".
    shielded = re.sub(r"\([^)]*\)", lambda m: m.group(0).replace(",", "\0"), run)
    parts = [p.replace("\0", ",") for p in re.split(r",\s+(?:and\s+)?(?:the\s+)?|\s+and\s+the\s+", shielded)]
    result = []
    for part in parts:
        acronym = _ACRONYM.search(part)
        name = _clean_name(part)
        if name and (name[0].isupper() or name[0].isdigit() or re.match(r"[a-z]{1,2}[A-Z]", name)):
            result.append((name, acronym.group(1) if acronym and _looks_like_acronym(acronym.group(1)) else None))
    return result


def _looks_like_acronym(token: str) -> bool:
    return sum(c.isupper() for c in token) >= 2 and not token.isdigit()


def _is_generic(name: str) -> bool:
    """'ITU Member States', 'Sector Members', 'Member States': groups, not organisations."""
    last = name.split()[-1].lower() if name.split() else ""
    if any(w.lower() in _HEAD_WORDS for w in name.split()):
        return False
    return last in {"states", "members", "partners", "stakeholders", "countries", "participants", "meeting",
                    "meetings", "delegates", "councillors", "chair", "vice-chair", "director"} or \
        name.lower() in {"chair", "vice chair", "vice-chair", "director", "expert", "an expert"}


def _has_head_word(name: str) -> bool:
    words = [w.lower().strip(".,") for w in name.split()]
    # "International" names a body only at the end ("ECPAT International"), not in "International IT Forum".
    return any(w in _HEAD_WORDS and (w != "international" or i == len(words) - 1) for i, w in enumerate(words))


class _Builder:
    """Collects the organisations a report introduces."""

    def __init__(self) -> None:
        self.lexicon = _base_lexicon()

    def register(self, name: str, acronym: str | None = None) -> None:
        name = _clean_name(name)
        if not name or len(name.split()) > 12 or _is_generic(name) or \
                len(name.split()) >= 3 and name.isupper() or \
                re.search(r"\bof \d+$", name):  # a title in capitals; "the Group of 129 participants"
            return
        known = self.lexicon.knows(name) or (self.lexicon.knows(acronym) if acronym else None)
        if known is not None and known.kind == COUNTRY:
            return  # "the United Arab Emirates (ECA)": the bracket names something else
        if known is None or known.kind == COUNTRY:
            if self._starts_with_known(name):
                return
            key = acronym.upper() if acronym else self._key_for(name)
            known = _Entry(key, f"{name} ({acronym})" if acronym else name, ORGANISATION)
        self.lexicon.add(name, known)
        if acronym:
            self.lexicon.add(acronym, known)

    def _starts_with_known(self, name: str) -> bool:
        """'ITU-D Study Group 2 Rapporteur Group Meetings' is the ITU-D, not a new body."""
        spans = self.lexicon.find(name)
        return bool(spans) and spans[0][0] == 0 and spans[0][2].kind != COUNTRY

    def _key_for(self, name: str) -> str:
        initials = _initials(name)
        for entry in set(self.lexicon.entries.values()):
            if entry.kind == ORGANISATION and len(initials) >= 3 and entry.key == initials:
                return entry.key  # 'Centre for Global IT Cooperation' is the CGITC
        return _fold(name)


def build_lexicon(texts: list[str]) -> Lexicon:
    """The lexicon of one report: countries, the field's bodies and the organisations the report introduces."""
    builder = _Builder()
    sentences = [s for text in texts for line in text.split("\n") for s in _SENTENCE_END.split(line.lstrip("• "))]
    # Names with their acronym in brackets: "Pakistan Telecommunication Authority (PTA)".
    for sentence in sentences:
        for match in _ACRONYM.finditer(sentence):
            if not _looks_like_acronym(match.group(1)):
                continue
            before = sentence[:match.start()].rstrip()
            runs = list(re.finditer(
                rf"{_TOKEN}(?:\s+(?:(?:of|for|the|and|de|des|du|la|le|et|&|against|to|on|in)\s+)*{_TOKEN})*$", before))
            if not runs:
                continue
            name = _clean_name(runs[-1].group(0))
            if builder.lexicon.knows(name) or (_has_head_word(name) and not name.startswith("ITU ")):
                builder.register(name, match.group(1))
    # Names after "information document by", "the representative from".
    introduced = []
    for sentence in sentences:
        for pattern in (_INTRO, _SPEAKER):
            for match in pattern.finditer(sentence):
                introduced += [(sentence, match.end(), name, acronym)
                               for name, acronym in _names_after(sentence, match.end())]
    # Names joined by '&' last, so that their parts are known when the report also names them apart.
    introduced.sort(key=lambda item: " & " in item[2])
    for sentence, start, name, acronym in introduced:
        at = sentence.find(name, start)
        known = builder.lexicon.find(sentence[at:]) if at >= 0 else []
        if known and known[0][0] == 0 and known[0][1] >= len(name):
            continue  # "the European commission" is the European Commission
        if not _split_ampersand(builder, name):
            builder.register(_country_prefix(builder.lexicon, name), acronym)
    # Capitalised names ending in Foundation, Ministry, Alliance ...
    prose = [s for text in texts for line in text.split("\n") if not line.startswith("•")
             for s in _SENTENCE_END.split(line)]  # list items are titles, in title case
    for sentence in prose:
        for match in _CAP_RUN.finditer(sentence):
            name = _clean_name(_drop_place_and_time(builder.lexicon, match.group(0)))
            words = name.split()
            if len(words) >= 2 and _has_head_word(name) and not name[0].isdigit() \
                    and not any(e.kind != COUNTRY and start == 0 for start, _, e in builder.lexicon.find(name)) \
                    and not _starts_sentence_generic(words):
                builder.register(name)
    return builder.lexicon


def _drop_place_and_time(lexicon: Lexicon, run: str) -> str:
    """'Study Group 17 in April 2025' -> 'Study Group 17'; '... Online Safety of Tanzania' -> '... Online Safety'."""
    run = re.split(r"\s+(?:in|on)\s+(?=\d|(?:January|February|March|April|May|June|July|August|September|October|"
                   r"November|December)\b)", run)[0]
    tail = re.search(r"\s+(?:of|in)\s+(?:the\s+)?(\S.*)$", run)
    if tail and (known := lexicon.knows(tail.group(1))) is not None and known.kind == COUNTRY:
        run = run[:tail.start()]
    return run


def _starts_sentence_generic(words: list[str]) -> bool:
    if words[0].lower() in {"chair", "chairman", "vice", "vice-chair", "director", "head", "president", "minister",
                            "co-convener", "convener", "secretary", "secretary-general", "deputy", "mr", "mrs",
                            "ms", "dr"}:
        return True  # a person's title: "Chair of the Group", "Director of ITU Development Bureau"
    return words[0].lower() in {"a", "an", "this", "these", "its", "their", "our", "each", "every", "national",
                                "key", "relevant", "several"} and len(words) < 3


def _split_ampersand(builder: _Builder, name: str) -> bool:
    """'Kindernothilfe & Voice of Children & Yayasan PKPA' is three bodies when the report names them apart."""
    parts = [p.strip() for p in name.split(" & ")]
    if len(parts) < 2 or not any(builder.lexicon.knows(p) for p in parts):
        return False
    for part in parts:
        builder.register(part)
    return True


def _country_prefix(lexicon: Lexicon, name: str) -> str:
    """'India of the G20 Toolkit' names India; 'Malta Foundation' is an organisation."""
    spans = lexicon.find(name)
    if spans and spans[0][0] == 0 and spans[0][2].kind == COUNTRY:
        rest = name[spans[0][1]:].split()
        if not rest or rest[0].lower() in _CONNECTORS:
            return name[:spans[0][1]]
    return name


# ----------------------------------------------------------------- attribution

def attribute(text: str, lexicon: Lexicon, inherited: tuple[Mention, ...] = (),
              continues: bool = False) -> tuple[Mention, ...]:
    """The actors a passage names, the presenters among them first.

    Args:
        text: the passage; bullet lines start with "•".
        lexicon: the report's lexicon (``build_lexicon``).
        inherited: presenters of the paragraph this passage continues.
        continues: the passage is a later piece of a paragraph, so its first
            sentence is not the paragraph's lead.
    """
    named = _actors_in(text, lexicon)
    presenters: dict[str, _Entry] = {m.key: _Entry(m.key, m.name, m.kind) for m in inherited}
    lines = text.split("\n")
    for number, line in enumerate(lines):
        is_bullet = line.startswith("•")
        sentences = _SENTENCE_END.split(line.lstrip("• ").strip())
        for index, sentence in enumerate(sentences):
            lead = index == 0 and (is_bullet or (number == 0 and not continues))
            for entry in _speakers(sentence, lexicon, lead, is_bullet):
                presenters.setdefault(entry.key, entry)
    mentions = [Mention(e.key, e.name, e.kind, PRESENTER) for e in presenters.values() if e.kind != HOST]
    mentions += [Mention(e.key, e.name, e.kind, MENTIONED) for e in named.values()
                 if e.key not in presenters and e.kind != HOST]
    return tuple(mentions)


def _actors_in(text: str, lexicon: Lexicon) -> dict[str, _Entry]:
    """Every actor named, countries inside organisation names included ('Malta Foundation' names Malta)."""
    found: dict[str, _Entry] = {}
    for start, end, entry in lexicon.find(text):
        found.setdefault(entry.key, entry)
        if entry.kind == ORGANISATION:
            for _, _, inner in lexicon.find(text[start:end]):
                if inner.kind == COUNTRY:
                    found.setdefault(inner.key, inner)
    for country in _countries_inside(text, lexicon):
        found.setdefault(country.key, country)
    return found


def _countries_inside(text: str, lexicon: Lexicon) -> list[_Entry]:
    countries_only = Lexicon({s: e for s, e in lexicon.entries.items() if e.kind == COUNTRY})
    return [e for _, _, e in countries_only.find(text)]


def _speakers(sentence: str, lexicon: Lexicon, lead: bool, bullet: bool) -> list[_Entry]:
    """Who presents or speaks in one sentence."""
    found: list[_Entry] = []
    if _NOT_PRESENTED.search(sentence):
        return found  # "The information document by X was not presented, as the intervenor was not onsite"
    for pattern in (_INTRO, _SPEAKER, _SUBMITTED) if (lead or bullet) else (_SPEAKER, _SUBMITTED):
        for match in pattern.finditer(sentence):
            if pattern is _INTRO and not _introduces_speaker(sentence, match, lead, bullet):
                continue
            found += _named_in_span(sentence, match.end(), lexicon)
    if bullet and _LISTED_DOCUMENT.match(sentence):
        for match in re.finditer(r"\b(?:by|from)\s+(?:the\s+)?(?=[A-Z])", sentence):
            found += [e for e in _named_in_span(sentence, match.end(), lexicon)]
    subject = _subject(sentence)
    # "Several countries, including Russia, Iran and Canada, engaged in discussions": each took the
    # floor, none is recorded putting anything before the group.
    named = _leaders(subject, lexicon) if subject and not _SOME_OF_MANY.search(subject) else []
    found += named
    if lead and not found:
        found += _document_subject(sentence, lexicon)
    return found


def _document_subject(sentence: str, lexicon: Lexicon) -> list[_Entry]:
    """'The presentation outlined the WeProtect Global Alliance's mission': the one it names first;
    'The presentation on "Huippula," a digital service by Save The Children Finland, focused': the one after 'by'."""
    sentence = _LEAD_CLAUSE.sub("", sentence.strip())
    verb = _REPORTING_VERB.search(sentence)
    if not verb or not re.match(r"(?:The|This|Their|Its)\s+(?:joint\s+)?(?:presentation|contribution|"
                                r"information document|statement)\b", sentence, re.I):
        return []
    subject = sentence[:verb.start()]
    if re.fullmatch(r"\s*\S+\s+(?:joint\s+)?(?:presentation|contribution|information document|statement)\s*",
                    subject, re.I):
        named = [e for _, _, e in lexicon.find(sentence[verb.end():]) if e.kind != HOST]
        return named[:1]
    by = re.search(r"\bby\s+(?:the\s+)?(?=[A-Z0-9])", subject)
    return _named_in_span(subject, by.end(), lexicon)[:1] if by else []


def _introduces_speaker(sentence: str, match: re.Match, lead: bool, bullet: bool) -> bool:
    # "The information document by X ..." at the start of a sentence, or anywhere in a list item.
    return bullet or match.start() <= 40 or lead and match.start() <= 80


def _named_in_span(sentence: str, start: int, lexicon: Lexicon) -> list[_Entry]:
    names = _names_after(sentence, start)
    # "Commission Nationale ... Libertés, France": the country after a body says where it is.
    while len(names) > 1 and lexicon.knows(names[-1][0]) and lexicon.knows(names[-1][0]).kind == COUNTRY \
            and not (lexicon.knows(names[-2][0]) and lexicon.knows(names[-2][0]).kind == COUNTRY):
        names = names[:-1]
    span_end = start
    for name, _ in names:
        at = sentence.find(name, span_end)
        if at >= 0:
            span_end = at + len(name)
    # A known name may run past the listed words ("UN Committee on the Rights of the Child").
    for begin, end, _ in lexicon.find(sentence[start:]):
        if begin < span_end - start:
            span_end = max(span_end, start + end)
    return _leaders(sentence[start:span_end], lexicon)


def _leaders(span: str, lexicon: Lexicon) -> list[_Entry]:
    """The actors in a speaker span, leaving out countries inside an organisation's name
    and places in brackets ("the Caribbean Telecommunications Union (Trinidad and Tobago)")."""
    span = re.sub(r"\([^)]*\)", lambda m: m.group(0) if _ACRONYM.fullmatch(m.group(0)) and _looks_like_acronym(m.group(0)) else "", span)
    return [e for _, _, e in lexicon.find(span) if e.kind != HOST]


def _subject(sentence: str) -> str | None:
    """The subject of a sentence whose verb reports speech, when it is made only of names."""
    sentence = _LEAD_CLAUSE.sub("", sentence.strip())
    verb = _REPORTING_VERB.search(sentence)
    if not verb:
        return None
    subject = sentence[:verb.start()].strip(" ,")
    if re.search(r"\b(?:was|were|is|are|been|be)$", subject) and verb.group(0) not in ("asked", "invited"):
        return None  # "the Overview by INHOPE was highlighted": a passive subject is not the speaker
    words = re.findall(r"\([^)]*\)|[’']s\b|[\w’'.\-&+]+", subject)
    if not words or len(words) > 40:  # a long subject is a list of names ("The ITU Regional Offices for ...")
        return None
    for word in words:
        if word.startswith("(") or word[:1].isupper() or word[:1].isdigit() or word.lower() in _SUBJECT_WORDS:
            continue
        return None
    return subject


# ----------------------------------------------------------------- the collection

def attribute_report(chunks: list[tuple[str | None, tuple[str, ...], int, str]]) -> list[tuple[Mention, ...]]:
    """Mentions for each chunk of one report, given (paragraph, section, part, text) in reading order.

    A later piece of a paragraph keeps the speakers of its first piece.
    """
    lexicon = build_lexicon([text for *_, text in chunks])
    result: list[tuple[Mention, ...]] = []
    speakers: tuple[Mention, ...] = ()
    for paragraph, section, part, text in chunks:
        inherited = speakers if part > 0 else ()
        mentions = attribute(text, lexicon, inherited, continues=part > 0)
        if part == 0:
            # A list's later pieces are other items, with speakers of their own.
            speakers = () if "\n•" in text else tuple(m for m in mentions if m.role == PRESENTER)
        result.append(mentions)
    return result


@dataclass(frozen=True)
class Actor:
    """An actor across the collection: its variants merged."""

    key: str
    name: str
    kind: str
    region: str | None = None


def merge_actors(names: dict[str, list[str]], kinds: dict[str, str]) -> dict[str, Actor]:
    """Each stored key -> the actor it belongs to, merging variants conservatively.

    A name without an acronym joins an acronym whose letters are its
    initials ('Commission Nationale de l'Informatique et des Libertés' ->
    CNIL, three letters at least); a name that begins another with a
    head word ('Malta Foundation' / 'Malta Foundation for the Well-being of
    Society') joins the longer one.
    """
    from collections import Counter

    region_of = {f"country:{c.code}": c.region for c in countries()}
    target = {key: key for key in names}
    acronyms = {key for key in names if re.fullmatch(r"[A-Z0-9&+\-]{3,10}", key)}
    by_initials = {re.sub(r"[^A-Z]", "", k): k for k in acronyms}
    for key, variants in names.items():
        if kinds.get(key) != ORGANISATION or key in acronyms:
            continue
        for variant in variants:
            initials = _initials(variant)
            if len(initials) >= 3 and initials in by_initials:
                target[key] = by_initials[initials]
                break
    folded = {key: _fold(Counter(v).most_common(1)[0][0]) for key, v in names.items() if v}
    for key, short in folded.items():
        if kinds.get(key) != ORGANISATION or target[key] != key:
            continue
        longer = [k for k, f in folded.items() if k != key and kinds.get(k) == ORGANISATION
                  and f.startswith(short) and len(f) > len(short)]
        words = Counter(names[key]).most_common(1)[0][0].split()
        if len(longer) == 1 and len(words) >= 2 and _has_head_word(" ".join(words)):
            target[key] = target[longer[0]]
    actors = {}
    for key in names:
        final = target[key]
        variants = [v for k in names if target[k] == final for v in names[k]]
        display = _display_name(final, variants)
        actors[key] = Actor(final, display, kinds.get(final, kinds.get(key, ORGANISATION)), region_of.get(final))
    return actors


def _display_name(key: str, variants: list[str]) -> str:
    from collections import Counter

    with_acronym = [v for v in variants if v.endswith(f"({key})")]
    if with_acronym:
        return Counter(with_acronym).most_common(1)[0][0]
    return Counter(variants).most_common(1)[0][0] if variants else key
