"""A real headless Chromium against the app served on a free loopback port."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import ROOT, make_engine
from servers import free_port, wait_until_up

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Chromium must not try to reach the network: this machine has none but loopback.
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]


@contextmanager
def serve(corpus: Path, index: Path, tmp_path: Path):
    """The app served on a free loopback port over ``corpus`` and its built ``index``; yields the URL."""
    port = free_port()
    env = {**os.environ, "CWGCOP_CORPUS": str(corpus), "CWGCOP_INDEX": str(index)}
    log = open(tmp_path / "streamlit.log", "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/_stcore/health", process, tmp_path / "streamlit.log", 90)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


@pytest.fixture
def served_app(shipped_engine, tmp_path):
    with serve(shipped_engine.settings.corpus_dir, shipped_engine.settings.index_dir, tmp_path) as url:
        yield url


@contextmanager
def browser_page():
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed; 'make test' installs it.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield browser.new_page(viewport={"width": 1280, "height": 1000})
        finally:
            browser.close()


def wait_until_idle(page, timeout: float = 90_000) -> None:
    """Wait until no script run is going on in the served app.

    Streamlit marks its root element with the state of the session's script run:
    'initial' before the first run, then 'running' or 'notRunning'. A click does not
    mark the run it asks for, so just after one the root may still say 'notRunning':
    after a click, first wait for something that run draws.
    """
    page.locator("[data-testid='stApp'][data-test-script-state='notRunning']").wait_for(timeout=timeout)


def open_app(page, url: str) -> None:
    """Open the app and wait for its first script run to end, before the test works the page.

    The question box is drawn part-way through that run; a click or a key while the run
    goes on races the page being drawn under it, and the model loading beside the run
    (the app's warm-up) makes the run longer.
    """
    page.goto(url, wait_until="domcontentloaded")
    wait_until_idle(page)
    page.get_by_placeholder("Ask about the CWG-COP reports").wait_for(timeout=30_000)


def ask(page, url: str, question: str) -> None:
    """Open the app and send a question the way a user does."""
    open_app(page, url)
    box = page.get_by_placeholder("Ask about the CWG-COP reports")
    box.fill(question)
    box.press("Enter")


def test_ask_in_a_real_browser_and_open_the_citation(served_app, tmp_path):
    with browser_page() as page:
        ask(page, served_app, "Who chaired the 19th meeting of CWG-COP?")
        answer = page.get_by_text("chaired by Mr Abdelaziz Alzarooni (UAE). [1]")
        answer.first.wait_for(timeout=90_000)
        citation = page.get_by_text("[1] Report of the 19th meeting of CWG-COP, 10 October 2023, para. 1.1")
        citation.first.click()
        details = page.get_by_text("1 Introduction · paragraph 1.1")
        details.first.wait_for(timeout=30_000)
        assert details.first.is_visible()
        page.get_by_text("The nineteenth meeting of CWG-COP was held").first.wait_for(timeout=30_000)
        page.wait_for_timeout(800)  # let the expander finish opening before the screenshot
        shot = tmp_path / "answer.png"
        page.screenshot(path=str(shot), full_page=True)
        artifacts = ROOT / "test-artifacts"
        artifacts.mkdir(exist_ok=True)
        shutil.copy(shot, artifacts / "browser-answer.png")
        assert shot.stat().st_size > 10_000


HOSTILE_REPORT = """Purpose
This report summarizes the main results of the fifth meeting of the Council Working Group on Harbour Safety (CWG-HS), held on 3 March 2021.
1 Introduction
1.1 The fifth meeting of CWG-HS was held on 3 March 2021 and discussed the upkeep of lighthouses.
2 Updates [Click me](http://evil.example/phish) ![px](http://127.0.0.1:9/pixel.png)
2.1 The group heard how lighthouse keepers are trained to repair lamps <img src="http://127.0.0.1:9/img.png"> and lenses, see [the guide](http://evil.example/guide) <https://evil.example/auto>.
"""


def test_markup_inside_a_report_is_shown_as_text_and_fetches_nothing(tmp_path, embedder):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "hostile.txt").write_text(HOSTILE_REPORT, encoding="utf-8")
    make_engine(corpus, tmp_path / "index").index()
    with serve(corpus, tmp_path / "index", tmp_path) as url, browser_page() as page:
        outside = []
        page.on("request", lambda request: None if request.url.startswith(url) else outside.append(request.url))
        ask(page, url, "How are lighthouse keepers trained to repair lamps?")
        citation = page.get_by_text("[1] Report of the 5th meeting of CWG-HS")
        citation.first.wait_for(timeout=90_000)
        citation.first.click()
        # The heading's Markdown is on screen as the characters the report holds.
        page.get_by_text("2 Updates [Click me](").first.wait_for(timeout=90_000)
        page.get_by_text("Open the whole report").first.click()
        page.get_by_text("Back to the chat").first.wait_for(timeout=90_000)
        page.wait_for_timeout(1500)
        assert page.locator("a[href*='evil.example']").count() == 0
        assert page.locator("img[src*='127.0.0.1:9']").count() == 0
        assert not [u for u in outside if "evil.example" in u or "127.0.0.1:9/" in u], outside
