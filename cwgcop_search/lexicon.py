"""What the collection itself says about its words: acronyms and their long forms.

Pure: reads the indexed text, returns pairs. Reports define their acronyms
the usual way, "Child Online Protection (COP)", so the pairs are mined from
that pattern rather than listed by hand: whatever a user adds to the library
defines its own.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

# Small words that may sit inside a long form without a letter in the acronym ("Training of Trainers").
_LINKING = frozenset("a an and as at by de des du for in of on the to through with & et la le les their its".split())
_ACRONYM = re.compile(r"\(([A-Z][A-Za-z0-9]{0,2}[A-Z][A-Za-z0-9+&-]{0,8})\)")
_WORD = re.compile(r"[^\W\d_][\w'’+-]*", re.UNICODE)
# How far before the bracket a long form may start, in words, beyond one per letter.
_SLACK = 4


def _letters(acronym: str) -> str:
    """The letters a long form must spell: "ISPs" -> "isp", "BIK+" -> "bik", "ToT" -> "tot"."""
    core = re.sub(r"s$", "", acronym) if re.search(r"[A-Z]s$", acronym) else acronym
    return "".join(c.lower() for c in core if c.isalpha())


def _initials(words: list[str], letters: str) -> int | None:
    """How many of the letters the words give as their first letters, when they spell them; else None.

    Every content word gives the next letter, and may give more after it, in order: letters written
    as capitals or after a hyphen ("SouthWest Grid for Learning (SWGfL)", "Anti-Money Laundering"),
    and in a long form of three content words or more any letter ("Online" gives OL in "Safety for
    Children and their Rights Online (SCROL)"); two words spell too much that way ("Ursula Samuels
    (USA)"). A linking word ("of", "and", "their") may give a letter ("ToT") or be skipped.
    """
    first = words[0].lower() if words else ""
    if not first or first in _LINKING or first[0] != letters[0]:
        return None
    any_inner = sum(1 for w in words if w.lower() not in _LINKING) >= 3

    def inner(word: str, start: int, letter: str) -> int:
        """The next place after ``start`` where the word may give the letter, or -1."""
        return next((p for p in range(start + 1, len(word)) if word[p].lower() == letter
                     and (any_inner or word[p].isupper() or word[p - 1] == "-")), -1)

    @lru_cache(maxsize=None)
    def best(w: int, l: int) -> int:  # -1: the rest cannot be spelt
        if w == len(words):
            return 0 if l == len(letters) else -1
        word, found = words[w], -1
        if l < len(letters) and word[0].lower() == letters[l]:
            given, position = l + 1, 0
            while True:  # its first letter alone, then one more inner letter at a time
                rest = best(w + 1, given)
                found = max(found, rest + 1 if rest >= 0 else -1)
                position = inner(word, position, letters[given]) if given < len(letters) else -1
                if position < 0:
                    break
                given += 1
        if word.lower() in _LINKING:
            found = max(found, best(w + 1, l))
        return found

    result = best(0, 0)
    return result if result >= 0 else None


def definitions_in(text: str) -> list[tuple[str, str, str]]:
    """Every "Long Form (LF)" definition in one text, in order: (acronym, its letters, long form), lower case.

    Per text, so an index can keep each passage's definitions and merge them
    (``merge_definitions``) without reading the passages again.
    """
    found = []
    for match in _ACRONYM.finditer(text):
        acronym = match.group(1)
        letters = _letters(acronym)
        if len(letters) < 2:
            continue
        before = _WORD.findall(text[max(0, match.start() - 200):match.start()])
        # Of the spans before the bracket that spell it, the one whose words give most of the letters as
        # their first, then the shortest: "Rwanda Utilities Regulatory Authority (RURA)", not its last two words.
        spans = [(-initials, n) for n in range(2, min(len(before), 2 * len(letters) + _SLACK) + 1)
                 if (initials := _initials(before[-n:], letters)) is not None]
        if spans:
            n = min(spans)[1]
            found.append((acronym.lower(), letters, " ".join(before[-n:]).lower()))
    return found


def merge_definitions(definitions: Iterable[tuple[str, str, str]]) -> dict[str, str]:
    """Lower-case acronym -> long form, from definitions in reading order (``definitions_in``).

    When an acronym is defined more than once with different long forms, the
    first one found is kept.
    """
    found: dict[str, str] = {}
    for acronym, letters, long_form in definitions:
        if acronym.rstrip("+") in found:  # "BIK+" is kept as "bik"
            continue
        found[acronym.rstrip("+")] = long_form
        found.setdefault(letters, long_form)  # "ISP" for "ISPs"
    return found


def mine_acronyms(texts: Iterable[str]) -> dict[str, str]:
    """Lower-case acronym -> lower-case long form, from "Long Form (LF)" patterns in ``texts``."""
    return merge_definitions(d for text in texts for d in definitions_in(text))


def spell_out(text: str, acronyms: dict[str, str]) -> str:
    """The text with each acronym the collection defines followed, once, by its long form in brackets:
    "information sessions on COP related matters" -> "... on COP (child online protection) related ...".

    For the model that embeds a sentence: a report defines an acronym once and then writes it bare,
    so a sentence read alone says "COP" where a paraphrase says "keeping children safe online".
    Only an acronym written as one (capitals or digits, "ISPs", "SG17") is spelt out, not a word
    that happens to share its letters ("pop", "cop"), nor one whose long form the text already holds.
    """
    if not acronyms:
        return text
    spelt, lowered = set(), text.lower()

    def expand(match: re.Match) -> str:
        written = match.group(0)
        key = written.lower()
        long_form = acronyms.get(key) or acronyms.get(_letters(written))
        if (not long_form or key in spelt or long_form in lowered
                or sum(c.isupper() or c.isdigit() for c in written) < 2 or written.lower() == written):
            return written
        spelt.add(key)
        return f"{written} ({long_form})"

    return _WRITTEN_ACRONYM.sub(expand, text)


# A word written as an acronym: capitals, maybe digits, a plural "s" or a lower-case letter inside ("ToT").
# Not part of a document symbol: "CWG-COP-19/12".
_WRITTEN_ACRONYM = re.compile(r"(?<![\w/-])[A-Z][A-Za-z0-9+&-]*[A-Z0-9][A-Za-z0-9+&]*s?(?![\w/-])")
