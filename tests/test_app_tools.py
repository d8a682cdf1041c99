"""The app's views for an intervention (who said what, timeline, practices) and the brief, via AppTest."""

from __future__ import annotations

import io

import docx
from conftest import plain

from cwgcop_search import brief


def texts(at) -> str:
    return "\n".join(plain(e.value) for e in list(at.markdown) + list(at.caption))


def pin_buttons(at, tab=None):
    buttons = at.button if tab is None else at.tabs[tab].button
    return [b for b in buttons if b.label == "Pin to brief"]


def test_the_views_are_tabs_beside_the_chat_and_the_question_box_is_outside_them(app):
    assert not app.exception
    assert [t.label for t in app.tabs] == ["Ask", "Library", "Who said what", "Timeline", "Good practices", "Brief"]
    assert len(app.chat_input) == 1
    assert all(not tab.chat_input for tab in app.tabs)  # in the main body: pinned at the bottom


def test_the_examples_disappear_once_a_conversation_starts(app):
    assert any(b.label == "Who chaired the 19th meeting of CWG-COP?" for b in app.button)
    app.chat_input[0].set_value("Who chaired the 19th meeting of CWG-COP?").run()
    assert not app.exception
    assert not any(b.label == "What did Albania present in 2023?" for b in app.button)


def test_who_said_what_lists_an_actors_contributions_in_date_order(app):
    app.selectbox(key="who-actor").select("Poland").run()
    assert not app.exception
    shown = texts(app)
    assert shown.index("Report of the 14th meeting of CWG-COP, 23 January 2018, para. 6.12") < \
        shown.index("Report of the 19th meeting of CWG-COP, 10 October 2023, para. 5.12")
    assert "Poland's contribution provided a comprehensive overview" in shown
    assert app.dataframe  # every actor with counts per meeting


def test_the_timeline_charts_passages_per_meeting(app):
    app.text_input(key="timeline-topic").input("phones in schools").run()
    assert not app.exception
    assert app.get("vega_lite_chart")  # the chart: meetings on one axis, passages on the other
    shown = texts(app)
    assert "First appears" in shown and "Report of the 14th meeting of CWG-COP, 23 January 2018, para. 6.12" in shown
    assert "Latest position" in shown


def test_good_practices_are_grouped_and_filtered_by_region(app):
    app.selectbox(key="practices-region").select("Europe").run()
    app.text_input(key="practices-topic").input("training teachers").run()
    assert not app.exception
    practices_tab = app.tabs[4]
    assert [s.value for s in practices_tab.subheader] == ["Europe"]
    assert "Andorra" in "\n".join(m.value for m in practices_tab.markdown)


def test_pinned_items_make_a_brief_that_can_be_reordered_removed_and_exported(app):
    app.selectbox(key="who-actor").select("Egypt").run()
    pin_buttons(app, tab=2)[0].click().run()
    app.text_input(key="practices-topic").input("training teachers").run()
    pin_buttons(app, tab=4)[0].click().run()
    pinned = app.session_state["brief"]
    assert [item.kind for item in pinned] == ["contribution", "practice"]
    app.button(key="brief-down-0").click().run()
    assert [item.kind for item in app.session_state["brief"]] == ["practice", "contribution"]
    markdown = brief.to_markdown(app.session_state["brief"])
    assert "## 2. Egypt, 23 January 2018" in markdown
    assert "- Report of the 14th meeting of CWG-COP, meeting 14, 23 January 2018, para. 5.1 " \
           "(CWG-COP-14th-meeting-report-2018.txt)" in markdown
    app.button(key="brief-remove-0").click().run()
    assert [item.kind for item in app.session_state["brief"]] == ["contribution"]


def test_a_chat_answer_can_be_pinned(app):
    app.chat_input[0].set_value("Who chaired the 19th meeting of CWG-COP?").run()
    next(b for b in app.button if b.key == next(k for k in [b.key for b in app.button]
                                                 if k and k.startswith("pin-answer-"))).click().run()
    (item,) = app.session_state["brief"]
    assert item.kind == "answer" and item.heading == "Who chaired the 19th meeting of CWG-COP?"
    assert item.sources[0].paragraph == "1.1" and item.sources[0].meeting == "19"


def test_the_brief_in_word_has_a_heading_per_item_and_full_citations(shipped_engine):
    actor, found = shipped_engine.who("Egypt")
    items = ()
    for contribution in found[:2]:
        items = brief.pin(items, brief.from_contribution(contribution))
    items = brief.pin(items, brief.from_contribution(found[0]))  # pinned twice, kept once
    document = docx.Document(io.BytesIO(brief.to_docx(items)))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 2")]
    assert headings == ["1. Egypt, 23 January 2018", "2. Egypt, 23 January 2018"]
    citations = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert citations[1] == ("Report of the 14th meeting of CWG-COP, meeting 14, 23 January 2018, para. 6.10 "
                            "(CWG-COP-14th-meeting-report-2018.txt)")


def test_the_sidebar_filters_by_country_or_organisation(app):
    app.sidebar.multiselect(key="actor-filter").select("Egypt").run()
    app.chat_input[0].set_value("What was done on digital literacy?").run()
    assert not app.exception
    cited = [e for e in app.expander if plain(e.label).startswith("[")]
    assert cited
    for expander in cited:
        assert "Egypt" in "\n".join(plain(m.value) for m in expander.markdown)
