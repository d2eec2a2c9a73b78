"""The policy and verdict mapping, and what the verdict's reason says (no model needed)."""
from __future__ import annotations

import math
from dataclasses import replace

import pytest

from guard import GuardedAnswer
from guard.serve.parsing import Query, RequestError
from guard.serve.verdicts import (GuardFacts, foreign_prompt, guard_policy_name, policy_of,
                                  request_notes, verdict_of)

FACTS = GuardFacts(threshold=0.6, calibration_system="Answer concisely.", max_new_tokens=48,
                   abstain_message="I don't know.", default_policy="abstain")
PASSED = GuardedAnswer("Paris.", 0.9, "answer", question="q", raw_text="Paris.", p_answerable=0.95)
LOW = GuardedAnswer("Lyon.", 0.2, "flag", question="q", raw_text="Lyon.",
                    reason="confidence 0.200 below threshold 0.600", p_answerable=0.4,
                    outcome="below_threshold")
OUTSIDE = GuardedAnswer("A tower of glass.", 0.9, "flag", question="Tell me about it.",
                        raw_text="A tower of glass.", outcome="outside_bound",
                        reason="outside the calibrated bound: the question asks for a description")
DECLINED = GuardedAnswer("I don't know who that is.", 0.7, "abstain", question="q",
                         raw_text="I don't know who that is.", reason="the model abstained",
                         outcome="model_abstained")
EARLY = GuardedAnswer("I don't know.", 0.0, "abstain", question="q", outcome="before_answer",
                      reason="before answering: P(knows) 0.010 < 0.100", finish_reason="gated")


@pytest.mark.parametrize("policy", ["abstain", "flag", "block"])
def test_a_passing_answer_is_shown_under_every_policy(policy):
    v = verdict_of(replace(PASSED, finish_reason="length"), policy, FACTS)
    assert (v.decision, v.label, v.content, v.blocked, v.passed) == ("answer", "answer", "Paris.", False, True)
    assert v.as_json() == {"decision": "answer", "confidence": 0.9, "p_answerable": 0.95,
                           "threshold": 0.6, "reason": ""}
    assert v.finish_reason == "length"


def test_below_threshold_abstain_flag_and_block():
    a = verdict_of(LOW, "abstain", FACTS)
    assert (a.decision, a.content, a.blocked, a.passed) == ("abstain", "I don't know.", False, False)
    assert a.reason == "confidence 0.200 below threshold 0.600"
    f = verdict_of(replace(LOW, finish_reason="length"), "flag", FACTS)
    assert (f.decision, f.content, f.label, f.finish_reason) == ("flag", "Lyon.", "flag", "length")
    b = verdict_of(LOW, "block", FACTS)
    assert b.blocked and b.label == "block" and b.as_json()["decision"] == "block"


@pytest.mark.parametrize("answer", [DECLINED, EARLY])
def test_model_and_before_answer_abstentions_stay_abstentions(answer):
    assert verdict_of(answer, "flag", FACTS).decision == "abstain"
    assert verdict_of(answer, "flag", FACTS).content == answer.text
    assert verdict_of(answer, "flag", FACTS).finish_reason == "stop"  # never "gated" on the wire
    assert verdict_of(answer, "block", FACTS).blocked


@pytest.mark.parametrize("policy", ["abstain", "flag"])
def test_an_answer_outside_the_bound_stays_flagged_whatever_the_below_threshold_policy(policy):
    v = verdict_of(OUTSIDE, policy, FACTS)
    assert (v.decision, v.content) == ("flag", "A tower of glass.")
    assert "outside the calibrated bound" in v.reason and not v.blocked


def test_declined_answer_above_threshold_counts_as_let_through_for_the_drift_window():
    # coverage counts every calibration question whose confidence reached the threshold
    assert verdict_of(DECLINED, "abstain", FACTS).passed
    assert not verdict_of(EARLY, "abstain", FACTS).passed


def test_unreachable_target_and_missing_confidence_are_json_safe():
    facts = GuardFacts(math.inf, None, 48, "No.", "abstain")
    v = verdict_of(GuardedAnswer("x", math.nan, "flag", raw_text="x", reason="target unreachable",
                                 outcome="unreachable"), "abstain", facts)
    assert v.as_json()["threshold"] is None and v.as_json()["confidence"] is None and not v.passed


def test_notes_say_every_departure_from_the_request_or_the_calibration():
    q = Query("chat", ("q",), system="Be a pirate.", dropped_turns=3, n=2, max_tokens=10,
              temperature=0.8)
    notes = request_notes(q, FACTS)
    assert len(notes) == 5 and foreign_prompt(q, FACTS)
    assert "3 earlier message(s) were not" in notes[0]
    assert "guarantee was calibrated for another prompt" in notes[1]
    assert "max_tokens=10 not applied" in notes[2] and "up to 48 tokens" in notes[2]
    assert "temperature=0.8 not applied: answered greedily" in notes[3]
    v = verdict_of(LOW, "flag", FACTS, notes)
    assert v.reason.startswith("confidence 0.200 below") and v.reason.count("; ") == 5
    same = Query("chat", ("q",), system="Answer concisely.", max_tokens=48, temperature=0.0)
    assert request_notes(same, FACTS) == () and not foreign_prompt(same, FACTS)


def test_policy_precedence_and_guard_policies():
    assert policy_of(Query("chat", ("q",), policy="flag"), "block", FACTS) == "flag"
    assert policy_of(Query("chat", ("q",)), "block", FACTS) == "block"
    assert policy_of(Query("chat", ("q",)), None, FACTS) == "abstain"
    assert [guard_policy_name(p) for p in ("abstain", "flag", "raise", print)] == [
        "abstain", "flag", "block", "abstain"]


def test_a_locked_policy_refuses_a_request_naming_another():
    with pytest.raises(RequestError, match="does not let clients choose the policy") as info:
        policy_of(Query("chat", ("q",), policy="flag"), "block", FACTS, client_policy="deny")
    assert (info.value.status, info.value.param, info.value.code) == (400, "guard_on_fail",
                                                                      "client_policy_not_allowed")
    with pytest.raises(RequestError):  # the guard's own policy (abstain) is the server's here
        policy_of(Query("chat", ("q",), policy="block"), None, FACTS, client_policy="deny")
    same = Query("chat", ("q",), policy="block")
    assert policy_of(same, "block", FACTS, client_policy="deny") == "block"
    assert policy_of(Query("chat", ("q",)), None, FACTS, client_policy="deny") == "abstain"
