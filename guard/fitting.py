"""Fit a scorer and select a threshold from graded probe records, on disjoint halves.

The scorer (`guard.scoring`) is fitted on one part of the questions and the threshold is chosen
on the other, so the threshold's finite-sample guarantee holds (its scores were not fitted on
its data). Questions the model itself abstained on carry no answer to calibrate: they are left
out of the calibrator's fit but counted, as abstentions, by the threshold (they are never
hallucinations). Ungraded answers (answerable questions without a gold answer) are left out of
both. Every question of the fit part, graded or not, teaches the answerability probe whether it
is answerable: its label is known even when its answer cannot be graded.

For a user's own distribution (`guard.shift`): with a labelled sample of their questions, the
scorer learns from every probe question and the threshold is chosen on the sample alone,
so the bound holds for questions exchangeable with the sample; with unlabelled questions only,
the threshold part's probe questions are importance-weighted to look like them (approximate).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from typing import Any, Callable, Sequence

import numpy as np

from guard.claim_fitting import ClaimFit
from guard.parts import in_fit_part
from guard.records import Record
from guard.scoring import Scorer
from guard.shift import ShiftDiagnostic, importance_weights
from guard.signals.features import Observation
from guard.threshold import ThresholdChoice, select_threshold
from probes import Grade

PROBES = "probe questions (held-out part)"
LABELLED = "the user's labelled sample"
WEIGHTED = "probe questions weighted to the user's unlabelled questions (approximate)"
LONGEST_CALIBRATED = 0.99  # answers longer than this quantile of the threshold's are outside it


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
    max_length: float | None = None  # answer length (tokens) the threshold's answers reach

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
    """A guard's fitted state: the scorer, the threshold on its scores, how both were made, and
    the claim scorer and threshold when the guard also judges claim by claim."""

    scorer: Scorer
    threshold: ThresholdChoice
    info: FitInfo
    claims: ClaimFit | None = None


def fit_records(records: Sequence[Record], names: Sequence[str], *, calibrator: str = "logistic",
                target: float = 0.10, confidence_level: float = 0.90, fit_fraction: float = 0.5,
                seed: int = 0, gate: bool = True, labelled: Sequence[Record] = (),
                user_hidden: np.ndarray | None = None) -> Fitted:
    """Scorer on the fit part, threshold on the rest (see the module docstring).
    `labelled`: records of the user's labelled questions (the threshold's data instead of the
    probes'); `user_hidden`: (n, layers, d) prompt hidden states of their unlabelled questions."""
    ordered = sorted(records, key=lambda r: r.id)  # order-free
    in_fit = [bool(labelled) or in_fit_part(r.id, fit_fraction, seed) for r in ordered]
    fit_all = [r for r, f in zip(ordered, in_fit) if f]
    thr_part = [r for r in (sorted(labelled, key=lambda r: r.id) if labelled else
                            (r for r, f in zip(ordered, in_fit) if not f)) if r.grade != Grade.UNGRADED]
    graded = [r for r in fit_all if r.grade in (Grade.CORRECT, Grade.INCORRECT)]
    others = [r for r in fit_all if r.grade not in (Grade.CORRECT, Grade.INCORRECT)]
    scorer = Scorer(names, calibrator, gate).fit(
        [known(r) for r in graded], [r.grade == Grade.CORRECT for r in graded],
        [known(r) for r in others])
    scores = scorer.score([Observation.of_record(r) for r in thr_part]).p_correct
    weights, shift = _shift(thr_part if not labelled else ordered, user_hidden, seed)
    choice = select_threshold(scores, [r.grade for r in thr_part], target, confidence_level,
                              weights=None if labelled else weights)
    on = LABELLED if labelled else WEIGHTED if weights is not None else PROBES
    info = FitInfo(calibrator, seed, fit_fraction, sum(r.grade != Grade.UNGRADED for r in fit_all),
                   len(thr_part),
                   sum(r.grade == Grade.UNGRADED for r in records), on, shift,
                   max_length=_longest(thr_part))
    return Fitted(scorer, choice, info)


def known(r: Record, observe: Callable[[Record], Observation] = Observation.of_record) -> Observation:
    """A record's observation labelled for the answerability probes: whether the model can know
    the answer. That is the question's label, except for a real but obscure thing (generator
    "obscure"), which counts as known only when the model answered it right: what the model does
    with it decides, not the table it came from."""
    obs = observe(r)
    return replace(obs, answerable=r.grade == Grade.CORRECT) if r.generator == "obscure" else obs


def _longest(records: Sequence[Record]) -> float | None:
    """The answer length (tokens) only the longest 1% of the threshold's answers exceed."""
    lengths = [r.signals["length"] for r in records if "length" in r.signals and r.grade != Grade.ABSTAINED]
    return float(np.quantile(lengths, LONGEST_CALIBRATED)) if lengths else None


def _shift(probe_records: Sequence[Record], user_hidden: np.ndarray | None,
           seed: int) -> tuple[np.ndarray | None, ShiftDiagnostic | None]:
    """Importance weights of `probe_records` toward the user's questions, and the diagnostic."""
    if user_hidden is None:
        return None, None
    hidden = [r.hidden().get("prompt") for r in probe_records]
    if any(h is None for h in hidden):
        raise ValueError("weighting toward unlabelled questions needs the prompt hidden states of "
                         "the probe answers: use an in-process model with a hidden-state signal")
    return importance_weights(np.stack(hidden), user_hidden, seed=seed)
