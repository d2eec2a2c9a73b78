"""The shared plumbing of every calibrator: the `Calibrator` protocol the guard relies on,
input checks, and a scikit-learn base class whose subclasses learn plain numbers, so `to_dict()`
-> JSON -> `calibrator_from_dict()` rebuilds a fitted estimator with identical predictions and no
pickle. X is 2-D (n_samples, n_signals); y is 0/1 with 1 = the answer is correct.
"""
from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

import numpy as np
from scipy.special import expit
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.utils.validation import check_is_fitted


@runtime_checkable
class Calibrator(Protocol):
    """What the guard needs of a calibrator: fit, P(correct) and a JSON form."""

    def fit(self, X: Any, y: Any) -> "Calibrator": ...

    def predict_confidence(self, X: Any) -> np.ndarray: ...

    def to_dict(self) -> dict[str, Any]: ...


def _as_2d(X: Any) -> np.ndarray:
    X = np.asarray(X, dtype=float)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D (n_samples, n_signals); got shape {X.shape} "
                         "(use X.reshape(-1, 1) for a single signal)")
    if X.shape[0] == 0:
        raise ValueError("X has no rows")
    return X


def _check_y(y: Any, n: int) -> np.ndarray:
    y = np.asarray(y).ravel()
    if y.size != n:
        raise ValueError(f"shape mismatch: X has {n} rows but y has {y.size} labels")
    if not np.isin(y, (0, 1)).all():
        raise ValueError("y must be 0/1 (1 = the answer is correct)")
    y = y.astype(float)
    if y.min() == y.max():
        only = "correct" if y[0] == 1 else "incorrect"
        raise ValueError("calibration needs both correct and incorrect answers; "
                         f"got only {only} ones (n={n})")
    return y


class _Calibrator(ClassifierMixin, BaseEstimator):
    """Shared fit/predict plumbing; subclasses implement `_fit(X, y)` and `_logit(X)`."""

    _learned: tuple[str, ...] = ()

    def fit(self, X: Any, y: Any) -> "_Calibrator":
        X = _as_2d(X)
        y = _check_y(y, X.shape[0])
        self._check_values(X)
        self._fit(X, y)
        self.n_features_in_ = X.shape[1]
        self.classes_ = np.array([0, 1])
        return self

    def predict_confidence(self, X: Any) -> np.ndarray:
        """P(answer is correct), shape (n_samples,)."""
        check_is_fitted(self)
        X = _as_2d(X)
        if X.shape[1] != self.n_features_in_:
            raise ValueError(f"X has {X.shape[1]} columns; the calibrator was fitted on {self.n_features_in_}")
        self._check_values(X)
        return self._confidence(X)

    def predict_proba(self, X: Any) -> np.ndarray:
        p = self.predict_confidence(X)
        return np.column_stack([1.0 - p, p])

    def predict(self, X: Any) -> np.ndarray:
        p = self.predict_confidence(X)
        return self.classes_[(p >= 0.5).astype(int)]

    def to_dict(self) -> dict[str, Any]:
        """Class name, parameters and learned numbers as plain JSON-serialisable data."""
        check_is_fitted(self)
        learned = {k: np.asarray(getattr(self, k)).tolist() for k in self._learned}
        return {"class": type(self).__name__, "params": self.get_params(deep=False),
                "n_features_in": int(self.n_features_in_), "learned": learned}

    def __sklearn_tags__(self):
        tags = super().__sklearn_tags__()
        tags.classifier_tags.multi_class = False
        return tags

    def _check_values(self, X: np.ndarray) -> None:
        if not -X.shape[1] <= self.feature < X.shape[1]:
            raise ValueError(f"feature={self.feature} is out of range for X with {X.shape[1]} columns")
        if not np.isfinite(X[:, self.feature]).all():
            raise ValueError(f"{type(self).__name__} needs finite inputs (found nan or inf)")

    def _confidence(self, X: np.ndarray) -> np.ndarray:
        return expit(self._logit(X))


