"""What the guard returns for one answer, and how a confidence becomes a decision.

Pure functions: an answer the model itself abstained on is passed on as an abstention; a
missing signal abstains (fails closed); a confidence at or above the threshold answers; below
it, the on-fail policy flags the answer or replaces it with the abstention message. The "raise"
policy and user callbacks apply to a whole call (`apply_policy`).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Literal, Mapping, Union

import numpy as np

import probes
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
    p_answerable: float | None = None  # P(question answerable at all), with an answerability signal

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


def check_policy(on_fail: OnFail) -> None:
    if not (callable(on_fail) or on_fail in ("abstain", "flag", "raise")):
        raise ValueError(f"on_fail must be 'abstain', 'flag', 'raise' or a callable, got {on_fail!r}")


def decide(question: str, text: str, features: Mapping[str, float], confidence: float,
           p_answerable: float | None, threshold: ThresholdChoice, on_fail: OnFail,
           abstain_message: str) -> GuardedAnswer:
    """The guard's verdict on one answer (see the module docstring)."""
    p_ans = None if p_answerable is None or not np.isfinite(p_answerable) else float(p_answerable)
    base = GuardedAnswer(text=text, confidence=float(confidence), decision="answer",
                         signals=dict(features), question=question, raw_text=text, p_answerable=p_ans)
    if probes.is_abstention(text):
        return replace(base, decision="abstain", reason="the model abstained")
    if not all(np.isfinite(v) for v in features.values()):
        return replace(base, text=abstain_message, decision="abstain",
                       reason="a confidence signal is missing")
    if confidence >= threshold.threshold:
        return base
    why = ("target unreachable: " + threshold.reason) if not threshold.reachable \
        else f"confidence {confidence:.3f} below threshold {threshold.threshold:.3f}"
    if on_fail == "flag":
        return replace(base, decision="flag", reason=why)
    return replace(base, text=abstain_message, decision="abstain", reason=why)


def early_abstention(question: str, p_know: float, early_threshold: float,
                     abstain_message: str) -> GuardedAnswer:
    """The verdict when the pre-generation probe says the model does not know."""
    return GuardedAnswer(abstain_message, 0.0, "abstain", question=question,
                         reason=f"pre-generation: P(knows) {p_know:.3f} < {early_threshold:.3f}")


def apply_policy(answers: list[GuardedAnswer], on_fail: OnFail) -> list[GuardedAnswer]:
    """The "raise" policy and user callbacks, over a whole call."""
    if on_fail == "raise" and any(not a.passed for a in answers):
        raise GuardAbstained(answers)
    if callable(on_fail):
        return [a if a.passed else _from_callback(a, on_fail(a)) for a in answers]
    return answers


def _from_callback(answer: GuardedAnswer, result: object) -> GuardedAnswer:
    if isinstance(result, GuardedAnswer):
        return result
    if isinstance(result, str):
        return replace(answer, text=result)
    raise TypeError(f"on_fail callback must return a GuardedAnswer or str, got {type(result).__name__}")
