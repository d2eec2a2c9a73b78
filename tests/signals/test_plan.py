"""The signal plan: what a set of signals makes a backend capture, worked out from the
registry's declarations alone; and a new signal added by declaring it in the registry only."""
from __future__ import annotations

import numpy as np
import pytest

import probes
from guard import GenerateOptions, Guard, load_model, run_suite
from guard.signals import DEFAULT_SIGNALS, SIGNALS, Reads, Signal, candidate_layers, plan
from helpers import quiz_model, quiz_suite


def test_the_default_signals_on_an_in_process_model(tiny):
    p = plan(DEFAULT_SIGNALS, tiny)
    assert p.hidden_layers == candidate_layers(tiny.num_layers) == (1, 2, 3)
    # the answerability probe reads the question's familiarity from its tokens' log-probs
    assert p.positions == ("prompt", "question", "answer") and p.prompt_logprobs
    assert not plan(("hidden_prompt", "hidden_answer"), tiny).prompt_logprobs
    assert p.before_answer == "hidden_prompt" and p.extra == () and not p.unavailable
    options = p.options(GenerateOptions(max_new_tokens=3))
    assert options.hidden_layers == (1, 2, 3) and options.max_new_tokens == 3
    extra = plan(("question_surprisal", "p_ik", "agreement", "hidden_question_answerable"), tiny)
    assert extra.prompt_logprobs and extra.extra == ("p_ik", "agreement")
    assert extra.positions == ("prompt", "question") and extra.before_answer == "hidden_question_answerable"
    # a claim's samples are drawn beside its claims (`claim_samples`), not as an answer signal
    assert plan(("length", "claim_agreement"), tiny).extra == ()
    assert plan(("mean_logprob", "length"), tiny).hidden_layers == ()


def test_what_a_backend_cannot_provide_is_named_with_the_reason():
    box = load_model(quiz_model)
    p = plan(("length", "mean_logprob", "hidden_prompt", "p_true"), box)
    assert set(p.unavailable) == {"mean_logprob", "hidden_prompt", "p_true"}
    assert "needs prompt_hidden" in p.unavailable["hidden_prompt"]
    with pytest.raises(ValueError, match="signal 'mean_logprob' needs logprobs.*signal 'hidden_prompt'"):
        p.check()
    with pytest.raises(ValueError, match="unknown signal"):
        plan(("vibes",), box)
    with pytest.raises(ValueError, match="duplicate"):
        plan(("length", "length"), box)


def shouting(g) -> float:
    """A toy signal: the share of capital letters in the answer."""
    letters = [c for c in g.text if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def test_a_new_signal_is_declared_in_the_registry_and_nowhere_else(monkeypatch, tmp_path):
    """Declaring a single-pass signal is all it takes: fit, ask, records and the guard file
    pick it up through the plan and the registry."""
    monkeypatch.setitem(SIGNALS, "shouting", Signal("shouting", "single_pass", Reads(), "capitals",
                                                    value=shouting))
    model = load_model(quiz_model)
    guard = Guard.fit(model, quiz_suite(160), 0.2, 0.8, signals=("length", "shouting"), progress=False)
    answer = guard.ask("What is 4 plus 7?")
    assert set(answer.signals) == {"length", "shouting"}
    loaded = Guard.load(guard.save(tmp_path / "g.json"), model)
    assert loaded.ask("What is 4 plus 7?") == answer


def test_a_new_hidden_state_probe_is_captured_and_fitted_from_its_declaration(tiny, monkeypatch):
    """A probe reading a position no default signal reads alone (the question's tokens),
    learning correctness: the plan captures that position, the featurizer fits it."""
    monkeypatch.setitem(SIGNALS, "hidden_question_correct", Signal(
        "hidden_question_correct", "hidden_probe", Reads("hidden_states", ("question",)),
        "P(correct) from the question's tokens", target="correct"))
    p = plan(("mean_logprob", "hidden_question_correct"), tiny)
    assert p.positions == ("question",) and p.hidden_layers and p.before_answer == "hidden_question_correct"
    qs = [f"Question {i} about {w}?" for i in range(40) for w in ("Hamlet", "Paris")]
    suite = probes.ProbeSuite("toy", tuple(probes.Probe(f"q{i}", q, ("zzz",), True, "c")
                                           for i, q in enumerate(qs)))
    records = run_suite(tiny, suite, options=p.options(GenerateOptions(max_new_tokens=2)), progress=False)
    score = np.array([r.hidden()["question"][-1, 0] for r in records])
    graded = [r.__class__(**{**r.__dict__, "grade": probes.Grade.CORRECT if s > np.median(score)
                             else probes.Grade.INCORRECT}) for r, s in zip(records, score)]
    guard = Guard.fit_records(tiny, graded, 0.4, 0.6, signals=("mean_logprob", "hidden_question_correct"),
                              generation={"max_new_tokens": 2})
    assert "hidden_question_correct" in guard.fitted_.scorer.featurizer_.probes
    assert "hidden_question_correct" in guard.ask(qs[0]).signals
