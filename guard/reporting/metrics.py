"""The one set of metric definitions used by every report (the README's "Metrics").

Report-card metrics count `probes.Grade` outcomes: correct, incorrect, abstained, and ungraded
(answered, correctness unknown). Metrics that need correctness leave ungraded rows out and
report how many. Score metrics take 0/1 labels (1 = the answer is correct) and a confidence:
AUROC, AUPRC (average precision), Brier, ECE with equal-mass bins, reliability bins, the
risk-coverage curve, AURC and risk at a fixed coverage.

Pure functions over numpy arrays; no plotting, no I/O, no bootstrap intervals. Undefined values
(a single class, no rows left after dropping) are nan; empty or mismatched inputs raise ValueError.
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Sequence

import numpy as np

from probes import Grade

ArrayLike = Sequence[float] | np.ndarray


def grades(outcomes: Sequence[Grade | str]) -> list[Grade]:
    """Outcomes as `Grade`s; an unknown label raises ValueError naming the valid ones."""
    try:
        return [Grade(o) for o in outcomes]
    except ValueError:
        bad = sorted({str(o) for o in outcomes if str(o) not in {g.value for g in Grade}})
        raise ValueError(f"unknown outcome label(s) {bad}; expected one of "
                         f"{[g.value for g in Grade]}") from None


@dataclass(frozen=True)
class Counts:
    correct: int
    incorrect: int
    abstained: int
    ungraded: int

    @property
    def n(self) -> int:
        """All rows, including the ungraded ones."""
        return self.correct + self.incorrect + self.abstained + self.ungraded


@dataclass(frozen=True)
class ReportCard:
    """AA-Omniscience style summary; N = C + I + A (ungraded rows counted apart)."""

    n: int
    correct: int
    incorrect: int
    abstained: int
    ungraded: int
    accuracy: float
    attempted: float
    hallucination_rate: float
    omniscience_index: float

    def to_dict(self) -> dict[str, int | float | None]:
        """Plain, strict-JSON data: undefined (nan) metrics become None."""
        return {k: None if isinstance(v, float) and math.isnan(v) else v for k, v in asdict(self).items()}


def count_outcomes(outcomes: Sequence[Grade | str]) -> Counts:
    """Count each outcome; an unknown label raises ValueError."""
    labels = grades(outcomes)
    return Counts(*(labels.count(g) for g in (Grade.CORRECT, Grade.INCORRECT, Grade.ABSTAINED,
                                               Grade.UNGRADED)))


def _ratio(num: float, den: float) -> float:
    return num / den if den else math.nan


def report_card(outcomes: Sequence[Grade | str]) -> ReportCard:
    """Accuracy C/N, attempted (C+I)/N, hallucination rate I/(I+A), omniscience 100(C-I)/N."""
    if len(outcomes) == 0:
        raise ValueError("report_card needs at least one outcome; got an empty sequence")
    c = count_outcomes(outcomes)
    n = c.correct + c.incorrect + c.abstained
    return ReportCard(
        n=n, correct=c.correct, incorrect=c.incorrect, abstained=c.abstained, ungraded=c.ungraded,
        accuracy=_ratio(c.correct, n),
        attempted=_ratio(c.correct + c.incorrect, n),
        hallucination_rate=_ratio(c.incorrect, c.incorrect + c.abstained),
        omniscience_index=_ratio(100.0 * (c.correct - c.incorrect), n),
    )


def kept_correct(raw_outcomes: Sequence[Grade | str], guarded_outcomes: Sequence[Grade | str]) -> float:
    """C_guarded / C_raw over the same questions: the share of correct answers the guard kept."""
    if len(raw_outcomes) != len(guarded_outcomes):
        raise ValueError(f"length mismatch: {len(raw_outcomes)} raw vs {len(guarded_outcomes)} guarded outcomes")
    return _ratio(count_outcomes(guarded_outcomes).correct, count_outcomes(raw_outcomes).correct)


def hallucination_on_unknowns(raw_outcomes: Sequence[Grade | str],
                              guarded_outcomes: Sequence[Grade | str]) -> float:
    """Among questions the raw model did not answer correctly, the share the guard let through
    with a wrong answer: the rate `guard.threshold` bounds (it upper-bounds I/(I+A) guarded)."""
    if len(raw_outcomes) != len(guarded_outcomes):
        raise ValueError(f"length mismatch: {len(raw_outcomes)} raw vs {len(guarded_outcomes)} guarded outcomes")
    unknown = [g for r, g in zip(grades(raw_outcomes), grades(guarded_outcomes)) if r != Grade.CORRECT]
    return _ratio(sum(g == Grade.INCORRECT for g in unknown), len(unknown))


def _check(y: ArrayLike, s: ArrayLike, s_name: str = "score", probability: bool = False) -> tuple[np.ndarray, np.ndarray]:
    y, s = np.asarray(y, dtype=float).ravel(), np.asarray(s, dtype=float).ravel()
    if y.size == 0:
        raise ValueError("metrics need at least one example; got empty arrays")
    if y.size != s.size:
        raise ValueError(f"length mismatch: {y.size} labels vs {s.size} {s_name}s")
    if not np.isin(y, (0.0, 1.0)).all():
        raise ValueError("labels must be 0/1 (1 = the answer is correct)")
    if not np.isfinite(s).all():
        raise ValueError(f"{s_name}s must be finite (found nan or inf)")
    if probability and ((s < 0) | (s > 1)).any():
        raise ValueError(f"{s_name}s must be probabilities in [0, 1]")
    return y, s


def _groups(y: np.ndarray, s: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct scores descending, with cumulative positives and counts at each score."""
    order = np.argsort(-s, kind="mergesort")
    y, s = y[order], s[order]
    ends = np.r_[np.flatnonzero(np.diff(s)), s.size - 1]
    return s[ends], np.cumsum(y)[ends], ends + 1.0


def auroc(y_true: ArrayLike, score: ArrayLike) -> float:
    """Area under the ROC curve (ties count one half); nan when only one class is present."""
    y, s = _check(y_true, score)
    _, tp, kept = _groups(y, s)
    pos, neg = tp[-1], kept[-1] - tp[-1]
    if pos == 0 or neg == 0:
        return math.nan
    tpr, fpr = np.r_[0.0, tp / pos], np.r_[0.0, (kept - tp) / neg]
    return float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))  # trapezoids


def auprc(y_true: ArrayLike, score: ArrayLike) -> float:
    """Average precision, sum_n (R_n - R_{n-1}) P_n as in scikit-learn; nan with one class."""
    y, s = _check(y_true, score)
    _, tp, kept = _groups(y, s)
    if tp[-1] == 0 or tp[-1] == kept[-1]:
        return math.nan
    recall = np.r_[0.0, tp / tp[-1]]
    return float(np.sum(np.diff(recall) * tp / kept))


def brier(y: ArrayLike, p: ArrayLike) -> float:
    """Mean squared error of the probability of "correct"."""
    y, p = _check(y, p, "probability", probability=True)
    return float(np.mean((p - y) ** 2))


def reliability_bins(y: ArrayLike, p: ArrayLike, n_bins: int = 10) -> list[tuple[float, float, int]]:
    """Equal-mass bins: sort by p (stable), split into n_bins nearly equal groups.

    Returns (mean_p, mean_y, count) per non-empty bin; ties may straddle a bin boundary.
    """
    y, p = _check(y, p, "probability", probability=True)
    if n_bins < 1:
        raise ValueError(f"n_bins must be >= 1; got {n_bins}")
    order = np.argsort(p, kind="mergesort")
    return [(float(p[b].mean()), float(y[b].mean()), int(b.size))
            for b in np.array_split(order, n_bins) if b.size]


def ece(y: ArrayLike, p: ArrayLike, n_bins: int = 10) -> float:
    """Expected calibration error over equal-mass bins: sum_b |b|/N |mean(y_b) - mean(p_b)|."""
    bins = reliability_bins(y, p, n_bins)
    total = sum(count for _, _, count in bins)
    return float(sum(count * abs(my - mp) for mp, my, count in bins) / total)


def risk_coverage(y_correct: ArrayLike, score: ArrayLike) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Selective answering: keep answers with score >= t, for each distinct score t (descending).

    Returns (coverage, risk, thresholds): coverage = kept / N, risk = error rate among kept.
    """
    y, s = _check(y_correct, score)
    thresholds, correct, kept = _groups(y, s)
    return kept / y.size, 1.0 - correct / kept, thresholds


def aurc(y_correct: ArrayLike, score: ArrayLike) -> float:
    """Area under the risk-coverage curve (step integral; the mean selective risk when no ties)."""
    coverage, risk, _ = risk_coverage(y_correct, score)
    return float(np.sum(risk * np.diff(np.r_[0.0, coverage])))


def risk_at_coverage(y_correct: ArrayLike, score: ArrayLike, coverage: float) -> float:
    """Risk at the strictest distinct threshold whose coverage is at least `coverage` (0, 1]."""
    if not 0 < coverage <= 1:
        raise ValueError(f"coverage must be in (0, 1]; got {coverage}")
    cov, risk, _ = risk_coverage(y_correct, score)
    return float(risk[np.searchsorted(cov, coverage - 1e-12)])
