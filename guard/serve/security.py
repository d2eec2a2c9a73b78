"""Who may ask, and how much: bearer-key check (401) and a request-size limit (413).

The key is compared in constant time. The size limit is checked on the declared
Content-Length first and then while the body streams in, so a chunked upload without a length
cannot exhaust memory either.
"""
from __future__ import annotations

import hmac

from starlette.requests import Request

from guard.serve.parsing import RequestError


def check_api_key(request: Request, api_key: str | None) -> None:
    """Raise a 401 RequestError unless `Authorization: Bearer <api_key>` is sent (no key: open)."""
    if api_key is None:
        return
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip().encode(), api_key.encode()):
        raise RequestError("missing or wrong API key: send 'Authorization: Bearer <key>'",
                           status=401, type="invalid_request_error", code="invalid_api_key")


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) anything over `limit` bytes before reading it all."""
    declared = request.headers.get("content-length")
    if declared is not None:
        if not declared.isdigit():
            raise RequestError("invalid Content-Length header")
        if int(declared) > limit:
            raise _too_large(limit)
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _too_large(limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _too_large(limit: int) -> RequestError:
    return RequestError(f"request body larger than this server's limit of {limit} bytes",
                        status=413, type="invalid_request_error", code="request_too_large")
