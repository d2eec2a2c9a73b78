"""From the guard's judgement of one answer to what the client gets: the policy, the content
and the verdict (`guard` field), as pure functions tested without a model.

Every answer the guard judges keeps its raw text, and its outcome says why it was decided as it
was; for a below-threshold answer the request's policy then decides: "abstain" shows the
abstention message, "flag" keeps the answer marked, "block" turns the response into an error.
An answer outside the calibrated bound is flagged or withheld by the guard's own
`outside_bound` policy; one judged claim by claim shows its kept claims ("flag": every claim,
the cut ones bracketed). Answers the model itself declined (or that miss a signal, or were
stopped after the prompt pass) stay abstentions under every policy. Whatever the server did differently from the calibration
(other system prompt, earlier turns left out, max_tokens or temperature not applied) is added
to the verdict's reason, never silently.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

from guard import GuardedAnswer
from guard.verdict import marked
from guard.serve.parsing import POLICY_FIELD, Query, RequestError
from guard.serve.settings import ClientPolicy, Policy


@dataclass(frozen=True)
class GuardFacts:
    """What the verdicts need to know about the guard, read once at start-up."""

    threshold: float
    calibration_system: str | None
    max_new_tokens: int
    abstain_message: str
    default_policy: Policy


@dataclass(frozen=True)
class Verdict:
    """The outcome for one choice. `passed`: confidence reached the threshold (what the
    calibration's coverage counts); `blocked`: the policy turns the response into an error."""

    decision: Literal["answer", "flag", "abstain"]
    content: str
    confidence: float | None
    p_answerable: float | None
    threshold: float | None
    reason: str
    passed: bool
    blocked: bool = False
    finish_reason: str = "stop"
    claims: tuple[dict, ...] = ()  # a guard calibrated claim by claim: each claim's verdict

    @property
    def label(self) -> str:
        """The decision as counted in /metrics and sent in X-Guard-Decision."""
        return "block" if self.blocked else self.decision

    def as_json(self) -> dict:
        """The `guard` field of a choice (with `claims` when the guard judges claim by claim)."""
        out = {"decision": self.label, "confidence": self.confidence,
               "p_answerable": self.p_answerable, "threshold": self.threshold, "reason": self.reason}
        return {**out, "claims": list(self.claims)} if self.claims else out


def foreign_prompt(query: Query, facts: GuardFacts) -> bool:
    """The client sent a system prompt other than the one the guard was calibrated with."""
    return query.system is not None and query.system != facts.calibration_system


def request_notes(query: Query, facts: GuardFacts) -> tuple[str, ...]:
    """Every way this request is answered differently from what it asked or from calibration."""
    notes = []
    if query.dropped_turns:
        notes.append(f"only the last user turn was sent to the model: {query.dropped_turns} "
                     "earlier message(s) were not")
    if foreign_prompt(query, facts):
        notes.append("the client's system prompt differs from the calibration prompt: the "
                     "guarantee was calibrated for another prompt")
    if query.max_tokens is not None and query.max_tokens != facts.max_new_tokens:
        notes.append(f"max_tokens={query.max_tokens} not applied: answered with up to "
                     f"{facts.max_new_tokens} tokens, the length the guard was calibrated at")
    if query.temperature:
        notes.append(f"temperature={query.temperature:g} not applied: answered greedily, as the "
                     "guard was calibrated")
    if query.n > 1:
        notes.append(f"n={query.n}: greedy answers, so the choices are identical")
    return tuple(notes)


def policy_of(query: Query, server_policy: Policy | None, facts: GuardFacts,
              client_policy: ClientPolicy = "allow") -> Policy:
    """The request's `guard_on_fail`, else the server's `--on-fail`, else the guard's own. With
    `client_policy` "deny" a request naming another policy than the server's is a 400 (called
    before any model work)."""
    own = server_policy or facts.default_policy
    if client_policy == "deny" and query.policy not in (None, own):
        raise RequestError(f"this server does not let clients choose the policy: '{POLICY_FIELD}' "
                           f"asks for {query.policy!r}, the server applies {own!r}; leave the field "
                           "out, or ask the operator to run `guard serve --client-policy allow`",
                           param=POLICY_FIELD, code="client_policy_not_allowed")
    return query.policy or own


def verdict_of(answer: GuardedAnswer, policy: Policy, facts: GuardFacts,
               notes: tuple[str, ...] = ()) -> Verdict:
    """Apply the request's policy to an answer the guard judged (by its outcome)."""
    confidence = _finite(answer.confidence)
    passed = confidence is not None and math.isfinite(facts.threshold) and confidence >= facts.threshold
    if answer.outcome in ("below_threshold", "unreachable"):
        decision, content = ("flag", answer.raw_text) if policy == "flag" else ("abstain", facts.abstain_message)
    elif answer.outcome == "claims" and policy == "flag" and not all(c.kept for c in answer.claims):
        decision, content = "flag", marked(answer.raw_text, answer.claims)
    elif answer.decision == "answer":
        decision, content = "answer", answer.text
    elif answer.decision == "flag":  # outside the calibrated bound, flagged by the guard's own policy
        decision, content = "flag", answer.raw_text
    else:  # the model declined, a signal is missing, or stopped before generating
        decision, content = "abstain", answer.text
    reason = "; ".join(r for r in (answer.reason, *notes) if r)
    finish = answer.finish_reason if answer.finish_reason in ("stop", "length") else "stop"
    claims = tuple({"text": c.text, "span": list(c.span), "confidence": round(c.confidence, 4),
                    "kept": c.kept} for c in answer.claims)
    return Verdict(decision=decision, content=content, confidence=confidence,
                   p_answerable=_finite(answer.p_answerable),
                   threshold=_finite(facts.threshold), reason=reason, passed=passed,
                   blocked=policy == "block" and decision != "answer",
                   finish_reason=finish if decision != "abstain" else "stop", claims=claims)


def guard_policy_name(on_fail: object) -> Policy:
    """A guard's own on-fail policy as a server policy: "raise" blocks, a callback abstains."""
    return {"flag": "flag", "raise": "block"}.get(on_fail if isinstance(on_fail, str) else "", "abstain")


def _finite(x: float | None) -> float | None:
    return None if x is None or not math.isfinite(x) else float(x)
