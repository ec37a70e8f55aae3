# The README's two commands: `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint format bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: install
	$(BIN)/articlecrawl demo

test: install lint
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check parsers crawler tests benchmarks
	$(BIN)/ruff format --check parsers crawler tests benchmarks
	$(BIN)/mypy

format: install
	$(BIN)/ruff format parsers crawler tests benchmarks
	$(BIN)/ruff check --fix parsers crawler tests benchmarks

bench: install
	$(BIN)/python benchmarks/parse_speed.py
	$(BIN)/python benchmarks/crawl_speed.py --pages 3000

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache build *.egg-info
