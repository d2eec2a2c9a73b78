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
from probes.categories import NAME_UNKNOWNS, UNKNOWN_NAMES, unknown_family


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
    logits = [p.logits(T) for p in probe.probes_]
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


def test_round_trip_old_files_and_bad_input():
    H, y, family = two_families()
    probe = FamilyProbe().fit(H, y, family)
    again = probe_from_dict(json.loads(json.dumps(probe.to_dict())))
    assert isinstance(again, FamilyProbe) and again.families_ == probe.families_
    assert np.allclose(again.predict_confidence(H), probe.predict_confidence(H))
    single = HiddenStateProbe().fit(H, y)
    assert isinstance(probe_from_dict(single.to_dict()), HiddenStateProbe)  # files before families
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
    with pytest.raises(ValueError, match="families and probes do not match"):
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


def test_every_unknown_generator_has_a_family():
    assert NAME_UNKNOWNS < UNKNOWN_NAMES
    assert {unknown_family(g) for g in UNKNOWN_NAMES} == {"names", "other"}
    assert unknown_family("") == unknown_family("obscure") == "other"
