"""Confidence signals: the registry (`registry`, each signal declared once with what it
reads), the plan that turns a set of signals into what a backend captures (`plan`), the
single-pass functions, self-evaluation (P(IK), P(True)), sampling consistency, the hidden-state
probe, and the features that turn answers into the calibrator's matrix (`features`)."""
from __future__ import annotations

from guard.signals.plan import SignalPlan, candidate_layers, check_signals, plan
from guard.signals.registry import (CLAIM_LOGPROB_SIGNALS, CLAIM_SIGNALS, DEFAULT_SIGNALS,
                                    LOGPROB_SIGNALS, PROMPT_PROBES, SIGNALS, Reads, Signal,
                                    available, default_signals, known, of_kind)

__all__ = ["CLAIM_LOGPROB_SIGNALS", "CLAIM_SIGNALS", "DEFAULT_SIGNALS", "LOGPROB_SIGNALS",
           "PROMPT_PROBES", "SIGNALS", "Reads", "Signal",
           "SignalPlan", "available", "candidate_layers", "check_signals", "default_signals",
           "known", "of_kind", "plan"]
