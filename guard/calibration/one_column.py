"""One-column calibrators: map a single confidence signal to P(answer is correct).

- `PlattCalibrator`: logistic regression on one column, p = sigmoid(a x + c).
- `IsotonicCalibrator`: isotonic regression on one column (direction "auto" by default).
- `TemperatureCalibrator`: p = sigmoid((x - b) / T) with T > 0, for a log-probability-like
  column where higher means more confident; fitted by minimising log-loss with scipy.
They reject non-finite values in their column.
"""
from __future__ import annotations

import numpy as np
from scipy.optimize import minimize
from scipy.special import expit
from sklearn.isotonic import IsotonicRegression
from sklearn.linear_model import LogisticRegression

from guard.calibration.base import _Calibrator


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
