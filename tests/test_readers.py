"""Readers turn real TXT, DOCX and PDF files into paragraph blocks."""

from __future__ import annotations

import pytest
from documents import report_lines, write_docx, write_pdf

from cwgcop_search.errors import ReaderError
from cwgcop_search.readers import read_document, strip_running_lines


def test_txt_is_read_as_one_block_per_line(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text("1 Introduction\n\n1.1 The meeting was held.\n", encoding="utf-8")
    source = read_document(path)
    assert [b.text for b in source.blocks] == ["1 Introduction", "1.1 The meeting was held."]
    assert source.warnings == ()


def test_txt_in_another_encoding_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Libertés – café".encode("cp1252"))
    source = read_document(path)
    assert source.blocks[0].text == "Libertés – café"
    assert "legacy.txt" in source.warnings[0] and "UTF-8" in source.warnings[0]


def test_unknown_extension_is_refused_with_its_name(tmp_path):
    path = tmp_path / "slides.pptx"
    path.write_bytes(b"PK")
    with pytest.raises(ReaderError, match=r"slides\.pptx.*not supported"):
        read_document(path)


def test_docx_keeps_order_styles_and_tables(tmp_path):
    path = tmp_path / "r.docx"
    write_docx(["1 Introduction", "1.1 The meeting was held.", "· First point", "· Second point"],
               path, table_rows=[["Country", "Action"], ["Albania", "Pilot of the COP project"]])
    blocks = read_document(path).blocks
    assert [(b.text, b.style) for b in blocks] == [
        ("1 Introduction", "heading"),
        ("1.1 The meeting was held.", "body"),
        ("First point", "list"),
        ("Second point", "list"),
        ("Country | Action", "table"),
        ("Albania | Pilot of the COP project", "table"),
    ]
    assert all(b.pages == () for b in blocks)


def test_damaged_docx_raises_a_reader_error_naming_the_file(tmp_path):
    path = tmp_path / "broken.docx"
    path.write_bytes(b"this is not a zip file")
    with pytest.raises(ReaderError, match="broken.docx"):
        read_document(path)


def test_pdf_drops_running_headers_and_joins_wrapped_lines(tmp_path):
    long_paragraph = "5.9 " + " ".join(["The Albanian authority explained its pilot of online protection."] * 12)
    path = tmp_path / "r.pdf"
    write_pdf(["5 Presentations", long_paragraph] + [f"5.{n} Short paragraph {n}." for n in range(10, 60)],
              path, header="CWG-COP – sample report")
    blocks = read_document(path).blocks
    texts = [b.text for b in blocks]
    assert not any("sample report" in t for t in texts)
    assert texts[0] == "5 Presentations"
    assert texts[1] == long_paragraph  # one block, lines joined with single spaces
    assert blocks[-1].text == "5.59 Short paragraph 59." and blocks[-1].pages[0] >= 2


def test_pdf_paragraph_split_over_a_page_break_keeps_both_pages(tmp_path):
    filler = [f"2.{n} Filler paragraph number {n} of the report." for n in range(1, 30)]
    long_paragraph = "3.1 " + " ".join(["Teachers were trained on online safety in schools."] * 60)
    path = tmp_path / "r.pdf"
    write_pdf(filler + [long_paragraph], path, header="Report – header")
    block = next(b for b in read_document(path).blocks if b.text.startswith("3.1"))
    assert block.text == long_paragraph
    assert block.pages == (1, 2)


def test_pdf_hyphenation_is_undone_only_for_split_words():
    pages = [["The protec-", "tion of children and service-", "specific risks; protection matters."]]
    from cwgcop_search.readers import layout_lines_to_blocks

    (block,) = layout_lines_to_blocks(pages)
    assert block.text == "The protection of children and service-specific risks; protection matters."


def test_running_lines_need_to_repeat_on_most_pages():
    pages = [["Report X – page 1", "Body one"], ["Report X – page 2", "Body two"], ["3", "Body three"]]
    assert strip_running_lines(pages) == [["Body one"], ["Body two"], ["Body three"]]


def test_a_pdf_without_a_text_layer_is_refused_as_probably_scanned(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(100, 100, 300, 400, fill=1)  # a picture of a page, no text
    c.showPage()
    c.save()
    with pytest.raises(ReaderError, match="no text layer") as caught:
        read_document(path)
    assert caught.value.reason == "scanned"


def test_pages_without_text_are_named_in_a_warning(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "mixed.pdf"
    c = canvas.Canvas(str(path))
    c.drawString(72, 720, "1.1 The meeting was held in Geneva.")
    c.showPage()
    c.rect(100, 100, 300, 400, fill=1)
    c.showPage()
    c.save()
    source = read_document(path)
    assert source.warnings == ("mixed.pdf: 1 of 2 pages have no text (scanned pages or images): 2.",)


def test_shipped_report_lines_helper_drops_blank_lines(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text("a\n\n  b  c \n", encoding="utf-8")
    assert report_lines(path) == ["a", "b c"]
