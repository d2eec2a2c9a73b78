"""Session fixtures of the serve tests: each guard is fitted once and served once.

- `smollm_guard` / `inproc`: the packaged SmolLM2-135M in process (every signal).
- `llama` / `llama_guard` / `upstream`: a real llama.cpp server (llama-cpp-python) for the same
  GGUF, a guard fitted over HTTP on log-prob signals, and the guard server in front of it.
- `fake_upstream` / `fake_guard` / `fake_server`: a scripted endpoint for fault injection.
"""
from __future__ import annotations

import math
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from servekit import LOGPROB_SIGNALS, PLAIN, ScriptedUpstream, fit, llama_server, need, serve  # noqa: E402

from guard import Guard, load_model  # noqa: E402


@pytest.fixture(scope="session")
def smollm_guard(smollm) -> Guard:
    return fit(smollm)


@pytest.fixture(scope="session")
def inproc(smollm_guard):
    server = serve(smollm_guard, max_wait_ms=20, client_policy="allow")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def llama():
    need(llama_server.python_server_available(), "llama-cpp-python[server] is not installed")
    with llama_server.LlamaServer() as server:
        yield server


@pytest.fixture(scope="session")
def llama_guard(llama) -> Guard:
    model = load_model(llama.url, concurrency=4, extra_body=PLAIN, retries=2, backoff=0.05)
    return fit(model, LOGPROB_SIGNALS)


@pytest.fixture(scope="session")
def upstream(llama_guard):
    server = serve(llama_guard, client_policy="allow")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def fake_upstream():
    upstream = ScriptedUpstream()
    yield upstream
    upstream.endpoint.close()


@pytest.fixture(scope="session")
def fake_guard(fake_upstream) -> Guard:
    from helpers import quiz_suite

    model = load_model(fake_upstream.endpoint.url, concurrency=8, retries=3, backoff=0.02, timeout=10)
    guard = Guard.fit(model, quiz_suite(120), target_hallucination=0.2, confidence_level=0.8,
                      signals=LOGPROB_SIGNALS, progress=False)
    assert math.isfinite(guard.threshold.threshold)
    return guard


@pytest.fixture(scope="session")
def fake_server(fake_guard):
    server = serve(fake_guard, api_key="sekret", max_body_bytes=4096, max_tokens_cap=512, max_n=2,
                   client_policy="allow")
    yield server
    server.stop()
