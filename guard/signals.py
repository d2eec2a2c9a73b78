"""Single-pass confidence signals: pure functions of one greedy `Generation`, costing no extra
forward pass. Each signal names the backend capability it needs, so a guard can refuse a model
that cannot provide it instead of feeding the calibrator garbage.

Sampling consistency, P(True) and hidden-state probes live in their own modules.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from guard.backends.base import Capabilities, Generation


@dataclass(frozen=True)
class Signal:
    name: str
    needs: str  # a `Capabilities` field, or "" for text only
    fn: Callable[[Generation], float]
    doc: str


def _lp(g: Generation) -> np.ndarray:
    if g.logprobs is None:
        raise ValueError("this generation has no token log-probabilities")
    return g.logprobs


def _ent(g: Generation) -> np.ndarray:
    if g.entropies is None:
        raise ValueError("this generation has no token entropies")
    return g.entropies


def _margins(g: Generation) -> np.ndarray:
    if g.top_logprobs is None or g.top_logprobs.shape[-1] < 2:
        raise ValueError("this generation has no top-2 log-probabilities")
    return g.top_logprobs[:, 0] - g.top_logprobs[:, 1]


def _safe(reduce: Callable[[np.ndarray], float], empty: float) -> Callable[[np.ndarray], float]:
    return lambda a: float(reduce(a)) if len(a) else empty


def _question_surprisal(g: Generation) -> float:
    """Mean of the three most surprising question tokens: where an invented name sits."""
    if g.prompt_logprobs is None:
        raise ValueError("this generation has no question-token log-probabilities")
    worst = np.sort(-g.prompt_logprobs)[::-1][:3]
    return float(worst.mean()) if len(worst) else 0.0


_mean = _safe(np.mean, 0.0)
_min = _safe(np.min, 0.0)
_max = _safe(np.max, 0.0)

SIGNALS: dict[str, Signal] = {
    s.name: s
    for s in [
        Signal("mean_logprob", "logprobs", lambda g: _mean(_lp(g)), "mean token log-prob"),
        Signal("min_logprob", "logprobs", lambda g: _min(_lp(g)), "least likely token's log-prob"),
        Signal("first_logprob", "logprobs", lambda g: float(_lp(g)[0]) if len(_lp(g)) else 0.0,
               "first token's log-prob"),
        Signal("mean_entropy", "logprobs", lambda g: _mean(_ent(g)),
               "mean full-distribution entropy (nats)"),
        Signal("max_entropy", "logprobs", lambda g: _max(_ent(g)), "largest per-token entropy"),
        Signal("mean_margin", "top_k", lambda g: _mean(_margins(g)), "mean top-1/top-2 log-prob gap"),
        Signal("min_margin", "top_k", lambda g: _min(_margins(g)), "smallest top-1/top-2 gap"),
        Signal("length", "", lambda g: float(len(g.token_ids) or len(g.text.split())),
               "answer length (tokens, or words for text-only backends)"),
        Signal("question_surprisal", "prompt_logprobs", _question_surprisal,
               "surprisal of the question's rarest tokens (free from the prefill)"),
    ]
}
# Learned signals: hidden-state probes fitted by the guard (see `guard.features`), each as
# (hidden-state position, what it predicts): P(answer correct) before or after generating, and
# P(question answerable at all), which carries over better to real questions (signals benchmark).
LEARNED_SOURCES: dict[str, tuple[str, str]] = {
    "hidden_prompt": ("hidden_prompt", "correct"),
    "hidden_answer": ("hidden_answer", "correct"),
    "hidden_answerable": ("hidden_prompt", "answerable"),
}
LEARNED: tuple[str, ...] = tuple(LEARNED_SOURCES)
# Opt-in signals costing one extra forward pass (computed in `guard.extra_pass`): name -> need.
EXTRA_PASS: dict[str, str] = {"p_ik": "top_k", "p_true": "top_k"}


def known() -> tuple[str, ...]:
    """Every signal name a guard accepts."""
    return (*SIGNALS, *LEARNED, *EXTRA_PASS)


# The best single-pass sets measured by benchmarks/signals.py, by what the backend offers.
LOGPROB_SIGNALS: tuple[str, ...] = (
    "mean_logprob", "min_logprob", "first_logprob", "mean_entropy", "mean_margin", "length",
)
DEFAULT_SIGNALS: tuple[str, ...] = LOGPROB_SIGNALS + LEARNED


def default_signals(capabilities: Capabilities) -> tuple[str, ...]:
    """The default set a backend can provide: log-probs plus the hidden-state probes in process,
    log-probs alone over HTTP, answer length for a black box."""
    if capabilities.hidden_states and capabilities.logprobs and capabilities.top_k:
        return DEFAULT_SIGNALS
    if capabilities.logprobs and capabilities.top_k:
        return LOGPROB_SIGNALS
    return ("length",)


def check_signals(names: Sequence[str], capabilities: Capabilities, model_name: str = "model") -> None:
    """Raise a clear error for unknown signals or ones this backend cannot provide."""
    for name in names:
        if name not in known():
            raise ValueError(f"unknown signal '{name}'; known: {', '.join(known())}")
        need = SIGNALS[name].needs if name in SIGNALS else EXTRA_PASS.get(name, "hidden_states")
        if need and not getattr(capabilities, need):
            raise ValueError(
                f"signal '{name}' needs {need}, which {model_name} cannot provide "
                f"(capabilities: {capabilities})"
            )


def needs_prompt_logprobs(names: Sequence[str]) -> bool:
    return any(SIGNALS[n].needs == "prompt_logprobs" for n in names if n in SIGNALS)


def compute(generation: Generation, names: Sequence[str]) -> np.ndarray:
    """The feature vector of one generation, in the order of `names`."""
    return np.array([SIGNALS[n].fn(generation) for n in names], dtype=np.float64)
