"""Calibrators over all signals at once.

- `LogisticCalibrator`: StandardScaler + LogisticRegression on all columns.
- `GatedCalibrator`: P(answerable) from an answerability column times a base calibrator's
  P(correct | answerable), fitted with the questions' answerable labels (`fit(X, y, answerable)`).
Both refuse non-finite inputs: what a missing signal means is decided once, above them
(`guard.scoring`).
"""
from __future__ import annotations

from typing import Any

import numpy as np
from scipy.special import expit
from sklearn.base import clone
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.utils.validation import check_is_fitted

from guard.calibration.base import _as_2d, _Calibrator, _check_y


class LogisticCalibrator(_Calibrator):
    """StandardScaler + L2 LogisticRegression on all columns."""

    _learned = ("mean_", "scale_", "coef_", "intercept_")

    def __init__(self, C: float = 1.0, class_weight: dict | str | None = None) -> None:
        self.C = C
        self.class_weight = class_weight

    def _check_values(self, X: np.ndarray) -> None:
        if not np.isfinite(X).all():
            raise ValueError("LogisticCalibrator needs finite inputs (found nan or inf)")

    def _fit(self, X: np.ndarray, y: np.ndarray) -> None:
        scaler = StandardScaler().fit(X)
        lr = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=1000)
        lr.fit(scaler.transform(X), y)
        self.mean_, self.scale_ = scaler.mean_.copy(), scaler.scale_.copy()
        self.coef_, self.intercept_ = lr.coef_[0].copy(), float(lr.intercept_[0])

    def _logit(self, X: np.ndarray) -> np.ndarray:
        return ((X - self.mean_) / self.scale_) @ self.coef_ + self.intercept_


class GatedCalibrator(_Calibrator):
    """P(correct) = P(answerable) * P(correct | answerable): the hurdle form.

    Column `gate` holds the logit of a learned answerability probe (`hidden_question_answerable`
    or `hidden_answerable`), used as P(answerable) directly; `base` (an unfitted calibrator) is
    fitted on all columns of the answerable questions only, so what predicts correctness among
    answerable questions (token log-probs) cannot outvote the answerability signal on
    unanswerable ones. On the generated probes unanswerable questions are never answered
    correctly, so the product is P(correct).
    """

    def __init__(self, base: _Calibrator | None = None, gate: int = -1) -> None:
        self.base = base
        self.gate = gate

    def fit(self, X: Any, y: Any, answerable: Any = None) -> "GatedCalibrator":
        """`answerable` (0/1 per row) selects the rows the base calibrator learns from."""
        X = _as_2d(X)
        y = _check_y(y, X.shape[0])
        if answerable is None:
            raise ValueError("GatedCalibrator.fit needs the questions' answerable labels")
        keep = np.asarray(answerable, dtype=bool).ravel()
        if keep.size != X.shape[0]:
            raise ValueError(f"answerable has {keep.size} labels for {X.shape[0]} rows")
        self._check_values(X)
        self.base_ = clone(self.base if self.base is not None else LogisticCalibrator()).fit(X[keep], y[keep])
        self.n_features_in_ = X.shape[1]
        self.classes_ = np.array([0, 1])
        return self

    def _check_gate(self, X: np.ndarray) -> None:
        if not -X.shape[1] <= self.gate < X.shape[1]:
            raise ValueError(f"gate={self.gate} is out of range for X with {X.shape[1]} columns")

    def _check_values(self, X: np.ndarray) -> None:
        self._check_gate(X)
        if not np.isfinite(X).all():
            raise ValueError("GatedCalibrator needs finite inputs (found nan or inf)")

    def _confidence(self, X: np.ndarray) -> np.ndarray:
        return expit(X[:, self.gate]) * self.base_.predict_confidence(X)

    def to_dict(self) -> dict[str, Any]:
        check_is_fitted(self)
        return {"class": type(self).__name__, "params": {"gate": self.gate},
                "n_features_in": int(self.n_features_in_), "learned": {"base": self.base_.to_dict()}}
