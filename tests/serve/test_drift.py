"""The drift alarm: quiet while traffic looks like calibration, firing when it does not."""
from __future__ import annotations

import numpy as np

from guard.serve.drift import DriftMonitor, expected_interval


def test_no_reading_before_the_window_has_enough_answers():
    d = DriftMonitor(0.4, 500, window=100, min_count=50)
    for _ in range(49):
        d.record(False)
    s = d.status()
    assert s.count == 49 and s.answer_rate is None and not s.alarm and s.expected == 0.4


def test_interval_contains_the_calibration_rate_and_widens_with_a_small_calibration_set():
    lo, hi = expected_interval(0.4, 1000, 200, 0.01)
    assert lo < 80 < hi
    lo_small, hi_small = expected_interval(0.4, 60, 200, 0.01)
    assert lo_small < lo and hi_small > hi


def test_alarm_fires_when_the_answer_rate_leaves_the_interval():
    d = DriftMonitor(0.5, 1000, window=200, min_count=50)
    for i in range(200):
        d.record(i % 2 == 0)  # exactly the calibration rate
    assert not d.status().alarm and d.status().answer_rate == 0.5
    for _ in range(120):  # traffic the guard now refuses: the window slides to 20% answered
        d.record(False)
    s = d.status()
    assert s.count == 200 and s.answer_rate == 0.2 and s.alarm and s.low > 0.2


def test_false_alarm_rate_is_at_most_about_alpha_on_exchangeable_traffic():
    rng = np.random.default_rng(0)
    coverage, n_cal, w = 0.3, 400, 200
    alarms = 0
    for _ in range(2000):
        p = rng.binomial(n_cal, coverage) / n_cal  # the calibration draw
        d = DriftMonitor(p, n_cal, window=w, min_count=w, alpha=0.05)
        for passed in rng.random(w) < coverage:
            d.record(bool(passed))
        alarms += d.status().alarm
    assert alarms / 2000 <= 0.07
