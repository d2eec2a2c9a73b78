"""A hidden-state knowledge probe: logistic regression on the model's own hidden states,
predicting whether its answer will be correct ("does the model know this?").

Hidden states are read at the last prompt token (before generating, so the guard can abstain
without spending the generation), as the mean over the question's own tokens (also before
generating) or as the mean over the answer tokens; a probe may read several positions, whose
layers it then treats as more layers of one ensemble.
By default the per-layer probes of all captured layers are averaged; the best layer by
cross-validated AUROC can be used alone instead. The same estimator learns P(answerable) when
fitted on the questions' answerable labels.
"""
from __future__ import annotations

from typing import Any

import numpy as np
from scipy.special import expit
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.model_selection import StratifiedKFold
from sklearn.preprocessing import StandardScaler
from sklearn.utils.validation import check_is_fitted


class HiddenStateProbe(ClassifierMixin, BaseEstimator):
    """Standardised L2 logistic regression per captured layer, on one position's hidden states.

    `fit(H, y)`: H is (n_samples, n_layers, d) with the captured layers in order; y is 1 when
    the answer was correct (for an answerability probe: when the question is answerable).
    `layers="all"` (default) averages the per-layer logits: an ensemble over layers, which
    carried over to unseen kinds of question better than any single layer (the best layer by
    cross-validation on the probes was unstable; benchmarks/signals.py). `layers="cv"` keeps
    only the layer with the best cross-validated AUROC. `cv_auroc_` holds each layer's CV AUROC
    and `layers_` the layers used; `oof_` is the out-of-fold P(y=1) on the training rows, for
    stacking a calibrator on top without it being fooled by memorised training answers.
    """

    def __init__(self, C: float = 0.05, cv: int = 5, layers: str = "all", random_state: int = 0) -> None:
        self.C = C
        self.cv = cv
        self.layers = layers
        self.random_state = random_state

    def _fit_layer(self, X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
        """Weights and bias of one layer's logistic regression, standardisation folded in."""
        scaler = StandardScaler().fit(X)
        clf = LogisticRegression(C=self.C, max_iter=2000).fit(scaler.transform(X), y)
        w = clf.coef_[0] / scaler.scale_
        return w, float(clf.intercept_[0] - scaler.mean_ @ w)

    def fit(self, H: Any, y: Any) -> "HiddenStateProbe":
        H = np.asarray(H, dtype=np.float64)
        y = np.asarray(y, dtype=int)
        if H.ndim != 3 or len(H) != len(y):
            raise ValueError(f"H must be (n_samples, n_layers, d) matching y; got {H.shape}, {y.shape}")
        if y.min() == y.max():
            raise ValueError("the knowledge probe needs both classes in y (e.g. correct and incorrect answers)")
        if self.layers not in ("all", "cv"):
            raise ValueError(f"layers must be 'all' or 'cv', got {self.layers!r}")
        folds = min(self.cv, int(np.bincount(y).min()))
        if folds < 2:
            raise ValueError("the knowledge probe needs at least two examples of each class")
        oof = np.stack([self._out_of_fold(H[:, layer], y, folds) for layer in range(H.shape[1])])
        self.cv_auroc_ = np.array([roc_auc_score(y, z) for z in oof])
        best = int(np.argmax(self.cv_auroc_))
        self.layers_ = list(range(H.shape[1])) if self.layers == "all" else [best]
        self.oof_ = expit(oof[self.layers_].mean(axis=0))
        fitted = [self._fit_layer(H[:, layer], y) for layer in self.layers_]
        self.coef_ = np.stack([w for w, _ in fitted])
        self.intercept_ = np.array([b for _, b in fitted])
        self.n_layers_in_, self.n_features_in_ = H.shape[1], H.shape[2]
        self.classes_ = np.array([0, 1])
        return self

    def _out_of_fold(self, X: np.ndarray, y: np.ndarray, folds: int) -> np.ndarray:
        """Out-of-fold logits of one layer's probe."""
        out = np.zeros(len(y))
        split = StratifiedKFold(folds, shuffle=True, random_state=self.random_state)
        for train, test in split.split(X, y):
            w, b = self._fit_layer(X[train], y[train])
            out[test] = X[test] @ w + b
        return out

    def logits(self, H: Any) -> np.ndarray:
        """The logit of P(y=1): the used layers' logits averaged."""
        check_is_fitted(self)
        H = np.asarray(H, dtype=np.float64)
        if H.ndim != 3 or H.shape[1:] != (self.n_layers_in_, self.n_features_in_):
            raise ValueError(f"expected H of shape (n, {self.n_layers_in_}, {self.n_features_in_}), "
                             f"got {H.shape}: hidden states from another model or layer set?")
        z = np.einsum("nld,ld->n", H[:, self.layers_], self.coef_) + self.intercept_.sum()
        return z / len(self.layers_)

    def predict_confidence(self, H: Any) -> np.ndarray:
        return expit(self.logits(H))

    def predict_proba(self, H: Any) -> np.ndarray:
        p = self.predict_confidence(H)
        return np.column_stack([1 - p, p])

    def to_dict(self) -> dict[str, Any]:
        check_is_fitted(self)
        return {"params": self.get_params(), "layers": self.layers_, "cv_auroc": self.cv_auroc_.tolist(),
                "coef": self.coef_.tolist(), "intercept": self.intercept_.tolist(),
                "n_layers_in": self.n_layers_in_}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "HiddenStateProbe":
        probe = cls(**d["params"])
        probe.layers_, probe.cv_auroc_ = [int(i) for i in d["layers"]], np.array(d["cv_auroc"])
        probe.coef_, probe.intercept_ = np.array(d["coef"], dtype=float), np.array(d["intercept"], dtype=float)
        if probe.coef_.ndim != 2 or not len(probe.coef_) == len(probe.layers_) == len(probe.intercept_):
            raise ValueError("knowledge probe dict: coef, intercept and layers do not match")
        probe.n_layers_in_, probe.n_features_in_ = int(d["n_layers_in"]), probe.coef_.shape[1]
        probe.classes_ = np.array([0, 1])
        return probe
