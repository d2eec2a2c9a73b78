"""Helpers shared by the benchmarks: interleaved repeated timing and medians."""
from __future__ import annotations

import statistics
import time
from typing import Callable


def median_times(fns: dict[str, Callable[[], object]], repeats: int = 5) -> dict[str, float]:
    """Median wall time of each function, run interleaved so machine noise hits all alike."""
    times: dict[str, list[float]] = {name: [] for name in fns}
    for name, fn in fns.items():  # warm-up
        fn()
    for _ in range(repeats):
        for name, fn in fns.items():
            start = time.perf_counter()
            fn()
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(ts) for name, ts in times.items()}
