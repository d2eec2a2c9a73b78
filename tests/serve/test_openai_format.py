"""The response objects validate against the official `openai` client's own types (no model)."""
from __future__ import annotations

import json

from openai.types import Completion
from openai.types.chat import ChatCompletion, ChatCompletionChunk

from guard.serve import openai_format as fmt
from guard.serve.verdicts import Verdict

ENV = fmt.Envelope("chatcmpl-x", 1700000000, "smollm2-135m")
OK = Verdict("answer", "Paris.", 0.91, 0.97, 0.6, "", passed=True)
FLAG = Verdict("flag", "Lyon.", 0.2, None, 0.6, "confidence 0.200 below threshold 0.600",
               passed=False, finish_reason="length")


def test_chat_completion_parses_with_openai_types_and_keeps_the_verdict():
    c = ChatCompletion.model_validate(fmt.chat_completion(ENV, [OK, FLAG]))
    assert [ch.message.content for ch in c.choices] == ["Paris.", "Lyon."]
    assert [ch.finish_reason for ch in c.choices] == ["stop", "length"]
    assert c.choices[1].guard == {"decision": "flag", "confidence": 0.2, "p_answerable": None,
                                  "threshold": 0.6, "reason": "confidence 0.200 below threshold 0.600"}
    assert c.model == "smollm2-135m" and c.usage is None


def test_text_completion_parses_with_openai_types():
    c = Completion.model_validate(fmt.text_completion(ENV, [OK]))
    assert c.choices[0].text == "Paris." and c.choices[0].guard["decision"] == "answer"


def test_stream_chunks_parse_and_the_last_chunk_of_each_choice_carries_the_verdict():
    chunks = [ChatCompletionChunk.model_validate(c) for c in fmt.chat_chunks(ENV, [OK, FLAG])]
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices[0].index == 1) == "Lyon."
    last = chunks[-1].choices[0]
    assert last.finish_reason == "length" and last.guard["decision"] == "flag"
    assert all(getattr(c.choices[0], "guard", None) is None for c in chunks if c.choices[0].finish_reason is None)


def test_sse_framing_ends_with_done():
    events = b"".join(fmt.sse_events(fmt.text_chunks(ENV, [OK]))).split(b"\n\n")
    assert events[-2:] == [b"data: [DONE]", b""]
    assert all(e.startswith(b"data: ") for e in events[:-1])
    assert json.loads(events[0][6:])["choices"][0]["text"] == "Paris."


def test_headers_errors_and_model_list():
    assert fmt.guard_headers([OK, FLAG]) == {"X-Guard-Decision": "answer,flag",
                                             "X-Guard-Confidence": "0.9100,0.2000"}
    blocked = Verdict("abstain", "I don't know.", 0.2, None, 0.6, "too unsure", False, blocked=True)
    err = fmt.blocked_error([blocked])["error"]
    assert err["type"] == "guard_abstained" and "too unsure" in err["message"]
    assert err["guard"][0]["decision"] == "block"
    assert fmt.error_body("bad", "invalid_request_error", "n") == {
        "error": {"message": "bad", "type": "invalid_request_error", "param": "n", "code": None}}
    assert fmt.models_list("m", 1)["data"][0]["id"] == "m"
