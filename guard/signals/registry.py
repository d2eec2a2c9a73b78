"""The one registry of confidence signals: each is declared once with its kind, the backend
capability it needs, and how it is computed.

Kinds:
- "single_pass": a pure function of one answer's `Generation` (`guard.signals.single_pass`).
- "hidden_probe": a logistic probe on the model's hidden states, fitted by the guard (`source`
  = the positions where hidden states are read, and what the probe learns: "correct" or
  "answerable").
- "extra_pass": one more prompt-only forward pass per answer (P(IK), P(True)), opt-in.
- "sampling": k more sampled answers per question (agreement with the greedy one), opt-in.
Extra-pass and sampling signals are `batch(model, questions, answers, options) -> values`.
A guard refuses a signal its backend cannot provide instead of feeding the calibrator garbage.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Literal, Sequence

import numpy as np

from guard.backends.base import Capabilities, GenerateOptions, Generation, Model
from guard.signals import consistency, self_eval, single_pass as sp

Kind = Literal["single_pass", "hidden_probe", "extra_pass", "sampling"]
Batch = Callable[[Model, list[str], list[str], GenerateOptions], np.ndarray]


@dataclass(frozen=True)
class Signal:
    name: str
    kind: Kind
    needs: str  # a `Capabilities` field, or "" for text only
    doc: str
    value: Callable[[Generation], float] | None = None  # single_pass
    batch: Batch | None = None                          # extra_pass, sampling
    source: tuple[tuple[str, ...], str] | None = None   # hidden_probe: (positions, target)


def _single(fn: Callable[[Generation], float], needs: str, doc: str) -> Signal:
    return Signal(fn.__name__, "single_pass", needs, doc, value=fn)


SIGNALS: dict[str, Signal] = {s.name: s for s in [
    _single(sp.mean_logprob, "logprobs", "mean token log-prob"),
    _single(sp.min_logprob, "logprobs", "least likely token's log-prob"),
    _single(sp.first_logprob, "logprobs", "first token's log-prob"),
    _single(sp.mean_entropy, "logprobs", "mean full-distribution entropy (nats)"),
    _single(sp.max_entropy, "logprobs", "largest per-token entropy"),
    _single(sp.mean_margin, "top_k", "mean top-1/top-2 log-prob gap"),
    _single(sp.min_margin, "top_k", "smallest top-1/top-2 gap"),
    _single(sp.length, "", "answer length (tokens, or words for text-only backends)"),
    _single(sp.question_surprisal, "prompt_logprobs",
            "surprisal of the question's rarest tokens (free from the prefill)"),
    Signal("hidden_prompt", "hidden_probe", "prompt_hidden",
           "P(correct) from the hidden state at the last prompt token (before generating)",
           source=(("hidden_prompt",), "correct")),
    Signal("hidden_answer", "hidden_probe", "hidden_states",
           "P(correct) from the hidden states of the answer tokens (mean-pooled)",
           source=(("hidden_answer",), "correct")),
    Signal("hidden_answerable", "hidden_probe", "prompt_hidden",
           "P(question answerable at all) from the last prompt token's hidden state",
           source=(("hidden_prompt",), "answerable")),
    Signal("hidden_question_answerable", "hidden_probe", "hidden_states",
           "P(question answerable) from the question's own tokens (mean-pooled) and the last "
           "prompt token: one probe per position and layer, averaged (before generating)",
           source=(("hidden_prompt", "hidden_question"), "answerable")),
    Signal("p_ik", "extra_pass", "top_k", "P(I know): the model's yes-odds to 'do you know?'",
           batch=lambda m, q, a, o: self_eval.p_ik(m, q, o.system, batch_size=o.batch_size)),
    Signal("p_true", "extra_pass", "top_k", "P(True): the model's yes-odds that its answer is true",
           batch=lambda m, q, a, o: self_eval.p_true(m, q, a, o.system, batch_size=o.batch_size)),
    Signal("agreement", "sampling", "", "share of 5 sampled answers (temperature 1) that agree "
           "with the greedy one", batch=lambda m, q, a, o: consistency.agreement_scores(m, q, a, o)),
]}

# The best single-pass sets measured by benchmarks/signals.py, by what the backend offers.
LOGPROB_SIGNALS: tuple[str, ...] = (
    "mean_logprob", "min_logprob", "first_logprob", "mean_entropy", "mean_margin", "length",
)
PROMPT_PROBES: tuple[str, ...] = ("hidden_prompt", "hidden_answerable")  # need prompt_hidden only
DEFAULT_SIGNALS: tuple[str, ...] = LOGPROB_SIGNALS + ("hidden_prompt", "hidden_answer",
                                                      "hidden_question_answerable")


def known() -> tuple[str, ...]:
    """Every signal name a guard accepts."""
    return tuple(SIGNALS)


def of_kind(names: Sequence[str], *kinds: Kind) -> tuple[str, ...]:
    """The names among `names` whose signals are of one of `kinds`, in order."""
    return tuple(n for n in names if SIGNALS[n].kind in kinds)


def available(capabilities: Capabilities) -> tuple[str, ...]:
    """Every single-pass signal a backend with these capabilities can provide."""
    return tuple(n for n, s in SIGNALS.items()
                 if s.kind == "single_pass" and (not s.needs or getattr(capabilities, s.needs)))


def default_signals(capabilities: Capabilities) -> tuple[str, ...]:
    """The default set a backend can provide: log-probs plus the hidden-state probes in process,
    log-probs plus the prompt-position probes over HTTP with an embeddings endpoint, log-probs
    alone over plain HTTP, answer length for a black box."""
    if capabilities.hidden_states and capabilities.logprobs and capabilities.top_k:
        return DEFAULT_SIGNALS
    if capabilities.prompt_hidden and capabilities.logprobs and capabilities.top_k:
        return LOGPROB_SIGNALS + PROMPT_PROBES
    if capabilities.logprobs and capabilities.top_k:
        return LOGPROB_SIGNALS
    return ("length",)


def check_signals(names: Sequence[str], model: Model) -> None:
    """Raise a clear error for unknown signals or ones this backend cannot provide."""
    caps = model.capabilities
    for name in names:
        if name not in SIGNALS:
            raise ValueError(f"unknown signal '{name}'; known: {', '.join(known())}")
        need = SIGNALS[name].needs
        if need and not getattr(caps, need):
            raise ValueError(f"signal '{name}' needs {need}, which {model.name} cannot provide "
                             f"(capabilities: {caps})")
    if of_kind(names, "extra_pass"):
        self_eval.check_backend(model)


def needs_prompt_logprobs(names: Sequence[str]) -> bool:
    return any(SIGNALS[n].needs == "prompt_logprobs" for n in names)
