"""Request bodies -> Query, and every malformed body -> an OpenAI-style 400 (no model needed)."""
from __future__ import annotations

import json

import pytest

from guard.serve.parsing import Query, RequestError, parse_chat, parse_completion
from guard.serve.settings import ServeSettings

S = ServeSettings(max_tokens_cap=256, max_n=3, max_prompts=2)


def chat(**body) -> Query:
    return parse_chat(json.dumps({"model": "m", **body}).encode(), S)


def test_last_user_turn_is_the_question_and_earlier_turns_are_counted():
    q = chat(messages=[{"role": "system", "content": "Be brief."},
                       {"role": "user", "content": "Who wrote Hamlet?"},
                       {"role": "assistant", "content": "Shakespeare."},
                       {"role": "user", "content": [{"type": "text", "text": "And "},
                                                    {"type": "text", "text": "Macbeth?"}]}],
             max_tokens=32, temperature=0.7, n=2, stream=True, guard_on_fail="flag")
    assert q == Query("chat", ("And Macbeth?",), system="Be brief.", dropped_turns=2, n=2,
                      stream=True, max_tokens=32, temperature=0.7, policy="flag", model="m")


def test_no_system_message_leaves_the_calibration_prompt_and_developer_counts_as_system():
    assert chat(messages=[{"role": "user", "content": "Hi?"}]).system is None
    q = chat(messages=[{"role": "developer", "content": "A"}, {"role": "system", "content": "B"},
                       {"role": "user", "content": "Hi?"}], max_completion_tokens=7)
    assert q.system == "A\n\nB" and q.dropped_turns == 0 and q.max_tokens == 7


def test_completion_prompts_string_or_list():
    body = {"model": "m", "prompt": ["What is 2+2?", "Capital of Chad?"], "n": 1}
    assert parse_completion(json.dumps(body).encode(), S).questions == ("What is 2+2?", "Capital of Chad?")
    assert parse_completion(b'{"prompt": "Q?"}', S).questions == ("Q?",)


@pytest.mark.parametrize("raw, match", [
    (b"{not json", "not valid JSON"),
    (b"\xff\xfe", "not valid JSON"),
    (b"[1, 2]", "must be a JSON object"),
    (b'{"model": "m"}', "'messages' must be a non-empty list"),
    (b'{"messages": []}', "'messages' must be a non-empty list"),
    (b'{"messages": ["hi"]}', r"messages\[0\] must be an object"),
    (b'{"messages": [{"role": "wizard", "content": "x"}]}', "is not a chat role"),
    (b'{"messages": [{"role": "system", "content": "x"}]}', "no user message"),
    (b'{"messages": [{"role": "user", "content": "   "}]}', "is empty"),
    (b'{"messages": [{"role": "user", "content": 5}]}', "must be a string or a list of text parts"),
    (b'{"messages": [{"role": "user", "content": [{"type": "image_url"}]}]}', "only text content"),
    (b'{"messages": [{"role": "user", "content": "q"}], "max_tokens": 257}', "between 1 and 256"),
    (b'{"messages": [{"role": "user", "content": "q"}], "max_tokens": 0}', "between 1 and 256"),
    (b'{"messages": [{"role": "user", "content": "q"}], "max_tokens": true}', "must be an integer"),
    (b'{"messages": [{"role": "user", "content": "q"}], "n": 4}', "'n' must be between 1 and 3"),
    (b'{"messages": [{"role": "user", "content": "q"}], "temperature": 3}', "between 0 and 2"),
    (b'{"messages": [{"role": "user", "content": "q"}], "temperature": "hot"}', "must be a number"),
    (b'{"messages": [{"role": "user", "content": "q"}], "stream": "yes"}', "'stream' must be"),
    (b'{"messages": [{"role": "user", "content": "q"}], "model": 3}', "'model' must be a string"),
    (b'{"messages": [{"role": "user", "content": "q"}], "guard_on_fail": "raise"}', "guard_on_fail"),
    (b'{"messages": ' + b"[" * 5000 + b"]" * 5000 + b"}", "nested too deeply"),
    (rb'{"messages": [{"role": "user", "content": [{"type": "text", "text": "\ud800"}]}]}',
     r"messages\[0\].content is not valid Unicode text: an unpaired UTF-16 surrogate \(\\ud800\)"),
    (rb'{"messages": [{"role": "user", "content": "q"}], "model": "m\udc00"}', "model is not valid Unicode"),
])
def test_malformed_chat_bodies_are_400s_naming_the_problem(raw, match):
    with pytest.raises(RequestError, match=match) as info:
        parse_chat(raw, S)
    assert info.value.status == 400 and info.value.type == "invalid_request_error"


@pytest.mark.parametrize("body, match", [
    ({"prompt": [1, 2, 3]}, "token arrays are not supported"),
    ({"prompt": []}, "non-empty list"),
    ({"prompt": ["a?", "b?", "c?"]}, "at most 2 prompts"),
    ({"prompt": ""}, "prompt is empty"),
    ({"prompt": ["ok?", "\ud800?"]}, r"prompt\[1\] is not valid Unicode text"),
])
def test_malformed_completion_bodies_are_400s(body, match):
    with pytest.raises(RequestError, match=match):
        parse_completion(json.dumps(body).encode(), S)
