"""A user's own distribution: importance weights and the shift diagnostic (guard.shift), and
fitting with a labelled sample or unlabelled questions (guard.fitting)."""
from __future__ import annotations

import numpy as np
import pytest

from guard import Guard, load_model
from guard.fitting import LABELLED, PROBES, WEIGHTED, fit_records
from guard.shift import ShiftDiagnostic, effective_sample_size, importance_weights, tempered
from guard.signals.features import Observation
from guard.threshold import select_threshold
from helpers import quiz_model, quiz_suite


def hidden(n: int, shift: float, seed: int) -> np.ndarray:
    """(n, 2 layers, 8) hidden states; `shift` moves the first feature of every layer."""
    H = np.random.default_rng(seed).normal(size=(n, 2, 8))
    H[:, :, 0] += shift
    return H


def test_same_distribution_gives_even_weights_and_an_auroc_near_half():
    w, diag = importance_weights(hidden(400, 0.0, 1), hidden(200, 0.0, 2))
    assert 0.35 < diag.auroc < 0.65 and diag.n_probe == 400 and diag.n_user == 200
    assert diag.effective_sample_size > 300 and w.mean() == pytest.approx(1.0, rel=0.3)


def test_shifted_questions_are_told_apart_and_weighted_toward_the_user():
    H_probe, H_user = hidden(400, 0.0, 1), hidden(200, 1.5, 2)
    w, diag = importance_weights(H_probe, H_user)
    assert diag.auroc > 0.8 and diag.effective_sample_size < 0.8 * 400  # uneven weights cost samples
    near_user = H_probe[:, 0, 0] > 1.0
    assert w[near_user].mean() > 1.5 * w[~near_user].mean()  # probes like the user's count more
    assert w.max() <= 20 * w.mean() + 1e-9 and "AUROC" in diag.summary()
    assert effective_sample_size(np.ones(10)) == 10 and effective_sample_size(np.r_[1.0, np.zeros(9)]) == 1
    with pytest.raises(ValueError, match=">= 10 questions"):
        importance_weights(H_probe, H_user[:5])


def test_barely_overlapping_questions_get_tempered_weights_that_keep_a_share_of_the_sample():
    H_probe, H_user = hidden(400, 0.0, 1), hidden(200, 0.0, 2)
    H_user[:, :, :4] += 1.5
    full, raw = importance_weights(H_probe, H_user, min_effective_share=0.0)
    w, diag = importance_weights(H_probe, H_user, min_effective_share=0.5)
    assert raw.tempering == 1.0 and raw.effective_sample_size < 200  # the full correction
    assert 0 < diag.tempering < 1 and diag.untempered_ess == pytest.approx(raw.effective_sample_size)
    assert 200 <= diag.effective_sample_size < 205 and "tempered to the power" in diag.summary()
    order = np.argsort(full)
    assert (np.diff(w[order]) >= -1e-12).all()  # the same ranking, flatter
    toward = H_probe[:, 0, :4].sum(axis=1)
    assert w[toward > 2].mean() > 1.5 * w[toward < -2].mean()
    assert ShiftDiagnostic.from_dict(diag.to_dict()) == diag
    same, lam = tempered(np.ones(50), 40)
    assert lam == 1.0 and (same == 1).all()


def test_a_labelled_sample_alone_sets_the_threshold():
    model = load_model(quiz_model)
    suite, sample = quiz_suite(160), quiz_suite(240)
    plain = Guard.fit(model, suite, 0.2, 0.8, signals=("length",), progress=False)
    probe_records = _records(model, suite)
    sample_records = _records(model, sample)
    fitted = fit_records(probe_records, ("length",), target=0.2, confidence_level=0.8,
                         labelled=sample_records)
    assert fitted.info.threshold_on == LABELLED and plain.info.threshold_on == PROBES
    assert fitted.info.n_threshold == sum(r.grade.value != "ungraded" for r in sample_records)
    assert fitted.info.n_fit == len(probe_records)  # the calibrator learns from every probe
    scores = fitted.scorer.score([Observation.of_record(r) for r in sample_records]).p_correct
    again = select_threshold(scores, [r.grade for r in sample_records], 0.2, 0.8)
    assert fitted.threshold == again and fitted.threshold.method == "exact"


def test_unlabelled_questions_weight_the_threshold_part_and_need_hidden_states(tiny):
    from guard.runner import run_suite
    from guard.options import options_for

    model = load_model(quiz_model)
    with pytest.raises(ValueError, match="hidden states"):
        fit_records(_records(model, quiz_suite(80)), ("length",), target=0.3, confidence_level=0.7,
                    user_hidden=hidden(20, 0.0, 0))
    opts = options_for(tiny, "neutral", ("mean_logprob", "hidden_prompt"), max_new_tokens=3)
    records = run_suite(tiny, quiz_suite(120), options=opts, progress=False)
    records = [r.__class__(**{**r.__dict__, "grade": g}) for r, g in
               zip(records, _labels(records))]
    H_user = np.stack([r.hidden()["prompt"] for r in records[:30]]) + 0.01
    fitted = fit_records(records, ("mean_logprob", "hidden_prompt"), target=0.3, confidence_level=0.7,
                         user_hidden=H_user)
    assert fitted.info.threshold_on == WEIGHTED and fitted.threshold.method == "weighted (approximate)"
    assert fitted.info.shift.n_user == 30 and 0 < fitted.threshold.n_effective <= fitted.info.n_threshold


def _records(model, suite):
    from guard.runner import run_suite

    return run_suite(model, suite, progress=False)


def _labels(records):
    """Alternate correct and incorrect answers, so a calibrator has both classes."""
    from probes import Grade

    return [Grade.CORRECT if i % 3 == 0 else Grade.INCORRECT for i in range(len(records))]
