"""Choose the guard's confidence threshold with a finite-sample bound on hallucinations.

The guard lets an answer through iff its confidence score s >= t. The controlled risk is the
*hallucination rate on unknowns*: among questions whose raw answer is not correct (raw-incorrect
or abstained by the model itself), the share that are raw-incorrect AND let through. A model
abstention let through is still an abstention. This rate upper-bounds the AA-Omniscience guarded
hallucination rate I / (I + A), because guard abstentions on correct answers only add to A.

Method: Learn-then-Test with fixed-sequence testing and a one-sided Clopper-Pearson bound, from
the strictest candidate threshold to the loosest, stopping at the first failure. With importance
weights (the calibration questions re-weighted to look like a user's, `guard.shift`), the rate
is the weighted share and the bound is Clopper-Pearson at Kish's effective sample size: an
approximation (the weights are estimated), marked as such in the result.

Leaves out: fitting the scores (see `guard.calibration`), flag bands between answer and abstain,
risks other than the hallucination rate on unknowns, and bounds on a finite test set's *realised*
rate (the guarantee is about the expected rate; a small test split can exceed it by chance).
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any, Sequence

import numpy as np
from scipy.stats import beta

from probes import Grade


@dataclass(frozen=True)
class ThresholdChoice:
    """The selected threshold and what it achieved on the calibration questions.

    `threshold` is +inf (abstain on everything) when `reachable` is False; `reason` says why.
    `n_hallucinated_passed` and `upper_bound` are at the chosen threshold (0 and 0.0 at +inf,
    where nothing passes); `coverage` is the share of all calibration questions let through and
    `kept_correct` the share of raw-correct ones let through (nan with no raw-correct answer).
    """

    threshold: float
    target: float
    confidence: float
    reachable: bool
    n_calibration: int
    n_not_correct: int
    n_hallucinated_passed: int
    upper_bound: float
    coverage: float
    kept_correct: float
    reason: str
    method: str = "exact"  # or "weighted (approximate)"
    n_effective: float | None = None  # effective sample size of the weighted not-correct questions

    def to_dict(self) -> dict[str, Any]:
        """Strict-JSON plain data: an infinite threshold or a nan share becomes None."""
        return {k: None if isinstance(v, float) and not math.isfinite(v) else v for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ThresholdChoice":
        """Inverse of `to_dict` (None threshold -> +inf, None kept_correct -> nan)."""
        d = dict(d)
        d["threshold"] = math.inf if d["threshold"] is None else float(d["threshold"])
        d["kept_correct"] = math.nan if d["kept_correct"] is None else float(d["kept_correct"])
        return cls(**d)


def clopper_pearson_upper(k: int | np.ndarray, n: int, delta: float) -> float | np.ndarray:
    """One-sided (1 - delta) Clopper-Pearson upper bound for k successes in n trials.

    beta.ppf(1 - delta, k + 1, n - k); 1.0 when k == n (including n == 0).
    """
    if not 0 < delta < 1:
        raise ValueError(f"delta must be in (0, 1); got {delta}")
    k_arr = np.asarray(k)
    if (k_arr < 0).any() or (k_arr > n).any():
        raise ValueError(f"need 0 <= k <= n; got k={k}, n={n}")
    safe = np.minimum(k_arr, max(n - 1, 0))
    bound = np.where(k_arr >= n, 1.0, beta.ppf(1 - delta, safe + 1, max(n, 1) - safe))
    return float(bound) if bound.ndim == 0 else bound


def _counts(s: np.ndarray, correct: np.ndarray, incorrect: np.ndarray, cands: np.ndarray,
            weights: np.ndarray | None) -> tuple[np.ndarray, float, float | None]:
    """Hallucinations passed at each candidate, and the number of not-correct questions: plain
    counts, or with weights the weighted share scaled to the effective sample size."""
    if weights is None:
        s_inc = np.sort(s[incorrect])
        return s_inc.size - np.searchsorted(s_inc, cands, side="left"), float((~correct).sum()), None
    w_nc = weights[~correct]
    n_eff = float(w_nc.sum() ** 2 / (w_nc ** 2).sum()) if w_nc.sum() > 0 else 0.0
    order = np.argsort(-s[incorrect], kind="mergesort")
    s_inc, w_inc = s[incorrect][order], weights[incorrect][order]
    passed = np.r_[0.0, np.cumsum(w_inc)][np.searchsorted(-s_inc, -cands, side="right")]
    k = passed / max(w_nc.sum(), 1e-300) * n_eff
    return np.minimum(k, n_eff), n_eff, n_eff  # summation order can put k a hair above n


def _candidates(s: np.ndarray, max_candidates: int | None) -> np.ndarray:
    """Distinct scores, strictest (highest) first; thinned to sample quantiles if too many."""
    distinct = np.unique(s)[::-1]
    if max_candidates is None or distinct.size <= max_candidates:
        return distinct
    pos = np.round(np.linspace(0, s.size - 1, max_candidates)).astype(int)
    return np.unique(np.sort(s)[::-1][pos])[::-1]


def _checked(scores, outcomes, target: float, confidence: float,
             max_candidates: int | None) -> tuple[np.ndarray, np.ndarray]:
    """Scores and outcome labels as arrays, with a clear error for anything malformed."""
    s = np.asarray(scores, dtype=float).ravel()
    labels = np.array([str(o) for o in outcomes])
    allowed = {Grade.CORRECT.value, Grade.INCORRECT.value, Grade.ABSTAINED.value}
    if s.size == 0:
        raise ValueError("select_threshold needs calibration questions; got none")
    if s.size != labels.size:
        raise ValueError(f"length mismatch: {s.size} scores vs {labels.size} outcomes")
    if not np.isfinite(s).all():
        raise ValueError("scores must be finite (found nan or inf)")
    bad = sorted(set(labels.tolist()) - allowed)
    if bad:
        raise ValueError(f"outcomes must be one of {sorted(allowed)}; got {bad} "
                         "(drop ungraded rows, whose correctness is unknown, first)")
    if not (0 < target < 1 and 0 < confidence < 1):
        raise ValueError(f"target and confidence must be in (0, 1); got {target}, {confidence}")
    if max_candidates is not None and max_candidates < 1:
        raise ValueError(f"max_candidates must be >= 1 or None; got {max_candidates}")
    return s, labels


def _unreachable(strictest: float, k: float, bound: float, n_correct: int, *, target: float,
                 confidence: float, n_calibration: int, n_not_correct: int, method: str,
                 n_effective: float | None) -> ThresholdChoice:
    """Abstain on everything, saying why and how many not-correct questions would be needed."""
    if n_not_correct == 0:
        why = "no calibration question has a not-correct raw answer, so the rate cannot be bounded"
    else:
        n_min = math.ceil(math.log(1 - confidence) / math.log(1 - target))
        n = n_not_correct if n_effective is None else f"an effective {n_effective:.1f}"
        why = (f"even the strictest threshold (score >= {strictest:.4g}) passes {k:.3g} of "
               f"{n} not-correct answers as hallucinations, with {confidence:.0%} upper "
               f"bound {bound:.3f} > target {target}; a zero count needs >= {n_min} not-correct "
               "questions")
    return ThresholdChoice(threshold=math.inf, target=target, confidence=confidence, reachable=False,
                           n_calibration=n_calibration, n_not_correct=n_not_correct,
                           n_hallucinated_passed=0, upper_bound=0.0, coverage=0.0,
                           kept_correct=0.0 if n_correct else math.nan, method=method,
                           n_effective=n_effective,
                           reason=f"target unreachable: {why}; abstaining on everything")


def select_threshold(scores: Sequence[float] | np.ndarray, outcomes: Sequence[Grade | str],
                     target: float = 0.10, confidence: float = 0.90,
                     max_candidates: int | None = None,
                     weights: Sequence[float] | np.ndarray | None = None) -> ThresholdChoice:
    """The loosest threshold whose hallucination rate on unknowns is bounded by `target`.

    Guarantee: with probability at least `confidence` over the draw of the calibration set, the
    selected threshold t satisfies P(raw answer incorrect and s >= t | raw answer not correct)
    <= target, for a new question drawn from the same distribution. Assumes the calibration
    questions and future questions are i.i.d. (exchangeable) draws from one distribution, and
    that the scores were not fitted on these calibration questions (fit the calibrator on disjoint
    data, or cross-fit). Candidate thresholds may be data-dependent: the risk is monotone in t,
    so the argument reduces to one fixed boundary threshold and stays valid.

    For each candidate t (distinct scores, strict to loose), k = # raw-incorrect with s >= t,
    n = # raw-not-correct, and the bound is `clopper_pearson_upper(k, n, 1 - confidence)`; the
    walk stops at the first bound above `target` and returns the last passing candidate. If the
    strictest candidate already fails (e.g. too few not-correct questions: with k = 0 the bound
    is 1 - delta**(1/n)), the target is unreachable: threshold = +inf, i.e. abstain on everything.

    outcomes: the raw model's `Grade` per calibration question (correct, incorrect or abstained).
    weights: optional importance weights per question (see the module docstring); the result's
    `method` is then "weighted (approximate)", and coverage and kept_correct are weighted.
    """
    s, labels = _checked(scores, outcomes, target, confidence, max_candidates)
    w = None if weights is None else _checked_weights(weights, s.size)
    correct, incorrect = labels == "correct", labels == "incorrect"
    n_nc, n_correct, delta = int((~correct).sum()), int(correct.sum()), 1.0 - confidence
    cands = _candidates(s, max_candidates)
    k, n, n_eff = _counts(s, correct, incorrect, cands, w)
    bounds = np.atleast_1d(clopper_pearson_upper(k, n, delta))
    fails = bounds > target
    n_pass = int(np.argmax(fails)) if fails.any() else cands.size
    common = dict(target=target, confidence=confidence, n_calibration=int(s.size), n_not_correct=n_nc,
                  method="exact" if w is None else "weighted (approximate)", n_effective=n_eff)

    if n_pass == 0:
        return _unreachable(float(cands[0]), float(k[0]), float(bounds[0]), n_correct, **common)

    t = float(cands[n_pass - 1])
    passed = s >= t
    if n_pass < cands.size:
        why = (f"the next looser one (score >= {cands[n_pass]:.4g}) has upper bound "
               f"{bounds[n_pass]:.3f} > target {target}")
    else:
        why = "even the loosest passes, so every calibration answer is let through"
    share = np.ones(s.size) if w is None else w
    return ThresholdChoice(
        threshold=t, reachable=True, n_hallucinated_passed=int((passed & incorrect).sum()),
        upper_bound=float(bounds[n_pass - 1]), coverage=float(share[passed].sum() / share.sum()),
        kept_correct=(float(share[passed & correct].sum() / share[correct].sum()) if n_correct
                      else math.nan),
        reason=f"{n_pass} of {cands.size} candidate thresholds pass; {why}", **common)


def _checked_weights(weights, n: int) -> np.ndarray:
    w = np.asarray(weights, dtype=float).ravel()
    if w.size != n:
        raise ValueError(f"length mismatch: {n} scores vs {w.size} weights")
    if not np.isfinite(w).all() or (w < 0).any() or w.sum() <= 0:
        raise ValueError("weights must be finite, non-negative and not all zero")
    return w
