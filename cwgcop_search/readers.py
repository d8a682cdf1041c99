"""Readers: PDF, DOCX and TXT/MD files to blocks of text with their pages.

The only module that opens source documents. Each reader returns a
SourceText whose blocks are whole paragraphs: PDF lines wrapped inside a
paragraph are joined back, running headers and footers are dropped and
hyphenation at line ends is undone.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from .errors import ReaderError
from .types import Block, SourceText

SUPPORTED_EXTENSIONS = {".pdf": "pdf", ".docx": "docx", ".txt": "txt", ".md": "txt"}

# Bullet glyphs seen in exports: the Symbol font's private-use bullet from
# Word/LibreOffice PDFs, middle dot, bullet, dashes, small squares.
BULLET_CHARS = "\uf0b7\u00b7\u2022\u2023\u25aa\u25cf\u25e6\u2043\u2013\u2014\uf0a7\uf0d8"
_BULLET_LINE = re.compile(rf"^\s*[{BULLET_CHARS}]\s*")
# A paragraph number followed by the wide gap a tab leaves in layout text.
_NUMBER_AND_TAB = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s{2,}\S")
_DOTTED_NUMBER = re.compile(r"^\s*\d+(?:\.\d+)+\.?\s+\S")
_PAGE_NUMBER_ONLY = re.compile(r"^\W*(?:page\s*)?\d+(?:\s*(?:of|/)\s*\d+)?\W*$", re.I)
_TERMINAL = re.compile(r"[.:;!?)\"\u201d\u2019]$")
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")

# A line shorter than this share of the page's longest line ends its paragraph.
SHORT_LINE_RATIO = 0.6
# Lines within this many lines of the top or bottom of a page may be running
# headers or footers.
RUNNING_ZONE = 3


def file_type_of(path: Path) -> str | None:
    """The reader kind for a path, or None when no reader handles it."""
    return SUPPORTED_EXTENSIONS.get(path.suffix.lower())


def read_document(path: Path) -> SourceText:
    """Read any supported file; raises ReaderError naming the file."""
    path = Path(path)
    kind = file_type_of(path)
    if kind is None:
        raise ReaderError(
            f"{path.name}: files of type '{path.suffix or '(none)'}' are not supported; "
            f"use one of {', '.join(sorted(SUPPORTED_EXTENSIONS))}.")
    if not path.is_file():
        raise ReaderError(f"{path}: no such file.")
    return {"pdf": read_pdf, "docx": read_docx, "txt": read_text}[kind](path)


# --------------------------------------------------------------------- TXT

def decode_text(data: bytes) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8, falling back to cp1252 then Latin-1 with a warning."""
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as exc:
        where = exc.start
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, [f"not valid UTF-8 (first bad byte at offset {where}); "
                      f"read as {encoding}, some characters may be wrong. "
                      f"Save the file as UTF-8 to silence this warning."]
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def read_text(path: Path) -> SourceText:
    """A TXT or Markdown file: one block per non-empty line."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReaderError(f"{path}: cannot be read ({exc.strerror}).") from exc
    text, warnings = decode_text(data)
    blocks = tuple(Block(line) for line in text.splitlines() if line.strip())
    return SourceText(str(path), "txt", blocks, tuple(f"{path.name}: {w}" for w in warnings))


# -------------------------------------------------------------------- DOCX

def read_docx(path: Path) -> SourceText:
    """A Word file: paragraphs and tables in document order, with their style."""
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
        raise ReaderError(f"{path}: not a readable DOCX file ({exc}). "
                          f"Re-save it from Word or LibreOffice.") from exc
    blocks: list[Block] = []
    for item in document.iter_inner_content():
        if isinstance(item, docx.table.Table):
            blocks.extend(_table_blocks(item))
            continue
        text = item.text
        if text.strip():
            blocks.append(Block(text, (), _docx_style(item)))
    return SourceText(str(path), "docx", tuple(blocks))


def _docx_style(paragraph) -> str:
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
    lowered = name.lower()
    if lowered.startswith("heading") or lowered == "title":
        return "heading"
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None
    if "list" in lowered or numbered:
        return "list"
    return "body"


def _table_blocks(table) -> list[Block]:
    """One block per table row, cells separated by ' | ' (merged cells once)."""
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if cells:
            rows.append(Block(" | ".join(cells), (), "table"))
    return rows


# --------------------------------------------------------------------- PDF

def read_pdf(path: Path) -> SourceText:
    """A PDF: text per page in layout order, rebuilt into paragraphs."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReaderError(f"{path}: the PDF is password-protected; "
                              f"save an unprotected copy and index that.")
        pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    except ReaderError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError) as exc:
        raise ReaderError(f"{path}: not a readable PDF ({exc}).") from exc
    warnings = []
    if pages and not any(p.strip() for p in pages):
        warnings.append(f"{path.name}: the PDF has no text layer (scanned?); "
                        f"run it through OCR first.")
    page_lines = strip_running_lines([p.splitlines() for p in pages])
    return SourceText(str(path), "pdf", tuple(layout_lines_to_blocks(page_lines)), tuple(warnings))


def _shape(line: str) -> str:
    """A line with digits masked, so 'page 3' and 'page 4' compare equal."""
    return re.sub(r"\d+", "#", " ".join(line.split())).lower()


def strip_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove running headers/footers and bare page numbers from each page.

    A line near the top or bottom of a page is running text when the same
    shape (digits masked) sits near the top or bottom of at least half the
    pages, or when it is only a page number.
    """
    def zone(lines: list[str]) -> list[int]:
        filled = [i for i, line in enumerate(lines) if line.strip()]
        return sorted(set(filled[:RUNNING_ZONE] + filled[-RUNNING_ZONE:]))

    counts: Counter[str] = Counter()
    for lines in pages:
        counts.update({_shape(lines[i]) for i in zone(lines)})
    needed = max(2, (len(pages) + 1) // 2)
    cleaned = []
    for lines in pages:
        drop = {i for i in zone(lines)
                if (len(pages) > 1 and counts[_shape(lines[i])] >= needed)
                or _PAGE_NUMBER_ONLY.match(lines[i])}
        cleaned.append([line for i, line in enumerate(lines) if i not in drop])
    return cleaned


def layout_lines_to_blocks(pages: list[list[str]]) -> list[Block]:
    """Join wrapped layout lines into paragraph blocks, tracking pages.

    A new block starts after a blank line, at a bullet, at a paragraph
    number followed by a tab gap or after a short line; a page's first
    block continues the previous page's last block when that one did not
    end on a short line and the new page does not open with a marker.
    """
    vocabulary = Counter(w.lower() for lines in pages for line in lines for w in _WORD.findall(line))
    blocks: list[dict] = []
    for page_no, lines in enumerate(pages, start=1):
        widest = max((len(line.rstrip()) for line in lines), default=0) or 1
        previous: str | None = None  # None: at page start or after a blank line
        for raw in lines:
            line = raw.replace("\xa0", " ").rstrip()
            if not line.strip():
                if previous is not None and blocks:
                    blocks[-1]["closed"] = True
                previous = None
                continue
            marker = bool(_BULLET_LINE.match(line) or _NUMBER_AND_TAB.match(line))
            starts_new = (
                not blocks
                or marker
                or blocks[-1]["closed"]
                or (previous is not None and len(previous) < SHORT_LINE_RATIO * widest)
                or (previous is not None and _DOTTED_NUMBER.match(line) and _TERMINAL.search(previous))
                or (previous is None and not _continues_across_page(blocks[-1], line))
            )
            if starts_new:
                style = "list" if _BULLET_LINE.match(line) else "body"
                text = _BULLET_LINE.sub("", line) if style == "list" else line
                blocks.append({"lines": [" ".join(text.split())], "pages": [page_no],
                               "style": style, "closed": False, "last_len": len(line), "widest": widest})
            else:
                block = blocks[-1]
                block["lines"].append(" ".join(line.split()))
                if block["pages"][-1] != page_no:
                    block["pages"].append(page_no)
                block["last_len"], block["widest"] = len(line), widest
            previous = line
        if blocks:
            # A page break closes a block only when its last line was short.
            last = blocks[-1]
            if last["last_len"] < SHORT_LINE_RATIO * last["widest"]:
                last["closed"] = True
    return [Block(_join_lines(b["lines"], vocabulary), tuple(b["pages"]), b["style"]) for b in blocks]


def _continues_across_page(block: dict, line: str) -> bool:
    if block["closed"]:
        return False
    return not (_BULLET_LINE.match(line) or _NUMBER_AND_TAB.match(line) or _DOTTED_NUMBER.match(line))


def _join_lines(lines: list[str], vocabulary: Counter) -> str:
    """Join wrapped lines with spaces, undoing hyphenation at line ends.

    A hyphen at a line end is kept when the hyphenated word is a real
    compound ("service-specific"); it is removed when the document elsewhere
    spells the word whole ("protec-" + "tion"). Soft hyphens always go.
    """
    text = lines[0]
    for line in lines[1:]:
        if text.endswith("\u00ad"):
            text = text[:-1] + line
            continue
        match = re.search(r"([A-Za-z]+)-$", text)
        head = _WORD.match(line)
        if match and head and line[0].islower():
            whole = (match.group(1) + head.group(0)).lower()
            if vocabulary[whole] > 0:
                text = text[:-1] + line
                continue
            text = text + line
            continue
        text = f"{text} {line}"
    return text.replace("\u00ad", "")
