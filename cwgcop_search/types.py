"""Plain data passed between the pipeline stages.

Each stage takes and returns these frozen dataclasses, so a stage can be
tested with hand-made inputs and nothing downstream re-parses text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Block:
    """One paragraph-like unit of text as a reader found it.

    ``style`` is what the source says about the block ("heading", "list",
    "table" or "body"); plain text sources only ever say "body".
    ``pages`` is empty when the source has no pages (TXT, DOCX).
    """

    text: str
    pages: tuple[int, ...] = ()
    style: str = "body"


@dataclass(frozen=True)
class SourceText:
    """What a reader extracted from one file."""

    path: str
    file_type: str  # "pdf", "docx", "txt"
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """A citable unit of a report: a numbered paragraph with its bullets.

    ``number`` is the report's own paragraph number ("5.9"), or None for the
    unnumbered text before the first numbered paragraph of a section.
    ``section`` is the heading path, outermost first.
    """

    number: str | None
    text: str
    section: tuple[str, ...] = ()
    pages: tuple[int, ...] = ()


@dataclass(frozen=True)
class Report:
    """A parsed report: its metadata and its paragraphs in reading order."""

    title: str
    body: str  # the issuing body, e.g. "CWG-COP"
    kind: str  # "meeting report", "four-year report", "report to Council"
    meetings: tuple[int, ...]
    dates: tuple[str, ...]  # ISO dates (first day of each meeting)
    date_text: str  # the dates as the report writes them
    chair: str | None
    paragraphs: tuple[Paragraph, ...]
    headings: tuple[str, ...] = ()  # every section heading, in reading order
    language: str = "en"  # ISO 639-1 code of the report's language (languages.py): en fr es ru ar zh

    @property
    def years(self) -> tuple[int, ...]:
        return tuple(sorted({int(d[:4]) for d in self.dates}))


@dataclass(frozen=True)
class Chunk:
    """A piece of a paragraph small enough for the embedding model.

    ``text`` is what a reader sees; ``embed_text`` adds the heading path so
    the vector knows the context the paragraph sits in.
    """

    paragraph: str | None
    section: tuple[str, ...]
    pages: tuple[int, ...]
    part: int  # 0 for the first (or only) piece of a paragraph
    text: str
    embed_text: str


@dataclass(frozen=True)
class DocumentInfo:
    """A document as the index knows it."""

    doc_id: int
    source: str  # path relative to the corpus directory
    file_type: str
    title: str
    kind: str
    meetings: tuple[int, ...]
    dates: tuple[str, ...]
    date_text: str
    chair: str | None
    n_chunks: int = 0
    language: str = "en"  # ISO 639-1, as detected at index time


def where_cited(title: str, date: str | None, paragraph: str | None, section: str | None,
                page: str | int | None) -> str:
    """'Report of the 19th meeting, 2023, para. 5.9, p. 3'. A passage without a number is
    cited by its heading ("Financial implications"), so two such passages of one report differ."""
    parts = [title, date, f"para. {paragraph}" if paragraph else section or "front matter",
             f"p. {page}" if page else None]
    return ", ".join(str(p) for p in parts if p)


def citation_line(citation: dict) -> str:
    """Where a citation record (``answer.citation_of``) points, as the CLI and exports print it."""
    pages = citation.get("pages") or ()
    page = f"{pages[0]}-{pages[-1]}" if len(pages) > 1 and pages[0] != pages[-1] else citation["page"]
    return where_cited(citation["title"], citation["date"], citation["paragraph"], citation.get("section"), page)


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with everything needed to cite it."""

    rank: int
    score: float
    chunk_id: int
    text: str
    source: str
    title: str
    kind: str
    meetings: tuple[int, ...]
    date_text: str
    section: tuple[str, ...]
    paragraph: str | None
    pages: tuple[int, ...]
    also: tuple["Passage", ...] = ()  # near-identical text elsewhere, collapsed into this one
    language: str = "en"  # the language the passage's report is written in
    presenters: tuple[str, ...] = ()  # who presents in it, read for a list of examples (retrieval.with_presenters)
    # In a report of several meetings, a passage naming none follows the last named before it
    # ("The main results of the meeting were:" after "In the twenty-first meeting, ...").
    meetings_before: tuple[int, ...] = ()

    @property
    def page_label(self) -> str | None:
        """'3', '3-4' or None where the source has no pages."""
        if not self.pages:
            return None
        first, last = self.pages[0], self.pages[-1]
        return str(first) if first == last else f"{first}-{last}"

    @property
    def date_label(self) -> str:
        """The meeting date, or the span of years for a report covering several meetings."""
        if len(self.meetings) <= 1:
            return self.date_text
        years = sorted(set(re.findall(r"\b(?:19|20)\d\d\b", self.date_text)))
        return f"{years[0]}-{years[-1]}" if len(years) > 1 else (years[0] if years else self.date_text)

    @property
    def citation(self) -> str:
        """A short human citation: report, date, paragraph, page."""
        return where_cited(self.title, self.date_label, self.paragraph, " > ".join(self.section), self.page_label)

    def to_dict(self) -> dict:
        meeting: int | list[int] | None = list(self.meetings) if len(self.meetings) > 1 else (
            self.meetings[0] if self.meetings else None)
        return {
            "rank": self.rank,
            "score": round(float(self.score), 4),
            "text": self.text,
            "source": self.source,
            "title": self.title,
            "meeting": meeting,
            "date": self.date_text,
            "section": " > ".join(self.section),
            "paragraph": self.paragraph,
            "page": self.pages[0] if self.pages else None,
            "pages": list(self.pages),
            "language": self.language,
            "presenters": list(self.presenters),
            "also_in": [{"source": p.source, "title": p.title, "date": p.date_text,
                         "section": " > ".join(p.section), "paragraph": p.paragraph,
                         "page": p.pages[0] if p.pages else None} for p in self.also],
        }


@dataclass(frozen=True)
class Answer:
    """The answer to one question, with the passages it rests on."""

    question: str
    answer: str
    abstained: bool
    passages: tuple[Passage, ...]
    citations: tuple[dict, ...] = ()
    id: object = None
    resolved_question: str | None = None  # the follow-up as understood, when it differs
    mode: str = "extractive"  # or "generative"
    note: str | None = None  # e.g. why a generative answer fell back to the extractive one
    language: str = "en"  # the question's language (ISO 639-1), as detected

    def cited_passage(self, citation: dict) -> "Passage | None":
        """The passage a citation record points at: by its chunk (several passages may share no
        paragraph number), or for a record without one, by report and paragraph."""
        if "chunk_id" in citation:
            return next((p for p in self.passages if p.chunk_id == citation["chunk_id"]), None)
        return next((p for p in self.passages
                     if (p.source, p.paragraph) == (citation.get("source"), citation.get("paragraph"))), None)

    def to_dict(self) -> dict:
        record = {
            "id": self.id,
            "question": self.question,
            "answer": self.answer,
            "abstained": self.abstained,
            "citations": list(self.citations),
            "passages": [p.to_dict() for p in self.passages],
            "language": self.language,
        }
        if self.resolved_question and self.resolved_question != self.question:
            record["resolved_question"] = self.resolved_question
        if self.mode != "extractive":
            record["mode"] = self.mode
        if self.note:
            record["note"] = self.note
        return record


@dataclass(frozen=True)
class Verdict:
    """What became of one file of the corpus at its last indexing."""

    source: str
    status: str  # "indexed", "indexed with warnings" or "skipped"
    reason: str = ""  # when skipped: unsupported, empty, damaged, encrypted, scanned, too_large,
    #                   too_many_pages, timeout, unreadable
    message: str = ""
    paragraphs: int = 0
    pages: int = 0  # 0 where the format has no pages (TXT, DOCX)
    warnings: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {"source": self.source, "status": self.status, "reason": self.reason, "message": self.message,
                "paragraphs": self.paragraphs, "pages": self.pages, "warnings": list(self.warnings)}


@dataclass(frozen=True)
class IndexReport:
    """What one indexing run did."""

    added: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    skipped: tuple[str, ...] = ()  # unknown extension or unreadable, with reason
    warnings: tuple[str, ...] = ()
    rebuilt: bool = False
    n_chunks: int = 0
    verdicts: tuple[Verdict, ...] = ()  # one per file of the corpus folder

    @property
    def n_skipped(self) -> int:
        return sum(v.status == "skipped" for v in self.verdicts)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed or self.rebuilt)


@dataclass(frozen=True)
class Filters:
    """Restrictions on which documents a search may return."""

    sources: tuple[str, ...] = ()
    meetings: tuple[int, ...] = ()
    years: tuple[int, ...] = ()
    kinds: tuple[str, ...] = ()
    date_from: str | None = None
    date_to: str | None = None
    actors: tuple[str, ...] = ()  # countries or organisations the passage must name (actors.py)
    languages: tuple[str, ...] = ()  # ISO 639-1 codes of the reports' languages

    @property
    def empty(self) -> bool:
        return not (self.sources or self.meetings or self.years or self.kinds
                    or self.date_from or self.date_to or self.actors or self.languages)


__all__ = [
    "Block", "SourceText", "Paragraph", "Report", "Chunk", "DocumentInfo",
    "Passage", "Answer", "IndexReport", "Filters", "Verdict",
]
