"""JSON over HTTP with retries, for the OpenAI-compatible backend (standard library only).

Timeouts, connection errors, 429 and 5xx are retried with exponential backoff (honouring
`Retry-After` up to 30 s); anything else (4xx, malformed JSON) raises `EndpointError` with the
URL, status and start of the body; a 400 that says the prompt does not fit raises
`EndpointPromptTooLong`; timeouts on every attempt raise `EndpointTimeout`. `timeout` applies to
each socket operation. Loopback addresses are never sent through a proxy.
"""
from __future__ import annotations

import http.client
import json
import re
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

from guard.backends.base import PromptTooLong

# how vLLM, TGI, SGLang and llama.cpp word "this prompt does not fit" in a 400 response
_TOO_LONG = re.compile(r"context (length|window|size)|too (long|many tokens)|exceeds? .*context",
                       re.IGNORECASE)
_LOOPBACK = ("127.", "localhost", "::1", "[::1]")


class EndpointError(RuntimeError):
    """The endpoint answered with an error, or with something that is not a completion."""

    def __init__(self, url: str, problem: str, body: bytes | str = b"", status: int | None = None):
        text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
        snippet = " ".join(text.split())[:300]
        super().__init__(f"{url}: {problem}" + (f"; body: {snippet!r}" if snippet else ""))
        self.url, self.status, self.body = url, status, text


class EndpointTimeout(EndpointError):
    """No answer within the timeout, on every attempt."""


class EndpointPromptTooLong(EndpointError, PromptTooLong):
    """The server refused a prompt (HTTP 400) as too long for its context window."""


class JsonClient:
    """GET or POST JSON to `base_url` + path, with the retries of the module docstring."""

    def __init__(self, base_url: str, *, timeout: float, retries: int, backoff: float,
                 api_key: str | None) -> None:
        self.base_url, self.timeout, self.retries = base_url, timeout, retries
        self.backoff, self.api_key = backoff, api_key
        loopback = (urllib.parse.urlsplit(base_url).hostname or "").startswith(_LOOPBACK)
        self._opener = urllib.request.build_opener(
            *([urllib.request.ProxyHandler({})] if loopback else []))

    def request(self, path: str, body: dict | None, failed: threading.Event) -> dict:
        """GET (body None) or POST JSON; retries as the module docstring says."""
        url = self.base_url + path
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        data = None if body is None else json.dumps(body).encode()
        last, timed_out, delay = "", False, 0.0
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(delay)
                if failed.is_set():
                    raise EndpointError(url, f"gave up after {attempt} attempt(s) as another "
                                             f"request of the batch failed; last error: {last}")
            delay = self.backoff * 2**attempt
            try:
                req = urllib.request.Request(url, data=data, headers=headers)
                with self._opener.open(req, timeout=self.timeout) as resp:
                    status, raw = resp.status, resp.read()
            except urllib.error.HTTPError as exc:
                raw = _read_quietly(exc)
                if exc.code != 429 and exc.code < 500:
                    too_long = exc.code == 400 and _TOO_LONG.search(raw.decode("utf-8", "replace"))
                    error = EndpointPromptTooLong if too_long else EndpointError
                    raise error(url, f"HTTP {exc.code}", raw, exc.code) from None
                last, timed_out = f"HTTP {exc.code} {' '.join(raw.decode('utf-8', 'replace').split())[:120]!r}", False
                delay = max(delay, _retry_after(exc.headers.get("Retry-After")))
                continue
            except (urllib.error.URLError, http.client.HTTPException, OSError) as exc:
                reason = getattr(exc, "reason", exc)
                timed_out = isinstance(reason, TimeoutError)
                last = f"{type(reason).__name__}: {reason}"
                continue
            try:
                return json.loads(raw)
            except ValueError:
                raise EndpointError(url, f"HTTP {status} with malformed JSON", raw, status) from None
        tries = f"{self.retries + 1} attempt(s)"
        if timed_out:
            raise EndpointTimeout(url, f"no answer within the {self.timeout:g} s timeout "
                                       f"({tries}; raise `timeout` for slow servers)")
        raise EndpointError(url, f"failed after {tries}; last error: {last}")



def _retry_after(value: str | None) -> float:
    try:
        return min(max(float(value), 0.0), 30.0) if value else 0.0
    except ValueError:
        return 0.0


def _read_quietly(exc: urllib.error.HTTPError) -> bytes:
    try:
        return exc.read()
    except (OSError, http.client.HTTPException):
        return b""
