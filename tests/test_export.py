"""A conversation exports to Markdown and Word with its citations and quotes."""

from __future__ import annotations

import io

import docx

from cwgcop_search.export import to_docx, to_markdown


def conversation(shipped_engine):
    return [(q, shipped_engine.ask(q)) for q in ("Who chaired the 19th meeting of CWG-COP?",
                                                  "What did Brazil present at CWG-COP?")]


def test_markdown_has_questions_answers_and_quoted_sources(shipped_engine):
    text = to_markdown(conversation(shipped_engine))
    assert "## Who chaired the 19th meeting of CWG-COP?" in text
    assert "chaired by Mr Abdelaziz Alzarooni (UAE). [1]" in text
    assert "1. Report of the 19th meeting of CWG-COP, 10 October 2023, para. 1.1 " \
           "(CWG-COP-19th-meeting-report-2023.txt)" in text
    assert "   > Approximately 120 participants" in text
    assert "The reports don't say (the reports never mention Brazil)" in text


def test_docx_is_a_real_word_document_with_the_same_content(shipped_engine):
    document = docx.Document(io.BytesIO(to_docx(conversation(shipped_engine))))
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[0] == "CWG-COP brief"
    assert "Who chaired the 19th meeting of CWG-COP?" in paragraphs
    assert any(p.startswith("[1] Report of the 19th meeting of CWG-COP, 10 October 2023, para. 1.1.") and
               "Approximately 120 participants" in p for p in paragraphs)


def test_docx_export_drops_control_characters_instead_of_failing():
    # A question pasted from elsewhere can hold control characters that Word files cannot.
    from cwgcop_search.types import Answer

    answer = Answer(question="What about\x07 Albania?\x00", answer="Albania\x0b piloted it.", abstained=False,
                    passages=(), resolved_question="What did Albania\x1b present?")
    document = docx.Document(io.BytesIO(to_docx([("What about\x07 Albania?\x00", answer)])))
    paragraphs = [p.text for p in document.paragraphs]
    assert "What about Albania?" in paragraphs
    assert "Albania piloted it." in paragraphs
    assert "Understood as: What did Albania present?" in paragraphs
