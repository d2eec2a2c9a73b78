"""Asking the guard: the only place the server touches the model.

A thin layer over the public `Guard` API. Answers come from `guard.judge(guard.model.generate(
questions, options))`, which is what `Guard.ask_many` does, with the guard in "flag" mode so
the raw answer survives and the request's policy decides later (`verdicts`). With early
abstention on, a first `ask_many` on a one-token copy of the guard settles the questions the
pre-generation probe rejects before anything is generated (so they can be sent at once), and
only the rest are generated. A client system prompt other than the calibration one is passed
through as `options.system` (no early abstention then: that probe was fitted on the calibration
prompt).

Two engines: in process, questions from concurrent requests share micro-batches on one model
thread (`MicroBatcher`); over HTTP (`OpenAIModel`), each request is forwarded on its own
worker thread, concurrently, with the backend's retries.
"""
from __future__ import annotations

import asyncio
import copy
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from typing import Callable, Protocol, Sequence

from guard import Guard, GuardedAnswer
from guard.backends.openai_http import OpenAIModel
from guard.serve.batcher import MicroBatcher


@dataclass(frozen=True)
class Answered:
    """The guard's judgement of one question (flag mode) and how the generation ended."""

    answer: GuardedAnswer
    finish_reason: str = "stop"


def flag_mode(guard: Guard, **changes: object) -> Guard:
    """A shallow copy of the guard that flags instead of abstaining (and with `changes`)."""
    twin = copy.copy(guard)
    twin.on_fail = "flag"
    for name, value in changes.items():
        setattr(twin, name, value)
    return twin


def answer_batch(guard: Guard, pre: Guard | None, system: str | None, questions: Sequence[str],
                 resolve: Callable[[int, object], None] = lambda i, r: None) -> list[Answered]:
    """Judge `questions`; `system` None means the calibration prompt. `pre`, a one-token
    early-abstaining copy, settles hopeless questions first (through `resolve`)."""
    options = guard.options if system is None else replace(guard.options, system=system)
    early: dict[int, Answered] = {}
    if pre is not None and system is None:
        for i, a in enumerate(pre.ask_many(list(questions))):
            if a.decision == "abstain" and not a.signals:  # stopped before generating
                early[i] = Answered(a)
                resolve(i, early[i])
    todo = [q for i, q in enumerate(questions) if i not in early]
    gens = guard.model.generate(todo, options) if todo else []
    judged = iter(Answered(a, g.finish_reason) for a, g in zip(guard.judge(gens), gens))
    return [early[i] if i in early else next(judged) for i in range(len(questions))]


class Engine(Protocol):
    async def answer(self, questions: Sequence[str], system: str | None) -> list[Answered]: ...

    async def aclose(self) -> None: ...


class BatchedEngine:
    """In process: every question joins a micro-batch of the same system prompt."""

    def __init__(self, guard: Guard, *, max_batch: int, max_wait_s: float, min_wait_s: float,
                 on_batch: Callable[[int], None] | None = None) -> None:
        self.guard = flag_mode(guard)
        self.pre = (flag_mode(guard, options=replace(guard.options, max_new_tokens=1))
                    if guard.early_abstain else None)
        self.batcher: MicroBatcher[str, Answered] = MicroBatcher(
            lambda key, items, resolve: answer_batch(self.guard, self.pre, key, items, resolve),
            max_batch=max_batch, max_wait_s=max_wait_s, min_wait_s=min_wait_s, on_batch=on_batch)

    async def answer(self, questions: Sequence[str], system: str | None) -> list[Answered]:
        return list(await asyncio.gather(*(self.batcher.submit(system, q) for q in questions)))

    async def aclose(self) -> None:
        await self.batcher.aclose()


class UpstreamEngine:
    """In front of an OpenAI-compatible server: each request on its own thread, concurrently."""

    def __init__(self, guard: Guard, *, workers: int) -> None:
        self.guard = flag_mode(guard)
        self.pool = ThreadPoolExecutor(workers, "guard-upstream")

    async def answer(self, questions: Sequence[str], system: str | None) -> list[Answered]:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.pool, answer_batch, self.guard, None, system,
                                          list(questions))

    async def aclose(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)


def make_engine(guard: Guard, *, max_batch: int | None, max_wait_s: float, min_wait_s: float,
                workers: int, on_batch: Callable[[int], None] | None = None) -> Engine:
    """Forward to an upstream server, or micro-batch an in-process model."""
    if isinstance(guard.model, OpenAIModel):
        return UpstreamEngine(guard, workers=workers)
    return BatchedEngine(guard, max_batch=max_batch or guard.options.batch_size,
                         max_wait_s=max_wait_s, min_wait_s=min_wait_s, on_batch=on_batch)
