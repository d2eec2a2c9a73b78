"""Covariate shift between the probe questions and a user's own, unlabelled questions.

A domain classifier (the layer-ensemble logistic probe of `guard.signals.hidden_probe`, on the
hidden state at the last prompt token) learns to tell the user's questions from the probe
questions. Its out-of-fold odds give each probe question an importance weight
w = P(user | x) / P(probe | x) x n_probe / n_user, so that weighted probe questions stand in
for the user's traffic when the threshold is chosen (`guard.threshold`, weighted). Assumes the
shift is in the questions only: given a question's hidden state, whether the model answers it
correctly is the same for probes and for the user's questions. Weights are clipped at
`max_weight` times their mean, which bounds how much one probe question can count.

When the user's questions barely overlap the probes, the full weights leave so few effective
probe questions that no threshold is reachable and the guard abstains on everything. The weights
are then tempered, w**lam with the largest lam in [0, 1] that keeps `min_effective_share` of
the probe questions' effective sample (Shimodaira 2000's flattened weights): a partial
correction toward the user's questions, between the probes' own distribution (lam = 0) and
theirs (lam = 1). lam is reported; the bound stays approximate either way.

The diagnostic says how far to trust that: the classifier's cross-validated AUROC (0.5: the
user's questions look like probes; near 1: they do not) and Kish's effective sample size of the
weights, the number of equally weighted probe questions the weighted ones are worth.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
from sklearn.metrics import roc_auc_score

from guard.signals.hidden_probe import HiddenStateProbe


@dataclass(frozen=True)
class ShiftDiagnostic:
    """How separable the user's questions are from the probes, and what the weights cost."""

    auroc: float                  # domain classifier, cross-validated
    n_probe: int
    n_user: int
    effective_sample_size: float  # Kish ESS of the probe questions' weights
    max_weight_share: float       # the largest weight's share of their sum
    tempering: float = 1.0        # lam of w**lam: 1 for the full correction
    untempered_ess: float | None = None  # the full correction's ESS, when tempered

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ShiftDiagnostic":
        return cls(**d)

    def summary(self) -> str:
        tempered = ("" if self.tempering >= 1 else
                    f", weights tempered to the power {self.tempering:.2f} (full correction: "
                    f"effective sample size {self.untempered_ess:.0f})")
        return (f"domain classifier AUROC {self.auroc:.3f} between {self.n_probe} probe and "
                f"{self.n_user} user questions; effective sample size of the weighted probes "
                f"{self.effective_sample_size:.0f} (largest weight {self.max_weight_share:.1%}"
                f"){tempered}")


def effective_sample_size(w: np.ndarray) -> float:
    """Kish's (sum w)^2 / sum w^2: n for equal weights, 1 when one weight dominates."""
    w = np.asarray(w, dtype=float)
    return float(w.sum() ** 2 / (w ** 2).sum()) if len(w) and (w > 0).any() else 0.0


def tempered(w: np.ndarray, min_ess: float, steps: int = 30) -> tuple[np.ndarray, float]:
    """w**lam with the largest lam in [0, 1] whose effective sample size is at least `min_ess`
    (lam = 1 when the full weights already have it), and lam."""
    if effective_sample_size(w) >= min_ess:
        return w, 1.0
    low, high = 0.0, 1.0  # ESS falls as lam grows: bisect on it
    for _ in range(steps):
        mid = (low + high) / 2
        low, high = (mid, high) if effective_sample_size(w ** mid) >= min_ess else (low, mid)
    return w ** low, low


def importance_weights(H_probe: np.ndarray, H_user: np.ndarray, max_weight: float = 20.0,
                       min_effective_share: float = 0.25,
                       seed: int = 0) -> tuple[np.ndarray, ShiftDiagnostic]:
    """Weights of the probe questions that make them look like the user's, and the diagnostic.

    H_* are (n, layers, d) hidden states at the last prompt token, captured with the same
    model and settings. `min_effective_share`: the share of the probe questions the weights
    must stay worth (0 turns tempering off)."""
    H_probe, H_user = np.asarray(H_probe), np.asarray(H_user)
    if len(H_user) < 10 or len(H_probe) < 10:
        raise ValueError(f"a shift estimate needs >= 10 questions on each side; got "
                         f"{len(H_probe)} probe and {len(H_user)} user questions")
    y = np.r_[np.zeros(len(H_probe), int), np.ones(len(H_user), int)]
    clf = HiddenStateProbe(random_state=seed).fit(np.concatenate([H_probe, H_user]), y)
    p = np.clip(clf.oof_[:len(H_probe)], 1e-6, 1 - 1e-6)  # out of fold: no question weighs itself
    w = p / (1 - p) * len(H_probe) / len(H_user)
    full = np.minimum(w, max_weight * w.mean())
    w, lam = tempered(full, min_effective_share * len(H_probe))
    diag = ShiftDiagnostic(float(roc_auc_score(y, clf.oof_)), len(H_probe), len(H_user),
                           effective_sample_size(w), float(w.max() / w.sum()), lam,
                           None if lam >= 1 else effective_sample_size(full))
    return w, diag
