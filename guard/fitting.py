"""Fit a calibrator and select a threshold from graded probe records, on disjoint halves.

The calibrator is fitted on one part of the questions and the threshold is chosen on the other,
so the threshold's finite-sample guarantee holds (its scores were not fitted on its data).
Questions the model itself abstained on carry no answer to calibrate: they are left out of the
calibrator's fit but counted, as abstentions, by the threshold (they are never hallucinations).
Ungraded answers (answerable questions without a gold answer) are left out of both. Every
question of the fit part, graded or not, teaches the answerability probe whether it is
answerable: its label is known even when its answer cannot be graded.

For a user's own distribution (`guard.shift`): with a labelled sample of their questions, the
calibrator learns from every probe question and the threshold is chosen on the sample alone,
so the bound holds for questions exchangeable with the sample; with unlabelled questions only,
the threshold part's probe questions are importance-weighted to look like them (approximate).
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, fields
from typing import Any, Sequence

import numpy as np
from scipy.special import expit

from guard.calibration import Calibrator, GatedCalibrator, make_calibrator
from guard.records import Record
from guard.shift import ShiftDiagnostic, importance_weights
from guard.signals.features import Featurizer, Observation
from guard.threshold import ThresholdChoice, select_threshold
from probes import Grade

EARLY_LOSS = 0.05  # share of correct answers pre-generation abstention may cost
PROBES = "probe questions (held-out part)"
LABELLED = "the user's labelled sample"
WEIGHTED = "probe questions weighted to the user's unlabelled questions (approximate)"


@dataclass(frozen=True)
class FitInfo:
    """How a guard was fitted: its data, its split and what each part held."""

    calibrator: str
    fit_seed: int
    fit_fraction: float
    n_fit: int
    n_threshold: int
    n_ungraded: int  # answered without a gold answer: correctness unknown, not used
    threshold_on: str = PROBES  # what the threshold's bound was computed on
    shift: ShiftDiagnostic | None = None  # probes versus the user's unlabelled questions
    suite: str | None = None
    suite_size: int | None = None
    suite_seed: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "shift": None if self.shift is None else self.shift.to_dict()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "FitInfo":
        names = {f.name for f in fields(cls)}
        kept = {k: v for k, v in d.items() if k in names}
        if kept.get("shift") is not None:
            kept["shift"] = ShiftDiagnostic.from_dict(kept["shift"])
        return cls(**kept)


@dataclass(frozen=True)
class Fitted:
    featurizer: Featurizer
    calibrator: Calibrator
    threshold: ThresholdChoice
    info: FitInfo
    early_threshold: float | None = None  # P(knows) below which to abstain before generating


def in_fit_part(record_id: str, fit_fraction: float, seed: int) -> bool:
    """Deterministic assignment of a question to the calibrator's part, by id."""
    digest = hashlib.sha256(f"{seed}|{record_id}".encode()).hexdigest()
    return int(digest[:8], 16) / 0xFFFFFFFF < fit_fraction


def fit_records(records: Sequence[Record], names: Sequence[str], *, calibrator: str = "logistic",
                target: float = 0.10, confidence: float = 0.90, fit_fraction: float = 0.5,
                seed: int = 0, gate: bool = True, labelled: Sequence[Record] = (),
                user_hidden: np.ndarray | None = None) -> Fitted:
    """Calibrator on the fit part, threshold on the rest (see the module docstring). With an
    answerability signal among `names` and `gate`, confidence is P(answerable) times
    P(correct | answerable) (`GatedCalibrator`), which carried over better to real questions.
    `labelled`: records of the user's labelled questions (the threshold's data instead of the
    probes'); `user_hidden`: (n, layers, d) prompt hidden states of their unlabelled questions."""
    if not 0 < fit_fraction < 1:
        raise ValueError(f"fit_fraction must be in (0, 1), got {fit_fraction}")
    ordered = sorted(records, key=lambda r: r.id)  # order-free
    in_fit = [bool(labelled) or in_fit_part(r.id, fit_fraction, seed) for r in ordered]
    fit_all = [r for r, f in zip(ordered, in_fit) if f]
    thr_part = [r for r in (sorted(labelled, key=lambda r: r.id) if labelled else
                            (r for r, f in zip(ordered, in_fit) if not f)) if r.grade != Grade.UNGRADED]
    featurizer, model, X, y = _fit_calibrator(fit_all, names, calibrator, gate)
    scores = confidence_of(model, featurizer.transform([Observation.of_record(r) for r in thr_part]))
    weights, shift = _shift(thr_part if not labelled else ordered, user_hidden, seed)
    choice = select_threshold(scores, [r.grade for r in thr_part], target, confidence,
                              weights=None if labelled else weights)
    on = LABELLED if labelled else WEIGHTED if weights is not None else PROBES
    info = FitInfo(calibrator, seed, fit_fraction, sum(r.grade != Grade.UNGRADED for r in fit_all),
                   len(thr_part), sum(r.grade == Grade.UNGRADED for r in records), on, shift)
    return Fitted(featurizer, model, choice, info, _early_threshold(featurizer, X, y))


def _fit_calibrator(fit_all: Sequence[Record], names: Sequence[str], calibrator: str, gate: bool):
    """The featurizer (probes fitted) and calibrator, learned from the fit part's records."""
    graded = [r for r in fit_all if r.grade in (Grade.CORRECT, Grade.INCORRECT)]
    y = np.array([r.grade == Grade.CORRECT for r in graded], dtype=int)
    if len(graded) < 10 or y.min() == y.max():
        raise ValueError(
            f"cannot calibrate: the fit part has {len(graded)} graded answers with "
            f"{int(y.sum())} correct; calibration needs both correct and incorrect answers. "
            "Use a larger or more varied suite.")
    featurizer = Featurizer(names)
    others = [Observation.of_record(r) for r in fit_all if r.grade not in (Grade.CORRECT, Grade.INCORRECT)]
    X = featurizer.fit_transform([Observation.of_record(r) for r in graded], y, others)
    gated = featurizer.answerability if gate else None
    model = fit_calibrator(make_calibrator(calibrator), X, y, [bool(r.answerable) for r in graded],
                           None if gated is None else featurizer.columns.index(gated))
    return featurizer, model, X, y


def _shift(probe_records: Sequence[Record], user_hidden: np.ndarray | None,
           seed: int) -> tuple[np.ndarray | None, ShiftDiagnostic | None]:
    """Importance weights of `probe_records` toward the user's questions, and the diagnostic."""
    if user_hidden is None:
        return None, None
    hidden = [r.hidden().get("hidden_prompt") for r in probe_records]
    if any(h is None for h in hidden):
        raise ValueError("weighting toward unlabelled questions needs the prompt hidden states of "
                         "the probe answers: use an in-process model with a hidden-state signal")
    return importance_weights(np.stack(hidden), user_hidden, seed=seed)


def fit_calibrator(calibrator: Calibrator, X: np.ndarray, y: np.ndarray, answerable: Sequence[bool],
                   gate_column: int | None = None) -> Calibrator:
    """`calibrator` fitted on (X, y); with `gate_column` (an answerability probe's logit), wrapped
    in a `GatedCalibrator` whose base learns from the answerable rows only."""
    if gate_column is None:
        return calibrator.fit(X, y)
    answerable = np.asarray(answerable, dtype=bool)
    if y[answerable].min() == y[answerable].max():
        raise ValueError("cannot calibrate: the answerable questions of the fit part are all "
                         "correct or all wrong; use a larger suite or gate=False")
    return GatedCalibrator(calibrator, gate_column).fit(X, y, answerable=answerable)


def _early_threshold(featurizer: Featurizer, X: np.ndarray, y: np.ndarray,
                     lose: float = EARLY_LOSS) -> float | None:
    """Pre-generation probe score under which only `lose` of the correct answers fall
    (out-of-fold estimate)."""
    if featurizer.pre_generation is None:
        return None
    column = featurizer.columns.index(featurizer.pre_generation)
    p_know = expit(X[:, column])
    return float(np.quantile(p_know[y == 1], lose))


def confidence_of(calibrator: Calibrator, X: np.ndarray) -> np.ndarray:
    """Calibrated P(correct); rows with a non-finite signal get 0 (fail closed)."""
    ok = np.isfinite(X).all(axis=1)
    p = np.zeros(len(X))
    if ok.any():
        p[ok] = calibrator.predict_confidence(X[ok])
    return p
