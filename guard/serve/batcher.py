"""Micro-batching: concurrent requests to one in-process model are answered in shared batches.

A batch of one key (the same generation settings) starts when it holds `max_batch` requests;
or, after `min_wait_s` (a few milliseconds, for a burst to arrive), once it holds as many
requests as were in the server when the previous batch ended (that batch's clients tend to come
back, tens of milliseconds after their answers, and the ones that waited meanwhile are still
there; `max_batch` before the first batch); or after `max_wait_s` in any case. So a lone client
in steady state waits only `min_wait_s`, and concurrent clients that fell into two alternating
halves meet again in one batch. Batches run one at a time on one worker thread, so the model is
never used from two threads, and requests arriving meanwhile form the next batch. The batch
function may settle an item before the batch ends (`resolve`), e.g. a pre-generation abstention.
Correctness rests on the batch function giving each item the answer it would get alone (the
guard's batched greedy generation does). If a batch fails, each item is retried alone, so one
bad request cannot fail the others. A request cancelled while it waits (its client went away:
cancelling the awaiting task cancels its future) is dropped from the queue before the next batch
is formed and counts for nothing, so it never reaches the model; one already in a running batch
is answered and the answer discarded.
"""
from __future__ import annotations

import asyncio
import logging
import time
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable, Generic, Hashable, TypeVar

T = TypeVar("T")
R = TypeVar("R")
Resolve = Callable[[int, object], None]
BatchFn = Callable[[Hashable, list, Resolve], list]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Pending(Generic[T]):
    key: Hashable
    item: T
    future: asyncio.Future
    arrived: float  # loop time (time.monotonic)


class MicroBatcher(Generic[T, R]):
    """`await submit(key, item)` returns `run(key, items, resolve)[i]` for its item i."""

    def __init__(self, run: BatchFn, *, max_batch: int = 8, max_wait_s: float = 0.05,
                 min_wait_s: float = 0.005, executor: Executor | None = None,
                 on_batch: Callable[[int], None] | None = None) -> None:
        if max_batch < 1 or not 0 <= min_wait_s <= max_wait_s:
            raise ValueError("need max_batch >= 1 and 0 <= min_wait_s <= max_wait_s")
        self.run, self.max_batch, self.on_batch = run, max_batch, on_batch
        self.min_wait_s, self.max_wait_s = min_wait_s, max_wait_s
        self._own_executor = executor is None
        self.executor = executor or ThreadPoolExecutor(1, "guard-model")
        self._pending: list[_Pending] = []
        self._expected = max_batch  # requests in the server when the previous batch ended
        self._arrived: asyncio.Event | None = None
        self._task: asyncio.Task | None = None

    async def submit(self, key: Hashable, item: T) -> R:
        loop = asyncio.get_running_loop()
        if self._task is None or self._task.done():
            self._arrived = asyncio.Event()
            self._task = loop.create_task(self._loop())
        pending = _Pending(key, item, loop.create_future(), loop.time())
        self._pending.append(pending)
        self._arrived.set()
        return await pending.future

    async def aclose(self) -> None:
        """Stop the batching loop; pending requests are cancelled."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        for p in self._pending:
            p.future.cancel()
        self._pending.clear()
        if self._own_executor:
            self.executor.shutdown(wait=False, cancel_futures=True)

    async def _loop(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            while not self._drop_abandoned():
                self._arrived.clear()
                await self._arrived.wait()
            key = self._pending[0].key
            await self._wait_for_company(key)
            batch = [p for p in self._drop_abandoned() if p.key == key][: self.max_batch]
            self._pending = [p for p in self._pending if p not in batch]
            if not batch:
                continue
            if self.on_batch:
                self.on_batch(len(batch))
            ended = await loop.run_in_executor(self.executor, self._run_batch, key, batch, loop)
            self._expected = len(batch) + sum(p.arrived < ended for p in self._drop_abandoned())

    async def _wait_for_company(self, key: Hashable) -> None:
        """Until the batch of `key` is full, or holds the expected number after `min_wait_s`,
        or `max_wait_s` has passed."""
        loop = asyncio.get_running_loop()
        start = loop.time()
        while (n := sum(p.key == key for p in self._drop_abandoned())) < self.max_batch:
            now = loop.time()
            enough = n >= self._expected
            if enough and now - start >= self.min_wait_s:
                return
            left = start + (self.min_wait_s if enough else self.max_wait_s) - now
            if left <= 0:
                return
            self._arrived.clear()
            try:
                await asyncio.wait_for(self._arrived.wait(), left)
            except TimeoutError:
                return

    def _drop_abandoned(self) -> list[_Pending]:
        """The queue without requests whose future is already done: cancelled because the
        client went away (or settled early)."""
        self._pending = [p for p in self._pending if not p.future.done()]
        return self._pending

    def _run_batch(self, key: Hashable, batch: list[_Pending], loop: asyncio.AbstractEventLoop) -> float:
        """On the worker thread: run, and settle every future on the event loop; returns when
        the answers were ready (loop time)."""
        def settle(p: _Pending, result: object = None, error: BaseException | None = None) -> None:
            loop.call_soon_threadsafe(_settle, p.future, result, error)

        try:
            results = self.run(key, [p.item for p in batch], lambda i, r: settle(batch[i], r))
            if len(results) != len(batch):
                raise RuntimeError(f"batch function returned {len(results)} results for {len(batch)} items")
        except Exception as exc:  # noqa: BLE001 - handed to the waiting requests
            if len(batch) > 1:
                log.info("batch of %d failed (%s); retrying each alone", len(batch), exc)
                return max([self._run_batch(key, [p], loop) for p in batch])
            settle(batch[0], error=exc)
            return time.monotonic()
        ended = time.monotonic()
        for p, r in zip(batch, results):
            settle(p, r)
        return ended


def _settle(future: asyncio.Future, result: object, error: BaseException | None) -> None:
    if future.done():  # settled early, or the client went away
        return
    if error is not None:
        future.set_exception(error)
    else:
        future.set_result(result)
