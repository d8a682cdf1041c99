"""cwgcop-search in the browser: a chat over the CWG-COP reports with quotable, cited answers.

UI only: everything shown comes from cwgcop_search.engine, so the app and
the CLI give the same answers.
"""

from __future__ import annotations

import re

import streamlit as st

from cwgcop_search.config import load_settings
from cwgcop_search.conversation import Conversation
from cwgcop_search.engine import Engine
from cwgcop_search.errors import CwgcopError
from cwgcop_search.types import Answer, Filters, Passage

EXAMPLES = (
    "Who chaired the 19th meeting of CWG-COP?",
    "What did Albania present in 2023?",
    "When will the gap analysis be discussed?",
)


@st.cache_resource(show_spinner=False)
def get_engine(corpus_dir: str, index_dir: str, model: str) -> Engine:
    """One engine (model and index) per process, shared by every session."""
    settings = load_settings().with_overrides(
        {"corpus_dir": corpus_dir, "index_dir": index_dir, "model": model})
    return Engine(settings)


def markdown_safe(text: str) -> str:
    """Show report text literally: no Markdown or HTML from documents."""
    return re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~$])", r"\\\1", text).replace("\n", "  \n")


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


def sidebar(engine: Engine) -> tuple[int, Filters]:
    documents = engine.documents()
    with st.sidebar:
        st.header("Search settings")
        if st.button("New conversation", use_container_width=True):
            st.session_state["history"] = []
            st.session_state["conversation"] = Conversation()
        k = st.slider("Sources to consider", 1, 15, engine.settings.top_k)
        meetings = sorted({m for d in documents for m in d.meetings})
        chosen_meetings = st.multiselect("Meetings", meetings)
        years = sorted({int(x[:4]) for d in documents for x in d.dates})
        chosen_years = st.multiselect("Years", years)
        kinds = sorted({d.kind for d in documents})
        chosen_kinds = st.multiselect("Kind of report", kinds)
        titles = {d.title: d.source for d in documents}
        chosen_docs = st.multiselect("Reports", list(titles))
    return k, Filters(sources=tuple(titles[t] for t in chosen_docs), meetings=tuple(chosen_meetings),
                      years=tuple(chosen_years), kinds=tuple(chosen_kinds))


def show_intro(engine: Engine) -> None:
    documents = engine.documents()
    meetings = sorted({m for d in documents for m in d.meetings})
    count = f"{len(documents)} report" + ("" if len(documents) == 1 else "s")
    st.caption(f"{count} of the ITU Council Working Group on Child Online "
               f"Protection, covering meetings {', '.join(map(str, meetings))}. "
               f"Every answer cites the report, meeting, paragraph and page it comes from.")


def show_passage(passage: Passage, label: str, quote: str = "") -> None:
    with st.expander(label):
        details = [passage.title, passage.date_label, " > ".join(passage.section),
                   f"paragraph {passage.paragraph}" if passage.paragraph else "",
                   f"page {passage.page_label}" if passage.page_label else "", passage.source]
        st.caption(" · ".join(d for d in details if d))
        st.markdown(highlighted(passage.text, quote) if quote else markdown_safe(passage.text))
        for twin in passage.also:
            st.caption(f"The same text also appears in: {twin.citation}")


def show_answer(answer: Answer) -> None:
    if answer.resolved_question and answer.resolved_question != answer.question:
        st.caption(f"Understood as: {answer.resolved_question}")
    if answer.abstained:
        st.info("The reports don't say. " + answer.answer.removeprefix("The reports don't say").lstrip(". "))
        for passage in answer.passages[:3]:
            show_passage(passage, f"Nearest passage (not an answer): {passage.citation}")
        return
    st.markdown(markdown_safe(answer.answer))
    by_place = {(p.source, p.paragraph): p for p in answer.passages}
    for citation in answer.citations:
        passage = by_place.get((citation["source"], citation["paragraph"]))
        if passage is not None:
            show_passage(passage, f"[{citation['n']}] {passage.citation}", citation["quote"])


def main() -> None:
    st.set_page_config(page_title="CWG-COP search", page_icon="🔎", layout="wide")
    st.title("CWG-COP search")
    st.session_state.setdefault("history", [])
    st.session_state.setdefault("conversation", Conversation())
    try:
        settings = load_settings()
        engine = get_engine(str(settings.corpus_dir), str(settings.index_dir), settings.model)
        ensure_index(engine)
        show_intro(engine)
        k, filters = sidebar(engine)
    except CwgcopError as exc:
        st.error(str(exc))
        st.stop()

    if not st.session_state["history"]:
        st.write("Try one of these:")
        for column, example in zip(st.columns(len(EXAMPLES)), EXAMPLES):
            if column.button(example, use_container_width=True):
                st.session_state["pending"] = example

    for question, answer in st.session_state["history"]:
        with st.chat_message("user"):
            st.markdown(markdown_safe(question))
        with st.chat_message("assistant"):
            show_answer(answer)

    question = st.chat_input("Ask about the CWG-COP reports") or st.session_state.pop("pending", None)
    if question:
        with st.chat_message("user"):
            st.markdown(markdown_safe(question))
        with st.chat_message("assistant"):
            try:
                answer = engine.ask(question, k, filters, conversation=st.session_state["conversation"])
            except CwgcopError as exc:
                st.error(str(exc))
                return
            show_answer(answer)
        st.session_state["history"].append((question, answer))


main()
