"""Answers a delegate can quote: sentences taken from the passages, each cited.

Extractive and pure: the answer is made of whole sentences copied from the
retrieved passages, so no sentence can say what its source does not. Each
ends with a marker [n]; citation n gives the report, meeting, date,
paragraph, page and the quoted sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .chunking import DEPENDENT, depends_on_previous, is_list_item, item_with_lead_in, lead_in_of, lead_ins
from .languages import language_name
from .query import STEM, QueryPlan, has_word, stem_key, tokens
from .abstention import answer_type, counts_asked, holds_role_asked, is_signature, kind_asked, spelt_in
from .retrieval import about_meeting
from .types import Answer, Passage

NOT_ANSWERED = "The reports don't say."
# How sentences are picked (MAX_SENTENCES, SCORE_WINDOW, COVERAGE_WEIGHT, RANK_PENALTY,
# LEAD_FROM_TOP): eval/tune_answer.py searched 576 settings on dev. Once a long paragraph's chunks
# came back as one passage (retrieval._join_parts), the setting tuned on four fifths of dev did
# better on the fifth left out than the values before (evidence 0.819 against 0.797 over five
# folds) and it is the one set here: a wider window (0.2, was 0.12) and less weight on key words
# (0.15, was 0.3). It quotes more: 3.4 sentences, 624 characters on average (was 2.9, 537).
# At most this many sentences are read out, those brought in for their subject included.
MAX_SENTENCES = 4
# A sentence joins the answer only if it scores within this of the best one.
SCORE_WINDOW = 0.2
# Sentences are drawn from this many of the best passages.
PASSAGES_USED = 5
# How much a sentence's share of the question's key words adds to its cosine.
COVERAGE_WEIGHT = 0.15
# How much a sentence loses for each place its passage stands below the best one.
RANK_PENALTY = 0.02
# Always quote the best sentence of the best passage: the reranker's order holds signals
# (the meeting or year named, agenda lists) that a sentence's own cosine lacks.
LEAD_FROM_TOP = False


@dataclass(frozen=True)
class Picking:
    """How an answer's sentences are chosen; eval/tune_answer.py searches these on dev."""

    window: float = SCORE_WINDOW
    max_sentences: int = MAX_SENTENCES
    rank_penalty: float = RANK_PENALTY
    coverage: float = COVERAGE_WEIGHT
    lead_from_top: bool = LEAD_FROM_TOP


# Sentences this similar in wording to one already chosen are redundant.
REDUNDANT = 0.6
_ENDS_SENTENCE = re.compile(r"[.!?][\"\u201d\u2019)]?$")
# Examples answers list up to this many sentences, one line per source.
EXAMPLE_LINES = 5
_TIME_QUESTION = re.compile(r"^\s*(when|what year|which year|since when|how long)\b|\btimeline\b|\bover the years\b",
                            re.I)


def citation_of(n: int, passage: Passage, quote: str | None = None) -> dict:
    """The citation record for passage number ``n``."""
    return {
        "n": n,
        "source": passage.source,
        "title": passage.title,
        "meeting": passage.to_dict()["meeting"],
        "date": passage.date_label,
        "paragraph": passage.paragraph,
        "section": " > ".join(passage.section),
        "page": passage.pages[0] if passage.pages else None,
        "pages": list(passage.pages),
        "chunk_id": passage.chunk_id,
        "quote": quote if quote is not None else passage.text,
        # The same paragraph in the report's other renditions (another language, say): cited as well.
        "also": [twin.citation for twin in passage.also],
    }


def _clean(sentence: str) -> str:
    return sentence.lstrip("\u2022 ").strip()


def _words(text: str) -> set[str]:
    return set(tokens(text))


def _with_stems(words: set[str]) -> set[str]:
    """The words and their stem keys: "Albanian" holds "Albania"."""
    return words | {stem_key(w) for w in words if len(w) >= STEM}


def _overlap(a: set[str], b: set[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def _coverage(plan: QueryPlan | None, words: set[str], passage_words: set[str] = frozenset()) -> float:
    """Share of the question's topic words in a sentence; years and meeting numbers are left
    to retrieval, which already used them to pick the report. A name counts when the sentence's
    paragraph holds it: one about Pakistan says "PTA established ..." without naming it again."""
    terms = [t for t in (plan.key_terms if plan else ()) if not any(c.isdigit() for c in t)]
    if not terms:
        return 0.0
    fixes = dict(plan.corrected)
    names = set(plan.names) | set(plan.described)
    return sum(1 for t in terms if t in words or fixes.get(t) in words
               or (t in names and has_word(passage_words, t))) / len(terms)


def _names_any(plan: QueryPlan, names: tuple[str, ...], text: str) -> bool:
    words = _with_stems(_words(text))
    return any(has_word(words, name) or spelt_in(plan, name, words) for name in names)


def _off_hint(plan: QueryPlan | None, passage: Passage) -> bool:
    """The question names a meeting and this passage is not about it."""
    return bool(plan and plan.meetings and not about_meeting(plan.meetings, passage.meetings, passage.text,
                                                             passage.meetings_before))


def opens_with_noun(sentence: str) -> bool:
    """Does the sentence open with "the organisation", "the presentation" and the like?"""
    match = DEPENDENT.match(sentence.lstrip("\u2022 "))
    return bool(match and match.group("noun"))


# How many sentences back a leaning sentence may be quoted from: "It had been created by children"
# leans on "Also, ITU had launched its mascot", which leans on "They had been launched", which
# leans on "The ITU Guidelines had been updated". Set on dev (evidence 0.824 at 2, 0.832 at 3 and 4).
ANTECEDENT_REACH = 3


def _antecedent(own: list[str], position: int) -> int | None:
    """Where the sentence at ``position`` must be quoted from for its subject to be there, or None."""
    start = position
    while start > 0 and position - start < ANTECEDENT_REACH and depends_on_previous(own[start]):
        start -= 1
    if depends_on_previous(own[start]) and not (start == 0 and opens_with_noun(own[0])):
        # A paragraph may open with "The presentation outlined ...": the thing it reports on,
        # which its citation names. A pronoun or a connective there has lost its subject.
        return None
    return start


def _with_antecedents(chosen: list[tuple[str, Passage, int]], sentences: dict[int, list[tuple[str, float]]]):
    """Bring in the sentence(s) before each dependent one, from the same paragraph; drop one that has none.

    Returns (sentence, passage, position) without repeats.
    """
    result: dict[tuple[int, int], tuple[str, Passage, int]] = {}
    for text, passage, position in chosen:
        own = [_clean(t) for t, _ in sentences.get(passage.chunk_id, [])] or [text]
        position = min(position, len(own) - 1)
        if text != own[position] or is_list_item(own[position]) or is_signature(passage.text):
            # already whole (select_sentences): an item read with its lead-in, a signature
            result.setdefault((passage.chunk_id, position), (text, passage, position))
            continue
        start = _antecedent(own, position)
        if start is None:
            continue  # its subject is nowhere to be found: not an answer on its own
        for at in range(start, position + 1):
            result.setdefault((passage.chunk_id, at), (own[at], passage, at))
    return list(result.values())


def select_sentences(plan: QueryPlan | None, passages: tuple[Passage, ...],
                     sentences: dict[int, list[tuple[str, float]]],
                     picking: Picking = Picking()) -> list[tuple[str, Passage, int]]:
    """The sentences that best answer the question: (sentence, its passage, its position)."""
    question = plan.question if plan else ""
    usable = [p for p in passages[:PASSAGES_USED] if not _off_hint(plan, p)]
    if plan is not None and plan.years and not plan.meetings:
        # "in 2023": prefer the passages dated or naming that year, when there are any.
        dated = [p for p in usable if any(str(y) in text for y in plan.years
                                          for text in (p.date_text, p.text, *p.section))]
        usable = dated or usable
    if plan is not None and (plan.names or plan.described):
        # "What has Albania done ...?": answer from passages that name Albania, when there are any.
        # A long paragraph is cut into pieces and often names its subject only in the first: the
        # other pieces of a paragraph that names Albania are about Albania too.
        wanted_names = plan.names + plan.described
        named = {(p.source, p.paragraph) for p in usable if _names_any(plan, wanted_names, p.text)}
        naming = [p for p in usable if (p.source, p.paragraph) in named
                  and (p.paragraph is not None or _names_any(plan, wanted_names, p.text))]
        usable = naming or usable
    wanted = answer_type(question, composing=True)
    candidates = []
    for rank, passage in enumerate(usable):
        passage_words = _with_stems(_words(passage.text))
        raw = sentences.get(passage.chunk_id, [])  # bullets kept: they tell the items of a list
        own = [_clean(t) for t, _ in raw]
        leads = lead_ins([t for t, _ in raw])
        if wanted is not None and is_signature(passage.text) and wanted(passage.text):
            # A signature is a name and a role on two lines, no sentence: it is read out as one.
            text = " ".join(passage.text.split())
            cosine = max((c for _, c in sentences.get(passage.chunk_id, ())), default=0.0)
            words = _words(text)
            score = cosine + picking.coverage * _coverage(plan, words, passage_words) - picking.rank_penalty * rank
            candidates.append((score, text, passage, 0, words, 0))
            continue
        for position, (text, cosine) in enumerate(sentences.get(passage.chunk_id, ())):
            text = own[position]
            words = _words(text)
            opens_list = text.endswith(":") and wanted is not None and wanted(text)
            if len(words) < 3 or not (_ENDS_SENTENCE.search(text) or opens_list):
                # A heading, an agenda item or a list's lead-in is not an answer, unless the lead-in
                # holds what the question asks for: "The results of the meeting, held on 26 May, were:".
                continue
            if is_list_item(text):
                lead = lead_in_of(own, position)
                if lead is None:
                    continue  # an item without its lead-in opens mid-thought
                text, start = item_with_lead_in(own, lead, position), position
            else:
                start = _antecedent(own, position)
            if opens_list and (items := [at for at, lead in enumerate(leads) if lead == position]):
                # The lead-in holds what is asked ("… held on 26 January 2021, were:"); the item under
                # it nearest the question says which of the things listed the answer is about.
                text = item_with_lead_in(own, position, max(items, key=lambda at: raw[at][1]))
                words = _words(text)
            if start is None:
                continue  # it would be dropped for want of its subject: leave its place to another
            coverage = _coverage(plan, words, passage_words)
            score = cosine + picking.coverage * coverage - picking.rank_penalty * rank
            candidates.append((score, text, passage, position, words, start))
    shows = kind_asked(plan) if plan is not None else None
    nearest = {p.chunk_id for p in usable[:2]}
    counting = [c for c in candidates if counts_asked(plan, c[1])] if plan is not None and plan.counted else []
    if shows is not None and any(shows.search(c[1]) for c in candidates if c[2].chunk_id in nearest):
        # "What is the helpline's phone number?", "Who funds the programme?" are answered by the sentence
        # giving one in the best passage or the next (as ``kind_missing`` reads them); "who funds" asks
        # for a funder more than for a name.
        candidates = [c for c in candidates if shows.search(c[1]) and c[2].chunk_id in nearest]
    elif counting:
        # "How many recommendations did the watchdog publish?" is answered by the sentence counting them
        # ("eight recommendations"), not by the best passage's account of the watchdog, nor by its
        # count of other things ("500 children" for "how many years does the initiative run?").
        candidates = counting
    elif wanted is not None and any(wanted(c[1]) for c in candidates
                                    if c[2].chunk_id == usable[0].chunk_id or plan is not None and plan.wants_share):
        # "Who chaired ...?" is answered by the sentence naming someone, however close in meaning
        # the sentence saying when the meeting was held; when the best passage has none, its
        # own words answer better than another passage's "The document by X". A share asked for is
        # answered only by one given ("one-third of internet users"), whichever passage gives it.
        candidates = [c for c in candidates if wanted(c[1])]
        # "Who is the Chair ...?": the Chair's name, not the Vice-Chair's, when a passage gives it.
        candidates = [c for c in candidates if holds_role_asked(question, c[1])] or candidates
    if not candidates:
        return []
    candidates.sort(key=lambda c: -c[0])
    best = candidates[0][0]
    spread = plan is not None and plan.wants_examples
    limit = max(picking.max_sentences, EXAMPLE_LINES) if spread else picking.max_sentences
    if picking.lead_from_top:  # the best sentence of the best passage first, whatever its score
        lead = next((i for i, c in enumerate(candidates) if c[2].chunk_id == usable[0].chunk_id), None)
        if lead is not None:
            candidates.insert(0, candidates.pop(lead))
    chosen: list[tuple[float, str, Passage, int, set[str], int]] = []
    quoted: set[tuple[int, int]] = set()
    for candidate in candidates:
        score, text, passage, position, words, start = candidate
        if len(quoted) >= limit or (score < best - picking.window and not spread and chosen):
            break
        if any(_overlap(words, other[4]) >= REDUNDANT for other in chosen):
            continue
        if spread and any(other[2].chunk_id == passage.chunk_id for other in chosen):
            continue  # examples: one sentence per passage, so several sources speak
        # The limit counts every sentence read out, the ones brought in for their subject too.
        span = {(passage.chunk_id, at) for at in range(start, position + 1)} - quoted
        if len(quoted) + len(span) > limit:
            continue
        chosen.append(candidate)
        quoted |= span
    return _with_antecedents([(text, passage, position) for _, text, passage, position, _, _ in chosen], sentences)


def presenter_label(presenters: tuple[str, ...]) -> str:
    """How a line of a list of examples names who presents it: "Bahamas, CTU and OECS: "."""
    if not presenters:
        return ""
    names = presenters[0] if len(presenters) == 1 else f"{', '.join(presenters[:-1])} and {presenters[-1]}"
    return f"{names}: "


def _labelled(line: str, presenters: tuple[str, ...]) -> str:
    """A line of a list of examples, led by who presents it unless the line names one of them."""
    return line if any(_names(line, name) for name in presenters) else presenter_label(presenters) + line


def _names(line: str, name: str) -> bool:
    """Does the line name the actor: its whole name, an acronym it gives in brackets, the
    capitalised words it opens with ("Malta Foundation" of "Malta Foundation for the Well-being of
    Society"), or a first word that is an acronym or has a digit ("5Rights")? One capitalised word
    of a long name is not enough: "United" is also the United States'."""
    acronyms = re.findall(r"\(([^()\s]+)\)", name)
    whole = name.split(" (")[0]
    lead = re.match(r"[^\s(]+(?:\s+[A-Z0-9][^\s(]*)*", whole)
    first = whole.split()[0] if whole.split() else ""
    forms = [whole, *acronyms, lead.group(0) if lead else "",
             first if first.isupper() or any(c.isdigit() for c in first) else ""]
    return any(form and re.search(rf"(?<![\w-]){re.escape(form)}(?![\w-])", line) for form in forms)


def _order(selected: list[tuple[str, Passage, int]], chronological: bool, ranks: dict[int, int]):
    if chronological:
        return sorted(selected, key=lambda s: ((s[1].date_text and _first_date(s[1])) or "9999", ranks[s[1].chunk_id],
                                               s[2]))
    # Keep each passage's sentences together, in reading order, passages by rank.
    return sorted(selected, key=lambda s: (ranks[s[1].chunk_id], s[2]))


def _first_date(passage: Passage) -> str:
    years = re.findall(r"\b(?:19|20)\d\d\b", passage.date_text)
    return years[0] if years else "9999"


def compose(question: str, passages: tuple[Passage, ...], sentences: dict[int, list[tuple[str, float]]],
            plan: QueryPlan | None = None, abstained: bool = False, reason: str | None = None,
            question_id: object = None, picking: Picking = Picking()) -> Answer:
    """A short extractive answer with a citation marker after every sentence.

    When retrieval abstained the answer says so and cites nothing; the
    passages stay attached as the nearest ones, labelled as such.
    """
    if not passages:
        text = f"{NOT_ANSWERED[:-1]} ({reason})." if reason else NOT_ANSWERED + " No passage matches the question."
        return Answer(question, text, True, (), (), question_id, language=plan.language if plan is not None else "en")
    if abstained:
        why = f" ({reason})" if reason else ""
        return Answer(question, f"{NOT_ANSWERED[:-1]}{why}. The passages below are the nearest ones, shown for "
                      "reference; none of them answers the question.", True, tuple(passages), (), question_id,
                      language=plan.language if plan is not None else "en")
    selected = select_sentences(plan, passages, sentences, picking)
    if not selected:  # passages without sentence data: quote the best passage
        selected = [(_clean(passages[0].text.split("\n")[0]), passages[0], 0)]
    ranks = {p.chunk_id: i for i, p in enumerate(passages)}
    ordered = _order(selected, bool(_TIME_QUESTION.search(question)), ranks)
    numbers: dict[int, int] = {}
    citations: list[dict] = []
    lines: list[str] = []
    as_list = plan is not None and plan.wants_examples and len({s[1].chunk_id for s in ordered}) > 1
    for text, passage, _ in ordered:
        new = passage.chunk_id not in numbers
        if new:
            numbers[passage.chunk_id] = len(numbers) + 1
            citations.append(citation_of(numbers[passage.chunk_id], passage, text))
        else:
            record = citations[numbers[passage.chunk_id] - 1]
            record["quote"] = f"{record['quote']} {text}"
        cited = f"{text} [{numbers[passage.chunk_id]}]"
        if as_list and new:
            lines.append(f"- {_labelled(cited, passage.presenters)}")  # one line per source: a country or organisation
        elif lines:
            lines[-1] += " " + cited
        else:
            lines.append(cited)
    language = plan.language if plan is not None else "en"
    return Answer(question, "\n".join(lines) if as_list else " ".join(lines), False, tuple(passages),
                  tuple(citations), question_id, note=language_note(language, [p for _, p, _ in ordered]),
                  language=language)


def language_note(question_language: str, quoted: list[Passage]) -> str | None:
    """Which language the quotes are in, when it is not the question's."""
    others = list(dict.fromkeys(p.language for p in quoted if p.language != question_language))
    if not others:
        return None
    names = " and ".join(language_name(code) for code in others)
    reports = "reports" if len({p.source for p in quoted}) > 1 else "report"
    return f"Question in {language_name(question_language)}; quoted from the {reports} in {names}, as written."


def language_line(answer: Answer) -> str | None:
    """"Question in French", for the CLI and the app, unless the answer's note already says it."""
    line = f"Question in {language_name(answer.language)}"
    return None if answer.note and line in answer.note else line


def with_note(answer: Answer, note: str) -> Answer:
    """The answer with one more note, after the one it has (which may say the quotes' language)."""
    return replace(answer, note=f"{answer.note} {note}" if answer.note else note)


def from_checked(question: str, kept: list[tuple[str, int]], passages: tuple[Passage, ...],
                 dropped: int, question_id: object = None, language: str = "en") -> Answer:
    """A generative answer made of the sentences that passed the support check.

    Markers are renumbered in order of first use so they match the citation list.
    """
    numbers: dict[int, int] = {}
    citations: list[dict] = []
    lines = []
    for sentence, cited in kept:
        passage = passages[cited - 1]
        if cited not in numbers:
            numbers[cited] = len(numbers) + 1
            citations.append(citation_of(numbers[cited], passage, passage.text))
        lines.append(f"{sentence} [{numbers[cited]}]")
    note = (f"{dropped} sentence{'s' if dropped != 1 else ''} of the model's answer removed: "
            f"not supported by the passage cited.") if dropped else None
    return Answer(question, " ".join(lines), False, tuple(passages), tuple(citations), question_id,
                  mode="generative", note=note, language=language)
