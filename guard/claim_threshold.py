"""Choose the claim threshold with a bound over whole answers.

An answer keeps the claims whose P(supported) reaches the threshold t and cuts the others. Its
loss at t is, by the default rule "share", the share of its kept claims that are not supported
(0 when it keeps none: an answer with no claim left is an abstention); by the stricter rule
"any", 1 when any kept claim is unsupported. Claims of one answer are not independent, so the
unit of the bound is the answer: the calibration answers are assumed exchangeable with new ones.

Learn-then-Test over candidate thresholds from strict to loose (fixed-sequence testing, stopping
at the first that fails), each tested for "expected loss <= target" at level 1 - confidence:
- rule "any" (a 0/1 loss): the one-sided Clopper-Pearson bound, as for answers
  (`guard.threshold.clopper_pearson_upper`);
- rule "share" (a loss in [0, 1]): the Hoeffding-Bentkus p-value of Bates et al. (2021),
  min(exp(-n h(min(mean, target), target)), e * P(Binomial(n, target) <= ceil(n * mean))),
  h(a, b) = a log(a/b) + (1 - a) log((1 - a)/(1 - b)); the test passes when it is <= 1 - confidence.
Guarantee: with probability >= confidence over the calibration answers, the expected loss of a
new answer at the chosen threshold is <= target. No threshold passing means the target cannot
be certified: every claim is cut (an abstention).
"""
from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any, Literal, Sequence

import numpy as np
from scipy.stats import binom

from guard.threshold import clopper_pearson_upper

Rule = Literal["share", "any"]
RULES: tuple[str, ...] = ("share", "any")


@dataclass(frozen=True)
class ClaimThreshold:
    """The chosen claim threshold and what it achieved on the calibration answers."""

    threshold: float          # +inf: nothing certified, every claim is cut
    target: float
    confidence: float
    rule: str
    reachable: bool
    n_answers: int
    loss: float               # mean loss of the calibration answers at the threshold
    kept_supported: float     # share of supported claims kept
    removed: float            # share of all claims cut
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {k: None if isinstance(v, float) and not math.isfinite(v) else v
                for k, v in asdict(self).items()}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ClaimThreshold":
        d = dict(d)
        d["threshold"] = math.inf if d["threshold"] is None else float(d["threshold"])
        d["kept_supported"] = math.nan if d["kept_supported"] is None else float(d["kept_supported"])
        return cls(**d)


def answer_losses(scores: Sequence[np.ndarray], unsupported: Sequence[np.ndarray], t: float,
                  rule: Rule = "share") -> np.ndarray:
    """Each answer's loss when the claims scoring >= t are kept (module docstring)."""
    out = np.zeros(len(scores))
    for i, (s, u) in enumerate(zip(scores, unsupported)):
        kept = np.asarray(s) >= t
        if kept.any():
            bad = np.asarray(u, dtype=bool)[kept]
            out[i] = bad.mean() if rule == "share" else float(bad.any())
    return out


def hoeffding_bentkus(mean: float, n: int, target: float) -> float:
    """The Hoeffding-Bentkus p-value of "expected loss > target" for a mean of n losses in [0, 1]."""
    a = min(mean, target)
    h = 0.0 if a <= 0 else a * math.log(a / target)
    h += (1 - a) * math.log((1 - a) / (1 - target))
    return min(math.exp(-n * h), math.e * float(binom.cdf(math.ceil(n * mean), n, target)))


def passes(losses: np.ndarray, target: float, confidence: float, rule: Rule) -> bool:
    n, delta = len(losses), 1 - confidence
    if rule == "any":
        return clopper_pearson_upper(int(losses.sum()), n, delta) <= target
    return hoeffding_bentkus(float(losses.mean()), n, target) <= delta


def select_claim_threshold(scores: Sequence[np.ndarray], unsupported: Sequence[np.ndarray],
                           target: float = 0.10, confidence: float = 0.90, rule: Rule = "share",
                           max_candidates: int = 200) -> ClaimThreshold:
    """The loosest threshold of the fixed sequence whose test passes (module docstring)."""
    if rule not in RULES:
        raise ValueError(f"rule must be one of {RULES}, got {rule!r}")
    if len(scores) != len(unsupported) or not len(scores):
        raise ValueError("need one score array and one label array per calibration answer")
    flat = np.concatenate([np.asarray(s, dtype=float) for s in scores] + [np.zeros(0)])
    bad = np.concatenate([np.asarray(u, dtype=bool) for u in unsupported] + [np.zeros(0, bool)])
    cands = np.unique(flat)[::-1]
    if cands.size > max_candidates:
        cands = np.unique(np.quantile(flat, np.linspace(1, 0, max_candidates)))[::-1]
    chosen = math.inf
    for t in cands:
        if not passes(answer_losses(scores, unsupported, t, rule), target, confidence, rule):
            break
        chosen = float(t)
    kept = flat >= chosen
    loss = answer_losses(scores, unsupported, chosen, rule)
    good = ~bad
    return ClaimThreshold(
        chosen, target, confidence, rule, math.isfinite(chosen), len(scores), float(loss.mean()),
        float(kept[good].mean()) if good.any() else math.nan,
        float(1 - kept.mean()) if flat.size else 0.0,
        "" if math.isfinite(chosen) else
        f"even the strictest claim threshold fails the {rule} bound at {target} with "
        f"{len(scores)} calibration answers: every claim is cut")
