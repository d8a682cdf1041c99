"""What the collection itself says about its words: acronyms and their long forms.

Pure: reads the indexed text, returns pairs. Reports define their acronyms
the usual way, "Child Online Protection (COP)", so the pairs are mined from
that pattern rather than listed by hand: whatever a user adds to the library
defines its own.
"""

from __future__ import annotations

import re
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


def _spells(words: list[str], letters: str) -> bool:
    """Do the words spell the letters, every content word giving the next letter in order?

    A word may give more letters after its first, in order ("SouthWest" SW, "Anti-Money" AM,
    "Online" OL in "Safety for Children and their Rights Online (SCROL)"). A linking word ("of",
    "and", "their") may give a letter ("ToT") or be skipped.
    """
    def match(w: int, l: int) -> bool:
        if w == len(words):
            return l == len(letters)
        word = words[w].lower()
        if l < len(letters) and word[0] == letters[l]:
            given, position = l + 1, 0
            while True:  # its first letter alone, then one more inner letter at a time
                if match(w + 1, given):
                    return True
                position = word.find(letters[given], position + 1) if given < len(letters) else -1
                if position < 0:
                    break
                given += 1
        return word in _LINKING and match(w + 1, l)
    first = words[0].lower() if words else ""
    return bool(first) and first not in _LINKING and first[0] == letters[0] and match(0, 0)


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
        # From two words on: a word may give several letters ("SouthWest Grid for Learning (SWGfL)").
        for n in range(2, min(len(before), 2 * len(letters) + _SLACK) + 1):
            if _spells(before[-n:], letters):
                found.append((acronym.lower(), letters, " ".join(before[-n:]).lower()))
                break
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
