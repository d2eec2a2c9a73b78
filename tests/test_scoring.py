"""The scorer: featurizer, calibrator and gate in one estimator, with one missing-value policy
that is the same when fitting and when scoring."""
from __future__ import annotations

import json

import numpy as np
import pytest
from scipy.special import expit
from sklearn.exceptions import NotFittedError

from guard.calibration import GatedCalibrator
from guard.scoring import Scorer
from guard.signals.features import Observation


def observations(n: int = 200, seed: int = 0) -> tuple[list[Observation], np.ndarray]:
    """Answerable questions are correct when their hidden state says so; unanswerable never."""
    rng = np.random.default_rng(seed)
    answerable = rng.random(n) < 0.5
    know = rng.random(n) < 0.6
    y = (answerable & know).astype(int)
    obs = []
    for a, k in zip(answerable, know):
        h = rng.normal(size=(2, 8))
        h[0, 0] += 2.0 * (a - 0.5)
        h[1, 1] += 2.0 * (k - 0.5)
        obs.append(Observation({"mean_logprob": float(rng.normal(-1 + k)), "length": 5.0},
                               {"prompt": h}, bool(a)))
    return obs, y


SIGNALS = ("mean_logprob", "length", "hidden_prompt", "hidden_answerable")


def test_scores_are_the_gated_product_and_round_trip_through_json():
    obs, y = observations()
    scorer = Scorer(SIGNALS).fit(obs, y)
    assert isinstance(scorer.calibrator_, GatedCalibrator) and scorer.n_missing_ == 0
    s = scorer.score(obs)
    assert s.columns == SIGNALS and s.features.shape == (len(obs), 4)
    assert np.allclose(s.p_answerable, expit(s.features[:, 3]))
    assert np.all(s.p_correct <= s.p_answerable + 1e-12) and not any(s.missing)
    again = Scorer.from_dict(json.loads(json.dumps(scorer.to_dict())))
    assert np.allclose(again.score(obs).p_correct, s.p_correct)
    assert again.early_threshold_ == scorer.early_threshold_ is not None
    assert scorer.know_before_answer(obs[:3]).shape == (3,)


def test_a_missing_value_is_left_out_of_fitting_and_fails_closed_when_scoring():
    obs, y = observations()
    lacking = [Observation({"length": 5.0}, o.hidden, o.answerable) for o in obs[:20]]  # no log-prob
    no_hidden = [Observation(o.signals, {}, o.answerable) for o in obs[20:30]]
    inf = [Observation({**o.signals, "mean_logprob": -np.inf}, o.hidden, o.answerable) for o in obs[30:35]]
    scorer = Scorer(SIGNALS).fit([*lacking, *no_hidden, *inf, *obs[35:]], y)
    assert scorer.n_missing_ == 35
    clean = Scorer(SIGNALS).fit(obs[35:], y[35:])  # the same fit as without the incomplete rows
    assert np.allclose(clean.score(obs).p_correct, scorer.score(obs).p_correct)
    s = scorer.score([*lacking[:2], *no_hidden[:2], *inf[:1], obs[40]])
    assert list(s.p_correct[:5]) == [0.0] * 5 and s.p_correct[5] > 0
    assert s.missing[0] == ("mean_logprob",)
    assert s.missing[2] == ("hidden_prompt", "hidden_answerable") and np.isnan(s.p_answerable[2])
    assert s.missing[4] == ("mean_logprob",) and s.missing[5] == ()


def test_too_little_complete_data_is_a_clear_error():
    obs, y = observations(40)
    with pytest.raises(ValueError, match=r"cannot calibrate: 0 graded answers .*\(40 lacked a signal\)"):
        Scorer(SIGNALS).fit([Observation({}, o.hidden, o.answerable) for o in obs], y)
    with pytest.raises(NotFittedError):
        Scorer(SIGNALS).score(obs)


def test_without_an_answerability_probe_there_is_no_gate_and_no_p_answerable():
    obs, y = observations()
    scorer = Scorer(("mean_logprob", "hidden_prompt")).fit(obs, y)
    assert not isinstance(scorer.calibrator_, GatedCalibrator)
    assert np.isnan(scorer.score(obs[:4]).p_answerable).all()
    ungated = Scorer(SIGNALS, gate=False).fit(obs, y)
    assert not isinstance(ungated.calibrator_, GatedCalibrator)
