"""Drift alarm: does live traffic still get let through as often as the calibration questions?

The threshold was chosen on `n_calibration` questions, of which the share `coverage` reached
it. If live questions are exchangeable with those (the guarantee's assumption), the number of
let-through answers among the last w follows a beta-binomial: binomial sampling of w answers
at a rate known only from the calibration sample (Jeffreys posterior Beta(k + 1/2,
n - k + 1/2), k = coverage * n). The alarm fires when the window's count falls outside that
distribution's central `1 - alpha` interval, i.e. with probability at most `alpha` per reading
while traffic looks like calibration. It says the assumption behind the guarantee is in doubt,
not by how much the hallucination rate moved.
"""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from functools import lru_cache

from scipy.stats import betabinom


@dataclass(frozen=True)
class DriftStatus:
    """One reading of the window (rates are None until it holds `min_count` answers)."""

    count: int
    answer_rate: float | None
    expected: float
    low: float | None
    high: float | None
    alarm: bool


@lru_cache(maxsize=4096)
def expected_interval(coverage: float, n_calibration: int, w: int, alpha: float) -> tuple[int, int]:
    """Central 1 - alpha interval [lo, hi] of let-through answers among w, as counts."""
    k = min(max(round(coverage * n_calibration), 0), n_calibration)
    dist = betabinom(w, k + 0.5, n_calibration - k + 0.5)
    return int(dist.ppf(alpha / 2)), int(dist.ppf(1 - alpha / 2))


class DriftMonitor:
    """The last `window` verdicts (let through or not) and the alarm on them."""

    def __init__(self, coverage: float, n_calibration: int, *, window: int = 200,
                 min_count: int = 50, alpha: float = 0.01) -> None:
        if n_calibration < 1 or not 0 <= coverage <= 1:
            raise ValueError("need n_calibration >= 1 and 0 <= coverage <= 1")
        self.coverage, self.n_calibration = coverage, n_calibration
        self.min_count, self.alpha = min(min_count, window), alpha
        self._passed: deque[bool] = deque(maxlen=window)

    def record(self, passed: bool) -> None:
        self._passed.append(bool(passed))

    def status(self) -> DriftStatus:
        w = len(self._passed)
        if w < self.min_count:
            return DriftStatus(w, None, self.coverage, None, None, False)
        hits = sum(self._passed)
        lo, hi = expected_interval(self.coverage, self.n_calibration, w, self.alpha)
        return DriftStatus(w, hits / w, self.coverage, lo / w, hi / w, not lo <= hits <= hi)
