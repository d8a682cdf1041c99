"""cwgcop-search in the browser: a chat over the CWG-COP reports with quotable, cited answers.

UI only: everything shown comes from cwgcop_search.engine, so the app and
the CLI give the same answers.
"""

from __future__ import annotations

import math
import re
import threading
import uuid

import streamlit as st

from cwgcop_search.access import AccessError, AdminGate
from cwgcop_search.answer import language_line
from cwgcop_search.config import load_settings
from cwgcop_search.conversation import Conversation
from cwgcop_search.engine import Engine
from cwgcop_search.errors import CwgcopError
from cwgcop_search.languages import language_name
from cwgcop_search import brief, export
import app_tools
from app_tools import markdown_safe
from cwgcop_search.types import Answer, Filters, Passage

EXAMPLES = (
    "Who chaired the 19th meeting of CWG-COP?",
    "What did Albania present in 2023?",
    "When will the gap analysis be discussed?",
)


@st.cache_resource(show_spinner=False)
def get_engine(key: str, _settings) -> Engine:
    """One engine (model and index) per process and settings, shared by every session.

    The model is loaded by ``start_warm_up`` once the first page is drawn.
    """
    return Engine(_settings)


@st.cache_resource(show_spinner=False)
def start_warm_up(key: str, _engine: Engine) -> threading.Thread:
    """Load the model once per process in the background, after the first page is on screen."""
    thread = threading.Thread(target=_warm_up, args=(_engine,), daemon=True)
    thread.start()
    return thread


def _warm_up(engine: Engine) -> None:
    try:
        engine.warm_up()
    except CwgcopError:
        pass  # the same error is shown to the user when the engine is used


def highlighted(passage_text: str, quote: str) -> str:
    """The passage as safe Markdown, with the quoted sentences in bold."""
    parts = [markdown_safe(passage_text)]
    for sentence in re.split(r"(?<=[.!?])\s+", quote):
        safe = markdown_safe(sentence.strip())
        if safe and safe in parts[0]:
            parts[0] = parts[0].replace(safe, f"**{safe}**", 1)
    return parts[0]


def ensure_index(engine: Engine) -> None:
    if st.session_state.get("index_checked"):
        return
    if engine.store.current() is None or engine.is_stale():
        bar = st.progress(0.0, text="Building the index of the reports (first run only)…")

        def progress(stage: str, done: int, total: int) -> None:
            if stage == "read" and total:
                bar.progress(done / total, text=f"Reading and indexing reports: {done} of {total}")

        engine.index(progress=progress)
        bar.empty()
    st.session_state["index_checked"] = True


def sidebar(engine: Engine) -> tuple[int, Filters, bool]:
    documents = engine.documents()
    with st.sidebar:
        st.header("Search settings")
        endpoint = engine.endpoint()
        modes = ["Extractive (quotes from the reports)"] + (["Generative (language model, checked)"] if endpoint else [])
        mode = st.radio("Answer mode", modes, index=0)
        st.caption(markdown_safe(f"Language model: {endpoint.model} at {endpoint.base_url}") if endpoint else
                   markdown_safe("No language model configured (CWGCOP_LLM_BASE_URL); answers quote the reports."))
        if st.button("New conversation", width="stretch"):
            st.session_state["history"] = []
            st.session_state["conversation"] = Conversation()
        k = st.slider("Sources to consider", 1, 15, engine.settings.top_k)
        meetings = sorted({m for d in documents for m in d.meetings})
        chosen_meetings = st.multiselect("Meetings", meetings)
        years = sorted({int(x[:4]) for d in documents for x in d.dates})
        chosen_years = st.multiselect("Years", years)
        kinds = sorted({d.kind for d in documents})
        chosen_kinds = st.multiselect("Kind of report", kinds)
        # Keyed on the source: two reports may share a title.
        titles = {d.source: d.title for d in documents}
        chosen_docs = st.multiselect("Reports", list(titles), format_func=lambda s: f"{titles[s]} ({s})")
        chosen_actors = st.multiselect("Countries and organisations", engine.actor_names(), key="actor-filter")
        languages = sorted({d.language for d in documents})
        chosen_languages = st.multiselect("Language of the report", languages, format_func=language_name,
                                          key="language-filter")
    return k, Filters(sources=tuple(chosen_docs), meetings=tuple(chosen_meetings),
                      years=tuple(chosen_years), kinds=tuple(chosen_kinds), actors=tuple(chosen_actors),
                      languages=tuple(chosen_languages)), \
        mode.startswith("Generative")


def show_export() -> None:
    history = st.session_state["history"]
    if not history:
        return
    with st.sidebar:
        st.header("Export")
        st.download_button("Conversation as Markdown", export.to_markdown(history),
                           file_name="cwgcop-brief.md", mime="text/markdown", width="stretch")
        st.download_button("Conversation as Word (DOCX)", export.to_docx(history), file_name="cwgcop-brief.docx",
                           mime="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                           width="stretch")


def show_library(engine: Engine) -> None:
    """Every file of the library with its verdict; adding and removing for the admin only."""
    verdicts = engine.verdicts() if engine.store.current() is not None else ()
    try:
        titles = {d.source: d for d in engine.documents()}
    except CwgcopError:
        titles = {}  # a damaged index: the files are still listed, and can be removed
    st.dataframe([{"file": v.source, "status": v.status,
                   "report": titles[v.source].title if v.source in titles else "",
                   "meetings": ", ".join(map(str, titles[v.source].meetings)) if v.source in titles else "",
                   "dates": titles[v.source].date_text if v.source in titles else "",
                   "paragraphs": v.paragraphs, "pages": v.pages or None,
                   "why": v.message or "; ".join(v.warnings)} for v in verdicts],
                 hide_index=True, width="stretch")
    if not library_unlocked(engine):
        return
    st.subheader("Add a report")
    upload = st.file_uploader("PDF, DOCX, TXT or MD", type=["pdf", "docx", "txt", "md"],
                              max_upload_size=max(1, math.ceil(engine.settings.max_upload_mb)),
                              help=f"At most {engine.settings.max_upload_mb:g} MB; an existing name is not replaced.")
    if upload is not None and st.button("Add to the library"):
        add_upload(engine, upload)
    st.subheader("Remove a report")
    chosen = st.selectbox("Report", engine.corpus_files(), index=None, placeholder="Choose a report")
    if chosen and st.button("Remove from the library"):
        try:
            engine.remove_file(chosen, by=session_name())
        except CwgcopError as exc:
            st.error(markdown_safe(str(exc)))
        else:
            st.success(markdown_safe(f"Removed {chosen}."))
            st.rerun()


def library_unlocked(engine: Engine) -> bool:
    """Whether this session may change the library; draws the password box when it may ask."""
    gate = get_gate(repr(engine.settings), engine.settings.admin_password)
    if not gate.enabled:
        st.caption("Adding and removing reports is off on this server. To open it, start the server with "
                   "an admin password (CWGCOP_ADMIN_PASSWORD, or admin_password in the config file).")
        return False
    if st.session_state.get("admin"):
        return True
    with st.form("unlock"):
        attempt = st.text_input("Admin password", type="password",
                                help="Needed to add or remove reports on this server.")
        if st.form_submit_button("Unlock the library"):
            try:
                gate.check(attempt)
            except AccessError as exc:
                st.error(markdown_safe(str(exc)))
            else:
                st.session_state["admin"] = True
                st.rerun()
    return False


@st.cache_resource(show_spinner=False)
def get_gate(key: str, _password: str) -> AdminGate:
    """One gate per server process, so wrong guesses from every session count together."""
    return AdminGate(_password)


def session_name() -> str:
    """How the change log names this browser session."""
    st.session_state.setdefault("session_name", f"app session {uuid.uuid4().hex[:8]}")
    return st.session_state["session_name"]


def show_library_safely(engine: Engine) -> None:
    try:
        show_library(engine)
    except CwgcopError as exc:
        st.error(markdown_safe(str(exc)))


def add_upload(engine: Engine, upload) -> None:
    """Save and index one uploaded file, with a progress bar and a message for the result."""
    try:  # refused on its name and size before its bytes are read
        engine.check_upload(upload.name, upload.size)
    except CwgcopError as exc:
        st.error(markdown_safe(str(exc)))
        return
    bar = st.progress(0.0, text=f"Indexing {upload.name}…")

    def progress(stage: str, done: int, total: int) -> None:
        if total:
            bar.progress(min(1.0, done / total), text=f"{'Reading' if stage == 'read' else 'Embedding'} "
                                                      f"{upload.name}: {done} of {total}")

    try:
        report = engine.add_file(upload.name, upload.getvalue(), progress, by=session_name())
    except CwgcopError as exc:
        bar.empty()
        st.error(markdown_safe(str(exc)))
        return
    bar.empty()
    problems = [m for m in report.skipped + report.warnings if m.startswith(upload.name.split("/")[-1])]
    if report.added:
        st.success(markdown_safe(f"Added {', '.join(report.added)}: it can now be asked about."))
    for message in problems:
        st.warning(markdown_safe(message))


def show_intro(engine: Engine) -> None:
    documents = engine.documents()
    meetings = sorted({m for d in documents for m in d.meetings})
    count = f"{len(documents)} report" + ("" if len(documents) == 1 else "s")
    st.caption(f"{count} of the ITU Council Working Group on Child Online "
               f"Protection, covering meetings {', '.join(map(str, meetings))}. "
               f"Every answer cites the report, meeting, paragraph and page it comes from.")


def show_passage(passage: Passage, label: str, quote: str = "", key: str = "") -> None:
    with st.expander(markdown_safe(label)):
        details = [passage.title, passage.date_label, " > ".join(passage.section),
                   f"paragraph {passage.paragraph}" if passage.paragraph else "",
                   f"page {passage.page_label}" if passage.page_label else "", passage.source]
        st.caption(markdown_safe(" · ".join(d for d in details if d)))
        st.markdown(highlighted(passage.text, quote) if quote else markdown_safe(passage.text))
        for twin in passage.also:
            st.caption(markdown_safe(f"The same text also appears in: {twin.citation}"))
        app_tools.pin_button(brief.from_passage(passage, quote=quote), f"passage-{key}")
        if st.button("Open the whole report", key=f"open-{key}"):
            st.session_state["viewer"] = (passage.source, passage.chunk_id, quote or "")
            st.rerun()


def show_viewer(engine: Engine) -> None:
    """The whole report, the cited paragraph marked and highlighted, with its metadata and file."""
    source, chunk_id, quote = st.session_state["viewer"]
    try:
        document, chunks = engine.report_paragraphs(source)
    except CwgcopError as exc:
        st.error(markdown_safe(str(exc)))
        st.session_state.pop("viewer", None)
        return
    st.subheader(markdown_safe(document.title))
    st.caption(markdown_safe(" · ".join(x for x in (document.kind, document.date_text, f"chair: {document.chair}"
                                                    if document.chair else "", document.source) if x)))
    columns = st.columns([1, 1, 4])
    if columns[0].button("Back to the chat"):
        st.session_state.pop("viewer", None)
        st.rerun()
    path = engine.source_path(source)
    if path.is_file():
        columns[1].download_button("Download the original", path.read_bytes(), file_name=path.name)
    cited = next((c for c in chunks if c.chunk_id == chunk_id), None)
    if cited is not None:
        st.info(markdown_safe(f"Cited: paragraph {cited.paragraph or '(unnumbered)'} in {' > '.join(cited.section)}"
                              + (f", page {cited.pages[0]}" if cited.pages else "")))
    # Open at the cited paragraph's section: what comes before it is one click away.
    start = next((i for i, c in enumerate(chunks) if cited is not None and c.section == cited.section), 0)
    if start:
        with st.expander(f"Earlier in the report ({start} passages)"):
            render_chunks(chunks[:start], chunk_id, quote)
    with st.container(height=600):
        render_chunks(chunks[start:], chunk_id, quote)


def render_chunks(chunks: list, cited_id: int, quote: str) -> None:
    section = None
    for chunk in chunks:
        if chunk.section != section:
            section = chunk.section
            if section:
                st.markdown(f"**{markdown_safe(section[-1])}**")
        number = f"{chunk.paragraph} " if chunk.paragraph and chunk.part == 0 else ""
        if chunk.chunk_id == cited_id:
            st.success(highlighted(number + chunk.text, quote) if quote else markdown_safe(number + chunk.text),
                       icon=":material/push_pin:")
        else:
            st.markdown(markdown_safe(number + chunk.text))


def show_answer(answer: Answer) -> None:
    if answer.resolved_question and answer.resolved_question != answer.question:
        st.caption(markdown_safe(f"Understood as: {answer.resolved_question}"))
    if language_line(answer):  # a note says it when the quotes are in another language
        st.caption(language_line(answer))
    if answer.abstained:
        st.info(markdown_safe(answer.answer))  # the package's words, as the CLI prints them
        for rank, passage in enumerate(answer.passages[:3]):
            show_passage(passage, f"Nearest passage (not an answer): {passage.citation}",
                         key=f"{id(answer)}-n{rank}")
        return
    st.markdown(markdown_safe(answer.answer))
    if answer.note:
        st.caption(markdown_safe(answer.note))
    for citation in answer.citations:
        passage = answer.cited_passage(citation)
        if passage is not None:
            show_passage(passage, f"[{citation['n']}] {passage.citation}", citation["quote"],
                         key=f"{id(answer)}-{citation['n']}")
    app_tools.pin_button(brief.from_answer(answer.question, answer), f"answer-{id(answer)}")


def main() -> None:
    st.set_page_config(page_title="CWG-COP search", page_icon="🔎", layout="wide")
    st.title("CWG-COP search")
    st.session_state.setdefault("history", [])
    st.session_state.setdefault("conversation", Conversation())
    try:
        settings = load_settings()
        engine = get_engine(repr(settings), settings)
    except CwgcopError as exc:
        st.error(markdown_safe(str(exc)))
        st.stop()
    try:
        ensure_index(engine)
        show_intro(engine)
        k, filters, generate = sidebar(engine)
    except CwgcopError as exc:
        # The Library tab is still drawn: it may be where the cause can be removed.
        st.error(markdown_safe(str(exc)))
        show_library_safely(engine)
        st.stop()

    if st.session_state.get("viewer"):
        show_viewer(engine)
        return
    # In the main body (not in a tab) the question box is pinned at the bottom of the window.
    question = st.chat_input("Ask about the CWG-COP reports")
    ask_tab, library_tab, who_tab, timeline_tab, practices_tab, brief_tab = st.tabs(
        ["Ask", "Library", "Who said what", "Timeline", "Good practices", "Brief"])
    with library_tab:
        show_library_safely(engine)
    for tab, view in ((who_tab, app_tools.show_who), (timeline_tab, app_tools.show_timeline),
                      (practices_tab, app_tools.show_practices)):
        with tab:
            try:
                view(engine)
            except CwgcopError as exc:
                st.error(markdown_safe(str(exc)))
    with brief_tab:
        app_tools.show_brief()
    with ask_tab:
        show_chat(engine, k, filters, generate, question)
    show_export()
    start_warm_up(repr(engine.settings), engine)


def show_chat(engine: Engine, k: int, filters: Filters, generate: bool = False, asked: str | None = None) -> None:
    if not st.session_state["history"] and not asked and not st.session_state.get("pending"):
        st.write("Try one of these:")
        for column, example in zip(st.columns(len(EXAMPLES)), EXAMPLES):
            # A callback runs before the next script run, so the examples are gone while it is answered.
            column.button(example, width="stretch", on_click=st.session_state.update, kwargs={"pending": example})

    for question, answer in st.session_state["history"]:
        with st.chat_message("user"):
            st.markdown(markdown_safe(question))
        with st.chat_message("assistant"):
            show_answer(answer)

    question = asked or st.session_state.pop("pending", None)
    if question:
        with st.chat_message("user"):
            st.markdown(markdown_safe(question))
        with st.chat_message("assistant"):
            streamed = st.empty()
            pieces: list[str] = []

            def on_token(token: str) -> None:  # show the model's words as they come
                pieces.append(token)
                streamed.markdown(markdown_safe("".join(pieces)) + " ▌")

            # A click while this run works stops it and starts another: until the answer is in the
            # history, the question stays pending so that run asks it again instead of losing it.
            st.session_state["pending"] = question
            try:
                answer = engine.ask(question, k, filters, conversation=st.session_state["conversation"],
                                    generate=generate, on_token=on_token)
            except CwgcopError as exc:
                st.session_state.pop("pending", None)
                st.error(markdown_safe(str(exc)))
                return
            st.session_state["history"].append((question, answer))
            st.session_state.pop("pending", None)
            streamed.empty()  # replaced by the checked answer
            show_answer(answer)


main()
