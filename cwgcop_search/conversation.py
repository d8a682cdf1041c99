"""Follow-up questions resolved against the previous turns, by rules.

Pure: takes the new question and the earlier questions as the user and the
tool understood them, and returns the question to search for. "What about
Albania?" carries the previous subject over; "what did they recommend?"
puts the previous question's country or organisation in place of the
pronoun; a question with its own subject starts fresh.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_WHAT_ABOUT = re.compile(r"^\s*(?:and\s+)?(?:what|how)\s+about\s+(?:the\s+)?(.+?)\s*\??\s*$|"
                         r"^\s*and\s+(?:in\s+|for\s+|from\s+)?(?:the\s+)?(.+?)\s*\??\s*$", re.I)
_PRONOUN = re.compile(r"\b(they|them|their|theirs|it|its|he|she|him|his|her|this country|that country|"
                      r"this organi[sz]ation|that organi[sz]ation)\b", re.I)
_POSSESSIVE = {"their", "theirs", "its", "his", "her"}
# Plural subjects a follow-up can narrow to one country or organisation.
_GENERIC_SUBJECT = re.compile(r"\b(countries|member states|states|organi[sz]ations|members|governments)\b", re.I)
_MEETING = re.compile(r"[\w-]+ meeting", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_NOT_A_SUBJECT = {"CWG-COP", "CWG", "COP", "ITU", "Council", "Child", "Online", "Protection", "What", "Who",
                  "When", "How", "Which", "Where", "Why", "Did", "Does", "Is", "Are", "Was", "Were", "Give",
                  "The", "And", "In", "On", "At", "Of", "For", "I"}


@dataclass
class Conversation:
    """The questions asked so far, as understood (resolved)."""

    turns: list[str] = field(default_factory=list)

    def resolve(self, question: str) -> str:
        """The question to search for, given the conversation so far."""
        return resolve(question, self.turns)

    def add(self, resolved: str) -> None:
        self.turns.append(resolved)

    def clear(self) -> None:
        self.turns.clear()


def subjects(question: str) -> list[str]:
    """Runs of capitalised words after the first: the countries and organisations named."""
    words = re.findall(r"[\w][\w'’.&-]*", question)
    runs, current = [], []
    for position, word in enumerate(words):
        bare = re.sub(r"['’]s$", "", word)
        if position > 0 and bare[:1].isupper() and bare not in _NOT_A_SUBJECT:
            current.append(bare)
            continue
        if current:
            runs.append(" ".join(current))
            current = []
    if current:
        runs.append(" ".join(current))
    return runs


def resolve(question: str, history: list[str]) -> str:
    """Rewrite a follow-up as a question that stands on its own."""
    question = " ".join(question.split())
    if not history:
        return question
    previous = history[-1]
    before = subjects(previous)

    follow = _WHAT_ABOUT.match(question)
    if follow:
        new_subject = (follow.group(1) or follow.group(2)).strip()
        for pattern in (_MEETING, _YEAR):  # "what about the 22nd meeting?", "and in 2025?"
            if pattern.fullmatch(new_subject) and pattern.search(previous):
                return pattern.sub(new_subject, previous, count=1)
        if before:
            return previous.replace(before[0], new_subject, 1)
        if _GENERIC_SUBJECT.search(previous):
            return _GENERIC_SUBJECT.sub(new_subject, previous, count=1).replace(f"have {new_subject}",
                                                                                 f"has {new_subject}")
        return f"{previous.rstrip(' ?')}: {new_subject}?"

    if _PRONOUN.search(question) and not subjects(question) and before:
        def name(match: re.Match) -> str:
            word = match.group(1).lower()
            return f"{before[0]}'s" if word in _POSSESSIVE else before[0]
        return _PRONOUN.sub(name, question, count=1)
    return question


_WORD = re.compile(r"\w[\w'’-]*")
# Words that say nothing about what a follow-up asks for.
_FILLER = {"and", "what", "about", "how", "the", "a", "an", "in", "for", "from", "of", "on", "to", "did", "do",
           "does", "is", "are", "was", "were", "then", "too", "also", "there"}


def _words(text: str) -> set[str]:
    return {w.lower().strip("'’") for w in _WORD.findall(text)}


def rewrite_is_acceptable(rewrite: str, question: str, history: list[str]) -> bool:
    """Whether another's rewrite of a follow-up (a language model's) may replace the rules' one.

    It must name everything the follow-up adds (the new subject), must not keep a
    subject of the previous question that the rules replaced (so "And Egypt?" after
    "What did Albania present in 2023?" may not still be about Albania), and must keep
    at least as much of the previous question as the rules' rewrite does.
    """
    if not history:
        return False
    ruled = resolve(question, history)
    asked = _words(question) - _FILLER
    written = _words(rewrite)
    if not asked <= written:
        return False
    replaced = {w for subject in subjects(history[-1]) for w in _words(subject)} - _words(ruled) - asked
    if replaced & written:
        return False
    carried = _words(history[-1]) - _FILLER - replaced
    return len(carried & written) >= len(carried & _words(ruled))
