"""Answers built from retrieved passages.

For now the answer lists the top passages with their citations; cited
extractive answers come next.
"""

from __future__ import annotations

from .types import Answer, Passage


def citation_of(n: int, passage: Passage) -> dict:
    """The citation record for passage number ``n``."""
    meeting = passage.to_dict()["meeting"]
    return {
        "n": n,
        "source": passage.source,
        "title": passage.title,
        "meeting": meeting,
        "date": passage.date_text,
        "paragraph": passage.paragraph,
        "page": passage.pages[0] if passage.pages else None,
        "quote": passage.text,
    }


NOT_ANSWERED = "The reports don't say."


def list_passages(question: str, passages: list[Passage] | tuple[Passage, ...], abstained: bool = False,
                  question_id: object = None, reason: str | None = None) -> Answer:
    """An answer that quotes the top passages, each with its citation marker.

    When retrieval abstained the answer says so and no passage is cited;
    the passages stay attached as the nearest ones, labelled as such.
    """
    if not passages:
        return Answer(question, NOT_ANSWERED + " No passage matches the question.", True, (), (), question_id)
    if abstained:
        why = f" ({reason})" if reason else ""
        return Answer(question, f"{NOT_ANSWERED[:-1]}{why}. The passages below are the nearest ones, shown for "
                      "reference; none of them answers the question.", True, tuple(passages), (), question_id)
    lines = [f"{_excerpt(p.text)} [{n}]" for n, p in enumerate(passages[:3], start=1)]
    citations = tuple(citation_of(n, p) for n, p in enumerate(passages, start=1))
    return Answer(question, "\n".join(lines), False, tuple(passages), citations, question_id)


def _excerpt(text: str, limit: int = 300) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"
