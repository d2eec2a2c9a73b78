"""Fit the claim scorer and choose the claim threshold from recorded answers whose claims carry
labels against evidence (`probes.claims`), on disjoint halves of the answers.

A claim counts as supported only when its label is "supported": by the conservative rule an
unverifiable claim counts against the answer like a contradicted one. The scorer
(`guard.scoring.Scorer` over the claim signals, no gate) learns P(supported) from the claims of
the fit half; the threshold is chosen on the other half's answers (`guard.claim_threshold`), so
the bound is over answers, never over claims of one answer as if they were independent.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

import numpy as np

from guard.backends.base import Model
from guard.claim_threshold import ClaimThreshold, Rule, select_claim_threshold
from guard.parts import in_fit_part
from guard.records import ClaimRecord, Record, decode
from guard.scoring import Scorer
from guard.signals.features import Observation
from guard.signals.registry import CLAIM_SIGNALS, SIGNALS, provides


@dataclass(frozen=True)
class ClaimFit:
    """The claim scorer, its threshold, and how many claims and answers each half held."""

    scorer: Scorer
    threshold: ClaimThreshold
    n_fit_claims: int
    n_threshold_answers: int

    def to_dict(self) -> dict[str, Any]:
        return {"scorer": self.scorer.to_dict(), "threshold": self.threshold.to_dict(),
                "n_fit_claims": self.n_fit_claims, "n_threshold_answers": self.n_threshold_answers}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "ClaimFit":
        return cls(Scorer.from_dict(d["scorer"]), ClaimThreshold.from_dict(d["threshold"]),
                   int(d["n_fit_claims"]), int(d["n_threshold_answers"]))


def claim_signals(model: Model) -> tuple[str, ...]:
    """The claim signals a guard calibrated claim by claim fits on `model` by default: every one
    it offers from the generation already made (the opt-in `claim_agreement` is named in
    `GuardConfig.claim_signals`)."""
    return tuple(n for n in CLAIM_SIGNALS if provides(model.capabilities, SIGNALS[n].reads))


def claim_observation(c: ClaimRecord) -> Observation:
    return Observation(c.signals, {"claim": decode(c.hidden)} if c.hidden else {})


def supported(c: ClaimRecord) -> bool:
    """The conservative rule: only a claim the evidence supports counts as supported."""
    return c.label == "supported"


def labelled(records: Sequence[Record]) -> list[Record]:
    """The answers whose every claim has a label (answers with no claim count too)."""
    return [r for r in records if all(c.label is not None for c in r.claims)]


def fit_claims(records: Sequence[Record], names: Sequence[str], *, target: float = 0.10,
               confidence_level: float = 0.90, rule: Rule = "share", fit_fraction: float = 0.5,
               seed: int = 0) -> ClaimFit:
    """Scorer on the fit half's claims, threshold on the other half's answers."""
    usable = sorted(labelled(records), key=lambda r: r.id)
    fit = [r for r in usable if in_fit_part(r.id, fit_fraction, seed)]
    held = [r for r in usable if not in_fit_part(r.id, fit_fraction, seed)]
    claims = [c for r in fit for c in r.claims]
    if not claims:
        raise ValueError("cannot calibrate claims: no labelled claims in the answers (ask the "
                         "'claims' suite, whose questions have evidence)")
    scorer = Scorer(tuple(names), gate=False).fit([claim_observation(c) for c in claims],
                                                  [supported(c) for c in claims])
    scores = [claim_scores(scorer, r.claims) for r in held]
    bad = [np.array([not supported(c) for c in r.claims], dtype=bool) for r in held]
    return ClaimFit(scorer, select_claim_threshold(scores, bad, target, confidence_level, rule),
                    len(claims), len(held))


def claim_scores(scorer: Scorer, claims: Sequence[ClaimRecord]) -> np.ndarray:
    return scorer.score([claim_observation(c) for c in claims]).p_correct if claims else np.zeros(0)
