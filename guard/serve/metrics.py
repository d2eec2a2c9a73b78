"""`/metrics` in Prometheus text format: traffic, decisions, latency and the drift alarm.

One registry per app (tests run several apps in one process). The sliding-window readings are
computed at scrape time from the `DriftMonitor`, so they are never stale.
"""
from __future__ import annotations

import math

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import GaugeMetricFamily

from guard.serve.drift import DriftMonitor

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)


class _WindowCollector:
    """The drift monitor's current reading as gauges."""

    def __init__(self, drift: DriftMonitor) -> None:
        self.drift = drift

    def collect(self):
        s = self.drift.status()
        nan = math.nan
        rows = [("guard_window_answers", "judged answers in the sliding window", s.count),
                ("guard_window_answer_rate", "share of the window's answers let through "
                 "(confidence >= threshold); NaN until the window has enough answers",
                 nan if s.answer_rate is None else s.answer_rate),
                ("guard_expected_answer_rate", "share let through on the calibration questions "
                 "(the threshold's coverage)", s.expected),
                ("guard_window_expected_low", "lower end of the interval the window's answer "
                 "rate should fall in if traffic looks like calibration", nan if s.low is None else s.low),
                ("guard_window_expected_high", "upper end of that interval",
                 nan if s.high is None else s.high),
                ("guard_drift_alarm", "1 when the window's answer rate leaves the interval expected "
                 "from the calibration questions: live traffic no longer looks like calibration",
                 float(s.alarm))]
        for name, help_, value in rows:
            yield GaugeMetricFamily(name, help_, value=float(value))


class ServeMetrics:
    """Every metric of one server."""

    def __init__(self, drift: DriftMonitor, *, threshold: float, target: float, confidence: float,
                 n_calibration: int) -> None:
        r = self.registry = CollectorRegistry()
        self.requests = Counter("guard_requests", "HTTP requests by endpoint and status code",
                                ["endpoint", "status"], registry=r)
        self.decisions = Counter("guard_decisions", "answers by decision (answer, flag, abstain, "
                                 "block)", ["decision"], registry=r)
        self.foreign_prompt = Counter(
            "guard_foreign_prompt_answers", "answers given under a client system prompt other than "
            "the calibration prompt: the guarantee was calibrated for another prompt", registry=r)
        self.dropped_turns = Counter("guard_dropped_turn_requests", "chat requests whose earlier "
                                     "turns were not sent to the model (only the last user turn is)",
                                     registry=r)
        self.cancelled = Counter("guard_requests_cancelled", "requests whose client disconnected "
                                 "before the answer was ready: cancelled, their questions not yet "
                                 "in a batch dropped without generating", registry=r)
        self.upstream_errors = Counter("guard_upstream_errors", "requests that failed because the "
                                       "upstream model server failed (HTTP 502)", registry=r)
        self.latency = Histogram("guard_request_duration_seconds", "request latency, end to end",
                                 ["endpoint"], buckets=LATENCY_BUCKETS, registry=r)
        self.answer_latency = Histogram("guard_answer_duration_seconds", "model generation plus "
                                        "judging, per request", buckets=LATENCY_BUCKETS, registry=r)
        self.batch_size = Histogram("guard_batch_size", "questions per in-process micro-batch",
                                    buckets=(1, 2, 4, 8, 16, 32, 64), registry=r)
        for name, help_, value in [
            ("guard_threshold", "the guard's confidence threshold (+Inf: target unreachable)", threshold),
            ("guard_target_hallucination", "the certified hallucination-rate target", target),
            ("guard_target_confidence", "probability the target holds", confidence),
            ("guard_calibration_questions", "questions the threshold was chosen on", n_calibration)]:
            Gauge(name, help_, registry=r).set(value)
        r.register(_WindowCollector(drift))

    def render(self) -> tuple[bytes, str]:
        return generate_latest(self.registry), CONTENT_TYPE_LATEST
