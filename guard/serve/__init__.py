"""`guard serve`: an OpenAI-compatible HTTP server that puts a fitted guard in front of a model.

Applications that already speak the OpenAI API get a verdict with every answer (an extra
`guard` field per choice and `X-Guard-*` headers) and abstentions where the guard is not
confident, without changing their code. Modules, one job each:

    settings       ServeSettings, the server's knobs
    parsing        OpenAI request bodies -> Query (or an OpenAI-style 400)
    verdicts       guard judgement + policy -> Verdict (pure)
    openai_format  OpenAI response, stream-chunk and error objects (pure)
    batcher        micro-batching for an in-process model
    engine         asking the guard: in process (batched) or upstream (concurrent)
    drift          the sliding-window answer rate and its alarm
    metrics        /metrics in Prometheus format
    security       API key (401) and body-size limit (413)
    service        one request from Query to response
    app            the FastAPI routes and error handlers
    background     uvicorn on a background thread
    cli            `guard serve`

Needs the `serve` extra: `pip install 'hallucination-guard[serve]'`.
"""
from __future__ import annotations

from guard.serve.settings import ServeSettings

__all__ = ["ServeSettings", "create_app"]


def __getattr__(name: str):
    if name == "create_app":  # imported lazily: FastAPI is an optional dependency
        from guard.serve.app import create_app

        return create_app
    raise AttributeError(name)
