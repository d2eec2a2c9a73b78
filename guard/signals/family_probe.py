"""P(answerable) from one probe per family of unknowns: the lowest one decides.

A single probe fitted on every unanswerable question learns what the largest family of them
looks like: on the default suite, invented and mismatched names, so it called real questions
with uncommon names unanswerable and questions with no answer (opinions, open problems, false
premises in plain words) answerable. Here each family of unknowns
(`probes.categories.unknown_family`: names the model does not know, false premises, questions
missing what they refer to, questions with no answer) gets its own `HiddenStateProbe`, fitted
on that family's unanswerable questions against every answerable one, and a small logistic head
on that probe's out-of-fold logit. The head of the "names" family also reads the question's
familiarity signals (how surprising its least familiar word and its rarest tokens are to the
model, and how familiar the whole question reads: the probe's `inputs`), which tell an invented
or mismatched name from a known one however it is spelt; the other families' heads do not,
because a question nobody can answer is made of ordinary words (on SelfAware the question's
surprisal ranks backwards). A question is as answerable as its least convinced head: the lowest
logit, recalibrated on the out-of-fold logits so P(answerable) stays a probability. Measured
left out one generator at a time in benchmarks/signals.py (README, Results). With one family it
is the single probe, recalibrated.
"""
from __future__ import annotations

from typing import Any, Sequence

import numpy as np
from scipy.special import expit, logit
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.utils.validation import check_is_fitted

from guard.signals.hidden_probe import HiddenStateProbe
from probes.categories import NAMES_FAMILY

MIN_FAMILY = 20  # a family with fewer unanswerable questions joins the largest one
WITH_INPUTS: tuple[str, ...] = (NAMES_FAMILY,)  # the families whose head reads the familiarity inputs


class FamilyProbe(ClassifierMixin, BaseEstimator):
    """One `HiddenStateProbe` and head per family of unknowns; P(answerable) from the lowest.

    `fit(H, y, families, inputs)`: H is (n, layers, d), y is 1 for an answerable question,
    `families` names each question's family of unknowns (read on the unanswerable ones only),
    `inputs` (n, k) are scalar signals the heads of the families in `with_inputs` read beside
    their probe's logit. `families_` are the probes' families, `n_inputs_` the number of input
    columns `predict_confidence` needs (0 when no head reads them), `oof_` the out-of-fold
    P(answerable) on the training rows (for a row another family's probe never saw, that
    probe's prediction is out of fold already)."""

    def __init__(self, C: float = 0.05, cv: int = 5, random_state: int = 0,
                 with_inputs: tuple[str, ...] = WITH_INPUTS) -> None:
        self.C = C
        self.cv = cv
        self.random_state = random_state
        self.with_inputs = with_inputs

    def fit(self, H: Any, y: Any, families: Sequence[str] | None = None,
            inputs: Any = None) -> "FamilyProbe":
        H = np.asarray(H, dtype=np.float64)
        y = np.asarray(y, dtype=int)
        if not 0 < y.sum() < len(y):
            raise ValueError("the answerability probe needs both answerable and unanswerable questions")
        fam = np.array([""] * len(y) if families is None else list(families), dtype=object)
        if len(fam) != len(y):
            raise ValueError(f"families has {len(fam)} entries for {len(y)} questions")
        S = _inputs(inputs, len(y))
        if S is not None and not np.isfinite(S).all():
            raise ValueError("the familiarity inputs have missing or infinite values")
        fam = _merged(fam, y)
        self.families_ = sorted({str(f) for f in fam[y == 0]})
        self.probes_, self.heads_, z = [], [], []
        for f in self.families_:
            rows = (y == 1) | (fam == f)
            probe = HiddenStateProbe(self.C, self.cv, random_state=self.random_state).fit(H[rows], y[rows])
            own = probe.logits(H)
            own[rows] = logit(np.clip(probe.oof_, 1e-12, 1 - 1e-12))
            extra = S if S is not None and f in self.with_inputs else None
            head = _Head.fit(_columns(own, extra)[rows], y[rows])
            self.probes_.append(probe)
            self.heads_.append(head)
            z.append(head.logit(_columns(own, extra)))
        self.n_inputs_ = max(h.n_inputs for h in self.heads_)
        lowest = np.min(z, axis=0)
        platt = LogisticRegression(C=1e6).fit(lowest[:, None], y)
        self.scale_, self.shift_ = float(platt.coef_[0, 0]), float(platt.intercept_[0])
        self.oof_ = expit(self.scale_ * lowest + self.shift_)
        self.n_layers_in_, self.n_features_in_ = H.shape[1], H.shape[2]
        self.classes_ = np.array([0, 1])
        return self

    def predict_confidence(self, H: Any, inputs: Any = None) -> np.ndarray:
        check_is_fitted(self)
        S = _inputs(inputs, len(H)) if self.n_inputs_ else None
        if self.n_inputs_ and (S is None or S.shape[1] != self.n_inputs_):
            raise ValueError(f"this answerability probe reads {self.n_inputs_} familiarity signals "
                             f"beside the hidden states; got {0 if S is None else S.shape[1]}")
        lowest = np.min([h.logit(_columns(p.logits(H), S if h.n_inputs else None))
                         for p, h in zip(self.probes_, self.heads_)], axis=0)
        return expit(self.scale_ * lowest + self.shift_)

    def predict_proba(self, H: Any, inputs: Any = None) -> np.ndarray:
        p = self.predict_confidence(H, inputs)
        return np.column_stack([1 - p, p])

    def to_dict(self) -> dict[str, Any]:
        check_is_fitted(self)
        return {"class": type(self).__name__, "params": self.get_params(), "families": self.families_,
                "probes": [p.to_dict() for p in self.probes_], "heads": [h.to_dict() for h in self.heads_],
                "scale": self.scale_, "shift": self.shift_}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "FamilyProbe":
        params = dict(d["params"])
        params["with_inputs"] = tuple(params.get("with_inputs", ()))
        probe = cls(**params)
        probe.families_ = [str(f) for f in d["families"]]
        probe.probes_ = [HiddenStateProbe.from_dict(p) for p in d["probes"]]
        # files written before the heads: the probe's logit as it is
        probe.heads_ = [_Head.from_dict(h) for h in d.get("heads", [_Head.identity().to_dict()] * len(probe.probes_))]
        if not probe.probes_ or not len(probe.probes_) == len(probe.families_) == len(probe.heads_):
            raise ValueError("family probe dict: families, probes and heads do not match")
        probe.n_inputs_ = max(h.n_inputs for h in probe.heads_)
        probe.scale_, probe.shift_ = float(d["scale"]), float(d["shift"])
        probe.n_layers_in_, probe.n_features_in_ = probe.probes_[0].n_layers_in_, probe.probes_[0].n_features_in_
        probe.classes_ = np.array([0, 1])
        return probe


class _Head:
    """Standardised logistic regression on a family probe's logit and, maybe, scalar inputs."""

    def __init__(self, mean: np.ndarray, scale: np.ndarray, coef: np.ndarray, intercept: float) -> None:
        self.mean, self.scale, self.coef, self.intercept = mean, scale, coef, intercept

    @property
    def n_inputs(self) -> int:
        return len(self.coef) - 1

    @classmethod
    def fit(cls, X: np.ndarray, y: np.ndarray) -> "_Head":
        mean, scale = X.mean(axis=0), X.std(axis=0)
        scale[scale == 0] = 1.0
        lr = LogisticRegression(C=1.0, max_iter=2000).fit((X - mean) / scale, y)
        return cls(mean, scale, lr.coef_[0], float(lr.intercept_[0]))

    @classmethod
    def identity(cls) -> "_Head":
        return cls(np.zeros(1), np.ones(1), np.ones(1), 0.0)

    def logit(self, X: np.ndarray) -> np.ndarray:
        return ((X - self.mean) / self.scale) @ self.coef + self.intercept

    def to_dict(self) -> dict[str, Any]:
        return {"mean": self.mean.tolist(), "scale": self.scale.tolist(), "coef": self.coef.tolist(),
                "intercept": self.intercept}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "_Head":
        head = cls(*(np.array(d[k], dtype=float) for k in ("mean", "scale", "coef")), float(d["intercept"]))
        if not head.mean.shape == head.scale.shape == head.coef.shape or head.coef.ndim != 1:
            raise ValueError("family probe dict: a head's mean, scale and coef do not match")
        return head


def _columns(z: np.ndarray, inputs: np.ndarray | None) -> np.ndarray:
    return z[:, None] if inputs is None else np.column_stack([z, inputs])


def _inputs(inputs: Any, n: int) -> np.ndarray | None:
    """The scalar inputs as an (n, k) float array (None when there are none)."""
    if inputs is None:
        return None
    S = np.asarray(inputs, dtype=np.float64)
    if S.ndim != 2 or len(S) != n:
        raise ValueError(f"inputs must be one row of scalar signals per question ({n}); got shape {S.shape}")
    return S if S.shape[1] else None


def _merged(families: np.ndarray, y: np.ndarray) -> np.ndarray:
    """`families` with every family of fewer than `MIN_FAMILY` unanswerable questions renamed
    to the largest one (all of them together when none is that large)."""
    names, counts = np.unique(families[y == 0], return_counts=True)
    if not len(names):
        return families
    largest = names[np.argmax(counts)]
    small = set(names[counts < MIN_FAMILY]) - {largest}
    return np.array([largest if f in small else f for f in families], dtype=object)


def probe_from_dict(d: dict[str, Any]) -> HiddenStateProbe | FamilyProbe:
    """A fitted probe from its dict: a `FamilyProbe` when it says so, else a `HiddenStateProbe`."""
    return FamilyProbe.from_dict(d) if d.get("class") == FamilyProbe.__name__ else HiddenStateProbe.from_dict(d)
