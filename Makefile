# The README's two commands:  make run   and   make test
# Both create .venv if absent, install what they need once, and are quick
# on a second run (the stamps below only redo work when pyproject.toml changes).

VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
PORT   ?= 8501
# The CPU build of torch; a plain "torch" would pull a multi-GB CUDA build.
TORCH  := torch==2.13.0

.PHONY: run test index browser clean-index

run: $(VENV)/.deps-app
	@# Exit status 3 means some files were skipped (listed above): the app still starts.
	$(VENV)/bin/cwgcop-search index || [ $$? -eq 3 ]
	$(VENV)/bin/streamlit run app.py --server.port $(PORT) --server.address localhost \
		--server.headless true --browser.gatherUsageStats false

index: $(VENV)/.deps-app
	$(VENV)/bin/cwgcop-search index || [ $$? -eq 3 ]

test: $(VENV)/.deps-test browser
	$(PY) -m pytest

$(PY):
	python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.deps-app: pyproject.toml | $(PY)
	$(PIP) install --quiet $(TORCH)
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.deps-test: pyproject.toml | $(PY)
	$(PIP) install --quiet $(TORCH)
	@echo "Installing the test tools; llama-cpp-python compiles once (about 10 minutes on 2 cores), then pip's cache is used"
	CMAKE_BUILD_PARALLEL_LEVEL=2 $(PIP) install --quiet -e '.[test,llm]'
	touch $@ $(VENV)/.deps-app

# Debian's Chromium for the real-browser test (Playwright drives it; it
# never downloads a browser of its own).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
		echo "Installing Debian's chromium for the browser test"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
		$$SUDO apt-get update -q && $$SUDO apt-get install -y -q chromium; }

clean-index:
	rm -rf index/gen-* index/.building-* index/CURRENT
