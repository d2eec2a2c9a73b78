"""`Guard`: wraps a model so every answer carries a calibrated confidence and a decision.

An answer is let through when its calibrated P(correct) reaches the threshold chosen with a
finite-sample bound on the hallucination rate (`guard.threshold`); otherwise the on-fail policy
decides: return the abstention message, return the answer flagged, raise `GuardAbstained`, or
call a user function. A missing signal or an unreachable target fails closed (abstains).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Literal, Sequence, Union

import numpy as np

import probes
from guard import signals as sig
from guard.backends.base import GenerateOptions, Generation, Model
from guard.fitting import confidence_of, fit_records
from guard.prompts import DEFAULT_PROMPT
from guard.runner import default_options, run_suite
from guard.threshold import ThresholdChoice

Decision = Literal["answer", "flag", "abstain"]
OnFail = Union[Literal["abstain", "flag", "raise"], Callable[["GuardedAnswer"], object]]
DEFAULT_ABSTAIN_MESSAGE = "I don't know."


@dataclass(frozen=True)
class GuardedAnswer:
    """What the guard returns: the text to show, P(correct), the decision and the signals."""

    text: str
    confidence: float
    decision: Decision
    signals: dict[str, float] = field(default_factory=dict)
    question: str = ""
    raw_text: str = ""
    reason: str = ""

    @property
    def passed(self) -> bool:
        return self.decision == "answer"


class GuardAbstained(RuntimeError):
    """Raised by the "raise" policy; `.answers` holds every answer of the call."""

    def __init__(self, answers: list[GuardedAnswer]) -> None:
        failed = [a for a in answers if not a.passed]
        super().__init__(f"guard abstained on {len(failed)} of {len(answers)} question(s): "
                         + "; ".join(f"{a.question!r} ({a.reason})" for a in failed[:3]))
        self.answers = answers


class Guard:
    """A model plus a fitted calibrator and threshold. Build with `Guard.fit` or `Guard.load`."""

    def __init__(self, model: Model, calibrator, threshold: ThresholdChoice, *,
                 signals: Sequence[str] = sig.DEFAULT_SIGNALS, prompt: str = DEFAULT_PROMPT,
                 options: GenerateOptions | None = None,
                 abstain_message: str = DEFAULT_ABSTAIN_MESSAGE, on_fail: OnFail = "abstain",
                 info: dict | None = None) -> None:
        self.signals = tuple(signals)
        sig.check_signals(self.signals, model.capabilities, model.name)
        if not (callable(on_fail) or on_fail in ("abstain", "flag", "raise")):
            raise ValueError(f"on_fail must be 'abstain', 'flag', 'raise' or a callable, got {on_fail!r}")
        self.model = model
        self.calibrator = calibrator
        self.threshold = threshold
        self.prompt = prompt
        self.options = options or default_options(
            model, prompt, prompt_logprobs=sig.needs_prompt_logprobs(self.signals))
        self.abstain_message = abstain_message
        self.on_fail = on_fail
        self.info = info or {}

    def __repr__(self) -> str:
        return (f"Guard(model={self.model.name!r}, signals={list(self.signals)}, "
                f"threshold={self.threshold.threshold:.4g}, target={self.threshold.target})")

    @classmethod
    def fit(cls, model: Model, suite: probes.ProbeSuite, target_hallucination: float = 0.10,
            confidence: float = 0.90, *, signals: Sequence[str] = sig.DEFAULT_SIGNALS,
            calibrator: str = "logistic", prompt: str = DEFAULT_PROMPT, fit_fraction: float = 0.5,
            seed: int = 0, out: str | Path | None = None, progress: bool = True,
            **guard_kwargs) -> "Guard":
        """Ask `suite`, grade, fit the calibrator on part of it and choose the threshold on the
        rest so that P(hallucination rate on unknowns <= target) >= confidence (see
        `guard.threshold.select_threshold` for the exact statement and assumptions)."""
        sig.check_signals(signals, model.capabilities, model.name)
        records = run_suite(model, suite, prompt=prompt, out=out, progress=progress)
        fitted = fit_records(records, signals, calibrator=calibrator, target=target_hallucination,
                             confidence=confidence, fit_fraction=fit_fraction, seed=seed)
        info = {"suite": suite.name, "suite_size": len(suite), "suite_seed": suite.seed,
                "fit_seed": seed, "fit_fraction": fit_fraction, "n_fit": fitted.n_fit,
                "n_threshold": fitted.n_threshold, "n_dropped": fitted.n_dropped,
                "calibrator": calibrator}
        return cls(model, fitted.calibrator, fitted.threshold, signals=signals, prompt=prompt,
                   info=info, **guard_kwargs)

    # -- asking ------------------------------------------------------------------------
    def ask(self, question: str) -> GuardedAnswer:
        """Answer one question through the guard."""
        return self.ask_many([question])[0]

    __call__ = ask

    def ask_many(self, questions: Sequence[str]) -> list[GuardedAnswer]:
        """Answer many questions in batches; identical to asking them one by one."""
        return self._apply_policy(self.judge(self.model.generate(questions, self.options)))

    def judge(self, generations: Sequence[Generation]) -> list[GuardedAnswer]:
        """Confidence and decision for answers already generated with `self.options`
        (before the on-fail policy's raise or callback)."""
        X = np.array([self._features(g) for g in generations], dtype=float)
        p = confidence_of(self.calibrator, X.reshape(len(generations), len(self.signals)))
        return [self._judge(g, x, c) for g, x, c in zip(generations, X, p)]

    def _features(self, g: Generation) -> np.ndarray:
        try:
            return sig.compute(g, self.signals)
        except (ValueError, IndexError):
            return np.full(len(self.signals), np.nan)

    def _judge(self, g: Generation, x: np.ndarray, p: float) -> GuardedAnswer:
        base = GuardedAnswer(text=g.text, confidence=float(p), decision="answer",
                             signals=dict(zip(self.signals, map(float, x))), question=g.question,
                             raw_text=g.text)
        if probes.is_abstention(g.text):
            return replace(base, decision="abstain", reason="the model abstained")
        if not np.isfinite(x).all():
            return replace(base, text=self.abstain_message, decision="abstain",
                           reason="a confidence signal is missing")
        if p >= self.threshold.threshold:
            return base
        why = ("target unreachable: " + self.threshold.reason) if not self.threshold.reachable \
            else f"confidence {p:.3f} below threshold {self.threshold.threshold:.3f}"
        if self.on_fail == "flag":
            return replace(base, decision="flag", reason=why)
        return replace(base, text=self.abstain_message, decision="abstain", reason=why)

    def _apply_policy(self, answers: list[GuardedAnswer]) -> list[GuardedAnswer]:
        if self.on_fail == "raise" and any(not a.passed for a in answers):
            raise GuardAbstained(answers)
        if callable(self.on_fail):
            return [a if a.passed else _from_callback(a, self.on_fail(a)) for a in answers]
        return answers

    # -- persistence -----------------------------------------------------------------------
    def save(self, path: str | Path) -> Path:
        """Write the guard as JSON (no pickle); see `guard.persistence`."""
        from guard.persistence import save_guard

        return save_guard(self, Path(path))

    @classmethod
    def load(cls, path: str | Path, model: Model, *, allow_model_mismatch: bool = False,
             **overrides) -> "Guard":
        """Read a saved guard for `model`; refuses another model unless explicitly allowed."""
        from guard.persistence import load_guard

        return load_guard(Path(path), model, allow_model_mismatch=allow_model_mismatch, **overrides)


def _from_callback(answer: GuardedAnswer, result: object) -> GuardedAnswer:
    if isinstance(result, GuardedAnswer):
        return result
    if isinstance(result, str):
        return replace(answer, text=result)
    raise TypeError(f"on_fail callback must return a GuardedAnswer or str, got {type(result).__name__}")
