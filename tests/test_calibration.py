import json
import warnings

import numpy as np
import pytest
import sklearn
from scipy.special import expit
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.isotonic import IsotonicRegression
from sklearn.utils.estimator_checks import check_estimator

from guard.reporting import metrics
from guard.calibration import (CALIBRATORS, GatedCalibrator, IsotonicCalibrator, LogisticCalibrator, PlattCalibrator,
                               TemperatureCalibrator, calibrator_from_dict, make_calibrator)

NAMES = sorted(CALIBRATORS)


def overconfident(n, seed):
    """y ~ Bernoulli(sigmoid(z)), but the scorer reports sigmoid(4 z): badly overconfident.

    Column 0 is the scorer's logit (4 z), column 1 its probability, column 2 noise.
    """
    rng = np.random.default_rng(seed)
    z = rng.normal(0.0, 1.5, n)
    y = (rng.random(n) < expit(z)).astype(int)
    return np.column_stack([4 * z, expit(4 * z), rng.normal(size=n)]), y


def fitted(name, seed=0, n=3000):
    X, y = overconfident(n, seed)
    feature = {"isotonic": {"feature": 1}, "logistic": {}}.get(name, {"feature": 0})
    return make_calibrator(name, **feature).fit(X, y)


@pytest.mark.parametrize("name", NAMES)
def test_calibration_improves_ece(name):
    cal = fitted(name)
    X, y = overconfident(5000, seed=1)
    raw = metrics.ece(y, X[:, 1])
    after = metrics.ece(y, cal.predict_confidence(X))
    assert raw > 0.1
    assert after < 0.04 and after < raw / 3


def test_temperature_recovers_the_scale():
    cal = fitted("temperature", n=20000)
    assert cal.temperature_ == pytest.approx(4.0, rel=0.1)
    assert abs(cal.bias_) < 0.4


@pytest.mark.parametrize("name", NAMES)
def test_predict_proba_shape_and_consistency(name):
    cal = fitted(name)
    X, _ = overconfident(50, seed=2)
    proba = cal.predict_proba(X)
    assert proba.shape == (50, 2)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    np.testing.assert_array_equal(proba[:, 1], cal.predict_confidence(X))
    np.testing.assert_array_equal(cal.predict(X), (proba[:, 1] >= 0.5).astype(int))
    assert ((proba >= 0) & (proba <= 1)).all()


@pytest.mark.parametrize("name", NAMES)
def test_json_round_trip_gives_identical_predictions(name):
    cal = fitted(name)
    rebuilt = calibrator_from_dict(json.loads(json.dumps(cal.to_dict())))
    assert type(rebuilt) is type(cal) and rebuilt.get_params() == cal.get_params()
    X, _ = overconfident(500, seed=3)
    X[:3, 0] = [-1e6, 0.0, 1e6]  # far outside the fitted range
    np.testing.assert_allclose(rebuilt.predict_confidence(X), cal.predict_confidence(X), rtol=0, atol=1e-12)


def test_round_trip_with_class_weight_dict():
    X, y = overconfident(500, seed=4)
    cal = LogisticCalibrator(C=0.5, class_weight={0: 2.0, 1: 1.0}).fit(X, y)
    rebuilt = calibrator_from_dict(json.loads(json.dumps(cal.to_dict())))
    assert rebuilt.class_weight == {0: 2.0, 1: 1.0}
    np.testing.assert_allclose(rebuilt.predict_confidence(X), cal.predict_confidence(X), atol=1e-12)
    assert np.allclose(clone(rebuilt).fit(X, y).predict_confidence(X), cal.predict_confidence(X))


def test_isotonic_matches_sklearn_and_picks_direction():
    X, y = overconfident(2000, seed=5)
    ours = IsotonicCalibrator(feature=1).fit(X, y)
    ref = IsotonicRegression(y_min=0, y_max=1, out_of_bounds="clip").fit(X[:, 1], y)
    np.testing.assert_allclose(ours.predict_confidence(X), ref.predict(X[:, 1]), atol=1e-12)
    flipped = IsotonicCalibrator(feature=1).fit(-X, y)  # higher = less likely correct
    np.testing.assert_allclose(flipped.predict_confidence(-X), ours.predict_confidence(X), atol=1e-12)


@pytest.mark.parametrize("name", NAMES)
def test_calibrators_refuse_non_finite_inputs_instead_of_inventing_values(name):
    """What a missing signal means is decided once, above the calibrators (`guard.scoring`)."""
    X, y = overconfident(200, seed=6)
    bad = X.copy()
    bad[3, 0] = np.nan
    with pytest.raises(ValueError, match="finite"):
        make_calibrator(name).fit(bad, y)
    fitted = make_calibrator(name).fit(X, y)
    bad[3, 0] = -np.inf
    with pytest.raises(ValueError, match="finite"):
        fitted.predict_confidence(bad)


@pytest.mark.parametrize("name", NAMES)
def test_not_fitted_and_clone(name):
    est = make_calibrator(name)
    X, y = overconfident(100, seed=7)
    for method in ("predict_confidence", "predict_proba", "predict"):
        with pytest.raises(NotFittedError):
            getattr(est, method)(X)
    with pytest.raises(NotFittedError):
        est.to_dict()
    twin = clone(est)
    assert twin.get_params() == est.get_params() and twin is not est
    assert est.fit(X, y) is est
    assert est.set_params(**est.get_params()).get_params() == twin.get_params()


SKLEARN_CHECKS = {
    "check_estimator_cloneable", "check_no_attributes_set_in_init", "check_parameters_default_constructible",
    "check_get_params_invariance", "check_set_params", "check_estimators_unfitted", "check_fit_check_is_fitted",
    "check_estimators_fit_returns_self", "check_estimators_overwrite_params", "check_dont_overwrite_parameters",
    "check_fit_idempotent", "check_methods_subset_invariance", "check_methods_sample_order_invariance",
    "check_n_features_in", "check_dict_unchanged", "check_pipeline_consistency", "check_decision_proba_consistency",
}


@pytest.mark.skipif(tuple(int(v) for v in sklearn.__version__.split(".")[:2]) < (1, 6),
                    reason="check_estimator(on_fail=None) needs scikit-learn >= 1.6")
@pytest.mark.parametrize("name", NAMES)
def test_sklearn_estimator_checks_that_apply(name):
    """Checks that do not assume arbitrary (multiclass, string) labels: ours are 0/1 only."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        results = check_estimator(make_calibrator(name), on_fail=None)
    passed = {r["check_name"] for r in results if r["status"] == "passed"}
    failed = {r["check_name"] for r in results if r["status"] == "failed"}
    assert SKLEARN_CHECKS <= passed, SKLEARN_CHECKS & failed


@pytest.mark.parametrize("name", NAMES)
def test_input_errors(name):
    X, y = overconfident(100, seed=8)
    est = make_calibrator(name)
    with pytest.raises(ValueError, match="both correct and incorrect answers; got only correct"):
        est.fit(X, np.ones(100))
    with pytest.raises(ValueError, match="got only incorrect"):
        est.fit(X, np.zeros(100))
    with pytest.raises(ValueError, match="shape mismatch"):
        est.fit(X, y[:-1])
    with pytest.raises(ValueError, match="2-D"):
        est.fit(X[:, 0], y)
    with pytest.raises(ValueError, match="0/1"):
        est.fit(X, y * 2)
    est.fit(X, y)
    with pytest.raises(ValueError, match="columns"):
        est.predict_confidence(X[:, :2])


@pytest.mark.parametrize("cls", [PlattCalibrator, IsotonicCalibrator, TemperatureCalibrator])
def test_one_signal_calibrators_reject_bad_feature_and_nan(cls):
    X, y = overconfident(100, seed=9)
    with pytest.raises(ValueError, match="out of range"):
        cls(feature=5).fit(X, y)
    est = cls(feature=0).fit(X, y)
    X[0, 0] = np.nan
    with pytest.raises(ValueError, match="finite"):
        est.predict_confidence(X)
    X[0, 0], X[0, 2] = 0.0, np.nan  # an unused column may be anything
    assert np.isfinite(est.predict_confidence(X)).all()


def test_factory_and_from_dict_errors():
    assert isinstance(make_calibrator("platt", C=3.0), PlattCalibrator)
    with pytest.raises(ValueError, match="unknown calibrator 'beta'"):
        make_calibrator("beta")
    d = fitted("platt").to_dict()
    with pytest.raises(ValueError, match="unknown calibrator class"):
        calibrator_from_dict({**d, "class": "SVC"})
    with pytest.raises(ValueError, match="missing"):
        calibrator_from_dict({k: v for k, v in d.items() if k != "learned"})
    with pytest.raises(ValueError, match="lacks learned values"):
        calibrator_from_dict({**d, "learned": {"coef_": 1.0}})
    with pytest.raises(ValueError, match="bad parameters"):
        calibrator_from_dict({**d, "params": {"nonsense": 1}})
    with pytest.raises(ValueError, match="not a calibrator dict"):
        calibrator_from_dict(None)


def test_to_dict_is_plain_json():
    d = fitted("isotonic").to_dict()
    assert d["class"] == "IsotonicCalibrator" and d["params"] == {"feature": 1, "increasing": "auto"}
    assert isinstance(d["learned"]["X_thresholds_"], list)
    json.dumps(d, allow_nan=False)


def test_gated_calibrator_is_answerability_times_correctness_among_answerable():
    """Hurdle form: the gate column's P(answerable) times a base calibrator fitted on the
    answerable rows only; unanswerable rows cannot move the base calibrator."""
    rng = np.random.default_rng(0)
    n = 2000
    answerable = rng.random(n) < 0.5
    gate_logit = np.where(answerable, 2.0, -2.0) + rng.normal(size=n)
    x = rng.normal(size=n)
    y = (answerable & (rng.random(n) < expit(2 * x))).astype(int)
    X = np.column_stack([x, gate_logit])
    gated = GatedCalibrator(LogisticCalibrator(), gate=1).fit(X, y, answerable=answerable)
    base = LogisticCalibrator().fit(X[answerable], y[answerable])
    assert np.allclose(gated.predict_confidence(X), expit(gate_logit) * base.predict_confidence(X))
    flipped = y.copy()
    flipped[~answerable] = 1 - flipped[~answerable]  # labels of unanswerable rows are ignored
    again = GatedCalibrator(LogisticCalibrator(), gate=1).fit(X, flipped, answerable=answerable)
    assert np.allclose(again.predict_confidence(X), gated.predict_confidence(X))
    loaded = calibrator_from_dict(json.loads(json.dumps(gated.to_dict())))
    assert np.allclose(loaded.predict_confidence(X), gated.predict_confidence(X))
    assert loaded.get_params()["base"].get_params() == LogisticCalibrator().get_params()  # round trip
    refit = clone(loaded).fit(X, y, answerable=answerable)  # the estimator contract survives loading
    assert np.allclose(refit.predict_confidence(X), gated.predict_confidence(X))
    with pytest.raises(ValueError, match="answerable labels"):
        GatedCalibrator(gate=1).fit(X, y)
    with pytest.raises(ValueError, match="out of range"):
        GatedCalibrator(gate=5).fit(X, y, answerable=answerable)
    with pytest.raises(NotFittedError):
        GatedCalibrator(gate=1).predict_confidence(X)
