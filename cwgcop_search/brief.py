"""The brief a delegate takes into the room: pinned answers, passages, contributions and practices.

Pure: items are built from what the engine returned, kept in a tuple the
user reorders, and written as Markdown or DOCX with a heading per item and
full citations (report, meeting, date, paragraph, page, file).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from .export import xml_safe
from .types import Answer, Passage


@dataclass(frozen=True)
class Source:
    """Where a piece of the brief comes from, cited in full."""

    title: str
    meeting: str
    date: str
    section: str
    paragraph: str | None
    page: str | None
    file: str
    quote: str = ""

    @property
    def citation(self) -> str:
        parts = [self.title, f"meeting {self.meeting}" if self.meeting else "", self.date,
                 f"para. {self.paragraph}" if self.paragraph else self.section, f"p. {self.page}" if self.page else ""]
        return ", ".join(p for p in parts if p) + f" ({self.file})"


def source_of(passage: Passage, quote: str = "") -> Source:
    meetings = passage.meetings
    meeting = "" if not meetings else str(meetings[0]) if len(meetings) == 1 else f"{meetings[0]}-{meetings[-1]}"
    return Source(passage.title, meeting, passage.date_text, " > ".join(passage.section), passage.paragraph,
                  passage.page_label, passage.source, quote)


@dataclass(frozen=True)
class BriefItem:
    """One pinned item: a heading, its text and its sources."""

    kind: str  # "answer", "passage", "contribution" or "practice"
    heading: str
    text: str
    sources: tuple[Source, ...]

    @property
    def key(self) -> str:
        """The same thing pinned twice is one item."""
        return f"{self.kind}|{self.heading}|" + "|".join(s.citation for s in self.sources)


def from_answer(question: str, answer: Answer) -> BriefItem:
    sources = []
    for citation in answer.citations:
        passage = answer.cited_passage(citation)
        if passage is not None:
            sources.append(source_of(passage, citation["quote"]))
    return BriefItem("answer", question, answer.answer, tuple(sources))


def from_passage(passage: Passage, heading: str | None = None, quote: str = "") -> BriefItem:
    return BriefItem("passage", heading or passage.citation, passage.text, (source_of(passage, quote),))


def from_contribution(contribution) -> BriefItem:
    """An item from ``contributions.Contribution``: what the actor presented, summed up in one sentence."""
    passage = contribution.passage
    heading = f"{contribution.actor.name}, {passage.date_label}"
    return BriefItem("contribution", heading, contribution.summary, (source_of(passage, contribution.summary),))


def from_practice(practice, topic: str) -> BriefItem:
    """An item from ``contributions.Practice``: one actor's practice on a topic."""
    heading = f"{practice.actor.name}: {topic}"
    return BriefItem("practice", heading, practice.summary, (source_of(practice.passage, practice.summary),))


def pin(items: tuple[BriefItem, ...], item: BriefItem) -> tuple[BriefItem, ...]:
    """Add an item at the end, unless it is already in the brief."""
    return items if any(i.key == item.key for i in items) else items + (item,)


def move(items: tuple[BriefItem, ...], index: int, offset: int) -> tuple[BriefItem, ...]:
    """Move one item up (offset -1) or down (+1); out of range leaves the brief as it was."""
    target = index + offset
    if not (0 <= index < len(items) and 0 <= target < len(items)):
        return items
    order = list(items)
    order[index], order[target] = order[target], order[index]
    return tuple(order)


def remove(items: tuple[BriefItem, ...], index: int) -> tuple[BriefItem, ...]:
    return tuple(item for i, item in enumerate(items) if i != index)


def to_markdown(items: tuple[BriefItem, ...], title: str = "CWG-COP brief") -> str:
    """The brief as Markdown: a heading per item, its text, then its sources with their quotes."""
    lines = [f"# {title}", "", f"Prepared {date.today().isoformat()} from the CWG-COP reports.", ""]
    for number, item in enumerate(items, start=1):
        lines += [f"## {number}. {item.heading}", "", item.text, ""]
        for source in item.sources:
            lines.append(f"- {source.citation}")
            if source.quote and source.quote != item.text:
                lines.append(f"  > {source.quote}")
        lines.append("")
    return "\n".join(lines)


def to_docx(items: tuple[BriefItem, ...], title: str = "CWG-COP brief") -> bytes:
    """The brief as a Word document, ready to edit into an intervention."""
    import docx

    document = docx.Document()
    document.add_heading(xml_safe(title), level=1)
    document.add_paragraph(f"Prepared {date.today().isoformat()} from the CWG-COP reports.")
    for number, item in enumerate(items, start=1):
        document.add_heading(xml_safe(f"{number}. {item.heading}"), level=2)
        document.add_paragraph(xml_safe(item.text))
        for source in item.sources:
            line = document.add_paragraph(style="List Bullet")
            line.add_run(xml_safe(source.citation)).bold = True
            if source.quote and source.quote != item.text:
                line.add_run(xml_safe(f": “{source.quote}”"))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
