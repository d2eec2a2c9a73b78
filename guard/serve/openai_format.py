"""OpenAI wire format: completions, stream chunks, model lists and errors as plain dicts.

Pure functions, so the schema is tested without a server. The schema is OpenAI's, unchanged,
plus one extra field per choice, `guard` (the verdict), which OpenAI clients keep as an extra
attribute. Token usage is not reported (`usage` is null): the backends do not count prompt
tokens, and a made-up count would be worse than none.
"""
from __future__ import annotations

import json
import time
import uuid
from dataclasses import dataclass
from typing import Iterator

from guard.serve.verdicts import Verdict

OWNER = "hallucination-guard"


@dataclass(frozen=True)
class Envelope:
    """What every completion object of one response shares."""

    id: str
    created: int
    model: str

    @classmethod
    def new(cls, prefix: str, model: str) -> "Envelope":
        return cls(f"{prefix}-{uuid.uuid4().hex[:24]}", int(time.time()), model)


def chat_completion(env: Envelope, verdicts: list[Verdict]) -> dict:
    choices = [{"index": i, "message": {"role": "assistant", "content": v.content, "refusal": None},
                "logprobs": None, "finish_reason": v.finish_reason, "guard": v.as_json()}
               for i, v in enumerate(verdicts)]
    return {"id": env.id, "object": "chat.completion", "created": env.created, "model": env.model,
            "choices": choices, "usage": None, "system_fingerprint": None}


def text_completion(env: Envelope, verdicts: list[Verdict]) -> dict:
    choices = [{"index": i, "text": v.content, "logprobs": None, "finish_reason": v.finish_reason,
                "guard": v.as_json()} for i, v in enumerate(verdicts)]
    return {"id": env.id, "object": "text_completion", "created": env.created, "model": env.model,
            "choices": choices, "usage": None, "system_fingerprint": None}


def chat_chunks(env: Envelope, verdicts: list[Verdict]) -> list[dict]:
    """Per choice: the role, the whole judged content, then a last chunk with the finish reason
    and the verdict (content is only sent once judged, so it comes in one piece)."""
    def chunk(choice: dict) -> dict:
        return {"id": env.id, "object": "chat.completion.chunk", "created": env.created,
                "model": env.model, "system_fingerprint": None, "choices": [choice]}

    out = []
    for i, v in enumerate(verdicts):
        out.append(chunk({"index": i, "delta": {"role": "assistant", "content": ""},
                          "logprobs": None, "finish_reason": None}))
        out.append(chunk({"index": i, "delta": {"content": v.content}, "logprobs": None,
                          "finish_reason": None}))
        out.append(chunk({"index": i, "delta": {}, "logprobs": None,
                          "finish_reason": v.finish_reason, "guard": v.as_json()}))
    return out


def text_chunks(env: Envelope, verdicts: list[Verdict]) -> list[dict]:
    """Per choice: the whole judged text, then a last chunk with the finish reason and verdict."""
    def chunk(choice: dict) -> dict:
        return {"id": env.id, "object": "text_completion", "created": env.created,
                "model": env.model, "system_fingerprint": None, "choices": [choice]}

    out = []
    for i, v in enumerate(verdicts):
        out.append(chunk({"index": i, "text": v.content, "logprobs": None, "finish_reason": None}))
        out.append(chunk({"index": i, "text": "", "logprobs": None,
                          "finish_reason": v.finish_reason, "guard": v.as_json()}))
    return out


def sse_events(chunks: list[dict]) -> Iterator[bytes]:
    """Server-sent events as OpenAI sends them, ending with `data: [DONE]`."""
    for c in chunks:
        yield b"data: " + json.dumps(c, ensure_ascii=False).encode() + b"\n\n"
    yield b"data: [DONE]\n\n"


def guard_headers(verdicts: list[Verdict]) -> dict[str, str]:
    """X-Guard-Decision / X-Guard-Confidence: one comma-separated value per choice."""
    conf = ["none" if v.confidence is None else f"{v.confidence:.4f}" for v in verdicts]
    return {"X-Guard-Decision": ",".join(v.label for v in verdicts),
            "X-Guard-Confidence": ",".join(conf)}


def error_body(message: str, type: str, param: str | None = None, code: str | None = None,
               verdicts: list[Verdict] | None = None) -> dict:
    """OpenAI's error object; a blocked answer also carries its verdicts."""
    error: dict = {"message": message, "type": type, "param": param, "code": code}
    if verdicts is not None:
        error["guard"] = [v.as_json() for v in verdicts]
    return {"error": error}


def blocked_error(verdicts: list[Verdict]) -> dict:
    """The body of a response the "block" policy stops (HTTP 422)."""
    reasons = "; ".join(dict.fromkeys(v.reason for v in verdicts if v.blocked and v.reason))
    return error_body(f"the guard withheld the answer: {reasons or 'not confident enough'}",
                      "guard_abstained", code="guard_abstained", verdicts=verdicts)


def models_list(model: str, created: int) -> dict:
    return {"object": "list",
            "data": [{"id": model, "object": "model", "created": created, "owned_by": OWNER}]}
