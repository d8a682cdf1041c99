"""A conversation, with its answers, citations and quotes, as Markdown or DOCX.

The start of an intervention brief: each question, the answer with its
markers, and the numbered sources with the sentences quoted from them.
"""

from __future__ import annotations

import io
import re
from datetime import date
from typing import Iterable

from .types import Answer, citation_line

Turn = tuple[str, Answer]


# Characters XML 1.0 forbids (python-docx refuses them); they can come from a
# question typed by a user or from a damaged report.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` without the characters a Word document cannot hold."""
    return _NOT_XML.sub("", text)


def _also(citation: dict) -> str:
    """The paragraph's other renditions, after its citation: "; also Rapport ..., para. 2.2"."""
    return "".join(f"; also {twin}" for twin in citation.get("also", ()))


def to_markdown(turns: Iterable[Turn], title: str = "CWG-COP brief") -> str:
    """The conversation as Markdown: questions as headings, answers, then their sources."""
    lines = [f"# {title}", "", f"Prepared {date.today().isoformat()} from the CWG-COP reports.", ""]
    for question, answer in turns:
        lines += [f"## {question}", ""]
        if answer.resolved_question and answer.resolved_question != question:
            lines += [f"*Understood as: {answer.resolved_question}*", ""]
        lines += [answer.answer, ""]
        for citation in answer.citations:
            lines.append(f"{citation['n']}. {citation_line(citation)} ({citation['source']}){_also(citation)}")
            lines.append(f"   > {citation['quote']}")
        lines.append("")
    return "\n".join(lines)


def to_docx(turns: Iterable[Turn], title: str = "CWG-COP brief") -> bytes:
    """The conversation as a Word document, ready to edit into an intervention."""
    import docx

    document = docx.Document()
    document.add_heading(xml_safe(title), level=1)
    document.add_paragraph(f"Prepared {date.today().isoformat()} from the CWG-COP reports.")
    for question, answer in turns:
        document.add_heading(xml_safe(question), level=2)
        if answer.resolved_question and answer.resolved_question != question:
            document.add_paragraph().add_run(xml_safe(f"Understood as: {answer.resolved_question}")).italic = True
        document.add_paragraph(xml_safe(answer.answer))
        for citation in answer.citations:
            item = document.add_paragraph(style="List Number")
            item.add_run(xml_safe(f"[{citation['n']}] {citation_line(citation)}{_also(citation)}. ")).bold = True
            item.add_run(xml_safe(f"“{citation['quote']}”"))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
