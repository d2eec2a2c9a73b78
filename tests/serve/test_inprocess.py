"""`guard serve` with the packaged SmolLM2-135M in process, through the official openai client:
verdicts, headers, streaming, policies, chat turns, system prompts, metrics, and 8 concurrent
clients micro-batched with the same answers as one at a time."""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from servekit import client, serve

QUESTIONS = ["What is the capital of France?", "Who wrote Romeo and Juliet?",
             "What is the chemical symbol for gold?", "Who founded Velmoria Labs?",
             "How many legs does a spider have?", "What year did Zorbleth Quanmire die?",
             "What is the largest planet in the solar system?", "Who painted the Mona Lisa?"]
UNKNOWN = ["Who founded Velmoria Labs?", "What year did Zorbleth Quanmire die?",
           "What is the middle name of the inventor of the Krastel engine?",
           "Who won the 1987 Dravonian chess open?", "What is the population of Quenlit?"]


def ask(server, question: str, **kwargs):
    raw = client(server).chat.completions.with_raw_response.create(
        model="smollm2-135m", messages=[{"role": "user", "content": question}], **kwargs)
    return raw.parse(), raw.headers


def test_answer_is_the_guards_own_with_its_verdict_and_headers(inproc, smollm_guard):
    r, headers = ask(inproc, QUESTIONS[0])
    mine = smollm_guard.ask(QUESTIONS[0])  # the same Guard, called directly
    choice = r.choices[0]
    assert choice.message.content == mine.text and "paris" in mine.raw_text.lower()
    v = choice.guard
    assert v["decision"] == mine.decision and v["confidence"] == pytest.approx(mine.confidence, abs=1e-3)
    assert v["threshold"] == pytest.approx(smollm_guard.threshold.threshold)
    assert v["p_answerable"] == pytest.approx(mine.p_answerable, abs=1e-3)
    assert headers["x-guard-decision"] == v["decision"]
    assert float(headers["x-guard-confidence"]) == pytest.approx(v["confidence"], abs=1e-4)
    assert r.model == "smollm2-135m" and r.object == "chat.completion"


def test_models_health_and_metrics(inproc, smollm_guard):
    c = client(inproc)
    assert [m.id for m in c.models.list()] == ["smollm2-135m"]
    health = httpx.get(inproc.base + "/health").json()
    assert health["mode"] == "in-process" and health["fingerprint"] == smollm_guard.model.fingerprint
    ask(inproc, QUESTIONS[1])
    text = httpx.get(inproc.base + "/metrics").text
    for name in ("guard_requests_total", "guard_decisions_total", "guard_request_duration_seconds_bucket",
                 "guard_window_answer_rate", "guard_drift_alarm", "guard_expected_answer_rate",
                 "guard_foreign_prompt_answers_total", "guard_batch_size_bucket"):
        assert name in text
    assert 'guard_requests_total{endpoint="/v1/chat/completions",status="200"}' in text


def test_streaming_holds_content_until_judged_and_ends_with_the_verdict(inproc):
    plain, _ = ask(inproc, QUESTIONS[2])
    with client(inproc).chat.completions.with_streaming_response.create(
            model="m", messages=[{"role": "user", "content": QUESTIONS[2]}], stream=True) as raw:
        assert raw.headers["x-guard-decision"] == plain.choices[0].guard["decision"]
        chunks = list(raw.parse())
    text = "".join(c.choices[0].delta.content or "" for c in chunks)
    assert text == plain.choices[0].message.content
    assert chunks[-1].choices[0].finish_reason is not None
    assert chunks[-1].choices[0].guard == plain.choices[0].guard
    assert all(getattr(c.choices[0], "guard", None) is None for c in chunks[:-1])


def test_completions_endpoint_with_two_prompts_and_n(inproc, smollm_guard):
    r = client(inproc).completions.create(model="m", prompt=QUESTIONS[:2], n=2)
    mine = smollm_guard.ask_many(QUESTIONS[:2])
    assert [c.text for c in r.choices] == [mine[0].text] * 2 + [mine[1].text] * 2
    assert [c.index for c in r.choices] == [0, 1, 2, 3]
    assert "n=2: greedy answers" in r.choices[0].guard["reason"]


def test_eight_concurrent_clients_get_the_answers_they_get_alone(inproc):
    alone = [ask(inproc, q)[0].choices[0] for q in QUESTIONS]
    before = _batches(inproc)
    with ThreadPoolExecutor(8) as pool:
        together = [r.choices[0] for r, _ in pool.map(lambda q: ask(inproc, q), QUESTIONS)]
    for a, b in zip(alone, together):
        assert b.message.content == a.message.content
        assert b.guard["decision"] == a.guard["decision"]
        assert b.guard["confidence"] == pytest.approx(a.guard["confidence"], abs=1e-3)
    batches, questions = (now - then for now, then in zip(_batches(inproc), before))
    assert questions == 8 and batches < 8, "concurrent requests should have shared batches"


def _batches(server) -> tuple[float, float]:
    """(micro-batches run, questions in them) so far, from /metrics."""
    lines = httpx.get(server.base + "/metrics").text.splitlines()
    value = {line.split()[0]: float(line.split()[-1]) for line in lines if line.startswith("guard_batch_size_")}
    return value["guard_batch_size_count"], value["guard_batch_size_sum"]


def test_multi_turn_and_a_foreign_system_prompt_are_passed_through_and_said(inproc, smollm_guard):
    system = "You are a pirate. Answer like one."
    messages = [{"role": "system", "content": system}, {"role": "user", "content": "Hi!"},
                {"role": "assistant", "content": "Ahoy!"}, {"role": "user", "content": QUESTIONS[6]}]
    r = client(inproc).chat.completions.create(model="m", messages=messages, max_tokens=7, temperature=0.9)
    opts = smollm_guard.options
    (mine,) = smollm_guard.ask_many([QUESTIONS[6]], system)  # what the server asks, in Python
    assert r.choices[0].guard["confidence"] == pytest.approx(mine.confidence, abs=1e-3)
    reason = r.choices[0].guard["reason"]
    assert "2 earlier message(s) were not" in reason
    assert "the guarantee was calibrated for another prompt" in reason
    assert f"max_tokens=7 not applied: answered with up to {opts.max_new_tokens} tokens" in reason
    assert "temperature=0.9 not applied: answered greedily" in reason
    metrics = httpx.get(inproc.base + "/metrics").text
    assert "guard_foreign_prompt_answers_total 1.0" in metrics
    same = [{"role": "system", "content": smollm_guard.options.system},
            {"role": "user", "content": QUESTIONS[6]}]
    r2 = client(inproc).chat.completions.create(model="m", messages=same)
    assert "another prompt" not in r2.choices[0].guard["reason"]


def test_policy_per_request_abstain_flag_block(inproc, smollm_guard):
    judged = smollm_guard.ask_many(UNKNOWN)  # pick a question the guard rejects below threshold
    low = next((a for a in judged if a.confidence < smollm_guard.threshold.threshold
                and a.raw_text != a.text), None)
    assert low is not None, [(a.confidence, a.reason) for a in judged]
    abstain, _ = ask(inproc, low.question)
    assert abstain.choices[0].message.content == smollm_guard.config.policy.abstain_message
    assert abstain.choices[0].guard["decision"] == "abstain"
    flag, headers = ask(inproc, low.question, extra_body={"guard_on_fail": "flag"})
    assert flag.choices[0].message.content == low.raw_text and headers["x-guard-decision"] == "flag"
    assert "below threshold" in flag.choices[0].guard["reason"]
    r = httpx.post(inproc.url + "/chat/completions", timeout=120, json={
        "messages": [{"role": "user", "content": low.question}], "guard_on_fail": "block"})
    assert r.status_code == 422 and r.json()["error"]["type"] == "guard_abstained"


def test_a_pre_generation_abstention_streams_before_a_generated_answer(smollm_guard, tmp_path):
    from guard import Guard

    path = smollm_guard.save(tmp_path / "guard.json")
    early = Guard.load(path, smollm_guard.model, early_abstain=True)
    verdicts = early.ask_many(UNKNOWN)
    hopeless = next((a for a in verdicts if a.outcome == "before_answer"), None)
    assert hopeless is not None, [a.reason for a in verdicts]
    server = serve(early, max_wait_ms=300)  # both requests land in one micro-batch
    try:
        done: dict[str, float] = {}

        def stream(question: str) -> list:
            with client(server).chat.completions.with_streaming_response.create(
                    model="m", messages=[{"role": "user", "content": question}], stream=True) as raw:
                chunks = list(raw.parse())
            done[question] = time.perf_counter()
            return chunks

        with ThreadPoolExecutor(2) as pool:
            slow = pool.submit(stream, QUESTIONS[0])
            fast = pool.submit(stream, hopeless.question)
            fast_chunks, _ = fast.result(), slow.result()
        assert done[hopeless.question] < done[QUESTIONS[0]]
        assert "".join(c.choices[0].delta.content or "" for c in fast_chunks) == \
            early.config.policy.abstain_message
        assert fast_chunks[-1].choices[0].guard["reason"].startswith("before answering")
    finally:
        server.stop()
