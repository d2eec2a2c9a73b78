"""`guard serve`'s bad inputs, security holes and faults found by testing, each a regression test
over real HTTP (counted with tests/bad_inputs in the README's "Bad inputs and faults"):

- bodies that are valid JSON but crashed the server (nested thousands of levels deep, a lone
  UTF-16 surrogate): 400s naming the problem, before any model work;
- an API key given but empty turned authentication off; a client could override the operator's
  policy; /health and /metrics could not be closed;
- clients that gave up still had their questions answered, delaying everyone after them.
"""
from __future__ import annotations

import re
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx
import openai
import pytest

from guard import Guard, load_model
from guard.cli import main as guard_main
from helpers import quiz_model, quiz_suite
from servekit import client, serve

MSG = [{"role": "user", "content": "What is 1 plus 4?"}]
UNSURE = [{"role": "user", "content": "Who is Zarnik Vell number 5?"}]  # long, made up: below threshold


def post(server, path: str, content: bytes, key: str | None = "sekret") -> httpx.Response:
    headers = {"Content-Type": "application/json", **({"Authorization": f"Bearer {key}"} if key else {})}
    return httpx.post(server.base + path, content=content, headers=headers, timeout=30)


def error_of(r: httpx.Response, status: int) -> dict:
    assert r.status_code == status, r.text
    error = r.json()["error"]
    assert error["type"] == "invalid_request_error" and "Traceback" not in r.text
    return error


# -- valid JSON that crashed the server ---------------------------------------------------------
def test_a_body_nested_thousands_of_levels_deep_is_a_400(fake_server):
    deep = b'{"messages": ' + b"[" * 2000 + b"]" * 2000 + b"}"  # under the 4096-byte limit
    error = error_of(post(fake_server, "/v1/chat/completions", deep), 400)
    assert "nested too deeply" in error["message"]
    assert client(fake_server, api_key="sekret").chat.completions.create(model="m", messages=MSG)


@pytest.mark.parametrize("path, body, param", [
    ("/v1/chat/completions", rb'{"messages": [{"role": "user", "content": "Who is \ud800?"}]}',
     "messages[0].content"),
    ("/v1/chat/completions", rb'{"messages": [{"role": "system", "content": "Be \udfff brief."},'
                             rb' {"role": "user", "content": "Hi?"}]}', "messages[0].content"),
    ("/v1/completions", rb'{"prompt": "Who is \ud800?"}', "prompt"),
], ids=["chat-user", "chat-system", "completion-prompt"])
def test_a_lone_surrogate_is_a_400_naming_the_field(fake_server, fake_upstream, path, body, param):
    seen = len(fake_upstream.seen)
    error = error_of(post(fake_server, path, body), 400)
    assert error["param"] == param and "unpaired UTF-16 surrogate" in error["message"]
    assert len(fake_upstream.seen) == seen  # refused before the model was asked


# -- what only the operator decides -------------------------------------------------------------
@pytest.mark.parametrize("env", [None, "", "  "], ids=["flag-empty", "env-empty", "env-blank"])
def test_an_api_key_given_but_empty_is_an_error_not_no_key(env, tmp_path, monkeypatch, capsys):
    """Before the fix `--api-key ""` (or an empty $GUARD_SERVE_API_KEY) served without a key."""
    argv = ["serve", "--guard", str(tmp_path / "none.json")]  # the key is checked before the guard file
    if env is None:
        monkeypatch.delenv("GUARD_SERVE_API_KEY", raising=False)
        argv += ["--api-key", ""]
    else:
        monkeypatch.setenv("GUARD_SERVE_API_KEY", env)
    assert guard_main(argv) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert ("--api-key is empty" if env is None else "GUARD_SERVE_API_KEY is set but empty") in err


def test_by_default_a_client_cannot_override_the_operators_policy(fake_guard, fake_upstream):
    server = serve(fake_guard, on_fail="block")
    c = client(server)
    try:
        seen = len(fake_upstream.seen)
        with pytest.raises(openai.BadRequestError) as info:
            c.chat.completions.create(model="m", messages=UNSURE, extra_body={"guard_on_fail": "flag"})
        assert info.value.code == "client_policy_not_allowed" and info.value.param == "guard_on_fail"
        assert "does not let clients choose the policy" in info.value.message
        assert len(fake_upstream.seen) == seen  # refused before the model was asked
        for body in ({}, {"guard_on_fail": "block"}):  # the server's own policy: accepted
            with pytest.raises(openai.UnprocessableEntityError) as blocked:
                c.chat.completions.create(model="m", messages=UNSURE, extra_body=body)
            assert blocked.value.body["guard"][0]["decision"] == "block"
    finally:
        server.stop()
    allowing = serve(fake_guard, on_fail="block", client_policy="allow")
    try:
        r = client(allowing).chat.completions.create(model="m", messages=UNSURE,
                                                     extra_body={"guard_on_fail": "flag"})
        assert r.choices[0].guard["decision"] == "flag"
    finally:
        allowing.stop()


def test_the_operator_can_require_the_key_on_health_and_metrics(fake_guard):
    server = serve(fake_guard, api_key="k", protect_status=True)
    try:
        for path in ("/health", "/metrics"):
            assert error_of(httpx.get(server.base + path), 401)["code"] == "invalid_api_key"
            assert httpx.get(server.base + path, headers={"Authorization": "Bearer nope"}).status_code == 401
            assert httpx.get(server.base + path, headers={"Authorization": "Bearer k"}).status_code == 200
        health = httpx.get(server.base + "/health", headers={"Authorization": "Bearer k"}).json()
        assert health["fingerprint"] == fake_guard.model.fingerprint
    finally:
        server.stop()
    with pytest.raises(ValueError, match=r"protect_status \(--protect-status\) needs an API key"):
        serve(fake_guard, protect_status=True)


# -- clients that give up -----------------------------------------------------------------------
SECONDS = 1.0  # the slow model's time per question
GIVE_UP = 0.3  # the impatient clients' timeout


class SlowQuiz:
    """`quiz_model`, taking `delay` seconds a question and recording what it was asked."""

    def __init__(self) -> None:
        self.delay, self.asked, self.lock = 0.0, [], threading.Lock()

    def __call__(self, prompt: str) -> str:
        with self.lock:
            self.asked.append(prompt.split("\n\n")[-1])
        time.sleep(self.delay)
        return quiz_model(prompt)


@pytest.fixture(scope="module")
def slow():
    model = SlowQuiz()
    guard = Guard.fit(load_model(model, model_id="slow-quiz"), quiz_suite(40), target_hallucination=0.3,
                      confidence=0.8, signals=("length",), progress=False)
    model.delay, model.asked = SECONDS, []
    server = serve(guard, max_batch=1, min_wait_ms=0, max_wait_ms=0)
    yield model, server
    server.stop()


def test_questions_of_clients_that_gave_up_are_not_answered_and_are_counted(slow):
    model, server = slow
    impatient = client(server, timeout=GIVE_UP)

    def give_up(i: int) -> type:
        try:
            impatient.chat.completions.create(
                model="m", messages=[{"role": "user", "content": f"What is {i} plus 1?"}])
        except openai.APIError as exc:
            return type(exc)
        return type(None)

    with ThreadPoolExecutor(5) as pool:
        outcomes = list(pool.map(give_up, range(5)))
    assert outcomes == [openai.APITimeoutError] * 5

    start = time.monotonic()
    r = client(server, timeout=30).chat.completions.create(
        model="m", messages=[{"role": "user", "content": "What is 10 plus 13?"}])
    waited = time.monotonic() - start
    assert r.choices[0].guard["confidence"] is not None  # answered and judged
    # the question already running when they gave up (at most SECONDS) plus its own SECONDS;
    # before the fix the four abandoned questions ran first: at least 5 * SECONDS
    assert waited < 2.5 * SECONDS
    assert len(model.asked) == 2 and model.asked[1] == "What is 10 plus 13?"
    assert model.asked[0] in {f"What is {i} plus 1?" for i in range(5)}

    metrics = httpx.get(server.base + "/metrics").text
    assert re.search(r"^guard_requests_cancelled_total 5\.0$", metrics, re.M)
    assert 'guard_requests_total{endpoint="/v1/chat/completions",status="499"} 5.0' in metrics
    assert 'guard_requests_total{endpoint="/v1/chat/completions",status="200"} 1.0' in metrics
