"""What the guard returns for one answer, and how a confidence becomes a decision.

Pure functions. Every verdict has an `outcome`, the one vocabulary of why (`OUTCOMES`), and a
`decision`, what was done about it:
- "model_abstained": the model itself declined: passed on as an abstention.
- "missing_signal": a signal could not be read: abstain (fails closed).
- "before_answer": the prompt pass already showed the model does not know: abstain, nothing
  was generated.
- "passed": the confidence reached the threshold: answer.
- "outside_bound": the confidence reached the threshold, but the answer is of a kind the
  threshold was not calibrated on (a description or explanation asked for, or longer than the
  calibration's answers): the `outside_bound` policy decides ("flag" by default, "abstain",
  or "answer"), and the reason says so.
- "below_threshold" / "unreachable": the confidence is below the threshold (or no threshold
  could certify the target): the on-fail policy flags the answer or abstains. The "raise"
  policy and user callbacks apply to a whole call (`apply_policy`).
- "claims": a guard calibrated claim by claim judged an answer outside the answer-level bound by
  its claims (`judge_claims`), whatever its answer-level confidence: the text keeps the claims
  whose P(supported) reaches the claim threshold and cuts the others (the "flag" policy keeps
  them, marked); no claim kept abstains.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable, Literal, Mapping, Sequence, Union

import numpy as np

import probes
from guard.threshold import ThresholdChoice

Decision = Literal["answer", "flag", "abstain"]
Outcome = Literal["passed", "outside_bound", "below_threshold", "unreachable", "model_abstained",
                  "missing_signal", "before_answer", "claims"]
OUTCOMES: tuple[str, ...] = ("passed", "outside_bound", "below_threshold", "unreachable",
                             "model_abstained", "missing_signal", "before_answer", "claims")
OnFail = Union[Literal["abstain", "flag", "raise"], Callable[["GuardedAnswer"], object]]
OutsideBound = Literal["flag", "abstain", "answer"]
ON_FAIL: tuple[str, ...] = ("abstain", "flag", "raise")
OUTSIDE_BOUND: tuple[str, ...] = ("flag", "abstain", "answer")
DEFAULT_ABSTAIN_MESSAGE = "I don't know."


@dataclass(frozen=True)
class ClaimVerdict:
    """One claim of an answer: its text, its characters in the raw answer, P(supported) and
    whether the guard kept it."""

    text: str
    span: tuple[int, int]
    confidence: float
    kept: bool


@dataclass(frozen=True)
class GuardedAnswer:
    """What the guard returns: the text to show, P(correct), the decision, why (`outcome`),
    the signals, and how the generation ended (`finish_reason`, "gated" when the guard stopped
    it after the prompt pass)."""

    text: str
    confidence: float
    decision: Decision
    signals: dict[str, float] = field(default_factory=dict)
    question: str = ""
    raw_text: str = ""
    reason: str = ""
    p_answerable: float | None = None  # P(question answerable at all), with an answerability signal
    outcome: Outcome = "passed"
    finish_reason: str = "stop"
    claims: tuple[ClaimVerdict, ...] = ()  # with a guard calibrated claim by claim

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


@dataclass(frozen=True)
class Policy:
    """What to do with answers the guard does not simply let through."""

    on_fail: OnFail = "abstain"
    outside_bound: OutsideBound = "flag"
    abstain_message: str = DEFAULT_ABSTAIN_MESSAGE

    def __post_init__(self) -> None:
        if not (callable(self.on_fail) or self.on_fail in ON_FAIL):
            raise ValueError(f"on_fail must be one of {', '.join(ON_FAIL)} or a callable, "
                             f"got {self.on_fail!r}")
        if self.outside_bound not in OUTSIDE_BOUND:
            raise ValueError(f"outside_bound must be one of {', '.join(OUTSIDE_BOUND)}, got "
                             f"{self.outside_bound!r}")
        if not isinstance(self.abstain_message, str):
            raise TypeError("abstain_message must be a string")


def decide(question: str, text: str, features: Mapping[str, float], confidence: float,
           p_answerable: float | None, missing: Sequence[str], outside: str,
           threshold: ThresholdChoice, policy: Policy, finish_reason: str = "stop") -> GuardedAnswer:
    """The guard's verdict on one answer (see the module docstring). `outside` says why the
    answer is of a kind the threshold was not calibrated on ("" when it is not)."""
    p_ans = None if p_answerable is None or not np.isfinite(p_answerable) else float(p_answerable)
    base = GuardedAnswer(text=text, confidence=float(confidence), decision="answer",
                         signals=dict(features), question=question, raw_text=text,
                         p_answerable=p_ans, finish_reason=finish_reason)
    withheld = replace(base, text=policy.abstain_message, decision="abstain")
    if probes.is_abstention(text):
        return replace(base, decision="abstain", outcome="model_abstained",
                       reason="the model abstained")
    if missing:
        return replace(withheld, outcome="missing_signal",
                       reason=f"a confidence signal is missing ({', '.join(missing)})")
    if confidence < threshold.threshold:
        outcome = "below_threshold" if threshold.reachable else "unreachable"
        why = threshold.reason if not threshold.reachable \
            else f"confidence {confidence:.3f} below threshold {threshold.threshold:.3f}"
        return replace(base if policy.on_fail == "flag" else withheld,
                       decision="flag" if policy.on_fail == "flag" else "abstain",
                       outcome=outcome, reason=why)
    if outside:
        why = f"outside the calibrated bound: {outside}"
        chosen = {"answer": base, "flag": replace(base, decision="flag"), "abstain": withheld}
        return replace(chosen[policy.outside_bound], outcome="outside_bound", reason=why)
    return base


def before_answer(question: str, p_know: float, early_threshold: float,
                  abstain_message: str) -> GuardedAnswer:
    """The verdict when the prompt pass shows the model does not know (nothing generated)."""
    return GuardedAnswer(abstain_message, 0.0, "abstain", question=question, outcome="before_answer",
                         reason=f"before answering: P(knows) {p_know:.3f} < {early_threshold:.3f}",
                         finish_reason="gated")


def judge_claims(answer: GuardedAnswer, claims: Sequence[ClaimVerdict], threshold: float,
                 policy: Policy, text: str, outside: bool) -> GuardedAnswer:
    """`answer` with its claims; one `outside` the answer-level bound (whatever its answer-level
    confidence, which does not cover it) is judged by them (module docstring), with `text` the
    raw answer cut to the kept claims."""
    answer = replace(answer, claims=tuple(claims))
    if not outside or not claims:
        return answer
    kept = sum(c.kept for c in claims)
    why = f"judged claim by claim: kept {kept} of {len(claims)} at P(supported) >= {threshold:.3f}"
    if policy.on_fail == "flag":
        return replace(answer, text=marked(answer.raw_text, claims), outcome="claims", reason=why,
                       decision="answer" if kept == len(claims) else "flag")
    if not kept:
        return replace(answer, text=policy.abstain_message, decision="abstain", outcome="claims", reason=why)
    return replace(answer, text=text, decision="answer", outcome="claims", reason=why)


def marked(raw: str, claims: Sequence[ClaimVerdict]) -> str:
    """The raw answer with each cut claim bracketed: "[unsure: ...]"."""
    out, at = [], 0
    for c in sorted(claims, key=lambda c: c.span):
        a, b = c.span
        out.append(raw[at:a])
        out.append(raw[a:b] if c.kept else f"[unsure: {raw[a:b]}]")
        at = b
    return "".join(out) + raw[at:]


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
