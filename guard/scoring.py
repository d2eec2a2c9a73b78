"""`Scorer`: P(correct) and P(answerable) for each answer, from its observed signals, as one
scikit-learn style estimator owning the featurizer (signals and hidden-state probes), the
calibrator and the answerability gate.

Missing values, the one policy (the same when fitting and when scoring): an observation that
lacks anything the scorer reads (a signal value the backend did not give, a hidden state that
was not captured, a non-finite number) is left out of fitting, counted in `n_missing_`, and
scored P(correct) = 0 with `Scores.missing` naming what it lacked, so the guard abstains on it
(fails closed). Nothing is imputed.

With an answerability probe among the signals and `gate=True`, P(correct) = P(answerable) x
P(correct | answerable) (`GatedCalibrator`), which carried over better to real questions.
`early_threshold_` is the before-answer probe's P(knows) under which only `early_loss` of the
correct answers fall (out-of-fold): the guard may stop there without generating.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np
from scipy.special import expit
from sklearn.base import BaseEstimator
from sklearn.utils.validation import check_is_fitted

from guard.calibration import Calibrator, GatedCalibrator, calibrator_from_dict, make_calibrator
from guard.signals.features import Featurizer, Observation, readable


@dataclass(frozen=True)
class Scores:
    """The scorer's output for n observations."""

    p_correct: np.ndarray              # (n,); 0 where something was missing
    p_answerable: np.ndarray           # (n,); nan without an answerability probe or its input
    missing: tuple[tuple[str, ...], ...]  # per row, the signals it lacked
    features: np.ndarray               # (n, columns): scalar values, then probe logits
    columns: tuple[str, ...]

    def row(self, i: int) -> dict[str, float]:
        return dict(zip(self.columns, map(float, self.features[i])))


class Scorer(BaseEstimator):
    """Featurizer, calibrator and gate (see the module docstring)."""

    def __init__(self, signals: Sequence[str] = (), calibrator: str = "logistic", gate: bool = True,
                 early_loss: float = 0.05) -> None:
        self.signals = signals
        self.calibrator = calibrator
        self.gate = gate
        self.early_loss = early_loss

    def fit(self, obs: Sequence[Observation], y: Any,
            more_questions: Sequence[Observation] = ()) -> "Scorer":
        """Learn from graded answers (`y`: 1 = correct) whose questions' answerable labels are
        in `obs`; `more_questions` (ungraded) teach the answerability probes only."""
        y = np.asarray(y, dtype=int)
        featurizer = Featurizer(tuple(self.signals))
        keep = [not _lacks(featurizer, o) for o in obs]
        self.n_missing_ = len(obs) - sum(keep)
        obs = [o for o, k in zip(obs, keep) if k]
        y = y[np.array(keep, dtype=bool)] if len(keep) else y
        if len(obs) < 10 or y.min() == y.max():
            raise ValueError(
                f"cannot calibrate: {len(obs)} graded answers with every signal, "
                f"{int(y.sum())} correct; calibration needs both correct and incorrect answers "
                f"({self.n_missing_} lacked a signal). Use a larger or more varied suite.")
        X = featurizer.fit_transform(obs, y, [o for o in more_questions if not _lacks(featurizer, o)])
        gate = featurizer.answerability if self.gate else None
        self.calibrator_ = fit_calibrator(make_calibrator(self.calibrator), X, y,
                                           [bool(o.answerable) for o in obs],
                                           None if gate is None else featurizer.columns.index(gate))
        self.featurizer_ = featurizer
        self.early_threshold_ = self._early_threshold(X, y)
        return self

    def score(self, obs: Sequence[Observation]) -> Scores:
        check_is_fitted(self)
        f = self.featurizer_
        X = f.transform(obs)
        p = predict_correct(self.calibrator_, X)
        gate = f.answerability
        p_ans = expit(X[:, f.columns.index(gate)]) if gate else np.full(len(obs), np.nan)
        missing = tuple(tuple(c for c, v in zip(f.columns, x) if not np.isfinite(v)) for x in X)
        return Scores(p, p_ans, missing, X, f.columns)

    def know_before_answer(self, obs: Sequence[Observation]) -> np.ndarray:
        """P(knows) of the before-answer probe from prompt-pass observations (nan without one)."""
        check_is_fitted(self)
        name = self.featurizer_.before_answer
        if name is None or not obs:
            return np.full(len(obs), np.nan)
        ok = [readable(o, name) for o in obs]
        out = np.full(len(obs), np.nan)
        if any(ok):
            out[np.array(ok)] = self.featurizer_.probe_confidence(name, [o for o, k in zip(obs, ok) if k])
        return out

    def _early_threshold(self, X: np.ndarray, y: np.ndarray) -> float | None:
        name = self.featurizer_.before_answer
        if name is None:
            return None
        p_know = expit(X[:, self.featurizer_.columns.index(name)])
        return float(np.quantile(p_know[y == 1], self.early_loss))

    # -- persistence ------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        check_is_fitted(self)
        return {"params": self.get_params(), "features": self.featurizer_.to_dict(),
                "calibrator": self.calibrator_.to_dict(), "early_threshold": self.early_threshold_,
                "n_missing": self.n_missing_}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Scorer":
        return cls.from_parts(Featurizer.from_dict(d["features"]),
                              calibrator_from_dict(d["calibrator"]), d["early_threshold"],
                              n_missing=int(d.get("n_missing", 0)), **d["params"])

    @classmethod
    def from_parts(cls, featurizer: Featurizer, fitted: Calibrator,
                   early_threshold: float | None, *, n_missing: int = 0, **params: Any) -> "Scorer":
        """A fitted scorer from its learned parts (a guard file's, or a test's)."""
        scorer = cls(**{"signals": featurizer.names, **params})
        if tuple(scorer.signals) != featurizer.names:
            raise ValueError(f"scorer signals {list(scorer.signals)} differ from its features "
                             f"{list(featurizer.names)}")
        unfitted = [n for n in featurizer.learned if n not in featurizer.probes]
        if unfitted:
            raise ValueError(f"learned signal(s) {unfitted} have no fitted probe")
        scorer.featurizer_, scorer.calibrator_ = featurizer, fitted
        scorer.early_threshold_, scorer.n_missing_ = early_threshold, n_missing
        return scorer


def _lacks(featurizer: Featurizer, o: Observation) -> bool:
    """Whether `o` misses anything the featurizer reads (the one missing-value rule)."""
    if any(not np.isfinite(o.signals.get(n, np.nan)) for n in featurizer.scalar):
        return True
    return any(not readable(o, n) for n in featurizer.learned)


def predict_correct(calibrator: Calibrator, X: np.ndarray) -> np.ndarray:
    """P(correct) per row of a feature matrix; 0 for a row with a missing (non-finite) value."""
    ok = np.isfinite(X).all(axis=1)
    p = np.zeros(len(X))
    if ok.any():
        p[ok] = calibrator.predict_confidence(X[ok])
    return p


def fit_calibrator(calibrator: Calibrator, X: np.ndarray, y: np.ndarray,
                    answerable: Sequence[bool], gate_column: int | None) -> Calibrator:
    """`calibrator` fitted on (X, y); with `gate_column` (an answerability probe's logit), wrapped
    in a `GatedCalibrator` whose base learns from the answerable rows only."""
    if gate_column is None:
        return calibrator.fit(X, y)
    answerable = np.asarray(answerable, dtype=bool)
    if not answerable.any() or y[answerable].min() == y[answerable].max():
        raise ValueError("cannot calibrate: the answerable questions of the fit part are all "
                         "correct or all wrong; use a larger suite or gate=False")
    return GatedCalibrator(calibrator, gate_column).fit(X, y, answerable=answerable)
