"""Answers outside what the threshold was calibrated on are said to be, and the policy for them
is explicit: flag (default), abstain or answer."""
from __future__ import annotations

import math
from dataclasses import replace

import pytest

from guard import Guard, load_model
from guard.scope import asks_for_description, outside_bound
from guard.threshold import ThresholdChoice
from guard.verdict import Policy, decide
from helpers import quiz_model, quiz_suite

THRESHOLD = ThresholdChoice(0.5, 0.1, 0.9, True, 100, 50, 2, 0.08, 0.4, 0.8, "ok")


@pytest.mark.parametrize("question", [
    "Tell me about the Eiffel Tower.", "Hey, tell me about Paris", "Describe the water cycle.",
    "Explain how vaccines work.", "What is the Danube like?", "What does kimchi taste like?",
    "Quick question: what are some facts about Mars?", "How does a transistor work?",
    "Can you give me an overview of the French Revolution?", "Please describe a tiger.",
])
def test_requests_for_a_description(question):
    assert asks_for_description(question)
    assert "asks for a description" in outside_bound(question, 20, 60)


@pytest.mark.parametrize("question", [
    "What is the capital of France?", "Who wrote Hamlet?", "In which year did the Berlin Wall fall?",
    "What is 7 times 8?", "Which planet is known as the Red Planet?", "What language is spoken in Brazil?",
])
def test_requests_for_a_fact(question):
    assert not asks_for_description(question) and outside_bound(question, 20, 60) == ""


def test_an_answer_longer_than_the_calibrated_ones_is_outside():
    assert "longer than the answers" in outside_bound("Who wrote Hamlet?", 90, 60)
    assert outside_bound("Who wrote Hamlet?", 90, None) == ""  # an old guard: length unknown


@pytest.mark.parametrize("policy, decision, text", [
    ("flag", "flag", "A tower of glass."), ("abstain", "abstain", "No."),
    ("answer", "answer", "A tower of glass.")])
def test_the_outside_bound_policy_decides_a_confident_answer(policy, decision, text):
    a = decide("Tell me about the Eiffel Tower.", "A tower of glass.", {"length": 4.0}, 0.87, None,
               (), "the question asks for a description", THRESHOLD,
               Policy(outside_bound=policy, abstain_message="No."))
    assert (a.decision, a.text, a.outcome) == (decision, text, "outside_bound")
    assert a.reason.startswith("outside the calibrated bound") and a.raw_text == "A tower of glass."


def test_below_the_threshold_the_on_fail_policy_decides_as_before():
    a = decide("Tell me about X.", "X is big.", {}, 0.2, None, (), "asks for a description",
               THRESHOLD, Policy(outside_bound="answer"))
    assert (a.decision, a.outcome) == ("abstain", "below_threshold")
    missing = decide("Who?", "Bob.", {"x": math.nan}, 0.0, None, ("x",), "", THRESHOLD, Policy())
    assert (missing.decision, missing.outcome, missing.reason) == (
        "abstain", "missing_signal", "a confidence signal is missing (x)")


def test_a_fitted_guard_records_the_longest_calibrated_answers_and_flags_longer_ones():
    guard = Guard.fit(load_model(quiz_model), quiz_suite(200), 0.2, 0.8, signals=("length",),
                      progress=False)
    assert guard.info.max_length is not None and guard.info.max_length >= 1
    short = guard.ask("What is 10 plus 13?")
    assert short.outcome == "passed"
    stretched = replace(guard.fitted_, info=replace(guard.info, max_length=0.5))
    flagged = Guard.from_fitted(guard.model, stretched).ask("What is 10 plus 13?")
    assert (flagged.decision, flagged.outcome, flagged.text) == ("flag", "outside_bound", "23")
    assert Guard.from_fitted(guard.model, stretched, outside_bound="answer").ask(
        "What is 10 plus 13?").decision == "answer"
