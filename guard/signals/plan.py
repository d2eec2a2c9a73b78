"""The signal plan: from a set of signals and a backend to what each answer must capture.

`plan(signals, model)` reads each signal's declaration (`Reads`, in the registry) and returns a
`SignalPlan`: the hidden layers and positions to capture, whether the question's own token
log-probabilities are needed, which signals take extra calls (extra passes, samples), which
probe can decide before the answer is generated, and which signals this backend cannot provide
and why. `SignalPlan.options` turns it into generation options. This is the only place that
works out what a signal needs; adding a signal means declaring it in the registry.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Mapping, Sequence

from guard.backends.base import POSITIONS, GenerateOptions, Model, Position
from guard.signals.registry import SIGNALS, known, provides


def candidate_layers(n_layers: int) -> tuple[int, ...]:
    """Seven layers from a quarter of the depth to the top: where knowledge probes look."""
    fractions = (0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0)
    return tuple(sorted({max(1, round(n_layers * f)) for f in fractions}))


@dataclass(frozen=True)
class SignalPlan:
    """What a set of signals needs from one backend (see the module docstring)."""

    signals: tuple[str, ...]
    hidden_layers: tuple[int, ...] = ()
    positions: tuple[Position, ...] = ()
    prompt_logprobs: bool = False
    extra: tuple[str, ...] = ()          # answer signals computed by extra calls: passes, samples
    before_answer: str | None = None     # the first probe read from the prompt pass alone
    unavailable: Mapping[str, str] = field(default_factory=dict)  # signal -> why not here

    def options(self, base: GenerateOptions) -> GenerateOptions:
        """`base` capturing exactly what the signals read."""
        return replace(base, hidden_layers=self.hidden_layers, prompt_logprobs=self.prompt_logprobs)

    def check(self) -> "SignalPlan":
        """Raise a clear error naming each signal the backend cannot provide."""
        if self.unavailable:
            raise ValueError("; ".join(f"signal '{n}' {why}" for n, why in self.unavailable.items()))
        return self


def plan(signals: Sequence[str], model: Model) -> SignalPlan:
    """The plan for `signals` on `model` (unknown names raise; unavailable ones are listed)."""
    names = tuple(signals)
    unknown = [n for n in names if n not in SIGNALS]
    if unknown:
        raise ValueError(f"unknown signal(s) {unknown}; known: {', '.join(known())}")
    if len(set(names)) != len(names):
        raise ValueError(f"duplicate signal names in {list(names)}")
    declared = [SIGNALS[n] for n in names]
    positions = tuple(p for p in (*POSITIONS, "claim") if any(p in s.reads.positions for s in declared))
    return SignalPlan(
        signals=names,
        hidden_layers=candidate_layers(getattr(model, "num_layers", 0) or 1) if positions else (),
        positions=positions,
        prompt_logprobs=any(s.reads.prompt_logprobs for s in declared),
        extra=tuple(s.name for s in declared
                    if s.unit == "answer" and (s.reads.extra_passes or s.reads.samples)),
        before_answer=next((s.name for s in declared if s.before_answer), None),
        unavailable={s.name: why for s in declared if (why := _unavailable(s.name, model))},
    )


def _unavailable(name: str, model: Model) -> str:
    """Why `model` cannot provide signal `name` ("" when it can)."""
    reads, caps = SIGNALS[name].reads, model.capabilities
    if not provides(caps, reads):
        lacking = [c for c in dict.fromkeys((reads.capability, "prompt_logprobs" if reads.prompt_logprobs else ""))
                   if c and not getattr(caps, c)]
        return f"needs {' and '.join(lacking)}, which {model.name} cannot provide (capabilities: {caps})"
    if reads.extra_passes and getattr(model, "tokenizer", None) is None:
        return (f"reads first-token yes/no odds, which need top-k log-probabilities and a "
                f"tokenizer (the in-process backend); {model.name} has no tokenizer")
    return ""


def check_signals(names: Sequence[str], model: Model) -> None:
    """Raise a clear error for unknown signals or ones this backend cannot provide."""
    plan(names, model).check()
