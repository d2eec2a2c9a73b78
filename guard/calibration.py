"""Calibrators: map confidence signals to P(answer is correct), as scikit-learn estimators.

X is a 2-D float array (n_samples, n_signals); y is 0/1 with 1 = the answer is correct.
- `PlattCalibrator`: logistic regression on one column, p = sigmoid(a x + c).
- `IsotonicCalibrator`: isotonic regression on one column (direction "auto" by default).
- `TemperatureCalibrator`: p = sigmoid((x - b) / T) with T > 0, for a log-probability-like
  column where higher means more confident; fitted by minimising log-loss with scipy.
- `GatedCalibrator`: P(answerable) from an answerability column times a base calibrator's
  P(correct | answerable), fitted with the questions' answerable labels (`fit(X, y, answerable)`).
- `LogisticCalibrator`: StandardScaler + LogisticRegression on all columns; NaN is replaced by
  the training column median and +/-inf by the training column max/min (`medians_`, `highs_`,
  `lows_`). The one-column calibrators reject non-finite values in their column instead.

Every calibrator predicts from its own learned numbers (not from a stored sklearn object), so
`to_dict()` -> JSON -> `calibrator_from_dict()` rebuilds a fitted estimator with identical
predictions and no pickle. Leaves out: multiclass targets, sample weights, cross-fitting.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit
from sklearn.base import BaseEstimator, ClassifierMixin, clone
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
from sklearn.utils.validation import check_is_fitted


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
    _allow_nan = False

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
        tags.input_tags.allow_nan = self._allow_nan
        return tags

    def _check_values(self, X: np.ndarray) -> None:
        if not -X.shape[1] <= self.feature < X.shape[1]:
            raise ValueError(f"feature={self.feature} is out of range for X with {X.shape[1]} columns")
        if not np.isfinite(X[:, self.feature]).all():
            raise ValueError(f"{type(self).__name__} needs finite inputs (found nan or inf)")

    def _confidence(self, X: np.ndarray) -> np.ndarray:
        return expit(self._logit(X))


class PlattCalibrator(_Calibrator):
    """p = sigmoid(coef_ * x + intercept_) on column `feature`; C is the inverse L2 strength."""

    _learned = ("coef_", "intercept_")

    def __init__(self, feature: int = 0, C: float = 1e6) -> None:
        self.feature = feature
        self.C = C

    def _fit(self, X: np.ndarray, y: np.ndarray) -> None:
        lr = LogisticRegression(C=self.C, max_iter=1000).fit(X[:, [self.feature]], y)
        self.coef_, self.intercept_ = float(lr.coef_[0, 0]), float(lr.intercept_[0])

    def _logit(self, X: np.ndarray) -> np.ndarray:
        return self.coef_ * X[:, self.feature] + self.intercept_


class IsotonicCalibrator(_Calibrator):
    """Monotone step-linear map of column `feature`, clipped to [0, 1] and to the fitted range.

    `increasing="auto"` picks the direction from the sign of the Spearman correlation.
    """

    _learned = ("X_thresholds_", "y_thresholds_")

    def __init__(self, feature: int = 0, increasing: bool | str = "auto") -> None:
        self.feature = feature
        self.increasing = increasing

    def _fit(self, X: np.ndarray, y: np.ndarray) -> None:
        iso = IsotonicRegression(y_min=0.0, y_max=1.0, increasing=self.increasing, out_of_bounds="clip")
        iso.fit(X[:, self.feature], y)
        self.X_thresholds_, self.y_thresholds_ = iso.X_thresholds_.copy(), iso.y_thresholds_.copy()

    def _confidence(self, X: np.ndarray) -> np.ndarray:
        return np.clip(np.interp(X[:, self.feature], self.X_thresholds_, self.y_thresholds_), 0.0, 1.0)


class TemperatureCalibrator(_Calibrator):
    """p = sigmoid((x - bias_) / temperature_) on column `feature`, with temperature_ > 0.

    The Platt family with the slope forced positive (higher score = more likely correct), fitted
    by L-BFGS-B on standardised x. A signal where higher means *less* likely correct degenerates
    to a near-constant base rate (the temperature hits its upper bound); use Platt there.
    """

    _learned = ("temperature_", "bias_")

    def __init__(self, feature: int = 0) -> None:
        self.feature = feature

    def _fit(self, X: np.ndarray, y: np.ndarray) -> None:
        x = X[:, self.feature]
        mu, sd = float(x.mean()), float(x.std()) or 1.0
        z = (x - mu) / sd

        def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
            a, c = np.exp(theta[0]), theta[1]
            logit = a * z + c
            r = expit(logit) - y
            return float(np.mean(np.logaddexp(0.0, logit) - y * logit)), np.array([a * np.mean(r * z), np.mean(r)])

        c0 = float(np.log(y.mean() / (1 - y.mean())))
        res = minimize(loss, np.array([0.0, c0]), jac=True, method="L-BFGS-B", bounds=[(-10.0, 10.0), (None, None)])
        a, c = float(np.exp(res.x[0])), float(res.x[1])
        self.temperature_ = sd / a
        self.bias_ = mu - c * self.temperature_

    def _logit(self, X: np.ndarray) -> np.ndarray:
        return (X[:, self.feature] - self.bias_) / self.temperature_


class LogisticCalibrator(_Calibrator):
    """StandardScaler + L2 LogisticRegression on all columns, with non-finite imputation."""

    _learned = ("medians_", "lows_", "highs_", "mean_", "scale_", "coef_", "intercept_")
    _allow_nan = True

    def __init__(self, C: float = 1.0, class_weight: dict | str | None = None) -> None:
        self.C = C
        self.class_weight = class_weight

    def _check_values(self, X: np.ndarray) -> None:
        """Non-finite values are imputed, never rejected."""

    def _fit(self, X: np.ndarray, y: np.ndarray) -> None:
        finite = [col[np.isfinite(col)] for col in X.T]
        self.medians_ = np.array([np.median(f) if f.size else 0.0 for f in finite])
        self.lows_ = np.array([f.min() if f.size else 0.0 for f in finite])
        self.highs_ = np.array([f.max() if f.size else 0.0 for f in finite])
        scaler = StandardScaler().fit(self._impute(X))
        lr = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=1000)
        lr.fit(scaler.transform(self._impute(X)), y)
        self.mean_, self.scale_ = scaler.mean_.copy(), scaler.scale_.copy()
        self.coef_, self.intercept_ = lr.coef_[0].copy(), float(lr.intercept_[0])

    def _impute(self, X: np.ndarray) -> np.ndarray:
        X = X.copy()
        for value, mask in ((self.medians_, np.isnan(X)), (self.highs_, X == np.inf), (self.lows_, X == -np.inf)):
            X[mask] = np.broadcast_to(value, X.shape)[mask]
        return X

    def _logit(self, X: np.ndarray) -> np.ndarray:
        return ((self._impute(X) - self.mean_) / self.scale_) @ self.coef_ + self.intercept_


class GatedCalibrator(_Calibrator):
    """P(correct) = P(answerable) * P(correct | answerable): the hurdle form.

    Column `gate` holds the logit of a learned answerability probe (`hidden_answerable`), used
    as P(answerable) directly; `base` (an unfitted calibrator) is fitted on all columns of the
    answerable questions only, so what predicts correctness among answerable questions (token
    log-probs) cannot outvote the answerability signal on unanswerable ones. On the generated
    probes unanswerable questions are never answered correctly, so the product is P(correct).
    """

    _allow_nan = True

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
        self._check_gate(X)
        self.base_ = clone(self.base if self.base is not None else LogisticCalibrator()).fit(X[keep], y[keep])
        self.n_features_in_ = X.shape[1]
        self.classes_ = np.array([0, 1])
        return self

    def _check_gate(self, X: np.ndarray) -> None:
        if not -X.shape[1] <= self.gate < X.shape[1]:
            raise ValueError(f"gate={self.gate} is out of range for X with {X.shape[1]} columns")

    def _check_values(self, X: np.ndarray) -> None:
        self._check_gate(X)

    def _confidence(self, X: np.ndarray) -> np.ndarray:
        return expit(X[:, self.gate]) * self.base_.predict_confidence(X)

    def to_dict(self) -> dict[str, Any]:
        check_is_fitted(self)
        return {"class": type(self).__name__, "params": {"gate": self.gate},
                "n_features_in": int(self.n_features_in_), "learned": {"base": self.base_.to_dict()}}


CALIBRATORS: dict[str, type[_Calibrator]] = {
    "platt": PlattCalibrator, "isotonic": IsotonicCalibrator,
    "temperature": TemperatureCalibrator, "logistic": LogisticCalibrator,
}


def make_calibrator(name: str, **params: Any) -> _Calibrator:
    """An unfitted calibrator by short name: "platt", "isotonic", "temperature" or "logistic"."""
    if name not in CALIBRATORS:
        raise ValueError(f"unknown calibrator {name!r}; choose one of {sorted(CALIBRATORS)}")
    return CALIBRATORS[name](**params)


def calibrator_from_dict(d: dict[str, Any]) -> _Calibrator:
    """Rebuild a fitted calibrator from `to_dict()` output, without refitting."""
    classes = {cls.__name__: cls for cls in (*CALIBRATORS.values(), GatedCalibrator)}
    try:
        cls, params, learned, n_features = classes.get(d["class"]), dict(d["params"]), d["learned"], d["n_features_in"]
    except (KeyError, TypeError) as err:
        raise ValueError(f"not a calibrator dict: missing {err}") from err
    if cls is None:
        raise ValueError(f"unknown calibrator class {d['class']!r}; expected one of {sorted(classes)}")
    if isinstance(params.get("class_weight"), dict):  # JSON turned the int class keys into strings
        params["class_weight"] = {int(k): float(v) for k, v in params["class_weight"].items()}
    missing = [k for k in cls._learned if k not in learned]
    if missing:
        raise ValueError(f"{cls.__name__} dict lacks learned values {missing}")
    try:
        est = cls(**params)
    except TypeError as err:
        raise ValueError(f"bad parameters for {cls.__name__}: {err}") from err
    if cls is GatedCalibrator:
        est.base_ = calibrator_from_dict(learned["base"])
    for key in cls._learned:
        value = np.asarray(learned[key], dtype=float)
        setattr(est, key, float(value) if value.ndim == 0 else value)
    est.n_features_in_, est.classes_ = int(n_features), np.array([0, 1])
    return est
