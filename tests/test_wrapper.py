"""Guard.fit / ask / ask_many / policies on a deterministic black-box model and the tiny model."""
from __future__ import annotations

import json
import math
from dataclasses import replace

import numpy as np
import pytest

import probes
from guard import GenerateOptions, Guard, GuardAbstained, GuardedAnswer, load_model
from guard.fitting import fit_records
from guard.records import Record
from guard.threshold import ThresholdChoice
from helpers import quiz_model, quiz_suite


@pytest.fixture(scope="module")
def quiz_guard():
    model = load_model(quiz_model)
    return Guard.fit(model, quiz_suite(200), target_hallucination=0.2, confidence_level=0.8,
                     signals=("length",), progress=False)


def test_fit_learns_that_long_answers_are_wrong(quiz_guard):
    t = quiz_guard.threshold
    assert t.reachable and math.isfinite(t.threshold)
    short = quiz_guard.ask("What is 10 plus 13?")
    long = quiz_guard.ask("What is 4 plus 7?")
    assert short.decision == "answer" and short.text == "23"
    assert long.decision == "abstain" and long.text == "I don't know."
    assert long.raw_text.startswith("I believe") and short.confidence > long.confidence
    assert 0 <= long.confidence <= 1 and set(short.signals) == {"length"}


def test_model_abstention_is_passed_on_as_abstain(quiz_guard):
    a = quiz_guard("Who is Zarnik Vell number 7?")
    assert a.decision == "abstain" and a.reason == "the model abstained"


def test_ask_many_equals_one_by_one(quiz_guard):
    qs = ["What is 1 plus 4?", "What is 9 plus 12?", "Who is Zarnik Vell number 5?"]
    assert quiz_guard.ask_many(qs) == [quiz_guard.ask(q) for q in qs]


def test_on_fail_policies(quiz_guard):
    q = "What is 4 plus 7?"
    flagged = quiz_guard.with_runtime(on_fail="flag").ask(q)
    assert flagged.decision == "flag" and flagged.text.startswith("I believe")
    assert flagged.outcome == "below_threshold"
    with pytest.raises(GuardAbstained, match="abstained on 1 of 2") as info:
        quiz_guard.with_runtime(on_fail="raise").ask_many([q, "What is 1 plus 4?"])
    assert [a.decision for a in info.value.answers] == ["abstain", "answer"]
    custom = quiz_guard.with_runtime(on_fail=lambda a: f"Not sure ({a.confidence:.2f})").ask(q)
    assert custom.text.startswith("Not sure (") and custom.decision == "abstain"
    assert quiz_guard.with_runtime(abstain_message="Ask a human.").ask(q).text == "Ask a human."
    assert quiz_guard.ask_many([q], on_fail="flag")[0].decision == "flag"  # one call only
    assert quiz_guard.ask(q).decision == "abstain"
    with pytest.raises(ValueError, match="on_fail"):
        quiz_guard.with_runtime(on_fail="ignore")
    with pytest.raises(TypeError, match="cannot change"):
        quiz_guard.with_runtime(target_hallucination=0.5)


def test_unreachable_target_abstains_on_everything(quiz_guard):
    none = ThresholdChoice(math.inf, 0.01, 0.99, False, 10, 5, 0, 0.0, 0.0, 0.0,
                           "target unreachable: too few")
    g = Guard.from_fitted(quiz_guard.model, replace(quiz_guard.fitted_, threshold=none))
    answers = g.ask_many(["What is 1 plus 4?", "What is 10 plus 13?"])
    assert all(a.decision == "abstain" and "unreachable" in a.reason for a in answers)
    assert {a.outcome for a in answers} == {"unreachable"}


def test_signals_the_backend_cannot_provide_are_refused(quiz_guard):
    with pytest.raises(ValueError, match="needs logprobs"):
        Guard.fit(quiz_guard.model, quiz_suite(20), signals=("mean_logprob",), progress=False)


def test_fit_needs_both_correct_and_incorrect():
    model = load_model(lambda p: "I don't know.")
    with pytest.raises(ValueError, match="both correct and incorrect"):
        Guard.fit(model, quiz_suite(40), signals=("length",), progress=False)


def _synthetic_records(tiny, n=60):
    """Records with real tiny-model signals; labels follow mean log-prob so calibration works."""
    qs = [f"Question number {i} about Hamlet?" for i in range(n)]
    gens = tiny.generate(qs, GenerateOptions(max_new_tokens=4))
    from guard.signals import LOGPROB_SIGNALS, SIGNALS

    feats = [[SIGNALS[n].value(g) for n in LOGPROB_SIGNALS] for g in gens]
    cut = np.median([f[0] for f in feats])
    recs = []
    for i, (g, f) in enumerate(zip(gens, feats)):
        grade = probes.Grade.CORRECT if f[0] > cut else probes.Grade.INCORRECT
        recs.append(Record(f"q{i}", g.question, "c", "factoid", True, ("x",), "tiny", "neutral",
                           g.text, grade, signals=dict(zip(LOGPROB_SIGNALS, map(float, f)))))
    return qs, recs


def test_tiny_model_guard_batched_equals_single(tiny):
    qs, recs = _synthetic_records(tiny)
    fitted = fit_records(recs, ("mean_logprob", "min_logprob", "length"), target=0.5,
                         confidence_level=0.6)
    guard = Guard.from_fitted(tiny, fitted, options=GenerateOptions(max_new_tokens=4, batch_size=4))
    many = guard.ask_many(qs[:6])
    for q, a in zip(qs[:6], many):
        b = guard.ask(q)
        assert (a.text, a.decision) == (b.text, b.decision)
        assert abs(a.confidence - b.confidence) < 1e-3  # float noise of padding only
    assert all(isinstance(a, GuardedAnswer) for a in many)


def test_judging_stored_records_matches_asking(quiz_guard):
    from guard import run_suite

    suite = quiz_suite(30)
    live = quiz_guard.run(suite, progress=False)
    stored = quiz_guard.judge_records(run_suite(quiz_guard.model, suite, progress=False))
    assert [(r.confidence, r.decision) for r in stored] == [(r.confidence, r.decision) for r in live]
    asked = quiz_guard.ask_many([p.question for p in suite])
    assert [a.decision for a in asked] == [r.decision for r in live]


def test_evaluate_is_run_then_evaluate_records_and_writes_the_reports(quiz_guard, tmp_path):
    from guard.reporting import evaluate_records

    suite = quiz_suite(30)
    report = quiz_guard.evaluate(suite, out=tmp_path, progress=False)
    again = evaluate_records(quiz_guard.run(suite, progress=False))
    assert report.evaluation.to_dict() == again.to_dict()  # (NaN fields compare as None)
    assert report.threshold == quiz_guard.threshold.threshold and report.guard == "in memory"
    written = json.loads((tmp_path / "report.json").read_text())
    assert written["guarded"] == report.evaluation.guarded.to_dict() and written["kind"] == "eval"
    assert (tmp_path / "report.md").is_file() and (tmp_path / "report.html").is_file()


def test_a_guard_is_an_estimator_configured_first_and_fitted_second(quiz_guard):
    from sklearn.exceptions import NotFittedError

    from guard.signals import default_signals

    guard = Guard(quiz_guard.model, target_hallucination=0.2, confidence_level=0.8)
    assert guard.signals == default_signals(quiz_guard.model.capabilities) == ("length",)
    assert not hasattr(guard, "fitted_") and "not fitted" in repr(guard)
    with pytest.raises(NotFittedError, match="not fitted"):
        guard.ask("What is 1 plus 4?")
    assert guard.fit(quiz_suite(200), progress=False) is guard  # scikit-learn's fit returns self
    assert guard.threshold == quiz_guard.threshold  # the same data, the same calibration
    assert guard.ask("What is 10 plus 13?") == quiz_guard.ask("What is 10 plus 13?")


@pytest.mark.parametrize("bad, match", [
    (dict(target_hallucination=10), "target_hallucination must be a number strictly between"),
    (dict(confidence_level=1.0), "confidence_level must be"),
    (dict(calibrator="forest"), "unknown calibrator"),
    (dict(prompt="pirate"), "unknown prompt"),
    (dict(signals=("vibes",)), "unknown signal"),
    (dict(outside_bound="maybe"), "outside_bound must be one of"),
    (dict(generation={"temperature": 1.0}), "cannot be changed"),
    (dict(generation={"max_new_tokens": 0}), "max_new_tokens must be >= 1"),
    (dict(fit_fraction=0), "fit_fraction must be"),
    (dict(colour="red"), "unknown guard setting"),
])
def test_settings_are_validated_once_when_the_guard_is_made(quiz_guard, bad, match):
    with pytest.raises((ValueError, TypeError), match=match):
        Guard(quiz_guard.model, **bad)
    with pytest.raises((ValueError, TypeError), match=match):
        Guard.fit(quiz_guard.model, quiz_suite(20), **bad)


def test_the_old_confidence_keyword_still_works_with_a_warning(quiz_guard):
    with pytest.warns(DeprecationWarning, match="confidence_level"):
        old = Guard.fit(quiz_guard.model, quiz_suite(200), target_hallucination=0.2,
                        confidence=0.8, signals=("length",), progress=False)
    assert old.threshold == quiz_guard.threshold and old.config.confidence_level == 0.8
    with pytest.raises(ValueError, match="confidence_level= only"):
        Guard(quiz_guard.model, confidence=0.8, confidence_level=0.9)
