"""The app's views for preparing an intervention: who said what, a topic across meetings,
good practices, and the brief. UI only: everything shown comes from the engine and
cwgcop_search.brief; app.py calls these inside its tabs.
"""

from __future__ import annotations

import re

import streamlit as st

from cwgcop_search import brief
from cwgcop_search.contributions import group_label
from cwgcop_search.countries import REGIONS
from cwgcop_search.errors import CwgcopError

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


# An invisible word joiner: GFM links bare "http://", "www." and e-mail addresses in the text
# it has already unescaped, so escaping cannot stop it; splitting the trigger can.
_NO_LINK = "\u2060"


def markdown_safe(text: str) -> str:
    """Show report or user text literally: no Markdown, HTML, entities or links from it."""
    escaped = re.sub(r"([\\`*_{}\[\]()#+\-.!|<>~$:@&])", r"\\\1", text)
    escaped = re.sub(r"(?i)\b(https?|ftp|www)(?=\\[:.])", rf"\1{_NO_LINK}", escaped)
    escaped = escaped.replace("\\@", f"{_NO_LINK}\\@")
    return escaped.replace("\n", "  \n")


def items() -> tuple[brief.BriefItem, ...]:
    return st.session_state.setdefault("brief", ())


def _pin(item: brief.BriefItem) -> None:
    st.session_state["brief"] = brief.pin(items(), item)
    st.toast(markdown_safe(f"Pinned to the brief: {item.heading[:60]}"))


def pin_button(item: brief.BriefItem, key: str) -> None:
    """A button that adds ``item`` to the brief (once)."""
    pinned = any(i.key == item.key for i in items())
    # A Material icon, drawn by Streamlit's own font: emoji need a colour-emoji font many servers lack.
    st.button("Pinned" if pinned else "Pin to brief", icon=":material/push_pin:", key=f"pin-{key}",
              on_click=_pin, args=(item,),
              disabled=pinned, type="tertiary")


def _passage_details(passage) -> None:
    with st.expander("The whole passage"):
        st.caption(markdown_safe(passage.citation + f" · {passage.source}"))
        st.markdown(markdown_safe(passage.text))


# ----------------------------------------------------------------- who said what

def show_who(engine) -> None:
    labels, counts = engine.actors()
    if not counts:
        st.info("No country or organisation is attributed anything in the indexed reports.")
        return
    names = [c.actor.name for c in counts]
    chosen = st.selectbox("Country or organisation", names, index=None, key="who-actor",
                          placeholder="Choose or type a name (e.g. Egypt, UNICEF)")
    mentions = st.toggle("Also passages that only mention it", key="who-mentions")
    if chosen:
        try:
            actor, found = engine.who(chosen, mentions)
        except CwgcopError as exc:
            st.error(markdown_safe(str(exc)))
            return
        where = f", {actor.region}" if actor.region else ""
        st.subheader(markdown_safe(actor.name))
        st.caption(markdown_safe(f"{actor.kind}{where} · {len(found)} passage{'s' if len(found) != 1 else ''}, in date order"))
        for number, contribution in enumerate(found):
            passage = contribution.passage
            with st.container(border=True):
                role = "" if contribution.role == "presenter" else " · mentioned"
                st.markdown(markdown_safe(contribution.summary))
                st.caption(markdown_safe(f"{passage.citation}{role}"))
                pin_button(brief.from_contribution(contribution), f"who-{number}-{passage.chunk_id}")
                _passage_details(passage)
    st.subheader("Every actor, per meeting")
    st.caption("Passages in which each country or organisation presented or spoke ('21-22': a report on both).")
    st.dataframe([{"actor": c.actor.name, "kind": c.actor.kind, **{m: c.per_meeting.get(m, 0) for m in labels},
                   "total": c.total} for c in counts], hide_index=True, width="stretch")


# ----------------------------------------------------------------- timeline

def show_timeline(engine) -> None:
    topic = st.text_input("Topic", key="timeline-topic", placeholder="e.g. age verification")
    if not topic.strip():
        st.caption("Follow a topic across meetings: when it first appeared and the latest position.")
        return
    try:
        timeline = engine.timeline(topic)
    except CwgcopError as exc:
        st.error(markdown_safe(str(exc)))
        return
    if not timeline.points:
        st.info(markdown_safe(f"No passage of the reports is on '{topic}'."))
        return
    st.bar_chart({"meeting": [f"{p.meeting} ({p.date[:4]})" for p in timeline.points],
                  "passages": [len(p.passages) for p in timeline.points]},
                 x="meeting", y="passages", x_label="meeting (year)", y_label="passages on the topic", sort=False)
    first, latest = timeline.first, timeline.latest
    columns = st.columns(2)
    with columns[0]:
        st.markdown("**First appears**")
        st.caption(markdown_safe(first.citation))
        pin_button(brief.from_passage(first, f"{topic}: first appearance"), f"tl-first-{first.chunk_id}")
    with columns[1]:
        st.markdown("**Latest position**")
        st.caption(markdown_safe(latest.citation))
        pin_button(brief.from_passage(latest, f"{topic}: latest position"), f"tl-latest-{latest.chunk_id}")
    for point in timeline.points:
        st.markdown(f"**Meeting {markdown_safe(point.meeting)}** · {markdown_safe(point.date_text)} · "
                    f"{len(point.passages)} passage{'s' if len(point.passages) != 1 else ''}")
        for passage in point.passages:
            with st.container(border=True):
                st.caption(markdown_safe(passage.citation))
                st.markdown(markdown_safe(passage.text))
                pin_button(brief.from_passage(passage, f"{topic}: meeting {point.meeting}"),
                           f"tl-{point.meeting}-{passage.chunk_id}")


# ----------------------------------------------------------------- practices

def show_practices(engine) -> None:
    columns = st.columns([3, 1])
    topic = columns[0].text_input("Topic", key="practices-topic", placeholder="e.g. training teachers")
    region = columns[1].selectbox("Region", ["All"] + list(REGIONS), key="practices-region")
    if not topic.strip():
        st.caption("The best passage per country or organisation on a topic, grouped, ranked and cited.")
        return
    try:
        found = engine.practices(topic, None if region == "All" else region)
    except CwgcopError as exc:
        st.error(markdown_safe(str(exc)))
        return
    if not found:
        st.info(markdown_safe(f"No country or organisation presented on '{topic}'"
                              + ("" if region == "All" else f" in {region}.")))
        return
    groups: dict[str, list] = {}
    for practice in found:
        groups.setdefault(group_label(practice.actor), []).append(practice)
    for label, practices in groups.items():
        st.subheader(markdown_safe(label))
        for practice in practices:
            with st.container(border=True):
                st.markdown(f"**{markdown_safe(practice.actor.name)}**: {markdown_safe(practice.summary)}")
                st.caption(markdown_safe(practice.passage.citation))
                pin_button(brief.from_practice(practice, topic), f"pr-{practice.actor.key}-{practice.passage.chunk_id}")
                _passage_details(practice.passage)


# ----------------------------------------------------------------- the brief

def _move(index: int, offset: int) -> None:
    st.session_state["brief"] = brief.move(items(), index, offset)


def _remove(index: int) -> None:
    st.session_state["brief"] = brief.remove(items(), index)


def show_brief() -> None:
    pinned = items()
    if not pinned:
        st.info("Nothing pinned yet. Pin answers, passages, contributions and practices with 'Pin to brief'; "
                "they collect here, to reorder and export.")
        return
    st.caption(f"{len(pinned)} item{'s' if len(pinned) != 1 else ''}; exported with a heading per item "
               f"and full citations.")
    columns = st.columns(2)
    columns[0].download_button("Brief as Word (DOCX)", brief.to_docx(pinned), file_name="cwgcop-brief.docx",
                               mime=DOCX_MIME, key="brief-docx", width="stretch", on_click="ignore")
    columns[1].download_button("Brief as Markdown", brief.to_markdown(pinned), file_name="cwgcop-brief.md",
                               mime="text/markdown", key="brief-md", width="stretch", on_click="ignore")
    for index, item in enumerate(pinned):
        with st.container(border=True):
            st.markdown(f"**{index + 1}. {markdown_safe(item.heading)}**")
            st.markdown(markdown_safe(item.text))
            for source in item.sources:
                st.caption(markdown_safe(source.citation))
            buttons = st.columns([1, 1, 1, 5])
            buttons[0].button("↑ Up", key=f"brief-up-{index}", on_click=_move, args=(index, -1),
                              disabled=index == 0)
            buttons[1].button("↓ Down", key=f"brief-down-{index}", on_click=_move, args=(index, 1),
                              disabled=index == len(pinned) - 1)
            buttons[2].button("Remove", key=f"brief-remove-{index}", on_click=_remove, args=(index,))
