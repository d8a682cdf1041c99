"""Seconds from starting the app (index already built) to its first answer, in a real browser.

Usage: python benchmarks/startup.py [--corpus DIR] [--index DIR]
Builds the index first if needed (not timed), starts `streamlit run app.py`
on a free loopback port, and prints: seconds until the server answers its
health check, until the page shows the question box, and until the first
question's cited answer is on screen. Needs Debian's chromium (make test).
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The app started below imports the package beside it; this script must build the index with the
# same one, not an installed copy of another checkout (an index of another schema is rebuilt by
# the app's first script run, inside the timing).
sys.path.insert(0, str(ROOT))

from cwgcop_search.config import load_settings  # noqa: E402
from cwgcop_search.engine import Engine  # noqa: E402

ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--index", type=Path)
    args = parser.parse_args()
    settings = load_settings(overrides={"corpus_dir": args.corpus, "index_dir": args.index})
    Engine(settings).ensure_index()
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "CWGCOP_CORPUS": str(Path(settings.corpus_dir).resolve()),
           "CWGCOP_INDEX": str(Path(settings.index_dir).resolve())}
    from playwright.sync_api import sync_playwright

    # The user's browser is already open: launching Chromium (seconds on a loaded 2-core
    # machine) is timed apart, before the app starts, and not counted in the app's start-up.
    with sync_playwright() as playwright:
        launched = time.perf_counter()
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page()
        page.goto("about:blank")
        browser_s = time.perf_counter() - launched
        start = time.perf_counter()
        server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
                                   "--server.port", str(port), "--server.address", "127.0.0.1",
                                   "--server.headless", "true"], env=env, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL, cwd=ROOT)
        url = f"http://127.0.0.1:{port}"
        try:
            while True:
                try:
                    with urllib.request.urlopen(f"{url}/_stcore/health", timeout=1):
                        break
                except OSError:
                    time.sleep(0.05)
            healthy = time.perf_counter() - start
            page.goto(url)
            loaded = time.perf_counter() - start
            box = page.get_by_placeholder("Ask about the CWG-COP reports")
            box.wait_for(timeout=120_000)
            ready = time.perf_counter() - start
            box.fill("Who chaired the 19th meeting of CWG-COP?")
            box.press("Enter")
            page.get_by_text("chaired by Mr Abdelaziz Alzarooni (UAE). [1]").first.wait_for(timeout=120_000)
            answered = time.perf_counter() - start
            browser.close()
            print(f"browser launched in       {browser_s:5.1f} s (before the app starts; not counted)")
            print(f"server healthy after      {healthy:5.1f} s")
            print(f"page loaded after         {loaded:5.1f} s")
            print(f"question box shown after  {ready:5.1f} s")
            print(f"first answer shown after  {answered:5.1f} s (the question itself took {answered - ready:.1f} s "
                  f"from pressing Enter)")
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
