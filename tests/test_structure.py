"""The report parser reads metadata and numbered paragraphs from the text."""

from __future__ import annotations

import pytest
from conftest import COUNCIL, FOUR_YEAR, REPORT_14, REPORT_19, REPORT_22
from documents import report_lines, write_docx, write_pdf

from cwgcop_search.readers import read_document
from cwgcop_search.structure import dates_in, meetings_in, parse_report
from cwgcop_search.types import Block


def parse(path):
    return parse_report(read_document(path).blocks)


def numbered(report):
    return [p.number for p in report.paragraphs if p.number]


def test_19th_report_has_paragraphs_5_1_to_5_26_and_its_metadata():
    report = parse(REPORT_19)
    section_5 = [n for n in numbered(report) if n.startswith("5.")]
    assert section_5 == [f"5.{i}" for i in range(1, 27)]
    assert report.meetings == (19,)
    assert report.dates == ("2023-10-10",)
    assert report.date_text == "10 October 2023"
    assert report.kind == "meeting report"
    assert report.chair == "Abdelaziz Alzarooni (UAE)"
    assert report.title == "Report of the 19th meeting of CWG-COP"
    assert report.body == "CWG-COP"


def test_paragraphs_carry_their_heading_path():
    report = parse(REPORT_19)
    by_number = {p.number: p for p in report.paragraphs if p.number}
    assert by_number["1.1"].section == ("1 Introduction",)
    assert by_number["5.9"].section == ("5 Presentations",)
    assert by_number["5.17"].section == (
        "5 Presentations", "Presentations on collaborative efforts from ITU and Child Online Protection partners")
    assert by_number["6.2"].section == ("6 Other agenda items", "Interactive panel")


def test_bullets_stay_with_the_paragraph_that_introduces_them():
    paragraph = next(p for p in parse(REPORT_19).paragraphs if p.number == "4.1")
    lines = paragraph.text.split("\n")
    assert lines[0] == "The following documents were presented by membership:"
    assert "• Presentation by India of the G20 Toolkit on Cyber-Education and Cyber-Awareness." in lines
    assert lines[-1] == "• Presentation by Snap Inc"


def test_unnumbered_text_after_a_paragraph_continues_it():
    paragraph = next(p for p in parse(REPORT_22).paragraphs if p.number == "5.1")
    assert "\nCross-sector collaboration remained a cornerstone of COP’s work." in paragraph.text


def test_export_artefacts_and_separator_lines_are_removed():
    report = parse(REPORT_22)
    text = "\n".join(p.text for p in report.paragraphs)
    assert "[bookmark" not in text
    assert "____" not in text
    assert report.paragraphs[0].text.startswith("This report summarizes the main results of the twenty-second")


@pytest.mark.parametrize("path, meetings, dates, kind, chair", [
    (REPORT_14, (14,), ("2018-01-23",), "meeting report", "Ibrahim Al Dabal (UAE)"),
    (REPORT_22, (22,), ("2025-02-12",), "meeting report", "Stella C. Erebor (Nigeria), Vice-Chair"),
    (COUNCIL, (21, 22), ("2024-09-30", "2025-02-12"), "report to Council", None),
    (FOUR_YEAR, (15, 16, 17, 18), ("2019-09-26", "2020-02-04", "2021-01-26", "2022-01-12"),
     "four-year report", None),
])
def test_metadata_of_every_shipped_report(path, meetings, dates, kind, chair):
    report = parse(path)
    assert (report.meetings, report.dates, report.kind, report.chair) == (meetings, dates, kind, chair)


def test_annex_paragraphs_are_kept_apart_from_the_body():
    report = parse(FOUR_YEAR)
    ones = [p for p in report.paragraphs if p.number == "1.1"]
    assert len(ones) == 2
    assert ones[0].section == ("I Introduction",)
    assert ones[1].section[0].startswith("Annex 1: Extract of the Summary Records")


def test_numbered_paragraph_after_front_matter_has_no_front_matter_section():
    paragraph = next(p for p in parse(REPORT_14).paragraphs if p.number == "1.1")
    assert paragraph.section == ()


@pytest.mark.parametrize("phrase, expected", [
    ("the nineteenth meeting of CWG-COP", [19]),
    ("the 14th meeting of the Council Working Group", [14]),
    ("the twenty-first and twenty-second meeting of the Council", [21, 22]),
    ("no meeting number here", []),
])
def test_meeting_numbers_from_words_and_digits(phrase, expected):
    assert meetings_in(phrase) == expected


def test_dates_take_the_year_from_later_in_the_phrase():
    days = dates_in("30 September to 1 October 2024 and on 12-13 February 2025")
    assert [d.isoformat() for d in days] == ["2024-09-30", "2025-02-12"]


def test_an_empty_document_parses_to_no_paragraphs():
    report = parse_report((Block("   "), Block("______")))
    assert report.paragraphs == () and report.meetings == () and report.title == "Untitled report"


def test_same_corpus_as_pdf_gives_the_same_paragraphs_and_right_pages(tmp_path):
    from pypdf import PdfReader

    pdf = tmp_path / "report19.pdf"
    write_pdf(report_lines(REPORT_19), pdf, header="CWG-COP – CWG-COP-19-report")
    from_txt, from_pdf = parse(REPORT_19), parse(pdf)
    assert [(p.number, p.text, p.section) for p in from_pdf.paragraphs] == \
           [(p.number, p.text, p.section) for p in from_txt.paragraphs]
    assert (from_pdf.meetings, from_pdf.dates, from_pdf.chair) == (from_txt.meetings, from_txt.dates, from_txt.chair)

    # Each paragraph's first words are on its first page and its last words on its last page.
    pages = ["".join(page.extract_text().split()) for page in PdfReader(str(pdf)).pages]
    assert len(pages) >= 5
    spans = 0
    for p in from_pdf.paragraphs:
        words = p.text.split()
        assert "".join(words[:2]) in pages[p.pages[0] - 1], p.number
        assert "".join(words[-2:]) in pages[p.pages[-1] - 1], p.number
        spans += len(p.pages) > 1
    assert spans >= 1  # some paragraph crosses a page break
    assert from_pdf.paragraphs[-1].pages[-1] == len(pages)


def test_same_corpus_as_docx_gives_the_same_paragraphs(tmp_path):
    docx_path = tmp_path / "report22.docx"
    write_docx(report_lines(REPORT_22), docx_path)
    assert [(p.number, p.text, p.section) for p in parse(docx_path).paragraphs] == \
           [(p.number, p.text, p.section) for p in parse(REPORT_22).paragraphs]


def _report_of(text: str):
    return parse_report(tuple(Block(line) for line in text.strip().splitlines()))


def test_a_report_of_another_group_is_titled_with_that_groups_own_name():
    internet = _report_of("""
Purpose
This report summarizes the main results of the fifth meeting of the Council Working Group on International Internet-related Public Policy Issues (CWG-Internet), held on 3 March 2021.
1 Introduction
1.1 The meeting was held online.
""")
    cop = _report_of("""
Purpose
This report summarizes the main results of the fifth meeting of the Council Working Group on Child Online Protection (CWG-COP), held on 9 May 2011.
1 Introduction
1.1 The meeting was held in Geneva.
""")
    assert (internet.body, internet.title) == ("CWG-Internet", "Report of the 5th meeting of CWG-Internet")
    assert (cop.body, cop.title) == ("CWG-COP", "Report of the 5th meeting of CWG-COP")


def test_a_report_naming_no_group_is_not_credited_to_one():
    report = _report_of("""
This report summarizes the main results of the fifth meeting, held on 3 March 2021.
1 Introduction
1.1 The meeting was held online.
""")
    assert report.body == ""
    assert report.title == "Report of the 5th meeting"


def test_a_date_at_the_end_of_the_sentence_leaves_its_full_stop_behind():
    report = _report_of("""
This report summarizes the main results of the fifth meeting of the Council Working Group on Harbour Safety (CWG-HS), held on 3 March 2021.
1 Introduction
1.1 The meeting was held online.
""")
    assert report.date_text == "3 March 2021" and report.dates == ("2021-03-03",)


def test_the_signature_is_not_part_of_the_last_section():
    report = parse(REPORT_19)
    signature = next(p for p in report.paragraphs if p.text.startswith("Abdelaziz Alzarooni (UAE)"))
    assert signature.number is None
    assert signature.section == ()
    assert report.paragraphs[-2].section[0].startswith("9 ")  # the paragraph before it keeps its heading
