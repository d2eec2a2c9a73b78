"""Read an OpenAI request body into a `Query`, or refuse it with an OpenAI-style 400.

Pure functions of the raw body and the settings, so every malformed input is tested without a
model. Backends take one question plus a system text, not a message list: a chat request is
answered on its LAST user turn with its system message(s); how many other turns were left out
is kept (`dropped_turns`) so the verdict can say so. Input that valid JSON allows but nothing
downstream can handle is refused here too, before any model work: a body nested deeper than the
JSON decoder's recursion limit, and text with an unpaired UTF-16 surrogate ("\\ud800"), which
is not Unicode text (neither the tokenizer nor the response encoder can take it).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, Literal

from guard.serve.settings import POLICIES, Policy, ServeSettings

POLICY_FIELD = "guard_on_fail"  # per-request policy: a body field, e.g. openai's extra_body


class RequestError(Exception):
    """A request the server refuses; `status`, `type`, `param` and `code` go into the error body."""

    def __init__(self, message: str, status: int = 400, type: str = "invalid_request_error",
                 param: str | None = None, code: str | None = None) -> None:
        super().__init__(message)
        self.message, self.status, self.type, self.param, self.code = message, status, type, param, code


@dataclass(frozen=True)
class Query:
    """What one request asks: questions (one per chat, one per prompt for completions), the
    client's system text (None: none sent), the turns left out, and the sampling fields."""

    endpoint: Literal["chat", "completion"]
    questions: tuple[str, ...]
    system: str | None = None
    dropped_turns: int = 0
    n: int = 1
    stream: bool = False
    max_tokens: int | None = None
    temperature: float | None = None
    policy: Policy | None = None
    model: str = ""


def parse_chat(raw: bytes, settings: ServeSettings) -> Query:
    """A `/v1/chat/completions` body."""
    body = _json_object(raw)
    messages = body.get("messages")
    if not isinstance(messages, list) or not messages:
        raise RequestError("'messages' must be a non-empty list of messages", param="messages")
    roles = [_role(m, i) for i, m in enumerate(messages)]
    users = [i for i, r in enumerate(roles) if r == "user"]
    if not users:
        raise RequestError("'messages' has no user message to answer", param="messages")
    last = users[-1]
    question = _text(messages[last].get("content"), f"messages[{last}].content")
    systems = [_text(messages[i].get("content"), f"messages[{i}].content")
               for i, r in enumerate(roles) if r in ("system", "developer")]
    dropped = sum(1 for i, r in enumerate(roles) if i != last and r not in ("system", "developer"))
    return Query("chat", (_nonblank(question, f"messages[{last}].content"),),
                 system="\n\n".join(systems) if systems else None, dropped_turns=dropped,
                 **_common(body, settings))


def parse_completion(raw: bytes, settings: ServeSettings) -> Query:
    """A `/v1/completions` body: `prompt` is a string or a list of strings, each a question."""
    body = _json_object(raw)
    prompt = body.get("prompt")
    prompts = [prompt] if isinstance(prompt, str) else prompt
    if not isinstance(prompts, list) or not prompts or not all(isinstance(p, str) for p in prompts):
        raise RequestError("'prompt' must be a string or a non-empty list of strings "
                           "(token arrays are not supported)", param="prompt")
    if len(prompts) > settings.max_prompts:
        raise RequestError(f"at most {settings.max_prompts} prompts per request, got {len(prompts)}",
                           param="prompt")
    where = "prompt" if isinstance(prompt, str) else "prompt[{}]"
    questions = tuple(_nonblank(_unicode(p, where.format(i)), where.format(i))
                      for i, p in enumerate(prompts))
    return Query("completion", questions, **_common(body, settings))


def _json_object(raw: bytes) -> dict[str, Any]:
    try:
        body = json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise RequestError("the request body is not valid JSON") from None
    except RecursionError:
        raise RequestError("the request body is nested too deeply to read (thousands of "
                           "levels); an OpenAI request needs a few") from None
    if not isinstance(body, dict):
        raise RequestError("the request body must be a JSON object")
    return body


def _common(body: dict[str, Any], settings: ServeSettings) -> dict[str, Any]:
    """Fields shared by both endpoints, validated and bounded."""
    model = body.get("model", "")
    if not isinstance(model, str):
        raise RequestError("'model' must be a string", param="model")
    _unicode(model, "model")
    stream = body.get("stream", False)
    if stream is not None and not isinstance(stream, bool):
        raise RequestError("'stream' must be true or false", param="stream")
    name = "max_completion_tokens" if body.get("max_tokens") is None else "max_tokens"
    policy = body.get(POLICY_FIELD)
    if policy is not None and policy not in POLICIES:
        raise RequestError(f"'{POLICY_FIELD}' must be one of {', '.join(POLICIES)}", param=POLICY_FIELD)
    return {"model": model, "stream": bool(stream), "policy": policy,
            "n": _int(body, "n", 1, settings.max_n) or 1,
            "max_tokens": _int(body, name, 1, settings.max_tokens_cap),
            "temperature": _number(body, "temperature", 0.0, 2.0)}


def _int(body: dict[str, Any], name: str, lo: int, hi: int) -> int | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise RequestError(f"'{name}' must be an integer", param=name)
    if not lo <= value <= hi:
        raise RequestError(f"'{name}' must be between {lo} and {hi} on this server, got {value}",
                           param=name)
    return value


def _number(body: dict[str, Any], name: str, lo: float, hi: float) -> float | None:
    value = body.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise RequestError(f"'{name}' must be a number", param=name)
    if not lo <= value <= hi:
        raise RequestError(f"'{name}' must be between {lo:g} and {hi:g}, got {value}", param=name)
    return float(value)


def _role(message: Any, i: int) -> str:
    if not isinstance(message, dict):
        raise RequestError(f"messages[{i}] must be an object", param=f"messages[{i}]")
    role = message.get("role")
    if role not in ("system", "developer", "user", "assistant", "tool", "function"):
        raise RequestError(f"messages[{i}].role {role!r} is not a chat role", param=f"messages[{i}].role")
    return role


def _text(content: Any, where: str) -> str:
    """A message's text: a string, or a list of text parts joined (other parts are refused)."""
    if isinstance(content, str):
        return _unicode(content, where)
    if isinstance(content, list) and content:
        parts = [p.get("text") if isinstance(p, dict) and p.get("type") == "text" else None
                 for p in content]
        if all(isinstance(p, str) for p in parts):
            return _unicode("".join(parts), where)
        raise RequestError(f"{where}: only text content parts are supported", param=where)
    raise RequestError(f"{where} must be a string or a list of text parts", param=where)


def _unicode(text: str, where: str) -> str:
    """`text`, unless it holds an unpaired surrogate (valid JSON, e.g. "\\ud800", but not text)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise RequestError(f"{where} is not valid Unicode text: an unpaired UTF-16 surrogate "
                           f"(\\u{ord(text[exc.start]):04x}) at character {exc.start}; send each "
                           "character outside the Basic Multilingual Plane as a surrogate pair",
                           param=where) from None
    return text


def _nonblank(text: str, where: str) -> str:
    if not text.strip():
        raise RequestError(f"{where} is empty", param=where)
    return text
