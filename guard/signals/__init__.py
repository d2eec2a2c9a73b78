"""Confidence signals: the registry (`registry`), the single-pass functions, self-evaluation
(P(IK), P(True)), sampling consistency, the hidden-state probe, and the features that turn
answers into the calibrator's matrix (`features`)."""
from __future__ import annotations

from guard.signals.registry import (DEFAULT_SIGNALS, LOGPROB_SIGNALS, PROMPT_PROBES, SIGNALS,
                                    Signal, available, check_signals, default_signals, known,
                                    needs_prompt_logprobs, of_kind)

__all__ = ["DEFAULT_SIGNALS", "LOGPROB_SIGNALS", "PROMPT_PROBES", "SIGNALS", "Signal", "available",
           "check_signals", "default_signals", "known", "needs_prompt_logprobs", "of_kind"]
