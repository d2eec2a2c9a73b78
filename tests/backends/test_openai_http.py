"""The OpenAI-compatible HTTP backend against small scripted HTTP servers on 127.0.0.1: parsing,
request contents, retries, timeouts and fault handling (the real server: test_llama_server.py)."""
from __future__ import annotations

import json
import math
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from guard import GenerateOptions, Guard, load_model
from guard import signals as sig
from guard.backends.openai_http import (LLAMA_CPP_PLAIN_SAMPLING, EndpointError, EndpointTimeout,
                                        OpenAIModel)
from guard.options import default_options

sys.path.insert(0, str(Path(__file__).parent))
import fake_servers  # noqa: E402
import llama_server  # noqa: E402

FAST = dict(retries=2, backoff=0.01, timeout=5.0)
PLAIN = dict(extra_body=LLAMA_CPP_PLAIN_SAMPLING)  # greedy without llama.cpp's repeat penalty
REAL = dict(retries=0, **PLAIN)  # a loopback server that refuses has died: say so, do not retry


# -- scripted local endpoints ----------------------------------------------------------------
def chat_body(content: str, logprobs=((-0.1, -2.5),)) -> bytes:
    """A chat completion whose tokens carry the given (chosen, runner-up) log-probs."""
    tokens = [{"token": f"t{i}", "logprob": a, "top_logprobs": [{"token": f"t{i}", "logprob": a},
                                                              {"token": "x", "logprob": b}]}
              for i, (a, b) in enumerate(logprobs)]
    return json.dumps({"choices": [{"index": 0, "message": {"role": "assistant", "content": content},
                                    "logprobs": {"content": tokens}, "finish_reason": "stop"}]}).encode()


@pytest.fixture
def endpoint():
    made = []

    def make(steps=(), respond=None, **kw) -> fake_servers.FakeEndpoint:
        made.append(fake_servers.FakeEndpoint(steps, respond, **kw))
        return made[-1]

    yield make
    for e in made:
        e.close()


def test_model_name_and_fingerprint_come_from_models(endpoint):
    model = load_model(endpoint([(200, chat_body("Paris"), 0, {})]).url, **FAST)
    assert model.name == "fake-model"
    assert model.fingerprint == "openai:fake-model|root=fake-root"
    assert model.capabilities.logprobs and model.capabilities.top_k
    assert not model.capabilities.hidden_states and not model.capabilities.prompt_logprobs


def test_chat_completion_is_parsed_with_a_top_k_entropy_estimate(endpoint):
    e = endpoint([(200, chat_body("Paris.", [(math.log(0.5), math.log(0.3))] * 3), 0, {})])
    g = OpenAIModel(e.url, **FAST).generate(["Capital of France?"], GenerateOptions(top_k=2))[0]
    assert g.text == "Paris." and g.question == "Capital of France?" and g.token_ids == ()
    assert g.logprobs.shape == (3,) and g.top_logprobs.shape == (3, 2) and g.top_ids is None
    expected = -(0.5 * math.log(0.5) + 0.3 * math.log(0.3) + 0.2 * math.log(0.2))
    assert np.allclose(g.entropies, expected, atol=1e-5)
    assert np.isclose(sig.SIGNALS["mean_margin"].value(g), math.log(0.5 / 0.3), atol=1e-5)


def test_a_trailing_end_of_turn_token_is_not_counted(endpoint):
    tokens = [{"token": t, "logprob": -0.5, "top_logprobs": [{"token": t, "logprob": -0.5}]}
              for t in ["Paris", "."]] + [{"token": "", "logprob": -0.1, "top_logprobs": []}]
    body = {"choices": [{"index": 0, "message": {"content": "Paris."}, "finish_reason": "stop",
                         "logprobs": {"content": tokens}}]}
    e = endpoint([(200, json.dumps(body).encode(), 0, {})])
    g = OpenAIModel(e.url, "m", **FAST).generate(["q"], GenerateOptions(top_k=1))[0]
    assert g.meta["tokens"] == ("Paris", ".") and g.logprobs.tolist() == [-0.5, -0.5]
    assert g.top_logprobs.shape == (2, 1)


def test_completions_endpoint_and_token_ids(endpoint):
    body = {"choices": [{"index": 0, "text": " 4", "finish_reason": "length", "logprobs": {
        "tokens": ["token_id:19"], "token_logprobs": [-0.2],
        "top_logprobs": [{"token_id:20": -3.0, "token_id:19": -0.2}]}}]}
    seen = []
    e = endpoint(respond=lambda req: seen.append(req) or (200, json.dumps(body).encode(), 0, {}))
    g = OpenAIModel(e.url, "m", chat=False, **FAST).generate(["2+2?"], GenerateOptions(top_k=2))[0]
    assert seen[0]["prompt"].endswith("Question: 2+2?\nAnswer:") and seen[0]["logprobs"] == 2
    assert g.text == "4" and g.token_ids == (19,) and g.finish_reason == "length"
    assert g.top_ids.tolist() == [[19, 20]] and np.allclose(g.top_logprobs, [[-0.2, -3.0]])


def test_request_carries_options_system_message_and_extra_body(endpoint):
    seen = []
    e = endpoint(respond=lambda req: seen.append(req) or (200, chat_body("ok"), 0, {}))
    OpenAIModel(e.url, "m", api_key="k", **PLAIN, **FAST).generate(
        ["q?"], GenerateOptions(max_new_tokens=7, top_k=30, system="Be brief.", seed=3))
    req = seen[0]
    assert req["messages"] == [{"role": "system", "content": "Be brief."},
                               {"role": "user", "content": "q?"}]
    assert (req["max_tokens"], req["temperature"], req["top_p"], req["logprobs"]) == (7, 0.0, 1.0, True)
    assert req["top_logprobs"] == 20 and "n" not in req and isinstance(req["seed"], int)
    assert req["repeat_penalty"] == 1.0 and req["top_k"] == 0 and req["model"] == "m"


def test_malformed_json_is_a_clear_error_without_retry(endpoint):
    e = endpoint([(200, b"{'choices': oops", 0, {})])
    with pytest.raises(EndpointError, match=r"/v1/chat/completions: HTTP 200 with malformed JSON.*oops"):
        OpenAIModel(e.url, "m", **FAST).generate(["q"])
    assert e.hits == 1


def test_missing_fields_are_a_clear_error(endpoint):
    e = endpoint([(200, json.dumps({"choices": [{"message": {"content": "hi"}}]}).encode(), 0, {})])
    with pytest.raises(EndpointError, match="unexpected completion format.*logprobs"):
        OpenAIModel(e.url, "m", **FAST).generate(["q"])


def test_500_then_200_is_retried(endpoint):
    e = endpoint([(500, b"boom", 0, {}), (200, chat_body("ok"), 0, {})])
    assert OpenAIModel(e.url, "m", **FAST).generate(["q"])[0].text == "ok"
    assert e.hits == 2


def test_429_is_retried_honouring_retry_after(endpoint):
    e = endpoint([(429, b"slow down", 0, {"Retry-After": "0.3"}), (200, chat_body("ok"), 0, {})])
    start = time.monotonic()
    assert OpenAIModel(e.url, "m", **FAST).generate(["q"])[0].text == "ok"
    assert e.hits == 2 and time.monotonic() - start >= 0.3


def test_400_is_not_retried(endpoint):
    e = endpoint([(400, b'{"error": "context window exceeded"}', 0, {})])
    with pytest.raises(EndpointError, match="HTTP 400.*context window exceeded") as info:
        OpenAIModel(e.url, "m", **FAST).generate(["q"])
    assert e.hits == 1 and info.value.status == 400


def test_slow_responses_time_out_after_retries(endpoint):
    e = endpoint([(200, chat_body("late"), 1.5, {})])
    start = time.monotonic()
    with pytest.raises(EndpointTimeout, match=r"no answer within the 0.3 s timeout \(3 attempt"):
        OpenAIModel(e.url, "m", timeout=0.3, retries=2, backoff=0.01).generate(["q"])
    assert e.hits == 3 and time.monotonic() - start < 3


def test_persistent_5xx_and_refused_connections_end_in_a_clear_error(endpoint):
    e = endpoint([(503, b"overloaded", 0, {})])
    with pytest.raises(EndpointError, match="failed after 3 attempt.*HTTP 503 'overloaded'"):
        OpenAIModel(e.url, "m", **FAST).generate(["q"])
    url = f"http://127.0.0.1:{llama_server.free_port()}/v1"
    with pytest.raises(EndpointError, match="failed after 3 attempt.*Connection"):
        OpenAIModel(url, "m", **FAST).generate(["q"])


def test_bounded_concurrency_keeps_order(endpoint):
    def respond(req):  # later questions answer faster, so completion order is reversed
        q = req["messages"][-1]["content"]
        return 200, chat_body(q.upper()), 0.05 * (8 - int(q[1:])), {}

    e = endpoint(respond=respond)
    questions = [f"q{i}" for i in range(8)]
    gens = OpenAIModel(e.url, "m", concurrency=3, **FAST).generate(questions)
    assert [g.question for g in gens] == questions and [g.text for g in gens] == [q.upper() for q in questions]
    assert e.max_inflight == 3


def test_missing_samples_are_topped_up_one_request_at_a_time(endpoint):
    seeds = []
    e = endpoint(respond=lambda req: seeds.append(req["seed"]) or (200, chat_body("s"), 0, {}))
    gens = OpenAIModel(e.url, "m", **FAST).generate(["a", "b"], GenerateOptions(n=3, temperature=1.0))
    assert [(g.question, g.sample_index) for g in gens] == [(q, i) for q in "ab" for i in range(3)]
    assert e.hits == 6 and len(set(seeds)) == 6


def test_backend_refuses_hidden_states_and_guard_signals_needing_them(endpoint):
    model = OpenAIModel(endpoint([(200, chat_body("x"), 0, {})]).url, "m", **FAST)
    with pytest.raises(ValueError, match="no hidden states"):
        model.generate(["q"], GenerateOptions(hidden_layers=(-1,)))
    with pytest.raises(ValueError, match="question-token log-probabilities"):
        model.generate(["q"], GenerateOptions(prompt_logprobs=True))
    sig.check_signals(sig.LOGPROB_SIGNALS, model)  # log-prob signals run
    with pytest.raises(ValueError, match="needs prompt_hidden, which m cannot provide"):
        sig.check_signals(["mean_logprob", "hidden_prompt"], model)
    with pytest.raises(ValueError, match="needs hidden_states, which m cannot provide"):
        sig.check_signals(["hidden_answer"], model)
    assert not default_options(model).prompt_logprobs


def test_the_embedding_model_is_asked_for_by_its_own_id_and_is_part_of_the_fingerprint(endpoint):
    """A separate pooling server lists its own model id: the embeddings are asked of it, and a
    guard fitted on one embedding model does not load on another's same-sized vectors."""
    asked = []

    def embed(req):
        asked.append(req["model"])
        return 200, json.dumps({"data": [{"embedding": [0.5, -1.0, 2.0]}]}).encode(), 0, {}

    chat = endpoint([(200, chat_body("Paris"), 0, {})])
    pooled = endpoint(respond=embed, models=[{"id": "embed-a", "root": "/models/a"}])
    other = endpoint(respond=embed, models=[{"id": "embed-b"}])
    model = OpenAIModel(chat.url, embeddings_url=pooled.url, **FAST)
    assert model.fingerprint == "openai:fake-model|root=fake-root|embeddings=embed-a@/models/a"
    assert OpenAIModel(chat.url, embeddings_url=other.url, **FAST).fingerprint.endswith("|embeddings=embed-b")
    [g] = model.generate(["Capital of France?"], GenerateOptions(hidden_layers=(-1,)))
    assert asked == ["embed-a"] and g.prompt_hidden.tolist() == [[0.5, -1.0, 2.0]]
    same = endpoint(respond=embed, models=[{"id": "embed-a"}, {"id": "fake-model"}])
    OpenAIModel(chat.url, embeddings_url=same.url, **FAST).generate(["q"], GenerateOptions(hidden_layers=(-1,)))
    assert asked[-1] == "fake-model"  # one server with both: the completions model's vectors


def test_guard_with_logprob_signals_runs_unchanged_and_hidden_state_guard_is_refused(endpoint):
    from helpers import quiz_model, quiz_suite

    def respond(req):  # the quiz model's answers, sure only of its short sums (the right ones)
        question = req["messages"][-1]["content"]
        text = quiz_model(question)
        lp = -0.05 if question.startswith("What is") and len(text) < 8 else -2.0
        return 200, chat_body(text, [(lp, lp - 1.0)] * 3), 0, {}

    model = OpenAIModel(endpoint(respond=respond).url, concurrency=4, **FAST)
    guard = Guard.fit(model, quiz_suite(120), target_hallucination=0.2, confidence_level=0.8,
                      signals=("mean_logprob", "mean_margin"), progress=False)
    assert guard.ask("What is 10 plus 13?").decision == "answer"
    assert guard.ask("What is 4 plus 7?").decision == "abstain"
    with pytest.raises(ValueError, match="'hidden_answerable' needs prompt_hidden, which fake-model"):
        Guard(model, signals=("mean_logprob", "hidden_answerable"))
