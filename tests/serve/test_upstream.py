"""`guard serve --model http://.../v1` in front of a real llama.cpp server (llama-cpp-python,
the same SmolLM2-135M GGUF), with a guard fitted on log-prob signals over that endpoint: the
same verdicts as the guard called directly, streaming, and an upstream killed mid-request (an
OpenAI-style 502) that the server recovers from when the upstream comes back."""
from __future__ import annotations

import threading
import time

import httpx
import openai
import pytest

from servekit import client

QUESTION = "What is the capital of France?"


def chat(server, question: str, **kwargs):
    return client(server).chat.completions.with_raw_response.create(
        model="smollm2-135m", messages=[{"role": "user", "content": question}], **kwargs)


def test_verdicts_are_those_of_the_guard_on_the_same_endpoint(upstream, llama_guard):
    raw = chat(upstream, QUESTION, extra_body={"guard_on_fail": "flag"})
    r = raw.parse()
    mine = llama_guard.ask(QUESTION)
    assert r.choices[0].message.content == mine.raw_text and "paris" in mine.raw_text.lower()
    v = r.choices[0].guard
    assert v["confidence"] == pytest.approx(mine.confidence, abs=1e-3)
    assert v["decision"] == ("answer" if mine.decision == "answer" else "flag")
    assert v["p_answerable"] is None  # no hidden states over HTTP
    assert raw.headers["x-guard-decision"] == v["decision"]
    assert httpx.get(upstream.base + "/health").json()["mode"] == "upstream"


def test_streaming_through_the_upstream(upstream, llama_guard):
    # llama.cpp reuses its KV cache across requests, so the same question can get a slightly
    # different greedy answer from one request to the next: compare the stream with itself
    with client(upstream).completions.with_streaming_response.create(
            model="m", prompt="Who wrote Hamlet?", stream=True) as raw:
        chunks = list(raw.parse())
        decision = raw.headers["x-guard-decision"]
    text = "".join(c.choices[0].text for c in chunks)
    last = chunks[-1].choices[0]
    assert last.guard["decision"] == decision and last.finish_reason in ("stop", "length")
    assert all(getattr(c.choices[0], "guard", None) is None for c in chunks[:-1])
    if decision == "abstain":
        assert text == llama_guard.abstain_message and "below threshold" in last.guard["reason"]
    else:
        assert decision == "answer" and "shakespeare" in text.lower()
        assert last.guard["confidence"] >= llama_guard.threshold.threshold


def test_upstream_killed_mid_request_is_a_502_and_the_server_recovers(upstream, llama):
    # occupy the upstream (it answers one request at a time) so the guarded request is in flight
    blocker = threading.Thread(target=_long_direct_request, args=(llama.url,), daemon=True)
    blocker.start()
    time.sleep(0.5)
    result: dict = {}

    def guarded() -> None:
        try:
            result["answer"] = chat(upstream, QUESTION).parse()
        except Exception as exc:  # noqa: BLE001 - the assertion below names it
            result["error"] = exc

    asking = threading.Thread(target=guarded)
    asking.start()
    time.sleep(1.0)
    llama.stop(crash=True)  # SIGKILL, while the guarded request waits on it
    asking.join(60)
    blocker.join(10)
    try:
        err = result.get("error")
        assert err is not None, f"the guarded request was not in flight when killed: {result}"
        assert isinstance(err, openai.InternalServerError) and err.status_code == 502
        assert err.body["type"] == "upstream_error" and "127.0.0.1" not in str(err.body)
        assert "upstream model server failed" in err.body["message"]
        metrics = httpx.get(upstream.base + "/metrics").text
        assert "guard_upstream_errors_total 1.0" in metrics
        assert 'guard_requests_total{endpoint="/v1/chat/completions",status="502"} 1.0' in metrics
    finally:
        llama.start()  # the same port: the upstream comes back
    raw = chat(upstream, QUESTION, extra_body={"guard_on_fail": "flag"})  # same guard server
    after = raw.parse().choices[0]
    assert raw.http_response.status_code == 200 and after.message.content.strip()
    assert after.guard["decision"] in ("answer", "flag") and 0 <= after.guard["confidence"] <= 1


def _long_direct_request(url: str) -> None:
    """2000 tokens whatever the machine's speed: SmolLM2's end tokens (<|endoftext|> 0,
    <|im_end|> 2) are banned, so the upstream stays busy until it is killed."""
    try:
        httpx.post(url + "/chat/completions", timeout=120, json={
            "model": "smollm2-135m", "max_tokens": 2000, "temperature": 0,
            "logit_bias": {"0": -100, "2": -100},
            "messages": [{"role": "user", "content": "Count from 1 to 1000, one number a line."}]})
    except httpx.HTTPError:
        pass  # killed under it
