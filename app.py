"""cwgcop-search in the browser: ask a question, read the cited passages.

UI only: everything shown comes from cwgcop_search.engine, so the app and
the CLI give the same answers.
"""

from __future__ import annotations

import re

import streamlit as st

from cwgcop_search.config import load_settings
from cwgcop_search.engine import Engine
from cwgcop_search.errors import CwgcopError
from cwgcop_search.types import Filters

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


def sidebar_filters(engine: Engine) -> tuple[int, Filters]:
    documents = engine.documents()
    with st.sidebar:
        st.header("Search settings")
        k = st.slider("Passages to show", 1, 15, engine.settings.top_k)
        meetings = sorted({m for d in documents for m in d.meetings})
        chosen_meetings = st.multiselect("Meetings", meetings)
        years = sorted({int(x[:4]) for d in documents for x in d.dates})
        chosen_years = st.multiselect("Years", years)
        titles = {d.title: d.source for d in documents}
        chosen_docs = st.multiselect("Reports", list(titles))
    return k, Filters(sources=tuple(titles[t] for t in chosen_docs),
                      meetings=tuple(chosen_meetings), years=tuple(chosen_years))


def show_intro(engine: Engine) -> None:
    documents = engine.documents()
    meetings = sorted({m for d in documents for m in d.meetings})
    count = f"{len(documents)} report" + ("" if len(documents) == 1 else "s")
    st.caption(f"{count} of the ITU Council Working Group on Child Online "
               f"Protection, covering meetings {', '.join(map(str, meetings))}. "
               f"Every passage shows the report, meeting, paragraph and page it comes from.")


def show_answer(engine: Engine, question: str, k: int, filters: Filters) -> None:
    answer = engine.ask(question, k, filters)
    if answer.abstained or not answer.passages:
        st.info("The reports don't say: no passage in the index matches this question.")
        return
    st.subheader("Passages")
    for passage in answer.passages:
        with st.container(border=True):
            st.markdown(f"**[{passage.rank}] {markdown_safe(passage.citation)}**")
            if passage.section:
                st.caption(" > ".join(passage.section))
            st.markdown(markdown_safe(passage.text))


def main() -> None:
    st.set_page_config(page_title="CWG-COP search", page_icon="🔎", layout="wide")
    st.title("CWG-COP search")
    try:
        settings = load_settings()
        engine = get_engine(str(settings.corpus_dir), str(settings.index_dir), settings.model)
        ensure_index(engine)
        show_intro(engine)
        k, filters = sidebar_filters(engine)
    except CwgcopError as exc:
        st.error(str(exc))
        st.stop()

    st.write("Try:")
    columns = st.columns(len(EXAMPLES))
    for column, example in zip(columns, EXAMPLES):
        if column.button(example, use_container_width=True):
            st.session_state["question"] = example
    question = st.text_input("Your question", key="question",
                             placeholder="e.g. What have countries done to train teachers on online safety?")
    if question.strip():
        try:
            show_answer(engine, question, k, filters)
        except CwgcopError as exc:
            st.error(str(exc))


main()
