"""A real headless Chromium against the app served on a free loopback port."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from servers import free_port, wait_until_up

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# Chromium must not try to reach the network: this machine has none but loopback.
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]


@pytest.fixture
def served_app(shipped_engine, tmp_path):
    port = free_port()
    env = {**os.environ, "CWGCOP_CORPUS": str(shipped_engine.settings.corpus_dir),
           "CWGCOP_INDEX": str(shipped_engine.settings.index_dir)}
    log = open(tmp_path / "streamlit.log", "w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true",
         "--browser.gatherUsageStats", "false"],
        cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/_stcore/health", process, tmp_path / "streamlit.log", 90)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


def test_ask_in_a_real_browser_and_open_the_citation(served_app, tmp_path):
    if not Path(CHROMIUM).exists():
        pytest.fail("Debian's chromium is not installed; 'make test' installs it.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.goto(served_app, wait_until="domcontentloaded")
            box = page.get_by_placeholder("Ask about the CWG-COP reports")
            box.wait_for(timeout=90_000)
            box.fill("Who chaired the 19th meeting of CWG-COP?")
            box.press("Enter")
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
        finally:
            browser.close()
