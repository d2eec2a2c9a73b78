"""The micro-batcher on a pure batch function: grouping, bounds, early settling, failures.
(Identical answers alone vs batched on the real model: test_inprocess.py.)"""
from __future__ import annotations

import asyncio
import threading
import time

import pytest

from guard.serve.batcher import MicroBatcher


class Recorder:
    """A batch function that answers f"{key}:{item*2}" and records every batch it ran."""

    def __init__(self, delay: float = 0.0, fail_on: object = None) -> None:
        self.batches: list[tuple[object, list]] = []
        self.threads: set[str] = set()
        self.delay, self.fail_on = delay, fail_on

    def __call__(self, key, items, resolve):
        self.batches.append((key, list(items)))
        self.threads.add(threading.current_thread().name)
        if self.fail_on in items:
            raise ValueError(f"cannot do {self.fail_on}")
        time.sleep(self.delay)
        return [f"{key}:{x * 2}" for x in items]


def run(coro):
    return asyncio.run(coro)


def test_concurrent_items_share_batches_bounded_by_max_batch_and_keep_their_answers():
    rec = Recorder(delay=0.05)

    async def main():
        b = MicroBatcher(rec, max_batch=4, max_wait_s=0.05)
        out = await asyncio.gather(*(b.submit("k", i) for i in range(10)))
        await b.aclose()
        return out

    assert run(main()) == [f"k:{i * 2}" for i in range(10)]
    sizes = [len(items) for _, items in rec.batches]
    assert sum(sizes) == 10 and max(sizes) == 4 and len(sizes) == 3
    assert len(rec.threads) == 1  # the model is only ever used from one thread


def test_items_are_grouped_by_key():
    rec = Recorder()

    async def main():
        b = MicroBatcher(rec, max_batch=8, max_wait_s=0.05)
        out = await asyncio.gather(*(b.submit(k, i) for i, k in enumerate("abab")))
        await b.aclose()
        return out

    assert run(main()) == ["a:0", "b:2", "a:4", "b:6"]
    assert sorted(rec.batches) == [("a", [0, 2]), ("b", [1, 3])]


def test_a_lone_request_waits_at_most_max_wait():
    async def main():
        b = MicroBatcher(Recorder(), max_batch=8, max_wait_s=0.02)
        start = time.perf_counter()
        assert await b.submit("k", 1) == "k:2"
        took = time.perf_counter() - start
        await b.aclose()
        return took

    assert run(main()) < 0.5


def test_a_lone_client_waits_for_company_only_before_its_first_batch():
    async def main():
        b = MicroBatcher(Recorder(), max_batch=8, max_wait_s=0.3)
        took = []
        for i in range(3):
            start = time.perf_counter()
            await b.submit("k", i)
            took.append(time.perf_counter() - start)
        await b.aclose()
        return took

    cold, *steady = run(main())
    assert cold >= 0.25 and max(steady) < 0.15


def test_clients_answered_together_meet_again_in_full_batches():
    """Eight clients, each asking again 0-30 ms after its answer: every batch after the first is
    full, instead of drifting into halves that keep missing each other."""
    rec = Recorder(delay=0.05)

    async def client(b, c):
        for i in range(4):
            await b.submit("k", (c, i))
            await asyncio.sleep(0.03 * ((c * 7 + i * 3) % 8) / 7)

    async def main():
        b = MicroBatcher(rec, max_batch=8, max_wait_s=0.2)
        await asyncio.gather(*(client(b, c) for c in range(8)))
        await b.aclose()

    run(main())
    assert [len(items) for _, items in rec.batches] == [8, 8, 8, 8]


def test_clients_split_into_alternating_halves_meet_again_in_one_batch():
    """After a lone client, eight clients start 0-40 ms apart: the first batches catch only
    some of them, but the ones answered first are waited for, so the batches fill up again."""
    rec = Recorder(delay=0.05)

    async def client(b, c, start):
        await asyncio.sleep(start)
        for i in range(6):
            await b.submit("k", (c, i))
            await asyncio.sleep(0.01)

    async def main():
        b = MicroBatcher(rec, max_batch=8, max_wait_s=0.2)
        for i in range(3):
            await b.submit("k", ("alone", i))
        await asyncio.gather(*(client(b, c, 0.04 * c / 7) for c in range(8)))
        await b.aclose()

    run(main())
    sizes = [len(items) for _, items in rec.batches]
    assert sizes[:3] == [1, 1, 1] and sum(sizes) == 51, sizes
    assert len(sizes) <= 10 and set(sizes[4:-1]) == {8}, sizes  # the first burst batch aside


def test_resolve_settles_an_item_before_its_batch_ends():
    def slow_except_first(key, items, resolve):
        resolve(0, "early")
        time.sleep(0.3)
        return ["late"] * len(items)

    async def main():
        b = MicroBatcher(slow_except_first, max_batch=2, max_wait_s=0.05)
        start, done = time.perf_counter(), {}

        async def ask(i):
            r = await b.submit("k", i)
            done[i] = time.perf_counter() - start
            return r

        out = await asyncio.gather(ask(0), ask(1))
        await b.aclose()
        return out, done

    out, done = run(main())
    assert out == ["early", "late"] and done[0] < done[1] - 0.2


def test_a_failing_item_fails_alone_after_its_batch_is_retried_one_by_one():
    rec = Recorder(fail_on=3)

    async def main():
        b = MicroBatcher(rec, max_batch=8, max_wait_s=0.05)
        out = await asyncio.gather(*(b.submit("k", i) for i in range(5)), return_exceptions=True)
        await b.aclose()
        return out

    out = run(main())
    assert out[:3] == ["k:0", "k:2", "k:4"] and out[4] == "k:8"
    assert isinstance(out[3], ValueError) and "cannot do 3" in str(out[3])
    assert rec.batches[0] == ("k", [0, 1, 2, 3, 4]) and len(rec.batches) == 6


def test_a_client_that_went_away_is_not_computed():
    rec = Recorder(delay=0.2)

    async def main():
        b = MicroBatcher(rec, max_batch=1, max_wait_s=0.0, min_wait_s=0.0)
        first = asyncio.ensure_future(b.submit("k", 1))
        gone = asyncio.ensure_future(b.submit("k", 2))
        await asyncio.sleep(0.05)
        gone.cancel()
        assert await first == "k:2"
        await asyncio.sleep(0.3)
        await b.aclose()

    run(main())
    assert [items for _, items in rec.batches] == [[1]]


def test_requests_cancelled_in_the_queue_leave_no_gap_in_the_next_batch():
    rec = Recorder(delay=0.2)

    async def main():
        b = MicroBatcher(rec, max_batch=3, max_wait_s=0.02, min_wait_s=0.0)
        first = asyncio.ensure_future(b.submit("k", 0))
        await asyncio.sleep(0.1)  # [0] is running
        queued = [asyncio.ensure_future(b.submit("k", i)) for i in range(1, 7)]
        await asyncio.sleep(0.01)
        for gone in queued[0::2]:  # 1, 3 and 5: their clients went away
            gone.cancel()
        out = await asyncio.gather(first, *queued[1::2])
        await b.aclose()
        return out

    assert run(main()) == ["k:0", "k:4", "k:8", "k:12"]
    assert [items for _, items in rec.batches] == [[0], [2, 4, 6]]


def test_bad_settings_are_refused():
    with pytest.raises(ValueError):
        MicroBatcher(Recorder(), max_batch=0)
    with pytest.raises(ValueError, match="min_wait_s <= max_wait_s"):
        MicroBatcher(Recorder(), min_wait_s=0.1, max_wait_s=0.05)
