"""Asking the guard: the only place the server touches the model.

A thin layer over `Guard.ask_many` with the "abstain" on-fail policy (never the guard's "raise"
or callback: every answer comes back judged, with its raw text and outcome, and the request's
policy decides later, `verdicts`). A client system prompt
other than the calibration one is passed through (`ask_many(system=...)`). With early
abstention on, `ask_many` settles hopeless questions after their prompt pass; each such answer
is handed back at once (`on_early`), before the rest of its batch is generated.

Two engines: in process, questions from concurrent requests share micro-batches on one model
thread (`MicroBatcher`); over HTTP (`OpenAIModel`), each request is forwarded on its own
worker thread, concurrently, with the backend's retries.
"""
from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from typing import Callable, Protocol, Sequence

from guard import Guard, GuardedAnswer
from guard.backends.openai_http import OpenAIModel
from guard.serve.batcher import MicroBatcher


def answer_batch(guard: Guard, system: str | None, questions: Sequence[str],
                 resolve: Callable[[int, object], None] = lambda i, r: None) -> list[GuardedAnswer]:
    """Judge `questions` (`system` None: the calibration prompt); answers settled after the
    prompt pass go to `resolve` first."""
    def early(answer: GuardedAnswer) -> None:
        for i, q in enumerate(questions):
            if q == answer.question:
                resolve(i, answer)

    return guard.ask_many(list(questions), system, on_fail="abstain", on_early=early)


class Engine(Protocol):
    async def answer(self, questions: Sequence[str], system: str | None) -> list[GuardedAnswer]: ...

    async def aclose(self) -> None: ...


class BatchedEngine:
    """In process: every question joins a micro-batch of the same system prompt."""

    def __init__(self, guard: Guard, *, max_batch: int, max_wait_s: float, min_wait_s: float,
                 on_batch: Callable[[int], None] | None = None) -> None:
        self.batcher: MicroBatcher[str, GuardedAnswer] = MicroBatcher(
            lambda key, items, resolve: answer_batch(guard, key, items, resolve),
            max_batch=max_batch, max_wait_s=max_wait_s, min_wait_s=min_wait_s, on_batch=on_batch)

    async def answer(self, questions: Sequence[str], system: str | None) -> list[GuardedAnswer]:
        return list(await asyncio.gather(*(self.batcher.submit(system, q) for q in questions)))

    async def aclose(self) -> None:
        await self.batcher.aclose()


class UpstreamEngine:
    """In front of an OpenAI-compatible server: each request on its own thread, concurrently."""

    def __init__(self, guard: Guard, *, workers: int) -> None:
        self.guard = guard
        self.pool = ThreadPoolExecutor(workers, "guard-upstream")

    async def answer(self, questions: Sequence[str], system: str | None) -> list[GuardedAnswer]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.pool, answer_batch, self.guard, system, list(questions))

    async def aclose(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


def make_engine(guard: Guard, *, max_batch: int | None, max_wait_s: float, min_wait_s: float,
                workers: int, on_batch: Callable[[int], None] | None = None) -> Engine:
    """Forward to an upstream server, or micro-batch an in-process model."""
    if isinstance(guard.model, OpenAIModel):
        return UpstreamEngine(guard, workers=workers)
    return BatchedEngine(guard, max_batch=max_batch or guard.options.batch_size,
                         max_wait_s=max_wait_s, min_wait_s=min_wait_s, on_batch=on_batch)
