"""Paragraphs to chunks that fit the embedding model's window.

Pure: the caller passes a token counter (the model's own tokenizer), so
the window is measured in the word pieces the model actually reads.
One numbered paragraph makes one chunk when it fits; a longer one is split
at sentence boundaries and every piece keeps the paragraph's number.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from .types import Chunk, Paragraph, Report

# Bump when the way chunks are cut or worded changes: the index rebuilds.
CHUNKER_VERSION = 7  # 7: no sentence ends inside brackets that close soon after
# The context line (report, meeting, section) added to the embedded text is
# cut to this many tokens so the paragraph itself keeps most of the window.
CONTEXT_TOKENS = 48

# A colon or semicolon does not end a sentence: what follows it ("an online game, "Sango's Adventure:
# Discover Online Safety"") read alone is a fragment.
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"\u201d\u2019\u00bb)]?\s+(?=\S)|\n")
# What may open a sentence besides a capital letter (of any script: "État", "Ça") or a digit.
_OPENERS = "\"\u201c\u2018\u00ab(\u2022"
# A list number standing alone before its item: "1." or "(2)" does not end a sentence.
# (At the start or after a colon only: "aged 9 to 12. The" does end a sentence.)
_LIST_NUMBER = re.compile(r"(?:^|[:;]\s*)\(?\d{1,2}[.)]$")
# Words ending in a full stop that do not end a sentence.
_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|Rev|Mod|St|No|Nos|Art|para|paras|vs|etc|e\.g|i\.e|"
                           r"Inc|Ltd|Co|Jr|Sr|approx|cf|ca)|\b[A-Z])\.$")

TokenCounter = Callable[[str], int]


def ends_in_abbreviation(text: str) -> bool:
    """Does the text end in a full stop that ends no sentence ("Mr.", "e.g.", an initial "C.")?"""
    return bool(_ABBREVIATION.search(text))


def opens_sentence(text: str, start: int) -> bool:
    """Does the word at ``start`` open the text or one of its sentences ("... like that. Did anyone ...")?

    A sentence opens with a capital whatever the word, so there it names no one; "Mr. Smith" does.
    """
    before = re.sub(r"[^\w.?!\n]+$", "", text[:start])  # spaces, quotes, brackets, "¿"
    if not before or before[-1] in "?!\n":
        return True
    return before[-1] == "." and not ends_in_abbreviation(before)


# A list item goes on from its lead-in: "Resolution 179 requested the Council: – to continue ...".
# Its first word is in lower case throughout: "eSafety" and "iPhone" open sentences of their own.
_LIST_ITEM = re.compile(r"^[\u2013\u2014\u2022\-\s]*[a-z][a-z'\u2019-]*(?=[\s,;:]|$)")


def is_list_item(sentence: str) -> bool:
    """Does the sentence go on from a lead-in before it (a dash, bullet or lower-case opening)?"""
    return bool(_LIST_ITEM.match(sentence))


def is_bulleted(sentence: str) -> bool:
    """Does the sentence open with a bullet or a dash ("• The Chair stated ...")?"""
    return bool(_BULLET.match(sentence))


_BULLET = re.compile(r"^\s*[\u2013\u2014\u2022-]\s")


def lead_in_of(sentences: list[str], position: int, bulleted: bool = False) -> int | None:
    """For a list item, where its lead-in ("... requested the Council:") is; None for a sentence that is not one.

    ``bulleted``: a bulleted whole sentence ("• The Chair stated ...") counts as an item too.
    """
    at = position - 1
    while at >= 0 and not sentences[at].rstrip().endswith(":"):
        if not (is_list_item(sentences[at]) or bulleted and is_bulleted(sentences[at])):
            return None  # the item's lead-in is not in this paragraph
        at -= 1
    return at if at >= 0 else None


def lead_ins(sentences: list[str]) -> list[int | None]:
    """For each sentence, where the lead-in of the list it is an item of is (a bulleted whole sentence
    counts as an item); None for a sentence that is no item, or whose lead-in is not in this paragraph."""
    return [lead_in_of(sentences, position, bulleted=True) if is_list_item(text) or is_bulleted(text) else None
            for position, text in enumerate(sentences)]


def item_with_lead_in(sentences: list[str], lead: int, position: int) -> str:
    """One readable sentence: the lead-in, then the item ("…" for the items between)."""
    item = sentences[position].lstrip("\u2013\u2014\u2022- \t")
    return f"{sentences[lead]} {'… ' if position - lead > 1 else ''}{item}"


# A sentence opening like this leans on the one before it: alone, its subject is lost.
DEPENDENT = re.compile(
    r"^(?:it|its|it's|they|their|them|theirs|this|these|that|those|he|she|his|her|hers|such|however|"
    r"furthermore|moreover|additionally|also|consequently|therefore|thus|hence|nevertheless|likewise|"
    r"similarly|in addition|in contrast|as a result|the latter|the former|the same|both|another|"
    r"(?P<noun>the (?:organi[sz]ation|program(?:me)?|initiative|representative|delegate|speaker|"
    r"campaign|project|alliance|foundation|presentation|report|contribution|country|group|committee)))\b",
    re.I)
# ... unless the noun is followed by whose it is: "The representative from Egypt", "The contribution
# by ITU Secretariat" name their subject.
_NAMED_AFTER = re.compile(r"\s+(?:from|of|by|for)\s+(?:the\s+)?[A-Z]")

def depends_on_previous(sentence: str) -> bool:
    """Does the sentence open with a pronoun or connective whose antecedent is in the sentence before?"""
    sentence = sentence.lstrip("\u2022 ")
    match = DEPENDENT.match(sentence)
    return bool(match) and not (match.group("noun") and _NAMED_AFTER.match(sentence, match.end()))


# How far after a full stop inside brackets they may close for it to end no sentence: a date or a
# place's name, not a sentence of its own.
_BRACKET_REACH = 24


def _inside_brackets(before: str, after: str) -> bool:
    """Is the full stop between ``before`` and ``after`` inside brackets that close soon after it?"""
    if before.count("(") <= before.count(")"):
        return False
    closing = after.find(")")
    return 0 <= closing <= _BRACKET_REACH and "(" not in after[:closing]


def split_sentences(text: str) -> list[str]:
    """Split text into sentences (and bullet lines), keeping every character."""
    pieces, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start() + len(match.group(0).rstrip())
        following = text[match.end():match.end() + 1]
        if match.group(0) != "\n" and not (following.isupper() or following.isdigit() or following in _OPENERS):
            continue  # "e.g. the", "para. 3 of": a sentence opens with a capital, a digit or a quote
        if match.group(0) != "\n" and ends_in_abbreviation(text[start:match.start()]):
            continue  # "Mr. Zavazava", "Rev. Bucharest", "Stella C. Erebor"
        if match.group(0) != "\n" and _LIST_NUMBER.search(text[start:match.start()].strip()):
            continue  # "1. First item": the number belongs to its item
        if match.group(0) != "\n" and _inside_brackets(text[start:match.start()], text[match.end():]):
            continue  # "Resolution 179 (Rev. Bucharest. 2022)": the brackets close three words on
        if match.group(0) != "\n" and text[match.start() - 1] == "!" and text[start:match.start()].count('"') % 2:
            continue  # an exclamation inside a quoted title: "Ask me! Your online safety friend"
        # keep the closing quote or bracket with its sentence
        pieces.append(text[start:end].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def sentence_pairs(sentences: list[str]) -> list[str]:
    """Each two neighbouring sentences as one text, to be embedded beside the sentences themselves.

    A paraphrase often matches what two sentences say together and neither says alone:
    "Will the planned talks with tech firms take place in a room or over the internet?" is
    answered by "The sessions will be held virtually", whose subject (a series of events with
    industry) is in the sentence before it.
    """
    return [f"{first} {second}" for first, second in zip(sentences, sentences[1:])]


def context_line(report: Report, paragraph: Paragraph) -> str:
    """What a chunk's vector should know besides its text."""
    parts = [report.title]
    if report.date_text:
        parts.append(report.date_text)
    parts.extend(paragraph.section)
    return " | ".join(parts)


def _split_long(sentence: str, budget: int, count: TokenCounter) -> list[str]:
    """Cut one over-long sentence at word boundaries."""
    words, pieces, current = sentence.split(), [], []
    for word in words:
        if current and count(" ".join(current + [word])) > budget:
            pieces.append(" ".join(current))
            current = []
        current.append(word)
    if current:
        pieces.append(" ".join(current))
    return pieces


def pack_sentences(sentences: Iterable[str], budget: int, count: TokenCounter) -> list[str]:
    """Greedily pack consecutive sentences into pieces of at most ``budget`` tokens."""
    pieces: list[str] = []
    current: list[str] = []
    for sentence in sentences:
        if count(sentence) > budget:
            if current:
                pieces.append(join_sentences(current))
                current = []
            pieces.extend(_split_long(sentence, budget, count))
            continue
        if current and count(join_sentences(current + [sentence])) > budget:
            pieces.append(join_sentences(current))
            current = []
        current.append(sentence)
    if current:
        pieces.append(join_sentences(current))
    return pieces


def join_sentences(sentences: list[str]) -> str:
    """Sentences (or pieces of a paragraph) as one text, in the order given."""
    # Bullets stay on their own lines so the passage reads like the report.
    text = ""
    for s in sentences:
        text = s if not text else text + ("\n" if s.startswith("\u2022") else " ") + s
    return text


def _truncate(text: str, budget: int, count: TokenCounter) -> str:
    if count(text) <= budget:
        return text
    words = text.split()
    while words and count(" ".join(words)) > budget:
        words = words[: max(1, len(words) * 3 // 4)] if len(words) > 8 else words[:-1]
    return " ".join(words)


def chunk_report(report: Report, max_tokens: int, count: TokenCounter) -> list[Chunk]:
    """Cut a report's paragraphs into chunks of at most ``max_tokens`` tokens of text."""
    chunks: list[Chunk] = []
    for paragraph in report.paragraphs:
        context = _truncate(context_line(report, paragraph), CONTEXT_TOKENS, count)
        if count(paragraph.text) <= max_tokens:
            pieces = [paragraph.text]
        else:
            pieces = pack_sentences(split_sentences(paragraph.text), max_tokens, count)
        for part, piece in enumerate(pieces):
            label = f"{paragraph.number} " if paragraph.number else ""
            chunks.append(Chunk(
                paragraph=paragraph.number,
                section=paragraph.section,
                pages=paragraph.pages,
                part=part,
                text=piece,
                embed_text=f"{context}\n{label}{piece}",
            ))
    return chunks
