"""P(answerable) from one probe per family of unknowns (`guard.signals.family_probe`)."""
from __future__ import annotations

import json

import numpy as np
import pytest
from sklearn.metrics import roc_auc_score
from sklearn.utils.validation import NotFittedError

from guard.signals.family_probe import MIN_FAMILY, FamilyProbe, probe_from_dict
from guard.signals.features import Featurizer, Observation
from guard.signals.hidden_probe import HiddenStateProbe
from probes.categories import FAMILIES, NAME_UNKNOWNS, UNKNOWN_NAMES, unknown_family


def two_families(n_answerable=300, n_names=300, n_other=40, seed=0):
    """Answerable questions, many unknowns with unusual words (dimension 0 high) and few in
    plain words (dimension 0 low) that differ along dimension 1: the shape of the default suite,
    where invented names outnumber the rest."""
    rng = np.random.default_rng(seed)
    n = n_answerable + n_names + n_other
    H = rng.normal(size=(n, 2, 16))
    y = np.r_[np.ones(n_answerable), np.zeros(n_names + n_other)].astype(int)
    family = np.array(["other"] * n_answerable + ["names"] * n_names + ["other"] * n_other, dtype=object)
    H[y == 0, :, 0] += np.where(family[y == 0] == "names", 2.0, -1.5)[:, None]
    H[y == 0, :, 1] += np.where(family[y == 0] == "other", 1.5, 0.0)[:, None]
    return H, y, family


def test_each_family_gets_its_probe_and_the_lowest_decides():
    """A question that looks unknown to either family's probe is unknown; the rare family is
    ranked right, where one probe fitted on all unknowns together ranks it backwards."""
    H, y, family = two_families()
    T, yt, ft = two_families(seed=1)
    probe = FamilyProbe().fit(H, y, family)
    assert probe.families_ == ["names", "other"] and len(probe.probes_) == 2
    assert [h.n_inputs for h in probe.heads_] == [0, 0]  # no inputs given
    logits = [h.logit(p.logits(T)[:, None]) for p, h in zip(probe.probes_, probe.heads_)]
    assert np.allclose(probe.predict_confidence(T),
                       1 / (1 + np.exp(-(probe.scale_ * np.min(logits, axis=0) + probe.shift_))))
    rare = (yt == 1) | (ft == "other")
    single = HiddenStateProbe().fit(H, y)
    # one probe learns "unusual words = unknown" and ranks the plain-word unknowns backwards
    assert roc_auc_score(yt[rare], probe.predict_confidence(T)[rare]) > 0.6
    assert roc_auc_score(yt[rare], single.predict_confidence(T)[rare]) < 0.4
    assert roc_auc_score(yt, probe.predict_confidence(T)) > roc_auc_score(yt, single.predict_confidence(T))


def test_out_of_fold_scores_are_calibrated_probabilities():
    H, y, family = two_families()
    probe = FamilyProbe().fit(H, y, family)
    assert probe.oof_.shape == y.shape and abs(probe.oof_.mean() - y.mean()) < 0.02
    assert roc_auc_score(y, probe.oof_) < roc_auc_score(y, probe.predict_confidence(H)) + 0.01
    assert probe.scale_ > 0


def test_small_families_join_the_largest_and_no_families_is_one_probe():
    H, y, family = two_families(n_other=MIN_FAMILY - 1)
    assert FamilyProbe().fit(H, y, family).families_ == ["names"]
    assert FamilyProbe().fit(H, y).families_ == [""]
    one = FamilyProbe().fit(H, y, ["x"] * len(y))
    assert roc_auc_score(y, one.oof_) == pytest.approx(roc_auc_score(y, one.probes_[0].oof_))


def unfamiliar_names(n=600, seed=0):
    """Hidden states that barely tell invented names from real ones, and one familiarity input
    (the surprisal of the question's least familiar word) that does; the plain-word unknowns are
    found by the hidden states and have ordinary surprisal."""
    H, y, family = two_families(n_answerable=n // 2, n_names=n // 2 - 60, n_other=60, seed=seed)
    rng = np.random.default_rng(seed + 100)
    names = (y == 0) & (family == "names")
    H[names, :, 0] -= 1.8  # the names' hidden-state shift is (almost) gone
    surprisal = rng.normal(size=len(y)) + 2.5 * names
    return H, y, family, np.column_stack([surprisal, rng.normal(size=len(y))])


def test_the_names_family_reads_the_familiarity_inputs_and_the_others_do_not():
    H, y, family, S = unfamiliar_names()
    T, yt, ft, St = unfamiliar_names(seed=1)
    probe = FamilyProbe().fit(H, y, family, S)
    assert probe.n_inputs_ == 2 and [h.n_inputs for h in probe.heads_] == [2, 0]
    blind = FamilyProbe().fit(H, y, family)
    names = (yt == 1) | (ft == "names")
    assert roc_auc_score(yt[names], probe.predict_confidence(T, St)[names]) > 0.9
    assert roc_auc_score(yt[names], blind.predict_confidence(T)[names]) < 0.8
    assert probe.heads_[0].coef[1] < 0  # a surprising word means less answerable
    other = (yt == 1) | (ft == "other")
    assert roc_auc_score(yt[other], probe.predict_confidence(T, St)[other]) > 0.8
    assert abs(probe.oof_.mean() - y.mean()) < 0.02
    with pytest.raises(ValueError, match="reads 2 familiarity signals beside the hidden states; got 0"):
        probe.predict_confidence(T)
    with pytest.raises(ValueError, match="got 1"):
        probe.predict_confidence(T, St[:, :1])
    with pytest.raises(ValueError, match="one row of scalar signals per question"):
        probe.predict_confidence(T, St[:5])
    assert np.isnan(probe.predict_confidence(T[:1], np.full((1, 2), np.nan))).all()  # missing stays missing
    assert FamilyProbe(with_inputs=()).fit(H, y, family, S).n_inputs_ == 0
    S[3, 1] = np.nan
    with pytest.raises(ValueError, match="missing or infinite"):
        FamilyProbe().fit(H, y, family, S)
    again = probe_from_dict(json.loads(json.dumps(probe.to_dict())))
    assert np.allclose(again.predict_confidence(T, St), probe.predict_confidence(T, St))


def test_round_trip_old_files_and_bad_input():
    H, y, family = two_families()
    probe = FamilyProbe().fit(H, y, family)
    again = probe_from_dict(json.loads(json.dumps(probe.to_dict())))
    assert isinstance(again, FamilyProbe) and again.families_ == probe.families_
    assert np.allclose(again.predict_confidence(H), probe.predict_confidence(H))
    single = HiddenStateProbe().fit(H, y)
    assert isinstance(probe_from_dict(single.to_dict()), HiddenStateProbe)  # files before families
    old = probe.to_dict()  # a file before the heads: the lowest raw logit, recalibrated
    del old["heads"], old["params"]["with_inputs"]
    old_probe = FamilyProbe.from_dict(old)
    lowest = np.min([p.logits(H) for p in probe.probes_], axis=0)
    assert old_probe.n_inputs_ == 0
    assert np.allclose(old_probe.predict_confidence(H), 1 / (1 + np.exp(-(probe.scale_ * lowest + probe.shift_))))
    with pytest.raises(ValueError, match="another model"):
        probe.predict_confidence(H[:, :1])
    with pytest.raises(NotFittedError):
        FamilyProbe().predict_confidence(H)
    with pytest.raises(ValueError, match="families has 3 entries"):
        FamilyProbe().fit(H, y, ["names"] * 3)
    with pytest.raises(ValueError, match="both answerable and unanswerable"):
        FamilyProbe().fit(H, np.ones(len(y), dtype=int))
    broken = probe.to_dict()
    broken["families"] = ["names"]
    with pytest.raises(ValueError, match="families, probes and heads do not match"):
        FamilyProbe.from_dict(broken)
    broken = probe.to_dict()
    broken["heads"][0]["coef"] = [1.0, 2.0]
    with pytest.raises(ValueError, match="a head's mean, scale and coef do not match"):
        FamilyProbe.from_dict(broken)


def test_the_featurizer_fits_answerability_probes_by_family_from_observations():
    """`Observation.family` (from a record's generator) reaches the answerability probe."""
    H, y, family = two_families()
    obs = [Observation({}, {"prompt": h}, bool(a), f) for h, a, f in zip(H, y, family)]
    feats = Featurizer(["hidden_answerable"])
    feats.fit_transform(obs, y)
    assert feats.probes["hidden_answerable"].families_ == ["names", "other"]
    restored = Featurizer.from_dict(json.loads(json.dumps(feats.to_dict())))
    assert np.allclose(restored.transform(obs), feats.transform(obs))


def test_the_featurizer_gives_a_probe_its_familiarity_inputs_and_fails_closed_without_them():
    H, y, family, S = unfamiliar_names()
    names = ("rare_word_surprisal", "question_surprisal", "question_mean_logprob")
    obs = [Observation(dict(zip(names, (s[0], s[1], -s[0]))), {"prompt": h, "question": h}, bool(a), f)
           for h, s, a, f in zip(H, S, y, family)]
    feats = Featurizer(["hidden_question_answerable"])
    X = feats.fit_transform(obs, y)
    assert feats.probes["hidden_question_answerable"].n_inputs_ == 3 and np.isfinite(X).all()
    lacking = [Observation({}, o.hidden, o.answerable, o.family) for o in obs[:3]]
    assert np.isnan(feats.transform(lacking)).all()  # missing inputs: a missing column, never a guess
    with pytest.raises(ValueError, match="reads rare_word_surprisal.*missing for 3 answers"):
        Featurizer(["hidden_question_answerable"]).fit_transform(lacking + obs[3:], y)


def test_every_unknown_generator_has_a_family():
    assert NAME_UNKNOWNS < UNKNOWN_NAMES
    assert set(FAMILIES) - UNKNOWN_NAMES == {"obscure"}  # a family names only generators that exist
    assert {unknown_family(g) for g in UNKNOWN_NAMES} == {"names", "premise", "missing", "other"}
    assert {unknown_family(g) for g in NAME_UNKNOWNS} == {"names"}
    # a real but obscure name the model gets wrong is a name it does not know
    assert unknown_family("obscure") == "names"
    assert unknown_family("false_premise_real") == unknown_family("misconception") == "premise"
    assert unknown_family("") == unknown_family("future_event") == "other"  # a user's own labels
