"""Extra-pass signals (P(IK), P(True)) inside the guard: stored by run_suite, fitted like any
signal, recomputed by ask with the same values, refused by backends that cannot give them."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

import probes
from guard import Capabilities, GenerateOptions, Guard, load_model
from guard.signals import check_signals, of_kind
from guard.fitting import fit_records
from guard.runner import run_suite
from guard.signals.self_eval import p_ik, p_true


@pytest.fixture(scope="module")
def tiny_extra(tiny):
    opts = GenerateOptions(max_new_tokens=3, top_k=5)
    suite = probes.ProbeSuite("t", tuple(
        probes.Probe(f"q{i}", f"Question {i} about Hamlet?", ("zzz",) if i % 2 == 0 else None,
                     i % 2 == 0, "c") for i in range(30)), seed=0)
    records = run_suite(tiny, suite, options=opts, progress=False, extra=("p_ik", "p_true"))
    cut = np.median([r.signals["mean_logprob"] for r in records])  # a label the fit can learn
    records = [replace(r, grade=probes.Grade.CORRECT if r.signals["mean_logprob"] > cut
                       else probes.Grade.INCORRECT) for r in records]
    return suite, opts, records


def test_run_suite_stores_the_extra_pass_values(tiny, tiny_extra):
    suite, _, records = tiny_extra
    qs, answers = [r.question for r in records], [r.text for r in records]
    assert np.allclose([r.signals["p_ik"] for r in records], p_ik(tiny, qs))
    assert np.allclose([r.signals["p_true"] for r in records], p_true(tiny, qs, answers))


def test_guard_recomputes_extra_signals_like_the_records(tiny, tiny_extra, tmp_path):
    suite, opts, records = tiny_extra
    fitted = fit_records(records, ("mean_logprob", "p_ik", "p_true"), target=0.4, confidence_level=0.6)
    guard = Guard.from_fitted(tiny, fitted, options=opts)
    answers = guard.ask_many([r.question for r in records[:8]])
    for a, r in zip(answers, records[:8]):
        assert a.raw_text == r.text
        assert a.signals["p_ik"] == pytest.approx(r.signals["p_ik"], abs=1e-6)
        assert a.signals["p_true"] == pytest.approx(r.signals["p_true"], abs=1e-6)
    judged = guard.judge_records(records[:8])
    assert [j.decision for j in judged] == [a.decision for a in answers]
    loaded = Guard.load(guard.save(tmp_path / "g.json"), tiny)
    assert loaded.ask_many([r.question for r in records[:8]]) == answers
    guarded = guard.run(suite, progress=False)
    assert [g.signals["p_ik"] for g in guarded] == pytest.approx([r.signals["p_ik"] for r in records], abs=1e-6)


def test_backends_without_first_token_odds_are_refused(tiny_extra):
    _, _, records = tiny_extra
    fitted = fit_records(records, ("p_ik",), target=0.4, confidence_level=0.6)
    with pytest.raises(ValueError, match="'p_ik' needs top_k"):
        Guard.from_fitted(load_model(lambda p: "x"), fitted)

    class TopKWithoutTokenizer:  # what an HTTP endpoint offers
        name, capabilities = "endpoint", Capabilities(logprobs=True, top_k=True)

    with pytest.raises(ValueError, match="no tokenizer"):
        check_signals(["mean_logprob", "p_true"], TopKWithoutTokenizer())
    check_signals(["mean_logprob"], TopKWithoutTokenizer())  # nothing extra: fine
    assert of_kind(["length", "p_ik", "hidden_prompt"], "extra_pass") == ("p_ik",)


def test_missing_extra_value_fails_closed(tiny, tiny_extra):
    _, opts, records = tiny_extra
    fitted = fit_records(records, ("mean_logprob", "p_ik"), target=0.4, confidence_level=0.6)
    guard = Guard.from_fitted(tiny, fitted, options=opts)
    stripped = replace(records[0], signals={"mean_logprob": records[0].signals["mean_logprob"]})
    assert guard.judge_records([stripped])[0].decision == "abstain"
