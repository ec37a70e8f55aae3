# The README's two commands: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Debian packages the tests start for real, as COMMAND=PACKAGE[,PACKAGE...] (tools/system_packages.sh)
SYSTEM_PACKAGES := redis-server=redis-server chromium=chromium,fonts-wqy-microhei

.PHONY: install system-packages demo test lint format bench fuzz clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@echo "installing articlecrawl and its dependencies into $(VENV) (about a minute, once)"
	@echo "[1/3] creating the virtual environment $(VENV)"
	@$(PYTHON) -m venv $(VENV)
	@echo "[2/3] upgrading pip"
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@echo "[3/3] installing Scrapy, lxml, sqlite-utils, Spidermon, Datasette, Redis and the test tools (the long step)"
	@$(BIN)/python -m pip install --quiet -e '.[dev,ui,cluster]'
	@touch $(STAMP)
	@echo "installed: $(BIN)/articlecrawl"

demo: install
	$(BIN)/articlecrawl demo

system-packages:
	@tools/system_packages.sh $(SYSTEM_PACKAGES)

test: install lint system-packages
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check parsers crawler tests benchmarks fuzz tools
	$(BIN)/ruff format --check parsers crawler tests benchmarks fuzz tools
	$(BIN)/mypy

format: install
	$(BIN)/ruff format parsers crawler tests benchmarks fuzz tools
	$(BIN)/ruff check --fix parsers crawler tests benchmarks fuzz tools

bench: install
	$(BIN)/python benchmarks/parse_speed.py
	$(BIN)/python benchmarks/crawl_speed.py --pages 3000 --memory 2000,20000
	$(BIN)/python benchmarks/recrawl_speed.py --pages 3000
	$(BIN)/python benchmarks/real_pages.py
	$(BIN)/python benchmarks/real_structure.py
	$(BIN)/python benchmarks/cluster_speed.py --pages 2000

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .fuzz-corpus build *.egg-info

# longer fuzzing by hand (make test runs 1,200 executions, about 50 s); the corpus grows in .fuzz-corpus/ between runs
fuzz: install
	mkdir -p .fuzz-corpus
	for page in tests/fixtures/*/page.*; do cp -n "$$page" ".fuzz-corpus/$$(basename $$(dirname $$page))"; done
	$(BIN)/python fuzz/fuzz_parsers.py .fuzz-corpus -max_total_time=$${FUZZ_SECONDS:-600} \
		-timeout=20 -rss_limit_mb=2048 -artifact_prefix=tests/fuzz_crashes/
