"""A hidden-state knowledge probe: logistic regression on the model's own hidden states,
predicting whether its answer will be correct ("does the model know this?").

Hidden states are read at one of two positions: the last prompt token (before generating, so
the guard can abstain without spending the generation) or the mean over the answer tokens.
The layer is chosen by cross-validated AUROC among the captured layers. Also: compact float16
base64 encoding so hidden states can travel in records.jsonl and the guard's JSON file.
"""
from __future__ import annotations

import base64
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler
from sklearn.utils.validation import check_is_fitted


def encode(array: np.ndarray) -> str:
    """float16 little-endian base64 of an array of shape (layers, d)."""
    a = np.asarray(array, dtype="<f2")
    return f"{a.shape[0]}x{a.shape[1]}:" + base64.b64encode(a.tobytes()).decode("ascii")


def decode(text: str) -> np.ndarray:
    shape, data = text.split(":", 1)
    rows, cols = map(int, shape.split("x"))
    return np.frombuffer(base64.b64decode(data), dtype="<f2").reshape(rows, cols).astype(np.float32)


class HiddenStateProbe(ClassifierMixin, BaseEstimator):
    """Standardised L2 logistic regression on one layer's hidden state, layer chosen by CV.

    `fit(H, y)`: H is (n_samples, n_layers, d) with the captured layers in order; y is 1 when
    the answer was correct (for an answerability probe: when the question is answerable).
    `layer_` is the index (into H's layer axis) that cross-validated best; `cv_auroc_` holds
    each layer's CV AUROC so the choice can be inspected.
    """

    def __init__(self, C: float = 0.05, cv: int = 5, random_state: int = 0) -> None:
        self.C = C
        self.cv = cv
        self.random_state = random_state

    def _pipeline(self, X: np.ndarray, y: np.ndarray) -> tuple[StandardScaler, LogisticRegression]:
        scaler = StandardScaler().fit(X)
        clf = LogisticRegression(C=self.C, max_iter=2000).fit(scaler.transform(X), y)
        return scaler, clf

    def fit(self, H: Any, y: Any) -> "HiddenStateProbe":
        H = np.asarray(H, dtype=np.float64)
        y = np.asarray(y, dtype=int)
        if H.ndim != 3 or len(H) != len(y):
            raise ValueError(f"H must be (n_samples, n_layers, d) matching y; got {H.shape}, {y.shape}")
        if y.min() == y.max():
            raise ValueError("the knowledge probe needs both classes in y (e.g. correct and incorrect answers)")
        folds = min(self.cv, int(np.bincount(y).min()))
        scores = []
        for layer in range(H.shape[1]):
            oof = self.cross_val_scores(H[:, layer], y, folds) if folds >= 2 else None
            scores.append(roc_auc_score(y, oof) if oof is not None else 0.5)
        self.cv_auroc_ = np.array(scores)
        self.layer_ = int(np.argmax(self.cv_auroc_))
        scaler, clf = self._pipeline(H[:, self.layer_], y)
        self.mean_, self.scale_ = scaler.mean_, scaler.scale_
        self.coef_, self.intercept_ = clf.coef_[0], float(clf.intercept_[0])
        self.n_layers_in_, self.n_features_in_ = H.shape[1], H.shape[2]
        self.classes_ = np.array([0, 1])
        return self

    def cross_val_scores(self, X: np.ndarray, y: np.ndarray, folds: int | None = None) -> np.ndarray:
        """Out-of-fold P(correct) for one layer's features (used for stacking and layer choice)."""
        folds = folds or self.cv
        out = np.zeros(len(y))
        split = StratifiedKFold(folds, shuffle=True, random_state=self.random_state)
        for train, test in split.split(X, y):
            scaler, clf = self._pipeline(X[train], y[train])
            out[test] = clf.predict_proba(scaler.transform(X[test]))[:, 1]
        return out

    def predict_confidence(self, H: Any) -> np.ndarray:
        check_is_fitted(self)
        H = np.asarray(H, dtype=np.float64)
        if H.ndim != 3 or H.shape[1:] != (self.n_layers_in_, self.n_features_in_):
            raise ValueError(f"expected H of shape (n, {self.n_layers_in_}, {self.n_features_in_}), "
                             f"got {H.shape}: hidden states from another model or layer set?")
        z = ((H[:, self.layer_] - self.mean_) / self.scale_) @ self.coef_ + self.intercept_
        return 1.0 / (1.0 + np.exp(-z))

    def predict_proba(self, H: Any) -> np.ndarray:
        p = self.predict_confidence(H)
        return np.column_stack([1 - p, p])

    def to_dict(self) -> dict[str, Any]:
        check_is_fitted(self)
        return {"params": self.get_params(), "layer": self.layer_, "cv_auroc": self.cv_auroc_.tolist(),
                "mean": self.mean_.tolist(), "scale": self.scale_.tolist(),
                "coef": self.coef_.tolist(), "intercept": self.intercept_,
                "n_layers_in": self.n_layers_in_}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "HiddenStateProbe":
        probe = cls(**d["params"])
        probe.layer_, probe.cv_auroc_ = int(d["layer"]), np.array(d["cv_auroc"])
        probe.mean_, probe.scale_ = np.array(d["mean"]), np.array(d["scale"])
        probe.coef_, probe.intercept_ = np.array(d["coef"]), float(d["intercept"])
        probe.n_layers_in_, probe.n_features_in_ = int(d["n_layers_in"]), len(probe.coef_)
        probe.classes_ = np.array([0, 1])
        return probe
