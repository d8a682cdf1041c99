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
_LETTERED = re.compile(r"^\s*[a-z]\)\s+\S")
_NUMBER_AND_TAB = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s{2,}\S")
# A paragraph or section number starting a line ("5.9 The", "6. Other", "II. CWG").
_NUMBER_START = re.compile(r"^\s*(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s+[A-Z0-9\u201c\"(]")
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


def read_document(path: Path, max_pages: int | None = None) -> SourceText:
    """Read any supported file; raises ReaderError naming the file and the reason.

    Args:
        path: the file.
        max_pages: refuse PDFs with more pages than this (None: no limit).
    """
    path = Path(path)
    kind = file_type_of(path)
    if kind is None:
        raise ReaderError(
            f"{path.name}: files of type '{path.suffix or '(none)'}' are not supported; "
            f"use one of {', '.join(sorted(SUPPORTED_EXTENSIONS))}.", "unsupported")
    try:
        if path.stat().st_size == 0:
            raise ReaderError(f"{path.name}: the file is empty (0 bytes).", "empty")
        if kind == "pdf":
            return read_pdf(path, max_pages)
        return {"docx": read_docx, "txt": read_text}[kind](path)
    except ReaderError:
        raise
    except FileNotFoundError:
        raise ReaderError(f"{path}: no such file.", "unreadable") from None
    except PermissionError as exc:
        raise ReaderError(f"{path}: cannot be read ({exc.strerror}); check its permissions.", "unreadable") from exc
    except MemoryError:
        raise ReaderError(f"{path.name}: too large to read in the memory available.", "too_large") from None
    except Exception as exc:
        # The parsing libraries raise whatever their code trips on in a damaged file (BadZipFile,
        # zlib.error, struct.error, NotImplementedError, IndexError...): each is this file's
        # verdict, never a reason to stop the other files. The original stays chained.
        raise ReaderError(f"{path.name}: the {kind.upper()} file is damaged and cannot be read "
                          f"({type(exc).__name__}: {exc}). Re-save or re-export it and index it again.",
                          "damaged") from exc


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
    text, warnings = decode_text(path.read_bytes())
    blocks = tuple(Block(line) for line in text.splitlines() if line.strip())
    return SourceText(str(path), "txt", blocks, tuple(f"{path.name}: {w}" for w in warnings))


# -------------------------------------------------------------------- DOCX

def read_docx(path: Path) -> SourceText:
    """A Word file: paragraphs and tables in document order, with their style."""
    import docx  # python-docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except PackageNotFoundError as exc:
        raise ReaderError(f"{path.name}: not a Word (DOCX) file ({exc}). "
                          f"Re-save it from Word or LibreOffice.", "damaged") from exc
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

def read_pdf(path: Path, max_pages: int | None = None) -> SourceText:
    """A PDF: text per page in layout order, rebuilt into paragraphs."""
    from pypdf import PdfReader

    reader = PdfReader(str(path))
    if reader.is_encrypted and not reader.decrypt(""):
        raise ReaderError(f"{path.name}: the PDF is password-protected; "
                          f"save an unprotected copy and index that.", "encrypted")
    if max_pages is not None and len(reader.pages) > max_pages:
        raise ReaderError(f"{path.name}: the PDF has {len(reader.pages):,} pages; the limit is {max_pages:,} "
                          f"(setting max_pages).", "too_many_pages")
    pages = [page.extract_text(extraction_mode="layout") or "" for page in reader.pages]
    if not any(p.strip() for p in pages):
        # Where OCR will plug in: today a scanned report is reported, not guessed at.
        raise ReaderError(f"{path.name}: the PDF has no text layer (probably scanned); "
                          f"run it through OCR and index the result.", "scanned")
    blank = [n for n, p in enumerate(pages, start=1) if not p.strip()]
    warnings = [f"{path.name}: {len(blank)} of {len(pages)} pages have no text (scanned pages or images): "
                f"{', '.join(map(str, blank[:10]))}{'…' if len(blank) > 10 else ''}."] if blank else []
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
        on_page = Counter(_shape(line) for line in lines if line.strip())
        # A running line appears once per page; a shape repeated within a page
        # ("5.# Short paragraph") is body text.
        counts.update({_shape(lines[i]) for i in zone(lines) if on_page[_shape(lines[i])] == 1})
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
            indent = len(line) - len(line.lstrip())
            starts_new = _starts_block(blocks[-1] if blocks else None, line, indent, previous, widest)
            if starts_new:
                style = "list" if _BULLET_LINE.match(line) else "body"
                text = _BULLET_LINE.sub("", line) if style == "list" else line
                blocks.append({"lines": [" ".join(text.split())], "pages": [page_no], "indent": indent,
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


def _is_marker(line: str) -> bool:
    return bool(_BULLET_LINE.match(line) or _NUMBER_AND_TAB.match(line) or _LETTERED.match(line))


def _starts_block(last: dict | None, line: str, indent: int, previous: str | None, widest: int) -> bool:
    """Does this layout line begin a new paragraph block?"""
    if last is None or _is_marker(line):
        return True
    if last["style"] == "list" and not last["closed"] and indent > last["indent"]:
        return False  # a list item's wrapped lines are indented past its bullet
    if last["closed"]:
        return True
    if previous is None:  # the first line of a page
        return not _continues_across_page(last, line)
    if _NUMBER_START.match(line) and _looks_like_heading(line, widest):
        return True  # "5 Presentations" straight after the last item of a list
    if line.lstrip()[:1].islower() and not _TERMINAL.search(previous):
        return False  # mid-sentence: a wrapped heading or a line cut short by a long word
    if len(previous) < SHORT_LINE_RATIO * widest:
        return True
    return bool(_TERMINAL.search(previous) and (_NUMBER_START.match(line) or _looks_like_heading(line, widest)))


def _looks_like_heading(line: str, widest: int) -> bool:
    """A short line that is not the end of a sentence: a heading after a paragraph."""
    text = line.strip()
    words = re.sub(r"^(?:\d+(?:\.\d+)*\.?|[IVXLC]+\.)\s+", "", text)
    return (len(line) < SHORT_LINE_RATIO * widest and not _TERMINAL.search(text)
            and words[:1].isupper())


def _continues_across_page(block: dict, line: str) -> bool:
    """Does a page's first line carry on the previous page's last block?"""
    if block["closed"] or _is_marker(line):
        return False
    ended = _TERMINAL.search(block["lines"][-1])
    return not ended or line.strip()[:1].islower()


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
        match = re.search(r"(\w+)-$", text)
        if match:
            # "CWG-" + "COP" or "service-" + "specific": the hyphen is part of the word,
            # unless the document elsewhere spells the joined word whole.
            head = _WORD.match(line)
            whole = (match.group(1) + head.group(0)).lower() if head else ""
            text = text[:-1] + line if line[0].islower() and vocabulary[whole] > 0 else text + line
            continue
        text = f"{text} {line}"
    return text.replace("\u00ad", "")
