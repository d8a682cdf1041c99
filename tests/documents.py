"""Real PDF and DOCX files made from a report's text, for the reader tests.

The PDFs imitate what LibreOffice exports: a running header with the page
number on every page, wrapped lines, bullets, space between paragraphs.
"""

from __future__ import annotations

import re
from pathlib import Path

BULLETS = ("·", "–", "•")


def report_lines(txt_path: Path) -> list[str]:
    lines = txt_path.read_text(encoding="utf-8").splitlines()
    return [" ".join(line.split()) for line in lines if line.strip()]


def write_pdf(lines: list[str], path: Path, header: str) -> None:
    """Write ``lines`` as a paginated PDF with a running header."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import Paragraph, SimpleDocTemplate
    from xml.sax.saxutils import escape

    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    body.spaceBefore, body.spaceAfter = 4, 8
    bullet = body.clone("bullet", leftIndent=18, spaceBefore=0, spaceAfter=2)

    def draw_header(canvas, doc):
        canvas.setFont("Helvetica", 9)
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, f"{header} – page {doc.page}")

    story = []
    for line in lines:
        if line.startswith(BULLETS):
            # An en dash: the standard PDF fonts have no round bullet glyph.
            story.append(Paragraph(escape(line[1:].strip()), bullet, bulletText="\u2013"))
        else:
            story.append(Paragraph(escape(line), body))
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=2 * cm, bottomMargin=2 * cm)
    doc.build(story, onFirstPage=draw_header, onLaterPages=draw_header)


def write_docx(lines: list[str], path: Path, table_rows: list[list[str]] | None = None) -> None:
    """Write ``lines`` as a Word file: headings styled, bullets as list items."""
    import docx

    document = docx.Document()
    for line in lines:
        if line.startswith(BULLETS):
            document.add_paragraph(line[1:].strip(), style="List Bullet")
        elif re.match(r"^\d+\.?\s+[A-Z][^.]*$", line) and len(line.split()) < 10:
            document.add_paragraph(line, style="Heading 2")
        else:
            document.add_paragraph(line)
    if table_rows:
        table = document.add_table(rows=len(table_rows), cols=len(table_rows[0]))
        for r, row in enumerate(table_rows):
            for c, value in enumerate(row):
                table.cell(r, c).text = value
    document.save(str(path))
