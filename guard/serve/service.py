"""One request from `Query` to HTTP response: ask the engine, apply the policy, count, format.

Everything the routes share lives in `GuardService`, built once per app from a `Guard` and the
`ServeSettings`: the facts the verdicts need, the engine, the drift monitor and the metrics.
"""
from __future__ import annotations

import logging
import time

from starlette.responses import JSONResponse, Response, StreamingResponse

from guard import Guard, GuardedAnswer
from guard.backends.openai_http import EndpointError, OpenAIModel
from guard.serve import openai_format as fmt
from guard.serve.drift import DriftMonitor
from guard.serve.engine import make_engine
from guard.serve.metrics import ServeMetrics
from guard.serve.parsing import Query, RequestError
from guard.serve.settings import Policy, ServeSettings
from guard.serve.verdicts import (GuardFacts, Verdict, foreign_prompt, guard_policy_name,
                                  policy_of, request_notes, verdict_of)

log = logging.getLogger(__name__)


def facts_of(guard: Guard) -> GuardFacts:
    policy = guard.config.policy
    return GuardFacts(threshold=guard.threshold.threshold, calibration_system=guard.options.system,
                      max_new_tokens=guard.options.max_new_tokens,
                      abstain_message=policy.abstain_message,
                      default_policy=guard_policy_name(policy.on_fail))


class GuardService:
    """The server's state and its request pipeline."""

    def __init__(self, guard: Guard, settings: ServeSettings) -> None:
        t = guard.threshold
        self.guard, self.settings, self.facts = guard, settings, facts_of(guard)
        self.model_name = guard.model.name
        self.upstream = isinstance(guard.model, OpenAIModel)
        self.drift = DriftMonitor(t.coverage, max(t.n_calibration, 1), window=settings.drift_window,
                                  min_count=settings.drift_min, alpha=settings.drift_alpha)
        self.metrics = ServeMetrics(self.drift, threshold=t.threshold, target=t.target,
                                    confidence=t.confidence, n_calibration=t.n_calibration)
        self.engine = make_engine(guard, max_batch=settings.max_batch,
                                  max_wait_s=settings.max_wait_ms / 1000,
                                  min_wait_s=settings.min_wait_ms / 1000,
                                  workers=settings.upstream_workers,
                                  on_batch=self.metrics.batch_size.observe)

    async def complete(self, query: Query) -> Response:
        """Answer a parsed request: JSON, an SSE stream, or the "block" policy's 422."""
        policy = policy_of(query, self.settings.on_fail, self.facts, self.settings.client_policy)
        answered = await self._ask(query)
        verdicts = self._verdicts(query, answered, policy)
        choices = [v for v in verdicts for _ in range(query.n)]
        headers = fmt.guard_headers(choices)
        if any(v.blocked for v in choices):
            return JSONResponse(fmt.blocked_error(choices), status_code=422, headers=headers)
        chat = query.endpoint == "chat"
        env = fmt.Envelope.new("chatcmpl" if chat else "cmpl", self.model_name)
        if query.stream:
            chunks = (fmt.chat_chunks if chat else fmt.text_chunks)(env, choices)
            return StreamingResponse(fmt.sse_events(chunks), media_type="text/event-stream",
                                     headers={**headers, "Cache-Control": "no-cache"})
        body = (fmt.chat_completion if chat else fmt.text_completion)(env, choices)
        return JSONResponse(body, headers=headers)

    async def _ask(self, query: Query) -> list[GuardedAnswer]:
        """The engine's answers, with model failures turned into OpenAI-style errors."""
        system = query.system if foreign_prompt(query, self.facts) else None
        start = time.perf_counter()
        try:
            answered = await self.engine.answer(query.questions, system)
        except EndpointError as exc:
            log.warning("upstream failed: %s", exc)
            self.metrics.upstream_errors.inc()
            if exc.status is not None and 400 <= exc.status < 500 and exc.status != 429:
                raise RequestError(f"the upstream model server refused the request (HTTP "
                                   f"{exc.status})", status=400, code="upstream_refused") from None
            raise RequestError("the upstream model server failed or is unreachable; try again "
                               "later", status=502, type="upstream_error", code="bad_gateway") from None
        except ValueError as exc:  # e.g. a prompt longer than the context window
            raise RequestError(f"the model cannot answer this input: {exc}") from None
        self.metrics.answer_latency.observe(time.perf_counter() - start)
        return answered

    def _verdicts(self, query: Query, answered: list[GuardedAnswer], policy: Policy) -> list[Verdict]:
        """One verdict per question, counted in /metrics and the drift window."""
        notes = request_notes(query, self.facts)
        verdicts = [verdict_of(a, policy, self.facts, notes) for a in answered]
        for v in verdicts:
            self.drift.record(v.passed)
            self.metrics.decisions.labels(v.label).inc()
        if foreign_prompt(query, self.facts):
            self.metrics.foreign_prompt.inc(len(verdicts))
        if query.dropped_turns:
            self.metrics.dropped_turns.inc()
        return verdicts

    def health(self) -> dict:
        t, s = self.guard.threshold, self.drift.status()
        return {"status": "ok", "model": self.model_name, "fingerprint": self.guard.model.fingerprint,
                "mode": "upstream" if self.upstream else "in-process",
                "threshold": self.facts.threshold if t.reachable else None,
                "target_hallucination": t.target, "confidence": t.confidence,
                "drift_alarm": s.alarm}
