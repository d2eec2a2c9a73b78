"""Security and errors over real HTTP: 401 without the key, 413 over the size limit, 400 for
malformed input, caps on max_tokens and n, OpenAI-style JSON everywhere and no stack trace.
The model is a scripted endpoint (the errors come before any model call)."""
from __future__ import annotations

import httpx
import openai
import pytest

from servekit import client

MSG = [{"role": "user", "content": "What is 1 plus 4?"}]


def post(server, path: str, key: str | None = "sekret", **kwargs) -> httpx.Response:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    return httpx.post(server.base + path, headers={**headers, **kwargs.pop("headers", {})},
                      timeout=30, **kwargs)


def assert_openai_error(r: httpx.Response, status: int, type_: str) -> dict:
    assert r.status_code == status and r.headers["content-type"].startswith("application/json")
    error = r.json()["error"]
    assert error["type"] == type_ and error["message"] and set(error) >= {"param", "code"}
    assert "Traceback" not in r.text and 'File "' not in r.text
    return error


def test_the_official_client_with_the_key_gets_an_answer(fake_server):
    r = client(fake_server, api_key="sekret").chat.completions.create(model="any", messages=MSG)
    assert r.choices[0].message.content == "5" and r.choices[0].guard["decision"] == "answer"


@pytest.mark.parametrize("key", [None, "wrong"])
def test_missing_or_wrong_key_is_401(fake_server, key):
    if key:
        with pytest.raises(openai.AuthenticationError) as info:
            client(fake_server, api_key=key).chat.completions.create(model="m", messages=MSG)
        assert info.value.status_code == 401 and info.value.code == "invalid_api_key"
    r = post(fake_server, "/v1/chat/completions", key=key, json={"messages": MSG})
    assert_openai_error(r, 401, "invalid_request_error")
    assert_openai_error(httpx.get(fake_server.url + "/models"), 401, "invalid_request_error")


def test_health_and_metrics_are_open(fake_server):
    assert httpx.get(fake_server.base + "/health").json()["mode"] == "upstream"
    assert httpx.get(fake_server.base + "/metrics").status_code == 200


def test_body_over_the_limit_is_413_with_or_without_content_length(fake_server):
    big = {"messages": [{"role": "user", "content": "x" * 5000}]}
    with pytest.raises(openai.APIStatusError) as info:
        client(fake_server, api_key="sekret").chat.completions.create(model="m", messages=big["messages"])
    assert info.value.status_code == 413
    assert_openai_error(post(fake_server, "/v1/chat/completions", json=big), 413, "invalid_request_error")

    def chunked():  # no Content-Length: the limit is enforced while the body streams in
        yield b'{"messages": [{"role": "user", "content": "'
        for _ in range(10):
            yield b"y" * 1000
        yield b'"}]}'

    r = post(fake_server, "/v1/chat/completions", content=chunked())
    assert "content-length" not in r.request.headers
    assert_openai_error(r, 413, "invalid_request_error")


@pytest.mark.parametrize("body, param", [
    (b"{oops", None),
    (b'{"messages": "hi"}', "messages"),
    (b'{"messages": [{"role": "user", "content": "q"}], "max_tokens": 100000}', "max_tokens"),
    (b'{"messages": [{"role": "user", "content": "q"}], "n": 3}', "n"),
])
def test_malformed_input_and_caps_are_400(fake_server, body, param):
    r = post(fake_server, "/v1/chat/completions", content=body, headers={"Content-Type": "application/json"})
    assert assert_openai_error(r, 400, "invalid_request_error")["param"] == param


def test_the_official_client_sees_a_bad_request_error(fake_server):
    with pytest.raises(openai.BadRequestError, match="between 1 and 512"):
        client(fake_server, api_key="sekret").chat.completions.create(model="m", messages=MSG,
                                                                        max_tokens=513)


def test_unknown_route_and_method_are_openai_style(fake_server):
    assert_openai_error(post(fake_server, "/v1/embeddings", json={}), 404, "not_found_error")
    assert_openai_error(httpx.get(fake_server.url + "/chat/completions"), 405, "invalid_request_error")


def test_block_policy_is_a_422_guard_abstained_with_the_verdict(fake_server):
    c = client(fake_server, api_key="sekret")
    with pytest.raises(openai.UnprocessableEntityError) as info:  # a made-up person: long and unsure
        c.chat.completions.create(model="m", messages=[{"role": "user", "content": "Who is Zarnik Vell number 5?"}],
                                  extra_body={"guard_on_fail": "block"})
    err = info.value.body
    assert info.value.status_code == 422 and err["type"] == "guard_abstained"
    assert err["guard"][0]["decision"] == "block" and "below threshold" in err["guard"][0]["reason"]
    assert info.value.response.headers["X-Guard-Decision"] == "block"
