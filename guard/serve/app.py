"""The FastAPI app: OpenAI-compatible routes over a `GuardService`, and errors in OpenAI's shape.

Routes: POST /v1/chat/completions, POST /v1/completions, GET /v1/models (these need the API key
when one is set), GET /health and GET /metrics (open, for probes and scrapers, unless
`ServeSettings.protect_status` requires the key there too: /health shows the model's fingerprint
and the threshold). Every error, including 404s and unexpected failures, is an OpenAI-style JSON
error; no stack trace ever reaches a response (it goes to the server log).

A client that disconnects before its answer is ready (it timed out, or gave up) is not left to
cost the next clients its generation time: Starlette does not cancel a non-streaming handler
when the client goes away, so each answer is raced against the client's disconnect; on a
disconnect the request is cancelled (its questions still waiting for a micro-batch are dropped,
a batch already running finishes), answered 499 (nginx's "client closed request", which nobody
receives) and counted in /metrics (`guard_requests_cancelled_total`).
"""
from __future__ import annotations

import asyncio
import logging
import time
from contextlib import asynccontextmanager
from typing import AsyncIterator, Awaitable, Callable

from fastapi import FastAPI, Request
from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse, Response

from guard import Guard
from guard.serve import openai_format as fmt
from guard.serve.parsing import Query, RequestError, parse_chat, parse_completion
from guard.serve.security import check_api_key, read_body
from guard.serve.service import GuardService
from guard.serve.settings import ServeSettings

log = logging.getLogger(__name__)
V1 = ("/v1/chat/completions", "/v1/completions", "/v1/models")
CLIENT_CLOSED = 499  # nginx's status for a request whose client went away before the answer


def create_app(guard: Guard, settings: ServeSettings = ServeSettings()) -> FastAPI:
    """An ASGI app serving `guard` (run it with uvicorn; see `guard.serve.background`)."""
    service = GuardService(guard, settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        await service.engine.aclose()

    app = FastAPI(title="hallucination-guard", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None)
    app.state.service = service
    _add_error_handlers(app)
    _add_request_metrics(app, service)
    started = int(time.time())

    async def answer(request: Request, parse: Callable[[bytes, ServeSettings], Query]) -> Response:
        check_api_key(request, settings.api_key)
        query = parse(await read_body(request, settings.max_body_bytes), settings)
        return await _unless_client_leaves(request, service.complete(query),
                                           service.metrics.cancelled.inc)

    @app.post("/v1/chat/completions")
    async def chat_completions(request: Request) -> Response:
        return await answer(request, parse_chat)

    @app.post("/v1/completions")
    async def completions(request: Request) -> Response:
        return await answer(request, parse_completion)

    @app.get("/v1/models")
    async def models(request: Request) -> Response:
        check_api_key(request, settings.api_key)
        return JSONResponse(fmt.models_list(service.model_name, started))

    status_key = settings.api_key if settings.protect_status else None

    @app.get("/health")
    async def health(request: Request) -> Response:
        check_api_key(request, status_key)
        return JSONResponse(service.health())

    @app.get("/metrics")
    async def metrics(request: Request) -> Response:
        check_api_key(request, status_key)
        body, content_type = service.metrics.render()
        return Response(body, media_type=content_type)

    return app


async def _unless_client_leaves(request: Request, work: Awaitable[Response],
                                on_cancel: Callable[[], None]) -> Response:
    """`await work`, unless the client disconnects first: then `work` is cancelled (before it
    reaches the model, if it has not yet), `on_cancel` is called and a 499 is returned."""
    answer, gone = asyncio.ensure_future(work), asyncio.ensure_future(_client_gone(request))
    try:
        await asyncio.wait((answer, gone), return_when=asyncio.FIRST_COMPLETED)
    except BaseException:  # this handler was cancelled (the server is shutting down)
        answer.cancel()
        raise
    finally:
        gone.cancel()
    if answer.done():
        return answer.result()  # the response, or the error the handlers turn into one
    if gone.exception() is not None:  # not a disconnect: cannot watch, so just wait
        log.warning("cannot watch for a disconnect: %r", gone.exception())
        return await answer
    answer.cancel()
    await asyncio.gather(answer, return_exceptions=True)
    on_cancel()
    log.info("client went away before its answer: %s %s cancelled", request.method, request.url.path)
    return Response(status_code=CLIENT_CLOSED)


async def _client_gone(request: Request) -> None:
    """Return when the client disconnects. The body has been read, so the only message left
    to receive is `http.disconnect`."""
    while (await request.receive())["type"] != "http.disconnect":
        pass


def _error(status: int, message: str, type: str, param: str | None = None,
           code: str | None = None) -> JSONResponse:
    return JSONResponse(fmt.error_body(message, type, param, code), status_code=status)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(RequestError)
    async def request_error(request: Request, exc: RequestError) -> Response:
        return _error(exc.status, exc.message, exc.type, exc.param, exc.code)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        kind = "not_found_error" if exc.status_code == 404 else "invalid_request_error"
        return _error(exc.status_code, f"{request.method} {request.url.path}: {exc.detail}", kind)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _error(500, "internal server error (details are in the server log)", "server_error")


def _add_request_metrics(app: FastAPI, service: GuardService) -> None:
    """Count and time every request, by endpoint (unknown paths as "other") and status."""
    @app.middleware("http")
    async def count(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
        path = request.url.path
        endpoint = path if path in (*V1, "/health", "/metrics") else "other"
        start = time.perf_counter()
        try:
            response = await call_next(request)
        except Exception:
            service.metrics.requests.labels(endpoint, "500").inc()
            raise
        service.metrics.requests.labels(endpoint, str(response.status_code)).inc()
        service.metrics.latency.labels(endpoint).observe(time.perf_counter() - start)
        return response
